//! The messages layer: every sentence the core writes is a [`Msg`] with its values, and the
//! words come from the language's messages file (`messages/en.ftl`), compiled at build time
//! into a list of templates (`docs/messages.md`).
//!
//! Native tools (the CLI, the JavaScript API's module, the build's own tools) embed every
//! language with the `embed-messages` feature. The widget does not: its page loads the
//! language's words of the first render ([`Msg::WORDS`]) beside the wasm and hands them over
//! ([`install`]) before the first render, and the other messages after the first paint, so
//! the widget's wasm carries no language's texts.

use std::fmt;
use std::sync::{Arc, RwLock};

/// The Fluent subset's reader, which `build.rs` also includes; natively it reads the long
/// texts' English and translations (`deferred::english`, `deferred::translation`).
#[cfg(any(test, feature = "embed-messages", not(target_arch = "wasm32")))]
#[path = "messages/ftl.rs"]
#[allow(dead_code)]
pub(crate) mod ftl;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// One language's templates, in the order of [`Msg::ALL`]: text with `{0}`, `{1}`… for the
/// values and `{{`, `}}` for braces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts(Vec<String>);

/// A list of templates that does not fit this build's messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongLength {
    /// How many templates this build has.
    pub expected: usize,
    /// How many the list had.
    pub found: usize,
}

impl Texts {
    /// A language's templates, as its messages files list them: every message, or the words
    /// of the first render only ([`Msg::WORDS`]). An empty template is a message left out,
    /// which [`install`] keeps from the language installed before.
    pub fn new(mut templates: Vec<String>) -> Result<Texts, WrongLength> {
        match templates.len() {
            Msg::COUNT => Ok(Texts(templates)),
            Msg::WORDS => {
                templates.resize(Msg::COUNT, String::new());
                Ok(Texts(templates))
            }
            found => Err(WrongLength {
                expected: Msg::COUNT,
                found,
            }),
        }
    }

    /// The words of the first render, as a JSON list: the file the page loads beside the wasm.
    /// The page's own words (`page-`), which the build writes into each page, are left out
    /// (`null`): nothing reads them there.
    pub fn words_json(&self) -> String {
        let list = Msg::ALL[..Msg::WORDS]
            .iter()
            .zip(&self.0)
            .map(|(msg, template)| match msg.id().starts_with("page-") {
                true => serde_json::Value::Null,
                false => serde_json::Value::from(template.as_str()),
            })
            .collect();
        serde_json::Value::Array(list).to_string()
    }

    /// The page's own words (`page-` ids, without the prefix) as a JSON object, for the build's
    /// scripts (`scripts/embed-files.mjs`).
    pub fn page_json(&self) -> String {
        let words = Msg::ALL[..Msg::WORDS]
            .iter()
            .zip(&self.0)
            .filter_map(|(msg, template)| {
                let id = msg.id().strip_prefix("page-")?;
                Some((id.to_owned(), serde_json::Value::from(template.as_str())))
            })
            .collect();
        serde_json::Value::Object(words).to_string()
    }

    /// The templates of `lang` (`"en"`), if it has a messages file.
    #[cfg(feature = "embed-messages")]
    pub fn embedded(lang: &str) -> Option<Texts> {
        let i = LANGUAGES.iter().position(|l| *l == lang)?;
        Some(Texts(
            TEMPLATES[i].iter().map(|t| (*t).to_owned()).collect(),
        ))
    }

    /// The templates as a JSON list; `for_people` leaves out (`null`) the machines' messages
    /// and the words of the first render, which the page has already, as in the file the
    /// widget's page loads after the first paint.
    pub fn to_json(&self, for_people: bool) -> String {
        let list = Msg::ALL
            .iter()
            .zip(&self.0)
            .map(
                |(msg, template)| match for_people && (msg.for_machines() || msg.is_word()) {
                    true => serde_json::Value::Null,
                    false => serde_json::Value::from(template.as_str()),
                },
            )
            .collect();
        serde_json::Value::Array(list).to_string()
    }

    /// Writes `msg` with its values.
    pub fn write(
        &self,
        f: &mut dyn fmt::Write,
        msg: Msg,
        args: &[&dyn fmt::Display],
    ) -> fmt::Result {
        let template = match self.0.get(msg as usize).map_or("", String::as_str) {
            // A message this language's file left out: never blank.
            "" => return write!(f, "[message {}]", msg as usize),
            template => template,
        };
        let mut rest = template;
        while let Some(i) = rest.find(['{', '}']) {
            f.write_str(&rest[..i])?;
            let after = &rest[i + 1..];
            match (rest.as_bytes()[i], after.as_bytes().first()) {
                (b'{', Some(b'{')) | (b'}', Some(b'}')) => {
                    f.write_str(&rest[i..=i])?;
                    rest = &after[1..];
                }
                (b'{', _) => {
                    let end = after.find('}').unwrap_or(after.len());
                    if let Some(arg) = after[..end].parse::<usize>().ok().and_then(|n| args.get(n))
                    {
                        write!(f, "{arg}")?;
                    }
                    rest = after.get(end + 1..).unwrap_or("");
                }
                _ => {
                    f.write_str(&rest[i..=i])?;
                    rest = after;
                }
            }
        }
        f.write_str(rest)
    }
}

impl Msg {
    /// Whether the message is a word of the first render (`messages/words/`).
    pub const fn is_word(self) -> bool {
        (self as usize) < Msg::WORDS
    }
}

static INSTALLED: RwLock<Option<Arc<Texts>>> = RwLock::new(None);

/// The code of the language installed with [`install_language`], until [`install`] replaces
/// it: the long texts (`deferred`) follow it.
static INSTALLED_LANG: RwLock<Option<&'static str>> = RwLock::new(None);

thread_local! {
    /// The language of [`in_language`] on this thread, over the one installed.
    static SCOPED: std::cell::RefCell<Option<(Arc<Texts>, &'static str)>> =
        const { std::cell::RefCell::new(None) };
}

/// A language this build has no messages file for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = format!("{:?}", self.0);
        let known = LANGUAGES.join(", ");
        write(f, Msg::MachineUnknownLanguage, &[&lang, &known])
    }
}

impl std::error::Error for UnknownLanguage {}

/// The code of `lang` in [`LANGUAGES`], if it has a messages file.
pub fn language_code(lang: &str) -> Result<&'static str, UnknownLanguage> {
    LANGUAGES
        .iter()
        .copied()
        .find(|l| *l == lang)
        .ok_or_else(|| UnknownLanguage(lang.to_owned()))
}

/// The embedded templates of `lang`, read once.
#[cfg(feature = "embed-messages")]
fn embedded(lang: &'static str) -> Option<Arc<Texts>> {
    static CACHE: [std::sync::OnceLock<Option<Arc<Texts>>>; LANGUAGES.len()] =
        [const { std::sync::OnceLock::new() }; LANGUAGES.len()];
    let i = LANGUAGES.iter().position(|l| *l == lang)?;
    CACHE[i]
        .get_or_init(|| Texts::embedded(lang).map(Arc::new))
        .clone()
}

/// Makes `lang` (`"en"`, `"es"`) the language every message and long text is written in from
/// now on, or says it has no messages file.
#[cfg(feature = "embed-messages")]
pub fn install_language(lang: &str) -> Result<(), UnknownLanguage> {
    let code = language_code(lang)?;
    let texts = embedded(code).ok_or_else(|| UnknownLanguage(lang.to_owned()))?;
    if let Ok(mut slot) = INSTALLED.write() {
        *slot = Some(texts);
    }
    if let Ok(mut slot) = INSTALLED_LANG.write() {
        *slot = Some(code);
    }
    Ok(())
}

/// `f`'s result, with every message and long text it writes on this thread in `lang`, whatever
/// is installed: one call's language, safe beside other threads writing in theirs.
#[cfg(feature = "embed-messages")]
pub fn in_language<R>(lang: &str, f: impl FnOnce() -> R) -> Result<R, UnknownLanguage> {
    let code = language_code(lang)?;
    let texts = embedded(code).ok_or_else(|| UnknownLanguage(lang.to_owned()))?;
    /// Puts the language before back, even if `f` panics.
    struct Restore(Option<(Arc<Texts>, &'static str)>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            SCOPED.with(|s| *s.borrow_mut() = before);
        }
    }
    let before = SCOPED.with(|s| s.borrow_mut().replace((texts, code)));
    let _restore = Restore(before);
    Ok(f())
}

/// The code of the language messages are written in on this thread: [`in_language`]'s, else
/// the one [`install_language`] installed, else English.
pub fn language() -> &'static str {
    if let Some(code) = SCOPED.with(|s| s.borrow().as_ref().map(|(_, code)| *code)) {
        return code;
    }
    INSTALLED_LANG
        .read()
        .ok()
        .and_then(|slot| *slot)
        .unwrap_or("en")
}

/// Makes `texts` the language every message is written in from now on. A message `texts`
/// leaves out (empty) keeps the template installed before, so the messages loaded after the
/// first paint add to the words of the first render. Installing another language's words
/// replaces every message: [`Texts::new`] leaves the rest out, and they then read as missing
/// until that language's other messages are installed.
pub fn install(texts: Texts) {
    if let Ok(mut slot) = INSTALLED.write() {
        let merged = match slot.take() {
            Some(old) if texts.0[..Msg::WORDS].iter().all(String::is_empty) => {
                let Texts(mut list) = texts;
                for (new, old) in list.iter_mut().zip(&old.0) {
                    if new.is_empty() {
                        new.clone_from(old);
                    }
                }
                Texts(list)
            }
            _ => texts,
        };
        *slot = Some(Arc::new(merged));
    }
    if let Ok(mut slot) = INSTALLED_LANG.write() {
        *slot = None;
    }
}

/// The installed language, or English where it is embedded.
fn current() -> Option<Arc<Texts>> {
    if let Some(texts) = SCOPED.with(|s| s.borrow().as_ref().map(|(texts, _)| texts.clone())) {
        return Some(texts);
    }
    if let Some(texts) = INSTALLED.read().ok().and_then(|slot| slot.clone()) {
        return Some(texts);
    }
    #[cfg(feature = "embed-messages")]
    {
        let english = embedded("en")?;
        if let Ok(mut slot) = INSTALLED.write() {
            *slot = Some(english.clone());
        }
        Some(english)
    }
    #[cfg(not(feature = "embed-messages"))]
    None
}

/// Writes `msg` with its values in the installed language. Before a language is installed
/// (only possible without `embed-messages`) it writes the message's number, never nothing:
/// its id would put every id into the widget's wasm.
pub(crate) fn write(f: &mut dyn fmt::Write, msg: Msg, args: &[&dyn fmt::Display]) -> fmt::Result {
    match current() {
        Some(texts) => texts.write(f, msg, args),
        None => write!(f, "[message {}]", msg as usize),
    }
}

/// `msg` with its values, as a string, in the installed language.
pub fn text(msg: Msg, args: &[&dyn fmt::Display]) -> String {
    let mut out = String::new();
    let _ = write(&mut out, msg, args);
    out
}

/// A message with its values, to be written later: what a `Display` impl returns.
pub(crate) struct Said<'a>(pub Msg, pub &'a [&'a dyn fmt::Display]);

impl fmt::Display for Said<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write(f, self.0, self.1)
    }
}

/// A word of the messages layer with no values (a feature's label, a station's name, the
/// disclaimer), written in the installed language; a constant can hold one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Word(pub Msg);

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write(f, self.0, &[])
    }
}

/// Written as its words.
impl serde::Serialize for Word {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_in_values_and_braces() {
        let mut templates = vec!["x".to_owned(); Msg::COUNT];
        templates[Msg::MachineNotSiteObject as usize] =
            "must be {{\"site\": 1}}, not {0}; {1} and {0}".to_owned();
        let texts = Texts::new(templates).unwrap();
        let mut out = String::new();
        texts
            .write(&mut out, Msg::MachineNotSiteObject, &[&"null", &2])
            .unwrap();
        assert_eq!(out, "must be {\"site\": 1}, not null; 2 and null");
        assert_eq!(
            Texts::new(vec![String::new()]),
            Err(WrongLength {
                expected: Msg::COUNT,
                found: 1
            })
        );
    }

    #[test]
    fn english_has_every_message() {
        let english = Texts::embedded("en").unwrap();
        assert_eq!(english.0.len(), Msg::COUNT);
        let for_people: Vec<serde_json::Value> =
            serde_json::from_str(&english.to_json(true)).unwrap();
        assert_eq!(for_people.len(), Msg::COUNT);
        assert!(for_people[Msg::MachineJson as usize].is_null());
        assert!(for_people[Msg::SubjectSize as usize].is_string());
        assert!(english.0.iter().all(|t| !t.is_empty()));
        assert_eq!(LANGUAGES[0], "en");
        assert_eq!(Msg::ALL.len(), Msg::COUNT);
    }

    #[test]
    fn spanish_has_every_message_in_its_own_words() {
        let english = Texts::embedded("en").unwrap();
        let spanish = Texts::embedded("es").unwrap();
        assert!(spanish.0.iter().all(|t| !t.is_empty()));
        let mut out = String::new();
        spanish
            .write(&mut out, Msg::ErrorSizeNotAboveZero, &[&0])
            .unwrap();
        assert!(out.contains("centímetros"), "{out}");
        // Codes and commands may be the same in both; sentences are not.
        assert_ne!(
            spanish.0[Msg::ConflictCategoryAndFindings as usize],
            english.0[Msg::ConflictCategoryAndFindings as usize]
        );
    }

    #[test]
    fn the_reader_refuses_what_it_would_drop() {
        for (source, line) in [
            ("a = one\na = two", "line 2"),
            ("a = { $Big }", "line 1"),
            ("a = { -term }", "line 1"),
            ("a = one }", "line 1"),
            ("a = {", "line 1"),
            ("a =\n    .attr = x", "line 2"),
            ("Bad = x", "line 1"),
            ("  stray", "line 1"),
            ("a =", "line 1"),
        ] {
            let error = ftl::parse(source).unwrap_err();
            assert!(error.starts_with(line), "{source:?}: {error}");
        }
        let parsed =
            ftl::parse("# note\na = one { $x }\n  two { \"{\" }\n\nb = { $y }{ $x }").unwrap();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0].template(&["x"]).unwrap(), "one {0} two {{");
        assert_eq!(parsed[1].args(), ["y", "x"]);
        assert_eq!(ftl::variant("error-duplicate-key"), "ErrorDuplicateKey");
    }

    #[test]
    fn a_translation_has_exactly_the_english_messages() {
        let english = ftl::parse("a = A { $x }\nb = B").unwrap();
        let good = ftl::parse("b = Be\na = { $x } A").unwrap();
        assert_eq!(ftl::templates(&english, &good).unwrap(), ["{0} A", "Be"]);
        for (translation, fault) in [
            ("a = A { $x }", "`b`"),
            ("a = A { $x }\nb = B\nc = C", "`c`"),
            ("a = A { $z }\nb = B", "{ $z }"),
        ] {
            let error = ftl::templates(&english, &ftl::parse(translation).unwrap()).unwrap_err();
            assert!(error.contains(fault), "{translation:?}: {error}");
        }
    }
}
