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
/// | `Mesothelioma8` | pleural mesothelioma | 8th (also used when the 9th is asked for) |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// The 8th-edition lung table.
    Lung8,
    /// The 9th-edition lung table.
    Lung9,
    /// The 8th-edition pleural mesothelioma table.
    Mesothelioma8,
}

impl Scheme {
    /// The scheme for a case, with a notice when the asked-for edition is not
    /// available (mesothelioma in the 9th edition).
    pub fn for_case(edition: Edition, histology: Histology) -> (Scheme, Option<Note>) {
        match (histology, edition) {
            (Histology::Mesothelioma, Edition::Eighth) => (Scheme::Mesothelioma8, None),
            (Histology::Mesothelioma, Edition::Ninth) => (
                Scheme::Mesothelioma8,
                Some(Note::fixed(NoteId::Mesothelioma9, SourceId::Meso8)),
            ),
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
            Scheme::Lung9 => Edition::Ninth,
        }
    }

    /// Whether this is a lung table rather than the mesothelioma one.
    pub const fn is_lung(self) -> bool {
        match self {
            Scheme::Lung8 | Scheme::Lung9 => true,
            Scheme::Mesothelioma8 => false,
        }
    }

    /// Accepts `t` if this scheme has it.
    pub fn check_t(self, t: T) -> Result<T, Error> {
        match self {
            Scheme::Lung8 | Scheme::Lung9 => Ok(t),
            Scheme::Mesothelioma8 if t.is_mesothelioma() => Ok(t),
            Scheme::Mesothelioma8 => Err(Error::code(Cause::NotInScheme {
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
            Scheme::Mesothelioma8 if n.is_mesothelioma() => Ok(n),
            Scheme::Mesothelioma8 => Err(Error::code(Cause::NotInScheme {
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
            Scheme::Lung9 | Scheme::Mesothelioma8 => self.check_n(n),
        }
    }

    /// Accepts `m` where a case gives it, as the category this scheme's table stages it as:
    /// as [`Scheme::accepts_n`], M1c1 and M1c2 are read as M1c with the 8th-edition lung table.
    pub fn accepts_m(self, m: M) -> Result<M, Error> {
        match self {
            Scheme::Lung8 => Ok(m.in_eighth()),
            Scheme::Lung9 | Scheme::Mesothelioma8 => self.check_m(m),
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
            Scheme::Mesothelioma8 if m.is_mesothelioma() => Ok(m),
            Scheme::Mesothelioma8 => Err(Error::code(Cause::NotInScheme {
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
    fn mesothelioma_ninth_falls_back_with_a_notice() {
        let (scheme, note) = Scheme::for_case(Edition::Ninth, Histology::Mesothelioma);
        assert_eq!(scheme, Scheme::Mesothelioma8);
        assert!(note.unwrap().text.to_string().contains("not supported yet"));
        assert_eq!(
            Scheme::for_case(Edition::Ninth, Histology::Sclc).0,
            Scheme::Lung9
        );
    }
}
