//! Distant spread (metastases): the sites and how many lesions at each.

use lungstage::Site;
use yew::prelude::*;

use crate::components::site_row::{self, site_row};
use crate::dom::is_checked;
use crate::ids::Ids;
use crate::outcome::ShownError as Error;
use crate::state::{Action, Mode, State};
use crate::text::{Msg, say, say_with};

pub fn metastasis_form(
    s: &State,
    error: Option<&Error>,
    on_edit: &Callback<Action>,
    ids: &Ids,
) -> Html {
    let none_id = ids.id("no-spread");
    let lung = s.scheme().is_lung();
    let on_toggle = on_edit.reform(|(site, on)| Action::ToggleSite(site, on));
    let on_answer = on_edit.reform(|(site, answer)| Action::AnswerLesions(site, answer));
    // Errors name a site by its place in the entered list, `metastases.sites[1].lesions`.
    let error_at = |site: Site| {
        let i = s.metastases.sites.iter().position(|(x, _)| *x == site)?;
        let e = error?;
        e.under(&format!("metastases.sites[{i}]"))
            .map(AttrValue::from)
    };
    let row = |site: Site| {
        let lesions = s
            .metastases
            .sites
            .iter()
            .find(|(x, _)| *x == site)
            .map(|(_, answer)| answer.clone());
        site_row(
            &site_row::Props {
                site,
                lesions,
                error: error_at(site),
                on_toggle: on_toggle.clone(),
                on_answer: on_answer.clone(),
            },
            ids,
        )
    };
    // In pleural mesothelioma, pleural and pericardial spread is part of T, not M.
    let shown = |site: &&Site| lung || site.is_mesothelioma_metastasis();
    let within: Vec<Site> = Site::ALL
        .iter()
        .filter(|x| x.is_intrathoracic())
        .filter(shown)
        .copied()
        .collect();
    let outside: Vec<Site> = Site::ALL
        .iter()
        .filter(|x| !x.is_intrathoracic())
        .filter(shown)
        .copied()
        .collect();
    html! {
        <fieldset class="metastasis-form" data-testid="metastasis-form">
            <legend class="metastasis-form-legend">{ say(Msg::FormSpreadLegend) }</legend>
            if s.metastases.mode == Mode::Category {
                <p class="metastasis-form-mode">{ say_with(Msg::FormEntered, &[&"M", &s.metastases.category]) }</p>
            }
            <p class="metastasis-form-hint">{ say(Msg::FormSpreadHint) }</p>
            <label class="metastasis-form-none" for={none_id.clone()}>
                <input type="checkbox" id={none_id} checked={s.metastases.none_found}
                    onchange={let on_edit = on_edit.clone(); move |e: Event| on_edit.emit(Action::MarkNoSpreadFound(is_checked(&e)))} />
                { say(Msg::FormSpreadNone) }
            </label>
            <fieldset class="metastasis-form-group">
                <legend>{ say(Msg::FormSpreadWithin) }</legend>
                { for within.into_iter().map(row) }
            </fieldset>
            <fieldset class="metastasis-form-group">
                <legend>{ say(Msg::FormSpreadOutside) }</legend>
                { for outside.into_iter().map(row) }
            </fieldset>
        </fieldset>
    }
}
