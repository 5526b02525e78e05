// The last step of the build (scripts/post-build.mjs): every language's index.html and embed.html carry the
// stylesheet in the page, in one <style> element, instead of linking it, so the first paint
// does not wait a round trip for it. The strict CSP allows exactly that element by its hash
// (scripts/csp.mjs reads it back from the built pages). The stylesheet's `@media print` rules
// (style/print.css) are not in that element: they go into their own hashed file, linked with
// media=print, which a browser fetches without holding back the first paint, so a visit that
// never prints does not wait for them. The whole stylesheet file stays: the in-page widget
// loads it into its shadow root.
// Usage: node scripts/inline-css.mjs [dir]   (default: trunk's staging dir, else dist/)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { STYLED_PAGES } from "./csp.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(root, "dist");
const LINK = /<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/i;

/**
 * `css` split into its top-level `@media print { … }` blocks and everything else, both in
 * their order. The scan skips strings and comments, so a brace in either does not count.
 */
export function splitPrint(css) {
  let screen = "";
  let print = "";
  let depth = 0;
  let start = 0; // where the text not yet given to either part starts
  let block = -1; // where the print block being read starts, or -1
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      for (i++; i < css.length && css[i] !== c; i++) if (css[i] === "\\") i++;
    } else if (c === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      i = end < 0 ? css.length : end + 1;
    } else if (c === "{") {
      if (depth === 0 && block < 0) {
        const head = css.slice(start, i);
        const at = head.search(/@media\s+print\s*$/i);
        if (at >= 0) {
          screen += head.slice(0, at);
          block = start + at;
        }
      }
      depth++;
    } else if (c === "}") {
      depth--;
      if (depth < 0) throw new Error("inline-css: the stylesheet closes a brace it never opened");
      if (depth === 0) {
        if (block >= 0) print += css.slice(block, i + 1);
        else screen += css.slice(start, i + 1);
        block = -1;
        start = i + 1;
      }
    }
  }
  if (depth !== 0) throw new Error("inline-css: the stylesheet leaves a brace open");
  return { screen: screen + css.slice(start), print };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const printFiles = new Map(); // the print rules' text → their file, one per distinct text
  for (const page of STYLED_PAGES) {
    const path = join(dir, page);
    const html = readFileSync(path, "utf8");
    const link = LINK.exec(html)?.[0];
    if (!link) throw new Error(`inline-css: no stylesheet link in ${page}`);
    // Relative to the page: a language's pages are a folder down (es/index.html).
    const href = /\bhref=["']?([^"' >]+)/i.exec(link)?.[1];
    const cssPath = join(dirname(path), href);
    const { screen, print } = splitPrint(readFileSync(cssPath, "utf8"));
    if (/<\/style/i.test(screen)) throw new Error(`inline-css: ${href} cannot be put in a <style> element`);
    if (!print) throw new Error(`inline-css: ${href} has no @media print rules (style/print.css)`);
    let printFile = printFiles.get(print);
    if (!printFile) {
      printFile = join(dirname(cssPath), `print-${createHash("sha256").update(print).digest("hex").slice(0, 16)}.css`);
      writeFileSync(printFile, print);
      printFiles.set(print, printFile);
    }
    const integrity = `sha384-${createHash("sha384").update(print).digest("base64")}`;
    const printHref = relative(dirname(path), printFile).split("\\").join("/");
    const printLink = `<link rel="stylesheet" media="print" href="${printHref}" integrity="${integrity}">`;
    writeFileSync(path, html.replace(link, () => `<style>${screen}</style>${printLink}`));
  }
}
