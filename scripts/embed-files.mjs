// Writes the embed entry points into the built site, from trunk's (pre-rendered) index.html
// and the hashed files beside it:
// - texts-<hash>.json, the long texts the widget loads after its first answer: texts.json
//   (src/bin/texts.rs) under a content-hashed name; likewise messages-<lang>-<hash>.json, each
//   language's messages, English loaded with the texts (lungstage.js);
// - lungstage.js, the in-page embed, JavaScript API and our pages' after-first-paint script:
//   the repository's lungstage.js with the names and SRI hashes of the widget's glue, wasm,
//   stylesheet and texts and of the API module (scripts/build-api.mjs) filled in, and the
//   codes of codes.json (src/bin/codes.rs);
// - page.js, our own pages' after-first-paint script: lungstage.js without the in-page embed
//   and the JavaScript API;
// - <meta name="lungstage-shell" content="sha384-..."> in index.html, page.js's integrity,
//   for boot.js to load it with after the first paint;
// - embed.html, the chrome-less iframe page: that index.html without the page header, with
//   <html class="embed"> (style/embed.css; Copy link points to the standalone page), and
//   frame-<hash>.js (frame.js: the frame's options from its address, with the theme and view
//   codes of codes.json) before boot.js.
// Run by scripts/post-build.mjs (a trunk hook). Usage: node scripts/embed-files.mjs [dir]
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(root, "dist");

function fail(message) {
  console.error(`embed-files: ${message}`);
  process.exit(1);
}

/** The one file in `sub` whose name matches `pattern`, with its SRI hash. */
function file(sub, pattern) {
  const names = readdirSync(join(dir, sub)).filter((n) => pattern.test(n));
  if (names.length !== 1) fail(`expected one ${pattern} in ${join(dir, sub)}, found ${names.length}`);
  const path = sub ? `${sub}/${names[0]}` : names[0];
  const digest = createHash("sha384").update(readFileSync(join(dir, path))).digest("base64");
  return { path, integrity: `sha384-${digest}` };
}

// Hashed like trunk's files, so that it can be cached for a year.
let textsName = "texts.json";
try {
  const hex = createHash("sha384").update(readFileSync(join(dir, textsName))).digest("hex");
  textsName = `texts-${hex.slice(0, 16)}.json`;
  renameSync(join(dir, "texts.json"), join(dir, textsName));
} catch (error) {
  fail(`cannot hash ${join(dir, "texts.json")}: ${error.message}`);
}

// Each language's messages, hashed the same way; English is the page's language.
for (const name of readdirSync(dir).filter((n) => /^messages-[a-z]{2}\.json$/.test(n))) {
  const hex = createHash("sha384").update(readFileSync(join(dir, name))).digest("hex");
  renameSync(join(dir, name), join(dir, name.replace(".json", `-${hex.slice(0, 16)}.json`)));
}

const files = {
  texts: file("", /^texts-[0-9a-f]{16}\.json$/),
  messages: file("", /^messages-en-[0-9a-f]{16}\.json$/),
  glue: file("", /^lungstage-web-[0-9a-f]+\.js$/),
  wasm: file("", /^lungstage-web-[0-9a-f]+_bg\.wasm$/),
  css: file("", /^lungstage-[0-9a-f]+\.css$/),
  apiGlue: file("api", /^lungstage-api-[0-9a-f]+\.js$/),
  apiWasm: file("api", /^lungstage-api-[0-9a-f]+_bg\.wasm$/),
};

// The codes of editions, cancer types, views and themes, written by src/bin/codes.rs: Rust is
// the one place they are written. Read into lungstage.js and frame.js, not shipped as a file
// of their own.
let codes;
try {
  codes = readFileSync(join(dir, "codes.json"), "utf8");
  JSON.parse(codes);
  rmSync(join(dir, "codes.json"));
} catch (error) {
  fail(`cannot read ${join(dir, "codes.json")}: ${error.message}`);
}

const template = readFileSync(join(root, "lungstage.js"), "utf8");
const marker = "const FILES = {};";
const codesMarker = "const CODES = {};";
for (const line of [marker, codesMarker]) {
  if (!template.includes(line)) fail(`lungstage.js lacks the line \`${line}\``);
}
const filled = template
  .replace(marker, `const FILES = ${JSON.stringify(files)};`)
  .replace(codesMarker, `const CODES = ${codes};`);
// Minified (terser), since every visit to index.html loads it: about half its brotli size.
const minified = async (source) =>
  (await minify(source, { module: true, compress: { passes: 2 }, format: { comments: false } })).code;
writeFileSync(join(dir, "lungstage.js"), await minified(filled));
// Our own pages need only attachPage: page.js is the same file without the in-page embed and
// the JavaScript API (IN_PAGE false, no other export), which terser then leaves out.
const inPage = "const IN_PAGE = true;";
if (!filled.includes(inPage)) fail(`lungstage.js lacks the line \`${inPage}\``);
const shell = await minified(
  filled
    .replace(inPage, "const IN_PAGE = false;")
    .replace(/^export (?!function attachPage\b)/gm, ""),
);
writeFileSync(join(dir, "page.js"), shell);
const shellIntegrity = `sha384-${createHash("sha384").update(shell).digest("base64")}`;

const page = readFileSync(join(dir, "index.html"), "utf8");
if (!page.includes("</head>")) fail("index.html has no </head>");
const index = page.replace("</head>", `<meta name="lungstage-shell" content="${shellIntegrity}"></head>`);
writeFileSync(join(dir, "index.html"), index);
const header = /<header class="?page-header"?[^>]*>[\s\S]*?<\/header>/;
const html = /<html\b/;
if (!header.test(index) || !html.test(index)) fail("index.html has no <html> or no page header");
if (/<html\b[^>]*\bclass=/.test(index)) fail("index.html's <html> has a class already");
// frame.js, the frame's options from its address, runs before boot.js (module scripts run
// in order), so the first paint has them; under a hashed name, with its integrity.
const frameTemplate = readFileSync(join(root, "frame.js"), "utf8");
if (!frameTemplate.includes(codesMarker)) fail(`frame.js lacks the line \`${codesMarker}\``);
const { theme, view } = JSON.parse(codes);
const frameScript = frameTemplate.replace(codesMarker, `const CODES = ${JSON.stringify({ theme, view })};`);
const frameName = `frame-${createHash("sha384").update(frameScript).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, frameName), frameScript);
const frameIntegrity = `sha384-${createHash("sha384").update(frameScript).digest("base64")}`;
const embed = index
  .replace(header, "")
  .replace(html, '<html class="embed"')
  .replace(/<title>[^<]*<\/title>/, "<title>LungStage (embedded)</title>")
  .replace(/<script\b[^>]*\bboot-[0-9a-f]+\.js\b/, (boot) => `<script type="module" src="./${frameName}" integrity="${frameIntegrity}"></script>${boot}`);
if (!embed.includes(frameName)) fail("index.html has no boot.js script to put frame.js before");
writeFileSync(join(dir, "embed.html"), embed);
