//! Share links: the widget's side of the format.
//!
//! The format is the core's current version (`lungstage::link_fragment`, documented in
//! `core/src/link.rs` and the README) plus one key of the widget's own, `view`, written only
//! for `clinician`. The widget writes it, and reads it back only in that canonical form:
//! `lungstage.js` has the core read and check a link first (the API module's `open_link`,
//! loaded after the first paint), and passes on the canonical fragment it returns, so the
//! full reader and its messages stay off the first load.

use lungstage::{
    Case, Classified, Edition, Feature, Histology, LINK_VERSION, M, N, Prefix, Side, Site, Station,
    T, link_fragment,
};

use crate::outcome::Outcome;
use crate::state::{Growth, LesionAnswer, Mode, State, View};

/// The fragment (without `#`) for `case` shown in `view`.
pub fn case_fragment(case: &Case, view: View) -> String {
    match view {
        View::Patient => link_fragment(case, &[]),
        View::Clinician => link_fragment(case, &[("view", view.code())]),
    }
}

/// The fragment that reopens the form: empty for the untouched form; `None` while an entry
/// cannot be used, so that the address keeps the last complete one.
pub fn fragment_of(state: &State, outcome: &Outcome) -> Option<String> {
    match outcome {
        Outcome::Failed(_) => None,
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

fn list<X>(value: &str, read: impl Fn(&str) -> Option<X>) -> Option<Vec<X>> {
    match value {
        "" => Some(Vec::new()),
        v => v.split(',').map(read).collect(),
    }
}

/// The form of a fragment in the form `case_fragment` writes; `None` for anything else.
pub fn state_from_canonical(fragment: &str) -> Option<State> {
    let mut s = State::default();
    // A link with no node part leaves the node question unanswered (NX), as in the core's
    // reader; one with no `sites` leaves distant spread not entered (cM0).
    let mut pairs = fragment.trim_start_matches('#').split('&');
    if pairs.next().and_then(|v| v.strip_prefix("v=")) != Some(LINK_VERSION) {
        return None;
    }
    for pair in pairs {
        let (key, value) = pair.split_once('=')?;
        match key {
            "edition" => {
                s.edition = match value {
                    "8" => Edition::Eighth,
                    "9" => Edition::Ninth,
                    _ => return None,
                }
            }
            "histology" => {
                s.histology = value.parse::<Histology>().ok()?;
            }
            "class" => s.classification = Some(value.parse::<Prefix>().ok()?),
            "t" => {
                s.tumor.mode = Mode::Category;
                s.tumor.category = value.parse::<Classified<T>>().ok()?;
            }
            "size" => s.tumor.size = value.to_owned(),
            "total" => s.tumor.total_size = value.to_owned(),
            "insitu" => {
                s.tumor.growth = match value {
                    "1" => Growth::InSitu,
                    "ais" => Growth::AdenocarcinomaInSitu,
                    "scis" => Growth::SquamousInSitu,
                    _ => return None,
                }
            }
            "mia" if value == "1" => s.tumor.growth = Growth::MinimallyInvasive,
            "occult" if value == "1" => s.tumor.growth = Growth::Occult,
            "features" => s.tumor.features = list(value, Feature::from_code)?,
            "n" => {
                s.nodes.assessed = Some(true);
                s.nodes.mode = Mode::Category;
                s.nodes.category = value.parse::<Classified<N>>().ok()?;
            }
            "side" => {
                s.nodes.assessed = Some(true);
                s.nodes.side = Some(match value {
                    "left" => Side::Left,
                    "right" => Side::Right,
                    _ => return None,
                })
            }
            "stations" => {
                s.nodes.assessed = Some(true);
                s.nodes.stations = list(value, Station::from_code)?;
            }
            "m" => {
                s.metastases.mode = Mode::Category;
                s.metastases.category = value.parse::<Classified<M>>().ok()?;
            }
            "sites" => {
                s.metastases.none_found = value.is_empty();
                s.metastases.sites = list(value, |item| {
                    let (site, answer) = match item.split_once(':') {
                        None => (item, LesionAnswer::NotKnown),
                        Some((site, "1")) => (site, LesionAnswer::One),
                        Some((site, "many")) => (site, LesionAnswer::Several(String::new())),
                        Some((site, count)) => {
                            count.parse::<u32>().ok().filter(|n| *n >= 2)?;
                            (site, LesionAnswer::Several(count.to_owned()))
                        }
                    };
                    Some((Site::from_code(site)?, answer))
                })?
            }
            "view" => s.view = value.parse().ok()?,
            _ => return None,
        }
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::build;
    use crate::state::Action;
    use lungstage::{Site, StageGroup};

    #[test]
    fn forms_round_trip_through_their_fragment() {
        let forms = [
            vec![Action::TypeSize("3.4".into())],
            vec![
                Action::ChooseEdition(Edition::Eighth),
                Action::TypeSize("2.25".into()),
                Action::ToggleFeature(Feature::VisceralPleura, true),
                Action::ToggleFeature(Feature::ChestWall, true),
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
                Action::ToggleFeature(Feature::MediastinalFat, true),
            ],
        ];
        for actions in forms {
            let state = actions.into_iter().fold(State::default(), State::apply);
            let fragment = fragment_of(&state, &Outcome::of(&state)).unwrap();
            let back = state_from_canonical(&fragment).unwrap_or_else(|| panic!("{fragment}"));
            assert_eq!(build(&back).unwrap(), build(&state).unwrap(), "{fragment}");
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
        assert!(
            state_from_canonical("v=2&edition=8&histology=nsclc").is_some_and(|s| s.is_blank())
        );
        let bad = State::default().apply(Action::TypeSize("2.5.1".into()));
        assert_eq!(fragment_of(&bad, &Outcome::of(&bad)), None);
    }

    #[test]
    fn the_documented_link_in_canonical_form_opens_in_categories() {
        let s = state_from_canonical("v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0").unwrap();
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
    fn anything_but_the_canonical_form_is_refused() {
        for fragment in [
            "",
            "garbage",
            "v=1&t=T1a",
            "v=3&t=T1a",
            "edition=9&v=2",
            "v=2&edition=7",
            "v=2&t=T9",
            "v=2&features=wing",
            "v=2&stations=4R,99Q",
            "v=2&sites=brain:0",
            "v=2&sites=brain:x",
            "v=2&insitu=maybe",
            "v=2&sites=moon:1",
            "v=2&side=up",
            "v=2&view=admin",
            "v=2&theme=dark",
            "v=2&t",
            "v=2&t=%54%31",
        ] {
            assert_eq!(state_from_canonical(fragment), None, "{fragment}");
        }
    }
}
