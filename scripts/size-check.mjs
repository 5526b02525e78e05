// Fails when the first load of the release build, brotli-compressed, exceeds size-budget.json.
// The first load is index.html and what it links: its stylesheets, scripts, module preloads
// and preloads (the wasm), and page.js, which boot.js imports after the first paint.
// Other files in dist/ (embed.html, the JavaScript API's own module, the texts lungstage.js
// fetches after the first answer) load only where they are used, and are listed apart.
// Usage: node scripts/size-check.mjs [dist-dir] [--record]   (--record: write today's figure
// into size-budget.json as `recorded`, leaving the budget as it is)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const record = args.includes("--record");
const dist = args.find((a) => !a.startsWith("--")) ?? join(repoRoot, "dist");
const budgetFile = join(repoRoot, "size-budget.json");
const budgetJson = JSON.parse(readFileSync(budgetFile, "utf8"));
const budget = budgetJson.max_brotli_bytes;
const ASSETS = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json"]);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (ASSETS.has(extname(entry.name))) yield relative(dist, path);
  }
}

/** index.html and the local files its <link> and <script> elements load. */
function firstLoad() {
  let html;
  try {
    html = readFileSync(join(dist, "index.html"), "utf8");
  } catch {
    console.error(`size-check: no index.html in ${dist}: build first`);
    process.exit(1);
  }
  const loaded = new Set(["index.html"]);
  for (const tag of html.match(/<(?:link|script)\b[^>]*>/gi) ?? []) {
    const rel = /\brel=["']?([^"' >]+)/i.exec(tag)?.[1] ?? "";
    const url = /\b(?:href|src)=["']?([^"' >]+)/i.exec(tag)?.[1];
    const loads = tag.toLowerCase().startsWith("<script") || ["stylesheet", "modulepreload", "preload"].includes(rel);
    if (!url || !loads || /^(?:[a-z]+:|\/\/)/i.test(url)) continue;
    loaded.add(url.replace(/^\.\//, "").split(/[?#]/)[0]);
  }
  // boot.js imports page.js after the first paint on every visit, when the page names it in
  // <meta name="lungstage-shell">: part of what a first visit downloads.
  if (/<meta\b[^>]*name=["']?lungstage-shell\b/i.test(html)) loaded.add("page.js");
  return loaded;
}

function row(file) {
  const raw = readFileSync(join(dist, file));
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  return { file, raw: raw.length, brotli };
}

const first = firstLoad();
const rows = [...first].sort().map(row);
const others = [...files(dist)].filter((f) => !first.has(f)).sort().map(row);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const width = Math.max(4, ...[...rows, ...others].map((r) => r.file.length));
const line = (a, b, c) => console.log(`${a.padEnd(width)}  ${b.padStart(11)}  ${c.padStart(11)}`);
line("first load", "raw", "brotli");
for (const r of rows) line(r.file, kb(r.raw), kb(r.brotli));
const total = rows.reduce((sum, r) => sum + r.brotli, 0);
line("total", kb(rows.reduce((sum, r) => sum + r.raw, 0)), kb(total));
if (others.length) {
  console.log("\nloaded only where used (not counted)");
  for (const r of others) line(r.file, kb(r.raw), kb(r.brotli));
}
const share = ((100 * total) / budget).toFixed(0);
if (record) {
  const today = new Date().toISOString().slice(0, 10);
  const recorded = { date: today, first_load_brotli_bytes: total, files: Object.fromEntries(rows.map((r) => [r.file.replace(/-[0-9a-f]{16}(?=[._])/, ""), r.brotli])) };
  writeFileSync(budgetFile, `${JSON.stringify({ ...budgetJson, recorded }, null, 2)}\n`);
  console.log(`size-check: recorded ${total} B in size-budget.json`);
}
if (total > budget) {
  console.error(`size-check: FAIL: ${total} B brotli > budget ${budget} B (${share}%), see size-budget.json`);
  process.exit(1);
}
console.log(`size-check: ok: ${total} B brotli of ${budget} B budget (${share}%)`);
