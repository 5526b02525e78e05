//! Mounts the LungStage widget (temporary placeholder until the real app lands).
use yew::prelude::*;

#[component]
fn Placeholder() -> Html {
    html! { <main data-testid="lungstage-root">{ "LungStage" }</main> }
}

fn main() {
    // Mount into the host page's `#lungstage` element so the widget can be embedded anywhere.
    match gloo::utils::document().get_element_by_id("lungstage") {
        Some(root) => yew::Renderer::<Placeholder>::with_root(root).render(),
        None => yew::Renderer::<Placeholder>::new().render(),
    };
}
