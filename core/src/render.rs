//! Renderers of a staged case: the JSON report and the plain-text summary.

pub(crate) mod report;
pub(crate) mod stated;
pub(crate) mod summary;
