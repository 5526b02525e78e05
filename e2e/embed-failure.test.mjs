// An in-page embed that cannot start is never a blank: the documented snippet's fallback
// link stays in view, and where lungstage.js runs but the wasm cannot, a line says so.
// Two ways hosts get it wrong: widget files served without the CORS header (lungstage.js
// never runs), and a host CSP without 'wasm-unsafe-eval' (the script runs, the wasm does not).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR, REPO_ROOT, launchBrowser, openRecordedPage, serveDist } from "./browser.mjs";
import { hostCsp, startHost } from "./host.mjs";
import { parseHeaders, startStaticHost } from "./static-host.mjs";
import { useFixtures } from "./setup.mjs";

const servers = [];
const site = useFixtures(async (keep) => {
  // Kept first, so closed last: the servers the tests start, after the browser.
  keep(servers, async () => {
    for (const s of servers) await s.close();
  });
  return { browser: keep(await launchBrowser()) };
});

/** The example host page, served from another origin for a widget at `widget`. */
async function host(widget, options = {}) {
  const page = readFileSync(join(REPO_ROOT, "examples", "host.html"), "utf8");
  const bare = page.replace(/(<div data-lungstage[^>]*>)[\s\S]*?(<\/div>)/, "$1$2");
  const h = await startHost({ widget, pages: { "bare.html": bare }, ...options });
  servers.push(h);
  return h;
}

/** Each embed element is shown, at least a line tall, with its fallback link. */
async function assertFallback(page, widget, { line }) {
  const embeds = page.locator("[data-lungstage]");
  assert.equal(await embeds.count(), 2);
  for (const i of [0, 1]) {
    const embed = embeds.nth(i);
    const link = embed.getByRole("link", { name: /LungStage/ });
    await link.waitFor();
    assert.equal(await link.getAttribute("href"), widget);
    const box = await embed.boundingBox();
    assert.ok(box && box.height > 16, `embed ${i} is ${box?.height} px tall`);
    assert.equal(await embed.locator("[data-testid=lungstage-root]").count(), 0, "no widget");
    if (line) {
      assert.equal(
        (await embed.getByTestId("cannot-start").textContent()).trim(),
        "The lung cancer staging calculator could not start on this page.",
      );
    }
  }
}

test("widget files without the CORS header: the fallback links stay, not 0 px", async () => {
  // The documented headers, less Access-Control-Allow-Origin.
  const rules = parseHeaders(readFileSync(join(REPO_ROOT, "deploy", "_headers"), "utf8")).map((rule) => ({
    ...rule,
    headers: rule.headers.filter(([name]) => name !== "Access-Control-Allow-Origin"),
  }));
  const widget = await startStaticHost({ root: DIST_DIR, rules });
  servers.push(widget);
  const h = await host(widget.url);
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    await page.goto(`${h.url}host.html`);
    await page.waitForLoadState("networkidle");
    await assertFallback(page, widget.url, { line: false });
    assert.ok(log.consoleErrors.some((e) => /CORS|Access-Control-Allow-Origin/.test(e)), log.consoleErrors.join("\n"));
  } finally {
    await context.close();
  }
});

for (const bare of [false, true]) {
  test(`a host CSP without 'wasm-unsafe-eval': a line and ${bare ? "our own link, with no fallback in the page" : "the fallback links"}, not 0 px`, async () => {
    const widget = await serveDist();
    servers.push(widget);
    const h = await host(widget.url, { csp: hostCsp(widget.url).replace(" 'wasm-unsafe-eval'", "") });
    const { context, page, log } = await openRecordedPage(site.browser);
    try {
      await page.goto(`${h.url}${bare ? "bare.html" : "host.html"}`);
      if (bare) {
        // The first element had no content of its own: the link is ours, to the standalone page.
        const first = page.locator("[data-lungstage]").first();
        await first.getByTestId("cannot-start").waitFor();
        assert.equal(await first.getByRole("link").getAttribute("href"), widget.url);
      }
      await assertFallback(page, widget.url, { line: true });
      assert.ok(log.consoleErrors.some((e) => e.startsWith("LungStage could not start")), log.consoleErrors.join("\n"));
    } finally {
      await context.close();
    }
  });
}
