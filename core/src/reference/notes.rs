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
    /// The note's words.
    pub const fn text(self) -> &'static str {
        use NoteId::*;
        match self {
            SeerStageIii => {
                "SEER's derivation of the AJCC 8th table records this combination as stage III \
                 without a subgroup; the AJCC table itself defines no group, which is what we follow."
            }
            TisMetastatic => {
                "The AJCC table groups any T with distant metastasis as stage IV and lists Tis among \
                 \"any T\"; SEER's derivation leaves carcinoma in situ with metastasis unstaged."
            }
            M1WithoutSubcategory => {
                "M1 without a subcategory: stage IV, but IVA or IVB depends on whether the spread is within \
                 the chest or a single lesion (M1a, M1b: IVA) or several lesions outside the chest (M1c: IVB)."
            }
            T1WithoutSubcategory => {
                "T1 without a subcategory: stage IA, but IA1, IA2 or IA3 depends on the size (T1a, T1b, T1c)."
            }
            T1miWithNodes => {
                "The table lists T1mi only with N0; as a T1 subcategory it takes the T1 group here \
                 (SEER's 8th-edition derivation does the same)."
            }
            InferredNinthCell => {
                "The 9th edition did not list this cell as changed, so it keeps its 8th-edition \
                 group (\"all other stage categories remain unchanged\")."
            }
            Occult => {
                "Occult carcinoma means cancer cells were found (for example in sputum or bronchial washings) \
                 but no tumour is seen on imaging or bronchoscopy. If T is X only because the tumour could not \
                 be assessed, SEER records the stage as unknown instead."
            }
            MesotheliomaTxN2 => {
                "SEER's derivation gives IIIB here because every listed T with N2 is IIIB; the AJCC table \
                 itself defines no group, which is what we follow."
            }
            Station7 => {
                "Sources differ on the subcarinal station 7 plus one other station: the IASLC definition counts \
                 two stations (N2b), which we follow, while SEER's 9th-edition coding puts \"one mediastinal \
                 station with or without station 7\" in one code, which would suggest N2a."
            }
            Skeleton => {
                "In the 9th edition the whole skeleton counts as one organ system, however many bones are involved."
            }
            Adrenals => {
                "In the 9th edition both adrenal glands together count as one organ system."
            }
            Effusion => {
                "An effusion counts only when it is malignant: if repeated tests find no cancer cells, the fluid is \
                 neither bloody nor an exudate, and clinical judgement finds it unrelated to the tumour, it is left out \
                 of staging."
            }
            DistantNodes => {
                "Supraclavicular and scalene nodes are regional (N3), not metastases: enter them as station 1R or 1L. \
                 Axillary, other neck and abdominal nodes are distant."
            }
            ChestWall => {
                "SEER counts chest-wall invasion as regional, but invasion of a rib, the sternum or skeletal \
                 muscle as distant."
            }
            GreatVessels => {
                "SEER counts the aorta, pulmonary vessels and superior vena cava as regional, but the inferior \
                 vena cava as distant."
            }
            SeerDistant => {
                "SEER's \"distant\" is not the same as AJCC stage IV: SEER also counts opposite-side or supraclavicular \
                 nodes, a nodule in another lobe and some invaded structures as distant."
            }
            SclcLimited => {
                "Limited stage means all the disease fits within one radiation field that can be given safely. No definition \
                 is universally accepted: pleural effusion, a very large tumour or nodes above the opposite collarbone have \
                 been counted as limited by some groups and extensive by others."
            }
            Meso9Pathological => {
                "No primary source we could read confirms the 9th-edition pathological stage groups for \
                 pleural mesothelioma, so this pathological case is staged with the 8th-edition table and its pT descriptors."
            }
            Meso9Nodes => {
                "N keeps its 8th-edition meaning: SEER's 9th-edition node codes for mesothelioma are the same as \
                 its 8th-edition ones; the 9th-edition N wording itself has not been read."
            }
            Meso9T3Nx => {
                "The 9th-edition table reads \"T3, any N\", which includes NX; the VA's VistA oncology package \
                 gives T3 NX M0 no group."
            }
            Meso9MinorThick => {
                "Invasion of the mediastinal fat or a single focus in the chest-wall soft tissue makes a thin tumour \
                 cT2 only when Psum is 12 mm or less; over 12 mm it does not change the clinical T."
            }
            Meso9EighthDescriptor => {
                "Some findings entered are 8th-edition descriptors: the 9th-edition clinical T is set by CT thickness \
                 and the listed invasion features, so they are not used here (they still count in the 8th edition)."
            }
            Meso8Thickness => {
                "The CT thickness (Psum, Fmax) sets the clinical T only in the 9th edition: it is kept, but the \
                 8th-edition T is set by the structures involved."
            }
            Meso8NinthFeature => {
                "Rib invasion and a malignant pericardial effusion are listed only in the 9th edition, so the \
                 8th-edition T does not use them: choose the 8th-edition finding that describes the tumour."
            }
            TreatmentNotAtDiagnosis => {
                "The usual approach by stage is written for a cancer at diagnosis (a clinical or \
                 pathological stage). A stage given after treatment has begun (yc, yp), at a \
                 recurrence (r) or at autopsy (a) does not choose a treatment on its own: the care \
                 team plans from the whole history, so no approach is shown here."
            }
        }
    }
}
