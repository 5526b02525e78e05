// LungStage on any page: the in-page embed and the JavaScript API, one module script.
//
//   <script type="module" src="https://example.org/lungstage/lungstage.js"></script>
//   <div data-lungstage data-edition="9"><a href="https://example.org/lungstage/">LungStage</a></div>
//
//   import { stage } from "https://example.org/lungstage/lungstage.js";
//   const report = await stage({ tumor: { size_cm: 3.4 } });
//
// Every [data-lungstage] element gets a widget of its own in a shadow root, with the widget's
// stylesheet inside it: host styles do not reach in, ours do not leak out. stage() loads a
// separate WebAssembly module (the API module) on its first call.
//
// Our own pages (index.html, embed.html) load this script after their first paint too
// (boot.js, attachPage): share links in the address, the copy buttons, notices, and in an
// iframe the messages to and from the parent page. None of it is on the first load; the
// widgets report their forms to it through `lungstage_watch` (src/remote.rs), and the API
// module reads links and writes summaries with the staging core.
//
// This is the template: the build (scripts/embed-files.mjs) writes dist/lungstage.js with
// FILES filled in: the hashed names of the files it loads, relative to this script, and
// their Subresource Integrity hashes, checked on every fetch.
const FILES = {};

// The site's root: this script's folder, or for a language's page.js one folder up (`root`).
const here = new URL(FILES.root ?? ".", import.meta.url);
const href = (file) => new URL(file.path, here).href;

/** Resolves when `link` has loaded, rejects when it failed (an integrity mismatch too). */
function loaded(link) {
  return new Promise((resolve, reject) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", () => reject(new Error(`LungStage: cannot load ${link.href}`)), { once: true });
  });
}

/**
 * Imports a module checked against its integrity: a modulepreload link fetches and checks
 * it, and import() then takes it from the module map instead of fetching it again.
 */
async function importChecked(file) {
  const link = document.createElement("link");
  link.rel = "modulepreload";
  link.href = href(file);
  link.integrity = file.integrity;
  link.crossOrigin = "anonymous";
  const done = loaded(link);
  document.head.append(link);
  await done;
  return import(link.href);
}

/** The parsed JSON of `file`, fetched from beside this script and checked. */
async function json(file) {
  const response = await fetch(href(file), { integrity: file.integrity });
  if (!response.ok) throw new Error(`LungStage: cannot load ${href(file)}`);
  return response.json();
}

/**
 * Loads a wasm-bindgen module once: its glue, then its binary, both checked. The widget's
 * wasm comes in two parts (docs/size.md); a widget on another site's page is handed the rest,
 * checked like the first, before it starts, since only a page of our own origin may load it
 * later.
 */
function loader(glue, wasm, rest) {
  let module;
  return () =>
    (module ??= (async () => {
      // Both parts on their way at once.
      const restResponse = rest && fetch(href(rest), { integrity: rest.integrity });
      restResponse?.catch(() => {}); // awaited below, unless the first part fails first
      const m = await importChecked(glue);
      const exports = await m.default({ module_or_path: fetch(href(wasm), { integrity: wasm.integrity }) });
      if (rest) {
        const response = await restResponse;
        if (!response.ok) throw new Error(`LungStage: cannot load ${href(rest)}`);
        // A host that sends it with another type cannot stream it; it still compiles, whole.
        const streams = /^application\/wasm\b/.test(response.headers.get("Content-Type") ?? "");
        m.lungstage_rest(await (streams ? WebAssembly.compileStreaming(response) : response.arrayBuffer().then((b) => WebAssembly.compile(b))), exports);
      }
      return m;
    })().catch((error) => {
      module = undefined;
      throw error;
    }));
}

// The widget's module. Pure: page.js, which never mounts a widget, leaves it and the files
// it names out.
const widgetModule = /* @__PURE__ */ loader(FILES.glue, FILES.wasm, FILES.rest);

/**
 * What the widgets load after their first answer, each fetched once from beside this script
 * and checked against its integrity, null if it could not load: the long texts (source titles,
 * treatment texts, symptom lists, what each category means; the widgets say so in one line if
 * they fail) and the widget's language, the words of its error messages (until they are in,
 * an error names only the entry at fault).
 */
const texts = {};
const loadTexts = (lang) =>
  (texts[lang] ??= [json(FILES.texts[lang]).catch(() => null), json(FILES.messages[lang]).catch(() => null)]);

/**
 * The language of every widget on this page, and its messages (messages-<lang>.json, a
 * list, loaded after the first paint): this script writes its own lines (the share bar,
 * notices) in them, by the indexes of CODES.words.
 */
let LANG = "en";
let MESSAGES = [];

/** The message `id` (one of core/messages/<lang>.ftl that starts with js-), with `values` for {0}, {1}... */
function say(id, ...values) {
  return (MESSAGES[CODES.words[id]] ?? "").replace(/\{\{|\}\}|\{(\d+)\}/g, (all, i) => (i === undefined ? all[0] : String(values[Number(i)] ?? "")));
}
const apiLoader = loader(FILES.apiGlue, FILES.apiWasm);
let apiLanguage;
/** The API module, writing its questions, notices and summaries in the page's language. */
const apiModule = () =>
  apiLoader().then((m) => {
    if (apiLanguage !== LANG) m.set_lang((apiLanguage = LANG));
    return m;
  });

/**
 * Stages a case without the widget. `descriptor` is an object or its JSON text, as for
 * `lungstage stage --input` (docs/descriptor.md). Resolves to exactly the object that
 * `lungstage stage --json` prints, or with `{ format: "fhir" }` the FHIR bundle of
 * `--format fhir`; rejects with `{ error, field }` (`field` is the descriptor path at fault,
 * such as "tumor.size_cm", or null).
 */
export async function stage(descriptor, options) {
  return (await apiModule()).stage(descriptor, options);
}

// ---- Checks of an in-page embed's data- attributes and of the parent page's messages.

// The codes of editions, cancer types, views and themes, the default first, and the link keys
// read here (`key`): the build fills them in from Rust (src/bin/codes.rs,
// scripts/embed-files.mjs).
const CODES = {};

/** The value of the link key `key` ("view", "edition", "stage", "extent") in a canonical fragment, if it has one. */
function linkValue(fragment, key) {
  const name = `${CODES.key[key]}=`;
  return (fragment ?? "").split("&").find((p) => p.startsWith(name))?.slice(name.length);
}

/** The values each data- attribute allows, the first being the default. */
export const ATTRIBUTES = {
  edition: CODES.edition,
  histology: CODES.histology,
  theme: CODES.theme,
  view: CODES.view,
  // The widget's own title and intro; the disclaimer and the view toggle are always shown.
  header: ["shown", "hidden"],
  // The level of the widget's top headings (its title, "Result"); those below follow.
  "heading-level": ["2", "1", "3", "4"],
  // The widget's language: one per page, the first widget's.
  lang: CODES.lang,
};

/**
 * The options of an embed element's data- attributes, and a one-line warning for each value
 * that is not allowed (the default is used instead). Warnings go to the console, for the
 * page's author: the widget works, so its readers are not told.
 */
export function readAttributes(element) {
  const options = {};
  const warnings = [];
  for (const [name, allowed] of Object.entries(ATTRIBUTES)) {
    const value = element.getAttribute(`data-${name}`);
    if (value === null || allowed.includes(value)) {
      options[name] = value ?? allowed[0];
      continue;
    }
    options[name] = allowed[0];
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    warnings.push(`data-${name}="${shown}" is not one of ${allowed.join(", ")}: ${allowed[0]} is used.`);
  }
  return { options, warnings };
}

/**
 * The command in a message from the parent page, if its data is exactly
 * `{type: "lungstage:theme", theme}` or `{type: "lungstage:view", view}` with an allowed
 * value; null for anything else.
 */
export function readCommand(data) {
  if (data === null || typeof data !== "object" || Object.getPrototypeOf(data) !== Object.prototype) return null;
  const keys = Object.keys(data);
  if (keys.length !== 2 || !keys.includes("type")) return null;
  for (const key of ["theme", "view"]) {
    if (data.type === `lungstage:${key}` && keys.includes(key) && ATTRIBUTES[key].includes(data[key])) {
      return { type: data.type, [key]: data[key] };
    }
  }
  return null;
}

// ---- One controller per widget: notices, the share bar, and on our pages the address.

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
}

/** Writes `lines` into the widget's notice slot (a polite live region). */
function showNotices(root, lines) {
  const slot = root.querySelector('[data-slot="notice"]');
  if (slot) slot.replaceChildren(...lines.map((line) => element("p", "notice-line", line)));
}

/**
 * Copy link and Copy summary in the widget's share slot, and in the clinician view the FHIR
 * download (the API module makes the bundle and a local Blob of it); `page` is where links open.
 */
function shareBar(root, page) {
  const bar = element("div", "share-bar");
  bar.dataset.testid = "share-bar";
  bar.hidden = true;
  const buttons = element("div", "share-bar-buttons");
  const status = element("p", "share-bar-status");
  status.setAttribute("role", "status");
  status.dataset.testid = "copy-status";
  let fragment = null;
  let byHand = null;
  // A copied link opens the patient view, unless the sender asks for the clinician view.
  const option = element("label", "share-bar-option");
  const keepView = element("input");
  keepView.type = "checkbox";
  keepView.dataset.testid = "link-clinician";
  option.append(keepView, ` ${say("js-link-clinician")}`);
  const sent = () => (keepView.checked ? fragment : fragment.split("&").filter((p) => !p.startsWith(`${CODES.key.view}=`)).join("&"));

  async function copy(what) {
    if (what === "record") return (status.textContent = (await apiModule()).record(fragment));
    const text =
      what === "link" ? `${page}#${sent()}` : (await apiModule()).summary(fragment);
    byHand?.remove();
    byHand = null;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = say(what === "link" ? "js-link-copied" : "js-summary-copied");
    } catch {
      // No clipboard here (an insecure page, a frame without clipboard-write): the text,
      // selected, to copy by hand.
      byHand = element("textarea", "share-bar-text");
      byHand.readOnly = true;
      byHand.rows = 6;
      byHand.value = text;
      byHand.dataset.testid = "copy-text";
      byHand.setAttribute("aria-label", say(what === "link" ? "js-link-to-copy" : "js-summary-to-copy"));
      bar.append(byHand);
      status.textContent = say(what === "link" ? "js-copy-link-by-hand" : "js-copy-summary-by-hand");
      byHand.focus();
      byHand.select();
    }
  }

  for (const what of ["link", "summary", "record"]) {
    const button = element("button", "share-bar-button", say(`js-copy-${what}`));
    button.type = "button";
    button.dataset.testid = `copy-${what}`;
    button.addEventListener("click", () => copy(what).catch(console.error));
    buttons.append(button);
  }
  // The summary needs the API module: start loading it when a reader comes near the buttons.
  for (const event of ["pointerenter", "focusin"]) {
    bar.addEventListener(event, () => apiModule().catch(() => {}), { once: true });
  }
  bar.append(buttons, option, status);
  // On paper only: the day it was printed, the reader's own date.
  const printed = element("p", "print-date");
  printed.dataset.testid = "print-date";
  const stamp = () => (printed.textContent = say("js-printed", new Date().toLocaleDateString("en-CA")));
  stamp();
  addEventListener("beforeprint", stamp);
  root.querySelector('[data-slot="share"]')?.replaceChildren(bar, printed);
  return (next, staged) => {
    // null: an entry is being fixed; the last complete result stays on screen, out of date,
    // and the buttons are off so that it is not copied as if current.
    for (const button of buttons.children) button.disabled = next === null;
    if (next === null || next !== fragment) {
      byHand?.remove();
      byHand = null;
      status.textContent = "";
    }
    if (next === null) return;
    fragment = next;
    bar.hidden = !staged;
    // The clinician view's own: the record download, and whether links open that view. A
    // stage stated without T, N and M has no record to download, so it offers none.
    const clinician = (linkValue(next, "view") ?? CODES.view[0]) !== CODES.view[0];
    const stated = linkValue(next, "stage") !== undefined || linkValue(next, "extent") !== undefined;
    option.hidden = !clinician;
    buttons.lastChild.hidden = !clinician || stated;
  };
}

/**
 * The stage from a report: the API module writes its questions into the widget's slot, hands
 * each answer to the widget, and writes its result once they are all answered. The module
 * starts loading when a reader comes near the first question.
 */
function statedSlots(glue, root) {
  for (const event of ["pointerenter", "focusin"]) {
    root.querySelector('[data-testid="way"]')?.addEventListener(event, () => apiModule().catch(() => {}), { once: true });
  }
  const fill = (slot, write) => {
    slot.textContent = say("js-loading");
    apiModule()
      .then(write)
      .catch(() => (slot.textContent = say("js-cannot-load")));
  };
  return (fragment) => {
    const form = root.querySelector('[data-slot="stated-form"]');
    if (form && !form.dataset.filled) {
      form.dataset.filled = "1";
      fill(form, (m) => m.stated_form(form, fragment ?? "", (f) => glue.lungstage_stated(root, f)));
    }
    const result = root.querySelector('[data-slot="stated"]');
    if (result && fragment && result.dataset.for !== fragment) {
      result.dataset.for = fragment;
      fill(result, (m) => result.dataset.for === fragment && (result.innerHTML = m.stated(fragment)));
    }
  };
}

/** How long an entry must stay unchanged before the address follows it. */
const ADDRESS_DELAY_MS = 300;

/** The address's fragment, written without a history entry. */
function writeAddress(fragment) {
  const wanted = fragment ? `#${fragment}` : "";
  if (location.hash === wanted || (wanted === "" && location.hash === "#")) return;
  try {
    history.replaceState(history.state, "", wanted || location.pathname + location.search);
  } catch {
    // Refused in some sandboxed frames; the copy buttons still work there.
  }
}

/**
 * The form in the address: read after the first paint and on hashchange. On our own pages
 * (`write`) the address follows the form, and each link handled (opened or refused) counts
 * up `<html data-links-read>`, for tests. On a host's page only a share link (`#v=...`) is
 * read, so the host's own anchors (`#section-2`) are left alone, and nothing is written.
 */
function addressSync(glue, root, { write }) {
  let opened = false;
  let read = 0;
  async function open() {
    const hash = location.hash;
    if (write ? hash.length > 1 : hash.startsWith("#v=")) {
      let canonical = null;
      let numbers = [];
      let notice = null;
      try {
        const api = await apiModule();
        canonical = api.open_link(hash);
        numbers = api.case_numbers(canonical);
      } catch (error) {
        notice = String(error instanceof Error ? error.message : error);
        // The notice is in plain words; the part at fault, by its code, is for the console.
        if (error?.detail) console.warn(`LungStage: the link was not opened: ${error.detail}`);
      }
      // A link staged with another edition opens in it, and says so.
      const edition = linkValue(canonical, "edition");
      if (notice === null && edition && edition !== CODES.edition[0]) {
        notice = say("js-link-edition", edition, CODES.edition[0]);
      }
      opened = true;
      showNotices(root, notice === null ? [] : [notice]);
      glue.lungstage_open(root, numbers);
      // The frame's view from its address (frame.js), unless the link has its own.
      const view = document.documentElement.dataset.view;
      if (view && linkValue(canonical, "view") === undefined) glue.lungstage_view(root, view);
      if (!write) return;
      // Opening is not typing: the address takes the link's canonical form at once.
      writeAddress(notice === null ? (canonical ?? "") : "");
      document.documentElement.dataset.linksRead = String(++read);
    }
    opened = true;
  }
  open().catch(console.error);
  window.addEventListener("hashchange", () => open().catch(console.error));
  if (!write) return () => {};
  // Written once an entry settles, not on every keystroke: replaceState costs milliseconds
  // per call on a slow phone, and browsers throttle pages that call it hundreds of times.
  let pending = null;
  let timer = 0;
  const flush = () => {
    clearTimeout(timer);
    if (pending !== null) writeAddress(pending);
    pending = null;
  };
  window.addEventListener("pagehide", flush);
  return (fragment) => {
    if (!opened || fragment === null) return;
    pending = fragment;
    clearTimeout(timer);
    timer = setTimeout(flush, ADDRESS_DELAY_MS);
  };
}

/**
 * In a frame: the parent's theme and view commands, and, unless the frame has a fixed height
 * (embed.html?height=fixed, frame.js), its content height to the parent. Nothing else is
 * ever posted: not what the reader entered, nor anything derived from it such as the stage.
 */
function talkToParent(glue, root) {
  const parent = window.parent;
  const html = document.documentElement;
  if (!html.classList.contains("embed-fixed")) {
    let last = -1;
    const post = () => {
      const height = Math.ceil(html.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Only the height: any page may embed the widget, so any origin may receive it.
      parent.postMessage({ type: "lungstage:height", height }, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(html);
    if (document.body) observer.observe(document.body);
    post();
  }
  window.addEventListener("message", (event) => {
    if (event.source !== parent) return;
    const command = readCommand(event.data);
    if (command?.theme) html.dataset.theme = command.theme;
    if (command?.view) glue.lungstage_view(root, command.view);
  });
}

const controllers = new WeakMap();
let watching = false;
/** Whether an in-page widget's words of the first render have been handed to the wasm. */
let installed = false;

/**
 * Where an in-page widget's Copy link points: the host's `data-share-url` (its article),
 * without a fragment, or our standalone page. A value that is not an http(s) address is
 * warned about and left out.
 */
function shareUrl(host) {
  const value = host.getAttribute("data-share-url");
  if (value === null) return null;
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol === "https:" || url.protocol === "http:") return url.href.split("#")[0];
  } catch {}
  console.warn(`LungStage: data-share-url="${value.slice(0, 80)}" is not an http(s) address: links point at ${here.href}.`);
  return null;
}

/** The host element whose widget reads the page's fragment: the first with data-share-url. */
let fragmentReader;

/** The controller of a widget, made on its first report. */
function controller(glue, root) {
  let update = controllers.get(root);
  if (update) return update;
  const shadow = root.getRootNode();
  if (shadow instanceof ShadowRoot) {
    // An in-page embed: the address is the host's, never written. Links open the host's
    // article (data-share-url), whose first such widget opens them, or our standalone page.
    const share = shareUrl(shadow.host);
    const bar = shareBar(root, share ?? here.href);
    const stated = statedSlots(glue, root);
    update = (fragment, staged) => {
      bar(fragment, staged);
      stated(fragment);
    };
    if (share !== null && fragmentReader === undefined) {
      fragmentReader = shadow.host;
      addressSync(glue, root, { write: false });
    }
  } else {
    const framePage = document.documentElement.classList.contains("embed");
    const page = framePage ? new URL("./", location.href).href : location.href.split("#")[0];
    const share = shareBar(root, page);
    // The view from the frame's address (frame.js); a share link's own view= wins.
    if (document.documentElement.dataset.view) glue.lungstage_view(root, document.documentElement.dataset.view);
    const address = addressSync(glue, root, { write: true });
    const stated = statedSlots(glue, root);
    const languages = languageLinks();
    let latest = null;
    window.addEventListener("hashchange", () => followLanguage(latest, root));
    followLanguage(null, root);
    if (window.parent !== window) talkToParent(glue, root);
    update = (fragment, staged) => {
      share(fragment, staged);
      address(fragment);
      stated(fragment);
      if (fragment !== null) {
        latest = fragment;
        languages(fragment);
      }
    };
  }
  controllers.set(root, update);
  return update;
}

/**
 * Hands the widgets their messages and long texts, and, once the messages have arrived (or
 * failed), watches their forms: the share bar, notices and the address are written in them.
 */
function watch(glue) {
  if (watching) return;
  watching = true;
  const [long, messages] = loadTexts(LANG);
  messages
    .then((list) => {
      if (!list) return;
      MESSAGES = list;
      glue.lungstage_messages(list);
    })
    .catch(console.error)
    .finally(() => glue.lungstage_watch((root, fragment, staged) => controller(glue, root)(fragment, staged)));
  long.then(glue.lungstage_texts);
}

/**
 * For our own pages (boot.js): `glue` is the widget's initialised wasm-bindgen module, whose
 * words are in the page's language (`<html lang>`).
 */
export function attachPage(glue) {
  LANG = document.documentElement.lang;
  if (followLanguage(null)) return;
  watch(glue);
}

/** The address of `lang`'s page (its index.html, or embed.html in a frame), beside this script. */
function languagePage(lang) {
  const page = new URL(lang === CODES.lang[0] ? "./" : `${lang}/`, here);
  if (document.documentElement.classList.contains("embed")) page.pathname += "embed.html";
  page.search = location.search;
  page.searchParams.delete(CODES.key.lang);
  return page;
}

/**
 * Opens the page in the language a link or the address asks for (`#lang=es`, `?lang=es`),
 * with the case: the link's, or what the form holds (`current`, its canonical fragment) when
 * the address names only the language. True when it leaves the page. A language with no page
 * is said in the notice slot.
 */
function followLanguage(current, root) {
  const hash = location.hash.slice(1);
  const wanted = linkValue(hash, "lang") ?? new URLSearchParams(location.search).get(CODES.key.lang);
  if (!wanted || wanted === LANG) return false;
  if (!CODES.lang.includes(wanted)) {
    if (root) showNotices(root, [say("js-unknown-language", wanted.slice(0, 12), CODES.lang.join(", "))]);
    return false;
  }
  const kept = hash.split("&").filter((p) => !p.startsWith(`${CODES.key.lang}=`));
  // A link with a case of its own keeps it; one that names only its version and language
  // takes what the form holds.
  const fragment = kept.some((p) => p && !p.startsWith("v=")) ? kept.join("&") : current;
  const page = languagePage(wanted);
  page.hash = fragment ? `#${fragment}` : "";
  location.replace(page.href);
  return true;
}

/**
 * The page's language switch and offer (src/page.rs): each link opens its language's page
 * with the case as the form holds it; the offer of another language shows where the browser
 * prefers it. Nothing switches by itself.
 */
function languageLinks() {
  const preferred = (navigator.languages?.[0] ?? navigator.language ?? "").toLowerCase().split("-")[0];
  for (const offer of document.querySelectorAll("[data-offer]")) {
    offer.hidden = offer.dataset.offer !== preferred || preferred === LANG;
  }
  const links = [...document.querySelectorAll("a[data-lang-link]")];
  return (fragment) => {
    for (const link of links) {
      const page = languagePage(link.dataset.langLink);
      page.hash = fragment ? `#${fragment}` : "";
      link.href = page.href;
    }
  };
}

/**
 * Shows, in an embed that cannot start, one line saying so above the host's fallback content
 * (the element's own children, which the shadow root's <slot> shows), or above a link to our
 * standalone page where the host gave none. The reason goes to the console, for the author.
 */
function cannotStart(shadow, slot, error) {
  console.error(
    "LungStage could not start:",
    error,
    "\nA host page with a Content-Security-Policy must allow the widget's origin in script-src and style-src, and 'wasm-unsafe-eval' in script-src; the widget's files need the header Access-Control-Allow-Origin.",
  );
  // Its words may be what could not load: then in English.
  const line = element("p", "", say("js-cannot-start") || "The lung cancer staging calculator could not start on this page.");
  line.setAttribute("role", "status");
  line.dataset.testid = "cannot-start";
  if (slot.assignedNodes().every((node) => node.nodeType === Node.TEXT_NODE && !node.textContent.trim())) {
    const link = element("a", "", say("js-open-own-page") || "Open LungStage on its own page");
    link.href = here.href;
    slot.replaceChildren(link);
  }
  shadow.replaceChildren(line, slot);
}

/**
 * Puts the widget's headings at the host's level: its h2 (title, "Result") at `top`, h3 and
 * h4 below it, through aria-level, as the panels come and go.
 */
function levelHeadings(shadow, top) {
  const level = () => {
    for (const h of shadow.querySelectorAll("h2, h3, h4")) {
      const wanted = String(top + Number(h.tagName[1]) - 2);
      if (h.getAttribute("aria-level") !== wanted) h.setAttribute("aria-level", wanted);
    }
  };
  new MutationObserver(level).observe(shadow, { childList: true, subtree: true });
  level();
}

/**
 * Mounts a widget into every `[data-lungstage]` element under `root` that has none yet.
 * Runs by itself once the page is parsed; call it again for elements added later. Until a
 * widget is live, the element's own content (the documented snippet's fallback link) stays
 * in view; where it cannot start, a line says so above it.
 */
export async function mount(root = document) {
  const hosts = [...root.querySelectorAll("[data-lungstage]")].filter((host) => !host.shadowRoot);
  const shadows = hosts.flatMap((host) => {
    try {
      return [[host, host.attachShadow({ mode: "open" })]];
    } catch {
      return []; // An element that cannot have a shadow root, such as <a> or <ul>: left alone.
    }
  });
  if (shadows.length === 0) return;
  // One language per page: the first widget's (data-lang), whose words every widget shows.
  if (!installed) LANG = readAttributes(hosts[0]).options.lang;
  const words = json(FILES.words[LANG]);
  loadTexts(LANG);
  const glue = widgetModule();
  const all = [...document.querySelectorAll("[data-lungstage]")];
  await Promise.all(
    shadows.map(async ([host, shadow]) => {
      const slot = document.createElement("slot");
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = href(FILES.css);
      style.integrity = FILES.css.integrity;
      style.crossOrigin = "anonymous";
      const box = document.createElement("div");
      box.hidden = true;
      shadow.append(slot, style, box);
      // Several widgets on a page: each result landmark gets its own name, from data-label or
      // the widget's number (the result panel is labelled by "lungstage-name" too, an id
      // that each shadow root scopes to itself).
      const label = host.getAttribute("data-label") ?? (all.length > 1 ? `LungStage ${all.indexOf(host) + 1}` : "");
      if (label) {
        const name = element("span", "", `(${label})`);
        name.id = "lungstage-name";
        name.hidden = true;
        shadow.append(name);
      }
      try {
        const [module, list] = await Promise.all([glue, words, loaded(style)]);
        const { options, warnings } = readAttributes(host);
        for (const warning of warnings) console.warn(`LungStage: ${warning}`);
        if (options.lang !== LANG) console.warn(`LungStage: data-lang="${options.lang}": the page's widgets are in ${LANG}, the first one's language.`);
        if (!installed) {
          installed = true;
          module.lungstage_messages(list);
        }
        box.lang = LANG;
        watch(module);
        module.mount_embed(box, options.edition, options.histology, options.view);
        if (options["heading-level"] !== "2") levelHeadings(shadow, Number(options["heading-level"]));
        slot.remove();
        box.hidden = false;
      } catch (error) {
        cannotStart(shadow, slot, error);
      }
    }),
  );
}

// False in page.js, the build of this file for our own pages (scripts/embed-files.mjs).
const IN_PAGE = true;
if (IN_PAGE && typeof document !== "undefined" && FILES.glue) {
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => mount().catch(console.error), { once: true });
  } else {
    mount().catch(console.error);
  }
}
