//! T, N and M entered directly, or a written form: kept in sync with the findings.

use std::rc::Rc;

use lungstage::{M, N, T};
use yew::prelude::*;

use crate::components::category_select::CategorySelect;
use crate::components::written_form::WrittenForm;
use crate::outcome::{FieldError, Staged, error_at};
use crate::state::{Action, Mode, State};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: Rc<State>,
    /// The result on screen, whose T, N and M the controls show for axes given as findings.
    pub staged: Option<Rc<Staged>>,
    pub error: Option<Rc<FieldError>>,
    pub on_edit: Callback<Action>,
}

/// The entered category in category mode, else the one the findings gave.
fn shown(mode: Mode, entered: &'static str, derived: Option<&'static str>) -> Option<&'static str> {
    match mode {
        Mode::Category => Some(entered),
        Mode::Findings => derived,
    }
}

#[component]
pub fn CategoryForm(props: &Props) -> Html {
    let s = &props.state;
    let scheme = s.scheme();
    let staging = props.staged.as_ref().map(|st| &st.assessment.staging);
    let error = |path: &str| error_at(props.error.as_deref(), path);
    let on_edit = props.on_edit.clone();
    let t_codes = Rc::new(
        T::ALL
            .iter()
            .filter(|t| scheme.check_t(**t).is_ok())
            .map(|t| t.code())
            .collect::<Vec<_>>(),
    );
    let n_codes = Rc::new(
        N::ALL
            .iter()
            .filter(|n| scheme.check_n(**n).is_ok())
            .map(|n| n.code())
            .collect::<Vec<_>>(),
    );
    let m_codes = Rc::new(
        M::ALL
            .iter()
            .filter(|m| scheme.check_m(**m).is_ok())
            .map(|m| m.code())
            .collect::<Vec<_>>(),
    );
    let t_now = shown(
        s.tumor.mode,
        s.tumor.category.category.code(),
        staging.map(|x| x.t.category.category.code()),
    );
    let n_now = shown(
        s.nodes.mode,
        s.nodes.category.category.code(),
        staging.map(|x| x.n.category.category.code()),
    );
    let m_now = shown(
        s.metastases.mode,
        s.metastases.category.category.code(),
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
    let written = s
        .written
        .clone()
        .or_else(|| staging.map(|x| x.tnm().to_string()))
        .unwrap_or_default();
    html! {
        <fieldset class="category-form" data-testid="category-form">
            <legend class="category-form-legend">{ "Or enter T, N and M directly" }</legend>
            <div class="category-form-axes">
                <CategorySelect name="t" label="T: the main tumour" codes={t_codes} current={t_now}
                    error={error("tumor.category")} on_choose={choose(|c| T::from_code(c).map(Action::ChooseT))} />
                <CategorySelect name="n" label="N: lymph nodes" codes={n_codes} current={n_now}
                    error={error("nodes.category")} on_choose={choose(|c| N::from_code(c).map(Action::ChooseN))} />
                <CategorySelect name="m" label="M: distant spread" codes={m_codes} current={m_now}
                    error={error("metastases.category")} on_choose={choose(|c| M::from_code(c).map(Action::ChooseM))} />
            </div>
            <WrittenForm value={written} error={s.written_error.clone().map(AttrValue::from)}
                notes={s.written_notes.iter().cloned().map(AttrValue::from).collect::<Rc<[_]>>()}
                on_type={props.on_edit.reform(Action::TypeWritten)} />
        </fieldset>
    }
}
