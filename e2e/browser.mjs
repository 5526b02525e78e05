// Shared helpers for the e2e tests: serve dist/ with the CSP, launch Debian's Chromium headless,
// and record everything a page does that a strict, self-contained site must not do.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../scripts/server.mjs";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST_DIR = process.env.LUNGSTAGE_DIST ?? join(REPO_ROOT, "dist");
export const CHROMIUM_PATH = process.env.CHROMIUM ?? "/usr/bin/chromium";

// Flags that let Chromium run as root in a sandbox without network: without the
// background-networking ones it keeps dialling Google hosts that this machine refuses.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches headless Chromium; playwright gives it a fresh temporary profile. Debian's Chromium
 * now and then exits while it starts ("Target page, context or browser has been closed"), seen
 * on loaded 2-core machines: a launch that fails is tried again, up to three times.
 */
export async function launchBrowser() {
  for (let attempt = 1; ; attempt++) {
    try {
      return await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((done) => setTimeout(done, 1000 * attempt));
    }
  }
}

/** Serves the release build, failing early with a hint when it has not been built. */
export function serveDist(options = {}) {
  if (!existsSync(join(DIST_DIR, "index.html"))) {
    throw new Error(`${DIST_DIR}/index.html is missing: run \`trunk build --release --offline\` first`);
  }
  return startServer({ root: DIST_DIR, ...options });
}

/**
 * Opens a page that records console errors, uncaught exceptions, CSP violations, every
 * request and failed request. Read them from the returned `log` after the page settles.
 * `contextOptions` go to the browser context (a `locale`, for the reader's language).
 */
export async function openRecordedPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const log = { consoleErrors: [], consoleWarnings: [], pageErrors: [], cspViolations: [], requests: [], failedRequests: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") log.consoleErrors.push(msg.text());
    if (msg.type() === "warning") log.consoleWarnings.push(msg.text());
  });
  page.on("pageerror", (err) => log.pageErrors.push(String(err)));
  page.on("request", (req) => log.requests.push(req.url()));
  page.on("requestfailed", (req) => log.failedRequests.push(`${req.url()} ${req.failure()?.errorText}`));
  page.on("response", (res) => {
    if (res.status() >= 400) log.failedRequests.push(`${res.url()} HTTP ${res.status()}`);
  });
  await page.exposeFunction("__lungstageReportCsp", (v) => log.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__lungstageReportCsp(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return { context, page, log };
}

/**
 * Waits until the widget is live: its root, `data-testid="lungstage-root"`, is in the
 * pre-rendered HTML already, and gets `data-live` once the wasm has hydrated (or mounted) it.
 */
export async function waitForApp(page) {
  await page.locator('[data-testid="lungstage-root"][data-live]').waitFor({ state: "visible", timeout: 15_000 });
}

/** Resolves once the first part of the wasm runs on `page` (boot.js has instantiated it), which
 * stages the pre-rendered form before the live widget (src/early.rs). */
export async function waitForFirstPart(page) {
  await page.waitForFunction(() => performance.getEntriesByName("lungstage-instantiate").length > 0);
}

/** Holds back `page`'s requests that match `pattern` until the returned function is called. */
export async function holdBack(page, pattern) {
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  return release;
}
