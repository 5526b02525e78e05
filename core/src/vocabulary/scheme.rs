//! The staging scheme: which table and which categories apply to a case.

use crate::input::error::Cause;
use crate::reference::notes::NoteId;
use crate::{Edition, Error, Histology, M, N, Note, SourceId, T};

/// A staging table together with the categories it accepts.
///
/// | Scheme | Cancer types | Edition |
/// |---|---|---|
/// | `Lung8` | non-small cell, small cell, carcinoid | 8th |
/// | `Lung9` | non-small cell, small cell, carcinoid | 9th |
/// | `Mesothelioma8` | pleural mesothelioma | 8th (also a pathological case asked for in the 9th) |
/// | `Mesothelioma9` | pleural mesothelioma | 9th, clinical |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// The 8th-edition lung table.
    Lung8,
    /// The 9th-edition lung table.
    Lung9,
    /// The 8th-edition pleural mesothelioma table.
    Mesothelioma8,
    /// The 9th-edition pleural mesothelioma table, for a clinical case: clinical T from CT
    /// thickness.
    Mesothelioma9,
}

impl Scheme {
    /// The scheme for a case whose stage group is `pathological` (p or yp) or not, with the
    /// notice when the table used is not the asked-for edition's: the 9th-edition pathological
    /// groups of mesothelioma are not confirmed, so such a case uses the 8th-edition table.
    pub fn for_case(
        edition: Edition,
        histology: Histology,
        pathological: bool,
    ) -> (Scheme, Option<Note>) {
        match (histology, edition) {
            (Histology::Mesothelioma, Edition::Eighth) => (Scheme::Mesothelioma8, None),
            (Histology::Mesothelioma, Edition::Ninth) if pathological => (
                Scheme::Mesothelioma8,
                Some(Note::fixed(NoteId::Meso9Pathological, SourceId::Meso9)),
            ),
            (Histology::Mesothelioma, Edition::Ninth) => (Scheme::Mesothelioma9, None),
            (Histology::Nsclc | Histology::Sclc | Histology::Carcinoid, Edition::Eighth) => {
                (Scheme::Lung8, None)
            }
            (Histology::Nsclc | Histology::Sclc | Histology::Carcinoid, Edition::Ninth) => {
                (Scheme::Lung9, None)
            }
        }
    }

    /// The edition whose table this scheme is.
    pub const fn edition(self) -> Edition {
        match self {
            Scheme::Lung8 | Scheme::Mesothelioma8 => Edition::Eighth,
            Scheme::Lung9 | Scheme::Mesothelioma9 => Edition::Ninth,
        }
    }

    /// Whether this is a lung table rather than a mesothelioma one.
    pub const fn is_lung(self) -> bool {
        match self {
            Scheme::Lung8 | Scheme::Lung9 => true,
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => false,
        }
    }

    /// Accepts `t` if this scheme has it.
    pub fn check_t(self, t: T) -> Result<T, Error> {
        match self {
            Scheme::Lung8 | Scheme::Lung9 => Ok(t),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 if t.is_mesothelioma() => Ok(t),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => Err(Error::code(Cause::NotInScheme {
                code: t.code(),
                scheme: self,
            })),
        }
    }

    /// Accepts `n` if this scheme has it (N2a and N2b are 9th edition only).
    pub fn check_n(self, n: N) -> Result<N, Error> {
        match self {
            Scheme::Lung9 => Ok(n),
            Scheme::Lung8 if n.in_eighth() == n => Ok(n),
            Scheme::Lung8 => Err(Error::code(Cause::NotInScheme {
                code: n.code(),
                scheme: self,
            })),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 if n.is_mesothelioma() => Ok(n),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => Err(Error::code(Cause::NotInScheme {
                code: n.code(),
                scheme: self,
            })),
        }
    }

    /// Accepts `n` where a case gives it, as the category this scheme's table stages it as:
    /// a category of this scheme as it is, and with the 8th-edition lung table also N2a and
    /// N2b, read as their 8th-edition parent N2 (staging adds a note saying so).
    pub fn accepts_n(self, n: N) -> Result<N, Error> {
        match self {
            Scheme::Lung8 => Ok(n.in_eighth()),
            Scheme::Lung9 | Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => self.check_n(n),
        }
    }

    /// Accepts `m` where a case gives it, as the category this scheme's table stages it as:
    /// as [`Scheme::accepts_n`], M1c1 and M1c2 are read as M1c with the 8th-edition lung table.
    pub fn accepts_m(self, m: M) -> Result<M, Error> {
        match self {
            Scheme::Lung8 => Ok(m.in_eighth()),
            Scheme::Lung9 | Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => self.check_m(m),
        }
    }

    /// Accepts `m` if this scheme has it (M1c1 and M1c2 are 9th edition only).
    pub fn check_m(self, m: M) -> Result<M, Error> {
        match self {
            Scheme::Lung9 => Ok(m),
            Scheme::Lung8 if m.in_eighth() == m => Ok(m),
            Scheme::Lung8 => Err(Error::code(Cause::NotInScheme {
                code: m.code(),
                scheme: self,
            })),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 if m.is_mesothelioma() => Ok(m),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => Err(Error::code(Cause::NotInScheme {
                code: m.code(),
                scheme: self,
            })),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edition_mismatches_are_named() {
        let err = Scheme::Lung8.check_n(N::N2a).unwrap_err().to_string();
        assert!(err.contains("N2a") && err.contains("9th"), "{err}");
        let err = Scheme::Lung8.check_m(M::M1c2).unwrap_err().to_string();
        assert!(err.contains("M1c2") && err.contains("9th"), "{err}");
        assert!(Scheme::Lung9.check_n(N::N2).is_ok());
        assert!(Scheme::Mesothelioma8.check_t(T::T1a).is_err());
        assert!(Scheme::Mesothelioma8.check_n(N::N3).is_err());
        assert!(Scheme::Mesothelioma8.check_m(M::M1a).is_err());
        assert!(Scheme::Mesothelioma8.check_m(M::M1).is_ok());
    }

    #[test]
    fn mesothelioma_follows_the_edition_choice() {
        use Histology::{Mesothelioma, Nsclc, Sclc};
        let cases = [
            (
                Edition::Ninth,
                Mesothelioma,
                false,
                Scheme::Mesothelioma9,
                false,
            ),
            (
                Edition::Eighth,
                Mesothelioma,
                false,
                Scheme::Mesothelioma8,
                false,
            ),
            (
                Edition::Eighth,
                Mesothelioma,
                true,
                Scheme::Mesothelioma8,
                false,
            ),
            // The 9th-edition pathological groups are not confirmed: the 8th table, said so.
            (
                Edition::Ninth,
                Mesothelioma,
                true,
                Scheme::Mesothelioma8,
                true,
            ),
            (Edition::Ninth, Sclc, true, Scheme::Lung9, false),
            (Edition::Eighth, Nsclc, false, Scheme::Lung8, false),
        ];
        for (edition, histology, pathological, scheme, noticed) in cases {
            let (got, note) = Scheme::for_case(edition, histology, pathological);
            assert_eq!(
                (got, note.is_some()),
                (scheme, noticed),
                "{edition} {histology}"
            );
        }
        for meso in [Scheme::Mesothelioma8, Scheme::Mesothelioma9] {
            assert!(meso.check_t(T::T1a).is_err());
            assert!(meso.check_n(N::N3).is_err());
            assert!(meso.check_m(M::M1a).is_err());
        }
    }
}
