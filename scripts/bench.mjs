// Benchmark of the release build beside a fixed baseline build and a single-file staging page,
// in headless Chromium with the CPU slowed 4x and DevTools' Slow 4G network, alternated in the
// same run: first contentful paint, the first answer to a complete case entered through the
// form, the bytes on the wire, the start-up marks of boot.js, and the time from an edit to the
// updated stage over 200 edits. Writes docs/benchmarks.md (the part above "## Notes").
// Not part of scripts/test; builds nothing: run it on an existing dist/.
//
// Usage: node scripts/bench.mjs [--runs N] [--baseline DIR] [--peer DIR]   (npm run bench)
//   dist/ (or $LUNGSTAGE_DIST): our release build, `trunk build --release --offline`.
//   --baseline DIR (or $LUNGSTAGE_BASELINE): the release build of commit 5010737, built once
//     outside the repository: `git worktree add /tmp/lungstage-base 5010737`, then in that folder
//     `(unset CARGO_TARGET_DIR; source scripts/env.sh; trunk build --release --offline)`,
//     and `--baseline /tmp/lungstage-base/dist`.
//   --peer DIR (or $LUNGSTAGE_PEER): a folder holding the index.html of the public repository
//     liqi3333/lung-staging-system, a single-file vanilla-JS staging page. It has no licence:
//     it is never copied into this repository, only read from the folder named here.
// A page whose folder is not given is left out, and the bench says so.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DIST_DIR, REPO_ROOT, launchBrowser } from "../e2e/browser.mjs";
import { startServer } from "./server.mjs";
import { FIRST_ANSWER_CASE } from "./first-answer-case.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    baseline: { type: "string", default: process.env.LUNGSTAGE_BASELINE },
    peer: { type: "string", default: process.env.LUNGSTAGE_PEER },
  },
});
const RUNS = Number(values.runs);
const EDITS = 200;
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 915 };
const BASELINE_COMMIT = "5010737";
const PEER_REPO = "liqi3333/lung-staging-system";
// Chrome DevTools' "Slow 4G" preset, which is Lighthouse's mobile throttling: 150 ms RTT and
// 1.6 / 0.75 Mbit/s, with DevTools' factors (x3.75 latency, x0.9 throughput).
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

// One case, entered through each page's form as a person would (scripts/first-answer-case.mjs).
const OUR_CASE = FIRST_ANSWER_CASE;
// The single-file page's form is drop-downs without ids, rebuilt on every change; each is
// found by an option only it has. Its defaults already say 3-4 cm (T2a) and M0, so only the
// node drop-down changes, as when a person picks N2a and leaves the rest.
const PEER_CASE = {
  steps: [
    { selector: '#nsSections select:has(option[value="3.5"])', choose: "3.5" },
    { selector: '#nsSections select:has(option[value="N2a"])', choose: "N2a" },
    { selector: '#nsSections select:has(option[value="M1a"])', choose: "M0" },
  ],
  stage: "#nsStage",
  expect: "IIIA",
};
// The single-file page opens in Chinese unless its language switch has stored English. Ours
// is in English, and this machine has no CJK fonts (Chinese is drawn by fallback, slower to
// lay out), so it is timed in English, as it opens for a reader who chose English once.
const PEER_SETUP = () => localStorage.setItem("lung-staging-lang", "en");
// After the first answer, station 4R is unticked again (N0), so that these sizes give a
// different stage each, the one before included: IA1, IA2, IA3, IB, IIA, IIB, then again.
// None over 7 cm: the widget asks about those (millimetres?) before it stages them.
const SIZES = ["0.8", "1.5", "2.5", "3.4", "4.5", "6"];

/**
 * In the page from the start of navigation: once the first contentful paint is in and the
 * form's first control exists, the case is entered in one go (text typed with an `input`
 * event, boxes ticked with a click, drop-downs changed with `input` and `change`, as the
 * browser fires them), and the first time the stage shows the expected text is recorded.
 */
const PROBE = ({ steps, stage, expect }) => {
  const bench = (window.__bench = { input: null, answered: null, missing: [] });
  const shown = () => document.querySelector(stage)?.textContent.trim() === expect;
  const answer = () => {
    if (bench.answered !== null || bench.input === null || !shown()) return;
    bench.answered = performance.now();
    performance.mark("first-answer");
  };
  const enter = () => {
    bench.input = performance.now();
    performance.mark("first-input");
    for (const step of steps) {
      const el = document.querySelector(step.selector);
      if (!el) {
        if (!step.optional) bench.missing.push(step.selector);
        continue;
      }
      if (step.type !== undefined) {
        el.value = step.type;
        el.dispatchEvent(new Event("input", { bubbles: true }));
      } else if (step.tick) {
        if (!el.checked) el.click();
      } else if (el.value !== step.choose) {
        el.value = step.choose;
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
    answer();
  };
  new MutationObserver(answer).observe(document, { subtree: true, childList: true, characterData: true });
  const wait = () => {
    const painted = performance.getEntriesByName("first-contentful-paint").length > 0;
    if (painted && document.querySelector(steps[0].selector)) enter();
    else setTimeout(wait, 10);
  };
  wait();
};

/** `EDITS` edits of the size, each timed from its input event to the changed stage text
 * (the DOM) and to the next animation frame. */
const EDIT_LOOP = async ({ sizes, edits }) => {
  const stageText = () => document.querySelector('[data-testid="stage"]')?.textContent;
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(performance.now())));
  const changed = (before) =>
    new Promise((ok) => {
      const mo = new MutationObserver(() => {
        if (stageText() !== before) {
          mo.disconnect();
          ok(performance.now());
        }
      });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  // Back to N0, so that every size below changes the stage.
  const untick = changed(stageText());
  document.querySelector('[id$="-station-4R"]').click();
  await untick;
  const input = document.querySelector('[id$="-size"]');
  const dom = [];
  const paint = [];
  await frame();
  for (let i = 0; i < edits; i++) {
    const done = changed(stageText());
    const t0 = performance.now();
    input.value = sizes[i % sizes.length];
    input.dispatchEvent(new Event("input", { bubbles: true }));
    dom.push((await done) - t0);
    paint.push((await frame()) - t0);
  }
  return { dom, paint };
};

/** What the page fetched, from Resource Timing: bytes on the wire (headers included) until the
 * first answer and in all, and when the wasm's last byte arrived. */
const WIRE = (answered) => {
  const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
  const sum = (list) => list.reduce((n, e) => n + e.transferSize, 0);
  // The first part of the widget's wasm (the rest, lungstage-rest-*.wasm, comes after it).
  const wasm = performance.getEntriesByType("resource").filter((e) => e.name.endsWith("_bg.wasm"));
  const marks = Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]));
  return {
    bytesToAnswer: sum(entries.filter((e) => e.responseEnd <= answered)),
    bytes: sum(entries),
    requests: entries.length,
    wasmRequests: wasm.length,
    wasmEnd: wasm.length ? Math.max(...wasm.map((e) => e.responseEnd)) : null,
    htmlEnd: performance.getEntriesByType("navigation")[0].responseEnd,
    marks,
  };
};

const FCP = () =>
  new Promise((ok) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName("first-contentful-paint")[0];
      if (entry) ok(entry.startTime);
    }).observe({ type: "paint", buffered: true });
    setTimeout(() => ok(null), 10_000);
  });

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

/** Resolves once no request of the page has been open for `quiet` ms (at most `cap` ms). */
function networkQuiet(cdp, quiet = 1500, cap = 30_000) {
  const open = new Set();
  let last = Date.now();
  const opened = (e) => open.add(e.requestId);
  const closed = (e) => {
    open.delete(e.requestId);
    last = Date.now();
  };
  cdp.on("Network.requestWillBeSent", opened);
  cdp.on("Network.loadingFinished", closed);
  cdp.on("Network.loadingFailed", closed);
  return {
    settled: async () => {
      const start = Date.now();
      while (Date.now() - start < cap && (open.size > 0 || Date.now() - last < quiet)) {
        await new Promise((ok) => setTimeout(ok, 100));
      }
    },
  };
}

async function measure(browser, page) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  const problems = [];
  tab.on("pageerror", (err) => problems.push(String(err)));
  // A failed request is reported by its address (the console line does not name it).
  tab.on("console", (msg) => msg.type() === "error" && !msg.text().startsWith("Failed to load resource") && problems.push(msg.text()));
  tab.on("response", (res) => res.status() >= 400 && problems.push(`${new URL(res.url()).pathname} HTTP ${res.status()}`));
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const network = networkQuiet(cdp);
  await tab.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (page.setup) await tab.addInitScript(page.setup);
  await tab.addInitScript(PROBE, page.case);
  await tab.goto(page.server.url, { waitUntil: "load", timeout: 60_000 });
  try {
    await tab.waitForFunction(() => window.__bench.answered !== null, null, { timeout: 60_000 });
  } catch (error) {
    const state = await tab.evaluate(() => ({ ...window.__bench, shown: document.querySelector("[data-testid=stage], #nsStage")?.textContent }));
    throw new Error(`bench: ${page.name} never showed ${page.case.expect}: ${JSON.stringify(state)} ${problems.join("; ")}`, { cause: error });
  }
  const { input, answered, missing } = await tab.evaluate(() => window.__bench);
  if (missing.length > 0) throw new Error(`bench: ${page.name} has no ${missing.join(", ")}`);
  await network.settled();
  const wire = await tab.evaluate(WIRE, answered);
  const fcp = await tab.evaluate(FCP);
  const edits = page.edits ? await tab.evaluate(EDIT_LOOP, { sizes: SIZES, edits: EDITS }) : { dom: [], paint: [] };
  problems.push(...(await tab.evaluate(() => window.__cspViolations)));
  // A second download would mean the preload went unused: its bytes are counted, but say so.
  if (wire.wasmRequests > 1) problems.push(`the wasm was fetched ${wire.wasmRequests} times`);
  await context.close();
  return { fcp, input, answered, ...wire, ...edits, problems };
}

/** Every file of `dir`, requested once, so that the server has compressed them all before
 * the first timed run: the files are served precompressed, as a production host would. */
async function warm(server, dir) {
  const files = (d) =>
    readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? files(join(d, name)) : [join(d, name)]));
  for (const file of files(dir)) {
    const res = await fetch(new URL(relative(dir, file), server.url), { headers: { "accept-encoding": "br" } });
    await res.arrayBuffer();
  }
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

const load = () => loadavg().map((x) => x.toFixed(2)).join(", ");
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? "—" : `${x.toFixed(x < 100 ? 1 : 0)} ms`);
const kb = (x) => (x === null || x === undefined ? "—" : `${(x / 1000).toFixed(1)} kB`);
const ratio = (a, b) => (a === null || b === null || !b ? "—" : `${(a / b).toFixed(2)}x`);

/** The pages to time: ours always, the others when their folders are given. */
function pages() {
  const list = [{ key: "ours", name: "LungStage (dist/)", dir: DIST_DIR, case: OUR_CASE, edits: true, csp: true }];
  const skipped = [];
  const folder = (value, file) => (value && existsSync(join(value, file)) ? resolve(value) : null);
  const baseline = folder(values.baseline, "index.html");
  if (baseline) list.push({ key: "baseline", name: `baseline ${BASELINE_COMMIT}`, dir: baseline, case: OUR_CASE, edits: true, csp: true });
  else skipped.push(`the baseline build of ${BASELINE_COMMIT} (no --baseline DIR or $LUNGSTAGE_BASELINE with an index.html${values.baseline ? `: ${values.baseline}` : ""})`);
  const peer = folder(values.peer, "index.html");
  if (peer) list.push({ key: "peer", name: "single-file page", dir: peer, case: PEER_CASE, setup: PEER_SETUP, edits: false, csp: false });
  else skipped.push(`the single-file page of ${PEER_REPO} (no --peer DIR or $LUNGSTAGE_PEER with its index.html${values.peer ? `: ${values.peer}` : ""}); ours is compared with the baseline only`);
  return { list, skipped };
}

const { list, skipped } = pages();
for (const s of skipped) console.log(`bench: leaving out ${s}`);
const loadBefore = load();
const browser = await launchBrowser();
try {
  for (const page of list) {
    page.server = await startServer({ root: page.dir, brotli: true, csp: page.csp });
    await warm(page.server, page.dir);
    page.results = [];
  }
  for (let run = 1; run <= RUNS; run++) {
    // Alternated, each run starting with the next page, so that a slow moment of the machine
    // touches all alike and no page is always first.
    for (let i = 0; i < list.length; i++) {
      const page = list[(run - 1 + i) % list.length];
      const r = await measure(browser, page);
      page.results.push(r);
      const note = r.problems.length ? `  (${r.problems.join("; ")})` : "";
      console.log(
        `run ${run}/${RUNS} ${page.name}: FCP ${ms(r.fcp)}, first answer ${ms(r.answered)} (input ${ms(r.input)}), ` +
          `${kb(r.bytesToAnswer)} to it, ${kb(r.bytes)} in all${page.edits ? `, edit p50 ${ms(median(r.dom))} p95 ${ms(quantile(r.dom, 0.95))}` : ""}${note}`,
      );
    }
  }
  const loadAfter = load();
  const info = machine(browser.version());
  const by = Object.fromEntries(list.map((p) => [p.key, p]));
  const over = (key, pick) => (by[key] ? median(by[key].results.map(pick)) : null);
  const measures = [
    ["first contentful paint", (r) => r.fcp, ms],
    ["first answer (from the start of navigation)", (r) => r.answered, ms],
    ["first input to the stage shown", (r) => r.answered - r.input, ms],
    ["bytes on the wire until the first answer", (r) => r.bytesToAnswer, kb],
    ["bytes on the wire in all", (r) => r.bytes, kb],
  ];
  const row = ([label, pick, fmt]) =>
    `| ${label} | ${list.map((p) => fmt(over(p.key, pick))).join(" | ")} |${by.peer ? ` ${ratio(over("ours", pick), over("peer", pick))} |` : ""}`;
  const answerRatio = by.peer ? over("ours", (r) => r.answered) / over("peer", (r) => r.answered) : null;
  const target = by.peer
    ? `Target: a first answer within 1.2x of the single-file page's, in the same run: ${answerRatio <= 1.2 ? "met" : "**missed**"} (${answerRatio.toFixed(2)}x).`
    : "Target: a first answer within 1.2x of the single-file page's: not measured, the page was left out of this run.";
  const phases = [
    ["HTML received", (r) => r.htmlEnd],
    ["first input", (r) => r.input],
    ["first part read (mark `lungstage-fetch`)", (r) => r.marks["lungstage-fetch"]],
    ["wasm last byte (Resource Timing)", (r) => r.wasmEnd],
    ["compiled (mark `lungstage-compile`)", (r) => r.marks["lungstage-compile"]],
    ["instantiated (mark `lungstage-instantiate`)", (r) => r.marks["lungstage-instantiate"]],
    ["widget live (mark `lungstage-hydrate`)", (r) => r.marks["lungstage-hydrate"]],
    ["first answer (mark `first-answer`)", (r) => r.marks["first-answer"]],
    ["rest of the wasm in (mark `lungstage-rest`)", (r) => r.marks["lungstage-rest"]],
  ];
  const wasmPages = list.filter((p) => p.key !== "peer");
  const editPages = list.filter((p) => p.edits);
  const editRows = [
    ["edit to updated stage (DOM), median", (r) => median(r.dom)],
    ["edit to updated stage (DOM), p95", (r) => quantile(r.dom, 0.95)],
    ["edit to next frame, median", (r) => median(r.paint)],
    ["edit to next frame, p95", (r) => quantile(r.paint, 0.95)],
  ];
  const md = `# Widget benchmarks

Measured by \`npm run bench\` (\`scripts/bench.mjs\`) in headless Chromium with the CPU slowed
${CPU_SLOWDOWN}x (\`Emulation.setCPUThrottlingRate\`) and DevTools' "Slow 4G" network
(\`Network.emulateNetworkConditions\`: ${SLOW_4G.latency} ms latency,
${((SLOW_4G.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down, ${((SLOW_4G.uploadThroughput * 8) / 1e6).toFixed(2)} Mbit/s up; Lighthouse's mobile profile), cache off, a
${VIEWPORT.width} x ${VIEWPORT.height} viewport, every file sent brotli-compressed (quality 11, compressed before the
first run) by \`scripts/server.mjs\`. Each figure is the median of ${RUNS} runs per page; the
pages alternate within each run, each run starting with the next one. The pages:

- **LungStage (dist/)**: the release build of this tree, with the production CSP.
- **baseline ${BASELINE_COMMIT}**: the release build of commit ${BASELINE_COMMIT}, fixed, built once outside
  the repository; served with this tree's CSP, which it runs under unchanged.
- **single-file page**: the \`index.html\` of the public repository \`${PEER_REPO}\`, a
  hand-written vanilla-JS staging page (${by.peer ? `${(statSync(join(by.peer.dir, "index.html")).size / 1000).toFixed(1)} kB raw` : "not in this run"}). It has no licence, so it is not in
  this repository: the bench reads it from the folder given by \`--peer\` or \`$LUNGSTAGE_PEER\`,
  and serves it without a CSP, which its inline script would not pass. It opens in Chinese
  unless its language switch has stored English; it is timed in English, like ours, stored
  before it loads.
${skipped.map((s) => `- Left out of this run: ${s}.\n`).join("")}
What is measured:

- **First contentful paint**: \`first-contentful-paint\` from the Paint Timing API.
- **First answer**: the same case entered through each page's form as a person would, a
  3.4 cm tumour, one same-side mediastinal node station (4R) and no distant spread: stage
  IIIA. Once the first contentful paint is in and the form exists, a probe in the page types
  the size (an \`input\` event) and clicks the boxes (on the single-file page: picks N2a from its
  drop-down; its defaults already say 3-4 cm and M0), all at once; the first answer is the
  first moment the page shows IIIA, from the start of navigation. "First input to the stage
  shown" is the same moment counted from the probe's first input.
- **Bytes on the wire**: Resource Timing's \`transferSize\` (compressed bodies and headers) of the
  page and every file it fetched: until the first answer, and in all once no request has been
  open for 1.5 s.
- **Start-up**: the marks \`boot.js\` sets (\`lungstage-fetch\`: the first part of the wasm is
  read, from the page since it carries it, from the wasm's response before; \`lungstage-compile\`:
  it is compiled; \`lungstage-instantiate\`: the module is instantiated, and from then on it
  stages the pre-rendered form (src/early.rs); \`lungstage-rest\`: the rest of the wasm is
  compiled and joined; \`lungstage-hydrate\`: the live widget has taken the pre-rendered one's
  place) and the probe's \`first-input\` and \`first-answer\`, from the start of navigation.
  "wasm last byte" is the first part's file, where the page does not carry it.
- **Edit to updated stage**: after the first answer, station 4R is unticked again, then ${EDITS}
  edits of the size, cycling through ${SIZES.join(", ")} cm so that every edit changes the stage;
  each timed in the page from just before the \`input\` event to the mutation that changes the
  stage text (the DOM), and to the next animation frame.

| measure | ${list.map((p) => p.name).join(" | ")} |${by.peer ? " ours / single-file |" : ""}
| --- | ${list.map(() => "---").join(" | ")} |${by.peer ? " --- |" : ""}
${measures.map(row).join("\n")}

${target}

Start-up of the widget, medians from the start of navigation:

| step | ${wasmPages.map((p) => p.name).join(" | ")} |
| --- | ${wasmPages.map(() => "---").join(" | ")} |
${phases.map(([label, pick]) => `| ${label} | ${wasmPages.map((p) => ms(over(p.key, pick))).join(" | ")} |`).join("\n")}

Edits after the first answer:

| measure | ${editPages.map((p) => p.name).join(" | ")} |
| --- | ${editPages.map(() => "---").join(" | ")} |
${editRows.map(([label, pick]) => `| ${label} | ${editPages.map((p) => ms(over(p.key, pick))).join(" | ")} |`).join("\n")}

Every run (first contentful paint, first answer, bytes until it):

${list
  .map(
    (p) =>
      `- ${p.name}: ${p.results.map((r) => `${ms(r.fcp)} / ${ms(r.answered)} / ${kb(r.bytesToAnswer)}`).join("; ")}`,
  )
  .join("\n")}

Machine: ${info.cpu}, ${info.memory} memory; ${info.os}; Chromium ${info.chromium} (headless); Node ${info.node}.
Load average (1, 5, 15 min) ${loadBefore} at the start, ${loadAfter} at the end.
Date: ${info.date}. First load of dist/: ${info.sizes.replace("size-check: ", "")}.

NOTES
`;
  const notesFile = join(REPO_ROOT, "docs", "benchmarks.md");
  let notes = "";
  try {
    // Keep what was written by hand below the generated part.
    notes = readFileSync(notesFile, "utf8").split("\n## Notes\n")[1] ?? "";
  } catch {}
  writeFileSync(notesFile, md.replace(/\n*NOTES\n/, notes ? `\n\n## Notes\n${notes}` : "\n"));
  console.log(`\n${target}\nwritten to ${notesFile}`);
} finally {
  await browser.close();
  for (const page of list) await page.server?.close();
}
