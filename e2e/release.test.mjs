// The release archive as a web editor gets it: packed from the build (scripts/release.mjs),
// unpacked, its site/ served by a plain static server with exactly the headers of its own
// deploy/_headers, and embedded from another origin with EMBED.md's snippets and host CSP.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST_DIR, launchBrowser, openRecordedPage } from "./browser.mjs";
import { startHost } from "./host.mjs";
import { parseHeaders, startStaticHost } from "./static-host.mjs";
import { PLACEHOLDER, release } from "../scripts/release.mjs";
import { useFixtures } from "./setup.mjs";

let temp;
let unpacked;
let widget;
let host;
let embedMd;

const site = useFixtures(async (keep) => {
  temp = keep(mkdtempSync(join(tmpdir(), "lungstage-release-")), () => rmSync(temp, { recursive: true, force: true }));
  const archive = release({ dist: DIST_DIR, out: join(temp, "out") });
  execFileSync("tar", ["-xzf", archive, "-C", temp]);
  const [name] = /lungstage-[^/]+(?=\.tar\.gz$)/.exec(archive);
  unpacked = join(temp, name);
  const rules = parseHeaders(readFileSync(join(unpacked, "deploy", "_headers"), "utf8"));
  widget = keep(await startStaticHost({ root: join(unpacked, "site"), rules }));
  embedMd = readFileSync(join(unpacked, "EMBED.md"), "utf8");
  const fill = (text) => text.replaceAll(PLACEHOLDER, widget.url).replaceAll(new URL(PLACEHOLDER).origin, new URL(widget.url).origin);
  const [inPage, iframe] = [...embedMd.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => fill(m[1]));
  const csp = fill(/^Content-Security-Policy: (default-src 'self'.*frame-src.*)$/m.exec(embedMd)[1]);
  const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body><main><h1>An article</h1>${body}</main></body></html>`;
  host = keep(await startHost({ widget: widget.url, csp, pages: { "article.html": page(inPage), "framed.html": page(iframe), "favicon.ico": "" } }));
  return { browser: keep(await launchBrowser()) };
});

test("the archive lists the SRI hash of every file it ships, and packs the same bytes twice", () => {
  const lines = readFileSync(join(unpacked, "integrity.txt"), "utf8").trim().split("\n");
  assert.ok(lines.length >= 8, `${lines.length} files`);
  for (const line of lines) {
    const [hash, file] = line.split("  ");
    const actual = `sha384-${createHash("sha384").update(readFileSync(join(unpacked, "site", file))).digest("base64")}`;
    assert.equal(hash, actual, file);
  }
  assert.match(embedMd, new RegExp(`integrity="${lines.find((l) => l.endsWith("  lungstage.js")).split("  ")[0].replace(/[+/]/g, "\\$&")}"`));
  const again = release({ dist: DIST_DIR, out: join(temp, "again") });
  const first = readFileSync(join(temp, "out", again.split("/").at(-1)));
  assert.ok(first.equals(readFileSync(again)), "the same archive");
});

/** Opens `name` on the host; every request stays on the two origins and nothing breaks. */
async function open(name) {
  const { context, page, log } = await openRecordedPage(site.browser);
  page.setDefaultTimeout(15_000);
  const wasmTypes = [];
  page.on("response", (res) => {
    if (res.url().endsWith(".wasm")) wasmTypes.push(res.headers()["content-type"]);
  });
  await page.goto(`${host.url}${name}`);
  const assertClean = () => {
    assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
    assert.deepEqual(log.consoleErrors, [], "console errors");
    assert.deepEqual(log.cspViolations, [], "CSP violations");
    assert.deepEqual(log.failedRequests, [], "failed requests");
    const origins = new Set([new URL(host.url).origin, new URL(widget.url).origin]);
    assert.deepEqual(log.requests.filter((r) => !origins.has(new URL(r).origin)), [], "requests elsewhere");
    assert.ok(wasmTypes.length > 0 && wasmTypes.every((t) => t === "application/wasm"), `wasm served as ${wasmTypes}`);
  };
  return { context, page, assertClean };
}

test("EMBED.md's in-page snippet, pasted into another origin's page, stages a case", async () => {
  const { context, page, assertClean } = await open("article.html");
  try {
    const embed = page.locator("[data-lungstage]");
    await embed.locator("[data-testid=lungstage-root][data-live]").waitFor();
    await embed.locator('[id$="-nodes-checked"]').check();
    await embed.locator('[id$="-size"]').fill("3.4");
    assert.equal((await embed.getByTestId("stage").first().textContent()).trim(), "IB");
    assert.equal(await embed.getByRole("link", { name: /Open the lung cancer staging calculator/ }).isVisible(), false, "the fallback is hidden once live");
    assertClean();
  } finally {
    await context.close();
  }
});

test("EMBED.md's iframe snippet, in another origin's page, stages a case", async () => {
  const { context, page, assertClean } = await open("framed.html");
  try {
    const frame = page.frameLocator("iframe");
    await frame.locator("[data-testid=lungstage-root][data-live]").waitFor();
    await frame.locator('[id$="-nodes-checked"]').check();
    await frame.locator('[id$="-size"]').fill("3.4");
    assert.equal((await frame.getByTestId("stage").first().textContent()).trim(), "IB");
    assertClean();
  } finally {
    await context.close();
  }
});
