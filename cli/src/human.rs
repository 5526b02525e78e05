//! The text form of a report: everything `--json` has that a person needs
//! to read, in plain lines wrapped at 80 columns, written from the typed result.

use std::io::{self, Write};

use lungstage::messages::Msg;
use lungstage::{
    Assessment, DISCLAIMER, Decider, Figure, Note, NoteId, Reason, SCLC_ALL_STAGES, SeerRow,
    SeerWithheld, SourceId, StageGroup, Staging, TreatmentWithheld, View, all_notes, definition,
    iaslc_for, seer_for, treatment_for, treatment_notes, treatment_withheld,
};

const WIDTH: usize = 80;

/// `msg` with its values, in the installed language.
pub(crate) fn say(msg: Msg, args: &[&dyn std::fmt::Display]) -> String {
    lungstage::messages::text(msg, args)
}

/// A heading that leads a line: "Table: ".
pub(crate) fn lead(msg: Msg) -> String {
    format!("{} ", say(msg, &[]))
}

/// Writes `text` wrapped at [`WIDTH`]: the first line starts with `first`,
/// the following ones with as many spaces.
pub(crate) fn wrapped<W: Write>(out: &mut W, first: &str, text: &str) -> io::Result<()> {
    let indent = " ".repeat(first.chars().count());
    let mut line = first.to_owned();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            writeln!(out, "{line}")?;
            line.clone_from(&indent);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    writeln!(out, "{line}")
}

/// The short citation of a source: `[AJCC 8th ed., 2017]`.
pub(crate) fn cite(source: SourceId) -> String {
    format!("[{}]", source.source().short)
}

/// "Stage IIB", "Occult carcinoma", or "Not defined by the staging tables: why".
fn stage_line(s: &Staging) -> String {
    match s.stage() {
        Some(g) => g.name(),
        None => format!(
            "{}: {} {}",
            lungstage::capitalise(&lungstage::NOT_DEFINED.to_string()),
            s.grouping.rule,
            cite(s.grouping.source)
        ),
    }
}

fn write_axis<W: Write>(
    out: &mut W,
    name: &str,
    category: String,
    reasons: &[Reason],
) -> io::Result<()> {
    writeln!(out, "{name}: {category}")?;
    for reason in reasons {
        let mark = if reason.decisive { "  * " } else { "  - " };
        let line = format!(
            "{}: {} {}",
            reason.category,
            reason.text,
            cite(reason.source)
        );
        wrapped(out, mark, &line)?;
    }
    Ok(())
}

pub(crate) fn write_figure<W: Write>(out: &mut W, heading: &str, f: &Figure) -> io::Result<()> {
    wrapped(
        out,
        "  ",
        &format!("{heading}: {} {}", f.measure, f.label()),
    )?;
    let diagnosed = say(Msg::MachineCliDiagnosed, &[&f.population, &f.data_years]);
    wrapped(out, "    ", &format!("{diagnosed} {}", cite(f.source)))
}

fn write_survival<W: Write>(out: &mut W, a: &Assessment) -> io::Result<()> {
    let seer = seer_for(a).ok();
    let iaslc = iaslc_for(a).ok();
    let sclc = (a.staging.histology == lungstage::Histology::Sclc).then_some(SCLC_ALL_STAGES);
    writeln!(out, "{}", say(Msg::MachineCliSurvival, &[]))?;
    if seer_for(a) == Err(SeerWithheld::Classification) && iaslc.is_none() && sclc.is_none() {
        let kind = a.staging.classification.group.name();
        let why = say(Msg::MachineCliSurvivalNotAtDiagnosis, &[&kind]);
        wrapped(out, "  ", &why)?;
        return Ok(());
    }
    if seer.is_none() && iaslc.is_none() && sclc.is_none() {
        writeln!(out, "  {}", say(Msg::MachineCliNoFigures, &[]))?;
        return Ok(());
    }
    write_figures(out, seer.as_ref(), sclc, iaslc.as_ref())
}

/// The figures shown, each under its heading, with their caveats: the SEER row, small cell's
/// all-stages figure and the IASLC one, where given.
pub(crate) fn write_figures<W: Write>(
    out: &mut W,
    seer: Option<&SeerRow>,
    sclc: Option<Figure>,
    iaslc: Option<&(StageGroup, Figure)>,
) -> io::Result<()> {
    if let Some(row) = seer {
        let heading = say(Msg::MachineCliFigureSeer, &[&row.stage.code()]);
        write_figure(out, &heading, &row.survival)?;
    }
    if let Some(f) = sclc {
        write_figure(out, &say(Msg::MachineCliFigureSclc, &[]), &f)?;
    }
    if let Some((g, f)) = iaslc {
        let heading = say(Msg::MachineCliFigureIaslc, &[&g.code()]);
        write_figure(out, &heading, f)?;
        wrapped(out, "  ", lungstage::iaslc_caveat())?;
    }
    wrapped(out, "  ", lungstage::survival_caveat())
}

/// The usual treatment approach: each text in the clinician's words with its sources, then in
/// the patient's plain words where they differ. Nothing where the core has no text.
pub(crate) fn write_treatment<W: Write>(out: &mut W, s: &Staging) -> io::Result<()> {
    let Some(main) = treatment_for(s) else {
        if treatment_withheld(s) == Some(TreatmentWithheld::Classification) {
            writeln!(out)?;
            writeln!(out, "{}", say(Msg::MachineCliTreatment, &[]))?;
            let why = NoteId::TreatmentNotAtDiagnosis;
            wrapped(
                out,
                "  ",
                &format!("{} {}", why.text(), cite(SourceId::Ajcc8)),
            )?;
        }
        return Ok(());
    };
    writeln!(out)?;
    writeln!(out, "{}", say(Msg::MachineCliTreatmentGeneral, &[]))?;
    for t in std::iter::once(main).chain(treatment_notes(s)) {
        let cites: Vec<String> = t.sources().iter().map(|&id| cite(id)).collect();
        let words = t.wording(View::Clinician);
        wrapped(out, "  - ", &format!("{words} {}", cites.join(" ")))?;
        if t.clinician().is_some() {
            let plain = say(Msg::MachineCliPlainWords, &[&t.wording(View::Patient)]);
            wrapped(out, "    ", &plain)?;
        }
    }
    Ok(())
}

/// Writes the report of one case as text; `read` are the notes of reading a written form,
/// which come first.
pub fn write<W: Write>(out: &mut W, a: &Assessment, read: &[Note]) -> io::Result<()> {
    let s = &a.staging;
    wrapped(out, "", &stage_line(s))?;
    writeln!(out, "{}", lungstage::tnm_line(s))?;
    match s.decider() {
        Some(Decider::Choices(choices)) => {
            writeln!(out, "{}", say(Msg::MachineCliDecide, &[]))?;
            for (category, group) in choices {
                let meaning = definition(s.scheme, category)
                    .map_or(String::new(), |(words, _)| format!(": {words}"));
                let choice = say(Msg::MachineCliChoice, &[&category, &group]);
                wrapped(out, "  - ", &format!("{choice}{meaning}"))?;
            }
        }
        Some(Decider::Range { lowest, highest }) => {
            wrapped(out, "", &say(Msg::MachineCliRange, &[&lowest, &highest]))?
        }
        None => {}
    }
    writeln!(out)?;
    write_axis(out, "T", s.t.category.to_string(), &s.t.reasons)?;
    write_axis(out, "N", s.n.category.to_string(), &s.n.reasons)?;
    write_axis(out, "M", s.m.category.to_string(), &s.m.reasons)?;
    writeln!(out, "  {}", say(Msg::MachineCliDecisive, &[]))?;
    writeln!(out)?;
    // Without a group the first line already gives the rule.
    if s.stage().is_some() {
        let rule = format!("{} {}", s.grouping.rule, cite(s.grouping.source));
        wrapped(out, &lead(Msg::MachineCliTable), &rule)?;
    }
    let notes: Vec<&Note> = read.iter().chain(all_notes(s)).collect();
    if !notes.is_empty() {
        writeln!(out, "{}", say(Msg::MachineCliNotes, &[]))?;
        for note in notes {
            wrapped(out, "  - ", &format!("{} {}", note.text, cite(note.source)))?;
        }
    }
    writeln!(out)?;
    let summary = format!(
        "{} ({}) {}",
        s.summary.stage.name(),
        s.summary.reason,
        cite(SourceId::SeerSs2018)
    );
    wrapped(out, &lead(Msg::MachineCliSeerSummary), &summary)?;
    if let Some(e) = &s.sclc {
        wrapped(
            out,
            &lead(Msg::MachineCliSclcExtent),
            &format!("{} ({})", e.extent.code(), e.reason),
        )?;
        wrapped(
            out,
            "  ",
            &format!("{} {}", e.caveat.text, cite(e.caveat.source)),
        )?;
    }
    writeln!(out)?;
    write_survival(out, a)?;
    write_treatment(out, s)?;
    if let Some(other) = &a.other {
        writeln!(out)?;
        wrapped(
            out,
            "",
            &lungstage::other_edition_line(other, &stage_line(other)),
        )?;
        if a.changes.is_empty() {
            writeln!(out, "  {}", say(Msg::MachineCliNoChange, &[]))?;
        }
        for change in &a.changes {
            wrapped(
                out,
                "  - ",
                &format!("{} {}", change.text, cite(change.source)),
            )?;
        }
    }
    writeln!(out)?;
    wrapped(out, "", &DISCLAIMER.to_string())
}
