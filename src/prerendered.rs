//! What a person entered into the pre-rendered form before the wasm arrived: the live widget
//! renders afresh in its place, so the entries, and where the focus and caret were, are read
//! before it and given again, as the same input and change events, once the widget is live.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement};

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
