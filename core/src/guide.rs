//! What a stage means in plain words, and the usual treatment approach.
//!
//! Written in our own words from the AJCC tables (for the meaning) and
//! from NCI PDQ, NCCN, ACS and BMJ Best Practice (for treatment). This is
//! general information, not a treatment plan.

use serde::Serialize;

use crate::{Edition, Extent, Histology, SourceId, StageGroup};

/// A plain-language text with its sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    pub text: &'static str,
    pub sources: &'static [SourceId],
}

const fn text(text: &'static str, sources: &'static [SourceId]) -> Text {
    Text { text, sources }
}

const AJCC: &[SourceId] = &[SourceId::Ajcc8];
const AJCC9: &[SourceId] = &[SourceId::Ajcc8, SourceId::Iaslc9];
const MESO: &[SourceId] = &[SourceId::Meso8];
const MESO9: &[SourceId] = &[SourceId::Meso9];

/// What `group` means for a lung cancer (NSCLC, small cell, carcinoid) in
/// `edition`. Only IIA, IIB, IIIA and IIIB read differently in the 9th.
pub const fn lung_meaning(edition: Edition, group: StageGroup) -> Text {
    use StageGroup::*;
    match (group, edition) {
        (Occult, _) => text(
            "Cancer cells were found, for example in coughed-up mucus or airway washings, but no tumour can be seen on scans or through a scope.",
            AJCC,
        ),
        (Zero, _) => text(
            "Abnormal cells are only in the inner lining of an airway or form a tiny non-invasive spot; they have not grown deeper or spread.",
            AJCC,
        ),
        (IA1, _) => text(
            "A very small tumour of 1 cm or less (or one that has barely begun to invade), with no spread to lymph nodes or elsewhere.",
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
            "A tumour of more than 3 cm and up to 4 cm, or a smaller one that reaches a main airway, grows into the lung's own lining or partly collapses the lung. No lymph nodes are involved.",
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
            "A tumour of more than 3 cm and up to 5 cm with lymph nodes in or at the root of the lung; a larger (5 to 7 cm) or locally invasive tumour without lymph nodes; or a tumour of up to 3 cm with one group of lymph nodes in the middle of the chest on the same side.",
            AJCC9,
        ),
        (II, _) => text(
            "The cancer has grown or spread to nearby lymph nodes, but not beyond the chest.",
            AJCC,
        ),
        (IIIA, Edition::Eighth) => text(
            "The cancer is still within the chest but has grown large or into nearby structures, or has reached lymph nodes in the middle of the chest on the same side.",
            AJCC,
        ),
        (IIIA, Edition::Ninth) => text(
            "The cancer is still within the chest but has grown large or into nearby structures, or has reached lymph nodes in the middle of the chest on the same side (several groups for a small tumour, one group for a larger one).",
            AJCC9,
        ),
        (IIIB, Edition::Eighth) => text(
            "The cancer is within the chest and has reached lymph nodes on the other side of the chest or above the collarbone, or a large or invasive tumour has reached lymph nodes in the middle of the chest on the same side.",
            AJCC,
        ),
        (IIIB, Edition::Ninth) => text(
            "The cancer is within the chest and has reached lymph nodes on the other side of the chest or above the collarbone, or has reached several groups of lymph nodes in the middle of the chest on the same side (or any of them, for a very large or invasive tumour).",
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

/// What a mesothelioma stage group means in `edition`: the 9th edition regroups by
/// CT thickness, so its groups read differently.
pub const fn mesothelioma_meaning(edition: Edition, group: StageGroup) -> Option<Text> {
    match edition {
        Edition::Eighth => mesothelioma8_meaning(group),
        Edition::Ninth => mesothelioma9_meaning(group),
    }
}

/// The 9th-edition groups, written from the UICC TNM 9 table.
const fn mesothelioma9_meaning(group: StageGroup) -> Option<Text> {
    use StageGroup::*;
    Some(match group {
        I => text(
            "9th edition: a thin cancer in the chest lining on one side (on CT, the three thickest points add up to 12 mm or less and the fissures hold 5 mm or less), with no lymph nodes involved.",
            MESO9,
        ),
        II => text(
            "9th edition: a thin cancer in the chest lining on one side that has reached lymph nodes on the same side, or a somewhat thicker one (or one reaching a fissure, the fat in the middle of the chest or one spot of the chest wall) without lymph nodes.",
            MESO9,
        ),
        IIIA => text(
            "9th edition: the cancer is still in the chest, but it is thick (more than 30 mm added up on CT), or a moderately thick one has reached lymph nodes on the same side, or it has reached lymph nodes further away, such as on the other side of the chest or above a collarbone.",
            MESO9,
        ),
        IIIB => text(
            "9th edition: the cancer has grown widely into the chest wall or a rib, into organs in the middle of the chest or the spine, through the diaphragm or the heart sac, or to the other side of the chest.",
            MESO9,
        ),
        IV => text(
            "9th edition: the cancer has spread to distant parts of the body.",
            MESO9,
        ),
        Occult | Zero | IA1 | IA2 | IA3 | IA | IB | IIA | IIB | IIIC | IVA | IVB => return None,
    })
}

/// The 8th-edition groups.
const fn mesothelioma8_meaning(group: StageGroup) -> Option<Text> {
    use StageGroup::*;
    Some(match group {
        IA => text(
            "The cancer is in the lining of the chest on one side and has not reached lymph nodes.",
            MESO,
        ),
        IB => text(
            "The cancer covers the chest lining on that whole side and has grown into the diaphragm, the lung, the fat in the middle of the chest, the inner chest wall or the outer heart sac, without lymph nodes.",
            MESO,
        ),
        II => text(
            "An early or moderately grown cancer that has reached lymph nodes on the same side of the chest.",
            MESO,
        ),
        IIIA => text(
            "A cancer grown into nearby tissue (such as the fat in the middle of the chest) with lymph nodes on the same side.",
            MESO,
        ),
        IIIB => text(
            "The cancer has reached lymph nodes on the other side of the chest or above a collarbone, or has grown widely into the chest wall, through the diaphragm, to the other side, into the spine, or through the heart sac.",
            MESO,
        ),
        IV => text("The cancer has spread to distant parts of the body.", MESO),
        Occult | Zero | IA1 | IA2 | IA3 | I | IIA | IIB | IIIC | IVA | IVB => return None,
    })
}

/// The meaning of `group` for this cancer type and edition.
pub const fn meaning(histology: Histology, edition: Edition, group: StageGroup) -> Option<Text> {
    match histology {
        Histology::Nsclc | Histology::Sclc | Histology::Carcinoid => {
            Some(lung_meaning(edition, group))
        }
        Histology::Mesothelioma => mesothelioma_meaning(edition, group),
    }
}

const NSCLC_TREATMENT: &[SourceId] = &[SourceId::PdqNsclcTreatment, SourceId::NccnPatients2018];
const NSCLC_IV: &[SourceId] = &[
    SourceId::PdqNsclcTreatment,
    SourceId::NccnPatients2018,
    SourceId::SourceArticle,
];

/// The usual treatment approach for non-small cell lung cancer at `group`.
pub const fn nsclc_treatment(group: StageGroup) -> Option<Text> {
    use StageGroup::*;
    Some(match group {
        Zero => text(
            "Usually removed with a small operation that takes only a little lung tissue; some people are treated through a thin tube in the airway instead, for example with a light-activated drug, a laser or freezing.",
            NSCLC_TREATMENT,
        ),
        IA1 | IA2 | IA3 | IA | I | IB => text(
            "Surgery to remove the tumour, often with its whole lobe, is the main treatment. Precisely aimed radiation is used when an operation is not possible or not wanted.",
            NSCLC_TREATMENT,
        ),
        II | IIA | IIB => text(
            "Surgery usually comes first, and many people also have chemotherapy before or after it to lower the chance of the cancer coming back. Radiation, sometimes with chemotherapy, is used when surgery is not possible.",
            NSCLC_TREATMENT,
        ),
        IIIA => text(
            "It depends on whether the tumour can be removed: if it can, surgery is combined with drug treatment before or after it; if not, chemotherapy and radiation are given together, often followed by immunotherapy.",
            NSCLC_TREATMENT,
        ),
        IIIB | IIIC => text(
            "Surgery is not usually the main treatment. The standard approach is chemotherapy and radiation, often followed by immunotherapy to help keep the cancer under control.",
            NSCLC_TREATMENT,
        ),
        IVA => text(
            "Medicines that work through the whole body are the main treatment. When the spread is limited, for example to one spot outside the chest, surgery or radiation to the lung tumour and that spot is sometimes added.",
            NSCLC_IV,
        ),
        IV | IVB => text(
            "Medicines that reach the whole body. The tumour is first tested for gene changes and the PD-L1 protein, which guide the choice between targeted drugs, immunotherapy and chemotherapy. The aims are to control the cancer, ease symptoms and help people live longer; radiation can relieve symptoms in one place.",
            NSCLC_IV,
        ),
        Occult => return None,
    })
}

/// The usual treatment approach for small cell lung cancer by extent.
pub const fn sclc_treatment(extent: Extent) -> Option<Text> {
    match extent {
        Extent::Limited => Some(text(
            "Chemotherapy together with radiation to the chest is the usual treatment. If it works well, radiation to the head may be offered to lower the risk of spread to the brain. Surgery is only for a few very small tumours without lymph node spread.",
            &[SourceId::SclcTreatment],
        )),
        Extent::Extensive => Some(text(
            "Chemotherapy, now usually combined with an immunotherapy drug, is the first treatment. Radiation may be added later to the chest or the brain, or to ease symptoms.",
            &[
                SourceId::SclcTreatment,
                SourceId::CurrOncolRep2020,
                SourceId::SourceArticle,
            ],
        )),
        Extent::Undetermined => None,
    }
}

/// The usual treatment approach for pleural mesothelioma at `group`.
pub const fn mesothelioma_treatment(group: StageGroup) -> Option<Text> {
    use StageGroup::*;
    const SOURCES: &[SourceId] = &[SourceId::MesoTreatment];
    Some(match group {
        I | IA | IB => text(
            "If all the visible cancer may be removable, a specialist team may offer surgery, usually combined with chemotherapy or immunotherapy and sometimes radiation. Surgery alone rarely cures it, so treatment at an experienced centre matters.",
            SOURCES,
        ),
        II | IIIA => text(
            "Some of these cancers can still be removed as part of combined treatment at a specialist centre; otherwise treatment is with medicines through the whole body (immunotherapy or chemotherapy).",
            SOURCES,
        ),
        IIIB | IV => text(
            "Treatment is usually with medicines through the whole body (immunotherapy or chemotherapy), with draining of fluid and radiation to ease symptoms.",
            SOURCES,
        ),
        Occult | Zero | IA1 | IA2 | IA3 | IIA | IIB | IIIC | IVA | IVB => return None,
    })
}

/// The usual treatment approach for a case, or `None` where we have no
/// sourced summary (carcinoid tumours, occult carcinoma).
pub const fn treatment(
    histology: Histology,
    group: StageGroup,
    extent: Option<Extent>,
) -> Option<Text> {
    match (histology, extent) {
        (Histology::Nsclc, _) => nsclc_treatment(group),
        (Histology::Sclc, Some(extent)) => sclc_treatment(extent),
        (Histology::Sclc, None) | (Histology::Carcinoid, _) => None,
        (Histology::Mesothelioma, _) => mesothelioma_treatment(group),
    }
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
    fn mesothelioma_and_small_cell() {
        for g in [
            StageGroup::IA,
            StageGroup::IB,
            StageGroup::II,
            StageGroup::IIIA,
            StageGroup::IIIB,
            StageGroup::IV,
        ] {
            assert!(
                mesothelioma_meaning(Edition::Eighth, g).is_some()
                    && mesothelioma_treatment(g).is_some(),
                "{g}"
            );
        }
        for g in [
            StageGroup::I,
            StageGroup::II,
            StageGroup::IIIA,
            StageGroup::IIIB,
            StageGroup::IV,
        ] {
            let m = mesothelioma_meaning(Edition::Ninth, g).unwrap();
            assert!(
                m.text.starts_with("9th edition") && m.sources == MESO9,
                "{g}"
            );
            assert!(mesothelioma_treatment(g).is_some(), "{g}");
        }
        assert!(mesothelioma_meaning(Edition::Ninth, StageGroup::IB).is_none());
        assert!(mesothelioma_meaning(Edition::Eighth, StageGroup::I).is_none());
        assert!(
            treatment(Histology::Sclc, StageGroup::IIIA, Some(Extent::Limited))
                .unwrap()
                .text
                .contains("radiation")
        );
        assert!(treatment(Histology::Carcinoid, StageGroup::IA2, None).is_none());
    }
}
