//! The long texts in the translators' format: each language is a Fluent file,
//! `messages/texts/<lang>.ftl`. English's is the source the core reads its texts from
//! (`super::english`); every other language has its ids, and [`translate`] reads it against
//! the English texts. [`to_ftl`] writes texts in the form the English file is kept in.
//!
//! A key's id is the key in lower case, with `_` written `-` and `.` written `--`
//! (`meaning.lung9.IIIA` is `meaning--lung9--iiia`, as Fluent ids are written). A survival sentence's values are `{ $first }`, `{ $second }`… in
//! the order the widget fills them in; each item of a symptom list is a message of its own,
//! `symptoms--bone--1`. Source titles and addresses, and the picture's drawing, are not
//! translated: a citation names its source as published.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::messages::ftl::{self, Part};

/// Whether the text at `key` is translated.
fn translated(key: &str) -> bool {
    !key.starts_with("source.") && !key.starts_with("picture.")
}

use super::english::id;

/// A text as Fluent writes it: braces as literals.
fn escaped(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '{' => out.push_str(r#"{ "{" }"#),
            '}' => out.push_str(r#"{ "}" }"#),
            c => out.push(c),
        }
    }
    out
}

/// The names of a survival sentence's values, in the order the widget fills them in.
const VALUES: [&str; 4] = ["first", "second", "third", "fourth"];

/// The messages of one key: `(id, text)`, as English gives them.
fn messages(key: &str, value: &Value) -> Vec<(String, String)> {
    match value {
        Value::String(text) => vec![(id(key), escaped(text))],
        Value::Array(parts) if key.starts_with("survival.") => {
            let mut text = String::new();
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    let name = VALUES.get(i - 1).copied().unwrap_or("more");
                    text.push_str(&format!("{{ ${name} }}"));
                }
                text.push_str(&escaped(part.as_str().unwrap_or_default()));
            }
            vec![(id(key), text)]
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let text = escaped(item.as_str().unwrap_or_default());
                (format!("{}--{}", id(key), i + 1), text)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The English texts as the translators' file: every translated text, by key.
pub fn to_ftl(english: &Value) -> String {
    let mut out = String::from(HEADER);
    let Some(texts) = english.as_object() else {
        return out;
    };
    let mut keys: Vec<&String> = texts.keys().filter(|k| translated(k)).collect();
    keys.sort();
    let mut group = "";
    for key in keys {
        let first = key.split('.').next().unwrap_or_default();
        if first != group {
            group = first;
            out.push_str(&format!("\n## {first}\n\n"));
        }
        for (id, text) in messages(key, &texts[key.as_str()]) {
            out.push_str(&format!("{id} = {text}\n"));
        }
    }
    out
}

const HEADER: &str = "\
# LungStage's long texts, English: stage meanings, definitions, treatment, symptoms, notes and
# survival captions. The source of the English: the core reads its texts from this file
# (`lungstage::deferred::english`), so edit the English here. A translation is `<lang>.ftl`
# beside this file, with every id of it and no other (docs/translation.md). `{ $first }`,
# `{ $second }`: values the widget fills in, kept in their order.
";

/// The words of a text that a translation carries over as they are: codes such as T2a, N2b
/// and IIIB, percentages and dates.
fn carried(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || "(),;:“”\"'/".contains(c))
        .map(|w| w.trim_end_matches(['.']))
        .filter(|w| {
            let stage = w.len() >= 2
                && w.trim_end_matches(['A', 'B', 'C', '1', '2', '3'])
                    .chars()
                    .all(|c| matches!(c, 'I' | 'V'))
                && w.starts_with(['I', 'V']);
            let tnm = w.len() >= 2
                && w.starts_with(['T', 'N', 'M'])
                && w[1..].starts_with(|c: char| c.is_ascii_digit() || c == 'X' || c == 'i');
            let figure = w.ends_with('%') && w.starts_with(|c: char| c.is_ascii_digit());
            let date = w.len() == 10
                && w.chars().filter(|c| *c == '-').count() == 2
                && w.chars().all(|c| c.is_ascii_digit() || c == '-');
            stage || tnm || figure || date
        })
        .collect()
}

/// The texts of a translation, keyed as the English `english` (as [`texts`](super::texts)
/// gives them), read from its Fluent file: the untranslated texts as in English. An error
/// names the file's line and what is wrong: an id missing or extra, a value lost, moved or
/// added, a code, figure or date English has and the translation lost.
pub fn translate(english: &Value, source: &str) -> Result<Value, String> {
    let entries = ftl::parse(source)?;
    let texts = english
        .as_object()
        .ok_or("the English texts are not an object")?;
    let mut out = Map::new();
    let mut wanted = Vec::new();
    let mut faults = Vec::new();
    for (key, value) in texts {
        if !translated(key) {
            out.insert(key.clone(), value.clone());
            continue;
        }
        let mut list = Vec::new();
        for (id, english_text) in messages(key, value) {
            wanted.push(id.clone());
            let Some(entry) = entries.iter().find(|e| e.id == id) else {
                faults.push(format!("`{id}` is missing"));
                continue;
            };
            let english_entry = &ftl::parse(&format!("{id} = {english_text}"))?[0];
            if entry.args() != english_entry.args() {
                faults.push(format!(
                    "line {}: `{id}` must have {} in this order",
                    entry.line,
                    describe(&english_entry.args())
                ));
                continue;
            }
            let text = plain(&entry.parts);
            for word in carried(&plain(&english_entry.parts)) {
                if !text.contains(word) {
                    faults.push(format!("line {}: `{id}` has lost “{word}”", entry.line));
                }
            }
            list.push(entry.parts.clone());
        }
        out.insert(
            key.clone(),
            match value {
                Value::String(_) => list.first().map(|p| plain(p)).unwrap_or_default().into(),
                _ if key.starts_with("survival.") => list
                    .first()
                    .map(|parts| texts_between(parts))
                    .unwrap_or_default()
                    .into(),
                _ => list.iter().map(|p| plain(p)).collect::<Vec<_>>().into(),
            },
        );
    }
    for e in &entries {
        if !wanted.contains(&e.id) {
            faults.push(format!(
                "line {}: `{}` is not an English text",
                e.line, e.id
            ));
        }
    }
    match faults.is_empty() {
        true => Ok(Value::Object(out)),
        false => Err(faults.join("\n")),
    }
}

fn describe(args: &[&str]) -> String {
    match args {
        [] => "no values".to_owned(),
        _ => args
            .iter()
            .map(|a| format!("{{ ${a} }}"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The text of a message without values.
fn plain(parts: &[Part]) -> String {
    parts
        .iter()
        .filter_map(|p| match p {
            Part::Text(t) => Some(t.as_str()),
            Part::Arg(_) => None,
        })
        .collect()
}

/// The texts around a message's values, as the widget's survival sentences are stored.
fn texts_between(parts: &[Part]) -> Vec<String> {
    let mut out = vec![String::new()];
    for p in parts {
        match p {
            Part::Text(t) => out.last_mut().map(|s| s.push_str(t)).unwrap_or_default(),
            Part::Arg(_) => out.push(String::new()),
        }
    }
    out
}

/// Every translation of the long texts that this build has, as `(language, Fluent source)`:
/// the files `messages/texts/<lang>.ftl` but English's.
pub const TRANSLATIONS: &[(&str, &str)] = &[("es", include_str!("../../../messages/texts/es.ftl"))];

/// The long texts in `lang` (`"en"`, `"es"`), read once: English's as [`texts`](super::texts)
/// gives them, a translation's from its file; none for a language without a file, or whose
/// file does not read.
pub fn texts_in(lang: &str) -> Option<&'static Value> {
    static ENGLISH: OnceLock<Value> = OnceLock::new();
    static CACHE: [OnceLock<Option<Value>>; TRANSLATIONS.len()] =
        [const { OnceLock::new() }; TRANSLATIONS.len()];
    if lang == "en" {
        return Some(ENGLISH.get_or_init(super::texts));
    }
    let i = TRANSLATIONS.iter().position(|(l, _)| *l == lang)?;
    CACHE[i]
        .get_or_init(|| {
            let english = texts_in("en")?;
            translate(english, TRANSLATIONS[i].1).ok()
        })
        .as_ref()
}

/// The long texts of the language messages are written in (`messages::language`), where it
/// is not English.
pub(crate) fn current() -> Option<&'static Value> {
    match crate::messages::language() {
        "en" => None,
        lang => texts_in(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deferred::texts;

    #[test]
    fn the_english_file_has_every_text_the_core_uses_and_no_other() {
        // Read as a translation of the texts built from it, English must come back as it is:
        // every key the core asks for has its id, no id is unused, and no text is empty.
        let english = texts();
        let again = translate(&english, super::super::english::SOURCE)
            .unwrap_or_else(|e| panic!("messages/texts/en.ftl:\n{e}"));
        assert_eq!(again, english);
        for (key, value) in english.as_object().unwrap() {
            let empty = match value {
                Value::String(s) => s.is_empty(),
                Value::Array(a) => a.is_empty(),
                _ => true,
            };
            assert!(!empty, "{key} has no English in messages/texts/en.ftl");
        }
    }

    #[test]
    fn every_text_has_an_id_of_its_own() {
        let english = texts();
        let mut ids: Vec<String> = english
            .as_object()
            .unwrap()
            .iter()
            .flat_map(|(k, v)| messages(k, v).into_iter().map(|(id, _)| id))
            .collect();
        let all = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all);
    }

    #[test]
    fn every_translation_has_every_text() {
        let english = texts();
        for (lang, source) in TRANSLATIONS {
            let translated =
                translate(&english, source).unwrap_or_else(|e| panic!("{lang}.ftl:\n{e}"));
            let (a, b) = (
                english.as_object().unwrap(),
                translated.as_object().unwrap(),
            );
            assert_eq!(a.len(), b.len(), "{lang}");
            for (key, value) in a {
                let other = &b[key.as_str()];
                assert_eq!(value.is_array(), other.is_array(), "{lang} {key}");
                if let (Some(x), Some(y)) = (value.as_array(), other.as_array()) {
                    assert_eq!(x.len(), y.len(), "{lang} {key}");
                }
            }
        }
    }

    #[test]
    fn a_translation_that_loses_an_id_a_value_or_a_code_is_refused() {
        let english = serde_json::json!({
            "meaning.lung9.IIIA": "Stage IIIA: a T3 tumour (5 to 7 cm).",
            "survival.iaslc.case": ["This case, ", ": ", " 5-year overall survival."],
            "symptoms.bone": ["Pain", "Fractures"],
            "source.ajcc8.title": "AJCC Cancer Staging Manual",
        });
        let good = "meaning--lung9--iiia = Estadio IIIA: un tumor T3 (de 5 a 7 cm).\n\
            survival--iaslc--case = Este caso, { $first }: { $second } de supervivencia general a 5 años.\n\
            symptoms--bone--1 = Dolor\n\
            symptoms--bone--2 = Fracturas\n";
        let out = translate(&english, good).unwrap();
        assert_eq!(
            out["survival.iaslc.case"][2],
            " de supervivencia general a 5 años."
        );
        assert_eq!(out["symptoms.bone"][1], "Fracturas");
        assert_eq!(out["source.ajcc8.title"], "AJCC Cancer Staging Manual");
        assert!(
            to_ftl(&english)
                .contains("survival--iaslc--case = This case, { $first }: { $second } 5-year")
        );
        for (bad, fault) in [
            (
                good.replace("symptoms--bone--2 = Fracturas\n", ""),
                "`symptoms--bone--2` is missing",
            ),
            (
                format!("{good}symptoms--bone--3 = Más\n"),
                "`symptoms--bone--3` is not an English text",
            ),
            (
                good.replace("{ $first }: { $second }", "{ $second }: { $first }"),
                "must have { $first }, { $second } in this order",
            ),
            (good.replace("un tumor T3", "un tumor"), "has lost “T3”"),
            (good.replace("Estadio IIIA", "Estadio"), "has lost “IIIA”"),
        ] {
            let e = translate(&english, &bad).unwrap_err();
            assert!(e.contains(fault), "{e}");
        }
    }
}
