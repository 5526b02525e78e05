//! Never a panic, whatever the input: random bytes and mangled CSV, JSON and
//! arguments, in-process and as a process, and a reader that goes away.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::thread;

mod common;

/// xorshift64*: deterministic, so a failure names a seed that reproduces it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let len = self.below(max + 1);
        (0..len).map(|_| self.next() as u8).collect()
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Pieces that are almost right, right, or plainly wrong.
const TOKENS: &[&str] = &[
    "T2a",
    "cT1c",
    "pT4",
    "TX",
    "Tis",
    "T1mi",
    "T5",
    "N1",
    "N2a",
    "pN2b",
    "NX",
    "N9",
    "M0",
    "M1c1",
    "M1c2",
    "M1",
    "M2",
    "ypT0",
    "",
    " ",
    ",",
    "\"",
    "\"\"",
    "\n",
    "\r\n",
    "{",
    "}",
    "\u{feff}",
    "é",
    "8",
    "9",
    "7",
    "sclc",
    "mesothelioma",
    "x",
];
const HEADERS: &[&str] = &[
    "t,n,m",
    "t,n,m,edition,histology",
    "id,case",
    "case,t,n,m,edition",
    "T,N,M,stage,error",
    "t,n",
    "",
];
const JSON_PIECES: &[&str] = &[
    r#"{"tumor":{"size_cm":3.4,"features":["visceral_pleura","azygos_vein"]}}"#,
    r#"{"nodes":{"tumor_side":"left","stations":["4R","5","10L","1R"]}}"#,
    r#"{"metastases":{"sites":[{"site":"bone","lesions":4},{"site":"liver"}]}}"#,
    r#"{"edition":8,"histology":"mesothelioma","tumor":{"features":["spine"]}}"#,
    r#"{"tumor":{"size_cm":1e308}}"#,
    r#"{"tumor":{"size_cm":-0.0,"in_situ":true,"minimally_invasive":true}}"#,
    r#"{"metastases":{"sites":[{"site":"brain","lesions":4294967296}]}}"#,
    r#"{"nodes":{"category":"N2a","tumor_side":"right"}}"#,
    r#"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["#,
    "null",
    "\"\"",
];

fn csv_input(rng: &mut Rng) -> Vec<u8> {
    let mut text = rng.pick(HEADERS).to_owned();
    text.push('\n');
    for _ in 0..rng.below(8) {
        for field in 0..rng.below(7) {
            if field > 0 {
                text.push(',');
            }
            match rng.below(4) {
                0 => {
                    text.push('"');
                    text.push_str(&rng.pick(JSON_PIECES).replace('"', "\"\""));
                    text.push('"');
                }
                _ => text.push_str(rng.pick(TOKENS)),
            }
        }
        text.push('\n');
    }
    let mut bytes = text.into_bytes();
    // Flip a few bytes now and then.
    for _ in 0..rng.below(3) {
        if !bytes.is_empty() {
            let at = rng.below(bytes.len());
            bytes[at] = rng.next() as u8;
        }
    }
    bytes
}

fn json_input(rng: &mut Rng) -> Vec<u8> {
    let mut bytes = rng.pick(JSON_PIECES).as_bytes().to_vec();
    for _ in 0..rng.below(4) {
        if !bytes.is_empty() {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => bytes[at] = rng.next() as u8,
                1 => {
                    bytes.remove(at);
                }
                _ => bytes
                    .splice(at..at, rng.pick(TOKENS).bytes())
                    .for_each(drop),
            }
        }
    }
    bytes
}

fn args(rng: &mut Rng) -> Vec<OsString> {
    const WORDS: &[&str] = &[
        "stage",
        "batch",
        "help",
        "--edition",
        "--edition=8",
        "--histology",
        "--json",
        "--input",
        "-",
        "--",
        "-h",
        "--version",
        "8th",
        "sclc",
        "T2aN1M0",
        "cT1c N2a M0",
    ];
    (0..rng.below(6))
        .map(|_| {
            if rng.below(2) == 0 {
                rng.pick(WORDS).into()
            } else {
                rng.pick(TOKENS).into()
            }
        })
        .collect()
}

fn run_in_process(args: Vec<OsString>, stdin: &[u8]) -> u8 {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let code = catch_unwind(AssertUnwindSafe(|| {
        lungstage_cli::run(args.clone(), stdin, &mut stdout, &mut stderr)
    }))
    .unwrap_or_else(|_| panic!("panicked on {args:?} with stdin {stdin:?}"));
    assert!(code <= 2, "{args:?}: exit {code}");
    code
}

#[test]
fn random_input_in_process_never_panics() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut codes = [0usize; 3];
    for _ in 0..3000 {
        let code = match rng.below(5) {
            0 => run_in_process(vec!["batch".into()], &rng.bytes(300)),
            1 => run_in_process(vec!["batch".into()], &csv_input(&mut rng)),
            2 => run_in_process(
                vec!["stage".into(), "--input".into(), "-".into()],
                &rng.bytes(200),
            ),
            3 => run_in_process(
                vec![
                    "stage".into(),
                    "--json".into(),
                    "--input".into(),
                    "-".into(),
                ],
                &json_input(&mut rng),
            ),
            _ => run_in_process(args(&mut rng), &csv_input(&mut rng)),
        };
        codes[usize::from(code)] += 1;
    }
    // The generators reach every outcome, so the test exercises more than errors.
    assert!(codes.iter().all(|&c| c > 0), "{codes:?}");
}

#[test]
fn random_input_as_a_process_exits_0_1_or_2() {
    let dir = env!("CARGO_TARGET_TMPDIR");
    let mut rng = Rng(0x5eed_5678_ef01_0002);
    for i in 0..120 {
        let (args, stdin): (Vec<OsString>, Vec<u8>) = match i % 4 {
            0 => (vec!["batch".into()], rng.bytes(2000)),
            1 => (
                vec!["batch".into(), "--edition".into(), "8".into()],
                csv_input(&mut rng),
            ),
            2 => {
                let path = format!("{dir}/fuzz-descriptor-{i}.json");
                std::fs::write(&path, json_input(&mut rng)).expect("write descriptor");
                (
                    vec!["stage".into(), "--input".into(), path.into()],
                    Vec::new(),
                )
            }
            _ => (args(&mut rng), rng.bytes(100)),
        };
        let out = common::run(&args, stdin.clone());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(0..=2)) && !stderr.contains("panicked"),
            "{args:?} with stdin {stdin:?}: {:?} {stderr}",
            out.status
        );
    }
}

/// Starts `lungstage args` on `stdin` with the read end of its stdout already
/// closed, so its first write fails with a broken pipe; returns the exit code and stderr.
fn with_closed_stdout(args: &[&str], stdin: Vec<u8>) -> (Option<i32>, String) {
    let mut child = common::spawn(args);
    drop(child.stdout.take());
    let mut input = child.stdin.take().expect("stdin");
    let writer = thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    let status = child.wait().expect("wait");
    writer.join().expect("writer");
    (status.code(), stderr)
}

#[test]
fn a_closed_stdout_ends_quietly() {
    for args in [
        &["stage", "T2a", "N1", "M0"][..],
        &["stage", "--json", "T2a", "N1", "M0"],
        &["--help"],
    ] {
        assert_eq!(
            with_closed_stdout(args, Vec::new()),
            (Some(0), String::new()),
            "{args:?}"
        );
    }
    let mut csv = b"t,n,m\n".to_vec();
    for _ in 0..20_000 {
        csv.extend_from_slice(b"T2a,N1,M0\nT5,N1,M0\n");
    }
    assert_eq!(
        with_closed_stdout(&["batch"], csv),
        (Some(0), String::new())
    );
}
