//! Reasons and notes: the provenance that travels with every result.

use serde::Serialize;

use crate::SourceId;

/// Why a category was chosen: one finding and the category it points to.
///
/// Every finding that contributes is listed; `decisive` marks those that set
/// the final category (the highest one wins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The category this finding alone points to, such as `T3`.
    pub category: String,
    /// Plain words: "separate nodule in the same lobe, which outranks size".
    pub text: String,
    pub source: SourceId,
    pub decisive: bool,
}

/// A caveat or a point where sources disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub text: String,
    pub source: SourceId,
}

impl Note {
    pub fn new(text: impl Into<String>, source: SourceId) -> Note {
        Note {
            text: text.into(),
            source,
        }
    }
}
