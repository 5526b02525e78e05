//! LungStage web widget: a yew front end over the `lungstage` staging core.

mod app;
pub mod components;
pub mod crash;
pub mod ids;
pub mod outcome;
pub mod state;
mod text;

pub use app::App;

/// Mounts a widget into `element` (the panic hook finds it by its mount attribute).
pub fn mount(element: web_sys::Element) -> yew::AppHandle<App> {
    let _ = element.set_attribute(crash::MOUNT_ATTRIBUTE, "");
    yew::Renderer::<App>::with_root(element).render()
}
