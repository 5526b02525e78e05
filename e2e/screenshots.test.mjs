// The docs' screenshots (320, 375 and 1280 px, light and dark) and the printed page, made by
// every test run from the release build: see e2e/docs-screenshots.mjs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { launchBrowser, serveDist } from "./browser.mjs";
import { writeScreenshots } from "./docs-screenshots.mjs";

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

test("screenshots at 320, 375 and 1280 px, light and dark, and a one-page print", async () => {
  const written = await writeScreenshots(browser, server.url);
  assert.equal(written.length, 7);
  for (const path of written) assert.ok(statSync(path).size > 1000, `${path} has content`);
});
