//! Installs the crash notice when the widget's wasm starts. Mounting waits for the page's
//! language: `boot.js` hands it over, then calls `lungstage_start` (`lungstage.js` does the
//! same for in-page embeds).

fn main() {
    lungstage_web::crash::install();
}
