//! Small text helpers shared by the components (no clinical content).

use lungstage::SourceId;

pub use lungstage::capitalise;

/// The short citations of `sources`, joined: "AJCC 8th ed., 2017; Rami-Porta et al., 2024".
pub fn cite(sources: &[SourceId]) -> String {
    sources
        .iter()
        .map(|s| s.source().short)
        .collect::<Vec<_>>()
        .join("; ")
}
