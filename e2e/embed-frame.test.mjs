// The iframe page from a host of another origin: a fixed-height frame that scrolls inside so
// its stage bar stays in view on a phone and posts nothing to its parent; the auto-height
// frame, which posts its height and nothing derived from the case; options in the frame's
// address (brand colours, theme, view); and the documented height script with a preset case.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, openRecordedPage } from "./browser.mjs";
import { useSite } from "./setup.mjs";

const page = (body, script = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A health site</title><link rel="icon" href="data:,">${script}</head><body><main><h1>Staging</h1>${body}</main></body></html>`;
const frame = (src, attrs = "") =>
  `<iframe id="lungstage-frame" src="${src}" title="LungStage: lung cancer staging" allow="clipboard-write" width="100%" ${attrs}></iframe>`;

/** The parent's height script, exactly as docs/embedding.md gives it. */
const documentedScript = /```js\n(const frame = [\s\S]*?lungstage:height[\s\S]*?)```/.exec(
  readFileSync(join(REPO_ROOT, "docs", "embedding.md"), "utf8"),
)?.[1];

const site = useSite({
  host: (w) => ({
    widget: w,
    pages: {
      "fixed.html": page(frame(`${w}embed.html?height=fixed`, 'height="600"')),
      "auto.html": page(frame(`${w}embed.html`, 'height="900"'), '<script type="module" src="parent.js"></script>'),
      "preset.html": page(frame(`${w}embed.html?view=clinician#v=2&t=T2a&n=N1&m=M0`, 'height="900"'), '<script type="module" src="parent.js"></script>'),
      "brand.html": page(frame(`${w}embed.html?height=fixed&theme=dark&accent=ffb000&on-accent=1a1a1a&accent-soft=123&colour=red`, 'height="600"')),
      "parent.js": documentedScript ?? "",
    },
  }),
});

/** The host page `name`, recording every message the frame posts to it. */
async function open(name, viewport = { width: 375, height: 700 }) {
  const { context, page, log } = await openRecordedPage(site.browser);
  await page.setViewportSize(viewport);
  page.setDefaultTimeout(10_000);
  const messages = [];
  await page.exposeFunction("__lungstageMessage", (m) => messages.push(m));
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.addEventListener("message", (e) => window.__lungstageMessage(e.data));
  });
  const warnings = [];
  page.on("console", (msg) => {
    if (msg.type() === "warning") warnings.push(msg.text());
  });
  await page.goto(`${site.host.url}${name}`);
  const f = page.frameLocator("#lungstage-frame");
  await f.locator("[data-testid=lungstage-root][data-live]").waitFor();
  return { context, page, log, frame: f, messages, warnings };
}

function assertClean(log) {
  assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
  assert.deepEqual(log.consoleErrors, [], "console errors");
  assert.deepEqual(log.cspViolations, [], "CSP violations");
  assert.deepEqual(log.failedRequests, [], "failed requests");
}

const stageOf = async (scope) => (await scope.getByTestId("stage").first().textContent()).trim();

/** A case filled in field by field, the way a reader would. */
async function fillCase(f) {
  await f.locator('[id$="-size"]').fill("3.4");
  await f.locator('[id$="-feature-visceral_pleura"]').check();
  await f.locator('[id$="-nodes-checked"]').check();
  await f.locator('[id$="-side-right"]').check();
  await f.locator('[id$="-station-4R"]').check();
  assert.equal(await stageOf(f), "IIIA");
}

test("fixed height at 375 px: the frame scrolls inside and its stage bar shows the stage while the form is filled", async () => {
  const { context, page, log, frame: f, messages } = await open("fixed.html");
  try {
    await fillCase(f);
    // Further down the form, as a reader goes on: the bar is on screen, inside the frame.
    const field = f.locator('[id$="-site-bone"]');
    await field.scrollIntoViewIfNeeded();
    await field.check();
    const frameBox = await page.locator("#lungstage-frame").boundingBox();
    assert.equal(await f.locator("html").evaluate(() => innerHeight), 600, "the frame keeps the host's height");
    const bar = f.getByTestId("stage-bar");
    const barBox = await bar.boundingBox();
    assert.ok(barBox.y >= frameBox.y && barBox.y + barBox.height <= frameBox.y + frameBox.height + 1,
      `the bar ${JSON.stringify(barBox)} is inside the frame ${JSON.stringify(frameBox)}`);
    const stage = await stageOf(f);
    assert.match(stage, /^IV/);
    assert.ok((await bar.textContent()).startsWith(`Stage ${stage}`), "the bar shows the current stage");
    const scrolled = await f.locator("html").evaluate(() => [scrollY, document.documentElement.scrollHeight, innerHeight]);
    assert.ok(scrolled[0] > 0 && scrolled[1] > scrolled[2] * 2, `scrolls inside: ${scrolled}`);
    assert.deepEqual(messages, [], "a fixed-height frame posts nothing to its parent");
    assertClean(log);
  } finally {
    await context.close();
  }
});

test("auto height: the frame posts only its height, nothing derived from the case", async () => {
  const { context, page, log, frame: f, messages } = await open("auto.html", { width: 1280, height: 900 });
  try {
    await fillCase(f);
    await f.getByTestId("copy-link").waitFor();
    // Messages follow the frame's layout; a last one arrives after the result is drawn.
    await page.waitForFunction(() => document.getElementById("lungstage-frame").height !== "900");
    const content = await f.locator("html").evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    await page.waitForFunction((h) => document.getElementById("lungstage-frame").height === String(h), content);
    assert.ok(messages.length > 0);
    for (const m of messages) {
      assert.deepEqual(Object.keys(m).sort(), ["height", "type"], JSON.stringify(m));
      assert.equal(m.type, "lungstage:height");
      assert.ok(Number.isInteger(m.height) && m.height > 0);
    }
    const text = JSON.stringify(messages);
    for (const leak of ["IIIA", "T2a", "N2", "3.4", "4R", "visceral"]) assert.ok(!text.includes(leak), leak);
    assertClean(log);
  } finally {
    await context.close();
  }
});

test("the documented height script follows a frame with a preset case and options in its address", async () => {
  assert.ok(documentedScript, "docs/embedding.md has the height script");
  const { context, page, log, frame: f } = await open("preset.html", { width: 1280, height: 900 });
  try {
    assert.equal(await stageOf(f), "IIB");
    assert.equal(await f.locator(".view-toggle-button.is-pressed").textContent(), "For clinicians");
    const content = await f.locator("html").evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    await page.waitForFunction((h) => document.getElementById("lungstage-frame").height === String(h), content);
    assertClean(log);
  } finally {
    await context.close();
  }
});

test("brand colours and the theme reach the frame through its address; a mistake is a console warning", async () => {
  const { context, log, frame: f, warnings } = await open("brand.html");
  try {
    await f.locator('[id$="-size"]').fill("3.4");
    const colours = await f.locator(".stage-bar").evaluate((bar) => {
      const s = getComputedStyle(bar);
      return [document.documentElement.dataset.theme, s.backgroundColor, s.color];
    });
    assert.deepEqual(colours, ["dark", "rgb(255, 176, 0)", "rgb(26, 26, 26)"]);
    assert.deepEqual(warnings.filter((w) => w.startsWith("LungStage:")), [
      "LungStage: colour=red in the frame's address is not an option: left out.",
    ]);
    assert.equal(await f.locator('[data-slot="notice"]').textContent(), "", "nothing for readers");
    assertClean(log);
  } finally {
    await context.close();
  }
});
