//! What a person entered into the pre-rendered form before the wasm arrived: hydration puts
//! every control back to the first render's state, so the entries are read before it and
//! given again, as the same input and change events, once the widget is live.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement};

/// One control that differs from how the page was rendered.
enum Entry {
    /// A text or number field and what was typed.
    Typed(HtmlInputElement, String),
    /// A checkbox or radio button, ticked or not.
    Ticked(HtmlInputElement, bool),
    /// A drop-down and the chosen value.
    Chosen(HtmlSelectElement, String),
}

/// The entries in `root`, in document order.
pub struct Entries(Vec<Entry>);

impl Entries {
    pub fn read(root: &Element) -> Entries {
        let mut entries = Vec::new();
        let Ok(controls) = root.query_selector_all("input, select") else {
            return Entries(entries);
        };
        for i in 0..controls.length() {
            let Some(node) = controls.item(i) else {
                continue;
            };
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                let kind = input.type_();
                if kind == "checkbox" || kind == "radio" {
                    if input.checked() != input.default_checked() {
                        entries.push(Entry::Ticked(input.clone(), input.checked()));
                    }
                } else if input.value() != input.default_value() {
                    entries.push(Entry::Typed(input.clone(), input.value()));
                }
            } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
                let rendered = select
                    .query_selector("option[selected]")
                    .ok()
                    .flatten()
                    .and_then(|o| o.get_attribute("value"))
                    .unwrap_or_default();
                if select.value() != rendered {
                    entries.push(Entry::Chosen(select.clone(), select.value()));
                }
            }
        }
        Entries(entries)
    }

    /// Gives the entries again after the current task, when hydration has rendered.
    pub fn replay_after_hydration(self) {
        if self.0.is_empty() {
            return;
        }
        gloo::timers::callback::Timeout::new(0, move || self.replay()).forget();
    }

    fn replay(self) {
        for entry in self.0 {
            // A radio button only ever turns on; an unticked one follows its group.
            match entry {
                Entry::Typed(input, value) => {
                    input.set_value(&value);
                    fire(&input, "input");
                }
                Entry::Ticked(input, on) if on || input.type_() == "checkbox" => {
                    input.set_checked(on);
                    fire(&input, "change");
                }
                Entry::Ticked(..) => {}
                Entry::Chosen(select, value) => {
                    select.set_value(&value);
                    fire(&select, "change");
                }
            }
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
