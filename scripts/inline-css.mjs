// The last step of the build (scripts/post-build.mjs): every language's index.html and embed.html carry the
// stylesheet in the page, in one <style> element, instead of linking it, so the first paint
// does not wait a round trip for it. The strict CSP allows exactly that element by its hash
// (scripts/csp.mjs reads it back from the built pages). The stylesheet file stays: the
// in-page widget loads it into its shadow root.
// Usage: node scripts/inline-css.mjs [dir]   (default: trunk's staging dir, else dist/)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { STYLED_PAGES } from "./csp.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(root, "dist");
const LINK = /<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/i;

for (const page of STYLED_PAGES) {
  const path = join(dir, page);
  const html = readFileSync(path, "utf8");
  const link = LINK.exec(html)?.[0];
  if (!link) throw new Error(`inline-css: no stylesheet link in ${page}`);
  // Relative to the page: a language's pages are a folder down (es/index.html).
  const href = /\bhref=["']?([^"' >]+)/i.exec(link)?.[1];
  const css = readFileSync(join(dirname(path), href), "utf8");
  if (/<\/style/i.test(css)) throw new Error(`inline-css: ${href} cannot be put in a <style> element`);
  writeFileSync(path, html.replace(link, () => `<style>${css}</style>`));
}
