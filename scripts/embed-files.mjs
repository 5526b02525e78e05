// Writes the embed entry points into the built site, from trunk's (pre-rendered) pages, one
// per language (src/page.rs: index.html, es/index.html), and the hashed files beside them:
// - each language's words-, messages- and texts-<lang>-<hash>.json (src/bin/texts.rs) under
//   content-hashed names: the words of the first render, which each page preloads, and the
//   messages and long texts loaded after the first paint (lungstage.js);
// - lungstage.js, the in-page embed, JavaScript API and our pages' after-first-paint script:
//   the repository's lungstage.js with the names and SRI hashes of the widget's glue, wasm,
//   stylesheet and each language's files and of the API module (scripts/build-api.mjs)
//   filled in, and the codes of codes.json (src/bin/codes.rs);
// - page.js, our own pages' after-first-paint script: lungstage.js without the in-page embed
//   and the JavaScript API;
// - in each page: its language's words, as data (<template id="lungstage-words">), and <meta name="lungstage-shell"
//   content="sha384-...">, page.js's integrity, for boot.js to load it with after the first
//   paint;
// - each language's embed.html, the chrome-less iframe page: its index.html without the page
//   header, with <html class="embed"> (style/embed.css; Copy link points to the standalone
//   page), and frame-<hash>.js (frame.js: the frame's options from its address, with the
//   theme and view codes of codes.json) before boot.js.
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

// Each language's files (src/bin/texts.rs), hashed like trunk's files so that they can be
// cached for a year: words-<lang>.json, the words of the first render, which each page
// preloads beside the wasm; messages-<lang>.json and texts-<lang>.json, loaded after the first
// paint (lungstage.js).
for (const name of readdirSync(dir).filter((n) => /^(?:words|messages|texts)-[a-z]{2,3}\.json$/.test(n))) {
  const hex = createHash("sha384").update(readFileSync(join(dir, name))).digest("hex");
  renameSync(join(dir, name), join(dir, name.replace(".json", `-${hex.slice(0, 16)}.json`)));
}

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

const { lang: languages, words: wordIndex } = JSON.parse(codes);
const perLanguage = (kind) =>
  Object.fromEntries(languages.map((lang) => [lang, file("", new RegExp(`^${kind}-${lang}-[0-9a-f]{16}\\.json$`))]));
const files = {
  texts: perLanguage("texts"),
  messages: perLanguage("messages"),
  words: perLanguage("words"),
  glue: file("", /^lungstage-web-[0-9a-f]+\.js$/),
  wasm: file("", /^lungstage-web-[0-9a-f]+_bg\.wasm$/),
  rest: file("", /^lungstage-rest-[0-9a-f]+\.wasm$/),
  css: file("", /^lungstage-[0-9a-f]+\.css$/),
  apiGlue: file("api", /^lungstage-api-[0-9a-f]+\.js$/),
  apiWasm: file("api", /^lungstage-api-[0-9a-f]+_bg\.wasm$/),
};

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
// Our own pages need only attachPage: each language's page.js (page.js, es/page.js) is the
// same file without the in-page embed and the JavaScript API (IN_PAGE false, no other
// export), which terser then leaves out, and with only the files that page loads: its
// language's messages and texts and the API module, from the site's root (`root`).
const inPage = "const IN_PAGE = true;";
if (!filled.includes(inPage)) fail(`lungstage.js lacks the line \`${inPage}\``);
const shellIntegrity = {};
for (const lang of languages) {
  const pageFiles = {
    root: lang === "en" ? "./" : "../",
    texts: { [lang]: files.texts[lang] },
    messages: { [lang]: files.messages[lang] },
    apiGlue: files.apiGlue,
    apiWasm: files.apiWasm,
  };
  const shell = await minified(
    template
      .replace(marker, `const FILES = ${JSON.stringify(pageFiles)};`)
      .replace(codesMarker, `const CODES = ${codes};`)
      .replace(inPage, "const IN_PAGE = false;")
      .replace(/^export (?!function attachPage\b)/gm, ""),
  );
  writeFileSync(join(dir, lang === "en" ? "page.js" : `${lang}/page.js`), shell);
  shellIntegrity[lang] = `sha384-${createHash("sha384").update(shell).digest("base64")}`;
}

const frameTemplate = readFileSync(join(root, "frame.js"), "utf8");
if (!frameTemplate.includes(codesMarker)) fail(`frame.js lacks the line \`${codesMarker}\``);
const { theme, view, lang: frameLanguages } = JSON.parse(codes);
const frameScript = frameTemplate.replace(codesMarker, `const CODES = ${JSON.stringify({ theme, view, lang: frameLanguages })};`);
const frameName = `frame-${createHash("sha384").update(frameScript).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, frameName), frameScript);
const frameIntegrity = `sha384-${createHash("sha384").update(frameScript).digest("base64")}`;
const header = /<header class="?page-header"?[^>]*>[\s\S]*?<\/header>/;
const html = /<html\b/;

// Each language's pages (src/page.rs): English at the root, the others a folder down.
for (const lang of languages) {
  const pageFile = lang === "en" ? "index.html" : `${lang}/index.html`;
  const up = lang === "en" ? "./" : "../";
  const wordsFile = files.words[lang];
  // The page's own words (src/bin/texts.rs), read here and not shipped.
  let pageWords;
  try {
    pageWords = JSON.parse(readFileSync(join(dir, `page-${lang}.json`), "utf8"));
    rmSync(join(dir, `page-${lang}.json`));
  } catch (error) {
    fail(`cannot read ${join(dir, `page-${lang}.json`)}: ${error.message}`);
  }
  const word = (id) => {
    const text = pageWords[id];
    if (typeof text !== "string") fail(`page-${lang}.json has no \`${id}\``);
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  };
  const page = readFileSync(join(dir, pageFile), "utf8");
  if (!page.includes("</head>")) fail(`${pageFile} has no </head>`);
  // The words of the first render travel in the page, as data in a <template> (never run,
  // so the CSP has nothing to allow), where they compress with the pre-render that shows
  // many of them; boot.js hands them to the wasm before the widget starts. page.js loads
  // after the first paint.
  const wordsJson = readFileSync(join(dir, wordsFile.path), "utf8").replace(/&/g, "&amp;").replace(/</g, "&lt;");
  if (!page.includes("</body>")) fail(`${pageFile} has no </body>`);
  const index = page
    .replace("</head>", `<meta name="lungstage-shell" content="${shellIntegrity[lang]}"></head>`)
    .replace("</body>", `<template id="lungstage-words">${wordsJson}</template></body>`);
  writeFileSync(join(dir, pageFile), index);
  if (!header.test(index) || !html.test(index)) fail(`${pageFile} has no <html> or no page header`);
  if (/<html\b[^>]*\bclass=/.test(index)) fail(`${pageFile}'s <html> has a class already`);
  // frame.js, the frame's options from its address, runs before boot.js (module scripts run
  // in order), so the first paint has them; under a hashed name, with its integrity.
  const embed = index
    .replace(header, "")
    .replace(html, '<html class="embed"')
    .replace(/<title>[^<]*<\/title>/, () => `<title>${word("embed-title")}</title>`)
    .replace(/<script\b[^>]*\bboot-[0-9a-f]+\.js\b/, (boot) => `<script type="module" src="${up}${frameName}" integrity="${frameIntegrity}"></script>${boot}`);
  if (!embed.includes(frameName)) fail(`${pageFile} has no boot.js script to put frame.js before`);
  writeFileSync(join(dir, pageFile.replace("index.html", "embed.html")), embed);
}
