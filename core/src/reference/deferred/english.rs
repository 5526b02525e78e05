//! The English of the long texts, read from `messages/texts/en.ftl`, the file translators
//! work from: the code and the translations share one English source. A key's id is the key
//! in lower case, `-` for `_` and `--` for `.` (as `translation` writes them); a list's items
//! are `<id>--1`, `<id>--2`…; a survival sentence's values, `{ $first }`, `{ $second }`….
//!
//! Only native builds and builds with `embed-messages` read the file: the widget's wasm
//! carries none of these texts (its page loads them by key), and gets an empty text here.

/// The English file of the long texts, as committed.
#[cfg(any(feature = "embed-messages", not(target_arch = "wasm32")))]
pub const SOURCE: &str = include_str!("../../../messages/texts/en.ftl");

/// The Fluent id of a key: lower case, `-` for `_`, `--` for `.`.
#[cfg(any(feature = "embed-messages", not(target_arch = "wasm32")))]
pub(crate) fn id(key: &str) -> String {
    key.to_lowercase().replace('_', "-").replace('.', "--")
}

#[cfg(any(feature = "embed-messages", not(target_arch = "wasm32")))]
mod read {
    use std::collections::HashMap;
    use std::sync::OnceLock;

    use crate::messages::ftl::{self, Part};

    /// Every message of the English file, by id: the texts between its values.
    pub(super) fn messages() -> &'static HashMap<String, Vec<String>> {
        static MESSAGES: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
        MESSAGES.get_or_init(|| {
            let entries = ftl::parse(super::SOURCE)
                .unwrap_or_else(|e| panic!("messages/texts/en.ftl does not read: {e}"));
            entries
                .into_iter()
                .map(|e| {
                    let mut parts = vec![String::new()];
                    for p in e.parts {
                        match p {
                            Part::Text(t) => {
                                parts.last_mut().map(|s| s.push_str(&t)).unwrap_or_default()
                            }
                            Part::Arg(_) => parts.push(String::new()),
                        }
                    }
                    (e.id, parts)
                })
                .collect()
        })
    }
}

/// The English text at `key`; empty where the file has none (a test checks that every key
/// the texts use is in the file, and no other), and in the widget's wasm.
pub fn text(key: &str) -> &'static str {
    #[cfg(any(feature = "embed-messages", not(target_arch = "wasm32")))]
    if let Some(parts) = read::messages().get(&id(key)) {
        return parts.first().map_or("", String::as_str);
    }
    let _ = key;
    ""
}

/// The English list at `key` (a site's symptoms): its items `<id>--1`, `<id>--2`….
pub fn list(key: &str) -> Vec<&'static str> {
    #[cfg(any(feature = "embed-messages", not(target_arch = "wasm32")))]
    {
        let id = id(key);
        let mut out = Vec::new();
        while let Some(parts) = read::messages().get(&format!("{id}--{}", out.len() + 1)) {
            out.push(parts.first().map_or("", String::as_str));
        }
        out
    }
    #[cfg(not(any(feature = "embed-messages", not(target_arch = "wasm32"))))]
    {
        let _ = key;
        Vec::new()
    }
}

/// The English sentence at `key` as the texts around its values (a survival sentence).
pub fn parts(key: &str) -> Vec<&'static str> {
    #[cfg(any(feature = "embed-messages", not(target_arch = "wasm32")))]
    if let Some(parts) = read::messages().get(&id(key)) {
        return parts.iter().map(String::as_str).collect();
    }
    let _ = key;
    Vec::new()
}
