// Starts the LungStage wasm app from an external file, so the page needs no inline script.
// Trunk writes SRI-pinned preload links for the wasm-bindgen glue and the wasm binary (and,
// with `pattern_script = ""`, nothing inline). We load exactly those files, and pass the
// wasm's integrity to the real fetch too, so the binary is checked where it is used.
const glue = document.querySelector('link[rel="modulepreload"][href$=".js"]');
const wasm = document.querySelector('link[rel="preload"][href$=".wasm"]');
if (!glue || !wasm) {
  throw new Error('LungStage: the wasm preload links are missing from the page');
}
const { default: init } = await import(glue.href);
await init({ module_or_path: fetch(wasm.href, { integrity: wasm.integrity }) });
