//! M: the distant metastasis category.

use crate::vocabulary::codes::coded_enum;
use crate::{Classified, Note, Prefix, SourceId};

coded_enum! {
    /// M category. M1c1 and M1c2 exist only in the 9th edition.
    ///
    /// | M | Lung (AJCC 8th; 9th split of M1c per Fong 2024) |
    /// |---|---|
    /// | M0 | no distant metastasis |
    /// | M1 | distant metastasis, subcategory not given |
    /// | M1a | within the chest: opposite lung, pleural or pericardial nodules or malignant effusion |
    /// | M1b | a single metastasis outside the chest |
    /// | M1c | several metastases outside the chest |
    /// | M1c1 | 9th: several, in one organ system |
    /// | M1c2 | 9th: several, in more than one organ system |
    ///
    /// Mesothelioma uses M0 and M1.
    pub enum M (ListMCategory) {
        /// No distant metastasis.
        M0 = "M0",
        /// Distant metastasis, subcategory not given.
        M1 = "M1",
        /// Metastasis within the chest: opposite lung, pleural or pericardial nodules, or malignant effusion.
        M1a = "M1a",
        /// A single metastasis outside the chest, in one organ.
        M1b = "M1b",
        /// Several metastases outside the chest; the 9th edition splits it into M1c1 and M1c2.
        M1c = "M1c",
        /// 9th edition: several metastases outside the chest, in one organ system.
        M1c1 = "M1c1",
        /// 9th edition: several metastases outside the chest, in more than one organ system.
        M1c2 = "M1c2",
    }
}

impl M {
    /// Severity order: M0 < M1a < M1b < M1c = M1c1 < M1c2 (M1 has none).
    pub const fn rank(self) -> Option<u8> {
        match self {
            M::M0 => Some(0),
            M::M1a => Some(1),
            M::M1b => Some(2),
            M::M1c | M::M1c1 => Some(3),
            M::M1c2 => Some(4),
            M::M1 => None,
        }
    }

    /// Whether there is any distant metastasis.
    pub const fn is_metastatic(self) -> bool {
        match self {
            M::M0 => false,
            M::M1 | M::M1a | M::M1b | M::M1c | M::M1c1 | M::M1c2 => true,
        }
    }

    /// The specific categories `self` stands for in the given lung table.
    pub const fn lung_subcategories(self, edition: crate::Edition) -> &'static [M] {
        let ninth = matches!(edition, crate::Edition::Ninth);
        match self {
            M::M1 if ninth => &[M::M1a, M::M1b, M::M1c1, M::M1c2],
            M::M1 => &[M::M1a, M::M1b, M::M1c],
            M::M1c if ninth => &[M::M1c1, M::M1c2],
            M::M1c => &[M::M1c],
            M::M0 => &[M::M0],
            M::M1a => &[M::M1a],
            M::M1b => &[M::M1b],
            M::M1c1 => &[M::M1c1],
            M::M1c2 => &[M::M1c2],
        }
    }

    /// The 8th-edition category that contains `self` (M1c1 and M1c2 are M1c).
    pub const fn in_eighth(self) -> M {
        match self {
            M::M1c1 | M::M1c2 => M::M1c,
            M::M0 | M::M1 | M::M1a | M::M1b | M::M1c => self,
        }
    }

    /// Whether mesothelioma staging uses this category.
    pub const fn is_mesothelioma(self) -> bool {
        match self {
            M::M0 | M::M1 => true,
            M::M1a | M::M1b | M::M1c | M::M1c1 | M::M1c2 => false,
        }
    }
}

/// `pM0` read as `cM0`, with a note saying why; any other category is kept as it is.
///
/// M0 is always clinical: there is no pathological M0 (AJCC 8th, general rules).
pub(crate) fn clinical_m0(m: Classified<M>) -> (Classified<M>, Option<Note>) {
    if m != Classified::with(Some(Prefix::P), M::M0) {
        return (m, None);
    }
    let note = Note::new(
        crate::Worded::new(crate::messages::Msg::NotePm0, &[]),
        SourceId::Ajcc8,
    );
    (Classified::with(Some(Prefix::C), M::M0), Some(note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_for_every_variant() {
        for &m in M::ALL {
            assert_eq!(m.to_string().parse::<M>().unwrap(), m);
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(serde_json::from_str::<M>(&json).unwrap(), m);
        }
        for bad in ["M2", "M1d", "MX", "M1c3", "M"] {
            assert!(bad.parse::<M>().is_err(), "{bad}");
        }
    }

    #[test]
    fn metastatic_and_eighth_view() {
        assert!(!M::M0.is_metastatic());
        assert!(
            M::ALL
                .iter()
                .filter(|m| **m != M::M0)
                .all(|m| m.is_metastatic())
        );
        assert_eq!(M::M1c2.in_eighth(), M::M1c);
        assert_eq!(
            M::M1.lung_subcategories(crate::Edition::Eighth),
            &[M::M1a, M::M1b, M::M1c]
        );
    }
}
