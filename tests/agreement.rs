//! One answer everywhere: random cases, written as share links, go the widget's way (the API
//! module's `open_link` and `case_numbers`, which read them with the core's reader, then the
//! widget's `lungstage::from_handover`, `State::from_case` and `State::to_case`) and
//! come out with the same result as the core, the CLI's `--json` and the JavaScript `stage()`.
#![cfg(not(target_arch = "wasm32"))]

use lungstage::{
    Case, Classified, Edition, Feature, Histology, InSitu, Lesions, M, MetastasisFindings,
    MetastasisInput, N, NodeFindings, NodeInput, Prefix, Side, Site, SiteFinding, Station, Subtype,
    T, TumorFindings, TumorInput, View, assess, case_from_link, link_fragment,
};
use lungstage_web::outcome::Outcome;
use lungstage_web::state::State;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

fn prefix() -> impl Strategy<Value = Option<Prefix>> {
    prop_oneof![Just(None), select(Prefix::ALL.to_vec()).prop_map(Some)]
}

fn tumor() -> impl Strategy<Value = Option<TumorInput>> {
    let sizes = select(vec![
        None,
        Some(0.0),
        Some(0.4),
        Some(1.0),
        Some(2.5),
        Some(3.4),
        Some(6.0),
        Some(9.0),
    ]);
    let totals = select(vec![None, Some(2.0), Some(3.0), Some(3.5), Some(12.0)]);
    let lung: Vec<Feature> = Feature::ALL
        .iter()
        .copied()
        .filter(|f| f.kind() == lungstage::FeatureKind::Lung)
        .collect();
    let growth = select(vec![
        (None, false, false),
        (Some(InSitu::Adenocarcinoma), false, false),
        (Some(InSitu::Squamous), false, false),
        (Some(InSitu::Unspecified), false, false),
        (None, true, false),
        (None, false, true),
    ]);
    let findings = (sizes, totals, growth, subsequence(lung, 0..3)).prop_map(
        |(size_cm, total_size_cm, (in_situ, minimally_invasive, occult), features)| {
            TumorInput::Findings(TumorFindings {
                size_cm,
                total_size_cm,
                in_situ,
                minimally_invasive,
                occult,
                features,
                ..TumorFindings::default()
            })
        },
    );
    prop_oneof![
        Just(None),
        (prefix(), select(T::ALL.to_vec()))
            .prop_map(|(p, t)| Some(TumorInput::Category(Classified::with(p, t)))),
        findings.prop_map(Some),
    ]
}

fn pleural_tumor() -> impl Strategy<Value = Option<TumorInput>> {
    let meso: Vec<Feature> = Feature::ALL
        .iter()
        .copied()
        .filter(|f| f.kind() == lungstage::FeatureKind::Mesothelioma)
        .collect();
    prop_oneof![
        Just(None),
        (prefix(), select(T::ALL.to_vec()))
            .prop_map(|(p, t)| Some(TumorInput::Category(Classified::with(p, t)))),
        // The 9th edition's clinical T: CT thickness at and around its boundaries, in mm.
        (
            subsequence(meso, 0..3),
            select(vec![
                None,
                Some(0.0),
                Some(5.0),
                Some(12.0),
                Some(12.5),
                Some(30.0),
                Some(31.0)
            ]),
            select(vec![None, Some(0.0), Some(5.0), Some(5.5)]),
        )
            .prop_map(|(features, psum, fmax)| {
                Some(TumorInput::Findings(TumorFindings {
                    features,
                    pleural_thickness_sum_mm: psum,
                    fissure_thickness_max_mm: fmax,
                    ..TumorFindings::default()
                }))
            }),
    ]
}

fn nodes() -> impl Strategy<Value = Option<NodeInput>> {
    let side = select(vec![None, Some(Side::Left), Some(Side::Right)]);
    prop_oneof![
        Just(None),
        (prefix(), select(N::ALL.to_vec()))
            .prop_map(|(p, n)| Some(NodeInput::Category(Classified::with(p, n)))),
        (side, subsequence(Station::ALL.to_vec(), 0..4)).prop_map(|(tumor_side, stations)| Some(
            NodeInput::Findings(NodeFindings {
                tumor_side,
                stations
            })
        )),
    ]
}

fn metastases() -> impl Strategy<Value = Option<MetastasisInput>> {
    let lesions = select(vec![
        Lesions::Unknown,
        Lesions::Multiple,
        Lesions::Count(1),
        Lesions::Count(2),
        Lesions::Count(7),
    ]);
    let sites = subsequence(Site::ALL.to_vec(), 0..4)
        .prop_flat_map(move |sites| {
            let n = sites.len();
            (Just(sites), proptest::collection::vec(lesions.clone(), n))
        })
        .prop_map(|(sites, lesions)| {
            sites
                .into_iter()
                .zip(lesions)
                .map(|(site, lesions)| SiteFinding { site, lesions })
                .collect()
        });
    prop_oneof![
        Just(None),
        (prefix(), select(M::ALL.to_vec()))
            .prop_map(|(p, m)| Some(MetastasisInput::Category(Classified::with(p, m)))),
        sites.prop_map(|sites| Some(MetastasisInput::Findings(MetastasisFindings { sites }))),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    let lung = (
        select(vec![
            Histology::Nsclc,
            Histology::Sclc,
            Histology::Carcinoid,
        ]),
        Just(None),
        tumor(),
    );
    let subtypes = select(vec![
        None,
        Some(Subtype::Epithelioid),
        Some(Subtype::Sarcomatoid),
        Some(Subtype::Biphasic),
    ]);
    let pleural = (Just(Histology::Mesothelioma), subtypes, pleural_tumor());
    (
        select(vec![Edition::Eighth, Edition::Ninth]),
        prefix(),
        prop_oneof![3 => lung, 1 => pleural],
        nodes(),
        metastases(),
    )
        .prop_map(
            |(edition, classification, (histology, subtype, tumor), nodes, metastases)| Case {
                edition,
                histology,
                subtype,
                classification,
                tumor,
                nodes,
                metastases,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_widget_the_api_and_the_core_agree(case in case()) {
        let core = assess(&case);
        let fragment = link_fragment(&case, &[]);
        let api = lungstage_api::stage_text(&case.to_json().to_string());
        match &core {
            Ok(a) => {
                // The JavaScript stage() and the CLI's --json print the core's report.
                let report: serde_json::Value = serde_json::from_str(api.as_ref().unwrap()).unwrap();
                prop_assert_eq!(report["stage"].as_str(), a.staging.stage().map(|g| g.code()));
                // The widget opens the link the API reads, and stages the same case.
                let canonical = lungstage_api::open_link(&fragment).unwrap();
                let numbers = lungstage_api::case_numbers(&canonical).unwrap();
                let (read, view) = lungstage::from_handover(&numbers)
                    .unwrap_or_else(|| panic!("the widget cannot open {canonical}"));
                prop_assert_eq!(view, View::Patient);
                let lungstage::Entered::Case(read) = read else {
                    panic!("{canonical} opens a stated stage")
                };
                prop_assert_eq!(&read, &case_from_link(&canonical).unwrap().0, "{}", canonical);
                let state = State::from_case(&read, view);
                let outcome = Outcome::of(&state);
                // A link with nothing entered opens the untouched form, which invites input:
                // like the core, it names no stage.
                if matches!(outcome, Outcome::Blank) {
                    prop_assert_eq!(a.staging.stage(), None, "{}", fragment);
                    prop_assert!(case.nodes.is_none() && case.metastases.is_none(), "{}", fragment);
                    return Ok(());
                }
                let Outcome::Staged(staged) = outcome else {
                    panic!("{fragment}: the core stages it, the widget does not: {outcome:?}");
                };
                let (w, c) = (&staged.assessment.staging, &a.staging);
                prop_assert_eq!(w.stage(), c.stage(), "{}", fragment);
                prop_assert_eq!(w.prefixed_tnm().to_string(), c.prefixed_tnm().to_string(), "{}", fragment);
                prop_assert_eq!(w.m0_assumed, c.m0_assumed, "{}", fragment);
                prop_assert_eq!(w.awaiting, c.awaiting, "{}", fragment);
                // What changed between the editions, which the widget works out apart.
                prop_assert_eq!(&staged.changes(), &a.changes, "{}", fragment);
            }
            Err(_) => {
                prop_assert!(api.is_err(), "{}", fragment);
                prop_assert!(lungstage_api::open_link(&fragment).is_err(), "{}", fragment);
                prop_assert!(lungstage_api::case_numbers(&fragment).is_err(), "{}", fragment);
            }
        }
    }
}
