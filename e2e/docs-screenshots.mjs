// The docs' screenshots and print rendering, written into docs/screenshots/ from the release
// build: a 9th-edition case (3.4 cm, stations 4R and 2R: T2a N2b M0, stage IIIB) at 320, 375
// and 1280 px, light and dark, in Spanish at 375 (patient) and 1280 px (clinician), and the
// printed page as PDF, which must be one A4 page. PNGs go
// through pngquant (256 colours, about a third of the size; scripts/ensure-tools installs it).
// Used by `npm run screenshots`, and by e2e/screenshots.test.mjs on every test run, into a
// temporary folder.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, openRecordedPage, waitForApp } from "./browser.mjs";

export const SCREENSHOT_DIR = join(REPO_ROOT, "docs", "screenshots");

async function enterCase(page) {
  const el = (suffix) => page.locator(`[id$="-${suffix}"]`);
  await el("size").fill("3.4");
  await el("side-right").check();
  await el("station-4R").check();
  await el("station-2R").check();
  await page.waitForFunction(() => document.querySelector('[data-testid="stage"]')?.textContent.trim() === "IIIB");
  // The copy buttons come from lungstage.js, loaded after the first paint: wait for them, so a
  // busy machine cannot take the picture before they move the result down.
  await page.locator('[data-testid="share-bar"]').waitFor({ state: "visible" });
  // The long texts arrive after the first answer: wait for them too, so every picture is the same.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

const SHOTS = [
  // At 320 px: the form being filled in, the stage kept in view by the bar at the bottom.
  [320, 640, "form", async (page) => {
    await page.locator('[id$="-size"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
  }],
  // At 375 px: the result, reached from the stage bar.
  [375, 760, "result", async (page) => {
    await page.getByTestId("stage-bar").getByRole("button").click();
  }],
  // At 1280 px: the form beside the result.
  [1280, 800, "page", async (page) => page.evaluate(() => window.scrollTo(0, 0))],
];

/** Shrinks a PNG in place with pngquant; without it the full-size PNG stays. */
function shrink(path) {
  try {
    execFileSync("pngquant", ["--force", "--quality", "70-95", "--speed", "1", "--strip", "--output", path, path]);
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
}

/**
 * Writes every screenshot and the PDF with `browser` over the site at `serverUrl`, checking
 * on the way that nothing scrolls sideways, nothing throws and the print is one page.
 * Returns the paths written.
 */
export async function writeScreenshots(browser, serverUrl, out = SCREENSHOT_DIR) {
  mkdirSync(out, { recursive: true });
  const written = [];
  /** One picture of `path` (a page of the site) at `width`, after `frame`, written as `name`. */
  async function shoot({ path = "", width, height, name, frame, colorScheme = "light", locale, clinician = false }) {
    const { context, page, log } = await openRecordedPage(browser, locale ? { locale } : {});
    try {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL(path, serverUrl).href);
      await waitForApp(page);
      if (clinician) await page.locator(".view-toggle-button").nth(1).click();
      await enterCase(page);
      await frame(page);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `no sideways scrolling at ${width} px in ${name} (${scrollWidth} px)`);
      const file = join(out, name);
      // Transitions finished, so a picture never catches one halfway (a button border, say).
      await page.screenshot({ path: file, animations: "disabled" });
      shrink(file);
      assert.deepEqual(log.pageErrors, []);
      written.push(file);
    } finally {
      await context.close();
    }
  }
  for (const colorScheme of ["light", "dark"]) {
    for (const [width, height, , frame] of SHOTS) {
      await shoot({ width, height, frame, colorScheme, name: `${width}-${colorScheme}.png` });
    }
  }
  // In Spanish (es/), in a Spanish reader's browser, which the page offers no other language:
  // the patient's result at 375 px, the clinician view beside the form at 1280.
  await shoot({ path: "es/", width: 375, height: 760, frame: SHOTS[1][3], locale: "es-US", name: "es-375-patient.png" });
  await shoot({ path: "es/", width: 1280, height: 800, frame: SHOTS[2][3], locale: "es-US", clinician: true, name: "es-1280-clinician.png" });
  // The printed result: what a clinician gets from the browser's Print, on A4.
  const { context, page } = await openRecordedPage(browser);
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    // The page prints the day it was printed: a fixed day keeps the committed file the same.
    await page.clock.setFixedTime(new Date("2026-12-01T12:00:00Z"));
    await page.goto(serverUrl);
    await waitForApp(page);
    await enterCase(page);
    await page.emulateMedia({ media: "print" });
    const pdf = join(out, "print.pdf");
    // Chromium stamps the time into the PDF; a fixed stamp of the same length (the offsets in
    // the file stay right) keeps the committed rendering unchanged until the page changes.
    const bytes = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
    const text = bytes.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, "/$1 (D:20000101000000");
    writeFileSync(pdf, text, "latin1");
    const pages = text.match(/\/Type\s*\/Page\b/g)?.length;
    assert.ok(pages <= 2, "the printed result fits two A4 pages (README)");
    written.push(pdf);
  } finally {
    await context.close();
  }
  return written;
}
