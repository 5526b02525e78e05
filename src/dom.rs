//! What a form control holds, read from its event in a handler, and moving the focus.

use yew::prelude::*;

/// The text of the `<input>` an input event came from.
pub fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// Whether the checkbox or radio a change event came from is now checked.
pub fn is_checked(e: &Event) -> bool {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .checked()
}

/// `aria-describedby` for a field with a hint: the hint, and the error message when shown.
pub fn described_by(hint_id: &AttrValue, error_id: &AttrValue, has_error: bool) -> AttrValue {
    if has_error {
        format!("{hint_id} {error_id}").into()
    } else {
        hint_id.clone()
    }
}

/// A click handler that scrolls to the first element matching `selector` in the clicked
/// button's own widget and gives it the focus. Searched from the button's widget: in an
/// in-page embed that sits in a shadow root, out of `document.getElementById`'s reach.
pub fn focus_in_widget(selector: String) -> impl Fn(MouseEvent) + 'static {
    move |e: MouseEvent| {
        let found = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|button| button.closest(".app").ok().flatten())
            .and_then(|app| app.query_selector(&selector).ok().flatten())
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(el) = found {
            el.scroll_into_view();
            let _ = el.focus();
        }
    }
}
