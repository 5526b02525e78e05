//! The panic hook: a short message and a reload link instead of a frozen widget.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::text::{Msg, say};

/// Marks the elements a widget is mounted into, so the hook finds every instance.
pub const MOUNT_ATTRIBUTE: &str = "data-lungstage-mount";

thread_local! {
    /// Mounts inside shadow roots (in-page embeds), which a document query cannot reach.
    static SHADOW_MOUNTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Marks `mount`, an element inside a shadow root, for the hook.
pub fn watch_shadow_mount(mount: &Element) {
    let _ = mount.set_attribute(MOUNT_ATTRIBUTE, "");
    SHADOW_MOUNTS.with(|mounts| mounts.borrow_mut().push(mount.clone()));
}

/// Installs the hook. Call before mounting.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        stopped(&format!("LungStage stopped: {info}"));
    }));
}

/// Logs `why` and puts the crash message in every widget of the page: for a panic, and when
/// the rest of the wasm cannot load (`lungstage_rest_failed`).
pub fn stopped(why: &str) {
    gloo::console::error!(why);
    let selector = format!("[{MOUNT_ATTRIBUTE}]");
    if let Ok(mounts) = gloo::utils::document().query_selector_all(&selector) {
        for i in 0..mounts.length() {
            if let Some(mount) = mounts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                show_crash(&mount);
            }
        }
    }
    let _ = SHADOW_MOUNTS.try_with(|mounts| {
        if let Ok(mounts) = mounts.try_borrow() {
            mounts.iter().for_each(show_crash);
        }
    });
}

/// Replaces the content of `mount` with the crash message.
pub fn show_crash(mount: &Element) {
    let document = gloo::utils::document();
    let build = || -> Result<Element, wasm_bindgen::JsValue> {
        let box_ = document.create_element("div")?;
        box_.set_class_name("lungstage-crash");
        box_.set_attribute("role", "alert")?;
        box_.set_attribute("data-testid", "crash")?;
        let text = document.create_element("p")?;
        text.set_text_content(Some(&say(Msg::ResultCrash)));
        let again = document.create_element("p")?;
        let link = document.create_element("a")?;
        // An empty link reloads the page it is on.
        link.set_attribute("href", "")?;
        link.set_text_content(Some(&say(Msg::ResultCrashReload)));
        again.append_child(&link)?;
        again.append_with_str_1(&format!(" {}", say(Msg::ResultCrashAfterReload)))?;
        box_.append_child(&text)?;
        box_.append_child(&again)?;
        Ok(box_)
    };
    if let Ok(message) = build() {
        mount.set_text_content(None);
        let _ = mount.append_child(&message);
    }
}
