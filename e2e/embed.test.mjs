// The two embeds on a host site of another origin (e2e/host.mjs serves examples/ under a
// strict CSP of its own): the iframe page with its height messages, and in-page widgets
// in shadow roots, two on one page, under a hostile host stylesheet.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, openRecordedPage } from "./browser.mjs";
import { useSite } from "./setup.mjs";

const HOSTILE_CSS = `
html { font-size: 62.5% !important; }
div:empty { display: none !important; }
* { margin: 0 !important; padding: 0 !important; box-sizing: content-box !important; border: 0 !important;
    font-size: 10px !important; line-height: 1 !important; color: red !important; background: none !important; }
button, input, select, textarea, label { all: unset !important; }
body { letter-spacing: 3px; text-transform: uppercase; white-space: nowrap; font-family: "Comic Sans MS", cursive;
       text-align: right; word-spacing: 1em; font-style: italic; }
[data-lungstage] { font-size: 5px !important; color: red !important; display: none !important; }
section, fieldset, [hidden] { display: block !important; }
`;

const example = (name) => readFileSync(join(REPO_ROOT, "examples", name), "utf8");

const site = useSite({
  host: (widget) => {
    const page = example("host.html");
    return {
      widget,
      pages: {
        "hostile.css": HOSTILE_CSS,
        "hostile.html": page.replace("</head>", '  <link rel="stylesheet" href="hostile.css">\n</head>'),
        "plain.html": page.replace(/ *<script type="module"[^>]*><\/script>\n/, ""),
        "attributes.html": page
          .replace('data-edition="9" data-view="patient"', 'data-edition="7" data-view="admin" data-theme="neon"')
          .replace('data-histology="sclc"', 'data-histology="SCLC"'),
      },
    };
  },
});

/** Every request went to the host or the widget, and nothing broke the pages' rules. */
function assertClean(log) {
  assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
  assert.deepEqual(log.consoleErrors, [], "console errors");
  assert.deepEqual(log.cspViolations, [], "CSP violations");
  assert.deepEqual(log.failedRequests, [], "failed requests");
  const origins = new Set([new URL(site.host.url).origin, new URL(site.server.url).origin]);
  assert.deepEqual(log.requests.filter((r) => !origins.has(new URL(r).origin)), [], "requests elsewhere");
}

const stageOf = async (scope) => (await scope.getByTestId("stage").first().textContent()).trim();

describe("iframe embed", () => {
  /** The host's iframe page, recording the messages its frame sends it. */
  async function openFrame(viewport) {
    const { context, page, log } = await openRecordedPage(site.browser);
    await page.setViewportSize(viewport);
    page.setDefaultTimeout(10_000);
    const messages = [];
    await page.exposeFunction("__lungstageMessage", (m) => messages.push(m));
    await page.addInitScript(() => {
      if (window !== window.top) return;
      window.addEventListener("message", (e) => {
        if (e.source === document.querySelector("iframe")?.contentWindow) window.__lungstageMessage(e.data);
      });
    });
    await page.goto(`${site.host.url}iframe.html`);
    const frame = page.frameLocator("iframe.staging-frame");
    await frame.locator("[data-testid=lungstage-root][data-live]").waitFor();
    const heights = () => messages.map((m) => m.height);
    /** Waits until the parent has set the frame to the frame's own content height. */
    const settled = async () => {
      // The example starts the frame at 900 px; the first message replaces that.
      await page.waitForFunction(() => document.querySelector("iframe").height !== "900");
      // Still a sleep: height messages follow the frame's layout (a ResizeObserver), which
      // page.clock does not drive, so "no new message for 150 ms" stands for "settled".
      // To drop it, the frame would need to say when its layout is final.
      let last = -1;
      for (;;) {
        await page.waitForTimeout(150);
        const h = heights().at(-1);
        if (h === last) break;
        last = h;
      }
      const content = await frame.locator("html").evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
      assert.equal(last, content, "the last message gives the content height");
      assert.equal(await page.locator("iframe").getAttribute("height"), String(content), "the parent followed it");
      return content;
    };
    return { context, page, log, frame, messages, heights, settled };
  }

  test("height messages reach the parent, in the documented shape, and follow the content", async () => {
    const { context, page, log, frame, messages, settled } = await openFrame({ width: 414, height: 800 });
    try {
      const first = await settled();
      for (const m of messages) {
        assert.deepEqual(Object.keys(m).sort(), ["height", "type"]);
        assert.equal(m.type, "lungstage:height");
        assert.ok(Number.isInteger(m.height) && m.height > 0, `${m.height}`);
      }
      // A result below the form makes the content taller; clearing it makes it shorter again.
      // Size alone: a result that waits for the node answer, below the form.
      await frame.locator('[id$="-size"]').fill("3.4");
      assert.equal(await stageOf(frame), "—");
      const taller = await settled();
      assert.ok(taller > first, `${taller} > ${first}`);
      await frame.locator('[id$="-size"]').fill("");
      await frame.getByTestId("invite").waitFor();
      const shorter = await settled();
      assert.ok(shorter < taller, `${shorter} < ${taller}`);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("hostile messages change nothing; the two documented commands do", async () => {
    const { context, page, log, frame, settled } = await openFrame({ width: 1280, height: 900 });
    try {
      await settled();
      await frame.locator('[id$="-nodes-checked"]').check();
      await frame.locator('[id$="-size"]').fill("2.5");
      assert.equal(await stageOf(frame), "IA3");
      const snapshot = () =>
        frame.locator("html").evaluate((html) => ({
          theme: html.dataset.theme ?? null,
          hash: location.hash,
          pressed: html.querySelector(".view-toggle-button.is-pressed")?.textContent,
          size: html.querySelector('[id$="-size"]').value,
          stage: html.querySelector('[data-testid="stage"]')?.textContent,
          notices: html.querySelector('[data-slot="notice"]').textContent,
        }));
      const before = await snapshot();
      await page.evaluate(() => {
        const target = document.querySelector("iframe").contentWindow;
        const hostile = [
          "lungstage:view",
          null,
          42,
          ["lungstage:view", "clinician"],
          { type: "lungstage:view" },
          { type: "lungstage:view", view: "admin" },
          { type: "lungstage:view", view: "Clinician" },
          { type: "lungstage:view", view: "clinician", extra: 1 },
          { type: "lungstage:theme", theme: "dark " },
          { type: "lungstage:theme", theme: ["dark"] },
          { type: "lungstage:view", theme: "dark" },
          { type: "LUNGSTAGE:VIEW", view: "clinician" },
          { type: "lungstage:height", height: 1 },
          { type: "lungstage:link", link: "v=1&t=T4" },
          JSON.parse('{"type":"lungstage:view","view":"clinician","__proto__":{"view":"clinician"}}'),
          new Map([["type", "lungstage:view"], ["view", "clinician"]]),
          new Date(),
          { type: "lungstage:view", view: "x".repeat(1_000_000) },
          { type: "<img src=x onerror=alert(1)>", view: "<script>alert(1)</script>" },
        ];
        for (const m of hostile) target.postMessage(m, "*");
      });
      // A well-formed command from a window that is not the parent: another frame of the host.
      await page.evaluate(() => {
        const other = document.createElement("iframe");
        other.title = "other";
        document.body.append(other);
      });
      const other = page.frames().find((f) => f.url() === "about:blank" && f !== page.mainFrame());
      await other.evaluate(() => window.parent.frames[0].postMessage({ type: "lungstage:view", view: "clinician" }, "*"));
      // Messages are handled in order: once this one shows, the ones before it were seen.
      await page.evaluate(() =>
        document.querySelector("iframe").contentWindow.postMessage({ type: "lungstage:theme", theme: "light" }, "*"),
      );
      await frame.locator("html[data-theme=light]").waitFor();
      assert.deepEqual({ ...(await snapshot()), theme: before.theme }, before, "nothing else changed");

      await page.getByRole("button", { name: "Clinician view" }).click();
      await page.getByRole("button", { name: "Dark" }).click();
      await frame.locator("html[data-theme=dark]").waitFor();
      assert.equal(await frame.locator(".view-toggle-button.is-pressed").textContent(), "For clinicians");
      const background = await frame.locator(".app").evaluate((e) => getComputedStyle(e).backgroundColor);
      assert.equal(background, "rgb(18, 24, 31)", "the dark theme's background");
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});

describe("in-page embed", () => {
  async function openHost(name, viewport = { width: 1280, height: 900 }) {
    const { context, page, log } = await openRecordedPage(site.browser);
    await page.setViewportSize(viewport);
    page.setDefaultTimeout(10_000);
    await page.goto(`${site.host.url}${name}`);
    const widgets = page.locator("[data-lungstage]");
    await widgets.nth(1).locator("[data-testid=lungstage-root][data-live]").waitFor();
    return { context, page, log, widgets };
  }

  test("two widgets on one page work independently, with their own options", async () => {
    const { context, page, log, widgets } = await openHost("host.html");
    try {
      const [one, two] = [widgets.nth(0), widgets.nth(1)];
      assert.ok(await one.locator('[id$="-edition-9"]').isChecked());
      assert.ok(await two.locator('[id$="-edition-8"]').isChecked());
      assert.ok(await two.locator('[id$="-histology-sclc"]').isChecked());
      assert.equal(await two.locator(".view-toggle-button.is-pressed").textContent(), "For clinicians");
      await one.locator('[id$="-nodes-checked"]').check();
      await one.locator('[id$="-size"]').fill("3.4");
      assert.equal(await stageOf(one), "IB");
      assert.equal(await two.getByTestId("invite").count(), 1, "the other widget is untouched");
      await two.locator('[id$="-size"]').fill("4");
      await two.locator('[id$="-side-left"]').check();
      await two.locator('[id$="-station-4L"]').check();
      assert.equal(await stageOf(two), "IIIA");
      assert.equal(await two.getByTestId("n-category").first().textContent(), "N2");
      assert.equal(await stageOf(one), "IB");
      assert.equal(await one.locator('[id$="-size"]').inputValue(), "3.4");
      // The narrow-screen button scrolls to this widget's own result.
      await page.setViewportSize({ width: 375, height: 700 });
      await one.getByRole("button", { name: "See the result" }).click();
      const focused = await page.evaluate(() => document.querySelector("[data-lungstage]").shadowRoot.activeElement?.className);
      assert.equal(focused, "result-panel-title");
      // The address is the host's: in-page widgets never write it.
      assert.equal(new URL(page.url()).hash, "");
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("a hostile host stylesheet does not break the widgets", async () => {
    const { context, page, log, widgets } = await openHost("hostile.html");
    try {
      for (const i of [0, 1]) {
        const widget = widgets.nth(i);
        const box = await widget.boundingBox();
        assert.ok(box && box.height > 1000, `widget ${i} is shown (${box?.height} px tall)`);
        const style = await widget.locator(".app").evaluate((e) => {
          const s = getComputedStyle(e);
          return [s.fontSize, s.lineHeight, s.letterSpacing, s.textTransform, s.whiteSpace, s.textAlign, s.fontStyle, s.color === "rgb(255, 0, 0)"];
        });
        assert.deepEqual(style, ["16px", "24px", "normal", "none", "normal", "start", "normal", false]);
        const input = widget.locator('[id$="-size"]');
        const inputBox = await input.boundingBox();
        assert.ok(inputBox.height >= 44 && inputBox.width > 50, `the size field keeps its size: ${JSON.stringify(inputBox)}`);
      }
      await widgets.nth(0).locator('[id$="-nodes-checked"]').check();
      await widgets.nth(0).locator('[id$="-size"]').fill("2.5");
      assert.equal(await stageOf(widgets.nth(0)), "IA3");
      await widgets.nth(1).locator('[id$="-site-liver"]').check();
      await widgets.nth(1).locator('[id$="-site-liver-one"]').check();
      assert.equal(await widgets.nth(1).getByTestId("m-category").first().textContent(), "M1b");
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("the widgets leak no styles into the host page", async () => {
    const read = async (name) => {
      const { context, page, log } = await openRecordedPage(site.browser);
      await page.goto(`${site.host.url}${name}`);
      if (name === "host.html") {
        await page.locator("[data-lungstage] [data-live]").nth(1).waitFor({ timeout: 10_000 });
      }
      const styles = await page.evaluate(() => {
        const props = ["font-family", "font-size", "line-height", "color", "background-color", "margin-top", "padding-top", "box-sizing"];
        const of = (e) => Object.fromEntries(props.map((p) => [p, getComputedStyle(e).getPropertyValue(p)]));
        return {
          sheets: [...document.styleSheets].map((s) => s.href),
          styleElements: document.querySelectorAll("style").length,
          elements: ["html", "body", "h1", "h2", ".site-main > p", ".site-header"].map((s) => of(document.querySelector(s))),
        };
      });
      await context.close();
      return { styles, log };
    };
    const plain = await read("plain.html");
    const embedded = await read("host.html");
    assert.deepEqual(embedded.styles, plain.styles);
    assertClean(embedded.log);
  });

  test("attributes that are not allowed: a console warning for the author, the defaults, nothing for readers", async () => {
    const { context, page, log } = await openRecordedPage(site.browser);
    const warnings = [];
    page.on("console", (msg) => {
      if (msg.type() === "warning") warnings.push(msg.text());
    });
    try {
      await page.goto(`${site.host.url}attributes.html`);
      const widgets = page.locator("[data-lungstage]");
      await widgets.nth(1).locator("[data-testid=lungstage-root][data-live]").waitFor({ timeout: 10_000 });
      assert.deepEqual(warnings.filter((w) => w.startsWith("LungStage:")), [
        'LungStage: data-edition="7" is not one of 9, 8: 9 is used.',
        'LungStage: data-theme="neon" is not one of auto, light, dark: auto is used.',
        'LungStage: data-view="admin" is not one of patient, clinician: patient is used.',
        'LungStage: data-histology="SCLC" is not one of nsclc, sclc, carcinoid, mesothelioma: nsclc is used.',
      ]);
      for (const i of [0, 1]) {
        assert.equal(await widgets.nth(i).locator('[data-slot="notice"]').textContent(), "", `no notice in widget ${i}`);
      }
      assert.ok(await widgets.nth(0).locator('[id$="-edition-9"]').isChecked());
      assert.equal(await widgets.nth(0).locator(".view-toggle-button.is-pressed").textContent(), "For patients and families");
      assert.ok(await widgets.nth(1).locator('[id$="-histology-nsclc"]').isChecked());
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("Copy link opens the standalone page; Copy summary works in a shadow root", async () => {
    const { context, page, log, widgets } = await openHost("host.html");
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.host.url });
      const one = widgets.nth(0);
      await one.locator('[id$="-nodes-checked"]').check();
      await one.locator('[id$="-size"]').fill("3.4");
      await one.getByTestId("copy-link").click();
      await one.getByText("Link copied.").waitFor();
      assert.equal(
        await page.evaluate(() => navigator.clipboard.readText()),
        `${site.server.url}#v=2&edition=9&histology=nsclc&size=3.4&features=&stations=`,
      );
      await one.getByTestId("copy-summary").click();
      await one.getByText("Summary copied.").waitFor();
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Stage IB\nTNM: cT2a cN0 cM0, clinical stage IB/);
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});
