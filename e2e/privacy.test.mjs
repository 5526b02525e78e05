// Privacy and the strict CSP over a whole session: every request stays on the page's own
// origin, nothing is stored in the browser, and no page breaks the policy it is served with.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CSP } from "../scripts/csp.mjs";
import { openRecordedPage, waitForApp } from "./browser.mjs";
import { startHost } from "./host.mjs";
import { useSite } from "./setup.mjs";

const site = useSite();

/** What the page keeps in the browser: cookies, web storage, IndexedDB, caches, workers. */
function stored(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

const NOTHING = { cookie: "", localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 };

describe("privacy and the strict CSP", () => {
  test("every page and script is served with the policy", async () => {
    for (const path of ["", "index.html", "embed.html", "lungstage.js"]) {
      const res = await fetch(new URL(path, site.server.url));
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get("content-security-policy"), CSP, path);
      assert.equal(res.headers.get("access-control-allow-origin"), "*", path);
      assert.equal(res.headers.get("cache-control"), "no-cache", `${path} is revalidated`);
    }
    const html = await (await fetch(new URL("index.html", site.server.url))).text();
    assert.match(html, /<meta name="lungstage-shell" content="sha384-[A-Za-z0-9+/=]+">/);
  });

  test("a whole session makes requests only to the page's origin and stores nothing", async () => {
    const { context, page, log } = await openRecordedPage(site.browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.url });
    page.setDefaultTimeout(10_000);
    const el = (suffix) => page.locator(`[id$="-${suffix}"]`);
    const stage = (code) =>
      page.waitForFunction((c) => document.querySelector('[data-testid="stage"]')?.textContent.trim() === c, code);
    try {
      await page.goto(site.server.url);
      await waitForApp(page);
      await el("size").fill("3.4");
      await el("feature-visceral_pleura").check();
      await el("side-right").check();
      await el("station-4R").check();
      await el("site-brain").check();
      await el("site-brain-one").check();
      await stage("IVA");
      await page.getByTestId("copy-link").click();
      await page.getByText("Link copied.").waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      // Pointing at the copy buttons starts loading the API module (for the summary); let it
      // finish, so leaving the page does not abort it and every request can be checked.
      await page.waitForFunction(() =>
        performance.getEntriesByType("resource").some((e) => /\/api\/.*\.wasm$/.test(e.name)),
      );
      await page.goto("about:blank");
      await page.goto(link);
      await waitForApp(page);
      await stage("IVA");
      await page.getByRole("button", { name: "For clinicians" }).click();
      await page.getByRole("button", { name: "For patients and families" }).click();
      await page.getByTestId("copy-summary").click();
      await page.getByText("Summary copied.").waitFor();
      await page.getByText("Sources of the rules").click();
      await page.goto(`${site.server.url}embed.html#v=1&t=T1a&n=N0&m=M0`);
      await waitForApp(page);
      await stage("IA1");
      await page.goto(`${site.server.url}#v=9`);
      await page.locator('[data-slot="notice"] p').waitFor();
      await page.waitForLoadState("networkidle");

      const origin = new URL(site.server.url).origin;
      assert.deepEqual(log.requests.filter((r) => new URL(r).origin !== origin), [], "requests elsewhere");
      assert.ok(log.requests.some((r) => r.includes("/api/")), "the session used the API module");
      assert.deepEqual(log.cspViolations, [], "securitypolicyviolation events");
      assert.deepEqual(log.consoleErrors, [], "console errors");
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.failedRequests, []);
      assert.deepEqual(await stored(page), NOTHING);
      assert.deepEqual(await context.cookies(), []);
      const frameOrigins = page.frames().map((f) => f.url());
      assert.deepEqual(frameOrigins, [page.url()], "no frames of anyone else");
    } finally {
      await context.close();
    }
  });

  test("on a host page, the widgets talk only to their own origin and store nothing", async () => {
    const host = await startHost({ widget: site.server.url });
    const { context, page, log } = await openRecordedPage(site.browser);
    try {
      await page.goto(`${host.url}host.html`);
      const widget = page.locator("[data-lungstage]").first();
      await widget.locator("[data-live]").waitFor({ timeout: 10_000 });
      await widget.locator('[id$="-size"]').fill("2");
      await widget.getByTestId("copy-summary").hover();
      await page.waitForLoadState("networkidle");
      const origins = new Set(log.requests.map((r) => new URL(r).origin));
      assert.deepEqual([...origins].sort(), [new URL(host.url).origin, new URL(site.server.url).origin].sort());
      assert.deepEqual(log.cspViolations, []);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(await stored(page), NOTHING);
      assert.deepEqual(await context.cookies(), []);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
