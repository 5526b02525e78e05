//! Share links: the widget's side of the format.
//!
//! The format is the core's (`lungstage::link_fragment` writes it, `lungstage::case_from_link`
//! reads it; documented in `core/src/input/link.rs` and docs/links.md), with the widget's own key,
//! `view`, written only for `clinician`. The form and the case convert both ways with
//! `State::to_case` and `State::from_case`.

use lungstage::{Case, LinkKey, StatedStage, link_fragment, stated_fragment};

use crate::outcome::Outcome;
use crate::state::{State, View};

/// The fragment (without `#`) for `case` shown in `view`.
pub fn case_fragment(case: &Case, view: View) -> String {
    match view {
        View::Patient => link_fragment(case, &[]),
        View::Clinician => link_fragment(case, &[(LinkKey::View.code(), view.code())]),
    }
}

/// The fragment for a stated stage shown in `view`.
fn stated_in_view(stage: &StatedStage, view: View) -> String {
    match view {
        View::Patient => stated_fragment(stage, &[]),
        View::Clinician => stated_fragment(stage, &[(LinkKey::View.code(), view.code())]),
    }
}

/// The fragment that reopens the form: empty for the untouched form; `None` while an entry
/// cannot be used, so that the address keeps the last complete one.
pub fn fragment_of(state: &State, outcome: &Outcome) -> Option<String> {
    match outcome {
        Outcome::Failed(_) => None,
        _ if state.stated_stage().is_some() => {
            state.stated_stage().map(|s| stated_in_view(&s, state.view))
        }
        Outcome::Staged(staged) => Some(case_fragment(&staged.case, state.view)),
        Outcome::Blank
            if state.edition == State::default().edition
                && state.histology == State::default().histology
                && state.classification.is_none()
                && state.view == View::default() =>
        {
            Some(String::new())
        }
        // Nothing entered yet, but a choice of edition, cancer type or view to keep: only
        // those, so the link carries no case (findings written out empty would read as TX N0 M0).
        Outcome::Blank => Some(case_fragment(
            &Case {
                edition: state.edition,
                histology: state.histology,
                classification: state.classification,
                ..Case::default()
            },
            state.view,
        )),
    }
}

/// The form a link opens, if the core reads it (`lungstage::read_link`): its case in the
/// form, or its stated stage as the stage from a report, shown in the link's `view`. In the
/// page the API module reads the link and hands the widget what it opens as numbers
/// (`remote::lungstage_open`), so that the first load carries no link reader; the tests open
/// links here, the same reader without the handover.
pub fn state_from_link(fragment: &str) -> Option<State> {
    let (entered, extra) = lungstage::read_link(fragment).ok()?;
    let mut view = View::default();
    for (key, value) in extra {
        if key == LinkKey::View.code() {
            view = value.parse().ok()?;
        }
    }
    Some(State::opened(entered, view))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, Growth, LesionAnswer, Mode};
    use crate::stated::Way;
    use lungstage::{
        Edition, Feature, Histology, LungFeature, MesoFeature, Prefix, Side, Site, StageGroup,
        Station,
    };

    #[test]
    fn forms_round_trip_through_their_fragment() {
        let forms = [
            vec![Action::TypeSize("3.4".into())],
            vec![
                Action::ChooseEdition(Edition::Eighth),
                Action::TypeSize("2.25".into()),
                Action::ToggleFeature(Feature::Lung(LungFeature::VisceralPleura), true),
                Action::ToggleFeature(Feature::Lung(LungFeature::ChestWall), true),
                Action::ChooseSide(Side::Left),
                Action::ToggleStation(Station::S4L, true),
                Action::ToggleStation(Station::S10L, true),
                Action::ToggleSite(Site::Bone, true),
                Action::AnswerLesions(Site::Bone, LesionAnswer::Several("3".into())),
                Action::ToggleSite(Site::Brain, true),
                Action::ChooseView(View::Clinician),
            ],
            vec![Action::TypeWritten("pT1c N2a M1c2".into())],
            vec![
                Action::ChooseGrowth(Growth::InSitu),
                Action::MarkNodesAssessed(false),
            ],
            vec![
                Action::ChooseGrowth(Growth::AdenocarcinomaInSitu),
                Action::TypeTotalSize("2.5".into()),
                Action::ToggleSite(Site::Liver, true),
                Action::AnswerLesions(Site::Liver, LesionAnswer::Several(String::new())),
                Action::ToggleSite(Site::Brain, true),
            ],
            vec![
                Action::ChooseGrowth(Growth::Occult),
                Action::MarkNodesAssessed(true),
                Action::MarkNoSpreadFound(true),
            ],
            vec![Action::ChooseHistology(Histology::Sclc)],
            vec![Action::ChooseView(View::Clinician)],
            vec![Action::ChooseClassification(Prefix::Yp)],
            vec![
                Action::ChooseClassification(Prefix::P),
                Action::TypeWritten("T2a cN1 M0".into()),
            ],
            vec![
                Action::ChooseHistology(Histology::Mesothelioma),
                Action::ToggleFeature(Feature::Meso(MesoFeature::MediastinalFat), true),
            ],
            vec![
                Action::ChooseHistology(Histology::Mesothelioma),
                Action::ChooseSubtype(Some(lungstage::Subtype::Sarcomatoid)),
                Action::TypePsum("8".into()),
                Action::TypeFmax("6.5".into()),
                Action::MarkNodesAssessed(true),
            ],
        ];
        for actions in forms {
            let state = actions.into_iter().fold(State::default(), State::apply);
            let fragment = fragment_of(&state, &Outcome::of(&state)).unwrap();
            let back = state_from_link(&fragment).unwrap_or_else(|| panic!("{fragment}"));
            assert_eq!(
                back.to_case().unwrap(),
                state.to_case().unwrap(),
                "{fragment}"
            );
            assert_eq!(back.view, state.view, "{fragment}");
            assert_eq!(fragment_of(&back, &Outcome::of(&back)), Some(fragment));
        }
        let clean = State::default();
        assert_eq!(
            fragment_of(&clean, &Outcome::of(&clean)),
            Some(String::new())
        );
        // A choice without a case writes only the choice: never findings that read as TX N0 M0.
        let eighth = State::default().apply(Action::ChooseEdition(Edition::Eighth));
        assert_eq!(
            fragment_of(&eighth, &Outcome::of(&eighth)).as_deref(),
            Some("v=2&edition=8&histology=nsclc")
        );
        assert!(state_from_link("v=2&edition=8&histology=nsclc").is_some_and(|s| s.is_blank()));
        let bad = State::default().apply(Action::TypeSize("2.5.1".into()));
        assert_eq!(fragment_of(&bad, &Outcome::of(&bad)), None);
    }

    #[test]
    fn a_stated_stage_round_trips_through_its_fragment() {
        let stage = lungstage::StatedStage::new(
            Edition::Eighth,
            Histology::Sclc,
            Prefix::P,
            None,
            Some(lungstage::Extent::Limited),
        )
        .unwrap();
        let state = State::default()
            .apply(Action::ChooseWay(Way::Stage))
            .apply(Action::ChooseView(View::Clinician))
            .apply(Action::GiveStage(Some(stage)));
        let fragment = fragment_of(&state, &Outcome::of(&state)).unwrap();
        assert_eq!(
            fragment,
            "v=3&edition=8&histology=sclc&class=p&extent=limited&view=clinician"
        );
        assert_eq!(state_from_link(&fragment), Some(state));
        assert_eq!(
            state_from_link(&fragment).and_then(|s| s.stated_stage()),
            Some(stage)
        );
        // The documented link opens the stage from a report, 9th-edition clinical IIIA.
        let s = state_from_link("v=3&edition=9&histology=nsclc&class=c&stage=IIIA").unwrap();
        assert_eq!(s.way, Some(Way::Stage));
        assert_eq!(
            s.stated_stage().and_then(|s| s.group),
            Some(StageGroup::IIIA)
        );
        // Unanswered, the stage writes no fragment of its own, and nothing is staged.
        let half = State::default().apply(Action::ChooseWay(Way::Stage));
        assert_eq!(fragment_of(&half, &Outcome::of(&half)).as_deref(), Some(""));
        assert_eq!(Outcome::of(&half), Outcome::Blank);
    }

    #[test]
    fn the_documented_link_in_canonical_form_opens_in_categories() {
        let s = state_from_link("v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0").unwrap();
        assert_eq!(
            (s.tumor.mode, s.nodes.mode, s.metastases.mode),
            (Mode::Category, Mode::Category, Mode::Category)
        );
        match Outcome::of(&s) {
            Outcome::Staged(staged) => {
                assert_eq!(staged.assessment.staging.stage(), Some(StageGroup::IIB))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn links_the_core_refuses_open_nothing() {
        for fragment in [
            "",
            "garbage",
            "v=4&t=T1a",
            "edition=9&v=2",
            "v=2&edition=7",
            "v=2&t=T9",
            "v=2&t",
            "v=2&features=wing",
            "v=2&stations=4R,99Q",
            "v=2&sites=brain:0",
            "v=2&sites=brain:x",
            "v=2&insitu=maybe",
            "v=2&sites=moon:1",
            "v=2&side=up&stations=",
            "v=2&view=admin",
        ] {
            assert_eq!(state_from_link(fragment), None, "{fragment}");
        }
        // What the core reads, the widget opens: older versions, escapes, a view.
        let s = state_from_link("v=1&t=%54%32a&view=clinician&theme=dark").unwrap();
        assert_eq!(
            (s.tumor.category.to_string(), s.view),
            ("T2a".to_owned(), View::Clinician)
        );
    }
}
