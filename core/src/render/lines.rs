//! The lines the command line's text page and the clipboard note share, written once.

use crate::{Staging, StatedAssessment};

/// "TNM: cT2a cN2b cM0, clinical stage IIIB (9th edition, non-small cell lung cancer)".
pub fn tnm_line(s: &Staging) -> String {
    let label = s.stage_label().map_or(String::new(), |l| format!(", {l}"));
    format!(
        "TNM: {}{label} ({}th edition, {})",
        s.prefixed_tnm(),
        s.edition.number(),
        s.histology.name()
    )
}

/// The other edition's line: "8th edition: Stage IIIA (cT2a cN2 cM0)", with the stage as the
/// caller words it.
pub fn other_edition_line(other: &Staging, stage: &str) -> String {
    format!(
        "{}th edition: {stage} ({})",
        other.edition.number(),
        other.prefixed_tnm()
    )
}

/// A stated stage's first two lines: "Stage IIIA, as stated (not worked out from T, N and
/// M)" and "Clinical stage IIIA (9th edition, non-small cell lung cancer)".
pub fn stated_head(s: &StatedAssessment) -> [String; 2] {
    [
        format!("{}, as stated (not worked out from T, N and M)", s.title()),
        format!(
            "{} ({}th edition, {})",
            crate::capitalise(&s.stage_label()),
            s.scheme.edition().number(),
            s.stated.histology.name()
        ),
    ]
}

/// The line of a stated stage's other edition, where every case of it agrees: "8th edition:
/// Stage IIIA".
pub fn stated_other_edition_line(s: &StatedAssessment) -> Option<String> {
    match &s.other_edition {
        Some(crate::Agreed::Every(g)) => Some(format!(
            "{}th edition: {}",
            s.scheme.edition().other().number(),
            g.name()
        )),
        Some(crate::Agreed::Depends { .. }) | None => None,
    }
}
