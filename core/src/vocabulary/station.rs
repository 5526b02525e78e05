//! Lymph node stations of the IASLC map, and the tumour's side.

use serde::{Deserialize, Serialize};

use crate::messages::{Msg, Word};
use crate::vocabulary::codes::coded_enum;

/// Side of the chest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The left side.
    Left,
    /// The right side.
    Right,
}

impl Side {
    /// Both sides, left first.
    pub const ALL: [Side; 2] = [Side::Left, Side::Right];

    /// How descriptors and share links write it: `left`, `right`.
    pub const fn code(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Side {
    type Err = crate::Error;

    /// The exact inverse of `code` (no other case, no spaces), as share links read it.
    fn from_str(s: &str) -> Result<Side, crate::Error> {
        Side::ALL
            .into_iter()
            .find(|side| side.code() == s)
            .ok_or_else(|| {
                crate::Error::code(crate::Cause::UnknownCode {
                    code: crate::Excerpt::new(s),
                    of: crate::messages::Msg::ListSide,
                })
            })
    }
}

coded_enum! {
    /// A station of the IASLC lymph node map (AJCC 8th ed., lung chapter).
    ///
    /// | Stations | Zone | Lung N on the tumour's side | Opposite side |
    /// |---|---|---|---|
    /// | 1R 1L | low cervical, supraclavicular | N3 | N3 |
    /// | 2R 2L 3aR 3aL 3pR 3pL 4R 4L 8R 8L 9R 9L | mediastinal | N2 | N3 |
    /// | 5 6 | mediastinal, left-sided | N2 | N3 |
    /// | 3a 3p 7 8 9 | mediastinal, taken as same side | N2 | (none) |
    /// | 10 to 14 R/L | hilar and intrapulmonary | N1 | N3 |
    pub enum Station (ListStation) {
        /// Right low cervical, supraclavicular and sternal notch nodes.
        S1R = "1R",
        /// Left low cervical, supraclavicular and sternal notch nodes.
        S1L = "1L",
        /// Right upper paratracheal nodes.
        S2R = "2R",
        /// Left upper paratracheal nodes.
        S2L = "2L",
        /// Prevascular nodes, side not given (taken as the tumour's side).
        S3a = "3a",
        /// Right prevascular nodes.
        S3aR = "3aR",
        /// Left prevascular nodes.
        S3aL = "3aL",
        /// Retrotracheal nodes, side not given (taken as the tumour's side).
        S3p = "3p",
        /// Right retrotracheal nodes.
        S3pR = "3pR",
        /// Left retrotracheal nodes.
        S3pL = "3pL",
        /// Right lower paratracheal nodes.
        S4R = "4R",
        /// Left lower paratracheal nodes.
        S4L = "4L",
        /// Subaortic (aortopulmonary window) nodes, on the left.
        S5 = "5",
        /// Para-aortic nodes, on the left.
        S6 = "6",
        /// Subcarinal nodes, taken as the tumour's side.
        S7 = "7",
        /// Paraoesophageal nodes, side not given (taken as the tumour's side).
        S8 = "8",
        /// Right paraoesophageal nodes.
        S8R = "8R",
        /// Left paraoesophageal nodes.
        S8L = "8L",
        /// Pulmonary ligament nodes, side not given (taken as the tumour's side).
        S9 = "9",
        /// Right pulmonary ligament nodes.
        S9R = "9R",
        /// Left pulmonary ligament nodes.
        S9L = "9L",
        /// Right hilar nodes.
        S10R = "10R",
        /// Left hilar nodes.
        S10L = "10L",
        /// Right interlobar nodes.
        S11R = "11R",
        /// Left interlobar nodes.
        S11L = "11L",
        /// Right lobar nodes.
        S12R = "12R",
        /// Left lobar nodes.
        S12L = "12L",
        /// Right segmental nodes.
        S13R = "13R",
        /// Left segmental nodes.
        S13L = "13L",
        /// Right subsegmental nodes.
        S14R = "14R",
        /// Left subsegmental nodes.
        S14L = "14L",
    }
}

/// Node zones of the IASLC map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    /// Station 1, low in the neck and above the collarbone.
    Supraclavicular,
    /// Stations 2 to 9, in the mediastinum.
    Mediastinal,
    /// Stations 10 to 14, at the lung root and within the lung.
    HilarIntrapulmonary,
}

/// Where an involved station lies relative to the tumour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Involvement {
    /// Station 1, either side.
    Supraclavicular,
    /// A mediastinal station on the tumour's side, or one taken as on it.
    SameSideMediastinal,
    /// A hilar or intrapulmonary station on the tumour's side.
    SameSideHilar,
    /// A mediastinal station on the opposite side.
    OppositeMediastinal,
    /// A hilar or intrapulmonary station on the opposite side.
    OppositeHilar,
}

impl Station {
    /// The station's number without side (`4R` and `4L` are both `4`;
    /// `8` and `8R` are both `8`), used to count distinct stations.
    pub const fn number(self) -> &'static str {
        use Station::*;
        match self {
            S1R | S1L => "1",
            S2R | S2L => "2",
            S3a | S3aR | S3aL => "3a",
            S3p | S3pR | S3pL => "3p",
            S4R | S4L => "4",
            S5 => "5",
            S6 => "6",
            S7 => "7",
            S8 | S8R | S8L => "8",
            S9 | S9R | S9L => "9",
            S10R | S10L => "10",
            S11R | S11L => "11",
            S12R | S12L => "12",
            S13R | S13L => "13",
            S14R | S14L => "14",
        }
    }

    /// The side a station lies on; `None` for those taken as same-side
    /// (3a, 3p, 7, 8, 9). Stations 5 and 6 are left-sided.
    pub const fn side(self) -> Option<Side> {
        use Station::*;
        match self {
            S1R | S2R | S3aR | S3pR | S4R | S8R | S9R | S10R | S11R | S12R | S13R | S14R => {
                Some(Side::Right)
            }
            S1L | S2L | S3aL | S3pL | S4L | S8L | S9L | S10L | S11L | S12L | S13L | S14L | S5
            | S6 => Some(Side::Left),
            S3a | S3p | S7 | S8 | S9 => None,
        }
    }

    /// The zone of the map the station belongs to.
    pub const fn zone(self) -> Zone {
        use Station::*;
        match self {
            S1R | S1L => Zone::Supraclavicular,
            S2R | S2L | S3a | S3aR | S3aL | S3p | S3pR | S3pL | S4R | S4L | S5 | S6 | S7 | S8
            | S8R | S8L | S9 | S9R | S9L => Zone::Mediastinal,
            S10R | S10L | S11R | S11L | S12R | S12L | S13R | S13L | S14R | S14L => {
                Zone::HilarIntrapulmonary
            }
        }
    }

    /// A short plain name, as on the IASLC map, in the installed language.
    pub fn name(self) -> String {
        self.name_msg().to_string()
    }

    /// [`Station::name`] as a word of the messages layer.
    pub const fn name_msg(self) -> Word {
        use Station::*;
        match self {
            S1R | S1L => Word(Msg::NameStation1),
            S2R | S2L => Word(Msg::NameStation2),
            S3a | S3aR | S3aL => Word(Msg::NameStation3a),
            S3p | S3pR | S3pL => Word(Msg::NameStation3p),
            S4R | S4L => Word(Msg::NameStation4),
            S5 => Word(Msg::NameStation5),
            S6 => Word(Msg::NameStation6),
            S7 => Word(Msg::NameStation7),
            S8 | S8R | S8L => Word(Msg::NameStation8),
            S9 | S9R | S9L => Word(Msg::NameStation9),
            S10R | S10L => Word(Msg::NameStation10),
            S11R | S11L => Word(Msg::NameStation11),
            S12R | S12L => Word(Msg::NameStation12),
            S13R | S13L => Word(Msg::NameStation13),
            S14R | S14L => Word(Msg::NameStation14),
        }
    }

    /// Where this station lies relative to a tumour on `tumor_side`.
    /// `None` when the station has a side and the tumour's side is unknown
    /// (station 1 is N3 on either side and needs no side).
    pub fn involvement(self, tumor_side: Option<Side>) -> Option<Involvement> {
        let same_side = match (self.side(), tumor_side) {
            (None, _) => true,
            (Some(station), Some(tumor)) => station == tumor,
            (Some(_), None) => {
                return (self.zone() == Zone::Supraclavicular)
                    .then_some(Involvement::Supraclavicular);
            }
        };
        Some(match (self.zone(), same_side) {
            (Zone::Supraclavicular, _) => Involvement::Supraclavicular,
            (Zone::Mediastinal, true) => Involvement::SameSideMediastinal,
            (Zone::Mediastinal, false) => Involvement::OppositeMediastinal,
            (Zone::HilarIntrapulmonary, true) => Involvement::SameSideHilar,
            (Zone::HilarIntrapulmonary, false) => Involvement::OppositeHilar,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_read_their_codes_exactly() {
        for side in Side::ALL {
            assert_eq!(side.to_string().parse::<Side>().unwrap(), side);
            let json = serde_json::to_string(&side).unwrap();
            assert_eq!(json, format!("\"{}\"", side.code()));
        }
        for bad in ["", "up", "Left", " right", "right "] {
            assert!(bad.parse::<Side>().is_err(), "{bad}");
        }
    }

    #[test]
    fn codes_round_trip_and_read_any_case() {
        for &s in Station::ALL {
            assert_eq!(s.to_string().parse::<Station>().unwrap(), s);
            assert!(!s.name().is_empty());
            assert!(s.name_msg().0.is_word(), "{s}");
        }
        assert_eq!("4r".parse::<Station>().unwrap(), Station::S4R);
        assert_eq!("3A".parse::<Station>().unwrap(), Station::S3a);
        for bad in ["15R", "4", "3", "3b", "R4", "10", ""] {
            assert!(bad.parse::<Station>().is_err(), "{bad}");
        }
    }

    #[test]
    fn involvement_by_side() {
        use Involvement::*;
        let right = Some(Side::Right);
        let cases = [
            (Station::S10R, right, Some(SameSideHilar)),
            (Station::S10L, right, Some(OppositeHilar)),
            (Station::S4R, right, Some(SameSideMediastinal)),
            (Station::S4L, right, Some(OppositeMediastinal)),
            (Station::S5, right, Some(OppositeMediastinal)),
            (Station::S5, Some(Side::Left), Some(SameSideMediastinal)),
            (Station::S7, None, Some(SameSideMediastinal)),
            (Station::S1R, Some(Side::Left), Some(Supraclavicular)),
            (Station::S1L, None, Some(Supraclavicular)),
            (Station::S4R, None, None),
            (Station::S8L, right, Some(OppositeMediastinal)),
            (Station::S3aL, right, Some(OppositeMediastinal)),
            (Station::S3pR, Some(Side::Left), Some(OppositeMediastinal)),
            (Station::S3aR, right, Some(SameSideMediastinal)),
            (Station::S3a, Some(Side::Left), Some(SameSideMediastinal)),
        ];
        for (station, side, expected) in cases {
            assert_eq!(station.involvement(side), expected, "{station} {side:?}");
        }
    }
}
