//! `lungstage stage`, run as a process: text and JSON output, descriptors, errors.

use std::process::Output;

use serde_json::Value;

mod common;

fn lungstage(args: &[&str], stdin: &str) -> Output {
    common::run(args, stdin.as_bytes())
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn json(args: &[&str], stdin: &str) -> Value {
    let out = lungstage(args, stdin);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn fixture(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

const FINDINGS: &str = r#"{"edition": 9, "tumor": {"size_cm": 3.4, "features": ["visceral_pleura"]},
    "nodes": {"tumor_side": "right", "stations": ["10R", "4R"]},
    "metastases": {"sites": [{"site": "brain", "lesions": 1}]}}"#;

#[test]
fn categories_give_the_stage_with_reasons_and_the_other_edition() {
    // The text page is the report in lines: its words are the core's (pinned once, in the
    // core's golden file), so they are taken here from the JSON report of the same case.
    let out = lungstage(&["stage", "T2a", "N1", "M0"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let report = json(&["stage", "--json", "T2a", "N1", "M0"], "");
    let str_at = |pointer: &str| {
        report
            .pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no {pointer} in the report"))
            .to_owned()
    };
    let short = |id: String| str_at(&format!("/sources/{id}/short"));
    // The stage group IIB of T2a N1 M0 in both editions' tables.
    assert!(text.starts_with("Stage IIB\n"), "{text}");
    let mut expected = vec![
        format!("TNM: {}", str_at("/tnm")),
        format!(
            "Table: {} [{}]",
            str_at("/stage_rule"),
            short(str_at("/stage_source"))
        ),
        format!("({})", str_at("/summary_stage_reason")),
        format!("8th edition: Stage IIB ({})", str_at("/other_edition/tnm")),
        str_at("/disclaimer"),
    ];
    for axis in ["t", "n", "m"] {
        let reasons = report["reasons"][axis].as_array().expect("reasons by axis");
        assert!(!reasons.is_empty(), "no {axis} reason");
        for r in reasons {
            let (category, words, source) = (
                r["category"].as_str().unwrap(),
                r["text"].as_str().unwrap(),
                r["source"].as_str().unwrap().to_owned(),
            );
            expected.push(format!("{category}: {words} [{}]", short(source)));
        }
    }
    // Lines are wrapped at 80 columns.
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in expected {
        assert!(
            flat(&text).contains(&flat(&part)),
            "missing {part:?} in\n{text}"
        );
    }
    assert!(!text.contains("Small cell extent"), "{text}");
    assert!(stderr(&out).is_empty());
}

#[test]
fn written_form_and_options_in_any_order_match_separate_categories() {
    let separate = lungstage(&["stage", "T1c", "N2a", "M0"], "");
    for args in [
        &["stage", "cT1cN2aM0"][..],
        &["stage", "--edition", "9", "T1c,N2a,M0"],
        &["stage", "t1c", "--edition=9th", "n2a", "m0"],
    ] {
        let out = lungstage(args, "");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.starts_with("Stage IIB\n"), "{args:?}: {text}");
        assert!(text.contains("8th edition: Stage IIIA"), "{args:?}: {text}");
        assert!(text.contains("splits N2 into N2a"), "{args:?}: {text}");
    }
    assert!(stdout(&separate).starts_with("Stage IIB\n"));
}

#[test]
fn json_is_the_core_report_of_the_same_case() {
    let cli = json(&["stage", "--json", "T2a", "N1", "M0"], "");
    let descriptor =
        r#"{"tumor":{"category":"T2a"},"nodes":{"category":"N1"},"metastases":{"category":"M0"}}"#;
    assert_eq!(cli, lungstage::stage_json(descriptor).unwrap());
    // The NAACCR registrar fields (docs/registrars.md) are part of the report.
    let items = cli["registry"]["naaccr"].as_array().unwrap();
    let value = |n: u64| {
        items
            .iter()
            .find(|i| i["item"] == n)
            .map(|i| i["value"].clone())
            .unwrap()
    };
    assert_eq!(value(1004), "2B");
    assert_eq!(value(1014), serde_json::Value::Null);
    assert_eq!(value(1060), "09");
    assert_eq!(value(764), "3");
    assert_eq!(value(1112), "0");
    for key in [
        "edition",
        "t",
        "n",
        "m",
        "stage",
        "stage_note",
        "summary_stage",
        "reasons",
        "other_edition",
    ] {
        assert!(cli.get(key).is_some(), "{key} missing from {cli}");
    }
    assert_eq!(cli["stage"], "IIB");
    assert_eq!(cli["stage_note"], Value::Null);
    assert_eq!(cli["other_edition"]["edition"], 8);
    assert!(cli.get("sclc_extent").is_none());

    let sclc = json(
        &["stage", "T4", "N3", "M1c", "--histology", "sclc", "--json"],
        "",
    );
    assert_eq!(sclc["sclc_extent"], "extensive");
    assert_eq!(sclc["summary_stage"], "distant");

    let occult = json(&["stage", "TX", "N0", "M0", "--json"], "");
    assert_eq!(occult["stage"], "occult");

    let undefined = json(&["stage", "T2a", "NX", "M0", "--json"], "");
    assert_eq!(undefined["stage"], Value::Null);
    assert!(
        undefined["stage_note"].as_str().unwrap().contains("NX"),
        "{undefined}"
    );
    // Pretty-printed, one object, ending with a newline.
    let out = lungstage(&["stage", "--json", "T1a", "N0", "M0"], "");
    assert!(stdout(&out).starts_with("{\n  \""));
    assert!(stdout(&out).ends_with("}\n"));
}

#[test]
fn undefined_stage_says_why_in_text() {
    let out = lungstage(&["stage", "T2a", "NX", "M0"], "");
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "Not defined by the staging tables: regional lymph nodes were not assessed (NX)"
        ),
        "{text}"
    );
    let out = lungstage(&["stage", "TX", "N0", "M0"], "");
    assert!(stdout(&out).starts_with("Occult carcinoma\n"));
}

#[test]
fn json_carries_the_classification() {
    let cases = [
        (
            vec!["stage", "--json", "pT2a", "pN1", "cM0"],
            "",
            ("pT2a pN1 cM0", "p", "p", "c", "p"),
        ),
        (
            vec!["stage", "--json", "cT2a", "pN1", "M0"],
            "",
            ("cT2a pN1 cM0", "c", "p", "c", "c"),
        ),
        (
            vec!["stage", "--json", "--input", "-"],
            r#"{"classification": "p", "tumor": {"category": "T2a"}, "nodes": {"category": "N1"}}"#,
            ("pT2a pN1 cM0", "p", "p", "c", "p"),
        ),
        (
            vec!["stage", "--json", "cT2a", "cN0", "pM1b"],
            "",
            ("cT2a cN0 pM1b", "c", "c", "p", "p"),
        ),
    ];
    for (args, stdin, (tnm, t, n, m, group)) in cases {
        let out = json(&args, stdin);
        let c = &out["classification"];
        assert_eq!(
            (&out["tnm"], &c["t"], &c["n"], &c["m"], &c["group"]),
            (
                &Value::from(tnm),
                &Value::from(t),
                &Value::from(n),
                &Value::from(m),
                &Value::from(group)
            ),
            "{args:?}"
        );
        assert_eq!(out["other_edition"]["classification"], *c, "{args:?}");
    }
    let out = lungstage(
        &["stage", "--input", "-"],
        r#"{"classification": "x", "tumor": {"category": "T2a"}}"#,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("classification"), "{}", stderr(&out));
}

#[test]
fn descriptor_from_a_file_and_from_stdin() {
    let path = fixture("findings.json");
    let from_file = json(&["stage", "--input", &path, "--json"], "");
    let from_stdin = json(&["stage", "--json", "--input", "-"], FINDINGS);
    assert_eq!(from_file, from_stdin);
    assert!(from_file.get("registry").is_some());
    assert_eq!(from_file, lungstage::stage_json(FINDINGS).unwrap());
    assert_eq!(from_file["stage"], "IVA");
    assert_eq!(from_file["n"], "N2a");
    assert_eq!(from_file["other_edition"]["n"], "N2");

    let out = lungstage(&["stage", "--input", &path], "");
    let text = stdout(&out);
    assert!(text.starts_with("Stage IVA\n"), "{text}");
    assert!(text.contains("T: T2a\n"), "{text}");
    assert!(text.contains("Survival (figures"), "{text}");
}

#[test]
fn options_fill_in_what_the_descriptor_leaves_out() {
    let descriptor = r#"{"tumor": {"size_cm": 2}, "nodes": {"stations": []}}"#;
    let eighth = json(
        &["stage", "--input", "-", "--edition", "8", "--json"],
        descriptor,
    );
    assert_eq!(eighth["edition"], 8);
    let own = json(
        &["stage", "--input", "-", "--edition", "8", "--json"],
        r#"{"edition": 9, "histology": "sclc", "tumor": {"size_cm": 2}, "nodes": {"stations": []}}"#,
    );
    assert_eq!(own["edition"], 9);
    let sclc = json(
        &["stage", "--input", "-", "--histology", "sclc", "--json"],
        descriptor,
    );
    assert_eq!(sclc["sclc_extent"], "limited");
}

#[test]
fn bad_tokens_exit_1_and_name_the_token() {
    for (args, token) in [
        (&["stage", "T5", "N1", "M0"][..], "`T5`"),
        (&["stage", "T2a", "N9", "M0"], "`N9"),
        (&["stage", "T2a", "N1", "M2"], "`M2`"),
        (&["stage", "T2a", "N1"], "no M category"),
        (&["stage", "T2a", "N1", "M0", "extra"], "extra"),
        (
            &["stage", "--histology", "mesothelioma", "T1a", "N0", "M0"],
            "`T1a`",
        ),
    ] {
        let out = lungstage(args, "");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let message = stderr(&out);
        assert!(message.starts_with("lungstage: "), "{message}");
        assert!(message.contains(token), "{args:?}: {message}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn pathology_reports_read_with_subgroups_and_descriptors() {
    let notes = |report: &Value| -> Vec<String> {
        report["notes"]
            .as_array()
            .map(|a| a.iter().map(|n| n["text"].to_string()).collect())
            .unwrap_or_default()
    };
    let ninth = json(&["stage", "--json", "pT2a", "pN2a1", "cM0", "G2"], "");
    assert_eq!(
        (&ninth["n"], &ninth["stage"]),
        (&"pN2a".into(), &"IIIA".into())
    );
    assert_eq!(ninth["ignored"], serde_json::json!(["G2"]));
    let listed = notes(&ninth);
    for token in ["pN2a1", "G2"] {
        assert!(
            listed.iter().any(|n| n.contains(token)),
            "{token}: {listed:?}"
        );
    }
    let eighth = json(
        &["stage", "--json", "--edition", "8", "pT2a pN2a1 cM0 G2"],
        "",
    );
    assert_eq!(eighth["n"], "pN2");
    assert!(eighth["sources"].get("asamura2015").is_some());
    let out = lungstage(&["stage", "pT2a(m)", "pN1b", "pM0", "R0"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for token in ["TNM: pT2a pN1 cM0", "pN1b", "(m)", "R0", "pM0"] {
        assert!(text.contains(token), "missing {token:?} in\n{text}");
    }
    // N1a is never split into N1 and an M nobody wrote.
    let out = lungstage(&["stage", "T1aN1aM0"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("`N1a`"), "{}", stderr(&out));
}

#[test]
fn ninth_edition_categories_with_the_eighth_are_read_as_their_parent() {
    // The 8th-edition table has N2 and M1c where the 9th has N2a/N2b and M1c1/M1c2: the
    // category entered is read as its parent, with a note naming both.
    for (args, n, m, stage) in [
        (
            &["stage", "--json", "T2a", "N2a", "M0", "--edition", "8"][..],
            "N2",
            "M0",
            "IIIA",
        ),
        (
            &["stage", "--json", "--edition", "8th", "cT2aN2bM0"],
            "N2",
            "M0",
            "IIIA",
        ),
        (
            &["stage", "--json", "T1a", "N0", "M1c2", "--edition", "8"],
            "N0",
            "M1c",
            "IVB",
        ),
    ] {
        let report = json(args, "");
        assert_eq!(
            (
                report["n"].as_str(),
                report["m"].as_str(),
                report["stage"].as_str()
            ),
            (Some(n), Some(m), Some(stage)),
            "{args:?}"
        );
        let notes = report["notes"].to_string();
        assert!(notes.contains("9th-edition"), "{args:?}: {notes}");
    }
}

#[test]
fn bad_descriptors_exit_1_with_the_field() {
    for (stdin, expected) in [
        ("", "standard input: not valid JSON"),
        ("{", "not valid JSON at line 1"),
        (r#"{"tumor": {"size_cm": -2}}"#, "tumor.size_cm"),
        (r#"{"tumour": {}}"#, "tumour"),
        (
            r#"{"nodes": {"category": "N3"}, "histology": "mesothelioma"}"#,
            "nodes.category",
        ),
        ("[1, 2]", "descriptor: must be a JSON object"),
    ] {
        let out = lungstage(&["stage", "--input", "-"], stdin);
        assert_eq!(out.status.code(), Some(1), "{stdin}");
        assert!(stderr(&out).contains(expected), "{stdin}: {}", stderr(&out));
    }
    let out = lungstage(&["stage", "--input", "/no/such/file.json"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cannot read /no/such/file.json"));
    let out = lungstage(&["stage", "--input", &fixture("not-utf8.bin")], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not UTF-8 text"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn usage_errors_exit_2_with_the_usage() {
    for (args, expected) in [
        (&[][..], "no command given"),
        (&["stag"], "unknown command `stag`"),
        (&["stage"], "needs T, N and M"),
        (
            &["stage", "T2a", "N1", "M0", "--edition", "7"],
            "`7` is not an edition",
        ),
        (
            &["stage", "T2a", "N1", "M0", "--edition"],
            "--edition needs a value",
        ),
        (
            &["stage", "T2a", "N1", "M0", "--histology", "lung"],
            "`lung` is not a histology",
        ),
        (
            &["stage", "T2a", "N1", "M0", "--colour"],
            "unknown option --colour",
        ),
        (&["stage", "T2a", "--input", "x.json"], "not both"),
        (&["stage", "--input"], "--input needs a file name"),
        (&["batch", "--json"], "--json is for stage"),
    ] {
        let out = lungstage(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let message = stderr(&out);
        assert!(message.contains(expected), "{args:?}: {message}");
        assert!(
            message.contains("Usage:\n  lungstage stage T N M"),
            "{message}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn help_and_version() {
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let out = lungstage(args, "");
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("stage T N M") && stdout(&out).contains("Exit status"));
    }
    for args in [
        &["stage", "--help"][..],
        &["help", "stage"],
        &["stage", "T2a", "-h"],
    ] {
        let out = lungstage(args, "");
        assert_eq!(out.status.code(), Some(0));
        assert!(
            stdout(&out).contains("Usage: lungstage stage T N M [OPTIONS]")
                && stdout(&out).contains("--input <FILE>"),
            "{args:?}"
        );
    }
    for args in [
        &["batch", "--help"][..],
        &["help", "batch"],
        &["batch", "-h"],
    ] {
        let out = lungstage(args, "");
        assert_eq!(out.status.code(), Some(0));
        assert!(
            stdout(&out).contains("Usage: lungstage batch [OPTIONS] < in.csv > out.csv")
                && stdout(&out).contains("summary_stage"),
            "{args:?}"
        );
    }
    let out = lungstage(&["--version"], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with(concat!("lungstage ", env!("CARGO_PKG_VERSION"))));
}

/// Nothing is staged from an unanswered question; groups from the AJCC 8th / IASLC 9th tables.
#[test]
fn unanswered_questions_never_pick_a_category() {
    let cases = [
        // Size only: the nodes were not answered.
        (r#"{"tumor": {"size_cm": 2.5}}"#, "T1c", "NX", "M0", None),
        (
            r#"{"tumor": {"size_cm": 2.5}, "metastases": {"sites": [{"site": "malignant_pleural_effusion"}]}}"#,
            "T1c",
            "NX",
            "M1a",
            Some("IVA"),
        ),
        (
            r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": []}, "metastases": {"sites": [{"site": "bone"}]}}"#,
            "T2a",
            "N0",
            "M1",
            Some("IV"),
        ),
        (
            r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": []}, "metastases": {"sites": [{"site": "bone", "lesions": "multiple"}]}}"#,
            "T2a",
            "N0",
            "M1c1",
            Some("IVB"),
        ),
        // Empty findings are not occult carcinoma; the finding is.
        (
            r#"{"tumor": {}, "nodes": {"stations": []}, "metastases": {"sites": []}}"#,
            "TX",
            "N0",
            "M0",
            None,
        ),
        (
            r#"{"tumor": {"occult": true}, "nodes": {"stations": []}}"#,
            "TX",
            "N0",
            "M0",
            Some("occult"),
        ),
        (
            r#"{"tumor": {"in_situ": "scis", "total_size_cm": 4}, "nodes": {"stations": []}}"#,
            "Tis",
            "N0",
            "M0",
            Some("0"),
        ),
        (
            r#"{"tumor": {"in_situ": "ais", "total_size_cm": 4}, "nodes": {"stations": []}}"#,
            "T1a",
            "N0",
            "M0",
            Some("IA1"),
        ),
    ];
    for (descriptor, t, n, m, stage) in cases {
        let report = json(&["stage", "--json", "--input", "-"], descriptor);
        assert_eq!(
            (
                report["t"].as_str(),
                report["n"].as_str(),
                report["m"].as_str(),
                report["stage"].as_str()
            ),
            (Some(t), Some(n), Some(m), stage),
            "{descriptor}"
        );
    }
    let size_only = json(
        &["stage", "--json", "--input", "-"],
        r#"{"tumor": {"size_cm": 2.5}}"#,
    );
    assert_eq!(size_only["awaiting"], "nodes");
    assert_eq!(size_only["m0_assumed"], true);
}

#[test]
fn a_stated_stage_says_so_and_what_depends_on_t_and_n() {
    // The words are the core's (golden/stated.txt); here, that they reach the page, and that
    // the options and a descriptor with `stage` give the same report.
    let report = json(
        &["stage", "--json", "--stage", "IIIA", "--edition", "9"],
        "",
    );
    assert_eq!(report["stated"], true);
    assert_eq!(report["tnm"], Value::Null);
    assert_eq!(report["treatment_withheld"], "depends_on_tnm");
    let from_descriptor = json(
        &["stage", "--json", "--input", "-"],
        r#"{"edition": 9, "histology": "nsclc", "classification": "c", "stage": "IIIA"}"#,
    );
    assert_eq!(report, from_descriptor);
    let out = lungstage(&["stage", "--stage", "IIIA", "--classification", "p"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "Stage IIIA, as stated (not worked out from T, N and M)\nPathological stage IIIA"
        ),
        "{text}"
    );
    let extent = json(
        &[
            "stage",
            "--json",
            "--histology",
            "sclc",
            "--extent",
            "limited",
        ],
        "",
    );
    assert_eq!(
        (extent["stage"].clone(), extent["sclc_extent"].clone()),
        (Value::Null, "limited".into())
    );
}

#[test]
fn a_stated_stage_that_cannot_be_read_names_its_option() {
    for (args, code, said) in [
        (&["stage", "--stage", "IIID"][..], 1, "--stage: `IIID`"),
        (
            &["stage", "--stage", "IA1", "--histology", "mesothelioma"],
            1,
            "9th-edition pleural mesothelioma table; use one of I, II, IIIA, IIIB, IV",
        ),
        (
            &[
                "stage",
                "--stage",
                "IA1",
                "--histology",
                "mesothelioma",
                "--edition",
                "8",
            ],
            1,
            "IA, IB, II, IIIA, IIIB, IV",
        ),
        (&["stage", "--extent", "limited"], 1, "--extent: "),
        (
            &["stage", "--stage", "IIIA", "--classification", "yp"],
            1,
            "--classification: ",
        ),
        (
            &["stage", "--stage", "IIIA", "--format", "fhir"],
            1,
            "needs T, N and M",
        ),
        (
            &["stage", "T2a", "N1", "M0", "--stage", "IIB"],
            2,
            "not both",
        ),
    ] {
        let out = lungstage(args, "");
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        assert!(stderr(&out).contains(said), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn lang_writes_the_text_in_spanish_and_keeps_the_codes() {
    let out = lungstage(&["stage", "T2a", "N1", "M0", "--lang", "es"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("IIB"), "{text}");
    assert!(text.contains("9.ª edición"), "{text}");
    assert!(
        text.contains("ingresada directamente como categoría"),
        "{text}"
    );
    let english = json(&["stage", "--json", "T2a", "N1", "M0"], "");
    let spanish = json(&["stage", "--json", "--lang", "es", "T2a", "N1", "M0"], "");
    assert_eq!(spanish["stage"], "IIB");
    assert_eq!(spanish["tnm"], english["tnm"]);
    assert_ne!(spanish["treatment"]["text"], english["treatment"]["text"]);
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&spanish), keys(&english));
    let stated = stdout(&lungstage(
        &["stage", "--stage", "IIIA", "--lang", "es"],
        "",
    ));
    assert!(stated.contains("depende de la categoría N"), "{stated}");

    let out = lungstage(&["stage", "T2a", "N1", "M0", "--lang", "xx"], "");
    assert_eq!(out.status.code(), Some(2));
    let refused = stderr(&out);
    assert!(
        refused.contains("xx") && refused.contains("en, es"),
        "{refused}"
    );
}
