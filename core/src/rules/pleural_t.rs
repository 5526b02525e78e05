//! Clinical T of pleural mesothelioma in the 9th edition: CT thickness (Psum, Fmax), the minor
//! invasion features and the T4 features (UICC TNM 9 via NHS England NDRS; SEER EOD V9).

use crate::messages::Msg;
use crate::rules::reason::Value;
use crate::vocabulary::feature::Meso9Role;
use crate::vocabulary::number::decimal;
use crate::{
    Awaiting, Derived, Error, MesoFeature, Note, NoteId, ReasonText, SourceId, T, TumorFindings,
    Worded,
};

/// Psum (mm) at or below which the tumour is thin: cT1, or cT2 with Fmax over 5 mm or a minor
/// feature (UICC TNM 9 via NDRS; SEER EOD V9 codes 050 and 200).
pub const PSUM_THIN_MAX_MM: f64 = 12.0;
/// Psum (mm) at or below which a thicker tumour is cT2; above it, cT3 (same sources, code 400).
pub const PSUM_T2_MAX_MM: f64 = 30.0;
/// Fmax (mm) at or below which the fissures do not count (same sources).
pub const FMAX_MAX_MM: f64 = 5.0;
/// Largest thickness we accept, in mm; a larger value is almost always a unit slip.
pub const MAX_THICKNESS_MM: f64 = 300.0;

/// A thickness typed in cm, as millimetres, rounded to 0.01 mm so that 1.2 cm is exactly 12 mm.
///
/// ```
/// assert_eq!(lungstage::cm_to_mm(2.5), 25.0);
/// assert_eq!(lungstage::cm_to_mm(1.2), 12.0);
/// ```
pub fn cm_to_mm(cm: f64) -> f64 {
    (cm * 1000.0).round() / 100.0
}

/// Millimetres written in cm, for a form field switched to cm.
pub fn mm_to_cm(mm: f64) -> f64 {
    (mm * 100.0).round() / 1000.0
}

/// The 9th-edition clinical T from findings already checked to be mesothelioma findings.
pub(crate) fn clinical_t9(
    f: &TumorFindings,
    features: &[MesoFeature],
) -> Result<Derived<T>, Error> {
    let source = SourceId::Meso9;
    let mut notes = Vec::new();
    let (mut minor, mut t4) = (Vec::new(), Vec::new());
    for &feature in features {
        match feature.meso9_role() {
            Meso9Role::Minor => minor.push(feature),
            Meso9Role::T4 => t4.push(feature),
            Meso9Role::EighthOnly => notes.push(NoteId::Meso9EighthDescriptor),
        }
    }
    notes.dedup();
    // Each threshold's words: "Psum 18 mm, over 12 mm and at most 30 mm → cT2".
    let said = |t: T, msg: Msg, args: &[&dyn std::fmt::Display]| {
        (t, Worded::new(msg, args).into(), source)
    };
    let candidates: Vec<(T, ReasonText, SourceId)> = if !t4.is_empty() {
        // A T4 feature decides alone, whatever the thickness.
        t4.iter()
            .map(|f| {
                let words = Worded::with(Msg::ReasonMeso9T4Feature, vec![f.label_msg().into()]);
                (T::T4, words.into(), source)
            })
            .collect()
    } else {
        let nothing = features.is_empty() && f.fissure_thickness_max_mm.is_none();
        let Some(psum) = f.pleural_thickness_sum_mm else {
            // Nothing entered is not a question left open: TX, as for any empty findings.
            if nothing {
                let why = Worded::new(Msg::ReasonTxNoExtent, &[]);
                return Ok(Derived::single(T::Tx, why, source, true));
            }
            return Ok(with(
                ask(Awaiting::Psum, Worded::new(Msg::ReasonPsumMissing, &[])),
                &notes,
            ));
        };
        let thin = psum <= PSUM_THIN_MAX_MM;
        if !thin && !minor.is_empty() {
            notes.push(NoteId::Meso9MinorThick);
        }
        match (thin, f.fissure_thickness_max_mm) {
            (false, _) if psum > PSUM_T2_MAX_MM => {
                vec![said(T::T3, Msg::ReasonPsumOver30, &[&decimal(psum)])]
            }
            (false, _) => vec![said(T::T2, Msg::ReasonPsum12To30, &[&decimal(psum)])],
            (true, _) if !minor.is_empty() => minor
                .iter()
                .map(|f| {
                    let feature = f.label_msg_in(crate::Scheme::Mesothelioma9);
                    let values = vec![Value::text(&decimal(psum)), feature.into()];
                    let words = Worded::with(Msg::ReasonPsumThinFeature, values);
                    (T::T2, words.into(), source)
                })
                .collect(),
            (true, None) => {
                let why = Worded::new(Msg::ReasonPsumThinFmaxMissing, &[&decimal(psum)]);
                return Ok(with(ask(Awaiting::Fmax, why), &notes));
            }
            (true, Some(fmax)) if fmax > FMAX_MAX_MM => {
                let values: [&dyn std::fmt::Display; 2] = [&decimal(psum), &decimal(fmax)];
                vec![said(T::T2, Msg::ReasonPsumThinFmaxOver5, &values)]
            }
            (true, Some(fmax)) => {
                let values: [&dyn std::fmt::Display; 2] = [&decimal(psum), &decimal(fmax)];
                vec![said(T::T1, Msg::ReasonPsumThinFmaxThin, &values)]
            }
        }
    };
    let rank = |t: T| match t {
        T::T4 => 4,
        T::T3 => 3,
        T::T2 => 2,
        T::Tx | T::T0 | T::Tis | T::T1mi | T::T1a | T::T1b | T::T1c | T::T1 | T::T2a | T::T2b => 1,
    };
    Ok(match Derived::highest(candidates, rank) {
        Some(d) => with(d, &notes),
        None => ask(Awaiting::Psum, Worded::new(Msg::ReasonPsumMissing, &[])),
    })
}

fn with(mut d: Derived<T>, notes: &[NoteId]) -> Derived<T> {
    d.notes
        .extend(notes.iter().map(|&id| Note::fixed(id, SourceId::Meso9)));
    d
}

/// No clinical T yet: TX, and the answer that would decide it.
fn ask(asks: Awaiting, why: Worded) -> Derived<T> {
    let mut d = Derived::single(T::Tx, why, SourceId::Meso9, true);
    d.asks = Some(asks);
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use MesoFeature::*;

    fn t9(psum: Option<f64>, fmax: Option<f64>, features: &[MesoFeature]) -> Derived<T> {
        let f = TumorFindings {
            pleural_thickness_sum_mm: psum,
            fissure_thickness_max_mm: fmax,
            features: features.iter().map(|&f| f.into()).collect(),
            ..TumorFindings::default()
        };
        clinical_t9(&f, features).unwrap()
    }

    /// Every boundary of UICC TNM 9 (via NDRS), just under, at and just over.
    #[test]
    fn thickness_boundaries() {
        let cases = [
            (Some(0.0), Some(0.0), T::T1),
            (Some(11.9), Some(5.0), T::T1),
            (Some(12.0), Some(5.0), T::T1),
            (Some(12.0), Some(4.9), T::T1),
            (Some(12.0), Some(5.1), T::T2),
            (Some(12.1), Some(0.0), T::T2),
            (Some(12.1), None, T::T2),
            (Some(29.9), None, T::T2),
            (Some(30.0), None, T::T2),
            (Some(30.1), None, T::T3),
            (Some(30.1), Some(9.0), T::T3),
            (Some(120.0), None, T::T3),
        ];
        for (psum, fmax, expected) in cases {
            let d = t9(psum, fmax, &[]);
            assert_eq!(d.category.category, expected, "{psum:?} {fmax:?}");
            assert_eq!(d.asks, None, "{psum:?} {fmax:?}");
        }
    }

    #[test]
    fn minor_features_lift_only_thin_tumours() {
        for feature in [MediastinalFat, ChestWallSoftTissue] {
            // Thin: cT2 without needing Fmax.
            let d = t9(Some(10.0), None, &[feature]);
            assert_eq!((d.category.category, d.asks), (T::T2, None), "{feature}");
            // Over 12 mm the feature changes nothing, and a note says so.
            for psum in [12.1, 25.0, 30.1] {
                let with = t9(Some(psum), None, &[feature]);
                assert_eq!(
                    with.category.category,
                    t9(Some(psum), None, &[]).category.category,
                    "{feature} {psum}"
                );
                let note = Note::fixed(NoteId::Meso9MinorThick, SourceId::Meso9);
                assert_eq!(with.notes, [note]);
            }
        }
    }

    #[test]
    fn a_t4_feature_decides_without_thickness() {
        for &feature in MesoFeature::ALL {
            if feature.meso9_role() == Meso9Role::T4 {
                let d = t9(None, None, &[feature]);
                assert_eq!((d.category.category, d.asks), (T::T4, None), "{feature}");
                let thin = t9(Some(3.0), Some(1.0), &[feature, MediastinalFat]);
                assert_eq!(thin.category.category, T::T4);
            }
        }
    }

    #[test]
    fn an_unanswered_thickness_that_could_decide_is_asked_for() {
        type Row = (Option<f64>, Option<f64>, &'static [MesoFeature], Awaiting);
        let cases: [Row; 4] = [
            (None, Some(7.0), &[], Awaiting::Psum),
            (None, None, &[MediastinalFat], Awaiting::Psum),
            (Some(12.0), None, &[], Awaiting::Fmax),
            (Some(0.5), None, &[IpsilateralPleura], Awaiting::Fmax),
        ];
        for (psum, fmax, features, asks) in cases {
            let d = t9(psum, fmax, features);
            assert_eq!(d.category.category, T::Tx, "{psum:?} {fmax:?} {features:?}");
            assert_eq!(d.asks, Some(asks), "{psum:?} {fmax:?} {features:?}");
        }
        // Nothing entered asks nothing: the tumour is not assessed, as for any empty findings.
        let d = t9(None, None, &[]);
        assert_eq!((d.category.category, d.asks), (T::Tx, None));
        // An 8th-edition descriptor is listed as unused.
        let d = t9(Some(0.5), Some(0.0), &[DiaphragmMuscle, LungParenchyma]);
        assert_eq!(d.category.category, T::T1);
        let note = Note::fixed(NoteId::Meso9EighthDescriptor, SourceId::Meso9);
        assert_eq!(d.notes, [note]);
    }

    #[test]
    fn centimetres_convert() {
        for (cm, mm) in [
            (1.2, 12.0),
            (2.5, 25.0),
            (0.5, 5.0),
            (3.01, 30.1),
            (0.0, 0.0),
        ] {
            assert_eq!(cm_to_mm(cm), mm, "{cm} cm");
            assert_eq!(mm_to_cm(mm), cm, "{mm} mm");
        }
        // 2.5 typed in cm is cT2, not the cT1 of 2.5 mm.
        assert_eq!(
            t9(Some(cm_to_mm(2.5)), Some(0.0), &[]).category.category,
            T::T2
        );
        assert_eq!(t9(Some(2.5), Some(0.0), &[]).category.category, T::T1);
    }
}
