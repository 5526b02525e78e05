//! Reasons and notes: the provenance that travels with every result.

use std::fmt;

use serde::Serialize;

use crate::messages::{Msg, Word};
use crate::{M, N, NoteId, Scheme, SourceId, T};

/// A T, N or M category, as a reason names what its finding points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// A T category.
    T(T),
    /// An N category.
    N(N),
    /// An M category.
    M(M),
}

impl From<T> for Category {
    fn from(t: T) -> Category {
        Category::T(t)
    }
}

impl From<N> for Category {
    fn from(n: N) -> Category {
        Category::N(n)
    }
}

impl From<M> for Category {
    fn from(m: M) -> Category {
        Category::M(m)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Category::T(t) => t.fmt(f),
            Category::N(n) => n.fmt(f),
            Category::M(m) => m.fmt(f),
        }
    }
}

/// Written as its code, `"T3"`.
impl Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Why a category was chosen: one finding and the category it points to.
///
/// Every finding that contributes is listed; `decisive` marks those that set
/// the final category (the highest one wins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The category this finding alone points to, such as `T3`.
    pub category: Category,
    /// Plain words: "separate nodule in the same lobe, which outranks size".
    pub text: ReasonText,
    /// The source of the rule that maps the finding to its category.
    pub source: SourceId,
    /// Whether this finding set the final category.
    pub decisive: bool,
}

/// What a category entered directly says before its definition.
pub const ENTERED_DIRECTLY: Word = Word(Msg::NameEnteredDirectly);

/// A rule's words from the messages layer: messages with their values, written one after the
/// other in the installed language when shown (a rule, then what qualifies it: "the tumour
/// invades the chest wall" and ", which outranks size").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worded(Vec<(Msg, Vec<Value>)>);

/// A value a message fills in: text (a code, a number), a word of the messages layer (a
/// feature's label, a station's name), or a list of words separated by commas, written in
/// the installed language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Text(String),
    Word(Msg),
    Words(Vec<Msg>),
}

impl Value {
    /// A value written as it is now: a code, a number.
    pub(crate) fn text(value: &dyn fmt::Display) -> Value {
        Value::Text(value.to_string())
    }
}

impl From<Word> for Value {
    fn from(word: Word) -> Value {
        Value::Word(word.0)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Text(text) => f.write_str(text),
            Value::Word(msg) => crate::messages::write(f, *msg, &[]),
            Value::Words(msgs) => {
                for (i, msg) in msgs.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    crate::messages::write(f, *msg, &[])?;
                }
                Ok(())
            }
        }
    }
}

fn texts(args: &[&dyn fmt::Display]) -> Vec<Value> {
    args.iter().map(|a| Value::Text(a.to_string())).collect()
}

impl Worded {
    /// `msg` with its values.
    pub(crate) fn new(msg: Msg, args: &[&dyn fmt::Display]) -> Worded {
        Worded(vec![(msg, texts(args))])
    }

    /// `msg` with values that may be words of the messages layer ([`Value`]).
    pub(crate) fn with(msg: Msg, values: Vec<Value>) -> Worded {
        Worded(vec![(msg, values)])
    }

    /// These words, then `msg` with values that may be words of the messages layer.
    pub(crate) fn then_with(mut self, msg: Msg, values: Vec<Value>) -> Worded {
        self.0.push((msg, values));
        self
    }

    /// `msg` with words of the messages layer as its values.
    pub(crate) fn of_words(msg: Msg, words: &[Msg]) -> Worded {
        Worded(vec![(msg, words.iter().map(|&w| Value::Word(w)).collect())])
    }

    /// These words, then `msg` with its values.
    pub(crate) fn then(mut self, msg: Msg, args: &[&dyn fmt::Display]) -> Worded {
        self.0.push((msg, texts(args)));
        self
    }

    /// These words, then `more`.
    pub(crate) fn and(mut self, more: Worded) -> Worded {
        self.0.extend(more.0);
        self
    }

    /// `parts` one after the other, `between` written between each two.
    pub(crate) fn joined(parts: impl IntoIterator<Item = Worded>, between: Msg) -> Worded {
        let mut out = Worded(Vec::new());
        for (i, part) in parts.into_iter().enumerate() {
            if i > 0 {
                out.0.push((between, Vec::new()));
            }
            out.0.extend(part.0);
        }
        out
    }
}

impl fmt::Display for Worded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (msg, args) in &self.0 {
            let args: Vec<&dyn fmt::Display> =
                args.iter().map(|a| a as &dyn fmt::Display).collect();
            crate::messages::write(f, *msg, &args)?;
        }
        Ok(())
    }
}

/// Written as its words.
impl Serialize for Worded {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A reason's words: a rule's from the messages layer, or those of a category entered directly, whose definition loads later in the widget
/// (`deferred::definition`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReasonText {
    /// A rule's words, from the messages layer.
    Rule(Worded),
    /// A category entered directly: [`ENTERED_DIRECTLY`], then what the category means in the
    /// scheme's table (`definition`), where the table defines it.
    Entered(Scheme, Category),
}

impl fmt::Display for ReasonText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReasonText::Rule(words) => words.fmt(f),
            ReasonText::Entered(scheme, category) => match crate::definition(*scheme, *category) {
                Some((words, _)) => {
                    let key = crate::deferred::definition_text(*scheme, *category);
                    let words = crate::deferred::local(&key, words);
                    crate::messages::write(f, Msg::LineEnteredDirectlyMeans, &[&words])
                }
                None => crate::messages::write(f, Msg::LineEnteredDirectly, &[]),
            },
        }
    }
}

impl From<Worded> for ReasonText {
    fn from(words: Worded) -> ReasonText {
        ReasonText::Rule(words)
    }
}

/// Written as its words.
impl Serialize for ReasonText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A caveat or a point where sources disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The note's words.
    pub text: NoteText,
    /// The source the note rests on.
    pub source: SourceId,
}

/// A note's words: one of the fixed notes, whose words load later in the widget, or words
/// written for this case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteText {
    /// A fixed note, by its id.
    Fixed(NoteId),
    /// Words written for this case, from the messages layer.
    Rule(Worded),
}

impl Note {
    /// A note written for this case.
    pub(crate) fn new(text: Worded, source: SourceId) -> Note {
        Note {
            text: NoteText::Rule(text),
            source,
        }
    }

    /// One of the fixed notes.
    pub(crate) fn fixed(id: NoteId, source: SourceId) -> Note {
        Note {
            text: NoteText::Fixed(id),
            source,
        }
    }
}

impl fmt::Display for NoteText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoteText::Fixed(id) => f.write_str(crate::deferred::local(
                &crate::deferred::note(*id),
                id.text(),
            )),
            NoteText::Rule(words) => words.fmt(f),
        }
    }
}

/// Written as its words.
impl Serialize for NoteText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A category together with every reason behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived<C> {
    /// The category reached, with its prefix as entered.
    pub category: crate::Classified<C>,
    /// Every finding that contributed, each with the category it points to.
    pub reasons: Vec<Reason>,
    /// Caveats and points where sources disagree, about this category.
    pub notes: Vec<Note>,
    /// Derived from findings rather than entered as a category.
    pub from_findings: bool,
    /// The answer that would decide a category the findings leave open (mesothelioma's
    /// thickness); the stage waits for it, never for a default.
    pub asks: Option<crate::Awaiting>,
}

impl<C: Copy + std::fmt::Display + Into<Category>> Derived<C> {
    /// A category entered directly, with what it means in `scheme`'s table (and that
    /// definition's source, `source` where the table has none).
    pub(crate) fn entered(
        scheme: crate::Scheme,
        category: crate::Classified<C>,
        source: SourceId,
    ) -> Derived<C> {
        let entered = category.category.into();
        Derived {
            category,
            reasons: vec![Reason {
                category: entered,
                text: ReasonText::Entered(scheme, entered),
                source: crate::definition_source(scheme, entered).unwrap_or(source),
                decisive: true,
            }],
            notes: Vec::new(),
            from_findings: false,
            asks: None,
        }
    }

    /// A category entered directly, staged as `parent`, the category the scheme reads it as
    /// (`Scheme::accepts_n`): itself, or for N2a, N2b, M1c1 and M1c2 with the 8th-edition lung
    /// table the 8th-edition category that contains it, with a note. `split` is the source of
    /// the 9th edition's split of `parent`.
    pub(crate) fn entered_as_parent(
        scheme: crate::Scheme,
        category: crate::Classified<C>,
        parent: C,
        source: SourceId,
        split: SourceId,
    ) -> Derived<C> {
        if category.category.into() == parent.into() {
            return Derived::entered(scheme, category, source);
        }
        let mut derived = Derived::entered(
            scheme,
            crate::Classified::with(category.prefix, parent),
            source,
        );
        derived.notes.push(Note::new(
            Worded::new(
                Msg::NoteNinthCategoryAsEighth,
                &[&category.category, &parent],
            ),
            split,
        ));
        derived
    }

    /// A category set by one plain reason (nothing assessed, nothing found).
    pub(crate) fn single(
        category: C,
        text: impl Into<ReasonText>,
        source: SourceId,
        from_findings: bool,
    ) -> Derived<C> {
        Derived {
            category: crate::Classified::plain(category),
            reasons: vec![Reason {
                category: category.into(),
                text: text.into(),
                source,
                decisive: true,
            }],
            notes: Vec::new(),
            from_findings,
            asks: None,
        }
    }

    /// The highest of several candidate categories wins; every candidate
    /// stays listed and those equal to the winner are marked decisive.
    pub(crate) fn highest(
        candidates: Vec<(C, ReasonText, SourceId)>,
        rank: impl Fn(C) -> u8,
    ) -> Option<Derived<C>> {
        let best = candidates.iter().map(|(c, _, _)| rank(*c)).max()?;
        let winner = candidates.iter().find(|(c, _, _)| rank(*c) == best)?.0;
        Some(Derived {
            category: crate::Classified::plain(winner),
            reasons: candidates
                .into_iter()
                .map(|(c, text, source)| Reason {
                    category: c.into(),
                    text,
                    source,
                    decisive: rank(c) == best,
                })
                .collect(),
            notes: Vec::new(),
            from_findings: true,
            asks: None,
        })
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.category, self.text)
    }
}
