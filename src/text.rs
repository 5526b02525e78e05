//! Small text helpers shared by the components (no clinical content).

use lungstage::SourceId;

/// `"brain"` -> `"Brain"`. Only an ASCII first letter changes: every text here starts with
/// one, and `char::to_uppercase` would link Unicode's case tables (12 KB of wasm).
pub fn capitalise(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The short citations of `sources`, joined: "AJCC 8th ed., 2017; Rami-Porta et al., 2024".
pub fn cite(sources: &[SourceId]) -> String {
    sources
        .iter()
        .map(|s| s.source().short)
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalises_the_first_ascii_letter() {
        for (text, expected) in [
            ("brain", "Brain"),
            ("", ""),
            ("Bone", "Bone"),
            ("élan", "élan"),
            ("1R", "1R"),
        ] {
            assert_eq!(capitalise(text), expected);
        }
    }
}
