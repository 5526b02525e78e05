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
    let words = crate::deferred::english::text(&crate::deferred::meaning_text(
        Histology::Nsclc,
        edition,
        group,
    ));
    text(words, lung_meaning_sources(edition, group))
}

/// The sources of each lung meaning: the one table of lung meanings. The words are in
/// `messages/texts/en.ftl` under the meaning's key (`deferred::meaning_text`), so the widget,
/// which asks for the sources only, carries none of them (they load later).
const fn lung_meaning_sources(edition: Edition, group: StageGroup) -> &'static [SourceId] {
    use StageGroup::*;
    match (group, edition) {
        (Occult, _) => AJCC,
        (Zero, _) => AJCC,
        (IA1, _) => AJCC,
        (IA2, _) => AJCC,
        (IA3, _) => AJCC,
        (IA | I, _) => AJCC,
        (IB, _) => AJCC,
        (IIA, Edition::Eighth) => AJCC,
        (IIA, Edition::Ninth) => AJCC9,
        (IIB, Edition::Eighth) => AJCC,
        (IIB, Edition::Ninth) => AJCC9,
        (II, _) => AJCC,
        (IIIA, Edition::Eighth) => AJCC,
        (IIIA, Edition::Ninth) => AJCC9,
        (IIIB, Edition::Eighth) => AJCC,
        (IIIB, Edition::Ninth) => AJCC9,
        (IIIC, _) => AJCC,
        (IV, _) => AJCC,
        (IVA, _) => AJCC,
        (IVB, _) => AJCC,
    }
}

#[cfg(test)]
/// What a mesothelioma stage group means in `edition`.
pub fn mesothelioma_meaning(edition: Edition, group: StageGroup) -> Option<Text> {
    meaning(Histology::Mesothelioma, edition, group)
}

/// The sources of each mesothelioma meaning (see `lung_meaning_sources`); none where the
/// table gives the group no meaning.
const fn mesothelioma_meaning_sources(
    edition: Edition,
    group: StageGroup,
) -> Option<&'static [SourceId]> {
    use StageGroup::*;
    Some(match (edition, group) {
        (Edition::Eighth, IA) => MESO,
        (Edition::Eighth, IB) => MESO,
        (Edition::Eighth, II) => MESO,
        (Edition::Eighth, IIIA) => MESO,
        (Edition::Eighth, IIIB) => MESO,
        (Edition::Eighth, IV) => MESO,
        (Edition::Ninth, I) => MESO9,
        (Edition::Ninth, II) => MESO9,
        (Edition::Ninth, IIIA) => MESO9,
        (Edition::Ninth, IIIB) => MESO9,
        (Edition::Ninth, IV) => MESO9,
        (Edition::Eighth, I)
        | (Edition::Ninth, IA | IB)
        | (_, Occult | Zero | IA1 | IA2 | IA3 | IIA | IIB | IIIC | IVA | IVB) => return None,
    })
}

/// The meaning of `group` for this cancer type and edition.
pub fn meaning(histology: Histology, edition: Edition, group: StageGroup) -> Option<Text> {
    let sources = meaning_sources(histology, edition, group)?;
    let key = crate::deferred::meaning_text(histology, edition, group);
    Some(text(crate::deferred::english::text(&key), sources))
}

/// The sources of the meaning of `group`, without its words: what the widget cites before the
/// words arrive with the texts loaded after the first answer (`deferred::meaning_text`).
pub fn meaning_sources(
    histology: Histology,
    edition: Edition,
    group: StageGroup,
) -> Option<&'static [SourceId]> {
    match histology {
        Histology::Nsclc | Histology::Sclc | Histology::Carcinoid => {
            Some(lung_meaning_sources(edition, group))
        }
        Histology::Mesothelioma => mesothelioma_meaning_sources(edition, group),
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
    (@clinician) => { false };
    (@clinician clinician) => { true };
    ($( $(#[$meta:meta])* $id:ident = $code:literal, $sources:expr $(, $clinician:ident)?; )+) => {
        /// A treatment text: one row each, with its stable code, its sources and whether the
        /// lung texts' clinician's words differ from the patient's. The words are in
        /// `messages/texts/en.ftl` under the text's keys (`deferred::treatment`), so that the
        /// widget's first load need not carry them (it loads them after its first answer, see
        /// `deferred`).
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

            /// Whether the clinician has words of their own (else the patient's serve both).
            const fn has_clinician(self) -> bool {
                match self {
                    $( Treatment::$id => treatments!(@clinician $($clinician)?), )+
                }
            }
        }
    };
}

impl Treatment {
    /// The patient's words: plain, naming no drug.
    pub fn text(self) -> &'static str {
        crate::deferred::english::text(&crate::deferred::treatment(self, View::Patient))
    }

    /// The clinician's words, which name drugs, regimens and the trial behind each;
    /// `None` where one wording serves both (the mesothelioma texts).
    pub fn clinician(self) -> Option<&'static str> {
        self.has_clinician().then(|| {
            crate::deferred::english::text(&crate::deferred::treatment(self, View::Clinician))
        })
    }

    /// The words for `view`: the clinician's where there are some, else the patient's.
    pub fn wording(self, view: View) -> &'static str {
        match (view, self.clinician()) {
            (View::Clinician, Some(words)) => words,
            (View::Clinician, None) | (View::Patient, _) => self.text(),
        }
    }
}

treatments! {
    /// Non-small cell, stage 0.
    NsclcZero = "nsclc-0", EARLY, clinician;
    /// Non-small cell, stage IA (IA1 to IA3).
    NsclcIA = "nsclc-ia", EARLY, clinician;
    /// Non-small cell, stage IB.
    NsclcIB = "nsclc-ib", AFTER_SURGERY, clinician;
    /// Non-small cell, stage II (IIA, IIB) without N2 nodes.
    NsclcII = "nsclc-ii", RESECTABLE, clinician;
    /// Same-side mid-chest nodes decide treatment whatever the group (9th-edition IIB
    /// includes T1 N2a).
    NsclcN2 = "nsclc-n2", N2, clinician;
    /// A pathological stage II to III with at most N2: the cancer has been removed, so what
    /// decides treatment is what comes after surgery (docs/clinical-decisions.md#d27).
    NsclcResected = "nsclc-resected", RESECTED, clinician;
    /// Non-small cell, stage IIIB or IIIC.
    NsclcIIIB = "nsclc-iiib", STAGE_III, clinician;
    /// Non-small cell, stage IVA.
    NsclcIVA = "nsclc-iva", ADVANCED, clinician;
    /// Non-small cell, stage IV without subcategory or IVB.
    NsclcIV = "nsclc-iv", ADVANCED, clinician;
    /// Small cell, limited stage.
    SclcLimited = "sclc-limited", &[SourceId::SclcTreatment, SourceId::Cheng2024], clinician;
    /// Small cell, extensive stage.
    SclcExtensive = "sclc-extensive", &[SourceId::SclcTreatment, SourceId::Horn2018, SourceId::PazAres2019], clinician;
    /// MARS 2 (Lim 2024): extended pleurectomy/decortication added to chemotherapy shortened
    /// survival and added serious complications, so surgery is not offered as a routine.
    MesoEarly = "meso-early", MESO_SURGERY;
    /// Pleural mesothelioma, stage II or IIIA.
    MesoMiddle = "meso-middle", MESO_SURGERY;
    /// Pleural mesothelioma, stage IIIB or IV.
    MesoLate = "meso-late", MESO_TREATMENT;
    /// Sarcomatoid subtype, at any stage: ASCO advises against maximal surgical cytoreduction
    /// (Kindler 2018); CheckMate 743 (Baas 2021) set nivolumab with ipilimumab against
    /// chemotherapy for mesothelioma that cannot be removed.
    MesoSarcomatoid = "meso-sarcomatoid", &[SourceId::Kindler2018, SourceId::Baas2021], clinician;
    /// Testing before treatment (non-small cell IV).
    TestingAdvanced = "testing-advanced", &[SourceId::Lindeman2018, SourceId::Sholl2024], clinician;
    /// Testing before treatment (non-small cell IB to III).
    TestingEarly = "testing-early", &[SourceId::Wu2020, SourceId::Wu2024, SourceId::Felip2021, SourceId::OBrien2022, SourceId::Lu2024], clinician;
    /// Shown with every treatment text.
    Support = "support", &[SourceId::Temel2010, SourceId::PdqNsclcTreatment], clinician;
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
