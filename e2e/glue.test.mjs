// The widget's wasm and its glue with short import names (scripts/shrink-glue.mjs), run in
// Node: the built pair agrees, and a glue that does not name an import stops the build. The
// first part of the split wasm also imports `s.l`, the glue's loader of the rest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR } from "./browser.mjs";
import { createHash, randomBytes } from "node:crypto";
import { sha256, shortenImports } from "../scripts/shrink-glue.mjs";

const built = (pattern) => readFileSync(join(DIST_DIR, readdirSync(DIST_DIR).find((n) => pattern.test(n))));

test("every import of the built wasm has a short name that its glue gives", () => {
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(built(/^lungstage-web-[0-9a-f]+_bg\.wasm$/)));
  const glue = built(/^lungstage-web-[0-9a-f]+\.js$/).toString("utf8");
  assert.ok(imports.length > 50, `${imports.length} imports`);
  assert.ok(!/__wbg_\w+_[0-9a-f]{16}\b/.test(glue), "no hashed import name is left in the glue");
  assert.deepEqual(imports.filter((i) => i.module !== "a"), [{ module: "s", name: "l", kind: "function" }]);
  assert.match(glue, /\bs:\{__proto__:null,l:/, "the glue gives s.l");
  for (const { module, name } of imports.filter((i) => i.module === "a")) {
    assert.match(name, /^[a-zA-Z]{1,2}$/);
    assert.match(glue, new RegExp(`[{,]${name}:`), name);
  }
});

test("a glue that lacks an import's name, or has it twice, is refused", () => {
  // (module (import "./x_bg.js" "__wbg_f_0123456789abcdef" (func)))
  const wasm = Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
    0x02, 0x26, 0x01, 0x09, ...Buffer.from("./x_bg.js"), 0x18, ...Buffer.from("__wbg_f_0123456789abcdef"), 0x00, 0x00,
  ]);
  const good = `function g(){return{__proto__:null,"./x_bg.js":{__proto__:null,__wbg_f_0123456789abcdef:function(){}}}}`;
  const { wasm: short, glue } = shortenImports(wasm, good);
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(short)), [{ module: "a", name: "a", kind: "function" }]);
  assert.equal(glue, `function g(){return{__proto__:null,"a":{__proto__:null,a:function(){}}}}`);
  assert.throws(() => shortenImports(wasm, good.replace("__wbg_f_0123456789abcdef:", "x:")), /found .* 0 times/);
  assert.throws(() => shortenImports(wasm, good.replace("function(){}", "function(){},__wbg_f_0123456789abcdef:1")), /2 times/);
});

test("the glue's SHA-256, which checks a rest of the wasm loaded synchronously, is the standard's", () => {
  // Lengths around the padding's edges (55, 56, 64 bytes), and the built rest itself.
  const rest = built(/^lungstage-rest-[0-9a-f]+\.wasm$/);
  for (const bytes of [Buffer.alloc(0), Buffer.from("abc"), ...[1, 55, 56, 57, 63, 64, 65, 1000].map((n) => randomBytes(n)), rest]) {
    assert.equal(sha256(new Uint8Array(bytes)), createHash("sha256").update(bytes).digest("hex"), `${bytes.length} bytes`);
  }
  assert.equal(sha256(new TextEncoder().encode("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});
