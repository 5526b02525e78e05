//! A plain-text summary of a staged case, to paste into a clinical note.

use std::fmt::Write as _;

use crate::messages::{Msg, text};
use crate::vocabulary::number::decimal;
use crate::{
    Assessment, Case, Histology, InSitu, Lesions, MetastasisInput, NodeInput, Side, SourceId,
    Staging, TumorInput, all_notes,
};

/// "Stage IIB", "Occult carcinoma", or "Stage not defined by the staging tables".
fn stage_name(s: &Staging) -> String {
    crate::StageGroup::title(s.stage())
}

/// `msg` with no values, in the installed language.
fn say(msg: Msg) -> String {
    text(msg, &[])
}

fn tumor_line(tumor: Option<&TumorInput>, histology: Histology) -> String {
    let f = match tumor {
        None => return say(Msg::SummaryTumourNone),
        Some(TumorInput::Category(c)) => return text(Msg::SummaryEntered, &[c]),
        Some(TumorInput::Findings(f)) => f,
    };
    let mut parts = Vec::new();
    match f.size_cm {
        Some(cm) => parts.push(text(Msg::SummaryTumourSize, &[&decimal(cm)])),
        // Mesothelioma is staged without a size.
        None if histology.is_lung() => parts.push(say(Msg::SummaryTumourNoSize)),
        None => {}
    }
    if let Some(total) = f.total_size_cm {
        parts.push(text(Msg::SummaryTumourTotal, &[&decimal(total)]));
    }
    match f.in_situ {
        None => {}
        Some(InSitu::Adenocarcinoma) => parts.push(say(Msg::SummaryTumourAis)),
        Some(InSitu::Squamous) => parts.push(say(Msg::SummaryTumourScis)),
        Some(InSitu::Unspecified) => parts.push(say(Msg::SummaryTumourCis)),
    }
    if f.occult {
        parts.push(say(Msg::SummaryTumourOccult));
    }
    if f.minimally_invasive {
        parts.push(say(Msg::SummaryTumourMia));
    }
    parts.extend(f.features.iter().map(|x| x.label().to_owned()));
    if parts.is_empty() {
        return say(Msg::SummaryTumourNoFindings);
    }
    parts.join("; ")
}

fn nodes_line(nodes: Option<&NodeInput>) -> String {
    match nodes {
        None => say(Msg::SummaryNodesNone),
        Some(NodeInput::Category(c)) => text(Msg::SummaryEntered, &[c]),
        Some(NodeInput::Findings(f)) if f.stations.is_empty() => say(Msg::SummaryNodesClear),
        Some(NodeInput::Findings(f)) => {
            let stations: Vec<&str> = f.stations.iter().map(|s| s.code()).collect();
            let msg = match f.tumor_side {
                None => Msg::SummaryNodesStations,
                Some(Side::Left) => Msg::SummaryNodesStationsLeft,
                Some(Side::Right) => Msg::SummaryNodesStationsRight,
            };
            text(msg, &[&stations.join(", ")])
        }
    }
}

fn metastases_line(metastases: Option<&MetastasisInput>) -> String {
    match metastases {
        None => say(Msg::SummarySpreadNone),
        Some(MetastasisInput::Category(c)) => text(Msg::SummaryEntered, &[c]),
        Some(MetastasisInput::Findings(f)) if f.sites.is_empty() => say(Msg::SummarySpreadClear),
        Some(MetastasisInput::Findings(f)) => f
            .sites
            .iter()
            .map(|s| {
                let site = s.site.short_name();
                match s.lesions {
                    Lesions::Count(1) => site.to_owned(),
                    Lesions::Count(n) => text(Msg::SummarySpreadLesions, &[&site, &n]),
                    Lesions::Multiple => text(Msg::SummarySpreadSeveral, &[&site]),
                    Lesions::Unknown => text(Msg::SummarySpreadUnknown, &[&site]),
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
        let _ = writeln!(out, "{}", text(Msg::SummaryWhy, &[&s.grouping.rule]));
    }
    if let Some(e) = &s.sclc {
        let _ = writeln!(
            out,
            "{}",
            text(Msg::SummaryExtentReason, &[&e.extent.code(), &e.reason])
        );
    }
    let tumour = tumor_line(case.tumor.as_ref(), case.histology);
    let _ = writeln!(out, "{}", text(Msg::SummaryTumour, &[&tumour]));
    let nodes = nodes_line(case.nodes.as_ref());
    let _ = writeln!(out, "{}", text(Msg::SummaryNodes, &[&nodes]));
    let spread = metastases_line(case.metastases.as_ref());
    let _ = writeln!(out, "{}", text(Msg::SummarySpread, &[&spread]));
    let seer = s.summary.stage.name();
    let _ = writeln!(out, "{}", text(Msg::SummarySeer, &[&seer]));
    for reason in s.t.reasons.iter().chain(&s.n.reasons).chain(&s.m.reasons) {
        push_source(reason.source, &mut sources);
    }
    push_source(s.grouping.source, &mut sources);
    push_source(SourceId::SeerSs2018, &mut sources);
    for note in all_notes(s) {
        let _ = writeln!(out, "{}", text(Msg::SummaryNote, &[&note.text]));
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
    let _ = writeln!(out, "{}", text(Msg::SummaryStagedOn, &[&date]));
    let _ = writeln!(
        out,
        "{}",
        text(Msg::SummarySources, &[&crate::cite(&sources)])
    );
    out.push_str(&crate::render::report::disclaimer());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DISCLAIMER, assess};

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
    fn the_summary_follows_the_language_asked_for() {
        let json =
            r#"{"tumor": {"size_cm": 3.4}, "nodes": {"tumor_side": "right", "stations": ["4R"]}}"#;
        let text = crate::messages::in_language("es", || summary(json)).unwrap();
        assert!(
            text.contains("Ganglios linfáticos: estaciones 4R afectadas; tumor del lado derecho\n"),
            "{text}"
        );
        assert!(text.contains("(9.ª edición, "), "{text}");
        assert!(
            text.contains("Estadificado el 2025-11-26 con LungStage."),
            "{text}"
        );
        assert!(!text.contains(&DISCLAIMER.to_string()), "{text}");
        // Only the call asked for Spanish: the next one is English again.
        assert!(summary(json).contains("Lymph nodes: stations 4R involved; tumour on the right\n"));
        let refused = crate::messages::in_language("xx", || ()).unwrap_err();
        assert!(refused.to_string().contains("\"xx\""), "{refused}");
        assert!(refused.to_string().contains("en, es"), "{refused}");
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
