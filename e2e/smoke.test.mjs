// Smoke test of the release build in headless Chromium under the production CSP.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSP } from "../scripts/csp.mjs";
import { startServer } from "../scripts/server.mjs";
import { DIST_DIR, launchBrowser, openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite, useFixtures } from "./setup.mjs";

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
  const site = useSite();

  test("the page is served with the strict CSP header", async () => {
    const res = await fetch(site.server.url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-security-policy"), CSP);
  });

  test("mounts with no errors, no CSP violations and only same-origin requests", async () => {
    const { page, context, log } = await loadCleanly(site.browser, site.server.url);
    try {
      assert.ok(log.requests.some((r) => r.endsWith(".wasm")), "the wasm binary was loaded");
      await assert.doesNotReject(page.locator("#lungstage [data-testid=lungstage-root]").waitFor());
    } finally {
      await context.close();
    }
  });

  test("ships one inline script and one style element, each allowed by its hash, and pins every other script and stylesheet with SRI", async () => {
    const { page, context } = await loadCleanly(site.browser, site.server.url);
    try {
      const report = await page.evaluate(() => ({
        // The first part of the wasm, as data (never run), and the start-up code that reads it
        // (scripts/inline-boot.mjs).
        dataBlocks: [...document.querySelectorAll('script[type="application/octet-stream"]:not([src])')].map((s) => s.id),
        inlineScripts: [...document.querySelectorAll('script:not([src]):not([type="application/octet-stream"])')].map((s) => ({
          type: s.type,
          text: s.textContent,
        })),
        styleElements: [...document.querySelectorAll("style")].map((s) => s.textContent),
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
      assert.deepEqual(report.dataBlocks, ["lungstage-wasm"], "data blocks");
      // One module script, allowed by the hash of its text and no more.
      assert.deepEqual(report.inlineScripts.map((s) => s.type), ["module"], "inline scripts");
      const scriptHash = `'sha256-${createHash("sha256").update(report.inlineScripts[0].text, "utf8").digest("base64")}'`;
      assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'(;|$)/);
      assert.ok(CSP.includes(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash}`), `${scriptHash} in ${CSP}`);
      // One <style>: the stylesheet itself, allowed by the hash of its text and no more.
      assert.equal(report.styleElements.length, 1, "<style> elements");
      const hash = `'sha256-${createHash("sha256").update(report.styleElements[0], "utf8").digest("base64")}'`;
      const policy = CSP;
      assert.match(policy, /style-src 'self' 'sha256-[^']+'(;|$)/);
      assert.ok(policy.includes(`style-src 'self' ${hash}`), `${hash} in ${policy}`);
      assert.doesNotMatch(policy, /unsafe-inline/);
      assert.deepEqual(report.styleAttributes, [], "style attributes");
      assert.deepEqual(report.unpinned, [], "scripts and stylesheets without a sha384 integrity");
      assert.deepEqual(report.absoluteRefs, [], "non-relative asset URLs");
    } finally {
      await context.close();
    }
  });
});

describe("release build served from a sub-folder", () => {
  const site = useFixtures(async (keep) => {
    const root = await mkdtemp(join(tmpdir(), "lungstage-subfolder-"));
    keep(root, () => rm(root, { recursive: true, force: true }));
    await symlink(DIST_DIR, join(root, "widget"), "dir");
    return { server: keep(await startServer({ root })), browser: keep(await launchBrowser()) };
  });

  test("loads every asset from under the sub-folder", async () => {
    const url = new URL("widget/", site.server.url).href;
    const { context, log } = await loadCleanly(site.browser, url);
    await context.close();
    const outside = log.requests.filter((r) => !r.startsWith(url));
    assert.deepEqual(outside, [], "requests outside the sub-folder");
  });
});
