// The in-page widget's options on a host of another origin: data-share-url (links to the
// host's article, which its first such widget opens, leaving the host's own anchors and
// address alone), data-header and data-heading-level, and two widgets on one page with
// landmarks of their own and no axe violations.
import { test } from "node:test";
import assert from "node:assert/strict";
import axe from "axe-core";
import { launchBrowser, openRecordedPage, serveDist } from "./browser.mjs";
import { startHost } from "./host.mjs";
import { useFixtures } from "./setup.mjs";

const article = (widget, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,">
<script type="module" src="${widget}lungstage.js"></script></head>
<body><main><h1>Lung cancer stages</h1>${body}<h2 id="section-2">Section 2</h2><p>More of the article.</p></main></body></html>`;

const site = useFixtures(async (keep) => {
  const server = keep(await serveDist());
  const w = server.url;
  const first = await startHost({ widget: w, pages: { "favicon.ico": "" } });
  const share = `${first.url}article.html`;
  await first.close();
  // Served again on the same port, now that the pages can name their own address.
  const host = keep(
    await startHost({
      widget: w,
      port: Number(new URL(first.url).port),
      pages: {
        "article.html": article(w, `<h2>For patients</h2><div data-lungstage data-share-url="${share}" data-header="hidden" data-heading-level="3"></div>
<h2>For clinicians</h2><div data-lungstage data-view="clinician" data-label="for clinicians"></div>`),
      },
    }),
  );
  return { server, host, browser: keep(await launchBrowser()) };
});

async function open(path) {
  const { context, page, log } = await openRecordedPage(site.browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  page.setDefaultTimeout(10_000);
  await page.goto(`${site.host.url}${path}`);
  const widgets = page.locator("[data-lungstage]");
  for (const i of [0, 1]) await widgets.nth(i).locator("[data-testid=lungstage-root][data-live]").waitFor();
  return { context, page, log, widgets };
}

function assertClean(log) {
  assert.deepEqual(log.pageErrors, [], "uncaught exceptions");
  assert.deepEqual(log.consoleErrors, [], "console errors");
  assert.deepEqual(log.cspViolations, [], "CSP violations");
  assert.deepEqual(log.failedRequests, [], "failed requests");
}

const stageOf = async (scope) => (await scope.getByTestId("stage").first().textContent()).trim();

test("data-share-url: Copy link points at the host's article, whose first such widget opens it", async () => {
  const { context, page, log, widgets } = await open("article.html");
  let link;
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.host.url });
    const one = widgets.nth(0);
    await one.locator('[id$="-nodes-checked"]').check();
    await one.locator('[id$="-size"]').fill("3.4");
    await one.getByTestId("copy-link").click();
    await one.getByText("Link copied.").waitFor();
    link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${site.host.url}article.html#v=2&edition=9&histology=nsclc&size=3.4&features=&stations=`);
    // The other widget has no data-share-url: its links open the standalone page.
    const two = widgets.nth(1);
    await two.locator('[id$="-size"]').fill("2");
    await two.locator('[id$="-nodes-checked"]').check();
    await two.getByTestId("copy-link").click();
    await two.getByText("Link copied.").waitFor();
    assert.ok((await page.evaluate(() => navigator.clipboard.readText())).startsWith(`${site.server.url}#v=2&`));
    assert.equal(new URL(page.url()).hash, "", "the host's address is never written");
    assertClean(log);
  } finally {
    await context.close();
  }

  const opened = await open(link.slice(site.host.url.length));
  try {
    const [one, two] = [opened.widgets.nth(0), opened.widgets.nth(1)];
    await one.getByTestId("stage").waitFor();
    assert.equal(await stageOf(one), "IB");
    assert.equal(await one.locator('[id$="-size"]').inputValue(), "3.4");
    assert.equal(await two.getByTestId("invite").count(), 1, "only the first widget with data-share-url reads the fragment");
    await one.locator('[id$="-size"]').fill("5.5");
    await opened.page.clock.install();
    await opened.page.clock.runFor(2000);
    assert.equal(opened.page.url(), link, "the host's address is left as it was");
    assertClean(opened.log);
  } finally {
    await opened.context.close();
  }
});

test("the host's own anchors (#section-2) are left alone", async () => {
  const { context, page, log, widgets } = await open("article.html#section-2");
  try {
    for (const i of [0, 1]) {
      assert.equal(await widgets.nth(i).getByTestId("invite").count(), 1);
      assert.equal(await widgets.nth(i).locator('[data-slot="notice"]').textContent(), "");
    }
    assert.ok(page.url().endsWith("#section-2"));
    assert.deepEqual(log.requests.filter((r) => r.includes("/api/")), [], "no link was read");
    assertClean(log);
  } finally {
    await context.close();
  }
});

/** The headings Chromium exposes to assistive technology, as [name, level]. */
async function headings(context, page) {
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes
    .filter((n) => n.role?.value === "heading" && !n.ignored)
    .map((n) => [n.name?.value, n.properties?.find((p) => p.name === "level")?.value.value]);
}

test("data-header=hidden and data-heading-level: the title goes, the disclaimer and view toggle stay, headings follow the host", async () => {
  const { context, page, log, widgets } = await open("article.html");
  try {
    const one = widgets.nth(0);
    assert.equal(await one.locator(".app-title").isVisible(), false);
    assert.equal(await one.locator(".app-intro").isVisible(), false);
    assert.ok(await one.locator(".app-disclaimer").isVisible());
    assert.ok(await one.getByRole("group", { name: "Show the result" }).isVisible());
    await one.locator('[id$="-nodes-checked"]').check();
    await one.locator('[id$="-size"]').fill("3.4");
    await one.getByRole("button", { name: "For clinicians" }).click();
    await one.getByText("How the stage was worked out").waitFor();
    // The first widget's headings at level 3 and below, its title hidden; the other widget
    // keeps its own header at the default level 2, and the host's headings are untouched.
    const all = (await headings(context, page)).map(([n, l]) => `${l} ${n}`).sort();
    for (const heading of ["1 Lung cancer stages", "2 For patients", "3 Result", "4 How the stage was worked out", "2 Find the stage of a lung cancer", "2 Result"]) {
      assert.equal(all.filter((h) => h === heading).length, 1, `${heading} in ${all.join(" | ")}`);
    }
    assert.ok(!all.includes("3 Find the stage of a lung cancer"), "the hidden title is not exposed");
    assertClean(log);
  } finally {
    await context.close();
  }
});

test("two widgets on one page: landmarks of their own, and no axe violations", async () => {
  const { context, page, log, widgets } = await open("article.html");
  try {
    assert.ok(await widgets.nth(0).getByRole("region", { name: "Result (LungStage 1)" }).isVisible());
    assert.ok(await widgets.nth(1).getByRole("region", { name: "Result (for clinicians)" }).isVisible());
    await widgets.nth(0).locator('[id$="-nodes-checked"]').check();
    await widgets.nth(0).locator('[id$="-size"]').fill("3.4");
    await widgets.nth(1).locator('[id$="-size"]').fill("2");
    assertClean(log);
    // axe's own inline styles break the host's CSP: the log is checked before it runs.
    await page.evaluate(axe.source);
    const results = await page.evaluate(() =>
      window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        resultTypes: ["violations"],
      }),
    );
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join("; ")}`), []);
  } finally {
    await context.close();
  }
});
