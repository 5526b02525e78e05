//! The case's classification (c, p, yc, yp, r, a) and the prefix each of T, N, M and the
//! stage group takes from it. Rules: `docs/classification.md`.

use serde::Serialize;

use crate::messages::{Msg, Word};
use crate::{M, Prefix};

/// The effective prefix of each axis and of the stage group.
///
/// | Axis | Prefix |
/// |---|---|
/// | T, N | as written on the category, else the case's classification |
/// | M0 | always `c` (there is no pM0) |
/// | M1 | as written, else the case's, except that `p` and `yp` give `c` (pM1 needs the metastasis itself examined) |
/// | group | `a` or `r` if any axis has it; pathological when T and N are (or M is pM1): `yp` after neoadjuvant treatment, else `p`; otherwise `yc` after neoadjuvant treatment, else `c` |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct StagePrefixes {
    /// The prefix of T.
    pub t: Prefix,
    /// The prefix of N.
    pub n: Prefix,
    /// The prefix of M.
    pub m: Prefix,
    /// The prefix of the stage group, which says whether the stage is clinical or pathological.
    pub group: Prefix,
}

impl Prefix {
    /// `p` and `yp`.
    pub const fn is_pathological(self) -> bool {
        match self {
            Prefix::P | Prefix::Yp => true,
            Prefix::C | Prefix::Yc | Prefix::R | Prefix::A => false,
        }
    }

    /// `yc` and `yp`: after neoadjuvant treatment.
    pub const fn is_post_therapy(self) -> bool {
        match self {
            Prefix::Yc | Prefix::Yp => true,
            Prefix::C | Prefix::P | Prefix::R | Prefix::A => false,
        }
    }

    /// `c` and `p`: the stage at diagnosis, before any treatment or from the first operation.
    /// The treatment texts and the SEER figures describe a cancer at diagnosis, so they are
    /// not shown for a stage after treatment (`yc`, `yp`), at recurrence or at autopsy.
    pub const fn is_at_diagnosis(self) -> bool {
        match self {
            Prefix::C | Prefix::P => true,
            Prefix::Yc | Prefix::Yp | Prefix::R | Prefix::A => false,
        }
    }

    /// The word for a stage group: "clinical", "pathological", ..., in the installed language.
    pub fn name(self) -> String {
        self.name_msg().to_string()
    }

    /// [`Prefix::name`] as a word of the messages layer.
    pub const fn name_msg(self) -> Word {
        Word(match self {
            Prefix::C => Msg::NameClassificationC,
            Prefix::P => Msg::NameClassificationP,
            Prefix::Yc => Msg::NameClassificationYc,
            Prefix::Yp => Msg::NameClassificationYp,
            Prefix::R => Msg::NameClassificationR,
            Prefix::A => Msg::NameClassificationA,
        })
    }
}

/// The prefix an M category takes when none is written.
fn unwritten_m(case: Prefix) -> Prefix {
    match case {
        // AJCC 8th ed. ch. 1: pathological classifications use cM0, cM1 or pM1.
        Prefix::C | Prefix::P | Prefix::Yc | Prefix::Yp => Prefix::C,
        Prefix::R => Prefix::R,
        Prefix::A => Prefix::A,
    }
}

/// The effective prefixes for a case classified `case` whose T, N and M were written with
/// the given prefixes (`None`: not written, or derived from findings).
///
/// ```
/// use lungstage::{M, Prefix, stage_prefixes};
///
/// let p = stage_prefixes(Prefix::P, None, None, (None, M::M0));
/// assert_eq!((p.t, p.n, p.m, p.group), (Prefix::P, Prefix::P, Prefix::C, Prefix::P));
/// let c = stage_prefixes(Prefix::C, Some(Prefix::C), Some(Prefix::P), (None, M::M0));
/// assert_eq!(c.group, Prefix::C);
/// ```
pub fn stage_prefixes(
    case: Prefix,
    t: Option<Prefix>,
    n: Option<Prefix>,
    m: (Option<Prefix>, M),
) -> StagePrefixes {
    let t = t.unwrap_or(case);
    let n = n.unwrap_or(case);
    let (m_prefix, m_category) = m;
    let m = match m_category {
        // There is no pM0: M0 is always clinical.
        M::M0 => Prefix::C,
        M::M1 | M::M1a | M::M1b | M::M1c | M::M1c1 | M::M1c2 => {
            m_prefix.unwrap_or_else(|| unwritten_m(case))
        }
    };
    let axes = [t, n, m];
    let post = axes.iter().any(|p| p.is_post_therapy());
    let group = if axes.contains(&Prefix::A) {
        Prefix::A
    } else if axes.contains(&Prefix::R) {
        Prefix::R
    } else if (t.is_pathological() && n.is_pathological()) || m.is_pathological() {
        // AJCC 8th ed. ch. 1: pT and pN (any M), or pM1 alone, give a pathological stage.
        if post { Prefix::Yp } else { Prefix::P }
    } else if post {
        Prefix::Yc
    } else {
        Prefix::C
    };
    StagePrefixes { t, n, m, group }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Prefix::{A, C, P, R, Yc, Yp};

    #[test]
    fn prefixes_follow_the_rules() {
        let cases = [
            // (case, written T, N, M, M category) -> (t, n, m, group)
            ((C, None, None, None, M::M0), (C, C, C, C)),
            ((P, None, None, None, M::M0), (P, P, C, P)),
            ((C, Some(P), Some(P), Some(C), M::M0), (P, P, C, P)),
            ((C, Some(C), Some(P), Some(C), M::M0), (C, P, C, C)),
            ((C, Some(P), Some(P), Some(P), M::M1b), (P, P, P, P)),
            ((C, Some(C), Some(C), Some(P), M::M1b), (C, C, P, P)),
            ((C, Some(Yp), Some(Yp), Some(C), M::M0), (Yp, Yp, C, Yp)),
            ((Yp, None, None, None, M::M0), (Yp, Yp, C, Yp)),
            ((Yp, Some(Yc), None, None, M::M0), (Yc, Yp, C, Yc)),
            ((Yc, None, None, None, M::M1a), (Yc, Yc, C, Yc)),
            // pM0 does not exist: read as cM0.
            ((P, None, None, Some(P), M::M0), (P, P, C, P)),
            ((C, None, None, Some(P), M::M0), (C, C, C, C)),
            // A pathological case does not make an unwritten M1 pathological.
            ((P, None, None, None, M::M1c), (P, P, C, P)),
            ((P, Some(C), None, None, M::M1c), (C, P, C, C)),
            ((R, None, None, None, M::M1a), (R, R, R, R)),
            ((R, None, None, None, M::M0), (R, R, C, R)),
            ((A, None, None, None, M::M0), (A, A, C, A)),
            ((C, Some(R), None, None, M::M0), (R, C, C, R)),
        ];
        for ((case, t, n, m, mc), (et, en, em, eg)) in cases {
            let got = stage_prefixes(case, t, n, (m, mc));
            assert_eq!(
                got,
                StagePrefixes {
                    t: et,
                    n: en,
                    m: em,
                    group: eg
                },
                "{case} {t:?} {n:?} {m:?} {mc}"
            );
        }
    }

    #[test]
    fn every_classification_gives_a_group_of_its_kind() {
        for &case in Prefix::ALL {
            let got = stage_prefixes(case, None, None, (None, M::M0));
            assert_eq!((got.t, got.n, got.group), (case, case, case));
        }
    }
}
