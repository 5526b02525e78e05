//! One metastasis site: a checkbox and, once ticked, how many lesions.

use lungstage::Site;
use yew::prelude::*;

use crate::components::field_error::FieldError;
use crate::dom::{input_value, is_checked};
use crate::ids::use_ids;
use crate::text::capitalise;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub site: Site,
    /// The lesion count as typed, when the site is ticked.
    pub lesions: Option<AttrValue>,
    pub error: Option<AttrValue>,
    pub on_toggle: Callback<(Site, bool)>,
    pub on_count: Callback<(Site, String)>,
}

#[component]
pub fn SiteRow(props: &Props) -> Html {
    let ids = use_ids();
    let site = props.site;
    let (id, count_id, error_id) = (
        ids.id(&format!("site-{}", site.code())),
        ids.id(&format!("site-{}-lesions", site.code())),
        ids.id(&format!("site-{}-error", site.code())),
    );
    let on_toggle = props.on_toggle.clone();
    let onchange = move |e: Event| on_toggle.emit((site, is_checked(&e)));
    let on_count = props.on_count.clone();
    let oninput = move |e: InputEvent| on_count.emit((site, input_value(&e)));
    let invalid = props.error.is_some();
    html! {
        <div class={classes!("site-row", props.lesions.is_some().then_some("is-checked"))}>
            <label class="site-row-option" for={id.clone()}>
                <input type="checkbox" {id} value={site.code()} checked={props.lesions.is_some()} {onchange}
                    aria-describedby={(invalid && props.lesions.is_none()).then(|| error_id.clone())} />
                { capitalise(site.name()) }
            </label>
            if let Some(count) = props.lesions.clone() {
                <label class="site-row-count" for={count_id.clone()}>
                    <span>{ "Number of lesions" }</span>
                    <input type="number" id={count_id} min="1" max="999" step="1" inputmode="numeric" value={count} {oninput}
                        aria-invalid={invalid.then_some("true")} aria-describedby={invalid.then(|| error_id.clone())} />
                </label>
            }
            <FieldError id={error_id} message={props.error.clone()} />
        </div>
    }
}
