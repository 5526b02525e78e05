//! The in-page embed's entry point, called by `lungstage.js` for each `[data-lungstage]`
//! element of a host page.

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AttrValue;

use crate::app::App;
use crate::crash;
use crate::options::Options;

/// Mounts a widget into `mount`, an element in the shadow root that `lungstage.js` attached
/// to `host`, with the options of `host`'s `data-` attributes (`Options::from_attributes`).
/// `page` is the standalone page's address, for Copy link.
#[wasm_bindgen]
pub fn mount_embed(host: &Element, mount: Element, page: Option<String>) {
    let mut options = Options::from_attributes(|name| host.get_attribute(&format!("data-{name}")));
    options.page = page.map(AttrValue::from);
    crash::watch_shadow_mount(&mount);
    yew::Renderer::<App>::with_root_and_props(mount, options).render();
}
