//! The one place the exact words of reasons, rules and notes are pinned: a set of cases and
//! what the core says about each, in `golden/reasons.txt`. The widget's browser tests and the
//! e2e tests check which reason is shown, by category and test id, never its words.
//!
//! After a deliberate change of wording, `UPDATE_GOLDEN=1 cargo test -p lungstage --test
//! reasons` rewrites the file; its diff is the review of the new words.

use std::fmt::Write;

use lungstage::{Case, Derived, Reason, all_notes, assess};

/// The cases of the widget's browser and e2e tests, by what they show.
const CASES: &[(&str, &str)] = &[
    (
        "size only, nodes checked",
        r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": []}}"#,
    ),
    (
        "3.4 cm, stations 4R and 2R on the right",
        r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": ["4R", "2R"], "tumor_side": "right"}}"#,
    ),
    (
        "3.4 cm, stations 4R and 2R on the right, 8th edition",
        r#"{"edition": 8, "tumor": {"size_cm": 3.4}, "nodes": {"stations": ["4R", "2R"], "tumor_side": "right"}}"#,
    ),
    (
        "1.5 cm, no nodes, no spread",
        r#"{"tumor": {"size_cm": 1.5}, "nodes": {"stations": []}, "metastases": {"sites": []}}"#,
    ),
    (
        "nodes not assessed",
        r#"{"tumor": {"size_cm": 2}, "nodes": {"category": "NX"}}"#,
    ),
    (
        "nothing about the tumour",
        r#"{"nodes": {"stations": []}, "metastases": {"sites": []}}"#,
    ),
    (
        "categories the tables do not group",
        r#"{"tumor": {"category": "T2"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
    ),
    (
        "small cell, 4 cm, station 4L on the left, one liver metastasis",
        r#"{"histology": "sclc", "tumor": {"size_cm": 4}, "nodes": {"stations": ["4L"], "tumor_side": "left"}, "metastases": {"sites": [{"site": "liver", "lesions": 1}]}}"#,
    ),
    (
        "mesothelioma into the mediastinal fat, station 7, 8th edition",
        r#"{"edition": 8, "histology": "mesothelioma", "tumor": {"features": ["mediastinal_fat"]}, "nodes": {"stations": ["7"]}}"#,
    ),
    (
        "mesothelioma into the mediastinal fat, no thickness",
        r#"{"histology": "mesothelioma", "tumor": {"features": ["mediastinal_fat"]}, "nodes": {"stations": ["7"]}}"#,
    ),
    (
        "mesothelioma, Psum 18 mm, station 7",
        r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 18}, "nodes": {"stations": ["7"]}}"#,
    ),
    (
        "mesothelioma, Psum 31 mm, no nodes",
        r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 31}, "nodes": {"stations": []}}"#,
    ),
    (
        "mesothelioma, Psum 8 mm and Fmax 6 mm, no nodes",
        r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 8, "fissure_thickness_max_mm": 6}, "nodes": {"stations": []}}"#,
    ),
    (
        "mesothelioma, Psum 12 mm and Fmax 5 mm, no nodes",
        r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 12, "fissure_thickness_max_mm": 5}, "nodes": {"stations": []}}"#,
    ),
    (
        "mesothelioma, Psum 12 mm, Fmax not given",
        r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 12}, "nodes": {"stations": []}}"#,
    ),
    (
        "mesothelioma, Psum 10 mm with a single chest-wall focus",
        r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 10, "features": ["chest_wall_soft_tissue"]}, "nodes": {"stations": []}}"#,
    ),
    (
        "mesothelioma, Psum 25 mm with mediastinal fat and an 8th-edition descriptor",
        r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 25, "features": ["mediastinal_fat", "lung_parenchyma"]}, "nodes": {"stations": []}}"#,
    ),
    (
        "mesothelioma invading a rib, no thickness",
        r#"{"histology": "mesothelioma", "tumor": {"features": ["rib"]}, "nodes": {"category": "NX"}}"#,
    ),
    (
        "mesothelioma T3 NX, 9th edition",
        r#"{"histology": "mesothelioma", "tumor": {"category": "T3"}, "nodes": {"category": "NX"}, "metastases": {"category": "M0"}}"#,
    ),
    (
        "mesothelioma T1 NX, 9th edition",
        r#"{"histology": "mesothelioma", "tumor": {"category": "T1"}, "nodes": {"category": "NX"}, "metastases": {"category": "M0"}}"#,
    ),
    (
        "mesothelioma TX N1, 9th edition",
        r#"{"histology": "mesothelioma", "tumor": {"category": "TX"}, "nodes": {"category": "N1"}, "metastases": {"category": "M1"}}"#,
    ),
    (
        "pathological mesothelioma pT3 pN0, asked for in the 9th edition",
        r#"{"histology": "mesothelioma", "tumor": {"category": "pT3"}, "nodes": {"category": "pN0"}}"#,
    ),
    (
        "mesothelioma, Psum 18 mm and a rib, 8th edition",
        r#"{"edition": 8, "histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 18, "features": ["rib"]}, "nodes": {"stations": []}}"#,
    ),
    (
        "one brain metastasis",
        r#"{"tumor": {"size_cm": 2.5}, "nodes": {"stations": []}, "metastases": {"sites": [{"site": "brain", "lesions": 1}]}}"#,
    ),
    (
        "a bone site, lesions not counted",
        r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": []}, "metastases": {"sites": [{"site": "bone"}]}}"#,
    ),
    (
        "azygos vein, 8th edition",
        r#"{"edition": 8, "tumor": {"size_cm": 2, "features": ["azygos_vein"]}, "nodes": {"stations": []}}"#,
    ),
];

fn axis<C: Copy + std::fmt::Display>(out: &mut String, letter: &str, d: &Derived<C>) {
    writeln!(out, "{letter} {}", d.category).unwrap();
    for Reason {
        category,
        text,
        source,
        decisive,
    } in &d.reasons
    {
        let mark = if *decisive { "decides" } else { "also" };
        writeln!(
            out,
            "  {mark} {category}: {text} ({})",
            source.source().short
        )
        .unwrap();
    }
}

fn render() -> String {
    let mut out = String::new();
    for (name, json) in CASES {
        let case = Case::from_json(json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let s = assess(&case)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .staging;
        writeln!(out, "## {name}\n{json}").unwrap();
        axis(&mut out, "T", &s.t);
        axis(&mut out, "N", &s.n);
        axis(&mut out, "M", &s.m);
        let group = s.stage().map_or("none".to_owned(), |g| g.to_string());
        let rule = &s.grouping;
        writeln!(
            out,
            "group {group}: {} ({})",
            rule.rule,
            rule.source.source().short
        )
        .unwrap();
        writeln!(
            out,
            "summary {}: {}",
            s.summary.stage.name(),
            s.summary.reason
        )
        .unwrap();
        for note in all_notes(&s) {
            writeln!(out, "note: {} ({})", note.text, note.source.source().short).unwrap();
        }
        out.push('\n');
    }
    out
}

#[test]
fn reasons_rules_and_notes_read_as_the_golden_file() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/reasons.txt");
    let got = render();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        got == want,
        "the words differ from {path}; if the change is meant, run \
         UPDATE_GOLDEN=1 cargo test -p lungstage --test reasons and review the diff\n{}",
        first_difference(&want, &got)
    );
}

fn first_difference(want: &str, got: &str) -> String {
    let (mut w, mut g) = (want.lines(), got.lines());
    for line in 1.. {
        match (w.next(), g.next()) {
            (None, None) => break,
            (a, b) if a != b => return format!("line {line}:\n  file: {a:?}\n  now:  {b:?}"),
            _ => {}
        }
    }
    String::new()
}
