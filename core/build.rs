//! Compiles the messages files into `messages.rs`: the typed `Msg` keys, and with the
//! `embed-messages` feature every language's templates. Each language has two files: the
//! words of the first render (`messages/words/<lang>.ftl`, which the page loads beside the
//! wasm) and every other message (`messages/<lang>.ftl`, loaded after the first paint); the
//! words come first in `Msg`. A message missing from a translation, or one English does not
//! have, fails the build.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/messages/ftl.rs"]
mod ftl;

fn main() {
    if let Err(message) = run() {
        eprintln!("messages: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let dir = Path::new("messages");
    println!("cargo::rerun-if-changed=messages");
    let read_file = |path: std::path::PathBuf| -> Result<Vec<ftl::Entry>, String> {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        ftl::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    };
    // A language's messages: its first-render words, then the rest. An id in both files is
    // given twice.
    let read = |lang: &str| -> Result<(usize, Vec<ftl::Entry>), String> {
        let mut entries = read_file(dir.join("words").join(format!("{lang}.ftl")))?;
        let words = entries.len();
        for entry in read_file(dir.join(format!("{lang}.ftl")))? {
            if entries.iter().any(|e| e.id == entry.id) {
                return Err(format!(
                    "messages/{lang}.ftl: line {}: `{}` is also in messages/words/{lang}.ftl",
                    entry.line, entry.id
                ));
            }
            entries.push(entry);
        }
        Ok((words, entries))
    };
    let (words, english) = read("en")?;
    let mut languages = vec!["en".to_owned()];
    let mut others: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let lang = name.strip_suffix(".ftl")?;
            (lang != "en").then(|| lang.to_owned())
        })
        .collect();
    others.sort();
    languages.extend(others);

    let mut out = String::new();
    out.push_str(
        "/// Every message of the messages files, by its id there (`error-duplicate-key` is\n",
    );
    out.push_str("/// `ErrorDuplicateKey`). Generated from `messages/en.ftl` by `build.rs`.\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Msg {\n");
    for e in &english {
        let text: String = e
            .parts
            .iter()
            .map(|p| match p {
                ftl::Part::Text(t) => t.clone(),
                ftl::Part::Arg(a) => format!("{{ ${a} }}"),
            })
            .collect();
        let _ = writeln!(
            out,
            "    /// {}",
            text.replace('`', "'")
                .replace('[', "\\[")
                .replace(']', "\\]")
        );
        let _ = writeln!(out, "    {},", ftl::variant(&e.id));
    }
    out.push_str("}\n\nimpl Msg {\n");
    let _ = writeln!(
        out,
        "    /// How many messages there are: the length of each language's list."
    );
    let _ = writeln!(out, "    pub const COUNT: usize = {};", english.len());
    let _ = writeln!(
        out,
        "    /// How many are words of the first render (`messages/words/`): the first ones."
    );
    let _ = writeln!(out, "    pub const WORDS: usize = {words};");
    out.push_str("    /// Every message, in the order of the files.\n");
    let _ = writeln!(out, "    pub const ALL: [Msg; {}] = [", english.len());
    for e in &english {
        let _ = writeln!(out, "        Msg::{},", ftl::variant(&e.id));
    }
    out.push_str("    ];\n\n    /// The message's id in the messages files.\n");
    out.push_str("    pub const fn id(self) -> &'static str {\n        match self {\n");
    for e in &english {
        let _ = writeln!(
            out,
            "            Msg::{} => {:?},",
            ftl::variant(&e.id),
            e.id
        );
    }
    out.push_str("        }\n    }\n\n    /// Whether the message is for machines only (the CLI, the API, the console): its id\n");
    out.push_str("    /// starts with `machine-`, and the widget's messages file leaves it out.\n");
    out.push_str("    pub const fn for_machines(self) -> bool {\n        match self {\n");
    for e in &english {
        let _ = writeln!(
            out,
            "            Msg::{} => {},",
            ftl::variant(&e.id),
            e.id.starts_with("machine-")
        );
    }
    out.push_str("        }\n    }\n\n    /// The names of the values the message takes, in the order the code gives them.\n");
    out.push_str(
        "    pub const fn args(self) -> &'static [&'static str] {\n        match self {\n",
    );
    for e in &english {
        let _ = writeln!(
            out,
            "            Msg::{} => &{:?},",
            ftl::variant(&e.id),
            e.args()
        );
    }
    out.push_str("        }\n    }\n}\n\n");

    out.push_str("/// The languages with a messages file, English first.\n");
    let _ = writeln!(
        out,
        "pub const LANGUAGES: [&str; {}] = {:?};\n",
        languages.len(),
        languages
    );
    out.push_str("/// Every language's templates, in the order of `LANGUAGES` and `Msg::ALL`.\n");
    out.push_str("#[cfg(feature = \"embed-messages\")]\n");
    let _ = writeln!(
        out,
        "pub(crate) static TEMPLATES: [[&str; {}]; {}] = [",
        english.len(),
        languages.len()
    );
    for lang in &languages {
        let entries = if lang == "en" {
            english.clone()
        } else {
            let (count, entries) = read(lang)?;
            if count != words {
                return Err(format!(
                    "messages/words/{lang}.ftl has {count} messages, messages/words/en.ftl {words}: a message belongs in the same file in every language"
                ));
            }
            entries
        };
        let templates =
            ftl::templates(&english, &entries).map_err(|e| format!("messages/{lang}.ftl: {e}"))?;
        out.push_str("    [\n");
        for t in templates {
            let _ = writeln!(out, "        {t:?},");
        }
        out.push_str("    ],\n");
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").map_err(|e| e.to_string())?).join("messages.rs");
    std::fs::write(&target, out).map_err(|e| format!("{}: {e}", target.display()))
}
