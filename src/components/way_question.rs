//! The form's first question: what the person knows, the stage from a report, T, N and M,
//! or what the scans or pathology found.

use yew::prelude::*;

use crate::ids::Ids;
use crate::state::Action;
use crate::stated::Way;
use crate::text::{Msg, say};

/// The question, with `way` chosen (none at first: the view's order is shown).
pub fn way_question(way: Option<Way>, on_edit: &Callback<Action>, ids: &Ids) -> Html {
    let options = Way::ALL.map(|w| match w {
        Way::Stage => (w, "stage", Msg::FormWayStage),
        Way::Categories => (w, "tnm", Msg::FormWayCategories),
        Way::Findings => (w, "findings", Msg::FormWayFindings),
    });
    html! {
        <fieldset class="case-setup-group" data-testid="way">
            <legend>{ say(Msg::FormWayLegend) }</legend>
            { for options.into_iter().map(|(w, code, label)| {
                let id = ids.id(&format!("way-{code}"));
                let on_edit = on_edit.clone();
                html! {
                    <label class="case-setup-option" for={id.clone()}>
                        <input type="radio" id={id} name={ids.id("way")} checked={way == Some(w)}
                            onchange={move |_| on_edit.emit(Action::ChooseWay(w))} />
                        { say(label) }
                    </label>
                }
            }) }
        </fieldset>
    }
}
