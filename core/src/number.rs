//! Sizes and percentages: rounding and writing without the float formatter.
//!
//! `{}` on an `f64` links Rust's general float printing, which is large in
//! WebAssembly; these values only ever need two decimals.

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
}
