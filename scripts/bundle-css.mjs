// Inlines the `@import "x.css";` lines of style/index.css into one stylesheet, for trunk to
// hash, minify and pin with SRI: trunk 0.22.1's css pipeline only copies and minifies a file
// (no @import bundling), and one file keeps the first load to one request.
// Run by trunk as a pre_build hook (Trunk.toml); usage: node scripts/bundle-css.mjs [entry] [out]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [entry = join(root, "style/index.css"), out = join(root, "target/style/lungstage.css")] =
  process.argv.slice(2);
const IMPORT = /^@import\s+(?:url\()?["']([^"']+)["']\)?\s*;\s*$/;

function inline(path, seen) {
  const full = resolve(path);
  if (seen.has(full)) throw new Error(`bundle-css: ${full} is imported twice`);
  seen.add(full);
  return readFileSync(full, "utf8")
    .split("\n")
    .map((line) => {
      const m = IMPORT.exec(line.trim());
      return m ? inline(join(dirname(full), m[1]), seen) : line;
    })
    .join("\n");
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, inline(entry, new Set()));
