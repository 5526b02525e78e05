//! `lungstage batch`, run as a process: every row in order, row errors, header errors.

use std::process::Output;

mod common;

fn batch(args: &[&str], stdin: impl Into<Vec<u8>>) -> Output {
    let all: Vec<&str> = std::iter::once("batch")
        .chain(args.iter().copied())
        .collect();
    common::run(&all, stdin)
}

fn lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn good_and_bad_rows_stay_in_order_and_fail_with_1() {
    let input = "\
id,t,n,m,note
1,T2a,N1,M0,\"a, quoted \"\"note\"\"\"
2,T5,N1,M0,bad t
3,cT1c,pN2a,cM0,
4,TX,N0,M0,occult
5,T2a,NX,M0,undefined
6,T4,N3,M1c,
7,,N0,M0,empty t
";
    let out = batch(&[], input);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        lines(&out),
        [
            "id,t,n,m,note,stage,stage_note,summary_stage,error",
            "1,T2a,N1,M0,\"a, quoted \"\"note\"\"\",IIB,,regional,",
            "2,T5,N1,M0,bad t,,,,t: `T5`: is not a known T category",
            "3,cT1c,pN2a,cM0,,IIB,,regional,",
            "4,TX,N0,M0,occult,occult,,unknown,",
            "5,T2a,NX,M0,undefined,,regional lymph nodes were not assessed (NX): without distant metastasis the 9th-edition table needs N0 to N3,unknown,",
            "6,T4,N3,M1c,,IVB,,distant,",
            "7,,N0,M0,empty t,,,,t is empty (write TX if the tumour was not assessed)",
        ]
    );
    assert_eq!(
        stderr(&out),
        "lungstage batch: 2 of 7 rows failed; see the error column\n"
    );
}

#[test]
fn all_good_rows_exit_0_and_header_only_is_fine() {
    let out = batch(&[], "T,N,M\nT1a,N0,M0\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        lines(&out),
        [
            "T,N,M,stage,stage_note,summary_stage,error",
            "T1a,N0,M0,IA1,,localized,"
        ]
    );
    assert!(out.stderr.is_empty());
    let out = batch(&[], "m,n,t\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out), ["m,n,t,stage,stage_note,summary_stage,error"]);
}

#[test]
fn per_row_edition_and_histology_override_the_options() {
    let input = "\
t,n,m,edition,histology
T1c,N2a,M0,,
T1c,N2a,M0,9,
T1c,N2a,M0,8,
T2,N1,M0,,mesothelioma
T2a,N1,M0,7,
T2a,N1,M0,,lung
T1a,N0,M0,9th,SCLC
";
    let out = batch(&["--edition", "8"], input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines(&out)[1..],
        [
            // T1c N2a M0: IIB in the 9th-edition table; the 8th reads N2a as N2, IIIA.
            "T1c,N2a,M0,,,IIIA,,regional,",
            "T1c,N2a,M0,9,,IIB,,regional,",
            "T1c,N2a,M0,8,,IIIA,,regional,",
            "T2,N1,M0,,mesothelioma,II,,unknown,",
            "T2a,N1,M0,7,,,,,edition: `7` is not an edition; use 8 or 9",
            "T2a,N1,M0,,lung,,,,\"histology: `lung` is not a histology; use nsclc, sclc, carcinoid or mesothelioma\"",
            "T1a,N0,M0,9th,SCLC,IA1,,localized,",
        ]
    );
    let out = batch(&[], "t,n,m\nT1c,N2a,M0\n");
    assert_eq!(lines(&out)[1], "T1c,N2a,M0,IIB,,regional,");
    let out = batch(
        &["--histology", "mesothelioma"],
        "t,n,m\nT1,N0,M0\nT1a,N0,M0\n",
    );
    // Mesothelioma follows the edition choice: the 9th by default, which has stage I.
    assert_eq!(lines(&out)[1], "T1,N0,M0,I,,unknown,");
    assert!(lines(&out)[2].ends_with("pleural mesothelioma uses TX, T0, T1, T2, T3 or T4\""));
}

#[test]
fn case_column_holds_a_descriptor() {
    let input = r#"id,case,t,n,m,edition
a,"{""tumor"":{""size_cm"":3.4},""nodes"":{""tumor_side"":""right"",""stations"":[""4R"",""2R""]}}",,,,
b,"{""tumor"":{""size_cm"":3.4},""nodes"":{""tumor_side"":""right"",""stations"":[""4R"",""2R""]}}",,,,8
c,"{""edition"":9,""nodes"":{""stations"":[]},""tumor"":{""size_cm"":2}}",,,,8
d,,T2a,N1,M0,
e,{},T2a,N1,M0,
f,,,,,
g,"{""tumor"":{""size_cm"":-1}}",,,,
h,"{",,,,
"#;
    let out = batch(&[], input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines(&out)[1..],
        [
            r#"a,"{""tumor"":{""size_cm"":3.4},""nodes"":{""tumor_side"":""right"",""stations"":[""4R"",""2R""]}}",,,,,IIIB,,regional,"#,
            r#"b,"{""tumor"":{""size_cm"":3.4},""nodes"":{""tumor_side"":""right"",""stations"":[""4R"",""2R""]}}",,,,8,IIIA,,regional,"#,
            r#"c,"{""edition"":9,""nodes"":{""stations"":[]},""tumor"":{""size_cm"":2}}",,,,8,IA2,,localized,"#,
            "d,,T2a,N1,M0,,IIB,,regional,",
            "e,{},T2a,N1,M0,,,,,\"give either t, n and m or a case descriptor, not both\"",
            "f,,,,,,,,,\"no case: give t, n and m, or a JSON descriptor in case\"",
            "g,\"{\"\"tumor\"\":{\"\"size_cm\"\":-1}}\",,,,,,,,\"case: tumor.size_cm: must be a size in centimetres above 0, not -1\"",
            "h,{,,,,,,,,\"case: not valid JSON at line 1, column 1: EOF while parsing an object\"",
        ]
    );
    let out = batch(&[], "case\n{}\n");
    assert_eq!(
        lines(&out),
        [
            "case,stage,stage_note,summary_stage,error",
            "{},,the primary tumour was not assessed (TX): the tables have no group for TX NX M0,unknown,",
        ]
    );
}

#[test]
fn header_errors_exit_2() {
    for (input, expected) in [
        (&b""[..], "no CSV on standard input"),
        (
            b"id,stage\n1,IIB\n",
            "needs columns t, n and m, or a case column",
        ),
        (b"t,n\nT1,N0\n", "some of t, n and m but not m"),
        (b"t,t,n,m\n", "more than one `t` column"),
    ] {
        let out = batch(&[], input);
        assert_eq!(out.status.code(), Some(2), "{input:?}");
        assert!(
            stderr(&out).contains(expected),
            "{input:?}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains("Usage:"));
        assert!(out.stdout.is_empty());
    }
    for args in [
        &["extra.csv"][..],
        &["--json"],
        &["--input", "x.csv"],
        &["--edition", "x"],
    ] {
        assert_eq!(batch(args, "t,n,m\n").status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn ragged_rows_are_row_errors_and_output_stays_rectangular() {
    let out = batch(&[], "t,n,m,x\nT1a,N0\nT1a,N0,M0,1,2\nT1b,N0,M0,3\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines(&out)[1..],
        [
            "T1a,N0,,,,,,row has 2 fields but the header has 4",
            "T1a,N0,M0,1,,,,row has 5 fields but the header has 4",
            "T1b,N0,M0,3,IA2,,localized,",
        ]
    );
}

#[test]
fn existing_output_column_names_still_get_ours() {
    let out = batch(&[], "t,n,m,stage,error\nT1a,N0,M0,old,old\n");
    assert_eq!(
        lines(&out),
        [
            "t,n,m,stage,error,stage,stage_note,summary_stage,error",
            "T1a,N0,M0,old,old,IA1,,localized,",
        ]
    );
}

#[test]
fn bytes_pass_through_and_bad_utf8_in_a_key_cell_is_a_row_error() {
    let input = b"\xef\xbb\xbfnote,t,n,m\r\n\xff\xfe,T1a,N0,M0\r\nok,\xff,N0,M0\r\n\"multi\nline\",T1a,N0,M0\r\n";
    let out = batch(&[], &input[..]);
    assert_eq!(out.status.code(), Some(1));
    let expected: &[u8] = b"note,t,n,m,stage,stage_note,summary_stage,error\n\
        \xff\xfe,T1a,N0,M0,IA1,,localized,\n\
        ok,\xff,N0,M0,,,,t: not valid UTF-8 (byte 0)\n\
        \"multi\nline\",T1a,N0,M0,IA1,,localized,\n";
    assert_eq!(
        out.stdout,
        expected,
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn huge_fields_and_many_rows_go_through() {
    let big = "x".repeat(4 << 20);
    let mut input = format!("t,n,m,blob\nT1a,N0,M0,{big}\n");
    for _ in 0..2000 {
        input.push_str("T2a,N1,M0,\n");
    }
    let out = batch(&[], input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut rows = text.lines();
    assert_eq!(
        rows.next(),
        Some("t,n,m,blob,stage,stage_note,summary_stage,error")
    );
    assert_eq!(
        rows.next().map(str::len),
        Some(big.len() + "T1a,N0,M0,,IA1,,localized,".len())
    );
    let rest: Vec<&str> = rows.collect();
    assert_eq!(rest.len(), 2000);
    assert!(rest.iter().all(|r| *r == "T2a,N1,M0,,IIB,,regional,"));
}

#[test]
fn naaccr_format_writes_registrar_items_by_classification() {
    let input = "\
id,t,n,m,case
1,T2a,N1,M0,
2,pT1c,pN2a,cM0,
3,T4,N3,M1b,
4,ypT1a,ypN0,cM0,
5,,,,\"{\"\"tumor\"\": {\"\"category\"\": \"\"T1a\"\"}, \"\"nodes\"\": {\"\"category\"\": \"\"N0\"\"}, \"\"metastases\"\": {\"\"sites\"\": [{\"\"site\"\": \"\"bone\"\"}]}}\"
6,T5,N1,M0,
";
    let out = batch(&["--format", "naaccr", "--edition", "9"], input);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 of 6 rows failed; see the error column"));
    let mut reader = csv::ReaderBuilder::new().from_reader(&out.stdout[..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let clin = at("1004 AJCC TNM Clin Stage Group");
    let path = at("1014 AJCC TNM Path Stage Group");
    let edition = at("1060 TNM Edition Number");
    let summary = at("764 Summary Stage 2018");
    let bone = at("1112 Mets at DX-Bone");
    let other = at("1117 Mets at DX-Other");
    let note = at("registry_note");
    let error = at("error");
    assert_eq!(header.len(), 5 + 26 + 2);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let pick = |r: &csv::StringRecord| {
        [clin, path, edition, summary, bone, other].map(|i| r[i].to_owned())
    };
    assert_eq!(pick(&rows[0]), ["2B", "", "09", "3", "0", "0"]);
    assert_eq!(pick(&rows[1]), ["", "2B", "09", "3", "0", "0"]);
    assert_eq!(pick(&rows[2]), ["4A", "", "09", "7", "9", "9"]);
    assert_eq!(pick(&rows[3]), ["", "", "09", "1", "0", "0"]);
    // A yp stage goes in the post-therapy item (9th edition: T1a N0 M0 is IA1).
    assert_eq!(
        &rows[3][at("1024 AJCC TNM Post Therapy Path (yp) Stage Group")],
        "1A1"
    );
    assert_eq!(&rows[3][note], "");
    assert_eq!(rows[4][bone], *"1");
    assert_eq!(rows[4][other], *"9");
    assert_eq!(pick(&rows[5]), ["", "", "", "", "", ""]);
    assert!(rows[5][error].contains("T5"));
    for r in &rows {
        assert_eq!(r.len(), header.len());
        assert_eq!(&r[at("1001 AJCC TNM Clin T")], "");
    }
}
