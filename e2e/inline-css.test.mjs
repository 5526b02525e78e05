// The print rules leave the page's <style> element for their own file (scripts/inline-css.mjs):
// the split must take every top-level `@media print` block, whole, and nothing else.
import { test } from "node:test";
import assert from "node:assert/strict";
import { splitPrint } from "../scripts/inline-css.mjs";

test("the top-level @media print blocks are split from the rest, in order, whole", () => {
  const css =
    `a{color:red}@media print{:root{--x:#000}.b{display:none}}` +
    `@media (min-width:40rem){.c{margin:0}}.d::before{content:"}{"}` +
    `/* @media print{ */.e{top:0}@media print {.f{content:'{'}}`;
  const { screen, print } = splitPrint(css);
  assert.equal(
    screen,
    `a{color:red}@media (min-width:40rem){.c{margin:0}}.d::before{content:"}{"}/* @media print{ */.e{top:0}`,
  );
  assert.equal(print, `@media print{:root{--x:#000}.b{display:none}}@media print {.f{content:'{'}}`);
});

test("a print query among others, or one nested in another rule, stays in the page", () => {
  const css = `@media screen,print{.a{top:0}}@supports (display:grid){@media print{.b{top:0}}}`;
  assert.deepEqual(splitPrint(css), { screen: css, print: "" });
});

test("unbalanced braces are an error, not a silent cut", () => {
  assert.throws(() => splitPrint("a{color:red"), /leaves a brace open/);
  assert.throws(() => splitPrint("a{}}"), /never opened/);
});
