//! LungStage web widget: a yew front end over the `lungstage` staging core.

mod app;
pub mod components;
pub mod crash;
pub mod deferred;
mod dom;
#[cfg(target_arch = "wasm32")]
mod early;
pub mod embed;
pub mod form;
#[cfg(not(target_arch = "wasm32"))]
pub mod hook;
pub mod ids;
pub mod link;
pub mod options;
pub mod outcome;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
mod prerendered;
pub mod remote;
pub mod state;
pub mod stated;
mod text;

pub use app::App;
pub use options::Options;

// Talc's single-threaded wasm allocator: about 2 KB smaller than the default dlmalloc after
// compression, and faster. Sound only without wasm threads, which this build never enables.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Installs the page's language: first the words of the first render (the JSON list of
/// `words-<lang>.json`, parsed), which `boot.js` and `lungstage.js` hand over before any widget
/// starts; then every other message (`messages-<lang>.json`), which the core's reasons, notes
/// and errors are written in, handed over with the deferred texts; until then an error names
/// only its entry. Throws if the list does not fit this build.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn lungstage_messages(list: wasm_bindgen::JsValue) -> Result<(), wasm_bindgen::JsValue> {
    // `null` is a message for machines, which the widget never shows.
    let templates: Vec<String> = js_sys::Array::from(&list)
        .iter()
        .map(|t| t.as_string().unwrap_or_default())
        .collect();
    let texts = lungstage::messages::Texts::new(templates).map_err(|e| {
        wasm_bindgen::JsValue::from_str(&format!(
            "LungStage: the messages file has {} messages, this build {}",
            e.found, e.expected
        ))
    })?;
    lungstage::messages::install(texts);
    if list_length(&list) != lungstage::messages::Msg::WORDS {
        deferred::messages_installed();
    }
    Ok(())
}

fn list_length(list: &wasm_bindgen::JsValue) -> usize {
    js_sys::Array::from(list).length() as usize
}

/// Starts the widget of our own pages, in `#lungstage` (`boot.js`). A host page with in-page
/// embeds has no `#lungstage`: `lungstage.js` mounts those itself.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn lungstage_start() {
    if let Some(root) = gloo::utils::document().get_element_by_id("lungstage") {
        take_over_or_mount(root);
    }
}

/// Called by the glue when the widget needs the rest of its wasm and it cannot load
/// (scripts/shrink-glue.mjs, docs/size.md): the widget shows its crash notice, as for any
/// other fault, instead of freezing; the glue then stops the call that needed the rest.
/// Not a panic: it may come while one is being reported.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn lungstage_rest_failed() {
    crash::stopped("LungStage stopped: the rest of the widget's wasm could not load");
}

/// Mounts a widget into `element` (the panic hook finds it by its mount attribute).
pub fn mount(element: web_sys::Element) -> yew::AppHandle<App> {
    let _ = element.set_attribute(crash::MOUNT_ATTRIBUTE, "");
    yew::Renderer::<App>::with_root(element).render()
}

/// Takes over the widget that `src/bin/prerender.rs` rendered into `element` at build time, or
/// mounts a fresh one when `element` holds no pre-rendered content.
///
/// The live widget renders afresh in place of the pre-rendered one (rendering afresh rather
/// than hydrating keeps yew's hydration code out of the wasm), starting from what was entered
/// into the pre-rendered questions, read as the first answer read it (`src/early.rs`), and the
/// focus and caret go back where they were. An entry only the live questions can read: they
/// are given every entry again, as the same input and change events.
pub fn take_over_or_mount(element: web_sys::Element) -> yew::AppHandle<App> {
    #[cfg(target_arch = "wasm32")]
    if element
        .first_element_child()
        .and_then(|child| child.get_attribute("data-testid"))
        .is_some_and(|id| id == "lungstage-root")
    {
        let _ = element.set_attribute(crash::MOUNT_ATTRIBUTE, "");
        let entered = prerendered::Entries::read(&element);
        let replay = if prerendered::enter(&element) {
            entered.only_focus()
        } else {
            entered
        };
        element.set_inner_html("");
        let handle = yew::Renderer::<App>::with_root(element).render();
        replay.replay_after_render();
        return handle;
    }
    mount(element)
}
