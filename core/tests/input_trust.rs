//! Nothing is staged from a question nobody answered, and findings mean what AJCC says they mean.
//!
//! Expected groups come from the published tables (AJCC 8th; IASLC 9th, Rami-Porta 2024 and
//! Fong 2024), never from our own output.

use lungstage::{Case, Edition, M, N, StageGroup, T, assess, case_from_link};

struct Expect {
    json: &'static str,
    t: T,
    n: N,
    m: M,
    group: Option<StageGroup>,
}

fn check(cases: &[Expect], edition: Edition) {
    let mut wrong = Vec::new();
    for e in cases {
        let mut case = Case::from_json(e.json).unwrap_or_else(|err| panic!("{}: {err}", e.json));
        case.edition = edition;
        let s = assess(&case).unwrap().staging;
        let got = (
            s.t.category.category,
            s.n.category.category,
            s.m.category.category,
            s.stage(),
        );
        if got != (e.t, e.n, e.m, e.group) {
            wrong.push(format!("{}: got {got:?}", e.json));
        }
    }
    assert!(wrong.is_empty(), "{edition:?}: {wrong:#?}");
}

const fn x(json: &'static str, t: T, n: N, m: M, group: Option<StageGroup>) -> Expect {
    Expect {
        json,
        t,
        n,
        m,
        group,
    }
}

#[test]
fn unanswered_questions_give_no_group() {
    use StageGroup::*;
    let ninth = [
        // Size only: the nodes were not answered, so there is no group.
        x(r#"{"tumor": {"size_cm": 2.5}}"#, T::T1c, N::Nx, M::M0, None),
        // ...unless every N gives the same group: M1a is IVA with any N.
        x(
            r#"{"tumor": {"size_cm": 2.5}, "metastases": {"sites": [{"site": "malignant_pleural_effusion"}]}}"#,
            T::T1c,
            N::Nx,
            M::M1a,
            Some(IVA),
        ),
        // A site outside the chest with the count not given: M1, stage IV without A or B.
        x(
            r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": []}, "metastases": {"sites": [{"site": "bone"}]}}"#,
            T::T2a,
            N::N0,
            M::M1,
            Some(IV),
        ),
        x(
            r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": []}, "metastases": {"sites": [{"site": "bone", "lesions": "multiple"}]}}"#,
            T::T2a,
            N::N0,
            M::M1c1,
            Some(IVB),
        ),
        x(
            r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": []}, "metastases": {"sites": [{"site": "bone", "lesions": 1}]}}"#,
            T::T2a,
            N::N0,
            M::M1b,
            Some(IVA),
        ),
        // Two organ systems are M1c2 whatever the counts.
        x(
            r#"{"metastases": {"sites": [{"site": "bone"}, {"site": "liver"}]}}"#,
            T::Tx,
            N::Nx,
            M::M1c2,
            Some(IVB),
        ),
        // Two different organs not in the list are two organ systems.
        x(
            r#"{"metastases": {"sites": [{"site": "other", "lesions": 1}, {"site": "other", "lesions": 1}]}}"#,
            T::Tx,
            N::Nx,
            M::M1c2,
            Some(IVB),
        ),
        // Empty findings are not occult carcinoma.
        x(
            r#"{"tumor": {}, "nodes": {"stations": []}}"#,
            T::Tx,
            N::N0,
            M::M0,
            None,
        ),
        x(r#"{"nodes": {"stations": []}}"#, T::Tx, N::N0, M::M0, None),
        // Occult carcinoma, as a finding or as the category triple, is what the table says.
        x(
            r#"{"tumor": {"occult": true}, "nodes": {"stations": []}}"#,
            T::Tx,
            N::N0,
            M::M0,
            Some(Occult),
        ),
        x(
            r#"{"tumor": {"category": "TX"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
            T::Tx,
            N::N0,
            M::M0,
            Some(Occult),
        ),
    ];
    check(&ninth, Edition::Ninth);
    let eighth = [x(
        r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": []}, "metastases": {"sites": [{"site": "bone", "lesions": "multiple"}]}}"#,
        T::T2a,
        N::N0,
        M::M1c,
        Some(IVB),
    )];
    check(&eighth, Edition::Eighth);
}

#[test]
fn in_situ_minimally_invasive_and_ground_glass() {
    use StageGroup::*;
    let n0 = r#""nodes": {"stations": []}, "metastases": {"sites": []}"#;
    let cases: Vec<(String, T, Option<StageGroup>)> = [
        // SCIS has no size rule.
        (
            r#""in_situ": "scis", "total_size_cm": 4"#,
            T::Tis,
            Some(Zero),
        ),
        (
            r#""in_situ": "ais", "total_size_cm": 2.8"#,
            T::Tis,
            Some(Zero),
        ),
        // AIS is defined only up to 3 cm: over that, with no invasion, it is T1a.
        (r#""in_situ": "ais", "total_size_cm": 4"#, T::T1a, Some(IA1)),
        (
            r#""minimally_invasive": true, "size_cm": 0.4, "total_size_cm": 2.5"#,
            T::T1mi,
            Some(IA1),
        ),
        (
            r#""minimally_invasive": true, "size_cm": 0.4, "total_size_cm": 3.2"#,
            T::T1a,
            Some(IA1),
        ),
        // A pure ground-glass lesion: a solid part of 0.
        (r#""size_cm": 0, "total_size_cm": 2"#, T::Tis, Some(Zero)),
        (r#""size_cm": 0, "total_size_cm": 3.5"#, T::T1a, Some(IA1)),
        // T follows the invasive (solid) part, not the whole lesion.
        (r#""size_cm": 1.5, "total_size_cm": 4"#, T::T1b, Some(IA2)),
        // A superficial spreading tumour confined to the bronchial wall stays T1a, even at the
        // main bronchus.
        (
            r#""size_cm": 4, "features": ["superficial_spreading", "main_bronchus"]"#,
            T::T1a,
            Some(IA1),
        ),
    ]
    .into_iter()
    .map(|(tumor, t, g)| (format!(r#"{{"tumor": {{{tumor}}}, {n0}}}"#), t, g))
    .collect();
    for (json, t, group) in &cases {
        let s = assess(&Case::from_json(json).unwrap()).unwrap().staging;
        assert_eq!((s.t.category.category, s.stage()), (*t, *group), "{json}");
    }
    let ais4 = assess(
        &Case::from_json(&format!(
            r#"{{"tumor": {{"in_situ": "ais", "total_size_cm": 4}}, {n0}}}"#
        ))
        .unwrap(),
    )
    .unwrap();
    assert!(
        ais4.staging.t.reasons[0].text.to_string().contains("3 cm"),
        "the trace says why AIS was refused"
    );
    // An in situ lesion over 3 cm of unknown kind must say which.
    let err =
        assess(&Case::from_json(r#"{"tumor": {"in_situ": true, "total_size_cm": 4}}"#).unwrap())
            .unwrap_err();
    assert_eq!(err.field_path().as_deref(), Some("tumor.in_situ"));
    let err = assess(&Case::from_json(r#"{"tumor": {"occult": true, "size_cm": 2}}"#).unwrap())
        .unwrap_err();
    assert_eq!(err.field_path().as_deref(), Some("tumor.occult"));
}

#[test]
fn stations_3a_and_3p_on_the_other_side_are_n3() {
    for station in ["3aL", "3pL"] {
        let json = format!(
            r#"{{"tumor": {{"size_cm": 2.5}}, "nodes": {{"tumor_side": "right", "stations": ["{station}"]}}, "metastases": {{"sites": []}}}}"#
        );
        let s = assess(&Case::from_json(&json).unwrap()).unwrap().staging;
        assert_eq!(
            (s.n.category.category, s.stage()),
            (N::N3, Some(StageGroup::IIIB)),
            "{station}"
        );
    }
    let same = r#"{"tumor": {"size_cm": 2.5}, "nodes": {"tumor_side": "right", "stations": ["3aR"]}, "metastases": {"sites": []}}"#;
    let s = assess(&Case::from_json(same).unwrap()).unwrap().staging;
    assert_eq!(s.n.category.category, N::N2a);
}

#[test]
fn no_spread_entered_is_cm0_and_told_apart_from_none_found() {
    let not_entered = assess(&Case::from_json(r#"{"tumor": {"size_cm": 2}}"#).unwrap()).unwrap();
    let none_found = assess(
        &Case::from_json(r#"{"tumor": {"size_cm": 2}, "metastases": {"sites": []}}"#).unwrap(),
    )
    .unwrap();
    assert_eq!(not_entered.staging.m.category.category, M::M0);
    assert!(not_entered.staging.m0_assumed);
    assert!(
        not_entered.staging.m.reasons[0]
            .text
            .to_string()
            .contains("cM0")
    );
    assert!(!none_found.staging.m0_assumed);
}

#[test]
fn links_read_lesion_counts_the_same_way() {
    for (fragment, m) in [
        ("#v=2&size=3.4&stations=&sites=bone", M::M1),
        ("#v=1&size=3.4&stations=&sites=bone", M::M1),
        ("#v=2&size=3.4&stations=&sites=bone:many", M::M1c1),
        ("#v=2&size=3.4&stations=&sites=bone:1", M::M1b),
    ] {
        let (case, _) = case_from_link(fragment).unwrap();
        let s = assess(&case).unwrap().staging;
        assert_eq!(s.m.category.category, m, "{fragment}");
    }
}
