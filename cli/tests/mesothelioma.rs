//! Pleural mesothelioma through the CLI: each edition's table over a T/N/M CSV, and the
//! 9th-edition clinical T from CT thickness in a descriptor.

use std::process::Output;

use serde_json::Value;

mod common;

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The core's copy of a published grid (`t,n,m,stage`; `unknown` is no group).
fn grid(file: &str) -> String {
    let path = format!(
        "{}/../core/tests/fixtures/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Feeds the grid's t, n and m to `batch` and checks every row's stage against it.
fn check_batch(edition: &str, file: &str) {
    let text = grid(file);
    let input: String = text
        .lines()
        .map(|l| l.rsplit_once(',').map_or(l, |(tnm, _)| tnm))
        .map(|l| format!("{l}\n"))
        .collect();
    let out = common::run(
        &["batch", "--edition", edition, "--histology", "mesothelioma"],
        input,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let output = stdout(&out);
    let rows: Vec<&str> = output.lines().skip(1).collect();
    let expected: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(rows.len(), expected.len());
    for (row, want) in rows.iter().zip(&expected) {
        let fields: Vec<&str> = row.splitn(5, ',').collect();
        let (tnm, stage) = want.rsplit_once(',').unwrap();
        let stage = if stage == "unknown" { "" } else { stage };
        assert_eq!(fields[..3].join(","), tnm, "{row}");
        assert_eq!(fields[3], stage, "edition {edition}: {row}");
    }
}

#[test]
fn batch_gives_each_editions_groups() {
    check_batch("9", "meso9.csv");
    check_batch("8", "meso8.csv");
}

#[test]
fn batch_ninth_edition_examples() {
    let out = common::run(
        &["batch", "--edition", "9", "--histology", "mesothelioma"],
        "t,n,m\nT3,N0,M0\nT1,N2,M0\nT2,N0,M0\nT2,NX,M0\n",
    );
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows[1], "T3,N0,M0,IIIA,,unknown,");
    assert_eq!(rows[2], "T1,N2,M0,IIIA,,unknown,");
    assert_eq!(rows[3], "T2,N0,M0,II,,unknown,");
    assert!(
        rows[4].starts_with("T2,NX,M0,,\"regional lymph nodes were not assessed"),
        "{}",
        rows[4]
    );
}

fn stage_json(descriptor: &str) -> Value {
    let out = common::run(&["stage", "--json", "--input", "-"], descriptor);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn stage_reads_thickness_in_millimetres() {
    let cases = [
        (
            r#"{"pleural_thickness_sum_mm": 12, "fissure_thickness_max_mm": 5}"#,
            "T1",
            "I",
        ),
        (
            r#"{"pleural_thickness_sum_mm": 12, "fissure_thickness_max_mm": 5.1}"#,
            "T2",
            "II",
        ),
        (r#"{"pleural_thickness_sum_mm": 12.1}"#, "T2", "II"),
        (r#"{"pleural_thickness_sum_mm": 30.1}"#, "T3", "IIIA"),
        (r#"{"features": ["spine"]}"#, "T4", "IIIB"),
    ];
    for (tumor, t, stage) in cases {
        let json = stage_json(&format!(
            r#"{{"histology": "mesothelioma", "tumor": {tumor}, "nodes": {{"stations": []}}, "metastases": {{"sites": []}}}}"#
        ));
        assert_eq!(
            (json["t"].as_str(), json["stage"].as_str()),
            (Some(t), Some(stage)),
            "{tumor}"
        );
        assert_eq!(json["edition"], 9);
        assert_eq!(json["stage_source"], "meso9");
        assert_eq!(json["other_edition"]["edition"], 8, "{tumor}");
    }
    // Psum at most 12 mm without Fmax: no cT, and the answer says Fmax is needed.
    let descriptor = r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 9}, "nodes": {"stations": []}}"#;
    let json = stage_json(descriptor);
    assert_eq!(
        (json["t"].as_str(), json["stage"].as_str()),
        (Some("TX"), None)
    );
    assert_eq!(json["awaiting"], "fmax");
    let out = common::run(&["stage", "--input", "-"], descriptor);
    let text = stdout(&out);
    assert!(text.contains("Fmax, the thickest"), "{text}");
    // A thickness is refused for a lung tumour, and out of range, by name.
    for (descriptor, field) in [
        (
            r#"{"tumor": {"pleural_thickness_sum_mm": 9}}"#,
            "tumor.pleural_thickness_sum_mm",
        ),
        (
            r#"{"histology": "mesothelioma", "tumor": {"fissure_thickness_max_mm": -1}}"#,
            "tumor.fissure_thickness_max_mm",
        ),
        (r#"{"subtype": "sarcomatoid"}"#, "subtype"),
    ] {
        let out = common::run(&["stage", "--input", "-"], descriptor);
        assert_ne!(out.status.code(), Some(0), "{descriptor}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(field), "{descriptor}: {err}");
    }
}

#[test]
fn the_subtype_chooses_the_treatment_text() {
    let json = stage_json(
        r#"{"histology": "mesothelioma", "subtype": "sarcomatoid", "tumor": {"pleural_thickness_sum_mm": 8, "fissure_thickness_max_mm": 2}, "nodes": {"stations": []}}"#,
    );
    assert_eq!(json["stage"], "I");
    let text = json["treatment"]["text"].as_str().unwrap();
    assert!(text.starts_with("Sarcomatoid mesothelioma"), "{text}");
    assert_eq!(json["treatment"]["sources"][0], "kindler2018");
}

#[test]
fn pathological_cases_use_the_eighth_edition_table() {
    let json = stage_json(
        r#"{"histology": "mesothelioma", "tumor": {"category": "pT3"}, "nodes": {"category": "pN0"}, "metastases": {"category": "cM0"}}"#,
    );
    assert_eq!(
        (json["edition"].as_i64(), json["stage"].as_str()),
        (Some(8), Some("IB"))
    );
    assert_eq!(json["stage_source"], "meso8");
    let notes = json["notes"].as_array().unwrap();
    assert!(notes.iter().any(|n| {
        n["text"]
            .as_str()
            .unwrap()
            .contains("staged with the 8th-edition table")
    }));
}
