// The first step of scripts/post-build.mjs: the widget's wasm and its wasm-bindgen glue made
// smaller together. Every function the wasm imports from the glue is named by wasm-bindgen
// with a 16-digit hash (`__wbg_appendChild_dbf7ad2f48413560`), written once in the wasm and
// once in the glue, and the hashes do not compress. Here each import gets a short name (`a`,
// `b`, ... `aB`), in the wasm and in the glue alike, and the import module's name too; then
// terser minifies the glue, which trunk's minifier leaves with its long top-level names.
// Then the wasm is split in two (tools/split, the list in wasm-split.txt): the first load
// keeps what the first answer runs, and the rest (`lungstage-rest-<hash>.wasm`) loads after
// it; the glue gets the few lines that join the two (`restGlue` below). The build's wasm keeps
// its name section for this step (index.html, wasm-opt -g); neither part ships it.
// The files get new content-hashed names, and index.html's preload links their names and
// integrity, so everything after this step (embed-files.mjs, the CSP) reads the new ones.
// Usage: node scripts/shrink-glue.mjs [dir]   (default: trunk's staging dir, else dist/)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
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

/**
 * SHA-256 of `bytes` (a Uint8Array), as 64 hex digits: the glue checks the rest of the wasm
 * with it when it has to load the rest synchronously, where the browser's integrity check and
 * its asynchronous digest cannot be used. The constants are the first 32 bits of the
 * fractional parts of the primes' square and cube roots, as the standard defines them.
 * e2e/glue.test.mjs compares it with Node's.
 */
export function sha256(bytes) {
  const k = [];
  let h = [];
  for (let n = 2; k.length < 64; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (!prime) continue;
    if (h.length < 8) h.push(((Math.sqrt(n) % 1) * 2 ** 32) | 0);
    k.push(((Math.cbrt(n) % 1) * 2 ** 32) | 0);
  }
  const length = bytes.length;
  const words = new Uint32Array((((length + 8) >> 6) + 1) * 16);
  for (let i = 0; i < length; i++) words[i >> 2] |= bytes[i] << (24 - (i % 4) * 8);
  words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
  words[words.length - 2] = Math.floor(length / 2 ** 29);
  words[words.length - 1] = length * 8;
  const w = new Uint32Array(64);
  const rotate = (x, n) => (x >>> n) | (x << (32 - n));
  for (let j = 0; j < words.length; j += 16) {
    let [a, b, c, d, e, f, g, x] = h;
    for (let i = 0; i < 64; i++) {
      if (i < 16) w[i] = words[j + i];
      else {
        const u = w[i - 15];
        const v = w[i - 2];
        w[i] = (rotate(u, 7) ^ rotate(u, 18) ^ (u >>> 3)) + (rotate(v, 17) ^ rotate(v, 19) ^ (v >>> 10)) + w[i - 7] + w[i - 16];
      }
      const t1 = (x + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) | 0;
      const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      x = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h = [a, b, c, d, e, f, g, x].map((y, i) => (y + h[i]) | 0);
  }
  return h.map((y) => (y >>> 0).toString(16).padStart(8, "0")).join("");
}

/**
 * What the glue needs to join the rest of the wasm to the first part: the import `s.l`, which
 * the first part calls when it needs a function of the rest that has not arrived, and the
 * export `lungstage_rest(rest, exports)`, by which the page hands over the rest, compiled,
 * once it has fetched it (boot.js, lungstage.js), or first only its address, with the
 * first part's exports (what the glue's init resolved to), which the rest imports.
 *
 * Normally the rest arrives while the person reads the first answer, checked by the browser
 * against its integrity. If the first part needs it sooner (something the first answer does
 * not do, done at once), `s.l` loads it there and then, synchronously, since a wasm call
 * cannot wait, from the page's own origin (a widget whose files come from another origin, the
 * in-page embed, is handed the rest before it starts), and runs it only if its SHA-256 is the
 * one the build wrote here (`digest`): the glue itself is pinned by its integrity. If the rest
 * cannot load, or is not the build's, the widget shows its crash notice
 * (`lungstage_rest_failed`), the call that needed it stops, and it is not tried again.
 */
export const restGlue = (digest) => `
let restAddress, restModule, restExports, restJoined = false, restFailed = false;
const restDigest = ${JSON.stringify(digest)};
${sha256.toString()}
function joinRest(module) {
    if (restJoined || restFailed) return;
    new WebAssembly.Instance(module, { p: restExports });
    restJoined = true;
}
function loadRest() {
    if (!restFailed) {
        try {
            fetchRest();
            return;
        } catch (error) {
            restFailed = true;
            console.error(error);
            if (restExports) restExports.lungstage_rest_failed();
        }
    }
    throw new Error('LungStage: the rest of the widget could not load');
}
function fetchRest() {
    if (restJoined) return;
    if (!restModule) {
        const address = restAddress && new URL(restAddress, location.href);
        // The origin the page itself came from (a sandboxed frame's own origin is opaque).
        if (!address || !restExports || address.origin !== new URL(location.href).origin) throw new Error('LungStage: the rest of the widget was needed before it was named');
        const request = new XMLHttpRequest();
        request.open('GET', address.href, false);
        request.overrideMimeType('text/plain; charset=x-user-defined');
        request.send();
        if (request.status !== 200) throw new Error('LungStage: cannot load ' + address.href);
        const text = request.responseText;
        const bytes = new Uint8Array(text.length);
        for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
        if (sha256(bytes) !== restDigest) throw new Error('LungStage: ' + address.href + ' is not the file this build expects');
        restModule = new WebAssembly.Module(bytes);
    }
    joinRest(restModule);
}
export function lungstage_rest(rest, exports) {
    restExports = exports;
    if (typeof rest === 'string') restAddress = rest;
    else joinRest(restModule = rest);
}
`;

/** The glue with the lines of `restGlue(digest)`, and `s.l` among its imports. */
export function joinGlue(glue, digest, MODULE = "a") {
  const key = new RegExp(`(["'])${escape(MODULE)}\\1(?=\\s*:)`);
  const hits = glue.match(new RegExp(key.source, "g"))?.length ?? 0;
  if (hits !== 1) throw new Error(`shrink-glue: the glue's imports object names its module ${hits} times, not once`);
  return glue.replace(key, (all) => `s: { __proto__: null, l: loadRest }, ${all}`) + restGlue(digest);
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
  // The whole wasm, names and all, stays in target/split/ for scripts/split-profile.mjs.
  const work = join(root, "target", "split");
  mkdirSync(work, { recursive: true });
  const whole = join(work, "whole.wasm");
  writeFileSync(whole, shortened.wasm);
  const [firstFile, restFile] = [join(work, "first.wasm"), join(work, "rest.wasm")];
  const release = (process.env.TRUNK_PROFILE ?? "release") === "release";
  const source = readFileSync(join(root, "index.html"), "utf8");
  // In a release build, the read-only data only the rest reads moves with it, read from the
  // wasm cargo linked, with its relocations (build.rs; index.html names the cargo profile).
  const data = [];
  if (release) {
    const { target_directory: target } = JSON.parse(
      execFileSync("cargo", ["metadata", "--offline", "--format-version", "1", "--no-deps"], { cwd: root, encoding: "utf8" }),
    );
    const profile = /data-cargo-profile-release="([^"]+)"/.exec(source)?.[1];
    if (!profile) throw new Error("shrink-glue: index.html has no data-cargo-profile-release");
    data.push("--data", join(target, "wasm32-unknown-unknown", profile, "lungstage-web.wasm"));
  }
  execFileSync("cargo", ["run", "--quiet", "--offline", "-p", "lungstage-split", "--", "split", whole, join(root, "wasm-split.txt"), firstFile, restFile, ...data], { cwd: root, stdio: "inherit" });
  // Each part optimised again on its own, with the build's flags (index.html) but no names:
  // about 0.8 KB brotli off the first part (2026-12-02).
  if (release) {
    const params = /data-wasm-opt-params="([^"]*)"/.exec(source)?.[1];
    if (!params) throw new Error("shrink-glue: index.html has no data-wasm-opt-params");
    const flags = params.split(/\s+/).filter((f) => f && f !== "-g");
    for (const part of [firstFile, restFile]) {
      execFileSync(join(root, "node_modules/.bin/wasm-opt"), ["-Oz", ...flags, part, "-o", part], { stdio: "inherit" });
    }
  }
  const first = readFileSync(firstFile);
  const rest = readFileSync(restFile);
  const glue = Buffer.from(await minifyGlue(joinGlue(shortened.glue, createHash("sha256").update(rest).digest("hex"))));
  let page = readFileSync(join(dir, "index.html"), "utf8");
  const restName = `lungstage-rest-${sha384(rest).digest("hex").slice(0, 16)}.wasm`;
  writeFileSync(join(dir, restName), rest);
  for (const [old, bytes, suffix] of [[glueName, glue, ".js"], [wasmName, first, "_bg.wasm"]]) {
    const name = `lungstage-web-${sha384(bytes).digest("hex").slice(0, 16)}${suffix}`;
    const link = new RegExp(`<link\\b[^>]*\\bhref=["']?\\./${escape(old)}["' >][^>]*>`, "g");
    const links = page.match(link) ?? [];
    if (links.length !== 1) throw new Error(`shrink-glue: index.html links ${old} ${links.length} times, not once`);
    const integrity = `sha384-${sha384(bytes).digest("base64")}`;
    let updated = links[0]
      .replace(old, name)
      .replace(/\bintegrity=(["']?)sha384-[A-Za-z0-9+/=]+\1/, (_, quote) => `integrity=${quote}${integrity}${quote}`);
    if (!updated.includes(integrity)) throw new Error(`shrink-glue: the link to ${old} has no sha384 integrity`);
    // The rest of the wasm, named beside the first part's preload (boot.js fetches it after
    // the first answer's part has started), with its own integrity.
    if (suffix === "_bg.wasm") {
      updated = updated.replace(/\s*\/?>$/, ` data-rest="${restName}" data-rest-integrity="sha384-${sha384(rest).digest("base64")}">`);
    }
    page = page.replace(links[0], () => updated);
    writeFileSync(join(dir, old), bytes);
    renameSync(join(dir, old), join(dir, name));
  }
  writeFileSync(join(dir, "index.html"), page);
}
