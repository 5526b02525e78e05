//! The lines the command line's text page and the clipboard note share, written once.

use crate::messages::{Msg, text};
use crate::{Staging, StatedAssessment};

/// "TNM: cT2a cN2b cM0, clinical stage IIIB (9th edition, non-small cell lung cancer)".
pub fn tnm_line(s: &Staging) -> String {
    let tnm = s.prefixed_tnm();
    let edition = s.edition.name();
    let histology = s.histology.name();
    match s.stage_label() {
        Some(label) => text(Msg::LineTnmStage, &[&tnm, &label, &edition, &histology]),
        None => text(Msg::LineTnm, &[&tnm, &edition, &histology]),
    }
}

/// The other edition's line: "8th edition: Stage IIIA (cT2a cN2 cM0)", with the stage as the
/// caller words it.
pub fn other_edition_line(other: &Staging, stage: &str) -> String {
    text(
        Msg::LineOtherEdition,
        &[&other.edition.name(), &stage, &other.prefixed_tnm()],
    )
}

/// A stated stage's first two lines: "Stage IIIA, as stated (not worked out from T, N and
/// M)" and "Clinical stage IIIA (9th edition, non-small cell lung cancer)".
pub fn stated_head(s: &StatedAssessment) -> [String; 2] {
    [
        text(Msg::LineStatedTitle, &[&s.title()]),
        text(
            Msg::LineStatedLabel,
            &[
                &crate::capitalise(&s.stage_label()),
                &s.scheme.edition().name(),
                &s.stated.histology.name(),
            ],
        ),
    ]
}

/// The line of a stated stage's other edition, where every case of it agrees: "8th edition:
/// Stage IIIA".
pub fn stated_other_edition_line(s: &StatedAssessment) -> Option<String> {
    match &s.other_edition {
        Some(crate::Agreed::Every(g)) => Some(text(
            Msg::LineStatedOtherEdition,
            &[&s.scheme.edition().other().name(), &g.name()],
        )),
        Some(crate::Agreed::Depends { .. }) | None => None,
    }
}

/// "a", "a and b", "a, b and c", in the installed language.
pub fn and_list(items: &[&str]) -> String {
    joined(items, Msg::LineAnd)
}

/// "a", "a or b", "a, b or c", in the installed language.
pub fn or_list(items: &[&str]) -> String {
    joined(items, Msg::LineOr)
}

fn joined(items: &[&str], last: Msg) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., end] => text(last, &[&rest.join(", "), end]),
    }
}
