// Share links in the release build: the form in the URL fragment, the copy buttons, and what
// an unreadable link does. The links are read and written after the first paint
// (lungstage.js with the API module), so the tests wait for the result, not for a delay.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";

const site = useSite();

/** A fresh page at `path` (relative to the site) with the widget live. */
async function open(path = "", { clipboard = true, clock = false } = {}) {
  const { context, page, log } = await openRecordedPage(site.browser);
  if (clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.url });
  page.setDefaultTimeout(10_000);
  // A page clock (time still flows) lets a test check that nothing happens in a given time
  // by running the page's timers on, instead of sleeping.
  if (clock) await page.clock.install();
  await page.goto(new URL(path, site.server.url).href);
  await waitForApp(page);
  return { context, page, log };
}

const el = (page, suffix) => page.locator(`[id$="-${suffix}"]`);
const text = async (page, testid) => (await page.getByTestId(testid).first().textContent()).trim();

/** Waits until the stage shown is `code`. */
async function stageIs(page, code) {
  await page.waitForFunction(
    (c) => document.querySelector('[data-testid="stage"]')?.textContent.trim() === c,
    code,
  );
}

function assertClean(log) {
  assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
  assert.deepEqual(log.consoleErrors, [], "console errors");
  assert.deepEqual(log.cspViolations, [], "CSP violations");
  assert.deepEqual(log.failedRequests, [], "failed requests");
}

describe("share links", () => {
  test("the documented link opens on its result, in the categories mode", async () => {
    const { context, page, log } = await open("#v=1&edition=9&t=T2a&n=N1&m=M0");
    try {
      await stageIs(page, "IIB");
      assert.equal(await page.getByTestId("select-t").inputValue(), "T2a");
      assert.equal(await page.getByTestId("select-n").inputValue(), "N1");
      assert.equal(await page.getByTestId("select-m").inputValue(), "M0");
      assert.equal(await el(page, "size").inputValue(), "", "the tumour is a category, not findings");
      // The address now holds the canonical form of the same link.
      await page.waitForFunction(() => location.hash === "#v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0");
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("a link with findings opens them: size, features, side, stations, sites and the view", async () => {
    const link = "#v=2&edition=9&histology=nsclc&size=3.4&features=visceral_pleura&side=right&stations=4R,2R&sites=bone:3&view=clinician";
    const { context, page, log } = await open(link);
    try {
      await stageIs(page, "IVB");
      assert.equal(await el(page, "size").inputValue(), "3.4");
      assert.ok(await el(page, "feature-visceral_pleura").isChecked());
      assert.ok(await el(page, "side-right").isChecked());
      assert.ok(await el(page, "station-4R").isChecked());
      assert.ok(await el(page, "station-2R").isChecked());
      assert.equal(await el(page, "site-bone-lesions").inputValue(), "3");
      assert.equal(await text(page, "t-category"), "T2a");
      assert.equal(await text(page, "n-category"), "N2b");
      assert.equal(await text(page, "m-category"), "M1c1");
      assert.equal(await page.getByRole("button", { name: "For clinicians" }).getAttribute("aria-pressed"), "true");
      assert.equal(page.url(), new URL(link, site.server.url).href, "already canonical");
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("every edit rewrites the address without a history entry, and Copy link reopens it", async () => {
    const { context, page, log } = await open("", { clock: true });
    try {
      const history = await page.evaluate(() => history.length);
      await el(page, "size").fill("3.4");
      await el(page, "side-right").check();
      await el(page, "station-4R").check();
      await el(page, "station-2R").check();
      await stageIs(page, "IIIB");
      await page.waitForFunction(() => location.hash.includes("stations=4R,2R"));
      assert.equal(
        new URL(page.url()).hash,
        // Distant spread was not entered, so the link says nothing about it.
        "#v=2&edition=9&histology=nsclc&size=3.4&features=&side=right&stations=4R,2R",
      );
      assert.equal(await page.evaluate(() => history.length), history, "no history entries");
      // An entry being fixed leaves the address at the last complete form.
      await el(page, "size").fill("250");
      await page.clock.runFor(600); // longer than the address's 300 ms settling delay
      assert.match(new URL(page.url()).hash, /size=3\.4/);
      // The address follows a settled entry, not each keystroke.
      await el(page, "size").fill("4.5");
      assert.match(new URL(page.url()).hash, /size=3\.4/, "not written at once");
      await page.waitForFunction(() => location.hash.includes("size=4.5"));
      await el(page, "size").fill("3.4");
      await page.waitForFunction(() => location.hash.includes("size=3.4"));

      await page.getByTestId("copy-link").click();
      await page.getByTestId("copy-status").getByText("Link copied.").waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(link, page.url());

      const second = await open(link.slice(site.server.url.length));
      try {
        await stageIs(second.page, "IIIB");
        assert.equal(await el(second.page, "size").inputValue(), "3.4");
        assert.ok(await el(second.page, "station-2R").isChecked());
        assertClean(second.log);
      } finally {
        await second.context.close();
      }
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("Copy summary gives a plain-text note: stage, TNM, findings, editions, date, sources", async () => {
    const { context, page, log } = await open();
    try {
      await el(page, "size").fill("3.4");
      await el(page, "side-right").check();
      await el(page, "station-4R").check();
      await el(page, "station-2R").check();
      await stageIs(page, "IIIB");
      await page.getByTestId("copy-summary").click();
      await page.getByText("Summary copied.").waitFor();
      const summary = await page.evaluate(() => navigator.clipboard.readText());
      const today = await page.evaluate(() => {
        const d = new Date();
        return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
      });
      const lines = summary.split("\n");
      assert.equal(lines[0], "Stage IIIB");
      assert.equal(lines[1], "TNM: cT2a cN2b cM0, clinical stage IIIB (9th edition, non-small cell lung cancer)");
      assert.ok(lines.includes("Tumour: 3.4 cm"), summary);
      assert.ok(lines.includes("Lymph nodes: stations 4R, 2R involved; tumour on the right"), summary);
      assert.ok(lines.includes("8th edition: Stage IIIA (cT2a cN2 cM0)"), summary);
      assert.ok(lines.includes(`Staged on ${today} with LungStage.`), summary);
      assert.match(summary, /\nSources: .*Rami-Porta et al., 2024/);
      assert.match(summary, /not medical advice/);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("a link copied in the clinician view opens the patient view, unless the sender asks", async () => {
    const { context, page, log } = await open("#v=2&t=T2a&n=N1&m=M0&view=clinician");
    try {
      await stageIs(page, "IIB");
      const copied = async () => {
        await page.getByTestId("copy-link").click();
        await page.getByTestId("copy-status").getByText("Link copied.").waitFor();
        return page.evaluate(() => navigator.clipboard.readText());
      };
      const patient = await copied();
      assert.equal(patient, `${site.server.url}#v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0`);
      await page.getByTestId("link-clinician").check();
      assert.equal(await copied(), `${patient}&view=clinician`);
      // The patient view has nothing to choose.
      await page.getByRole("button", { name: "For patients and families" }).click();
      assert.ok(await page.getByTestId("link-clinician").isHidden());
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("without the clipboard, the text is shown selected to copy by hand", async () => {
    const { context, page, log } = await open("#v=1&t=T2a&n=N1&m=M0", { clipboard: false });
    try {
      await page.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"));
      });
      await stageIs(page, "IIB");
      await page.getByTestId("copy-link").click();
      const box = page.getByTestId("copy-text");
      await box.waitFor();
      assert.equal(await box.inputValue(), page.url());
      assert.equal(await box.getAttribute("readonly"), "");
      const selected = await page.evaluate(() => {
        const a = document.activeElement;
        return a.dataset.testid === "copy-text" && a.selectionStart === 0 && a.selectionEnd === a.value.length;
      });
      assert.ok(selected, "the text is focused and selected");
      assert.match(await text(page, "copy-status"), /Copying was not allowed here: the link is selected below/);
      // A new result takes the stale text away.
      await page.getByTestId("select-n").selectOption("N2a");
      await box.waitFor({ state: "detached" });
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("a tracker's key is left out quietly and the case restored; a newer link is refused in words", async () => {
    const { context, page, log } = await open("#v=2&t=T2a&n=N1&m=M0&utm_source=newsletter&fbclid=x1");
    try {
      await stageIs(page, "IIB");
      await page.waitForFunction(() => location.hash === "#v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0");
      assert.equal(await page.locator('[data-slot="notice"]').textContent(), "");
      await page.evaluate(() => {
        location.hash = "v=4&t=T2a&n=N1&m=M0";
      });
      const notice = page.locator('[data-slot="notice"]');
      await notice.getByText("comes from a newer version of LungStage").waitFor();
      assert.equal(await page.getByTestId("invite").count(), 1, "nothing half-read");
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("a link from the other edition opens in it and says so", async () => {
    // T2a N2 M0 is IIIA in the 8th-edition table (AJCC 8th, Table 1).
    const { context, page, log } = await open("#v=2&edition=8&t=T2a&n=N2&m=M0");
    try {
      await stageIs(page, "IIIA");
      const notice = page.locator('[data-slot="notice"]');
      await notice.getByText("made with the 8th-edition tables").waitFor();
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("an unreadable link: a one-line notice in plain words, the key in the console, a clean form, an address without it", async () => {
    const { context, page, log } = await open("#v=1&edition=9&t=T9&n=N1");
    try {
      const notice = page.locator('[data-slot="notice"]');
      await notice.getByText("This link could not be read").waitFor();
      // Plain words on the page; the key's code only in the console.
      assert.equal(
        await notice.textContent(),
        "This link could not be read: its T category is not in a form LungStage knows, so the form starts empty.",
      );
      assert.ok(log.consoleWarnings.some((w) => w.includes("link.t")), log.consoleWarnings.join("\n"));
      assert.equal(await notice.locator("p").count(), 1);
      assert.equal(new URL(page.url()).hash, "");
      assert.equal(await page.getByTestId("invite").count(), 1, "a clean form");
      assert.equal(await page.getByTestId("select-n").inputValue(), "");
      // A good link after it, in the same page (hashchange), clears the notice.
      await page.evaluate(() => {
        location.hash = "v=1&t=T1a&n=N0&m=M0";
      });
      await stageIs(page, "IA1");
      assert.equal(await notice.textContent(), "");
      // A link is anyone's to write: the notice names the key, never the link's own words.
      await page.evaluate(() => {
        location.hash = "v=1&t=Your%20biopsy%20shows%20stage%20IV%2C%20call%20Dr%20X";
      });
      await notice.getByText("This link could not be read: its T category").waitFor();
      assert.doesNotMatch(await notice.textContent(), /biopsy|Dr X/);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test("no notice a reader sees uses code words: field paths and keys go to the console", async () => {
    const { context, page, log } = await open("#v=2&t=T2a&n=N1&m=M0");
    try {
      await stageIs(page, "IIB");
      const notice = page.locator('[data-slot="notice"]');
      for (const link of ["v=2&size=400", "v=2&t=T2a&view=admin", "v=2&sites=brain:0", "v=2&histology=mesothelioma&n=N3", "v=x", "v=2&stations=99Z&side=left", "v=2&insitu=maybe"]) {
        await page.evaluate((h) => {
          location.hash = h;
        }, link);
        await notice.getByText("This link could not be read").waitFor();
        const words = await notice.textContent();
        assert.doesNotMatch(words, /link\.|tumor\.|nodes\.|metastases\.|_cm|\[\d\]/, `${link}: ${words}`);
        await page.evaluate(() => {
          location.hash = "v=2&t=T2a&n=N1&m=M0";
        });
        await stageIs(page, "IIB");
      }
      assert.equal(log.consoleErrors.length, 0);
    } finally {
      await context.close();
    }
  });

  test("embed.html: no page header, the same links, and Copy link opens the standalone page", async () => {
    const { context, page, log } = await open("embed.html#v=1&t=T2a&n=N1&m=M0");
    try {
      await stageIs(page, "IIB");
      assert.equal(await page.locator(".page-header").count(), 0);
      assert.equal(await page.locator("html").getAttribute("class"), "embed");
      await page.getByTestId("copy-link").click();
      await page.getByText("Link copied.").waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(link, `${site.server.url}#v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0`);
      assertClean(log);
    } finally {
      await context.close();
    }
  });
});
