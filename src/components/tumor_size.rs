//! The tumour size in centimetres, checked by the core as it is typed.

use yew::prelude::*;

use crate::components::field_error::FieldError;
use crate::dom::{described_by, input_value};
use crate::ids::use_ids;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    pub on_type: Callback<String>,
}

#[component]
pub fn TumorSize(props: &Props) -> Html {
    let ids = use_ids();
    let (id, hint_id, error_id) = (ids.id("size"), ids.id("size-hint"), ids.id("size-error"));
    let described = described_by(&hint_id, &error_id, props.error.is_some());
    let on_type = props.on_type.clone();
    let oninput = move |e: InputEvent| on_type.emit(input_value(&e));
    html! {
        <div class="tumor-size">
            <label for={id.clone()}>{ "Size of the tumour, in cm" }</label>
            <span id={hint_id} class="tumor-size-hint">
                { "Its largest width; for a part-solid tumour, the solid part. For example 2.5." }
            </span>
            <input type="number" {id} class="tumor-size-input" step="0.1" min="0" inputmode="decimal"
                value={props.value.clone()} {oninput}
                aria-invalid={props.error.is_some().then_some("true")} aria-describedby={described} />
            <FieldError id={error_id} message={props.error.clone()} />
        </div>
    }
}
