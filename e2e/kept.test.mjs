// The pre-rendered questions, kept (src/prerendered.rs, docs/size.md): until the rest of the
// wasm is in, the live widget answers from the questions as the page rendered them, and then
// draws them itself with what was entered, the focus where it was, and the same answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";
import { FIRST_ANSWER_CASE, enterCase } from "../scripts/first-answer-case.mjs";

const site = useSite();
const REST = /lungstage-rest-[0-9a-f]+\.wasm$/;
const KEPT = '[data-slot="questions"][data-kept]';
const LIVE = '[data-slot="questions"]:not([data-kept])';

/** A page whose fetch of the rest waits for `release()`; a request the widget makes itself
 * when it needs the rest at once is served. */
async function openHeld(path = "") {
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
  await page.goto(site.server.url + path);
  return { ...opened, release };
}

/** The answer: the stage, and the line with the scheme and T, N and M that gave it. (What
 * the stage means follows with the texts that load after the rest.) */
const answer = (page) =>
  page.evaluate(() => ["stage", "stage-headline-context"].map((c) => document.querySelector(`[data-testid="${c}"], .${c}`)?.textContent.trim()));

// Cases entered through the kept questions' controls, each a list of steps.
const CASES = [
  FIRST_ANSWER_CASE.steps,
  [
    { selector: '[id$="-size"]', type: "1,8" },
    { selector: '[id$="-nodes-checked"]', tick: true },
    { selector: '[id$="-side-left"]', tick: true },
    { selector: '[id$="-station-10L"]', tick: true },
    { selector: '[id$="-no-spread"]', tick: true },
  ],
  [
    { selector: '[id$="-size"]', type: "6" },
    { selector: '.tumor-form input[type="checkbox"][id*="-feature-"]', tick: true },
    { selector: '[id$="-nodes-not-assessed"]', tick: true },
    { selector: '[id$="-no-spread"]', tick: true },
  ],
];

test("before the rest arrives, the kept questions answer; after it, the live ones give the same answer", async () => {
  for (const path of ["", "es/"]) {
    for (const steps of CASES) {
      const { context, page, log, release } = await openHeld(path);
      try {
        await waitForApp(page);
        await page.locator(KEPT).waitFor();
        await enterCase(page, steps);
        await page.getByTestId("stage").first().waitFor();
        // The answer settles (the live region waits too) before it is read.
        await page.waitForTimeout(200);
        const kept = await answer(page);
        assert.ok(kept.every(Boolean), JSON.stringify(kept));
        assert.equal(await page.locator(KEPT).count(), 1, `${path} still kept`);
        await page.locator('[id$="-size"]').focus();
        release();
        await page.locator(LIVE).waitFor();
        await page.waitForTimeout(200);
        assert.deepEqual(await answer(page), kept, `${path} ${JSON.stringify(steps)}`);
        // What was entered is in the live questions, and the focus where it was.
        assert.equal(await page.locator('[id$="-size"]').inputValue(), steps[0].type);
        for (const step of steps.slice(1)) assert.ok(await page.locator(step.selector).first().isChecked(), step.selector);
        assert.equal(await page.evaluate(() => document.activeElement?.id.endsWith("-size")), true, "focus kept");
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
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
    release();
    await page.locator(LIVE).waitFor();
    assert.equal(await page.locator('[id$="-size"]').inputValue(), "3.4");
    assert.ok(await page.locator('[id$="-station-4R"]').isChecked());
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});
