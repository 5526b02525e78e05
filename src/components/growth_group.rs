//! How the tumour grows: in situ, minimally invasive, or superficial spreading.

use std::rc::Rc;

use lungstage::Feature;
use yew::prelude::*;

use crate::components::field_error::FieldError;
use crate::dom::is_checked;
use crate::ids::use_ids;
use crate::text::capitalise;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub in_situ: bool,
    pub minimally_invasive: bool,
    /// Features that describe the growth itself (superficial spreading).
    pub features: Rc<Vec<Feature>>,
    pub selected: Rc<Vec<Feature>>,
    pub error: Option<AttrValue>,
    pub on_in_situ: Callback<bool>,
    pub on_minimally_invasive: Callback<bool>,
    pub on_toggle: Callback<(Feature, bool)>,
}

#[component]
pub fn GrowthGroup(props: &Props) -> Html {
    let ids = use_ids();
    let error_id = ids.id("growth-error");
    let check = |name: String, label: String, checked: bool, on_check: Callback<bool>| {
        let id = ids.id(&name);
        let onchange = move |e: Event| on_check.emit(is_checked(&e));
        html! {
            <label class="growth-group-option" for={id.clone()}>
                <input type="checkbox" {id} {checked} {onchange} />{ label }
            </label>
        }
    };
    html! {
        <fieldset class="growth-group" aria-describedby={props.error.is_some().then(|| error_id.clone())}>
            <legend>{ "Type of growth, if the report says so" }</legend>
            { check("in-situ".into(), "Carcinoma in situ (no invasion)".into(), props.in_situ, props.on_in_situ.clone()) }
            { check("mia".into(), "Minimally invasive adenocarcinoma (invasive part 0.5 cm or less)".into(),
                props.minimally_invasive, props.on_minimally_invasive.clone()) }
            { for props.features.iter().map(|&f| {
                let on_check = props.on_toggle.reform(move |on| (f, on));
                check(format!("feature-{}", f.code()), capitalise(f.label()), props.selected.contains(&f), on_check)
            }) }
            <FieldError id={error_id} message={props.error.clone()} />
        </fieldset>
    }
}
