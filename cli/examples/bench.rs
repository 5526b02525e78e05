//! Throughput of the CLI's two paths, in release mode (not part of the tests):
//!
//! ```sh
//! cargo run --release -p lungstage-cli --example bench [rows]
//! ```
//!
//! (a) descriptor JSON to the JSON report text, over a mix of realistic
//! descriptors; (b) `lungstage batch` rows per second, in-process, over
//! generated CSV (categories, descriptors, and a share of bad rows). Each
//! figure is the median of several runs. Results: docs/benchmarks-cli.md.

use std::hint::black_box;
use std::io;
use std::time::Instant;

use lungstage_cli::{Defaults, batch};

const DESCRIPTORS: &[&str] = &[
    r#"{"tumor":{"category":"T2a"},"nodes":{"category":"N1"},"metastases":{"category":"M0"}}"#,
    r#"{"edition":8,"tumor":{"category":"cT1c"},"nodes":{"category":"cN2"},"metastases":{"category":"cM0"}}"#,
    r#"{"tumor":{"size_cm":3.4,"features":["visceral_pleura"]},"nodes":{"tumor_side":"right","stations":["10R","4R","7"]},"metastases":{"sites":[]}}"#,
    r#"{"tumor":{"size_cm":1.8},"nodes":{"stations":[]}}"#,
    r#"{"tumor":{"size_cm":6.2,"features":["chest_wall","separate_nodule_same_lobe"]},"nodes":{"tumor_side":"left","stations":["5","6","10L"]},"metastases":{"sites":[{"site":"bone","lesions":3},{"site":"liver"}]}}"#,
    r#"{"histology":"sclc","tumor":{"size_cm":4},"nodes":{"tumor_side":"left","stations":["4L","1R"]}}"#,
    r#"{"edition":8,"tumor":{"size_cm":2,"features":["azygos_vein"]},"nodes":{"stations":[]},"metastases":{"sites":[{"site":"brain"}]}}"#,
    r#"{"histology":"mesothelioma","tumor":{"features":["mediastinal_fat"]},"nodes":{"tumor_side":"right","stations":["4R"]}}"#,
];

const T: &[&str] = &["T1a", "T1b", "T1c", "T2a", "T2b", "T3", "T4", "TX", "Tis"];
const N: &[&str] = &["N0", "N1", "N2a", "N2b", "N3", "NX"];
const M: &[&str] = &["M0", "M0", "M0", "M1a", "M1b", "M1c1", "M1c2"];

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Cases per second for descriptor text to report text.
fn report_throughput(cases: usize) -> f64 {
    let start = Instant::now();
    for i in 0..cases {
        let descriptor = DESCRIPTORS[i % DESCRIPTORS.len()];
        let report = lungstage::stage_json(black_box(descriptor)).expect("valid descriptor");
        black_box(report.to_string());
    }
    cases as f64 / start.elapsed().as_secs_f64()
}

/// A CSV of `rows` rows: mostly categories, one in 8 a descriptor, about 1% bad.
fn generate_csv(rows: usize) -> Vec<u8> {
    let mut csv = String::from("id,t,n,m,case\n");
    for i in 0..rows {
        if i % 8 == 7 {
            let descriptor = DESCRIPTORS[(i / 8) % DESCRIPTORS.len()].replace('"', "\"\"");
            csv.push_str(&format!("{i},,,,\"{descriptor}\"\n"));
        } else if i % 100 == 99 {
            csv.push_str(&format!("{i},T5,N1,M0,\n"));
        } else {
            let (t, n, m) = (T[i % T.len()], N[(i / 3) % N.len()], M[(i / 7) % M.len()]);
            csv.push_str(&format!("{i},{t},{n},{m},\n"));
        }
    }
    csv.into_bytes()
}

/// Rows per second through the batch path, output discarded.
fn batch_throughput(csv: &[u8], rows: usize) -> f64 {
    let start = Instant::now();
    let counts = batch::run(csv, io::sink(), Defaults::default()).expect("batch runs");
    let elapsed = start.elapsed().as_secs_f64();
    assert_eq!(counts.rows as usize, rows);
    rows as f64 / elapsed
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    const RUNS: usize = 7;

    report_throughput(2_000); // warm-up
    let reports: Vec<f64> = (0..RUNS).map(|_| report_throughput(20_000)).collect();
    println!(
        "descriptor -> JSON report: median {:.0} cases/s ({:.1} µs/case) over {RUNS} runs of 20000 ({} descriptors)",
        median(reports.clone()),
        1e6 / median(reports),
        DESCRIPTORS.len()
    );

    let csv = generate_csv(rows);
    batch_throughput(&csv, rows); // warm-up
    let batches: Vec<f64> = (0..RUNS).map(|_| batch_throughput(&csv, rows)).collect();
    println!(
        "batch: median {:.0} rows/s over {RUNS} runs of {rows} rows ({:.1} MiB of CSV; 1 in 8 a descriptor, 1% bad)",
        median(batches),
        csv.len() as f64 / f64::from(1 << 20)
    );
}
