//! A size as a person types it, read into centimetres or refused with what is wrong.

use crate::Error;
use crate::input::error::{Cause, Excerpt, FieldPath};
use crate::messages::Msg;

/// Reads a size as a person types it: digits with at most one decimal mark,
/// a point or a comma as many European readers write it, and optional spaces
/// around: `2.5`, `2,5`, ` 0,9 `, `.5`, `12`. Anything else is an error at
/// `tumor.size_cm` naming what was wrong, never a different number.
///
/// ```
/// use lungstage::parse_size_text;
/// assert_eq!(parse_size_text(" 2,5 "), Ok(2.5));
/// assert!(parse_size_text("2.5.1").is_err());
/// ```
pub fn parse_size_text(text: &str) -> Result<f64, Error> {
    let text = text.trim();
    // Bytes, not chars or patterns: this runs in the widget's first load.
    let (mut mantissa, mut places, mut marks, mut digits) = (0u64, 0i32, 0, 0);
    let mut wrong = None;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' if mantissa < 100_000_000_000_000 => {
                digits += 1;
                mantissa = mantissa * 10 + u64::from(b - b'0');
                places += i32::from(marks > 0);
            }
            // Digits past 15 are below any size's precision.
            b'0'..=b'9' => places -= i32::from(marks == 0),
            b'.' | b',' => marks += 1,
            b if b.is_ascii_whitespace() => wrong = wrong.or(Some(Msg::HasSpace)),
            b if b.is_ascii_alphabetic() => wrong = wrong.or(Some(Msg::HasLetter)),
            _ => wrong = wrong.or(Some(Msg::HasSign)),
        }
    }
    let what = match (wrong, marks, digits) {
        (Some(what), ..) => what,
        (None, 2.., _) => Msg::HasMarks,
        (None, _, 0) => Msg::HasNoDigits,
        (None, ..) => {
            // One correctly rounded quotient or product of exact values, as in `parse_decimal`.
            let power = (0..places.unsigned_abs()).fold(1.0f64, |p, _| p * 10.0);
            return Ok(if places < 0 {
                mantissa as f64 * power
            } else {
                mantissa as f64 / power
            });
        }
    };
    Err(Error::field(
        FieldPath::TumorSize,
        Cause::NotANumber {
            text: Excerpt::new(text),
            has: what,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sizes_with_a_point_or_a_comma() {
        for (text, cm) in [
            ("2,5", 2.5),
            ("0,9", 0.9),
            ("3,4", 3.4),
            ("2.5", 2.5),
            (" 2,5 ", 2.5),
            ("12", 12.0),
            (",5", 0.5),
            ("5,", 5.0),
            ("007,50", 7.5),
            ("\t3.4\n", 3.4),
            ("0,125", 0.125),
        ] {
            assert_eq!(parse_size_text(text), Ok(cm), "{text:?}");
        }
        // Digits past 15 only scale the value.
        let long = parse_size_text("1234567890123456789").unwrap();
        assert!(
            (long / 1.234_567_890_123_456_8e18 - 1.0).abs() < 1e-14,
            "{long}"
        );
        // The same number as the float parser for every size to 0.001 cm up to 40 cm.
        for thousandths in 0..=40_000u32 {
            let text = format!("{},{:03}", thousandths / 1000, thousandths % 1000);
            let std = text.replace(',', ".").parse::<f64>().unwrap();
            assert_eq!(parse_size_text(&text), Ok(std), "{text}");
        }
        for (text, named) in [
            ("2.5.1", "`2.5.1` has more than one decimal mark"),
            ("2,5,1", "has more than one decimal mark"),
            ("1,000.5", "has more than one decimal mark"),
            ("abc", "`abc` has a letter"),
            ("2cm", "has a letter"),
            ("2 5", "has a space"),
            ("-2", "has a sign that is not a digit"),
            ("1e1", "has a letter"),
            ("2µm", "has a sign that is not a digit"),
            ("", "has no digits"),
            (",", "has no digits"),
        ] {
            match parse_size_text(text) {
                Err(e) => {
                    assert_eq!(
                        e.at,
                        crate::At::Field(crate::FieldPath::TumorSize),
                        "{text:?}"
                    );
                    let reason = e.reason();
                    assert!(reason.contains(named), "{text:?}: {reason}");
                }
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }
}
