//! The cancer type, the edition of the staging tables and the case's classification.

use lungstage::{Edition, Histology, Prefix, Subtype};
use yew::prelude::*;

use std::rc::Rc;

use crate::components::category_select::{self, category_select};
use crate::ids::Ids;
use crate::state::Action;
use crate::text::capitalise;

pub struct Props {
    pub histology: Histology,
    pub edition: Edition,
    /// `None` until chosen; shown as clinical.
    pub classification: Option<Prefix>,
    /// Mesothelioma's subtype; `None` is not known.
    pub subtype: Option<Subtype>,
    pub on_edit: Callback<Action>,
}

fn edition_label(edition: Edition) -> &'static str {
    match edition {
        Edition::Ninth => "9th edition (current, 2025)",
        Edition::Eighth => "8th edition (2017)",
    }
}

pub fn case_setup(props: &Props, ids: &Ids) -> Html {
    let histologies = Histology::ALL.iter().map(|&h| {
        let id = ids.id(&format!("histology-{}", h.code()));
        let on_edit = props.on_edit.clone();
        html! {
            <label class="case-setup-option" for={id.clone()}>
                <input type="radio" id={id} name={ids.id("histology")} value={h.code()}
                    checked={props.histology == h}
                    onchange={move |_| on_edit.emit(Action::ChooseHistology(h))} />
                { capitalise(&h.name()) }
            </label>
        }
    });
    let editions = [Edition::Ninth, Edition::Eighth].into_iter().map(|e| {
        let id = ids.id(&format!("edition-{}", e.number()));
        let on_edit = props.on_edit.clone();
        html! {
            <label class="case-setup-option" for={id.clone()}>
                <input type="radio" id={id} name={ids.id("edition")} value={e.number().to_string()}
                    checked={props.edition == e}
                    onchange={move |_| on_edit.emit(Action::ChooseEdition(e))} />
                { edition_label(e) }
            </label>
        }
    });
    let shown = props.classification.unwrap_or(Prefix::C);
    let class_id = ids.id("classification");
    let on_class = {
        let on_edit = props.on_edit.clone();
        move |e: Event| {
            let code = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(p) = Prefix::from_code(&code) {
                on_edit.emit(Action::ChooseClassification(p));
            }
        }
    };
    // "unknown" is not a subtype: it chooses none.
    let subtypes = std::iter::once("unknown").chain(Subtype::ALL.iter().map(|t| t.code()));
    let on_subtype = props
        .on_edit
        .reform(|code: String| Action::ChooseSubtype(Subtype::from_code(&code)));
    html! {
        <div class="case-setup">
            <fieldset class="case-setup-group" data-testid="histology">
                <legend>{ "Type of cancer" }</legend>
                { for histologies }
            </fieldset>
            <fieldset class="case-setup-group" data-testid="edition">
                <legend>{ "Staging tables" }</legend>
                { for editions }
            </fieldset>
            <div class="case-setup-group case-setup-class" data-testid="classification">
                <label for={class_id.clone()}>{ "Classification (how T, N and M were found)" }</label>
                <select id={class_id} onchange={on_class}>
                    { for Prefix::ALL.iter().map(|&p| html! {
                        <option value={p.code()} selected={shown == p}>{ format!("{} ({})", capitalise(&p.name()), p.code()) }</option>
                    }) }
                </select>
            </div>
            if props.histology == Histology::Mesothelioma {
                { category_select(&category_select::Props {
                    name: "subtype".into(),
                    label: "Subtype (for the treatment text)".into(),
                    codes: Rc::new(subtypes.collect()),
                    current: Some(props.subtype.map_or("unknown", Subtype::code)),
                    error: None,
                    on_choose: on_subtype,
                }, ids) }
            }
        </div>
    }
}
