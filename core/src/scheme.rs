//! The staging scheme: which table and which categories apply to a case.

use crate::{Edition, Error, Histology, M, N, Note, SourceId, T};

/// A staging table together with the categories it accepts.
///
/// | Scheme | Cancer types | Edition |
/// |---|---|---|
/// | `Lung8` | non-small cell, small cell, carcinoid | 8th |
/// | `Lung9` | non-small cell, small cell, carcinoid | 9th |
/// | `Mesothelioma8` | pleural mesothelioma | 8th (also pathological cases asked for in the 9th) |
/// | `Mesothelioma9` | pleural mesothelioma | 9th, clinical |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    Lung8,
    Lung9,
    Mesothelioma8,
    Mesothelioma9,
}

/// Why a pathological mesothelioma case asked for in the 9th edition uses the 8th-edition table.
pub(crate) const MESO9_PATHOLOGICAL: &str = "The 9th-edition pathological stage groups for pleural \
    mesothelioma have not been confirmed in a primary source, so this pathological case is staged \
    with the 8th-edition mesothelioma table and its pT descriptors.";

impl Scheme {
    /// The scheme for a case's edition and cancer type, read as clinical.
    pub const fn for_case(edition: Edition, histology: Histology) -> Scheme {
        match (histology, edition) {
            (Histology::Mesothelioma, Edition::Eighth) => Scheme::Mesothelioma8,
            (Histology::Mesothelioma, Edition::Ninth) => Scheme::Mesothelioma9,
            (Histology::Nsclc | Histology::Sclc | Histology::Carcinoid, Edition::Eighth) => {
                Scheme::Lung8
            }
            (Histology::Nsclc | Histology::Sclc | Histology::Carcinoid, Edition::Ninth) => {
                Scheme::Lung9
            }
        }
    }

    /// The scheme for a case whose stage group is `pathological` (p or yp) or not, with the
    /// notice when the table used is not the asked-for edition's: pathological mesothelioma
    /// in the 9th edition is staged by the 8th-edition table.
    pub fn for_classified_case(
        edition: Edition,
        histology: Histology,
        pathological: bool,
    ) -> (Scheme, Option<Note>) {
        match Scheme::for_case(edition, histology) {
            Scheme::Mesothelioma9 if pathological => (
                Scheme::Mesothelioma8,
                Some(Note::new(MESO9_PATHOLOGICAL, SourceId::Meso9)),
            ),
            scheme => (scheme, None),
        }
    }

    pub const fn edition(self) -> Edition {
        match self {
            Scheme::Lung8 | Scheme::Mesothelioma8 => Edition::Eighth,
            Scheme::Lung9 | Scheme::Mesothelioma9 => Edition::Ninth,
        }
    }

    pub const fn is_lung(self) -> bool {
        match self {
            Scheme::Lung8 | Scheme::Lung9 => true,
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => false,
        }
    }

    /// The source of the scheme's stage table.
    pub const fn table_source(self) -> SourceId {
        match self {
            Scheme::Lung8 => SourceId::Ajcc8,
            Scheme::Lung9 => SourceId::Iaslc9,
            Scheme::Mesothelioma8 => SourceId::Meso8,
            Scheme::Mesothelioma9 => SourceId::Meso9,
        }
    }

    /// Accepts `t` if this scheme has it.
    pub fn check_t(self, t: T) -> Result<T, Error> {
        match self {
            Scheme::Lung8 | Scheme::Lung9 => Ok(t),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 if t.is_mesothelioma() => Ok(t),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => Err(Error::category(
                t.code(),
                "is a lung category; pleural mesothelioma uses TX, T0, T1, T2, T3 or T4",
            )),
        }
    }

    /// Accepts `n` if this scheme has it (N2a and N2b are 9th edition only).
    pub fn check_n(self, n: N) -> Result<N, Error> {
        match self {
            Scheme::Lung9 => Ok(n),
            Scheme::Lung8 if n.in_eighth() == n => Ok(n),
            Scheme::Lung8 => Err(Error::category(
                n.code(),
                "is a 9th-edition category; the 8th edition has N2 (or choose the 9th edition)",
            )),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 if n.is_mesothelioma() => Ok(n),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => Err(Error::category(
                n.code(),
                "is a lung category; pleural mesothelioma uses NX, N0, N1 or N2",
            )),
        }
    }

    /// Accepts `m` if this scheme has it (M1c1 and M1c2 are 9th edition only).
    pub fn check_m(self, m: M) -> Result<M, Error> {
        match self {
            Scheme::Lung9 => Ok(m),
            Scheme::Lung8 if m.in_eighth() == m => Ok(m),
            Scheme::Lung8 => Err(Error::category(
                m.code(),
                "is a 9th-edition category; the 8th edition has M1c (or choose the 9th edition)",
            )),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 if m.is_mesothelioma() => Ok(m),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => Err(Error::category(
                m.code(),
                "is a lung category; pleural mesothelioma uses M0 or M1",
            )),
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
        for meso in [Scheme::Mesothelioma8, Scheme::Mesothelioma9] {
            assert!(meso.check_t(T::T1a).is_err());
            assert!(meso.check_n(N::N3).is_err());
            assert!(meso.check_m(M::M1a).is_err());
            assert!(meso.check_m(M::M1).is_ok());
        }
    }

    #[test]
    fn mesothelioma_follows_the_edition_choice() {
        let cases = [
            (
                Edition::Ninth,
                Histology::Mesothelioma,
                false,
                Scheme::Mesothelioma9,
                false,
            ),
            (
                Edition::Eighth,
                Histology::Mesothelioma,
                false,
                Scheme::Mesothelioma8,
                false,
            ),
            (
                Edition::Eighth,
                Histology::Mesothelioma,
                true,
                Scheme::Mesothelioma8,
                false,
            ),
            // Pathological groups of the 9th edition are not confirmed: the 8th table, said so.
            (
                Edition::Ninth,
                Histology::Mesothelioma,
                true,
                Scheme::Mesothelioma8,
                true,
            ),
            (Edition::Ninth, Histology::Sclc, true, Scheme::Lung9, false),
            (
                Edition::Eighth,
                Histology::Nsclc,
                false,
                Scheme::Lung8,
                false,
            ),
        ];
        for (edition, histology, pathological, scheme, noticed) in cases {
            let (got, note) = Scheme::for_classified_case(edition, histology, pathological);
            assert_eq!(
                (got, note.is_some()),
                (scheme, noticed),
                "{edition} {histology} {pathological}"
            );
        }
        assert_eq!(
            Scheme::for_case(Edition::Ninth, Histology::Mesothelioma).edition(),
            Edition::Ninth
        );
    }
}
