//! The widgets' side of `lungstage.js`, which adds share links, the copy buttons, notices and
//! the iframe messages after the first paint, so that none of it is on the first load.
//!
//! - `lungstage_watch(on_change)`: calls `on_change(root, fragment, staged)` at once for every
//!   widget, and again after every change of one: `root` is the widget's `.app` element,
//!   `fragment` its form as a share-link fragment (`""` for the untouched form, `null` while
//!   an entry cannot be used), `staged` whether it shows a result.
//! - `lungstage_open(root, numbers)`: opens the case or stated stage the API module read from
//!   a link, as its `case_numbers` hands it over (`lungstage::handover`), or the widget's first form for an
//!   empty list; false if it cannot. The link itself is read only there, after the first paint.
//! - `lungstage_view(root, view)`: shows `patient` or `clinician`; false for anything else.
//! - `lungstage_stated(root, numbers)`: gives the stage from a report its questions state,
//!   as `lungstage::handover_stage` numbers, or an empty list; false if there is no such widget.
//!
//! Each widget also renders two empty slots that the script fills and the widget never
//! touches: `[data-slot="notice"]` at the top and `[data-slot="share"]` above the result;
//! and with the stage from a report as the way in, `[data-slot="stated-form"]` for its
//! questions and, once they are answered, `[data-slot="stated"]` for its result (the script
//! has the API module write both).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;

use crate::form::Form;
use crate::link::fragment_of;
use crate::outcome::Outcome;
use crate::state::{Action, State, View};

struct Widget {
    id: usize,
    root: NodeRef,
    dispatcher: UseReducerDispatcher<Form>,
    clean: State,
    /// The last report: the fragment, whether a result is shown, and whether the stage from a
    /// report is the way in (its questions' slot is there to fill).
    report: Option<Report>,
}

/// What the script is told about a widget: the fragment, whether a result is shown, and
/// whether the stage from a report is the way in.
type Report = (Option<String>, bool, bool);

thread_local! {
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
    static ON_CHANGE: RefCell<Option<Function>> = const { RefCell::new(None) };
}

fn call(on_change: &Function, root: &NodeRef, (fragment, staged, _): &Report) {
    if let Some(root) = root.get() {
        let fragment = fragment.as_deref().map_or(JsValue::NULL, JsValue::from_str);
        let _ = on_change.call3(
            &JsValue::NULL,
            &root,
            &fragment,
            &JsValue::from_bool(*staged),
        );
    }
}

/// Tells the script about the widget `id`, if it is watching and the report changed.
fn report(id: usize, now: Report) {
    let root = WIDGETS.with(|widgets| {
        let mut widgets = widgets.borrow_mut();
        let widget = widgets.iter_mut().find(|w| w.id == id)?;
        (widget.report.as_ref() != Some(&now)).then(|| {
            widget.report = Some(now.clone());
            widget.root.clone()
        })
    });
    let on_change = ON_CHANGE.with(|f| f.borrow().clone());
    // No borrow is held while the script runs: it may call back in.
    if let (Some(root), Some(on_change)) = (root, on_change) {
        call(&on_change, &root, &now);
    }
}

/// Registers the widget with its reducer and reports its form after every change.
#[hook]
pub fn use_remote(
    root: NodeRef,
    state: Rc<State>,
    outcome: Rc<Outcome>,
    dispatcher: UseReducerDispatcher<Form>,
    clean: State,
) {
    let id = *use_memo((), |()| {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    });
    use_effect_with((), move |()| {
        WIDGETS.with(|w| {
            w.borrow_mut().push(Widget {
                id,
                root,
                dispatcher,
                clean,
                report: None,
            })
        });
        move || WIDGETS.with(|w| w.borrow_mut().retain(|w| w.id != id))
    });
    use_effect_with(state, move |state| {
        let staged = matches!(*outcome, Outcome::Staged(_)) || state.stated_stage().is_some();
        let way = state.way == Some(crate::stated::Way::Stage);
        report(id, (fragment_of(state, &outcome), staged, way));
    });
}

/// The dispatcher and first form of the widget whose root is `root`.
fn find(root: &Element) -> Option<(UseReducerDispatcher<Form>, State)> {
    WIDGETS.with(|widgets| {
        widgets
            .borrow()
            .iter()
            .find(|w| w.root.get().is_some_and(|r| r == **root))
            .map(|w| (w.dispatcher.clone(), w.clean.clone()))
    })
}

#[wasm_bindgen]
pub fn lungstage_watch(on_change: Function) {
    let now: Vec<(NodeRef, Report)> = WIDGETS.with(|widgets| {
        widgets
            .borrow()
            .iter()
            .filter_map(|w| Some((w.root.clone(), w.report.clone()?)))
            .collect()
    });
    for (root, report) in &now {
        call(&on_change, root, report);
    }
    ON_CHANGE.with(|f| *f.borrow_mut() = Some(on_change));
}

#[wasm_bindgen]
pub fn lungstage_open(root: &Element, numbers: &[f64]) -> bool {
    let Some((dispatcher, clean)) = find(root) else {
        return false;
    };
    let state = match numbers {
        [] => Some(clean),
        n => lungstage::from_handover(n).map(|(entered, view)| State::opened(entered, view)),
    };
    state.is_some_and(|state| {
        dispatcher.dispatch(Action::Load(Box::new(state)));
        true
    })
}

/// Gives the widget the stage from a report its questions now state (the API module writes
/// them and `lungstage.js` hands each answer over): the stated stage as numbers
/// (`lungstage::handover_stage`), or an empty list while one question is unanswered.
#[wasm_bindgen]
pub fn lungstage_stated(root: &Element, numbers: &[f64]) -> bool {
    let stage = match lungstage::from_handover(numbers) {
        Some((lungstage::Entered::Stage(stage), _)) => Some(stage),
        _ => None,
    };
    find(root).is_some_and(|(dispatcher, _)| {
        dispatcher.dispatch(Action::GiveStage(stage));
        true
    })
}

#[wasm_bindgen]
pub fn lungstage_view(root: &Element, view: &str) -> bool {
    match (find(root), view.parse::<View>()) {
        (Some((dispatcher, _)), Ok(view)) => {
            dispatcher.dispatch(Action::ChooseView(view));
            true
        }
        _ => false,
    }
}
