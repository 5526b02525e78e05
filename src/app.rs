//! The root component: one reducer for the form, the core's result beside it.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    apart, case_setup, category_form::category_form, metastasis_form::metastasis_form,
    node_form::node_form, result_panel::ResultPanel, sources_panel::sources_panel,
    stage_bar::stage_bar, tumor_form::tumor_form, view_toggle::view_toggle,
    way_question::way_question,
};
use crate::deferred::{Texts, use_texts};
use crate::form::Form;
use crate::ids::Ids;
use crate::options::Options;
use crate::outcome::{Outcome, ShownError, Staged};
use crate::prerendered;
use crate::remote::use_remote;
use crate::state::{Action, State, View};
use crate::stated::Way;
use crate::text::{Msg, say};

#[component]
pub fn App(options: &Options) -> Html {
    let ids = use_memo((), |()| Ids::fresh());
    let clean = options.initial_state();
    // On our own pages, the form as entered into the pre-rendered questions (`lib.rs`).
    let form = use_reducer({
        let clean = clean.clone();
        move || Form::new(prerendered::take_entered().unwrap_or(clean))
    });
    let (state, outcome, shown) = (form.state.clone(), form.outcome.clone(), form.shown.clone());
    // The sources' titles arrive with the texts loaded after the first answer, and the words
    // of the core's errors with the messages that come with them.
    let texts = use_texts();
    let error = match &*outcome {
        Outcome::Failed(e) => Some(Rc::new(e.shown(&texts))),
        Outcome::Blank | Outcome::Staged(_) => None,
    };
    // The dispatcher never changes, so neither does the callback: forms re-render on state only.
    let on_edit = use_callback(form.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });
    let dispatcher = form.dispatcher();
    // Share links, copy buttons, notices and iframe messages come from lungstage.js.
    let root = use_node_ref();
    // "Start again": the form as the page first gave it, in the view now shown.
    let restart = {
        let fresh = crate::state::State {
            view: state.view,
            ..clean.clone()
        };
        on_edit.reform(move |()| Action::Load(Box::new(fresh.clone())))
    };
    use_remote(
        root.clone(),
        state.clone(),
        outcome.clone(),
        dispatcher,
        clean.clone(),
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

    let to_result = crate::components::stage_bar::focus_result(&ids);
    let stated = state.stated_stage();

    let questions_slot = html! {
        <div class="app-questions" data-slot="questions">
            { apart(questions, (&state, shown.as_deref(), error.as_deref(), &on_edit, &ids, &texts)) }
        </div>
    };
    html! {
        <ContextProvider<Ids> context={(*ids).clone()}>
            <div class="app" data-testid="lungstage-root" ref={root}>
                <div class="notice-slot" role="status" data-slot="notice"></div>
                <header class="app-header">
                    <h2 class="app-title">{ say(Msg::AppTitle) }</h2>
                    <p class="app-intro">
                        { say(Msg::AppIntro) }
                    </p>
                    <p class="app-disclaimer">{ lungstage::DISCLAIMER.to_string() }</p>
                    { view_toggle(state.view, &on_edit.reform(Action::ChooseView)) }
                </header>
                <div class="app-columns">
                    <div class="app-form">
                        <button type="button" class="app-skip" onclick={to_result}>{ say(Msg::AppSkip) }</button>
                        { questions_slot }
                        // In the form's column, so it stays in view while the form is, at
                        // every width, and leaves the result alone.
                        { stage_bar(shown.as_deref(), stated.as_ref(), error.is_some(), &ids) }
                    </div>
                    <ResultPanel view={state.view} histology={state.histology} asks_stage={state.way == Some(Way::Stage)} {stated} staged={shown.clone()} error={error} on_edit={on_edit.clone()} {restart}>
                        <div class="share-slot" data-slot="share"></div>
                    </ResultPanel>
                </div>
                { sources_panel(shown.as_deref(), stated.as_ref(), &texts) }
            </div>
        </ContextProvider<Ids>>
    }
}

type QuestionsArgs<'a> = (
    &'a State,
    Option<&'a Staged>,
    Option<&'a ShownError>,
    &'a Callback<Action>,
    &'a Ids,
    &'a Texts,
);

/// The form's questions: what the person knows, then the case's. Drawn apart, so that the
/// split can move this code into the rest of the wasm (docs/size.md).
fn questions((state, shown, error, on_edit, ids, texts): QuestionsArgs) -> Html {
    let categories_first = match state.way {
        Some(way) => way == Way::Categories,
        None => state.view == View::Clinician,
    };
    let categories = category_form(state, shown, error, on_edit, ids, texts);
    html! { <>
        { way_question(state.way, on_edit, ids) }
        // The stage's questions: `lungstage.js` has the API module write them.
        if state.way == Some(Way::Stage) {
            <div class="stated-form" data-slot="stated-form" id={ids.id("stated")}></div>
        } else {
            { case_setup::case_setup(&case_setup::Props { histology: state.histology, edition: state.edition, classification: state.classification, subtype: state.subtype, on_edit: on_edit.clone() }, ids) }
            // T, N and M first for those who have them; clinicians most often do.
            if categories_first { { categories.clone() } }
            { tumor_form(state, error, on_edit, ids, texts) }
            { node_form(state, error, on_edit, ids) }
            { metastasis_form(state, error, on_edit, ids) }
            if !categories_first { { categories } }
        }
    </> }
}
