//! The root component: one reducer for the form, the core's result beside it.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    case_setup::CaseSetup, category_form::CategoryForm, metastasis_form::MetastasisForm,
    node_form::NodeForm, result_panel::ResultPanel, sources_panel::SourcesPanel,
    stage_bar::StageBar, tumor_form::TumorForm, view_toggle::ViewToggle,
};
use crate::form::Form;
use crate::ids::Ids;
use crate::options::Options;
use crate::outcome::Outcome;
use crate::remote::use_remote;
use crate::state::Action;

#[component]
pub fn App(options: &Options) -> Html {
    let ids = use_memo((), |()| Ids::fresh());
    let clean = options.initial_state();
    let form = use_reducer({
        let clean = clean.clone();
        move || Form::new(clean)
    });
    let (state, outcome, shown) = (form.state.clone(), form.outcome.clone(), form.shown.clone());
    let error = match &*outcome {
        Outcome::Failed(e) => Some(Rc::new(e.clone())),
        Outcome::Blank | Outcome::Staged(_) => None,
    };
    // The dispatcher never changes, so neither does the callback: forms re-render on state only.
    let on_edit = use_callback(form.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });
    let dispatcher = form.dispatcher();
    // Share links, copy buttons, notices and iframe messages come from lungstage.js.
    let root = use_node_ref();
    use_remote(
        root.clone(),
        state.clone(),
        outcome.clone(),
        dispatcher,
        clean,
    );
    // Absent from the pre-rendered page; set once this render is live in the browser, for the
    // end-to-end tests and the benchmark to wait on. Set on the element itself: as state it
    // would render the whole widget a second time right after the first.
    {
        let root = root.clone();
        use_effect_with((), move |()| {
            if let Some(element) = root.cast::<web_sys::Element>() {
                let _ = element.set_attribute("data-live", "");
            }
        });
    }

    html! {
        <ContextProvider<Ids> context={(*ids).clone()}>
            <div class="app" data-testid="lungstage-root" ref={root}>
                <div class="notice-slot" role="status" data-slot="notice"></div>
                <header class="app-header">
                    <h2 class="app-title">{ "Find the stage of a lung cancer" }</h2>
                    <p class="app-intro">
                        { "Describe what the scans, scopes or pathology report found. The stage and what it means update as you type." }
                    </p>
                    <p class="app-disclaimer">{ lungstage::DISCLAIMER }</p>
                    <ViewToggle view={state.view} on_choose={on_edit.reform(Action::ChooseView)} />
                </header>
                <div class="app-columns">
                    <div class="app-form">
                        <CaseSetup histology={state.histology} edition={state.edition} classification={state.classification} subtype={state.subtype} on_edit={on_edit.clone()} />
                        <TumorForm state={state.clone()} error={error.clone()} on_edit={on_edit.clone()} />
                        <NodeForm state={state.clone()} error={error.clone()} on_edit={on_edit.clone()} />
                        <MetastasisForm state={state.clone()} error={error.clone()} on_edit={on_edit.clone()} />
                        <CategoryForm state={state.clone()} staged={shown.clone()} error={error.clone()} on_edit={on_edit} />
                    </div>
                    <StageBar staged={shown.clone()} stale={error.is_some()} />
                    <ResultPanel view={state.view} histology={state.histology} staged={shown.clone()} error={error}>
                        <div class="share-slot" data-slot="share"></div>
                    </ResultPanel>
                </div>
                <SourcesPanel staged={shown} />
            </div>
        </ContextProvider<Ids>>
    }
}
