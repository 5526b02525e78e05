// Every FHIR bundle the CLI writes is valid against the official FHIR R4 JSON schema and
// carries mCODE's must-haves (the checks: fhir-checks.mjs). Needs only cargo and `npm ci`: no
// browser, no network.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { METHOD, mcodeValid, root, run, schemaValid } from "./fhir-checks.mjs";

const CASES = [];
for (const edition of [8, 9]) {
  for (const prefix of ["c", "p", "yc", "yp", "r", "a"]) {
    for (const [t, n, m] of [["T3", "N0", "M0"], ["T2a", "N2", "M1c"], ["T1a", "N3", "M1b"], ["TX", "NX", "M0"]]) {
      CASES.push({ edition, classification: prefix, tumor: { category: t }, nodes: { category: n }, metastases: { category: m } });
    }
  }
  CASES.push({ edition, histology: "mesothelioma", tumor: { category: "T2" } });
  CASES.push({ edition, histology: "sclc", tumor: { size_cm: 2 }, nodes: { stations: [] } });
}

test("every stage --format fhir bundle is schema-valid and has mCODE's must-haves", () => {
  for (const descriptor of CASES) {
    const text = JSON.stringify(descriptor);
    const bundle = JSON.parse(run(["stage", "--format", "fhir", "--input", "-"], text));
    const report = JSON.parse(run(["stage", "--json", "--input", "-"], text));
    schemaValid(bundle, text);
    mcodeValid(bundle, report, text);
  }
});

test("batch --format fhir-ndjson writes one valid bundle per row, an OperationOutcome for a failed one", () => {
  const rows = CASES.map((d) => `"${JSON.stringify(d).replaceAll('"', '""')}"`);
  const csv = ["case", ...rows, '"{""tumor"": {""size_cm"": 0}}"'].join("\n") + "\n";
  let out;
  try {
    out = run(["batch", "--format", "fhir-ndjson"], csv);
  } catch (e) {
    assert.equal(e.status, 1, "one failed row exits 1");
    out = e.stdout;
  }
  const lines = out.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, CASES.length + 1);
  lines.forEach((line, i) => {
    schemaValid(line, `line ${i + 1}`);
    if (i < CASES.length) {
      const report = JSON.parse(run(["stage", "--json", "--input", "-"], JSON.stringify(CASES[i])));
      mcodeValid(line, report, `line ${i + 1}`);
    }
  });
  assert.equal(lines.at(-1).resourceType, "OperationOutcome");
});

// One golden bundle per edition, with the command that writes it (docs/fhir.md).
const GOLDENS = {
  "edition-9.json": ["stage", "--format", "fhir", "--input", "examples/case.json"],
  "edition-8.json": ["stage", "--format", "fhir", "--edition", "8", "pT3", "pN0", "cM0"],
};

test("the golden bundles in docs/fhir/ are what the CLI writes, and valid", () => {
  assert.deepEqual(readdirSync(`${root}docs/fhir`).sort(), Object.keys(GOLDENS).sort());
  for (const [file, args] of Object.entries(GOLDENS)) {
    const golden = JSON.parse(readFileSync(`${root}docs/fhir/${file}`, "utf8"));
    assert.deepEqual(JSON.parse(run(args)), golden, `${file}: regenerate with lungstage ${args.join(" ")}`);
    schemaValid(golden, file);
    const edition = Number(file.match(/edition-(\d)/)[1]);
    assert.equal(golden.entry[5].resource.method.coding[0].code, METHOD[edition], file);
  }
});
