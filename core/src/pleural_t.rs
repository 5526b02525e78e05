//! Clinical T of pleural mesothelioma in the 9th edition: CT thickness (Psum, Fmax), the
//! minor invasion features and the T4 features (UICC TNM 9, via NHS England NDRS).

use crate::codes::coded_enum;
use crate::number::decimal;
use crate::{Derived, Error, Feature, Note, SourceId, T, TumorFindings};

/// Psum (mm) at or below which the tumour is thin: cT1, or cT2 with Fmax over 5 mm or a
/// minor feature (UICC TNM 9 via NDRS).
pub const PSUM_THIN_MAX_MM: f64 = 12.0;
/// Psum (mm) at or below which a thicker tumour is cT2; above it, cT3 (UICC TNM 9 via NDRS).
pub const PSUM_T2_MAX_MM: f64 = 30.0;
/// Fmax (mm) at or below which the fissures do not count (UICC TNM 9 via NDRS).
pub const FMAX_MAX_MM: f64 = 5.0;
/// Largest thickness we accept, in mm; larger values are almost always a unit slip.
pub const MAX_THICKNESS_MM: f64 = 300.0;

/// The descriptor field of the summed pleural thickness.
pub const PSUM_FIELD: &str = "tumor.pleural_thickness_sum_mm";
/// The descriptor field of the thickest tumour along a fissure.
pub const FMAX_FIELD: &str = "tumor.fissure_thickness_max_mm";

/// How Psum is measured, for forms.
pub const PSUM_HINT: &str = "On CT: the greatest pleural thickness in each third of the chest \
    (upper, middle, lower; split at the top of the aortic arch and the top of the atria), measured \
    on axial images across the chest wall or mediastinum, added up.";
/// How Fmax is measured, for forms.
pub const FMAX_HINT: &str =
    "On CT: the greatest thickness of tumour along a fissure, measured on sagittal images.";

coded_enum! {
    /// The unit a thickness was typed in; the descriptor always holds millimetres.
    ///
    /// | Code | Millimetres |
    /// |---|---|
    /// | `mm` | as typed |
    /// | `cm` | times 10 |
    pub enum ThicknessUnit ("thickness unit") {
        Mm = "mm",
        Cm = "cm",
    }
}

impl ThicknessUnit {
    /// `value` in millimetres, rounded to 0.01 mm so that 1.2 cm is exactly 12 mm.
    ///
    /// ```
    /// use lungstage::ThicknessUnit;
    ///
    /// assert_eq!(ThicknessUnit::Cm.to_mm(2.5), 25.0);
    /// assert_eq!(ThicknessUnit::Cm.to_mm(1.2), 12.0);
    /// assert_eq!(ThicknessUnit::Mm.to_mm(12.0), 12.0);
    /// ```
    pub fn to_mm(self, value: f64) -> f64 {
        let mm = match self {
            ThicknessUnit::Mm => value,
            ThicknessUnit::Cm => value * 10.0,
        };
        (mm * 100.0).round() / 100.0
    }

    /// `mm` written in this unit, for a form field.
    pub fn from_mm(self, mm: f64) -> f64 {
        match self {
            ThicknessUnit::Mm => mm,
            ThicknessUnit::Cm => ((mm / 10.0) * 1000.0).round() / 1000.0,
        }
    }
}

/// What a mesothelioma finding does for the 9th-edition clinical T.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role9 {
    /// Lifts a thin tumour (Psum at most 12 mm) to cT2; no effect above 12 mm.
    Minor,
    /// cT4 whatever the thickness.
    T4,
    /// An 8th-edition descriptor that the 9th-edition clinical T does not use.
    EighthOnly,
}

/// The 9th-edition clinical role of a mesothelioma feature; `None` for lung features.
///
/// | Role | Features |
/// |---|---|
/// | minor | `mediastinal_fat` `chest_wall_soft_tissue` (a single focus) |
/// | T4 | `chest_wall_diffuse` `rib` `mediastinal_organs` `myocardium` (the heart) `spine` `transdiaphragmatic_peritoneum` `pericardium_internal_surface` `contralateral_pleura` `malignant_pericardial_effusion` |
/// | 8th only | `ipsilateral_pleura` `diaphragm_muscle` `lung_parenchyma` `endothoracic_fascia` `pericardium_non_transmural` |
pub const fn role9(feature: Feature) -> Option<Role9> {
    use Feature::*;
    match feature {
        // UICC TNM 9 via NDRS: cT2 features when Psum is at most 12 mm.
        MediastinalFat | ChestWallSoftTissue => Some(Role9::Minor),
        // UICC TNM 9 via NDRS, cT4: diffuse chest-wall soft tissue, rib, mediastinal organs
        // (heart included) and spine, through the diaphragm or pericardium, contralateral
        // pleura, malignant pericardial effusion.
        ChestWallDiffuse
        | Rib
        | MediastinalOrgans
        | Myocardium
        | Spine
        | TransdiaphragmaticPeritoneum
        | PericardiumInternalSurface
        | ContralateralPleura
        | MalignantPericardialEffusion => Some(Role9::T4),
        IpsilateralPleura
        | DiaphragmMuscle
        | LungParenchyma
        | EndothoracicFascia
        | PericardiumNonTransmural => Some(Role9::EighthOnly),
        SuperficialSpreading
        | MainBronchus
        | VisceralPleura
        | Atelectasis
        | AdjacentLobe
        | ParietalPleura
        | ChestWall
        | PhrenicNerve
        | ParietalPericardium
        | SuperiorSulcus
        | AzygosVein
        | ThoracicNerveRoots
        | StellateGanglion
        | SeparateNoduleSameLobe
        | Diaphragm
        | Mediastinum
        | Heart
        | VisceralPericardium
        | GreatVessels
        | Trachea
        | RecurrentLaryngealNerve
        | Esophagus
        | VertebralBody
        | Carina
        | Thymus
        | VagusNerve
        | IntrapericardialPulmonaryVessels
        | SupraAorticArteries
        | BrachiocephalicVeins
        | SubclavianVessels
        | Lamina
        | SpinalCanal
        | CervicalNerveRoots
        | BrachialPlexus
        | SeparateNoduleOtherIpsilateralLobe => None,
    }
}

/// Whether only the 9th edition lists this feature (no 8th-edition T).
pub const fn ninth_only(feature: Feature) -> bool {
    matches!(
        feature,
        Feature::Rib | Feature::MalignantPericardialEffusion
    )
}

fn mm(x: f64) -> String {
    format!("{} mm", decimal(x))
}

/// The 9th-edition clinical T from findings already checked to be mesothelioma findings.
pub(crate) fn clinical_t9(f: &TumorFindings, features: &[Feature]) -> Result<Derived<T>, Error> {
    let source = SourceId::Meso9;
    let mut notes = Vec::new();
    let (mut minor, mut t4) = (Vec::new(), Vec::new());
    for &feature in features {
        match role9(feature) {
            Some(Role9::Minor) => minor.push(feature),
            Some(Role9::T4) => t4.push(feature),
            Some(Role9::EighthOnly) => notes.push(Note::new(
                format!(
                    "`{feature}` (the tumour {}) is an 8th-edition descriptor: the 9th-edition clinical T is set by CT thickness and the listed invasion features, so it is not used here.",
                    feature.label()
                ),
                source,
            )),
            None => {
                return Err(Error::field(
                    "tumor.features",
                    format!("`{feature}` is a lung-tumour feature; pleural mesothelioma has its own features"),
                ));
            }
        }
    }
    let with = |mut d: Derived<T>, notes: Vec<Note>| {
        d.notes.extend(notes);
        d
    };
    // A T4 feature decides alone, whatever the thickness.
    if !t4.is_empty() {
        let candidates = t4
            .iter()
            .map(|feature| {
                (
                    T::T4,
                    format!(
                        "the tumour {}, which gives cT4 whatever the thickness",
                        feature.label()
                    ),
                    source,
                )
            })
            .collect();
        return Ok(Derived::highest(candidates, |_| 4).map_or_else(
            || missing(vec![PSUM_FIELD], "no tumour extent given"),
            |d| with(d, notes),
        ));
    }
    let Some(psum) = f.pleural_thickness_sum_mm else {
        let why = if minor.is_empty() && f.fissure_thickness_max_mm.is_none() {
            "no tumour extent given: the 9th-edition clinical T needs the summed pleural thickness (Psum) on CT"
        } else {
            "the summed pleural thickness (Psum) is not given, and it decides the 9th-edition clinical T (cT1 to cT3), since no cT4 feature is entered"
        };
        return Ok(with(missing(vec![PSUM_FIELD], why), notes));
    };
    if psum > PSUM_THIN_MAX_MM {
        for feature in &minor {
            notes.push(Note::new(
                format!(
                    "The tumour {}: with Psum over 12 mm this does not change the clinical T.",
                    feature.label()
                ),
                source,
            ));
        }
        let (t, rule) = if psum > PSUM_T2_MAX_MM {
            (T::T3, format!("Psum {} is over 30 mm", mm(psum)))
        } else {
            (
                T::T2,
                format!("Psum {} is over 12 mm and at most 30 mm", mm(psum)),
            )
        };
        return Ok(with(Derived::single(t, rule, source, true), notes));
    }
    if !minor.is_empty() {
        let candidates = minor
            .iter()
            .map(|feature| {
                (
                    T::T2,
                    format!(
                        "the tumour {}, which with Psum {} (at most 12 mm) gives cT2",
                        feature.label(),
                        mm(psum)
                    ),
                    source,
                )
            })
            .collect();
        return Ok(Derived::highest(candidates, |_| 2).map_or_else(
            || missing(vec![PSUM_FIELD], "no tumour extent given"),
            |d| with(d, notes),
        ));
    }
    let Some(fmax) = f.fissure_thickness_max_mm else {
        return Ok(with(
            missing(
                vec![FMAX_FIELD],
                &format!(
                    "Psum {} is at most 12 mm, so the thickest tumour along a fissure (Fmax) decides between cT1 (at most 5 mm) and cT2 (over 5 mm), and it is not given",
                    mm(psum)
                ),
            ),
            notes,
        ));
    };
    let derived = if fmax > FMAX_MAX_MM {
        Derived::single(
            T::T2,
            format!(
                "Fmax {} is over 5 mm, with Psum {} at most 12 mm",
                mm(fmax),
                mm(psum)
            ),
            source,
            true,
        )
    } else {
        Derived::single(
            T::T1,
            format!(
                "Psum {} is at most 12 mm and Fmax {} is at most 5 mm",
                mm(psum),
                mm(fmax)
            ),
            source,
            true,
        )
    };
    Ok(with(derived, notes))
}

/// No clinical T yet: TX, with the fields that would decide it.
fn missing(needs: Vec<&'static str>, why: &str) -> Derived<T> {
    let mut d = Derived::single(T::Tx, why, SourceId::Meso9, true);
    d.needs = needs;
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use Feature::*;

    fn t9(psum: Option<f64>, fmax: Option<f64>, features: &[Feature]) -> Derived<T> {
        let f = TumorFindings {
            pleural_thickness_sum_mm: psum,
            fissure_thickness_max_mm: fmax,
            features: features.to_vec(),
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
            assert!(d.needs.is_empty(), "{psum:?} {fmax:?}");
        }
    }

    #[test]
    fn the_trace_names_the_threshold() {
        let cases = [
            (
                Some(18.0),
                None,
                "Psum 18 mm is over 12 mm and at most 30 mm",
            ),
            (Some(31.0), None, "Psum 31 mm is over 30 mm"),
            (
                Some(8.0),
                Some(6.0),
                "Fmax 6 mm is over 5 mm, with Psum 8 mm at most 12 mm",
            ),
            (
                Some(12.0),
                Some(5.0),
                "Psum 12 mm is at most 12 mm and Fmax 5 mm is at most 5 mm",
            ),
        ];
        for (psum, fmax, text) in cases {
            let d = t9(psum, fmax, &[]);
            assert_eq!(d.reasons[0].text, text);
            assert_eq!(d.reasons[0].source, SourceId::Meso9);
        }
    }

    #[test]
    fn minor_features_lift_only_thin_tumours() {
        for feature in [MediastinalFat, ChestWallSoftTissue] {
            // Thin: cT2 without needing Fmax.
            let d = t9(Some(10.0), None, &[feature]);
            assert_eq!(d.category.category, T::T2, "{feature}");
            assert!(d.needs.is_empty());
            // Over 12 mm the feature changes nothing.
            for psum in [12.1, 25.0, 30.1] {
                assert_eq!(
                    t9(Some(psum), None, &[feature]).category.category,
                    t9(Some(psum), None, &[]).category.category,
                    "{feature} {psum}"
                );
            }
            assert!(!t9(Some(20.0), None, &[feature]).notes.is_empty());
        }
    }

    #[test]
    fn a_t4_feature_decides_without_thickness() {
        for &feature in Feature::ALL {
            if role9(feature) == Some(Role9::T4) {
                let d = t9(None, None, &[feature]);
                assert_eq!(d.category.category, T::T4, "{feature}");
                assert!(d.needs.is_empty());
                assert_eq!(
                    t9(Some(3.0), Some(1.0), &[feature, MediastinalFat])
                        .category
                        .category,
                    T::T4
                );
            }
        }
    }

    #[test]
    fn an_unanswered_thickness_that_could_decide_is_asked_for() {
        type Row = (
            Option<f64>,
            Option<f64>,
            &'static [Feature],
            &'static [&'static str],
        );
        let cases: [Row; 5] = [
            (None, None, &[], &[PSUM_FIELD]),
            (None, Some(7.0), &[], &[PSUM_FIELD]),
            (None, None, &[MediastinalFat], &[PSUM_FIELD]),
            (Some(12.0), None, &[], &[FMAX_FIELD]),
            (Some(0.5), None, &[IpsilateralPleura], &[FMAX_FIELD]),
        ];
        for (psum, fmax, features, needs) in cases {
            let d = t9(psum, fmax, features);
            assert_eq!(d.category.category, T::Tx, "{psum:?} {fmax:?} {features:?}");
            assert_eq!(d.needs, needs, "{psum:?} {fmax:?} {features:?}");
        }
        // An 8th-edition descriptor is listed as unused.
        let d = t9(Some(0.5), Some(0.0), &[DiaphragmMuscle]);
        assert_eq!(d.category.category, T::T1);
        assert!(d.notes[0].text.contains("8th-edition descriptor"));
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
            assert_eq!(ThicknessUnit::Cm.to_mm(cm), mm, "{cm} cm");
            assert_eq!(ThicknessUnit::Cm.from_mm(mm), cm, "{mm} mm");
        }
        // 2.5 typed in cm is cT2, not the cT1 of 2.5 mm.
        let psum = ThicknessUnit::Cm.to_mm(2.5);
        assert_eq!(t9(Some(psum), Some(0.0), &[]).category.category, T::T2);
        assert_eq!(t9(Some(2.5), Some(0.0), &[]).category.category, T::T1);
        assert_eq!("CM".parse::<ThicknessUnit>().unwrap(), ThicknessUnit::Cm);
        assert!("in".parse::<ThicknessUnit>().is_err());
    }
}
