//! A stage stated without T, N and M, checked against the published grids
//! (`fixtures/*.csv`): the cases each stage covers, the other edition's groups and the IASLC
//! figure are what the grids give, never our own output. The words of the stated results are
//! pinned once, in `golden/stated.txt` (`UPDATE_GOLDEN=1 cargo test -p lungstage --test
//! stated` rewrites it after a deliberate change).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use lungstage::{
    Agreed, Edition, Entered, Extent, Histology, IASLC_SURVIVAL, M, N, Prefix, Scheme, StageGroup,
    StatedStage, T, assess_stated, stage_json, stated_depends, stated_groups, stated_summary_text,
};

type Cell = (String, String, String);

/// A grid's rows: (t, n, m) to its stage group (`None` for "unknown").
fn grid(file: &str) -> BTreeMap<Cell, Option<StageGroup>> {
    let path = format!("{}/tests/fixtures/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            let stage = match f[3] {
                "unknown" => None,
                "Occult carcinoma" => Some(StageGroup::Occult),
                g => Some(g.parse().unwrap()),
            };
            ((f[0].to_owned(), f[1].to_owned(), f[2].to_owned()), stage)
        })
        .collect()
}

/// The published groups a stated group stands for: itself, or the subgroups the AJCC names
/// under it (IA: IA1 to IA3; IV: IVA and IVB; a lung II: IIA and IIB).
fn published(stated: StageGroup, lung: bool) -> Vec<StageGroup> {
    use StageGroup::*;
    match stated {
        IA if lung => vec![IA1, IA2, IA3],
        IV if lung => vec![IVA, IVB],
        II if lung => vec![IIA, IIB],
        g => vec![g],
    }
}

fn stated(edition: Edition, histology: Histology, class: Prefix, g: StageGroup) -> StatedStage {
    StatedStage::new(edition, histology, class, Some(g), None).unwrap()
}

/// The cells of the stated stage that the grid lists (the grid has no categories without a
/// subcategory, such as T1 or M1).
fn covered(
    s: &lungstage::StatedAssessment,
    listed: &BTreeMap<Cell, Option<StageGroup>>,
) -> BTreeSet<Cell> {
    s.cells
        .iter()
        .map(|c| {
            let st = &c.assessment.staging;
            (
                st.t.category.category.to_string(),
                st.n.category.category.to_string(),
                st.m.category.category.to_string(),
            )
        })
        .filter(|cell| listed.contains_key(cell))
        .collect()
}

#[test]
fn every_stated_stage_covers_the_cells_its_grid_gives_it() {
    for (file, edition, histology) in [
        ("ajcc8_lung.csv", Edition::Eighth, Histology::Nsclc),
        ("ajcc9_lung.csv", Edition::Ninth, Histology::Nsclc),
        ("meso8.csv", Edition::Eighth, Histology::Mesothelioma),
        ("meso9.csv", Edition::Ninth, Histology::Mesothelioma),
    ] {
        let listed = grid(file);
        // Clinical: a pathological 9th-edition mesothelioma takes the 8th edition's table.
        let scheme = Scheme::for_case(edition, histology, false).0;
        for g in stated_groups(scheme) {
            let groups = published(g, scheme.is_lung());
            let want: BTreeSet<Cell> = listed
                .iter()
                .filter(|(_, stage)| stage.is_some_and(|s| groups.contains(&s)))
                .map(|(cell, _)| cell.clone())
                .collect();
            assert!(!want.is_empty(), "{file}: no row of {g}");
            let s = assess_stated(&stated(edition, histology, Prefix::C, g)).unwrap();
            assert_eq!(covered(&s, &listed), want, "{file} {g}");
        }
    }
    // 9th-edition IIB, by the published table: T1 N2a, T2 N1 and T3 N0.
    let listed = grid("ajcc9_lung.csv");
    let s = assess_stated(&stated(
        Edition::Ninth,
        Histology::Nsclc,
        Prefix::C,
        StageGroup::IIB,
    ))
    .unwrap();
    let cells = covered(&s, &listed);
    for (t, n) in [("T1c", "N2a"), ("T1mi", "N2a"), ("T2b", "N1"), ("T3", "N0")] {
        assert!(
            cells.contains(&(t.to_owned(), n.to_owned(), "M0".to_owned())),
            "{t} {n}"
        );
    }
    assert!(!cells.contains(&("T2a".to_owned(), "N2a".to_owned(), "M0".to_owned())));
}

/// The 8th-edition category a 9th-edition one is read as.
fn in_eighth(n: &str, m: &str) -> (String, String) {
    let n = match n {
        "N2a" | "N2b" => "N2",
        other => other,
    };
    let m = match m {
        "M1c1" | "M1c2" => "M1c",
        other => other,
    };
    (n.to_owned(), m.to_owned())
}

#[test]
fn the_other_editions_groups_are_those_of_the_other_grid() {
    let (eighth, ninth) = (grid("ajcc8_lung.csv"), grid("ajcc9_lung.csv"));
    let named = |g: StageGroup, stated: StageGroup| {
        if published(stated, true).contains(&g) {
            stated
        } else {
            g
        }
    };
    for g in stated_groups(Scheme::Lung9) {
        let groups = published(g, true);
        let mut want = BTreeSet::new();
        for ((t, n, m), stage) in &ninth {
            if stage.is_some_and(|s| groups.contains(&s)) {
                let (n8, m8) = in_eighth(n, m);
                let other = eighth[&(t.clone(), n8, m8)].unwrap();
                want.insert(named(other, g).code());
            }
        }
        let s = assess_stated(&stated(Edition::Ninth, Histology::Nsclc, Prefix::C, g)).unwrap();
        let got: BTreeSet<&str> = match s.other_edition.unwrap() {
            Agreed::Every(g) => [g.code()].into(),
            Agreed::Depends { values, .. } => values.iter().map(|g| g.code()).collect(),
        };
        assert_eq!(got, want, "9th {g}");
        // The IASLC figure is the 8th-edition group's, only where the stage is one of them.
        let iaslc = match &s.iaslc {
            Agreed::Every(Ok((h, _))) => Some(*h),
            Agreed::Every(Err(_)) | Agreed::Depends { .. } => None,
        };
        let one = (want.len() == 1)
            .then(|| {
                want.iter()
                    .next()
                    .and_then(|c| c.parse::<StageGroup>().ok())
            })
            .flatten()
            .filter(|h| IASLC_SURVIVAL.iter().any(|(f, _)| f == h));
        // A parent group's other-edition group is the parent, which has no figure of its own.
        assert_eq!(
            iaslc,
            one.filter(|h| published(*h, true) == [*h]),
            "9th {g}"
        );
    }
    // The 8th edition's N2 is N2a or N2b in the 9th: both of its rows count.
    for g in stated_groups(Scheme::Lung8) {
        let groups = published(g, true);
        let mut want = BTreeSet::new();
        for ((t, n, m), stage) in &eighth {
            if !stage.is_some_and(|s| groups.contains(&s)) {
                continue;
            }
            let ns: &[&str] = if n == "N2" {
                &["N2a", "N2b"]
            } else {
                &[n.as_str()]
            };
            let ms: &[&str] = if m == "M1c" {
                &["M1c1", "M1c2"]
            } else {
                &[m.as_str()]
            };
            for n9 in ns {
                for m9 in ms {
                    let other = ninth[&(t.clone(), (*n9).to_owned(), (*m9).to_owned())].unwrap();
                    want.insert(named(other, g).code());
                }
            }
        }
        let s = assess_stated(&stated(Edition::Eighth, Histology::Nsclc, Prefix::C, g)).unwrap();
        let got: BTreeSet<&str> = match s.other_edition.unwrap() {
            Agreed::Every(g) => [g.code()].into(),
            Agreed::Depends { values, .. } => values.iter().map(|g| g.code()).collect(),
        };
        assert_eq!(got, want, "8th {g}");
    }
}

#[test]
fn a_stage_answer_never_contradicts_a_case_of_that_stage() {
    // What a stated stage shows as agreed is what every case of it, entered as T, N and M,
    // gets from the core's report.
    for (edition, histology) in [
        (Edition::Ninth, Histology::Nsclc),
        (Edition::Eighth, Histology::Nsclc),
        (Edition::Ninth, Histology::Sclc),
        (Edition::Eighth, Histology::Mesothelioma),
        (Edition::Ninth, Histology::Mesothelioma),
    ] {
        for class in [Prefix::C, Prefix::P] {
            let scheme = Scheme::for_case(edition, histology, class.is_pathological()).0;
            for g in stated_groups(scheme) {
                let s = assess_stated(&stated(edition, histology, class, g)).unwrap();
                let out = lungstage::stated_report(&s);
                for cell in &s.cells {
                    let case = lungstage::report(&cell.case, &cell.assessment);
                    let key = format!("{:?} {class} {g} {}", scheme, cell.assessment.staging.tnm());
                    if out["treatment_withheld"].is_null() {
                        assert_eq!(out["treatment"], case["treatment"], "{key}");
                        assert_eq!(out["treatment_notes"], case["treatment_notes"], "{key}");
                    }
                    for figure in ["seer", "iaslc"] {
                        if !out["survival"][figure].is_null() {
                            assert_eq!(out["survival"][figure], case["survival"][figure], "{key}");
                        }
                    }
                    if let Some(e) = out["sclc_extent"].as_str() {
                        assert_eq!(case["sclc_extent"], e, "{key}");
                    }
                    let other = &case["other_edition"];
                    if let Some(o) = out["other_edition"]["stage"].as_str() {
                        let stage = other["stage"].as_str().unwrap();
                        assert!(
                            stage == o
                                || published(o.parse().unwrap(), scheme.is_lung())
                                    .iter()
                                    .any(|p| p.code() == stage),
                            "{key}: {o} and {stage}"
                        );
                    }
                }
            }
        }
    }
}

/// The stated stages whose words are pinned.
const STATED: &[&str] = &[
    r#"{"stage": "IIIA"}"#,
    r#"{"stage": "IIIA", "classification": "p"}"#,
    r#"{"stage": "IIB"}"#,
    r#"{"stage": "IIIB"}"#,
    r#"{"edition": 8, "stage": "IIIA"}"#,
    r#"{"stage": "IA"}"#,
    r#"{"stage": "IV"}"#,
    r#"{"histology": "sclc", "extent": "limited"}"#,
    r#"{"histology": "sclc", "extent": "extensive", "classification": "p"}"#,
    r#"{"histology": "mesothelioma", "stage": "IIIA"}"#,
    r#"{"histology": "carcinoid", "edition": 8, "stage": "IB"}"#,
];

/// Descriptors a stated stage refuses, with what the error says.
const REFUSED: &[&str] = &[
    r#"{"stage": "IIID"}"#,
    r#"{"histology": "mesothelioma", "stage": "IA1"}"#,
    r#"{"stage": "IIIA", "tumor": {"size_cm": 2}}"#,
    r#"{"extent": "limited"}"#,
    r#"{"histology": "sclc", "extent": "undetermined"}"#,
    r#"{"histology": "sclc", "stage": "IIIA", "extent": "extensive"}"#,
    r#"{"stage": "IIIA", "classification": "yp"}"#,
    r#"{"stage": 3}"#,
    r#"{"stage": null}"#,
];

fn render() -> String {
    let mut out = String::new();
    for json in STATED {
        let Entered::Stage(st) = Entered::from_json(json).unwrap() else {
            panic!("{json}")
        };
        let s = assess_stated(&st).unwrap_or_else(|e| panic!("{json}: {e}"));
        writeln!(out, "## {json}").unwrap();
        writeln!(out, "{} | {}", s.title(), s.stage_label()).unwrap();
        let groups: Vec<&str> = s.groups.iter().map(|g| g.code()).collect();
        writeln!(out, "covers {}: {} cells", groups.join(" "), s.cells.len()).unwrap();
        for (_, line) in stated_depends(&s) {
            writeln!(out, "depends: {line}").unwrap();
        }
        let report = stage_json(json).unwrap();
        writeln!(
            out,
            "treatment {} | seer {} | iaslc {}",
            report["treatment"]["text"].as_str().map_or_else(
                || report["treatment_withheld"].to_string(),
                |t| t.chars().take(40).collect::<String>()
            ),
            report["survival"]["seer"]["five_year_relative_survival"]["label"]
                .as_str()
                .map_or_else(
                    || report["survival"]["seer_withheld"].to_string(),
                    str::to_owned
                ),
            report["survival"]["iaslc"]["five_year_overall_survival"]["label"]
                .as_str()
                .map_or_else(
                    || report["survival"]["iaslc_withheld"].to_string(),
                    str::to_owned
                ),
        )
        .unwrap();
        writeln!(
            out,
            "--- summary\n{}\n",
            stated_summary_text(&s, "2026-12-01")
        )
        .unwrap();
    }
    writeln!(out, "## refused").unwrap();
    for json in REFUSED {
        let e = Entered::from_json(json).unwrap_err();
        writeln!(out, "{json}\n  {e}").unwrap();
    }
    out
}

#[test]
fn the_words_of_stated_stages_read_as_the_golden_file() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/stated.txt");
    let got = render();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    let (mut w, mut g) = (want.lines(), got.lines());
    for line in 1.. {
        match (w.next(), g.next()) {
            (None, None) => break,
            (a, b) => assert_eq!(
                a, b,
                "line {line} of {path} differs; if the change is meant, run \
                 UPDATE_GOLDEN=1 cargo test -p lungstage --test stated and review the diff"
            ),
        }
    }
}

#[test]
fn small_cell_extent_alone_covers_its_groups() {
    for (extent, first, last) in [
        (Extent::Limited, StageGroup::Occult, StageGroup::IIIC),
        (Extent::Extensive, StageGroup::IV, StageGroup::IVB),
    ] {
        let st = StatedStage::new(
            Edition::Ninth,
            Histology::Sclc,
            Prefix::C,
            None,
            Some(extent),
        )
        .unwrap();
        let s = assess_stated(&st).unwrap();
        assert_eq!(
            (s.groups.first(), s.groups.last()),
            (Some(&first), Some(&last))
        );
        assert!(s.cells.iter().all(|c| {
            let m = c.assessment.staging.m.category.category;
            (m == M::M0) == (extent == Extent::Limited)
        }));
        assert_eq!(s.extent, Some(Agreed::Every(extent)));
        assert!(s.other_edition.is_none());
    }
    // Unused categories keep the imports honest.
    let _ = (T::T1a, N::N0);
}
