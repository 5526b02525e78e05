// The docs' screenshots (320, 375 and 1280 px, light and dark) and the printed page, made by
// every test run from the release build (see e2e/docs-screenshots.mjs) into a temporary
// folder: a test run leaves the committed ones alone. `npm run screenshots` refreshes those.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, serveDist } from "./browser.mjs";
import { writeScreenshots } from "./docs-screenshots.mjs";

let server;
let browser;
const out = mkdtempSync(join(tmpdir(), "lungstage-screenshots-"));

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

test("screenshots at 320, 375 and 1280 px, light and dark, and a one-page print", async () => {
  const written = await writeScreenshots(browser, server.url, out);
  assert.equal(written.length, 7);
  for (const path of written) assert.ok(statSync(path).size > 1000, `${path} has content`);
});
