//! N: the regional lymph node category.

use crate::vocabulary::codes::coded_enum;

coded_enum! {
    /// N category. N2a and N2b exist only in the 9th edition.
    ///
    /// | N | Lung (AJCC 8th; 9th split of N2 per Rami-Porta 2024) |
    /// |---|---|
    /// | NX | not assessed |
    /// | N0 | no regional node involved |
    /// | N1 | same-side hilar, peribronchial or intrapulmonary nodes |
    /// | N2 | same-side mediastinal or subcarinal nodes |
    /// | N2a | 9th: a single same-side mediastinal or subcarinal station |
    /// | N2b | 9th: several same-side mediastinal stations |
    /// | N3 | opposite-side mediastinal or hilar, or scalene or supraclavicular nodes |
    ///
    /// Mesothelioma (8th) uses NX, N0, N1 (same-side chest nodes) and N2
    /// (opposite-side mediastinal or supraclavicular nodes).
    pub enum N (ListNCategory) {
        /// The regional nodes cannot be assessed.
        Nx = "NX",
        /// No regional node involved.
        N0 = "N0",
        /// Same-side hilar, peribronchial or intrapulmonary nodes (mesothelioma: same-side chest nodes).
        N1 = "N1",
        /// Same-side mediastinal or subcarinal nodes (mesothelioma: opposite-side mediastinal or supraclavicular nodes).
        N2 = "N2",
        /// 9th edition: N2 in a single station.
        N2a = "N2a",
        /// 9th edition: N2 in several stations.
        N2b = "N2b",
        /// Opposite-side mediastinal or hilar nodes, or scalene or supraclavicular nodes on either side.
        N3 = "N3",
    }
}

impl N {
    /// Severity order: N0 < N1 < N2 = N2a < N2b < N3 (NX has none).
    pub const fn rank(self) -> Option<u8> {
        match self {
            N::N0 => Some(0),
            N::N1 => Some(1),
            N::N2 | N::N2a => Some(2),
            N::N2b => Some(3),
            N::N3 => Some(4),
            N::Nx => None,
        }
    }

    /// The specific categories `self` stands for in the given lung table.
    pub const fn lung_subcategories(self, edition: crate::Edition) -> &'static [N] {
        let ninth = matches!(edition, crate::Edition::Ninth);
        match self {
            N::N2 if ninth => &[N::N2a, N::N2b],
            N::N2 => &[N::N2],
            N::Nx => &[N::Nx],
            N::N0 => &[N::N0],
            N::N1 => &[N::N1],
            N::N2a => &[N::N2a],
            N::N2b => &[N::N2b],
            N::N3 => &[N::N3],
        }
    }

    /// The 8th-edition category that contains `self` (N2a and N2b are N2).
    pub const fn in_eighth(self) -> N {
        match self {
            N::N2a | N::N2b => N::N2,
            N::Nx | N::N0 | N::N1 | N::N2 | N::N3 => self,
        }
    }

    /// Whether mesothelioma staging (8th) uses this category.
    pub const fn is_mesothelioma(self) -> bool {
        match self {
            N::Nx | N::N0 | N::N1 | N::N2 => true,
            N::N2a | N::N2b | N::N3 => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_for_every_variant() {
        for &n in N::ALL {
            assert_eq!(n.to_string().parse::<N>().unwrap(), n);
            let json = serde_json::to_string(&n).unwrap();
            assert_eq!(serde_json::from_str::<N>(&json).unwrap(), n);
        }
        for bad in ["N4", "N2c", "N", "NO", "M0"] {
            assert!(bad.parse::<N>().is_err(), "{bad}");
        }
    }

    #[test]
    fn eighth_edition_view_merges_n2() {
        for (n, eighth) in [
            (N::N2a, N::N2),
            (N::N2b, N::N2),
            (N::N1, N::N1),
            (N::Nx, N::Nx),
        ] {
            assert_eq!(n.in_eighth(), eighth);
        }
        assert_eq!(
            N::N2.lung_subcategories(crate::Edition::Ninth),
            &[N::N2a, N::N2b]
        );
        assert_eq!(N::N2.lung_subcategories(crate::Edition::Eighth), &[N::N2]);
    }
}
