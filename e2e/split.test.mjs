// The widget's wasm in two parts (scripts/shrink-glue.mjs, tools/split, docs/size.md): the
// first answer needs only the first, which is in the page (src/early.rs); the live widget,
// in the rest, starts once the rest is in, or asks for it itself if the page's fetch failed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openRecordedPage, waitForApp, waitForFirstPart } from "./browser.mjs";
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
      // The rest never arrives: a first answer that needed it would wait for the widget's own
      // request, which is held too, and never show.
      await page.route(REST, () => {});
      await page.goto(site.server.url + path);
      await waitForFirstPart(page);
      await enterCase(page);
      await page.waitForTimeout(300);
      assert.equal(await page.getByTestId("crash").count(), 0, path);
      assert.deepEqual(log.pageErrors, [], path);
      assert.equal((await page.locator(FIRST_ANSWER_CASE.stage).textContent()).trim(), FIRST_ANSWER_CASE.expect, path);
      // The pre-rendered questions do not redraw: the nodes, answered, no longer say they are not.
      assert.equal(await page.getByTestId("nodes-unanswered").isVisible(), false, path);
      // The rest of the result is on its way, and said to be.
      assert.equal(await page.getByTestId("invite").isVisible(), false, path);
      assert.equal(await page.locator("[data-early] .deferred-loading").count(), 1, path);
      assert.equal(await page.locator("[data-live]").count(), 0, path);
    } finally {
      await context.close();
    }
  }
});

test("when the page's fetch of the rest fails, the widget asks for it itself", async () => {
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    const asked = [];
    await page.route(REST, async (route) => {
      asked.push(route.request().resourceType());
      if (asked.length === 1) await route.abort();
      else await route.continue();
    });
    // Mesothelioma from its CT thickness: nothing the first part runs.
    await page.goto(`${site.server.url}#v=3&edition=9&histology=mesothelioma&psum=18&n=N0&m=M0`);
    await waitForApp(page);
    await page.getByTestId("stage").first().filter({ hasText: "II" }).waitFor();
    assert.equal((await page.getByTestId("stage").first().textContent()).trim(), "II");
    // The head's preload (which boot.js's fetch would have taken over), refused.
    assert.deepEqual(asked, ["other", "xhr"], "the page's request, refused, then the widget's own");
    assert.equal(await page.getByTestId("crash").count(), 0);
    assert.deepEqual(log.pageErrors, []);
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
