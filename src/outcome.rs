//! From the form state to a core `Case`, staged by the core, or the field at fault.

use std::rc::Rc;

use lungstage::{
    Assessment, Case, Error, FeatureKind, Lesions, MetastasisFindings, MetastasisInput,
    NodeFindings, NodeInput, SiteFinding, TumorFindings, TumorInput, assess,
};

use crate::state::{Growth, LesionAnswer, Mode, State};

/// A staged case: what was entered and what the core made of it.
#[derive(Debug, Clone)]
pub struct Staged {
    pub case: Case,
    pub assessment: Assessment,
}

/// Identity, not contents: a `Staged` is made once per change of the form and shared through
/// `Rc`, so components re-render exactly when a new one arrives, and the deep comparison of
/// whole assessments stays out of the wasm binary.
impl PartialEq for Staged {
    fn eq(&self, other: &Staged) -> bool {
        std::ptr::eq(self, other)
    }
}

/// An entry the widget or the core could not use, at a descriptor path such as
/// `tumor.size_cm` or `metastases.sites[1].lesions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub path: String,
    pub message: String,
}

/// The message for the field at `path`, if `error` is that field's: what a form shows
/// beside each of its fields.
pub fn error_at(error: Option<&FieldError>, path: &str) -> Option<yew::AttrValue> {
    error.and_then(|e| e.at(path)).map(yew::AttrValue::from)
}

impl FieldError {
    fn new(path: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            path: path.into(),
            message: message.into(),
        }
    }

    /// The message as a sentence about the field. The core words its reasons to follow the
    /// field's name ("must be a size in centimetres above 0"), so they get a plain subject.
    pub fn sentence(&self) -> String {
        let subject = match self.path.as_str() {
            "tumor.size_cm" => "The size",
            "tumor.in_situ" => "Carcinoma in situ",
            "tumor.minimally_invasive" => "Minimally invasive adenocarcinoma",
            "tumor.category" => "This T",
            "nodes.tumor_side" => "The side of the tumour",
            "nodes.category" => "This N",
            "metastases.category" => "This M",
            p if p.ends_with(".lesions") => "The number of lesions",
            p if p.ends_with(".site") => "This site",
            _ => "",
        };
        let verb_first = ["is ", "must ", "cannot ", "applies ", "needs "]
            .iter()
            .any(|v| self.message.starts_with(v));
        if verb_first && !subject.is_empty() {
            format!("{subject} {}", self.message)
        } else {
            crate::text::capitalise(&self.message)
        }
    }

    /// The sentence, if the error belongs to the field at `path`.
    pub fn at(&self, path: &str) -> Option<String> {
        (self.path == path).then(|| self.sentence())
    }

    /// The sentence, if the error belongs to `path` or to any field under it.
    pub fn under(&self, path: &str) -> Option<String> {
        let inside = self.path == path
            || self
                .path
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with(['.', '[']));
        inside.then(|| self.sentence())
    }
}

impl From<Error> for FieldError {
    fn from(e: Error) -> FieldError {
        let path = e.field_path().unwrap_or("case").to_owned();
        let message = match &e {
            Error::Field { reason, .. } => reason.clone(),
            _ => e.to_string(),
        };
        FieldError::new(path, message)
    }
}

/// What the result area shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Nothing entered yet.
    Blank,
    Staged(Rc<Staged>),
    Failed(FieldError),
}

impl Outcome {
    pub fn of(state: &State) -> Outcome {
        if state.is_blank() {
            return Outcome::Blank;
        }
        match build(state).and_then(|case| {
            let assessment = assess(&case)?;
            Ok(Staged { case, assessment })
        }) {
            Ok(staged) => Outcome::Staged(Rc::new(staged)),
            Err(e) => Outcome::Failed(e),
        }
    }
}

/// The case the form describes, before the core checks it.
pub(crate) fn build(state: &State) -> Result<Case, FieldError> {
    let lung = state.scheme().is_lung();
    let tumor = match state.tumor.mode {
        Mode::Category => TumorInput::Category(state.tumor.category),
        Mode::Findings => {
            let text = state.tumor.size.trim();
            let size_cm = match text {
                "" => None,
                _ if !lung => None,
                _ => Some(lungstage::parse_decimal(text).ok_or_else(|| {
                    FieldError::new(
                        "tumor.size_cm",
                        "must be a number of centimetres, such as 2.5",
                    )
                })?),
            };
            let total = state.tumor.total_size.trim();
            let total_size_cm = match total {
                "" => None,
                _ if !lung => None,
                _ => Some(lungstage::parse_decimal(total).ok_or_else(|| {
                    FieldError::new(
                        "tumor.total_size_cm",
                        "must be a number of centimetres, such as 2.5",
                    )
                })?),
            };
            // Mesothelioma thickness, typed in the chosen unit; the core takes millimetres.
            let thickness = |text: &str, path: &'static str| match text.trim() {
                "" => Ok(None),
                _ if lung => Ok(None),
                text => lungstage::parse_decimal(text)
                    .map(|x| Some(state.tumor.thickness_unit.to_mm(x)))
                    .ok_or_else(|| FieldError::new(path, "must be a number, such as 18")),
            };
            let pleural_thickness_sum_mm = thickness(&state.tumor.psum, lungstage::PSUM_FIELD)?;
            let fissure_thickness_max_mm = thickness(&state.tumor.fmax, lungstage::FMAX_FIELD)?;
            let kind = if lung {
                FeatureKind::Lung
            } else {
                FeatureKind::Mesothelioma
            };
            let growth = if lung {
                state.tumor.growth
            } else {
                Growth::Usual
            };
            TumorInput::Findings(TumorFindings {
                size_cm,
                total_size_cm,
                in_situ: growth.in_situ(),
                minimally_invasive: growth == Growth::MinimallyInvasive,
                occult: growth == Growth::Occult,
                features: state
                    .tumor
                    .features
                    .iter()
                    .copied()
                    .filter(|f| f.kind() == kind)
                    .collect(),
                pleural_thickness_sum_mm,
                fissure_thickness_max_mm,
            })
        }
    };
    // Unanswered and "not assessed" are both NX: no node answer is ever assumed.
    let nodes = match (state.nodes.mode, state.nodes.assessed) {
        (Mode::Category, _) => Some(NodeInput::Category(state.nodes.category)),
        (Mode::Findings, None | Some(false)) => None,
        (Mode::Findings, Some(true)) => Some(NodeInput::Findings(NodeFindings {
            tumor_side: state.nodes.side,
            stations: state.nodes.stations.clone(),
        })),
    };
    let metastases = match state.metastases.mode {
        Mode::Category => Some(MetastasisInput::Category(state.metastases.category)),
        // Nothing ticked and "no spread found" not said: not entered, which the core reads as cM0.
        Mode::Findings if state.metastases.sites.is_empty() && !state.metastases.none_found => None,
        Mode::Findings => {
            let mut sites = Vec::with_capacity(state.metastases.sites.len());
            for (i, (site, answer)) in state.metastases.sites.iter().enumerate() {
                let lesions = match answer {
                    LesionAnswer::NotKnown => Lesions::Unknown,
                    LesionAnswer::One => Lesions::Count(1),
                    LesionAnswer::Several(count) if count.trim().is_empty() => Lesions::Multiple,
                    LesionAnswer::Several(count) => match count.trim().parse::<u32>() {
                        Ok(n) if n >= 2 => Lesions::Count(n),
                        _ => {
                            return Err(FieldError::new(
                                format!("metastases.sites[{i}].lesions"),
                                "must be a whole number, 2 or more, or left empty if not known",
                            ));
                        }
                    },
                };
                sites.push(SiteFinding {
                    site: *site,
                    lesions,
                });
            }
            Some(MetastasisInput::Findings(MetastasisFindings { sites }))
        }
    };
    Ok(Case {
        edition: state.edition,
        histology: state.histology,
        classification: state.classification,
        tumor: Some(tumor),
        nodes,
        metastases,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;
    use lungstage::{Side, Site, StageGroup, Station};

    fn outcome(actions: Vec<Action>) -> Outcome {
        Outcome::of(&actions.into_iter().fold(State::default(), State::apply))
    }

    fn stage(actions: Vec<Action>) -> Option<StageGroup> {
        match outcome(actions) {
            Outcome::Staged(s) => s.assessment.staging.stage(),
            other => panic!("not staged: {other:?}"),
        }
    }

    /// Thickness is typed in mm or cm and reaches the core in mm: 2.5 typed in cm is 25 mm
    /// (cT2), not the 2.5 mm (cT1) it would be in mm.
    #[test]
    fn mesothelioma_thickness_converts_from_cm() {
        use lungstage::{Histology, T, ThicknessUnit};
        let t_of = |actions: Vec<Action>| match outcome(actions) {
            Outcome::Staged(s) => s.assessment.staging.t.category.category,
            other => panic!("not staged: {other:?}"),
        };
        let meso = || Action::ChooseHistology(Histology::Mesothelioma);
        let cases = [
            (ThicknessUnit::Cm, "2.5", "0", T::T2),
            (ThicknessUnit::Mm, "2.5", "0", T::T1),
            (ThicknessUnit::Cm, "1.2", "0.5", T::T1),
            (ThicknessUnit::Cm, "1.2", "0.51", T::T2),
            (ThicknessUnit::Cm, "3.01", "", T::T3),
        ];
        for (unit, psum, fmax, t) in cases {
            let actions = vec![
                meso(),
                Action::ChooseThicknessUnit(unit),
                Action::TypePsum(psum.into()),
                Action::TypeFmax(fmax.into()),
            ];
            assert_eq!(t_of(actions), t, "{psum} {fmax} {unit}");
        }
        // Switching the unit converts what is typed, so the thickness stays the same.
        let s = [
            meso(),
            Action::TypePsum("25".into()),
            Action::TypeFmax("6".into()),
            Action::ChooseThicknessUnit(ThicknessUnit::Cm),
        ]
        .into_iter()
        .fold(State::default(), State::apply);
        assert_eq!(
            (s.tumor.psum.as_str(), s.tumor.fmax.as_str()),
            ("2.5", "0.6")
        );
        let Some(lungstage::TumorInput::Findings(f)) = build(&s).unwrap().tumor else {
            panic!()
        };
        assert_eq!(f.pleural_thickness_sum_mm, Some(25.0));
        let err = build(
            &State::default()
                .apply(meso())
                .apply(Action::TypePsum("2,5".into())),
        );
        assert_eq!(err.unwrap_err().path, lungstage::PSUM_FIELD);
    }

    #[test]
    fn findings_are_staged_by_the_core() {
        assert_eq!(outcome(vec![]), Outcome::Blank);
        assert_eq!(
            stage(vec![
                Action::TypeSize("3.4".into()),
                Action::MarkNodesAssessed(true)
            ]),
            Some(StageGroup::IB)
        );
        let n2b = vec![
            Action::TypeSize("3.4".into()),
            Action::ChooseSide(Side::Right),
            Action::ToggleStation(Station::S4R, true),
            Action::ToggleStation(Station::S2R, true),
        ];
        assert_eq!(stage(n2b), Some(StageGroup::IIIB));
        assert_eq!(
            stage(vec![
                Action::TypeSize("2".into()),
                Action::MarkNodesAssessed(false)
            ]),
            None
        );
        assert_eq!(
            stage(vec![
                Action::TypeSize("2".into()),
                Action::ToggleSite(Site::Brain, true),
                Action::AnswerLesions(Site::Brain, LesionAnswer::One),
            ]),
            Some(StageGroup::IVA)
        );
    }

    /// Expected groups from the AJCC 8th / IASLC 9th tables.
    #[test]
    fn unanswered_questions_never_pick_a_category() {
        use StageGroup::*;
        let size = || Action::TypeSize("2.5".into());
        let checked = || Action::MarkNodesAssessed(true);
        let cases = [
            // Size only: the node question is unanswered, so no group (T1c NX M0).
            (vec![size()], None),
            // Every N gives IVA with M1a.
            (
                vec![
                    size(),
                    Action::ToggleSite(Site::MalignantPleuralEffusion, true),
                ],
                Some(IVA),
            ),
            // Bone ticked, count not known: M1, stage IV.
            (
                vec![size(), checked(), Action::ToggleSite(Site::Bone, true)],
                Some(IV),
            ),
            (
                vec![
                    size(),
                    checked(),
                    Action::ToggleSite(Site::Bone, true),
                    Action::AnswerLesions(Site::Bone, LesionAnswer::Several(String::new())),
                ],
                Some(IVB),
            ),
            (
                vec![
                    size(),
                    checked(),
                    Action::ToggleSite(Site::Bone, true),
                    Action::AnswerLesions(Site::Bone, LesionAnswer::One),
                ],
                Some(IVA),
            ),
            // Nothing about the tumour: not occult carcinoma.
            (vec![checked(), Action::MarkNoSpreadFound(true)], None),
            (
                vec![checked(), Action::ChooseGrowth(Growth::Occult)],
                Some(Occult),
            ),
            (
                vec![
                    checked(),
                    Action::ChooseGrowth(Growth::SquamousInSitu),
                    Action::TypeTotalSize("4".into()),
                ],
                Some(Zero),
            ),
            (
                vec![
                    checked(),
                    Action::ChooseGrowth(Growth::AdenocarcinomaInSitu),
                    Action::TypeTotalSize("4".into()),
                ],
                Some(IA1),
            ),
        ];
        for (actions, expected) in cases {
            assert_eq!(stage(actions.clone()), expected, "{actions:?}");
        }
        let staged = |actions: Vec<Action>| match outcome(actions) {
            Outcome::Staged(s) => s,
            other => panic!("{other:?}"),
        };
        assert!(staged(vec![size()]).assessment.staging.m0_assumed);
        assert!(
            !staged(vec![size(), Action::MarkNoSpreadFound(true)])
                .assessment
                .staging
                .m0_assumed
        );
    }

    #[test]
    fn the_classification_reaches_the_case_and_the_stage() {
        use lungstage::Prefix;
        let written = Action::TypeWritten("T2a N1 M0".into());
        let cases = [
            (vec![written.clone()], None, "cT2a cN1 cM0", Prefix::C),
            (
                vec![Action::ChooseClassification(Prefix::P), written.clone()],
                Some(Prefix::P),
                "pT2a pN1 cM0",
                Prefix::P,
            ),
            (
                vec![
                    Action::ChooseClassification(Prefix::P),
                    Action::TypeWritten("cT2a N1 M0".into()),
                ],
                Some(Prefix::P),
                "cT2a pN1 cM0",
                Prefix::C,
            ),
        ];
        for (actions, class, tnm, group) in cases {
            let state = actions.into_iter().fold(State::default(), State::apply);
            assert_eq!(state.classification, class);
            let case = build(&state).unwrap();
            assert_eq!(case.classification, class);
            let Outcome::Staged(s) = Outcome::of(&state) else {
                panic!("{tnm}: not staged")
            };
            let staging = &s.assessment.staging;
            assert_eq!(
                (
                    staging.prefixed_tnm().to_string(),
                    staging.classification.group
                ),
                (tnm.to_owned(), group)
            );
        }
    }

    #[test]
    fn bad_entries_name_their_field() {
        let cases = [
            (vec![Action::TypeSize("0".into())], "tumor.size_cm"),
            (vec![Action::TypeSize("2,5".into())], "tumor.size_cm"),
            (vec![Action::TypeSize("45".into())], "tumor.size_cm"),
            (
                vec![Action::ToggleStation(Station::S4R, true)],
                "nodes.tumor_side",
            ),
            (
                vec![
                    Action::ToggleSite(Site::Bone, true),
                    Action::AnswerLesions(Site::Bone, LesionAnswer::Several("0".into())),
                ],
                "metastases.sites[0].lesions",
            ),
            (
                vec![
                    Action::ToggleSite(Site::Bone, true),
                    Action::AnswerLesions(Site::Bone, LesionAnswer::Several("1".into())),
                ],
                "metastases.sites[0].lesions",
            ),
            (
                vec![
                    Action::ChooseGrowth(Growth::Occult),
                    Action::TypeSize("2".into()),
                ],
                "tumor.occult",
            ),
        ];
        for (actions, path) in cases {
            match outcome(actions) {
                Outcome::Failed(e) => assert_eq!(e.path, path, "{}", e.message),
                other => panic!("{path}: {other:?}"),
            }
        }
        let e = FieldError::new(
            "metastases.sites[1].lesions",
            "must be from 1 to 999, not 0",
        );
        assert!(e.under("metastases").is_some() && e.under("meta").is_none());
        assert_eq!(
            e.at("metastases.sites[1].lesions").as_deref(),
            Some("The number of lesions must be from 1 to 999, not 0")
        );
        let e = FieldError::new("tumor.features", "a carcinoma in situ does not invade");
        assert_eq!(e.sentence(), "A carcinoma in situ does not invade");
    }
}
