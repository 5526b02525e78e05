// Smoke test of the release build in headless Chromium under the production CSP.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSP } from "../scripts/csp.mjs";
import { startServer } from "../scripts/server.mjs";
import { DIST_DIR, launchBrowser, openRecordedPage, serveDist, waitForApp } from "./browser.mjs";

/** Loads `url`, waits for the app, and checks the page broke none of the site's rules. */
async function loadCleanly(browser, url) {
  const { context, page, log } = await openRecordedPage(browser);
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    assert.equal(response.status(), 200);
    await waitForApp(page);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
    assert.deepEqual(log.consoleErrors, [], "console errors");
    assert.deepEqual(log.cspViolations, [], "securitypolicyviolation events");
    assert.deepEqual(log.failedRequests, [], "failed requests");
    const origin = new URL(url).origin;
    const foreign = log.requests.filter((r) => new URL(r).origin !== origin);
    assert.deepEqual(foreign, [], "requests to other origins");
    return { page, context, log };
  } catch (err) {
    await context.close();
    throw err;
  }
}

describe("release build", () => {
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

  test("the page is served with the strict CSP header", async () => {
    const res = await fetch(server.url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-security-policy"), CSP);
  });

  test("mounts with no errors, no CSP violations and only same-origin requests", async () => {
    const { page, context, log } = await loadCleanly(browser, server.url);
    try {
      assert.ok(log.requests.some((r) => r.endsWith(".wasm")), "the wasm binary was loaded");
      await assert.doesNotReject(page.locator("#lungstage [data-testid=lungstage-root]").waitFor());
    } finally {
      await context.close();
    }
  });

  test("ships no inline script or style, and pins every script and stylesheet with SRI", async () => {
    const { page, context } = await loadCleanly(browser, server.url);
    try {
      const report = await page.evaluate(() => ({
        inlineScripts: [...document.querySelectorAll("script:not([src])")].map((s) => s.outerHTML),
        styleElements: document.querySelectorAll("style").length,
        styleAttributes: [...document.querySelectorAll("[style]")].map((e) => e.outerHTML.slice(0, 80)),
        unpinned: [
          ...document.querySelectorAll(
            'script[src], link[rel="stylesheet"], link[rel="modulepreload"], link[rel="preload"]',
          ),
        ]
          .filter((e) => !/^sha384-/.test(e.getAttribute("integrity") ?? ""))
          .map((e) => e.outerHTML),
        absoluteRefs: [...document.querySelectorAll("script[src], link[href]")]
          .map((e) => e.getAttribute("src") ?? e.getAttribute("href"))
          .filter((u) => /^([a-z]+:|\/)/i.test(u) && !u.startsWith("data:")),
      }));
      assert.deepEqual(report.inlineScripts, [], "inline scripts");
      assert.equal(report.styleElements, 0, "<style> elements");
      assert.deepEqual(report.styleAttributes, [], "style attributes");
      assert.deepEqual(report.unpinned, [], "scripts and stylesheets without a sha384 integrity");
      assert.deepEqual(report.absoluteRefs, [], "non-relative asset URLs");
    } finally {
      await context.close();
    }
  });
});

describe("release build served from a sub-folder", () => {
  let root;
  let server;
  let browser;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "lungstage-subfolder-"));
    await symlink(DIST_DIR, join(root, "widget"), "dir");
    server = await startServer({ root });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  test("loads every asset from under the sub-folder", async () => {
    const url = new URL("widget/", server.url).href;
    const { context, log } = await loadCleanly(browser, url);
    await context.close();
    const outside = log.requests.filter((r) => !r.startsWith(url));
    assert.deepEqual(outside, [], "requests outside the sub-folder");
  });
});
