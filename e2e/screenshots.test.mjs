// The docs' screenshots (320, 375 and 1280 px, light and dark) and the printed page, made by
// every test run from the release build (see e2e/docs-screenshots.mjs) into a temporary
// folder: a test run leaves the committed ones alone. `npm run screenshots` refreshes those.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { writeScreenshots } from "./docs-screenshots.mjs";
import { useSite } from "./setup.mjs";

const out = mkdtempSync(join(tmpdir(), "lungstage-screenshots-"));
after(() => rmSync(out, { recursive: true, force: true }));
const site = useSite();

test("screenshots at 320, 375 and 1280 px, light and dark, in Spanish at 375 and 1280, and a print of at most two pages", async () => {
  const written = await writeScreenshots(site.browser, site.server.url, out);
  assert.equal(written.length, 9);
  for (const path of written) assert.ok(statSync(path).size > 1000, `${path} has content`);
});
