//! Writes the long texts the widget loads after its first answer (`lungstage::deferred`) into
//! `texts.json` in trunk's staging directory, and beside it each language's messages
//! (`messages-en.json`, `lungstage::messages`), which load with them; `scripts/embed-files.mjs`
//! then gives the files their hashed names and puts those and their integrity into
//! `lungstage.js`.
//!
//! Run natively by `scripts/post-build.mjs`, which trunk starts with `TRUNK_STAGING_DIR`; or
//! `texts FILE.json`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;

    let path = match lungstage_web::hook::staged_file("texts", "texts.json", "a JSON file to write")
    {
        Ok(path) => path,
        Err(code) => return code,
    };
    // Beside it, each language's messages (`messages-en.json`).
    let dir = path.parent().map(PathBuf::from).unwrap_or_default();
    let mut texts = lungstage::deferred::texts();
    // Each translation of the long texts must have every text English has, and no other.
    for (lang, source) in lungstage::deferred::translation::TRANSLATIONS {
        if let Err(e) = lungstage::deferred::translation::translate(&texts, source) {
            eprintln!("texts: core/messages/texts/{lang}.ftl:\n{e}");
            return std::process::ExitCode::FAILURE;
        }
    }
    texts[lungstage_web::components::case_picture::BODY_KEY] =
        lungstage_web::components::case_picture::BODY.into();
    let mut files = vec![(path, texts.to_string())];
    for lang in lungstage::messages::LANGUAGES {
        if let Some(texts) = lungstage::messages::Texts::embedded(lang) {
            files.push((
                dir.join(format!("messages-{lang}.json")),
                texts.to_json(true),
            ));
        }
    }
    for (path, text) in files {
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("texts: {}: {e}", path.display());
            return std::process::ExitCode::FAILURE;
        }
    }
    std::process::ExitCode::SUCCESS
}

/// The texts are written at build time, never in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
