// Real cases entered through the findings form of the release build, as a person would:
// the stage, the reasons and the survival text on the page.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";

const site = useSite();

/** A fresh page with the widget mounted, and helpers that address controls by id suffix. */
async function open(viewport = { width: 1280, height: 900 }) {
  const { context, page, log } = await openRecordedPage(site.browser);
  await page.setViewportSize(viewport);
  page.setDefaultTimeout(5_000);
  await page.goto(site.server.url);
  await waitForApp(page);
  const el = (suffix) => page.locator(`[id$="-${suffix}"]`);
  const ui = {
    page,
    log,
    close: () => context.close(),
    size: (cm) => el("size").fill(cm),
    tick: (suffix) => el(suffix).check(),
    async lesions(site, n) {
      await el(`site-${site}-several`).check();
      await el(`site-${site}-lesions`).fill(n);
    },
    text: async (testid) => (await page.getByTestId(testid).first().textContent()).trim(),
    stage: () => ui.text("stage"),
    /** The category of the reason the trace marks as deciding `axis` (t, n or m), not its words
     * (core/tests/golden/reasons.txt pins those). */
    async decides(axis) {
      const text = await ui.text(`${axis}-reasons`);
      return /Decides([^:]+):/.exec(text)?.[1];
    },
    async showSurvival() {
      // The name changes to "Hide survival figures" once open, so find the button by its class.
      const button = page.locator(".survival-panel-toggle");
      assert.equal(await button.textContent(), "Show survival figures");
      await button.click();
      assert.equal(await button.getAttribute("aria-expanded"), "true");
    },
  };
  return ui;
}

/** Fails on anything the page logged as an error. */
function assertClean(ui) {
  assert.deepEqual(ui.log.pageErrors, [], "uncaught exceptions");
  assert.deepEqual(ui.log.consoleErrors, [], "console errors");
  assert.deepEqual(ui.log.cspViolations, [], "CSP violations");
}

describe("cases entered through the findings form", () => {
  test("9th edition: one same-side mediastinal station is N2a, two are N2b", async () => {
    const ui = await open();
    try {
      await ui.size("3.4");
      await ui.tick("side-right");
      await ui.tick("station-4R");
      assert.equal(await ui.text("n-category"), "N2a");
      assert.equal(await ui.stage(), "IIIA");
      await ui.tick("station-2R");
      assert.equal(await ui.text("t-category"), "T2a");
      assert.equal(await ui.text("n-category"), "N2b");
      assert.equal(await ui.text("m-category"), "M0");
      assert.equal(await ui.stage(), "IIIB");
      assert.equal(await ui.decides("t"), "T2a");
      assert.equal(await ui.decides("n"), "N2b");
      assert.equal(await ui.text("summary-stage"), "Regional");
      // The 8th edition has plain N2 and puts this case in IIIA.
      const changes = await ui.text("edition-changes");
      assert.match(changes, /Stage is IIIA in the 8th edition and IIIB in the 9th/);
      await ui.showSurvival();
      assert.match(await ui.text("seer-survival"), /38.2% 5-year relative survival/);
      assert.match(await ui.text("iaslc-survival"), /In the 8th edition this case is IIIA: 36%/);
      assert.match(await ui.text("survival-caveat"), /cannot predict one person's outcome/);
      assertClean(ui);
    } finally {
      await ui.close();
    }
  });

  test("small cell: limited stage, then extensive with a liver metastasis", async () => {
    const ui = await open();
    try {
      await ui.tick("histology-sclc");
      await ui.size("4");
      await ui.tick("side-left");
      await ui.tick("station-4L");
      assert.equal(await ui.stage(), "IIIA");
      assert.equal(await ui.text("sclc-extent-value"), "Limited stage");
      assert.match(await ui.text("sclc-extent"), /one radiation field/);
      await ui.tick("site-liver");
      // How many liver lesions is asked, never assumed: not known is M1, stage IV.
      assert.equal(await ui.text("m-category"), "M1");
      assert.equal(await ui.stage(), "IV");
      await ui.tick("site-liver-one");
      assert.equal(await ui.text("m-category"), "M1b");
      assert.equal(await ui.stage(), "IVA");
      assert.equal(await ui.text("sclc-extent-value"), "Extensive stage");
      assert.equal(await ui.text("summary-stage"), "Distant");
      assert.match(await ui.text("symptoms-liver"), /jaundice/);
      await ui.showSurvival();
      assert.match(await ui.text("seer-survival"), /not shown for small cell lung cancer/);
      assert.match(await ui.text("sclc-survival"), /6\.7% 5-year relative survival.*2008-2014/);
      assert.match(await ui.text("iaslc-survival"), /not shown for small cell lung cancer/);
      assertClean(ui);
    } finally {
      await ui.close();
    }
  });

  test("pleural mesothelioma in the 9th edition: CT thickness, the 8th edition beside it", async () => {
    const ui = await open();
    try {
      await ui.tick("histology-mesothelioma");
      assert.equal(await ui.page.locator('[id$="-size"]').count(), 0, "no size field for mesothelioma");
      const el = (suffix) => ui.page.locator(`[id$="-${suffix}"]`);
      await el("psum").fill("18");
      await ui.tick("side-right");
      await ui.tick("station-7");
      assert.equal(await ui.text("t-category"), "T2");
      assert.equal(await ui.text("n-category"), "N1");
      assert.equal(await ui.stage(), "IIIA");
      assert.equal(await ui.decides("t"), "T2");
      assert.equal(await el("fmax").count(), 0, "Fmax is not asked over 12 mm");
      // 1.2 typed in cm is 12 mm: Fmax now decides, and the stage waits for it.
      await el("psum-unit").selectOption("cm");
      await el("psum").fill("1.2");
      await ui.page.waitForFunction(() => document.querySelector('[data-testid="stage"]')?.textContent.trim() === "—");
      await el("fmax").fill("0.3");
      assert.equal(await ui.stage(), "II");
      // The 8th edition cannot use the thickness: kept, and the structures involved are asked for.
      await ui.tick("edition-8");
      assert.equal(await ui.stage(), "—");
      await ui.tick("feature-mediastinal_fat");
      assert.equal(await ui.stage(), "IIIA");
      assert.match(await ui.text("notes"), /\(Rusch et al\., 2016/, "the 8th-edition table's notes");
      await ui.showSurvival();
      assert.match(await ui.text("iaslc-survival"), /not shown for pleural mesothelioma/);
      assertClean(ui);
    } finally {
      await ui.close();
    }
  });

  test("a case the tables do not define: nodes not assessed", async () => {
    const ui = await open();
    try {
      await ui.size("2");
      await ui.tick("nodes-not-assessed");
      assert.equal(await ui.text("n-category"), "NX");
      assert.equal(await ui.stage(), "—");
      assert.ok(await ui.page.getByTestId("stage-note").isVisible(), "a note says why there is no stage");
      // The live region says it once the entry has settled (700 ms).
      await ui.page.getByTestId("announcer").filter({ hasText: "Stage not defined by the staging tables" }).waitFor({ state: "attached" });
      await ui.showSurvival();
      assert.match(await ui.text("seer-survival"), /no SEER figure for the summary stage “Unknown”/);
      assert.match(await ui.text("iaslc-survival"), /no stage group with an IASLC figure/);
      assertClean(ui);
    } finally {
      await ui.close();
    }
  });

  test("malformed entries: inline messages at the field, the rest keeps working", async () => {
    const ui = await open();
    try {
      await ui.size("2.5");
      // The node question is not answered yet: T1c, but no group.
      assert.equal(await ui.stage(), "—");
      await ui.tick("nodes-checked");
      assert.equal(await ui.stage(), "IA3");
      const copy = ["copy-link", "copy-summary"].map((id) => ui.page.getByTestId(id));
      await copy[0].waitFor();
      const copyOff = async () => Promise.all(copy.map((button) => button.isDisabled()));
      assert.deepEqual(await copyOff(), [false, false]);
      // 2,5 is 2.5 cm, as many European readers write it, and the field says so.
      await ui.size("2,5");
      assert.equal(await ui.text("size-read"), "read as 2.5 cm");
      assert.equal(await ui.stage(), "IA3");
      // Over 7 cm, millimetres are the likelier mistake: asked, not staged.
      await ui.size("250");
      const size = ui.page.locator('[id$="-size"]');
      assert.equal(await size.getAttribute("aria-invalid"), "true");
      const sizeError = ui.page.locator('[id$="-size-error"]');
      await sizeError.filter({ hasText: /is it 250 centimetres, or was it 250 millimetres\?/ }).waitFor();
      assert.equal(await ui.stage(), "IA3", "the last good stage stays");
      assert.match(await ui.text("stale"), /Please check the size\..*last complete entry/s);
      assert.match(await ui.text("stage-bar"), /IA3 — out of date, check the form/);
      assert.deepEqual(await copyOff(), [true, true], "nothing out of date is copied");
      await ui.page.getByTestId("size-confirm").click();
      // The core's words come with the page's messages, a moment after the first paint.
      await sizeError.filter({ hasText: /larger than any lung tumour staged/ }).waitFor();
      // Other fields still work while the size is wrong, and the written form reports its own error.
      await ui.page.locator('[id$="-written"]').fill("cT2a N1 M9");
      await ui.page.locator('[id$="-written-error"]', { hasText: /M9/ }).waitFor();
      assert.match(await ui.text("stale"), /Please check the written TNM form\./);
      await ui.page.locator('[id$="-written"]').fill("cT2a N1 M0");
      assert.equal(await ui.stage(), "IIB");
      assert.equal(await ui.text("t-category"), "cT2a");
      assert.deepEqual(await copyOff(), [false, false]);
      // A written form that stops reading after a staged case makes it out of date too.
      await ui.page.locator('[id$="-written"]').fill("T1c N2a M1c2");
      assert.equal(await ui.stage(), "IVB");
      await ui.page.locator('[id$="-written"]').fill("T5 N0 M0");
      assert.match(await ui.text("stale"), /Please check the written TNM form\..*Out of date/s);
      assert.match(await ui.text("stage-bar"), /IVB — out of date/);
      assert.deepEqual(await copyOff(), [true, true]);
      await ui.page.locator('[id$="-written"]').fill("cT2a N1 M0");
      assert.equal(await ui.stage(), "IIB");
      // A station on one side with no side given.
      await ui.size("2.5");
      await ui.tick("station-11L");
      await ui.page.locator('[id$="-side-error"]', { hasText: /station 11L lies on one side/ }).waitFor();
      await ui.tick("side-left");
      assert.equal(await ui.stage(), "IIA");
      assertClean(ui);
    } finally {
      await ui.close();
    }
  });

  test("metastases: one brain lesion is M1b, more sites make M1c2", async () => {
    const ui = await open();
    try {
      await ui.size("2.5");
      await ui.tick("site-brain");
      await ui.tick("site-brain-one");
      assert.equal(await ui.text("m-category"), "M1b");
      assert.equal(await ui.stage(), "IVA");
      assert.equal(await ui.decides("m"), "M1b");
      assert.match(await ui.text("symptoms-brain"), /headaches/i);
      await ui.tick("site-bone");
      await ui.lesions("bone", "3");
      assert.equal(await ui.text("m-category"), "M1c2");
      assert.equal(await ui.stage(), "IVB");
      await ui.showSurvival();
      assert.match(await ui.text("seer-survival"), /10.5% 5-year relative survival/);
      assert.match(await ui.text("iaslc-survival"), /IIIC, IVA and IVB are left out/);
      assertClean(ui);
    } finally {
      await ui.close();
    }
  });

  test("8th edition: azygos vein invasion is T4 there and T3 in the 9th", async () => {
    const ui = await open();
    try {
      await ui.tick("edition-8");
      await ui.size("2");
      await ui.tick("nodes-checked");
      await ui.page.getByText("More structures (named in the 9th edition)").click();
      await ui.tick("feature-azygos_vein");
      assert.equal(await ui.text("t-category"), "T4");
      assert.equal(await ui.stage(), "IIIA");
      assert.equal(await ui.decides("t"), "T4");
      assert.match(await ui.text("edition-changes"), /T is T4 in the 8th edition and T3 in the 9th/);
      await ui.showSurvival();
      assert.match(await ui.text("iaslc-survival"), /This case, IIIA: 36% 5-year overall survival/);
      assertClean(ui);
    } finally {
      await ui.close();
    }
  });

  test("clinician view: codes and the rule trace first, survival shown at once", async () => {
    const ui = await open();
    try {
      await ui.size("1.5");
      await ui.tick("nodes-checked");
      await ui.page.getByRole("button", { name: "For clinicians" }).click();
      assert.equal(await ui.stage(), "IA2");
      assert.match(await ui.text("stage-rule"), /\(Rami-Porta et al\., 2024\)/, "the 9th-edition table's source");
      const order = await ui.page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="result"] > section')].map((s) => s.dataset.testid),
      );
      assert.deepEqual(order.slice(0, 2), ["tnm-trace", "survival-panel"]);
      assert.equal(await ui.page.getByRole("button", { name: "Show survival figures" }).count(), 0);
      assert.match(await ui.text("iaslc-survival"), /In the 8th edition this case is IA2: 83%/);
      assertClean(ui);
    } finally {
      await ui.close();
    }
  });
});

describe("narrow screens", () => {
  test("nothing scrolls sideways at 320 px, whatever is open", async () => {
    const ui = await open({ width: 320, height: 700 });
    try {
      await ui.size("3.4");
      await ui.tick("side-right");
      await ui.tick("station-4R");
      await ui.tick("station-2R");
      await ui.tick("site-bone");
      await ui.lesions("bone", "3");
      await ui.showSurvival();
      await ui.page.getByText("Sources of the rules").click();
      await ui.page.getByText("More structures (named in the 9th edition)").click();
      await ui.page.getByRole("button", { name: "For clinicians" }).click();
      const width = await ui.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `the page is ${width} px wide`);
      assertClean(ui);
    } finally {
      await ui.close();
    }
  });
});
