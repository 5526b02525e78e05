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
use crate::prerendered::{self, Entries};
use crate::remote::use_remote;
use crate::state::{Action, State, View};
use crate::stated::Way;
use crate::text::{Msg, say};

#[component]
pub fn App(options: &Options) -> Html {
    let ids = use_memo((), |()| Ids::fresh());
    let clean = options.initial_state();
    let form = use_reducer({
        let clean = clean.clone();
        move || Form::new(clean)
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

    // The questions of our own page's first answer are the pre-rendered ones, kept (`kept`
    // holds them until the first render has taken them in). They follow what is typed into
    // them while they can show the form as it is: the rest of the wasm, which draws the live
    // ones, is not in yet, no entry needs a control that changes, and the form has no error
    // to show beside a field. `kept_form` is the form they show; any other change (a share
    // link, "Start again") makes them out of date, and they wait, inert, for the live ones.
    let kept = use_memo((), |()| prerendered::take_kept());
    let live = use_state_eq(|| kept.is_none());
    let kept_ref = use_node_ref();
    let kept_form = use_mut_ref(|| clean.clone());
    let out_of_date = !*live && *kept_form.borrow() != *state;
    // The live questions take over: once the rest is in, at once for an error to show.
    {
        let (live, kept_ref) = (live.clone(), kept_ref.clone());
        let failed = matches!(*outcome, Outcome::Failed(_));
        use_effect_with(
            (texts.whole() || failed, *live),
            move |&(take_over, is_live)| {
                if take_over && !is_live {
                    let focus = kept_ref
                        .cast::<web_sys::Element>()
                        .map(|k| Entries::focus(&k));
                    live.set(true);
                    if let Some(focus) = focus {
                        focus.replay_after_render();
                    }
                }
            },
        );
    }
    let read_kept = {
        let (live, kept_ref, kept_form, ids) = (
            live.clone(),
            kept_ref.clone(),
            kept_form.clone(),
            ids.clone(),
        );
        let (on_edit, base) = (
            on_edit.clone(),
            State {
                view: state.view,
                ..clean.clone()
            },
        );
        Callback::from(move |()| {
            let Some(kept) = kept_ref.cast::<web_sys::Element>() else {
                return;
            };
            match prerendered::read_kept(&kept, &ids, base.clone()) {
                Some(read) => {
                    *kept_form.borrow_mut() = read.clone();
                    on_edit.emit(Action::Load(Box::new(read)));
                }
                // A control the kept questions cannot follow: the live ones at once, given
                // what was entered as the same events.
                None => {
                    let entered = Entries::read(&kept);
                    on_edit.emit(Action::Load(Box::new(base.clone())));
                    live.set(true);
                    entered.replay_after_render();
                }
            }
        })
    };
    // Taken in by the first render, with what was typed into them while the wasm loaded.
    {
        let (kept, kept_ref, read_kept) = (kept.clone(), kept_ref.clone(), read_kept.clone());
        use_effect_with((), move |()| {
            if let (Some(kept), Some(into)) = (&*kept, kept_ref.cast::<web_sys::Element>()) {
                prerendered::put_back(kept, &into);
                read_kept.emit(());
            }
        });
    }
    let questions_slot = if *live {
        html! {
            <div class="app-questions" data-slot="questions" key="live">
                { apart(questions, (&state, shown.as_deref(), error.as_deref(), &on_edit, &ids, &texts)) }
            </div>
        }
    } else {
        html! {
            <div class="app-questions" data-slot="questions" data-kept="" key="kept" ref={kept_ref}
                onchange={read_kept.reform(|_: Event| ())} oninput={read_kept.reform(|_: InputEvent| ())}
                inert={out_of_date}
                aria-busy={out_of_date.then_some(AttrValue::Static("true"))}></div>
        }
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

/// The form's questions: what the person knows, then the case's. Drawn apart: the first
/// answer on our own pages keeps the pre-rendered questions, so that this code waits in the
/// rest of the wasm (docs/size.md).
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
