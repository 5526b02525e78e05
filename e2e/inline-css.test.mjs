// Two parts leave the page's <style> element for files of their own (scripts/inline-css.mjs):
// every top-level `@media print` block, whole, and nothing else; and the rules that style only
// what the rest of the wasm draws, each of whose selectors needs a class only the rest names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { requiredClasses, splitPrint, splitRest } from "../scripts/inline-css.mjs";

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

test("a selector needs the classes outside its parentheses and attribute values", () => {
  assert.deepEqual(requiredClasses(".a > .b-c:hover"), ["a", "b-c"]);
  assert.deepEqual(requiredClasses('.a :is(.x, .y) .c:not(.z)[title=".w"]'), ["a", "c"]);
  assert.deepEqual(requiredClasses(":where(.x) span"), []);
});

test("a rule leaves for the rest's file when every selector needs a class only the rest draws", () => {
  const rest = new Set(["r", "r-a"]);
  const css =
    `/* {a} */.r{top:0}.a,.r{top:1}.r .a,.r-a{top:2}.ra{top:3}.a :is(.r){top:4}` +
    `@media (width>=40rem){.r{top:5}.a{top:6}}@media (width>=60rem){.r-a{top:7}}` +
    `@supports (display:grid){.r{top:8}}.a[data-x=".r"]{top:9}`;
  const { first, rest: later } = splitRest(css, (name) => rest.has(name));
  assert.equal(
    first,
    `.a,.r{top:1}.ra{top:3}.a :is(.r){top:4}@media (width>=40rem){.a{top:6}}@supports (display:grid){.r{top:8}}.a[data-x=".r"]{top:9}`,
  );
  assert.equal(later, `.r{top:0}.r .a,.r-a{top:2}@media (width>=40rem){.r{top:5}}@media (width>=60rem){.r-a{top:7}}`);
});
