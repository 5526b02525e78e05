//! A group of tumour findings as labelled checkboxes.

use std::rc::Rc;

use lungstage::{Feature, Scheme};
use yew::prelude::*;

use crate::dom::is_checked;
use crate::ids::Ids;
use crate::text::capitalise;

pub struct Props {
    pub legend: AttrValue,
    pub features: Rc<Vec<Feature>>,
    /// The table the case is staged with, which words some features its own way.
    pub scheme: Scheme,
    pub selected: Rc<Vec<Feature>>,
    pub on_toggle: Callback<(Feature, bool)>,
}

pub fn feature_group(props: &Props, ids: &Ids) -> Html {
    let boxes = props.features.iter().map(|&feature| {
        let id = ids.id(&format!("feature-{}", feature.code()));
        let on_toggle = props.on_toggle.clone();
        let onchange = move |e: Event| on_toggle.emit((feature, is_checked(&e)));
        html! {
            <label class="feature-group-option" for={id.clone()}>
                <input type="checkbox" {id} value={feature.code()}
                    checked={props.selected.contains(&feature)} {onchange} />
                { capitalise(&feature.label_in(props.scheme)) }
            </label>
        }
    });
    html! {
        <fieldset class="feature-group">
            <legend>{ props.legend.clone() }</legend>
            { for boxes }
        </fieldset>
    }
}
