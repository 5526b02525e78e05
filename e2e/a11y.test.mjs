// Accessibility check of the release build with axe-core (WCAG 2.1 A and AA rules).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import axe from "axe-core";
import { launchBrowser, openRecordedPage, serveDist, waitForApp } from "./browser.mjs";

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the page has no WCAG 2.1 A/AA violations", async () => {
  const { context, page } = await openRecordedPage(browser);
  try {
    await page.goto(server.url);
    await waitForApp(page);
    // Evaluated through the DevTools protocol, so the page's CSP does not block axe itself.
    await page.evaluate(axe.source);
    const results = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    );
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});
