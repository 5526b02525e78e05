//! Installs the crash notice when the widget's wasm starts. `boot.js` then calls
//! `lungstage_start` (`lungstage.js` mounts in-page embeds itself); the page's language
//! arrives after the first paint, with the deferred texts.

fn main() {
    lungstage_web::crash::install();
}
