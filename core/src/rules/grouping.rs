//! Stage grouping: the lung tables (8th, 9th) and the mesothelioma tables (8th, 9th).

use std::fmt;

use crate::messages::{Msg, Said, write};
use crate::rules::reason::Category;
use crate::rules::table::{self, Read, Table};
use crate::{Error, M, N, Note, NoteId, Scheme, SourceId, StageGroup, T};

/// The stage group for one T, N and M, or why the tables give none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grouping {
    /// `None` when the tables define no group for this combination.
    pub group: Option<StageGroup>,
    /// Which table cell gave the group, or, without a group, why not.
    pub rule: Rule,
    /// The source of the table used.
    pub source: SourceId,
    /// Caveats and points where sources disagree.
    pub notes: Vec<Note>,
}

/// Looks up the stage group of `t`, `n`, `m` in `scheme`'s table.
///
/// ```
/// use lungstage::{group, Scheme, StageGroup, M, N, T};
///
/// let g = group(Scheme::Lung9, T::T1c, N::N1, M::M0).unwrap();
/// assert_eq!(g.group, Some(StageGroup::IIA));
/// let g = group(Scheme::Lung8, T::T1c, N::N1, M::M0).unwrap();
/// assert_eq!(g.group, Some(StageGroup::IIB));
/// // The tables define no group without assessed nodes.
/// assert_eq!(group(Scheme::Lung9, T::T2a, N::Nx, M::M0).unwrap().group, None);
/// // N2a is a 9th-edition category.
/// assert!(group(Scheme::Lung8, T::T2a, N::N2a, M::M0).is_err());
/// ```
pub fn group(scheme: Scheme, t: T, n: N, m: M) -> Result<Grouping, Error> {
    let (t, n, m) = (scheme.check_t(t)?, scheme.check_n(n)?, scheme.check_m(m)?);
    Ok(match scheme {
        Scheme::Lung8 | Scheme::Lung9 => lung(scheme, t, n, m),
        Scheme::Mesothelioma8 => mesothelioma(&table::MESOTHELIOMA_8, t, n, m),
        Scheme::Mesothelioma9 => mesothelioma(&table::MESOTHELIOMA_9, t, n, m),
    })
}

/// Which part of a table gave the stage group, or why the tables give none. `Display` writes
/// it as the sentence the report calls the stage's rule.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// One cell: this T and N with M0.
    Cell {
        /// The table.
        scheme: Scheme,
        /// The case's T category.
        t: T,
        /// The case's N category.
        n: N,
        /// The group in the cell.
        group: StageGroup,
    },
    /// The metastatic row: any T and any N with this M.
    Metastatic {
        /// The table.
        scheme: Scheme,
        /// The case's M category.
        m: M,
        /// The group for that M.
        group: StageGroup,
    },
    /// A mesothelioma row that holds with any N and M0 (`n` is the case's): T4 in both
    /// editions, T3 in the 9th.
    AnyN {
        /// The table.
        scheme: Scheme,
        /// The row's T category.
        t: T,
        /// The case's N category.
        n: N,
        /// The row's group.
        group: StageGroup,
    },
    /// TX N0 M0, occult carcinoma.
    Occult,
    /// The tables define no group.
    NoGroup(NoGroup),
}

/// Why the tables define no stage group.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoGroup {
    /// T0 with these nodes and M0.
    NoPrimary {
        /// The table.
        scheme: Scheme,
        /// The case's N category.
        n: N,
    },
    /// Carcinoma in situ is grouped only with N0.
    InSituNotN0 {
        /// The table.
        scheme: Scheme,
        /// The case's N category.
        n: N,
    },
    /// NX without metastasis.
    NodesNotAssessed {
        /// The table.
        scheme: Scheme,
    },
    /// T2 without a subcategory with N0: the size decides.
    T2WithoutSubcategory,
    /// N2 without a subcategory in the 9th edition, where N2a and N2b give different groups.
    N2WithoutSubcategory {
        /// The group the case would have with N2a.
        with_n2a: StageGroup,
        /// The group the case would have with N2b.
        with_n2b: StageGroup,
    },
    /// A node category that is not a column of the lung table.
    NotAColumn {
        /// The case's N category.
        n: N,
    },
    /// TX with nodes other than N0.
    TumorNotAssessed {
        /// The case's N category.
        n: N,
    },
    /// The mesothelioma table lists T1 to T4 only.
    MesotheliomaTx {
        /// The table.
        scheme: Scheme,
        /// The case's T category, TX or T0.
        t: T,
        /// The case's N category.
        n: N,
    },
    /// A lung category with mesothelioma.
    NotMesothelioma {
        /// The case's T category.
        t: T,
        /// The case's N category.
        n: N,
    },
    /// Nothing was entered about the primary tumour, so TX N0 M0 is not occult carcinoma.
    NothingEntered,
    /// The tumour findings leave T open until this is answered (mesothelioma's thickness).
    TumorAwaits {
        /// The answer the T waits for.
        asks: crate::Awaiting,
    },
}

impl Scheme {
    /// "8th" or "9th", as the rules name the tables: a word of the messages layer.
    const fn ordinal(self) -> Said<'static> {
        match self {
            Scheme::Lung8 | Scheme::Mesothelioma8 => Said(Msg::NameEditionEighth, &[]),
            Scheme::Lung9 | Scheme::Mesothelioma9 => Said(Msg::NameEditionNinth, &[]),
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Rule::Cell {
                scheme: scheme @ (Scheme::Mesothelioma8 | Scheme::Mesothelioma9),
                t,
                n,
                group,
            } => write(
                f,
                Msg::RuleCellMesothelioma,
                &[&t, &n, &group, &scheme.ordinal()],
            ),
            Rule::Cell {
                scheme,
                t,
                n,
                group,
            } => write(f, Msg::RuleCell, &[&t, &n, &group, &scheme.ordinal()]),
            Rule::Metastatic {
                scheme: scheme @ (Scheme::Mesothelioma8 | Scheme::Mesothelioma9),
                ..
            } => write(f, Msg::RuleMetastaticMesothelioma, &[&scheme.ordinal()]),
            Rule::Metastatic { scheme, m, group } => {
                write(f, Msg::RuleMetastatic, &[&m, &group, &scheme.ordinal()])
            }
            Rule::AnyN {
                scheme,
                t,
                n,
                group,
            } => write(f, Msg::RuleAnyN, &[&t, &group, &scheme.ordinal(), &n]),
            Rule::Occult => write(f, Msg::RuleOccult, &[]),
            Rule::NoGroup(why) => why.fmt(f),
        }
    }
}

impl fmt::Display for NoGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            NoGroup::NoPrimary { scheme, n } => {
                write(f, Msg::NoGroupNoPrimary, &[&n, &scheme.ordinal()])
            }
            NoGroup::InSituNotN0 { scheme, n } => {
                write(f, Msg::NoGroupInSituNotN0, &[&scheme.ordinal(), &n])
            }
            NoGroup::NodesNotAssessed {
                scheme: Scheme::Mesothelioma8,
            } => write(f, Msg::NoGroupNxMesothelioma8, &[]),
            NoGroup::NodesNotAssessed {
                scheme: Scheme::Mesothelioma9,
            } => write(f, Msg::NoGroupNxMesothelioma9, &[]),
            NoGroup::NodesNotAssessed { scheme } => write(f, Msg::NoGroupNx, &[&scheme.ordinal()]),
            NoGroup::T2WithoutSubcategory => write(f, Msg::NoGroupT2, &[]),
            NoGroup::N2WithoutSubcategory { with_n2a, with_n2b } => {
                write(f, Msg::NoGroupN2, &[&with_n2a, &with_n2b])
            }
            NoGroup::NotAColumn { n } => write(f, Msg::NoGroupNotAColumn, &[&n]),
            NoGroup::TumorNotAssessed { n } => write(f, Msg::NoGroupTx, &[&n]),
            NoGroup::MesotheliomaTx { scheme, t, n } => {
                write(f, Msg::NoGroupMesotheliomaTx, &[&scheme.ordinal(), &t, &n])
            }
            NoGroup::NotMesothelioma { t, n } => write(f, Msg::NoGroupNotMesothelioma, &[&t, &n]),
            NoGroup::TumorAwaits { asks } => write(
                f,
                match asks {
                    crate::Awaiting::Psum => Msg::NoGroupAwaitsPsum,
                    crate::Awaiting::Fmax => Msg::NoGroupAwaitsFmax,
                    crate::Awaiting::Extent => Msg::NoGroupAwaitsExtent,
                    crate::Awaiting::Nodes | crate::Awaiting::Tumor => Msg::NoGroupIncomplete,
                },
                &[],
            ),
            NoGroup::NothingEntered => write(f, Msg::NoGroupNothingEntered, &[]),
        }
    }
}

/// What would decide a stage the tables leave undefined, from the table itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decider {
    /// One of these categories decides: each with the group the table gives it, in the
    /// table's order (N2a and N2b for an N2 in the 9th edition, T2a and T2b for a T2 with N0,
    /// each N column for nodes not assessed).
    Choices(Vec<(Category, StageGroup)>),
    /// The primary tumour was not assessed (TX): the lowest and highest groups an assessed
    /// tumour would give with these nodes. A range for clinicians, never a stage.
    Range {
        /// The lowest group an assessed tumour would give.
        lowest: StageGroup,
        /// The highest group an assessed tumour would give.
        highest: StageGroup,
    },
}

/// The T categories of a table's rows, and the N categories of its columns.
fn rows_and_columns(scheme: Scheme) -> (&'static [T], &'static [N]) {
    match scheme {
        Scheme::Lung8 => (
            &[T::T1a, T::T1b, T::T1c, T::T2a, T::T2b, T::T3, T::T4],
            &[N::N0, N::N1, N::N2, N::N3],
        ),
        Scheme::Lung9 => (
            &[T::T1a, T::T1b, T::T1c, T::T2a, T::T2b, T::T3, T::T4],
            &[N::N0, N::N1, N::N2a, N::N2b, N::N3],
        ),
        Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => {
            (&[T::T1, T::T2, T::T3, T::T4], &[N::N0, N::N1, N::N2])
        }
    }
}

/// What would decide the stage of `t`, `n`, `m`, whose grouping is `grouping`: `None` where
/// it has a group, or where no single answer would give one (T0, in situ with nodes, nothing
/// entered).
///
/// ```
/// use lungstage::{Decider, Scheme, StageGroup, M, N, T, decider, group};
///
/// let g = group(Scheme::Lung9, T::T2a, N::N2, M::M0).unwrap();
/// assert_eq!(
///     decider(Scheme::Lung9, T::T2a, N::N2, M::M0, &g),
///     Some(Decider::Choices(vec![
///         (N::N2a.into(), StageGroup::IIIA),
///         (N::N2b.into(), StageGroup::IIIB),
///     ]))
/// );
/// ```
pub fn decider(scheme: Scheme, t: T, n: N, m: M, grouping: &Grouping) -> Option<Decider> {
    let Rule::NoGroup(why) = grouping.rule else {
        return None;
    };
    let group_of = |t: T, n: N| group(scheme, t, n, m).ok().and_then(|g| g.group);
    let choices = |options: Vec<(Category, Option<StageGroup>)>| {
        let found: Vec<(Category, StageGroup)> = options
            .into_iter()
            .filter_map(|(c, g)| Some((c, g?)))
            .collect();
        (!found.is_empty()).then_some(Decider::Choices(found))
    };
    let (rows, columns) = rows_and_columns(scheme);
    match why {
        NoGroup::N2WithoutSubcategory { .. } => choices(
            [N::N2a, N::N2b]
                .into_iter()
                .map(|n| (n.into(), group_of(t, n)))
                .collect(),
        ),
        NoGroup::T2WithoutSubcategory => choices(
            [T::T2a, T::T2b]
                .into_iter()
                .map(|t| (t.into(), group_of(t, n)))
                .collect(),
        ),
        NoGroup::NodesNotAssessed { .. } => choices(
            columns
                .iter()
                .map(|&n| (n.into(), group_of(t, n)))
                .collect(),
        ),
        // Nodes not assessed either: only the "any N" rows have a group, so the rows give no
        // range, as for lung TX NX.
        NoGroup::MesotheliomaTx {
            t: T::Tx,
            n: N::Nx,
            ..
        } => None,
        NoGroup::TumorNotAssessed { .. } | NoGroup::MesotheliomaTx { t: T::Tx, .. } => {
            let rank = |g: &StageGroup| StageGroup::ALL.iter().position(|x| x == g);
            // A 9th-edition N2 without its subcategory stands for N2a or N2b: the range
            // covers both, or T4 alone (whose N2 cell needs no subcategory) would give IIIB
            // as the whole range.
            let nodes: &[N] = match (scheme, n) {
                (Scheme::Lung9, N::N2) => &[N::N2a, N::N2b],
                _other => std::slice::from_ref(&n),
            };
            let groups: Vec<StageGroup> = rows
                .iter()
                .flat_map(|&t| nodes.iter().filter_map(move |&n| group_of(t, n)))
                .collect();
            Some(Decider::Range {
                lowest: *groups.iter().min_by_key(|g| rank(g))?,
                highest: *groups.iter().max_by_key(|g| rank(g))?,
            })
        }
        NoGroup::NoPrimary { .. }
        | NoGroup::InSituNotN0 { .. }
        | NoGroup::NotAColumn { .. }
        | NoGroup::MesotheliomaTx { .. }
        | NoGroup::NotMesothelioma { .. }
        | NoGroup::NothingEntered
        // The form asks for the thickness or the structures the T waits for, as it asks for
        // an unanswered tumour: no categories to choose from.
        | NoGroup::TumorAwaits { .. } => None,
    }
}

fn defined(group: StageGroup, rule: Rule, source: SourceId) -> Grouping {
    Grouping {
        group: Some(group),
        rule,
        source,
        notes: Vec::new(),
    }
}

fn undefined(why: NoGroup, source: SourceId) -> Grouping {
    Grouping {
        group: None,
        rule: Rule::NoGroup(why),
        source,
        notes: Vec::new(),
    }
}

impl Grouping {
    fn with_note(mut self, id: NoteId, source: SourceId) -> Grouping {
        self.notes.push(Note::fixed(id, source));
        self
    }
}

fn lung(scheme: Scheme, t: T, n: N, m: M) -> Grouping {
    let source = match scheme {
        Scheme::Lung9 => SourceId::Iaslc9,
        Scheme::Lung8 | Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => SourceId::Ajcc8,
    };
    let metastatic = |group: StageGroup| {
        let g = defined(group, Rule::Metastatic { scheme, m, group }, source);
        if t == T::Tis {
            // docs/clinical-decisions.md#d1: AJCC "any T" includes Tis; SEER leaves it unstaged.
            g.with_note(NoteId::TisMetastatic, SourceId::SeerEod8)
        } else {
            g
        }
    };
    match m {
        M::M1a | M::M1b => metastatic(StageGroup::IVA),
        M::M1c | M::M1c1 | M::M1c2 => metastatic(StageGroup::IVB),
        M::M1 => metastatic(StageGroup::IV).with_note(NoteId::M1WithoutSubcategory, source),
        M::M0 => lung_m0(scheme, source, t, n),
    }
}

fn lung_m0(scheme: Scheme, source: SourceId, t: T, n: N) -> Grouping {
    match (t, n) {
        (T::Tx, _) => lung_tx(n),
        (T::T0, _) => {
            let g = undefined(NoGroup::NoPrimary { scheme, n }, source);
            if matches!(n, N::N2 | N::N2a | N::N2b | N::N3) {
                g.with_note(NoteId::SeerStageIii, SourceId::SeerEod8)
            } else {
                g
            }
        }
        (T::Tis, N::N0) => {
            let group = StageGroup::Zero;
            defined(
                group,
                Rule::Cell {
                    scheme,
                    t,
                    n,
                    group,
                },
                source,
            )
        }
        (T::Tis, _) => undefined(NoGroup::InSituNotN0 { scheme, n }, source),
        (_, N::Nx) => {
            let g = undefined(NoGroup::NodesNotAssessed { scheme }, source);
            if t == T::T4 {
                g.with_note(NoteId::SeerStageIii, SourceId::SeerEod8)
            } else {
                g
            }
        }
        _ => {
            let table = match scheme {
                Scheme::Lung9 => &table::LUNG_9,
                Scheme::Lung8 | Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => &table::LUNG_8,
            };
            from_table(table, t, n)
        }
    }
}

/// The grouping one table's engine reads for `t` and `n` with M0.
fn from_table(table: &Table, t: T, n: N) -> Grouping {
    let (scheme, source) = (table.scheme, table.source);
    let cell = |group: StageGroup| {
        defined(
            group,
            Rule::Cell {
                scheme,
                t,
                n,
                group,
            },
            source,
        )
    };
    match table.read(t, n) {
        Read::Cell(c) => {
            let mut g = cell(c.group);
            for &(id, from) in c.read.notes() {
                g = g.with_note(id, from);
            }
            g
        }
        Read::Shared(StageGroup::IA) => {
            cell(StageGroup::IA).with_note(NoteId::T1WithoutSubcategory, SourceId::SeerEod8)
        }
        Read::Shared(group) => cell(group),
        Read::None(why) => undefined(why, source),
    }
}

fn lung_tx(n: N) -> Grouping {
    match n {
        N::N0 => defined(StageGroup::Occult, Rule::Occult, SourceId::Ajcc8)
            // docs/clinical-decisions.md#d3.
            .with_note(NoteId::Occult, SourceId::SeerEod8),
        N::Nx | N::N1 => undefined(NoGroup::TumorNotAssessed { n }, SourceId::Ajcc8),
        N::N2 | N::N2a | N::N2b | N::N3 => {
            { undefined(NoGroup::TumorNotAssessed { n }, SourceId::Ajcc8) }
                .with_note(NoteId::SeerStageIii, SourceId::SeerEod8)
        }
    }
}

/// A mesothelioma table: M1 is IV, the "any N" rows hold whatever N, and the engine reads the
/// other cells.
fn mesothelioma(table: &Table, t: T, n: N, m: M) -> Grouping {
    use StageGroup::IV;
    let (scheme, source) = (table.scheme, table.source);
    if m.is_metastatic() {
        return defined(
            IV,
            Rule::Metastatic {
                scheme,
                m,
                group: IV,
            },
            source,
        );
    }
    if let Some(row) = table.any_n.iter().find(|row| row.t == t) {
        let group = row.group;
        let g = defined(
            group,
            Rule::AnyN {
                scheme,
                t,
                n,
                group,
            },
            source,
        );
        return match row.nx_note {
            Some((id, from)) if n == N::Nx => g.with_note(id, from),
            Some(_) | None => g,
        };
    }
    match (t, n) {
        (T::Tx | T::T0, N::N2) if scheme == Scheme::Mesothelioma8 => {
            undefined(NoGroup::MesotheliomaTx { scheme, t, n }, source)
                // docs/clinical-decisions.md#d10.
                .with_note(NoteId::MesotheliomaTxN2, SourceId::SeerEod8)
        }
        (T::Tx | T::T0, _) => undefined(NoGroup::MesotheliomaTx { scheme, t, n }, source),
        (_, N::Nx) => undefined(NoGroup::NodesNotAssessed { scheme }, source),
        (_, N::N2a | N::N2b | N::N3)
        | (T::Tis | T::T1mi | T::T1a | T::T1b | T::T1c | T::T2a | T::T2b, _) => {
            undefined(NoGroup::NotMesothelioma { t, n }, source)
        }
        (T::T1 | T::T2 | T::T3 | T::T4, N::N0 | N::N1 | N::N2) => from_table(table, t, n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use StageGroup::*;

    fn stage(scheme: Scheme, t: T, n: N, m: M) -> Option<StageGroup> {
        group(scheme, t, n, m).unwrap().group
    }

    #[test]
    fn ninth_edition_changes_from_rami_porta_2024() {
        let cases = [
            (T::T1a, N::N1, IIB, IIA),
            (T::T1c, N::N2a, IIIA, IIB),
            (T::T1b, N::N2b, IIIA, IIIA),
            (T::T2a, N::N2b, IIIA, IIIB),
            (T::T2b, N::N2b, IIIA, IIIB),
            (T::T3, N::N2a, IIIB, IIIA),
            (T::T3, N::N2b, IIIB, IIIB),
            (T::T4, N::N2a, IIIB, IIIB),
        ];
        for (t, n, eighth, ninth) in cases {
            assert_eq!(
                stage(Scheme::Lung8, t, n.in_eighth(), M::M0),
                Some(eighth),
                "{t} {n} 8th"
            );
            assert_eq!(
                stage(Scheme::Lung9, t, n, M::M0),
                Some(ninth),
                "{t} {n} 9th"
            );
        }
    }

    #[test]
    fn categories_without_subcategory() {
        assert_eq!(stage(Scheme::Lung8, T::T1, N::N0, M::M0), Some(IA));
        assert_eq!(stage(Scheme::Lung9, T::T1, N::N1, M::M0), Some(IIA));
        assert_eq!(stage(Scheme::Lung8, T::T2, N::N0, M::M0), None);
        assert_eq!(stage(Scheme::Lung8, T::T2, N::N1, M::M0), Some(IIB));
        assert_eq!(stage(Scheme::Lung9, T::T1c, N::N2, M::M0), None);
        assert_eq!(stage(Scheme::Lung9, T::T4, N::N2, M::M0), Some(IIIB));
        assert_eq!(stage(Scheme::Lung9, T::T3, N::N2, M::M0), None);
        assert_eq!(stage(Scheme::Lung8, T::Tx, N::Nx, M::M1), Some(IV));
        assert_eq!(stage(Scheme::Lung9, T::T2a, N::N0, M::M1c), Some(IVB));
    }

    /// A category without subcategory gets the group all its subcategories
    /// share, or their common parent (IA, IV), or no group.
    #[test]
    fn categories_without_subcategory_agree_with_their_subcategories() {
        for scheme in [Scheme::Lung8, Scheme::Lung9] {
            for &t in T::ALL {
                for &n in N::ALL {
                    for &m in M::ALL {
                        let Ok(whole) = group(scheme, t, n, m) else {
                            continue;
                        };
                        let mut parts = Vec::new();
                        for &ts in t.lung_subcategories() {
                            for &ns in n.lung_subcategories(scheme.edition()) {
                                for &ms in m.lung_subcategories(scheme.edition()) {
                                    parts.push(stage(scheme, ts, ns, ms));
                                }
                            }
                        }
                        let all_same = parts.windows(2).all(|w| w[0] == w[1]);
                        let expected = if all_same {
                            parts[0]
                        } else {
                            let parents: Vec<_> = parts
                                .iter()
                                .map(|p| p.and_then(StageGroup::parent))
                                .collect();
                            if parents.iter().all(|p| p.is_some() && *p == parents[0]) {
                                parents[0]
                            } else {
                                None
                            }
                        };
                        assert_eq!(whole.group, expected, "{scheme:?} {t} {n} {m}");
                    }
                }
            }
        }
    }

    #[test]
    fn undefined_cells_say_why() {
        let g = group(Scheme::Lung9, T::T2a, N::Nx, M::M0).unwrap();
        let nx = NoGroup::NodesNotAssessed {
            scheme: Scheme::Lung9,
        };
        assert_eq!(g.rule, Rule::NoGroup(nx));
        assert!(g.rule.to_string().contains("not assessed"), "{}", g.rule);
        let g = group(Scheme::Lung9, T::Tx, N::N2a, M::M0).unwrap();
        assert!(g.group.is_none() && g.notes[0].text.to_string().contains("stage III"));
        let g = group(Scheme::Lung8, T::Tis, N::N1, M::M0).unwrap();
        let tis = NoGroup::InSituNotN0 {
            scheme: Scheme::Lung8,
            n: N::N1,
        };
        assert_eq!(g.rule, Rule::NoGroup(tis));
        assert!(g.rule.to_string().contains("Tis N0 M0"), "{}", g.rule);
        let g = group(Scheme::Lung9, T::Tis, N::N0, M::M1a).unwrap();
        assert_eq!(g.group, Some(IVA));
        assert!(g.notes[0].text.to_string().contains("SEER"));
    }

    #[test]
    fn mesothelioma_table() {
        let cases = [
            (T::T1, N::N0, Some(IA)),
            (T::T2, N::N0, Some(IB)),
            (T::T3, N::N0, Some(IB)),
            (T::T1, N::N1, Some(II)),
            (T::T3, N::N1, Some(IIIA)),
            (T::T2, N::N2, Some(IIIB)),
            (T::T4, N::Nx, Some(IIIB)),
            (T::T0, N::N2, None),
            (T::T2, N::Nx, None),
        ];
        for (t, n, expected) in cases {
            assert_eq!(
                stage(Scheme::Mesothelioma8, t, n, M::M0),
                expected,
                "{t} {n}"
            );
        }
        assert_eq!(stage(Scheme::Mesothelioma8, T::Tx, N::Nx, M::M1), Some(IV));
        assert!(group(Scheme::Mesothelioma8, T::T1a, N::N0, M::M0).is_err());
    }

    /// The changes the reference lists against the 8th edition, and the undefined cells.
    #[test]
    fn mesothelioma_ninth_table() {
        let cases = [
            (T::T1, N::N0, Some(IA), Some(I)),
            (T::T3, N::N0, Some(IB), Some(IIIA)),
            (T::T2, N::N0, Some(IB), Some(II)),
            (T::T2, N::N1, Some(II), Some(IIIA)),
            (T::T1, N::N2, Some(IIIB), Some(IIIA)),
            (T::T3, N::N2, Some(IIIB), Some(IIIA)),
            (T::T4, N::Nx, Some(IIIB), Some(IIIB)),
            (T::T3, N::Nx, None, Some(IIIA)),
            (T::T2, N::Nx, None, None),
            (T::T0, N::N2, None, None),
            (T::Tx, N::N0, None, None),
        ];
        for (t, n, eighth, ninth) in cases {
            assert_eq!(
                (
                    stage(Scheme::Mesothelioma8, t, n, M::M0),
                    stage(Scheme::Mesothelioma9, t, n, M::M0)
                ),
                (eighth, ninth),
                "{t} {n}"
            );
        }
        assert_eq!(stage(Scheme::Mesothelioma9, T::T0, N::Nx, M::M1), Some(IV));
        let g = group(Scheme::Mesothelioma9, T::T3, N::Nx, M::M0).unwrap();
        assert_eq!(g.notes, [Note::fixed(NoteId::Meso9T3Nx, SourceId::Meso9)]);
        assert!(
            group(Scheme::Mesothelioma9, T::T3, N::N1, M::M0)
                .unwrap()
                .notes
                .is_empty()
        );
        let g = group(Scheme::Mesothelioma9, T::Tx, N::N1, M::M0).unwrap();
        assert!(matches!(
            g.rule,
            Rule::NoGroup(NoGroup::MesotheliomaTx { .. })
        ));
        assert!(group(Scheme::Mesothelioma9, T::T2a, N::N0, M::M0).is_err());
        assert!(group(Scheme::Mesothelioma9, T::T1, N::N3, M::M0).is_err());
    }

    #[test]
    fn what_decides_an_undefined_stage_comes_from_the_table() {
        use StageGroup::*;
        let decides = |scheme, t, n, m| {
            let g = group(scheme, t, n, m).unwrap();
            assert_eq!(g.group, None, "{t} {n} {m} has a group");
            decider(scheme, t, n, m, &g)
        };
        let choices = |list: &[(Category, StageGroup)]| Some(Decider::Choices(list.to_vec()));
        // 9th edition: T2a N2a M0 is IIIA, T2a N2b M0 IIIB (Rami-Porta et al., 2024).
        assert_eq!(
            decides(Scheme::Lung9, T::T2a, N::N2, M::M0),
            choices(&[(N::N2a.into(), IIIA), (N::N2b.into(), IIIB)])
        );
        // 8th edition: T2a N0 M0 is IB, T2b N0 M0 IIA.
        assert_eq!(
            decides(Scheme::Lung8, T::T2, N::N0, M::M0),
            choices(&[(T::T2a.into(), IB), (T::T2b.into(), IIA)])
        );
        // 9th edition, T1c with each N column: IA3, IIA, IIB, IIIA, IIIB.
        assert_eq!(
            decides(Scheme::Lung9, T::T1c, N::Nx, M::M0),
            choices(&[
                (N::N0.into(), IA3),
                (N::N1.into(), IIA),
                (N::N2a.into(), IIB),
                (N::N2b.into(), IIIA),
                (N::N3.into(), IIIB),
            ])
        );
        // TX: the rows of the N1 column run from IIB (T1a) to IIIA (T4) in the 8th edition,
        // and of N3 from IIIB to IIIC.
        let range = |lowest, highest| Some(Decider::Range { lowest, highest });
        assert_eq!(
            decides(Scheme::Lung8, T::Tx, N::N1, M::M0),
            range(IIB, IIIA)
        );
        assert_eq!(
            decides(Scheme::Lung8, T::Tx, N::N3, M::M0),
            range(IIIB, IIIC)
        );
        // 9th edition, TX with N2 not subdivided: T1a N2a is IIB, T2a N2b and T4 with either
        // IIIB, so the range is IIB to IIIB, not IIIB alone (T4 N2 needs no subcategory).
        assert_eq!(
            decides(Scheme::Lung9, T::Tx, N::N2, M::M0),
            range(IIB, IIIB)
        );
        // Mesothelioma, 8th edition: T1-T2 N1 is II, T3 N1 IIIA, T4 any N IIIB.
        assert_eq!(
            decides(Scheme::Mesothelioma8, T::Tx, N::N1, M::M0),
            range(II, IIIB)
        );
        // Mesothelioma, 9th edition: each N column of the row, and the rows of a column.
        assert_eq!(
            decides(Scheme::Mesothelioma9, T::T1, N::Nx, M::M0),
            choices(&[(N::N0.into(), I), (N::N1.into(), II), (N::N2.into(), IIIA)])
        );
        assert_eq!(
            decides(Scheme::Mesothelioma9, T::T2, N::Nx, M::M0),
            choices(&[
                (N::N0.into(), II),
                (N::N1.into(), IIIA),
                (N::N2.into(), IIIA)
            ])
        );
        assert_eq!(
            decides(Scheme::Mesothelioma9, T::Tx, N::N0, M::M0),
            range(I, IIIB)
        );
        assert_eq!(
            decides(Scheme::Mesothelioma9, T::Tx, N::N2, M::M0),
            range(IIIA, IIIB)
        );
        // Nodes not assessed either: only the "any N" rows have a group, so no range, as
        // for lung TX NX.
        for scheme in [Scheme::Mesothelioma8, Scheme::Mesothelioma9, Scheme::Lung9] {
            assert_eq!(decides(scheme, T::Tx, N::Nx, M::M0), None, "{scheme:?}");
        }
        // No single answer gives T0 N1 M0 a group.
        assert_eq!(decides(Scheme::Lung9, T::T0, N::N1, M::M0), None);
        assert_eq!(decides(Scheme::Mesothelioma9, T::T0, N::N1, M::M0), None);
    }
}
