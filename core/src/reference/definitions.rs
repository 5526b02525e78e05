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
    let source = definition_source(scheme, category)?;
    let key = crate::deferred::definition_text(scheme, category);
    Some((crate::deferred::english::text(&key), source))
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
    rows(scheme, category, |source| source)
}

/// The row of `category` in `scheme`'s table, given to `row` as its source. The words are in
/// `messages/texts/en.ftl` under the definition's key (`deferred::definition_text`).
fn rows<R>(scheme: Scheme, category: Category, row: impl Fn(SourceId) -> R) -> Option<R> {
    match scheme {
        Scheme::Lung8 | Scheme::Lung9 => lung(scheme, category, row),
        Scheme::Mesothelioma8 => mesothelioma(category, row),
        Scheme::Mesothelioma9 => mesothelioma9(category, row),
    }
}

fn lung<R>(scheme: Scheme, category: Category, row: impl Fn(SourceId) -> R) -> Option<R> {
    let ajcc = || Some(row(SourceId::Ajcc8));
    let iaslc = |source: SourceId| Some(row(source));
    let ninth = scheme == Scheme::Lung9;
    match category {
        Category::T(t) => match t {
            T::Tx => ajcc(),
            T::T0 => ajcc(),
            T::Tis => ajcc(),
            T::T1mi => ajcc(),
            T::T1 => ajcc(),
            T::T1a => ajcc(),
            T::T1b => ajcc(),
            T::T1c => ajcc(),
            T::T2 => ajcc(),
            T::T2a => ajcc(),
            T::T2b => ajcc(),
            T::T3 => ajcc(),
            T::T4 => ajcc(),
        },
        Category::N(n) => match n {
            N::Nx => ajcc(),
            N::N0 => ajcc(),
            N::N1 => ajcc(),
            N::N2 if !ninth => ajcc(),
            N::N2 => iaslc(SourceId::Iaslc9),
            N::N2a if ninth => iaslc(SourceId::Iaslc9),
            N::N2b if ninth => iaslc(SourceId::Iaslc9),
            N::N2a | N::N2b => None,
            N::N3 => ajcc(),
        },
        Category::M(m) => match m {
            M::M0 => ajcc(),
            M::M1 => ajcc(),
            M::M1a => ajcc(),
            M::M1b => ajcc(),
            M::M1c if !ninth => ajcc(),
            M::M1c => iaslc(SourceId::Iaslc9M),
            M::M1c1 if ninth => iaslc(SourceId::Iaslc9M),
            M::M1c2 if ninth => iaslc(SourceId::Iaslc9M),
            M::M1c1 | M::M1c2 => None,
        },
    }
}

fn mesothelioma<R>(category: Category, row: impl Fn(SourceId) -> R) -> Option<R> {
    let meso = || Some(row(SourceId::Meso8));
    match category {
        Category::T(t) => match t {
            T::Tx => meso(),
            T::T0 => meso(),
            T::T1 => meso(),
            T::T2 => meso(),
            T::T3 => meso(),
            T::T4 => meso(),
            _ => None,
        },
        Category::N(n) => match n {
            N::Nx => meso(),
            N::N0 => meso(),
            N::N1 => meso(),
            N::N2 => meso(),
            _ => None,
        },
        Category::M(m) => match m {
            M::M0 => meso(),
            M::M1 => meso(),
            _ => None,
        },
    }
}

/// The 9th edition's clinical T, from CT thickness and invasion (UICC TNM 9 via NDRS; SEER
/// EOD V9). N keeps its 8th-edition meaning (docs/clinical-decisions.md#d30).
fn mesothelioma9<R>(category: Category, row: impl Fn(SourceId) -> R) -> Option<R> {
    let meso9 = || Some(row(SourceId::Meso9));
    match category {
        Category::T(t) => match t {
            T::T1 => meso9(),
            T::T2 => meso9(),
            T::T3 => meso9(),
            T::T4 => meso9(),
            T::Tx => meso9(),
            T::T0 => meso9(),
            T::Tis | T::T1mi | T::T1a | T::T1b | T::T1c | T::T2a | T::T2b => None,
        },
        Category::N(_) => mesothelioma(category, row),
        Category::M(m) => match m {
            M::M0 => meso9(),
            M::M1 => meso9(),
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
