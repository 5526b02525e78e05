//! Share links: the whole form in the address's fragment, which browsers never send to a
//! server.
//!
//! The format is the core's version 1 (`lungstage::link_fragment`, documented in
//! `core/src/link.rs` and the README), plus one key of the widget's own: `view`, `patient`
//! or `clinician` (written only for `clinician`). Any other key makes a link unreadable.

use std::rc::Rc;

use gloo::events::EventListener;
use lungstage::{Case, case_from_link, link_fragment};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::outcome::{Outcome, build};
use crate::state::{Action, State, View};

/// Longest reason quoted in the notice about an unreadable link.
const REASON_MAX: usize = 160;

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
                && state.view == View::default() =>
        {
            Some(String::new())
        }
        // Nothing entered yet, but a choice of edition, cancer type or view to keep.
        Outcome::Blank => build(state)
            .ok()
            .map(|case| case_fragment(&case, state.view)),
    }
}

/// The form a fragment (with or without `#`) describes, or why it cannot be read or staged.
pub fn state_from_fragment(fragment: &str) -> Result<State, String> {
    let (case, extra) = case_from_link(fragment).map_err(|e| e.to_string())?;
    let mut view = View::default();
    for (key, value) in extra {
        match key.as_str() {
            "view" => {
                view = value
                    .parse()
                    .map_err(|()| "link.view: must be patient or clinician".to_owned())?;
            }
            _ => return Err(format!("link.{key}: is not a key of this link format")),
        }
    }
    // A link we wrote always stages; one that does not (N2a with the 8th edition) is as
    // unreadable as garbage.
    lungstage::assess(&case).map_err(|e| format!("link: {e}"))?;
    Ok(State::from_case(&case, view))
}

/// The one-line notice for a link that cannot be read.
pub fn unreadable(reason: &str) -> String {
    let reason = match reason.char_indices().nth(REASON_MAX) {
        Some((at, _)) => format!("{}…", &reason[..at]),
        None => reason.to_owned(),
    };
    format!("This link could not be read ({reason}), so the form starts empty.")
}

/// Replaces the address's fragment without adding a history entry.
fn write_address(fragment: &str) {
    let window = gloo::utils::window();
    let location = window.location();
    let wanted = match fragment {
        "" => String::new(),
        f => format!("#{f}"),
    };
    if location.hash().unwrap_or_default() == wanted {
        return;
    }
    let url = match wanted.as_str() {
        "" => format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        ),
        _ => wanted,
    };
    if let Ok(history) = window.history() {
        // Refused in some sandboxed frames; the link buttons still work there.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Opens the address's fragment, if any: its form, or a notice, a clean form and an
/// address without the fragment.
fn open_address(
    dispatcher: &UseReducerDispatcher<State>,
    notice: &UseStateSetter<Option<AttrValue>>,
    clean: &State,
) {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if hash.len() <= 1 {
        return;
    }
    match state_from_fragment(&hash) {
        Ok(state) => {
            notice.set(None);
            dispatcher.dispatch(Action::Load(Box::new(state)));
        }
        Err(reason) => {
            notice.set(Some(unreadable(&reason).into()));
            dispatcher.dispatch(Action::Load(Box::new(clean.clone())));
            write_address("");
        }
    }
}

/// Keeps the form and the address in step on our own pages: reads the fragment after the
/// first render (the page is hydrated with the clean form) and on every `hashchange`, and
/// writes it back after every change.
#[hook]
pub fn use_share_link(
    enabled: bool,
    state: Rc<State>,
    outcome: Rc<Outcome>,
    dispatcher: UseReducerDispatcher<State>,
    notice: UseStateSetter<Option<AttrValue>>,
    clean: State,
) {
    let opened = use_mut_ref(|| false);
    {
        let (dispatcher, notice, clean) = (dispatcher.clone(), notice.clone(), clean.clone());
        use_effect_with(state, move |state| {
            if !enabled {
                return;
            }
            if !*opened.borrow() {
                *opened.borrow_mut() = true;
                open_address(&dispatcher, &notice, &clean);
            } else if let Some(fragment) = fragment_of(state, &outcome) {
                write_address(&fragment);
            }
        });
    }
    use_effect_with(enabled, move |&enabled| {
        let listener = enabled.then(|| {
            EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                open_address(&dispatcher, &notice, &clean);
            })
        });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use lungstage::StageGroup;

    fn stage(state: &State) -> Option<StageGroup> {
        match Outcome::of(state) {
            Outcome::Staged(s) => s.assessment.staging.stage(),
            other => panic!("not staged: {other:?}"),
        }
    }

    #[test]
    fn the_documented_link_opens_in_categories() {
        let s = state_from_fragment("#v=1&edition=9&t=T2a&n=N1&m=M0").unwrap();
        assert_eq!(stage(&s), Some(StageGroup::IIB));
        let s = state_from_fragment("v=1&t=T2a&n=N1&m=M0&view=clinician").unwrap();
        assert_eq!(s.view, View::Clinician);
    }

    #[test]
    fn a_form_round_trips_through_its_link() {
        let forms = [
            vec![Action::TypeSize("3.4".into())],
            vec![
                Action::ChooseEdition(lungstage::Edition::Eighth),
                Action::TypeSize("2.25".into()),
                Action::ToggleFeature(lungstage::Feature::VisceralPleura, true),
                Action::ChooseSide(lungstage::Side::Left),
                Action::ToggleStation(lungstage::Station::S4L, true),
                Action::ToggleSite(lungstage::Site::Bone, true),
                Action::TypeLesions(lungstage::Site::Bone, "3".into()),
                Action::ChooseView(View::Clinician),
            ],
            vec![Action::TypeWritten("pT1c N2a M1c2".into())],
            vec![Action::ChooseHistology(lungstage::Histology::Sclc)],
            vec![Action::ChooseView(View::Clinician)],
        ];
        for actions in forms {
            let state = actions.into_iter().fold(State::default(), State::apply);
            let fragment = fragment_of(&state, &Outcome::of(&state)).unwrap();
            let back = state_from_fragment(&fragment).unwrap();
            assert_eq!(build(&back).unwrap(), build(&state).unwrap(), "{fragment}");
            assert_eq!(back.view, state.view, "{fragment}");
            assert_eq!(fragment_of(&back, &Outcome::of(&back)), Some(fragment));
        }
        let clean = State::default();
        assert_eq!(
            fragment_of(&clean, &Outcome::of(&clean)),
            Some(String::new())
        );
        let bad = State::default().apply(Action::TypeSize("2,5".into()));
        assert_eq!(fragment_of(&bad, &Outcome::of(&bad)), None);
    }

    #[test]
    fn unreadable_links_say_which_key() {
        let cases = [
            ("#garbage", "link.v"),
            ("#v=2&t=T1a", "link.v"),
            ("#v=1&t=T9", "link.t"),
            ("#v=1&size=400", "tumor.size_cm"),
            ("#v=1&t=T1a&view=admin", "link.view"),
            ("#v=1&t=T1a&theme=dark", "link.theme"),
            ("#v=1&t=T1a&t=T1a", "link.t"),
            ("#v=1&n=N2a&edition=8", "N2a"),
        ];
        for (fragment, key) in cases {
            let reason = state_from_fragment(fragment).unwrap_err();
            assert!(reason.contains(key), "{fragment}: {reason}");
            let notice = unreadable(&reason);
            assert!(notice.starts_with("This link could not be read ("));
            assert!(!notice.contains('\n'));
        }
        let huge = format!("#v=1&{}=1", "k".repeat(1000));
        let notice = unreadable(&state_from_fragment(&huge).unwrap_err());
        assert!(notice.chars().count() < 250, "{notice}");
    }
}
