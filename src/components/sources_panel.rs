//! Where every rule and figure comes from, when it was last checked, and the disclaimer.
//! With a result, the sources it cites are marked, and paper lists only those.

use lungstage::{
    DISCLAIMER, LAST_REVIEWED, SourceId, all_notes, deferred, meaning_sources, treatment_for,
    treatment_notes,
};
use yew::prelude::*;

use crate::components::apart;
use crate::deferred::Texts;
use crate::outcome::Staged;
use crate::text::{Msg, say, say_with};

/// The sources the result's trace and texts cite: reasons, notes, the table, the edition
/// changes, the meaning and the treatment. (The survival figures name their own.)
fn cited(staged: &Staged) -> Vec<SourceId> {
    let a = &staged.assessment;
    let s = &a.staging;
    let mut out = vec![s.grouping.source, SourceId::SeerSs2018];
    for reasons in [&s.t.reasons, &s.n.reasons, &s.m.reasons] {
        for r in reasons {
            out.push(r.source);
        }
    }
    for n in all_notes(s) {
        out.push(n.source);
    }
    for c in staged.changes() {
        out.push(c.source);
    }
    let mut treatments = treatment_notes(s);
    treatments.extend(treatment_for(s));
    for t in treatments {
        out.extend_from_slice(t.sources());
    }
    if let Some(sources) = s
        .stage()
        .and_then(|g| meaning_sources(s.histology, s.edition, g))
    {
        out.extend_from_slice(sources);
    }
    out
}

/// Every source, those the result on screen cites marked.
fn list(
    (staged, stated, texts): (Option<&Staged>, Option<&lungstage::StatedStage>, &Texts),
) -> Html {
    let cited = match stated {
        // The stage's own sources; its treatment and survival texts cite theirs in place.
        Some(s) => Some(s.sources()),
        None => staged.map(cited),
    };
    html! {
        <ul class="sources-panel-list">
            { for SourceId::ALL.iter().map(|&id| {
                let s = id.source();
                let is_cited = cited.as_ref().is_some_and(|c| c.contains(&id));
                let title = texts.get(&deferred::source_title(id));
                let url = texts.get(&deferred::source_url(id));
                html! {
                    <li class={classes!(is_cited.then_some("is-cited"))}>
                        <strong>{ s.short }</strong>
                        { match title { Some(title) => format!(": {title} ({}).", s.year), None => format!(" ({}).", s.year) } }
                        if let Some(url) = url { { " " }<a href={url.clone()} rel="noopener noreferrer">{ url }</a> }
                    </li>
                }
            }) }
        </ul>
    }
}

/// The panel, for the result on screen if any: a case's, or a stage from a report's.
pub fn sources_panel(
    staged: Option<&Staged>,
    stated: Option<&lungstage::StatedStage>,
    texts: &Texts,
) -> Html {
    html! {
        <section class={classes!("sources-panel", (staged.is_some() || stated.is_some()).then_some("has-result"))} data-testid="sources-panel">
            <p class="sources-panel-disclaimer" data-testid="disclaimer">
                <strong>{ format!("{} ", say(Msg::ResultPleaseNote)) }</strong>{ DISCLAIMER }
            </p>
            <details class="sources-panel-details">
                <summary>{ say(Msg::ResultSourcesTitle) }</summary>
                { texts.missing() }
                // The list comes with the texts, as the full citations do (the first paint
                // carries none of it); if they could not load, the short citations still show.
                if texts.busy().is_none() {
                    { apart(list, (staged, stated, texts)) }
                }
            </details>
            // Each area's own check date once the texts are in; the latest of them until then.
            <p class="sources-panel-reviewed" data-testid="last-reviewed">
                if let Some(all) = texts.get(deferred::CHECKED_ALL) { { all } } else { { say_with(Msg::ResultLastReviewed, &[&LAST_REVIEWED]) } }
            </p>
        </section>
    }
}
