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

/// Calls `rule` through a pointer the optimisers cannot see through, so that it stays a
/// function of its own: the widget's build moves the functions its first answer never runs
/// (mesothelioma's rules and small cell's extent, for a lung case) into the part of its wasm
/// that loads after the first answer (docs/size.md). The result is the call's, unchanged.
#[inline(always)]
pub(crate) fn apart<A, R>(rule: fn(A) -> R, args: A) -> R {
    core::hint::black_box(rule)(args)
}
