//! Small cell lung cancer: limited or extensive stage, with its caveat.

use lungstage::{Extent, SclcExtent};
use yew::prelude::*;

use crate::deferred::Texts;
use crate::text::{Msg, say, say_with};

/// A small cell case's extent (the result panel draws it only for small cell, so that other
/// cases' first answer does not run it: docs/size.md).
pub fn sclc_extent(e: &SclcExtent, texts: &Texts) -> Html {
    let label = match e.extent {
        Extent::Limited => Msg::ResultSclcLimited,
        Extent::Extensive => Msg::ResultSclcExtensive,
        Extent::Undetermined => Msg::ResultSclcUndetermined,
    };
    html! {
        <section class="sclc-extent" data-testid="sclc-extent">
            <h3 class="sclc-extent-title">{ say(Msg::ResultSclcTitle) }</h3>
            <p class="sclc-extent-value" data-testid="sclc-extent-value">{ say(label) }</p>
            <p>{ say_with(Msg::ResultWhy, &[&texts.words(&e.reason)]) }</p>
            <p class="sclc-extent-caveat" aria-busy={texts.busy()}>
                { texts.note(&e.caveat) }
                <span class="sclc-extent-source">{ format!(" ({})", e.caveat.source.source().short) }</span>
            </p>
        </section>
    }
}
