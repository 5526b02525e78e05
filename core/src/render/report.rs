//! The JSON result of staging a case: what `lungstage stage --json` prints
//! and what the widget's JavaScript `stage()` returns.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::messages::{Msg, Word};

use crate::{
    Assessment, Awaiting, Case, Category, Change, Decider, Entered, Error, Figure, FullSource,
    Histology, IaslcWithheld, MetastasisInput, Note, Reason, SCLC_ALL_STAGES, SeerWithheld, Site,
    SourceId, StagePrefixes, Staging, Text, Treatment, TreatmentWithheld, URGENT, Urgent, View,
    Worded, Written, assess, deferred, definition, iaslc_for, meaning, seer_for, symptoms,
    treatment_for, treatment_notes, treatment_withheld,
};

/// The disclaimer every output carries.
pub const DISCLAIMER: Word = Word(Msg::NameDisclaimer);

/// [`DISCLAIMER`] in the language messages are written in.
pub(crate) fn disclaimer() -> String {
    DISCLAIMER.to_string()
}

/// The caveat that goes with every population figure, in English (`deferred::SURVIVAL_CAVEAT`
/// in `messages/texts/en.ftl`).
pub fn survival_caveat() -> &'static str {
    crate::deferred::english::text(crate::deferred::SURVIVAL_CAVEAT)
}

/// The caveat that goes with the IASLC figures, in English (`deferred::IASLC_CAVEAT`).
pub fn iaslc_caveat() -> &'static str {
    crate::deferred::english::text(crate::deferred::IASLC_CAVEAT)
}

/// Every note of a staging result, in order: T, N, M, table, summary stage, case.
pub fn all_notes(s: &Staging) -> Vec<&Note> {
    s.t.notes
        .iter()
        .chain(&s.n.notes)
        .chain(&s.m.notes)
        .chain(&s.grouping.notes)
        .chain(&s.summary.notes)
        .chain(&s.notes)
        .collect()
}

pub(crate) fn text_json(text: Option<Text>) -> Value {
    serde_json::to_value(text).unwrap_or_default()
}

/// A treatment text: `text` is the patient's words (as it always was), `clinician_text` the
/// clinician's, which name drugs and trials (the same words where one wording serves both).
#[derive(Serialize)]
struct TreatmentOut {
    text: &'static str,
    clinician_text: &'static str,
    sources: &'static [SourceId],
}

impl From<Treatment> for TreatmentOut {
    fn from(t: Treatment) -> TreatmentOut {
        TreatmentOut {
            text: deferred::local(
                &deferred::treatment(t, View::Patient),
                t.wording(View::Patient),
            ),
            clinician_text: deferred::local(
                &deferred::treatment(t, View::Clinician),
                t.wording(View::Clinician),
            ),
            sources: t.sources(),
        }
    }
}

pub(crate) fn treatment_json(t: Treatment) -> Value {
    serde_json::to_value(TreatmentOut::from(t)).unwrap_or_default()
}

/// A survival figure with its percentage as written (`label`).
#[derive(Serialize)]
struct FigureOut {
    #[serde(flatten)]
    figure: Figure,
    label: String,
}

impl From<Figure> for FigureOut {
    fn from(figure: Figure) -> FigureOut {
        FigureOut {
            label: figure.label(),
            figure,
        }
    }
}

pub(crate) fn figure_json(f: Figure) -> Value {
    serde_json::to_value(FigureOut::from(f)).unwrap_or_default()
}

/// What would decide a stage the tables leave undefined: `{"choices": [...]}` (each
/// category with its definition and the group it gives) or `{"range": {...}}` (TX: a range,
/// not a stage).
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Decides {
    Choices(Vec<Choice>),
    Range {
        lowest: &'static str,
        highest: &'static str,
    },
}

#[derive(Serialize)]
struct Choice {
    category: Category,
    definition: Option<&'static str>,
    stage: &'static str,
}

fn decides(s: &Staging) -> Option<Decides> {
    Some(match s.decider()? {
        Decider::Choices(choices) => Decides::Choices(
            choices
                .iter()
                .map(|&(category, group)| Choice {
                    category,
                    definition: definition(s.scheme, category).map(|(words, _)| {
                        deferred::local(&deferred::definition_text(s.scheme, category), words)
                    }),
                    stage: group.code(),
                })
                .collect(),
        ),
        Decider::Range { lowest, highest } => Decides::Range {
            lowest: lowest.code(),
            highest: highest.code(),
        },
    })
}

#[derive(Serialize)]
struct Reasons<'a> {
    t: &'a [Reason],
    n: &'a [Reason],
    m: &'a [Reason],
}

/// One edition's result, as the report gives it.
#[derive(Serialize)]
struct StagingOut<'a> {
    edition: u8,
    histology: &'static str,
    tnm: String,
    classification: StagePrefixes,
    stage_label: Option<String>,
    t: String,
    n: String,
    m: String,
    m0_assumed: bool,
    awaiting: Option<Awaiting>,
    stage: Option<&'static str>,
    stage_name: Option<String>,
    stage_note: Option<String>,
    stage_rule: String,
    decides: Option<Decides>,
    stage_source: SourceId,
    summary_stage: &'static str,
    summary_stage_reason: &'a Worded,
    summary_stage_source: SourceId,
    reasons: Reasons<'a>,
    notes: Vec<&'a Note>,
    meaning: Option<Text>,
    treatment: Option<TreatmentOut>,
    treatment_withheld: Option<TreatmentWithheld>,
    treatment_notes: Vec<TreatmentOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sclc_extent: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sclc_extent_reason: Option<&'a Worded>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sclc_caveat: Option<&'a Note>,
}

impl<'a> StagingOut<'a> {
    /// `s`, with `first` (a written form's notes) before its own notes.
    fn of(s: &'a Staging, first: &'a [Note]) -> StagingOut<'a> {
        let group = s.stage();
        StagingOut {
            edition: s.edition.number(),
            histology: s.histology.code(),
            tnm: s.prefixed_tnm().to_string(),
            classification: s.classification,
            stage_label: s.stage_label(),
            t: s.t.category.to_string(),
            n: s.n.category.to_string(),
            m: s.m.category.to_string(),
            m0_assumed: s.m0_assumed,
            awaiting: s.awaiting,
            stage: group.map(|g| g.code()),
            stage_name: group.map(|g| g.name()),
            stage_note: group.is_none().then(|| s.grouping.rule.to_string()),
            stage_rule: s.grouping.rule.to_string(),
            decides: decides(s),
            stage_source: s.grouping.source,
            summary_stage: s.summary.stage.code(),
            summary_stage_reason: &s.summary.reason,
            summary_stage_source: SourceId::SeerSs2018,
            reasons: Reasons {
                t: &s.t.reasons,
                n: &s.n.reasons,
                m: &s.m.reasons,
            },
            notes: first.iter().chain(all_notes(s)).collect(),
            meaning: group.and_then(|g| {
                let m = meaning(s.histology, s.edition, g)?;
                Some(deferred::local_meaning(m, s.histology, s.edition, g))
            }),
            treatment: treatment_for(s).map(TreatmentOut::from),
            treatment_withheld: treatment_withheld(s),
            treatment_notes: treatment_notes(s)
                .into_iter()
                .map(TreatmentOut::from)
                .collect(),
            sclc_extent: s.sclc.as_ref().map(|e| e.extent.code()),
            sclc_extent_reason: s.sclc.as_ref().map(|e| &e.reason),
            sclc_caveat: s.sclc.as_ref().map(|e| &e.caveat),
        }
    }

    /// Every source this result cites.
    fn cite(&self, out: &mut Vec<SourceId>) {
        out.extend([self.stage_source, self.summary_stage_source]);
        let reasons = self
            .reasons
            .t
            .iter()
            .chain(self.reasons.n)
            .chain(self.reasons.m);
        out.extend(reasons.map(|r| r.source));
        out.extend(self.notes.iter().map(|n| n.source));
        out.extend(self.meaning.iter().flat_map(|m| m.sources));
        let treatments = self.treatment.iter().chain(&self.treatment_notes);
        out.extend(treatments.flat_map(|t| t.sources));
        out.extend(self.sclc_caveat.map(|n| n.source));
    }
}

#[derive(Serialize)]
struct SeerOut {
    summary_stage: &'static str,
    five_year_relative_survival: FigureOut,
}

#[derive(Serialize)]
struct IaslcOut {
    stage: &'static str,
    edition: u8,
    five_year_overall_survival: FigureOut,
}

/// The survival figures that apply to an assessment, and why any is withheld.
#[derive(Serialize)]
struct SurvivalOut {
    seer: Option<SeerOut>,
    seer_withheld: Option<SeerWithheld>,
    sclc_all_stages: Option<FigureOut>,
    iaslc: Option<IaslcOut>,
    iaslc_withheld: Option<IaslcWithheld>,
    caveat: &'static str,
    iaslc_caveat: &'static str,
}

impl SurvivalOut {
    fn of(a: &Assessment) -> SurvivalOut {
        let (seer, seer_withheld) = match seer_for(a) {
            Ok(row) => (
                Some(SeerOut {
                    summary_stage: row.stage.code(),
                    five_year_relative_survival: row.survival.into(),
                }),
                None,
            ),
            Err(why) => (None, Some(why)),
        };
        let (iaslc, iaslc_withheld) = match iaslc_for(a) {
            Ok((g, f)) => (
                Some(IaslcOut {
                    stage: g.code(),
                    edition: 8,
                    five_year_overall_survival: f.into(),
                }),
                None,
            ),
            Err(why) => (None, Some(why)),
        };
        SurvivalOut {
            seer,
            seer_withheld,
            sclc_all_stages: (a.staging.histology == Histology::Sclc)
                .then(|| SCLC_ALL_STAGES.into()),
            iaslc,
            iaslc_withheld,
            caveat: deferred::local(deferred::SURVIVAL_CAVEAT, survival_caveat()),
            iaslc_caveat: deferred::local(deferred::IASLC_CAVEAT, iaslc_caveat()),
        }
    }

    fn cite(&self, out: &mut Vec<SourceId>) {
        let seer = self.seer.iter().map(|s| &s.five_year_relative_survival);
        let iaslc = self.iaslc.iter().map(|i| &i.five_year_overall_survival);
        let figures = seer.chain(&self.sclc_all_stages).chain(iaslc);
        out.extend(figures.map(|f| f.figure.source));
    }
}

/// The symptoms of spread at one site of the case.
#[derive(Serialize)]
struct SymptomsOut {
    site: Site,
    lead: Option<&'static str>,
    symptoms: Vec<&'static str>,
    sources: &'static [SourceId],
}

fn symptoms_of(case: &Case) -> Vec<SymptomsOut> {
    let Some(MetastasisInput::Findings(f)) = &case.metastases else {
        return Vec::new();
    };
    f.sites
        .iter()
        .map(|s| match symptoms(s.site) {
            Some(sy) => SymptomsOut {
                site: s.site,
                lead: sy
                    .lead()
                    .map(|l| deferred::local(&deferred::symptoms_lead(s.site), l)),
                symptoms: deferred::local_list(&deferred::symptoms_list(s.site), sy.list()),
                sources: sy.sources,
            },
            None => SymptomsOut {
                site: s.site,
                lead: None,
                symptoms: Vec::new(),
                sources: &[],
            },
        })
        .collect()
}

/// The full report of a case: its result in the edition asked for, the other edition's, what
/// changed, survival, symptoms, the urgent-help box, the case as read, the registrar fields,
/// and every source cited, each once.
#[derive(Serialize)]
struct Report<'a> {
    #[serde(flatten)]
    staging: StagingOut<'a>,
    ignored: &'a [String],
    requested_edition: u8,
    other_edition: Option<StagingOut<'a>>,
    changes: &'a [Change],
    survival: SurvivalOut,
    symptoms: Vec<SymptomsOut>,
    urgent: &'static [Urgent],
    descriptor: Value,
    /// The NAACCR registrar fields (docs/registrars.md): in every report the CLI and the
    /// JavaScript API print; the widget, which builds no report, leaves the exports out.
    #[cfg(feature = "fhir")]
    registry: Value,
    sources: BTreeMap<&'static str, FullSource>,
    disclaimer: String,
    last_reviewed: &'static str,
}

/// The full JSON report for an assessment of `case`.
pub fn report(case: &Case, a: &Assessment) -> Value {
    full_report(case, a, None)
}

/// The report of a case read from a written form: the reading's notes (what
/// an N subgroup counts as, what was set aside) come first among the notes,
/// and `ignored` lists the descriptors set aside, as written (empty in
/// every other report).
///
/// ```
/// use lungstage::{Scheme, Tnm, assess, written_report};
///
/// let written = Tnm::read("pT2a pN1a cM0 R0", Scheme::Lung9).unwrap();
/// let case = lungstage::Case::from_json(
///     r#"{"tumor":{"category":"pT2a"},"nodes":{"category":"pN1"},"metastases":{"category":"cM0"}}"#,
/// ).unwrap();
/// let out = written_report(&case, &assess(&case).unwrap(), &written);
/// assert_eq!(out["ignored"][0], "R0");
/// assert!(out["notes"][0]["text"].as_str().unwrap().contains("pN1a"));
/// assert!(out["sources"].get("asamura2015").is_some());
/// ```
pub fn written_report(case: &Case, a: &Assessment, written: &Written) -> Value {
    full_report(case, a, Some(written))
}

fn full_report(case: &Case, a: &Assessment, written: Option<&Written>) -> Value {
    let mut report = Report {
        staging: StagingOut::of(&a.staging, written.map_or(&[], |w| &w.notes)),
        // Every report has the key, so a reader need not ask where the case came from.
        ignored: written.map_or(&[], |w| &w.ignored),
        requested_edition: a.requested_edition.number(),
        other_edition: a.other.as_ref().map(|s| StagingOut::of(s, &[])),
        changes: &a.changes,
        survival: SurvivalOut::of(a),
        symptoms: symptoms_of(case),
        urgent: &URGENT,
        descriptor: case.to_json(),
        #[cfg(feature = "fhir")]
        registry: crate::export::naaccr::registry(case, &a.staging).to_json(),
        sources: BTreeMap::new(),
        disclaimer: disclaimer(),
        last_reviewed: crate::LAST_REVIEWED,
    };
    let mut ids = Vec::new();
    report.staging.cite(&mut ids);
    if let Some(other) = &report.other_edition {
        other.cite(&mut ids);
    }
    ids.extend(report.changes.iter().map(|c| c.source));
    report.survival.cite(&mut ids);
    ids.extend(report.symptoms.iter().flat_map(|s| s.sources));
    ids.extend(report.urgent.iter().flat_map(|u| u.sources));
    report.sources = ids.into_iter().map(|id| (id.code(), id.full())).collect();
    serde_json::to_value(report).unwrap_or_default()
}

/// Reads a descriptor, stages it and returns the JSON report: a case's, or a stated stage's
/// (`stated_report`).
///
/// ```
/// let out = lungstage::stage_json(r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}}"#).unwrap();
/// assert_eq!(out["stage"], "IIB");
/// assert_eq!(out["other_edition"]["stage"], "IIB");
/// assert!(lungstage::stage_json(r#"{"tumor": {"size_cm": 0}}"#).is_err());
/// let stated = lungstage::stage_json(r#"{"stage": "IIB"}"#).unwrap();
/// assert_eq!(stated["stated"], true);
/// ```
pub fn stage_json(descriptor: &str) -> Result<Value, Error> {
    match Entered::from_json(descriptor)? {
        Entered::Case(case) => {
            let a = assess(&case)?;
            Ok(report(&case, &a))
        }
        Entered::Stage(stated) => Ok(crate::stated_report(&crate::assess_stated(&stated)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every source cited anywhere in a report, once each, in the order first cited.
    fn cited_sources(value: &Value) -> Vec<SourceId> {
        let mut ids = Vec::new();
        cited(value, &mut ids);
        ids
    }

    /// Every source id cited anywhere in `value`.
    fn cited(value: &Value, out: &mut Vec<SourceId>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        (key, Value::String(code))
                            if key == "source" || key.ends_with("_source") =>
                        {
                            push_code(code, out);
                        }
                        ("sources", Value::Array(codes)) => {
                            for code in codes.iter().filter_map(Value::as_str) {
                                push_code(code, out);
                            }
                        }
                        _nested => cited(v, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| cited(v, out)),
            Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
        }
    }

    fn push_code(code: &str, out: &mut Vec<SourceId>) {
        if let Some(id) = SourceId::ALL.iter().find(|s| s.code() == code)
            && !out.contains(id)
        {
            out.push(*id);
        }
    }

    /// Whether `out` lists as its sources exactly those cited anywhere else in it.
    fn assert_lists_what_it_cites(mut out: Value, descriptor: &str) {
        let listed: Vec<String> = out["sources"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        out.as_object_mut().unwrap().remove("sources");
        let mut walked: Vec<String> = cited_sources(&out)
            .iter()
            .map(|id| id.code().to_owned())
            .collect();
        walked.sort();
        assert_eq!(listed, walked, "{descriptor}");
    }

    /// The sources a report lists are the ones its typed parts cite: every `source`,
    /// `*_source` and `sources` anywhere in the rest of it, and no other.
    #[test]
    fn the_sources_are_every_one_cited() {
        for descriptor in [
            r#"{"tumor": {"size_cm": 3.4, "features": ["visceral_pleura", "azygos_vein"]}, "nodes": {"tumor_side": "right", "stations": ["4R", "7"]}, "metastases": {"sites": [{"site": "bone", "lesions": 3}, {"site": "liver", "lesions": 1}]}}"#,
            r#"{"edition": 8, "histology": "sclc", "tumor": {"category": "T2a"}, "nodes": {"category": "N2"}, "metastases": {"category": "M0"}}"#,
            r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 8, "fissure_thickness_max_mm": 6.5}, "nodes": {"category": "N1"}}"#,
            r#"{"classification": "yp", "tumor": {"category": "T1b"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
            r#"{"tumor": {"category": "TX"}, "nodes": {"category": "N2"}}"#,
            r#"{"tumor": {"size_cm": 0, "total_size_cm": 2}, "nodes": {"stations": []}, "metastases": {"sites": [{"site": "malignant_pleural_effusion"}]}}"#,
        ] {
            assert_lists_what_it_cites(stage_json(descriptor).unwrap(), descriptor);
        }
        // And a stated stage's, for every stage of every table.
        use crate::Scheme;
        let mut checked = 0;
        for (scheme, edition, histologies) in [
            (Scheme::Lung8, 8, &["nsclc", "sclc", "carcinoid"][..]),
            (Scheme::Lung9, 9, &["nsclc", "sclc", "carcinoid"][..]),
            (Scheme::Mesothelioma8, 8, &["mesothelioma"][..]),
            (Scheme::Mesothelioma9, 9, &["mesothelioma"][..]),
        ] {
            for histology in histologies {
                for class in ["c", "p"] {
                    for g in crate::stated_groups(scheme) {
                        let descriptor = format!(
                            r#"{{"edition": {edition}, "histology": "{histology}", "classification": "{class}", "stage": "{}"}}"#,
                            g.code()
                        );
                        let Ok(out) = stage_json(&descriptor) else {
                            continue;
                        };
                        assert_lists_what_it_cites(out, &descriptor);
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn report_has_the_documented_keys() {
        let out = stage_json(
            r#"{"edition": 9, "tumor": {"size_cm": 3.4, "features": ["visceral_pleura"]},
               "nodes": {"tumor_side": "right", "stations": ["10R", "4R"]},
               "metastases": {"sites": [{"site": "brain", "lesions": 1}]}}"#,
        )
        .unwrap();
        assert_eq!(out["edition"], 9);
        assert_eq!(out["tnm"], "cT2a cN2a cM1b");
        assert_eq!(
            out["classification"],
            json!({"t": "c", "n": "c", "m": "c", "group": "c"})
        );
        assert_eq!(out["stage_label"], "clinical stage IVA");
        assert_eq!(out["t"], "T2a");
        assert_eq!(out["n"], "N2a");
        assert_eq!(out["m"], "M1b");
        assert_eq!(out["stage"], "IVA");
        assert_eq!(out["stage_note"], Value::Null);
        assert_eq!(out["summary_stage"], "distant");
        assert_eq!(out["other_edition"]["n"], "N2");
        assert_eq!(out["other_edition"]["stage"], "IVA");
        assert_eq!(
            out["survival"]["seer"]["five_year_relative_survival"]["label"],
            "10.5%"
        );
        assert_eq!(out["symptoms"][0]["site"], "brain");
        assert!(out["reasons"]["t"].as_array().unwrap().len() == 2);
        assert!(out.get("sclc_extent").is_none());
        assert_eq!(out["survival"]["iaslc_withheld"], "not_verified");
        assert_eq!(out["urgent"].as_array().unwrap().len(), 5);
        for id in [
            "seer-statfacts",
            "ajcc8",
            "iaslc9",
            "seer-ss2018",
            "cruk-emergencies",
            "lindeman2018",
        ] {
            assert!(
                out["sources"].get(id).is_some(),
                "{id} missing from {}",
                out["sources"]
            );
        }
        assert_eq!(out["descriptor"]["tumor"]["size_cm"], 3.4);
    }

    #[test]
    fn classification_is_reported() {
        let out = stage_json(
            r#"{"classification": "p", "tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
        )
        .unwrap();
        assert_eq!(out["tnm"], "pT2a pN1 cM0");
        assert_eq!(out["classification"]["group"], "p");
        assert_eq!(out["stage_label"], "pathological stage IIB");
        assert_eq!(out["other_edition"]["classification"]["group"], "p");
        assert_eq!(out["descriptor"]["classification"], "p");
        let out = stage_json(r#"{"tumor": {"size_cm": 2}}"#).unwrap();
        assert_eq!(out["stage_label"], Value::Null);
        assert_eq!(out["classification"]["group"], "c");
    }

    #[test]
    fn undefined_stage_and_small_cell() {
        let out = stage_json(r#"{"tumor": {"size_cm": 2}}"#).unwrap();
        assert_eq!(out["stage"], Value::Null);
        assert!(
            out["sources"].get("iaslc9").is_some(),
            "the stage_source is cited"
        );
        assert!(out["stage_note"].as_str().unwrap().contains("not assessed"));
        assert_eq!(out["survival"]["iaslc"], Value::Null);
        assert_eq!(out["treatment"], Value::Null);
        let out = stage_json(
            r#"{"histology": "sclc", "tumor": {"size_cm": 2}, "nodes": {"stations": []}}"#,
        )
        .unwrap();
        assert_eq!(out["sclc_extent"], "limited");
        assert_eq!(out["survival"]["iaslc"], Value::Null);
        assert_eq!(out["survival"]["seer"], Value::Null);
        assert_eq!(out["survival"]["seer_withheld"], "histology");
        assert_eq!(out["survival"]["sclc_all_stages"]["label"], "6.7%");
        assert_eq!(
            out["survival"]["sclc_all_stages"]["data_years"],
            "2008-2014"
        );
        let out =
            stage_json(r#"{"tumor": {"category": "TX"}, "nodes": {"category": "N0"}}"#).unwrap();
        assert_eq!(out["stage"], "occult");
    }

    #[test]
    fn treatment_follows_what_decides_it() {
        let sources = |out: &Value, key: &str| -> Vec<String> {
            let t = &out[key];
            let list = if t.is_array() {
                t.as_array().unwrap().clone()
            } else {
                vec![t.clone()]
            };
            list.iter()
                .flat_map(|t| t["sources"].as_array().cloned().unwrap_or_default())
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        };
        // 9th-edition T1c N2a is IIB, and gets the N2 text (PACIFIC cited), with EGFR/ALK testing.
        let out =
            stage_json(r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N2a"}}"#).unwrap();
        assert_eq!(out["stage"], "IIB");
        assert!(sources(&out, "treatment").contains(&"antonia2017".to_owned()));
        assert!(sources(&out, "treatment_notes").contains(&"wu2020".to_owned()));
        // T2a N1 IIB without N2: the resectable text, no chemoradiation trial.
        let out =
            stage_json(r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}}"#).unwrap();
        assert!(!sources(&out, "treatment").contains(&"antonia2017".to_owned()));
        // Stage IV: broad testing; small cell: no testing, but palliative care.
        let out = stage_json(r#"{"tumor": {"category": "T1a"}, "nodes": {"category": "N0"}, "metastases": {"category": "M1c"}}"#).unwrap();
        assert!(sources(&out, "treatment_notes").contains(&"lindeman2018".to_owned()));
        let out = stage_json(r#"{"histology": "sclc", "tumor": {"category": "T1a"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#).unwrap();
        let notes = sources(&out, "treatment_notes");
        assert!(
            notes.contains(&"temel2010".to_owned())
                && !notes.iter().any(|s| s.starts_with("lindeman"))
        );
        assert!(sources(&out, "treatment").contains(&"cheng2024".to_owned()));
    }

    #[test]
    fn a_pathological_stage_gets_the_after_surgery_text() {
        let text = |descriptor: &str| stage_json(descriptor).unwrap()["treatment"]["text"].clone();
        let resected = Treatment::NsclcResected.text();
        // pT2a pN2a: IIIA, resected; the same case staged clinically gets the N2 text.
        assert_eq!(
            text(
                r#"{"classification": "p", "tumor": {"category": "T2a"}, "nodes": {"category": "N2a"}}"#
            ),
            resected
        );
        assert_eq!(
            text(r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N2a"}}"#),
            Treatment::NsclcN2.text()
        );
        // Clinical IIIA without N2 nodes (T3 N1, T4 N0) is not N2 disease.
        for (t, n) in [("T3", "N1"), ("T4", "N0")] {
            assert_eq!(
                text(&format!(
                    r#"{{"tumor": {{"category": "{t}"}}, "nodes": {{"category": "{n}"}}}}"#
                )),
                Treatment::NsclcII.text(),
                "{t} {n}"
            );
        }
        // pT1c pN3 is not a resected picture; pT2a pN0 keeps the IB text.
        assert_ne!(
            text(
                r#"{"classification": "p", "tumor": {"category": "T1c"}, "nodes": {"category": "N3"}}"#
            ),
            resected
        );
        assert_eq!(
            text(
                r#"{"classification": "p", "tumor": {"category": "T2a"}, "nodes": {"category": "N0"}}"#
            ),
            Treatment::NsclcIB.text()
        );
    }

    #[test]
    fn a_stage_not_at_diagnosis_gets_no_treatment_and_no_seer_figure() {
        for prefix in ["yc", "yp", "r", "a"] {
            let out = stage_json(&format!(
                r#"{{"classification": "{prefix}", "tumor": {{"category": "T2a"}}, "nodes": {{"category": "N1"}}, "metastases": {{"category": "M0"}}}}"#
            ))
            .unwrap();
            assert_eq!(out["stage"], "IIB", "{prefix}");
            assert_eq!(out["treatment"], Value::Null, "{prefix}");
            assert_eq!(out["treatment_withheld"], "classification", "{prefix}");
            assert_eq!(out["treatment_notes"], json!([]), "{prefix}");
            assert_eq!(
                out["survival"]["seer_withheld"], "classification",
                "{prefix}"
            );
        }
        let out =
            stage_json(r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}}"#).unwrap();
        assert_eq!(out["treatment_withheld"], Value::Null);
        let out = stage_json(r#"{"tumor": {"size_cm": 2}}"#).unwrap();
        assert_eq!(out["treatment_withheld"], "no_group");
        // Small cell without a TNM group but with a known extent gets its extent's text.
        let out = stage_json(r#"{"histology": "sclc", "tumor": {"category": "T2a"}, "nodes": {"category": "N2"}, "metastases": {"category": "M0"}}"#).unwrap();
        assert_eq!(out["stage"], Value::Null);
        assert_eq!(out["sclc_extent"], "limited");
        assert_eq!(out["treatment"]["text"], Treatment::SclcLimited.text());
        let out = stage_json(r#"{"histology": "carcinoid", "tumor": {"category": "T1a"}, "nodes": {"category": "N0"}}"#).unwrap();
        assert_eq!(out["treatment_withheld"], "no_summary");
    }

    #[test]
    fn the_long_texts_and_reasons_follow_the_language_asked_for() {
        let descriptor = r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#;
        let english = stage_json(descriptor).unwrap();
        let spanish = crate::messages::in_language("es", || stage_json(descriptor))
            .unwrap()
            .unwrap();
        // Codes and field names stay; the text fields are Spanish.
        assert_eq!(spanish["stage"], "IIB");
        assert_eq!(spanish["tnm"], english["tnm"]);
        let spanish_texts = crate::deferred::translation::texts_in("es").unwrap();
        assert_eq!(
            spanish["treatment"]["text"],
            spanish_texts[crate::deferred::treatment(Treatment::NsclcII, View::Patient)]
        );
        assert_ne!(spanish["treatment"]["text"], english["treatment"]["text"]);
        assert_ne!(spanish["survival"]["caveat"], english["survival"]["caveat"]);
        let reason = spanish["reasons"]["t"][0]["text"].as_str().unwrap();
        assert!(
            reason.starts_with("ingresada directamente como categoría: "),
            "{reason}"
        );
        assert_ne!(spanish["disclaimer"], english["disclaimer"]);
        assert_eq!(english["disclaimer"], DISCLAIMER.to_string());
    }

    #[test]
    fn treatment_carries_the_patient_words_and_the_clinician_words() {
        let out =
            stage_json(r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N2a"}}"#).unwrap();
        let t = Treatment::NsclcN2;
        assert_eq!(out["treatment"]["text"], t.wording(View::Patient));
        assert_eq!(
            out["treatment"]["clinician_text"],
            t.wording(View::Clinician)
        );
        assert_ne!(out["treatment"]["text"], out["treatment"]["clinician_text"]);
        for note in out["treatment_notes"].as_array().unwrap() {
            assert!(note["text"].is_string() && note["clinician_text"].is_string());
        }
    }
}
