// Every language's pages: the Spanish page in its own words in every state a reader meets, the
// ways to reach it (its path, `lang=` in a link, the switch, the offer to a Spanish browser),
// axe in Spanish, and an in-page widget with data-lang. The languages come from the messages
// files (scripts/languages.mjs), so a new language is swept as soon as its files exist.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import axe from "axe-core";
import { REPO_ROOT, openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";
import { LANGUAGES } from "../scripts/languages.mjs";

/** A host page with one in-page widget in `lang`. */
const hostPage = (widget, lang) =>
  `<!doctype html><html lang="en"><head><title>Host</title><script type="module" src="${widget}lungstage.js"></script></head><body><main><div data-lungstage data-lang="${lang}"><a href="${widget}">LungStage</a></div></main></body></html>`;

const site = useSite({
  host: (widget) => ({ widget, pages: Object.fromEntries(LANGUAGES.map((lang) => [`in-page-${lang}.html`, hostPage(widget, lang)])) }),
});

/** The words of a language's messages files: every message's text, lower case. */
function vocabulary(lang) {
  const words = new Set();
  for (const file of [`words/${lang}.ftl`, `${lang}.ftl`, `texts/${lang}.ftl`]) {
    const text = readFileSync(join(REPO_ROOT, "core/messages", file), "utf8");
    for (const line of text.split("\n")) {
      if (line.startsWith("#")) continue;
      const value = line.includes(" = ") ? line.slice(line.indexOf(" = ") + 3) : line;
      for (const word of value.replace(/\{[^}]*\}/g, " ").toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
    }
  }
  return words;
}

// The sources' names and titles, cited as published in every language
// (core/src/reference/source.rs): taken out of the text before it is read, longest first.
const SOURCE_NAMES = [...readFileSync(join(REPO_ROOT, "core/src/reference/source.rs"), "utf8").matchAll(/"((?:[^"\\]|\\.){4,})"/g)]
  .map(([, name]) => name.replace(/\\"/g, '"'))
  .filter((name) => !name.startsWith("http"))
  .sort((a, b) => b.length - a.length);

// Words English uses that no other language's files use: seen on another language's page, they
// are English left untranslated. Names and codes (LungStage, SEER, FHIR, T2a) are in both.
const english = vocabulary("en");
const others = LANGUAGES.filter((l) => l !== "en");
const englishOnly = Object.fromEntries(
  others.map((lang) => {
    const own = vocabulary(lang);
    return [lang, new Set([...english].filter((w) => w.length >= 3 && !own.has(w)))];
  }),
);

/**
 * The visible text of the page, and of every open shadow root, outside elements marked as
 * in another language (`lang`, such as a source's title as published), with each word of
 * `foreign` found in it and its context.
 */
async function untranslated(page, lang) {
  const texts = await page.evaluate((lang) => {
    const out = [];
    const walk = (root) => {
      for (const node of root.querySelectorAll("*")) {
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      const tree = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = tree.nextNode(); node; node = tree.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, noscript, template, [hidden]")) continue;
        const marked = parent.closest("[lang]");
        if (marked && marked.lang !== lang) continue;
        if (!parent.checkVisibility?.()) continue;
        const text = node.textContent.trim();
        if (text) out.push(text);
      }
      // Labels read aloud but not shown.
      for (const el of root.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
        const marked = el.closest("[lang]");
        if (marked && marked.lang !== lang) continue;
        for (const name of ["aria-label", "title", "placeholder", "alt"]) {
          const value = el.getAttribute(name);
          if (value) out.push(value);
        }
      }
    };
    walk(document);
    return out;
  }, lang);
  const found = [];
  for (let text of texts) {
    for (const name of SOURCE_NAMES) text = text.split(name).join(" ");
    if (text.includes("[message")) found.push(`a message left out: ${text.slice(0, 80)}`);
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (englishOnly[lang].has(word)) found.push(`${word}: ${text.slice(0, 100)}`);
    }
  }
  return found;
}

async function open(path, { width = 1280, locale } = {}) {
  const { context, page, log } = await openRecordedPage(site.browser, locale ? { locale } : {});
  await page.setViewportSize({ width, height: 900 });
  page.setDefaultTimeout(10_000);
  await page.goto(new URL(path, site.server.url).href);
  await waitForApp(page);
  return { context, page, log, el: (suffix) => page.locator(`[id$="-${suffix}"]`) };
}

async function stageIs(page, code) {
  await page.waitForFunction((c) => document.querySelector('[data-testid="stage"]')?.textContent.trim() === c, code);
}

/** Waits until the deferred texts, the messages and the API module are in: no request for half a second, nothing busy. */
async function settled(page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

function assertClean(log) {
  assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
  assert.deepEqual(log.consoleErrors, [], "console errors");
  assert.deepEqual(log.cspViolations, [], "CSP violations");
  assert.deepEqual(log.failedRequests, [], "failed requests");
}

/** The states a reader meets, each reached on the language's own page. */
const STATES = [
  ["the empty form", "", async () => {}],
  ["T2a N1 M0 by categories", "#v=1&edition=9&t=T2a&n=N1&m=M0", async ({ page }) => stageIs(page, "IIB")],
  ["findings in the clinician view, stage IIIB", "#v=2&edition=9&histology=nsclc&size=3.4&side=right&stations=4R,2R&view=clinician", async ({ page }) => stageIs(page, "IIIB")],
  ["spread to bone and brain", "#v=2&edition=9&histology=nsclc&size=2.5&sites=bone:3,brain&view=patient", async ({ page }) => stageIs(page, "IVB")],
  ["the stage from a report, IIIA", "#v=3&edition=9&histology=nsclc&class=c&stage=IIIA", async ({ page }) => page.getByTestId("stated-covers").waitFor()],
  ["small cell in the clinician view", "#v=2&edition=9&histology=sclc&t=T2a&n=N2&m=M0&view=clinician", async ({ page }) => page.getByTestId("stage").waitFor()],
  ["mesothelioma from CT thickness", "#v=3&edition=9&histology=mesothelioma&psum=18&n=N0&m=M0", async ({ page }) => stageIs(page, "II")],
  ["an error at the size", "", async ({ el, page }) => {
    await el("size").fill("abc");
    await page.getByTestId("error-banner").waitFor().catch(() => {});
  }],
];

for (const lang of others) {
  describe(`the ${lang} pages`, () => {
    test("the documented link shows Estadio IIB with everything around it in the language", async () => {
      const { context, page, log } = await open(`${lang}/#v=1&edition=9&t=T2a&n=N1&m=M0`);
      try {
        await stageIs(page, "IIB");
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        if (lang === "es") {
          assert.match(await page.getByTestId("stage-headline").innerText(), /Estadio\s+IIB/);
        }
        await settled(page);
        assert.deepEqual(await untranslated(page, lang), []);
        assertClean(log);
      } finally {
        await context.close();
      }
    });

    for (const [name, fragment, reach] of STATES) {
      test(`no English left: ${name}, at 375 and 1280 px`, async () => {
        for (const width of [375, 1280]) {
          const opened = await open(`${lang}/${fragment}`, { width });
          try {
            await reach(opened);
            await settled(opened.page);
            assert.deepEqual(await untranslated(opened.page, lang), [], `${name} at ${width} px`);
            assertClean(opened.log);
          } finally {
            await opened.context.close();
          }
        }
      });
    }

    test("axe finds no WCAG 2.2 A/AA violations in the language", async () => {
      for (const fragment of ["", "#v=1&edition=9&t=T2a&n=N1&m=M0", "#v=2&edition=9&histology=nsclc&size=2.5&sites=bone:3,brain&view=clinician"]) {
        const { context, page } = await open(`${lang}/${fragment}`);
        try {
          await settled(page);
          await page.evaluate(axe.source);
          const results = await page.evaluate(() =>
            window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] }),
          );
          assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), [], fragment || "empty");
        } finally {
          await context.close();
        }
      }
    });

    test("the iframe page is in the language too", async () => {
      const { context, page, log } = await open(`${lang}/embed.html#v=1&edition=9&t=T2a&n=N1&m=M0`);
      try {
        await stageIs(page, "IIB");
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        await settled(page);
        assert.deepEqual(await untranslated(page, lang), []);
        assertClean(log);
      } finally {
        await context.close();
      }
    });
  });
}

describe("choosing the language", () => {
  test("lang= in a link on the English page opens the language's page with the case", async () => {
    for (const lang of others) {
      const { context, page } = await open(`#v=1&lang=${lang}&edition=9&t=T2a&n=N1&m=M0`);
      try {
        await page.waitForURL((url) => url.pathname.endsWith(`/${lang}/`));
        await waitForApp(page);
        await stageIs(page, "IIB");
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.doesNotMatch(page.url(), /lang=/);
      } finally {
        await context.close();
      }
    }
  });

  test("?lang= on the English page, and #lang= typed later, keep what was entered", async () => {
    const { context, page } = await open("?lang=es");
    try {
      await page.waitForURL((url) => url.pathname.endsWith("/es/"));
      await waitForApp(page);
      assert.doesNotMatch(page.url(), /lang=/);
    } finally {
      await context.close();
    }
    const later = await open("");
    try {
      await later.el("size").fill("3.4");
      await later.page.waitForFunction(() => location.hash.includes("size=3.4"));
      await later.page.evaluate(() => (location.hash = "lang=es"));
      await later.page.waitForURL((url) => url.pathname.endsWith("/es/"));
      await waitForApp(later.page);
      await later.page.waitForFunction(() => document.querySelector('[id$="-size"]')?.value === "3.4");
    } finally {
      await later.context.close();
    }
  });

  test("the switch names each language in its own words and keeps the case; a Spanish browser is offered Spanish, never switched", async () => {
    const { context, page, el } = await open("", { locale: "es-US" });
    try {
      const switcher = page.locator("nav.page-languages");
      assert.equal(await switcher.locator('a[lang="es"]').innerText(), "Español");
      assert.equal(await switcher.locator('a[lang="en"]').getAttribute("aria-current"), "page");
      // Offered, in Spanish, on the English page: it stays English.
      const offer = page.locator('[data-offer="es"]');
      await offer.waitFor({ state: "visible" });
      assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
      await el("size").fill("2.5");
      await page.waitForFunction(() => document.querySelector('a[data-lang-link="es"]')?.href.includes("size=2.5"));
      await switcher.locator('a[lang="es"]').click();
      await page.waitForURL((url) => url.pathname.endsWith("/es/"));
      await waitForApp(page);
      await page.waitForFunction(() => document.querySelector('[id$="-size"]')?.value === "2.5");
      void el;
    } finally {
      await context.close();
    }
    const english = await open("", { locale: "en-GB" });
    try {
      assert.equal(await english.page.locator('[data-offer="es"]').isVisible(), false);
    } finally {
      await english.context.close();
    }
  });

  test("the frame page's ?lang= opens the language's frame page before it starts, with its options and case", async () => {
    const { context, page } = await open("embed.html?height=fixed&lang=es#v=1&edition=9&t=T2a&n=N1&m=M0");
    try {
      await page.waitForURL((url) => url.pathname.endsWith("/es/embed.html"));
      await waitForApp(page);
      await stageIs(page, "IIB");
      assert.match(page.url(), /\?height=fixed#v=/);
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains("embed-fixed")));
    } finally {
      await context.close();
    }
  });

  test("an unknown language in a link is said in the notice, and the page stays", async () => {
    const { context, page } = await open("#v=1&lang=xx&edition=9&t=T2a&n=N1&m=M0");
    try {
      await page.getByText("`xx`").first().waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    } finally {
      await context.close();
    }
  });

  test("an in-page widget with data-lang is in that language, its root marked with it", async () => {
    for (const lang of others) {
      const { context, page, log } = await openRecordedPage(site.browser);
      try {
        await page.goto(`${site.host.url}in-page-${lang}.html`);
        const root = page.locator("[data-lungstage] >> [data-testid=lungstage-root]");
        await root.waitFor();
        assert.equal(await page.locator("[data-lungstage] >> div[lang]").first().getAttribute("lang"), lang);
        await page.waitForFunction(() => !document.querySelector("[data-lungstage]").shadowRoot.querySelector('[aria-busy="true"]'));
        assert.deepEqual(await untranslated(page, lang), []);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    }
  });
});
