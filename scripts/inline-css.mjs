// The last step of the build (scripts/post-build.mjs): every language's index.html and embed.html carry the
// stylesheet in the page, in one <style> element, instead of linking it, so the first paint
// does not wait a round trip for it. The strict CSP allows exactly that element by its hash
// (scripts/csp.mjs reads it back from the built pages). Two parts of the stylesheet are not in
// that element, each in its own hashed file pinned by its SRI hash:
// - its `@media print` rules (style/print.css), linked with media=print, which a browser
//   fetches without holding back the first paint;
// - the rules for what only the rest of the wasm draws (the T, N and M trace, what changed
//   between the editions, the survival chart, field errors, ...): a rule goes there when each
//   of its selectors needs a class whose name is in the rest of the wasm and in no other file
//   of the build, so nothing that can draw before the rest is in can carry it. The page names
//   that file and its SRI hash (<meta name="lungstage-rest-css">); boot.js links it once the
//   first part of the wasm is in, and joins the rest after it has loaded.
// The whole stylesheet file stays: the in-page widget loads it into its shadow root.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { STYLED_PAGES } from "./csp.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(root, "dist");
const LINK = /<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/i;

/**
 * If a string or a comment starts at `i` in `text`, where it ends (its last character);
 * otherwise `i`. The scans below skip both, so a brace or a comma in either does not count.
 */
function skipped(text, i) {
  const c = text[i];
  if (c === '"' || c === "'") {
    for (i++; i < text.length && text[i] !== c; i++) if (text[i] === "\\") i++;
  } else if (c === "/" && text[i + 1] === "*") {
    const end = text.indexOf("*/", i + 2);
    i = end < 0 ? text.length : end + 1;
  }
  return i;
}

/**
 * The top-level items of `css` (rules and at-rule blocks, each with the text before it), in
 * order, and what follows the last.
 */
function items(css) {
  const found = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const end = skipped(css, i);
    if (end !== i) i = end;
    else if (css[i] === "{") depth++;
    else if (css[i] === "}") {
      depth--;
      if (depth < 0) throw new Error("inline-css: the stylesheet closes a brace it never opened");
      if (depth === 0) {
        found.push(css.slice(start, i + 1));
        start = i + 1;
      }
    }
  }
  if (depth !== 0) throw new Error("inline-css: the stylesheet leaves a brace open");
  return { found, tail: css.slice(start) };
}

/** Where `item`'s first brace outside strings and comments is. */
function openingBrace(item) {
  for (let i = 0; i < item.length; i++) {
    const end = skipped(item, i);
    if (end !== i) i = end;
    else if (item[i] === "{") return i;
  }
  return -1;
}

/** `text` without its comments; a comment's place keeps a space. */
const uncommented = (text) => text.replace(/\/\*[\s\S]*?\*\//g, " ");

/** `css` split into its top-level `@media print { … }` blocks and everything else, both in their order. */
export function splitPrint(css) {
  const { found, tail } = items(css);
  let screen = "";
  let print = "";
  for (const item of found) {
    const at = item.slice(0, openingBrace(item)).search(/@media\s+print\s*$/i);
    if (at >= 0) {
      screen += item.slice(0, at);
      print += item.slice(at);
    } else {
      screen += item;
    }
  }
  return { screen: screen + tail, print };
}

/** `list` split at its commas outside brackets, parentheses and strings. */
function selectors(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const end = skipped(list, i);
    if (end !== i) i = end;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

/**
 * The classes an element must have for `selector` to match it: those outside any
 * parenthesis (`:is(.a, .b)` needs neither, `:not(.a)` forbids it) and attribute selector.
 */
export function requiredClasses(selector) {
  let plain = selector.replace(/(["'])(?:\\.|(?!\1).)*\1/g, "");
  for (let before; before !== plain; ) {
    before = plain;
    plain = plain.replace(/\([^()]*\)|\[[^[\]]*\]/g, "");
  }
  return [...plain.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);
}

/**
 * `css` split into the rules for what only the rest of the wasm draws (`rest`: a rule each of
 * whose selectors needs a class `restOnly` says yes to; inside top-level `@media` blocks too)
 * and everything else (`first`), both in their order. Other at-rules stay first, whole.
 */
export function splitRest(css, restOnly) {
  const { found, tail } = items(css);
  let first = "";
  let rest = "";
  for (const item of found) {
    const open = openingBrace(item);
    const head = uncommented(item.slice(0, open)).trim();
    const body = item.slice(open + 1, -1);
    if (/^@media\b/i.test(head)) {
      const inner = splitRest(body, restOnly);
      if (inner.rest) rest += `${head}{${inner.rest}}`;
      if (inner.first.trim() || !inner.rest) first += `${item.slice(0, open)}{${inner.first}}`;
    } else if (!head.startsWith("@") && selectors(head).every((s) => requiredClasses(s).some(restOnly))) {
      rest += `${head}{${body}}`;
    } else {
      first += item;
    }
  }
  return { first: first + tail, rest };
}

/** Every file under `dir`, as paths. */
function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const sha384 = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;

/** `text` written beside `beside` as `<prefix>-<hash>.css`; its path. */
function hashedFile(beside, prefix, text) {
  const path = join(dirname(beside), `${prefix}-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.css`);
  writeFileSync(path, text);
  return path;
}

/** `file`'s address from `page`, with forward slashes. */
const hrefFrom = (page, file) => relative(dirname(page), file).split("\\").join("/");

const WASM = /<link\b[^>]*\bdata-rest=["']?([^"' >]+)[^>]*>/i;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // What may draw before the rest of the wasm is in: every file of the build but the
  // stylesheets and the rest itself (the pages, the first part, the glue and scripts, the
  // texts and words, the JavaScript API's module, which draws the stated form's result).
  const restPaths = new Set();
  for (const page of STYLED_PAGES) {
    const html = readFileSync(join(dir, page), "utf8");
    const wasm = WASM.exec(html);
    const href = wasm && /\bhref=["']?([^"' >]+)/i.exec(wasm[0])?.[1];
    if (href) restPaths.add(join(dirname(join(dirname(join(dir, page)), href)), wasm[1]));
  }
  const restBytes = [...restPaths].map((path) => readFileSync(path).toString("latin1"));
  const others = [...files(dir)]
    .filter((path) => !path.endsWith(".css") && !restPaths.has(path))
    .map((path) => readFileSync(path).toString("latin1"));
  const known = new Map();
  const restOnly = (name) => {
    if (!known.has(name)) {
      known.set(name, restBytes.some((b) => b.includes(name)) && !others.some((b) => b.includes(name)));
    }
    return known.get(name);
  };

  const written = new Map(); // a part's text → its file, one per distinct text
  const fileFor = (beside, prefix, text) => {
    if (!written.has(text)) written.set(text, hashedFile(beside, prefix, text));
    return written.get(text);
  };
  for (const page of STYLED_PAGES) {
    const path = join(dir, page);
    const html = readFileSync(path, "utf8");
    const link = LINK.exec(html)?.[0];
    if (!link) throw new Error(`inline-css: no stylesheet link in ${page}`);
    // Relative to the page: a language's pages are a folder down (es/index.html).
    const href = /\bhref=["']?([^"' >]+)/i.exec(link)?.[1];
    const cssPath = join(dirname(path), href);
    const { screen, print } = splitPrint(readFileSync(cssPath, "utf8"));
    if (!print) throw new Error(`inline-css: ${href} has no @media print rules (style/print.css)`);
    const { first, rest } = splitRest(screen, restOnly);
    if (/<\/style/i.test(first)) throw new Error(`inline-css: ${href} cannot be put in a <style> element`);
    const printLink = `<link rel="stylesheet" media="print" href="${hrefFrom(path, fileFor(cssPath, "print", print))}" integrity="${sha384(print)}">`;
    // Named, not linked: a link, even disabled, is fetched at once by the browser's preload
    // scanner, beside the first part of the wasm.
    const restMeta = rest
      ? `<meta name="lungstage-rest-css" content="${hrefFrom(path, fileFor(cssPath, "lungstage-rest", rest))} ${sha384(rest)}">`
      : "";
    writeFileSync(path, html.replace(link, () => `<style>${first}</style>${printLink}${restMeta}`));
  }
}
