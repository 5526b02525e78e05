//! The stage stays in view at the bottom while the form is filled in, at every width.

use yew::prelude::*;

use crate::dom::focus_in_widget;
use crate::ids::Ids;
use crate::outcome::Staged;
use crate::text::{Msg, say, say_with};

/// The bar, for the result on screen; `stale` when an entry cannot be used and the stage
/// shown is from the last complete one.
pub fn stage_bar(
    staged: Option<&Staged>,
    stated: Option<&lungstage::StatedStage>,
    stale: bool,
    ids: &Ids,
) -> Html {
    let label = match (stated, staged) {
        // A stage from a report, as stated: its group, or "Limited" (as its title says).
        (Some(s), _) => s.group.map_or_else(
            || match s.extent {
                Some(lungstage::Extent::Extensive) => say(Msg::FormBarExtensive),
                Some(lungstage::Extent::Limited | lungstage::Extent::Undetermined) | None => {
                    say(Msg::FormBarLimited)
                }
            },
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
    // One sentence, with the stage in bold where the language puts it.
    let message = match stale {
        true => Msg::FormBarStageStale,
        false => Msg::FormBarStage,
    };
    let words = say_with(message, &[&MARK]);
    let (before, after) = words.split_once(MARK).unwrap_or((&words, ""));
    html! {
        <div class={classes!("stage-bar", stale.then_some("stage-bar-stale"))} data-testid="stage-bar">
            <p class="stage-bar-stage" aria-hidden="true">{ before }<strong>{ label }</strong>
                if !after.is_empty() { { after } }</p>
            <button type="button" class="stage-bar-button" {onclick}>{ say(Msg::FormBarButton) }</button>
        </div>
    }
}

/// Stands for the stage in the bar's sentence, where the bold stage goes.
const MARK: char = '\u{1}';

/// Moves to the result's heading, scrolled into view with the focus on it: the stage bar's
/// button and the skip button at the top of the form.
pub fn focus_result(ids: &Ids) -> impl Fn(MouseEvent) + 'static {
    focus_in_widget(format!("#{}", ids.id("result-title")))
}
