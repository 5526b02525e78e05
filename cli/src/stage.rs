//! `lungstage stage`: one case, as text, as the JSON report or as a FHIR bundle.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use lungstage::export::fhir;
use lungstage::{assess, report, written_report};

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
            let (case, assessment) = cases::from_descriptor(&text, args.defaults)
                .and_then(|case| assess(&case).map(|a| (case, a)))
                .map_err(|e| CliError::Input(format!("{name}: {e}")))?;
            let value = report(&case, &assessment);
            (
                value,
                fhir::bundle(&assessment.staging),
                assessment,
                Vec::new(),
            )
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
