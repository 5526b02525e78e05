//! The first answer on our own pages, before the live widget: the stage of what was typed into
//! the pre-rendered questions, written into the pre-rendered result. The wasm's first part is
//! only this (docs/size.md): the live widget, in the rest of the wasm, takes over once that
//! is in, and draws the whole result in place of this one.
//!
//! The stage is the live widget's own: the form is read as the live widget reads it when it
//! takes over (`prerendered::read_page`), and staged by the same `Outcome::of`. Whatever the
//! live widget would show instead of a stage (a question still open, a group the tables do not
//! define, an error to fix) is left to it: then nothing is written here, and a stage written
//! for an earlier entry is taken away, so that no stage stays beside a form that no longer
//! gives it.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::components::stage_headline::context_line;
use crate::outcome::Outcome;
use crate::text::{Msg, say};

/// Marks what this writes into the pre-rendered result.
const EARLY: &str = "data-early";

/// Stages the pre-rendered form of `#lungstage` as it is now, and shows the stage in its
/// result or takes away the one shown before. `boot.js` calls it once the first part is in and
/// on every entry after, until the live widget takes over.
#[wasm_bindgen]
pub fn lungstage_early() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("lungstage") else {
        return;
    };
    let Ok(Some(panel)) = root.query_selector("[data-testid=result]") else {
        return;
    };
    // A fault here shows the crash notice, as in the live widget.
    let _ = root.set_attribute(crate::crash::MOUNT_ATTRIBUTE, "");
    if let Ok(Some(before)) = panel.query_selector(&format!("[{EARLY}]")) {
        before.remove();
    }
    let invite = panel.query_selector("[data-testid=invite]").ok().flatten();
    let staged = crate::prerendered::read_page(&root)
        .and_then(|state| Outcome::of(&state).staged())
        .filter(|staged| staged.assessment.staging.stage().is_some());
    let Some(staged) = staged else {
        if let Some(invite) = invite {
            let _ = invite.remove_attribute("hidden");
        }
        return;
    };
    if let Ok(headline) = headline(&document, &staged) {
        if let Some(invite) = invite {
            let _ = invite.set_attribute("hidden", "");
        }
        let _ = panel.append_child(&headline);
    }
}

/// The stage as the live widget's headline shows it (`stage_headline`), with its context
/// line, then a line saying that the rest of the result is on its way.
fn headline(document: &Document, staged: &crate::outcome::Staged) -> Result<Element, JsValue> {
    let group = staged.assessment.staging.stage();
    let occult = group == Some(lungstage::StageGroup::Occult);
    let element = |tag: &str, class: &str| -> Result<Element, JsValue> {
        let e = document.create_element(tag)?;
        e.set_class_name(class);
        Ok(e)
    };
    let caption = |msg: Msg| -> Result<Element, JsValue> {
        let e = element("span", "stage-headline-caption")?;
        e.set_text_content(Some(&say(msg)));
        Ok(e)
    };
    let out = element("div", "stage-headline")?;
    out.set_attribute("data-testid", "stage-headline")?;
    out.set_attribute(EARLY, "")?;
    // What the result's live region says once the stage has settled (boot.js), as the live
    // widget's does.
    out.set_attribute("data-title", &lungstage::StageGroup::title(group))?;
    let line = element("p", "stage-headline-line")?;
    let code = element(
        "span",
        if occult {
            "stage-headline-code is-occult"
        } else {
            "stage-headline-code"
        },
    )?;
    code.set_attribute("data-testid", "stage")?;
    code.set_text_content(group.map(|g| g.code()));
    if !occult {
        line.append_child(&caption(Msg::ResultStage)?.into())?;
    }
    line.append_child(&code)?;
    if occult {
        line.append_child(&caption(Msg::ResultOccultCaption)?.into())?;
    }
    let context = element("p", "stage-headline-context")?;
    context.set_text_content(Some(&context_line(staged)));
    let loading = element("p", "deferred-loading")?;
    loading.set_text_content(Some(&say(Msg::ResultLoading)));
    out.append_child(&line)?;
    out.append_child(&context)?;
    out.append_child(&loading)?;
    Ok(out)
}
