//! Written TNM forms: `cT2a N1 M0`, `pT1cN2bM1c1`, `T2a,N1,M0`.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::prefix::split_prefix;
use crate::{Classified, Error, M, N, Scheme, T};

/// A complete T, N and M, each with its prefix as written.
///
/// Reading is case-insensitive; T, N and M may be separated by spaces,
/// commas or semicolons, or written together. Each category is read
/// greedily, so `T1cN0` is T1c N0. Writing gives the canonical form
/// `cT2a N1 M0`, which reads back to the same value.
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
    pub t: Classified<T>,
    pub n: Classified<N>,
    pub m: Classified<M>,
}

impl Tnm {
    pub const fn new(t: T, n: N, m: M) -> Tnm {
        Tnm {
            t: Classified::plain(t),
            n: Classified::plain(n),
            m: Classified::plain(m),
        }
    }

    /// Accepts the form if its categories exist in `scheme` (for example no
    /// N2a in the 8th edition).
    pub fn check(self, scheme: Scheme) -> Result<Tnm, Error> {
        scheme.check_t(self.t.category)?;
        scheme.check_n(self.n.category)?;
        scheme.check_m(self.m.category)?;
        Ok(self)
    }
}

impl fmt::Display for Tnm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.t, self.n, self.m)
    }
}

/// The longest category code for `axis` that `text` starts with, ignoring case.
fn longest_code<C: Copy>(text: &str, all: &[C], code: fn(C) -> &'static str) -> Option<(C, usize)> {
    all.iter()
        .copied()
        .map(|c| (c, code(c)))
        .filter(|(_, code)| {
            text.len() >= code.len()
                && text.is_char_boundary(code.len())
                && text[..code.len()].eq_ignore_ascii_case(code)
        })
        .max_by_key(|(_, code)| code.len())
        .map(|(c, code)| (c, code.len()))
}

/// The text from the start up to the next possible category letter.
fn bad_token(text: &str) -> &str {
    let end = text
        .char_indices()
        .skip(1)
        .find(|(_, c)| matches!(c, 'T' | 'N' | 'M' | 't' | 'n' | 'm'))
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

#[derive(Default)]
struct Parts {
    t: Option<Classified<T>>,
    n: Option<Classified<N>>,
    m: Option<Classified<M>>,
}

fn store<C: fmt::Display + Copy>(slot: &mut Option<C>, value: C, axis: &str) -> Result<(), Error> {
    match slot {
        Some(first) => Err(Error::notation(
            value.to_string(),
            format!("{axis} is given twice (first {first})"),
        )),
        None => {
            *slot = Some(value);
            Ok(())
        }
    }
}

/// Reads one category at the start of `chunk`; returns the length read.
fn read_one(chunk: &str, parts: &mut Parts) -> Result<usize, Error> {
    for axis in ['T', 'N', 'M'] {
        let (prefix, rest) = split_prefix(chunk, axis);
        if !rest.starts_with([axis, axis.to_ascii_lowercase()]) {
            continue;
        }
        let used = chunk.len() - rest.len();
        let unknown = || {
            let token = &chunk[..used + bad_token(rest).len()];
            Error::notation(token, format!("is not a known {axis} category"))
        };
        let read = match axis {
            'T' => longest_code(rest, T::ALL, T::code).map(|(t, len)| {
                store(&mut parts.t, Classified::with(prefix, t), "T").map(|()| len)
            }),
            'N' => longest_code(rest, N::ALL, N::code).map(|(n, len)| {
                store(&mut parts.n, Classified::with(prefix, n), "N").map(|()| len)
            }),
            _ => longest_code(rest, M::ALL, M::code).map(|(m, len)| {
                store(&mut parts.m, Classified::with(prefix, m), "M").map(|()| len)
            }),
        };
        return match read {
            Some(Ok(len)) => Ok(used + len),
            Some(Err(e)) => Err(e),
            None => Err(unknown()),
        };
    }
    Err(Error::notation(
        chunk,
        "expected a T, N or M category such as T2a, N1 or M0",
    ))
}

impl FromStr for Tnm {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = Parts::default();
        for chunk in s
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|c| !c.is_empty())
        {
            let mut rest = chunk;
            while !rest.is_empty() {
                let used = read_one(rest, &mut parts)?;
                rest = &rest[used..];
                // A category followed directly by something that is not one.
                if let Some(c) = rest.chars().next()
                    && !c.is_ascii_alphabetic()
                {
                    return Err(Error::notation(
                        &chunk[..chunk.len() - rest.len() + c.len_utf8()],
                        "has characters after the category",
                    ));
                }
            }
        }
        let missing = |axis: &str, hint: &str| {
            Error::notation(s.trim(), format!("has no {axis} category ({hint})"))
        };
        Ok(Tnm {
            t: parts
                .t
                .ok_or_else(|| missing("T", "write TX if the tumour was not assessed"))?,
            n: parts
                .n
                .ok_or_else(|| missing("N", "write NX if the nodes were not assessed"))?,
            m: parts
                .m
                .ok_or_else(|| missing("M", "write M0 if there is no distant metastasis"))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Prefix;

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
    fn edition_mismatch_is_a_separate_check() {
        let tnm: Tnm = "T1c N2a M0".parse().unwrap();
        assert!(tnm.check(Scheme::Lung9).is_ok());
        let err = tnm.check(Scheme::Lung8).unwrap_err().to_string();
        assert!(err.contains("N2a") && err.contains("9th"), "{err}");
    }
}
