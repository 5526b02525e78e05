//! `lungstage batch`: stages every row of a CSV, streaming in constant memory.
//!
//! Each output row is the input row (padded or cut to the header's width)
//! followed by `stage`, `stage_note`, `summary_stage` and `error`. A row that
//! cannot be staged gets its message in `error` and the rest go on.
//!
//! `--format fhir-ndjson` writes one FHIR Bundle per row instead, one per line, and an
//! `OperationOutcome` line for a row that cannot be staged, so line i is always row i.
//!
//! `--format naaccr` writes the input row followed by the NAACCR registrar items (columns
//! named by item number and name), `registry_note` and `error` (`docs/registrars.md`).

use std::io::{Read, Write};
use std::str::FromStr;

use csv::{ByteRecord, ReaderBuilder, WriterBuilder};
use lungstage::export::{fhir, naaccr};
use lungstage::{
    Agreed, Case, Classified, Edition, Entered, Histology, M, N, StatedAssessment, T, Tnm,
    assess_stated, stage,
};
use serde_json::json;

use crate::{CliError, Defaults, cases};

/// The columns appended to every row, in order.
pub const ADDED_COLUMNS: [&str; 4] = ["stage", "stage_note", "summary_stage", "error"];

/// How many data rows were read and how many of them failed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub rows: u64,
    pub failed: u64,
}

/// Where the columns we read are in the header.
#[derive(Debug, Default)]
struct Columns {
    tnm: Option<[usize; 3]>,
    case: Option<usize>,
    edition: Option<usize>,
    histology: Option<usize>,
}

impl Columns {
    fn find(header: &ByteRecord) -> Result<Columns, CliError> {
        let position = |name: &str| -> Result<Option<usize>, CliError> {
            let mut found = header
                .iter()
                .enumerate()
                .filter(|(_, cell)| cell.trim_ascii().eq_ignore_ascii_case(name.as_bytes()))
                .map(|(i, _)| i);
            let first = found.next();
            if found.next().is_some() {
                return Err(CliError::Usage(format!(
                    "the CSV header has more than one `{name}` column"
                )));
            }
            Ok(first)
        };
        let (t, n, m) = (position("t")?, position("n")?, position("m")?);
        let tnm = match (t, n, m) {
            (Some(t), Some(n), Some(m)) => Some([t, n, m]),
            (None, None, None) => None,
            _some => {
                let missing: Vec<&str> = [("t", t), ("n", n), ("m", m)]
                    .into_iter()
                    .filter(|(_, at)| at.is_none())
                    .map(|(name, _)| name)
                    .collect();
                return Err(CliError::Usage(format!(
                    "the CSV header has some of t, n and m but not {}",
                    missing.join(" or ")
                )));
            }
        };
        let columns = Columns {
            tnm,
            case: position("case")?,
            edition: position("edition")?,
            histology: position("histology")?,
        };
        if columns.tnm.is_none() && columns.case.is_none() {
            return Err(CliError::Usage(
                "the CSV header needs columns t, n and m, or a case column with a JSON descriptor"
                    .to_owned(),
            ));
        }
        Ok(columns)
    }
}

/// What one staged row adds.
struct Staged {
    stage: &'static str,
    stage_note: String,
    summary_stage: &'static str,
}

fn cell<'a>(row: &'a ByteRecord, at: Option<usize>, name: &str) -> Result<&'a str, String> {
    let Some(bytes) = at.and_then(|i| row.get(i)) else {
        return Ok("");
    };
    std::str::from_utf8(bytes)
        .map(str::trim)
        .map_err(|e| format!("{name}: not valid UTF-8 (byte {})", e.valid_up_to()))
}

fn category<C>(text: &str, name: &str, hint: &str) -> Result<Classified<C>, String>
where
    Classified<C>: FromStr<Err = lungstage::Error>,
{
    if text.is_empty() {
        return Err(format!("{name} is empty ({hint})"));
    }
    text.parse().map_err(|e| format!("{name}: {e}"))
}

/// What a row adds: its case's stage, or for a stated stage (a `case` descriptor with
/// `stage` or `extent`) the stage as stated.
fn staged_row(row: &ByteRecord, columns: &Columns, flags: Defaults) -> Result<Staged, String> {
    match entered_of_row(row, columns, flags)? {
        Entered::Case(case) => stage(&case).map(staged).map_err(|e| e.to_string()),
        Entered::Stage(stated) => assess_stated(&stated)
            .map(|s| stated_staged(&s))
            .map_err(|e| format!("case: {e}")),
    }
}

/// The case of a row, for the records that need T, N and M (a stated stage has none).
fn case_of_row(row: &ByteRecord, columns: &Columns, flags: Defaults) -> Result<Case, String> {
    entered_of_row(row, columns, flags)?
        .into_case()
        .map_err(|e| format!("case: {e}"))
}

fn entered_of_row(row: &ByteRecord, columns: &Columns, flags: Defaults) -> Result<Entered, String> {
    let edition = cell(row, columns.edition, "edition")?;
    let histology = cell(row, columns.histology, "histology")?;
    let defaults = Defaults {
        edition: match edition {
            "" => flags.edition,
            text => Some(Edition::from_str(text).map_err(|e| e.to_string())?),
        },
        histology: match histology {
            "" => flags.histology,
            text => Some(Histology::from_str(text).map_err(|e| e.to_string())?),
        },
    };
    let descriptor = cell(row, columns.case, "case")?;
    let [t, n, m] = match columns.tnm {
        Some([t, n, m]) => [
            cell(row, Some(t), "t")?,
            cell(row, Some(n), "n")?,
            cell(row, Some(m), "m")?,
        ],
        None => ["", "", ""],
    };
    let written = [t, n, m].iter().any(|c| !c.is_empty());
    let case = if descriptor.is_empty() {
        if columns.case.is_some() && !written {
            return Err("no case: give t, n and m, or a JSON descriptor in case".to_owned());
        }
        let tnm = Tnm {
            t: category::<T>(t, "t", "write TX if the tumour was not assessed")?,
            n: category::<N>(n, "n", "write NX if the nodes were not assessed")?,
            m: category::<M>(m, "m", "write M0 if there is no distant metastasis")?,
        };
        Entered::Case(cases::from_tnm(tnm, defaults).map_err(|e| e.to_string())?)
    } else if written {
        return Err("give either t, n and m or a case descriptor, not both".to_owned());
    } else {
        cases::entered_from_descriptor(descriptor, defaults).map_err(|e| format!("case: {e}"))?
    };
    Ok(case)
}

/// The CSV on `input`, read one row at a time: its header, the columns found in it, and
/// the row just read. Every output format reads its input this way.
struct Rows<R> {
    reader: csv::Reader<R>,
    header: ByteRecord,
    columns: Columns,
    row: ByteRecord,
}

impl<R: Read> Rows<R> {
    /// Reads the header; a missing or unusable one is a usage error.
    fn open(input: R) -> Result<Rows<R>, CliError> {
        let mut reader = ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(input);
        let mut header = ByteRecord::new();
        if !reader.read_byte_record(&mut header).map_err(read_error)? {
            return Err(CliError::Usage(
                "no CSV on standard input (expected a header with t, n and m, or case)".to_owned(),
            ));
        }
        let columns = Columns::find(&header)?;
        Ok(Rows {
            reader,
            header,
            columns,
            row: ByteRecord::new(),
        })
    }

    /// Reads the next row; `false` at the end of the input.
    fn next(&mut self) -> Result<bool, CliError> {
        self.reader
            .read_byte_record(&mut self.row)
            .map_err(read_error)
    }

    /// The row's case, if the row has as many fields as the header.
    fn case(&self, flags: Defaults) -> Result<Case, String> {
        self.check()?;
        case_of_row(&self.row, &self.columns, flags)
    }

    /// What the row adds, if the row has as many fields as the header.
    fn staged(&self, flags: Defaults) -> Result<Staged, String> {
        self.check()?;
        staged_row(&self.row, &self.columns, flags)
    }

    fn check(&self) -> Result<(), String> {
        let width = self.header.len();
        match self.row.len() {
            n if n == width => Ok(()),
            n => Err(format!("row has {n} fields but the header has {width}")),
        }
    }

    /// Starts `out` with the row's own fields, as many as the header has.
    fn copy_into(&self, out: &mut ByteRecord) {
        out.clear();
        for i in 0..self.header.len() {
            out.push_field(self.row.get(i).unwrap_or(b""));
        }
    }
}

/// A stated stage's row: the group as stated (empty for an extent alone), and the summary
/// stage where every case of the stage agrees.
fn stated_staged(s: &StatedAssessment) -> Staged {
    Staged {
        stage: s.stated.group.map_or("", |g| g.code()),
        stage_note: format!("{}, as stated (not worked out from T, N and M)", s.title()),
        summary_stage: match &s.summary {
            Agreed::Every(summary) => summary.code(),
            Agreed::Depends { .. } => "",
        },
    }
}

fn staged(staging: lungstage::Staging) -> Staged {
    Staged {
        stage: staging.stage().map_or("", |g| g.code()),
        stage_note: if staging.stage().is_some() {
            String::new()
        } else {
            staging.grouping.rule.to_string()
        },
        summary_stage: staging.summary.stage.code(),
    }
}

/// Stages the CSV on `input` to `output`, one row at a time.
///
/// Fails only for a missing or unusable header (a usage error) and for I/O
/// errors; a row that cannot be staged is counted in [`Counts::failed`].
///
/// ```
/// use lungstage_cli::{batch, Defaults};
///
/// let input = "id,t,n,m\n1,T2a,N1,M0\n2,T5,N1,M0\n";
/// let mut output = Vec::new();
/// let counts = batch::run(input.as_bytes(), &mut output, Defaults::default()).unwrap();
/// assert_eq!((counts.rows, counts.failed), (2, 1));
/// let text = String::from_utf8(output).unwrap();
/// assert!(text.starts_with("id,t,n,m,stage,stage_note,summary_stage,error\n1,T2a,N1,M0,IIB,,regional,\n2,"));
/// ```
pub fn run<R: Read, W: Write>(input: R, output: W, flags: Defaults) -> Result<Counts, CliError> {
    let mut rows = Rows::open(input)?;
    let mut writer = WriterBuilder::new().flexible(true).from_writer(output);
    let mut header = rows.header.clone();
    header.extend(ADDED_COLUMNS.iter().map(|c| c.as_bytes()));
    writer.write_byte_record(&header).map_err(write_error)?;

    let mut counts = Counts::default();
    let mut out = ByteRecord::new();
    while rows.next()? {
        counts.rows += 1;
        let result = rows.staged(flags);
        rows.copy_into(&mut out);
        match result {
            Ok(staged) => {
                out.push_field(staged.stage.as_bytes());
                out.push_field(staged.stage_note.as_bytes());
                out.push_field(staged.summary_stage.as_bytes());
                out.push_field(b"");
            }
            Err(message) => {
                counts.failed += 1;
                out.extend([&b""[..], b"", b"", message.as_bytes()]);
            }
        }
        writer.write_byte_record(&out).map_err(write_error)?;
    }
    writer.flush()?;
    Ok(counts)
}

/// Stages the CSV on `input` to `output` as FHIR NDJSON: one line per data row.
///
/// ```
/// use lungstage_cli::{batch, Defaults};
///
/// let input = "id,t,n,m\n1,T2a,N1,M0\n2,T5,N1,M0\n";
/// let mut output = Vec::new();
/// let counts = batch::run_fhir(input.as_bytes(), &mut output, Defaults::default()).unwrap();
/// assert_eq!((counts.rows, counts.failed), (2, 1));
/// let text = String::from_utf8(output).unwrap();
/// let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
/// assert_eq!(lines[0]["resourceType"], "Bundle");
/// assert_eq!(lines[1]["resourceType"], "OperationOutcome");
/// ```
pub fn run_fhir<R: Read, W: Write>(
    input: R,
    mut output: W,
    flags: Defaults,
) -> Result<Counts, CliError> {
    let mut rows = Rows::open(input)?;
    let mut counts = Counts::default();
    while rows.next()? {
        counts.rows += 1;
        let result = rows
            .case(flags)
            .and_then(|case| stage(&case).map_err(|e| e.to_string()));
        let line = match result {
            Ok(staging) => fhir::bundle(&staging),
            Err(message) => {
                counts.failed += 1;
                json!({
                    "resourceType": "OperationOutcome",
                    "issue": [{
                        "severity": "error",
                        "code": "invalid",
                        "diagnostics": format!("row {}: {message}", counts.rows),
                    }],
                })
            }
        };
        serde_json::to_writer(&mut output, &line).map_err(|e| CliError::Io(e.into()))?;
        output.write_all(b"\n")?;
    }
    output.flush()?;
    Ok(counts)
}

/// Stages the CSV on `input` to `output` with NAACCR registrar items: every input column,
/// then one column per [`naaccr::ITEMS`] entry, `registry_note` and `error`.
///
/// ```
/// use lungstage_cli::{batch, Defaults};
///
/// let input = "id,t,n,m\n1,T2a,N1,M0\n2,T5,N1,M0\n";
/// let mut output = Vec::new();
/// let counts = batch::run_naaccr(input.as_bytes(), &mut output, Defaults::default()).unwrap();
/// assert_eq!((counts.rows, counts.failed), (2, 1));
/// let text = String::from_utf8(output).unwrap();
/// assert!(text.starts_with("id,t,n,m,3800 Schema ID,995 AJCC ID,1001 AJCC TNM Clin T,"));
/// ```
pub fn run_naaccr<R: Read, W: Write>(
    input: R,
    output: W,
    flags: Defaults,
) -> Result<Counts, CliError> {
    let mut rows = Rows::open(input)?;
    let mut writer = WriterBuilder::new().flexible(true).from_writer(output);
    let mut header = rows.header.clone();
    for item in naaccr::ITEMS {
        header.push_field(item.column().as_bytes());
    }
    header.push_field(b"registry_note");
    header.push_field(b"error");
    writer.write_byte_record(&header).map_err(write_error)?;

    let mut counts = Counts::default();
    let mut out = ByteRecord::new();
    while rows.next()? {
        counts.rows += 1;
        let result = rows.case(flags).and_then(|case| {
            let staging = stage(&case).map_err(|e| e.to_string())?;
            Ok(naaccr::registry(&case, &staging))
        });
        rows.copy_into(&mut out);
        match result {
            Ok(registry) => {
                for value in registry.values {
                    out.push_field(value.as_bytes());
                }
                out.push_field(registry.notes.join(" ").as_bytes());
                out.push_field(b"");
            }
            Err(message) => {
                counts.failed += 1;
                for _ in 0..=naaccr::ITEMS.len() {
                    out.push_field(b"");
                }
                out.push_field(message.as_bytes());
            }
        }
        writer.write_byte_record(&out).map_err(write_error)?;
    }
    writer.flush()?;
    Ok(counts)
}

fn read_error(e: csv::Error) -> CliError {
    let line = e.position().map(|p| format!(" (line {})", p.line()));
    match e.into_kind() {
        csv::ErrorKind::Io(e) => CliError::Input(format!(
            "cannot read the CSV{}: {e}",
            line.unwrap_or_default()
        )),
        other => CliError::Input(format!(
            "cannot read the CSV{}: {other:?}",
            line.unwrap_or_default()
        )),
    }
}

fn write_error(e: csv::Error) -> CliError {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => CliError::Io(e),
        other => CliError::Input(format!("cannot write the CSV: {other:?}")),
    }
}
