//! The written form box: shows the current TNM, and takes a pasted one such as `cT2a N1 M0`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_error::field_error;
use crate::dom::{described_by, input_value};
use crate::ids::Ids;
use crate::text::{Msg, say};

pub struct Props {
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    /// What reading the form did: what a subgroup counts as, what was set aside.
    pub notes: Rc<[AttrValue]>,
    pub on_type: Callback<String>,
}

pub fn written_form(props: &Props, ids: &Ids) -> Html {
    let (id, error_id, hint_id) = (
        ids.id("written"),
        ids.id("written-error"),
        ids.id("written-hint"),
    );
    let described = described_by(&hint_id, &error_id, props.error.is_some());
    let on_type = props.on_type.clone();
    let oninput = move |e: InputEvent| on_type.emit(input_value(&e));
    html! {
        <div class="written-form">
            <label for={id.clone()}>{ say(Msg::FormWrittenLabel) }</label>
            <span id={hint_id} class="written-form-hint">
                { say(Msg::FormWrittenHint) }
            </span>
            <input type="text" {id} class="written-form-input" value={props.value.clone()} {oninput}
                autocomplete="off" autocapitalize="off" spellcheck="false"
                aria-invalid={props.error.is_some().then_some("true")} aria-describedby={described} />
            { field_error(error_id, props.error.clone()) }
            if !props.notes.is_empty() {
                <ul class="written-form-notes" data-testid="written-notes">
                    { for props.notes.iter().map(|note| html! { <li>{ note.clone() }</li> }) }
                </ul>
            }
        </div>
    }
}
