//! The result: ordered for patients (plain words first) or clinicians (codes and trace first).

use std::rc::Rc;

use lungstage::Histology;
use yew::prelude::*;

use crate::components::{
    edition_compare::EditionCompare, sclc_extent::SclcExtent, stage_headline::StageHeadline,
    survival_panel::SurvivalPanel, symptoms_panel::SymptomsPanel, tnm_trace::TnmTrace,
    treatment_panel::TreatmentPanel,
};
use crate::ids::use_ids;
use crate::outcome::{FieldError, Staged};
use crate::state::View;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: View,
    /// Chooses what the empty panel asks for (mesothelioma has no size).
    #[prop_or_default]
    pub histology: Histology,
    pub staged: Option<Rc<Staged>>,
    pub error: Option<Rc<FieldError>>,
    /// Shown above the result (the share buttons).
    #[prop_or_default]
    pub children: Html,
}

/// How long the stage must stay the same before the live region says it: typing `4.5` then
/// announces the stage of 4.5 cm once, not that of 4 cm first.
pub const ANNOUNCE_AFTER_MS: u32 = 700;

#[component]
pub fn ResultPanel(props: &Props) -> Html {
    let ids = use_ids();
    let stage = props.staged.as_ref().map_or(String::new(), |s| {
        lungstage::StageGroup::title(s.assessment.staging.stage())
    });
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
    let body = match &props.staged {
        None if props.error.is_none() => html! {
            <p class="result-panel-invite" data-testid="invite">
                { match props.histology {
                    Histology::Mesothelioma => "Enter the tumour findings, or T, N and M, to see the stage here.",
                    Histology::Nsclc | Histology::Sclc | Histology::Carcinoid => "Enter the size of the tumour, or T, N and M, to see the stage here.",
                } }
            </p>
        },
        None => html! {},
        Some(staged) => {
            let staged = staged.clone();
            match props.view {
                View::Patient => html! { <>
                    <StageHeadline staged={staged.clone()} />
                    <SclcExtent staged={staged.clone()} />
                    <TreatmentPanel staged={staged.clone()} />
                    <SymptomsPanel staged={staged.clone()} />
                    <SurvivalPanel staged={staged.clone()} view={props.view} />
                    <TnmTrace staged={staged.clone()} />
                    <EditionCompare {staged} />
                </> },
                View::Clinician => html! { <>
                    <StageHeadline staged={staged.clone()} />
                    <TnmTrace staged={staged.clone()} />
                    <EditionCompare staged={staged.clone()} />
                    <SclcExtent staged={staged.clone()} />
                    <SurvivalPanel staged={staged.clone()} view={props.view} />
                    <TreatmentPanel staged={staged.clone()} />
                    <SymptomsPanel {staged} />
                </> },
            }
        }
    };
    html! {
        <section class={classes!("result-panel", props.error.is_some().then_some("result-panel-out-of-date"))} aria-labelledby={format!("{} lungstage-name", ids.id("result-title"))} data-testid="result" tabindex="0">
            <h2 id={ids.id("result-title")} class="result-panel-title" tabindex="-1">{ "Result" }</h2>
            <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">{ (*announce).clone() }</div>
            <div class="result-panel-status" role="status" data-testid="stale-status">
                if let Some(e) = &props.error {
                    <div class="result-panel-stale" data-testid="stale">
                        <p><strong>{ format!("Please check {}.", e.field()) }</strong>{ " " }{ e.sentence() }</p>
                        <p>{ if props.staged.is_some() {
                            "Out of date: the result below is from your last complete entry. It updates, and copying comes back, once this is fixed."
                        } else {
                            "The result appears once this is fixed."
                        } }</p>
                    </div>
                }
            </div>
            { props.children.clone() }
            { body }
        </section>
    }
}
