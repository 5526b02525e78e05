//! The cancer type, the edition of the staging tables and the case's classification.

use lungstage::{Edition, Histology, Prefix, Subtype};
use yew::prelude::*;

use std::rc::Rc;

use crate::components::category_select::{self, category_select};
use crate::ids::Ids;
use crate::state::Action;
use crate::text::{Msg, capitalise, say, say_with};

pub struct Props {
    pub histology: Histology,
    pub edition: Edition,
    /// `None` until chosen; shown as clinical.
    pub classification: Option<Prefix>,
    /// Mesothelioma's subtype; `None` is not known.
    pub subtype: Option<Subtype>,
    pub on_edit: Callback<Action>,
}

fn edition_label(edition: Edition) -> Msg {
    match edition {
        Edition::Ninth => Msg::FormEditionNinth,
        Edition::Eighth => Msg::FormEditionEighth,
    }
}

/// A subtype's words in the list, as its code reads in English.
fn subtype_label(subtype: Option<Subtype>) -> Msg {
    match subtype {
        None => Msg::FormSubtypeUnknown,
        Some(Subtype::Epithelioid) => Msg::FormSubtypeEpithelioid,
        Some(Subtype::Sarcomatoid) => Msg::FormSubtypeSarcomatoid,
        Some(Subtype::Biphasic) => Msg::FormSubtypeBiphasic,
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
                { say(edition_label(e)) }
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
    let subtypes = std::iter::once(None)
        .chain(Subtype::ALL.iter().copied().map(Some))
        .map(|t| {
            (
                t.map_or("unknown", Subtype::code),
                say(subtype_label(t)).into(),
            )
        });
    let on_subtype = props
        .on_edit
        .reform(|code: String| Action::ChooseSubtype(Subtype::from_code(&code)));
    html! {
        <div class="case-setup">
            <fieldset class="case-setup-group" data-testid="histology">
                <legend>{ say(Msg::FormHistologyLegend) }</legend>
                { for histologies }
            </fieldset>
            <fieldset class="case-setup-group" data-testid="edition">
                <legend>{ say(Msg::FormEditionLegend) }</legend>
                { for editions }
            </fieldset>
            <div class="case-setup-group case-setup-class" data-testid="classification">
                <label for={class_id.clone()}>{ say(Msg::FormClassificationLabel) }</label>
                <select id={class_id} onchange={on_class}>
                    { for Prefix::ALL.iter().map(|&p| html! {
                        <option value={p.code()} selected={shown == p}>{ say_with(Msg::FormClassificationOption, &[&capitalise(&p.name()), &p.code()]) }</option>
                    }) }
                </select>
            </div>
            if props.histology == Histology::Mesothelioma {
                { category_select(&category_select::Props {
                    name: "subtype".into(),
                    label: say(Msg::FormSubtypeLabel).into(),
                    codes: Rc::new(subtypes.collect()),
                    current: Some(props.subtype.map_or("unknown", Subtype::code)),
                    error: None,
                    on_choose: on_subtype,
                }, ids) }
            }
        </div>
    }
}
