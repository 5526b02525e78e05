//! Reading the command line with clap: subcommands, options in any order, and help texts.
//!
//! clap parses and writes the help; this module turns its errors into one
//! line that names the bad argument, followed by [`USAGE`].

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::LazyLock;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use lungstage::{Edition, Histology};

use crate::CliError;

/// Shown after every usage error.
pub const USAGE: &str = "\
Usage:
  lungstage stage T N M [--edition 8|9] [--histology H] [--lang en|es] [--json | --format F]
  lungstage stage \"cT2aN1M0\" [--edition 8|9] [--histology H] [--json | --format F]
  lungstage stage --input FILE|- [--edition 8|9] [--histology H] [--json | --format F]
  lungstage stage --stage G | --extent E [--classification c|p] [--edition 8|9] [--histology H] [--json]
  lungstage batch [--edition 8|9] [--histology H] [--lang en|es] [--format F] < in.csv > out
  lungstage --help | --version
Run 'lungstage --help' for more.";

const AFTER_HELP: &str = "\
--edition and --histology are defaults: a descriptor's own edition or
histology, or a batch row's edition or histology cell, wins.

Exit status: 0 ok, 1 bad input or any failed batch row, 2 usage error.";

const STAGE_AFTER_HELP: &str = "\
Text output: stage, TNM with edition, T/N/M with their reasons (* marks the
decisive ones), notes, SEER summary stage, small cell extent, survival figures
with their sources, the other edition's result and what changed.

A stage as a report states it (--stage IIIA, or --extent limited for small
cell) stands for every T, N and M of that stage: the text says what they all
share, and what depends on T and N, which a stage alone does not tell.

Exit status: 0 ok, 1 bad input, 2 usage error.";

const BATCH_AFTER_HELP: &str = "\
The header names the columns (any order, any case): t, n and m, or case (a
JSON descriptor), or both kinds; optional edition and histology override the
options for their row, and empty cells fall back to them.
Output: every input column and row, in order, followed by four new columns:
  stage          group code (IIB, occult...), empty when the tables define none
  stage_note     why no group is defined, when stage is empty
  summary_stage  SEER summary stage (localized, regional, distant...)
  error          why the row could not be staged; the other rows go on
The new columns are added even if the input already has columns of those names.

Exit status: 0 if every row was staged, 1 if any failed, 2 for a bad header.";

/// `lungstage --version`: the version and the date the sources were last reviewed.
static VERSION: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{} (sources last reviewed {})",
        env!("CARGO_PKG_VERSION"),
        lungstage::LAST_REVIEWED
    )
});

const ABOUT: &str = "\
lungstage: lung-cancer TNM staging (IASLC/AJCC 8th and 9th editions) from the command line.
Educational information only: not medical advice.";

#[derive(Parser, Debug)]
#[command(name = "lungstage", about = ABOUT, after_help = AFTER_HELP)]
#[command(subcommand_required = true)]
#[command(override_usage = "\
lungstage stage T N M [OPTIONS]
       lungstage stage \"cT2aN1M0\" [OPTIONS]
       lungstage stage --input FILE|- [OPTIONS]
       lungstage stage --stage G | --extent E [OPTIONS]
       lungstage batch [OPTIONS] < in.csv > out.csv
       lungstage help [COMMAND]")]
struct Cli {
    #[command(subcommand)]
    command: Sub,
}

#[derive(Subcommand, Debug)]
enum Sub {
    /// Stage one case: from its categories, one written TNM form, a JSON descriptor, or a
    /// stage as a report states it
    #[command(after_help = STAGE_AFTER_HELP)]
    #[command(override_usage = "\
lungstage stage T N M [OPTIONS]
       lungstage stage \"cT2aN1M0\" [OPTIONS]
       lungstage stage --input FILE|- [OPTIONS]
       lungstage stage --stage G | --extent E [OPTIONS]")]
    Stage(StageCli),
    /// Stage every row of a CSV read from standard input, to standard output
    #[command(after_help = BATCH_AFTER_HELP)]
    #[command(override_usage = "lungstage batch [OPTIONS] < in.csv > out.csv")]
    Batch(BatchCli),
}

/// The options `stage` and `batch` share.
#[derive(Args, Debug)]
struct DefaultsCli {
    /// TNM edition: 8, 9, 8th or 9th [default: 9, or the case's own]
    #[arg(long, value_name = "8|9", value_parser = edition)]
    edition: Option<Edition>,
    /// nsclc, sclc, carcinoid or mesothelioma [default: nsclc, or the case's own]
    #[arg(long, value_name = "H", value_parser = histology)]
    histology: Option<Histology>,
    /// The language of the text: en (default) or es; codes and JSON keys stay the same
    #[arg(long, value_name = "LANG", value_parser = lang)]
    lang: Option<&'static str>,
}

#[derive(Args, Debug)]
struct StageCli {
    /// T, N and M (T2a N1 M0; prefixes c, p, yp... kept), or one written form (cT2aN1M0)
    #[arg(value_name = "TNM")]
    tnm: Vec<String>,
    /// Read a JSON descriptor from FILE; `-` reads standard input
    #[arg(long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// A stage group as a report states it, instead of T, N and M: IIIA, IA, IV...
    #[arg(long, value_name = "G")]
    stage: Option<String>,
    /// Small cell: limited or extensive, as a report states it
    #[arg(long, value_name = "E")]
    extent: Option<String>,
    /// With --stage or --extent: c, clinical (default), or p, pathological
    #[arg(long, value_name = "c|p")]
    classification: Option<String>,
    /// Print the JSON report, pretty-printed (the same object as the widget's API);
    /// the same as --format json
    #[arg(long)]
    json: bool,
    /// text (default), json, or fhir: a FHIR R4 Bundle following HL7 mCODE (docs/fhir.md)
    #[arg(long, value_name = "F")]
    format: Option<StageFormat>,
    #[command(flatten)]
    defaults: DefaultsCli,
}

/// What `stage` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum StageFormat {
    // The page for people.
    #[default]
    Text,
    // The core's JSON report.
    Json,
    // A FHIR R4 Bundle following HL7 mCODE STU4.
    Fhir,
}

/// What `batch` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum BatchFormat {
    // Each input row with the stage columns added.
    #[default]
    Csv,
    // One FHIR R4 Bundle per line, an OperationOutcome for a row that failed.
    FhirNdjson,
    // Each input row with NAACCR registrar items added (docs/registrars.md).
    Naaccr,
}

#[derive(Args, Debug)]
struct BatchCli {
    #[command(flatten)]
    defaults: DefaultsCli,
    /// csv (default); fhir-ndjson: one FHIR R4 Bundle per row, one per line; or naaccr:
    /// CSV with NAACCR registrar items (docs/registrars.md)
    #[arg(long, value_name = "F")]
    format: Option<BatchFormat>,
    // Accepted only to refuse with a message that says what to do instead.
    #[arg(long, hide = true)]
    json: bool,
    #[arg(long, hide = true)]
    input: Option<PathBuf>,
    #[arg(hide = true)]
    extra: Vec<String>,
}

fn edition(text: &str) -> Result<Edition, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not an edition; use 8 or 9"))
}

fn lang(text: &str) -> Result<&'static str, String> {
    lungstage::messages::language_code(text).map_err(|e| e.to_string())
}

fn histology(text: &str) -> Result<Histology, String> {
    text.parse().map_err(|_| {
        format!("`{text}` is not a histology; use nsclc, sclc, carcinoid or mesothelioma")
    })
}

/// Edition and histology from the options; `None` leaves the case's own or the core's default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Defaults {
    pub edition: Option<Edition>,
    pub histology: Option<Histology>,
}

impl From<DefaultsCli> for Defaults {
    fn from(d: DefaultsCli) -> Defaults {
        Defaults {
            edition: d.edition,
            histology: d.histology,
        }
    }
}

/// Where `stage` reads its case from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StageSource {
    /// The positional arguments joined by spaces: `T2a N1 M0` or `cT2aN1M0`.
    Written(String),
    /// A descriptor file; `None` is standard input (`-`).
    Descriptor(Option<PathBuf>),
    /// A stage as a report states it: `--stage`, `--extent` and `--classification` as given,
    /// read by the core.
    Stated {
        stage: Option<String>,
        extent: Option<String>,
        classification: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageArgs {
    pub source: StageSource,
    pub defaults: Defaults,
    pub format: StageFormat,
    /// The language of the text (`lungstage::messages::LANGUAGES`): `en` unless `--lang`.
    pub lang: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchArgs {
    pub defaults: Defaults,
    pub format: BatchFormat,
    /// The language of the text columns: `en` unless `--lang`.
    pub lang: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Print this help text (`--help`, `-h`, `help [COMMAND]`).
    Help(String),
    /// Print this version line (`--version`, `-V`).
    Version(String),
    Stage(StageArgs),
    Batch(BatchArgs),
}

fn usage(message: impl Into<String>) -> CliError {
    CliError::Usage(message.into())
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
    let args: Vec<OsString> = args.into_iter().collect();
    let mut command = Cli::command().version(VERSION.as_str());
    let parsed = command
        .try_get_matches_from_mut(std::iter::once(OsString::from("lungstage")).chain(args.clone()))
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            return match e.kind() {
                ErrorKind::DisplayHelp => Ok(Command::Help(e.render().to_string())),
                ErrorKind::DisplayVersion => Ok(Command::Version(e.render().to_string())),
                _ => Err(usage(message(&e, &args))),
            };
        }
    };
    match cli.command {
        Sub::Stage(stage) => {
            let stated = stage.stage.is_some() || stage.extent.is_some();
            if stated && (stage.input.is_some() || !stage.tnm.is_empty()) {
                return Err(usage(
                    "give either --stage or --extent, or T, N and M (or --input), not both",
                ));
            }
            if stage.classification.is_some() && !stated {
                return Err(usage(
                    "--classification goes with --stage or --extent; T, N and M carry their own prefix (pT2a)",
                ));
            }
            let source = match (stage.input, stage.tnm.is_empty()) {
                _ if stated => StageSource::Stated {
                    stage: stage.stage,
                    extent: stage.extent,
                    classification: stage.classification,
                },
                (Some(_), false) => {
                    return Err(usage("give either categories or --input, not both"));
                }
                (Some(path), true) => {
                    StageSource::Descriptor((path.as_os_str() != "-").then_some(path))
                }
                (None, false) => StageSource::Written(stage.tnm.join(" ")),
                (None, true) => {
                    return Err(usage(
                        "stage needs T, N and M (e.g. T2a N1 M0), --input FILE, or --stage",
                    ));
                }
            };
            let format = match (stage.json, stage.format) {
                (false, format) => format.unwrap_or_default(),
                (true, None | Some(StageFormat::Json)) => StageFormat::Json,
                (true, Some(_)) => {
                    return Err(usage("--json is --format json; give one format"));
                }
            };
            Ok(Command::Stage(StageArgs {
                source,
                lang: stage.defaults.lang.unwrap_or("en"),
                defaults: stage.defaults.into(),
                format,
            }))
        }
        Sub::Batch(batch) => {
            if batch.json {
                return Err(usage("batch writes CSV; --json is for stage"));
            }
            if batch.input.is_some() {
                return Err(usage(
                    "batch reads standard input: lungstage batch < in.csv",
                ));
            }
            if let Some(extra) = batch.extra.first() {
                return Err(usage(format!(
                    "batch takes no arguments but options (got `{extra}`); it reads CSV from standard input"
                )));
            }
            Ok(Command::Batch(BatchArgs {
                lang: batch.defaults.lang.unwrap_or("en"),
                defaults: batch.defaults.into(),
                format: batch.format.unwrap_or_default(),
            }))
        }
    }
}

/// A string from clap's error context.
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        _ => None,
    }
}

/// `--edition <8|9>` as clap names it in errors, without its value name: `--edition`.
fn option_name(described: &str) -> &str {
    described.split([' ', '=']).next().unwrap_or(described)
}

/// One line for a clap error, naming the bad argument.
fn message(e: &clap::Error, args: &[OsString]) -> String {
    let arg =
        context(e, ContextKind::InvalidArg).or_else(|| context(e, ContextKind::InvalidSubcommand));
    let did_you_mean = context(e, ContextKind::SuggestedArg)
        .or_else(|| context(e, ContextKind::SuggestedSubcommand))
        .map(|s| format!("; did you mean {s}?"))
        .unwrap_or_default();
    match (e.kind(), arg.as_deref()) {
        (ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand, _) => {
            "no command given; use stage or batch".to_owned()
        }
        // clap reads a command name lossily; say which argument is not UTF-8 instead.
        (ErrorKind::InvalidUtf8 | ErrorKind::InvalidSubcommand, _)
            if args.iter().any(|a| a.to_str().is_none()) =>
        {
            let odd = args.iter().find(|a| a.to_str().is_none());
            format!(
                "argument {:?} is not valid UTF-8",
                odd.expect("found above")
            )
        }
        (ErrorKind::InvalidSubcommand, Some(sub)) if args.first().is_some_and(|a| a == "help") => {
            format!("no help on `{sub}`; try stage or batch")
        }
        (ErrorKind::InvalidSubcommand, Some(sub)) => {
            format!("unknown command `{sub}`; use stage or batch{did_you_mean}")
        }
        (ErrorKind::UnknownArgument, Some(arg)) if arg.starts_with('-') => {
            format!("unknown option {arg}{did_you_mean}")
        }
        (ErrorKind::InvalidValue, Some(arg))
            if context(e, ContextKind::InvalidValue).is_none_or(|v| v.is_empty()) =>
        {
            match option_name(arg) {
                "--input" => "--input needs a file name, or - for standard input".to_owned(),
                name @ "--edition" => format!("{name} needs a value (8 or 9)"),
                name @ "--stage" => format!("{name} needs a value, such as IIIA"),
                name @ "--extent" => format!("{name} needs a value (limited or extensive)"),
                name @ "--classification" => format!("{name} needs a value (c or p)"),
                name @ "--histology" => {
                    format!("{name} needs a value (nsclc, sclc, carcinoid or mesothelioma)")
                }
                name => format!("{name} needs a value"),
            }
        }
        (ErrorKind::ValueValidation, Some(arg)) => match std::error::Error::source(e) {
            Some(why) => format!("{}: {why}", option_name(arg)),
            None => first_line(e),
        },
        (ErrorKind::ArgumentConflict, Some(arg))
            if context(e, ContextKind::PriorArg).as_deref() == Some(arg) =>
        {
            format!("{} is given twice", option_name(arg))
        }
        _ => first_line(e),
    }
}

/// clap's own message, without its `error: ` prefix and the lines after the first.
fn first_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let line = text.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_owned()
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

    fn help(line: &str) -> String {
        match parse(line) {
            Ok(Command::Help(text)) => text,
            other => panic!("{line}: {other:?}"),
        }
    }

    #[test]
    fn the_clap_definition_is_consistent() {
        Cli::command().debug_assert();
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
        assert_eq!(a.format, StageFormat::Json);
        assert_eq!(
            stage("stage --format fhir T2a N1 M0").format,
            StageFormat::Fhir
        );
        assert_eq!(
            stage("stage --json --format json T2a N1 M0").format,
            StageFormat::Json
        );
        assert_eq!(stage("stage T2a N1 M0").format, StageFormat::Text);
        assert_eq!(stage("stage T2a N1 M0").lang, "en");
        assert_eq!(stage("stage --lang es T2a N1 M0").lang, "es");
        let refused = parse("stage --lang xx T2a N1 M0").unwrap_err().to_string();
        assert!(
            refused.contains("xx") && refused.contains("en, es"),
            "{refused}"
        );
        assert!(parse("stage --json --format fhir T2a N1 M0").is_err());
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
            stage("stage -- T2a N1 M0").source,
            StageSource::Written("T2a N1 M0".to_owned())
        );
        assert_eq!(
            stage("stage --edition 8 --stage IIIA --classification p").source,
            StageSource::Stated {
                stage: Some("IIIA".to_owned()),
                extent: None,
                classification: Some("p".to_owned())
            }
        );
        assert_eq!(
            stage("stage --histology sclc --extent limited --json").source,
            StageSource::Stated {
                stage: None,
                extent: Some("limited".to_owned()),
                classification: None
            }
        );
        assert_eq!(
            parse("batch --edition 8").unwrap(),
            Command::Batch(BatchArgs {
                defaults: Defaults {
                    edition: Some(Edition::Eighth),
                    histology: None
                },
                format: BatchFormat::Csv,
                lang: "en"
            })
        );
        assert!(
            matches!(parse("--version").unwrap(), Command::Version(v) if v.starts_with("lungstage "))
        );
    }

    #[test]
    fn each_subcommand_has_its_help() {
        let stage_help = help("stage --help");
        assert!(
            stage_help.contains("Usage: lungstage stage T N M"),
            "{stage_help}"
        );
        assert!(stage_help.contains("--input <FILE>") && stage_help.contains("--json"));
        assert_eq!(help("stage T2a -h"), stage_help);
        assert_eq!(help("stage --help T2a"), stage_help);
        assert_eq!(help("help stage"), stage_help);
        let batch_help = help("batch --help");
        assert!(
            batch_help.contains("Usage: lungstage batch"),
            "{batch_help}"
        );
        assert!(batch_help.contains("summary_stage") && !batch_help.contains("--json"));
        assert!(batch_help.contains("fhir-ndjson") && stage_help.contains("fhir"));
        assert_eq!(
            parse("batch --format fhir-ndjson").unwrap(),
            Command::Batch(BatchArgs {
                defaults: Defaults::default(),
                format: BatchFormat::FhirNdjson,
                lang: "en"
            })
        );
        assert!(batch_help.contains("naaccr"));
        assert_eq!(
            parse("batch --format naaccr").unwrap(),
            Command::Batch(BatchArgs {
                defaults: Defaults::default(),
                format: BatchFormat::Naaccr,
                lang: "en"
            })
        );
        assert_eq!(help("help batch"), batch_help);
        assert!(batch_help.contains("--lang") && stage_help.contains("--lang"));
        assert_eq!(
            parse("batch --lang es").unwrap(),
            Command::Batch(BatchArgs {
                defaults: Defaults::default(),
                format: BatchFormat::Csv,
                lang: "es"
            })
        );
        let general = help("--help");
        assert!(general.contains("stage") && general.contains("batch"));
        assert_eq!(help("help"), general);
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
        for args in [
            vec![OsString::from("stage"), odd.clone()],
            vec!["stage".into(), "--edition".into(), odd.clone()],
            vec!["batch".into(), odd.clone()],
            vec![odd.clone()],
        ] {
            assert!(
                matches!(parse_args(args.clone()), Err(CliError::Usage(m)) if m.contains("not valid UTF-8") && m.contains("case-")),
                "{args:?}: {:?}",
                parse_args(args.clone())
            );
        }
    }

    #[test]
    fn usage_errors() {
        for (line, expected) in [
            ("", "no command"),
            (
                "stag T2a",
                "unknown command `stag`; use stage or batch; did you mean stage?",
            ),
            ("help foo", "no help on `foo`"),
            ("stage", "needs T, N and M"),
            (
                "stage T2a N1 M0 --edition",
                "--edition needs a value (8 or 9)",
            ),
            (
                "stage T2a N1 M0 --edition 7",
                "--edition: `7` is not an edition",
            ),
            (
                "stage T2a N1 M0 --edition 8 --edition 9",
                "--edition is given twice",
            ),
            (
                "stage T2a N1 M0 --histology lung",
                "--histology: `lung` is not a histology",
            ),
            ("stage T2a N1 M0 --colour", "unknown option --colour"),
            (
                "stage T2a N1 M0 --editon 8",
                "unknown option --editon; did you mean --edition?",
            ),
            ("stage T2a --input x.json", "not both"),
            ("stage T2a N1 M0 --stage IIB", "not both"),
            ("stage --input x.json --extent limited", "not both"),
            ("stage T2a N1 M0 --classification p", "goes with --stage"),
            ("stage --stage", "--stage needs a value"),
            ("stage --input", "--input needs a file name"),
            ("batch --json", "--json is for stage"),
            ("batch --input x.csv", "batch reads standard input"),
            ("batch extra.csv", "takes no arguments"),
            ("--frobnicate", "unknown option --frobnicate"),
        ] {
            match parse(line) {
                Err(CliError::Usage(message)) => {
                    assert!(message.contains(expected), "{line}: {message}");
                    assert!(!message.contains('\n'), "{line}: {message}");
                }
                other => panic!("{line}: {other:?}"),
            }
        }
    }
}
