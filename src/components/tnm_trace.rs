//! T, N and M each with its reasons, the table rule, the summary stage and the notes.

use lungstage::{Reason, all_notes};
use yew::prelude::*;

use crate::deferred::Texts;
use crate::outcome::Staged;
use crate::text::{Msg, say};

fn axis(
    texts: &Texts,
    letter: &'static str,
    plain: Msg,
    category: String,
    reasons: &[Reason],
) -> Html {
    let testid = format!("{}-category", letter.to_ascii_lowercase());
    html! {
        <div class="tnm-trace-axis">
            <h4 class="tnm-trace-heading">
                <span class="tnm-trace-code" data-testid={testid}>{ category }</span>
                <span class="tnm-trace-plain">{ say(plain) }</span>
            </h4>
            <ul class="tnm-trace-reasons" data-testid={format!("{}-reasons", letter.to_ascii_lowercase())}>
                { for reasons.iter().map(|r| html! {
                    <li class={classes!("tnm-trace-reason", r.decisive.then_some("is-decisive"))}>
                        if r.decisive { <span class="tnm-trace-badge">{ say(Msg::ResultTraceDecides) }</span> }
                        <span>{ format!("{}: {}", r.category, texts.reason(&r.text)) }</span>
                        <span class="tnm-trace-source">{ format!(" ({})", r.source.source().short) }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}

pub fn tnm_trace(staged: &Staged, texts: &Texts) -> Html {
    let s = &staged.assessment.staging;
    let notes = all_notes(s);
    html! {
        <section class="tnm-trace" data-testid="tnm-trace">
            <h3 class="tnm-trace-title">{ say(Msg::ResultTraceTitle) }</h3>
            { axis(texts, "T", Msg::ResultTraceT, s.t.category.to_string(), &s.t.reasons) }
            { axis(texts, "N", Msg::ResultTraceN, s.n.category.to_string(), &s.n.reasons) }
            { axis(texts, "M", Msg::ResultTraceM, s.m.category.to_string(), &s.m.reasons) }
            <p class="tnm-trace-rule" data-testid="stage-rule">
                <strong>{ format!("{} ", say(Msg::ResultTraceTable)) }</strong>{ texts.words(&s.grouping.rule) }
                <span class="tnm-trace-source">{ format!(" ({})", s.grouping.source.source().short) }</span>
            </p>
            <p class="tnm-trace-summary">
                <strong>{ format!("{} ", say(Msg::ResultTraceSeer)) }</strong>
                <span data-testid="summary-stage">{ s.summary.stage.name() }</span>
                { format!(": {}", texts.words(&s.summary.reason)) }
            </p>
            if !notes.is_empty() {
                <h4 class="tnm-trace-heading">{ say(Msg::ResultTraceNotes) }</h4>
                <ul class="tnm-trace-notes" data-testid="notes">
                    { for notes.iter().map(|n| html! {
                        <li>{ texts.note(n) }<span class="tnm-trace-source">{ format!(" ({})", n.source.source().short) }</span></li>
                    }) }
                </ul>
            }
        </section>
    }
}
