// "Download for the record (FHIR)" in the release build: offered in the clinician view only,
// it saves a local Blob made by the API module (no request leaves the site), and the bundle
// passes the same schema and mCODE checks as the CLI's (fhir-checks.mjs), equal to what
// `lungstage stage --format fhir` writes for the same case.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openRecordedPage, waitForApp } from "./browser.mjs";
import { mcodeValid, run, schemaValid } from "./fhir-checks.mjs";
import { useSite } from "./setup.mjs";

const site = useSite();

test("the clinician view downloads the case's FHIR bundle; the patient view does not offer it", async () => {
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    page.setDefaultTimeout(10_000);
    await page.goto(site.server.url);
    await waitForApp(page);
    await page.locator('[id$="-size"]').fill("3.4");
    await page.locator('[id$="-side-right"]').check();
    await page.locator('[id$="-station-4R"]').check();
    await page.locator('[id$="-station-2R"]').check();
    await page.getByTestId("copy-summary").waitFor();
    const record = page.getByTestId("copy-record");
    const offered = () => page.getByRole("button", { name: "Download for the record (FHIR)" }).count();
    assert.equal(await offered(), 0, "the patient view offers no download");
    assert.ok(await record.isHidden());

    await page.getByRole("button", { name: "For clinicians" }).click();
    await record.waitFor({ state: "visible" });
    assert.equal(await offered(), 1);
    const [download] = await Promise.all([page.waitForEvent("download"), record.click()]);
    assert.equal(download.suggestedFilename(), "lungstage-fhir.json");
    assert.ok(download.url().startsWith(`blob:${site.server.url.replace(/\/$/, "")}/`), download.url());
    const bundle = JSON.parse(await readFile(await download.path(), "utf8"));
    await page.getByTestId("copy-status").getByText("Downloaded lungstage-fhir.json").waitFor();

    const descriptor = JSON.stringify({ tumor: { size_cm: 3.4 }, nodes: { tumor_side: "right", stations: ["4R", "2R"] } });
    const report = JSON.parse(run(["stage", "--json", "--input", "-"], descriptor));
    assert.equal(report.stage, "IIIB");
    schemaValid(bundle, "the downloaded bundle");
    mcodeValid(bundle, report, "the downloaded bundle");
    assert.deepEqual(bundle, JSON.parse(run(["stage", "--format", "fhir", "--input", "-"], descriptor)));

    await page.getByRole("button", { name: "For patients and families" }).click();
    await record.waitFor({ state: "hidden" });
    // Everything came from the site itself: the bundle was made in the page.
    const origin = new URL(site.server.url).origin;
    assert.deepEqual(log.requests.filter((url) => new URL(url).origin !== origin), []);
    assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
    assert.deepEqual(log.consoleErrors, [], "console errors");
    assert.deepEqual(log.cspViolations, [], "CSP violations");
    assert.deepEqual(log.failedRequests, [], "failed requests");
  } finally {
    await context.close();
  }
});
