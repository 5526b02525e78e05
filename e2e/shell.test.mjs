// Unit tests of lungstage.js's checks, run in Node: the embed's data- attributes and the
// parent page's messages to the iframe page. The built file: the build fills in the codes the
// attributes allow, from Rust (src/bin/codes.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST_DIR } from "./browser.mjs";

const { ATTRIBUTES, readAttributes, readCommand } = await import(
  pathToFileURL(join(DIST_DIR, "lungstage.js")).href
);

const element = (attributes) => ({ getAttribute: (name) => attributes[name] ?? null });

test("data- attributes: allowed values are taken, anything else gives the default and a warning", () => {
  assert.deepEqual(readAttributes(element({})), {
    options: { edition: "9", histology: "nsclc", view: "patient", theme: "auto", header: "shown", "heading-level": "2", lang: "en" },
    warnings: [],
  });
  const all = {
    "data-edition": "8",
    "data-histology": "mesothelioma",
    "data-view": "clinician",
    "data-theme": "dark",
    "data-header": "hidden",
    "data-heading-level": "3",
    "data-lang": "es",
  };
  assert.deepEqual(readAttributes(element(all)).options, {
    edition: "8",
    histology: "mesothelioma",
    view: "clinician",
    theme: "dark",
    header: "hidden",
    "heading-level": "3",
    lang: "es",
  });
  for (const [name, bad] of [
    ["edition", "7"],
    ["edition", "8th"],
    ["edition", ""],
    ["histology", "NSCLC"],
    ["view", "admin"],
    ["theme", " dark"],
    ["header", "none"],
    ["heading-level", "6"],
    ["lang", "es-MX"],
  ]) {
    const { options, warnings } = readAttributes(element({ [`data-${name}`]: bad }));
    assert.equal(options[name], ATTRIBUTES[name][0], `${name}=${bad}`);
    assert.deepEqual(warnings, [`data-${name}="${bad}" is not one of ${ATTRIBUTES[name].join(", ")}: ${ATTRIBUTES[name][0]} is used.`]);
  }
  const long = readAttributes(element({ "data-view": "<script>".repeat(20) })).warnings[0];
  assert.ok(long.length < 140 && long.includes("…"), long);
});

test("messages: exactly the two documented commands, nothing else", () => {
  const accepted = [
    [{ type: "lungstage:theme", theme: "light" }, { type: "lungstage:theme", theme: "light" }],
    [{ type: "lungstage:theme", theme: "auto" }, { type: "lungstage:theme", theme: "auto" }],
    [{ view: "clinician", type: "lungstage:view" }, { type: "lungstage:view", view: "clinician" }],
  ];
  for (const [data, command] of accepted) assert.deepEqual(readCommand(data), command);
  const refused = [
    undefined,
    null,
    "lungstage:view",
    42,
    ["lungstage:view", "clinician"],
    { type: "lungstage:view" },
    { type: "lungstage:view", view: "admin" },
    { type: "lungstage:view", view: "clinician", extra: 1 },
    { type: "lungstage:view", theme: "dark" },
    { type: "lungstage:theme", theme: "dark", view: "patient" },
    { type: "lungstage:height", height: 10 },
    { kind: "lungstage:view", view: "clinician" },
    Object.assign(Object.create({ polluted: true }), { type: "lungstage:view", view: "clinician" }),
    JSON.parse('{"type":"lungstage:view","__proto__":{"view":"clinician"}}'),
    new Map([["type", "lungstage:view"], ["view", "clinician"]]),
  ];
  for (const data of refused) assert.equal(readCommand(data), null, JSON.stringify(data));
});
