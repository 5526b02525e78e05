//! Reading the command line: subcommand, options in any order, and help texts.

use std::ffi::OsString;
use std::path::PathBuf;

use lungstage::{Edition, Histology};

use crate::CliError;

/// Shown after every usage error.
pub const USAGE: &str = "\
Usage:
  lungstage stage T N M [--edition 8|9] [--histology H] [--json]
  lungstage stage \"cT2aN1M0\" [--edition 8|9] [--histology H] [--json]
  lungstage stage --input FILE|- [--edition 8|9] [--histology H] [--json]
  lungstage batch [--edition 8|9] [--histology H] < in.csv > out.csv
  lungstage --help | --version
Run 'lungstage --help' for more.";

const HELP: &str = "\
lungstage: lung-cancer TNM staging (IASLC/AJCC 8th and 9th editions) from the command line.
Educational information only: not medical advice.

Commands:
  stage T N M            Stage one case from its categories, e.g. `stage T2a N1 M0`
  stage \"cT2aN1M0\"       ... or from one written TNM form
  stage --input FILE     ... or from a JSON descriptor (`-` reads standard input)
  batch                  Stage a CSV from standard input to standard output

Options:
  --edition 8|9          TNM edition (also 8th, 9th); default 9
  --histology H          nsclc (default), sclc, carcinoid or mesothelioma
  --json                 stage: print the JSON report (pretty-printed) instead of text
  -h, --help             Show this help (also `lungstage help stage|batch`)
  -V, --version          Show the version

--edition and --histology are defaults: a descriptor's own edition or
histology, or a batch row's edition or histology cell, wins.

Exit status: 0 ok, 1 bad input or any failed batch row, 2 usage error.
";

const STAGE_HELP: &str = "\
lungstage stage: stage one case.

  lungstage stage T N M [options]        categories, e.g. T2a N1 M0 (prefixes c, p, yp... kept)
  lungstage stage \"cT2aN1M0\" [options]   one written form (spaces, commas optional)
  lungstage stage --input FILE [options] a JSON descriptor; `-` reads standard input

Options (any order):
  --edition 8|9      TNM edition (also 8th, 9th); default 9, or the descriptor's
  --histology H      nsclc, sclc, carcinoid or mesothelioma; default nsclc, or the descriptor's
  --json             print the JSON report, pretty-printed (the same object as the widget's API)

Text output: stage, TNM with edition, T/N/M with their reasons (* marks the
decisive ones), notes, SEER summary stage, small cell extent, survival figures
with their sources, the other edition's result and what changed.
";

const BATCH_HELP: &str = "\
lungstage batch: stage every row of a CSV read from standard input.

  lungstage batch [--edition 8|9] [--histology H] < in.csv > out.csv

The header names the columns (any order, any case): t, n and m, or case (a
JSON descriptor), or both kinds; optional edition and histology override the
options for their row, and empty cells fall back to them.
Output: every input column and row, in order, followed by four new columns:
  stage          group code (IIB, occult...), empty when the tables define none
  stage_note     why no group is defined, when stage is empty
  summary_stage  SEER summary stage (localized, regional, distant...)
  error          why the row could not be staged; the other rows go on
The new columns are added even if the input already has columns of those names.
Exit status: 0 if every row was staged, 1 if any failed, 2 for a bad header.
";

/// Which help text to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    General,
    Stage,
    Batch,
}

/// The help text for `topic`.
pub fn help(topic: Topic) -> &'static str {
    match topic {
        Topic::General => HELP,
        Topic::Stage => STAGE_HELP,
        Topic::Batch => BATCH_HELP,
    }
}

/// Edition and histology from the options; `None` leaves the case's own or the core's default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Defaults {
    pub edition: Option<Edition>,
    pub histology: Option<Histology>,
}

/// Where `stage` reads its case from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StageSource {
    /// The positional arguments joined by spaces: `T2a N1 M0` or `cT2aN1M0`.
    Written(String),
    /// A descriptor file; `None` is standard input (`-`).
    Descriptor(Option<PathBuf>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageArgs {
    pub source: StageSource,
    pub defaults: Defaults,
    pub json: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help(Topic),
    Version,
    Stage(StageArgs),
    Batch(Defaults),
}

fn usage(message: impl Into<String>) -> CliError {
    CliError::Usage(message.into())
}

/// Text of an argument; command-line text must be UTF-8 (file names need not be).
fn text(arg: &OsString) -> Result<&str, CliError> {
    arg.to_str()
        .ok_or_else(|| usage(format!("argument {arg:?} is not valid UTF-8")))
}

/// Options and positional arguments after the subcommand.
#[derive(Default)]
struct Parsed {
    defaults: Defaults,
    json: bool,
    input: Option<OsString>,
    positional: Vec<String>,
    help: bool,
}

fn set_once<T>(slot: &mut Option<T>, value: T, name: &str) -> Result<(), CliError> {
    if slot.is_some() {
        return Err(usage(format!("{name} is given twice")));
    }
    *slot = Some(value);
    Ok(())
}

fn parse_rest(mut args: impl Iterator<Item = OsString>) -> Result<Parsed, CliError> {
    let mut parsed = Parsed::default();
    let mut options_done = false;
    while let Some(arg) = args.next() {
        if options_done {
            parsed.positional.push(text(&arg)?.to_owned());
            continue;
        }
        // `--input` takes a file name, which need not be UTF-8.
        if arg == "--input" {
            let value = args
                .next()
                .ok_or_else(|| usage("--input needs a file name, or - for standard input"))?;
            set_once(&mut parsed.input, value, "--input")?;
            continue;
        }
        let arg = text(&arg)?;
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
            _ => (arg, None),
        };
        let mut value = |what: &str| -> Result<String, CliError> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => args
                    .next()
                    .ok_or_else(|| usage(format!("{name} needs a value ({what})")))
                    .and_then(|v| text(&v).map(str::to_owned)),
            }
        };
        match name {
            "--edition" => {
                let v = value("8 or 9")?;
                let edition = v.parse::<Edition>().map_err(|_| {
                    usage(format!("--edition: `{v}` is not an edition; use 8 or 9"))
                })?;
                set_once(&mut parsed.defaults.edition, edition, "--edition")?;
            }
            "--histology" => {
                let v = value("nsclc, sclc, carcinoid or mesothelioma")?;
                let histology = v.parse::<Histology>().map_err(|_| {
                    usage(format!(
                        "--histology: `{v}` is not a histology; use nsclc, sclc, carcinoid or mesothelioma"
                    ))
                })?;
                set_once(&mut parsed.defaults.histology, histology, "--histology")?;
            }
            "--input" => {
                set_once(
                    &mut parsed.input,
                    OsString::from(value("a file name")?),
                    "--input",
                )?;
            }
            "--json" if inline.is_none() => parsed.json = true,
            "-h" | "--help" => parsed.help = true,
            "--" => options_done = true,
            _ if name.starts_with('-') && name.len() > 1 => {
                return Err(usage(format!("unknown option {arg}")));
            }
            _ => parsed.positional.push(arg.to_owned()),
        }
    }
    Ok(parsed)
}

/// Reads the arguments after the program name.
///
/// ```
/// use lungstage_cli::{parse_args, Command};
///
/// let command = parse_args(["stage", "--edition", "8th", "T2a", "N1", "M0"].map(Into::into)).unwrap();
/// let Command::Stage(args) = command else { panic!() };
/// assert_eq!(args.defaults.edition, Some(lungstage::Edition::Eighth));
/// assert!(parse_args(["stage", "--edition", "7", "T2a", "N1", "M0"].map(Into::into)).is_err());
/// ```
pub fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, CliError> {
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err(usage("no command given"));
    };
    match text(&first)? {
        "-h" | "--help" => Ok(Command::Help(Topic::General)),
        "-V" | "--version" => Ok(Command::Version),
        "help" => match args.next() {
            None => Ok(Command::Help(Topic::General)),
            Some(topic) => match text(&topic)? {
                "stage" => Ok(Command::Help(Topic::Stage)),
                "batch" => Ok(Command::Help(Topic::Batch)),
                other => Err(usage(format!("no help on `{other}`; try stage or batch"))),
            },
        },
        "stage" => {
            let p = parse_rest(args)?;
            if p.help {
                return Ok(Command::Help(Topic::Stage));
            }
            let source = match (p.input, p.positional.is_empty()) {
                (Some(_), false) => {
                    return Err(usage("give either categories or --input, not both"));
                }
                (Some(path), true) => {
                    StageSource::Descriptor((path != "-").then(|| PathBuf::from(path)))
                }
                (None, false) => StageSource::Written(p.positional.join(" ")),
                (None, true) => {
                    return Err(usage(
                        "stage needs T, N and M (e.g. T2a N1 M0) or --input FILE",
                    ));
                }
            };
            Ok(Command::Stage(StageArgs {
                source,
                defaults: p.defaults,
                json: p.json,
            }))
        }
        "batch" => {
            let p = parse_rest(args)?;
            if p.help {
                return Ok(Command::Help(Topic::Batch));
            }
            if p.json {
                return Err(usage("batch writes CSV; --json is for stage"));
            }
            if p.input.is_some() {
                return Err(usage(
                    "batch reads standard input: lungstage batch < in.csv",
                ));
            }
            if let Some(extra) = p.positional.first() {
                return Err(usage(format!(
                    "batch takes no arguments but options (got `{extra}`); it reads CSV from standard input"
                )));
            }
            Ok(Command::Batch(p.defaults))
        }
        other if other.starts_with('-') => Err(usage(format!("unknown option {other}"))),
        other => Err(usage(format!(
            "unknown command `{other}`; use stage or batch"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Command, CliError> {
        parse_args(line.split_whitespace().map(OsString::from))
    }

    fn stage(line: &str) -> StageArgs {
        match parse(line) {
            Ok(Command::Stage(args)) => args,
            other => panic!("{line}: {other:?}"),
        }
    }

    #[test]
    fn options_in_any_order() {
        let a = stage("stage --json T2a --histology sclc N1 --edition=8 M0");
        assert_eq!(a.source, StageSource::Written("T2a N1 M0".to_owned()));
        assert_eq!(
            a.defaults,
            Defaults {
                edition: Some(Edition::Eighth),
                histology: Some(Histology::Sclc)
            }
        );
        assert!(a.json);
        assert_eq!(
            stage("stage cT2aN1M0").source,
            StageSource::Written("cT2aN1M0".to_owned())
        );
        assert_eq!(
            stage("stage --input -").source,
            StageSource::Descriptor(None)
        );
        assert_eq!(
            stage("stage --edition 9th --input case.json").source,
            StageSource::Descriptor(Some(PathBuf::from("case.json")))
        );
        assert_eq!(
            parse("batch --edition 8").unwrap(),
            Command::Batch(Defaults {
                edition: Some(Edition::Eighth),
                histology: None
            })
        );
        assert_eq!(
            parse("stage --help T2a").unwrap(),
            Command::Help(Topic::Stage)
        );
        assert_eq!(parse("help batch").unwrap(), Command::Help(Topic::Batch));
        assert_eq!(parse("--version").unwrap(), Command::Version);
    }

    #[cfg(unix)]
    #[test]
    fn file_names_need_not_be_utf8_but_other_arguments_must() {
        use std::os::unix::ffi::OsStringExt;
        let odd = OsString::from_vec(b"case-\xff.json".to_vec());
        let args = [OsString::from("stage"), "--input".into(), odd.clone()];
        match parse_args(args) {
            Ok(Command::Stage(a)) => {
                assert_eq!(
                    a.source,
                    StageSource::Descriptor(Some(PathBuf::from(odd.clone())))
                )
            }
            other => panic!("{other:?}"),
        }
        let args = [OsString::from("stage"), odd];
        assert!(
            matches!(parse_args(args), Err(CliError::Usage(m)) if m.contains("not valid UTF-8"))
        );
    }

    #[test]
    fn usage_errors() {
        for (line, expected) in [
            ("", "no command"),
            ("stag T2a", "unknown command `stag`"),
            ("stage", "needs T, N and M"),
            ("stage T2a N1 M0 --edition", "--edition needs a value"),
            ("stage T2a N1 M0 --edition 7", "`7` is not an edition"),
            ("stage T2a N1 M0 --edition 8 --edition 9", "given twice"),
            (
                "stage T2a N1 M0 --histology lung",
                "`lung` is not a histology",
            ),
            ("stage T2a N1 M0 --colour", "unknown option --colour"),
            ("stage T2a --input x.json", "not both"),
            ("batch --json", "--json is for stage"),
            ("batch extra.csv", "takes no arguments"),
            ("--frobnicate", "unknown option"),
        ] {
            match parse(line) {
                Err(CliError::Usage(message)) => {
                    assert!(message.contains(expected), "{line}: {message}")
                }
                other => panic!("{line}: {other:?}"),
            }
        }
    }
}
