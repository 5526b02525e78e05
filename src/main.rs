//! Mounts the LungStage widget into the page's `#lungstage` element, and nowhere else: a host
//! page with in-page embeds has no `#lungstage`, and `lungstage.js` mounts those itself.

fn main() {
    lungstage_web::crash::install();
    if let Some(root) = gloo::utils::document().get_element_by_id("lungstage") {
        lungstage_web::take_over_or_mount(root);
    }
}
