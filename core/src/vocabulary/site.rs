//! Metastasis sites.

use crate::messages::{Msg, Word};
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

    /// A plain name, in the installed language.
    pub fn name(self) -> String {
        self.name_msg().to_string()
    }

    /// [`Site::name`] as a word of the messages layer.
    pub const fn name_msg(self) -> Word {
        use Site::*;
        Word(match self {
            ContralateralLung => Msg::NameSiteContralateralLung,
            PleuralNodules => Msg::NameSitePleuralNodules,
            MalignantPleuralEffusion => Msg::NameSiteMalignantPleuralEffusion,
            PericardialNodules => Msg::NameSitePericardialNodules,
            MalignantPericardialEffusion => Msg::NameSiteMalignantPericardialEffusion,
            Brain => Msg::NameSiteBrain,
            Bone => Msg::NameSiteBone,
            Liver => Msg::NameSiteLiver,
            Adrenal => Msg::NameSiteAdrenal,
            DistantLymphNode => Msg::NameSiteDistantLymphNode,
            Skin => Msg::NameSiteSkin,
            Kidney => Msg::NameSiteKidney,
            Peritoneum => Msg::NameSitePeritoneum,
            Other => Msg::NameSiteOther,
        })
    }

    /// A short name for lists and headings, in the installed language.
    pub fn short_name(self) -> String {
        self.short_name_msg().to_string()
    }

    /// [`Site::short_name`] as a word of the messages layer.
    pub const fn short_name_msg(self) -> Word {
        use Site::*;
        Word(match self {
            ContralateralLung => Msg::NameSiteShortContralateralLung,
            PleuralNodules => Msg::NameSiteShortPleuralNodules,
            MalignantPleuralEffusion => Msg::NameSiteShortMalignantPleuralEffusion,
            PericardialNodules => Msg::NameSiteShortPericardialNodules,
            MalignantPericardialEffusion => Msg::NameSiteShortMalignantPericardialEffusion,
            Brain => Msg::NameSiteShortBrain,
            Bone => Msg::NameSiteShortBone,
            Liver => Msg::NameSiteShortLiver,
            Adrenal => Msg::NameSiteShortAdrenal,
            DistantLymphNode => Msg::NameSiteShortDistantLymphNode,
            Skin => Msg::NameSiteShortSkin,
            Kidney => Msg::NameSiteShortKidney,
            Peritoneum => Msg::NameSiteShortPeritoneum,
            Other => Msg::NameSiteShortOther,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_round_trip_and_split_by_chest() {
        for &s in Site::ALL {
            assert_eq!(s.to_string().parse::<Site>().unwrap(), s);
            assert!(
                s.name_msg().0.is_word() && s.short_name_msg().0.is_word(),
                "{s}"
            );
        }
        let inside = Site::ALL.iter().filter(|s| s.is_intrathoracic()).count();
        assert_eq!(inside, 5);
        assert!(Site::ContralateralLung.is_mesothelioma_metastasis());
        assert!(!Site::MalignantPleuralEffusion.is_mesothelioma_metastasis());
    }
}
