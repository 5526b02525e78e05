//! The stage stays in view at the bottom while the form is filled in, at every width.

use yew::prelude::*;

use crate::dom::focus_in_widget;
use crate::ids::Ids;
use crate::outcome::Staged;

/// The bar, for the result on screen; `stale` when an entry cannot be used and the stage
/// shown is from the last complete one.
pub fn stage_bar(
    staged: Option<&Staged>,
    stated: Option<&lungstage::StatedStage>,
    stale: bool,
    ids: &Ids,
) -> Html {
    let label = match (stated, staged) {
        // A stage from a report, as stated: its group, or "Limited".
        (Some(s), _) => s.group.map_or_else(
            || s.title().split(' ').next().unwrap_or_default().to_owned(),
            |g| g.code().to_owned(),
        ),
        (None, Some(staged)) => staged
            .assessment
            .staging
            .stage()
            // Short, so the bar keeps to one line on a phone: the result says why there is none.
            .map_or_else(|| "—".to_owned(), |g| g.code().to_owned()),
        (None, None) => return html! {},
    };
    let onclick = focus_result(ids);
    html! {
        <div class={classes!("stage-bar", stale.then_some("stage-bar-stale"))} data-testid="stage-bar">
            <p class="stage-bar-stage" aria-hidden="true">{ "Stage " }<strong>{ label }</strong>
                if stale { { " — out of date, check the form" } }</p>
            <button type="button" class="stage-bar-button" {onclick}>{ "See the result" }</button>
        </div>
    }
}

/// Moves to the result's heading, scrolled into view with the focus on it: the stage bar's
/// button and the skip button at the top of the form.
pub fn focus_result(ids: &Ids) -> impl Fn(MouseEvent) + 'static {
    focus_in_widget(format!("#{}", ids.id("result-title")))
}
