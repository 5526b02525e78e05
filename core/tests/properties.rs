//! Properties of the staging core: monotonicity over every cell, round
//! trips, and random input that must never panic.

use lungstage::{
    Case, Classified, Edition, Feature, M, N, Prefix, Scheme, StageGroup, T, Tnm, TumorFindings,
    TumorInput, assess, derive_t, group, report, stage_json,
};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

const SCHEMES: [Scheme; 4] = [
    Scheme::Lung8,
    Scheme::Lung9,
    Scheme::Mesothelioma8,
    Scheme::Mesothelioma9,
];

fn stage_rank(scheme: Scheme, t: T, n: N, m: M) -> Option<u8> {
    group(scheme, t, n, m).ok()?.group?.rank()
}

/// Categories of one axis that `scheme` accepts and that have a place in the
/// severity order, worst last.
fn ordered<C: Copy>(all: &[C], ok: impl Fn(C) -> bool, rank: impl Fn(C) -> Option<u8>) -> Vec<C> {
    let mut v: Vec<C> = all
        .iter()
        .copied()
        .filter(|c| ok(*c) && rank(*c).is_some())
        .collect();
    v.sort_by_key(|c| rank(*c));
    v
}

/// Severity order of the mesothelioma T categories, T1 < T2 < T3 < T4 (Rusch et al., 2016).
/// TX and T0 have no place in it, as in `T::rank`; the lung-only categories none either.
fn mesothelioma_t_rank(t: T) -> Option<u8> {
    match t {
        T::T1 => Some(1),
        T::T2 => Some(2),
        T::T3 => Some(3),
        T::T4 => Some(4),
        T::Tx | T::T0 => None,
        T::Tis | T::T1mi | T::T1a | T::T1b | T::T1c | T::T2a | T::T2b => None,
    }
}

/// A worse T, N or M never lowers the stage (over every pair of defined cells).
#[test]
fn a_worse_category_never_lowers_the_stage() {
    for scheme in SCHEMES {
        let meso = !scheme.is_lung();
        let t_rank = |t: T| {
            if meso {
                mesothelioma_t_rank(t)
            } else {
                t.rank()
            }
        };
        let ts = ordered(T::ALL, |t| scheme.check_t(t).is_ok(), t_rank);
        let ns = ordered(N::ALL, |n| scheme.check_n(n).is_ok(), N::rank);
        let ms = ordered(
            M::ALL,
            |m| scheme.check_m(m).is_ok(),
            |m| {
                if meso {
                    Some(u8::from(m != M::M0))
                } else {
                    m.rank()
                }
            },
        );
        let mut compared = 0;
        for &t in &ts {
            for &n in &ns {
                for &m in &ms {
                    let Some(base) = stage_rank(scheme, t, n, m) else {
                        continue;
                    };
                    let worse_t = ts.iter().filter(|w| t_rank(**w) > t_rank(t));
                    for &w in worse_t {
                        if let Some(r) = stage_rank(scheme, w, n, m) {
                            assert!(r >= base, "{scheme:?}: {w} {n} {m} is below {t} {n} {m}");
                            compared += 1;
                        }
                    }
                    for &w in ns.iter().filter(|w| w.rank() > n.rank()) {
                        if let Some(r) = stage_rank(scheme, t, w, m) {
                            assert!(r >= base, "{scheme:?}: {t} {w} {m} is below {t} {n} {m}");
                            compared += 1;
                        }
                    }
                    for &w in ms.iter().skip_while(|w| **w != m).skip(1) {
                        if let Some(r) = stage_rank(scheme, t, n, w) {
                            assert!(r >= base, "{scheme:?}: {t} {n} {w} is below {t} {n} {m}");
                            compared += 1;
                        }
                    }
                }
            }
        }
        // Mesothelioma's table is T1-T4 x N0-N2 x M0/M1: 36 T, 24 N and 12 M pairs, all defined.
        let expected = if meso { 72 } else { 101 };
        assert!(
            compared >= expected,
            "{scheme:?} compared only {compared} pairs"
        );
    }
}

/// Any distant metastasis gives stage IV, whatever T and N are.
#[test]
fn metastasis_always_gives_stage_iv() {
    for scheme in SCHEMES {
        for &t in T::ALL.iter().filter(|t| scheme.check_t(**t).is_ok()) {
            for &n in N::ALL.iter().filter(|n| scheme.check_n(**n).is_ok()) {
                for &m in M::ALL
                    .iter()
                    .filter(|m| m.is_metastatic() && scheme.check_m(**m).is_ok())
                {
                    let g = group(scheme, t, n, m).unwrap().group;
                    assert_eq!(
                        g.and_then(StageGroup::broad),
                        Some(4),
                        "{scheme:?} {t} {n} {m}"
                    );
                }
            }
        }
    }
}

fn prefix() -> impl Strategy<Value = Option<Prefix>> {
    prop_oneof![Just(None), prop::sample::select(Prefix::ALL).prop_map(Some)]
}

fn tnm() -> impl Strategy<Value = Tnm> {
    (
        prefix(),
        prop::sample::select(T::ALL),
        prefix(),
        prop::sample::select(N::ALL),
        prefix(),
        prop::sample::select(M::ALL),
    )
        .prop_map(|(tp, t, np, n, mp, m)| Tnm {
            t: Classified::with(tp, t),
            n: Classified::with(np, n),
            m: Classified::with(mp, m),
        })
}

/// Text made of the characters TNM forms use, so the parser's paths are
/// exercised far more often than by arbitrary Unicode.
fn tnm_like_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "T", "N", "M", "t", "n", "m", "c", "p", "y", "r", "a", "is", "mi", "X", "x", "0", "1",
            "2", "3", "4", "a", "b", "c", " ", ",", ";", "-", "é", "\u{0}", "\t",
        ]),
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

fn json_value() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(vec![
        "edition",
        "histology",
        "tumor",
        "nodes",
        "metastases",
        "category",
        "size_cm",
        "in_situ",
        "minimally_invasive",
        "features",
        "tumor_side",
        "stations",
        "sites",
        "site",
        "lesions",
        "colour",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|i| json!(i)),
        (-100.0f64..100.0).prop_map(|f| json!(f)),
        prop::sample::select(vec![
            "T2a",
            "N2a",
            "M1c1",
            "pT1c",
            "nsclc",
            "sclc",
            "mesothelioma",
            "carcinoid",
            "right",
            "left",
            "4R",
            "7",
            "10L",
            "1R",
            "brain",
            "bone",
            "adrenal",
            "visceral_pleura",
            "chest_wall",
            "mediastinal_fat",
            "9",
            "8",
            "",
            "Tis",
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..5).prop_map(|pairs| Value::Object(
                pairs
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v))
                    .collect::<Map<_, _>>()
            )),
        ]
    })
}

/// Descriptors with the right shape and random, often wrong, values, so
/// staging itself runs on many of them.
fn descriptor() -> impl Strategy<Value = Value> {
    let feature = prop::sample::select(
        Feature::ALL
            .iter()
            .map(|f| f.code())
            .chain(["wing"])
            .collect::<Vec<_>>(),
    );
    let station = prop::sample::select(
        lungstage::Station::ALL
            .iter()
            .map(|s| s.code())
            .chain(["15R"])
            .collect::<Vec<_>>(),
    );
    let site = prop::sample::select(
        lungstage::Site::ALL
            .iter()
            .map(|s| s.code())
            .collect::<Vec<_>>(),
    );
    let category = prop::sample::select(
        T::ALL
            .iter()
            .map(|t| t.code())
            .chain(N::ALL.iter().map(|n| n.code()))
            .chain(M::ALL.iter().map(|m| m.code()))
            .collect::<Vec<_>>(),
    );
    let tumor = prop_oneof![
        category.clone().prop_map(|c| json!({"category": c})),
        (prop::option::of(-1.0f64..35.0), any::<bool>(), any::<bool>(), prop::collection::vec(feature, 0..4)).prop_map(
            |(size, in_situ, mia, features)| {
                let mut t = json!({"in_situ": in_situ && mia, "minimally_invasive": mia && !in_situ, "features": features});
                if let Some(size) = size { t["size_cm"] = json!(size); }
                t
            }
        ),
    ];
    let nodes = prop_oneof![
        category.clone().prop_map(|c| json!({"category": c})),
        (
            prop::option::of(prop::sample::select(vec!["left", "right"])),
            prop::collection::vec(station, 0..5)
        )
            .prop_map(|(side, stations)| match side {
                Some(side) => json!({"tumor_side": side, "stations": stations}),
                None => json!({"stations": stations}),
            }),
    ];
    let metastases = prop_oneof![
        category.prop_map(|c| json!({"category": c})),
        prop::collection::vec((site, 0u32..6), 0..4)
            .prop_map(|sites| json!({"sites": sites.iter().map(|(s, l)| json!({"site": s, "lesions": l})).collect::<Vec<_>>()})),
    ];
    (
        prop::sample::select(vec![8, 9]),
        prop::sample::select(vec!["nsclc", "sclc", "carcinoid", "mesothelioma"]),
        prop::option::of(tumor),
        prop::option::of(nodes),
        prop::option::of(metastases),
    )
        .prop_map(|(edition, histology, tumor, nodes, metastases)| {
            let mut d = json!({"edition": edition, "histology": histology});
            if let Some(t) = tumor {
                d["tumor"] = t;
            }
            if let Some(n) = nodes {
                d["nodes"] = n;
            }
            if let Some(m) = metastases {
                d["metastases"] = m;
            }
            d
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Display and FromStr of a written form are inverse.
    #[test]
    fn written_forms_round_trip(tnm in tnm()) {
        let text = tnm.to_string();
        prop_assert_eq!(text.parse::<Tnm>().unwrap(), tnm);
        // Written together, reading differs only where a prefix letter could
        // also be a subcategory letter: T1 cN0 reads as T1c N0, and a glued
        // `a` always belongs to the category before it (N1aM0 is N1a M0).
        let squashed = text.replace(' ', "");
        let ambiguous = |c: &dyn std::fmt::Display, next: Option<Prefix>| {
            next == Some(Prefix::A)
                || (next == Some(Prefix::C)
                    && ["T1", "T2", "N2"].contains(&c.to_string().trim_start_matches(['c', 'p', 'y', 'r', 'a'])))
        };
        if !ambiguous(&tnm.t, tnm.n.prefix) && !ambiguous(&tnm.n, tnm.m.prefix) {
            prop_assert_eq!(squashed.parse::<Tnm>().unwrap(), tnm);
        }
    }

    /// The parser never panics, and an error always names some text.
    #[test]
    fn parser_never_panics(text in any::<String>()) {
        if let Err(e) = text.parse::<Tnm>() {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn parser_never_panics_on_tnm_like_text(text in tnm_like_text()) {
        match text.parse::<Tnm>() {
            Ok(tnm) => prop_assert_eq!(tnm.to_string().parse::<Tnm>().unwrap(), tnm),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    /// Random JSON: the reader, the staging and the report never panic, and
    /// whatever stages with metastasis is stage IV.
    #[test]
    fn descriptor_reader_never_panics(value in json_value()) {
        if let Ok(case) = Case::from_value(&value)
            && let Ok(a) = assess(&case)
        {
            let out = report(&case, &a);
            if a.staging.m.category.category.is_metastatic() {
                prop_assert_eq!(a.staging.stage().and_then(StageGroup::broad), Some(4));
            }
            prop_assert!(out.get("stage").is_some());
        }
    }

    /// Well-shaped descriptors: staging runs, errors name a field or token,
    /// metastasis gives stage IV, and the report reads back its descriptor.
    #[test]
    fn shaped_descriptors_stage_or_fail_cleanly(value in descriptor()) {
        match Case::from_value(&value).and_then(|case| assess(&case).map(|a| (case, a))) {
            Ok((case, a)) => {
                if a.staging.m.category.category.is_metastatic() {
                    prop_assert_eq!(a.staging.stage().and_then(StageGroup::broad), Some(4));
                }
                let out = report(&case, &a);
                prop_assert_eq!(Case::from_value(&out["descriptor"]).unwrap(), case);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    /// Every readable case survives a share link unchanged.
    #[test]
    fn share_links_round_trip(value in descriptor()) {
        if let Ok(case) = Case::from_value(&value) {
            let fragment = lungstage::link_fragment(&case, &[]);
            let (back, extra) = lungstage::case_from_link(&fragment).unwrap();
            prop_assert_eq!(back, case);
            prop_assert!(extra.is_empty());
        }
    }

    /// Hostile fragments are refused with a message, never a panic.
    #[test]
    fn share_links_never_panic(text in any::<String>(), noise in tnm_like_text()) {
        for fragment in [text.clone(), format!("#v=1&{text}"), format!("v=1&t={noise}&sites={text}")] {
            if let Err(e) = lungstage::case_from_link(&fragment) {
                prop_assert!(e.field_path().is_some_and(|p| p.starts_with("link")), "{}", e);
            }
        }
    }

    #[test]
    fn descriptor_text_never_panics(text in any::<String>()) {
        let _ = stage_json(&text);
    }

    /// A larger tumour never gets a lower T, with or without a feature.
    #[test]
    fn t_never_falls_as_size_grows(a in 0.01f64..30.0, b in 0.01f64..30.0, feature in prop::sample::select(
        Feature::ALL.iter().copied().filter(|f| f.kind() == lungstage::FeatureKind::Lung).collect::<Vec<_>>()
    ), with_feature: bool, ninth: bool) {
        let (small, large) = if a <= b { (a, b) } else { (b, a) };
        let scheme = if ninth { Scheme::Lung9 } else { Scheme::Lung8 };
        let t = |size: f64| {
            let features = if with_feature { vec![feature] } else { vec![] };
            let input = TumorInput::Findings(TumorFindings { size_cm: Some(size), features, ..TumorFindings::default() });
            derive_t(scheme, Some(&input)).unwrap().category.category.rank()
        };
        prop_assert!(t(large) >= t(small), "{} cm vs {} cm", small, large);
    }
}

/// Both editions are staged, except for a pathological mesothelioma case, which both stage
/// with the 8th-edition table.
#[test]
fn other_edition_is_present_unless_one_table_serves_both() {
    let lung = assess(&Case {
        edition: Edition::Eighth,
        ..Case::default()
    })
    .unwrap();
    assert_eq!(lung.other.unwrap().edition, Edition::Ninth);
    let meso = assess(&Case {
        histology: lungstage::Histology::Mesothelioma,
        ..Case::default()
    })
    .unwrap();
    assert_eq!(meso.other.unwrap().edition, Edition::Eighth);
    let pathological = assess(&Case {
        histology: lungstage::Histology::Mesothelioma,
        classification: Some(Prefix::P),
        ..Case::default()
    })
    .unwrap();
    assert!(pathological.other.is_none());
}
