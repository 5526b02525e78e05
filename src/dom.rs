//! What a form control holds, read from its event in a handler.

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
