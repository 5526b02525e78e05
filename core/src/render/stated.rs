//! The JSON report and the plain-text summary of a stated stage: the keys of a case's report
//! where they mean the same, `null` for T, N and M, and for each part the cases of the stage
//! do not agree on, `"depends_on_tnm"` in its `_withheld` key and the categories it follows
//! under `depends_on`.

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use crate::messages::{Msg, text};
use crate::render::lines::{and_list, or_list};
use crate::render::report::{disclaimer, figure_json, text_json, treatment_json};
use crate::{
    Agreed, Histology, SCLC_ALL_STAGES, StageGroup, StatedAssessment, URGENT, deferred,
    iaslc_caveat, survival_caveat,
};

/// What a `_withheld` key says of a part that depends on T, N or M.
pub const DEPENDS_ON_TNM: &str = "depends_on_tnm";

/// `values` of a part, or `null` and why not.
fn agreed_json<X>(agreed: &Agreed<X>, value: impl Fn(&X) -> Value) -> (Value, Value) {
    match agreed {
        Agreed::Every(x) => (value(x), Value::Null),
        Agreed::Depends { .. } => (Value::Null, json!(DEPENDS_ON_TNM)),
    }
}

/// The survival figures of a stated stage: those every case of it shares.
fn survival_json(s: &StatedAssessment) -> Value {
    let (seer, seer_withheld) = match &s.seer {
        Agreed::Every(Ok(row)) => (
            json!({
                "summary_stage": row.stage.code(),
                "five_year_relative_survival": figure_json(row.survival),
            }),
            Value::Null,
        ),
        Agreed::Every(Err(why)) => (Value::Null, json!(why)),
        Agreed::Depends { .. } => (Value::Null, json!(DEPENDS_ON_TNM)),
    };
    let (iaslc, iaslc_withheld) = match &s.iaslc {
        Agreed::Every(Ok((g, f))) => (
            json!({
                "stage": g.code(),
                "edition": 8,
                "five_year_overall_survival": figure_json(*f),
            }),
            Value::Null,
        ),
        Agreed::Every(Err(why)) => (Value::Null, json!(why)),
        Agreed::Depends { .. } => (Value::Null, json!(DEPENDS_ON_TNM)),
    };
    let sclc = (s.stated.histology == Histology::Sclc).then(|| figure_json(SCLC_ALL_STAGES));
    json!({
        "seer": seer,
        "seer_withheld": seer_withheld,
        "sclc_all_stages": sclc,
        "iaslc": iaslc,
        "iaslc_withheld": iaslc_withheld,
        "caveat": deferred::local(deferred::SURVIVAL_CAVEAT, survival_caveat()),
        "iaslc_caveat": deferred::local(deferred::IASLC_CAVEAT, iaslc_caveat()),
    })
}

/// The JSON report of a stated stage: what `lungstage stage --stage IIIA --json` prints and
/// the JavaScript API's `stage({stage: "IIIA"})` returns (docs/descriptor.md).
///
/// ```
/// use lungstage::{Entered, assess_stated, stated_report};
///
/// let Entered::Stage(s) = Entered::from_json(r#"{"stage": "IIIA", "classification": "c"}"#).unwrap() else { panic!() };
/// let out = stated_report(&assess_stated(&s).unwrap());
/// assert_eq!((out["stated"].as_bool(), out["stage"].as_str()), (Some(true), Some("IIIA")));
/// assert_eq!(out["tnm"], serde_json::Value::Null);
/// // 9th-edition IIIA: T3 N1 and T4 N0 are not N2 disease, T1 N2b and T2 N2a are.
/// assert_eq!(out["treatment_withheld"], "depends_on_tnm");
/// assert_eq!(out["depends_on"]["treatment"], serde_json::json!(["n"]));
/// ```
pub fn stated_report(s: &StatedAssessment) -> Value {
    let st = &s.stated;
    let group = st.group;
    let (treatment, treatment_withheld) =
        agreed_json(&s.treatment, |t| t.map_or(Value::Null, treatment_json));
    let (treatment_notes, treatment_notes_withheld) = agreed_json(&s.treatment_notes, |list| {
        Value::Array(list.iter().map(|&t| treatment_json(t)).collect())
    });
    let (summary_stage, summary_stage_withheld) = agreed_json(&s.summary, |x| json!(x.code()));
    let mut depends = Map::new();
    let mut depends_on = |key: &str, on: Option<crate::Axes>| {
        if let Some(on) = on {
            depends.insert(key.to_owned(), json!(on.codes()));
        }
    };
    depends_on("treatment", s.treatment.depends_on());
    depends_on("treatment_notes", s.treatment_notes.depends_on());
    depends_on("summary_stage", s.summary.depends_on());
    depends_on("seer", s.seer.depends_on());
    depends_on("iaslc", s.iaslc.depends_on());
    depends_on(
        "other_edition",
        s.other_edition.as_ref().and_then(Agreed::depends_on),
    );
    depends_on(
        "sclc_extent",
        s.extent.as_ref().and_then(Agreed::depends_on),
    );
    let other_edition = s.other_edition.as_ref().map_or(Value::Null, |agreed| {
        let stages: Vec<&str> = match agreed {
            Agreed::Every(g) => vec![g.code()],
            Agreed::Depends { values, .. } => values.iter().map(|g| g.code()).collect(),
        };
        json!({
            "edition": s.scheme.edition().other().number(),
            "stage": agreed.every().map(|g| g.code()),
            "stages": stages,
        })
    });
    let mut out = json!({
        "stated": true,
        "edition": s.scheme.edition().number(),
        "requested_edition": st.edition.number(),
        "histology": st.histology.code(),
        "classification": { "t": null, "n": null, "m": null, "group": st.classification },
        "stage": group.map(StageGroup::code),
        "stage_name": group.map(StageGroup::name),
        "stage_label": s.stage_label(),
        "stage_source": s.table_source(),
        "stages": s.groups.iter().map(|g| g.code()).collect::<Vec<_>>(),
        "tnm": null,
        "t": null,
        "n": null,
        "m": null,
        "meaning": text_json(s.meaning().map(|m| match st.group {
            Some(g) => deferred::local_meaning(m, st.histology, s.scheme.edition(), g),
            None => m,
        })),
        "treatment": treatment,
        "treatment_withheld": treatment_withheld,
        "treatment_notes": treatment_notes,
        "treatment_notes_withheld": treatment_notes_withheld,
        "summary_stage": summary_stage,
        "summary_stage_withheld": summary_stage_withheld,
        "depends_on": depends,
        "notes": s.notes,
        "ignored": [],
        "other_edition": other_edition,
        "changes": [],
        "survival": survival_json(s),
        "symptoms": [],
        "urgent": URGENT,
        "descriptor": st.to_json(),
    });
    if let Some(extent) = &s.extent {
        let (code, withheld) = agreed_json(extent, |e| json!(e.code()));
        out["sclc_extent"] = code;
        out["sclc_extent_withheld"] = withheld;
        out["sclc_caveat"] = json!(s.extent_caveat());
    }
    let sources: Map<String, Value> = cited(s)
        .into_iter()
        .map(|id| (id.code().to_owned(), json!(id.full())))
        .collect();
    out["sources"] = Value::Object(sources);
    out["disclaimer"] = json!(disclaimer());
    out["last_reviewed"] = json!(crate::LAST_REVIEWED);
    out
}

/// Every source a stated stage's report cites: its table and the stage's own sources, its
/// treatment texts, notes, meaning, survival figures, small cell caveat and the urgent-help
/// box (the report's map of sources keeps each once).
fn cited(s: &StatedAssessment) -> Vec<crate::SourceId> {
    let mut out = s.sources();
    out.extend(s.notes.iter().map(|n| n.source));
    out.extend(s.meaning().iter().flat_map(|m| m.sources));
    if let Agreed::Every(Ok(row)) = &s.seer {
        out.push(row.survival.source);
    }
    if let Agreed::Every(Ok((_, f))) = &s.iaslc {
        out.push(f.source);
    }
    if s.stated.histology == Histology::Sclc {
        out.push(SCLC_ALL_STAGES.source);
    }
    out.extend(s.extent_caveat().map(|n| n.source));
    out.extend(URGENT.iter().flat_map(|u| u.sources));
    out
}

/// A part of a stated stage's result that can depend on T, N or M.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatedPart {
    /// The usual treatment approach.
    Treatment,
    /// The SEER survival figure.
    Seer,
    /// The IASLC survival figure.
    Iaslc,
    /// Small cell's limited or extensive.
    Extent,
    /// The group in the other edition.
    OtherEdition,
}

/// In plain words, in the installed language: "the N category (which lymph nodes are
/// involved)", as `Axes::words` says it in English.
fn axes_words(on: crate::Axes) -> String {
    let parts: Vec<(bool, &str, Msg)> = vec![
        (on.t, "T", Msg::LineAxisT),
        (on.n, "N", Msg::LineAxisN),
        (on.m, "M", Msg::LineAxisM),
    ];
    let chosen: Vec<&(bool, &str, Msg)> = parts.iter().filter(|(on, _, _)| *on).collect();
    let letters: Vec<&str> = chosen.iter().map(|(_, letter, _)| *letter).collect();
    let plain: Vec<String> = chosen.iter().map(|(_, _, msg)| text(*msg, &[])).collect();
    let plain: Vec<&str> = plain.iter().map(String::as_str).collect();
    let msg = match letters.len() {
        1 => Msg::LineAxesOne,
        _ => Msg::LineAxesMany,
    };
    text(msg, &[&and_list(&letters), &and_list(&plain)])
}

/// The sentences on what a stated stage leaves open: each part that depends on T, N or M,
/// with the categories that decide it. Empty where every case of the stage agrees.
pub fn stated_depends(s: &StatedAssessment) -> Vec<(StatedPart, String)> {
    let mut out = Vec::new();
    let parts = [
        (
            StatedPart::Treatment,
            Msg::LineDependsTreatment,
            s.treatment.depends_on(),
        ),
        (StatedPart::Seer, Msg::LineDependsSeer, s.seer.depends_on()),
        (
            StatedPart::Iaslc,
            Msg::LineDependsIaslc,
            s.iaslc.depends_on(),
        ),
        (
            StatedPart::Extent,
            Msg::LineDependsExtent,
            s.extent.as_ref().and_then(Agreed::depends_on),
        ),
    ];
    for (part, msg, on) in parts {
        if let Some(on) = on {
            out.push((part, text(msg, &[&axes_words(on)])));
        }
    }
    if let Some(Agreed::Depends { values, on }) = &s.other_edition {
        let groups: Vec<&str> = values.iter().map(|g| g.code()).collect();
        out.push((
            StatedPart::OtherEdition,
            text(
                Msg::LineDependsOtherEdition,
                &[
                    &s.scheme.edition().other().name(),
                    &or_list(&groups),
                    &axes_words(*on),
                ],
            ),
        ));
    }
    out
}

/// The summary of a stated stage to paste into a note, dated `date`: the stage as stated,
/// what depends on T, N and M, the other edition, the date, the sources and the disclaimer.
///
/// ```
/// use lungstage::{Edition, Histology, Prefix, StageGroup, StatedStage, assess_stated, stated_summary_text};
///
/// let s = StatedStage::new(Edition::Ninth, Histology::Nsclc, Prefix::C, Some(StageGroup::IIB), None).unwrap();
/// let text = stated_summary_text(&assess_stated(&s).unwrap(), "2025-11-26");
/// assert!(text.starts_with("Stage IIB, as stated (not worked out from T, N and M)\n"));
/// assert!(text.contains("In the 8th edition it is stage IIB or IIIA, depending on the N category"));
/// ```
pub fn stated_summary_text(s: &StatedAssessment, date: &str) -> String {
    let mut out = String::new();
    for line in crate::stated_head(s) {
        let _ = writeln!(out, "{line}");
    }
    if let Some(Agreed::Every(e)) = &s.extent {
        let _ = writeln!(out, "{}", text(Msg::SummaryExtent, &[&e.code()]));
    }
    for (_, line) in stated_depends(s) {
        let _ = writeln!(out, "{line}");
    }
    if let Some(line) = crate::stated_other_edition_line(s) {
        let _ = writeln!(out, "{line}");
    }
    for note in &s.notes {
        let _ = writeln!(out, "{}", text(Msg::SummaryNote, &[&note.text]));
    }
    let _ = writeln!(out, "{}", text(Msg::SummaryStagedOn, &[&date]));
    let sources = crate::cite(&s.sources());
    let _ = writeln!(out, "{}", text(Msg::SummarySources, &[&sources]));
    out.push_str(&disclaimer());
    out
}
