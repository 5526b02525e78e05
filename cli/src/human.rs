//! The text form of a report: everything `--json` has that a person needs
//! to read, in plain lines wrapped at 80 columns.

use std::io::{self, Write};

use lungstage::{Histology, SourceId, SummaryStage};
use serde_json::Value;

const WIDTH: usize = 80;

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value.get(key).and_then(Value::as_str).unwrap_or("")
}

fn items<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Writes `text` wrapped at [`WIDTH`]: the first line starts with `first`,
/// the following ones with as many spaces.
fn wrapped<W: Write>(out: &mut W, first: &str, text: &str) -> io::Result<()> {
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

/// The short citation for a source code: `[AJCC 8th ed., 2017]`.
fn cite(code: &str) -> String {
    let short = SourceId::ALL
        .iter()
        .find(|id| id.code() == code)
        .map_or(code, |id| id.source().short);
    format!("[{short}]")
}

fn with_source(value: &Value) -> String {
    format!("{} {}", text(value, "text"), cite(text(value, "source")))
}

fn edition(value: &Value) -> String {
    value
        .get("edition")
        .and_then(Value::as_u64)
        .map_or_else(String::new, |e| format!("{e}th edition"))
}

/// "Stage IIB", "Occult carcinoma", or "Not defined by the staging tables: why".
fn stage_line(staging: &Value) -> String {
    match staging.get("stage_name").and_then(Value::as_str) {
        Some(name) => name.to_owned(),
        None => format!(
            "{}: {} {}",
            capitalised(lungstage::NOT_DEFINED),
            text(staging, "stage_note"),
            cite(text(staging, "stage_source"))
        ),
    }
}

fn write_axis<W: Write>(out: &mut W, report: &Value, name: &str, key: &str) -> io::Result<()> {
    writeln!(out, "{name}: {}", text(report, key))?;
    let reasons = report.get("reasons").map_or(&[][..], |r| items(r, key));
    for reason in reasons {
        let mark = if reason.get("decisive") == Some(&Value::Bool(true)) {
            "  * "
        } else {
            "  - "
        };
        let line = format!("{}: {}", text(reason, "category"), with_source(reason));
        wrapped(out, mark, &line)?;
    }
    Ok(())
}

fn write_figure<W: Write>(out: &mut W, heading: &str, figure: &Value) -> io::Result<()> {
    if figure.is_null() {
        return Ok(());
    }
    wrapped(
        out,
        "  ",
        &format!(
            "{heading}: {} {}",
            text(figure, "measure"),
            text(figure, "label")
        ),
    )?;
    wrapped(
        out,
        "    ",
        &format!(
            "{}, diagnosed {} {}",
            text(figure, "population"),
            text(figure, "data_years"),
            cite(text(figure, "source"))
        ),
    )
}

fn write_survival<W: Write>(out: &mut W, report: &Value) -> io::Result<()> {
    let survival = report.get("survival").unwrap_or(&Value::Null);
    let seer = survival.get("seer").unwrap_or(&Value::Null);
    let iaslc = survival.get("iaslc").unwrap_or(&Value::Null);
    let sclc = survival.get("sclc_all_stages").unwrap_or(&Value::Null);
    writeln!(
        out,
        "Survival (figures for groups of people, not a prediction):"
    )?;
    if seer.is_null() && iaslc.is_null() && sclc.is_null() {
        writeln!(out, "  No verified figures for this cancer type and stage.")?;
        return Ok(());
    }
    if !seer.is_null() {
        let heading = format!("SEER {} stage", text(seer, "summary_stage"));
        let figure = seer
            .get("five_year_relative_survival")
            .unwrap_or(&Value::Null);
        write_figure(out, &heading, figure)?;
    }
    write_figure(out, "Small cell, all stages", sclc)?;
    if !iaslc.is_null() {
        let heading = format!("IASLC stage {} ({})", text(iaslc, "stage"), edition(iaslc));
        let figure = iaslc
            .get("five_year_overall_survival")
            .unwrap_or(&Value::Null);
        write_figure(out, &heading, figure)?;
        wrapped(out, "  ", text(survival, "iaslc_caveat"))?;
    }
    wrapped(out, "  ", text(survival, "caveat"))
}

/// Writes the report of one case as text.
pub fn write<W: Write>(out: &mut W, report: &Value) -> io::Result<()> {
    wrapped(out, "", &stage_line(report))?;
    let histology = text(report, "histology");
    let histology = histology
        .parse::<Histology>()
        .map_or(histology, |h| h.name());
    let label = report
        .get("stage_label")
        .and_then(Value::as_str)
        .map_or(String::new(), |l| format!(", {l}"));
    writeln!(
        out,
        "TNM: {}{label} ({}, {histology})",
        text(report, "tnm"),
        edition(report),
    )?;
    writeln!(out)?;
    write_axis(out, report, "T", "t")?;
    write_axis(out, report, "N", "n")?;
    write_axis(out, report, "M", "m")?;
    writeln!(out, "  (* decisive)")?;
    writeln!(out)?;
    // Without a group the first line already gives the rule.
    if report.get("stage").is_some_and(|s| !s.is_null()) {
        let rule = format!(
            "{} {}",
            text(report, "stage_rule"),
            cite(text(report, "stage_source"))
        );
        wrapped(out, "Table: ", &rule)?;
    }
    let notes = items(report, "notes");
    if !notes.is_empty() {
        writeln!(out, "Notes:")?;
        for note in notes {
            wrapped(out, "  - ", &with_source(note))?;
        }
    }
    writeln!(out)?;
    let summary = text(report, "summary_stage");
    let summary = format!(
        "{} ({}) {}",
        summary
            .parse::<SummaryStage>()
            .map_or(summary, |s| s.name()),
        text(report, "summary_stage_reason"),
        cite("seer-ss2018")
    );
    wrapped(out, "SEER summary stage: ", &summary)?;
    if let Some(extent) = report.get("sclc_extent").and_then(Value::as_str) {
        wrapped(
            out,
            "Small cell extent: ",
            &format!("{extent} ({})", text(report, "sclc_extent_reason")),
        )?;
        if let Some(caveat) = report.get("sclc_caveat") {
            wrapped(out, "  ", &with_source(caveat))?;
        }
    }
    writeln!(out)?;
    write_survival(out, report)?;
    let other = report.get("other_edition").unwrap_or(&Value::Null);
    if !other.is_null() {
        writeln!(out)?;
        wrapped(
            out,
            "",
            &format!(
                "{}: {} ({})",
                edition(other),
                stage_line(other),
                text(other, "tnm")
            ),
        )?;
        let changes = items(report, "changes");
        if changes.is_empty() {
            writeln!(out, "  Nothing changes between the 8th and 9th editions.")?;
        }
        for change in changes {
            wrapped(out, "  - ", &with_source(change))?;
        }
    }
    writeln!(out)?;
    wrapped(out, "", text(report, "disclaimer"))
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
