//! The stage tables as data: each published table's M0 cells, one row per T and one column
//! per N, and the one engine that reads any of them. A new table is a new `Table`.

use crate::reference::notes::NoteId;
use crate::rules::grouping::NoGroup;
use crate::{N, Scheme, SourceId, StageGroup, T};

/// One cell of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub group: StageGroup,
    /// How the cell was read, where the published table does not list it alone.
    pub read: Reading,
}

/// How a cell was read from its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Listed in the published table.
    Listed,
    /// T1mi, listed only with N0, takes the T1 group (SEER does too).
    /// docs/clinical-decisions.md#d4.
    T1mi,
    /// A 9th-edition cell no source lists as changed keeps its 8th-edition group.
    /// docs/clinical-decisions.md#d5.
    Kept,
    /// Both: T1mi in a kept cell.
    T1miKept,
}

impl Reading {
    /// The notes that say how the cell was read.
    pub const fn notes(self) -> &'static [(NoteId, SourceId)] {
        const T1MI: (NoteId, SourceId) = (NoteId::T1miWithNodes, SourceId::SeerEod8);
        const KEPT: (NoteId, SourceId) = (NoteId::InferredNinthCell, SourceId::Iaslc9);
        match self {
            Reading::Listed => &[],
            Reading::T1mi => &[T1MI],
            Reading::Kept => &[KEPT],
            Reading::T1miKept => &[T1MI, KEPT],
        }
    }
}

/// A published stage table's M0 cells.
#[derive(Debug)]
pub struct Table {
    pub scheme: Scheme,
    pub source: SourceId,
    /// The T categories that have a row.
    pub rows: &'static [T],
    /// The N categories that have a column.
    pub columns: &'static [N],
    /// `cells[row][column]`, in the order of `rows` and `columns`.
    pub cells: &'static [&'static [Cell]],
    /// Rows the table lists with "any N", NX included (mesothelioma's T4, and T3 in the 9th).
    pub any_n: &'static [AnyN],
}

/// A row of a table that holds with any N, NX included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnyN {
    pub t: T,
    pub group: StageGroup,
    /// A note for NX, where a source reads the row differently.
    pub nx_note: Option<(NoteId, SourceId)>,
}

/// What the engine read: a cell, a group all the cells of a category without subcategory
/// share (or their common parent, IA for IA1 to IA3), or why there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    Cell(Cell),
    Shared(StageGroup),
    None(NoGroup),
}

impl Table {
    /// The cell of `t` and `n`, or, for a category the table lists only by its subcategories
    /// (T1, T2, the 9th edition's N2), what all of theirs give.
    pub fn read(&self, t: T, n: N) -> Read {
        let row = self.rows.iter().position(|r| *r == t);
        let column = self.columns.iter().position(|c| *c == n);
        if let (Some(r), Some(c)) = (row, column) {
            return Read::Cell(self.cells[r][c]);
        }
        // The rows that stand for `t`: itself, or its subcategories (T1a to T1c for T1).
        let ts = match row {
            Some(_) => std::slice::from_ref(&t),
            None => t.lung_subcategories(),
        };
        let ts = || ts.iter().copied().filter(|s| self.rows.contains(s));
        // The columns that stand for `n`: itself, or its subcategories (N2a and N2b for N2).
        let ns = || {
            self.columns
                .iter()
                .copied()
                .filter(move |c| *c == n || (column.is_none() && c.in_eighth() == n))
        };
        let group = |t: T, n: N| match self.read(t, n) {
            Read::Cell(cell) => Some(cell.group),
            Read::Shared(_) | Read::None(_) => None,
        };
        let (mut first, mut same, mut ia, mut any) = (None, true, true, false);
        for t in ts() {
            for n in ns() {
                let g = group(t, n);
                any = true;
                first = first.or(g);
                same &= g.is_some() && g == first;
                ia &= g.is_some_and(StageGroup::is_ia);
            }
        }
        match (any, first) {
            (false, _) | (_, None) => Read::None(NoGroup::NotAColumn { n }),
            (true, Some(g)) if same => Read::Shared(g),
            _ if ia => Read::Shared(StageGroup::IA),
            // Where the N subcategories differ for one T, the nodes decide; else the T's size.
            _ => {
                let t = ts().next().unwrap_or(t);
                let mut by_n = ns().map(|n| group(t, n));
                match (by_n.next().flatten(), by_n.next().flatten()) {
                    (Some(with_n2a), Some(with_n2b)) if with_n2a != with_n2b => {
                        Read::None(NoGroup::N2WithoutSubcategory { with_n2a, with_n2b })
                    }
                    _ => Read::None(NoGroup::T2WithoutSubcategory),
                }
            }
        }
    }
}

const fn listed(group: StageGroup) -> Cell {
    Cell {
        group,
        read: Reading::Listed,
    }
}

const fn t1mi(group: StageGroup) -> Cell {
    Cell {
        group,
        read: Reading::T1mi,
    }
}

const fn kept(group: StageGroup) -> Cell {
    Cell {
        group,
        read: Reading::Kept,
    }
}

use StageGroup::{IA1, IA2, IA3, IB, II, IIA, IIB, IIIA, IIIB, IIIC};

const LUNG_ROWS: &[T] = &[
    T::T1mi,
    T::T1a,
    T::T1b,
    T::T1c,
    T::T2a,
    T::T2b,
    T::T3,
    T::T4,
];

/// AJCC 8th edition, lung: N0, N1, N2, N3.
pub const LUNG_8: Table = Table {
    scheme: Scheme::Lung8,
    source: SourceId::Ajcc8,
    rows: LUNG_ROWS,
    columns: &[N::N0, N::N1, N::N2, N::N3],
    any_n: &[],
    cells: &[
        &[listed(IA1), t1mi(IIB), t1mi(IIIA), t1mi(IIIB)],
        &[listed(IA1), listed(IIB), listed(IIIA), listed(IIIB)],
        &[listed(IA2), listed(IIB), listed(IIIA), listed(IIIB)],
        &[listed(IA3), listed(IIB), listed(IIIA), listed(IIIB)],
        &[listed(IB), listed(IIB), listed(IIIA), listed(IIIB)],
        &[listed(IIA), listed(IIB), listed(IIIA), listed(IIIB)],
        &[listed(IIB), listed(IIIA), listed(IIIB), listed(IIIC)],
        &[listed(IIIA), listed(IIIA), listed(IIIB), listed(IIIC)],
    ],
};

const T1MI_KEPT: Cell = Cell {
    group: IIIA,
    read: Reading::T1miKept,
};

/// IASLC 9th edition, lung (Rami-Porta et al. 2024): N0, N1, N2a, N2b, N3.
pub const LUNG_9: Table = Table {
    scheme: Scheme::Lung9,
    source: SourceId::Iaslc9,
    rows: LUNG_ROWS,
    columns: &[N::N0, N::N1, N::N2a, N::N2b, N::N3],
    any_n: &[],
    cells: &[
        &[listed(IA1), t1mi(IIA), t1mi(IIB), T1MI_KEPT, t1mi(IIIB)],
        &[
            listed(IA1),
            listed(IIA),
            listed(IIB),
            kept(IIIA),
            listed(IIIB),
        ],
        &[
            listed(IA2),
            listed(IIA),
            listed(IIB),
            kept(IIIA),
            listed(IIIB),
        ],
        &[
            listed(IA3),
            listed(IIA),
            listed(IIB),
            kept(IIIA),
            listed(IIIB),
        ],
        &[
            listed(IB),
            listed(IIB),
            kept(IIIA),
            listed(IIIB),
            listed(IIIB),
        ],
        &[
            listed(IIA),
            listed(IIB),
            kept(IIIA),
            listed(IIIB),
            listed(IIIB),
        ],
        &[
            listed(IIB),
            listed(IIIA),
            listed(IIIA),
            kept(IIIB),
            listed(IIIC),
        ],
        &[
            listed(IIIA),
            listed(IIIA),
            kept(IIIB),
            kept(IIIB),
            listed(IIIC),
        ],
    ],
};

/// AJCC 8th edition, pleural mesothelioma: T1 to T3 with N0, N1, N2 (T4 is IIIB with any N).
pub const MESOTHELIOMA_8: Table = Table {
    scheme: Scheme::Mesothelioma8,
    source: SourceId::Meso8,
    rows: &[T::T1, T::T2, T::T3],
    columns: &[N::N0, N::N1, N::N2],
    cells: &[
        &[listed(StageGroup::IA), listed(II), listed(IIIB)],
        &[listed(IB), listed(II), listed(IIIB)],
        &[listed(IB), listed(IIIA), listed(IIIB)],
    ],
    any_n: &[AnyN {
        t: T::T4,
        group: IIIB,
        nx_note: None,
    }],
};

/// UICC TNM 9, pleural mesothelioma, clinical (NHS England NDRS sheet; VistA agrees cell for
/// cell): T1 and T2 with N0, N1, N2; T3 is IIIA and T4 IIIB with any N. No IA/IB split.
pub const MESOTHELIOMA_9: Table = Table {
    scheme: Scheme::Mesothelioma9,
    source: SourceId::Meso9,
    rows: &[T::T1, T::T2],
    columns: &[N::N0, N::N1, N::N2],
    cells: &[
        &[listed(StageGroup::I), listed(II), listed(IIIA)],
        &[listed(II), listed(IIIA), listed(IIIA)],
    ],
    any_n: &[
        AnyN {
            t: T::T3,
            group: IIIA,
            // VistA gives T3 NX M0 no group; the table's row says any N.
            nx_note: Some((NoteId::Meso9T3Nx, SourceId::Meso9)),
        },
        AnyN {
            t: T::T4,
            group: IIIB,
            nx_note: None,
        },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    /// A table of two rows and two columns, with T2 and N2 read through their subcategories.
    const TINY: Table = Table {
        scheme: Scheme::Lung9,
        source: SourceId::Iaslc9,
        rows: &[T::T2a, T::T2b],
        columns: &[N::N2a, N::N2b],
        cells: &[&[listed(IIA), listed(IIB)], &[listed(IIA), listed(IIIA)]],
        any_n: &[],
    };

    #[test]
    fn the_engine_reads_a_tiny_table() {
        assert_eq!(TINY.read(T::T2a, N::N2b), Read::Cell(listed(IIB)));
        // Every T2 subcategory gives IIA with N2a: T2 does too.
        assert_eq!(TINY.read(T::T2, N::N2a), Read::Shared(IIA));
        // With N2 the subcategories differ: the nodes decide, and the reason names both.
        assert_eq!(
            TINY.read(T::T2a, N::N2),
            Read::None(NoGroup::N2WithoutSubcategory {
                with_n2a: IIA,
                with_n2b: IIB
            })
        );
        // T2 with N2b differs by the T's size.
        assert_eq!(
            TINY.read(T::T2, N::N2b),
            Read::None(NoGroup::T2WithoutSubcategory)
        );
        // A row or column the table does not have.
        assert_eq!(
            TINY.read(T::T3, N::N2a),
            Read::None(NoGroup::NotAColumn { n: N::N2a })
        );
    }

    #[test]
    fn every_row_has_a_cell_for_every_column() {
        for table in [&LUNG_8, &LUNG_9, &MESOTHELIOMA_8, &MESOTHELIOMA_9] {
            assert_eq!(table.cells.len(), table.rows.len(), "{:?}", table.scheme);
            for row in table.cells {
                assert_eq!(row.len(), table.columns.len(), "{:?}", table.scheme);
            }
        }
    }
}
