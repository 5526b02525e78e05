// Accessibility of the release build: axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules in the
// states a person meets (empty, the first part's answer before the live widget, stage III, stage IV with
// sites, errors, dark, both views), a case completed with the keyboard alone, and the live region that says the stage.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import axe from "axe-core";
import { openRecordedPage, waitForApp, waitForFirstPart } from "./browser.mjs";
import { useSite } from "./setup.mjs";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const site = useSite();

/** A fresh page with the live widget; `colorScheme` emulates the reader's setting. */
/** With `early`, the rest of the wasm never arrives: the page as the first part of the wasm
 * draws it before the live widget (src/early.rs). */
async function open({ width = 1280, height = 900, colorScheme = "light", clock = false, path = "", early = false } = {}) {
  const { context, page, log } = await openRecordedPage(site.browser);
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme });
  page.setDefaultTimeout(5_000);
  // A page clock (time still flows) lets a test check that nothing happens in a given time
  // by running the page's timers on, instead of sleeping.
  if (clock) await page.clock.install();
  if (early) await page.route(/lungstage-rest-[0-9a-f]+\.wasm$/, () => {});
  await page.goto(new URL(path, site.server.url).href);
  if (early) await waitForFirstPart(page);
  else await waitForApp(page);
  const el = (suffix) => page.locator(`[id$="-${suffix}"]`);
  return { context, page, log, el };
}

/** axe's violations of the WCAG A and AA rules, one line each. */
async function violations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not block axe itself.
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    WCAG_TAGS,
  );
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target} ${n.failureSummary ?? ""}`).join("; ")})`,
  );
}

async function stageIII({ page, el }) {
  await el("size").fill("3.4");
  await el("side-right").check();
  await el("station-4R").check();
  await el("station-2R").check();
  assert.equal((await page.getByTestId("stage").textContent()).trim(), "IIIB");
}

async function stageIV({ page, el }) {
  await el("size").fill("2.5");
  await el("site-brain").check();
  await el("site-bone").check();
  await el("site-bone-several").check();
  await el("site-bone-lesions").fill("3");
  assert.equal((await page.getByTestId("stage").textContent()).trim(), "IVB");
}

/** The stage from a report: 9th-edition clinical IIIA, answered through its questions. */
async function statedIIIA({ page, el }) {
  await el("way-stage").check();
  await el("stated-histology").selectOption("nsclc");
  await el("stated-edition").selectOption("9");
  await el("stated-class").selectOption("c");
  await el("stated-stage").selectOption("IIIA");
  await page.getByTestId("treatment-depends").waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

async function showSurvival({ page }) {
  // The panel draws its toggle once the long texts are in.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.locator(".survival-panel-toggle").click();
}

/** The benchmark's case, before the live widget: the first part's stage, settled. */
async function earlyIIIA({ page, el }) {
  await el("size").fill("3.4");
  await el("nodes-checked").check();
  await el("side-right").check();
  await el("station-4R").check();
  await page.locator("[data-early]").waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="announcer"]').textContent !== "");
}

const STATES = [
  ["empty form", {}, async () => {}],
  ["the first part's answer before the live widget, a stage III case", { early: true }, earlyIIIA],
  ["375 px in dark mode, in Spanish, the first part's answer before the live widget", { early: true, width: 375, height: 812, colorScheme: "dark", path: "es/" }, earlyIIIA],
  ["a stage III case, survival shown", {}, async (ui) => {
    await stageIII(ui);
    await showSurvival(ui);
  }],
  ["a stage IV case with sites", {}, stageIV],
  ["errors at the size, a lesion count and the written form", {}, async (ui) => {
    await ui.el("size").fill("2.5");
    await ui.el("size").fill("250");
    await ui.el("site-liver").check();
    await ui.el("site-liver-several").check();
    await ui.el("site-liver-lesions").fill("0");
    await ui.el("written").fill("cT2a N1 M9");
    await ui.page.getByTestId("stale").waitFor();
  }],
  ["dark mode, a stage III case with survival and sources open", { colorScheme: "dark" }, async (ui) => {
    await stageIII(ui);
    await showSurvival(ui);
    await ui.page.getByText("Sources of the rules").click();
  }],
  ["dark mode, errors", { colorScheme: "dark" }, async (ui) => {
    await ui.el("size").fill("0");
    await ui.el("station-11L").check();
    await ui.page.getByTestId("field-error").first().waitFor();
  }],
  ["375 px in dark mode, a stage IV case gone out of date", { width: 375, height: 812, colorScheme: "dark" }, async (ui) => {
    await stageIV(ui);
    await ui.el("size").fill("2.5.1");
    await ui.page.locator(".stage-bar-stale").waitFor();
  }],
  ["patient view at 375 px, a stage IV case", { width: 375, height: 812 }, async (ui) => {
    await stageIV(ui);
    await showSurvival(ui);
  }],
  ["clinician view, a stage III case", {}, async (ui) => {
    await ui.page.getByRole("button", { name: "For clinicians" }).click();
    await stageIII(ui);
  }],
  ["patient view, the drawing of the case and the care team's details open", { width: 375, height: 812 }, async (ui) => {
    await stageIV(ui);
    await ui.page.getByTestId("case-picture").waitFor();
    await ui.page.getByText("Details for your care team").click();
  }],
  ["clinician view in dark mode, an undefined stage with its choices", { colorScheme: "dark" }, async (ui) => {
    await ui.page.getByRole("button", { name: "For clinicians" }).click();
    await ui.el("written").fill("T2a N2 M0");
    await ui.page.getByTestId("stage-choices").waitFor();
  }],
  ["clinician view in dark mode, small cell", { colorScheme: "dark" }, async (ui) => {
    await ui.page.getByRole("button", { name: "For clinicians" }).click();
    await ui.el("histology-sclc").check();
    await stageIV(ui);
  }],
  ["the stage from a report: its questions, nothing chosen", {}, async (ui) => {
    await ui.el("way-stage").check();
    await ui.el("stated-stage").waitFor();
  }],
  ["the stage from a report: IIIA with survival shown", {}, async (ui) => {
    await statedIIIA(ui);
    await ui.page.getByText("Show survival figures").click();
  }],
  ["375 px in dark mode, the stage from a report", { width: 375, height: 812, colorScheme: "dark" }, statedIIIA],
  ["clinician view, limited-stage small cell from a link", { path: "#v=3&edition=9&histology=sclc&class=c&extent=limited&view=clinician" }, async (ui) => {
    await ui.page.getByTestId("sclc-extent-value").waitFor();
  }],
];

describe("axe-core finds no WCAG 2.2 A/AA violations", () => {
  for (const [name, options, enter] of STATES) {
    test(name, async () => {
      const ui = await open(options);
      try {
        await enter(ui);
        assert.deepEqual(await violations(ui.page), []);
        assert.deepEqual(ui.log.pageErrors, [], "uncaught exceptions");
        assert.deepEqual(ui.log.consoleErrors, [], "console errors");
      } finally {
        await ui.context.close();
      }
    });
  }
});

/** Records every text the polite live region takes, from now on. */
async function listen(page) {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="announcer"]');
    window.__said = [];
    new MutationObserver(() => window.__said.push(region.textContent)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return {
    said: () => page.evaluate(() => window.__said.filter((t) => t !== "")),
    /** Waits until the region says `text`. */
    hear: (text) =>
      page.waitForFunction((t) => document.querySelector('[data-testid="announcer"]').textContent === t, text),
  };
}

describe("themes", () => {
  /** The widget root's background and the body's, as computed. */
  const colours = (page) =>
    page.evaluate(() => [
      getComputedStyle(document.querySelector('[data-testid="lungstage-root"]')).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
  const WHITE = "rgb(255, 255, 255)";
  const DARK = "rgb(18, 24, 31)";

  test("dark follows the reader's setting; the host's data-theme wins either way", async () => {
    const light = await open({ colorScheme: "light" });
    try {
      assert.deepEqual(await colours(light.page), [WHITE, WHITE]);
      // A host forcing dark on the element around the widget: the widget turns, the page not.
      await light.page.evaluate(() => document.getElementById("lungstage").setAttribute("data-theme", "dark"));
      assert.deepEqual(await colours(light.page), [DARK, WHITE]);
      await stageIII(light);
      assert.deepEqual(await violations(light.page), []);
    } finally {
      await light.context.close();
    }
    const dark = await open({ colorScheme: "dark" });
    try {
      assert.deepEqual(await colours(dark.page), [DARK, DARK]);
      await dark.page.evaluate(() => document.documentElement.setAttribute("data-theme", "light"));
      assert.deepEqual(await colours(dark.page), [WHITE, WHITE]);
      await dark.page.evaluate(() => document.documentElement.setAttribute("data-theme", "auto"));
      assert.deepEqual(await colours(dark.page), [DARK, DARK]);
    } finally {
      await dark.context.close();
    }
  });
});

describe("keyboard and screen reader", () => {
  test("a whole case with the keyboard alone, in order, with a visible focus, heard through the live region", async () => {
    const { context, page, log } = await open({ width: 1280, height: 900 });
    try {
      const region = await listen(page);
      const trail = [];
      /** The focused control: its id (or text), whether its focus ring shows, and its DOM order. */
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
          const rect = el.getBoundingClientRect();
          return { id: el.id || el.textContent.trim().slice(0, 30), ring, big: rect.width >= 24 && rect.height >= 24 };
        });
      /** Presses Tab until the control whose id ends with `suffix` has the focus. */
      async function tabTo(suffix) {
        for (let i = 0; i < 150; i++) {
          await page.keyboard.press("Tab");
          const f = await focused();
          trail.push(f);
          assert.ok(f.ring, `a visible focus ring on ${f.id}`);
          if (f.id.endsWith(`-${suffix}`)) return;
        }
        assert.fail(`Tab never reached ${suffix}`);
      }
      // The clinician view, then the 8th edition with the arrow keys, then back to the 9th.
      // Before the cancer type, the first question (what the person knows), then the skip.
      await tabTo("histology-nsclc");
      await page.keyboard.press("Shift+Tab");
      assert.match((await focused()).id, /-way-stage$/);
      await page.keyboard.press("Shift+Tab");
      assert.equal((await focused()).id, "Skip to the result");
      await page.keyboard.press("Shift+Tab");
      assert.equal((await focused()).id, "For clinicians");
      await page.keyboard.press("Enter");
      assert.equal(await page.getByRole("button", { name: "For clinicians" }).getAttribute("aria-pressed"), "true");
      // The reading order is checked from here, on the way through the whole form.
      trail.length = 0;
      await tabTo("edition-9");
      await page.keyboard.press("ArrowDown");
      assert.ok((await focused()).id.endsWith("-edition-8"));
      assert.ok(await page.locator('[id$="-edition-8"]').isChecked());
      await page.keyboard.press("ArrowUp");
      await tabTo("size");
      await page.keyboard.type("3.4");
      await tabTo("side-right");
      await page.keyboard.press("Space");
      await tabTo("station-2R");
      await page.keyboard.press("Space");
      await tabTo("station-4R");
      await page.keyboard.press("Space");
      await region.hear("Stage IIIB");
      assert.equal((await page.getByTestId("stage").textContent()).trim(), "IIIB");
      // The form is reached in reading order: every focused control follows the one before.
      const ids = trail.map((f) => f.id).filter((id) => id.startsWith("lungstage"));
      const order = await page.evaluate((list) => {
        const els = list.map((id) => document.getElementById(id));
        return els.slice(1).every((el, i) => els[i] === el || els[i].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      }, ids);
      assert.ok(order, `focus order follows the page: ${ids.join(", ")}`);
      assert.deepEqual(trail.filter((f) => !f.big).map((f) => f.id), [], "targets of 24 by 24 px or more");
      // Each settled stage was said once, the last one IIIB.
      const said = await region.said();
      assert.equal(said.at(-1), "Stage IIIB");
      assert.deepEqual(said.filter((t, i) => t === said[i - 1]), [], `no repeats: ${said.join(" | ")}`);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("the skip button, the first control of the form, moves the focus to the result", async () => {
    const { context, page } = await open({ width: 375, height: 800 });
    try {
      const skip = page.getByRole("button", { name: "Skip to the result" });
      await skip.focus();
      assert.ok(await skip.isVisible(), "in sight once focused");
      await page.keyboard.press("Enter");
      const id = await page.evaluate(() => document.activeElement.id);
      assert.match(id, /-result-title$/);
    } finally {
      await context.close();
    }
  });

  test("the live region says a stage once it settles, not per keystroke, and nothing at first", async () => {
    const { context, page } = await open({ clock: true });
    try {
      const region = await listen(page);
      await page.clock.runFor(1_000);
      assert.deepEqual(await region.said(), [], "nothing on the first render");
      // 4 cm is IB and 4.5 cm is IIA: typed at once, only IIA is said. (Not 12: a size over
      // 7 cm is asked about before it is staged.)
      await page.locator('[id$="-nodes-checked"]').check();
      await page.locator('[id$="-size"]').pressSequentially("4.5", { delay: 50 });
      await region.hear("Stage IIA");
      await page.clock.runFor(1_000);
      const said = await region.said();
      assert.equal(said.at(-1), "Stage IIA");
      assert.ok(!said.includes("Stage IB"), `said ${JSON.stringify(said)}`);
    } finally {
      await context.close();
    }
  });

  test("on a narrow screen the stage bar never hides the focused control", async () => {
    const { context, page } = await open({ width: 375, height: 700 });
    try {
      await page.locator('[id$="-size"]').fill("3.4");
      await page.locator('[id$="-size"]').focus();
      const hidden = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const covered = await page.evaluate(() => {
          const el = document.activeElement;
          const bar = document.querySelector('[data-testid="stage-bar"]');
          if (!bar || bar.contains(el)) return null;
          return el.getBoundingClientRect().bottom > bar.getBoundingClientRect().top + 1 ? el.id : null;
        });
        if (covered) hidden.push(covered);
      }
      assert.deepEqual(hidden, [], "controls under the stage bar");
    } finally {
      await context.close();
    }
  });
});

describe("print", () => {
  for (const [name, enter, view] of [
    ["a stage III case", stageIII, "For patients and families"],
    ["a stage III case with survival open", async (ui) => {
      await stageIII(ui);
      await showSurvival(ui);
    }, "For patients and families"],
    ["a stage IV case with sites, clinician view", stageIV, "For clinicians"],
  ]) {
    test(`${name} prints on at most two A4 pages, without the form`, async () => {
      const ui = await open();
      try {
        await ui.page.getByRole("button", { name: view }).click();
        await enter(ui);
        await ui.page.emulateMedia({ media: "print" });
        const shown = await ui.page.evaluate(() =>
          ["stage", "t-reasons", "disclaimer", "tumor-form", "stage-bar", "share-bar"].map((id) => {
            const el = document.querySelector(`[data-testid="${id}"]`);
            return el !== null && el.getClientRects().length > 0;
          }),
        );
        assert.deepEqual(shown, [true, true, true, false, false, false]);
        // The urgent-help box, the day it was printed, and the reasons even where they fold
        // away on screen.
        for (const id of ["urgent-help", "print-date", "t-reasons"]) {
          assert.ok(await ui.page.getByTestId(id).isVisible(), `${id} on paper`);
        }
        assert.match(await ui.page.getByTestId("print-date").textContent(), /^Printed on \d{4}-\d\d-\d\d/);
        const sources = ui.page.locator(".sources-panel-list");
        assert.ok(await sources.isVisible(), "the sources are listed, not folded away");
        const pdf = (await ui.page.pdf({ format: "A4", printBackground: true })).toString("latin1");
        // Two pages since the urgent-help box and the care team's details print (README).
        assert.ok(pdf.match(/\/Type\s*\/Page\b/g)?.length <= 2);
      } finally {
        await ui.context.close();
      }
    });
  }
});
