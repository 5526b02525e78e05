//! Every cell of the reference stage grids (8th lung, 9th lung, 8th and 9th mesothelioma).

use lungstage::{M, N, Rule, Scheme, StageGroup, T, group};

/// Parses a grid's stage column: a group, "Occult carcinoma", or "unknown".
fn expected_stage(label: &str) -> Option<StageGroup> {
    match label {
        "unknown" => None,
        "Occult carcinoma" => Some(StageGroup::Occult),
        other => Some(
            other
                .parse()
                .unwrap_or_else(|e| panic!("fixture stage {other}: {e}")),
        ),
    }
}

/// Checks every row of `file` against `scheme`; returns the number of cells.
fn check_grid(file: &str, scheme: Scheme) -> usize {
    let path = format!("{}/tests/fixtures/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("t,n,m,stage"), "{file} header");
    let mut cells = 0;
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split(',').collect();
        let [t, n, m, stage] = fields[..] else {
            panic!("{file}: malformed row {line}");
        };
        let (t, n, m): (T, N, M) = (t.parse().unwrap(), n.parse().unwrap(), m.parse().unwrap());
        let grouping = group(scheme, t, n, m).unwrap_or_else(|e| panic!("{file} {line}: {e}"));
        assert_eq!(
            grouping.group,
            expected_stage(stage),
            "{file}: {line} ({})",
            grouping.rule
        );
        // The provenance agrees with the result: a cell or row for a group, a reason without.
        assert_eq!(
            matches!(grouping.rule, Rule::NoGroup(_)),
            grouping.group.is_none(),
            "{file}: {line}: {:?}",
            grouping.rule
        );
        cells += 1;
    }
    cells
}

#[test]
fn ajcc_8th_lung_grid() {
    assert_eq!(check_grid("ajcc8_lung.csv", Scheme::Lung8), 220);
}

#[test]
fn ajcc_9th_lung_grid() {
    assert_eq!(check_grid("ajcc9_lung.csv", Scheme::Lung9), 330);
}

#[test]
fn mesothelioma_8th_grid() {
    assert_eq!(check_grid("meso8.csv", Scheme::Mesothelioma8), 48);
}

/// UICC TNM 9 via the NHS England NDRS sheet, with VistA agreeing cell for cell
/// (../shared/reference/meso9.csv, copied as it is).
#[test]
fn mesothelioma_9th_grid() {
    assert_eq!(check_grid("meso9.csv", Scheme::Mesothelioma9), 48);
}

/// The annotated grids carry the same stages as the plain ones.
#[test]
fn annotated_grids_agree_with_plain_grids() {
    for (plain, annotated) in [
        ("ajcc8_lung.csv", "ajcc8_lung_annotated.csv"),
        ("ajcc9_lung.csv", "ajcc9_lung_annotated.csv"),
        ("meso8.csv", "meso8_annotated.csv"),
    ] {
        let read = |f: &str| {
            std::fs::read_to_string(format!("{}/tests/fixtures/{f}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
        };
        let plain_rows: Vec<String> = read(plain).lines().skip(1).map(str::to_owned).collect();
        let annotated_text = read(annotated);
        let annotated_rows: Vec<String> = annotated_text
            .lines()
            .skip(1)
            .map(|l| l.splitn(5, ',').take(4).collect::<Vec<_>>().join(","))
            .collect();
        assert_eq!(plain_rows, annotated_rows, "{annotated}");
    }
}
