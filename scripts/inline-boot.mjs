// The last step of the build (scripts/post-build.mjs): what the first answer runs travels in
// the page itself, so that it needs no second round trip after the HTML (docs/benchmarks.md):
// - the first part of the widget's wasm (src/early.rs and what a fault runs), as text in a
//   data block, <script type="application/octet-stream" id="lungstage-wasm">, which is never
//   run, so the CSP has nothing to allow for it; it names the rest of the wasm and its SRI
//   hash (`data-rest`, `data-rest-integrity`), as its preload link did;
// - the wasm-bindgen glue and boot.js, as one inline module script, allowed by its hash in the
//   CSP (scripts/csp.mjs reads it back from the built pages), in place of boot.js's script
//   element and the glue's module preload; the wasm's preload becomes the rest's.
// Each byte of the wasm is one character, the byte's own code, except those an HTML parser
// would change or read as markup (controls, `<`, DEL and the C1 controls), written 256
// higher: boot.js reads each character's code modulo 256. Against the binary file, brotli
// pays about 1.3 KB for it; base64 would cost 13 KB.
// The glue and the first part stay as files too: lungstage.js loads them into host pages.
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { STYLED_PAGES } from "./csp.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Whether the byte `b` must be written 256 higher to reach the page's script unchanged. */
const shifted = (b) => (b < 0x20 && b !== 0x09 && b !== 0x0a) || b === 0x3c || (b >= 0x7f && b <= 0x9f);

/** `bytes` as the text of the data block. */
export function encodeBytes(bytes) {
  let text = "";
  for (let i = 0; i < bytes.length; i += 4096) {
    text += String.fromCharCode(...[...bytes.subarray(i, i + 4096)].map((b) => (shifted(b) ? b + 256 : b)));
  }
  return text;
}

/** The bytes the data block's `text` holds: what boot.js reads from it. */
export function decodeText(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 255;
  return bytes;
}

/**
 * The glue (an ES module) as a script that declares its functions and binds the module's
 * namespace to `widget`, for boot.js, which follows it in the same module script.
 */
export function glueAsScript(glue) {
  const names = [];
  let body = glue.replace(/\bexport function (\w+)/g, (_, name) => {
    names.push(name);
    return `function ${name}`;
  });
  const lists = [...body.matchAll(/\bexport\s*\{([^}]*)\}\s*;?/g)];
  if (lists.length !== 1) throw new Error(`inline-boot: the glue has ${lists.length} export lists, not one`);
  const [list] = lists;
  body = body.slice(0, list.index) + body.slice(list.index + list[0].length);
  const aliases = list[1].split(",").map((item) => {
    const [local, exported] = item.trim().split(/\s+as\s+/);
    return `${exported ?? local}:${local}`;
  });
  if (/\bexport\s*(?:\{|\*|default\b|const\b|let\b|var\b|class\b|async\b)/.test(body)) {
    throw new Error("inline-boot: the glue has an export this step does not read");
  }
  return `${body};const widget={__proto__:null,${[...names, ...aliases].join(",")}};`;
}

const attr = (tag, name) => new RegExp(`\\b${name}=["']?([^"' >]+)`, "i").exec(tag)?.[1];

/** `html` (the page at `page`, in `dir`) with the first answer's code in it. */
export function inlinePage(dir, page, html) {
  const boot = /<script\b[^>]*\bsrc=["']?[^"' >]*boot-[0-9a-f]+\.js[^>]*><\/script>/i.exec(html)?.[0];
  const links = html.match(/<link\b[^>]*>/gi) ?? [];
  const glue = links.find((l) => attr(l, "rel") === "modulepreload" && /\.js$/.test(attr(l, "href") ?? ""));
  const wasm = links.find((l) => attr(l, "rel") === "preload" && /\.wasm$/.test(attr(l, "href") ?? ""));
  if (!boot || !glue || !wasm) throw new Error(`inline-boot: ${page} lacks boot.js, the glue's module preload or the wasm's preload`);
  const here = dirname(join(dir, page));
  const file = (tag) => join(here, attr(tag, /^<script/i.test(tag) ? "src" : "href"));
  const wasmPath = file(wasm);
  const rest = attr(wasm, "data-rest");
  const restHref = rest && relative(here, join(dirname(wasmPath), rest)).split("\\").join("/");
  const restIntegrity = attr(wasm, "data-rest-integrity");
  const restAttrs = rest ? ` data-rest="${restHref}" data-rest-integrity="${restIntegrity}"` : "";
  // The rest is asked for as soon as the head is read, in place of the first part's preload: on
  // a slow line its first byte comes a round trip later, after the page's last, so it takes
  // nothing from the first answer and the live widget starts sooner. boot.js's fetch, with the
  // same integrity, gets this response.
  const restPreload = rest
    ? `<link rel="preload" as="fetch" crossorigin href="${restHref}" integrity="${restIntegrity}" fetchpriority="low" data-rest-preload>`
    : "";
  const code = `${glueAsScript(readFileSync(file(glue), "utf8"))}\n${readFileSync(file(boot), "utf8")}`;
  if (/<\/script/i.test(code)) throw new Error("inline-boot: the glue or boot.js holds </script");
  const data = `<script type="application/octet-stream" id="lungstage-wasm"${restAttrs}>${encodeBytes(readFileSync(wasmPath))}</script>`;
  if (!html.includes("</body>")) throw new Error(`inline-boot: ${page} has no </body>`);
  return html
    .replace(boot, "")
    .replace(glue, "")
    .replace(wasm, () => restPreload)
    .replace("</body>", () => `${data}<script type="module">${code}</script></body>`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(root, "dist");
  for (const page of STYLED_PAGES) {
    const path = join(dir, page);
    writeFileSync(path, inlinePage(dir, page, readFileSync(path, "utf8")));
  }
  // boot.js runs only in the pages now.
  for (const name of readdirSync(dir)) if (/^boot-[0-9a-f]+\.js$/.test(name)) rmSync(join(dir, name));
}
