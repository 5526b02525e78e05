//! What a person entered into the pre-rendered form before the wasm arrived. The live widget
//! renders afresh in place of the pre-rendered one, but for the form's questions: those are
//! kept as they are, typed into and read entry by entry ([`use_kept_questions`]), until the
//! rest of the wasm, which draws them, is in. Then the live widget draws them from what was
//! read, and the focus and caret go back where they were; an entry the kept questions cannot
//! follow (a choice that changes the form) brings the live questions at once, given that
//! entry as the same input or change event.

use std::cell::RefCell;
use std::rc::Rc;

use lungstage::{Feature, Side, Station};
use wasm_bindgen::JsCast;
use web_sys::{Element, EventInit, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::ids::Ids;
use crate::state::{Action, State};
use crate::text::{Msg, say};

/// The pre-rendered questions, taken out of the page for the live widget to keep, and where
/// the focus and caret were in them.
type Kept = (Element, Entries);

thread_local! {
    static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// Takes the questions (`data-slot="questions"`) out of the pre-rendered widget in `root`,
/// with what was typed into them and the focus of `entered` (read before), for the live
/// widget to keep; `entered` back if it has none, to be given to the live questions.
#[cfg(target_arch = "wasm32")]
pub fn keep_questions(root: &Element, entered: Entries) -> Option<Entries> {
    let Ok(Some(questions)) = root.query_selector("[data-slot=questions]") else {
        return Some(entered);
    };
    questions.remove();
    KEPT.with(|k| *k.borrow_mut() = Some((questions, entered.only_focus())));
    None
}

/// What [`keep_questions`] took, once: the widget that takes over the page keeps it.
fn take_kept() -> Option<Kept> {
    KEPT.with(|k| k.borrow_mut().take())
}

/// Moves the kept questions' controls into `into`, the live widget's place for them.
fn put_back(kept: &Element, into: &Element) {
    while let Some(child) = kept.first_child() {
        if into.append_child(&child).is_err() {
            return;
        }
    }
}

/// The action `entry`'s live control emits, if the kept questions can read it: `Some(None)`
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
/// too and the radio button the page shows is the person's own answer. The entries, in that
/// order, if one of them cannot be read (the live questions then take them all).
fn read_into(start: State, entries: Vec<Entry>, ids: &Ids) -> Result<State, Vec<Entry>> {
    let (answers, mut entries): (Vec<Entry>, Vec<Entry>) =
        entries.into_iter().partition(|e| answers_nodes(e, ids));
    entries.extend(answers);
    let mut read = start;
    for entry in &entries {
        match action_of(entry, ids) {
            Some(Some(action)) => read = read.apply(action),
            Some(None) => {}
            None => return Err(entries),
        }
    }
    Ok(read)
}

/// The form of the pre-rendered widget in `root`, as the live widget starting from `start`
/// will read it when it takes over: what was typed into its questions; None if an entry is
/// one only the live questions can read.
#[cfg(target_arch = "wasm32")]
pub fn read_page(root: &Element, start: State) -> Option<State> {
    let questions = root.query_selector("[data-slot=questions]").ok()??;
    // The pre-rendered widget's ids, as in its result's title (`lungstage1-result-title`).
    let title = root
        .query_selector("[data-testid=result] h2[id]")
        .ok()??
        .id();
    let ids = Ids::with_prefix(title.strip_suffix("-result-title")?);
    let Entries(entries, _) = Entries::read(&questions);
    read_into(start, entries, &ids).ok()
}

/// Whether `entry` answers the nodes question itself (its radio buttons).
fn answers_nodes(entry: &Entry, ids: &Ids) -> bool {
    matches!(
        ids.name_of(entry.id()),
        Some("nodes-checked" | "nodes-not-assessed")
    )
}

/// The control an input or change event came from, as it is now; None for an event a
/// control fires twice (a text field's change after its inputs; a box's or a list's input
/// before its change), so that each entry is read once.
fn entry_of(event: &Event) -> Option<Entry> {
    let (entry, _) = control(event.target()?.as_ref())?;
    (matches!(entry, Entry::Typed(..)) == (event.type_() == "input")).then_some(entry)
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

/// Where the rest of the wasm stands, for the kept questions.
pub struct Rest {
    /// The rest is in.
    pub arrived: bool,
    /// The page's fetch of it failed: the live questions would load it themselves.
    pub failed: bool,
}

/// The questions of the page this widget took over, kept until the live ones take their
/// place: once the rest of the wasm is in (`rest.arrived`), and at once when an entry is one
/// they cannot show or the form has an error to show beside a field (`error`). While kept,
/// each entry in them is read into the form as the action its live control emits; a change
/// from elsewhere (a share link, "Start again", the view) leaves them out of date, inert and
/// dimmed, with a status saying the form is loading, until the rest is in (or, if its fetch
/// failed, at once). None once the live questions are drawn, and always for a widget that
/// kept none.
#[hook]
pub fn use_kept_questions(
    form: &Rc<State>,
    error: bool,
    rest: Rest,
    on_edit: &Callback<Action>,
    ids: &Ids,
) -> Option<Html> {
    let kept = use_memo((), |()| {
        take_kept().map(|(questions, focus)| (questions, RefCell::new(Some(focus))))
    });
    let live = use_state_eq(|| kept.is_none());
    let slot = use_node_ref();
    // The form the kept questions show, as read from them entry by entry.
    let shows = use_mut_ref(|| (**form).clone());
    // What the live questions are given once drawn: the focus and caret, and the entries they
    // must take, in order.
    let pending = use_mut_ref(|| None::<Entries>);
    let go_live = {
        let (live, slot, pending) = (live.clone(), slot.clone(), pending.clone());
        Rc::new(move |entries: Vec<Entry>| {
            let focus = slot.cast::<Element>().and_then(|k| Focus::in_root(&k));
            match &mut *pending.borrow_mut() {
                Some(Entries(queued, queued_focus)) => {
                    queued.extend(entries);
                    if queued_focus.is_none() {
                        *queued_focus = focus;
                    }
                }
                none => *none = Some(Entries(entries, focus)),
            }
            live.set(true);
        })
    };
    let read = {
        let (shows, on_edit, ids, go_live) =
            (shows.clone(), on_edit.clone(), ids.clone(), go_live.clone());
        move |entry: Entry| {
            let Some(action) = action_of(&entry, &ids) else {
                return go_live(vec![entry]);
            };
            let Some(action) = action else { return };
            // A station ticked marks the nodes checked: in view only in the live questions.
            let draws = matches!(action, Action::ToggleStation(..))
                && shows.borrow().nodes.assessed != Some(true);
            let next = shows.borrow().clone().apply(action.clone());
            *shows.borrow_mut() = next;
            on_edit.emit(action);
            if draws {
                go_live(Vec::new());
            }
        }
    };
    // Taken in by the first render, with what was typed into them while the wasm loaded and
    // the focus where it was. Their entries are read in the page's order but for the nodes
    // question's answer, read last: a station ticked answers it too, and the radio button the
    // page shows is the person's own answer. If one entry cannot be read, the live questions
    // take them all, from the form as rendered.
    {
        let (kept, slot, shows, on_edit, ids, go_live) = (
            kept.clone(),
            slot.clone(),
            shows.clone(),
            on_edit.clone(),
            ids.clone(),
            go_live.clone(),
        );
        use_effect_with((), move |()| {
            let (Some((questions, focus)), Some(into)) = (&*kept, slot.cast::<Element>()) else {
                return;
            };
            put_back(questions, &into);
            if let Some(focus) = focus.borrow_mut().take() {
                focus.replay();
            }
            let Entries(entries, _) = Entries::read(&into);
            let unanswered = !entries.iter().any(|e| answers_nodes(e, &ids));
            let read = match read_into(shows.borrow().clone(), entries, &ids) {
                Ok(read) => read,
                Err(entries) => return go_live(entries),
            };
            let draws = unanswered && read.nodes.assessed == Some(true);
            *shows.borrow_mut() = read.clone();
            on_edit.emit(Action::Load(Box::new(read)));
            if draws {
                go_live(Vec::new());
            }
        });
    }
    let out_of_date = !*live && *shows.borrow() != **form;
    {
        let go_live = go_live.clone();
        let now = rest.arrived || error || (out_of_date && rest.failed);
        use_effect_with((now, *live), move |&(now, is_live)| {
            if now && !is_live {
                go_live(Vec::new());
            }
        });
    }
    // The live questions are drawn: given what they must take, before any further input.
    use_effect_with(*live, move |&is_live| {
        let queued = if is_live {
            pending.borrow_mut().take()
        } else {
            None
        };
        if let Some(queued) = queued {
            queued.replay();
        }
    });
    if *live {
        return None;
    }
    let onevent = Callback::from(move |e: Event| {
        if let Some(entry) = entry_of(&e) {
            read(entry);
        }
    });
    // The status is there from the start, so that its words are read out when they come.
    Some(html! { <>
        <p class="app-questions-loading" role="status">
            if out_of_date { { say(Msg::ResultLoading) } }
        </p>
        <div class="app-questions" data-slot="questions" data-kept="" key="kept" ref={slot}
            onchange={onevent.clone()} oninput={onevent.reform(Event::from)}
            inert={out_of_date} aria-busy={out_of_date.then_some(AttrValue::Static("true"))}></div>
    </> })
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
