// Starts the LungStage wasm app from an external file, so the page needs no inline script.
// Trunk writes SRI-pinned preload links for the wasm-bindgen glue and the wasm binary (and,
// with `pattern_script = ""`, nothing inline). We load exactly those files, and pass the
// wasm's integrity to the real fetch too, so the binary is checked where it is used.
const glue = document.querySelector('link[rel="modulepreload"][href$=".js"]');
const wasm = document.querySelector('link[rel="preload"][href$=".wasm"]');
// The words of the first render in the page's language, in the page as data
// (scripts/embed-files.mjs): the widget starts in them, as the page was pre-rendered.
const words = document.getElementById('lungstage-words');
if (!glue || !wasm || !words) {
  throw new Error('LungStage: the wasm preload links or the words are missing from the page');
}
// Each step of the start-up leaves a performance mark (lungstage-fetch, -compile, -instantiate,
// -hydrate), which scripts/bench.mjs reports.
const mark = (step) => performance.mark(`lungstage-${step}`);
// A host that sends the wasm with another type cannot stream it; it still compiles, whole.
const compile = (response) =>
  /^application\/wasm\b/.test(response.headers.get('Content-Type') ?? '')
    ? WebAssembly.compileStreaming(response)
    : response.arrayBuffer().then((b) => WebAssembly.compile(b));
let restStyled;
// Compiled, then instantiated, so that each step can be timed. The fetch gets the preloaded
// response, which Chromium hands over only once it is complete.
const compiled = fetch(wasm.href, { integrity: wasm.integrity }).then((response) => {
  mark('fetch');
  if (!response.ok) throw new Error(`LungStage: cannot load ${wasm.href}`);
  return compile(response);
}).then((module) => {
  mark('compile');
  // The rules for what only the rest of the wasm draws (scripts/inline-css.mjs), named in the
  // page and asked for now, so that they do not slow the first part; before the print rules, as
  // in the stylesheet. The rest is joined once they are in.
  const css = document.querySelector('meta[name="lungstage-rest-css"]');
  if (css) {
    restStyled = new Promise((resolve) => {
      const [href, integrity] = css.content.split(' ');
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, integrity });
      link.onload = link.onerror = resolve;
      document.querySelector('link[media="print"]').before(link);
    });
  }
  return module;
});
const list = JSON.parse(words.content.textContent);
const [widget, module] = await Promise.all([import(glue.href), compiled]);
const exports = await widget.default({ module_or_path: module });
mark('instantiate');
// The rest of the wasm: what the first answer does not run (docs/size.md). Its address first,
// in case the widget needs it before it has arrived; then fetched, checked and compiled,
// after the widget has started.
const rest = wasm.dataset.rest && new URL(wasm.dataset.rest, wasm.href).href;
if (rest) widget.lungstage_rest(rest, exports);
// The widget keeps the pre-rendered questions until the rest is in; a build without a rest
// has everything already.
else widget.lungstage_rest_settled(true);
widget.lungstage_messages(list);
// The live widget marks its root `data-live` once it has taken the pre-rendered one's place.
const root = document.getElementById('lungstage');
if (root) {
  const live = new MutationObserver(() => {
    if (!root.querySelector('[data-live]')) return;
    live.disconnect();
    mark('hydrate');
  });
  live.observe(root, { subtree: true, attributeFilter: ['data-live'] });
}
widget.lungstage_start();
const restIn = rest
  ? fetch(rest, { integrity: wasm.dataset.restIntegrity })
      .then((response) => {
        if (!response.ok) throw new Error(`LungStage: cannot load ${rest}`);
        return compile(response);
      })
      .then(async (part) => {
        await restStyled;
        widget.lungstage_rest(part, exports);
        mark('rest');
        widget.lungstage_rest_settled(true);
      })
      // Not fatal: the widget loads it itself when it needs it.
      .catch((error) => {
        console.warn(error);
        widget.lungstage_rest_settled(false);
      })
  : Promise.resolve();

// After the first paint: share links, the copy buttons, notices, the iframe messages, the
// deferred texts and the page's language (the words of the errors) come from page.js
// (lungstage.js without the in-page embed and the API), pinned by the integrity the build
// wrote into <meta name="lungstage-shell">.
const shell = document.querySelector('meta[name="lungstage-shell"]');
if (shell) {
  const link = Object.assign(document.createElement('link'), {
    rel: 'modulepreload',
    href: './page.js', // beside the page: each language's has its own
    integrity: shell.content,
  });
  const preloaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('LungStage: page.js did not load'));
  });
  document.head.append(link);
  await preloaded;
  // The long texts are shown by code in the rest of the wasm: page.js hands them over once
  // the rest is in (it is asked for first, so it normally is).
  (await import(link.href)).attachPage({ ...widget, lungstage_texts: (texts) => restIn.then(() => widget.lungstage_texts(texts)) });
}
