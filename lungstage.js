// LungStage on any page: the in-page embed and the JavaScript API, one module script.
//
//   <script type="module" src="https://example.org/lungstage/lungstage.js"></script>
//   <div data-lungstage data-edition="9" data-view="patient"></div>
//
//   import { stage } from "https://example.org/lungstage/lungstage.js";
//   const report = await stage({ tumor: { size_cm: 3.4 } });
//
// Every [data-lungstage] element gets a widget of its own in a shadow root, with the
// widget's stylesheet inside it: host styles do not reach in, ours do not leak out.
// stage() loads a separate, small WebAssembly module on its first call.
//
// This is the template: the build (scripts/embed-files.mjs) writes dist/lungstage.js with
// FILES filled in: the hashed names of the files it loads, relative to this script, and
// their Subresource Integrity hashes, checked on every fetch.
const FILES = {};

const here = new URL(".", import.meta.url);
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

/** Loads a wasm-bindgen module: its glue, then its binary, both checked. */
async function load(glue, wasm) {
  const module = await importChecked(glue);
  await module.default({ module_or_path: fetch(href(wasm), { integrity: wasm.integrity }) });
  return module;
}

let widget;
let api;

/**
 * Mounts a widget into every `[data-lungstage]` element under `root` that has none yet.
 * Runs by itself once the page is parsed; call it again for elements added later.
 */
export async function mount(root = document) {
  const hosts = [...root.querySelectorAll("[data-lungstage]")].filter((host) => !host.shadowRoot);
  const shadows = hosts.flatMap((host) => {
    try {
      return [[host, host.attachShadow({ mode: "open" })]];
    } catch {
      return []; // An element that cannot have a shadow root, such as <p>: left alone.
    }
  });
  if (shadows.length === 0) return;
  widget ??= load(FILES.glue, FILES.wasm).catch((error) => {
    widget = undefined;
    throw error;
  });
  await Promise.all(
    shadows.map(async ([host, shadow]) => {
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = href(FILES.css);
      style.integrity = FILES.css.integrity;
      style.crossOrigin = "anonymous";
      const box = document.createElement("div");
      shadow.append(style, box);
      const [glue] = await Promise.all([widget, loaded(style)]);
      // Copy link in an embed points to the standalone page beside this script.
      glue.mount_embed(host, box, here.href);
    }),
  );
}

/**
 * Stages a case without the widget. `descriptor` is an object or its JSON text, as for
 * `lungstage stage --input` (see the README). Resolves to exactly the object that
 * `lungstage stage --json` prints; rejects with `{ error, field }` (`field` is the
 * descriptor path at fault, such as "tumor.size_cm", or null).
 */
export async function stage(descriptor) {
  api ??= load(FILES.apiGlue, FILES.apiWasm).catch((error) => {
    api = undefined;
    throw error;
  });
  return (await api).stage(descriptor);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => mount().catch(console.error), { once: true });
} else {
  mount().catch(console.error);
}
