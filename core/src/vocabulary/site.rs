//! Metastasis sites.

use crate::vocabulary::codes::coded_enum;

coded_enum! {
    /// Where a distant metastasis is.
    ///
    /// | Site | Lung M (AJCC 8th; 9th per Fong 2024) |
    /// |---|---|
    /// | `contralateral_lung` `pleural_nodules` `malignant_pleural_effusion` `pericardial_nodules` `malignant_pericardial_effusion` | M1a (within the chest) |
    /// | `brain` `bone` `liver` `adrenal` `distant_lymph_node` `skin` `kidney` `peritoneum` `other` | outside the chest: one lesion M1b; more M1c (9th: M1c1 in one organ system, M1c2 in several) |
    ///
    /// In the 9th edition the whole skeleton is one organ system and both
    /// adrenal glands are one; each other site is its own system.
    pub enum Site (ListSite) {
        /// A nodule in the opposite lung.
        ContralateralLung = "contralateral_lung",
        /// Tumour nodules on the pleura.
        PleuralNodules = "pleural_nodules",
        /// Fluid around the lung that contains cancer cells.
        MalignantPleuralEffusion = "malignant_pleural_effusion",
        /// Tumour nodules on the pericardium.
        PericardialNodules = "pericardial_nodules",
        /// Fluid around the heart that contains cancer cells.
        MalignantPericardialEffusion = "malignant_pericardial_effusion",
        /// The brain.
        Brain = "brain",
        /// The skeleton, one organ system in the 9th edition.
        Bone = "bone",
        /// The liver.
        Liver = "liver",
        /// One or both adrenal glands, one organ system in the 9th edition.
        Adrenal = "adrenal",
        /// A lymph node outside the regional groups, such as axillary or abdominal.
        DistantLymphNode = "distant_lymph_node",
        /// The skin.
        Skin = "skin",
        /// The kidney.
        Kidney = "kidney",
        /// The peritoneum.
        Peritoneum = "peritoneum",
        /// Any other organ outside the chest.
        Other = "other",
    }
}

impl Site {
    /// Within the chest (M1a) rather than outside it.
    pub const fn is_intrathoracic(self) -> bool {
        use Site::*;
        match self {
            ContralateralLung
            | PleuralNodules
            | MalignantPleuralEffusion
            | PericardialNodules
            | MalignantPericardialEffusion => true,
            Brain | Bone | Liver | Adrenal | DistantLymphNode | Skin | Kidney | Peritoneum
            | Other => false,
        }
    }

    /// Whether mesothelioma counts this site as a distant metastasis; the
    /// pleural and pericardial sites are part of its T instead.
    pub const fn is_mesothelioma_metastasis(self) -> bool {
        use Site::*;
        match self {
            PleuralNodules
            | MalignantPleuralEffusion
            | PericardialNodules
            | MalignantPericardialEffusion => false,
            ContralateralLung | Brain | Bone | Liver | Adrenal | DistantLymphNode | Skin
            | Kidney | Peritoneum | Other => true,
        }
    }

    /// A plain name.
    pub const fn name(self) -> &'static str {
        use Site::*;
        match self {
            ContralateralLung => "the other lung",
            PleuralNodules => "nodules on the pleura",
            MalignantPleuralEffusion => {
                "fluid with cancer cells around the lung (malignant pleural effusion)"
            }
            PericardialNodules => "nodules on the pericardium",
            MalignantPericardialEffusion => {
                "fluid with cancer cells around the heart (malignant pericardial effusion)"
            }
            Brain => "brain",
            Bone => "bone",
            Liver => "liver",
            Adrenal => "adrenal gland",
            DistantLymphNode => "distant lymph node",
            Skin => "skin",
            Kidney => "kidney",
            Peritoneum => "peritoneum (lining of the abdomen)",
            Other => "another organ",
        }
    }

    /// A short name for lists and headings.
    pub const fn short_name(self) -> &'static str {
        use Site::*;
        match self {
            ContralateralLung => "other lung",
            PleuralNodules => "pleural nodules",
            MalignantPleuralEffusion => "pleural effusion",
            PericardialNodules => "pericardial nodules",
            MalignantPericardialEffusion => "pericardial effusion",
            Brain => "brain",
            Bone => "bone",
            Liver => "liver",
            Adrenal => "adrenal",
            DistantLymphNode => "distant lymph node",
            Skin => "skin",
            Kidney => "kidney",
            Peritoneum => "peritoneum",
            Other => "other organ",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_round_trip_and_split_by_chest() {
        for &s in Site::ALL {
            assert_eq!(s.to_string().parse::<Site>().unwrap(), s);
        }
        let inside = Site::ALL.iter().filter(|s| s.is_intrathoracic()).count();
        assert_eq!(inside, 5);
        assert!(Site::ContralateralLung.is_mesothelioma_metastasis());
        assert!(!Site::MalignantPleuralEffusion.is_mesothelioma_metastasis());
    }
}
