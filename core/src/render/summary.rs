//! A plain-text summary of a staged case, to paste into a clinical note.

use std::fmt::Write as _;

use crate::vocabulary::number::decimal;
use crate::{
    Assessment, Case, DISCLAIMER, Histology, InSitu, Lesions, MetastasisInput, NodeInput, SourceId,
    Staging, TumorInput, all_notes,
};

/// "Stage IIB", "Occult carcinoma", or "Stage not defined by the staging tables".
fn stage_name(s: &Staging) -> String {
    crate::StageGroup::title(s.stage())
}

fn tumor_line(tumor: Option<&TumorInput>, histology: Histology) -> String {
    let f = match tumor {
        None => return "not described".to_owned(),
        Some(TumorInput::Category(c)) => return format!("{c}, entered as a category"),
        Some(TumorInput::Findings(f)) => f,
    };
    let mut parts = Vec::new();
    match f.size_cm {
        Some(cm) => parts.push(format!("{} cm", decimal(cm))),
        // Mesothelioma is staged without a size.
        None if histology.is_lung() => parts.push("size not given".to_owned()),
        None => {}
    }
    if let Some(total) = f.total_size_cm {
        parts.push(format!("{} cm in total", decimal(total)));
    }
    match f.in_situ {
        None => {}
        Some(InSitu::Adenocarcinoma) => parts.push("adenocarcinoma in situ".to_owned()),
        Some(InSitu::Squamous) => parts.push("squamous carcinoma in situ".to_owned()),
        Some(InSitu::Unspecified) => parts.push("carcinoma in situ".to_owned()),
    }
    if f.occult {
        parts.push("occult carcinoma (cancer cells found, no tumour seen)".to_owned());
    }
    if f.minimally_invasive {
        parts.push("minimally invasive adenocarcinoma".to_owned());
    }
    parts.extend(f.features.iter().map(|x| x.label().to_owned()));
    if parts.is_empty() {
        return "no findings given".to_owned();
    }
    parts.join("; ")
}

fn nodes_line(nodes: Option<&NodeInput>) -> String {
    match nodes {
        None => "not assessed".to_owned(),
        Some(NodeInput::Category(c)) => format!("{c}, entered as a category"),
        Some(NodeInput::Findings(f)) if f.stations.is_empty() => "none involved".to_owned(),
        Some(NodeInput::Findings(f)) => {
            let stations: Vec<&str> = f.stations.iter().map(|s| s.code()).collect();
            let side = f
                .tumor_side
                .map_or(String::new(), |s| format!("; tumour on the {}", s.code()));
            format!("stations {} involved{side}", stations.join(", "))
        }
    }
}

fn metastases_line(metastases: Option<&MetastasisInput>) -> String {
    match metastases {
        None => "none entered (counted as cM0)".to_owned(),
        Some(MetastasisInput::Category(c)) => format!("{c}, entered as a category"),
        Some(MetastasisInput::Findings(f)) if f.sites.is_empty() => "none found".to_owned(),
        Some(MetastasisInput::Findings(f)) => f
            .sites
            .iter()
            .map(|s| match s.lesions {
                Lesions::Count(1) => s.site.short_name().to_owned(),
                Lesions::Count(n) => format!("{} ({n} lesions)", s.site.short_name()),
                Lesions::Multiple => format!("{} (several lesions)", s.site.short_name()),
                Lesions::Unknown => {
                    format!("{} (number of lesions not known)", s.site.short_name())
                }
            })
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn push_source(id: SourceId, out: &mut Vec<SourceId>) {
    if !out.contains(&id) {
        out.push(id);
    }
}

/// The summary of `case` as assessed in `a`, dated `date` (the caller's today, such as
/// `2025-11-26`: the core has no clock). Lines: the stage, the TNM with edition and cancer
/// type, the findings, notes, what the other edition says when it differs, the date, the
/// sources cited and the disclaimer.
///
/// ```
/// use lungstage::{assess, summary_text, Case};
///
/// let case = Case::from_json(r#"{"tumor": {"size_cm": 3.4},
///     "nodes": {"tumor_side": "right", "stations": ["4R", "2R"]}}"#).unwrap();
/// let text = summary_text(&case, &assess(&case).unwrap(), "2025-11-26");
/// assert!(text.starts_with(
///     "Stage IIIB\nTNM: cT2a cN2b cM0, clinical stage IIIB (9th edition, non-small cell lung cancer)\n"
/// ));
/// assert!(text.contains("8th edition: Stage IIIA (cT2a cN2 cM0)"));
/// ```
pub fn summary_text(case: &Case, a: &Assessment, date: &str) -> String {
    let s = &a.staging;
    let mut out = String::new();
    let mut sources = Vec::new();
    let _ = writeln!(out, "{}", stage_name(s));
    let _ = writeln!(out, "{}", crate::tnm_line(s));
    if s.stage().is_none() {
        let _ = writeln!(out, "Why: {}", s.grouping.rule);
    }
    if let Some(e) = &s.sclc {
        let _ = writeln!(out, "Small cell extent: {} ({})", e.extent.code(), e.reason);
    }
    let _ = writeln!(
        out,
        "Tumour: {}",
        tumor_line(case.tumor.as_ref(), case.histology)
    );
    let _ = writeln!(out, "Lymph nodes: {}", nodes_line(case.nodes.as_ref()));
    let _ = writeln!(
        out,
        "Distant spread: {}",
        metastases_line(case.metastases.as_ref())
    );
    let _ = writeln!(out, "SEER summary stage: {}", s.summary.stage.name());
    for reason in s.t.reasons.iter().chain(&s.n.reasons).chain(&s.m.reasons) {
        push_source(reason.source, &mut sources);
    }
    push_source(s.grouping.source, &mut sources);
    push_source(SourceId::SeerSs2018, &mut sources);
    for note in all_notes(s) {
        let _ = writeln!(out, "Note: {}", note.text);
        push_source(note.source, &mut sources);
    }
    if let Some(other) = a.other.as_ref().filter(|_| !a.changes.is_empty()) {
        let _ = writeln!(
            out,
            "{}",
            crate::other_edition_line(other, &stage_name(other))
        );
        for change in &a.changes {
            let _ = writeln!(out, "- {}", change.text);
            push_source(change.source, &mut sources);
        }
    }
    let _ = writeln!(out, "Staged on {date} with LungStage.");
    let _ = writeln!(out, "Sources: {}.", crate::cite(&sources));
    out.push_str(&DISCLAIMER.to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess;

    fn summary(json: &str) -> String {
        let case = Case::from_json(json).unwrap();
        summary_text(&case, &assess(&case).unwrap(), "2025-11-26")
    }

    #[test]
    fn findings_case_in_full() {
        let text = summary(
            r#"{"tumor": {"size_cm": 3.4, "features": ["visceral_pleura"]},
               "nodes": {"tumor_side": "right", "stations": ["4R", "2R"]},
               "metastases": {"sites": [{"site": "bone", "lesions": 3}, {"site": "brain"}]}}"#,
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Stage IVB");
        assert_eq!(
            lines[1],
            "TNM: cT2a cN2b cM1c2, clinical stage IVB (9th edition, non-small cell lung cancer)"
        );
        assert_eq!(
            lines[2],
            "Tumour: 3.4 cm; invades the visceral pleura (the lung's own lining)"
        );
        assert_eq!(
            lines[3],
            "Lymph nodes: stations 4R, 2R involved; tumour on the right"
        );
        assert_eq!(
            lines[4],
            "Distant spread: bone (3 lesions); brain (number of lesions not known)"
        );
        assert_eq!(lines[5], "SEER summary stage: Distant");
        assert!(text.contains("\n8th edition: Stage IVB (cT2a cN2 cM1c)\n- N is N2"));
        assert!(text.contains("\nStaged on 2025-11-26 with LungStage.\n"));
        let sources = lines.iter().find(|l| l.starts_with("Sources: ")).unwrap();
        for short in ["Rami-Porta et al., 2024", "SEER Summary Stage 2018"] {
            assert!(sources.contains(short), "{short} missing: {sources}");
        }
        assert!(text.ends_with(&DISCLAIMER.to_string()));
    }

    #[test]
    fn categories_undefined_stages_and_other_cancers() {
        let cases = [
            (
                r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
                &[
                    "Stage IIB\n",
                    "TNM: cT2a cN1 cM0, clinical stage IIB (",
                    "Tumour: T2a, entered as a category\n",
                    "Lymph nodes: N1, entered as a category\n",
                    "Distant spread: M0, entered as a category\n",
                ][..],
                &["8th edition"][..],
            ),
            (
                r#"{"classification": "yp", "tumor": {"category": "T1a"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
                &["TNM: ypT1a ypN0 cM0, post-therapy pathological stage IA1 ("][..],
                &[][..],
            ),
            (
                r#"{"tumor": {"size_cm": 2}}"#,
                &[
                    "Stage not defined by the staging tables\n",
                    "Why: regional lymph nodes were not assessed",
                    "Lymph nodes: not assessed\n",
                    "Distant spread: none entered (counted as cM0)\n",
                ],
                &[],
            ),
            (
                r#"{"histology": "sclc", "tumor": {"size_cm": 2}, "nodes": {"stations": []}}"#,
                &[
                    "small cell lung cancer)\n",
                    "Small cell extent: limited (",
                    "Lymph nodes: none involved\n",
                ],
                &[],
            ),
            (
                r#"{"histology": "mesothelioma", "tumor": {"features": ["mediastinal_fat"]}, "nodes": {"stations": []}}"#,
                &[
                    "TNM: cTX cN0 cM0 (9th edition, pleural mesothelioma)\n",
                    "Why: the 9th-edition clinical T needs Psum, the summed pleural thickness",
                ][..],
                &[][..],
            ),
            (
                r#"{"edition": 8, "histology": "mesothelioma", "tumor": {"features": ["mediastinal_fat"]}, "nodes": {"stations": []}}"#,
                &[
                    "(8th edition, pleural mesothelioma)\n",
                    "Tumour: involves all pleural surfaces and extends into the mediastinal fat\n",
                ],
                &["Stage is IB"],
            ),
        ];
        for (json, present, absent) in cases {
            let text = summary(json);
            for part in present {
                assert!(text.contains(part), "{part:?} missing from:\n{text}");
            }
            for part in absent {
                assert!(!text.contains(part), "{part:?} in:\n{text}");
            }
        }
    }
}
