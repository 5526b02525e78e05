//! The text page of a stage as a report states it: said to be stated, not worked out from T,
//! N and M, with what every case of the stage shares and what depends on T, N or M.

use std::io::{self, Write};

use lungstage::{Agreed, DISCLAIMER, SCLC_ALL_STAGES, StatedAssessment, stated_depends};

use lungstage::messages::Msg;

use crate::human::{cite, lead, say, wrapped, write_figures, write_treatment};

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
        wrapped(out, &lead(Msg::MachineCliSclcExtent), e.code())?;
        wrapped(
            out,
            "  ",
            &format!("{} {}", caveat.text, cite(caveat.source)),
        )?;
    }
    if st.group.is_none()
        && let (Some(first), Some(last)) = (s.groups.first(), s.groups.last())
    {
        let edition = s.scheme.edition().name();
        let covers = match first {
            lungstage::StageGroup::Occult => {
                // Without a second group the line reads "and stages to": `wrapped` closes
                // the gap.
                let second = s.groups.get(1).map_or(String::new(), |g| g.to_string());
                say(Msg::MachineCliCoversOccult, &[&second, last, &edition])
            }
            g => say(Msg::MachineCliCovers, &[g, last, &edition]),
        };
        writeln!(out)?;
        wrapped(out, "", &covers)?;
    }
    let depends = stated_depends(s);
    writeln!(out)?;
    if depends.is_empty() {
        wrapped(out, "", &say(Msg::MachineCliEveryCase, &[]))?;
    } else {
        writeln!(out, "{}", say(Msg::MachineCliDepends, &[]))?;
        for (_, line) in depends {
            wrapped(out, "  - ", &line)?;
        }
    }
    for note in &s.notes {
        wrapped(
            out,
            &lead(Msg::MachineCliNote),
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
    writeln!(out, "{}", say(Msg::MachineCliSurvival, &[]))?;
    if seer.is_none() && iaslc.is_none() && sclc.is_none() {
        let varies = s.seer.depends_on().is_some() || s.iaslc.depends_on().is_some();
        writeln!(
            out,
            "  {}",
            match varies {
                true => say(Msg::MachineCliNoSharedFigure, &[]),
                false => say(Msg::MachineCliNoFigures, &[]),
            }
        )?;
        return Ok(());
    }
    write_figures(out, seer, sclc, iaslc)
}
