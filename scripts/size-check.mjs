// Fails when the first load of the release build, brotli-compressed, exceeds size-budget.json.
// Usage: node scripts/size-check.mjs [dist-dir]
import { readFileSync, readdirSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const dist = process.argv[2] ?? join(repoRoot, "dist");
const { max_brotli_bytes: budget } = JSON.parse(readFileSync(join(repoRoot, "size-budget.json"), "utf8"));
// Everything a first visit downloads; trunk emits nothing else that loads lazily.
const FIRST_LOAD = new Set([".html", ".js", ".mjs", ".wasm", ".css"]);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (FIRST_LOAD.has(extname(entry.name))) yield path;
  }
}

const rows = [...files(dist)].sort().map((path) => {
  const raw = readFileSync(path);
  const brotli = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  }).length;
  return { file: relative(dist, path), raw: raw.length, brotli };
});
if (rows.length === 0) {
  console.error(`size-check: no .html/.js/.wasm/.css files in ${dist}: build first`);
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const width = Math.max(4, ...rows.map((r) => r.file.length));
const line = (a, b, c) => console.log(`${a.padEnd(width)}  ${b.padStart(10)}  ${c.padStart(10)}`);
line("file", "raw", "brotli");
for (const r of rows) line(r.file, kb(r.raw), kb(r.brotli));
const total = rows.reduce((sum, r) => sum + r.brotli, 0);
line("total", kb(rows.reduce((sum, r) => sum + r.raw, 0)), kb(total));
const share = ((100 * total) / budget).toFixed(0);
if (total > budget) {
  console.error(`size-check: FAIL: ${total} B brotli > budget ${budget} B (${share}%), see size-budget.json`);
  process.exit(1);
}
console.log(`size-check: ok: ${total} B brotli of ${budget} B budget (${share}%)`);
