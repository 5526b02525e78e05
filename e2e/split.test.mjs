// The widget's wasm in two parts (scripts/shrink-glue.mjs, tools/split, docs/size.md): the
// first answer needs only the first, and whatever needs the rest works whether the rest has
// arrived, is late, or comes only when asked for.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";
import { FIRST_ANSWER_CASE, enterCase as enter } from "../scripts/first-answer-case.mjs";

const site = useSite();
const REST = /lungstage-rest-[0-9a-f]+\.wasm$/;

/** The benchmark's case, entered, and its stage shown. */
async function enterCase(page) {
  await enter(page);
  await page.getByTestId("stage").first().filter({ hasText: FIRST_ANSWER_CASE.expect }).waitFor();
}

test("the first answer, on each page, needs only the first part of the wasm", async () => {
  for (const path of ["", "es/", "embed.html"]) {
    const { context, page, log } = await openRecordedPage(site.browser);
    try {
      // The rest cannot load, and the long texts, which it shows, are held back: a widget
      // that needed the rest for its first answer would show its crash notice.
      await page.route(REST, (route) => route.abort());
      await page.route(/texts-[a-z]+-[0-9a-f]+\.json$/, () => {});
      await page.goto(site.server.url + path);
      await waitForApp(page);
      await enterCase(page);
      await page.waitForTimeout(300);
      assert.equal(await page.getByTestId("crash").count(), 0, path);
      assert.deepEqual(log.pageErrors, [], path);
      assert.equal((await page.locator(FIRST_ANSWER_CASE.stage).textContent()).trim(), FIRST_ANSWER_CASE.expect, path);
      // The kept questions do not redraw: the nodes, answered, no longer say they are not.
      assert.equal(await page.getByTestId("nodes-unanswered").isVisible(), false, path);
      // The panels that read the long texts show their titles, busy; the urgent-help box
      // needs none and is there.
      assert.equal(await page.getByTestId("urgent-help").count(), 1, path);
      for (const panel of ["symptoms-panel", "treatment-panel", "survival-panel"]) {
        assert.equal(await page.getByTestId(panel).getAttribute("aria-busy"), "true", `${path} ${panel}`);
      }
    } finally {
      await context.close();
    }
  }
});

test("the first answer reads the same with the rest held back as with it there", async () => {
  // The read-only data only the rest reads moves with it (tools/split/src/data.rs): a table or
  // a text the first part still read would show here as a blank, a wrong word or a crash. (The
  // form itself differs until the rest is in: the live controls echo what they read.)
  for (const path of ["", "es/"]) {
    const seen = [];
    for (const rest of ["aborted", "loaded"]) {
      const { context, page, log } = await openRecordedPage(site.browser);
      try {
        if (rest === "aborted") await page.route(REST, (route) => route.abort());
        await page.route(/texts-[a-z]+-[0-9a-f]+\.json$/, () => {});
        await page.goto(site.server.url + path);
        await waitForApp(page);
        if (rest === "loaded") await page.waitForFunction(() => performance.getEntriesByName("lungstage-rest").length > 0);
        await enterCase(page);
        await page.waitForTimeout(300);
        assert.deepEqual(log.pageErrors, [], `${path} ${rest}`);
        seen.push(await page.getByTestId("result").innerText());
      } finally {
        await context.close();
      }
    }
    assert.ok(seen[0].includes(FIRST_ANSWER_CASE.expect), path);
    assert.equal(seen[0], seen[1], `${path}: the first answer with the rest held back, then with it there`);
  }
});

test("a part in the rest, needed before the rest has arrived, loads there and then", async () => {
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    // The page's own fetch of the rest hangs; the widget's request when it needs it is served.
    const asked = [];
    let hold;
    const held = new Promise((ok) => (hold = ok));
    await page.route(REST, async (route) => {
      asked.push(route.request().resourceType());
      if (asked.length === 1) {
        await held;
        await route.abort().catch(() => {});
      } else {
        await route.continue();
      }
    });
    // Mesothelioma from its CT thickness: nothing the first answer runs.
    await page.goto(`${site.server.url}#v=3&edition=9&histology=mesothelioma&psum=18&n=N0&m=M0`);
    await waitForApp(page);
    await page.getByTestId("stage").first().filter({ hasText: "II" }).waitFor();
    assert.equal((await page.getByTestId("stage").first().textContent()).trim(), "II");
    assert.deepEqual(asked, ["fetch", "xhr"], "the page's fetch, held, then the widget's own request");
    assert.equal(await page.getByTestId("crash").count(), 0);
    assert.deepEqual(log.pageErrors, []);
    hold();
  } finally {
    await context.close();
  }
});

test("once the rest has arrived, every part works without asking again", async () => {
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    await page.goto(site.server.url);
    await waitForApp(page);
    await page.waitForFunction(() => performance.getEntriesByName("lungstage-rest").length > 0);
    // Small cell and its extent: parts the first answer does not run, already there.
    await page.evaluate(() => {
      location.hash = "#v=3&edition=9&histology=sclc&class=c&extent=limited&view=clinician";
    });
    await page.getByTestId("stage").first().filter({ hasText: "Limited" }).waitFor();
    assert.deepEqual(log.pageErrors, []);
    assert.equal(log.requests.filter((url) => REST.test(url)).length, 1, "the rest was fetched once");
  } finally {
    await context.close();
  }
});

test("a rest that cannot load at all shows the crash notice, never a frozen widget", async () => {
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    await page.route(REST, (route) => route.abort());
    await page.goto(`${site.server.url}#v=3&edition=9&histology=mesothelioma&psum=18&n=N0&m=M0`);
    await page.getByTestId("crash").waitFor();
    assert.ok(log.pageErrors.length > 0 || log.consoleErrors.length > 0, "the error is reported");
  } finally {
    await context.close();
  }
});

test("a rest that is not the build's is never run", async () => {
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    // The same file with one byte changed: the page's fetch refuses it by its integrity, and the
    // widget's own request by the SHA-256 the build wrote into the glue.
    await page.route(REST, async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 1] ^= 1;
      await route.fulfill({ response, body });
    });
    await page.goto(`${site.server.url}#v=3&edition=9&histology=mesothelioma&psum=18&n=N0&m=M0`);
    await page.getByTestId("crash").waitFor();
    assert.ok(log.consoleErrors.some((e) => /is not the file this build expects/.test(e)), log.consoleErrors.join("\n"));
  } finally {
    await context.close();
  }
});
