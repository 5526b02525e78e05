//! The in-page embed's entry point, called by `lungstage.js` for each `[data-lungstage]`
//! element of a host page.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::app::App;
use crate::crash;
use crate::options::Options;

/// Mounts a widget into `mount`, an element in the shadow root that `lungstage.js` attached
/// to an embed's element, starting with the values of its `data-edition`, `data-histology`
/// and `data-view` (see `Options::from_codes`).
#[wasm_bindgen]
pub fn mount_embed(mount: Element, edition: &str, histology: &str, view: &str) {
    crash::watch_shadow_mount(&mount);
    let options = Options::from_codes(edition, histology, view);
    yew::Renderer::<App>::with_root_and_props(mount, options).render();
}
