//! Sizes and percentages: rounding, reading and writing without the float
//! formatter or parser.
//!
//! `{}` on an `f64` links Rust's general float printing, and `str::parse::<f64>`
//! its general float reading (with a 10 KB table of powers of five): both are
//! large in WebAssembly, and these values only ever need a few decimals.

use std::fmt::Write as _;

/// Rounds a size in cm to the nearest 0.01 cm (0.1 mm), the precision the
/// staging rules use everywhere. Boundaries stay exact: 3.0000001 is 3.
pub fn round_size(cm: f64) -> f64 {
    (cm * 100.0).round() / 100.0
}

/// Writes `x` with at most two decimals and no trailing zeros: `3.4`, `3`,
/// `31.7`, `-2.05`. Values beyond ±10^15 are written as a word, since no
/// size or percentage here is that large.
pub fn decimal(x: f64) -> String {
    if !x.is_finite() || x.abs() >= 1e15 {
        return if x.is_nan() {
            "not a number".to_owned()
        } else {
            "a huge number".to_owned()
        };
    }
    let hundredths = (x * 100.0).round() as i64;
    let mut out = String::new();
    if hundredths < 0 {
        out.push('-');
    }
    let abs = hundredths.unsigned_abs();
    let _ = write!(out, "{}", abs / 100);
    match abs % 100 {
        0 => {}
        f if f % 10 == 0 => {
            let _ = write!(out, ".{}", f / 10);
        }
        f => {
            let _ = write!(out, ".{f:02}");
        }
    }
    out
}

/// Reads a decimal number as a person or a number field writes it: `3.4`,
/// `-2`, `.5`, `5.`, `+1.25`, `1e1`, `2.5E-1`. Returns `None` for anything
/// else (no `inf` or `nan`). Up to 15 significant digits and exponents within
/// ±22 the result equals `str::parse::<f64>`; beyond that it may differ in the
/// last place, which no size (rounded to 0.01 cm) can notice.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let (mut mantissa, mut exponent, mut digits, mut point) = (0u64, 0i32, 0u32, false);
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    exponent -= i32::from(point);
                } else {
                    // Digits past 19 only scale the value.
                    exponent += i32::from(!point);
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        let rest = &text[i + 1..];
        let unsigned = rest.strip_prefix(['+', '-']).unwrap_or(rest);
        if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // Any exponent past ±400 already gives 0 or infinity.
        let e = unsigned
            .bytes()
            .fold(0i32, |e, b| (e * 10 + i32::from(b - b'0')).min(400));
        exponent += if rest.starts_with('-') { -e } else { e };
    } else if i != bytes.len() {
        return None;
    }
    // Powers of ten up to 1e22 are exact, and one correctly rounded product or
    // quotient of two exact values is what a full parser returns.
    let mut value = mantissa as f64;
    let mut left = exponent.unsigned_abs();
    while left > 0 {
        let step = left.min(22);
        let power = (0..step).fold(1.0f64, |p, _| p * 10.0);
        value = if exponent < 0 {
            value / power
        } else {
            value * power
        };
        left -= step;
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_two_decimals_at_most() {
        for (x, text) in [
            (3.4, "3.4"),
            (3.0, "3"),
            (0.5, "0.5"),
            (31.7, "31.7"),
            (2.05, "2.05"),
            (7.1, "7.1"),
            (0.004, "0"),
            (-2.5, "-2.5"),
            (-0.05, "-0.05"),
            (1e20, "a huge number"),
            (f64::NAN, "not a number"),
            (f64::INFINITY, "a huge number"),
            (92.0, "92"),
        ] {
            assert_eq!(decimal(x), text, "{x}");
        }
    }

    #[test]
    fn rounding_keeps_boundaries_exact() {
        assert_eq!(round_size(3.0000001), 3.0);
        assert_eq!(round_size(3.004), 3.0);
        assert_eq!(round_size(3.006), 3.01);
        assert_eq!(round_size(2.0 + 1.0 / 3.0), 2.33);
        for tenth in 1..=300 {
            let x = f64::from(tenth) / 10.0;
            assert_eq!(round_size(x), x);
            assert_eq!(decimal(x).parse::<f64>().unwrap(), x);
        }
    }

    #[test]
    fn reads_decimals_as_the_float_parser_does() {
        for text in [
            "3.4",
            "3",
            "0.5",
            ".5",
            "5.",
            "+1.25",
            "-2",
            "-0.05",
            "31.7",
            "2.05",
            "0.004",
            "1e1",
            "2.5E-1",
            "1e+2",
            "007.50",
            "0",
            "-0",
            "30.0000001",
            "123456789012345",
            "1e22",
            "0.1e-5",
            "99999999999999999999999",
            "1e400",
            "1e-400",
        ] {
            let std = text.parse::<f64>().unwrap();
            let ours = parse_decimal(text).unwrap();
            assert!(
                ours == std || (ours - std).abs() <= std.abs() * 1e-15,
                "{text}: {ours} vs {std}"
            );
            assert_eq!(ours.is_sign_negative(), std.is_sign_negative(), "{text}");
        }
        for text in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "inf", "NaN", "2cm", " 2", "2 ",
            "--1", "1e5x", "0x10",
        ] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
        // Every size to 0.001 cm up to 40 cm, written the ways a number field may write it.
        for thousandths in 0..=40_000u32 {
            let (whole, frac) = (thousandths / 1000, thousandths % 1000);
            for text in [format!("{whole}.{frac:03}"), format!("{thousandths}e-3")] {
                assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{text}");
            }
        }
    }
}
