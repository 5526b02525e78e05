//! The long texts that arrive after the first answer (source titles, treatment texts, symptom
//! lists, what a category entered directly means; keys in `lungstage::deferred`).
//! `lungstage.js` fetches the build's texts file once, with its integrity, and hands it over
//! through `lungstage_texts`; until then the panels show a "Loading…" line, and if it failed,
//! a one-line notice. The page's messages come at the same time (`lungstage_messages`): until
//! they are installed an error says only which entry is at fault (`crate::outcome`).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::text::{Msg, say};

/// Where the deferred texts stand, for every widget on the page: the long texts, and whether
/// the page's messages, in which the core words its errors, have arrived.
#[derive(Clone, PartialEq, Default)]
pub struct Texts {
    long: Long,
    messages: bool,
}

#[derive(Clone, PartialEq, Default)]
enum Long {
    #[default]
    Loading,
    /// The parsed texts file: one flat object.
    Loaded(JsValue),
    Failed,
}

impl Texts {
    fn value(&self, key: &str) -> Option<JsValue> {
        match &self.long {
            Long::Loaded(texts) => js_sys::Reflect::get(texts, &JsValue::from_str(key)).ok(),
            Long::Loading | Long::Failed => None,
        }
    }

    /// Whether the long texts have loaded.
    pub fn loaded(&self) -> bool {
        matches!(self.long, Long::Loaded(_))
    }

    /// Whether the page's messages have been installed (`lungstage_messages`), so that the
    /// core's errors can be worded.
    pub fn has_messages(&self) -> bool {
        self.messages
    }

    /// The text at `key`, once loaded.
    pub fn get(&self, key: &str) -> Option<String> {
        self.value(key)?.as_string()
    }

    /// Words of the messages layer (a reason's, a note's, a table rule's), once the page's
    /// messages are installed; an ellipsis until then.
    pub fn words(&self, words: &impl std::fmt::Display) -> String {
        match self.messages {
            true => words.to_string(),
            false => "…".to_owned(),
        }
    }

    /// A note's words: one written for the case once the page's messages are installed, or a
    /// fixed note's once the texts have loaded.
    pub fn note(&self, note: &lungstage::Note) -> String {
        match &note.text {
            lungstage::NoteText::Rule(words) => self.words(words),
            lungstage::NoteText::Fixed(id) => self
                .get(&lungstage::deferred::note(*id))
                .unwrap_or_default(),
        }
    }

    /// A reason's words: a rule's once the page's messages are installed, or for a category
    /// entered directly the words that say so, with the category's definition
    /// once the texts have loaded.
    pub fn reason(&self, text: &lungstage::ReasonText) -> String {
        match text {
            lungstage::ReasonText::Rule(words) => self.words(words),
            lungstage::ReasonText::Entered(scheme, category) => {
                match self.get(&lungstage::deferred::definition_text(*scheme, *category)) {
                    Some(words) => format!("{}: {words}", lungstage::ENTERED_DIRECTLY),
                    None => lungstage::ENTERED_DIRECTLY.to_string(),
                }
            }
        }
    }

    /// The list of texts at `key`, once loaded (empty if it is not a list).
    pub fn list(&self, key: &str) -> Vec<String> {
        self.value(key)
            .filter(js_sys::Array::is_array)
            .map(|v| {
                js_sys::Array::from(&v)
                    .iter()
                    .filter_map(|x| x.as_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The line a panel shows in place of texts that are not there: "Loading…" while they
    /// load (the panel is `aria-busy`), a notice if they could not.
    pub fn missing(&self) -> Html {
        match self.long {
            Long::Loading => html! { <p class="deferred-loading">{ say(Msg::ResultLoading) }</p> },
            Long::Failed => {
                html! { <p class="deferred-failed">{ say(Msg::ResultLoadingFailed) }</p> }
            }
            Long::Loaded(_) => html! {},
        }
    }

    /// `aria-busy` for a panel whose texts are loading.
    pub fn busy(&self) -> Option<AttrValue> {
        matches!(self.long, Long::Loading).then_some(AttrValue::Static("true"))
    }
}

thread_local! {
    static TEXTS: RefCell<Texts> = const { RefCell::new(Texts { long: Long::Loading, messages: false }) };
    static LISTENERS: RefCell<Vec<(usize, UseStateSetter<Texts>)>> = const { RefCell::new(Vec::new()) };
}

/// Changes what every widget has, and renders them again.
fn publish(change: impl FnOnce(&mut Texts)) {
    let now = TEXTS.with(|t| {
        let mut texts = t.borrow_mut();
        change(&mut texts);
        texts.clone()
    });
    let listeners: Vec<UseStateSetter<Texts>> =
        LISTENERS.with(|l| l.borrow().iter().map(|(_, s)| s.clone()).collect());
    for set in listeners {
        set.set(now.clone());
    }
}

/// Hands the texts to every widget: the parsed file, or `null` when it could not load.
#[wasm_bindgen]
pub fn lungstage_texts(texts: JsValue) {
    publish(|t| {
        t.long = if texts.is_object() {
            Long::Loaded(texts)
        } else {
            Long::Failed
        }
    });
}

/// Tells every widget that the page's messages are installed: their errors are worded now.
pub(crate) fn messages_installed() {
    publish(|t| t.messages = true);
}

/// The deferred texts, re-rendering the component when they arrive.
#[hook]
pub fn use_texts() -> Texts {
    let texts = use_state_eq(|| TEXTS.with(|t| t.borrow().clone()));
    let id = *use_memo((), |()| {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    });
    {
        let setter = texts.setter();
        use_effect_with((), move |()| {
            // They may have arrived between the first render and this effect.
            setter.set(TEXTS.with(|t| t.borrow().clone()));
            LISTENERS.with(|l| l.borrow_mut().push((id, setter)));
            move || LISTENERS.with(|l| l.borrow_mut().retain(|(i, _)| *i != id))
        });
    }
    (*texts).clone()
}
