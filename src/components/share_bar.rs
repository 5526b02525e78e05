//! Copy link and copy summary, with a polite "copied" and a select-to-copy fallback.

use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Clipboard, HtmlTextAreaElement};
use yew::prelude::*;

use crate::ids::use_ids;
use crate::link::case_fragment;
use crate::options::Host;
use crate::outcome::Staged;
use crate::state::View;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub staged: Rc<Staged>,
    pub view: View,
    pub host: Host,
    /// The standalone page an in-page embed links to; without it, no Copy link.
    pub page: Option<AttrValue>,
}

/// What the last copy did.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Copied(&'static str),
    /// The clipboard was refused: the text is shown, selected, to copy by hand.
    ByHand(&'static str, String),
}

/// Today's date in the reader's time zone, as `2025-11-26`.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The page a share link opens: this page, or for the iframe page (`<html class="embed">`)
/// the standalone page beside it.
fn page_address(host: Host, page: Option<&AttrValue>) -> Option<String> {
    match host {
        Host::Inline => page.map(|p| p.to_string()),
        Host::Page => {
            let document = gloo::utils::document();
            let href = document.location()?.href().ok()?;
            let here = href.split('#').next().unwrap_or_default().to_owned();
            let framed_page = document
                .document_element()
                .is_some_and(|html| html.class_list().contains("embed"));
            if framed_page {
                web_sys::Url::new_with_base("./", &here)
                    .ok()
                    .map(|u| u.href())
            } else {
                Some(here)
            }
        }
    }
}

fn copy(text: String, what: &'static str, status: UseStateSetter<Status>) {
    let navigator = gloo::utils::window().navigator();
    // Missing outside secure contexts; refused in frames without `allow="clipboard-write"`.
    let clipboard = Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .and_then(|c| c.dyn_into::<Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        status.set(Status::ByHand(what, text));
        return;
    };
    let written = JsFuture::from(clipboard.write_text(&text));
    yew::platform::spawn_local(async move {
        match written.await {
            Ok(_) => status.set(Status::Copied(what)),
            Err(_) => status.set(Status::ByHand(what, text)),
        }
    });
}

#[component]
pub fn ShareBar(props: &Props) -> Html {
    let ids = use_ids();
    let status = use_state(|| Status::Idle);
    let text_ref = use_node_ref();
    {
        // A new result makes the last message stale.
        let status = status.setter();
        use_effect_with(props.staged.clone(), move |_| status.set(Status::Idle));
    }
    {
        let text_ref = text_ref.clone();
        use_effect_with((*status).clone(), move |status| {
            if let (Status::ByHand(..), Some(text)) =
                (status, text_ref.cast::<HtmlTextAreaElement>())
            {
                let _ = text.focus();
                text.select();
            }
        });
    }
    let address = page_address(props.host, props.page.as_ref());
    let copy_link = address.map(|address| {
        let fragment = case_fragment(&props.staged.case, props.view);
        let status = status.setter();
        Callback::from(move |_: MouseEvent| {
            copy(format!("{address}#{fragment}"), "link", status.clone());
        })
    });
    let copy_summary = {
        let staged = props.staged.clone();
        let status = status.setter();
        Callback::from(move |_: MouseEvent| {
            let text = lungstage::summary_text(&staged.case, &staged.assessment, &today());
            copy(text, "summary", status.clone());
        })
    };
    let message = match &*status {
        Status::Idle => String::new(),
        Status::Copied("link") => "Link copied.".to_owned(),
        Status::Copied(_) => "Summary copied.".to_owned(),
        Status::ByHand(what, _) => format!(
            "Copying was not allowed here: the {what} is selected below. Press Ctrl+C (or ⌘C) to copy it."
        ),
    };
    html! {
        <div class="share-bar" data-testid="share-bar">
            <div class="share-bar-buttons">
                if let Some(onclick) = copy_link {
                    <button type="button" class="share-bar-button" data-testid="copy-link" {onclick}>{ "Copy link" }</button>
                }
                <button type="button" class="share-bar-button" data-testid="copy-summary" onclick={copy_summary}>
                    { "Copy summary for a note" }
                </button>
            </div>
            <p class="share-bar-status" role="status" data-testid="copy-status">{ message }</p>
            if let Status::ByHand(what, text) = &*status {
                <label class="visually-hidden" for={ids.id("copy-text")}>{ format!("The {what} to copy") }</label>
                <textarea id={ids.id("copy-text")} class="share-bar-text" data-testid="copy-text" readonly=true rows="6"
                    value={text.clone()} ref={text_ref} />
            }
        </div>
    }
}
