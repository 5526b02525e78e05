//! What a person entered into the pre-rendered form before the wasm arrived. The live widget
//! renders afresh in place of the pre-rendered one, but for the form's questions: those are
//! kept as they are, typed into and read ([`read_kept`]), until the rest of the wasm, which
//! draws them, is in. Then the live widget draws them from what was read, and the focus and
//! caret go back where they were; a control that the kept form cannot follow (a choice that
//! changes the form) brings the live questions at once, given what was entered as the same
//! input and change events.

use std::cell::RefCell;

use lungstage::{Feature, Side, Station};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement};

use crate::ids::Ids;
use crate::state::{Action, State};

thread_local! {
    /// The pre-rendered questions, taken out of the page for the live widget to keep.
    static KEPT: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Takes the questions (`data-slot="questions"`) out of the pre-rendered widget in `root`,
/// with what was typed into them, for the live widget to keep; false if it has none.
#[cfg(target_arch = "wasm32")]
pub fn keep_questions(root: &Element) -> bool {
    let Ok(Some(questions)) = root.query_selector("[data-slot=questions]") else {
        return false;
    };
    questions.remove();
    KEPT.with(|k| *k.borrow_mut() = Some(questions));
    true
}

/// The questions [`keep_questions`] took, once: the widget that takes over the page keeps them.
pub fn take_kept() -> Option<Element> {
    KEPT.with(|k| k.borrow_mut().take())
}

/// Moves the kept questions' controls into `into`, the live widget's place for them.
pub fn put_back(kept: &Element, into: &Element) {
    while let Some(child) = kept.first_child() {
        if into.append_child(&child).is_err() {
            return;
        }
    }
}

/// The form the kept questions in `root` show, as `base` (the pre-rendered form, in the view
/// now shown) with what was entered: the actions the live form's controls emit for the same
/// entries. None if an entry is one the kept questions cannot follow: the live questions
/// must take over.
pub fn read_kept(root: &Element, ids: &Ids, base: State) -> Option<State> {
    let Entries(entries, _) = Entries::read(root);
    entries.into_iter().try_fold(base, |state, entry| {
        let action = match entry {
            Entry::Typed(id, value) => {
                (ids.name_of(&id)? == "size").then_some(Action::TypeSize(value))?
            }
            // A radio button only ever turns on, as in `Entries::replay`.
            Entry::Ticked(id, on) => match ids.name_of(&id)? {
                "nodes-checked" if on => Action::MarkNodesAssessed(true),
                "nodes-not-assessed" if on => Action::MarkNodesAssessed(false),
                "side-right" if on => Action::ChooseSide(Side::Right),
                "side-left" if on => Action::ChooseSide(Side::Left),
                "nodes-checked" | "nodes-not-assessed" | "side-right" | "side-left" => {
                    return Some(state);
                }
                "no-spread" => Action::MarkNoSpreadFound(on),
                name => {
                    if let Some(code) = name.strip_prefix("station-") {
                        Action::ToggleStation(*Station::ALL.iter().find(|s| s.code() == code)?, on)
                    } else {
                        let code = name.strip_prefix("feature-")?;
                        Action::ToggleFeature(*Feature::ALL.iter().find(|f| f.code() == code)?, on)
                    }
                }
            },
            Entry::Chosen(..) => return None,
        };
        Some(state.apply(action))
    })
}

/// One control that differs from how the page was rendered, by its id: the live render
/// gives every control the same id in a new element.
enum Entry {
    /// A text field and what was typed.
    Typed(String, String),
    /// A checkbox or radio button, ticked or not.
    Ticked(String, bool),
    /// A drop-down and the chosen value.
    Chosen(String, String),
}

/// The entries in `root`, in document order, and the focused control with its caret.
pub struct Entries(Vec<Entry>, Option<Focus>);

/// The control that had the focus (by its id, which the new render gives it again).
struct Focus {
    id: String,
    caret: Option<(u32, u32)>,
}

impl Entries {
    /// Only the focus and caret in `root`, to be given back after the live render.
    pub fn focus(root: &Element) -> Entries {
        Entries::read(root).only_focus()
    }

    /// These entries' focus and caret, without the entries.
    pub fn only_focus(self) -> Entries {
        Entries(Vec::new(), self.1)
    }

    pub fn read(root: &Element) -> Entries {
        let focus = gloo::utils::document()
            .active_element()
            .filter(|active| root.contains(Some(active)) && !active.id().is_empty())
            .map(|active| Focus {
                id: active.id(),
                caret: active.dyn_ref::<HtmlInputElement>().and_then(|input| {
                    Some((input.selection_start().ok()??, input.selection_end().ok()??))
                }),
            });
        let mut entries = Vec::new();
        let Ok(controls) = root.query_selector_all("input, select") else {
            return Entries(entries, focus);
        };
        for i in 0..controls.length() {
            let Some(node) = controls.item(i) else {
                continue;
            };
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                let kind = input.type_();
                if kind == "checkbox" || kind == "radio" {
                    if input.checked() != input.default_checked() {
                        entries.push(Entry::Ticked(input.id(), input.checked()));
                    }
                } else if input.value() != input.default_value() {
                    entries.push(Entry::Typed(input.id(), input.value()));
                }
            } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
                let rendered = select
                    .query_selector("option[selected]")
                    .ok()
                    .flatten()
                    .and_then(|o| o.get_attribute("value"))
                    .unwrap_or_default();
                if select.value() != rendered {
                    entries.push(Entry::Chosen(select.id(), select.value()));
                }
            }
        }
        Entries(entries, focus)
    }

    /// Gives the entries and the focus again after the current task, when the widget has
    /// rendered.
    pub fn replay_after_render(self) {
        if self.0.is_empty() && self.1.is_none() {
            return;
        }
        gloo::timers::callback::Timeout::new(0, move || self.replay()).forget();
    }

    fn replay(self) {
        let Entries(entries, focus) = self;
        let document = gloo::utils::document();
        let input = |id: &str| {
            document
                .get_element_by_id(id)
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        };
        for entry in entries {
            // A radio button only ever turns on; an unticked one follows its group.
            match entry {
                Entry::Typed(id, value) => {
                    if let Some(input) = input(&id) {
                        input.set_value(&value);
                        fire(&input, "input");
                    }
                }
                Entry::Ticked(id, on) => {
                    if let Some(input) = input(&id).filter(|i| on || i.type_() == "checkbox") {
                        input.set_checked(on);
                        fire(&input, "change");
                    }
                }
                Entry::Chosen(id, value) => {
                    if let Some(select) = document
                        .get_element_by_id(&id)
                        .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
                    {
                        select.set_value(&value);
                        fire(&select, "change");
                    }
                }
            }
        }
        let Some(focus) = focus else { return };
        let Some(element) = document.get_element_by_id(&focus.id) else {
            return;
        };
        if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.focus();
        }
        if let (Some(input), Some((start, end))) =
            (element.dyn_ref::<HtmlInputElement>(), focus.caret)
        {
            let _ = input.set_selection_range(start, end);
        }
    }
}

fn fire(target: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}
