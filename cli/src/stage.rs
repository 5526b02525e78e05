//! `lungstage stage`: one case, as text, as the JSON report or as a FHIR bundle.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use lungstage::export::fhir;
use lungstage::{
    Entered, StatedStage, assess, assess_stated, report, stated_report, written_report,
};

use crate::{CliError, StageArgs, StageFormat, StageSource, cases, human};

/// A descriptor is a few hundred bytes; anything near this is a wrong file.
const MAX_DESCRIPTOR_BYTES: u64 = 16 << 20;

fn read_limited(input: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input
        .take(MAX_DESCRIPTOR_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads the whole descriptor (`None`: standard input); returns its text
/// and a name for messages.
fn read_descriptor<R: Read>(source: Option<&Path>, stdin: R) -> Result<(String, String), CliError> {
    let (name, bytes) = match source {
        None => ("standard input".to_owned(), read_limited(stdin)),
        Some(path) => (
            path.display().to_string(),
            File::open(path).and_then(read_limited),
        ),
    };
    let bytes = bytes.map_err(|e| CliError::Input(format!("cannot read {name}: {e}")))?;
    if bytes.len() as u64 > MAX_DESCRIPTOR_BYTES {
        return Err(CliError::Input(format!(
            "{name} is larger than {} MiB; a descriptor is one small JSON object",
            MAX_DESCRIPTOR_BYTES >> 20
        )));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, name)),
        Err(e) => Err(CliError::Input(format!(
            "{name} is not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        ))),
    }
}

pub fn run<R: Read, W: Write>(args: &StageArgs, stdin: R, out: &mut W) -> Result<(), CliError> {
    let (value, bundle, assessment, read) = match &args.source {
        StageSource::Written(text) => {
            let (case, written) = cases::from_written(text, args.defaults)?;
            let assessment = assess(&case)?;
            let value = written_report(&case, &assessment, &written);
            let read = written.notes.clone();
            (value, fhir::bundle(&assessment.staging), assessment, read)
        }
        StageSource::Descriptor(path) => {
            let (text, name) = read_descriptor(path.as_deref(), stdin)?;
            // Errors name the file as well as the field.
            let in_file = |e: lungstage::Error| CliError::Input(format!("{name}: {e}"));
            let case = match cases::entered_from_descriptor(&text, args.defaults) {
                Ok(Entered::Case(case)) => case,
                Ok(Entered::Stage(stage)) => return stated(args.format, &stage, out, in_file),
                Err(e) => return Err(in_file(e)),
            };
            let assessment = assess(&case).map_err(in_file)?;
            let value = report(&case, &assessment);
            (
                value,
                fhir::bundle(&assessment.staging),
                assessment,
                Vec::new(),
            )
        }
        StageSource::Stated {
            stage,
            extent,
            classification,
        } => {
            let by_option = |e: lungstage::Error| CliError::Input(option_error(&e));
            let stage = cases::stated_from_options(
                stage.as_deref(),
                extent.as_deref(),
                classification.as_deref(),
                args.defaults,
            )
            .map_err(by_option)?;
            return stated(args.format, &stage, out, by_option);
        }
    };
    match args.format {
        StageFormat::Text => human::write(out, &assessment, &read)?,
        StageFormat::Json | StageFormat::Fhir => {
            let shown = if args.format == StageFormat::Fhir {
                &bundle
            } else {
                &value
            };
            serde_json::to_writer_pretty(&mut *out, shown).map_err(|e| CliError::Io(e.into()))?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// An error about a stated stage, by the option that gave the key at fault: `--stage: ...`.
fn option_error(e: &lungstage::Error) -> String {
    match e.field_path().as_deref() {
        Some(key @ ("stage" | "extent" | "classification" | "edition" | "histology")) => {
            format!("--{key}: {}", e.reason())
        }
        _ => e.to_string(),
    }
}

/// Prints a stated stage: its text page or its JSON report (a FHIR bundle needs T, N and M);
/// `fault` words a core error for where the stage came from.
fn stated<W: Write>(
    format: StageFormat,
    stage: &StatedStage,
    out: &mut W,
    fault: impl Fn(lungstage::Error) -> CliError,
) -> Result<(), CliError> {
    let assessment = assess_stated(stage).map_err(&fault)?;
    match format {
        StageFormat::Text => crate::stated::write(out, &assessment)?,
        StageFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &stated_report(&assessment))
                .map_err(|e| CliError::Io(e.into()))?;
            writeln!(out)?;
        }
        StageFormat::Fhir => {
            if let Err(e) = Entered::Stage(*stage).into_case() {
                return Err(fault(e));
            }
        }
    }
    Ok(())
}
