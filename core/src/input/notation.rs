//! Written TNM forms: `cT2a N1 M0`, `pT1cN2bM1c1`, `pT2a(m) pN2a1 cM0 G2 R0`.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::input::error::{Cause, Excerpt, WrittenFault};
use crate::messages::{Msg, Word};
use crate::rules::reason::Value;
use crate::vocabulary::codes::coded_enum;
use crate::vocabulary::m::clinical_m0;
use crate::vocabulary::prefix::split_prefix;
use crate::{Classified, Error, M, N, Note, Prefix, Scheme, SourceId, T, Worded};

/// A complete T, N and M, each with its prefix as written.
///
/// Reading is case-insensitive; T, N and M may be separated by spaces,
/// commas or semicolons, or written together. Each category is one token:
/// letters glued to a category belong to it unless they begin the next
/// category, so `T1cN0` is T1c N0 and `T1ml` is one (unknown) token. An `a`
/// glued to a category is never read as the autopsy prefix of the next one:
/// `N1aM0` is N1a M0, not N1 aM0. Writing gives the canonical form
/// `cT2a N1 M0`, which reads back to the same value.
///
/// `FromStr` reads plain categories only. [`Tnm::read`] also reads what
/// pathology reports add (IASLC's N subgroups such as `pN2a1`, descriptors
/// such as `G2` or `R0`, and `pM0`) for a given scheme, and says what it did.
///
/// ```
/// use lungstage::{Tnm, N, T};
///
/// let tnm: Tnm = "pT1cN2bM1c1".parse().unwrap();
/// assert_eq!(tnm.t.category, T::T1c);
/// assert_eq!(tnm.n.category, N::N2b);
/// assert_eq!(tnm.to_string(), "pT1c N2b M1c1");
///
/// let err = "T5 N1 M0".parse::<Tnm>().unwrap_err();
/// assert!(err.to_string().contains("T5"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Tnm {
    /// The T category, with its prefix if written.
    pub t: Classified<T>,
    /// The N category, with its prefix if written.
    pub n: Classified<N>,
    /// The M category, with its prefix if written.
    pub m: Classified<M>,
}

impl Tnm {
    /// A form of three categories with no prefixes.
    pub const fn new(t: T, n: N, m: M) -> Tnm {
        Tnm {
            t: Classified::plain(t),
            n: Classified::plain(n),
            m: Classified::plain(m),
        }
    }

    /// Accepts the form if a case may give its categories in `scheme` (for example no N3
    /// with mesothelioma; N2a with the 8th-edition lung table is read as N2 when staged).
    pub fn check(self, scheme: Scheme) -> Result<Tnm, Error> {
        scheme.check_t(self.t.category)?;
        scheme.accepts_n(self.n.category)?;
        scheme.accepts_m(self.m.category)?;
        Ok(self)
    }
}

impl fmt::Display for Tnm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.t, self.n, self.m)
    }
}

/// A written form read for one scheme, with what the reading did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The categories read, each with its prefix.
    pub tnm: Tnm,
    /// In plain words: what an N subgroup counts as, a pM0 read as cM0, and
    /// each descriptor set aside, in that order.
    pub notes: Vec<Note>,
    /// The descriptors set aside, as written: `(m)`, `G2`, `L0`, `V1`, `Pn0`, `R0`.
    pub ignored: Vec<String>,
}

coded_enum! {
    /// IASLC's optional pathological N subgroups (Asamura 2015), and what
    /// they count as in each edition.
    ///
    /// | Subgroup | Involved | 8th | 9th |
    /// |---|---|---|---|
    /// | pN1a | a single N1 station | N1 | N1 |
    /// | pN1b | several N1 stations | N1 | N1 |
    /// | pN2a1 | a single N2 station, no N1 ("skip") | N2 | N2a |
    /// | pN2a2 | a single N2 station, with N1 | N2 | N2a |
    /// | pN2b | several N2 stations | N2 | N2b |
    ///
    /// N2b is also a 9th-edition category and is read as one; it is taken as
    /// the subgroup only in the 8th edition with a p or yp prefix.
    enum Subgroup (ListNSubgroup) {
        N1a = "N1a",
        N1b = "N1b",
        N2a1 = "N2a1",
        N2a2 = "N2a2",
        N2b = "N2b",
    }
}

impl Subgroup {
    const fn involved(self) -> Word {
        Word(match self {
            Subgroup::N1a => Msg::SubN1a,
            Subgroup::N1b => Msg::SubN1b,
            Subgroup::N2a1 => Msg::SubN2a1,
            Subgroup::N2a2 => Msg::SubN2a2,
            Subgroup::N2b => Msg::SubN2b,
        })
    }

    /// The N category the subgroup counts as.
    const fn category(self, scheme: Scheme) -> N {
        let ninth = match scheme {
            Scheme::Lung9 => true,
            Scheme::Lung8 | Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => false,
        };
        match self {
            Subgroup::N1a | Subgroup::N1b => N::N1,
            Subgroup::N2a1 | Subgroup::N2a2 if ninth => N::N2a,
            Subgroup::N2b if ninth => N::N2b,
            Subgroup::N2a1 | Subgroup::N2a2 | Subgroup::N2b => N::N2,
        }
    }
}

/// Descriptors that pathology reports write beside T, N and M (UICC 8th
/// general rules). None of them changes the stage.
///
/// | Written | Records | Values |
/// |---|---|---|
/// | `(m)` right after T | multiple primary tumours | `(m)`, or their number: `(2)` |
/// | G | grade | G1 to G4, GX |
/// | L | lymphatic invasion | L0, L1, LX |
/// | V | venous invasion | V0, V1, V2, VX |
/// | Pn | perineural invasion | Pn0, Pn1, PnX |
/// | R | residual tumour | R0, R1, R2, RX |
///
/// `Pn` is read only as written, capital P and small n: in any other case
/// (`pN0`, `PN0`, `pn0`) it is a pathological N.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Descriptor {
    Multiple,
    Grade,
    Lymphatic,
    Venous,
    Perineural,
    Residual,
}

impl Descriptor {
    /// The descriptors written as letters and one value.
    const LETTERED: [Descriptor; 5] = [
        Descriptor::Grade,
        Descriptor::Lymphatic,
        Descriptor::Venous,
        Descriptor::Perineural,
        Descriptor::Residual,
    ];

    /// The letters, and the values that may follow them (upper case).
    const fn letters(self) -> (&'static str, &'static [u8]) {
        match self {
            Descriptor::Multiple => ("(", b""),
            Descriptor::Grade => ("G", b"1234X"),
            Descriptor::Lymphatic => ("L", b"01X"),
            Descriptor::Venous => ("V", b"012X"),
            Descriptor::Perineural => ("Pn", b"01X"),
            Descriptor::Residual => ("R", b"012X"),
        }
    }

    const fn records(self) -> Word {
        Word(match self {
            Descriptor::Multiple => Msg::SubDescriptorMultiple,
            Descriptor::Grade => Msg::SubDescriptorGrade,
            Descriptor::Lymphatic => Msg::SubDescriptorLymphatic,
            Descriptor::Venous => Msg::SubDescriptorVenous,
            Descriptor::Perineural => Msg::SubDescriptorPerineural,
            Descriptor::Residual => Msg::SubDescriptorResidual,
        })
    }

    /// Whether the letters are written as this descriptor's.
    fn letters_match(self, written: &str) -> bool {
        let (letters, _) = self.letters();
        match self {
            Descriptor::Perineural => written == letters,
            Descriptor::Multiple
            | Descriptor::Grade
            | Descriptor::Lymphatic
            | Descriptor::Venous
            | Descriptor::Residual => written.eq_ignore_ascii_case(letters),
        }
    }
}

/// The lettered descriptor at the start of `text`, and its length.
fn descriptor_at(text: &str) -> Option<(Descriptor, usize)> {
    Descriptor::LETTERED.into_iter().find_map(|d| {
        let (letters, values) = d.letters();
        let written = text.get(..letters.len())?;
        let value = text.as_bytes().get(letters.len())?.to_ascii_uppercase();
        (d.letters_match(written) && values.contains(&value)).then_some((d, letters.len() + 1))
    })
}

/// The length of a multiple-tumour mark, `(m)` or `(3)`, at the start of `text`.
fn multiple_at(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('(')?;
    let inner = &inner[..inner.find(')')?];
    let is_mark = inner.eq_ignore_ascii_case("m")
        || (!inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()));
    is_mark.then_some(inner.len() + 2)
}

/// The three axes of a written form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Axis {
    T,
    N,
    M,
}

impl Axis {
    const ALL: [Axis; 3] = [Axis::T, Axis::N, Axis::M];

    const fn letter(self) -> char {
        match self {
            Axis::T => 'T',
            Axis::N => 'N',
            Axis::M => 'M',
        }
    }

    /// The length of the longest code of this axis that `text` starts with.
    fn longest_code(self, text: &str) -> Option<usize> {
        let codes: Vec<&str> = match self {
            Axis::T => T::ALL.iter().map(|c| c.code()).collect(),
            Axis::N => N::ALL.iter().map(|c| c.code()).collect(),
            Axis::M => M::ALL.iter().map(|c| c.code()).collect(),
        };
        codes
            .into_iter()
            .filter(|code| {
                text.get(..code.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(code))
            })
            .map(str::len)
            .max()
    }
}

/// Whether a new token begins at `text`, inside letters glued to the token
/// before: a lettered descriptor, or a prefix and axis letter followed by a
/// digit, `X` or (for T) `is`. A glued `a` is never a prefix there: it
/// belongs to the category before it (`N1a`, not N1 `aM0`).
fn begins_token(text: &str) -> bool {
    descriptor_at(text).is_some()
        || Axis::ALL.into_iter().any(|axis| {
            let (prefix, rest) = split_prefix(text, axis.letter());
            let mut chars = rest.chars().map(|c| c.to_ascii_uppercase());
            prefix != Some(Prefix::A)
                && chars.next() == Some(axis.letter())
                && chars.next().is_some_and(|c| {
                    c.is_ascii_digit() || c == 'X' || (axis == Axis::T && c == 'I')
                })
        })
}

/// Where the letters and digits from `from` on stop: at anything else, or
/// where a new token begins.
fn run_end(text: &str, from: usize) -> usize {
    let mut at = from;
    while let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) {
        if !c.is_ascii_alphanumeric() || begins_token(&text[at..]) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

/// N as written: a category, or one of IASLC's subgroups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NRead {
    Category(Classified<N>),
    Subgroup(Option<Prefix>, Subgroup),
}

impl fmt::Display for NRead {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NRead::Category(c) => c.fmt(f),
            NRead::Subgroup(prefix, s) => {
                f.write_str(prefix.map_or("", Prefix::code))?;
                f.write_str(s.code())
            }
        }
    }
}

/// One token of a written form.
enum Token<'a> {
    T(Classified<T>),
    N(NRead),
    M(Classified<M>),
    Descriptor(Descriptor, &'a str),
}

/// Reads the token at the start of `text`; returns it and its length.
fn read_token(text: &str) -> Result<(Token<'_>, usize), Error> {
    if let Some((d, len)) = descriptor_at(text) {
        let end = run_end(text, len);
        return match end == len {
            true => Ok((Token::Descriptor(d, &text[..len]), len)),
            false => Err(Error::written(
                &text[..end],
                WrittenFault::UnknownValue {
                    records: d.records(),
                },
            )),
        };
    }
    for axis in Axis::ALL {
        let (prefix, rest) = split_prefix(text, axis.letter());
        if !rest.starts_with([axis.letter(), axis.letter().to_ascii_lowercase()]) {
            continue;
        }
        let used = text.len() - rest.len();
        let end = run_end(text, used + axis.longest_code(rest).unwrap_or(1));
        let code = &text[used..end];
        let token = match axis {
            Axis::T => T::from_code(code).map(|t| Token::T(Classified::with(prefix, t))),
            Axis::N => N::from_code(code)
                .map(|n| NRead::Category(Classified::with(prefix, n)))
                .or_else(|| Subgroup::from_code(code).map(|s| NRead::Subgroup(prefix, s)))
                .map(Token::N),
            Axis::M => M::from_code(code).map(|m| Token::M(Classified::with(prefix, m))),
        };
        return token.map(|t| (t, end)).ok_or_else(|| {
            Error::written(
                &text[..end],
                WrittenFault::UnknownCategory {
                    axis: axis.letter(),
                },
            )
        });
    }
    Err(Error::written(text, WrittenFault::NotACategory))
}

fn store<C: fmt::Display + Copy>(slot: &mut Option<C>, value: C, axis: char) -> Result<(), Error> {
    match slot {
        Some(first) => Err(Error::written(
            &value.to_string(),
            WrittenFault::Twice {
                axis,
                first: Excerpt::new(&first.to_string()),
            },
        )),
        None => {
            *slot = Some(value);
            Ok(())
        }
    }
}

/// Everything read from a written form, before the scheme is applied.
struct Reading {
    t: Classified<T>,
    n: NRead,
    m: Classified<M>,
    descriptors: Vec<(Descriptor, String)>,
}

/// Reads the tokens of `s` without a scheme.
fn read_tokens(s: &str) -> Result<Reading, Error> {
    let (mut t, mut n, mut m) = (None, None, None);
    let mut descriptors = Vec::new();
    // `(m)` belongs to T, glued or written after it.
    let mut after_t = false;
    for chunk in s
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|c| !c.is_empty())
    {
        let mut at = 0;
        while at < chunk.len() {
            let rest = &chunk[at..];
            if let Some(len) = multiple_at(rest).filter(|_| after_t) {
                descriptors.push((Descriptor::Multiple, rest[..len].to_owned()));
                at += len;
                after_t = false;
                continue;
            }
            let (token, len) = read_token(rest)?;
            after_t = matches!(token, Token::T(_));
            match token {
                Token::T(value) => store(&mut t, value, 'T')?,
                Token::N(value) => store(&mut n, value, 'N')?,
                Token::M(value) => store(&mut m, value, 'M')?,
                Token::Descriptor(d, written) => descriptors.push((d, written.to_owned())),
            }
            at += len;
            // A category followed directly by something that is not one.
            let next = &chunk[at..];
            if let Some(c) = next.chars().next()
                && !c.is_ascii_alphabetic()
                && !(after_t && multiple_at(next).is_some())
            {
                return Err(Error::written(
                    &chunk[..at + c.len_utf8()],
                    WrittenFault::TrailingCharacters,
                ));
            }
        }
    }
    let missing = |axis: char| Error::written(s.trim(), WrittenFault::Missing { axis });
    Ok(Reading {
        t: t.ok_or_else(|| missing('T'))?,
        n: n.ok_or_else(|| missing('N'))?,
        m: m.ok_or_else(|| missing('M'))?,
        descriptors,
    })
}

/// The N category an IASLC subgroup counts as in `scheme`, with a note.
///
/// The subgroups are pathological: the prefix is the N's own, or else the
/// T's (`pT1aN1a`).
fn subgroup(
    scheme: Scheme,
    prefix: Option<Prefix>,
    t_prefix: Option<Prefix>,
    s: Subgroup,
) -> Result<(Classified<N>, Note), Error> {
    let written = NRead::Subgroup(prefix, s).to_string();
    if !scheme.is_lung() {
        return Err(Error::code(Cause::Written {
            token: Excerpt::new(&written),
            fault: WrittenFault::SubgroupInMesothelioma,
        }));
    }
    if !matches!(prefix.or(t_prefix), Some(Prefix::P | Prefix::Yp)) {
        return Err(Error::code(Cause::Written {
            token: Excerpt::new(&written),
            fault: WrittenFault::SubgroupNotPathological { subgroup: s.code() },
        }));
    }
    let n = s.category(scheme);
    // The N2 split of the 9th edition is Rami-Porta 2024; the subgroups are Asamura 2015.
    let source = match n {
        N::N2a | N::N2b => SourceId::Iaslc9,
        N::Nx | N::N0 | N::N1 | N::N2 | N::N3 => SourceId::Asamura2015,
    };
    let note = Note::new(
        Worded::with(
            Msg::NotePathologicalSubgroup,
            vec![
                Value::text(&written),
                s.involved().into(),
                Value::text(&scheme.edition()),
                Value::text(&n),
            ],
        ),
        source,
    );
    Ok((Classified::with(prefix, n), note))
}

impl Tnm {
    /// Reads a written form for `scheme`, as a pathology report writes it:
    /// IASLC's N subgroups (`pN1a` to `pN2b`) count as the N category of the
    /// edition, `pM0` is read as `cM0`, and the descriptors `(m)`, G, L, V,
    /// Pn and R are set aside. Each of these gets a note. The result is
    /// checked against `scheme`.
    ///
    /// ```
    /// use lungstage::{Scheme, Tnm, N};
    ///
    /// let w = Tnm::read("pT2a pN2a1 cM0 G2", Scheme::Lung9).unwrap();
    /// assert_eq!(w.tnm.n.category, N::N2a);
    /// assert_eq!(w.ignored, ["G2"]);
    /// assert_eq!(w.notes.len(), 2);
    /// assert_eq!(Tnm::read("pT2a pN2a1 cM0", Scheme::Lung8).unwrap().tnm.n.category, N::N2);
    ///
    /// let err = Tnm::read("T1aN1aM0", Scheme::Lung9).unwrap_err();
    /// assert!(err.to_string().contains("`N1a`"));
    /// ```
    pub fn read(text: &str, scheme: Scheme) -> Result<Written, Error> {
        let reading = read_tokens(text)?;
        let t = reading.t;
        let pathological =
            |prefix: Option<Prefix>| matches!(prefix.or(t.prefix), Some(Prefix::P | Prefix::Yp));
        let mut notes = Vec::new();
        let n = match reading.n {
            NRead::Category(c)
                if c.category == N::N2b && scheme == Scheme::Lung8 && pathological(c.prefix) =>
            {
                let (n, note) = subgroup(scheme, c.prefix, t.prefix, Subgroup::N2b)?;
                notes.push(note);
                n
            }
            NRead::Category(c) => c,
            NRead::Subgroup(prefix, s) => {
                let (n, note) = subgroup(scheme, prefix, t.prefix, s)?;
                notes.push(note);
                n
            }
        };
        let (m, note) = clinical_m0(reading.m);
        notes.extend(note);
        let tnm = Tnm { t, n, m }.check(scheme)?;
        for (d, written) in &reading.descriptors {
            notes.push(Note::new(
                Worded::with(
                    Msg::NoteDescriptorSetAside,
                    vec![Value::text(written), d.records().into()],
                ),
                SourceId::Uicc8,
            ));
        }
        Ok(Written {
            tnm,
            notes,
            ignored: reading.descriptors.into_iter().map(|(_, w)| w).collect(),
        })
    }
}

impl FromStr for Tnm {
    type Err = Error;

    /// Reads plain categories only; see [`Tnm::read`] for N subgroups and
    /// descriptors.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let reading = read_tokens(s)?;
        if let Some((_, written)) = reading.descriptors.first() {
            return Err(Error::written(written, WrittenFault::DescriptorNotCategory));
        }
        let n = match reading.n {
            NRead::Category(n) => n,
            subgroup @ NRead::Subgroup(..) => {
                return Err(Error::written(
                    &subgroup.to_string(),
                    WrittenFault::SubgroupNotCategory,
                ));
            }
        };
        Ok(Tnm {
            t: reading.t,
            n,
            m: reading.m,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_usual_written_forms() {
        let cases = [
            ("cT2a N1 M0", "cT2a N1 M0"),
            ("pT1cN2bM1c1", "pT1c N2b M1c1"),
            ("T2a,N1,M0", "T2a N1 M0"),
            ("t2a n1 m0", "T2a N1 M0"),
            ("ypT0 ypN0 cM0", "ypT0 ypN0 cM0"),
            ("  TisN0M0 ", "Tis N0 M0"),
            ("T1miN0M0", "T1mi N0 M0"),
            ("TXNXM1", "TX NX M1"),
            ("M0 N3 T4", "T4 N3 M0"),
            ("T1 cN0 M0", "T1 cN0 M0"),
            ("T1cN0M0", "T1c N0 M0"),
            ("pT2b;pN2a;cM1c2", "pT2b pN2a cM1c2"),
        ];
        for (input, canonical) in cases {
            let tnm: Tnm = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(tnm.to_string(), canonical, "{input}");
            assert_eq!(canonical.parse::<Tnm>().unwrap(), tnm, "{input} round trip");
        }
        let tnm: Tnm = "ypT1aN0M0".parse().unwrap();
        assert_eq!(tnm.t.prefix, Some(Prefix::Yp));
    }

    #[test]
    fn rejects_with_the_bad_token_named() {
        let cases = [
            ("T5 N1 M0", "T5"),
            ("T2a N1", "no M category"),
            ("N1 M0", "no T category"),
            ("T2a T3 N1 M0", "T is given twice"),
            ("T2aN9M0", "N9"),
            ("T2a N1 M0 extra", "extra"),
            ("", "no T category"),
            ("T2a-N1-M0", "T2a-"),
            ("stage IIB", "stage"),
            ("T2a N1 M2", "M2"),
            ("xT2a N1 M0", "xT2a"),
        ];
        for (input, expected) in cases {
            let err = input.parse::<Tnm>().unwrap_err().to_string();
            assert!(err.contains(expected), "{input}: {err}");
        }
    }

    #[test]
    fn letters_glued_to_a_category_are_one_token() {
        let cases = [
            ("T1aN1aM0", "`N1a`"),
            ("T1a N1a M0", "`N1a`"),
            ("pT1ml pN0 pM0", "`pT1ml`"),
            ("T1aN2a1M0", "`N2a1`"),
            ("cT2a cN1b cM0", "`cN1b`"),
            ("T2aG5 N0 M0", "`T2aG5`"),
        ];
        for (input, token) in cases {
            let err = Tnm::read(input, Scheme::Lung9).unwrap_err().to_string();
            assert!(err.contains(token), "{input}: {err}");
        }
        // Plain reading names the subgroup whole too, and no M is made up.
        let err = "T1aN1aM0".parse::<Tnm>().unwrap_err().to_string();
        assert!(err.contains("`N1a`"), "{err}");
    }

    fn read(input: &str, scheme: Scheme) -> Written {
        Tnm::read(input, scheme).unwrap_or_else(|e| panic!("{input}: {e}"))
    }

    #[test]
    fn subgroups_count_as_the_edition_category() {
        use Scheme::{Lung8, Lung9};
        let cases = [
            ("pT2a pN2a1 cM0", Lung9, "pT2a pN2a cM0"),
            ("pT2a pN2a1 cM0", Lung8, "pT2a pN2 cM0"),
            ("pT2a pN2a2 cM0", Lung9, "pT2a pN2a cM0"),
            ("pT2a pN2a2 cM0", Lung8, "pT2a pN2 cM0"),
            ("pT2a pN2b cM0", Lung8, "pT2a pN2 cM0"),
            ("pT1b pN1a cM0", Lung9, "pT1b pN1 cM0"),
            ("pT1b pN1b cM0", Lung8, "pT1b pN1 cM0"),
            ("ypT1b ypN2a1 cM0", Lung8, "ypT1b ypN2 cM0"),
            // A p on T covers an N written without one.
            ("pT1aN1aM0", Lung9, "pT1a N1 M0"),
        ];
        for (input, scheme, canonical) in cases {
            let w = read(input, scheme);
            assert_eq!(w.tnm.to_string(), canonical, "{input} {scheme:?}");
            let subgroup = input.split(' ').nth(1).unwrap_or("N1a");
            assert_eq!(w.notes.len(), 1, "{input} {scheme:?}: {:?}", w.notes);
            assert!(
                w.notes[0].text.to_string().contains(subgroup),
                "{input}: {:?}",
                w.notes
            );
        }
        // The one place the wording is pinned.
        let notes: Vec<(String, SourceId)> = read("pT2a pN2a1 cM0", Lung9)
            .notes
            .iter()
            .map(|n| (n.text.to_string(), n.source))
            .collect();
        assert_eq!(
            notes,
            [(
                "pN2a1 is IASLC's optional pathological subgroup for a single N2 station without N1 \
                 involvement (\"skip\"); in the 9th edition it counts as N2a."
                    .to_owned(),
                SourceId::Iaslc9,
            )]
        );
        assert_eq!(
            read("pT2a pN2a1 cM0", Lung8).notes[0].source,
            SourceId::Asamura2015
        );
        // N2b is the 9th-edition category itself: no note there.
        assert!(read("pT2a pN2b cM0", Lung9).notes.is_empty());
        // Clinical N2b in the 8th is still the 9th-edition category, read as N2 when staged.
        assert_eq!(read("cT2a cN2b cM0", Lung8).tnm.n.category, N::N2b);
        for input in ["pT2a pN1a cM0", "pT2a pN2a1 cM0"] {
            let err = Tnm::read(input, Scheme::Mesothelioma8)
                .unwrap_err()
                .to_string();
            assert!(err.contains("mesothelioma") && err.contains("pN"), "{err}");
        }
    }

    #[test]
    fn pathology_descriptors_are_set_aside() {
        let w = read("pT2a(m) pN0 cM0 G2 L0 V1 Pn0 R0", Scheme::Lung9);
        assert_eq!(w.tnm.to_string(), "pT2a pN0 cM0");
        assert_eq!(w.ignored, ["(m)", "G2", "L0", "V1", "Pn0", "R0"]);
        assert_eq!(w.notes.len(), 6);
        for (note, token) in w.notes.iter().zip(&w.ignored) {
            assert!(
                note.text.to_string().starts_with(token.as_str()),
                "{}",
                note.text
            );
            assert!(note.text.to_string().contains("does not change the stage"));
        }
        let cases = [
            ("pT2a (m) pN0 cM0", "pT2a pN0 cM0", &["(m)"][..]),
            ("pT2a(3)N0M0R1", "pT2a N0 M0", &["(3)", "R1"]),
            (
                "t2a n0 m0 gx lx vx rx",
                "T2a N0 M0",
                &["gx", "lx", "vx", "rx"],
            ),
            (
                "T2a N0 M0 G4 V2 R2 PnX",
                "T2a N0 M0",
                &["G4", "V2", "R2", "PnX"],
            ),
            // Any other spelling of Pn is pathological N.
            ("T2a PN0 M0", "T2a pN0 M0", &[]),
            ("T2a pn1 M0", "T2a pN1 M0", &[]),
        ];
        for (input, canonical, ignored) in cases {
            let w = read(input, Scheme::Lung9);
            assert_eq!(w.tnm.to_string(), canonical, "{input}");
            assert_eq!(w.ignored, ignored, "{input}");
        }
        for (input, token) in [
            ("T2a N0 M0 G5", "G5"),
            ("T2a N0 M0 L2", "L2"),
            ("T2a N0 M0 G12", "G12"),
            ("T2a N0 M0 (m)", "(m)"),
            ("T2a(x) N0 M0", "T2a("),
        ] {
            let err = Tnm::read(input, Scheme::Lung9).unwrap_err().to_string();
            assert!(err.contains(token), "{input}: {err}");
        }
        let err = "T2a N0 M0 G2".parse::<Tnm>().unwrap_err().to_string();
        assert!(err.contains("`G2`"), "{err}");
    }

    #[test]
    fn pathological_m0_is_clinical() {
        let w = read("pT1a pN0 pM0", Scheme::Lung9);
        assert_eq!(w.tnm.to_string(), "pT1a pN0 cM0");
        assert_eq!(w.notes.len(), 1);
        assert!(w.notes[0].text.to_string().contains("cM0"), "{:?}", w.notes);
        assert_eq!(
            read("pT1a pN0 pM1a", Scheme::Lung9).tnm.m.to_string(),
            "pM1a"
        );
        assert!(read("pT1a pN0 cM0", Scheme::Lung9).notes.is_empty());
        // The same rule where M is entered as a category.
        let m = crate::derive_m(
            Scheme::Lung9,
            Some(&crate::MetastasisInput::Category("pM0".parse().unwrap())),
        )
        .unwrap();
        assert_eq!(m.category.to_string(), "cM0");
        assert!(m.notes[0].text.to_string().contains("pM0"), "{:?}", m.notes);
        // Plain reading keeps what is written, so it stays the inverse of Display.
        assert_eq!("T1a N0 pM0".parse::<Tnm>().unwrap().m.to_string(), "pM0");
    }

    #[test]
    fn read_takes_every_plain_form_the_same_way() {
        for input in [
            "cT2a N1 M0",
            "pT1cN2bM1c1",
            "TXNXM1",
            "T1miN0M0",
            "ypT0 ypN0 cM0",
            "M0 N3 T4",
            "pT2b;pN2a;cM1c2",
            "T1 cN0 M0",
            "cT2acN1cM0",
        ] {
            let plain: Tnm = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
            let w = read(input, Scheme::Lung9);
            assert_eq!((w.tnm, w.notes.len()), (plain, 0), "{input}");
        }
        // A 9th-edition category with the 8th edition is read; staging reads it as N2.
        assert_eq!(read("T1c N2a M0", Scheme::Lung8).tnm.n.category, N::N2a);
    }

    #[test]
    fn edition_mismatch_is_a_separate_check() {
        let tnm: Tnm = "T1c N2a M0".parse().unwrap();
        assert!(tnm.check(Scheme::Lung9).is_ok());
        assert!(tnm.check(Scheme::Lung8).is_ok());
        let meso: Tnm = "T1 N2a M0".parse().unwrap();
        let err = meso.check(Scheme::Mesothelioma8).unwrap_err().to_string();
        assert!(err.contains("N2a") && err.contains("mesothelioma"), "{err}");
    }
}
