// Writes wasm-split.txt: the functions of the widget's wasm that the first answer does not
// run, which the build moves into the rest of the wasm (scripts/shrink-glue.mjs, tools/split,
// docs/size.md). Run it after a release build (`trunk build --release --offline`), when the
// size check says the first load grew or after a change to what the first answer shows:
//
//   node scripts/split-profile.mjs [dist]
//
// It takes the build's whole wasm with its names (target/split/whole.wasm), has every
// function report its first call, and runs in headless Chromium the first answer the first
// part gives on its own (src/early.rs), before the rest is in: the case typed into the
// pre-rendered form, in each language and in the iframe page, until the stage shows, and the
// crash notice (shown if the rest cannot load, so it must not need the rest). The rest
// never arrives here, so the live widget never starts: everything it runs goes into the
// rest, which boot.js fetches at once and which the live widget waits for. A function none of
// them ran, under every name it has, goes into the list; a function the list does
// not name stays in the first part, so a list that is out of date costs bytes, never a
// wrong answer (whatever needs the rest loads it).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "./server.mjs";
import { LANGUAGES, pagePath } from "./languages.mjs";
import { FIRST_ANSWER_CASE, enterCase } from "./first-answer-case.mjs";
import { STYLED_PAGES } from "./csp.mjs";
import { encodeBytes } from "./inline-boot.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.argv[2] ?? join(root, "dist");
const work = join(root, "target", "split");
const whole = join(work, "whole.wasm");
const instrumented = join(work, "profile.wasm");
const namesFile = join(work, "profile-names.json");
execFileSync("cargo", ["run", "--quiet", "--offline", "-p", "lungstage-split", "--", "instrument", whole, instrumented, namesFile], { cwd: root, stdio: "inherit" });
const names = JSON.parse(readFileSync(namesFile, "utf8"));

// A copy of the build whose widget is the instrumented whole wasm, with no rest to fetch.
const site = mkdtempSync(join(tmpdir(), "lungstage-profile-"));
cpSync(dist, site, { recursive: true });
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const only = (pattern) => {
  const found = readdirSync(site).filter((n) => pattern.test(n));
  if (found.length !== 1) throw new Error(`split-profile: expected one ${pattern} in ${dist}, found ${found.length}`);
  return found[0];
};
const swaps = [];
const swap = (name, bytes) => {
  swaps.push([sri(readFileSync(join(site, name))), sri(bytes)]);
  writeFileSync(join(site, name), bytes);
};
swap(only(/^lungstage-web-[0-9a-f]+_bg\.wasm$/), readFileSync(instrumented));
const glueName = only(/^lungstage-web-[0-9a-f]+\.js$/);
const glue = readFileSync(join(site, glueName), "utf8");
const hook = "s:{__proto__:null,l:";
if (!glue.includes(hook)) throw new Error(`split-profile: the glue lacks ${hook}`);
swap(glueName, Buffer.from(glue.replace(hook, `s:{__proto__:null,h:(i)=>(globalThis.__lungstageRan??=new Set).add(i),l:`)));
function* textFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* textFiles(path);
    else if ([".html", ".js"].includes(extname(path))) yield path;
  }
}
// The pages carry the first part and the glue themselves (scripts/inline-boot.mjs): there, the
// instrumented wasm and the hook too. Their inline script then differs from the one the CSP
// allows, so this copy is served without a CSP.
const profiled = encodeBytes(readFileSync(instrumented));
for (const page of STYLED_PAGES) {
  const path = join(site, page);
  const html = readFileSync(path, "utf8");
  const data = /(<script type="application\/octet-stream" id="lungstage-wasm"[^>]*>)[^]*?(<\/script>)/;
  if (!data.test(html) || !html.includes(hook)) throw new Error(`split-profile: ${page} lacks the first part or the glue's ${hook}`);
  writeFileSync(path, html.replace(data, (_, open, close) => open + profiled + close).replace(hook, `s:{__proto__:null,h:(i)=>(globalThis.__lungstageRan??=new Set).add(i),l:`)
      // The crash notice is called from the profile.
      .replace("const widget={", "const widget=globalThis.__lungstageWidget={"));
}
for (const path of textFiles(site)) {
  const text = readFileSync(path, "utf8");
  // The rest is named but never arrives (`visit` holds it), nor preloaded: the live widget never
  // starts, and the whole wasm needs nothing from it.
  let out = text
    .replace(/ data-rest="[^"]*" data-rest-integrity="[^"]*"/g, ' data-rest="held-rest.wasm" data-rest-integrity="sha384-held"')
    .replace(/<link\b[^>]*\bdata-rest-preload>/g, "");
  for (const [from, to] of swaps) out = out.split(from).join(to);
  if (out !== text) writeFileSync(path, out);
}

const server = await startServer({ root: site, csp: false });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
const ran = new Set();
async function visit(label, path, { crash = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // What loads after the first answer never comes here.
  await page.route(/\/(?:[a-z]+\/)?texts-[a-z]+-[0-9a-f]+\.json$/, () => {});
  await page.route(/\/held-rest\.wasm$/, () => {});
  await page.goto(server.url + path);
  // The first part is in: boot.js has instantiated it. The live widget never starts here, since
  // the rest never arrives; the first answer is the first part's own (src/early.rs).
  await page.waitForFunction(() => performance.getEntriesByName("lungstage-instantiate").length > 0);
  await enterCase(page);
  await page.waitForFunction((text) => document.querySelector('[data-testid="stage"]')?.textContent.trim() === text, FIRST_ANSWER_CASE.expect);
  if (crash) {
    // The crash notice, shown when the rest cannot load, must never need the rest itself.
    await page.evaluate(() => {
      try {
        globalThis.__lungstageWidget.lungstage_rest_failed();
      } catch {
        // The panic ends in a trap, after the notice is up.
      }
    });
    await page.waitForSelector('[data-testid="crash"]', { state: "attached" });
    errors.length = 0;
  }
  const hits = await page.evaluate(() => [...(globalThis.__lungstageRan ?? [])]);
  if (errors.length) throw new Error(`split-profile: ${label}: ${errors.join("; ")}`);
  console.log(`split-profile: ${label}: ${hits.length} functions ran`);
  for (const h of hits) ran.add(h);
  await page.close();
}
try {
  for (const lang of LANGUAGES) await visit(`the form in ${lang}`, pagePath(lang, ""));
  await visit("the iframe page", "embed.html");
  await visit("the crash notice", "", { crash: true });
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

const used = new Set([...ran].map((i) => names[i]));
const later = [...new Set(names.filter((n) => n && !used.has(n)))].sort();
writeFileSync(
  join(root, "wasm-split.txt"),
  `# The widget's functions that the first answer does not run, by name without rustc's hash:
# the build moves them into the rest of the wasm, loaded after the first answer's part.
# Written by scripts/split-profile.mjs (docs/size.md); not edited by hand.
${later.join("\n")}
`,
);
console.log(`split-profile: ${ran.size} of ${names.length} functions ran; wasm-split.txt names ${later.length}`);
