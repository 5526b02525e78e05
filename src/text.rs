//! Small text helpers shared by the components (no clinical content).

use lungstage::SourceId;

pub use lungstage::capitalise;

/// The short citations of `sources`, joined: "AJCC 8th ed., 2017; Rami-Porta et al., 2024".
/// A short citation that names two publishers ("ACS; Cancer Research UK") shares them with
/// the others, so each name is written once.
pub fn cite(sources: &[SourceId]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for name in sources.iter().flat_map(|s| s.source().short.split("; ")) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join("; ")
}
