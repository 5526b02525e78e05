// The JavaScript API: stage() from lungstage.js returns exactly what `lungstage stage --json`
// prints, from the API's own wasm module, loaded on the first call only; on our origin and
// from a host page of another origin.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, openRecordedPage, waitForApp } from "./browser.mjs";
import { startHost } from "./host.mjs";
import { useSite } from "./setup.mjs";

const DESCRIPTORS = [
  JSON.parse(readFileSync(join(REPO_ROOT, "examples/case.json"), "utf8")),
  { tumor: { category: "T2a" }, nodes: { category: "N1" }, metastases: { category: "M0" } },
  { edition: 8, tumor: { size_cm: 2.5, features: ["azygos_vein"] }, nodes: { tumor_side: "right", stations: ["10R"] } },
  {
    histology: "sclc",
    tumor: { size_cm: 4.5 },
    nodes: { tumor_side: "left", stations: ["4L"] },
    metastases: { sites: [{ site: "liver", lesions: 2 }] },
  },
  { histology: "mesothelioma", tumor: { features: ["mediastinal_fat"] }, nodes: { stations: ["7"] } },
  { histology: "mesothelioma", tumor: { pleural_thickness_sum_mm: 18 }, nodes: { stations: ["7"] } },
  { histology: "mesothelioma", subtype: "sarcomatoid", tumor: { pleural_thickness_sum_mm: 12 }, nodes: { stations: [] } },
  { histology: "mesothelioma", tumor: { category: "pT3" }, nodes: { category: "pN0" } },
  { edition: 8, histology: "mesothelioma", tumor: { pleural_thickness_sum_mm: 31, features: ["rib"] }, nodes: { stations: [] } },
  { tumor: { size_cm: 2 } },
  { tumor: { category: "TX" }, nodes: { category: "N0" } },
  // A 9th-edition N and M with the 8th edition: read as N2 and M1c, with a note.
  { edition: 8, tumor: { category: "T1c" }, nodes: { category: "N2a" }, metastases: { category: "M1c2" } },
  // Undefined, with what would decide it.
  { tumor: { category: "T2a" }, nodes: { category: "N2" }, metastases: { category: "M0" } },
  { edition: "8th", histology: "carcinoid", tumor: { in_situ: true }, nodes: { stations: [] } },
  // Unanswered questions: no group from a size alone, IV without A/B for a count not given.
  { tumor: { size_cm: 2.5 } },
  { tumor: { size_cm: 2.5 }, metastases: { sites: [{ site: "malignant_pleural_effusion" }] } },
  { tumor: { size_cm: 3.4 }, nodes: { stations: [] }, metastases: { sites: [{ site: "bone" }] } },
  { tumor: { size_cm: 3.4 }, nodes: { stations: [] }, metastases: { sites: [{ site: "bone", lesions: "multiple" }] } },
  { tumor: {}, nodes: { stations: [] }, metastases: { sites: [] } },
  { tumor: { occult: true }, nodes: { stations: [] } },
  { tumor: { in_situ: "scis", total_size_cm: 4 }, nodes: { stations: [] } },
  { classification: "p", tumor: { in_situ: "ais", total_size_cm: 4 }, nodes: { stations: [] } },
  // A stage from a report, without T, N and M.
  { edition: 9, histology: "nsclc", classification: "c", stage: "IIIA" },
  { edition: 8, histology: "sclc", classification: "p", extent: "limited" },
  { histology: "mesothelioma", stage: "II" },
];

/** What the CLI prints for `descriptor` with --json, parsed; or its error message. */
function cli(descriptor) {
  try {
    const out = execFileSync(
      "cargo",
      ["run", "--quiet", "--offline", "-p", "lungstage-cli", "--", "stage", "--json", "--input", "-"],
      { cwd: REPO_ROOT, input: JSON.stringify(descriptor), encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] },
    );
    return { report: JSON.parse(out) };
  } catch (e) {
    return { error: e.stderr };
  }
}

const site = useSite();

/** Calls stage() of the lungstage.js at `script` in `page`; resolves to {report} or {rejected}. */
function callStage(page, script, descriptor) {
  return page.evaluate(
    async ([src, d]) => {
      const { stage } = await import(src);
      try {
        return { report: await stage(d) };
      } catch (rejected) {
        return { rejected };
      }
    },
    [script, descriptor],
  );
}

describe("JavaScript API", () => {
  test("stage() equals `lungstage stage --json` for objects and JSON text, loading its module on first use", async () => {
    const { context, page, log } = await openRecordedPage(site.browser);
    try {
      await page.goto(site.server.url);
      await waitForApp(page);
      assert.equal(log.requests.filter((r) => r.includes("/api/")).length, 0, "not on the first load");
      const script = new URL("lungstage.js", site.server.url).href;
      for (const descriptor of DESCRIPTORS) {
        const expected = cli(descriptor).report;
        assert.ok(expected, JSON.stringify(descriptor));
        assert.deepEqual((await callStage(page, script, descriptor)).report, expected, JSON.stringify(descriptor));
        assert.deepEqual((await callStage(page, script, JSON.stringify(descriptor))).report, expected);
      }
      assert.equal(log.requests.filter((r) => r.includes("/api/")).length, 2, "one glue and one wasm, once");
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.cspViolations, []);
    } finally {
      await context.close();
    }
  });

  test("stage() rejects with {error, field}, the CLI's message", async () => {
    const { context, page, log } = await openRecordedPage(site.browser);
    try {
      await page.goto(site.server.url);
      const script = new URL("lungstage.js", site.server.url).href;
      const cases = [
        [{ tumor: { size_cm: 0 } }, "tumor.size_cm"],
        [{ metastases: { sites: [{ site: "brain", lesions: 0 }] } }, "metastases.sites[0].lesions"],
        [{ histology: "mesothelioma", nodes: { category: "N3" } }, "nodes.category"],
        [{ stage: "IIID" }, "stage"],
        [{ stage: "IIIA", tumor: { size_cm: 2 } }, "stage"],
        [{ extent: "limited" }, "extent"],
      ];
      for (const [descriptor, field] of cases) {
        const { rejected } = await callStage(page, script, descriptor);
        assert.deepEqual(Object.keys(rejected).sort(), ["error", "field"]);
        if (field) assert.equal(rejected.field, field);
        assert.ok(cli(descriptor).error.includes(rejected.error), `${rejected.error} in ${cli(descriptor).error}`);
      }
      for (const bad of [42, null, "not json", "[]", [1, 2]]) {
        const { rejected } = await callStage(page, script, bad);
        assert.equal(typeof rejected.error, "string", JSON.stringify(bad));
      }
      // A key given twice in JSON text is refused with its name, never read as the last one.
      const twice = '{"tumor": {"size_cm": 2.5, "size_cm": 9}, "nodes": {"stations": []}}';
      const { rejected: dup } = await callStage(page, script, twice);
      assert.equal(dup.field, "tumor");
      assert.match(dup.error, /size_cm/);
      // JSON.stringify would turn NaN and Infinity into null, a question not answered.
      const nonFinite = await page.evaluate(async (src) => {
        const { stage } = await import(src);
        const out = [];
        for (const size of [NaN, Infinity, -Infinity]) {
          try {
            await stage({ tumor: { size_cm: size }, nodes: { stations: [] } });
            out.push(null);
          } catch (e) {
            out.push(e);
          }
        }
        try {
          await stage({ metastases: { sites: [{ site: "bone", lesions: NaN }] } });
          out.push(null);
        } catch (e) {
          out.push(e);
        }
        return out;
      }, script);
      assert.deepEqual(
        nonFinite.map((e) => e?.field),
        ["tumor.size_cm", "tumor.size_cm", "tumor.size_cm", "metastases.sites[0].lesions"],
      );
      assert.match(nonFinite[0].error, /NaN/);
      assert.match(nonFinite[1].error, /Infinity/);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test("stage() works from a host page of another origin, under the host's CSP", async () => {
    const host = await startHost({ widget: site.server.url, pages: { "api.html": "<!doctype html><title>API</title><link rel=icon href=data:,>" } });
    const { context, page, log } = await openRecordedPage(site.browser);
    try {
      await page.goto(`${host.url}api.html`);
      const { report } = await callStage(page, new URL("lungstage.js", site.server.url).href, DESCRIPTORS[1]);
      assert.equal(report.stage, "IIB");
      assert.deepEqual(report, cli(DESCRIPTORS[1]).report);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.cspViolations, []);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
