//! Writes, for each language, what the widget's page loads beside the wasm and after it:
//! `words-<lang>.json`, the words of the first render, which each page carries as data and an
//! in-page widget fetches; then
//! `messages-<lang>.json` (every other message, `lungstage::messages`) and `texts-<lang>.json`
//! (the long texts, `lungstage::deferred`, translated from `core/messages/texts/<lang>.ftl`),
//! which load after the first paint. `scripts/embed-files.mjs` then gives the files their
//! hashed names and puts those and their integrity into the pages and `lungstage.js`.
//!
//! Run natively by `scripts/post-build.mjs`, which trunk starts with `TRUNK_STAGING_DIR`; or
//! `texts DIR/texts.json`, which writes the files into `DIR`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;

    let path = match lungstage_web::hook::staged_file("texts", "texts.json", "a JSON file to write")
    {
        Ok(path) => path,
        Err(code) => return code,
    };
    let dir = path.parent().map(PathBuf::from).unwrap_or_default();
    let mut english = lungstage::deferred::texts();
    english[lungstage_web::components::case_picture::BODY_KEY] =
        lungstage_web::components::case_picture::BODY.into();
    let mut files = Vec::new();
    for lang in lungstage::messages::LANGUAGES {
        let long = match lungstage::deferred::translation::TRANSLATIONS
            .iter()
            .find(|(l, _)| *l == lang)
        {
            None if lang == "en" => english.clone(),
            None => {
                eprintln!("texts: core/messages/texts/{lang}.ftl is not in TRANSLATIONS");
                return std::process::ExitCode::FAILURE;
            }
            // Each translation must have every text English has, and no other.
            Some((_, source)) => {
                match lungstage::deferred::translation::translate(&english, source) {
                    Ok(texts) => texts,
                    Err(e) => {
                        eprintln!("texts: core/messages/texts/{lang}.ftl:\n{e}");
                        return std::process::ExitCode::FAILURE;
                    }
                }
            }
        };
        let Some(messages) = lungstage::messages::Texts::embedded(lang) else {
            continue;
        };
        files.push((dir.join(format!("texts-{lang}.json")), long.to_string()));
        files.push((
            dir.join(format!("words-{lang}.json")),
            messages.words_json(),
        ));
        files.push((
            dir.join(format!("messages-{lang}.json")),
            messages.to_json(true),
        ));
        // Read and removed by scripts/embed-files.mjs, which writes them into the pages.
        files.push((dir.join(format!("page-{lang}.json")), messages.page_json()));
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
