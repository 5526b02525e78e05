//! The fixed notes, one row each: caveats and points where sources disagree. Their words load
//! in the widget after the first answer (`deferred::note`); the CLI and the report write them
//! from here.

use crate::vocabulary::codes::coded_enum;

coded_enum! {
    /// A note whose words never change with the case.
    pub enum NoteId (ListNote) {
        /// Where SEER's 8th-edition derivation gives stage III and the AJCC table no group.
        SeerStageIii = "seer_stage_iii",
        /// Carcinoma in situ with distant metastasis, which AJCC and SEER stage differently.
        TisMetastatic = "tis_metastatic",
        /// M1 without a subcategory: stage IV, but not whether IVA or IVB.
        M1WithoutSubcategory = "m1_without_subcategory",
        /// T1 without a subcategory with N0: stage IA, but not which IA.
        T1WithoutSubcategory = "t1_without_subcategory",
        /// T1mi with nodes, grouped as T1.
        T1miWithNodes = "t1mi_with_nodes",
        /// A 9th-edition cell not listed as changed, which keeps its 8th-edition group.
        InferredNinthCell = "inferred_ninth_cell",
        /// What occult carcinoma means, and how SEER differs when T is not assessed.
        Occult = "occult",
        /// Mesothelioma TX or T0 with N2, where SEER gives IIIB and AJCC no group.
        MesotheliomaTxN2 = "mesothelioma_tx_n2",
        /// Station 7 with one other station, which sources count differently.
        Station7 = "station_7",
        /// 9th edition: the skeleton is one organ system.
        Skeleton = "skeleton",
        /// 9th edition: both adrenal glands are one organ system.
        Adrenals = "adrenals",
        /// When an effusion counts for staging.
        Effusion = "effusion",
        /// Which nodes are regional rather than distant.
        DistantNodes = "distant_nodes",
        /// SEER's split of chest-wall invasion between regional and distant.
        ChestWall = "chest_wall",
        /// SEER's split of the great vessels between regional and distant.
        GreatVessels = "great_vessels",
        /// SEER's "distant" is not AJCC stage IV.
        SeerDistant = "seer_distant",
        /// Limited-stage small cell lung cancer has no single definition.
        SclcLimited = "sclc_limited",
        /// A pathological mesothelioma case in the 9th edition is staged with the 8th-edition
        /// table: the 9th-edition pathological groups are not confirmed.
        Meso9Pathological = "meso9_pathological",
        /// Mesothelioma N in the 9th edition keeps its 8th-edition meaning.
        Meso9Nodes = "meso9_nodes",
        /// Mesothelioma T3 NX M0 in the 9th edition, which one source leaves without a group.
        Meso9T3Nx = "meso9_t3_nx",
        /// A minor invasion feature with Psum over 12 mm, which does not change the clinical T.
        Meso9MinorThick = "meso9_minor_thick",
        /// 8th-edition mesothelioma descriptors that the 9th-edition clinical T does not use.
        Meso9EighthDescriptor = "meso9_eighth_descriptor",
        /// CT thickness, which the 8th-edition mesothelioma T does not use.
        Meso8Thickness = "meso8_thickness",
        /// Mesothelioma features listed only in the 9th edition, unused by the 8th-edition T.
        Meso8NinthFeature = "meso8_ninth_feature",
        /// The treatment texts describe a cancer at diagnosis, not after treatment, at
        /// recurrence or at autopsy.
        TreatmentNotAtDiagnosis = "treatment_not_at_diagnosis",
    }
}

impl NoteId {
    /// The note's words, from `messages/texts/en.ftl` (`deferred::note`).
    pub fn text(self) -> &'static str {
        crate::deferred::english::text(&crate::deferred::note(self))
    }
}
