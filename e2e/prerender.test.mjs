// The pre-rendered first paint: the form is in the HTML, shows without JavaScript with a
// note that the calculator needs it, and the live widget that takes its place keeps what a
// person entered before the wasm arrived, and where the focus was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { holdBack, openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";

const site = useSite();

test("the served HTML holds the form, the text and the noscript note", async () => {
  const html = await (await fetch(site.server.url)).text();
  for (const part of ['data-testid="lungstage-root"', 'id="lungstage1-size"', "Find the stage of a lung cancer", 'data-testid="disclaimer"', "<noscript>"]) {
    assert.ok(html.includes(part), part);
  }
  assert.doesNotMatch(html, /data-testid="lungstage-root"[^>]*\bdata-live\b/, "the pre-rendered root is not live");
});

test("without JavaScript the form shows and says the calculator needs JavaScript", async () => {
  // Chromium's emulated "JavaScript off" still parses <noscript> as text, so the note is
  // checked in the HTML, and the form on the page.
  const html = await (await fetch(site.server.url)).text();
  assert.match(html, /<noscript><p class=["']?page-noscript["']? data-msg=["']?page-noscript["']?>The calculator needs JavaScript[^<]*<\/p><\/noscript><div id=["']?lungstage/);
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(site.server.url);
    assert.ok(await page.locator('[id$="-size"]').isVisible());
    assert.ok(await page.getByTestId("invite").isVisible());
    assert.ok(await page.getByTestId("disclaimer").isVisible());
  } finally {
    await context.close();
  }
});

test("the live widget keeps what was entered while the wasm loaded, and the focus, in every language", async () => {
  // Each language's page is pre-rendered with the ids its live widget gives the same controls.
  for (const path of ["", "es/"]) {
    const { context, page, log } = await openRecordedPage(site.browser);
    try {
      const release = await holdBack(page, "**/*.wasm");
      await page.goto(site.server.url + path, { waitUntil: "domcontentloaded" });
      const size = page.locator('[id$="-size"]');
      await size.fill("3.4");
      await page.locator('[id$="-side-right"]').check();
      await page.locator('[id$="-station-4R"]').check();
      await page.locator('[id$="-nodes-not-assessed"]').check();
      await page.locator('[id$="-nodes-checked"]').check();
      release();
      await waitForApp(page);
      await page.getByTestId("stage").waitFor();
      assert.equal((await page.getByTestId("stage").textContent()).trim(), "IIIA", path);
      assert.equal(await size.inputValue(), "3.4", path);
      assert.ok(await page.evaluate(() => document.activeElement?.id.endsWith("-nodes-checked")), `${path}: the focus is where it was`);
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  }
});

test("boot.js marks each start-up step in order, reads the first part from the page and fetches the rest once", async () => {
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    await page.goto(site.server.url);
    await waitForApp(page);
    await page.waitForFunction(() => performance.getEntriesByName("lungstage-rest").length > 0);
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("lungstage-"))
        .map((m) => m.name),
    );
    // Entries of one type come sorted by time: the names are in the order the steps ended.
    // The live widget starts once the rest of the wasm is in.
    assert.deepEqual(marks, ["lungstage-fetch", "lungstage-compile", "lungstage-instantiate", "lungstage-rest", "lungstage-hydrate"]);
    assert.equal(log.requests.filter((url) => /lungstage-web-[0-9a-f]+_bg\.wasm$/.test(url)).length, 0, "the first part is in the page");
    assert.equal(log.requests.filter((url) => /lungstage-rest-[0-9a-f]+\.wasm$/.test(url)).length, 1, "the rest is fetched once");
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.cspViolations, []);
  } finally {
    await context.close();
  }
});

test("a wasm sent with another content type still starts the widget, compiled whole", async () => {
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    await page.route("**/*.wasm", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
    });
    await page.goto(site.server.url);
    await waitForApp(page);
    await page.locator('[id$="-size"]').fill("2");
    await page.locator('[id$="-nodes-checked"]').check();
    await page.locator('[id$="-no-spread"]').check();
    assert.equal((await page.getByTestId("stage").first().textContent()).trim(), "IA2");
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
  } finally {
    await context.close();
  }
});
