//! The form's first question: what the person knows, the stage from a report, T, N and M,
//! or what the scans or pathology found.

use yew::prelude::*;

use crate::ids::Ids;
use crate::state::Action;
use crate::stated::Way;

/// The question, with `way` chosen (none at first: the view's order is shown).
pub fn way_question(way: Option<Way>, on_edit: &Callback<Action>, ids: &Ids) -> Html {
    let options = Way::ALL.map(|w| match w {
        Way::Stage => (
            w,
            "stage",
            "The stage from my report, such as IIIA or limited-stage small cell",
        ),
        Way::Categories => (w, "tnm", "T, N and M, such as T2a N1 M0"),
        Way::Findings => (w, "findings", "What the scans or pathology found"),
    });
    html! {
        <fieldset class="case-setup-group" data-testid="way">
            <legend>{ "What do you know?" }</legend>
            { for options.into_iter().map(|(w, code, label)| {
                let id = ids.id(&format!("way-{code}"));
                let on_edit = on_edit.clone();
                html! {
                    <label class="case-setup-option" for={id.clone()}>
                        <input type="radio" id={id} name={ids.id("way")} checked={way == Some(w)}
                            onchange={move |_| on_edit.emit(Action::ChooseWay(w))} />
                        { label }
                    </label>
                }
            }) }
        </fieldset>
    }
}
