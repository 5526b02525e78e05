//! How the tumour grows: in situ (AIS, SCIS), minimally invasive, occult, or superficial
//! spreading; and the whole lesion's size, which AIS and MIA are limited by.

use std::rc::Rc;

use lungstage::Feature;
use yew::prelude::*;

use crate::components::field_error::field_error;
use crate::dom::{input_value, is_checked};
use crate::ids::Ids;
use crate::state::Growth;
use crate::text::{Msg, capitalise, say};

pub struct Props {
    pub growth: Growth,
    /// The whole lesion's size as typed.
    pub total_size: AttrValue,
    /// Features that describe the growth itself (superficial spreading).
    pub features: Rc<Vec<Feature>>,
    pub selected: Rc<Vec<Feature>>,
    pub error: Option<AttrValue>,
    pub total_error: Option<AttrValue>,
    pub on_growth: Callback<Growth>,
    pub on_total: Callback<String>,
    pub on_toggle: Callback<(Feature, bool)>,
}

const fn label(g: Growth) -> Msg {
    match g {
        Growth::Usual => Msg::FormGrowthUsual,
        Growth::AdenocarcinomaInSitu => Msg::FormGrowthAis,
        Growth::SquamousInSitu => Msg::FormGrowthScis,
        Growth::InSitu => Msg::FormGrowthInSitu,
        Growth::MinimallyInvasive => Msg::FormGrowthMia,
        Growth::Occult => Msg::FormGrowthOccult,
    }
}

/// The end of each answer's element id.
const fn key(g: Growth) -> &'static str {
    match g {
        Growth::Usual => "usual",
        Growth::AdenocarcinomaInSitu => "ais",
        Growth::SquamousInSitu => "scis",
        Growth::InSitu => "in-situ",
        Growth::MinimallyInvasive => "mia",
        Growth::Occult => "occult",
    }
}

pub fn growth_group(props: &Props, ids: &Ids) -> Html {
    let (error_id, total_id, total_error_id) = (
        ids.id("growth-error"),
        ids.id("lesion-total"),
        ids.id("lesion-total-error"),
    );
    let name = ids.id("growth");
    let radio = |g: Growth| {
        let id = ids.id(&format!("growth-{}", key(g)));
        let on_growth = props.on_growth.clone();
        html! {
            <label class="growth-group-option" for={id.clone()}>
                <input type="radio" {id} name={name.clone()} checked={props.growth == g}
                    onchange={move |_| on_growth.emit(g)} />{ say(label(g)) }
            </label>
        }
    };
    let on_total = props.on_total.clone();
    let total_invalid = props.total_error.is_some();
    html! {
        <fieldset class="growth-group" aria-describedby={props.error.is_some().then(|| error_id.clone())}>
            <legend>{ say(Msg::FormGrowthLegend) }</legend>
            { for Growth::ALL.into_iter().map(radio) }
            { for props.features.iter().map(|&f| {
                let id = ids.id(&format!("feature-{}", f.code()));
                let on_toggle = props.on_toggle.clone();
                let onchange = move |e: Event| on_toggle.emit((f, is_checked(&e)));
                html! {
                    <label class="growth-group-option" for={id.clone()}>
                        <input type="checkbox" {id} checked={props.selected.contains(&f)} {onchange} />{ capitalise(&f.label()) }
                    </label>
                }
            }) }
            <label class="growth-group-total" for={total_id.clone()}>
                <span>{ say(Msg::FormGrowthTotal) }</span>
                <input type="text" id={total_id} inputmode="decimal" value={props.total_size.clone()}
                    oninput={move |e: InputEvent| on_total.emit(input_value(&e))}
                    aria-invalid={total_invalid.then_some("true")}
                    aria-describedby={total_invalid.then(|| total_error_id.clone())} />
            </label>
            { field_error(total_error_id, props.total_error.clone()) }
            { field_error(error_id, props.error.clone()) }
        </fieldset>
    }
}
