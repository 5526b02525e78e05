// The sample deploy configs must carry the current CSP: they are generated from scripts/csp.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { FILES } from "../scripts/gen-deploy.mjs";
import { CSP } from "../scripts/csp.mjs";

for (const [name, expected] of Object.entries(FILES)) {
  test(`deploy/${name} is up to date (node scripts/gen-deploy.mjs rewrites it)`, () => {
    const actual = readFileSync(new URL(`../deploy/${name}`, import.meta.url), "utf8");
    assert.ok(actual.includes(CSP), "carries the CSP");
    assert.equal(actual, expected);
  });
}
