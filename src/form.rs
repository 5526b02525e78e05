//! The widget's one reducer: the form, what the core made of it, and the last complete result.

use std::rc::Rc;

use yew::Reducible;

use crate::outcome::{Outcome, Staged};
use crate::state::{Action, State};

/// The form state with its outcome. The last complete result stays on screen, out of date,
/// while an entry is being fixed: it is state of the reducer, kept from one form to the next.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub state: Rc<State>,
    pub outcome: Rc<Outcome>,
    /// The result shown: the current one, or the last complete one while an entry cannot be
    /// used; none for the untouched form.
    pub shown: Option<Rc<Staged>>,
}

impl Form {
    pub fn new(state: State) -> Form {
        let outcome = Outcome::of(&state);
        let shown = outcome.staged();
        Form {
            state: Rc::new(state),
            outcome: Rc::new(outcome),
            shown,
        }
    }

    /// The form after `action`, staged by the core.
    pub fn apply(&self, action: Action) -> Form {
        let state = (*self.state).clone().apply(action);
        let outcome = Outcome::of(&state);
        let shown = match &outcome {
            Outcome::Failed(_) => self.shown.clone(),
            Outcome::Blank | Outcome::Staged(_) => outcome.staged(),
        };
        Form {
            state: Rc::new(state),
            outcome: Rc::new(outcome),
            shown,
        }
    }
}

impl Reducible for Form {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        // The same form (a choice made again) keeps its result, and nothing renders again.
        if next.state == self.state {
            return self;
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown_after(actions: Vec<Action>) -> Option<String> {
        let form = actions
            .into_iter()
            .fold(Form::new(State::default()), |f, a| f.apply(a));
        form.shown
            .map(|s| s.assessment.staging.prefixed_tnm().to_string())
    }

    #[test]
    fn the_last_complete_result_stays_while_an_entry_is_fixed() {
        let staged = vec![Action::TypeSize("3.4".into())];
        let before = shown_after(staged.clone());
        assert!(before.is_some());
        let mut broken = staged.clone();
        broken.push(Action::TypeSize("3.4.1".into()));
        assert_eq!(shown_after(broken.clone()), before);
        let form = broken
            .into_iter()
            .fold(Form::new(State::default()), |f, a| f.apply(a));
        assert!(matches!(*form.outcome, Outcome::Failed(_)));
        // A new complete entry replaces it; the untouched form shows none.
        let mut fixed = staged;
        fixed.push(Action::TypeSize("2".into()));
        assert_ne!(shown_after(fixed), before);
        assert_eq!(shown_after(vec![]), None);
        assert_eq!(shown_after(vec![Action::TypeSize("x".into())]), None);
    }

    #[test]
    fn the_same_form_again_keeps_its_result() {
        let form = Rc::new(Form::new(State::default()).apply(Action::TypeSize("3.4".into())));
        let again = form.clone().reduce(Action::TypeSize("3.4".into()));
        assert!(Rc::ptr_eq(&form, &again));
    }
}
