//! An inline error message under a field, referenced by the field's `aria-describedby`.

use yew::prelude::*;

use crate::components::apart;
use crate::text::{Msg, say};

/// The error under a field: nothing without a message. A plain function rather than a
/// component: it has no state, and each component costs the first load its own glue.
pub fn field_error(id: AttrValue, message: Option<AttrValue>) -> Html {
    match message {
        // Drawn apart: a first answer rarely has an error to show.
        Some(message) => apart(shown, (id, message)),
        None => html! {},
    }
}

fn shown((id, message): (AttrValue, AttrValue)) -> Html {
    html! {
        <p {id} class="field-error" data-testid="field-error">
            <span class="field-error-icon" aria-hidden="true">{ "!" }</span>
            <span class="visually-hidden">{ format!("{} ", say(Msg::FormErrorLabel)) }</span>
            { message }
        </p>
    }
}
