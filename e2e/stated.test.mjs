// "What do you know?": the three ways in, and the stage from a report as a first-class path:
// its questions with no answer chosen, its result (what every T, N and M of the stage shares,
// and what depends on them), its link, in both views. The words are the core's, pinned in
// core/tests/golden/stated.txt; these tests check which part is shown, by test id.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";

const site = useSite();

async function open(path = "", { width = 1280 } = {}) {
  const { context, page, log } = await openRecordedPage(site.browser);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.url });
  await page.setViewportSize({ width, height: 900 });
  page.setDefaultTimeout(10_000);
  await page.goto(new URL(path, site.server.url).href);
  await waitForApp(page);
  return { context, page, log };
}

const el = (page, suffix) => page.locator(`[id$="-${suffix}"]`);
const text = async (page, testid) => (await page.getByTestId(testid).first().textContent()).trim();

/** Waits until the stage shown is `code`. */
const stageIs = (page, code) =>
  page.waitForFunction((c) => document.querySelector('[data-testid="stage"]')?.textContent.trim() === c, code);

function assertClean(log) {
  assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
  assert.deepEqual(log.consoleErrors, [], "console errors");
  assert.deepEqual(log.cspViolations, [], "CSP violations");
  assert.deepEqual(log.failedRequests, [], "failed requests");
}

/** Answers the stage's questions: cancer type, edition, clinical or pathological, stage. */
async function answer(page, histology, edition, classification, stage) {
  await el(page, "stated-histology").selectOption(histology);
  await el(page, "stated-edition").selectOption(edition);
  await el(page, "stated-class").selectOption(classification);
  await el(page, "stated-stage").selectOption(stage);
}

/** Whether the element with test id `a` comes before the one with `b`. */
const before = (page, a, b) =>
  page.evaluate(
    ([x, y]) =>
      Boolean(
        document.querySelector(`[data-testid="${x}"]`).compareDocumentPosition(document.querySelector(`[data-testid="${y}"]`)) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    [a, b],
  );

describe("what do you know?", () => {
  test("the stage from a report: questions with nothing chosen, then what every case of the stage shares", async () => {
    const { context, page, log } = await open();
    try {
      await el(page, "way-stage").check();
      await el(page, "stated-histology").waitFor();
      // No answer is chosen for anyone, and no stage can be chosen before the table is known.
      for (const q of ["histology", "edition", "class", "stage"]) {
        assert.equal(await el(page, `stated-${q}`).inputValue(), "", q);
      }
      assert.ok(await el(page, "stated-stage").isDisabled());
      assert.equal(await page.getByTestId("tumor-form").count(), 0, "the findings form gives way");
      assert.match(await text(page, "invite"), /questions about the stage/);
      // 9th-edition clinical IIIA: its treatment depends on whether N2 nodes are involved,
      // and in the 8th edition it is IIIA or IIIB.
      await answer(page, "nsclc", "9", "c", "IIIA");
      await stageIs(page, "IIIA");
      assert.match(await text(page, "stated"), /clinical stage IIIA, as stated on a report: not worked out from T, N and M/);
      assert.ok(await page.getByTestId("stage-meaning").isVisible());
      assert.match(await text(page, "treatment-depends"), /depends on the N category/);
      assert.match(await text(page, "stated-other-edition"), /8th edition it is stage IIIA or IIIB/);
      assert.ok(await page.getByTestId("urgent-help").isVisible());
      assert.match(await text(page, "stage-bar"), /IIIA/);
      await page.waitForFunction(() => location.hash === "#v=3&edition=9&histology=nsclc&class=c&stage=IIIA");
      // Survival behind its disclosure: the SEER figure depends on T, the IASLC one on T and N.
      await page.getByText("Show survival figures").click();
      assert.match(await text(page, "iaslc-survival"), /depends on the T and N categories/);
      // A stage every case of which agrees: 9th-edition IA1 gets its treatment and figures.
      await el(page, "stated-stage").selectOption("IA1");
      await page.waitForFunction(() => location.hash.endsWith("stage=IA1"));
      await page.getByTestId("treatment-panel").locator("p").first().waitFor();
      assert.equal(await page.getByTestId("treatment-depends").count(), 0);
      assert.match(await text(page, "seer-survival"), /65\.5%/);
      // Another cancer type: a stage its table lacks is no longer chosen, nor staged.
      await el(page, "stated-histology").selectOption("mesothelioma");
      assert.equal(await el(page, "stated-stage").inputValue(), "");
      await page.getByTestId("invite").waitFor();
      await el(page, "stated-stage").selectOption("II");
      await stageIs(page, "II");
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("T, N and M: the categories and the written form come first", async () => {
    const { context, page, log } = await open();
    try {
      assert.ok(await before(page, "tumor-form", "category-form"), "findings first in the patient view");
      await el(page, "way-tnm").check();
      await page.waitForFunction(() =>
        Boolean(
          document.querySelector('[data-testid="category-form"]').compareDocumentPosition(document.querySelector('[data-testid="tumor-form"]')) &
            Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      );
      await el(page, "written").fill("T2a N1 M0");
      await stageIs(page, "IIB");
      assert.ok(await page.getByTestId("tnm-trace").count());
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("what the scans or pathology found: the findings form first", async () => {
    const { context, page, log } = await open();
    try {
      await page.getByRole("button", { name: "For clinicians" }).click();
      assert.ok(await before(page, "category-form", "tumor-form"), "categories first in the clinician view");
      await el(page, "way-findings").check();
      await page.waitForFunction(() =>
        Boolean(
          document.querySelector('[data-testid="tumor-form"]').compareDocumentPosition(document.querySelector('[data-testid="category-form"]')) &
            Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      );
      await el(page, "size").fill("3.4");
      await el(page, "side-right").check();
      await el(page, "station-4R").check();
      await el(page, "station-2R").check();
      await stageIs(page, "IIIB");
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});

describe("narrow screens", () => {
  test("at 320 px the stage's questions and its result never scroll sideways", async () => {
    const { context, page, log } = await open("", { width: 320 });
    try {
      const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
      await el(page, "way-stage").check();
      await el(page, "stated-stage").waitFor();
      assert.equal(await wide(), 320, "the questions");
      await answer(page, "sclc", "8", "p", "IIIC");
      await stageIs(page, "IIIC");
      await page.getByText("Show survival figures").click();
      await page.getByText("Where lung cancer most often spreads").click();
      assert.equal(await wide(), 320, "the result, opened");
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});

describe("a stage-only link", () => {
  test("opens the stage from a report with its answers and result, and Copy link and the summary keep it", async () => {
    const { context, page, log } = await open("#v=3&edition=9&histology=nsclc&class=c&stage=IIIA");
    try {
      await stageIs(page, "IIIA");
      assert.ok(await el(page, "way-stage").isChecked());
      assert.deepEqual(
        await Promise.all(["histology", "edition", "class", "stage"].map((q) => el(page, `stated-${q}`).inputValue())),
        ["nsclc", "9", "c", "IIIA"],
      );
      assert.equal(await page.evaluate(() => location.hash), "#v=3&edition=9&histology=nsclc&class=c&stage=IIIA");
      await page.getByTestId("copy-link").click();
      await page.getByText("Link copied.").waitFor();
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /#v=3&edition=9&histology=nsclc&class=c&stage=IIIA$/);
      await page.getByTestId("copy-summary").click();
      await page.getByText("Summary copied.").waitFor();
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Stage IIIA, as stated \(not worked out from T, N and M\)\n/);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("small cell, limited stage, in the clinician view: figures open, the clinician's treatment words", async () => {
    const { context, page, log } = await open("#v=3&edition=8&histology=sclc&class=c&extent=limited&view=clinician");
    try {
      await stageIs(page, "Limited");
      assert.equal(await text(page, "sclc-extent-value"), "Limited stage");
      assert.ok(await page.getByTestId("seer-survival").isVisible(), "no disclosure in the clinician view");
      assert.match(await page.getByTestId("treatment-panel").textContent(), /durvalumab/);
      assert.equal(await page.getByRole("button", { name: "For clinicians" }).getAttribute("aria-pressed"), "true");
      // A FHIR record needs T, N and M: a stated stage offers no download.
      await page.getByTestId("copy-link").waitFor();
      assert.equal(await page.getByTestId("copy-record").isVisible(), false);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("a stage with T, N or M, or one its table lacks, is refused in plain words", async () => {
    for (const [link, part] of [
      ["#v=3&stage=IIIA&t=T2a", "its stage"],
      ["#v=3&histology=mesothelioma&stage=IA1", "its stage"],
    ]) {
      const { context, page, log } = await open(link);
      try {
        const notice = page.locator('[data-slot="notice"]');
        await notice.getByText("This link could not be read").waitFor();
        assert.match(await notice.textContent(), new RegExp(part));
        assert.doesNotMatch(await notice.textContent(), /link\.|stage=/);
        await page.getByTestId("invite").waitFor();
        assert.equal(await page.evaluate(() => location.hash), "");
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    }
  });
});
