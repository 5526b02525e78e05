//! Reads the subset of Project Fluent (`.ftl`) that the messages files use, at build time:
//! `build.rs` includes this file, so the wasm carries no parser.
//!
//! The subset: `# comments`, `id = text` with indented continuation lines, `{ $name }` for a
//! value the code fills in, and `{ "{" }` for a literal brace. Anything else in a placeable,
//! attributes (`.attr =`), terms (`-term =`) and selectors are refused with their line, so a
//! translator never writes something that would be dropped in silence.

/// One piece of a message: text, or a value the code fills in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Arg(String),
}

/// One message: its id and its pieces, with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub parts: Vec<Part>,
    pub line: usize,
}

impl Entry {
    /// The names of the values the message uses, in order of first use.
    pub fn args(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for part in &self.parts {
            if let Part::Arg(name) = part
                && !names.contains(&name.as_str())
            {
                names.push(name);
            }
        }
        names
    }

    /// The compact form the code reads at run time: text with `{{` and `}}` for braces and
    /// `{0}`, `{1}`… for the values, numbered in the order `order` gives their names.
    pub fn template(&self, order: &[&str]) -> Result<String, String> {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text(text) => {
                    for c in text.chars() {
                        match c {
                            '{' => out.push_str("{{"),
                            '}' => out.push_str("}}"),
                            c => out.push(c),
                        }
                    }
                }
                Part::Arg(name) => match order.iter().position(|n| n == name) {
                    Some(i) => out.push_str(&format!("{{{i}}}")),
                    None => {
                        return Err(format!(
                            "line {}: `{}` uses {{ ${name} }}, which the English message does not have",
                            self.line, self.id
                        ));
                    }
                },
            }
        }
        Ok(out)
    }
}

/// Reads a messages file; an error names its line.
pub fn parse(source: &str) -> Result<Vec<Entry>, String> {
    let mut entries: Vec<Entry> = Vec::new();
    // The message being read: its id, first line and text so far.
    let mut open: Option<(String, usize, String)> = None;
    let finish = |open: &mut Option<(String, usize, String)>,
                  entries: &mut Vec<Entry>|
     -> Result<(), String> {
        if let Some((id, line, text)) = open.take() {
            if entries.iter().any(|e| e.id == id) {
                return Err(format!("line {line}: `{id}` is given twice"));
            }
            let parts = placeables(&text, line)?;
            if parts.is_empty() {
                return Err(format!("line {line}: `{id}` has no text"));
            }
            entries.push(Entry { id, parts, line });
        }
        Ok(())
    };
    for (i, raw) in source.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            finish(&mut open, &mut entries)?;
            continue;
        }
        if raw.starts_with('#') {
            finish(&mut open, &mut entries)?;
            continue;
        }
        if raw.starts_with([' ', '\t']) {
            let text = raw.trim();
            if text.starts_with('.') || text.starts_with(['*', '[']) {
                return Err(format!(
                    "line {line}: attributes and variants are not used in these files"
                ));
            }
            match &mut open {
                Some((_, _, value)) => {
                    if !value.is_empty() {
                        value.push(' ');
                    }
                    value.push_str(text);
                }
                None => return Err(format!("line {line}: an indented line with no message")),
            }
            continue;
        }
        finish(&mut open, &mut entries)?;
        let Some((id, value)) = raw.split_once('=') else {
            return Err(format!("line {line}: expected `id = text`"));
        };
        let id = id.trim();
        let valid = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            return Err(format!(
                "line {line}: `{id}` is not a message id (lower case, digits and -)"
            ));
        }
        open = Some((id.to_owned(), line, value.trim().to_owned()));
    }
    finish(&mut open, &mut entries)?;
    Ok(entries)
}

/// Splits a message's text into text and `{ $name }` values.
fn placeables(text: &str, line: usize) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(['{', '}']) {
        if rest[start..].starts_with('}') {
            return Err(format!(
                "line {line}: a lone `}}`; write {{ \"}}\" }} for a brace"
            ));
        }
        plain.push_str(&rest[..start]);
        // A string literal may hold a brace: its placeable ends after the closing quote.
        let body = &rest[start + 1..];
        let from = match body.trim_start().strip_prefix('"') {
            Some(literal) => {
                let quote = body.len() - literal.len();
                literal.find('"').map_or(body.len(), |end| quote + end + 1)
            }
            None => 0,
        };
        let Some(len) = body[from..].find('}').map(|end| from + end + 1) else {
            return Err(format!("line {line}: a `{{` that is never closed"));
        };
        let inner = rest[start + 1..start + len].trim();
        if let Some(name) = inner.strip_prefix('$') {
            let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
                && name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            if !valid {
                return Err(format!("line {line}: `{inner}` is not a value name"));
            }
            if !plain.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut plain)));
            }
            parts.push(Part::Arg(name.to_owned()));
        } else if let Some(literal) = inner
            .strip_prefix('"')
            .and_then(|s| s.strip_suffix('"'))
            .filter(|s| !s.contains(['"', '\\']))
        {
            plain.push_str(literal);
        } else {
            return Err(format!(
                "line {line}: `{{ {inner} }}` is not used in these files; use {{ $name }} or {{ \"{{\" }}"
            ));
        }
        rest = &rest[start + len + 1..];
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        parts.push(Part::Text(plain));
    }
    Ok(parts)
}

/// The messages of `translation` in the order of `english`, as templates; a message missing
/// from the translation, one it has and English has not, and a value English does not have
/// are errors.
pub fn templates(english: &[Entry], translation: &[Entry]) -> Result<Vec<String>, String> {
    if let Some(extra) = translation
        .iter()
        .find(|t| !english.iter().any(|e| e.id == t.id))
    {
        return Err(format!(
            "line {}: `{}` is not an English message",
            extra.line, extra.id
        ));
    }
    english
        .iter()
        .map(|e| {
            let t = translation
                .iter()
                .find(|t| t.id == e.id)
                .ok_or_else(|| format!("`{}` (English line {}) is missing", e.id, e.line))?;
            t.template(&e.args())
        })
        .collect()
}

/// `error-duplicate-key` as a Rust variant name: `ErrorDuplicateKey`.
pub fn variant(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}
