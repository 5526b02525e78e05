//! Stage groups (anatomic stage) of the lung and mesothelioma tables.

use crate::messages::{Msg, Word, text};
use crate::vocabulary::codes::coded_enum;

coded_enum! {
    /// A stage group as printed in the AJCC tables.
    ///
    /// | Code | Used by |
    /// |---|---|
    /// | `occult` | lung: occult carcinoma (TX N0 M0) |
    /// | `0` | lung: Tis N0 M0 |
    /// | `IA1` `IA2` `IA3` `IB` `IIA` `IIB` `IIIA` `IIIB` `IIIC` `IVA` `IVB` | lung |
    /// | `I` | mesothelioma T1 N0 (9th edition, which has no IA/IB split) |
    /// | `IA` | lung T1 without subcategory with N0; mesothelioma T1 N0 (8th edition) |
    /// | `IV` | lung M1 without subcategory; mesothelioma M1 |
    /// | `II` | mesothelioma T1-2 N1 (8th); T1 N1 and T2 N0 (9th) |
    pub enum StageGroup (ListStageGroup) {
        /// Occult carcinoma: TX N0 M0.
        Occult = "occult",
        /// Stage 0: Tis N0 M0.
        Zero = "0",
        /// Lung stage IA1.
        IA1 = "IA1",
        /// Lung stage IA2.
        IA2 = "IA2",
        /// Lung stage IA3.
        IA3 = "IA3",
        /// Mesothelioma stage I: T1 N0 in the 9th edition, which has no IA/IB split.
        I = "I",
        /// Stage IA: lung T1 without subcategory with N0, or mesothelioma T1 N0 (8th edition).
        IA = "IA",
        /// Stage IB, in the lung and the mesothelioma tables.
        IB = "IB",
        /// Mesothelioma stage II (8th and 9th editions).
        II = "II",
        /// Lung stage IIA.
        IIA = "IIA",
        /// Lung stage IIB.
        IIB = "IIB",
        /// Stage IIIA, in the lung and the mesothelioma tables.
        IIIA = "IIIA",
        /// Stage IIIB, in the lung and the mesothelioma tables.
        IIIB = "IIIB",
        /// Lung stage IIIC.
        IIIC = "IIIC",
        /// Stage IV: lung M1 without subcategory, or mesothelioma M1.
        IV = "IV",
        /// Lung stage IVA: M1a or M1b.
        IVA = "IVA",
        /// Lung stage IVB: M1c, M1c1 or M1c2.
        IVB = "IVB",
    }
}

/// The one wording for "the tables define no stage group", wherever a stage would be named.
pub const NOT_DEFINED: Word = Word(Msg::NameNotDefined);

impl StageGroup {
    /// IA1, IA2 or IA3: the subgroups of IA.
    pub const fn is_ia(self) -> bool {
        matches!(self, StageGroup::IA1 | StageGroup::IA2 | StageGroup::IA3)
    }

    /// "IIB", or [`NOT_DEFINED`] where there is no group.
    pub fn code_or_not_defined(group: Option<StageGroup>) -> String {
        group.map_or_else(|| NOT_DEFINED.to_string(), |g| g.code().to_owned())
    }

    /// "Stage IIB", "Occult carcinoma", or "Stage not defined by the staging tables".
    pub fn title(group: Option<StageGroup>) -> String {
        group.map_or_else(|| text(Msg::NameStageNotDefined, &[]), StageGroup::name)
    }

    /// How it is written for people: "Stage IIB", "Occult carcinoma".
    pub fn name(self) -> String {
        match self {
            StageGroup::Occult => text(Msg::NameStageOccult, &[]),
            other => text(Msg::NameStage, &[&other.code()]),
        }
    }

    /// Severity order for "a worse category never lowers the stage". Groups
    /// without a subgroup sit with their first subgroup. Occult carcinoma
    /// (TX N0 M0) has no place in the order.
    pub const fn rank(self) -> Option<u8> {
        match self {
            StageGroup::Zero => Some(0),
            StageGroup::IA1 | StageGroup::IA | StageGroup::I => Some(1),
            StageGroup::IA2 => Some(2),
            StageGroup::IA3 => Some(3),
            StageGroup::IB => Some(4),
            StageGroup::IIA | StageGroup::II => Some(5),
            StageGroup::IIB => Some(6),
            StageGroup::IIIA => Some(7),
            StageGroup::IIIB => Some(8),
            StageGroup::IIIC => Some(9),
            StageGroup::IVA | StageGroup::IV => Some(10),
            StageGroup::IVB => Some(11),
            StageGroup::Occult => None,
        }
    }

    /// The broad stage, 0 to 4 (I, II, III, IV); `None` for occult carcinoma.
    pub const fn broad(self) -> Option<u8> {
        match self {
            StageGroup::Zero => Some(0),
            StageGroup::IA1
            | StageGroup::IA2
            | StageGroup::IA3
            | StageGroup::I
            | StageGroup::IA
            | StageGroup::IB => Some(1),
            StageGroup::II | StageGroup::IIA | StageGroup::IIB => Some(2),
            StageGroup::IIIA | StageGroup::IIIB | StageGroup::IIIC => Some(3),
            StageGroup::IV | StageGroup::IVA | StageGroup::IVB => Some(4),
            StageGroup::Occult => None,
        }
    }

    /// The group without a subgroup that covers several groups, if any:
    /// IA1 to IA3 are IA, IVA and IVB are IV. Used when a category without
    /// subcategory (T1, M1) leaves the subgroup open.
    pub const fn parent(self) -> Option<StageGroup> {
        match self {
            StageGroup::IA1 | StageGroup::IA2 | StageGroup::IA3 | StageGroup::IA => {
                Some(StageGroup::IA)
            }
            StageGroup::IVA | StageGroup::IVB | StageGroup::IV => Some(StageGroup::IV),
            StageGroup::Occult
            | StageGroup::Zero
            | StageGroup::I
            | StageGroup::IB
            | StageGroup::II
            | StageGroup::IIA
            | StageGroup::IIB
            | StageGroup::IIIA
            | StageGroup::IIIB
            | StageGroup::IIIC => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names() {
        for &g in StageGroup::ALL {
            assert_eq!(g.to_string().parse::<StageGroup>().unwrap(), g);
        }
        assert_eq!(StageGroup::IIB.name(), "Stage IIB");
        assert_eq!(StageGroup::Occult.name(), "Occult carcinoma");
        assert_eq!(StageGroup::Zero.name(), "Stage 0");
        assert!("IIID".parse::<StageGroup>().is_err());
    }

    #[test]
    fn parents_cover_their_subgroups() {
        assert_eq!(StageGroup::IA2.parent(), Some(StageGroup::IA));
        assert_eq!(StageGroup::IVB.parent(), Some(StageGroup::IV));
        assert_eq!(StageGroup::IIIA.parent(), None);
        for &g in StageGroup::ALL {
            if let Some(p) = g.parent() {
                assert_eq!(p.broad(), g.broad());
            }
        }
    }
}
