//! What a person entered into the pre-rendered form before the live widget took over: read
//! as the actions its live controls emit, by the first answer (`src/early.rs`) and by the
//! live widget as it takes over (`lib.rs`), so that both start from the same form.
// Read only in the browser; the pre-render, on the host, draws the blank form.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use std::cell::RefCell;

use lungstage::{Feature, Side, Station};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement};

use crate::ids::Ids;
use crate::state::{Action, State};

thread_local! {
    /// The form read from the pre-rendered questions, for the live widget that takes over.
    static ENTERED: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// Reads the pre-rendered widget in `element` for the live widget about to take its place
/// (`read_page`): whether every entry could be read.
#[cfg(target_arch = "wasm32")]
pub fn enter(element: &Element) -> bool {
    let form = read_page(element);
    let read = form.is_some();
    ENTERED.with(|e| *e.borrow_mut() = form);
    read
}

/// What [`enter`] read, once: the live widget that takes over starts from it.
pub fn take_entered() -> Option<State> {
    ENTERED.with(|e| e.borrow_mut().take())
}

/// The action `entry`'s live control emits, if it can be read from the pre-rendered form: `Some(None)`
/// for a radio button turning off, which emits none (as in `Entries::replay`).
fn action_of(entry: &Entry, ids: &Ids) -> Option<Option<Action>> {
    let name = ids.name_of(entry.id())?;
    let action = match (entry, name) {
        (Entry::Typed(_, value), "size") => Action::TypeSize(value.clone()),
        (
            Entry::Ticked(_, false),
            "nodes-checked" | "nodes-not-assessed" | "side-right" | "side-left",
        ) => {
            return Some(None);
        }
        (Entry::Ticked(_, true), "nodes-checked") => Action::MarkNodesAssessed(true),
        (Entry::Ticked(_, true), "nodes-not-assessed") => Action::MarkNodesAssessed(false),
        (Entry::Ticked(_, true), "side-right") => Action::ChooseSide(Side::Right),
        (Entry::Ticked(_, true), "side-left") => Action::ChooseSide(Side::Left),
        (Entry::Ticked(_, on), "no-spread") => Action::MarkNoSpreadFound(*on),
        (Entry::Ticked(_, on), name) => {
            if let Some(station) = name.strip_prefix("station-").and_then(Station::from_code) {
                Action::ToggleStation(station, *on)
            } else {
                Action::ToggleFeature(
                    name.strip_prefix("feature-").and_then(Feature::from_code)?,
                    *on,
                )
            }
        }
        (Entry::Typed(..) | Entry::Chosen(..), _) => return None,
    };
    Some(Some(action))
}

/// `start` with `entries` read into it as the actions their live controls emit: in the page's
/// order but for the nodes question's answer, read last, since a station ticked answers it
/// too and the radio button the page shows is the person's own answer. None if one of them
/// cannot be read.
fn read_into(start: State, entries: Vec<Entry>, ids: &Ids) -> Option<State> {
    let (answers, mut entries): (Vec<Entry>, Vec<Entry>) =
        entries.into_iter().partition(|e| answers_nodes(e, ids));
    entries.extend(answers);
    let mut read = start;
    for entry in &entries {
        if let Some(action) = action_of(entry, ids)? {
            read = read.apply(action);
        }
    }
    Some(read)
}

/// The form of the pre-rendered widget in `root` (rendered with the standalone page's
/// options), as the live widget reads it when it takes over: what was typed into its
/// questions; None if an entry is one only the live questions can read.
#[cfg(target_arch = "wasm32")]
pub fn read_page(root: &Element) -> Option<State> {
    let questions = root.query_selector("[data-slot=questions]").ok()??;
    // The pre-rendered widget's ids, as in its result's title (`lungstage1-result-title`).
    let title = root
        .query_selector("[data-testid=result] h2[id]")
        .ok()??
        .id();
    let ids = Ids::with_prefix(title.strip_suffix("-result-title")?);
    let Entries(entries, _) = Entries::read(&questions);
    read_into(crate::Options::default().initial_state(), entries, &ids)
}

/// Whether `entry` answers the nodes question itself (its radio buttons).
fn answers_nodes(entry: &Entry, ids: &Ids) -> bool {
    matches!(
        ids.name_of(entry.id()),
        Some("nodes-checked" | "nodes-not-assessed")
    )
}

/// A form control as it is now, and whether that differs from how the page rendered it; None
/// for anything but an input or a drop-down.
fn control(node: &wasm_bindgen::JsValue) -> Option<(Entry, bool)> {
    if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
        let kind = input.type_();
        return Some(if kind == "checkbox" || kind == "radio" {
            let on = input.checked();
            (Entry::Ticked(input.id(), on), on != input.default_checked())
        } else {
            let value = input.value();
            let changed = value != input.default_value();
            (Entry::Typed(input.id(), value), changed)
        });
    }
    let select = node.dyn_ref::<HtmlSelectElement>()?;
    let rendered = select
        .query_selector("option[selected]")
        .ok()
        .flatten()
        .and_then(|o| o.get_attribute("value"))
        .unwrap_or_default();
    let value = select.value();
    let changed = value != rendered;
    Some((Entry::Chosen(select.id(), value), changed))
}

/// One control and what it holds, by its id (the live render gives every control the same id
/// in a new element): one that differs from how the page was rendered, or an event's.
enum Entry {
    /// A text field and what was typed.
    Typed(String, String),
    /// A checkbox or radio button, ticked or not.
    Ticked(String, bool),
    /// A drop-down and the chosen value.
    Chosen(String, String),
}

impl Entry {
    fn id(&self) -> &str {
        match self {
            Entry::Typed(id, _) | Entry::Ticked(id, _) | Entry::Chosen(id, _) => id,
        }
    }
}

/// The entries in `root`, in document order, and the focused control with its caret.
pub struct Entries(Vec<Entry>, Option<Focus>);

/// The control that had the focus (by its id, which the new render gives it again).
struct Focus {
    id: String,
    caret: Option<(u32, u32)>,
}

impl Focus {
    /// The focused control in `root`, if it has an id, with its caret.
    fn in_root(root: &Element) -> Option<Focus> {
        gloo::utils::document()
            .active_element()
            .filter(|active| root.contains(Some(active)) && !active.id().is_empty())
            .map(|active| Focus {
                id: active.id(),
                caret: active.dyn_ref::<HtmlInputElement>().and_then(|input| {
                    Some((input.selection_start().ok()??, input.selection_end().ok()??))
                }),
            })
    }
}

impl Entries {
    /// These entries' focus and caret, without the entries.
    #[cfg(target_arch = "wasm32")]
    pub fn only_focus(self) -> Entries {
        Entries(Vec::new(), self.1)
    }

    pub fn read(root: &Element) -> Entries {
        let mut entries = Vec::new();
        if let Ok(controls) = root.query_selector_all("input, select") {
            for i in 0..controls.length() {
                if let Some((entry, true)) =
                    controls.item(i).and_then(|node| control(node.as_ref()))
                {
                    entries.push(entry);
                }
            }
        }
        Entries(entries, Focus::in_root(root))
    }

    /// Gives the entries and the focus again after the current task, when the widget has
    /// rendered.
    #[cfg(target_arch = "wasm32")]
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
