// The first answer before the live widget (src/early.rs, docs/size.md): the first part of the
// wasm, in the page, stages what is typed into the pre-rendered questions while the rest of the
// wasm loads; then the live widget takes over with what was entered, the focus where it was,
// and the same answer. Where the live widget would show something else than a stage (a
// question open, no group in the tables, an entry only its questions read), the first part
// shows nothing, and takes away a stage it showed before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openRecordedPage, waitForApp, waitForFirstPart } from "./browser.mjs";
import { useSite } from "./setup.mjs";
import { FIRST_ANSWER_CASE } from "../scripts/first-answer-case.mjs";

const site = useSite();
const REST = /lungstage-rest-[0-9a-f]+\.wasm$/;
// The live widget's questions: inside its root once it is live.
const LIVE = '[data-testid="lungstage-root"][data-live] [data-slot="questions"]';

/** A page whose fetch of the rest waits for `release()`; a request the widget makes itself
 * when it needs the rest at once is served. */
async function openHeld(path = "", { go = true } = {}) {
  const opened = await openRecordedPage(site.browser);
  const { page } = opened;
  let release;
  const held = new Promise((ok) => (release = ok));
  let fetched = false;
  await page.route(REST, async (route) => {
    if (fetched) return route.continue();
    fetched = true;
    await held;
    await route.continue().catch(() => {});
  });
  if (go) await page.goto(site.server.url + path);
  return { ...opened, release };
}

/** The answer: the stage, and the line with the scheme and T, N and M that gave it. (What
 * the stage means follows with the texts that load after the rest.) */
const answer = (page) =>
  page.evaluate(() => ({
    stage: document.querySelector('[data-testid="stage"]')?.textContent.trim() ?? null,
    line: document.querySelector(".stage-headline-context")?.textContent.trim() ?? "",
  }));

/** `steps` entered one after another, as a person would. */
async function enter(page, steps) {
  for (const step of steps) {
    const field = page.locator(step.selector).first();
    if (step.type !== undefined) await field.fill(step.type);
    else if (step.untick) await field.uncheck();
    else await field.check();
  }
}

const step = (id, more = { tick: true }) => ({ selector: `[id$="-${id}"]`, ...more });

// Cases and their stage in the 9th edition's published table (core/tests/fixtures/ajcc9_lung.csv),
// each entered before the rest of the wasm is in and after. `early`: whether the first part
// shows the stage (the table gives none for NX: the live widget says why).
const CASES = [
  { steps: FIRST_ANSWER_CASE.steps, stage: "IIIA", tnm: "cT2a cN2a cM0", early: true },
  // 1.8 cm is T1b; 10L, on the tumour's side, a hilar station: N1.
  { steps: [step("size", { type: "1,8" }), step("nodes-checked"), step("side-left"), step("station-10L"), step("no-spread")], stage: "IIA", tnm: "cT1b cN1 cM0", early: true },
  // A station ticked, then unticked: the nodes were checked and none is involved.
  { steps: [step("size", { type: "6" }), step("nodes-checked"), step("side-right"), step("station-4R"), step("station-4R", { untick: true }), step("no-spread")], stage: "IIB", tnm: "cT3 cN0 cM0", early: true },
  // The nodes checked, a station ticked, then the nodes marked not assessed after all: NX,
  // for which the table gives no stage ("—").
  { steps: [step("size", { type: "3.4" }), step("nodes-checked"), step("side-right"), step("station-4R"), step("nodes-not-assessed"), step("no-spread")], stage: "—", tnm: "cT2a cNX cM0", early: false },
  // A station ticked before the nodes question answers it; then the nodes marked not
  // assessed: NX.
  { steps: [step("size", { type: "3.4" }), step("side-right"), step("station-4R"), step("nodes-not-assessed"), step("no-spread")], stage: "—", tnm: "cT2a cNX cM0", early: false },
];

test("the first part and the live widget give each case its stage from the published table", async () => {
  for (const path of ["", "es/"]) {
    for (const { steps, stage, tnm, early } of CASES) {
      const label = `${path || "en"} ${tnm}`;
      const { context, page, log, release } = await openHeld(path);
      try {
        await waitForFirstPart(page);
        await enter(page, steps);
        if (early) {
          await page.waitForFunction((tnm) => document.querySelector(".stage-headline-context")?.textContent.includes(tnm), tnm);
          assert.equal((await answer(page)).stage, stage, `${label}: the first part's stage`);
        } else {
          // Entered at once: the first part has answered every entry by now.
          await page.waitForTimeout(200);
          assert.deepEqual(await answer(page), { stage: null, line: "" }, `${label}: no stage from the first part`);
          assert.ok(await page.getByTestId("invite").isVisible(), `${label}: the invitation stays`);
        }
        const shown = await answer(page);
        // The live widget takes over with what was entered, the focus where it was, and the
        // same answer.
        const ticks = () => Promise.all(steps.slice(1).map((s) => page.locator(s.selector).first().isChecked()));
        const before = await ticks();
        await page.locator('[id$="-size"]').focus();
        release();
        await waitForApp(page);
        await page.locator(LIVE).waitFor();
        await page.waitForFunction((tnm) => document.querySelector(".stage-headline-context")?.textContent.includes(tnm), tnm);
        const live = await answer(page);
        assert.equal(live.stage, stage, `${label}: the live stage`);
        if (early) assert.deepEqual(live, shown, `${label}: the same answer`);
        assert.equal(await page.locator('[id$="-size"]').inputValue(), steps[0].type, label);
        assert.deepEqual(await ticks(), before, `${label}: the same boxes and buttons ticked`);
        assert.equal(await page.evaluate(() => document.activeElement?.id.endsWith("-size")), true, `${label}: focus kept`);
        assert.deepEqual(log.pageErrors, [], label);
      } finally {
        release();
        await context.close();
      }
    }
  }
});

test("a stage the form no longer gives is taken away at once", async () => {
  const { context, page, log, release } = await openHeld();
  try {
    await waitForFirstPart(page);
    await enter(page, FIRST_ANSWER_CASE.steps);
    await page.getByTestId("stage").filter({ hasText: "IIIA" }).waitFor();
    // Once it has settled, the result's live region says it.
    await page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent.includes("IIIA"));
    // The size cleared: no tumour, so no stage, and the invitation is back.
    await page.locator('[id$="-size"]').fill("");
    await page.getByTestId("invite").waitFor();
    assert.equal(await page.getByTestId("stage").count(), 0);
    // A size no table reads: the live widget will say what is wrong; the first part says nothing.
    await page.locator('[id$="-size"]').fill("3..4");
    await page.waitForTimeout(200);
    assert.equal(await page.getByTestId("stage").count(), 0);
    await page.locator('[id$="-size"]').fill("3.4");
    await page.getByTestId("stage").filter({ hasText: "IIIA" }).waitFor();
    assert.deepEqual(log.pageErrors, []);
  } finally {
    release();
    await context.close();
  }
});

test("an entry only the live questions read: no stage from the first part, and the live widget gives it", async () => {
  const cases = [
    // What the person knows, answered first.
    { steps: [step("way-findings"), ...FIRST_ANSWER_CASE.steps], stage: "IIIA" },
    // A site of spread asks how many lesions: only the live questions can ask it.
    { steps: [step("size", { type: "3.4" }), step("nodes-checked"), step("side-right"), step("station-4R"), step("site-bone")], stage: null },
  ];
  for (const { steps, stage } of cases) {
    const { context, page, log, release } = await openHeld();
    try {
      await waitForFirstPart(page);
      await enter(page, steps);
      await page.waitForTimeout(200);
      assert.equal(await page.getByTestId("stage").count(), 0, JSON.stringify(steps));
      release();
      await waitForApp(page);
      await page.locator(LIVE).waitFor();
      if (stage) await page.getByTestId("stage").first().filter({ hasText: stage }).waitFor();
      else await page.locator('[id$="-site-bone-one"]').waitFor();
      assert.equal(await page.locator('[id$="-size"]').inputValue(), "3.4");
      for (const { selector, tick } of steps) if (tick) assert.ok(await page.locator(selector).first().isChecked(), selector);
      assert.equal(await page.getByTestId("crash").count(), 0);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      release();
      await context.close();
    }
  }
});

test("a share link is opened by the live widget, with its questions", async () => {
  const { context, page, log, release } = await openHeld("#v=2&edition=9&histology=nsclc&size=3.4&side=right&stations=4R&sites=");
  try {
    await waitForFirstPart(page);
    // The pre-rendered form is blank: the first part has nothing to stage.
    assert.equal(await page.getByTestId("stage").count(), 0);
    release();
    await waitForApp(page);
    await page.getByTestId("stage").first().filter({ hasText: FIRST_ANSWER_CASE.expect }).waitFor();
    assert.equal(await page.locator('[id$="-size"]').inputValue(), "3.4");
    assert.ok(await page.locator('[id$="-station-4R"]').isChecked());
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test("when the rest cannot load, a share link gives the crash notice, not a form out of reach", async () => {
  const { context, page } = await openRecordedPage(site.browser);
  try {
    await page.route(REST, (route) => route.abort());
    await page.goto(`${site.server.url}#v=2&edition=9&histology=nsclc&size=3.4&side=right&stations=4R&sites=`);
    await page.getByTestId("crash").waitFor();
  } finally {
    await context.close();
  }
});
