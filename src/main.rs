//! Mounts the LungStage widget into the host page's `#lungstage` element.

fn main() {
    lungstage_web::crash::install();
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("lungstage")
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        lungstage_web::mount(root);
    }
}
