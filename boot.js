// Starts the LungStage wasm app. The build puts this file into each page, after the
// wasm-bindgen glue, as one inline module script allowed by its hash in the CSP
// (scripts/inline-boot.mjs): the glue's namespace is `widget`. The first part of the wasm is
// in the page too, as text in a data block, so the first answer waits for no file after the
// HTML; the rest of the wasm is named there with its SRI hash.
/* global widget */
const data = document.getElementById('lungstage-wasm');
// The words of the first render in the page's language, in the page as data
// (scripts/embed-files.mjs): the widget starts in them, as the page was pre-rendered.
const words = document.getElementById('lungstage-words');
if (!data || !words) {
  throw new Error('LungStage: the wasm or the words are missing from the page');
}
// Each step of the start-up leaves a performance mark (lungstage-fetch, -compile, -instantiate,
// -hydrate, -rest), which scripts/bench.mjs reports.
const mark = (step) => performance.mark(`lungstage-${step}`);
// A host that sends the wasm with another type cannot stream it; it still compiles, whole.
const compile = (response) =>
  /^application\/wasm\b/.test(response.headers.get('Content-Type') ?? '')
    ? WebAssembly.compileStreaming(response)
    : response.arrayBuffer().then((b) => WebAssembly.compile(b));
// The rest of the wasm: the live widget, which takes over once it is in (docs/size.md). The
// page's head preloads it; this fetch, with the same integrity, gets that response.
const rest = data.dataset.rest && new URL(data.dataset.rest, document.baseURI).href;
const restFetched = rest && fetch(rest, { integrity: data.dataset.restIntegrity });
// Handled below, once the first part is running; not an unhandled rejection before that.
restFetched?.catch(() => {});
// The first part's bytes: each character's code modulo 256 (scripts/inline-boot.mjs).
const text = data.textContent;
const bytes = new Uint8Array(text.length);
for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 255;
mark('fetch');
const module = await WebAssembly.compile(bytes);
mark('compile');
// The rules for what only the rest of the wasm draws (scripts/inline-css.mjs), named in the
// page and asked for now, before the print rules, as in the stylesheet. The rest is joined
// once they are in.
let restStyled;
const css = document.querySelector('meta[name="lungstage-rest-css"]');
if (css) {
  restStyled = new Promise((resolve) => {
    const [href, integrity] = css.content.split(' ');
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, integrity });
    link.onload = link.onerror = resolve;
    document.querySelector('link[media="print"]').before(link);
  });
}
const list = JSON.parse(words.content.textContent);
const exports = await widget.default({ module_or_path: module });
mark('instantiate');
// The rest's address first, in case the widget needs it before it has arrived.
if (rest) widget.lungstage_rest(rest, exports);
widget.lungstage_messages(list);
const root = document.getElementById('lungstage');
// The first answer, from the first part alone (src/early.rs): the stage of what was typed into
// the pre-rendered form, now and at every entry, until the live widget takes over.
// The result's live region says the stage once it has stayed the same for as long as the live
// widget waits (its `data-after`, ms): typing 4.5 announces the stage of 4.5 cm, not that of
// 4 cm first.
const announcer = root?.querySelector('[data-testid="announcer"]');
let settling;
const early = () => {
  widget.lungstage_early();
  clearTimeout(settling);
  if (!announcer) return;
  settling = setTimeout(() => {
    const title = root.querySelector('[data-early]')?.dataset.title ?? '';
    if (announcer.textContent !== title) announcer.textContent = title;
  }, Number(announcer.dataset.after));
};
if (root && rest) {
  root.addEventListener('input', early);
  root.addEventListener('change', early);
  early();
}
// The live widget, once the rest is in. It marks its root `data-live` once it has taken the
// pre-rendered one's place.
const start = () => {
  if (root) {
    root.removeEventListener('input', early);
    root.removeEventListener('change', early);
    clearTimeout(settling);
    const live = new MutationObserver(() => {
      if (!root.querySelector('[data-live]')) return;
      live.disconnect();
      mark('hydrate');
    });
    live.observe(root, { subtree: true, attributeFilter: ['data-live'] });
  }
  widget.lungstage_start();
};
let restIn = Promise.resolve();
if (rest) {
  restIn = restFetched
    .then((response) => {
      if (!response.ok) throw new Error(`LungStage: cannot load ${rest}`);
      return compile(response);
    })
    .then(
      async (part) => {
        await restStyled;
        widget.lungstage_rest(part, exports);
        mark('rest');
      },
      // The widget then asks for the rest itself as it starts, and shows its crash notice if
      // that fails too.
      (error) => console.warn(error),
    )
    .then(start);
} else {
  // A build without a rest has everything already.
  start();
}

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
  // page.js opens share links in the live widget, so it waits for it.
  await Promise.all([preloaded, restIn]);
  (await import(link.href)).attachPage(widget);
}
