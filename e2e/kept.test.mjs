// The pre-rendered questions, kept (src/prerendered.rs, docs/size.md): until the rest of the
// wasm is in, the live widget answers from the questions as the page rendered them, and then
// draws them itself with what was entered, the focus where it was, and the same answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { holdBack, openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";
import { FIRST_ANSWER_CASE } from "../scripts/first-answer-case.mjs";

const site = useSite();
const REST = /lungstage-rest-[0-9a-f]+\.wasm$/;
const KEPT = '[data-slot="questions"][data-kept]';
const LIVE = '[data-slot="questions"]:not([data-kept])';

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
// each entered through the kept questions and through the live ones.
// `kept`: whether the kept questions can show every entry, or bring the live ones at once.
const CASES = [
  { steps: FIRST_ANSWER_CASE.steps, stage: "IIIA", tnm: "cT2a cN2a cM0", kept: true },
  // 1.8 cm is T1b; 10L, on the tumour's side, a hilar station: N1.
  { steps: [step("size", { type: "1,8" }), step("nodes-checked"), step("side-left"), step("station-10L"), step("no-spread")], stage: "IIA", tnm: "cT1b cN1 cM0", kept: true },
  // A station ticked, then unticked: the nodes were checked and none is involved.
  { steps: [step("size", { type: "6" }), step("nodes-checked"), step("side-right"), step("station-4R"), step("station-4R", { untick: true }), step("no-spread")], stage: "IIB", tnm: "cT3 cN0 cM0", kept: true },
  // The nodes checked, a station ticked, then the nodes marked not assessed after all: NX,
  // for which the table gives no stage ("—").
  { steps: [step("size", { type: "3.4" }), step("nodes-checked"), step("side-right"), step("station-4R"), step("nodes-not-assessed"), step("no-spread")], stage: "—", tnm: "cT2a cNX cM0", kept: true },
  // A station ticked before the nodes question answers it: the live questions show that at
  // once; then the nodes marked not assessed: NX.
  { steps: [step("size", { type: "3.4" }), step("side-right"), step("station-4R"), step("nodes-not-assessed"), step("no-spread")], stage: "—", tnm: "cT2a cNX cM0", kept: false },
];

test("the kept questions and the live ones give each case its stage from the published table", async () => {
  for (const path of ["", "es/"]) {
    for (const { steps, stage, tnm, kept: staysKept } of CASES) {
      for (const kept of [true, false]) {
        const label = `${path || "en"} ${kept ? "kept" : "live"} ${tnm}`;
        const { context, page, log, release } = await openHeld(path);
        try {
          await waitForApp(page);
          if (kept) await page.locator(KEPT).waitFor();
          else {
            release();
            await page.locator(LIVE).waitFor();
          }
          await enter(page, steps);
          await page.waitForFunction((tnm) => document.querySelector(".stage-headline-context")?.textContent.includes(tnm), tnm);
          const shown = await answer(page);
          assert.equal(shown.stage, stage, label);
          if (kept) assert.equal(await page.locator(KEPT).count(), staysKept ? 1 : 0, `${label}: kept or not`);
          if (!kept) continue;
          // The live questions take over with what was entered, the focus where it was, and
          // the same answer.
          const ticks = () => Promise.all(steps.slice(1).map((s) => page.locator(s.selector).first().isChecked()));
          const before = await ticks();
          await page.locator('[id$="-size"]').focus();
          release();
          await page.locator(LIVE).waitFor();
          assert.deepEqual(await answer(page), shown, label);
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
  }
});

test("entries typed before the wasm arrived: read with the nodes question's answer last, or given to the live questions", async () => {
  const cases = [
    // The radio button shown is the person's answer: NX, and the questions stay kept.
    { steps: [step("size", { type: "3.4" }), step("side-right"), step("station-4R"), step("nodes-not-assessed"), step("no-spread")], stage: "—", kept: true },
    // What the person knows, answered first: a control only the live questions follow.
    { steps: [step("way-findings"), ...FIRST_ANSWER_CASE.steps], stage: "IIIA", kept: false },
  ];
  for (const { steps, stage, kept } of cases) {
    const { context, page, log, release } = await openHeld("", { go: false });
    try {
      const wasm = await holdBack(page, /lungstage-web-[0-9a-f]+_bg\.wasm$/);
      await page.goto(site.server.url, { waitUntil: "domcontentloaded" });
      await enter(page, steps);
      wasm();
      await waitForApp(page);
      await page.waitForFunction((s) => document.querySelector('[data-testid="stage"]')?.textContent.trim() === s, stage);
      assert.equal(await page.locator(KEPT).count(), kept ? 1 : 0, JSON.stringify(steps));
      assert.equal(await page.locator('[id$="-size"]').inputValue(), "3.4");
      for (const { selector, tick } of steps) if (tick) assert.ok(await page.locator(selector).first().isChecked(), selector);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      release();
      await context.close();
    }
  }
});

test("a control the kept questions cannot follow brings the live ones at once", async () => {
  const { context, page, log, release } = await openHeld();
  try {
    await waitForApp(page);
    await page.locator('[id$="-size"]').fill("3.4");
    // A site of spread asks how many lesions: only the live questions can ask it.
    await page.locator('[id$="-site-bone"]').check();
    await page.locator(LIVE).waitFor();
    assert.ok(await page.locator('[id$="-site-bone"]').isChecked());
    assert.equal(await page.locator('[id$="-size"]').inputValue(), "3.4");
    await page.locator('[id$="-site-bone-one"]').waitFor();
    assert.equal(await page.getByTestId("crash").count(), 0);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    release();
    await context.close();
  }
});

test("a share link opened before the rest arrives: its answer at once, its questions once the rest is in", async () => {
  const { context, page, log, release } = await openHeld("#v=2&edition=9&histology=nsclc&size=3.4&side=right&stations=4R&sites=");
  try {
    await waitForApp(page);
    await page.getByTestId("stage").first().filter({ hasText: FIRST_ANSWER_CASE.expect }).waitFor();
    // The kept questions show the page as rendered, not the link's case: out of reach until
    // the live ones replace them.
    const kept = page.locator(KEPT);
    assert.equal(await kept.getAttribute("aria-busy"), "true");
    assert.equal(await kept.evaluate((k) => k.inert), true);
    await page.locator(".app-questions-loading").waitFor();
    release();
    await page.locator(LIVE).waitFor();
    assert.equal(await page.locator('[id$="-size"]').inputValue(), "3.4");
    assert.ok(await page.locator('[id$="-station-4R"]').isChecked());
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test("kept questions out of date, when the rest cannot load, give way to the crash notice, not a form out of reach", async () => {
  const { context, page } = await openRecordedPage(site.browser);
  try {
    await page.route(REST, (route) => route.abort());
    await page.goto(`${site.server.url}#v=2&edition=9&histology=nsclc&size=3.4&side=right&stations=4R&sites=`);
    await page.getByTestId("crash").waitFor();
    assert.equal(await page.locator(KEPT).count(), 0);
  } finally {
    await context.close();
  }
});
