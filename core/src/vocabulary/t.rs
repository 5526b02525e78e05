//! T: the primary tumour category.

use crate::vocabulary::codes::coded_enum;

coded_enum! {
    /// T category (lung, AJCC 8th and 9th; the 9th left T unchanged).
    ///
    /// | T | Meaning (AJCC 8th via NCI PDQ) |
    /// |---|---|
    /// | TX | not assessable, or malignant cells in sputum or washings only |
    /// | T0 | no evidence of a primary tumour |
    /// | Tis | carcinoma in situ |
    /// | T1mi | minimally invasive adenocarcinoma |
    /// | T1a / T1b / T1c | at most 1 / 2 / 3 cm |
    /// | T1 | T1 without a subcategory |
    /// | T2a / T2b | over 3 to 4 / over 4 to 5 cm, or a T2 feature |
    /// | T2 | T2 without a subcategory |
    /// | T3 | over 5 to 7 cm, or a T3 structure or nodule |
    /// | T4 | over 7 cm, or a T4 structure or nodule |
    ///
    /// Mesothelioma uses TX, T0 and T1 to T4 with its own meanings.
    pub enum T (ListTCategory) {
        /// The primary tumour cannot be assessed, or is seen only as malignant cells in sputum or washings.
        Tx = "TX",
        /// No evidence of a primary tumour.
        T0 = "T0",
        /// Carcinoma in situ.
        Tis = "Tis",
        /// Minimally invasive adenocarcinoma.
        T1mi = "T1mi",
        /// At most 1 cm, or a superficial spreading tumour confined to the bronchial wall.
        T1a = "T1a",
        /// Over 1 cm and at most 2 cm.
        T1b = "T1b",
        /// Over 2 cm and at most 3 cm.
        T1c = "T1c",
        /// T1 without a subcategory.
        T1 = "T1",
        /// Over 3 cm and at most 4 cm, or a T2 feature at most 4 cm or of unknown size.
        T2a = "T2a",
        /// Over 4 cm and at most 5 cm.
        T2b = "T2b",
        /// T2 without a subcategory.
        T2 = "T2",
        /// Over 5 cm and at most 7 cm, a T3 structure invaded, or a separate nodule in the same lobe.
        T3 = "T3",
        /// Over 7 cm, a T4 structure invaded, or a separate nodule in another lobe of the same lung.
        T4 = "T4",
    }
}

impl T {
    /// Severity order among assessed tumours, for "a worse T never lowers the
    /// stage": Tis < T1mi < T1a < T1b < T1c < T2a < T2b < T3 < T4. TX, T0 and
    /// the categories without a subcategory have no place in it.
    pub const fn rank(self) -> Option<u8> {
        match self {
            T::Tis => Some(0),
            T::T1mi => Some(1),
            T::T1a => Some(2),
            T::T1b => Some(3),
            T::T1c => Some(4),
            T::T2a => Some(5),
            T::T2b => Some(6),
            T::T3 => Some(7),
            T::T4 => Some(8),
            T::Tx | T::T0 | T::T1 | T::T2 => None,
        }
    }

    /// The specific categories a category without subcategory stands for in
    /// the lung tables; a specific category stands for itself.
    pub const fn lung_subcategories(self) -> &'static [T] {
        match self {
            T::T1 => &[T::T1mi, T::T1a, T::T1b, T::T1c],
            T::T2 => &[T::T2a, T::T2b],
            T::Tx => &[T::Tx],
            T::T0 => &[T::T0],
            T::Tis => &[T::Tis],
            T::T1mi => &[T::T1mi],
            T::T1a => &[T::T1a],
            T::T1b => &[T::T1b],
            T::T1c => &[T::T1c],
            T::T2a => &[T::T2a],
            T::T2b => &[T::T2b],
            T::T3 => &[T::T3],
            T::T4 => &[T::T4],
        }
    }

    /// Whether mesothelioma staging uses this category.
    pub const fn is_mesothelioma(self) -> bool {
        match self {
            T::Tx | T::T0 | T::T1 | T::T2 | T::T3 | T::T4 => true,
            T::Tis | T::T1mi | T::T1a | T::T1b | T::T1c | T::T2a | T::T2b => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_for_every_variant() {
        for &t in T::ALL {
            assert_eq!(t.to_string().parse::<T>().unwrap(), t);
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), t);
        }
    }

    #[test]
    fn reads_any_case_and_rejects_the_rest() {
        for (input, expected) in [
            ("t1a", T::T1a),
            ("TIS", T::Tis),
            ("tx", T::Tx),
            ("T1MI", T::T1mi),
        ] {
            assert_eq!(input.parse::<T>().unwrap(), expected);
        }
        for bad in ["T5", "T1d", "", "T", "Tis1", "N1", "T2c"] {
            let err = bad.parse::<T>().unwrap_err().to_string();
            assert!(err.contains(bad), "{err}");
        }
    }

    #[test]
    fn rank_orders_specific_categories() {
        let ranked: Vec<T> = T::ALL
            .iter()
            .copied()
            .filter(|t| t.rank().is_some())
            .collect();
        assert_eq!(
            ranked,
            [
                T::Tis,
                T::T1mi,
                T::T1a,
                T::T1b,
                T::T1c,
                T::T2a,
                T::T2b,
                T::T3,
                T::T4
            ]
        );
        assert!(ranked.windows(2).all(|w| w[0].rank() < w[1].rank()));
    }
}
