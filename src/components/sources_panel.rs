//! Where every rule and figure comes from, when it was last checked, and the disclaimer.

use lungstage::{DISCLAIMER, LAST_REVIEWED, SourceId};
use yew::prelude::*;

#[component]
pub fn SourcesPanel() -> Html {
    html! {
        <section class="sources-panel" data-testid="sources-panel">
            <p class="sources-panel-disclaimer" data-testid="disclaimer">
                <strong>{ "Please note: " }</strong>{ DISCLAIMER }
            </p>
            <details class="sources-panel-details">
                <summary>{ "Sources of the rules, texts and figures" }</summary>
                <ul class="sources-panel-list">
                    { for SourceId::ALL.iter().map(|id| {
                        let s = id.source();
                        html! {
                            <li>
                                <strong>{ s.short }</strong>{ format!(": {} ({}).", s.title, s.year) }
                                if let Some(url) = s.url { { " " }<a href={url} rel="noopener noreferrer">{ url }</a> }
                            </li>
                        }
                    }) }
                </ul>
            </details>
            <p class="sources-panel-reviewed" data-testid="last-reviewed">{ format!("Last reviewed {LAST_REVIEWED}.") }</p>
        </section>
    }
}
