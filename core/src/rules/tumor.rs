//! T from tumour findings: size, in-situ and minimally invasive disease,
//! invaded structures and separate nodules. The highest category wins.

use crate::input::error::{Cause, Conflict, FieldPath, Needs};
use crate::messages::Msg;
use crate::rules::pleural_t::clinical_t9;
use crate::vocabulary::number::{decimal, round_size};
use crate::{
    Awaiting, Derived, Edition, Error, Feature, InSitu, LungFeature, MesoFeature, Note, NoteId,
    Scheme, SourceId, T, TumorFindings, TumorInput, Worded,
};

/// The lung T for a tumour size (its invasive part), with the rule in words.
///
/// | Size (cm) | T |
/// |---|---|
/// | at most 1 | T1a |
/// | over 1 to 2 | T1b |
/// | over 2 to 3 | T1c |
/// | over 3 to 4 | T2a |
/// | over 4 to 5 | T2b |
/// | over 5 to 7 | T3 |
/// | over 7 | T4 |
pub fn t_for_size(size_cm: f64) -> (T, Worded) {
    let size_cm = round_size(size_cm);
    let (t, rule) = if size_cm <= 1.0 {
        (T::T1a, Msg::ReasonSizeT1a)
    } else if size_cm <= 2.0 {
        (T::T1b, Msg::ReasonSizeT1b)
    } else if size_cm <= 3.0 {
        (T::T1c, Msg::ReasonSizeT1c)
    } else if size_cm <= 4.0 {
        (T::T2a, Msg::ReasonSizeT2a)
    } else if size_cm <= 5.0 {
        (T::T2b, Msg::ReasonSizeT2b)
    } else if size_cm <= 7.0 {
        (T::T3, Msg::ReasonSizeT3)
    } else {
        (T::T4, Msg::ReasonSizeT4)
    };
    (t, Worded::new(rule, &[&decimal(size_cm)]))
}

fn rank(t: T) -> u8 {
    // Mesothelioma T1..T4 and lung T share the same ordering of rows.
    match t {
        T::T1 => 2,
        T::T2 => 5,
        other => other.rank().unwrap_or(0),
    }
}

/// Derives T for `scheme` from the tumour input (`None` is TX).
pub fn derive_t(scheme: Scheme, input: Option<&TumorInput>) -> Result<Derived<T>, Error> {
    match input {
        None => Ok(Derived::single(
            T::Tx,
            Worded::new(Msg::ReasonTxNone, &[]),
            SourceId::Ajcc8,
            false,
        )),
        Some(TumorInput::Category(c)) => {
            scheme
                .check_t(c.category)
                .map_err(|e| e.at(FieldPath::TumorCategory))?;
            Ok(Derived::entered(scheme, *c, category_source(scheme)))
        }
        Some(TumorInput::Findings(f)) => match scheme {
            Scheme::Lung8 | Scheme::Lung9 => lung(scheme.edition(), f),
            Scheme::Mesothelioma8 => super::apart(mesothelioma, f),
            Scheme::Mesothelioma9 => super::apart(mesothelioma_t9, f),
        },
    }
}

fn category_source(scheme: Scheme) -> SourceId {
    match scheme {
        Scheme::Lung8 | Scheme::Lung9 => SourceId::Ajcc8,
        Scheme::Mesothelioma8 => SourceId::Meso8,
        Scheme::Mesothelioma9 => SourceId::Meso9,
    }
}

/// The features as those of one scheme (`pick`), or the first one of the other scheme refused.
fn of_scheme<F>(
    features: &[Feature],
    pick: fn(Feature) -> Option<F>,
    lung: bool,
) -> Result<Vec<F>, Error> {
    features
        .iter()
        .enumerate()
        .map(|(i, &f)| {
            pick(f).ok_or_else(|| {
                Error::field(
                    FieldPath::TumorFeature(i),
                    Cause::WrongFeatureKind {
                        feature: f.code(),
                        lung,
                    },
                )
            })
        })
        .collect()
}

/// The items in first-seen order without repeats.
pub(crate) fn unique<X: Copy + PartialEq>(items: &[X]) -> Vec<X> {
    let mut out: Vec<X> = Vec::with_capacity(items.len());
    for &item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// AIS and MIA are defined only for a whole lesion of at most 3 cm (AJCC 8th).
const AIS_MIA_MAX_TOTAL_CM: f64 = 3.0;

fn lung(edition: Edition, f: &TumorFindings) -> Result<Derived<T>, Error> {
    let entered = of_scheme(&f.features, Feature::lung, true)?;
    for (path, value) in [
        (FieldPath::TumorPsum, f.pleural_thickness_sum_mm),
        (FieldPath::TumorFmax, f.fissure_thickness_max_mm),
    ] {
        if value.is_some() {
            return Err(Error::field(path, Cause::MesotheliomaOnly));
        }
    }
    let features = unique(&entered);
    if f.occult {
        return occult(f, &features);
    }
    let total = f.total_size_cm.map(round_size);
    let over_3_in_total = total.is_some_and(|t| t > AIS_MIA_MAX_TOTAL_CM);
    if let Some(kind) = f.in_situ {
        if f.minimally_invasive {
            return Err(Error::field(
                FieldPath::TumorMinimallyInvasive,
                Cause::Conflict(Conflict::InSituAndMinimallyInvasive),
            ));
        }
        if f.size_cm.is_some_and(|s| s > 0.0) {
            return Err(Error::field(
                FieldPath::TumorSize,
                Cause::Conflict(Conflict::InSituWithSize),
            ));
        }
        if !features.is_empty() {
            return Err(Error::field(
                FieldPath::TumorFeatures,
                Cause::Conflict(Conflict::InSituWithFeatures),
            ));
        }
        return match (kind, over_3_in_total) {
            (InSitu::Squamous, _) => Ok(Derived::single(
                T::Tis,
                Worded::new(Msg::ReasonScis, &[]),
                SourceId::Ajcc8,
                true,
            )),
            (InSitu::Adenocarcinoma, false) => Ok(Derived::single(
                T::Tis,
                Worded::new(Msg::ReasonAis, &[]),
                SourceId::Ajcc8,
                true,
            )),
            (InSitu::Unspecified, false) => Ok(Derived::single(
                T::Tis,
                Worded::new(Msg::ReasonCis, &[]),
                SourceId::Ajcc8,
                true,
            )),
            (InSitu::Adenocarcinoma, true) => Ok(not_ais_or_mia(
                Msg::ReasonTooLargeAis,
                total.unwrap_or_default(),
            )),
            (InSitu::Unspecified, true) => Err(Error::field(
                FieldPath::TumorInSitu,
                Cause::Needs(Needs::InSituKind),
            )),
        };
    }
    if f.minimally_invasive {
        if let Some(size) = f.size_cm.map(round_size).filter(|s| *s > 0.5) {
            return Err(Error::field(
                FieldPath::TumorSize,
                Cause::Conflict(Conflict::MinimallyInvasiveTooLarge { size }),
            ));
        }
        if !features.is_empty() {
            return Err(Error::field(
                FieldPath::TumorFeatures,
                Cause::Conflict(Conflict::MinimallyInvasiveWithFeatures),
            ));
        }
        if over_3_in_total {
            return Ok(not_ais_or_mia(
                Msg::ReasonTooLargeMia,
                total.unwrap_or_default(),
            ));
        }
        return Ok(Derived::single(
            T::T1mi,
            Worded::new(Msg::ReasonMia, &[]),
            SourceId::Ajcc8,
            true,
        ));
    }
    // A solid part of 0 is a pure ground-glass lesion: Tis (AIS) up to 3 cm, T1a above.
    if f.size_cm == Some(0.0) {
        if !features.is_empty() {
            return Err(Error::field(
                FieldPath::TumorSize,
                Cause::Conflict(Conflict::GroundGlassWithFeatures),
            ));
        }
        let total = total.unwrap_or_default();
        return Ok(if total > AIS_MIA_MAX_TOTAL_CM {
            not_ais_or_mia(Msg::ReasonTooLargeGroundGlass, total)
        } else {
            Derived::single(
                T::Tis,
                Worded::new(Msg::ReasonGroundGlass, &[&decimal(total)]),
                SourceId::Ajcc8,
                true,
            )
        });
    }

    let superficial = features.contains(&LungFeature::SuperficialSpreading);
    // A superficial spreading tumour confined to the bronchial wall is T1a even where it
    // reaches the main bronchus (AJCC 8th, lung chapter).
    let features: Vec<LungFeature> = features
        .into_iter()
        .filter(|f| !(superficial && *f == LungFeature::MainBronchus))
        .collect();
    let mut candidates = Vec::new();
    let size_t = match f.size_cm {
        Some(size) if !superficial => {
            let (t, text) = t_for_size(size);
            candidates.push((t, text.into(), SourceId::Ajcc8));
            Some(t)
        }
        Some(_) | None => None,
    };
    for &feature in &features {
        let (t, source) = feature.t(edition);
        let mut text = Worded::with(Msg::ReasonTumourFeature, vec![feature.label_msg().into()]);
        match feature {
            LungFeature::SuperficialSpreading => {
                text = text.then(
                    match f.size_cm {
                        Some(_) => Msg::ReasonSuperficial,
                        None => Msg::ReasonSuperficialSizeUnknown,
                    },
                    &[],
                );
                if entered.contains(&LungFeature::MainBronchus) {
                    text = text.then(Msg::ReasonSuperficialMainBronchus, &[]);
                }
            }
            LungFeature::AzygosVein => {
                let qualifier = match edition {
                    Edition::Eighth => Msg::ReasonAzygosEighth,
                    Edition::Ninth => Msg::ReasonAzygosNinth,
                };
                text = text.then(qualifier, &[]);
            }
            _other if t == T::T2a && f.size_cm.is_none() => {
                text = text.then(Msg::ReasonT2SizeUnknown, &[]);
            }
            _other => {}
        }
        if let Some(by_size) = size_t
            && rank(t) > rank(by_size)
        {
            text = text.then(Msg::ReasonOutranksSize, &[]);
        }
        candidates.push((t, text.into(), source));
    }
    Ok(Derived::highest(candidates, rank).unwrap_or_else(|| {
        Derived::single(
            T::Tx,
            Worded::new(Msg::ReasonTxNoSizeOrFeature, &[]),
            SourceId::Ajcc8,
            true,
        )
    }))
}

/// Over 3 cm in total, a lesion with an invasive part of at most 0.5 cm is neither AIS nor
/// MIA: it is staged T1a (AJCC 8th).
fn not_ais_or_mia(what: Msg, total: f64) -> Derived<T> {
    Derived::single(
        T::T1a,
        Worded::new(what, &[&decimal(total)]),
        SourceId::Ajcc8,
        true,
    )
}

/// Occult carcinoma is TX: cancer cells found, no tumour seen.
fn occult(f: &TumorFindings, features: &[LungFeature]) -> Result<Derived<T>, Error> {
    if f.size_cm.is_some() || f.total_size_cm.is_some() {
        return Err(Error::field(
            FieldPath::TumorOccult,
            Cause::Conflict(Conflict::OccultWithSize),
        ));
    }
    if f.in_situ.is_some() || f.minimally_invasive || !features.is_empty() {
        return Err(Error::field(
            FieldPath::TumorOccult,
            Cause::Conflict(Conflict::OccultWithFindings),
        ));
    }
    Ok(Derived::single(
        T::Tx,
        Worded::new(Msg::ReasonOccult, &[]),
        SourceId::Ajcc8,
        true,
    ))
}

/// The mesothelioma features, once the lung-only findings are ruled out.
fn mesothelioma_features(f: &TumorFindings) -> Result<Vec<MesoFeature>, Error> {
    if f.size_cm.is_some() {
        return Err(Error::field(
            FieldPath::TumorSize,
            Cause::Conflict(Conflict::MesotheliomaSize),
        ));
    }
    if f.in_situ.is_some() || f.minimally_invasive || f.occult || f.total_size_cm.is_some() {
        let field = if f.in_situ.is_some() {
            FieldPath::TumorInSitu
        } else if f.minimally_invasive {
            FieldPath::TumorMinimallyInvasive
        } else if f.occult {
            FieldPath::TumorOccult
        } else {
            FieldPath::TumorTotalSize
        };
        return Err(Error::field(field, Cause::LungOnly));
    }
    Ok(unique(&of_scheme(&f.features, Feature::meso, false)?))
}

/// The 9th-edition clinical mesothelioma T, from findings checked to be mesothelioma's.
fn mesothelioma_t9(f: &TumorFindings) -> Result<Derived<T>, Error> {
    clinical_t9(f, &mesothelioma_features(f)?)
}

/// The 8th-edition mesothelioma T, from the structures involved. CT thickness and the
/// 9th-only features have no 8th-edition T: they are kept, marked unused, and the extent is
/// asked for.
fn mesothelioma(f: &TumorFindings) -> Result<Derived<T>, Error> {
    let features = mesothelioma_features(f)?;
    let mut notes = Vec::new();
    if f.pleural_thickness_sum_mm.is_some() || f.fissure_thickness_max_mm.is_some() {
        notes.push(Note::fixed(NoteId::Meso8Thickness, SourceId::Meso8));
    }
    if features.iter().any(|f| f.ninth_only()) {
        notes.push(Note::fixed(NoteId::Meso8NinthFeature, SourceId::Meso8));
    }
    let candidates = features
        .iter()
        .filter(|feature| !feature.ninth_only())
        .map(|feature| {
            let (t, source) = feature.t(Edition::Eighth);
            let text = Worded::with(Msg::ReasonTumourFeature, vec![feature.label_msg().into()]);
            (t, text.into(), source)
        })
        .collect();
    let mut derived = Derived::highest(candidates, rank).unwrap_or_else(|| {
        let mut d = Derived::single(
            T::Tx,
            Worded::new(Msg::ReasonTxNoExtent, &[]),
            SourceId::Meso8,
            true,
        );
        // Findings that have no 8th-edition T: the structures involved are needed.
        if !notes.is_empty() {
            d.asks = Some(Awaiting::Extent);
        }
        d
    });
    derived.notes.extend(notes);
    Ok(derived)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lung features as the input carries them.
    fn lung(features: &[LungFeature]) -> Vec<Feature> {
        features.iter().map(|&f| f.into()).collect()
    }

    /// Mesothelioma features as the input carries them.
    fn meso(features: &[MesoFeature]) -> Vec<Feature> {
        features.iter().map(|&f| f.into()).collect()
    }

    fn findings(size: Option<f64>, features: &[Feature]) -> TumorInput {
        TumorInput::Findings(TumorFindings {
            size_cm: size,
            features: features.to_vec(),
            ..TumorFindings::default()
        })
    }

    fn t_of(scheme: Scheme, size: Option<f64>, features: &[Feature]) -> T {
        derive_t(scheme, Some(&findings(size, features)))
            .unwrap()
            .category
            .category
    }

    #[test]
    fn size_boundaries() {
        let cases = [
            (0.1, T::T1a),
            (1.0, T::T1a),
            (1.1, T::T1b),
            (2.0, T::T1b),
            (2.1, T::T1c),
            (3.0, T::T1c),
            (3.1, T::T2a),
            (4.0, T::T2a),
            (4.1, T::T2b),
            (5.0, T::T2b),
            (5.1, T::T3),
            (7.0, T::T3),
            (7.1, T::T4),
            (30.0, T::T4),
        ];
        for (size, expected) in cases {
            for scheme in [Scheme::Lung8, Scheme::Lung9] {
                assert_eq!(t_of(scheme, Some(size), &[]), expected, "{size} cm");
            }
        }
        assert_eq!(
            t_for_size(3.4).1.to_string(),
            "3.4 cm is over 3 and at most 4 cm"
        );
    }

    #[test]
    fn features_and_size_the_highest_wins() {
        use LungFeature::*;
        let cases = [
            (Some(2.0), vec![VisceralPleura], T::T2a),
            (None, vec![VisceralPleura], T::T2a),
            (Some(4.5), vec![VisceralPleura], T::T2b),
            (Some(6.0), vec![MainBronchus], T::T3),
            (Some(8.0), vec![ChestWall], T::T4),
            (Some(1.5), vec![SeparateNoduleSameLobe], T::T3),
            (Some(1.5), vec![SeparateNoduleOtherIpsilateralLobe], T::T4),
            (Some(6.0), vec![SuperficialSpreading], T::T1a),
            (Some(2.0), vec![Diaphragm, VisceralPleura], T::T4),
            (None, vec![AzygosVein], T::T3),
        ];
        for (size, features, expected) in cases {
            assert_eq!(
                t_of(Scheme::Lung9, size, &lung(&features)),
                expected,
                "{size:?} {features:?}"
            );
        }
        assert_eq!(t_of(Scheme::Lung8, None, &lung(&[AzygosVein])), T::T4);
    }

    #[test]
    fn every_contributing_finding_stays_listed() {
        let d = derive_t(
            Scheme::Lung9,
            Some(&findings(
                Some(3.4),
                &lung(&[
                    LungFeature::SeparateNoduleSameLobe,
                    LungFeature::VisceralPleura,
                ]),
            )),
        )
        .unwrap();
        assert_eq!(d.category.category, T::T3);
        // Size, then each feature, each with the T it gives alone; the nodule decides. The
        // reasons' words are pinned in tests/golden/reasons.txt.
        assert_eq!(
            d.reasons
                .iter()
                .map(|r| (r.category, r.decisive))
                .collect::<Vec<_>>(),
            [
                (T::T2a.into(), false),
                (T::T3.into(), true),
                (T::T2a.into(), false)
            ]
        );
        assert!(
            d.reasons[0].text.to_string().contains("3.4 cm"),
            "{:?}",
            d.reasons[0]
        );
    }

    #[test]
    fn in_situ_and_minimally_invasive() {
        let tis = TumorInput::Findings(TumorFindings {
            in_situ: Some(InSitu::Unspecified),
            ..TumorFindings::default()
        });
        assert_eq!(
            derive_t(Scheme::Lung9, Some(&tis))
                .unwrap()
                .category
                .category,
            T::Tis
        );
        let mia = TumorInput::Findings(TumorFindings {
            minimally_invasive: true,
            size_cm: Some(0.5),
            ..TumorFindings::default()
        });
        assert_eq!(
            derive_t(Scheme::Lung8, Some(&mia))
                .unwrap()
                .category
                .category,
            T::T1mi
        );
        let bad = [
            (
                TumorFindings {
                    minimally_invasive: true,
                    size_cm: Some(0.6),
                    ..TumorFindings::default()
                },
                "tumor.size_cm",
            ),
            (
                TumorFindings {
                    in_situ: Some(InSitu::Unspecified),
                    size_cm: Some(1.0),
                    ..TumorFindings::default()
                },
                "tumor.size_cm",
            ),
            (
                TumorFindings {
                    in_situ: Some(InSitu::Unspecified),
                    minimally_invasive: true,
                    ..TumorFindings::default()
                },
                "tumor.minimally_invasive",
            ),
            (
                TumorFindings {
                    in_situ: Some(InSitu::Unspecified),
                    features: lung(&[LungFeature::ChestWall]),
                    ..TumorFindings::default()
                },
                "tumor.features",
            ),
            (
                TumorFindings {
                    features: meso(&[MesoFeature::Spine]),
                    ..TumorFindings::default()
                },
                "tumor.features[0]",
            ),
        ];
        for (f, path) in bad {
            let err = derive_t(Scheme::Lung9, Some(&TumorInput::Findings(f))).unwrap_err();
            assert_eq!(err.field_path().as_deref(), Some(path), "{err}");
        }
    }

    #[test]
    fn nothing_known_is_tx() {
        assert_eq!(
            derive_t(Scheme::Lung9, None).unwrap().category.category,
            T::Tx
        );
        assert_eq!(t_of(Scheme::Lung9, None, &[]), T::Tx);
        assert_eq!(t_of(Scheme::Mesothelioma8, None, &[]), T::Tx);
    }

    #[test]
    fn mesothelioma_features() {
        use MesoFeature::*;
        assert_eq!(
            t_of(Scheme::Mesothelioma8, None, &meso(&[IpsilateralPleura])),
            T::T1
        );
        assert_eq!(
            t_of(
                Scheme::Mesothelioma8,
                None,
                &meso(&[IpsilateralPleura, LungParenchyma])
            ),
            T::T2
        );
        assert_eq!(
            t_of(Scheme::Mesothelioma8, None, &meso(&[MediastinalFat])),
            T::T3
        );
        assert_eq!(
            t_of(
                Scheme::Mesothelioma8,
                None,
                &meso(&[Myocardium, MediastinalFat])
            ),
            T::T4
        );
        let err = derive_t(Scheme::Mesothelioma8, Some(&findings(Some(3.0), &[]))).unwrap_err();
        assert_eq!(err.field_path().as_deref(), Some("tumor.size_cm"));
        let err = derive_t(
            Scheme::Mesothelioma8,
            Some(&findings(None, &lung(&[LungFeature::ChestWall]))),
        )
        .unwrap_err();
        assert_eq!(err.field_path().as_deref(), Some("tumor.features[0]"));
    }

    #[test]
    fn category_is_checked_against_the_scheme() {
        let input = TumorInput::Category("T1a".parse().unwrap());
        let err = derive_t(Scheme::Mesothelioma8, Some(&input)).unwrap_err();
        assert_eq!(err.field_path().as_deref(), Some("tumor.category"));
    }
}
