//! The usual treatment approach for the stage, in general terms.

use lungstage::{
    NoteId, SourceId, TreatmentWithheld, deferred, treatment_for, treatment_notes,
    treatment_withheld,
};
use yew::prelude::*;

use crate::deferred::Texts;
use crate::outcome::Staged;
use crate::state::View;
use crate::text::{Msg, cite, say, say_with};

/// The patient's plain words in the patient view, the clinician's (drugs and trials) in the
/// clinician view.
pub fn treatment_panel(staged: &Staged, texts: &Texts, view: View) -> Html {
    let s = &staged.assessment.staging;
    let text = treatment_for(s);
    let busy = text.and_then(|_| texts.busy());
    html! {
        <section class="treatment-panel" data-testid="treatment-panel" aria-busy={busy}>
            <h3 class="treatment-panel-title">{ say(Msg::ResultTreatmentTitle) }</h3>
            if let Some(t) = text {
                { for std::iter::once(t).chain(treatment_notes(s)).map(|t| match texts.get(&deferred::treatment(t, view)) {
                    Some(words) => html! {
                        <p>{ words }<span class="treatment-panel-source">{ format!(" {}", say_with(Msg::ResultSources, &[&cite(t.sources())])) }</span></p>
                    },
                    None => html! {},
                }) }
                { texts.missing() }
                <p class="treatment-panel-source">{ say(Msg::ResultTreatmentGeneral) }</p>
                <p class="treatment-panel-source">{ texts.get(deferred::CHECKED_TREATMENT) }</p>
            } else if treatment_withheld(s) == Some(TreatmentWithheld::Classification) {
                <p data-testid="treatment-not-at-diagnosis" aria-busy={texts.busy()}>
                    { texts.get(&deferred::note(NoteId::TreatmentNotAtDiagnosis)) }
                    <span class="treatment-panel-source">{ format!(" {}", say_with(Msg::ResultSource, &[&cite(&[SourceId::Ajcc8])])) }</span>
                </p>
                { texts.missing() }
            } else if s.stage().is_none() {
                <p>{ say(Msg::ResultTreatmentNoStage) }</p>
            } else {
                <p>{ say_with(Msg::ResultTreatmentUnchecked, &[&s.histology.name()]) }</p>
            }
        </section>
    }
}
