//! Sourced reference content: stage meanings, survival figures, treatment, symptoms, fixed notes and the sources they cite.

pub mod deferred;
pub(crate) mod definitions;
pub(crate) mod guide;
pub(crate) mod notes;
pub(crate) mod source;
pub(crate) mod survival;
pub(crate) mod symptoms;
