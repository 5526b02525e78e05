// Writes the screenshots and the print rendering in docs/screenshots/ from the release build in
// dist/ (build it first: trunk build --release --offline): a stage IIIB case at 320, 375 and
// 1280 px, light and dark, and the printed page as PDF, which must be one A4 page. With
// pngquant installed (apt-get install pngquant) the PNGs are cut to 256 colours, a third of
// their size. Usage: node scripts/screenshots.mjs   (or npm run screenshots)
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, launchBrowser, openRecordedPage, serveDist, waitForApp } from "../e2e/browser.mjs";

const out = join(REPO_ROOT, "docs", "screenshots");
mkdirSync(out, { recursive: true });

/** The 9th-edition case of the README: 3.4 cm, stations 4R and 2R, T2a N2b M0, stage IIIB. */
async function enterCase(page) {
  const el = (suffix) => page.locator(`[id$="-${suffix}"]`);
  await el("size").fill("3.4");
  await el("side-right").check();
  await el("station-4R").check();
  await el("station-2R").check();
  assert.equal((await page.getByTestId("stage").textContent()).trim(), "IIIB");
}

const SHOTS = [
  // At 320 px: the form being filled in, the stage kept in view by the bar at the bottom.
  [320, 640, "form", async (page) => {
    await page.locator('[id$="-size"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
  }],
  // At 375 px: the result, reached from the stage bar.
  [375, 760, "result", async (page) => {
    await page.getByRole("button", { name: "See the result" }).click();
  }],
  // At 1280 px: the form beside the result.
  [1280, 800, "page", async (page) => page.evaluate(() => window.scrollTo(0, 0))],
];

/** Shrinks a PNG in place with pngquant, when it is installed. */
function shrink(path) {
  try {
    execFileSync("pngquant", ["--force", "--quality", "70-95", "--speed", "1", "--strip", "--output", path, path]);
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
}

const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const colorScheme of ["light", "dark"]) {
    for (const [width, height, what, frame] of SHOTS) {
      const { context, page, log } = await openRecordedPage(browser);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto(server.url);
      await waitForApp(page);
      await enterCase(page);
      await frame(page);
      const width_ = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width_ <= width, `no sideways scrolling at ${width} px (${width_} px)`);
      const path = join(out, `${width}-${colorScheme}.png`);
      await page.screenshot({ path });
      shrink(path);
      assert.deepEqual(log.pageErrors, []);
      console.log(`${path}: ${what}`);
      await context.close();
    }
  }
  // The printed result: what a clinician gets from the browser's Print, on A4.
  const { context, page } = await openRecordedPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  await waitForApp(page);
  await enterCase(page);
  await page.emulateMedia({ media: "print" });
  const pdf = join(out, "print.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  const pages = readFileSync(pdf, "latin1").match(/\/Type\s*\/Page\b/g)?.length;
  assert.equal(pages, 1, "the printed result fits one A4 page");
  console.log(`${pdf}: the printed result`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
