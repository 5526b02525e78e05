//! Regional lymph nodes: assessed or not, the tumour's side, and the involved stations.

use std::rc::Rc;

use lungstage::{Side, Station, Zone};
use yew::prelude::*;

use crate::components::field_error::field_error;
use crate::components::station_group::{self, station_group};
use crate::ids::Ids;
use crate::outcome::{ShownError as Error, error_at};
use crate::state::{Action, Mode, State};
use crate::text::{Msg, say, say_with};

const ZONES: [(Zone, Msg); 3] = [
    (Zone::HilarIntrapulmonary, Msg::FormZoneHilar),
    (Zone::Mediastinal, Msg::FormZoneMediastinal),
    (Zone::Supraclavicular, Msg::FormZoneSupraclavicular),
];

pub fn node_form(s: &State, error: Option<&Error>, on_edit: &Callback<Action>, ids: &Ids) -> Html {
    let error = |path: &str| error_at(error, path);
    let side_error = error("nodes.tumor_side");
    let selected = Rc::new(s.nodes.stations.clone());
    let on_toggle = on_edit.reform(|(station, on)| Action::ToggleStation(station, on));
    let radio = |name: &str, group: &str, label: Msg, checked: bool, action: Action| {
        let id = ids.id(name);
        let on_edit = on_edit.clone();
        html! {
            <label class="node-form-option" for={id.clone()}>
                <input type="radio" {id} name={ids.id(group)} {checked} onchange={move |_| on_edit.emit(action.clone())} />
                { say(label) }
            </label>
        }
    };
    html! {
        <fieldset class="node-form" data-testid="node-form">
            <legend class="node-form-legend">{ say(Msg::FormNodesLegend) }</legend>
            if s.nodes.mode == Mode::Category {
                <p class="node-form-mode">{ say_with(Msg::FormEntered, &[&"N", &s.nodes.category]) }</p>
            }
            <fieldset class="node-form-assessed">
                <legend>{ say(Msg::FormNodesAssessedLegend) }</legend>
                { radio("nodes-checked", "nodes-assessed", Msg::FormNodesChecked, s.nodes.assessed == Some(true), Action::MarkNodesAssessed(true)) }
                { radio("nodes-not-assessed", "nodes-assessed", Msg::FormNodesNotAssessed, s.nodes.assessed == Some(false), Action::MarkNodesAssessed(false)) }
                if s.nodes.assessed.is_none() && s.nodes.mode == Mode::Findings {
                    <p class="node-form-unanswered" data-testid="nodes-unanswered">{ say(Msg::FormNodesUnanswered) }</p>
                }
            </fieldset>
            <fieldset class="node-form-side" aria-describedby={side_error.is_some().then(|| ids.id("side-error"))}>
                <legend>{ say(Msg::FormSideLegend) }</legend>
                { radio("side-right", "side", Msg::FormSideRight, s.nodes.side == Some(Side::Right), Action::ChooseSide(Side::Right)) }
                { radio("side-left", "side", Msg::FormSideLeft, s.nodes.side == Some(Side::Left), Action::ChooseSide(Side::Left)) }
                { field_error(ids.id("side-error"), side_error) }
            </fieldset>
            { for ZONES.iter().map(|&(zone, legend)| {
                let stations = Rc::new(Station::ALL.iter().copied().filter(|st| st.zone() == zone).collect::<Vec<_>>());
                station_group(&station_group::Props { legend: say(legend).into(), stations, selected: selected.clone(), on_toggle: on_toggle.clone() }, ids)
            }) }
            { field_error(ids.id("nodes-error"), error("nodes")) }
        </fieldset>
    }
}
