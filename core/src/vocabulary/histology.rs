//! The cancer type, which chooses the staging scheme.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::input::error::{Cause, Excerpt, FieldPath};
use crate::messages::{Msg, Word};

/// Cancer type as entered.
///
/// | Histology | JSON | Staged with |
/// |---|---|---|
/// | Non-small cell | `nsclc` | lung TNM |
/// | Small cell | `sclc` | lung TNM, plus limited/extensive |
/// | Carcinoid (typical or atypical) | `carcinoid` | lung TNM |
/// | Pleural mesothelioma | `mesothelioma` | its own TNM (8th and 9th editions) |
///
/// The AJCC 8th lung chapter covers small cell carcinoma and carcinoids (SEER
/// `ajcc_chapter_calculation_86583`); the 9th does too (Radiology Assistant 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Histology {
    #[default]
    /// Non-small cell lung cancer, the default.
    Nsclc,
    /// Small cell lung cancer.
    Sclc,
    /// Typical or atypical lung carcinoid tumour.
    Carcinoid,
    /// Pleural mesothelioma.
    Mesothelioma,
}

impl Histology {
    /// Every histology, in declaration order.
    pub const ALL: [Histology; 4] = [
        Histology::Nsclc,
        Histology::Sclc,
        Histology::Carcinoid,
        Histology::Mesothelioma,
    ];

    /// The JSON and command-line spelling.
    pub const fn code(self) -> &'static str {
        match self {
            Histology::Nsclc => "nsclc",
            Histology::Sclc => "sclc",
            Histology::Carcinoid => "carcinoid",
            Histology::Mesothelioma => "mesothelioma",
        }
    }

    /// A plain name for people, in the installed language.
    pub fn name(self) -> String {
        self.name_msg().to_string()
    }

    /// [`Histology::name`] as a word of the messages layer.
    pub const fn name_msg(self) -> Word {
        Word(match self {
            Histology::Nsclc => Msg::NameHistologyNsclc,
            Histology::Sclc => Msg::NameHistologySclc,
            Histology::Carcinoid => Msg::NameHistologyCarcinoid,
            Histology::Mesothelioma => Msg::NameHistologyMesothelioma,
        })
    }

    /// Whether the lung TNM tables apply (everything but mesothelioma).
    pub const fn is_lung(self) -> bool {
        match self {
            Histology::Nsclc | Histology::Sclc | Histology::Carcinoid => true,
            Histology::Mesothelioma => false,
        }
    }
}

crate::vocabulary::codes::coded_enum! {
    /// The histological subtype of a pleural mesothelioma, for the treatment text; not given
    /// is "not known". SEER's EOD V9 schema covers ICD-O-3 histologies 9050 to 9053; which code
    /// is which subtype was not read there, so no code is mapped here.
    ///
    /// | Code | Treatment text |
    /// |---|---|
    /// | `epithelioid` | by stage |
    /// | `sarcomatoid` | its own: no operation (ASCO, Kindler 2018) |
    /// | `biphasic` | by stage |
    pub enum Subtype (ListSubtype) {
        /// Epithelioid.
        Epithelioid = "epithelioid",
        /// Sarcomatoid.
        Sarcomatoid = "sarcomatoid",
        /// Biphasic (mixed epithelioid and sarcomatoid).
        Biphasic = "biphasic",
    }
}

impl fmt::Display for Histology {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Histology {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Histology::ALL
            .into_iter()
            .find(|h| h.code() == lower)
            .ok_or_else(|| {
                Error::field(
                    FieldPath::Histology,
                    Cause::UnknownHistology {
                        code: Excerpt::new(s),
                    },
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for h in Histology::ALL {
            assert_eq!(h.to_string().parse::<Histology>().unwrap(), h);
            let json = serde_json::to_string(&h).unwrap();
            assert_eq!(json, format!("\"{}\"", h.code()));
            assert_eq!(serde_json::from_str::<Histology>(&json).unwrap(), h);
        }
        assert_eq!("SCLC".parse::<Histology>().unwrap(), Histology::Sclc);
        for bad in ["", "lung", "adenocarcinoma", "non-small"] {
            assert!(bad.parse::<Histology>().is_err(), "{bad}");
        }
    }
}
