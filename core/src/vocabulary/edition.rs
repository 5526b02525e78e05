//! The TNM edition: 8th (AJCC 2018, UICC 2017) or 9th (AJCC Version 9, 2025).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Error;
use crate::input::error::{Cause, Excerpt, FieldPath};
use crate::messages::{Msg, Word};

/// Edition of the IASLC/AJCC/UICC TNM classification.
///
/// | Edition | In force (US registries) | Source |
/// |---|---|---|
/// | 8th | 1 January 2018 | NCCN Guidelines for Patients 2018 |
/// | 9th | 1 January 2025 | Radiology Assistant 2025; SEER "Lung \[V9: 2025+\]" |
///
/// Serialises as the number `8` or `9`; displays as `8th` or `9th`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Edition {
    /// The 8th edition (AJCC 2018, UICC 2017).
    Eighth,
    #[default]
    /// The 9th edition (AJCC Version 9, 2025), the default.
    Ninth,
}

impl Edition {
    /// Both editions, oldest first.
    pub const ALL: [Edition; 2] = [Edition::Eighth, Edition::Ninth];

    /// The edition number, `8` or `9`.
    pub const fn number(self) -> u8 {
        match self {
            Edition::Eighth => 8,
            Edition::Ninth => 9,
        }
    }

    /// The other edition, for side-by-side comparison.
    pub const fn other(self) -> Edition {
        match self {
            Edition::Eighth => Edition::Ninth,
            Edition::Ninth => Edition::Eighth,
        }
    }

    /// "8th", "9th": the edition as a word for people, in the installed language.
    pub fn name(self) -> String {
        self.name_msg().to_string()
    }

    /// [`Edition::name`] as a word of the messages layer.
    pub const fn name_msg(self) -> Word {
        Word(match self {
            Edition::Eighth => Msg::NameEditionEighth,
            Edition::Ninth => Msg::NameEditionNinth,
        })
    }

    /// The edition with this number; `None` for any number but 8 or 9.
    pub fn from_number(number: u64) -> Option<Edition> {
        match number {
            8 => Some(Edition::Eighth),
            9 => Some(Edition::Ninth),
            _ => None,
        }
    }
}

impl fmt::Display for Edition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}th", self.number())
    }
}

impl FromStr for Edition {
    type Err = Error;

    /// Reads `8`, `9`, `8th` or `9th` (any case).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let trimmed = s.trim().to_ascii_lowercase();
        let digits = trimmed.strip_suffix("th").unwrap_or(&trimmed);
        digits
            .parse::<u64>()
            .ok()
            .and_then(Edition::from_number)
            .ok_or_else(|| {
                Error::field(
                    FieldPath::Edition,
                    Cause::UnknownEdition {
                        code: Excerpt::new(s),
                    },
                )
            })
    }
}

impl Serialize for Edition {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.number())
    }
}

impl<'de> Deserialize<'de> for Edition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u64),
            Text(String),
        }
        match Raw::deserialize(deserializer)
            .map_err(|_| serde::de::Error::custom("must be 8 or 9"))?
        {
            Raw::Number(n) => Edition::from_number(n).ok_or_else(|| {
                serde::de::Error::custom(format!("{n} is not an edition; use 8 or 9"))
            }),
            Raw::Text(s) => s.parse().map_err(|_| {
                serde::de::Error::custom(format!("`{s}` is not an edition; use 8 or 9"))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_displays() {
        for (input, expected) in [
            ("8", Edition::Eighth),
            ("9", Edition::Ninth),
            ("8th", Edition::Eighth),
            (" 9TH ", Edition::Ninth),
        ] {
            assert_eq!(input.parse::<Edition>().unwrap(), expected, "{input}");
        }
        for bad in ["7", "10", "", "eighth", "9.0", "-9"] {
            assert!(bad.parse::<Edition>().is_err(), "{bad}");
        }
        for edition in Edition::ALL {
            assert_eq!(edition.to_string().parse::<Edition>().unwrap(), edition);
            assert_eq!(edition.other().other(), edition);
        }
    }

    #[test]
    fn json_is_a_number() {
        assert_eq!(serde_json::to_string(&Edition::Ninth).unwrap(), "9");
        assert_eq!(
            serde_json::from_str::<Edition>("8").unwrap(),
            Edition::Eighth
        );
        assert!(serde_json::from_str::<Edition>("7").is_err());
        assert!(serde_json::from_str::<Edition>("true").is_err());
    }
}
