//! One metastasis site: a checkbox and, once ticked, how many lesions (asked, never assumed).

use lungstage::Site;
use yew::prelude::*;

use crate::components::field_error::field_error;
use crate::dom::{input_value, is_checked};
use crate::ids::Ids;
use crate::state::LesionAnswer;
use crate::text::{Msg, capitalise, say};

pub struct Props {
    pub site: Site,
    /// The lesion answer, when the site is ticked.
    pub lesions: Option<LesionAnswer>,
    pub error: Option<AttrValue>,
    pub on_toggle: Callback<(Site, bool)>,
    pub on_answer: Callback<(Site, LesionAnswer)>,
}

pub fn site_row(props: &Props, ids: &Ids) -> Html {
    let site = props.site;
    let code = site.code();
    let (id, count_id, error_id) = (
        ids.id(&format!("site-{code}")),
        ids.id(&format!("site-{code}-lesions")),
        ids.id(&format!("site-{code}-error")),
    );
    let on_toggle = props.on_toggle.clone();
    let onchange = move |e: Event| on_toggle.emit((site, is_checked(&e)));
    let invalid = props.error.is_some();
    let answer = |key: &str, label: Msg, value: LesionAnswer, checked: bool| {
        let radio_id = ids.id(&format!("site-{code}-{key}"));
        let on_answer = props.on_answer.clone();
        html! {
            <label class="site-row-answer" for={radio_id.clone()}>
                <input type="radio" id={radio_id} name={ids.id(&format!("site-{code}-count"))} {checked}
                    onchange={move |_| on_answer.emit((site, value.clone()))} />{ say(label) }
            </label>
        }
    };
    html! {
        <div class={classes!("site-row", props.lesions.is_some().then_some("is-checked"))}>
            <label class="site-row-option" for={id.clone()}>
                <input type="checkbox" {id} value={code} checked={props.lesions.is_some()} {onchange}
                    aria-describedby={(invalid && props.lesions.is_none()).then(|| error_id.clone())} />
                { capitalise(&site.name()) }
            </label>
            if let Some(lesions) = props.lesions.clone() {
                <fieldset class="site-row-count">
                    <legend>{ say(Msg::FormLesionsLegend) }</legend>
                    { answer("one", Msg::FormLesionsOne, LesionAnswer::One, lesions == LesionAnswer::One) }
                    { answer("several", Msg::FormLesionsSeveral, LesionAnswer::Several(String::new()), matches!(lesions, LesionAnswer::Several(_))) }
                    { answer("unknown", Msg::FormLesionsUnknown, LesionAnswer::NotKnown, lesions == LesionAnswer::NotKnown) }
                    if let LesionAnswer::Several(count) = lesions {
                        <label class="site-row-number" for={count_id.clone()}>
                            <span>{ say(Msg::FormLesionsNumber) }</span>
                            <input type="text" id={count_id} inputmode="numeric" value={count}
                                oninput={let on_answer = props.on_answer.clone(); move |e: InputEvent| on_answer.emit((site, LesionAnswer::Several(input_value(&e))))}
                                aria-invalid={invalid.then_some("true")} aria-describedby={invalid.then(|| error_id.clone())} />
                        </label>
                    }
                </fieldset>
            }
            { field_error(error_id, props.error.clone()) }
        </div>
    }
}
