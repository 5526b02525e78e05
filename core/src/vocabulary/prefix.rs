//! Classification prefixes (c, p, yc, yp, r, a) and a category carrying one.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Error;
use crate::vocabulary::codes::coded_enum;

coded_enum! {
    /// How a category was established (AJCC general rules).
    ///
    /// | Prefix | Meaning |
    /// |---|---|
    /// | c | clinical (before treatment) |
    /// | p | pathological (after surgery) |
    /// | yc / yp | clinical / pathological after neoadjuvant treatment |
    /// | r | recurrence |
    /// | a | autopsy |
    pub enum Prefix (ListClassificationPrefix) {
        /// Clinical, before treatment.
        C = "c",
        /// Pathological, after surgery.
        P = "p",
        /// Clinical, after neoadjuvant treatment.
        Yc = "yc",
        /// Pathological, after neoadjuvant treatment.
        Yp = "yp",
        /// At recurrence.
        R = "r",
        /// At autopsy.
        A = "a",
    }
}

/// A category with an optional prefix, written `pT2a` or `N1`.
///
/// The prefix is kept as entered; it never changes the table cell, only the classification
/// of the axis and the group (`stage_prefixes`, `docs/classification.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Classified<C> {
    /// How the category was established, if the entry said.
    pub prefix: Option<Prefix>,
    /// The category itself.
    pub category: C,
}

impl<C> Classified<C> {
    /// A category with no prefix.
    pub const fn plain(category: C) -> Classified<C> {
        Classified {
            prefix: None,
            category,
        }
    }

    /// A category with the prefix, if any, as entered.
    pub const fn with(prefix: Option<Prefix>, category: C) -> Classified<C> {
        Classified { prefix, category }
    }
}

impl<C: fmt::Display> fmt::Display for Classified<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(prefix) = self.prefix {
            f.write_str(prefix.code())?;
        }
        self.category.fmt(f)
    }
}

/// The longest prefix that `s` starts with, followed by the rest; the rest
/// must start with the axis letter so `T1c` is never read as prefix `T1` `c`.
pub(crate) fn split_prefix(s: &str, axis: char) -> (Option<Prefix>, &str) {
    for prefix in [
        Prefix::Yc,
        Prefix::Yp,
        Prefix::C,
        Prefix::P,
        Prefix::R,
        Prefix::A,
    ] {
        let code = prefix.code();
        if s.len() > code.len()
            && s.is_char_boundary(code.len())
            && s[..code.len()].eq_ignore_ascii_case(code)
            && s[code.len()..].starts_with([axis, axis.to_ascii_lowercase()])
        {
            return (Some(prefix), &s[code.len()..]);
        }
    }
    (None, s)
}

macro_rules! classified_from_str {
    ($category:ty, $axis:literal, $list:ident) => {
        impl FromStr for Classified<$category> {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let trimmed = s.trim();
                let (prefix, rest) = split_prefix(trimmed, $axis);
                let category = rest.parse::<$category>().map_err(|_| {
                    Error::code($crate::input::error::Cause::UnknownCode {
                        code: $crate::input::error::Excerpt::new(trimmed),
                        of: $crate::messages::Msg::$list,
                    })
                })?;
                Ok(Classified { prefix, category })
            }
        }
    };
}

classified_from_str!(crate::T, 'T', ListTCategory);
classified_from_str!(crate::N, 'N', ListNCategory);
classified_from_str!(crate::M, 'M', ListMCategory);

impl<C: fmt::Display> Serialize for Classified<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de, C> Deserialize<'de> for Classified<C>
where
    Classified<C>: FromStr<Err = Error>,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|e: Error| serde::de::Error::custom(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{M, N, T};

    #[test]
    fn prefixes_are_kept() {
        for (input, prefix, t) in [
            ("pT2a", Some(Prefix::P), T::T2a),
            ("cT1c", Some(Prefix::C), T::T1c),
            ("ypT0", Some(Prefix::Yp), T::T0),
            ("YCT4", Some(Prefix::Yc), T::T4),
            ("T1c", None, T::T1c),
            ("rTX", Some(Prefix::R), T::Tx),
        ] {
            let parsed: Classified<T> = input.parse().unwrap();
            assert_eq!((parsed.prefix, parsed.category), (prefix, t), "{input}");
            assert!(parsed.to_string().eq_ignore_ascii_case(input));
        }
        assert_eq!("pN2b".parse::<Classified<N>>().unwrap().category, N::N2b);
        assert_eq!(
            "cM1c1".parse::<Classified<M>>().unwrap().to_string(),
            "cM1c1"
        );
        for bad in ["qT1", "pp T1", "p", "cN5", "xT1", "Tp1"] {
            assert!(bad.parse::<Classified<T>>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_prefix_and_category_round_trips() {
        for &t in T::ALL {
            for prefix in std::iter::once(None).chain(Prefix::ALL.iter().copied().map(Some)) {
                let c = Classified::with(prefix, t);
                assert_eq!(c.to_string().parse::<Classified<T>>().unwrap(), c);
            }
        }
    }
}
