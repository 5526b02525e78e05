//! A case as entered: the JSON descriptor, the written TNM form, share links, and the typed errors of reading them.

pub(crate) mod case;
pub(crate) mod error;
pub(crate) mod handover;
pub(crate) mod link;
pub(crate) mod notation;
pub(crate) mod size_text;
pub(crate) mod stated;
