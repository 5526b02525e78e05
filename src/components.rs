//! The widget's parts, one per file. Most are plain functions that return `Html` from what
//! they are given: only the two that keep state of their own are yew components (`App`, the
//! reducer; `ResultPanel`, the live region's timer and whether survival is open). Each
//! component costs the first load its own copy of yew's glue, about 350 B of brotli; as
//! functions, 24 parts saved 8.5 KB (docs/size.md).

/// Calls `draw` through a pointer that neither rustc nor wasm-opt sees through, so that it
/// stays a function of its own although it has one caller. A part the first answer does not
/// draw or run (one drawn once the long texts are in, or only for mesothelioma; the reading
/// of a written form) then never runs for it, and the build moves it to the rest of the wasm
/// (docs/size.md); inlined into its caller, it would stay in the first part. `draw` must be a
/// named function: the split tells functions apart by name, and closures share theirs.
#[inline(always)]
pub fn apart<A, R>(draw: fn(A) -> R, args: A) -> R {
    std::hint::black_box(draw)(args)
}

pub mod case_picture;
pub mod case_setup;
pub mod category_form;
pub mod category_select;
pub mod edition_compare;
pub mod feature_group;
pub mod field_error;
pub mod growth_group;
pub mod metastasis_form;
pub mod node_form;
pub mod result_panel;
pub mod sclc_extent;
pub mod site_row;
pub mod sources_panel;
pub mod stage_bar;
pub mod stage_headline;
pub mod station_group;
pub mod survival_chart;
pub mod survival_panel;
pub mod symptoms_panel;
pub mod tnm_trace;
pub mod treatment_panel;
pub mod tumor_form;
pub mod tumor_size;
pub mod view_toggle;
pub mod way_question;
pub mod written_form;
