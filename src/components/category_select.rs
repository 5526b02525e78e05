//! One of T, N and M as a drop-down of the categories the scheme has.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_error::field_error;
use crate::ids::Ids;

pub struct Props {
    /// `t`, `n` or `m`, for ids.
    pub name: AttrValue,
    pub label: AttrValue,
    /// Each category's code and the words shown for it.
    pub codes: Rc<Vec<(&'static str, AttrValue)>>,
    /// The category shown; `None` before there is any result.
    pub current: Option<&'static str>,
    pub error: Option<AttrValue>,
    /// Carries the chosen code.
    pub on_choose: Callback<String>,
}

pub fn category_select(props: &Props, ids: &Ids) -> Html {
    let (id, error_id) = (
        ids.id(&format!("category-{}", props.name)),
        ids.id(&format!("category-{}-error", props.name)),
    );
    let invalid = props.error.is_some();
    let on_choose = props.on_choose.clone();
    let onchange = move |e: Event| {
        on_choose.emit(
            e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        );
    };
    html! {
        <div class="category-select">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <select {id} {onchange} data-testid={format!("select-{}", props.name)}
                aria-invalid={invalid.then_some("true")} aria-describedby={invalid.then(|| error_id.clone())}>
                if props.current.is_none() { <option value="" selected=true>{ "—" }</option> }
                { for props.codes.iter().map(|(code, words)| html! {
                    <option value={*code} selected={props.current == Some(*code)}>{ words.clone() }</option>
                }) }
            </select>
            { field_error(error_id, props.error.clone()) }
        </div>
    }
}
