//! T, N and M entered directly, or a written form: kept in sync with the findings.

use std::rc::Rc;

use lungstage::{M, N, T};
use yew::prelude::*;

use crate::components::{category_select, written_form};
use crate::deferred::Texts;
use crate::ids::Ids;
use crate::outcome::{ShownError, Staged, error_at};
use crate::state::{Action, Mode, State};
use crate::text::{Msg, say};

/// The entered category in category mode, else the one the findings gave.
fn shown(mode: Mode, entered: &'static str, derived: Option<&'static str>) -> Option<&'static str> {
    match mode {
        Mode::Category => Some(entered),
        Mode::Findings => derived,
    }
}

/// The three drop-downs and the written form; `staged` is the result on screen, whose T, N
/// and M the controls show for axes given as findings.
pub fn category_form(
    s: &State,
    staged: Option<&Staged>,
    error: Option<&ShownError>,
    on_edit: &Callback<Action>,
    ids: &Ids,
    texts: &Texts,
) -> Html {
    let scheme = s.scheme();
    let staging = staged.map(|st| &st.assessment.staging);
    let error = |path: &str| error_at(error, path);
    let t_codes = Rc::new(
        T::ALL
            .iter()
            .filter(|t| scheme.check_t(**t).is_ok())
            .map(|t| (t.code(), AttrValue::from(t.code())))
            .collect::<Vec<_>>(),
    );
    let n_codes = Rc::new(
        N::ALL
            .iter()
            .filter(|n| scheme.check_n(**n).is_ok())
            .map(|n| (n.code(), AttrValue::from(n.code())))
            .collect::<Vec<_>>(),
    );
    let m_codes = Rc::new(
        M::ALL
            .iter()
            .filter(|m| scheme.check_m(**m).is_ok())
            .map(|m| (m.code(), AttrValue::from(m.code())))
            .collect::<Vec<_>>(),
    );
    let t_now = shown(
        s.tumor.mode,
        s.tumor.category.category.code(),
        staging.map(|x| x.t.category.category.code()),
    );
    // N2a or M1c2 entered with the 8th edition show as the N2 or M1c they are read as.
    let n_now = shown(
        s.nodes.mode,
        {
            let n = s.nodes.category.category;
            scheme.accepts_n(n).unwrap_or(n).code()
        },
        staging.map(|x| x.n.category.category.code()),
    );
    let m_now = shown(
        s.metastases.mode,
        {
            let m = s.metastases.category.category;
            scheme.accepts_m(m).unwrap_or(m).code()
        },
        staging.map(|x| x.m.category.category.code()),
    );
    let choose = |parse: fn(&str) -> Option<Action>| {
        let on_edit = on_edit.clone();
        Callback::from(move |code: String| {
            if let Some(action) = parse(&code) {
                on_edit.emit(action);
            }
        })
    };
    let select = |name: &'static str, label: Msg, codes, current, error, on_choose| {
        let props = category_select::Props {
            name: name.into(),
            label: say(label).into(),
            codes,
            current,
            error,
            on_choose,
        };
        category_select::category_select(&props, ids)
    };
    let written = s
        .written
        .clone()
        .or_else(|| staging.map(|x| x.tnm().to_string()))
        .unwrap_or_default();
    html! {
        <fieldset class="category-form" data-testid="category-form">
            <legend class="category-form-legend">{ say(Msg::FormCategoriesLegend) }</legend>
            <div class="category-form-axes">
                { select("t", Msg::FormCategoryT, t_codes, t_now, error("tumor.category"), choose(|c| T::from_code(c).map(Action::ChooseT))) }
                { select("n", Msg::FormCategoryN, n_codes, n_now, error("nodes.category"), choose(|c| N::from_code(c).map(Action::ChooseN))) }
                { select("m", Msg::FormCategoryM, m_codes, m_now, error("metastases.category"), choose(|c| M::from_code(c).map(Action::ChooseM))) }
            </div>
            { written_form::written_form(&written_form::Props {
                value: written.into(),
                error: error("written"),
                notes: s.written_notes.iter().map(|n| AttrValue::from(texts.note(n))).collect(),
                on_type: on_edit.reform(Action::TypeWritten),
            }, ids) }
        </fieldset>
    }
}
