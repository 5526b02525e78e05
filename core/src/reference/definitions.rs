//! What each T, N and M category means, in one short phrase per table: shown beside a
//! category entered directly, and beside each choice that would decide a stage. Our own
//! summaries of the published definitions; the full ones have more detail. The widget's wasm
//! carries only which source defines each category ([`definition_source`]); the words load
//! after its first answer (`deferred::definition`).

use crate::rules::reason::Category;
use crate::{M, N, Scheme, SourceId, T};

/// The definition of `category` in `scheme`'s table, with its source; `None` for a category
/// the table does not have.
///
/// ```
/// use lungstage::{N, Scheme, SourceId, definition};
///
/// let (words, source) = definition(Scheme::Lung9, N::N2a.into()).unwrap();
/// assert!(words.contains("single"));
/// assert_eq!(source, SourceId::Iaslc9);
/// assert_eq!(definition(Scheme::Lung8, N::N2a.into()), None);
/// ```
pub fn definition(scheme: Scheme, category: Category) -> Option<(&'static str, SourceId)> {
    rows(scheme, category, |words, source| (words, source))
}

/// The source of `category`'s definition in `scheme`'s table, without its words: all a
/// staging result needs, so the words stay out of a build that never asks for them.
///
/// ```
/// use lungstage::{M, Scheme, SourceId, definition_source};
///
/// assert_eq!(definition_source(Scheme::Lung9, M::M1c2.into()), Some(SourceId::Iaslc9M));
/// assert_eq!(definition_source(Scheme::Lung8, M::M1c2.into()), None);
/// ```
pub fn definition_source(scheme: Scheme, category: Category) -> Option<SourceId> {
    rows(scheme, category, |_, source| source)
}

/// The row of `category` in `scheme`'s table, given to `row` as its words and its source.
fn rows<R>(
    scheme: Scheme,
    category: Category,
    row: impl Fn(&'static str, SourceId) -> R,
) -> Option<R> {
    match scheme {
        Scheme::Lung8 | Scheme::Lung9 => lung(scheme, category, row),
        Scheme::Mesothelioma8 => mesothelioma(category, row),
        Scheme::Mesothelioma9 => mesothelioma9(category, row),
    }
}

fn lung<R>(
    scheme: Scheme,
    category: Category,
    row: impl Fn(&'static str, SourceId) -> R,
) -> Option<R> {
    let ajcc = |words: &'static str| Some(row(words, SourceId::Ajcc8));
    let iaslc = |words: &'static str, source: SourceId| Some(row(words, source));
    let ninth = scheme == Scheme::Lung9;
    match category {
        Category::T(t) => match t {
            T::Tx => ajcc(
                "the main tumour cannot be assessed, or is known only from cancer cells in sputum or washings",
            ),
            T::T0 => ajcc("no sign of a main tumour"),
            T::Tis => ajcc("carcinoma in situ: cancer cells that have not invaded (AIS or SCIS)"),
            T::T1mi => {
                ajcc("minimally invasive adenocarcinoma: at most 3 cm, invading 0.5 cm or less")
            }
            T::T1 => ajcc("at most 3 cm, within the lung, not reaching the main bronchus"),
            T::T1a => ajcc(
                "at most 1 cm, or a superficial spreading tumour confined to the bronchial wall",
            ),
            T::T1b => ajcc("over 1 cm and at most 2 cm"),
            T::T1c => ajcc("over 2 cm and at most 3 cm"),
            T::T2 => ajcc(
                "over 3 cm and at most 5 cm, or reaching the main bronchus or the visceral pleura, or a collapse reaching the hilum",
            ),
            T::T2a => ajcc(
                "over 3 cm and at most 4 cm, or a T2 finding with a size of at most 4 cm or not known",
            ),
            T::T2b => ajcc("over 4 cm and at most 5 cm"),
            T::T3 => ajcc(
                "over 5 cm and at most 7 cm, or invading the chest wall, parietal pleura, phrenic nerve or parietal pericardium, or a separate nodule in the same lobe",
            ),
            T::T4 => ajcc(
                "over 7 cm, or invading a structure such as the diaphragm, mediastinum, heart, great vessels, trachea, oesophagus or spine, or a separate nodule in another lobe on the same side",
            ),
        },
        Category::N(n) => match n {
            N::Nx => ajcc("the regional lymph nodes cannot be assessed"),
            N::N0 => ajcc("no cancer in the regional lymph nodes"),
            N::N1 => ajcc("nodes in the lung or at its root (hilum), on the tumour's side"),
            N::N2 if !ninth => ajcc(
                "nodes in the middle of the chest (mediastinum) on the tumour's side, or below the carina",
            ),
            N::N2 => iaslc(
                "nodes in the middle of the chest on the tumour's side: N2a if one station, N2b if several",
                SourceId::Iaslc9,
            ),
            N::N2a if ninth => iaslc(
                "a single mediastinal or subcarinal station on the tumour's side",
                SourceId::Iaslc9,
            ),
            N::N2b if ninth => iaslc(
                "several mediastinal stations on the tumour's side",
                SourceId::Iaslc9,
            ),
            N::N2a | N::N2b => None,
            N::N3 => ajcc(
                "nodes on the other side of the chest, or above the collarbone (scalene or supraclavicular)",
            ),
        },
        Category::M(m) => match m {
            M::M0 => ajcc("no distant spread"),
            M::M1 => ajcc("distant spread"),
            M::M1a => ajcc(
                "a nodule in the other lung, nodules on the pleura or pericardium, or fluid with cancer cells around the lung or heart",
            ),
            M::M1b => ajcc("a single metastasis outside the chest, in one organ"),
            M::M1c if !ninth => {
                ajcc("several metastases outside the chest, in one or several organs")
            }
            M::M1c => iaslc(
                "several metastases outside the chest: M1c1 if in one organ system, M1c2 if in several",
                SourceId::Iaslc9M,
            ),
            M::M1c1 if ninth => iaslc(
                "several metastases outside the chest, in one organ system",
                SourceId::Iaslc9M,
            ),
            M::M1c2 if ninth => iaslc(
                "metastases outside the chest in several organ systems",
                SourceId::Iaslc9M,
            ),
            M::M1c1 | M::M1c2 => None,
        },
    }
}

fn mesothelioma<R>(category: Category, row: impl Fn(&'static str, SourceId) -> R) -> Option<R> {
    let meso = |words: &'static str| Some(row(words, SourceId::Meso8));
    match category {
        Category::T(t) => match t {
            T::Tx => meso("the main tumour cannot be assessed"),
            T::T0 => meso("no sign of a main tumour"),
            T::T1 => meso(
                "on the pleura of one side only (the chest-wall lining, with or without the lung's)",
            ),
            T::T2 => meso(
                "on every pleural surface of one side, and into the diaphragm muscle or the lung",
            ),
            T::T3 => meso(
                "locally advanced but possibly removable: into the chest-wall fascia, mediastinal fat, one spot of the chest wall, or the pericardium without going through it",
            ),
            T::T4 => meso(
                "locally advanced and not removable: spread widely into the chest wall, through the diaphragm, to the other side, into mediastinal organs or the spine, or through the pericardium",
            ),
            _ => None,
        },
        Category::N(n) => match n {
            N::Nx => meso("the regional lymph nodes cannot be assessed"),
            N::N0 => meso("no cancer in the regional lymph nodes"),
            N::N1 => meso("nodes within the chest on the tumour's side"),
            N::N2 => meso("nodes on the other side of the chest, or above the collarbone"),
            _ => None,
        },
        Category::M(m) => match m {
            M::M0 => meso("no distant spread"),
            M::M1 => meso("distant spread"),
            _ => None,
        },
    }
}

/// The 9th edition's clinical T, from CT thickness and invasion (UICC TNM 9 via NDRS; SEER
/// EOD V9). N keeps its 8th-edition meaning (docs/clinical-decisions.md#d30).
fn mesothelioma9<R>(category: Category, row: impl Fn(&'static str, SourceId) -> R) -> Option<R> {
    let meso9 = |words: &'static str| Some(row(words, SourceId::Meso9));
    match category {
        Category::T(t) => match t {
            T::T1 => meso9("thin on CT: Psum at most 12 mm and Fmax at most 5 mm"),
            T::T2 => meso9(
                "Psum at most 12 mm with Fmax over 5 mm, mediastinal fat or one chest-wall focus; or Psum over 12 mm and at most 30 mm",
            ),
            T::T3 => meso9("Psum over 30 mm"),
            T::T4 => meso9(
                "grown widely into the chest wall, or into a rib, mediastinal organs or the spine, through the diaphragm or pericardium, to the other side, or a malignant pericardial effusion; any thickness",
            ),
            T::Tx => meso9("the main tumour cannot be assessed"),
            T::T0 => meso9("no sign of a main tumour"),
            T::Tis | T::T1mi | T::T1a | T::T1b | T::T1c | T::T2a | T::T2b => None,
        },
        Category::N(_) => mesothelioma(category, row),
        Category::M(m) => match m {
            M::M0 => meso9("no distant spread"),
            M::M1 => meso9("distant spread"),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_of_a_table_has_a_definition_and_no_other() {
        for scheme in [
            Scheme::Lung8,
            Scheme::Lung9,
            Scheme::Mesothelioma8,
            Scheme::Mesothelioma9,
        ] {
            for &t in T::ALL {
                assert_eq!(
                    definition(scheme, t.into()).is_some(),
                    scheme.check_t(t).is_ok(),
                    "{scheme:?} {t}"
                );
            }
            for &n in N::ALL {
                assert_eq!(
                    definition(scheme, n.into()).is_some(),
                    scheme.check_n(n).is_ok(),
                    "{scheme:?} {n}"
                );
            }
            for &m in M::ALL {
                assert_eq!(
                    definition(scheme, m.into()).is_some(),
                    scheme.check_m(m).is_ok(),
                    "{scheme:?} {m}"
                );
            }
        }
    }

    #[test]
    fn the_source_alone_is_the_source_of_the_definition() {
        for scheme in [Scheme::Lung8, Scheme::Lung9, Scheme::Mesothelioma8] {
            let categories = T::ALL.iter().map(|&t| Category::T(t));
            let categories = categories.chain(N::ALL.iter().map(|&n| Category::N(n)));
            for c in categories.chain(M::ALL.iter().map(|&m| Category::M(m))) {
                assert_eq!(
                    definition_source(scheme, c),
                    definition(scheme, c).map(|(_, source)| source),
                    "{scheme:?} {c}"
                );
            }
        }
    }
}
