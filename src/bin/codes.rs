//! Writes the codes `lungstage.js` checks an embed's `data-` attributes against, and
//! `frame.js` the iframe page's address (editions, cancer types, views, themes; the default
//! first), and the link keys `lungstage.js` reads in a canonical link, into `codes.json` in trunk's staging directory, so that they are written once, in
//! Rust; `scripts/embed-files.mjs` puts them into both scripts.
//!
//! Run natively by `scripts/post-build.mjs`, which trunk starts with `TRUNK_STAGING_DIR`; or
//! `codes FILE.json`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use lungstage::{Edition, Histology, LinkKey, View};
    use lungstage_web::options::Theme;

    /// The codes of `all`, the default first.
    fn codes<X: PartialEq + Default + Copy>(all: &[X], code: impl Fn(X) -> String) -> Vec<String> {
        let default = X::default();
        std::iter::once(default)
            .chain(all.iter().copied().filter(|x| *x != default))
            .map(code)
            .collect()
    }

    let path = match lungstage_web::hook::staged_file("codes", "codes.json", "a JSON file to write")
    {
        Ok(path) => path,
        Err(code) => return code,
    };
    let json = serde_json::json!({
        "edition": codes(&Edition::ALL, |e| e.number().to_string()),
        "histology": codes(&Histology::ALL, |h| h.code().to_owned()),
        "view": codes(&View::ALL, |v| v.code().to_owned()),
        "theme": codes(&Theme::ALL, |t| t.code().to_owned()),
        // The link keys the scripts read in a canonical link.
        "key": {
            "view": LinkKey::View.code(),
            "edition": LinkKey::Edition.code(),
            "stage": LinkKey::Stage.code(),
            "extent": LinkKey::Extent.code(),
            "lang": LinkKey::Lang.code(),
        },
        // The languages with a page, English first, and where `lungstage.js` finds the words
        // it shows in each language's messages file (`messages-<lang>.json`, a list): ids
        // that start with `js-`.
        "lang": lungstage::messages::LANGUAGES,
        "words": lungstage::messages::Msg::ALL
            .iter()
            .filter(|m| m.id().starts_with("js-"))
            .map(|m| (m.id().to_owned(), serde_json::Value::from(*m as usize)))
            .collect::<serde_json::Map<_, _>>(),
    });
    match std::fs::write(&path, json.to_string()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("codes: {}: {e}", path.display());
            std::process::ExitCode::FAILURE
        }
    }
}

/// The codes are written at build time, never in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
