//! The one text helper every renderer shares.

/// `"brain"` -> `"Brain"`. Only an ASCII first letter changes: every text here starts with
/// one, and `char::to_uppercase` would link Unicode's case tables (several KiB of wasm).
pub fn capitalise(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
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
