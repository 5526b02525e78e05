//! The usual treatment approach for the stage, in general terms.

use lungstage::{
    NoteId, SourceId, TreatmentWithheld, deferred, treatment_for, treatment_notes,
    treatment_withheld,
};
use yew::prelude::*;

use crate::deferred::Texts;
use crate::outcome::Staged;
use crate::state::View;
use crate::text::cite;

/// The patient's plain words in the patient view, the clinician's (drugs and trials) in the
/// clinician view.
pub fn treatment_panel(staged: &Staged, texts: &Texts, view: View) -> Html {
    let s = &staged.assessment.staging;
    let text = treatment_for(s);
    let busy = text.and_then(|_| texts.busy());
    html! {
        <section class="treatment-panel" data-testid="treatment-panel" aria-busy={busy}>
            <h3 class="treatment-panel-title">{ "The usual treatment approach" }</h3>
            if let Some(t) = text {
                { for std::iter::once(t).chain(treatment_notes(s)).map(|t| match texts.get(&deferred::treatment(t, view)) {
                    Some(words) => html! {
                        <p>{ words }<span class="treatment-panel-source">{ format!(" Sources: {}.", cite(t.sources())) }</span></p>
                    },
                    None => html! {},
                }) }
                { texts.missing() }
                <p class="treatment-panel-source">{ "General information, not a treatment plan." }</p>
                <p class="treatment-panel-source">{ texts.get(deferred::CHECKED_TREATMENT) }</p>
            } else if treatment_withheld(s) == Some(TreatmentWithheld::Classification) {
                <p data-testid="treatment-not-at-diagnosis" aria-busy={texts.busy()}>
                    { texts.get(&deferred::note(NoteId::TreatmentNotAtDiagnosis)) }
                    <span class="treatment-panel-source">{ format!(" Source: {}.", cite(&[SourceId::Ajcc8])) }</span>
                </p>
                { texts.missing() }
            } else if s.stage().is_none() {
                <p>{ "Treatment depends on the stage, and the tables give none for these findings." }</p>
            } else {
                <p>{ format!("We have no checked summary of the usual treatment for {} at this stage; the care team will explain the options.", s.histology.name()) }</p>
            }
        </section>
    }
}
