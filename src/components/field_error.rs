//! An inline error message under a field, referenced by the field's `aria-describedby`.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub message: Option<AttrValue>,
}

#[component]
pub fn FieldError(props: &Props) -> Html {
    match &props.message {
        Some(message) => html! {
            <p id={props.id.clone()} class="field-error" data-testid="field-error">
                <span class="field-error-icon" aria-hidden="true">{ "!" }</span>
                <span class="visually-hidden">{ "Error: " }</span>
                { message.clone() }
            </p>
        },
        None => html! {},
    }
}
