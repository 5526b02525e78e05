//! The stage in large type with what it means, or why the tables give none.

use std::rc::Rc;

use lungstage::{Awaiting, StageGroup, deferred, meaning_sources};
use yew::prelude::*;

use crate::deferred::use_texts;
use crate::outcome::Staged;
use crate::text::{capitalise, cite};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub staged: Rc<Staged>,
}

#[component]
pub fn StageHeadline(props: &Props) -> Html {
    let s = &props.staged.assessment.staging;
    let group = s.stage();
    // The meaning's words arrive with the texts loaded after the first answer.
    let texts = use_texts();
    let label = s.stage_label().map_or(String::new(), |l| format!(", {l}"));
    let context = format!(
        "{}, {} edition tables · {}{label}",
        capitalise(s.histology.name()),
        s.edition,
        s.prefixed_tnm()
    );
    html! {
        <div class="stage-headline" data-testid="stage-headline">
            <p class="stage-headline-line">
                // Occult carcinoma is not a numbered stage: its label reads "occult carcinoma".
                if group != Some(StageGroup::Occult) {
                    <span class="stage-headline-caption">{ "Stage" }</span>
                }
                <span class={classes!("stage-headline-code", (group == Some(StageGroup::Occult)).then_some("is-occult"))} data-testid="stage">
                    { group.map_or("—".to_owned(), |g| g.code().to_owned()) }
                </span>
                if group == Some(StageGroup::Occult) {
                    <span class="stage-headline-caption">{ "carcinoma" }</span>
                }
            </p>
            <p class="stage-headline-context">{ context }</p>
            if let Some(g) = group {
                if let Some(sources) = meaning_sources(s.histology, s.edition, g) {
                    <p class="stage-headline-meaning" data-testid="stage-meaning" aria-busy={texts.busy()}>
                        <strong>{ format!("{}: ", g.name()) }</strong>
                        { texts.get(&deferred::meaning_text(s.histology, s.edition, g)).unwrap_or_default() }
                        <span class="stage-headline-source">{ format!(" ({})", cite(sources)) }</span>
                    </p>
                }
            } else {
                <div class="stage-headline-note" data-testid="stage-note">
                    <p>{ match s.awaiting {
                        Some(Awaiting::Nodes) => html! { <>
                            <strong>{ "Needs the lymph-node findings." }</strong>
                            { format!(" {} is known, but the stage group depends on whether the cancer has reached the lymph nodes, which is not answered or not assessed.", s.t.category) }
                        </> },
                        Some(Awaiting::Tumor) => html! { <>
                            <strong>{ "Needs the tumour findings." }</strong>
                            { " Nothing about the main tumour was entered, so no stage can be assigned." }
                        </> },
                        // The rule below says which answer the T waits for.
                        Some(Awaiting::Psum | Awaiting::Fmax | Awaiting::Extent) => html! {
                            <strong>{ "Needs more tumour findings." }</strong>
                        },
                        None => html! { <>
                            <strong>{ format!("{}.", capitalise(lungstage::NOT_DEFINED)) }</strong>
                            { " The tables give no stage group for this combination of findings, so no stage can be named." }
                        </> },
                    } }</p>
                    <p class="stage-headline-rule">{ format!("Why: {} ({}).", s.grouping.rule, s.grouping.source.source().short) }</p>
                </div>
            }
            if s.m0_assumed {
                <p class="stage-headline-assumed" data-testid="m0-assumed">
                    { "No distant spread was entered, so M counts as cM0 (no known spread)." }
                    <span class="stage-headline-hint">{ " Tick the places it has spread to, or \u{201c}No distant spread found\u{201d}." }</span>
                </p>
            }
        </div>
    }
}
