//! Staging a whole case, in the asked-for edition and in the other one.

use serde::Serialize;

use crate::messages::Msg;
use crate::rules::grouping::{NoGroup, Rule};
use crate::rules::reason::Value;

use crate::{
    Case, Classified, Derived, Edition, Error, Grouping, Histology, M, MetastasisInput, N,
    NodeInput, Note, NoteId, Prefix, Scheme, SclcExtent, SourceId, StageGroup, StagePrefixes,
    Subtype, Summary, T, Tnm, TumorInput, Worded, derive_m, derive_n, derive_t, group, sclc_extent,
    stage_prefixes, summary_stage,
};

/// The result of staging a case in one edition.
#[derive(Debug, Clone, PartialEq)]
pub struct Staging {
    /// The edition of the table used (a pathological mesothelioma case asked for in the 9th
    /// is staged with the 8th-edition table, and a note says so).
    pub edition: Edition,
    /// The table and categories used.
    pub scheme: Scheme,
    /// The cancer type as entered.
    pub histology: Histology,
    /// Mesothelioma's subtype, for the treatment text; `None` is not known.
    pub subtype: Option<Subtype>,
    /// The T category, with how it was reached.
    pub t: Derived<T>,
    /// The N category, with how it was reached.
    pub n: Derived<N>,
    /// The M category, with how it was reached.
    pub m: Derived<M>,
    /// The effective prefix of T, N, M and the stage group.
    pub classification: StagePrefixes,
    /// The stage group, or why the tables give none, with the cell that decided.
    pub grouping: Grouping,
    /// The SEER summary stage.
    pub summary: Summary,
    /// Small cell only.
    pub sclc: Option<SclcExtent>,
    /// The question the stage group waits for, when it has none because something was not
    /// entered (rather than because the tables define no group for what was).
    pub awaiting: Option<Awaiting>,
    /// No answer about distant spread was given, so M is cM0 by the AJCC
    /// convention (there is no MX); `false` when spread, or its absence, was entered.
    pub m0_assumed: bool,
    /// Notices about the case as a whole, such as an edition fallback.
    pub notes: Vec<Note>,
}

impl Staging {
    /// T, N and M with their prefixes as entered (none for findings).
    pub fn tnm(&self) -> Tnm {
        Tnm {
            t: self.t.category,
            n: self.n.category,
            m: self.m.category,
        }
    }

    /// T, N and M each with its effective prefix: `pT2a pN1 cM0`.
    pub fn prefixed_tnm(&self) -> Tnm {
        let c = self.classification;
        Tnm {
            t: Classified::with(Some(c.t), self.t.category.category),
            n: Classified::with(Some(c.n), self.n.category.category),
            m: Classified::with(Some(c.m), self.m.category.category),
        }
    }

    /// What would decide the stage, where the tables give none for what was entered.
    pub fn decider(&self) -> Option<crate::Decider> {
        crate::decider(
            self.scheme,
            self.t.category.category,
            self.n.category.category,
            self.m.category.category,
            &self.grouping,
        )
    }

    /// The stage group, if the tables give one.
    pub fn stage(&self) -> Option<StageGroup> {
        self.grouping.group
    }

    /// "pathological stage IIB", "clinical occult carcinoma", or `None` without a group.
    pub fn stage_label(&self) -> Option<String> {
        let g = self.stage()?;
        let kind = self.classification.group.name();
        Some(match g {
            StageGroup::Occult => crate::messages::text(Msg::LabelOccult, &[&kind]),
            other => crate::messages::text(Msg::LabelStage, &[&kind, &other.code()]),
        })
    }
}

/// What a case without a stage group still needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Awaiting {
    /// Nothing was said about the regional lymph nodes.
    Nodes,
    /// Nothing was entered about the primary tumour.
    Tumor,
    /// Mesothelioma, 9th edition, clinical: the summed pleural thickness (Psum) decides T.
    Psum,
    /// Mesothelioma, 9th edition, clinical: Psum is 12 mm or less, so Fmax decides T.
    Fmax,
    /// Mesothelioma, 8th edition: the thickness has no 8th-edition T, so the structures
    /// involved are needed.
    Extent,
}

/// A difference between the 8th- and 9th-edition results of one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What differs, in a sentence.
    pub text: Worded,
    /// The source of the difference.
    pub source: SourceId,
    /// Whether a table or the coding of a finding differs.
    pub kind: ChangeKind,
}

/// Whether a difference comes from the stage tables or from how a finding is coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// The editions' categories or stage tables differ.
    Table,
    /// A finding is coded to a different category; no stage table changed (the azygos vein).
    CodingNote,
}

/// A case staged in the asked-for edition, with the other edition beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// The edition asked for.
    pub requested_edition: Edition,
    /// The case staged in that edition (a pathological mesothelioma case in the 9th: the
    /// 8th-edition table).
    pub staging: Staging,
    /// The other edition; `None` when both editions use the same table (a pathological
    /// mesothelioma case).
    pub other: Option<Staging>,
    /// What differs between the editions; empty when nothing does, and left empty by
    /// `assess_editions` (`edition_changes` gives it).
    pub changes: Vec<Change>,
}

impl Assessment {
    /// The 8th- and 9th-edition results, when both exist.
    pub fn by_edition(&self) -> Option<(&Staging, &Staging)> {
        let other = self.other.as_ref()?;
        Some(match self.staging.edition {
            Edition::Eighth => (&self.staging, other),
            Edition::Ninth => (other, &self.staging),
        })
    }
}

/// Small cell's extent (`sclc_extent`'s arguments as one, for `apart`).
fn extent((case, t, m): (&Case, T, M)) -> SclcExtent {
    sclc_extent(case, t, m)
}

/// Stages `case` in its own edition.
pub fn stage(case: &Case) -> Result<Staging, Error> {
    case.validate()?;
    // A pathological group takes the 8th-edition mesothelioma table (docs/clinical-decisions.md#d28).
    let (scheme, notice) = Scheme::for_case(
        case.edition,
        case.histology,
        written_group(case).is_pathological(),
    );
    let t = derive_t(scheme, case.tumor.as_ref())?;
    let mut n = derive_n(scheme, case.nodes.as_ref())?;
    if scheme == Scheme::Mesothelioma9 {
        // docs/clinical-decisions.md#d30.
        n.notes
            .push(Note::fixed(NoteId::Meso9Nodes, SourceId::SeerEodMeso9));
    }
    let m = derive_m(scheme, case.metastases.as_ref())?;
    let classification = stage_prefixes(
        case.classification.unwrap_or(Prefix::C),
        t.category.prefix,
        n.category.prefix,
        (m.category.prefix, m.category.category),
    );
    let mut grouping = group(
        scheme,
        t.category.category,
        n.category.category,
        m.category.category,
    )?;
    // TX N0 M0 is occult carcinoma only when cancer cells were found; a tumour with nothing
    // entered about it is not assessed, and gets no stage.
    if grouping.group == Some(StageGroup::Occult) && !tumor_is_occult_or_category(case) {
        grouping = Grouping {
            group: None,
            rule: Rule::NoGroup(NoGroup::NothingEntered),
            source: SourceId::Ajcc8,
            notes: Vec::new(),
        };
    }
    // A T the findings leave open waits for its answer: the rule says which.
    if let (None, Some(asks)) = (grouping.group, t.asks) {
        grouping.rule = Rule::NoGroup(NoGroup::TumorAwaits { asks });
        grouping.notes.clear();
    }
    let summary = summary_stage(case, scheme, &t, &n, &m);
    let sclc = (case.histology == Histology::Sclc)
        .then(|| super::apart(extent, (case, t.category.category, m.category.category)));
    let awaiting = match grouping.group {
        Some(_) => None,
        None if t.asks.is_some() => t.asks,
        None if case.nodes.is_none() && n.category.category == N::Nx => Some(Awaiting::Nodes),
        None if t.category.category == T::Tx && !tumor_is_occult_or_category(case) => {
            Some(Awaiting::Tumor)
        }
        None => None,
    };
    Ok(Staging {
        edition: scheme.edition(),
        scheme,
        histology: case.histology,
        subtype: case.subtype,
        t,
        n,
        m,
        classification,
        grouping,
        summary,
        sclc,
        awaiting,
        m0_assumed: case.metastases.is_none(),
        notes: notice.into_iter().collect(),
    })
}

/// The stage group's prefix from the case's classification and the prefixes written on its
/// categories, before anything is derived: it chooses the table where the editions differ by
/// classification (mesothelioma).
fn written_group(case: &Case) -> Prefix {
    let t = match &case.tumor {
        Some(TumorInput::Category(c)) => c.prefix,
        Some(TumorInput::Findings(_)) | None => None,
    };
    let n = match &case.nodes {
        Some(NodeInput::Category(c)) => c.prefix,
        Some(NodeInput::Findings(_)) | None => None,
    };
    let m = match &case.metastases {
        Some(MetastasisInput::Category(c)) => (c.prefix, c.category),
        // An M1 from findings takes no p prefix, so it counts as M0 here.
        Some(MetastasisInput::Findings(_)) | None => (None, M::M0),
    };
    stage_prefixes(case.classification.unwrap_or(Prefix::C), t, n, m).group
}

/// Whether the case says occult carcinoma: the finding itself, or TX entered as a category.
fn tumor_is_occult_or_category(case: &Case) -> bool {
    match &case.tumor {
        None => false,
        Some(TumorInput::Category(_)) => true,
        Some(TumorInput::Findings(f)) => f.occult,
    }
}

/// The same case in `edition`: findings are re-read under that edition's
/// rules, and 9th-edition categories become the 8th-edition ones that
/// contain them (N2a is N2, M1c1 is M1c).
pub fn in_edition(case: &Case, edition: Edition) -> Case {
    let mut other = case.clone();
    other.edition = edition;
    if edition == Edition::Eighth {
        if let Some(NodeInput::Category(c)) = &case.nodes {
            other.nodes = Some(NodeInput::Category(Classified::with(
                c.prefix,
                c.category.in_eighth(),
            )));
        }
        if let Some(MetastasisInput::Category(c)) = &case.metastases {
            other.metastases = Some(MetastasisInput::Category(Classified::with(
                c.prefix,
                c.category.in_eighth(),
            )));
        }
    }
    other
}

/// Stages `case` in its edition and in the other edition, and says what changed.
///
/// ```
/// use lungstage::{assess, Case, StageGroup};
///
/// let case = Case::from_json(r#"{
///     "tumor": {"size_cm": 2.5},
///     "nodes": {"tumor_side": "right", "stations": ["10R"]}
/// }"#).unwrap();
/// let a = assess(&case).unwrap();
/// assert_eq!(a.staging.stage(), Some(StageGroup::IIA));
/// assert_eq!(a.other.as_ref().unwrap().stage(), Some(StageGroup::IIB));
/// assert!(a.changes.iter().any(|c| c.text.to_string().contains("IIB")));
/// ```
pub fn assess(case: &Case) -> Result<Assessment, Error> {
    let mut assessment = assess_editions(case)?;
    assessment.changes = edition_changes(case, &assessment);
    Ok(assessment)
}

/// `assess` without what differs between the editions (`changes` left empty), for a caller
/// that works that out only where it shows it, with `edition_changes`: the widget, whose
/// first answer for a patient does not show it, and so does not carry its code (docs/size.md).
// Kept out of line: inlined into the widget's reducer, `assess` cost about 280 B of brotli in
// the first load (measured 2026-12-01).
#[inline(never)]
pub fn assess_editions(case: &Case) -> Result<Assessment, Error> {
    let staging = stage(case)?;
    // Both editions use one table for a pathological mesothelioma case: no other edition.
    let other = stage(&in_edition(case, case.edition.other()))
        .ok()
        .filter(|other| other.scheme != staging.scheme);
    Ok(Assessment {
        requested_edition: case.edition,
        staging,
        other,
        changes: Vec::new(),
    })
}

/// What differs between the editions of `assessment`, `case`'s: `assess` fills
/// `Assessment::changes` with it. Empty without another edition.
pub fn edition_changes(case: &Case, assessment: &Assessment) -> Vec<Change> {
    match assessment.by_edition() {
        Some((eighth, ninth)) => changes(case, eighth, ninth),
        None => Vec::new(),
    }
}

fn stage_label(g: Option<StageGroup>) -> String {
    StageGroup::code_or_not_defined(g).to_owned()
}

/// What differs from the 8th (`a`) to the 9th (`b`) edition, derived from the feature rows
/// and the tables.
fn changes(case: &Case, a: &Staging, b: &Staging) -> Vec<Change> {
    let mut out = Vec::new();
    let (t8, t9) = (a.t.category.category, b.t.category.category);
    let (n8, n9) = (a.n.category.category, b.n.category.category);
    let (m8, m9) = (a.m.category.category, b.m.category.category);
    if t8 != t9 {
        // The findings whose T differs between the editions' feature rows.
        let features = match &case.tumor {
            Some(TumorInput::Findings(f)) => f.features.as_slice(),
            Some(TumorInput::Category(_)) | None => &[],
        };
        for &feature in features {
            let ((f8, _), (f9, source)) = (feature.t(Edition::Eighth), feature.t(Edition::Ninth));
            if f8 != f9 {
                out.push(Change {
                    text: Worded::with(
                        Msg::ChangeCoding,
                        vec![
                            Value::text(&t8),
                            Value::text(&t9),
                            feature.label_msg().into(),
                            Value::text(&f8),
                            Value::text(&f9),
                        ],
                    ),
                    source,
                    kind: ChangeKind::CodingNote,
                });
            }
        }
    }
    if n8 != n9 && matches!(n9, N::N2a | N::N2b) {
        out.push(Change {
            text: Worded::new(Msg::ChangeN2Split, &[&n8, &n9]),
            source: SourceId::Iaslc9,
            kind: ChangeKind::Table,
        });
    }
    if m8 != m9 && matches!(m9, M::M1c1 | M::M1c2) {
        out.push(Change {
            text: Worded::new(Msg::ChangeM1cSplit, &[&m8, &m9]),
            source: SourceId::Iaslc9M,
            kind: ChangeKind::Table,
        });
    }
    let (g8, g9) = (a.stage(), b.stage());
    // A side whose T waits for an answer has no stage to compare yet; its rule says what.
    if g8 != g9 && a.t.asks.is_none() && b.t.asks.is_none() {
        let meso = !b.scheme.is_lung();
        let row = match t9 {
            T::T1mi | T::T1a | T::T1b | T::T1c | T::T1 => Some("T1"),
            T::T2a | T::T2b | T::T2 => Some("T2"),
            T::T3 => Some("T3"),
            T::Tx | T::T0 | T::Tis | T::T4 => None,
        };
        let (eighth, ninth) = (stage_label(g8), stage_label(g9));
        let text = match (row, n9) {
            // Not the tables: the same findings give a different T (a coding note, above, or
            // mesothelioma's clinical T from CT thickness in the 9th edition).
            _ if t8 != t9 => Worded::new(Msg::ChangeStageByT, &[&eighth, &ninth, &t8, &t9]),
            // Mesothelioma's N keeps its 8th-edition meaning, so any N names a cell of both tables.
            (Some(row), n)
                if g8.is_some()
                    && g9.is_some()
                    && (meso || matches!(n, N::N1 | N::N2a | N::N2b)) =>
            {
                Worded::new(Msg::ChangeStageMoved, &[&eighth, &ninth, &row, &n9])
            }
            (_, N::N2) if g9.is_none() => {
                Worded::new(Msg::ChangeStageNeedsN2Subgroup, &[&eighth, &ninth])
            }
            _other => Worded::new(Msg::ChangeStage, &[&eighth, &ninth]),
        };
        out.push(Change {
            text,
            source: if meso {
                SourceId::Meso9
            } else {
                SourceId::Iaslc9
            },
            kind: ChangeKind::Table,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assessment(json: &str) -> Assessment {
        assess(&Case::from_json(json).unwrap()).unwrap()
    }

    #[test]
    fn the_changes_worked_out_apart_are_assess_s() {
        let case = Case::from_json(
            r#"{"tumor": {"size_cm": 3.4}, "nodes": {"tumor_side": "right", "stations": ["4R", "2R"]}}"#,
        )
        .unwrap();
        let whole = assess(&case).unwrap();
        let apart = assess_editions(&case).unwrap();
        assert!(apart.changes.is_empty());
        assert!(!whole.changes.is_empty());
        assert_eq!(edition_changes(&case, &apart), whole.changes);
        assert_eq!(
            Assessment {
                changes: whole.changes.clone(),
                ..apart
            },
            whole
        );
    }

    #[test]
    fn both_editions_and_what_changed() {
        let a = assessment(
            r#"{"tumor": {"size_cm": 3.4}, "nodes": {"tumor_side": "right", "stations": ["4R", "2R"]}}"#,
        );
        let (e8, e9) = a.by_edition().unwrap();
        assert_eq!(
            (e8.tnm().to_string(), e8.stage()),
            ("T2a N2 M0".to_owned(), Some(StageGroup::IIIA))
        );
        assert_eq!(
            (e9.tnm().to_string(), e9.stage()),
            ("T2a N2b M0".to_owned(), Some(StageGroup::IIIB))
        );
        let texts: Vec<String> = a.changes.iter().map(|c| c.text.to_string()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("N is N2 in the 8th edition and N2b in the 9th"));
        assert_eq!(
            texts[1],
            "Stage is IIIA in the 8th edition and IIIB in the 9th: the 9th edition moved T2 N2b from IIIA to IIIB."
        );
    }

    #[test]
    fn categories_carry_over_to_the_other_edition() {
        let a = assessment(
            r#"{"edition": 9, "tumor": {"category": "cT1c"}, "nodes": {"category": "cN2a"}, "metastases": {"category": "cM0"}}"#,
        );
        assert_eq!(a.staging.stage(), Some(StageGroup::IIB));
        let other = a.other.as_ref().unwrap();
        assert_eq!(other.tnm().to_string(), "cT1c cN2 cM0");
        assert_eq!(other.stage(), Some(StageGroup::IIIA));
        let a = assessment(
            r#"{"edition": 8, "tumor": {"category": "T1c"}, "nodes": {"category": "N2"}, "metastases": {"category": "M0"}}"#,
        );
        assert_eq!(a.other.as_ref().unwrap().stage(), None);
        assert!(
            a.changes
                .iter()
                .any(|c| c.text.to_string().contains("N2a or N2b")),
            "{:?}",
            a.changes
        );
    }

    #[test]
    fn stage_carries_its_classification() {
        let cases = [
            (
                r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
                "cT2a cN1 cM0",
                Prefix::C,
            ),
            (
                r#"{"tumor": {"size_cm": 3.4}, "nodes": {"stations": []}}"#,
                "cT2a cN0 cM0",
                Prefix::C,
            ),
            (
                r#"{"classification": "p", "tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
                "pT2a pN1 cM0",
                Prefix::P,
            ),
            (
                r#"{"tumor": {"category": "pT2a"}, "nodes": {"category": "pN1"}, "metastases": {"category": "cM0"}}"#,
                "pT2a pN1 cM0",
                Prefix::P,
            ),
            (
                r#"{"tumor": {"category": "cT2a"}, "nodes": {"category": "pN1"}, "metastases": {"category": "cM0"}}"#,
                "cT2a pN1 cM0",
                Prefix::C,
            ),
            (
                r#"{"tumor": {"category": "pT2a"}, "nodes": {"category": "pN0"}, "metastases": {"category": "pM1b"}}"#,
                "pT2a pN0 pM1b",
                Prefix::P,
            ),
            (
                r#"{"tumor": {"category": "cT2a"}, "nodes": {"category": "cN0"}, "metastases": {"category": "pM1b"}}"#,
                "cT2a cN0 pM1b",
                Prefix::P,
            ),
            (
                r#"{"tumor": {"category": "ypT1a"}, "nodes": {"category": "ypN0"}, "metastases": {"category": "cM0"}}"#,
                "ypT1a ypN0 cM0",
                Prefix::Yp,
            ),
            (
                r#"{"classification": "p", "tumor": {"category": "cT2a"}, "nodes": {"category": "N1"}}"#,
                "cT2a pN1 cM0",
                Prefix::C,
            ),
            (
                r#"{"classification": "p", "tumor": {"size_cm": 2.5}, "nodes": {"tumor_side": "right", "stations": ["10R"]}}"#,
                "pT1c pN1 cM0",
                Prefix::P,
            ),
        ];
        for (json, tnm, group) in cases {
            let a = assessment(json);
            let s = &a.staging;
            assert_eq!(
                (s.prefixed_tnm().to_string(), s.classification.group),
                (tnm.to_owned(), group),
                "{json}"
            );
            let other = a.other.as_ref().unwrap();
            assert_eq!(other.classification, s.classification, "{json}");
        }
        let s =
            assessment(r#"{"tumor": {"category": "pT2a"}, "nodes": {"category": "pN1"}}"#).staging;
        assert_eq!(s.stage_label().as_deref(), Some("pathological stage IIB"));
    }

    #[test]
    fn same_in_both_editions_has_no_changes() {
        let a = assessment(r#"{"tumor": {"size_cm": 1.5}, "nodes": {"stations": []}}"#);
        assert_eq!(a.staging.stage(), Some(StageGroup::IA2));
        assert!(a.changes.is_empty());
    }

    #[test]
    fn azygos_changes_t() {
        let a = assessment(
            r#"{"tumor": {"size_cm": 2, "features": ["azygos_vein"]}, "nodes": {"stations": []}}"#,
        );
        let (e8, e9) = a.by_edition().unwrap();
        assert_eq!(
            (e8.stage(), e9.stage()),
            (Some(StageGroup::IIIA), Some(StageGroup::IIB))
        );
        assert!(a.changes[0].text.to_string().contains("azygos"));
        assert_eq!(a.changes[0].kind, ChangeKind::CodingNote);
        assert_eq!(a.changes[1].kind, ChangeKind::Table);
        assert!(
            a.changes[1]
                .text
                .to_string()
                .ends_with("because T is T4 in one and T3 in the other.")
        );
    }

    #[test]
    fn metastasis_always_gives_stage_iv() {
        for json in [
            r#"{"metastases": {"sites": [{"site": "brain"}]}}"#,
            r#"{"tumor": {"in_situ": true}, "metastases": {"sites": [{"site": "bone", "lesions": 3}]}}"#,
            r#"{"histology": "mesothelioma", "metastases": {"sites": [{"site": "liver"}]}}"#,
            r#"{"edition": 8, "histology": "sclc", "metastases": {"category": "M1"}}"#,
        ] {
            let a = assessment(json);
            assert_eq!(
                a.staging.stage().and_then(StageGroup::broad),
                Some(4),
                "{json}"
            );
        }
    }

    /// The 9th-edition table for a clinical case, the 8th beside it, and the difference
    /// said from the two tables.
    #[test]
    fn mesothelioma_in_both_editions() {
        use StageGroup::{IB, II, IIIA, IIIB};
        let cases = [
            (
                "T3",
                "N0",
                Some(IB),
                Some(IIIA),
                Some("moved T3 N0 from IB to IIIA."),
            ),
            (
                "T1",
                "N2",
                Some(IIIB),
                Some(IIIA),
                Some("moved T1 N2 from IIIB to IIIA."),
            ),
            (
                "T2",
                "N1",
                Some(II),
                Some(IIIA),
                Some("moved T2 N1 from II to IIIA."),
            ),
            (
                "T3",
                "NX",
                None,
                Some(IIIA),
                Some("not defined by the staging tables in the 8th edition and IIIA in the 9th."),
            ),
            ("T4", "N1", Some(IIIB), Some(IIIB), None),
        ];
        for (t, n, eighth, ninth, change) in cases {
            let a = assessment(&format!(
                r#"{{"histology": "mesothelioma", "tumor": {{"category": "{t}"}}, "nodes": {{"category": "{n}"}}, "metastases": {{"category": "M0"}}}}"#
            ));
            assert_eq!(a.staging.scheme, Scheme::Mesothelioma9);
            assert!(a.staging.notes.is_empty(), "{:?}", a.staging.notes);
            let (e8, e9) = a.by_edition().unwrap();
            assert_eq!((e8.stage(), e9.stage()), (eighth, ninth), "{t} {n}");
            let texts: Vec<String> = a.changes.iter().map(|c| c.text.to_string()).collect();
            match change {
                Some(moved) => {
                    assert_eq!(texts.len(), 1, "{t} {n}");
                    assert!(texts[0].ends_with(moved), "{texts:?}");
                }
                None => assert!(texts.is_empty(), "{t} {n}: {texts:?}"),
            }
        }
        // Thickness only: cT2 in the 9th; the 8th has no T from it and asks for the extent.
        let a = assessment(
            r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 18}, "nodes": {"stations": []}}"#,
        );
        assert_eq!(a.staging.stage(), Some(II));
        assert_eq!(
            a.staging.t.reasons[0].text.to_string(),
            "Psum 18 mm, over 12 mm and at most 30 mm → cT2"
        );
        let e8 = a.other.as_ref().unwrap();
        assert_eq!((e8.t.category.category, e8.stage()), (T::Tx, None));
        assert_eq!(e8.awaiting, Some(Awaiting::Extent));
        // The 8th waits for the structures involved: no stage to compare yet.
        assert!(a.changes.is_empty(), "{:?}", a.changes);
        let nodes = Note::fixed(NoteId::Meso9Nodes, SourceId::SeerEodMeso9);
        assert!(a.staging.n.notes.contains(&nodes));
        // Psum 12 mm or less without Fmax: no T, and the stage waits for Fmax.
        let a = assessment(
            r#"{"histology": "mesothelioma", "tumor": {"pleural_thickness_sum_mm": 12}, "nodes": {"stations": []}}"#,
        );
        assert_eq!(
            (a.staging.stage(), a.staging.awaiting),
            (None, Some(Awaiting::Fmax))
        );
        // The form asks for the thickness: no categories offered to decide it, in either
        // edition.
        assert_eq!(a.staging.decider(), None);
        assert_eq!(a.other.as_ref().unwrap().decider(), None);
    }

    /// The 9th-edition pathological groups are not confirmed: a pathological case is staged
    /// with the 8th-edition table, and says so once.
    #[test]
    fn pathological_mesothelioma_uses_the_eighth_edition_table() {
        for json in [
            r#"{"histology": "mesothelioma", "classification": "p", "tumor": {"category": "T3"}, "nodes": {"category": "N0"}}"#,
            r#"{"histology": "mesothelioma", "tumor": {"category": "pT3"}, "nodes": {"category": "pN0"}}"#,
            r#"{"histology": "mesothelioma", "classification": "yp", "tumor": {"features": ["mediastinal_fat"]}, "nodes": {"stations": []}}"#,
        ] {
            let a = assessment(json);
            let s = &a.staging;
            assert_eq!(
                (s.edition, s.scheme),
                (Edition::Eighth, Scheme::Mesothelioma8),
                "{json}"
            );
            assert_eq!(s.stage(), Some(StageGroup::IB), "{json}");
            assert_eq!(s.grouping.source, SourceId::Meso8);
            let note = Note::fixed(NoteId::Meso9Pathological, SourceId::Meso9);
            assert_eq!(s.notes, [note], "{json}");
            assert!(a.other.is_none() && a.changes.is_empty(), "{json}");
        }
        // A clinical T written on a pathological case keeps the group clinical: the 9th table.
        let a = assessment(
            r#"{"histology": "mesothelioma", "classification": "p", "tumor": {"category": "cT3"}, "nodes": {"category": "N0"}}"#,
        );
        assert_eq!(a.staging.stage(), Some(StageGroup::IIIA));
    }

    #[test]
    fn small_cell_gets_its_extent() {
        let a = assessment(
            r#"{"histology": "sclc", "tumor": {"size_cm": 4}, "nodes": {"tumor_side": "left", "stations": ["4L"]}}"#,
        );
        assert_eq!(
            a.staging.sclc.as_ref().unwrap().extent,
            crate::Extent::Limited
        );
        assert!(assessment("{}").staging.sclc.is_none());
    }
}
