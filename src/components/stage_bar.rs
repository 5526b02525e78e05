//! On narrow screens, the stage stays in view at the bottom while the form is filled in.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ids::Ids;
use crate::outcome::Staged;

/// The bar, for the result on screen; `stale` when an entry cannot be used and the stage
/// shown is from the last complete one.
pub fn stage_bar(staged: Option<&Staged>, stale: bool, ids: &Ids) -> Html {
    let Some(staged) = staged else {
        return html! {};
    };
    let label = staged
        .assessment
        .staging
        .stage()
        // Short, so the bar keeps to one line on a phone: the result says why there is none.
        .map_or_else(|| "—".to_owned(), |g| g.code().to_owned());
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
    let target = ids.id("result-title");
    move |e: MouseEvent| {
        // Searched from the button's widget: in an in-page embed that sits in a shadow root,
        // out of `document.getElementById`'s reach.
        let heading = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|button| button.closest(".app").ok().flatten())
            .and_then(|app| app.query_selector(&format!("#{target}")).ok().flatten());
        if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            heading.scroll_into_view();
            let _ = heading.focus();
        }
    }
}
