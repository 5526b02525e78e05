// The long texts (treatment, symptom lists, source titles) load after the first answer: one
// request, from the widget's own origin, checked against the integrity in lungstage.js; the
// panels fill in; a tampered file leaves a one-line notice and the stage still shows. The
// page's messages, which word the errors, come the same way.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR, holdBack, openRecordedPage, waitForApp } from "./browser.mjs";
import { useSite } from "./setup.mjs";

const site = useSite({ host: (widget) => ({ widget }) });

const textsFile = () => readdirSync(DIST_DIR).find((n) => /^texts-en-[0-9a-f]{16}\.json$/.test(n));

/** Stage IV with liver spread: treatment, liver symptoms and sources all need the texts. */
async function stageWithLiver(scope) {
  await scope.locator('[id$="-size"]').fill("3.4");
  await scope.locator('[id$="-site-liver"]').check();
}

describe("deferred texts", () => {
  test("the build names the texts file and its integrity in lungstage.js, not in the wasm", () => {
    const name = textsFile();
    assert.ok(name, "a texts-en-<hash>.json in dist");
    const body = readFileSync(join(DIST_DIR, name));
    const integrity = `sha384-${createHash("sha384").update(body).digest("base64")}`;
    const shell = readFileSync(join(DIST_DIR, "lungstage.js"), "utf8");
    assert.ok(shell.includes(name) && shell.includes(integrity));
    const texts = JSON.parse(body);
    assert.match(texts["treatment.nsclc-iv"], /whole body/);
    assert.match(texts["picture.body"], /class="cp-body"/);
    const wasm = readdirSync(DIST_DIR).find((n) => /^lungstage-web-[0-9a-f]+_bg\.wasm$/.test(n));
    const binary = readFileSync(join(DIST_DIR, wasm)).toString("latin1");
    // Symptoms, treatment, sources, what a category entered directly means, the body's outline.
    const phrases = ["jaundice", "durvalumab", "J Thorac Oncol", "a collapse reaching the hilum", "possibly removable", "M90 47v10H62"];
    for (const phrase of phrases) {
      assert.ok(!binary.includes(phrase), `${phrase} is not in the widget's wasm`);
    }
    for (const page of ["index.html", "embed.html"]) {
      assert.ok(!readFileSync(join(DIST_DIR, page), "utf8").includes("J Thorac Oncol"), page);
    }
  });

  test("the standalone page fetches them once and the panels fill in, within the policy", async () => {
    const { context, page, log } = await openRecordedPage(site.browser);
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(site.server.url);
      await waitForApp(page);
      await stageWithLiver(page);
      const treatment = page.locator('[data-testid="treatment-panel"]:not([aria-busy])');
      await treatment.filter({ hasText: "Medicines through the whole body" }).waitFor();
      await page.locator('[data-testid="symptoms-liver"] li', { hasText: "jaundice" }).first().waitFor();
      assert.match(await page.locator(".sources-panel-list").textContent(), /J Thorac Oncol/);
      assert.equal(await page.locator(".deferred-loading").count(), 0);
      const fetched = log.requests.filter((url) => url.includes("/texts-"));
      assert.deepEqual(fetched, [new URL(textsFile(), site.server.url).href]);
      assert.deepEqual(log.cspViolations, []);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.failedRequests, []);
    } finally {
      await context.close();
    }
  });

  test("texts that fail their integrity check leave a notice, and the stage and urgent box stay", async () => {
    const { context, page, log } = await openRecordedPage(site.browser);
    page.setDefaultTimeout(10_000);
    try {
      await page.route("**/texts-*.json", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: '{"treatment.nsclc-iv":"tampered"}' }),
      );
      await page.goto(site.server.url);
      await waitForApp(page);
      await stageWithLiver(page);
      await page.locator('[data-testid="treatment-panel"] .deferred-failed').waitFor();
      assert.doesNotMatch(await page.locator('[data-testid="treatment-panel"]').textContent(), /tampered/);
      assert.equal(await page.locator('[data-testid="stage"]').textContent(), "IV");
      assert.match(await page.locator('[data-testid="urgent-help"]').textContent(), /spinal cord/);
      assert.deepEqual(log.cspViolations, []);
    } finally {
      await context.close();
    }
  });

  test("the page's messages load with them: until they arrive an error names its entry, then says why", async () => {
    const { context, page, log } = await openRecordedPage(site.browser);
    page.setDefaultTimeout(10_000);
    try {
      const release = await holdBack(page, "**/messages-en-*.json");
      await page.goto(site.server.url);
      await waitForApp(page);
      assert.equal(await page.locator('link[href*="messages-"]').count(), 0, "not on the first load");
      await page.locator('[id$="-size"]').fill("abc");
      const error = page.locator('[id$="-size-error"]');
      await error.waitFor();
      const before = await error.textContent();
      assert.match(before, /cannot be used/);
      assert.match(await page.getByTestId("stale").textContent(), /Please check the size\./);
      release();
      await error.filter({ hasText: /must be a number/ }).waitFor();
      assert.notEqual(await error.textContent(), before);
      const fetched = log.requests.filter((url) => url.includes("/messages-"));
      assert.equal(fetched.length, 1, fetched.join(" "));
      assert.deepEqual(log.cspViolations, []);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test("messages that cannot load leave every error naming its entry", async () => {
    const { context, page, log } = await openRecordedPage(site.browser);
    page.setDefaultTimeout(10_000);
    try {
      await page.route("**/messages-en-*.json", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: '["tampered"]' }),
      );
      await page.goto(site.server.url);
      await waitForApp(page);
      // The texts came (the same moment as the messages would have): nothing else is waiting.
      await stageWithLiver(page);
      await page.locator('[data-testid="treatment-panel"]:not([aria-busy])').waitFor();
      await page.locator('[id$="-written"]').fill("T9 N0 M0");
      const written = await page.locator('[id$="-written-error"]').textContent();
      assert.match(written, /cannot be used/);
      assert.doesNotMatch(written, /tampered|\[message/);
      assert.match(await page.getByTestId("stale").textContent(), /Please check the written TNM form\./);
      assert.deepEqual(log.cspViolations, []);
    } finally {
      await context.close();
    }
  });

  test("an in-page embed gets them from the widget's origin", async () => {
    const { context, page, log } = await openRecordedPage(site.browser);
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(`${site.host.url}host.html`);
      const widget = page.locator("[data-lungstage]").first();
      await widget.locator("[data-testid=lungstage-root][data-live]").waitFor();
      await stageWithLiver(widget);
      await widget.locator('[data-testid="symptoms-liver"] li', { hasText: "jaundice" }).first().waitFor();
      const fetched = log.requests.filter((url) => url.includes("/texts-"));
      assert.deepEqual(fetched, [new URL(textsFile(), site.server.url).href], "once, for both widgets");
      assert.deepEqual(log.cspViolations, []);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});
