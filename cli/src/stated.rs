//! The text page of a stage as a report states it: said to be stated, not worked out from T,
//! N and M, with what every case of the stage shares and what depends on T, N or M.

use std::io::{self, Write};

use lungstage::{Agreed, DISCLAIMER, SCLC_ALL_STAGES, StatedAssessment, stated_depends};

use crate::human::{cite, wrapped, write_figures, write_treatment};

/// Writes the page of a stated stage.
pub fn write<W: Write>(out: &mut W, s: &StatedAssessment) -> io::Result<()> {
    let st = &s.stated;
    for line in lungstage::stated_head(s) {
        writeln!(out, "{line}")?;
    }
    if let (Some(m), Some(g)) = (s.meaning(), st.group) {
        writeln!(out)?;
        let cites: Vec<String> = m.sources.iter().map(|&id| cite(id)).collect();
        wrapped(
            out,
            "",
            &format!("{}: {} {}", g.name(), m.text, cites.join(" ")),
        )?;
    }
    if let (Some(Agreed::Every(e)), Some(caveat)) = (&s.extent, s.extent_caveat()) {
        writeln!(out)?;
        wrapped(out, "Small cell extent: ", e.code())?;
        wrapped(
            out,
            "  ",
            &format!("{} {}", caveat.text, cite(caveat.source)),
        )?;
    }
    if st.group.is_none()
        && let (Some(first), Some(last)) = (s.groups.first(), s.groups.last())
    {
        let from = match first {
            lungstage::StageGroup::Occult => "occult carcinoma and stages".to_owned(),
            g => format!("stages {g}"),
        };
        let to = s
            .groups
            .get(1)
            .filter(|_| *first == lungstage::StageGroup::Occult);
        let from = match to {
            Some(second) => format!("{from} {second}"),
            None => from,
        };
        writeln!(out)?;
        wrapped(
            out,
            "",
            &format!(
                "It covers {from} to {last} in the {}-edition table.",
                s.scheme.edition()
            ),
        )?;
    }
    let depends = stated_depends(s);
    writeln!(out)?;
    if depends.is_empty() {
        wrapped(
            out,
            "",
            "Every case of this stage, whatever its T, N and M, shares what follows.",
        )?;
    } else {
        writeln!(
            out,
            "A stage alone does not say which T, N and M it is, and:"
        )?;
        for (_, line) in depends {
            wrapped(out, "  - ", &line)?;
        }
    }
    for note in &s.notes {
        wrapped(
            out,
            "Note: ",
            &format!("{} {}", note.text, cite(note.source)),
        )?;
    }
    writeln!(out)?;
    write_survival(out, s)?;
    // The treatment texts of any case of the stage, where they all agree.
    if let (Some(_), Some(_), Some(cell)) = (
        s.treatment.every(),
        s.treatment_notes.every(),
        s.cells.first(),
    ) {
        write_treatment(out, &cell.assessment.staging)?;
    }
    if let Some(line) = lungstage::stated_other_edition_line(s) {
        writeln!(out)?;
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    wrapped(out, "", &DISCLAIMER.to_string())
}

/// The survival figures every case of the stage shares.
fn write_survival<W: Write>(out: &mut W, s: &StatedAssessment) -> io::Result<()> {
    let seer = match &s.seer {
        Agreed::Every(Ok(row)) => Some(row),
        Agreed::Every(Err(_)) | Agreed::Depends { .. } => None,
    };
    let iaslc = match &s.iaslc {
        Agreed::Every(Ok(found)) => Some(found),
        Agreed::Every(Err(_)) | Agreed::Depends { .. } => None,
    };
    let sclc = (s.stated.histology == lungstage::Histology::Sclc).then_some(SCLC_ALL_STAGES);
    writeln!(
        out,
        "Survival (figures for groups of people, not a prediction):"
    )?;
    if seer.is_none() && iaslc.is_none() && sclc.is_none() {
        let varies = s.seer.depends_on().is_some() || s.iaslc.depends_on().is_some();
        writeln!(
            out,
            "  {}",
            match varies {
                true => "No verified figure that every case of this stage shares.",
                false => "No verified figures for this cancer type and stage.",
            }
        )?;
        return Ok(());
    }
    write_figures(out, seer, sclc, iaslc)
}
