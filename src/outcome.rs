//! From the form state to a core `Case`, staged by the core, or the field at fault.

use std::rc::Rc;

use lungstage::{
    Assessment, Case, Error, FeatureKind, Lesions, MetastasisFindings, MetastasisInput,
    NodeFindings, NodeInput, SiteFinding, TumorFindings, TumorInput, assess_editions,
};

use crate::deferred::Texts;
use crate::state::{Growth, LesionAnswer, Mode, SizeUnit, State, TumorState, WrittenError};
use crate::text::{Msg, say, say_with};

/// Above this a size typed in cm is asked about: millimetres are the likelier mistake, and
/// over 7 cm is T4 (9th edition, Table 1).
pub const CONFIRM_OVER_CM: f64 = 7.0;

/// A staged case: what was entered and what the core made of it, in both editions.
/// `assessment.changes` is left empty (`lungstage::assess_editions`): what differs between
/// the editions is worked out where it is shown (`Staged::changes`: the edition comparison,
/// folded away in the patient view, and the sources list), so that a patient's first answer
/// does not carry its code. Read `Staged::changes`, never `assessment.changes`.
#[derive(Debug, Clone)]
pub struct Staged {
    pub case: Case,
    pub assessment: Assessment,
}

impl Staged {
    /// What differs between the editions, as `lungstage::assess` gives it.
    pub fn changes(&self) -> Vec<lungstage::Change> {
        lungstage::edition_changes(&self.case, &self.assessment)
    }
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
/// `tumor.size_cm` or `metastases.sites[1].lesions`, and why. It is worded only when shown
/// ([`FieldError::shown`]): the core's words come with the page's messages, after the first
/// answer.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub path: String,
    why: Why,
}

/// Why an entry cannot be used.
#[derive(Debug, Clone, PartialEq)]
enum Why {
    /// The core refused it.
    Core(Error),
    /// The written TNM form could not be read.
    Written(WrittenError),
    /// A size in millimetres over the largest the core stages.
    OverMaxMm,
    /// A size over 7 cm typed in centimetres, not yet confirmed: the size as written.
    ToConfirm(String),
    /// A total size that is not a number.
    TotalNotANumber,
    /// A pleural thickness (Psum, Fmax) that is not a number.
    ThicknessNotANumber,
    /// A lesion count that is not a whole number of 2 or more.
    NotALesionCount,
}

/// What an entry the core refused says until the page's messages are installed, or if they
/// could not load: the banner above the result names the entry, the field has it beside it.
/// A word of the first render, so it is there before the other messages.
pub fn unworded() -> String {
    say(Msg::WidgetErrorUnworded)
}

/// An error as the form shows it: its words beside the field at `path`, and in the banner
/// over an out-of-date result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownError {
    pub path: String,
    text: String,
}

/// The message for the field at `path`, if `error` is that field's: what a form shows
/// beside each of its fields.
pub fn error_at(error: Option<&ShownError>, path: &str) -> Option<yew::AttrValue> {
    error.and_then(|e| e.at(path)).map(yew::AttrValue::from)
}

impl FieldError {
    fn new(path: impl Into<String>, why: Why) -> FieldError {
        FieldError {
            path: path.into(),
            why,
        }
    }

    /// The written TNM form could not be read.
    pub fn written(e: WrittenError) -> FieldError {
        FieldError::new("written", Why::Written(e))
    }

    /// Its words: with `messages` installed, the core's own for what it refused.
    fn text(&self, messages: bool) -> String {
        match &self.why {
            Why::Core(e) if messages => e.sentence(),
            Why::Written(e) if messages => e.0.to_string(),
            Why::Core(_) | Why::Written(_) => unworded(),
            Why::OverMaxMm => say(Msg::WidgetErrorOverMaxMm),
            Why::ToConfirm(n) => say_with(Msg::WidgetErrorToConfirm, &[n]),
            Why::TotalNotANumber => say(Msg::WidgetErrorTotalNotNumber),
            Why::ThicknessNotANumber => say(Msg::WidgetErrorThicknessNotNumber),
            Why::NotALesionCount => say(Msg::WidgetErrorLesionCount),
        }
    }

    /// The error worded for the form, with the messages if `texts` has them.
    pub fn shown(&self, texts: &Texts) -> ShownError {
        ShownError {
            path: self.path.clone(),
            text: self.text(texts.has_messages()),
        }
    }
}

impl ShownError {
    /// The sentence about the field, for the banner.
    pub fn sentence(&self) -> String {
        crate::text::capitalise(&self.text)
    }

    /// The field in plain words, for the banner over an out-of-date result.
    pub fn field(&self) -> String {
        let words = match self.path.as_str() {
            "tumor.category" => return "T".to_owned(),
            "nodes.category" => return "N".to_owned(),
            "metastases.category" => return "M".to_owned(),
            "written" => Msg::FormFieldWritten,
            "tumor.size_cm" => Msg::FormFieldSize,
            "nodes.tumor_side" => Msg::FormFieldSide,
            p if p.ends_with(".lesions") => Msg::FormFieldLesions,
            p if p.starts_with("tumor.") => Msg::FormFieldTumor,
            p if p.starts_with("nodes.") => Msg::FormFieldNodes,
            p if p.starts_with("metastases.") => Msg::FormFieldMetastases,
            _ => Msg::FormFieldOther,
        };
        say(words)
    }

    /// The words, if the error belongs to the field at `path`.
    pub fn at(&self, path: &str) -> Option<String> {
        (self.path == path).then(|| self.text.clone())
    }

    /// The words, if the error belongs to `path` or to any field under it.
    pub fn under(&self, path: &str) -> Option<String> {
        let inside = self.path == path
            || self
                .path
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with(['.', '[']));
        inside.then(|| self.text.clone())
    }
}

impl From<Error> for FieldError {
    fn from(e: Error) -> FieldError {
        let path = e.field_path().unwrap_or_else(|| "case".to_owned());
        FieldError::new(path, Why::Core(e))
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
    /// The staged case, if there is one.
    pub fn staged(&self) -> Option<Rc<Staged>> {
        match self {
            Outcome::Staged(staged) => Some(staged.clone()),
            Outcome::Blank | Outcome::Failed(_) => None,
        }
    }

    pub fn of(state: &State) -> Outcome {
        // The stage from a report stages no case: its result is shown from what it states.
        if state.way == Some(crate::stated::Way::Stage) {
            return Outcome::Blank;
        }
        // A written form that cannot be read leaves the old categories in place: the case
        // they give is not what the box says, so it is an error like any other field's.
        if let Some(e) = &state.written_error {
            return Outcome::Failed(FieldError::written(e.clone()));
        }
        if state.is_blank() {
            return Outcome::Blank;
        }
        match state.to_case().and_then(|case| {
            let assessment = assess_editions(&case)?;
            Ok(Staged { case, assessment })
        }) {
            Ok(staged) => Outcome::Staged(Rc::new(staged)),
            Err(e) => Outcome::Failed(e),
        }
    }
}

/// The size field read in its unit, in cm: `None` while empty.
pub fn read_size(tumor: &TumorState) -> Result<Option<f64>, FieldError> {
    let text = tumor.size.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let typed = lungstage::parse_size_text(text)?;
    let cm = match tumor.size_unit {
        SizeUnit::Cm => typed,
        SizeUnit::Mm => typed / 10.0,
    };
    // The core's own message for this blames millimetres, which is what was chosen.
    if tumor.size_unit == SizeUnit::Mm && cm > lungstage::MAX_SIZE_CM {
        return Err(FieldError::new("tumor.size_cm", Why::OverMaxMm));
    }
    Ok(Some(cm))
}

/// A thickness as typed, in millimetres whatever the unit shown; `None` if it is not a number.
pub fn read_thickness(tumor: &TumorState, text: &str) -> Option<f64> {
    let typed = lungstage::parse_decimal(text.trim())?;
    Some(match tumor.thickness_unit {
        SizeUnit::Cm => lungstage::cm_to_mm(typed),
        SizeUnit::Mm => typed,
    })
}

/// A thickness field for the core: `None` while empty, an error if it is not a number.
// Kept out of line: inlined twice into the widget's reading of the form, it cost about 110 B
// of brotli in the first load (measured 2026-12-01).
#[inline(never)]
fn thickness_field(tumor: &TumorState, text: &str, path: &str) -> Result<Option<f64>, FieldError> {
    match text.trim() {
        "" => Ok(None),
        _ => read_thickness(tumor, text)
            .map(Some)
            .ok_or_else(|| FieldError::new(path, Why::ThicknessNotANumber)),
    }
}

/// Whether a size of `cm` must be confirmed before it is staged.
pub fn asks_to_confirm(tumor: &TumorState, cm: f64) -> bool {
    tumor.size_to_confirm && tumor.size_unit == SizeUnit::Cm && cm > CONFIRM_OVER_CM
}

impl State {
    /// The case the form describes, before the core checks it: the inverse of
    /// `State::from_case` (src/state.rs), which opens a share link's case in the form.
    pub fn to_case(&self) -> Result<Case, FieldError> {
        let lung = self.scheme().is_lung();
        let tumor = match self.tumor.mode {
            Mode::Category => TumorInput::Category(self.tumor.category),
            Mode::Findings => {
                // Mesothelioma has no size field: whatever was typed for a lung cancer is left out.
                let size_cm = match lung.then(|| read_size(&self.tumor)).transpose()?.flatten() {
                    Some(cm) if asks_to_confirm(&self.tumor, cm) => {
                        let n = lungstage::decimal(cm);
                        return Err(FieldError::new("tumor.size_cm", Why::ToConfirm(n)));
                    }
                    size => size,
                };
                let total = self.tumor.total_size.trim();
                let total_size_cm = match total {
                    "" => None,
                    _ if !lung => None,
                    _ => Some(lungstage::parse_decimal(total).ok_or_else(|| {
                        FieldError::new("tumor.total_size_cm", Why::TotalNotANumber)
                    })?),
                };
                // Mesothelioma thickness, typed in the chosen unit; the core takes millimetres, so
                // 2.5 typed in cm is 25 mm and never a plausible-looking 2.5 mm.
                let (pleural_thickness_sum_mm, fissure_thickness_max_mm) = if lung {
                    (None, None)
                } else {
                    (
                        thickness_field(
                            &self.tumor,
                            &self.tumor.psum,
                            "tumor.pleural_thickness_sum_mm",
                        )?,
                        thickness_field(
                            &self.tumor,
                            &self.tumor.fmax,
                            "tumor.fissure_thickness_max_mm",
                        )?,
                    )
                };
                let kind = if lung {
                    FeatureKind::Lung
                } else {
                    FeatureKind::Mesothelioma
                };
                let growth = if lung {
                    self.tumor.growth
                } else {
                    Growth::Usual
                };
                TumorInput::Findings(TumorFindings {
                    size_cm,
                    total_size_cm,
                    in_situ: growth.in_situ(),
                    minimally_invasive: growth == Growth::MinimallyInvasive,
                    occult: growth == Growth::Occult,
                    features: self
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
        let nodes = match (self.nodes.mode, self.nodes.assessed) {
            (Mode::Category, _) => Some(NodeInput::Category(self.nodes.category)),
            (Mode::Findings, None | Some(false)) => None,
            (Mode::Findings, Some(true)) => Some(NodeInput::Findings(NodeFindings {
                tumor_side: self.nodes.side,
                stations: self.nodes.stations.clone(),
            })),
        };
        let metastases = match self.metastases.mode {
            Mode::Category => Some(MetastasisInput::Category(self.metastases.category)),
            // Nothing ticked and "no spread found" not said: not entered, which the core reads as cM0.
            Mode::Findings if self.metastases.sites.is_empty() && !self.metastases.none_found => {
                None
            }
            Mode::Findings => {
                let mut sites = Vec::with_capacity(self.metastases.sites.len());
                for (i, (site, answer)) in self.metastases.sites.iter().enumerate() {
                    let lesions = match answer {
                        LesionAnswer::NotKnown => Lesions::Unknown,
                        LesionAnswer::One => Lesions::Count(1),
                        LesionAnswer::Several(count) if count.trim().is_empty() => {
                            Lesions::Multiple
                        }
                        LesionAnswer::Several(count) => match count.trim().parse::<u32>() {
                            Ok(n) if n >= 2 => Lesions::Count(n),
                            _ => {
                                return Err(FieldError::new(
                                    format!("metastases.sites[{i}].lesions"),
                                    Why::NotALesionCount,
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
            edition: self.edition,
            histology: self.histology,
            subtype: self.subtype.filter(|_| !lung),
            classification: self.classification,
            tumor: Some(tumor),
            nodes,
            metastases,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, SizeUnit};
    use lungstage::{Side, Site, StageGroup, Station};

    /// The error as shown once the page's messages are installed.
    fn shown(e: &FieldError) -> ShownError {
        ShownError {
            path: e.path.clone(),
            text: e.text(true),
        }
    }

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
        use lungstage::{Histology, T};
        let t_of = |actions: Vec<Action>| match outcome(actions) {
            Outcome::Staged(s) => s.assessment.staging.t.category.category,
            other => panic!("not staged: {other:?}"),
        };
        let meso = || Action::ChooseHistology(Histology::Mesothelioma);
        let cases = [
            (SizeUnit::Cm, "2.5", "0", T::T2),
            (SizeUnit::Mm, "2.5", "0", T::T1),
            (SizeUnit::Cm, "1.2", "0.5", T::T1),
            (SizeUnit::Cm, "1.2", "0.51", T::T2),
            (SizeUnit::Cm, "3.01", "", T::T3),
        ];
        for (unit, psum, fmax, t) in cases {
            let actions = vec![
                meso(),
                Action::ChooseThicknessUnit(unit),
                Action::TypePsum(psum.into()),
                Action::TypeFmax(fmax.into()),
            ];
            assert_eq!(t_of(actions), t, "{psum} {fmax} {unit:?}");
        }
        // Switching the unit converts what is typed, so the thickness stays the same.
        let s = [
            meso(),
            Action::TypePsum("25".into()),
            Action::TypeFmax("6".into()),
            Action::ChooseThicknessUnit(SizeUnit::Cm),
        ]
        .into_iter()
        .fold(State::default(), State::apply);
        assert_eq!(
            (s.tumor.psum.as_str(), s.tumor.fmax.as_str()),
            ("2.5", "0.6")
        );
        let Some(lungstage::TumorInput::Findings(f)) = s.to_case().unwrap().tumor else {
            panic!("no findings")
        };
        assert_eq!(f.pleural_thickness_sum_mm, Some(25.0));
        let err = State::default()
            .apply(meso())
            .apply(Action::TypePsum("2.5 cm".into()))
            .to_case()
            .unwrap_err();
        assert_eq!(err.path, "tumor.pleural_thickness_sum_mm");
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
            let case = state.to_case().unwrap();
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

    /// T and the group, with the nodes answered as checked and none involved.
    fn t_of(actions: Vec<Action>) -> (String, Option<StageGroup>) {
        let answered = std::iter::once(Action::MarkNodesAssessed(true)).chain(actions);
        match outcome(answered.collect()) {
            Outcome::Staged(s) => (
                s.assessment.staging.t.category.category.to_string(),
                s.assessment.staging.stage(),
            ),
            other => panic!("not staged: {other:?}"),
        }
    }

    #[test]
    fn sizes_read_the_way_they_were_meant() {
        let cm = |text: &str| vec![Action::TypeSize(text.into())];
        let t1c = ("T1c".to_owned(), Some(StageGroup::IA3));
        assert_eq!(t_of(cm("2,5")), t1c);
        assert_eq!(t_of(cm(" 2.5 ")), t1c);
        assert_eq!(t_of(cm("0,9")).0, "T1a");
        assert_eq!(t_of(cm("3,4")).1, Some(StageGroup::IB));
        let mm = |text: &str| {
            vec![
                Action::ChooseSizeUnit(SizeUnit::Mm),
                Action::TypeSize(text.into()),
            ]
        };
        assert_eq!(t_of(mm("25")), t1c);
        assert_eq!(t_of(mm("90")).0, "T4", "millimetres are not asked about");
        match outcome(mm("400")) {
            Outcome::Failed(e) => assert!(e.text(true).contains("300 mm"), "{}", e.text(true)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_size_over_7_cm_is_staged_once_confirmed() {
        let asks = |actions: Vec<Action>| match outcome(actions) {
            Outcome::Failed(e) => {
                assert_eq!(e.path, "tumor.size_cm");
                assert!(e.text(true).contains("millimetres"), "{}", e.text(true));
            }
            other => panic!("not asked: {other:?}"),
        };
        let nine = || vec![Action::TypeSize("9".into())];
        asks(nine());
        assert_eq!(t_of(vec![Action::TypeSize("7".into())]).0, "T3");
        let confirmed = [nine(), vec![Action::ConfirmSize]].concat();
        assert_eq!(
            t_of(confirmed.clone()),
            ("T4".to_owned(), Some(StageGroup::IIIA))
        );
        // The answer was for 9 cm: another value over 7 cm is asked about again.
        asks([confirmed.clone(), vec![Action::TypeSize("9.5".into())]].concat());
        let was_mm = [nine(), vec![Action::ChooseSizeUnit(SizeUnit::Mm)]].concat();
        assert_eq!(t_of(was_mm.clone()).0, "T1a");
        asks([was_mm, vec![Action::ChooseSizeUnit(SizeUnit::Cm)]].concat());
        // A link's size was checked where it was made.
        let mut linked = State::default();
        linked.tumor.size = "9".into();
        assert!(matches!(Outcome::of(&linked), Outcome::Staged(_)));
    }

    #[test]
    fn an_unread_written_form_makes_the_result_out_of_date() {
        let actions = vec![
            Action::TypeWritten("T1c N2a M1c2".into()),
            Action::TypeWritten("T5 N0 M0".into()),
        ];
        match outcome(actions) {
            Outcome::Failed(e) => {
                assert_eq!(e.path, "written");
                assert_eq!(shown(&e).field(), "the written TNM form");
                assert!(e.text(true).contains("T5"), "{}", e.text(true));
            }
            other => panic!("{other:?}"),
        }
        let fixed = vec![
            Action::TypeWritten("T5 N0 M0".into()),
            Action::TypeWritten("T1c N0 M0".into()),
        ];
        assert_eq!(stage(fixed), Some(StageGroup::IA3));
    }

    #[test]
    fn bad_entries_name_their_field() {
        let cases = [
            (vec![Action::TypeSize("0".into())], "tumor.size_cm"),
            (vec![Action::TypeSize("2.5.1".into())], "tumor.size_cm"),
            (vec![Action::TypeSize("abc".into())], "tumor.size_cm"),
            (vec![Action::TypeSize("2,5,1".into())], "tumor.size_cm"),
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
                Outcome::Failed(e) => assert_eq!(e.path, path, "{}", e.text(true)),
                other => panic!("{path}: {other:?}"),
            }
        }
        let descriptor =
            r#"{"metastases": {"sites": [{"site": "brain"}, {"site": "bone", "lesions": 0}]}}"#;
        let e = FieldError::from(Case::from_json(descriptor).unwrap_err());
        assert!(shown(&e).under("metastases").is_some() && shown(&e).under("meta").is_none());
        assert_eq!(
            shown(&e).at("metastases.sites[1].lesions").as_deref(),
            Some("The number of lesions must be from 1 to 999, not 0")
        );
        let descriptor = r#"{"tumor": {"in_situ": true, "features": ["visceral_pleura"]}}"#;
        let case = Case::from_json(descriptor).unwrap();
        let e = FieldError::from(lungstage::assess(&case).unwrap_err());
        assert_eq!(e.path, "tumor.features");
        assert!(
            e.text(true)
                .starts_with("A carcinoma in situ does not invade")
        );
    }

    #[test]
    fn until_the_messages_arrive_a_refused_entry_names_only_its_field() {
        let refused = |actions: Vec<Action>| match outcome(actions) {
            Outcome::Failed(e) => e,
            other => panic!("{other:?}"),
        };
        let core = refused(vec![Action::TypeSize("0".into())]);
        assert_eq!(core.text(false), unworded());
        assert_ne!(core.text(true), unworded());
        let written = refused(vec![Action::TypeWritten("T5 N0 M0".into())]);
        assert_eq!(
            (written.text(false), shown(&written).field()),
            (unworded(), "the written TNM form".to_owned())
        );
        // Beside the box its words as the core writes them; in the banner, a sentence.
        let words = shown(&written).at("written").unwrap();
        assert!(
            words.contains("T5") && shown(&written).sentence() != words,
            "{words}"
        );
        // The widget's own words never wait.
        let mm = refused(vec![
            Action::ChooseSizeUnit(SizeUnit::Mm),
            Action::TypeSize("400".into()),
        ]);
        assert_eq!(mm.text(false), mm.text(true));
    }
}
