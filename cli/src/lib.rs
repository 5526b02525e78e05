//! The `lungstage` command line: one case from categories or a descriptor,
//! or a CSV of cases, staged by the lungstage core.
//!
//! Every clinical rule lives in the core; this crate reads arguments, builds
//! a [`lungstage::Case`], and writes what the core returns.

mod args;
pub mod batch;
mod cases;
mod human;
mod stage;
mod stated;

use std::ffi::OsString;
use std::fmt;
use std::io::{self, Read, Write};

pub use args::{
    BatchArgs, BatchFormat, Command, Defaults, StageArgs, StageFormat, StageSource, parse_args,
};
pub use cases::{
    entered_from_descriptor, from_descriptor, from_tnm, from_written, stated_from_options,
};

/// Exit status: all went well.
pub const EXIT_OK: u8 = 0;
/// Exit status: bad input data, such as an unknown category or a failed batch row.
pub const EXIT_INPUT: u8 = 1;
/// Exit status: the command line itself is wrong.
pub const EXIT_USAGE: u8 = 2;

/// Why a command stopped early.
#[derive(Debug)]
pub enum CliError {
    /// The command line is wrong: exit status 2, with a usage hint.
    Usage(String),
    /// The data is wrong: exit status 1.
    Input(String),
    /// Reading or writing failed. A broken pipe on output is a quiet, clean exit.
    Io(io::Error),
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(message) | CliError::Input(message) => f.write_str(message),
            CliError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> CliError {
        CliError::Io(e)
    }
}

impl From<lungstage::Error> for CliError {
    fn from(e: lungstage::Error) -> CliError {
        CliError::Input(e.to_string())
    }
}

/// Runs a command read from the command line.
fn command_run<R: Read, W: Write, E: Write>(
    command: Command,
    stdin: R,
    mut stdout: W,
    mut stderr: E,
) -> Result<u8, CliError> {
    match command {
        Command::Help(text) | Command::Version(text) => {
            stdout.write_all(text.as_bytes())?;
            Ok(EXIT_OK)
        }
        Command::Stage(stage_args) => stage::run(&stage_args, stdin, &mut stdout).map(|()| EXIT_OK),
        Command::Batch(BatchArgs {
            defaults, format, ..
        }) => {
            let counts = match format {
                BatchFormat::Csv => batch::run(stdin, &mut stdout, defaults)?,
                BatchFormat::FhirNdjson => batch::run_fhir(stdin, &mut stdout, defaults)?,
                BatchFormat::Naaccr => batch::run_naaccr(stdin, &mut stdout, defaults)?,
            };
            stdout.flush()?;
            if counts.failed == 0 {
                Ok(EXIT_OK)
            } else {
                // Failures are already in the error column; say so once.
                let place = match format {
                    BatchFormat::Csv | BatchFormat::Naaccr => "the error column",
                    BatchFormat::FhirNdjson => "their OperationOutcome lines",
                };
                let _ = writeln!(
                    stderr,
                    "lungstage batch: {} of {} rows failed; see {place}",
                    counts.failed, counts.rows
                );
                Ok(EXIT_INPUT)
            }
        }
    }
}

/// Runs one command line (without the program name) and returns the exit status.
///
/// Output goes to `stdout`, messages to `stderr`; nothing panics and a
/// closed `stdout` (`lungstage ... | head -1`) ends the run quietly.
pub fn run<R: Read, W: Write, E: Write>(
    args: impl IntoIterator<Item = OsString>,
    stdin: R,
    mut stdout: W,
    mut stderr: E,
) -> u8 {
    let result = args::parse_args(args).and_then(|command| {
        let lang = match &command {
            Command::Stage(StageArgs { lang, .. }) | Command::Batch(BatchArgs { lang, .. }) => {
                *lang
            }
            Command::Help(_) | Command::Version(_) => "en",
        };
        // The language is this run's only: the messages installed for others stay as they are.
        lungstage::messages::in_language(lang, || {
            command_run(command, stdin, &mut stdout, &mut stderr)
        })
        .map_err(|e| CliError::Usage(e.to_string()))?
    });
    let result = result.and_then(|code| stdout.flush().map(|()| code).map_err(CliError::Io));
    // Messages to stderr are best effort: if stderr is gone too there is no one to tell.
    match result {
        Ok(code) => code,
        Err(CliError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(CliError::Usage(message)) => {
            let _ = writeln!(stderr, "lungstage: {message}\n\n{}", args::USAGE);
            EXIT_USAGE
        }
        Err(e @ (CliError::Input(_) | CliError::Io(_))) => {
            let _ = writeln!(stderr, "lungstage: {e}");
            EXIT_INPUT
        }
    }
}
