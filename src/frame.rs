//! The iframe embed's messages to and from the parent page.
//!
//! Sent, to the parent only, whenever the content height changes (nothing the reader
//! entered is ever sent):
//! `{type: "lungstage:height", height: <CSS pixels, an integer>}`.
//!
//! Received: only messages whose source is the parent window and whose data is exactly
//! `{type: "lungstage:theme", theme: "light" | "dark" | "auto"}` or
//! `{type: "lungstage:view", view: "patient" | "clinician"}`. Everything else is ignored
//! silently.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, ResizeObserver, Window};
use yew::prelude::*;

use crate::options::Theme;
use crate::state::View;

/// A change the parent page may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Theme(Theme),
    View(View),
}

/// The command in a message's data, if the data is exactly one of the accepted shapes.
pub fn command(data: &JsValue) -> Option<Command> {
    if !data.is_object() || js_sys::Array::is_array(data) {
        return None;
    }
    if Object::keys(data.unchecked_ref::<Object>()).length() != 2 {
        return None;
    }
    // Structured clones have no getters, so reading the two keys runs no code of the sender.
    let get = |key: &str| {
        Reflect::get(data, &JsValue::from_str(key))
            .ok()?
            .as_string()
    };
    match get("type")?.as_str() {
        "lungstage:theme" => get("theme")?.parse().ok().map(Command::Theme),
        "lungstage:view" => get("view")?.parse().ok().map(Command::View),
        _ => None,
    }
}

/// The parent window, when this page is in a frame.
fn parent() -> Option<Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok()??;
    (!Object::is(&parent, &window)).then_some(parent)
}

/// The page's content height in whole CSS pixels.
fn content_height() -> u32 {
    gloo::utils::document()
        .document_element()
        .map_or(0, |html| {
            html.get_bounding_client_rect().height().ceil() as u32
        })
}

fn post_height(parent: &Window, height: u32) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"lungstage:height".into());
    let _ = Reflect::set(&message, &"height".into(), &height.into());
    // Only the height, so any origin may receive it: embedding is open to every site.
    let _ = parent.post_message(&message, "*");
}

/// What a framed page keeps alive: the message listener and the size observer.
struct Frame {
    _listener: EventListener,
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
}

impl Frame {
    fn start(on_command: Callback<Command>) -> Option<Frame> {
        let parent = parent()?;
        let listener = {
            let parent = parent.clone();
            EventListener::new(&gloo::utils::window(), "message", move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else {
                    return;
                };
                let from_parent = event
                    .source()
                    .is_some_and(|source| Object::is(&source, &parent));
                if let Some(command) = from_parent.then(|| command(&event.data())).flatten() {
                    on_command.emit(command);
                }
            })
        };
        let last = Rc::new(Cell::new(0));
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            let height = content_height();
            if height != last.replace(height) {
                post_height(&parent, height);
            }
        });
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        let document = gloo::utils::document();
        // The root for the content height; the body too, in case the root's own height is fixed.
        for element in [document.document_element(), document.body().map(Into::into)]
            .into_iter()
            .flatten()
        {
            observer.observe(&element);
        }
        Some(Frame {
            _listener: listener,
            observer,
            _on_resize: on_resize,
        })
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// On our own page inside a frame: reports the height to the parent and takes its
/// commands. Does nothing when `enabled` is false or the page is not framed.
#[hook]
pub fn use_frame(enabled: bool, on_command: Callback<Command>) {
    use_effect_with(enabled, move |&enabled| {
        let frame = enabled.then(|| Frame::start(on_command)).flatten();
        move || drop(frame)
    });
}
