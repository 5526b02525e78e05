//! Renderers of a staged case: the JSON report, the plain-text summary and the lines both
//! text forms share.

pub mod lines;
pub(crate) mod report;
pub(crate) mod stated;
pub(crate) mod summary;
