//! One-line notices above the widget: a share link that could not be read, or an embed
//! attribute that is not allowed.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lines: Vec<AttrValue>,
}

#[component]
pub fn Notice(props: &Props) -> Html {
    if props.lines.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" role="status" data-testid="notice">
            { for props.lines.iter().map(|line| html! { <p class="notice-line">{ line.clone() }</p> }) }
        </div>
    }
}
