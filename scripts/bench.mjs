// Benchmark of the release build in headless Chromium with the CPU slowed 4x and a slow 4G
// network: first contentful paint, the time until the stage first answers an edit, and the
// time from an edit to the updated stage over 200 edits. Each is set beside a floor from the
// same run: the same pre-rendered page served without the wasm and boot.js. Writes
// docs/benchmarks.md. Not part of scripts/test; builds nothing: run it on an existing dist/
// (trunk build --release --offline). Usage: node scripts/bench.mjs [--runs N]   (npm run bench)
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DIST_DIR, REPO_ROOT, launchBrowser, waitForApp } from "../e2e/browser.mjs";
import { startServer } from "./server.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const RUNS = Number(values.runs);
const EDITS = 200;
const CPU_SLOWDOWN = 4;
// Chrome DevTools' "Slow 4G" preset, which is Lighthouse's mobile throttling: 150 ms RTT and
// 1.6 / 0.75 Mbit/s, with DevTools' factors (x3.75 latency, x0.9 throughput).
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
// Sizes whose stages differ from the one before: IA1, IA2, IA3, IB, IIA, IIB, then again.
// None over 7 cm: the widget asks about those (millimetres?) before it stages them.
const SIZES = ["0.8", "1.5", "2.5", "3.4", "4.5", "6"];

/** The floor: dist/ with index.html stripped of boot.js and the wasm preloads. */
function floorDir() {
  const dir = mkdtempSync(join(tmpdir(), "lungstage-floor-"));
  for (const name of readdirSync(DIST_DIR)) {
    if (name.endsWith(".css")) copyFileSync(join(DIST_DIR, name), join(dir, name));
  }
  const html = readFileSync(join(DIST_DIR, "index.html"), "utf8")
    .replace(/<script\b[^>]*><\/script>/g, "")
    .replace(/<link\b[^>]*rel=["']?(?:modulepreload|preload)\b[^>]*>/g, "");
  if (/\.wasm|boot-/.test(html)) throw new Error("bench: the floor page still loads the app");
  writeFileSync(join(dir, "index.html"), html);
  return dir;
}

/** Measured in the page from the start of navigation: paints, and the first edit answered. */
const PROBE = () => {
  window.__bench = { answered: null };
  const start = () => {
    const tick = () => {
      const input = document.querySelector('[id$="-size"]');
      const stage = document.querySelector('[data-testid="stage"]');
      if (stage) {
        window.__bench.answered = performance.now();
        return;
      }
      if (input) {
        input.value = "3.4";
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
      setTimeout(tick, 10);
    };
    tick();
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
};

/** `EDITS` edits of the size, each timed from its input event to the changed stage text
 * (the DOM) and to the next animation frame; on the floor page only the frame. */
const EDIT_LOOP = async ({ sizes, edits, app }) => {
  const input = document.querySelector('[id$="-size"]');
  const root = document.querySelector('[data-testid="lungstage-root"]');
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(performance.now())));
  const dom = [];
  const paint = [];
  await frame();
  for (let i = 0; i < edits; i++) {
    const before = document.querySelector('[data-testid="stage"]')?.textContent;
    const changed = app
      ? new Promise((ok) => {
          const mo = new MutationObserver(() => {
            if (document.querySelector('[data-testid="stage"]')?.textContent !== before) {
              mo.disconnect();
              ok(performance.now());
            }
          });
          mo.observe(root, { subtree: true, childList: true, characterData: true });
        })
      : null;
    const t0 = performance.now();
    input.value = sizes[i % sizes.length];
    input.dispatchEvent(new Event("input", { bubbles: true }));
    if (changed) dom.push((await changed) - t0);
    paint.push((await frame()) - t0);
  }
  return { dom, paint };
};

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

async function measure(browser, url, app) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.addInitScript(PROBE);
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  const loaded = await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd);
  let answered = null;
  if (app) {
    await waitForApp(page);
    await page.waitForFunction(() => window.__bench.answered !== null, null, { timeout: 60_000 });
    answered = await page.evaluate(() => window.__bench.answered);
    // Back to a blank form is not needed: each edit changes the stage from the one before.
  }
  const fcp = await page.evaluate(
    () =>
      new Promise((ok) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName("first-contentful-paint")[0];
          if (entry) ok(entry.startTime);
        }).observe({ type: "paint", buffered: true });
        setTimeout(() => ok(null), 10_000);
      }),
  );
  const edits = await page.evaluate(EDIT_LOOP, { sizes: SIZES, edits: EDITS, app });
  await context.close();
  return { fcp, loaded, answered, ...edits };
}

function machine(browserVersion) {
  let os = release();
  try {
    os = `${/PRETTY_NAME="([^"]+)"/.exec(readFileSync("/etc/os-release", "utf8"))[1]}, Linux ${release()}`;
  } catch {}
  const check = spawnSync(process.execPath, [join(REPO_ROOT, "scripts/size-check.mjs"), DIST_DIR], { encoding: "utf8" });
  const sizes = `${check.stdout}\n${check.stderr}`.split("\n").find((l) => l.startsWith("size-check:")) ?? "";
  return {
    cpu: `${cpus()[0].model.trim()}, ${cpus().length} cores`,
    memory: `${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    os,
    chromium: browserVersion,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
    sizes,
  };
}

const ms = (x) => (x === null || Number.isNaN(x) ? "—" : `${x.toFixed(x < 100 ? 1 : 0)} ms`);

const floor = floorDir();
const appServer = await startServer({ root: DIST_DIR, brotli: true });
const floorServer = await startServer({ root: floor, brotli: true });
const browser = await launchBrowser();
const results = { app: [], floor: [] };
try {
  for (let run = 1; run <= RUNS; run++) {
    // Interleaved, so a slow moment of the machine touches both alike.
    results.floor.push(await measure(browser, floorServer.url, false));
    results.app.push(await measure(browser, appServer.url, true));
    const a = results.app.at(-1);
    console.log(
      `run ${run}/${RUNS}: FCP ${ms(a.fcp)} (floor ${ms(results.floor.at(-1).fcp)}), first answer ${ms(a.answered)}, ` +
        `edit p50 ${ms(median(a.dom))} p95 ${ms(quantile(a.dom, 0.95))}`,
    );
  }
  const info = machine(browser.version());
  const over = (list, pick) => median(list.map(pick));
  const appFcp = over(results.app, (r) => r.fcp);
  const floorFcp = over(results.floor, (r) => r.fcp);
  const answered = over(results.app, (r) => r.answered);
  const floorLoaded = over(results.floor, (r) => r.loaded);
  const domP50 = over(results.app, (r) => median(r.dom));
  const domP95 = over(results.app, (r) => quantile(r.dom, 0.95));
  const paintP50 = over(results.app, (r) => median(r.paint));
  const paintP95 = over(results.app, (r) => quantile(r.paint, 0.95));
  const floorP50 = over(results.floor, (r) => median(r.paint));
  const floorP95 = over(results.floor, (r) => quantile(r.paint, 0.95));
  const verdict = (ok) => (ok ? "met" : "**missed**");
  const fcpRatio = appFcp / floorFcp;
  const md = `# Widget benchmarks

Measured by \`npm run bench\` (\`scripts/bench.mjs\`) on the release build in \`dist/\`, in
headless Chromium with the CPU slowed ${CPU_SLOWDOWN}x (\`Emulation.setCPUThrottlingRate\`) and DevTools'
"Slow 4G" network (\`Network.emulateNetworkConditions\`: ${SLOW_4G.latency} ms latency,
${((SLOW_4G.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down, ${((SLOW_4G.uploadThroughput * 8) / 1e6).toFixed(2)} Mbit/s up; Lighthouse's mobile profile), cache off, a
412 x 915 viewport, files sent brotli-compressed by \`scripts/server.mjs\` with the production CSP.
Each figure is the median of ${RUNS} runs. The floor is the same pre-rendered \`index.html\` and
stylesheet served without \`boot.js\`, the wasm-bindgen glue and the wasm, measured in the same
runs, interleaved.

- **First contentful paint**: \`first-contentful-paint\` from the Paint Timing API.
- **Stage first answers an edit**: from the start of navigation, a probe sets the size field to
  3.4 and fires \`input\` every 10 ms, from DOMContentLoaded on, until the stage element exists:
  the moment the hydrated widget first answers. The floor cannot answer at all; beside it
  stands the floor page's \`load\` event, when everything it needs has arrived.
- **Edit to updated stage**: ${EDITS} edits of the size, cycling through ${SIZES.join(", ")} cm so
  that every edit changes the stage; each timed in the page from just before the \`input\`
  event to the mutation that changes the stage text (the DOM), and to the next animation frame.
  The floor's figure is the same edit on the inert pre-rendered field: the browser's own
  input-to-frame time.

| measure | widget | floor | target | |
| --- | --- | --- | --- | --- |
| first contentful paint | ${ms(appFcp)} | ${ms(floorFcp)} | within 1.2x the floor (${ms(floorFcp * 1.2)}) | ${verdict(fcpRatio <= 1.2)} (${fcpRatio.toFixed(2)}x) |
| stage first answers an edit | ${ms(answered)} | load ${ms(floorLoaded)} | within 1.5 s | ${verdict(answered <= 1500)} |
| edit to updated stage (DOM), median | ${ms(domP50)} | | | |
| edit to updated stage (DOM), p95 | ${ms(domP95)} | | under 16 ms | ${verdict(domP95 < 16)} |
| edit to next frame, median | ${ms(paintP50)} | ${ms(floorP50)} | | |
| edit to next frame, p95 | ${ms(paintP95)} | ${ms(floorP95)} | | |

Every run (FCP, first answer, edit to DOM p50 / p95):

${results.app
  .map(
    (a, i) =>
      `- run ${i + 1}: ${ms(a.fcp)} (floor ${ms(results.floor[i].fcp)}), ${ms(a.answered)}, ${ms(median(a.dom))} / ${ms(quantile(a.dom, 0.95))}`,
  )
  .join("\n")}

Machine: ${info.cpu}, ${info.memory} memory; ${info.os}; Chromium ${info.chromium} (headless); Node ${info.node}.
Date: ${info.date}. First load: ${info.sizes.replace("size-check: ", "")}.

NOTES
`;
  const notesFile = join(REPO_ROOT, "docs", "benchmarks.md");
  let notes = "";
  try {
    // Keep what was written by hand below the generated part.
    notes = readFileSync(notesFile, "utf8").split("\n## Notes\n")[1] ?? "";
  } catch {}
  writeFileSync(notesFile, md.replace(/\n*NOTES\n/, notes ? `\n\n## Notes\n${notes}` : "\n"));
  console.log(`\nwritten to ${notesFile}`);
} finally {
  await browser.close();
  await appServer.close();
  await floorServer.close();
  rmSync(floor, { recursive: true, force: true });
}
