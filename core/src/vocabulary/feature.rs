//! Tumour features: the structures a tumour involves and separate nodules.
//!
//! Lung and pleural mesothelioma features are two types, [`LungFeature`] and [`MesoFeature`],
//! so that the lung T rules take only lung features and the mesothelioma T rules only
//! mesothelioma ones. [`Feature`] is either, for what reads or shows both: the input, links,
//! descriptors and the form's lists. Its codes are those of the two types.

use crate::messages::{Msg, Word};
use crate::vocabulary::codes::coded_enum;
use crate::{Edition, SourceId, T};

coded_enum! {
    /// A lung tumour finding other than its size, staged with the lung T.
    ///
    /// Lung features map to T as in the AJCC 8th table (NCI PDQ); the
    /// structures marked "9th" are those the 9th-edition descriptor lists
    /// name explicitly (Radiology Assistant 2025, SEER EOD V9). Azygos vein
    /// invasion is T4 under SEER's 8th-edition coding and T3 in the 9th.
    ///
    /// | T | Lung features |
    /// |---|---|
    /// | T1a (any size) | `superficial_spreading` |
    /// | T2 | `main_bronchus` `visceral_pleura` `atelectasis` `adjacent_lobe` |
    /// | T3 | `parietal_pleura` `chest_wall` `phrenic_nerve` `parietal_pericardium` `superior_sulcus` `separate_nodule_same_lobe`; 9th: `azygos_vein` `thoracic_nerve_roots` `stellate_ganglion` |
    /// | T4 | `diaphragm` `mediastinum` `heart` `visceral_pericardium` `great_vessels` `trachea` `recurrent_laryngeal_nerve` `esophagus` `vertebral_body` `carina` `separate_nodule_other_ipsilateral_lobe`; 9th: `thymus` `vagus_nerve` `intrapericardial_pulmonary_vessels` `supra_aortic_arteries` `brachiocephalic_veins` `subclavian_vessels` `lamina` `spinal_canal` `cervical_nerve_roots` `brachial_plexus` |
    pub enum LungFeature (ListTumourFeature) {
        /// Lung: a superficial spreading tumour whose invasive part is confined to the bronchial wall.
        SuperficialSpreading = "superficial_spreading",
        /// Lung: involves a main bronchus, but not the carina.
        MainBronchus = "main_bronchus",
        /// Lung: invades the visceral pleura.
        VisceralPleura = "visceral_pleura",
        /// Lung: collapse or obstructive pneumonitis reaching the hilum.
        Atelectasis = "atelectasis",
        /// Lung: grows across the fissure into the adjacent lobe.
        AdjacentLobe = "adjacent_lobe",
        /// Lung: invades the parietal pleura.
        ParietalPleura = "parietal_pleura",
        /// Lung: invades the chest wall.
        ChestWall = "chest_wall",
        /// Lung: invades the phrenic nerve.
        PhrenicNerve = "phrenic_nerve",
        /// Lung: invades the parietal pericardium.
        ParietalPericardium = "parietal_pericardium",
        /// Lung: a superior sulcus (Pancoast) tumour.
        SuperiorSulcus = "superior_sulcus",
        /// Lung: invades the azygos vein, whose T differs by edition.
        AzygosVein = "azygos_vein",
        /// Lung: invades the T1 or T2 thoracic nerve roots (9th-edition list).
        ThoracicNerveRoots = "thoracic_nerve_roots",
        /// Lung: invades the stellate ganglion (9th-edition list).
        StellateGanglion = "stellate_ganglion",
        /// Lung: a separate tumour nodule in the same lobe.
        SeparateNoduleSameLobe = "separate_nodule_same_lobe",
        /// Lung: invades the diaphragm.
        Diaphragm = "diaphragm",
        /// Lung: invades the mediastinum.
        Mediastinum = "mediastinum",
        /// Lung: invades the heart.
        Heart = "heart",
        /// Lung: invades the visceral pericardium.
        VisceralPericardium = "visceral_pericardium",
        /// Lung: invades the great vessels.
        GreatVessels = "great_vessels",
        /// Lung: invades the trachea.
        Trachea = "trachea",
        /// Lung: invades the recurrent laryngeal nerve.
        RecurrentLaryngealNerve = "recurrent_laryngeal_nerve",
        /// Lung: invades the oesophagus.
        Esophagus = "esophagus",
        /// Lung: invades a vertebral body.
        VertebralBody = "vertebral_body",
        /// Lung: invades the carina.
        Carina = "carina",
        /// Lung: invades the thymus (9th-edition list).
        Thymus = "thymus",
        /// Lung: invades the vagus nerve (9th-edition list).
        VagusNerve = "vagus_nerve",
        /// Lung: invades the pulmonary vessels inside the pericardium (9th-edition list).
        IntrapericardialPulmonaryVessels = "intrapericardial_pulmonary_vessels",
        /// Lung: invades the arteries branching from the aortic arch (9th-edition list).
        SupraAorticArteries = "supra_aortic_arteries",
        /// Lung: invades the brachiocephalic veins (9th-edition list).
        BrachiocephalicVeins = "brachiocephalic_veins",
        /// Lung: invades the subclavian vessels (9th-edition list).
        SubclavianVessels = "subclavian_vessels",
        /// Lung: invades the lamina of a vertebra (9th-edition list).
        Lamina = "lamina",
        /// Lung: invades the spinal canal (9th-edition list).
        SpinalCanal = "spinal_canal",
        /// Lung: invades the cervical nerve roots (9th-edition list).
        CervicalNerveRoots = "cervical_nerve_roots",
        /// Lung: invades the brachial plexus (9th-edition list).
        BrachialPlexus = "brachial_plexus",
        /// Lung: a separate tumour nodule in another lobe of the same lung.
        SeparateNoduleOtherIpsilateralLobe = "separate_nodule_other_ipsilateral_lobe",
    }
}

coded_enum! {
    /// A pleural mesothelioma finding, staged with the mesothelioma T.
    ///
    /// Mesothelioma features follow the 8th-edition mesothelioma T (Rusch 2016), except
    /// `rib` and `malignant_pericardial_effusion`, which only the 9th edition lists (cT4, UICC
    /// TNM 9 via NDRS; SEER EOD V9 codes 600 and 700). Their 9th-edition clinical roles are
    /// [`MesoFeature::meso9_role`].
    pub enum MesoFeature (ListTumourFeature) {
        /// Mesothelioma: limited to the pleura on its own side.
        IpsilateralPleura = "ipsilateral_pleura",
        /// Mesothelioma: all pleural surfaces on its side and the diaphragm muscle.
        DiaphragmMuscle = "diaphragm_muscle",
        /// Mesothelioma: all pleural surfaces on its side and the lung beneath.
        LungParenchyma = "lung_parenchyma",
        /// Mesothelioma: all pleural surfaces and the endothoracic fascia.
        EndothoracicFascia = "endothoracic_fascia",
        /// Mesothelioma: all pleural surfaces and the mediastinal fat.
        MediastinalFat = "mediastinal_fat",
        /// Mesothelioma: a single removable focus in the chest-wall soft tissue.
        ChestWallSoftTissue = "chest_wall_soft_tissue",
        /// Mesothelioma: the pericardium, without going through it.
        PericardiumNonTransmural = "pericardium_non_transmural",
        /// Mesothelioma: diffuse or multifocal spread into the chest wall.
        ChestWallDiffuse = "chest_wall_diffuse",
        /// Mesothelioma: through the diaphragm to the peritoneum.
        TransdiaphragmaticPeritoneum = "transdiaphragmatic_peritoneum",
        /// Mesothelioma: the pleura on the other side.
        ContralateralPleura = "contralateral_pleura",
        /// Mesothelioma: mediastinal organs.
        MediastinalOrgans = "mediastinal_organs",
        /// Mesothelioma: the spine.
        Spine = "spine",
        /// Mesothelioma: through to the inner surface of the pericardium.
        PericardiumInternalSurface = "pericardium_internal_surface",
        /// Mesothelioma: the heart muscle.
        Myocardium = "myocardium",
        /// Mesothelioma, 9th edition: a rib (cT4).
        Rib = "rib",
        /// Mesothelioma, 9th edition: a malignant pericardial effusion (cT4).
        MalignantPericardialEffusion = "malignant_pericardial_effusion",
        }
}

/// What a mesothelioma finding does for the 9th-edition clinical T.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meso9Role {
    /// Makes a thin tumour (Psum at most 12 mm) cT2; no effect above 12 mm.
    Minor,
    /// cT4 whatever the thickness.
    T4,
    /// An 8th-edition descriptor that the 9th-edition clinical T does not use.
    EighthOnly,
}

/// Which staging scheme a feature belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeatureKind {
    /// A lung tumour feature, staged with the lung T.
    Lung,
    /// A pleural mesothelioma feature, staged with the mesothelioma T.
    Mesothelioma,
}

/// SEER Summary Stage 2018 (lung) level of a direct extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtensionLevel {
    /// Still "localized" (main bronchus, adjacent lobe, superficial spread).
    Localized,
    /// "Regional by direct extension".
    Regional,
    /// Counted as "distant" by SEER although AJCC calls it T3 or T4.
    Distant,
}

/// What the tables, SEER and the form say of one lung feature: one row each
/// ([`LungFeature::row`]).
struct LungRow {
    /// The T the feature alone gives in the 8th edition, with its source.
    eighth: (T, SourceId),
    /// The same in the 9th edition.
    ninth: (T, SourceId),
    /// The SEER Summary Stage 2018 level.
    level: ExtensionLevel,
    /// A structure that only the 9th-edition descriptor lists name.
    ninth_listed: bool,
    /// The plain description, to read after "the tumour ...".
    label: Msg,
}

/// What the tables and the form say of one mesothelioma feature: one row each
/// ([`MesoFeature::row`]).
struct MesoRow {
    /// The T the feature alone gives in the 8th-edition mesothelioma T (for a feature only the
    /// 9th edition lists, its 9th-edition cT), with its source; the same in both editions.
    t: (T, SourceId),
    /// The 9th-edition clinical role.
    meso9: Meso9Role,
    /// A feature only the 9th edition lists, with no 8th-edition T.
    ninth_only: bool,
    /// The plain description, to read after "the tumour ...".
    label: Msg,
}

/// A lung feature whose T is the same in both editions.
const fn lung(t: T, source: SourceId, level: ExtensionLevel, label: Msg) -> LungRow {
    LungRow {
        eighth: (t, source),
        ninth: (t, source),
        level,
        ninth_listed: false,
        label,
    }
}

/// A lung structure the 9th-edition descriptor lists name, with the same T in both editions.
const fn lung9(t: T, source: SourceId, level: ExtensionLevel, label: Msg) -> LungRow {
    LungRow {
        ninth_listed: true,
        ..lung(t, source, level, label)
    }
}

/// A mesothelioma feature of the 8th-edition table (Rusch 2016), with its 9th-edition role.
const fn meso(t: T, role: Meso9Role, label: Msg) -> MesoRow {
    MesoRow {
        t: (t, SourceId::Meso8),
        meso9: role,
        ninth_only: false,
        label,
    }
}

/// A mesothelioma feature only the 9th edition lists: cT4 (UICC TNM 9 via NDRS; SEER EOD V9).
const fn meso_ninth_only(label: Msg) -> MesoRow {
    MesoRow {
        t: (T::T4, SourceId::Meso9),
        meso9: Meso9Role::T4,
        ninth_only: true,
        label,
    }
}

impl LungFeature {
    /// The feature's row: every fact about it in one place.
    const fn row(self) -> &'static LungRow {
        &LUNG_ROWS[self as usize].1
    }
}

impl MesoFeature {
    /// The feature's row: every fact about it in one place.
    const fn row(self) -> &'static MesoRow {
        &MESO_ROWS[self as usize].1
    }
}

/// Every lung feature's row, one line each, in the order of [`LungFeature::ALL`] (a test
/// checks it).
#[rustfmt::skip]
const LUNG_ROWS: [(LungFeature, LungRow); 35] = {
    use LungFeature::*;
    use ExtensionLevel::{Distant, Localized, Regional};
    use SourceId::{Ajcc8, RadiologyAssistant9};
    [
    (SuperficialSpreading, lung(T::T1a, Ajcc8, Localized, Msg::NameFeatureSuperficialSpreading)),
    (MainBronchus, lung(T::T2a, Ajcc8, Localized, Msg::NameFeatureMainBronchus)),
    (VisceralPleura, lung(T::T2a, Ajcc8, Regional, Msg::NameFeatureVisceralPleura)),
    (Atelectasis, lung(T::T2a, Ajcc8, Regional, Msg::NameFeatureAtelectasis)),
    (AdjacentLobe, lung(T::T2a, RadiologyAssistant9, Localized, Msg::NameFeatureAdjacentLobe)),
    (ParietalPleura, lung(T::T3, Ajcc8, Regional, Msg::NameFeatureParietalPleura)),
    (ChestWall, lung(T::T3, Ajcc8, Regional, Msg::NameFeatureChestWall)),
    (PhrenicNerve, lung(T::T3, Ajcc8, Regional, Msg::NameFeaturePhrenicNerve)),
    (ParietalPericardium, lung(T::T3, Ajcc8, Regional, Msg::NameFeatureParietalPericardium)),
    (SuperiorSulcus, lung(T::T3, Ajcc8, Regional, Msg::NameFeatureSuperiorSulcus)),
    // docs/clinical-decisions.md#d7: azygos vein, T4 under SEER's 8th-edition coding.
    (AzygosVein, LungRow {
        eighth: (T::T4, SourceId::SeerEod8),
        ninth: (T::T3, SourceId::SeerEodV9),
        level: Regional,
        ninth_listed: true,
        label: Msg::NameFeatureAzygosVein,
    }),
    (ThoracicNerveRoots, lung9(T::T3, RadiologyAssistant9, Regional, Msg::NameFeatureThoracicNerveRoots)),
    (StellateGanglion, lung9(T::T3, RadiologyAssistant9, Regional, Msg::NameFeatureStellateGanglion)),
    (SeparateNoduleSameLobe, lung(T::T3, Ajcc8, Regional, Msg::NameFeatureSeparateNoduleSameLobe)),
    (Diaphragm, lung(T::T4, Ajcc8, Regional, Msg::NameFeatureDiaphragm)),
    (Mediastinum, lung(T::T4, Ajcc8, Regional, Msg::NameFeatureMediastinum)),
    (Heart, lung(T::T4, Ajcc8, Distant, Msg::NameFeatureHeart)),
    (VisceralPericardium, lung(T::T4, Ajcc8, Distant, Msg::NameFeatureVisceralPericardium)),
    (GreatVessels, lung(T::T4, Ajcc8, Regional, Msg::NameFeatureGreatVessels)),
    (Trachea, lung(T::T4, Ajcc8, Regional, Msg::NameFeatureTrachea)),
    (RecurrentLaryngealNerve, lung(T::T4, Ajcc8, Regional, Msg::NameFeatureRecurrentLaryngealNerve)),
    (Esophagus, lung(T::T4, Ajcc8, Regional, Msg::NameFeatureEsophagus)),
    (VertebralBody, lung(T::T4, Ajcc8, Distant, Msg::NameFeatureVertebralBody)),
    (Carina, lung(T::T4, Ajcc8, Regional, Msg::NameFeatureCarina)),
    (Thymus, lung9(T::T4, RadiologyAssistant9, Regional, Msg::NameFeatureThymus)),
    (VagusNerve, lung9(T::T4, RadiologyAssistant9, Regional, Msg::NameFeatureVagusNerve)),
    (IntrapericardialPulmonaryVessels, lung9(T::T4, RadiologyAssistant9, Regional, Msg::NameFeatureIntrapericardialPulmonaryVessels)),
    (SupraAorticArteries, lung9(T::T4, RadiologyAssistant9, Regional, Msg::NameFeatureSupraAorticArteries)),
    (BrachiocephalicVeins, lung9(T::T4, RadiologyAssistant9, Regional, Msg::NameFeatureBrachiocephalicVeins)),
    (SubclavianVessels, lung9(T::T4, RadiologyAssistant9, Regional, Msg::NameFeatureSubclavianVessels)),
    (Lamina, lung9(T::T4, RadiologyAssistant9, Distant, Msg::NameFeatureLamina)),
    (SpinalCanal, lung9(T::T4, RadiologyAssistant9, Distant, Msg::NameFeatureSpinalCanal)),
    (CervicalNerveRoots, lung9(T::T4, RadiologyAssistant9, Regional, Msg::NameFeatureCervicalNerveRoots)),
    (BrachialPlexus, lung9(T::T4, RadiologyAssistant9, Regional, Msg::NameFeatureBrachialPlexus)),
    (SeparateNoduleOtherIpsilateralLobe, lung(T::T4, Ajcc8, Distant, Msg::NameFeatureSeparateNoduleOtherIpsilateralLobe)),
    ]
};

/// Every mesothelioma feature's row, one line each, in the order of [`MesoFeature::ALL`] (a
/// test checks it).
#[rustfmt::skip]
const MESO_ROWS: [(MesoFeature, MesoRow); 16] = {
    use MesoFeature::*;
    use Meso9Role::{EighthOnly, Minor};
    [
    (IpsilateralPleura, meso(T::T1, EighthOnly, Msg::NameFeatureIpsilateralPleura)),
    (DiaphragmMuscle, meso(T::T2, EighthOnly, Msg::NameFeatureDiaphragmMuscle)),
    (LungParenchyma, meso(T::T2, EighthOnly, Msg::NameFeatureLungParenchyma)),
    (EndothoracicFascia, meso(T::T3, EighthOnly, Msg::NameFeatureEndothoracicFascia)),
    (MediastinalFat, meso(T::T3, Minor, Msg::NameFeatureMediastinalFat)),
    (ChestWallSoftTissue, meso(T::T3, Minor, Msg::NameFeatureChestWallSoftTissue)),
    (PericardiumNonTransmural, meso(T::T3, EighthOnly, Msg::NameFeaturePericardiumNonTransmural)),
    (ChestWallDiffuse, meso(T::T4, Meso9Role::T4, Msg::NameFeatureChestWallDiffuse)),
    (TransdiaphragmaticPeritoneum, meso(T::T4, Meso9Role::T4, Msg::NameFeatureTransdiaphragmaticPeritoneum)),
    (ContralateralPleura, meso(T::T4, Meso9Role::T4, Msg::NameFeatureContralateralPleura)),
    (MediastinalOrgans, meso(T::T4, Meso9Role::T4, Msg::NameFeatureMediastinalOrgans)),
    (Spine, meso(T::T4, Meso9Role::T4, Msg::NameFeatureSpine)),
    (PericardiumInternalSurface, meso(T::T4, Meso9Role::T4, Msg::NameFeaturePericardiumInternalSurface)),
    (Myocardium, meso(T::T4, Meso9Role::T4, Msg::NameFeatureMyocardium)),
    (Rib, meso_ninth_only(Msg::NameFeatureRib)),
    (MalignantPericardialEffusion, meso_ninth_only(Msg::NameFeatureMalignantPericardialEffusion)),
    ]
};

impl LungFeature {
    /// The T this feature alone gives in `edition`, with its source.
    pub const fn t(self, edition: Edition) -> (T, SourceId) {
        match edition {
            Edition::Eighth => self.row().eighth,
            Edition::Ninth => self.row().ninth,
        }
    }

    /// A plain description, to read after "the tumour ...", in the installed language.
    pub fn label(self) -> String {
        self.label_msg().to_string()
    }

    /// [`LungFeature::label`] as a word of the messages layer.
    pub const fn label_msg(self) -> Word {
        Word(self.row().label)
    }

    /// The SEER Summary Stage 2018 level (SEER SS2018 lung table ss2018_lung_41334).
    pub const fn extension_level(self) -> ExtensionLevel {
        self.row().level
    }

    /// Whether this is one of the structures that only the 9th-edition
    /// descriptor lists name explicitly (Radiology Assistant 2025, SEER EOD
    /// V9); forms can keep them in a "more structures" group.
    pub const fn is_ninth_listed(self) -> bool {
        self.row().ninth_listed
    }

    /// Whether this is a separate tumour nodule rather than an invaded structure.
    pub const fn is_separate_nodule(self) -> bool {
        matches!(
            self,
            LungFeature::SeparateNoduleSameLobe | LungFeature::SeparateNoduleOtherIpsilateralLobe
        )
    }
}

impl MesoFeature {
    /// The T this feature alone gives by the 8th-edition mesothelioma T (a feature only the
    /// 9th edition lists: its cT4), with its source; the same whatever the edition.
    pub const fn t(self, _edition: Edition) -> (T, SourceId) {
        self.row().t
    }

    /// [`MesoFeature::label`] as the table of `scheme` means it. The 8th-edition mesothelioma
    /// descriptors of T3 assume the tumour involves every pleural surface; in the 9th edition
    /// the two minor invasion features stand on their own, beside the CT thickness.
    pub fn label_in(self, scheme: crate::Scheme) -> String {
        self.label_msg_in(scheme).to_string()
    }

    /// [`MesoFeature::label_in`] as a word of the messages layer.
    pub const fn label_msg_in(self, scheme: crate::Scheme) -> Word {
        match (scheme, self) {
            (crate::Scheme::Mesothelioma9, MesoFeature::MediastinalFat) => {
                Word(Msg::NameFeatureMediastinalFatAlone)
            }
            (crate::Scheme::Mesothelioma9, MesoFeature::ChestWallSoftTissue) => {
                Word(Msg::NameFeatureChestWallSoftTissueAlone)
            }
            _other => self.label_msg(),
        }
    }

    /// A plain description, to read after "the tumour ...", in the installed language.
    pub fn label(self) -> String {
        self.label_msg().to_string()
    }

    /// [`MesoFeature::label`] as a word of the messages layer.
    pub const fn label_msg(self) -> Word {
        Word(self.row().label)
    }

    /// The 9th-edition clinical role.
    ///
    /// | Role | Features |
    /// |---|---|
    /// | minor | `mediastinal_fat` `chest_wall_soft_tissue` (a single focus) |
    /// | T4 | `chest_wall_diffuse` `rib` `mediastinal_organs` `myocardium` `spine` `transdiaphragmatic_peritoneum` `pericardium_internal_surface` `contralateral_pleura` `malignant_pericardial_effusion` |
    /// | 8th only | `ipsilateral_pleura` `diaphragm_muscle` `lung_parenchyma` `endothoracic_fascia` `pericardium_non_transmural` |
    pub const fn meso9_role(self) -> Meso9Role {
        self.row().meso9
    }

    /// Whether only the 9th edition lists this feature, so the 8th-edition T has none for it.
    pub const fn ninth_only(self) -> bool {
        self.row().ninth_only
    }
}

/// A lung or a mesothelioma feature: what the input, links, descriptors and the form carry.
/// Its code is the inner feature's code; lung features come first in [`Feature::ALL`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feature {
    /// A lung tumour feature.
    Lung(LungFeature),
    /// A pleural mesothelioma feature.
    Meso(MesoFeature),
}

impl From<LungFeature> for Feature {
    fn from(f: LungFeature) -> Feature {
        Feature::Lung(f)
    }
}

impl From<MesoFeature> for Feature {
    fn from(f: MesoFeature) -> Feature {
        Feature::Meso(f)
    }
}

/// Every feature, lung then mesothelioma, each in declaration order.
const ALL_FEATURES: [Feature; LungFeature::ALL.len() + MesoFeature::ALL.len()] = {
    let mut out =
        [Feature::Lung(LungFeature::ALL[0]); LungFeature::ALL.len() + MesoFeature::ALL.len()];
    let mut i = 0;
    while i < LungFeature::ALL.len() {
        out[i] = Feature::Lung(LungFeature::ALL[i]);
        i += 1;
    }
    let mut j = 0;
    while j < MesoFeature::ALL.len() {
        out[i + j] = Feature::Meso(MesoFeature::ALL[j]);
        j += 1;
    }
    out
};

impl Feature {
    /// Every feature: the lung ones, then the mesothelioma ones, each in declaration order.
    pub const ALL: &'static [Feature] = &ALL_FEATURES;

    /// The canonical code.
    pub const fn code(self) -> &'static str {
        match self {
            Feature::Lung(f) => f.code(),
            Feature::Meso(f) => f.code(),
        }
    }

    /// Reads a code, ignoring ASCII case.
    pub fn from_code(code: &str) -> Option<Feature> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.code().eq_ignore_ascii_case(code))
    }

    /// The lung feature, if this is one.
    pub const fn lung(self) -> Option<LungFeature> {
        match self {
            Feature::Lung(f) => Some(f),
            Feature::Meso(_) => None,
        }
    }

    /// The mesothelioma feature, if this is one.
    pub const fn meso(self) -> Option<MesoFeature> {
        match self {
            Feature::Lung(_) => None,
            Feature::Meso(f) => Some(f),
        }
    }

    /// Which staging scheme the feature belongs to.
    pub const fn kind(self) -> FeatureKind {
        match self {
            Feature::Lung(_) => FeatureKind::Lung,
            Feature::Meso(_) => FeatureKind::Mesothelioma,
        }
    }

    /// Every feature of one kind, in declaration order.
    pub fn of_kind(kind: FeatureKind) -> impl Iterator<Item = Feature> {
        Feature::ALL
            .iter()
            .copied()
            .filter(move |f| f.kind() == kind)
    }

    /// The T this feature alone gives (lung features by edition, mesothelioma
    /// features by the 8th-edition mesothelioma T), with its source.
    pub const fn t(self, edition: Edition) -> (T, SourceId) {
        match self {
            Feature::Lung(f) => f.t(edition),
            Feature::Meso(f) => f.t(edition),
        }
    }

    /// [`Feature::label`] as the table of `scheme` means it ([`MesoFeature::label_in`]).
    pub fn label_in(self, scheme: crate::Scheme) -> String {
        self.label_msg_in(scheme).to_string()
    }

    /// [`Feature::label_in`] as a word of the messages layer.
    pub const fn label_msg_in(self, scheme: crate::Scheme) -> Word {
        match self {
            Feature::Lung(f) => f.label_msg(),
            Feature::Meso(f) => f.label_msg_in(scheme),
        }
    }

    /// A plain description, to read after "the tumour ...", in the installed language.
    pub fn label(self) -> String {
        self.label_msg().to_string()
    }

    /// [`Feature::label`] as a word of the messages layer.
    pub const fn label_msg(self) -> Word {
        match self {
            Feature::Lung(f) => f.label_msg(),
            Feature::Meso(f) => f.label_msg(),
        }
    }

    /// The SEER Summary Stage 2018 level of a lung feature (SEER SS2018 lung
    /// table ss2018_lung_41334); mesothelioma features are not summary-staged here.
    pub const fn extension_level(self) -> Option<ExtensionLevel> {
        match self {
            Feature::Lung(f) => Some(f.extension_level()),
            Feature::Meso(_) => None,
        }
    }

    /// The 9th-edition clinical role of a mesothelioma feature; `None` for lung features.
    pub const fn meso9_role(self) -> Option<Meso9Role> {
        match self {
            Feature::Lung(_) => None,
            Feature::Meso(f) => Some(f.meso9_role()),
        }
    }

    /// Whether only the 9th edition lists this feature, so the 8th-edition T has none for it.
    pub const fn ninth_only(self) -> bool {
        match self {
            Feature::Lung(_) => false,
            Feature::Meso(f) => f.ninth_only(),
        }
    }

    /// Whether this is a lung structure that only the 9th-edition descriptor lists name
    /// ([`LungFeature::is_ninth_listed`]).
    pub const fn is_ninth_listed(self) -> bool {
        match self {
            Feature::Lung(f) => f.is_ninth_listed(),
            Feature::Meso(_) => false,
        }
    }

    /// Whether this is a separate tumour nodule rather than an invaded structure.
    pub const fn is_separate_nodule(self) -> bool {
        match self {
            Feature::Lung(f) => f.is_separate_nodule(),
            Feature::Meso(_) => false,
        }
    }
}

/// As the inner feature's name (`VisceralPleura`), as before the split.
impl std::fmt::Debug for Feature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Feature::Lung(x) => std::fmt::Debug::fmt(x, f),
            Feature::Meso(x) => std::fmt::Debug::fmt(x, f),
        }
    }
}

impl std::fmt::Display for Feature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Feature {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Feature::from_code(s.trim()).ok_or_else(|| {
            crate::Error::code(crate::input::error::Cause::UnknownCode {
                code: crate::input::error::Excerpt::new(s),
                of: Msg::ListTumourFeature,
            })
        })
    }
}

impl serde::Serialize for Feature {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Feature {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Feature::from_code(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{}` is not a known {}; expected one of: {}",
                crate::input::error::Excerpt::new(&text),
                crate::messages::text(Msg::ListTumourFeature, &[]),
                Feature::ALL
                    .iter()
                    .map(|v| v.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rows_are_in_the_order_of_the_features() {
        let order: Vec<LungFeature> = LUNG_ROWS.iter().map(|(f, _)| *f).collect();
        assert_eq!(order, LungFeature::ALL);
        let order: Vec<MesoFeature> = MESO_ROWS.iter().map(|(f, _)| *f).collect();
        assert_eq!(order, MesoFeature::ALL);
    }

    #[test]
    fn every_feature_round_trips_and_has_a_scheme() {
        for &f in Feature::ALL {
            assert_eq!(f.to_string().parse::<Feature>().unwrap(), f);
            assert_eq!(
                matches!(f.t(Edition::Ninth).1, SourceId::Meso8 | SourceId::Meso9),
                f.kind() == FeatureKind::Mesothelioma,
                "{f}"
            );
            assert!(!f.label().is_empty());
            // The form shows the labels on its first render: words of the first file.
            assert!(f.label_msg().0.is_word(), "{f}");
            for scheme in [crate::Scheme::Mesothelioma8, crate::Scheme::Mesothelioma9] {
                assert!(f.label_msg_in(scheme).0.is_word(), "{f}");
            }
        }
        assert_eq!(Feature::ALL.len(), 51);
        assert_eq!(Feature::of_kind(FeatureKind::Mesothelioma).count(), 16);
        // No code is both a lung and a mesothelioma feature.
        for l in LungFeature::ALL {
            assert!(MesoFeature::from_code(l.code()).is_none(), "{l}");
        }
    }

    #[test]
    fn ninth_listed_structures_are_lung_features_from_the_ninth_lists() {
        let listed: Vec<&str> = LungFeature::ALL
            .iter()
            .filter(|f| f.is_ninth_listed())
            .map(|f| f.code())
            .collect();
        assert_eq!(listed.len(), 13, "{listed:?}");
        for f in LungFeature::ALL.iter().filter(|f| f.is_ninth_listed()) {
            assert!(!f.is_separate_nodule(), "{f}");
        }
        assert!(
            Feature::ALL
                .iter()
                .all(|f| f.lung().is_some() || !f.is_ninth_listed())
        );
        assert!(LungFeature::AzygosVein.is_ninth_listed());
        assert!(!LungFeature::AdjacentLobe.is_ninth_listed());
        assert!(!LungFeature::ChestWall.is_ninth_listed());
    }

    #[test]
    fn t_by_feature() {
        use LungFeature::*;
        let cases = [
            (VisceralPleura.into(), Edition::Ninth, T::T2a),
            (ChestWall.into(), Edition::Eighth, T::T3),
            (SeparateNoduleSameLobe.into(), Edition::Ninth, T::T3),
            (
                SeparateNoduleOtherIpsilateralLobe.into(),
                Edition::Ninth,
                T::T4,
            ),
            (Diaphragm.into(), Edition::Eighth, T::T4),
            (AzygosVein.into(), Edition::Eighth, T::T4),
            (AzygosVein.into(), Edition::Ninth, T::T3),
            (BrachialPlexus.into(), Edition::Ninth, T::T4),
            (
                Feature::Meso(MesoFeature::MediastinalFat),
                Edition::Eighth,
                T::T3,
            ),
        ];
        for (feature, edition, t) in cases {
            let feature: Feature = feature;
            assert_eq!(feature.t(edition).0, t, "{feature} {edition}");
        }
    }
}
