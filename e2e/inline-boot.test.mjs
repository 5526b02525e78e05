// The first part of the wasm and its start-up code travel in the page (scripts/inline-boot.mjs):
// every byte must reach boot.js as it was built, through the browser's HTML parser, and the
// glue must keep every export it had.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR, openRecordedPage } from "./browser.mjs";
import { useSite } from "./setup.mjs";
import { decodeText, encodeBytes, glueAsScript } from "../scripts/inline-boot.mjs";

const site = useSite();
const EVERY_BYTE = Uint8Array.from({ length: 512 }, (_, i) => i % 256);

test("every byte value survives the encoding, which writes nothing markup could read", () => {
  const text = encodeBytes(EVERY_BYTE);
  assert.deepEqual(decodeText(text), EVERY_BYTE);
  assert.doesNotMatch(text, /[<\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
});

test("the browser's parser hands boot.js the very bytes: of every value, and of the built first part", async () => {
  const wasm = readdirSync(DIST_DIR).find((name) => /^lungstage-web-[0-9a-f]+_bg\.wasm$/.test(name));
  const built = readFileSync(join(DIST_DIR, wasm));
  const { context, page } = await openRecordedPage(site.browser);
  try {
    await page.goto(site.server.url);
    const read = (html) =>
      page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        const text = doc.querySelector("script").textContent;
        return Array.from(text, (c) => c.charCodeAt(0) & 255);
      }, html);
    const block = (bytes) => `<!doctype html><body><script type="application/octet-stream">${encodeBytes(bytes)}</script>`;
    assert.deepEqual(await read(block(EVERY_BYTE)), [...EVERY_BYTE]);
    // The page as served, parsed by the browser itself.
    const inPage = await page.evaluate(() => Array.from(document.getElementById("lungstage-wasm").textContent, (c) => c.charCodeAt(0) & 255));
    assert.equal(inPage.length, built.length, "the first part's length");
    assert.ok(inPage.every((b, i) => b === built[i]), "the first part, byte for byte");
  } finally {
    await context.close();
  }
});

test("the glue keeps each of its exports under the name it had, and anything else is refused", () => {
  const script = glueAsScript("let n;export function a(){return 1}export function b_c(x){return x}function q(){}\nexport{q as initSync,q as default}");
  const widget = new Function(`${script};return widget;`)();
  assert.deepEqual(Object.keys(widget), ["a", "b_c", "initSync", "default"]);
  assert.equal(widget.b_c(7), 7);
  assert.throws(() => glueAsScript("export function a(){}"), /export lists/);
  assert.throws(() => glueAsScript("export const x=1;export{a}"), /export this step does not read/);
});
