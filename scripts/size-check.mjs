// Fails when the first load of the release build, brotli-compressed, exceeds size-budget.json.
// The first load, for each language, is its index.html (es/index.html) and what it links: its
// stylesheets, scripts, module preloads
// and preloads (the first part of the wasm and the words are in the page), and page.js, which
// boot.js imports once the live widget runs.
// The rest of the widget's wasm, which the head preloads (`data-rest-preload`), and the stylesheet
// of what only it draws (<meta name=lungstage-rest-css>, which boot.js links), load on every
// visit once the first answer's part is in (docs/size.md): listed on their own, not counted;
// so is the print stylesheet (<link rel=stylesheet media=print>, scripts/inline-css.mjs), which
// every visit fetches too, but which holds back neither the first paint nor the first answer.
// Other files in dist/ (embed.html, the JavaScript API's own module, the texts lungstage.js
// fetches after the first answer) load only where they are used, and are listed apart.
// A second budget holds what a visit downloads in all, the files after the first answer's part
// included, so that moving bytes out of the first load cannot hide their growth.
// Usage: node scripts/size-check.mjs [dist-dir] [--record]   (--record: write today's figure
// into size-budget.json as `recorded`, leaving the budget as it is)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, extname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { LANGUAGES, pagePath } from "./languages.mjs";

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

/**
 * `page` (index.html, es/index.html) and the local files its <link> and <script> elements load
 * (`loaded`); apart, in `later`, its print stylesheet, the stylesheet it names for boot.js to
 * link (`lungstage-rest-css`), and the rest of the wasm, which the head preloads
 * (`data-rest-preload`, scripts/inline-boot.mjs).
 */
function firstLoad(page) {
  let html;
  try {
    html = readFileSync(join(dist, page), "utf8");
  } catch {
    console.error(`size-check: no ${page} in ${dist}: build first`);
    process.exit(1);
  }
  const loaded = new Set([page]);
  const later = new Set();
  for (const tag of html.match(/<(?:link|script)\b[^>]*>/gi) ?? []) {
    const rel = /\brel=["']?([^"' >]+)/i.exec(tag)?.[1] ?? "";
    const url = /\b(?:href|src)=["']?([^"' >]+)/i.exec(tag)?.[1];
    const loads = tag.toLowerCase().startsWith("<script") || ["stylesheet", "modulepreload", "preload"].includes(rel);
    if (!url || !loads || /^(?:[a-z]+:|\/\/)/i.test(url)) continue;
    const file = normalize(join(dirname(page), url.split(/[?#]/)[0]));
    // The rest of the wasm, preloaded from the head (scripts/inline-boot.mjs): after the first
    // answer's part, which is in the page.
    if (/\bdata-rest-preload\b/i.test(tag)) {
      later.add(file);
      continue;
    }
    if (rel === "stylesheet" && /\bmedia=["']?print\b/i.test(tag)) {
      later.add(file);
      continue;
    }
    loaded.add(file);
  }
  const restCss = /<meta\b[^>]*name=["']?lungstage-rest-css["']?[^>]*\bcontent=["']?([^"' >]+)/i.exec(html)?.[1];
  if (restCss) later.add(normalize(join(dirname(page), restCss)));
  // boot.js imports page.js after the first paint on every visit, when the page names it in
  // <meta name="lungstage-shell">: part of what a first visit downloads.
  if (/<meta\b[^>]*name=["']?lungstage-shell\b/i.test(html)) loaded.add(normalize(join(dirname(page), "page.js")));
  return { loaded, later };
}

function row(file) {
  const raw = readFileSync(join(dist, file));
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  return { file, raw: raw.length, brotli };
}

// Each language's first load; the budget holds for every one of them.
const loads = LANGUAGES.map((lang) => ({ lang, ...firstLoad(pagePath(lang, "index.html")) }));
const counted = new Set(loads.flatMap(({ loaded }) => [...loaded]));
const later = new Set(loads.flatMap((load) => [...load.later]));
const others = [...files(dist)].filter((f) => !counted.has(f) && !later.has(f)).sort().map(row);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const width = Math.max(4, ...[...counted, ...others.map((r) => r.file)].map((f) => f.length));
const line = (a, b, c) => console.log(`${a.padEnd(width)}  ${b.padStart(11)}  ${c.padStart(11)}`);
const totals = {};
const perFile = {};
for (const { lang, loaded } of loads) {
  const rows = [...loaded].sort().map(row);
  line(`first load (${lang})`, "raw", "brotli");
  for (const r of rows) line(r.file, kb(r.raw), kb(r.brotli));
  totals[lang] = rows.reduce((sum, r) => sum + r.brotli, 0);
  line("total", kb(rows.reduce((sum, r) => sum + r.raw, 0)), kb(totals[lang]));
  console.log("");
  if (lang === "en") Object.assign(perFile, Object.fromEntries(rows.map((r) => [r.file.replace(/-[0-9a-f]{16}(?=[._])/, ""), r.brotli])));
}
const laterRows = [...later].map(row);
if (laterRows.length) {
  console.log("on every visit, after the first answer's part or not holding it back (not counted)");
  for (const r of laterRows) line(r.file, kb(r.raw), kb(r.brotli));
  console.log("");
}
if (others.length) {
  console.log("loaded only where used (not counted)");
  for (const r of others) line(r.file, kb(r.raw), kb(r.brotli));
}
// What every visit downloads in all, the files after the first answer's part too: moving bytes
// out of the first load must not hide their growth (`max_every_visit_brotli_bytes`).
const sizes = new Map(laterRows.map((r) => [r.file, r.brotli]));
const visits = Object.fromEntries(loads.map(({ lang, later: files }) => [lang, totals[lang] + [...files].reduce((sum, f) => sum + sizes.get(f), 0)]));
const visitBudget = budgetJson.max_every_visit_brotli_bytes;
const visit = Math.max(...Object.values(visits));
const total = Math.max(...Object.values(totals));
const share = ((100 * total) / budget).toFixed(0);
if (record) {
  const today = new Date().toISOString().slice(0, 10);
  const recorded = { date: today, first_load_brotli_bytes: totals.en, by_language: totals, every_visit_by_language: visits, files: perFile, after_first_answer: Object.fromEntries(laterRows.map((r) => [r.file.replace(/-[0-9a-f]{16}(?=[._])/, ""), r.brotli])) };
  writeFileSync(budgetFile, `${JSON.stringify({ ...budgetJson, recorded }, null, 2)}\n`);
  console.log(`size-check: recorded ${JSON.stringify(totals)} in size-budget.json`);
}
const languages = Object.entries(totals).map(([lang, n]) => `${lang} ${n} B`).join(", ");
if (total > budget) {
  console.error(`size-check: FAIL: the largest first load is ${total} B brotli > budget ${budget} B (${share}%): ${languages}; see size-budget.json`);
  process.exit(1);
}
const visited = Object.entries(visits).map(([lang, n]) => `${lang} ${n} B`).join(", ");
if (visitBudget !== undefined && visit > visitBudget) {
  console.error(`size-check: FAIL: the largest visit downloads ${visit} B brotli in all > budget ${visitBudget} B: ${visited}; see size-budget.json`);
  process.exit(1);
}
console.log(`size-check: ok: ${languages} brotli, the largest ${share}% of the ${budget} B budget; every visit in all ${visited}${visitBudget === undefined ? "" : `, the largest ${((100 * visit) / visitBudget).toFixed(0)}% of ${visitBudget} B`}`);
