//! The result: ordered for patients (plain words first) or clinicians (codes and trace first).

use std::rc::Rc;

use lungstage::{Histology, StatedStage};
use yew::prelude::*;

use crate::components::apart;
use crate::components::{
    case_picture::case_picture,
    edition_compare::edition_compare,
    sclc_extent::sclc_extent,
    stage_headline::stage_headline,
    survival_panel::survival_panel,
    symptoms_panel::{symptoms_panel, urgent},
    tnm_trace::tnm_trace,
    treatment_panel::treatment_panel,
};
use crate::deferred::{Texts, use_texts};
use crate::dom::focus_in_widget;
use crate::ids::{Ids, use_ids};
use crate::outcome::{ShownError, Staged};
use crate::state::{Action, View};
use crate::text::{Msg, say, say_with};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: View,
    /// Chooses what the empty panel asks for (mesothelioma has no size).
    #[prop_or_default]
    pub histology: Histology,
    /// The stage from a report is the way in: the empty panel asks for its answers.
    #[prop_or_default]
    pub asks_stage: bool,
    /// The stage from a report, once every question is answered: its result is shown.
    #[prop_or_default]
    pub stated: Option<StatedStage>,
    pub staged: Option<Rc<Staged>>,
    pub error: Option<Rc<ShownError>>,
    /// Edits from the result itself (a choice that would decide an undefined stage).
    pub on_edit: Callback<Action>,
    /// "Start again": back to an empty form.
    pub restart: Callback<()>,
    /// Shown above the result (the share buttons).
    #[prop_or_default]
    pub children: Html,
}

/// A panel of the result while the long texts load: its section, title and `first`, then
/// "Loading…"; `name` is its class and test id, as the panel's own.
fn waiting_panel(name: &'static str, title: Msg, first: Html, texts: &Texts) -> Html {
    html! {
        <section class={name} data-testid={name} aria-busy="true">
            <h3 class={format!("{name}-title")}>{ say(title) }</h3>
            { first }
            { texts.missing() }
        </section>
    }
}

// The panels once the long texts are in, each drawn apart (`crate::components::apart`).
fn symptoms_later((staged, texts): (&Staged, &Texts)) -> Html {
    symptoms_panel(staged, texts)
}

fn treatment_later((staged, texts, view): (&Staged, &Texts, View)) -> Html {
    treatment_panel(staged, texts, view)
}

type SurvivalArgs<'a> = (&'a Staged, View, bool, &'a Callback<()>, &'a Texts, &'a Ids);

fn survival_later((staged, view, open, toggle, texts, ids): SurvivalArgs) -> Html {
    survival_panel(staged, view, open, toggle, texts, ids)
}

/// What is wrong with an entry, and whether the result shown is out of date. Drawn apart: an
/// error brings the live questions, which need the rest of the wasm, so the first answer
/// never draws it.
fn stale((e, shown): (&ShownError, bool)) -> Html {
    html! {
        <div class="result-panel-stale" data-testid="stale">
            <p><strong>{ say_with(Msg::ResultCheck, &[&e.field()]) }</strong>{ " " }{ e.sentence() }</p>
            <p>{ if shown { say(Msg::ResultOutOfDate) } else { say(Msg::ResultAppearsOnceFixed) } }</p>
        </div>
    }
}

/// How long the stage must stay the same before the live region says it: typing `4.5` then
/// announces the stage of 4.5 cm once, not that of 4 cm first.
pub const ANNOUNCE_AFTER_MS: u32 = 700;

#[component]
pub fn ResultPanel(props: &Props) -> Html {
    let ids = use_ids();
    // Every part of the result reads the texts that load after the first answer, and
    // renders again when they arrive.
    let texts = use_texts();
    // Whether the patient has opened the survival figures.
    let survival_open = use_state(|| false);
    let toggle_survival = {
        let open = survival_open.clone();
        Callback::from(move |()| open.set(!*open))
    };
    let stage = match (&props.stated, &props.staged) {
        (Some(s), _) => s.title(),
        (None, Some(s)) => lungstage::StageGroup::title(s.assessment.staging.stage()),
        (None, None) => String::new(),
    };
    // The polite live region changes once per settled change of stage, never on the first
    // render; an unchanged text is not read again.
    let announce = use_state_eq(String::new);
    {
        let announce = announce.setter();
        use_effect_with(stage, move |stage| {
            let stage = stage.clone();
            let timer = gloo::timers::callback::Timeout::new(ANNOUNCE_AFTER_MS, move || {
                announce.set(stage)
            });
            move || drop(timer)
        });
    }
    // The focus goes to the first answer of the form, in view.
    let edit_answers = focus_in_widget(".app-form input".to_owned());
    let body = match &props.staged {
        // A stage from a report: `lungstage.js` fills the slot with its result, which the API
        // module writes from what every case of the stage shares (api/src/stated.rs).
        _ if props.stated.is_some() => html! {
            <div class="stated-result" data-slot="stated"></div>
        },
        None if props.error.is_none() => html! {
            <p class="result-panel-invite" data-testid="invite">
                { match props.histology {
                    _ if props.asks_stage => say(Msg::ResultInviteStage),
                    Histology::Mesothelioma => say(Msg::ResultInviteMesothelioma),
                    Histology::Nsclc | Histology::Sclc | Histology::Carcinoid => say(Msg::ResultInviteSize),
                } }
            </p>
        },
        None => html! {},
        Some(staged) => {
            let t = &texts;
            // What to watch for, treatment and survival read the long texts: until they are
            // in (or have failed) each panel shows its title and "Loading…", so the first
            // answer does not carry their code (docs/size.md; `apart` keeps each panel a
            // function of its own). The urgent-help box needs no long text and shows at once.
            let waiting = t.busy().is_some();
            let symptoms = || {
                if waiting {
                    waiting_panel("symptoms-panel", Msg::ResultSymptomsTitle, urgent(), t)
                } else {
                    apart(symptoms_later, (staged, t))
                }
            };
            let treatment = || {
                if waiting {
                    waiting_panel("treatment-panel", Msg::ResultTreatmentTitle, html! {}, t)
                } else {
                    apart(treatment_later, (staged, t, props.view))
                }
            };
            let survival = || {
                if waiting {
                    waiting_panel("survival-panel", Msg::ResultSurvivalTitle, html! {}, t)
                } else {
                    apart(
                        survival_later,
                        (
                            staged,
                            props.view,
                            *survival_open,
                            &toggle_survival,
                            t,
                            &ids,
                        ),
                    )
                }
            };
            match props.view {
                // Patients: the stage and a drawing of the case, what to watch for, treatment,
                // survival behind its caveat; how the stage was reached folds away.
                View::Patient => html! { <>
                    { stage_headline(staged, t, props.view, &props.on_edit, case_picture(staged, t)) }
                    if let Some(extent) = &staged.assessment.staging.sclc { { sclc_extent(extent, t) } }
                    { symptoms() }
                    { treatment() }
                    { survival() }
                    <details class="result-panel-details" data-testid="care-team-details">
                        <summary>{ say(Msg::ResultCareTeamDetails) }</summary>
                        // Folded away, so drawn once the long texts are in (or have failed):
                        // the first answer does not carry their code (docs/size.md).
                        if waiting {
                            { t.missing() }
                        } else {
                            { tnm_trace(staged, t) }
                            { edition_compare(staged, t) }
                        }
                    </details>
                </> },
                View::Clinician => html! { <>
                    { stage_headline(staged, t, props.view, &props.on_edit, html! {}) }
                    { tnm_trace(staged, t) }
                    { edition_compare(staged, t) }
                    if let Some(extent) = &staged.assessment.staging.sclc { { sclc_extent(extent, t) } }
                    { survival() }
                    { treatment() }
                    { symptoms() }
                </> },
            }
        }
    };
    html! {
        <section class={classes!("result-panel", props.error.is_some().then_some("result-panel-out-of-date"))} aria-labelledby={format!("{} lungstage-name", ids.id("result-title"))} data-testid="result" tabindex="0">
            <h2 id={ids.id("result-title")} class="result-panel-title" tabindex="-1">{ say(Msg::ResultTitle) }</h2>
            // How long it waits is in the page too, for the first answer before the live widget
            // (`boot.js`).
            <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer" data-after={ANNOUNCE_AFTER_MS.to_string()}>{ (*announce).clone() }</div>
            <div class="result-panel-status" role="status" data-testid="stale-status">
                if let Some(e) = &props.error { { apart(stale, (e, props.staged.is_some())) } }
            </div>
            { props.children.clone() }
            if props.staged.is_some() || props.stated.is_some() {
                <div class="result-panel-actions">
                    <button type="button" class="result-panel-action" data-testid="edit-answers" onclick={edit_answers}>{ say(Msg::ResultEditAnswers) }</button>
                    <button type="button" class="result-panel-action" data-testid="start-again" onclick={props.restart.reform(|_: MouseEvent| ())}>{ say(Msg::ResultStartAgain) }</button>
                </div>
            }
            { body }
        </section>
    }
}
