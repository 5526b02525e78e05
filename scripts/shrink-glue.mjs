// The first step of scripts/post-build.mjs: the widget's wasm and its wasm-bindgen glue made
// smaller together. Every function the wasm imports from the glue is named by wasm-bindgen
// with a 16-digit hash (`__wbg_appendChild_dbf7ad2f48413560`), written once in the wasm and
// once in the glue, and the hashes do not compress. Here each import gets a short name (`a`,
// `b`, ... `aB`), in the wasm and in the glue alike, and the import module's name too; then
// terser minifies the glue, which trunk's minifier leaves with its long top-level names.
// The files get new content-hashed names, and index.html's preload links their names and
// integrity, so everything after this step (embed-files.mjs, the CSP) reads the new ones.
// Usage: node scripts/shrink-glue.mjs [dir]   (default: trunk's staging dir, else dist/)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

/** The unsigned LEB128 number at `at` in `bytes`, and where it ends. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    if (at >= bytes.length || shift > 28) throw new Error("shrink-glue: truncated wasm");
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, at];
}

function uleb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const named = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return [...uleb(bytes.length), ...bytes];
};

/** Where an import's description (what it imports) ends, from its kind byte at `at`. */
function descriptionEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (i) => {
    const flags = bytes[i++];
    if (flags & ~0x07) throw new Error(`shrink-glue: unknown limits flags ${flags}`);
    [, i] = leb(bytes, i);
    if (flags & 1) [, i] = leb(bytes, i);
    return i;
  };
  switch (kind) {
    case 0: // function: its type index
      return leb(bytes, at)[1];
    case 1: // table: an element type written in one byte (funcref, externref), then limits
      if (bytes[at] !== 0x70 && bytes[at] !== 0x6f) throw new Error("shrink-glue: unknown table type");
      return limits(at + 1);
    case 2: // memory
      return limits(at);
    case 3: // global: a value type in one byte, then mutability
      return at + 2;
    default:
      throw new Error(`shrink-glue: unknown import kind ${kind}`);
  }
}

/** `a`, `b` ... `Z`, then `aa`, `ab` ...: short names that are JavaScript identifiers. */
function shortName(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  do {
    name = letters[i % letters.length] + name;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return name;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `wasm` (bytes) and `glue` (its wasm-bindgen JavaScript) with every import given a short
 * name, and the import module named `MODULE`. Throws unless every import is found exactly
 * once in the glue, as a key of its imports object.
 */
export function shortenImports(wasm, glue, MODULE = "a") {
  if (wasm.readUInt32LE(0) !== 0x6d736100 || wasm.readUInt32LE(4) !== 1) throw new Error("shrink-glue: not a wasm module");
  const sections = [wasm.subarray(0, 8)];
  const renamed = new Map();
  const modules = new Set();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (id !== 2) {
      sections.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, i] = leb(wasm, start);
    const body = [...uleb(count)];
    for (let n = 0; n < count; n++) {
      let length;
      [length, i] = leb(wasm, i);
      const module = wasm.subarray(i, i + length).toString("utf8");
      i += length;
      [length, i] = leb(wasm, i);
      const field = wasm.subarray(i, i + length).toString("utf8");
      i += length;
      const description = wasm.subarray(i, descriptionEnd(wasm, i));
      i += description.length;
      if (renamed.has(field)) throw new Error(`shrink-glue: ${field} is imported twice`);
      renamed.set(field, shortName(renamed.size));
      modules.add(module);
      body.push(...named(MODULE), ...named(renamed.get(field)), ...description);
    }
    if (i !== end) throw new Error("shrink-glue: the import section has bytes after its entries");
    sections.push(Buffer.from([2, ...uleb(body.length), ...body]));
    at = end;
  }
  if (modules.size !== 1) throw new Error(`shrink-glue: expected one import module, found ${[...modules].join(", ")}`);
  const [module] = modules;
  // The glue's imports object: `{ "<module>": { name: function ..., ... } }`.
  const rename = (text, pattern, to) => {
    const hits = text.match(new RegExp(pattern, "g"))?.length ?? 0;
    if (hits !== 1) throw new Error(`shrink-glue: found ${pattern} ${hits} times in the glue, not once`);
    return text.replace(new RegExp(pattern), to);
  };
  let js = rename(glue, `(["'])${escape(module)}\\1(?=\\s*:)`, JSON.stringify(MODULE));
  for (const [from, to] of renamed) js = rename(js, `(?<=[{,\\s])${escape(from)}(?=\\s*:)`, to);
  return { wasm: Buffer.concat(sections), glue: js };
}

/** The glue, minified by terser as an ES module (its top-level names are its own). */
export async function minifyGlue(glue) {
  return (await minify(glue, { module: true, compress: { passes: 2 }, format: { comments: false } })).code;
}

const sha384 = (bytes) => createHash("sha384").update(bytes);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(root, "dist");
  const one = (pattern) => {
    const names = readdirSync(dir).filter((n) => pattern.test(n));
    if (names.length !== 1) throw new Error(`shrink-glue: expected one ${pattern} in ${dir}, found ${names.length}`);
    return names[0];
  };
  const glueName = one(/^lungstage-web-[0-9a-f]+\.js$/);
  const wasmName = one(/^lungstage-web-[0-9a-f]+_bg\.wasm$/);
  const shortened = shortenImports(readFileSync(join(dir, wasmName)), readFileSync(join(dir, glueName), "utf8"));
  const glue = Buffer.from(await minifyGlue(shortened.glue));
  let page = readFileSync(join(dir, "index.html"), "utf8");
  for (const [old, bytes, suffix] of [[glueName, glue, ".js"], [wasmName, shortened.wasm, "_bg.wasm"]]) {
    const name = `lungstage-web-${sha384(bytes).digest("hex").slice(0, 16)}${suffix}`;
    const link = new RegExp(`<link\\b[^>]*\\bhref=["']?\\./${escape(old)}["' >][^>]*>`, "g");
    const links = page.match(link) ?? [];
    if (links.length !== 1) throw new Error(`shrink-glue: index.html links ${old} ${links.length} times, not once`);
    const integrity = `sha384-${sha384(bytes).digest("base64")}`;
    const updated = links[0]
      .replace(old, name)
      .replace(/\bintegrity=(["']?)sha384-[A-Za-z0-9+/=]+\1/, (_, quote) => `integrity=${quote}${integrity}${quote}`);
    if (!updated.includes(integrity)) throw new Error(`shrink-glue: the link to ${old} has no sha384 integrity`);
    page = page.replace(links[0], () => updated);
    writeFileSync(join(dir, old), bytes);
    renameSync(join(dir, old), join(dir, name));
  }
  writeFileSync(join(dir, "index.html"), page);
}
