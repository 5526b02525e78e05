// 200 random and hostile URL fragments (a fixed seed, so a failure can be replayed): each
// leaves the page working, with no console error or CSP violation, and shows either a result
// or the one-line notice. Most go in as a hashchange on one page, a few as fresh page loads.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";

/** mulberry32: a small seeded generator. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fragments of every kind the issue names, `count` in all. */
function fragments(count) {
  const r = random(20261126);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const bytes = (n) => Array.from({ length: n }, () => Math.floor(r() * 256));
  const T = ["T1a", "T2a", "pT1c", "T4", "TX", "T0", "Tis", "T1mi", "T9", "t2A", "T2 a", ""];
  const N = ["N0", "N1", "N2", "N2a", "N2b", "N3", "NX", "N4", "n1"];
  const M = ["M0", "M1a", "M1b", "M1c", "M1c1", "M1c2", "M2"];
  const sizes = ["3.4", "0", "-1", "30", "30.01", "31", "1e308", "NaN", "Infinity", "0x10", "2,5", ".5", "1e-9", "99999999999999999999"];
  const kinds = [
    // Random bytes, percent-encoded or raw printable.
    () => bytes(1 + Math.floor(r() * 60)).map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""),
    () => String.fromCharCode(...bytes(1 + Math.floor(r() * 80)).map((b) => 33 + (b % 94))),
    // Huge.
    () => `v=1&t=T1a&x=${"A".repeat(2000 + Math.floor(r() * 100_000))}`,
    () => `v=1&${"stations=4R&".repeat(300)}`,
    () => `v=1&features=${Array(200).fill("chest_wall").join(",")}`,
    // Percent garbage and broken UTF-8.
    () => pick(["v=1&t=%ZZ", "v=1&t=%", "v=1&t=%2", "%%%", "v=1&size=%e2%28%a1", "v=1&t=T1a%00", "v%3D1", "v=1&%=%", "v=1&t=%C0%80"]),
    // Unknown versions and no version.
    () => pick(["v=0", "v=2&t=T1a", "v=1.0&t=T1a", "v=&t=T1a", "V=1&t=T1a", "t=T1a&v=1", "", "v", "=", "&&&", "v=1v=1"]),
    // Out-of-range and wrong values.
    () => `v=1&size=${pick(sizes)}&features=${pick(["", "chest_wall", "wing", "chest_wall,chest_wall"])}`,
    () => `v=1&edition=${pick(["7", "10", "8th", "", "99999999999"])}&t=T1a`,
    () => `v=1&sites=${pick(["brain:0", "brain:1000", "brain:-1", "brain:99999999999999", "brain:x", "moon:1", "brain:1,brain:2", ":"])}`,
    () => `v=1&stations=${pick(["4R,99Q", "4R,4R", "", ",", "1R"])}&side=${pick(["left", "right", "up", ""])}`,
    () => `v=1&histology=${pick(["lungs", "mesothelioma", "SCLC", ""])}&t=${pick(T)}&n=${pick(N)}&m=${pick(M)}`,
    () => `v=1&insitu=${pick(["1", "yes", "0", ""])}&mia=${pick(["1", "true"])}&size=0.4`,
    () => `v=1&view=${pick(["admin", "clinician", "patient", "", "CLINICIAN"])}&t=T2a`,
    // Duplicated and conflicting keys.
    () => pick(["v=1&t=T1a&t=T2a", "v=1&v=1&t=T1a", "v=1&t=T1a&size=2", "v=1&n=N1&stations=4R", "v=1&m=M1a&sites=brain:1", "v=1&view=patient&view=clinician"]),
    // Script-like text.
    () =>
      encodeURI(
        `v=1&t=${pick(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)", "${alert(1)}", "{{constructor.constructor('alert(1)')()}}"])}`,
      ),
    () => `<svg onload=alert(1)>&v=1`,
    // Well-formed links, to be opened.
    () =>
      `v=1&edition=${pick(["8", "9"])}&t=${pick(["T1a", "T2a", "T3", "T4"])}&n=${pick(["N0", "N1", "N2", "N3"])}&m=${pick(["M0", "M1a", "M1b"])}${pick(["", "&view=clinician"])}`,
    () => `v=1&size=${(0.1 + r() * 12).toFixed(1)}&side=right&stations=${pick(["", "4R", "4R,2R", "10R", "7"])}&sites=${pick(["", "bone:2", "brain:1,liver:3"])}`,
  ];
  const out = new Set();
  while (out.size < count) out.add(pick(kinds)());
  return [...out];
}

const site = useSite();

test("200 random or hostile fragments never break the page", { timeout: 300_000 }, async () => {
  const all = fragments(200);
  const { context, page, log } = await openRecordedPage(site.browser);
  page.setDefaultTimeout(10_000);
  const failures = [];
  page.on("dialog", (dialog) => {
    failures.push(`a dialog opened: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  const linksRead = () => page.evaluate(() => Number(document.documentElement.dataset.linksRead ?? 0));

  /** The page shows a result or the notice, and still stages a size typed into it. */
  async function check(fragment) {
    const state = await page.evaluate(() => ({
      notice: document.querySelector('[data-slot="notice"]').textContent,
      stage: document.querySelector('[data-testid="stage"]') !== null,
      crashed: document.querySelector('[data-testid="crash"]') !== null,
    }));
    if (state.crashed) throw new Error("the widget crashed");
    if (!state.stage && !state.notice.startsWith("This link could not be read")) {
      throw new Error(`neither a result nor the notice: ${JSON.stringify(state)}`);
    }
    if (state.notice && state.notice.includes("\n")) throw new Error("the notice is not one line");
    const size = page.locator('[id$="-size"]');
    if ((await size.count()) === 1) {
      await size.fill("2.5");
      await page.getByTestId("stage").first().waitFor();
    } else {
      // Mesothelioma has no size: the view switch shows the page still answers.
      const button = page.getByRole("button", { name: "For clinicians" });
      await button.click();
      assert.equal(await button.getAttribute("aria-pressed"), "true");
    }
  }

  try {
    for (const [i, fragment] of all.entries()) {
      try {
        if (i % 10 === 0) {
          // A fresh load reads the fragment after the first paint.
          await page.goto("about:blank");
          await page.goto(`${site.server.url}#${fragment}`);
          await waitForApp(page);
          await page.waitForFunction(
            () => Number(document.documentElement.dataset.linksRead ?? 0) > 0 || location.hash.length <= 1,
          );
        } else {
          const before = await linksRead();
          // No hashchange for the same fragment; no link to read in an empty one.
          const skip = await page.evaluate((f) => {
            const was = location.hash;
            location.hash = f;
            return location.hash === was || location.hash.length <= 1;
          }, fragment);
          if (!skip) {
            await page.waitForFunction((n) => Number(document.documentElement.dataset.linksRead ?? 0) > n, before);
          }
        }
        await check(fragment);
      } catch (error) {
        failures.push(`${JSON.stringify(fragment.slice(0, 120))}: ${error.message.split("\n")[0]}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
    assert.deepEqual(log.consoleErrors, [], "console errors");
    assert.deepEqual(log.cspViolations, [], "CSP violations");
    const injected = await page.evaluate(() => document.querySelectorAll("img, iframe, svg script, script:not([src]):not(body > script)").length);
    assert.equal(injected, 0, "no injected elements");
  } finally {
    await context.close();
  }
});
