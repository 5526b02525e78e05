// The stylesheet in three places (scripts/inline-css.mjs): in the page, in a file of the rules
// for what only the rest of the wasm draws, which boot.js links once the first part is compiled,
// and the print rules. Moving rules out of the page also moves them later in the cascade, so
// the widget must look exactly as it does with the one whole stylesheet linked, in every
// state those rules style; and nothing drawn before the rest is in may need them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR, openRecordedPage, waitForApp, waitForFirstPart } from "./browser.mjs";
import { useSite } from "./setup.mjs";
import { FIRST_ANSWER_CASE, enterCase } from "../scripts/first-answer-case.mjs";

const site = useSite();
const REST_CSS = /lungstage-rest-[0-9a-f]+\.css$/;

/** The whole stylesheet's name, as index.html's in-page widget loads it. */
const wholeCss = () => {
  const html = readFileSync(join(DIST_DIR, "embed.html"), "utf8");
  assert.match(html, /<meta name="lungstage-rest-css" content="lungstage-rest-[0-9a-f]+\.css sha384-/, "embed.html names the rest's rules");
  const names = readFileSync(join(DIST_DIR, "lungstage.js"), "utf8").match(/lungstage-[0-9a-f]{16}\.css/g);
  assert.ok(names?.length, "lungstage.js names the whole stylesheet");
  return names[0];
};

/**
 * `path` opened in a fresh page, with the stylesheet as built, or (`whole`) with the page's
 * <style>, the rest's rules and the print rules replaced by one link to the whole stylesheet,
 * which the CSP's 'self' allows; motion reduced, so that no transition is caught halfway.
 */
async function open(path, whole) {
  const { context, page, log } = await openRecordedPage(site.browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  page.setDefaultTimeout(5_000);
  const url = new URL(path, site.server.url);
  if (whole) {
    const css = wholeCss();
    await page.route(url.href.split("#")[0], async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<style>[\s\S]*?<\/style><link rel="stylesheet" media="print"[^>]*><meta name="lungstage-rest-css"[^>]*>/,
        () => `<link rel="stylesheet" href="/${css}">`,
      );
      assert.ok(html.includes(`href="/${css}"`), "the page's stylesheets were found and replaced");
      await route.fulfill({ response, body: html });
    });
  }
  await page.goto(url.href);
  await waitForApp(page);
  await page.waitForFunction(() => performance.getEntriesByName("lungstage-rest").length > 0);
  const el = (suffix) => page.locator(`[id$="-${suffix}"]`);
  return { context, page, log, el };
}

/** Every element's computed style in the widget and the page around it, its ::before and ::after too where drawn. */
const styles = (page) =>
  page.evaluate(() => {
    const out = [];
    for (const el of document.body.querySelectorAll("*")) {
      const where = `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}#${el.id}`;
      for (const pseudo of [null, "::before", "::after"]) {
        const s = getComputedStyle(el, pseudo);
        // A pseudo-element without content is not drawn.
        if (pseudo && s.content === "none") continue;
        // Sorted: custom properties are listed in no fixed order.
        const props = Array.from(s, (p) => `${p}:${s.getPropertyValue(p)}`).sort();
        out.push(`${where}${pseudo ?? ""} ${props.join(";")}`);
      }
    }
    return out;
  });

/** Each state styled by the rest's rules: the trace and the editions, survival, errors, choices. */
const STATES = [
  ["the live form, empty", "", async () => {}],
  ["the clinician view of a stage III case", "", async ({ page, el }) => {
    await page.getByRole("button", { name: "For clinicians" }).click();
    await el("size").fill("3.4");
    await el("side-right").check();
    await el("station-4R").check();
    await page.getByTestId("edition-compare").waitFor();
    await page.getByTestId("tnm-trace").waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  }],
  ["a stage III case, survival shown", "", async ({ page, el }) => {
    await el("size").fill("3.4");
    await el("side-right").check();
    await el("station-4R").check();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await page.locator(".survival-panel-toggle").click();
    await page.getByTestId("survival-chart").waitFor();
  }],
  ["errors, a size to confirm and a stage out of date", "", async ({ page, el }) => {
    await el("size").fill("2.5");
    await el("size").fill("250");
    await el("station-11L").check();
    await el("written").fill("cT2a N1 M9");
    await page.getByTestId("stale").waitFor();
    await page.getByTestId("field-error").first().waitFor();
  }],
  ["an undefined stage with its choices", "", async ({ page, el }) => {
    await page.getByRole("button", { name: "For clinicians" }).click();
    await el("written").fill("T2a N2 M0");
    await page.getByTestId("stage-choices").waitFor();
  }],
  ["limited-stage small cell from a link, in Spanish", "es/#v=3&edition=9&histology=sclc&class=c&extent=limited&view=clinician", async ({ page }) => {
    await page.getByTestId("sclc-extent-value").waitFor();
  }],
];

for (const [name, path, enter] of STATES) {
  test(`the widget looks the same with its stylesheet split as whole: ${name}`, async () => {
    // Both at once, each in its own context.
    const [split, whole] = await Promise.all(
      [false, true].map(async (whole) => {
        const ui = await open(path, whole);
        try {
          await enter(ui);
          await ui.page.waitForTimeout(200);
          assert.deepEqual(ui.log.pageErrors, []);
          assert.deepEqual(ui.log.cspViolations, []);
          return await styles(ui.page);
        } finally {
          await ui.context.close();
        }
      }),
    );
    assert.equal(split.length, whole.length, "the same elements");
    const differ = split.findIndex((line, i) => line !== whole[i]);
    if (differ >= 0) {
      const a = split[differ].split(";");
      const b = whole[differ].split(";");
      const at = [...a.keys()].find((i) => a[i] !== b[i]);
      assert.fail(`${split[differ].split(" ")[0]}: split ${a.slice(at, at + 3).join("; ")}; whole ${b.slice(at, at + 3).join("; ")}`);
    }
  });
}

test("the rest's rules are asked for once the first part is in, and style nothing drawn before the rest", async () => {
  const { context, page, log } = await openRecordedPage(site.browser);
  try {
    // The rest never arrives: what the first part draws, the first answer included, must not
    // carry a class of the rules that wait for it.
    await page.route(/lungstage-rest-[0-9a-f]+\.wasm$/, () => {});
    await page.goto(site.server.url);
    await waitForFirstPart(page);
    await enterCase(page);
    await page.getByTestId("stage").first().filter({ hasText: FIRST_ANSWER_CASE.expect }).waitFor();
    await page.waitForFunction(() => [...document.styleSheets].some((s) => /lungstage-rest-/.test(s.href ?? "")));
    const drawn = await page.evaluate(() => {
      const sheet = [...document.styleSheets].find((s) => /lungstage-rest-/.test(s.href ?? ""));
      const selectors = [];
      const walk = (rules) => {
        for (const rule of rules) {
          if (rule.selectorText) selectors.push(rule.selectorText);
          else if (rule.cssRules) walk(rule.cssRules);
        }
      };
      walk(sheet.cssRules);
      return { count: selectors.length, matched: selectors.filter((s) => document.querySelector(s)) };
    });
    assert.ok(drawn.count > 0, "the file has rules");
    assert.deepEqual(drawn.matched, []);
    const order = log.requests.map((url) => url.split("/").pop());
    // boot.js asks for the rest of the wasm as it starts, and for its rules once the first
    // part, read from the page, is compiled.
    const wasm = order.findIndex((name) => /^lungstage-rest-[0-9a-f]+\.wasm$/.test(name));
    const css = order.findIndex((name) => REST_CSS.test(name));
    assert.ok(wasm >= 0 && css > wasm, `the rest's rules are asked for after the rest of the wasm: ${order.join(", ")}`);
  } finally {
    await context.close();
  }
});
