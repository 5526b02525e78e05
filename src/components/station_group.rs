//! One zone of the lymph node map: its stations as checkboxes, each with a plain name.

use std::rc::Rc;

use lungstage::Station;
use yew::prelude::*;

use crate::dom::is_checked;
use crate::ids::Ids;

pub struct Props {
    pub legend: AttrValue,
    pub stations: Rc<Vec<Station>>,
    pub selected: Rc<Vec<Station>>,
    pub on_toggle: Callback<(Station, bool)>,
}

pub fn station_group(props: &Props, ids: &Ids) -> Html {
    let boxes = props.stations.iter().map(|&station| {
        let id = ids.id(&format!("station-{}", station.code()));
        let on_toggle = props.on_toggle.clone();
        let onchange = move |e: Event| on_toggle.emit((station, is_checked(&e)));
        html! {
            <label class="station-group-option" for={id.clone()}>
                <input type="checkbox" {id} value={station.code()}
                    checked={props.selected.contains(&station)} {onchange} />
                <span class="station-group-code">{ station.code() }</span>
                <span class="station-group-name">{ station.name() }</span>
            </label>
        }
    });
    html! {
        <fieldset class="station-group">
            <legend>{ props.legend.clone() }</legend>
            <div class="station-group-grid">{ for boxes }</div>
        </fieldset>
    }
}
