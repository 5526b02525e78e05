//! The staging rules: T, N and M from findings, the stage tables, the summary stage, small cell extent, and the reasons behind each.

pub(crate) mod assessment;
pub(crate) mod classification;
pub(crate) mod grouping;
pub(crate) mod metastases;
pub(crate) mod nodes;
pub(crate) mod pleural_t;
pub(crate) mod reason;
pub(crate) mod sclc;
pub(crate) mod stated;
pub(crate) mod summary_stage;
pub(crate) mod table;
pub(crate) mod tumor;
