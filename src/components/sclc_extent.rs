//! Small cell lung cancer: limited or extensive stage, with its caveat.

use lungstage::Extent;
use yew::prelude::*;

use crate::deferred::Texts;
use crate::outcome::Staged;

pub fn sclc_extent(staged: &Staged, texts: &Texts) -> Html {
    let Some(e) = &staged.assessment.staging.sclc else {
        return html! {};
    };
    let label = match e.extent {
        Extent::Limited => "Limited stage",
        Extent::Extensive => "Extensive stage",
        Extent::Undetermined => "Limited or extensive: it depends on the radiation field",
    };
    html! {
        <section class="sclc-extent" data-testid="sclc-extent">
            <h3 class="sclc-extent-title">{ "Small cell lung cancer is also described as limited or extensive" }</h3>
            <p class="sclc-extent-value" data-testid="sclc-extent-value">{ label }</p>
            <p>{ format!("Why: {}.", texts.words(&e.reason)) }</p>
            <p class="sclc-extent-caveat" aria-busy={texts.busy()}>
                { texts.note(&e.caveat) }
                <span class="sclc-extent-source">{ format!(" ({})", e.caveat.source.source().short) }</span>
            </p>
        </section>
    }
}
