//! What a stage means in plain words, and the usual treatment approach.
//!
//! Written in our own words from the AJCC tables (for the meaning) and from
//! NCI PDQ and the trial papers each text cites (for treatment; see
//! docs/clinical-decisions.md#d27). Each text is one data row with its sources, so the rows
//! can move to the messages layer
//! as they are. The treatment words are apart from their keys: the widget loads them after
//! its first answer. General information, not a treatment plan.

use serde::Serialize;

use crate::{Edition, Extent, Histology, N, Prefix, SourceId, StageGroup, Staging, Subtype, View};

/// A plain-language text with its sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    /// The words.
    pub text: &'static str,
    /// The sources the words rest on.
    pub sources: &'static [SourceId],
}

const fn text(text: &'static str, sources: &'static [SourceId]) -> Text {
    Text { text, sources }
}

const AJCC: &[SourceId] = &[SourceId::Ajcc8];
const AJCC9: &[SourceId] = &[SourceId::Ajcc8, SourceId::Iaslc9];
const MESO: &[SourceId] = &[SourceId::Meso8];
const MESO9: &[SourceId] = &[SourceId::Meso9];

#[cfg(test)]
/// What `group` means for a lung cancer (NSCLC, small cell, carcinoid) in
/// `edition`. Only IIA, IIB, IIIA and IIIB read differently in the 9th.
pub fn lung_meaning(edition: Edition, group: StageGroup) -> Text {
    lung_meaning_with(edition, group, text)
}

/// The one table of lung meanings, handing each row's words and sources to `text`: the widget
/// asks for the sources only, so the words stay out of its wasm (they load later).
#[inline]
fn lung_meaning_with<R>(
    edition: Edition,
    group: StageGroup,
    text: impl FnOnce(&'static str, &'static [SourceId]) -> R,
) -> R {
    use StageGroup::*;
    match (group, edition) {
        (Occult, _) => text(
            "Cancer cells were found, for example in coughed-up mucus or airway washings, but no tumour can be seen on scans or through a scope.",
            AJCC,
        ),
        (Zero, _) => text(
            "Cancer that has not invaded: an adenocarcinoma in situ of up to 3 cm, or squamous carcinoma in situ (any size) in an airway's lining.",
            AJCC,
        ),
        (IA1, _) => text(
            "A tumour of 1 cm or less, a minimally invasive adenocarcinoma, or a thin tumour of any size spreading only along an airway wall. No spread.",
            AJCC,
        ),
        (IA2, _) => text(
            "A small tumour of more than 1 cm and up to 2 cm, with no spread.",
            AJCC,
        ),
        (IA3, _) => text(
            "A tumour of more than 2 cm and up to 3 cm, with no spread.",
            AJCC,
        ),
        (IA | I, _) => text(
            "A tumour of up to 3 cm with no spread; the exact substage depends on its size.",
            AJCC,
        ),
        (IB, _) => text(
            "A tumour of more than 3 cm and up to 4 cm, or a smaller one that reaches a main airway, grows into the lung's lining, or blocks an airway so that part or all of the lung collapses or becomes inflamed. No lymph nodes.",
            AJCC,
        ),
        (IIA, Edition::Eighth) => text(
            "A tumour of more than 4 cm and up to 5 cm, with no lymph nodes involved.",
            AJCC,
        ),
        (IIA, Edition::Ninth) => text(
            "A tumour of more than 4 cm and up to 5 cm with no lymph nodes involved, or a tumour of up to 3 cm that has reached lymph nodes in or at the root of the lung on the same side.",
            AJCC9,
        ),
        (IIB, Edition::Eighth) => text(
            "A tumour of up to 5 cm that has reached lymph nodes in or at the root of the lung on the same side; or a larger (5 to 7 cm) or locally invasive tumour, or one with a second nodule in the same lobe, without lymph nodes.",
            AJCC,
        ),
        (IIB, Edition::Ninth) => text(
            "Nodes in or at the root of the lung with a T2 tumour (over 3 cm up to 5 cm, or reaching a main airway or the lung's lining); a T3 tumour (5 to 7 cm, locally invasive, or a second nodule in its lobe) without nodes; or one group of same-side mid-chest nodes with a small (T1) tumour.",
            AJCC9,
        ),
        (II, _) => text(
            "The cancer has grown or spread to nearby lymph nodes, but not beyond the chest.",
            AJCC,
        ),
        (IIIA, Edition::Eighth) => text(
            "Still within the chest: a tumour of up to 5 cm with same-side mid-chest nodes; a T3 tumour (5 to 7 cm, locally invasive, or a second nodule in its lobe) with nodes in or at the root of the lung; or a T4 tumour (over 7 cm or grown into a major structure) with such nodes or none.",
            AJCC,
        ),
        (IIIA, Edition::Ninth) => text(
            "Still within the chest: a T3 tumour (5 to 7 cm, locally invasive, or a second nodule in its lobe) with nodes in or at the root of the lung; a T4 tumour (over 7 cm or grown into a major structure) with such nodes or none; or same-side mid-chest nodes, several groups with a T1 tumour or one group with a T2 or T3 tumour.",
            AJCC9,
        ),
        (IIIB, Edition::Eighth) => text(
            "Within the chest: a tumour of up to 5 cm with nodes on the other side of the chest or above the collarbone, or a T3 or T4 tumour (over 5 cm, locally invasive, or with another nodule in the same lung) with same-side mid-chest nodes.",
            AJCC,
        ),
        (IIIB, Edition::Ninth) => text(
            "Within the chest: nodes on the other side or above the collarbone with a T1 or T2 tumour; several groups of same-side mid-chest nodes with a T2 or T3 tumour; or any mid-chest nodes with a very large or invasive (T4) tumour.",
            AJCC9,
        ),
        (IIIC, _) => text(
            "A large or locally invasive tumour that has also reached lymph nodes on the other side of the chest or above the collarbone. It has not spread to distant organs.",
            AJCC,
        ),
        (IV, _) => text(
            "The cancer has spread to distant parts of the body (metastatic lung cancer).",
            AJCC,
        ),
        (IVA, _) => text(
            "The cancer has spread within the chest (to the other lung, or to the lining or fluid around the lungs or heart), or to one single spot outside the chest.",
            AJCC,
        ),
        (IVB, _) => text(
            "The cancer has spread to several places outside the chest, either in one organ or in several organs.",
            AJCC,
        ),
    }
}

#[cfg(test)]
/// What a mesothelioma stage group means in `edition`.
pub fn mesothelioma_meaning(edition: Edition, group: StageGroup) -> Option<Text> {
    mesothelioma_meaning_with(edition, group, text)
}

/// The one table of mesothelioma meanings (see `lung_meaning_with`).
#[inline]
fn mesothelioma_meaning_with<R>(
    edition: Edition,
    group: StageGroup,
    text: impl FnOnce(&'static str, &'static [SourceId]) -> R,
) -> Option<R> {
    use StageGroup::*;
    Some(match (edition, group) {
        (Edition::Eighth, IA) => text(
            "8th edition: the cancer is in the lining of the chest on one side and has not reached lymph nodes.",
            MESO,
        ),
        (Edition::Eighth, IB) => text(
            "8th edition: the cancer covers the chest lining on that whole side and has grown into the diaphragm, the lung, the fat in the middle of the chest, the inner chest wall or the outer heart sac, without lymph nodes.",
            MESO,
        ),
        (Edition::Eighth, II) => text(
            "8th edition: an early or moderately grown cancer that has reached lymph nodes on the same side of the chest.",
            MESO,
        ),
        (Edition::Eighth, IIIA) => text(
            "8th edition: a cancer grown into nearby tissue (such as the fat in the middle of the chest) with lymph nodes on the same side.",
            MESO,
        ),
        (Edition::Eighth, IIIB) => text(
            "8th edition: the cancer has reached lymph nodes on the other side of the chest or above a collarbone, or has grown widely into the chest wall, through the diaphragm, to the other side, into the spine, or through the heart sac.",
            MESO,
        ),
        (Edition::Eighth, IV) => text(
            "8th edition: the cancer has spread to distant parts of the body.",
            MESO,
        ),
        (Edition::Ninth, I) => text(
            "9th edition: a thin cancer in the lining of the chest on one side (12 mm or less in total on CT, 5 mm or less along the fissures), with no lymph nodes.",
            MESO9,
        ),
        (Edition::Ninth, II) => text(
            "9th edition: a thin cancer that has reached lymph nodes on the same side, or a thicker one (up to 30 mm in total) with no lymph nodes.",
            MESO9,
        ),
        (Edition::Ninth, IIIA) => text(
            "9th edition: a cancer over 30 mm thick in total, whatever the lymph nodes; a thicker one with lymph nodes; or a thin one with lymph nodes on the other side of the chest or above a collarbone.",
            MESO9,
        ),
        (Edition::Ninth, IIIB) => text(
            "9th edition: the cancer has grown widely into the chest wall or a rib, through the diaphragm, to the other side, into organs in the middle of the chest or the spine, or through the heart sac, whatever the lymph nodes.",
            MESO9,
        ),
        (Edition::Ninth, IV) => text(
            "9th edition: the cancer has spread to distant parts of the body.",
            MESO9,
        ),
        (Edition::Eighth, I)
        | (Edition::Ninth, IA | IB)
        | (_, Occult | Zero | IA1 | IA2 | IA3 | IIA | IIB | IIIC | IVA | IVB) => return None,
    })
}

/// The meaning of `group` for this cancer type and edition.
pub fn meaning(histology: Histology, edition: Edition, group: StageGroup) -> Option<Text> {
    meaning_with(histology, edition, group, text)
}

/// The sources of the meaning of `group`, without its words: what the widget cites before the
/// words arrive with the texts loaded after the first answer (`deferred::meaning_text`).
pub fn meaning_sources(
    histology: Histology,
    edition: Edition,
    group: StageGroup,
) -> Option<&'static [SourceId]> {
    meaning_with(histology, edition, group, |_, sources| sources)
}

#[inline]
fn meaning_with<R>(
    histology: Histology,
    edition: Edition,
    group: StageGroup,
    text: impl FnOnce(&'static str, &'static [SourceId]) -> R,
) -> Option<R> {
    match histology {
        Histology::Nsclc | Histology::Sclc | Histology::Carcinoid => {
            Some(lung_meaning_with(edition, group, text))
        }
        Histology::Mesothelioma => mesothelioma_meaning_with(edition, group, text),
    }
}

const PDQ: SourceId = SourceId::PdqNsclcTreatment;
const EARLY: &[SourceId] = &[PDQ];
const AFTER_SURGERY: &[SourceId] = &[PDQ, SourceId::Wu2020];
const RESECTABLE: &[SourceId] = &[
    PDQ,
    SourceId::Forde2022,
    SourceId::Wakelee2023,
    SourceId::Heymach2023,
    SourceId::Cascone2024,
    SourceId::Felip2021,
    SourceId::OBrien2022,
    SourceId::Wu2020,
    SourceId::Wu2024,
];
const RESECTED: &[SourceId] = &[
    PDQ,
    SourceId::Felip2021,
    SourceId::OBrien2022,
    SourceId::Wu2020,
    SourceId::Wu2024,
];
const STAGE_III: &[SourceId] = &[PDQ, SourceId::Antonia2017, SourceId::Lu2024];
const N2: &[SourceId] = &[
    PDQ,
    SourceId::Forde2022,
    SourceId::Wakelee2023,
    SourceId::Heymach2023,
    SourceId::Cascone2024,
    SourceId::Antonia2017,
    SourceId::Lu2024,
];
const ADVANCED: &[SourceId] = &[PDQ, SourceId::Lindeman2018];
const MESO_TREATMENT: &[SourceId] = &[SourceId::MesoTreatment];
const MESO_SURGERY: &[SourceId] = &[SourceId::MesoTreatment, SourceId::Lim2024];

macro_rules! treatments {
    (@clinician) => { None };
    (@clinician $words:literal) => { Some($words) };
    ($( $(#[$meta:meta])* $id:ident = $code:literal, $sources:expr, $text:literal $(, clinician: $clinician:literal)?; )+) => {
        /// A treatment text: one row each, with its stable code, its sources, the patient's
        /// words and, for the lung texts, the clinician's. The words are apart from the keys
        /// so that the widget's first load need not carry them (it loads them after its
        /// first answer, see `deferred`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Treatment {
            $( $(#[$meta])* $id, )+
        }

        impl Treatment {
            /// Every treatment text, in declaration order.
            pub const ALL: &'static [Treatment] = &[$(Treatment::$id,)+];

            /// A stable short code, the text's key in the deferred texts.
            pub const fn code(self) -> &'static str {
                match self {
                    $( Treatment::$id => $code, )+
                }
            }

            /// The sources of both wordings: every trial the clinician's words name.
            pub const fn sources(self) -> &'static [SourceId] {
                match self {
                    $( Treatment::$id => $sources, )+
                }
            }

            /// The patient's words: plain, naming no drug.
            pub const fn text(self) -> &'static str {
                match self {
                    $( Treatment::$id => $text, )+
                }
            }

            /// The clinician's words, which name drugs, regimens and the trial behind each;
            /// `None` where one wording serves both (the mesothelioma texts).
            pub const fn clinician(self) -> Option<&'static str> {
                match self {
                    $( Treatment::$id => treatments!(@clinician $($clinician)?), )+
                }
            }
        }
    };
}

impl Treatment {
    /// The words for `view`: the clinician's where there are some, else the patient's.
    pub const fn wording(self, view: View) -> &'static str {
        match (view, self.clinician()) {
            (View::Clinician, Some(words)) => words,
            (View::Clinician, None) | (View::Patient, _) => self.text(),
        }
    }
}

treatments! {
    /// Non-small cell, stage 0.
    NsclcZero = "nsclc-0", EARLY,
        "Usually removed with a small operation; some are treated through a thin tube in the airway instead, for example with light, laser or freezing.",
        clinician: "Resection, usually limited; for a central airway lesion, bronchoscopic treatment (photodynamic therapy, laser or cryotherapy) instead.";
    /// Non-small cell, stage IA (IA1 to IA3).
    NsclcIA = "nsclc-ia", EARLY,
        "Surgery, often removing the lobe, is the main treatment; precisely aimed radiation if an operation is not possible.",
        clinician: "Resection, often lobectomy; stereotactic body radiotherapy (SBRT) when the patient cannot have surgery.";
    /// Non-small cell, stage IB.
    NsclcIB = "nsclc-ib", AFTER_SURGERY,
        "Surgery is the main treatment, or precisely aimed radiation if an operation is not possible. After surgery, a targeted drug is offered if the tumour has an EGFR change.",
        clinician: "Resection, or SBRT when the patient cannot have surgery. After resection of EGFR-mutated disease, adjuvant osimertinib (ADAURA).";
    /// Non-small cell, stage II (IIA, IIB) without N2 nodes.
    NsclcII = "nsclc-ii", RESECTABLE,
        "If the cancer can be removed, surgery is combined with medicines: chemotherapy with immunotherapy before it (often continued after it), or chemotherapy after it followed by immunotherapy. A tumour with an EGFR or ALK change gets a targeted drug after surgery instead of immunotherapy. If the cancer cannot be removed, chemotherapy and radiation.",
        clinician: "Resectable: platinum-based chemotherapy with nivolumab before surgery (CheckMate 816), or perioperative chemo-immunotherapy with pembrolizumab (KEYNOTE-671), durvalumab (AEGEAN) or nivolumab (CheckMate 77T); or resection and adjuvant chemotherapy, then atezolizumab (IMpower010) or pembrolizumab (PEARLS/KEYNOTE-091). EGFR-mutated: adjuvant osimertinib (ADAURA); ALK-positive: adjuvant alectinib in place of chemotherapy (ALINA). Unresectable: chemoradiotherapy.";
    /// Same-side mid-chest nodes decide treatment whatever the group (9th-edition IIB
    /// includes T1 N2a).
    NsclcN2 = "nsclc-n2", N2,
        "Planned by a team. If the cancer can be removed, chemotherapy with immunotherapy comes before surgery, often continued after it. If not, chemotherapy and radiation are given together, then immunotherapy for up to a year, or a targeted drug for a tumour with an EGFR change.",
        clinician: "Multidisciplinary decision. Resectable N2: platinum-based chemotherapy with nivolumab before surgery (CheckMate 816), or perioperative chemo-immunotherapy with pembrolizumab (KEYNOTE-671), durvalumab (AEGEAN) or nivolumab (CheckMate 77T). Unresectable: chemoradiotherapy, then consolidation durvalumab (PACIFIC); EGFR-mutated, osimertinib until progression instead (LAURA).";
    /// A pathological stage II to III with at most N2: the cancer has been removed, so what
    /// decides treatment is what comes after surgery (docs/clinical-decisions.md#d27).
    NsclcResected = "nsclc-resected", RESECTED,
        "The cancer has been removed. Chemotherapy is usually offered after surgery, often followed by immunotherapy. A tumour with an EGFR change gets a targeted drug after surgery, and one with an ALK change a targeted drug in place of chemotherapy.",
        clinician: "After complete resection: adjuvant platinum-based chemotherapy, then atezolizumab (IMpower010) or pembrolizumab (PEARLS/KEYNOTE-091). EGFR-mutated: adjuvant osimertinib (ADAURA); ALK-positive: adjuvant alectinib in place of chemotherapy (ALINA).";
    /// Non-small cell, stage IIIB or IIIC.
    NsclcIIIB = "nsclc-iiib", STAGE_III,
        "Usually chemotherapy and radiation together, then immunotherapy for up to a year, or a targeted drug for a tumour with an EGFR change. Surgery is rarely the main treatment.",
        clinician: "Chemoradiotherapy, then consolidation durvalumab (PACIFIC); EGFR-mutated, osimertinib until progression instead (LAURA). Resection is rarely the primary treatment.";
    /// Non-small cell, stage IVA.
    NsclcIVA = "nsclc-iva", ADVANCED,
        "Medicines through the whole body, chosen by the tumour's tests: targeted drugs, immunotherapy, chemotherapy or a mix. When spread is limited to a few spots, surgery or radiation to each spot is sometimes added.",
        clinician: "Systemic therapy chosen by molecular profile and PD-L1: a targeted agent for an actionable alteration, otherwise immunotherapy alone or with chemotherapy. Oligometastatic disease: local treatment (resection or radiotherapy) of every site in selected patients.";
    /// Non-small cell, stage IV without subcategory or IVB.
    NsclcIV = "nsclc-iv", ADVANCED,
        "Medicines through the whole body, chosen by the tumour's tests: targeted drugs, immunotherapy, chemotherapy or a mix, to control the cancer, ease symptoms and lengthen life. Radiation can ease symptoms in one place.",
        clinician: "Systemic therapy chosen by molecular profile and PD-L1: a targeted agent for an actionable alteration, otherwise immunotherapy alone or with chemotherapy. Palliative radiotherapy for symptomatic sites.";
    /// Small cell, limited stage.
    SclcLimited = "sclc-limited", &[SourceId::SclcTreatment, SourceId::Cheng2024],
        "Chemotherapy with radiation to the chest, then immunotherapy for up to 2 years if the cancer has not grown. Radiation to the head may be offered to prevent spread to the brain. Surgery only for a few small tumours without node spread.",
        clinician: "Chemoradiotherapy, then consolidation durvalumab for up to 2 years without progression (ADRIATIC). Prophylactic cranial irradiation may be offered. Resection only for a few small node-negative tumours.";
    /// Small cell, extensive stage.
    SclcExtensive = "sclc-extensive", &[SourceId::SclcTreatment, SourceId::Horn2018, SourceId::PazAres2019],
        "Chemotherapy with an immunotherapy drug, which then continues on its own. Radiation may be added to the chest or brain, or to ease symptoms.",
        clinician: "Chemotherapy with atezolizumab (IMpower133), or platinum–etoposide with durvalumab (CASPIAN), then maintenance immunotherapy. Thoracic or cranial radiotherapy may be added, or palliative radiotherapy.";
    /// MARS 2 (Lim 2024): extended pleurectomy/decortication added to chemotherapy shortened
    /// survival and added serious complications, so surgery is not offered as a routine.
    MesoEarly = "meso-early", MESO_SURGERY,
        "Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy). Major surgery to strip the cancer from the chest lining is no longer routine: in a UK trial (MARS 2), people who had it with chemotherapy lived less long on average, and had more serious complications, than people who had chemotherapy alone. A specialist team may still discuss surgery with a few people.";
    /// Pleural mesothelioma, stage II or IIIA.
    MesoMiddle = "meso-middle", MESO_SURGERY,
        "Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy), with radiation or draining of fluid to ease symptoms. Major surgery is not a routine choice: in the MARS 2 trial it did worse than chemotherapy alone.";
    /// Pleural mesothelioma, stage IIIB or IV.
    MesoLate = "meso-late", MESO_TREATMENT,
        "Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy), with draining of fluid and radiation to ease symptoms.";
    /// Sarcomatoid subtype, at any stage: ASCO advises against maximal surgical cytoreduction
    /// (Kindler 2018); CheckMate 743 (Baas 2021) set nivolumab with ipilimumab against
    /// chemotherapy for mesothelioma that cannot be removed.
    MesoSarcomatoid = "meso-sarcomatoid", &[SourceId::Kindler2018, SourceId::Baas2021],
        "Sarcomatoid mesothelioma: an operation to remove the cancer is not offered, as guidelines advise against it for this type. Treatment is with medicines through the whole body; in a large trial (CheckMate 743), a pair of immunotherapy medicines helped people live longer than chemotherapy did. Draining fluid and radiation can ease symptoms.",
        clinician: "Sarcomatoid histology: maximal surgical cytoreduction is not recommended (ASCO guideline). First-line nivolumab plus ipilimumab, which gave longer overall survival than chemotherapy in unresectable disease (CheckMate 743). Pleural drainage and palliative radiotherapy for symptoms.";
    /// Testing before treatment (non-small cell IV).
    TestingAdvanced = "testing-advanced", &[SourceId::Lindeman2018, SourceId::Sholl2024],
        "Before treatment the tumour is tested for gene changes (EGFR, ALK, ROS1, BRAF, KRAS, MET, RET, HER2 and others) and for the PD-L1 protein.",
        clinician: "Before first-line therapy: molecular testing (EGFR, ALK, ROS1, BRAF, KRAS, MET, RET, HER2 and others; Lindeman 2018) and a validated PD-L1 immunohistochemistry assay, reported as a percentage score, to select immune checkpoint inhibitors (Sholl 2024).";
    /// Testing before treatment (non-small cell IB to III).
    TestingEarly = "testing-early", &[SourceId::Wu2020, SourceId::Wu2024, SourceId::Felip2021, SourceId::OBrien2022, SourceId::Lu2024],
        "Before treatment the tumour is tested for EGFR and ALK changes and for PD-L1: they decide which medicine is added to surgery or radiation.",
        clinician: "Test EGFR and ALK (adjuvant osimertinib, ADAURA; adjuvant alectinib, ALINA; osimertinib after chemoradiotherapy, LAURA) and PD-L1 (adjuvant atezolizumab, IMpower010; pembrolizumab, PEARLS/KEYNOTE-091) before systemic therapy is chosen.";
    /// Shown with every treatment text.
    Support = "support", &[SourceId::Temel2010, SourceId::PdqNsclcTreatment],
        "Palliative care, which eases symptoms, can go alongside cancer treatment; started early in metastatic non-small cell lung cancer, it improved quality of life. Ask whether a clinical trial is open to you.",
        clinician: "Refer to palliative care alongside oncological treatment: early palliative care improved quality of life in metastatic NSCLC (Temel 2010). Offer clinical trial enrolment where one is open.";
}

/// The usual treatment approach for non-small cell lung cancer at `group`.
pub const fn nsclc_treatment(group: StageGroup) -> Option<Treatment> {
    use StageGroup::*;
    Some(match group {
        Zero => Treatment::NsclcZero,
        IA1 | IA2 | IA3 | IA | I => Treatment::NsclcIA,
        IB => Treatment::NsclcIB,
        II | IIA | IIB => Treatment::NsclcII,
        IIIA => Treatment::NsclcN2,
        IIIB | IIIC => Treatment::NsclcIIIB,
        IVA => Treatment::NsclcIVA,
        IV | IVB => Treatment::NsclcIV,
        Occult => return None,
    })
}

/// The usual treatment approach for small cell lung cancer by extent.
pub const fn sclc_treatment(extent: Extent) -> Option<Treatment> {
    match extent {
        Extent::Limited => Some(Treatment::SclcLimited),
        Extent::Extensive => Some(Treatment::SclcExtensive),
        Extent::Undetermined => None,
    }
}

/// The usual treatment approach for pleural mesothelioma at `group`.
pub const fn mesothelioma_treatment(group: StageGroup) -> Option<Treatment> {
    use StageGroup::*;
    Some(match group {
        I | IA | IB => Treatment::MesoEarly,
        II | IIIA => Treatment::MesoMiddle,
        IIIB | IV => Treatment::MesoLate,
        Occult | Zero | IA1 | IA2 | IA3 | IIA | IIB | IIIC | IVA | IVB => return None,
    })
}

/// The usual treatment approach by group alone, or `None` where we have no
/// sourced summary (carcinoid tumours, occult carcinoma).
pub const fn treatment(
    histology: Histology,
    group: StageGroup,
    extent: Option<Extent>,
) -> Option<Treatment> {
    match (histology, extent) {
        (Histology::Nsclc, _) => nsclc_treatment(group),
        (Histology::Sclc, Some(extent)) => sclc_treatment(extent),
        (Histology::Sclc, None) | (Histology::Carcinoid, _) => None,
        (Histology::Mesothelioma, _) => mesothelioma_treatment(group),
    }
}

/// The treatment approach for a staged case: as `treatment`, except for what decides
/// treatment beyond the group (docs/clinical-decisions.md#d27). Non-small cell with N2 nodes
/// in a stage II group gets the N2 text; a pathological stage II to III with at most N2 has
/// been resected, and gets the after-surgery text. A sarcomatoid mesothelioma gets its own
/// text at every stage.
pub fn treatment_for(s: &Staging) -> Option<Treatment> {
    use StageGroup::*;
    if !s.classification.group.is_at_diagnosis() {
        return None;
    }
    // Small cell is treated by its extent, which can be known where the TNM group is not
    // (N2 without a subcategory in the 9th edition is still limited stage).
    let extent = s.sclc.as_ref().map(|e| e.extent);
    let Some(group) = s.stage() else {
        return extent.and_then(sclc_treatment);
    };
    if s.histology == Histology::Mesothelioma && s.subtype == Some(Subtype::Sarcomatoid) {
        return Some(Treatment::MesoSarcomatoid);
    }
    let n2 = matches!(s.n.category.category, N::N2 | N::N2a | N::N2b);
    if s.histology == Histology::Nsclc {
        let resected = matches!(group, II | IIA | IIB | IIIA) || (group == IIIB && n2);
        if s.classification.group == Prefix::P && resected {
            return Some(Treatment::NsclcResected);
        }
        if n2 && matches!(group, II | IIA | IIB) {
            return Some(Treatment::NsclcN2);
        }
        // IIIA without N2 nodes (T3 N1, T4 N0 or N1) is not N2 disease: the resectable text
        // (docs/clinical-decisions.md#d27).
        if !n2 && group == IIIA {
            return Some(Treatment::NsclcII);
        }
    }
    treatment(s.histology, group, extent)
}

/// Why a staged case has no treatment text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TreatmentWithheld {
    /// The tables give no stage group.
    NoGroup,
    /// The stage is not one at diagnosis (`yc`, `yp`, `r`, `a`): [`crate::NoteId::TreatmentNotAtDiagnosis`].
    Classification,
    /// We have no checked summary for this cancer type at this stage.
    NoSummary,
}

/// Why [`treatment_for`] gives no text for `s`, or `None` when it gives one.
pub fn treatment_withheld(s: &Staging) -> Option<TreatmentWithheld> {
    if treatment_for(s).is_some() {
        None
    } else if s.stage().is_none() {
        Some(TreatmentWithheld::NoGroup)
    } else if !s.classification.group.is_at_diagnosis() {
        Some(TreatmentWithheld::Classification)
    } else {
        Some(TreatmentWithheld::NoSummary)
    }
}

/// The texts that go with the treatment approach: testing (non-small cell
/// IB to IV only) and palliative care with clinical trials; none where there is no approach.
pub fn treatment_notes(s: &Staging) -> Vec<Treatment> {
    use StageGroup::*;
    if treatment_for(s).is_none() {
        return Vec::new();
    }
    let testing = match (s.histology, s.stage()) {
        (Histology::Nsclc, Some(IV | IVA | IVB)) => Some(Treatment::TestingAdvanced),
        (Histology::Nsclc, Some(IB | II | IIA | IIB | IIIA | IIIB | IIIC)) => {
            Some(Treatment::TestingEarly)
        }
        _other => None,
    };
    testing.into_iter().chain([Treatment::Support]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lung_group_has_a_meaning_and_nsclc_groups_a_treatment() {
        for &g in StageGroup::ALL {
            for edition in Edition::ALL {
                assert!(!lung_meaning(edition, g).text.is_empty());
            }
            assert_eq!(nsclc_treatment(g).is_none(), g == StageGroup::Occult, "{g}");
        }
        assert_ne!(
            lung_meaning(Edition::Eighth, StageGroup::IIA),
            lung_meaning(Edition::Ninth, StageGroup::IIA)
        );
    }

    #[test]
    fn every_text_has_a_dated_source() {
        let mut texts: Vec<Text> = Vec::new();
        for &g in StageGroup::ALL {
            for edition in Edition::ALL {
                texts.push(lung_meaning(edition, g));
            }
            for edition in Edition::ALL {
                texts.extend(mesothelioma_meaning(edition, g));
            }
        }
        texts.extend(Treatment::ALL.iter().map(|t| Text {
            text: t.text(),
            sources: t.sources(),
        }));
        for t in texts {
            assert!(!t.sources.is_empty(), "{}", t.text);
            assert!(
                t.sources.iter().all(|s| !s.source().year.is_empty()),
                "{}",
                t.text
            );
        }
    }

    #[test]
    fn mesothelioma_and_small_cell() {
        use StageGroup::{I, IA, IB, II, IIIA, IIIB, IV};
        let groups = [
            (Edition::Eighth, [IA, IB, II, IIIA, IIIB, IV].as_slice()),
            (Edition::Ninth, [I, II, IIIA, IIIB, IV].as_slice()),
        ];
        for (edition, groups) in groups {
            for &g in groups {
                let meaning = mesothelioma_meaning(edition, g).unwrap();
                // Each meaning names the edition it describes.
                assert!(
                    meaning.text.starts_with(&format!("{edition} edition")),
                    "{g}"
                );
                assert!(mesothelioma_treatment(g).is_some(), "{g}");
            }
        }
        assert!(
            treatment(Histology::Sclc, StageGroup::IIIA, Some(Extent::Limited))
                .unwrap()
                .text()
                .contains("radiation")
        );
        assert!(treatment(Histology::Carcinoid, StageGroup::IA2, None).is_none());
    }

    #[test]
    fn every_trial_a_treatment_cites_has_its_citation_checked() {
        for t in Treatment::ALL {
            for id in t.sources() {
                let doi = id.url().is_some_and(|u| u.starts_with("https://doi.org/"));
                let checked = crate::CITATION_CHECKS.iter().any(|(c, _, _)| c == id);
                assert_eq!(doi, checked, "{t:?} cites {id:?}");
            }
        }
    }

    /// The trial a source reports, as its short citation names it: "CheckMate 816".
    fn trial_name(id: SourceId) -> Option<&'static str> {
        let short = id.source().short;
        let open = short.find('(')?;
        short[open + 1..].strip_suffix(')')
    }

    #[test]
    fn clinician_words_name_every_trial_they_cite_and_cite_every_trial_they_name() {
        for &t in Treatment::ALL {
            let words = t.wording(View::Clinician);
            for &id in SourceId::ALL {
                let Some(trial) = trial_name(id) else {
                    continue;
                };
                assert_eq!(
                    words.contains(trial),
                    t.sources().contains(&id),
                    "{t:?} and {trial}"
                );
            }
        }
    }

    #[test]
    fn every_lung_text_has_clinician_words_and_the_patient_words_name_no_drug() {
        const DRUGS: &[&str] = &[
            "osimertinib",
            "alectinib",
            "durvalumab",
            "atezolizumab",
            "pembrolizumab",
            "nivolumab",
            "etoposide",
        ];
        let mut lung: Vec<Treatment> = StageGroup::ALL
            .iter()
            .filter_map(|&g| nsclc_treatment(g))
            .collect();
        lung.extend(
            [Extent::Limited, Extent::Extensive]
                .map(sclc_treatment)
                .into_iter()
                .flatten(),
        );
        lung.extend([
            Treatment::NsclcResected,
            Treatment::TestingAdvanced,
            Treatment::TestingEarly,
            Treatment::Support,
        ]);
        for t in lung {
            assert!(t.clinician().is_some(), "{t:?}");
            assert_eq!(t.wording(View::Patient), t.text());
        }
        let mut named = 0;
        for &t in Treatment::ALL {
            let patient = t.text().to_lowercase();
            assert!(!DRUGS.iter().any(|d| patient.contains(d)), "{t:?}");
            let clinician = t.wording(View::Clinician).to_lowercase();
            named += DRUGS.iter().filter(|d| clinician.contains(*d)).count();
        }
        assert!(named > 0);
        assert_eq!(
            Treatment::MesoLate.wording(View::Clinician),
            Treatment::MesoLate.text()
        );
    }

    #[test]
    fn mesothelioma_surgery_text_follows_mars_2() {
        for t in [Treatment::MesoEarly, Treatment::MesoMiddle] {
            assert!(t.sources().contains(&SourceId::Lim2024) && t.text().contains("MARS 2"));
        }
    }

    #[test]
    fn every_treatment_is_reached_and_has_a_unique_code() {
        let mut codes: Vec<&str> = Treatment::ALL.iter().map(|t| t.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Treatment::ALL.len());
        let mut reached: Vec<Treatment> = Vec::new();
        for &g in StageGroup::ALL {
            reached.extend(nsclc_treatment(g));
            reached.extend(mesothelioma_treatment(g));
        }
        reached.extend(
            [Extent::Limited, Extent::Extensive]
                .into_iter()
                .filter_map(sclc_treatment),
        );
        reached.extend([
            Treatment::MesoSarcomatoid,
            Treatment::TestingAdvanced,
            Treatment::TestingEarly,
            Treatment::Support,
            // Reached by `treatment_for` from the classification (render/report.rs tests it).
            Treatment::NsclcResected,
        ]);
        for t in Treatment::ALL {
            assert!(reached.contains(t), "{t:?}");
        }
    }
}
