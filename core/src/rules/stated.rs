//! What follows from a stage stated without T, N and M ("IIIA" from a report), derived from
//! the tables: every T, N and M of the scheme whose group is the stated one, each staged as a
//! case with `assess`, and each part of the result kept only where all of them agree. A
//! stage-only answer so never contradicts the answer for any case in that stage.

use crate::{
    Assessment, Case, Classified, Error, Extent, Figure, Grouping, IaslcWithheld, M,
    MetastasisInput, N, NodeInput, Note, Scheme, SeerRow, SeerWithheld, SourceId, StageGroup,
    StatedStage, SummaryStage, T, Text, Treatment, TumorInput, assess, group, iaslc_for, meaning,
    seer_for, treatment_for, treatment_notes,
};

/// One part of a stated stage's result: the same for every case of the stage, or what it
/// depends on.
#[derive(Debug, Clone, PartialEq)]
pub enum Agreed<X> {
    /// Every case of the stage gives this.
    Every(X),
    /// The cases differ.
    Depends {
        /// Each value some case gives, once, in the order of the table.
        values: Vec<X>,
        /// The categories it follows.
        on: Axes,
    },
}

impl<X> Agreed<X> {
    /// What every case gives, if they agree.
    pub fn every(&self) -> Option<&X> {
        match self {
            Agreed::Every(x) => Some(x),
            Agreed::Depends { .. } => None,
        }
    }

    /// The categories it depends on, where the cases differ.
    pub fn depends_on(&self) -> Option<Axes> {
        match self {
            Agreed::Every(_) => None,
            Agreed::Depends { on, .. } => Some(*on),
        }
    }
}

/// Which of T, N and M decide a part of the result, where the cases of a stage differ: the
/// fewest categories that, once known, leave one answer among the cases of the stage. N
/// alone is tried first, then T, then M, then two of them, then all three. (For 9th-edition
/// IIB, N alone and T alone each decide the 8th-edition group; it is said to depend on N,
/// which the editions changed.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Axes {
    /// The primary tumour.
    pub t: bool,
    /// The regional lymph nodes.
    pub n: bool,
    /// Distant metastasis.
    pub m: bool,
}

impl Axes {
    /// Each category either one has.
    pub const fn or(self, other: Axes) -> Axes {
        Axes {
            t: self.t || other.t,
            n: self.n || other.n,
            m: self.m || other.m,
        }
    }

    /// The letters, lowercase, as the JSON report lists them: `["t", "n"]`.
    pub fn codes(self) -> Vec<&'static str> {
        [(self.t, "t"), (self.n, "n"), (self.m, "m")]
            .into_iter()
            .filter_map(|(on, code)| on.then_some(code))
            .collect()
    }

    /// In plain words: "the N category (which lymph nodes are involved)".
    pub fn words(self) -> String {
        let parts: Vec<&str> = [
            (self.t, "T", "the size and reach of the tumour"),
            (self.n, "N", "which lymph nodes are involved"),
            (self.m, "M", "where the cancer has spread"),
        ]
        .into_iter()
        .filter_map(|(on, _, plain)| on.then_some(plain))
        .collect();
        let letters: Vec<&str> = [(self.t, "T"), (self.n, "N"), (self.m, "M")]
            .into_iter()
            .filter_map(|(on, letter)| on.then_some(letter))
            .collect();
        let category = match letters.len() {
            1 => "category",
            _ => "categories",
        };
        format!(
            "the {} {category} ({})",
            and_list(&letters),
            and_list(&parts)
        )
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// One case of a stated stage: T, N and M entered directly, as staged by `assess`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedCell {
    /// The case: the stated edition, cancer type and classification, with T, N and M as
    /// categories.
    pub case: Case,
    /// Its assessment.
    pub assessment: Assessment,
}

impl StatedCell {
    fn tnm(&self) -> (T, N, M) {
        let s = &self.assessment.staging;
        (
            s.t.category.category,
            s.n.category.category,
            s.m.category.category,
        )
    }
}

/// What follows from a stated stage.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedAssessment {
    /// The stage as stated.
    pub stated: StatedStage,
    /// The table used (mesothelioma falls back to the 8th edition).
    pub scheme: Scheme,
    /// Notices about the stage as a whole, such as an edition fallback.
    pub notes: Vec<Note>,
    /// Every case of the stage, in the order of the categories.
    pub cells: Vec<StatedCell>,
    /// The groups of those cases, each once, in table order: the stated group or its
    /// subgroups, or for an extent alone every group it spans.
    pub groups: Vec<StageGroup>,
    /// The usual treatment approach.
    pub treatment: Agreed<Option<Treatment>>,
    /// The texts that go with the treatment approach.
    pub treatment_notes: Agreed<Vec<Treatment>>,
    /// The SEER summary stage.
    pub summary: Agreed<SummaryStage>,
    /// The SEER survival figure, or why none is shown.
    pub seer: Agreed<Result<SeerRow, SeerWithheld>>,
    /// The IASLC survival figure with its 8th-edition group, or why none is shown.
    pub iaslc: Agreed<Result<(StageGroup, Figure), IaslcWithheld>>,
    /// The group in the other edition (lung only). Where the cases differ, `values` are every
    /// group they could have there, those of a case the other edition leaves undefined
    /// (an 8th-edition N2 in the 9th) being the ones that would decide it.
    pub other_edition: Option<Agreed<StageGroup>>,
    /// Limited or extensive (small cell only).
    pub extent: Option<Agreed<Extent>>,
}

/// The group a stated group also covers: IA1 to IA3 are within IA, IVA and IVB within IV,
/// and IIA and IIB within II (a lung stage II as reports name it).
fn within(g: StageGroup) -> Option<StageGroup> {
    match g {
        StageGroup::IIA | StageGroup::IIB => Some(StageGroup::II),
        other => other.parent(),
    }
}

/// Whether a case of group `g` is a case of the stated group.
pub(crate) fn covers(stated: StageGroup, g: StageGroup) -> bool {
    g == stated || within(g) == Some(stated)
}

/// Every T, N and M the scheme has, categories without a subcategory included. (Plain
/// loops: the widget carries this, and iterator adapters would cost its first load more.)
fn categories(scheme: Scheme) -> Vec<(T, N, M)> {
    let mut out = Vec::new();
    for &t in T::ALL {
        for &n in N::ALL {
            for &m in M::ALL {
                if scheme.check_t(t).is_ok()
                    && scheme.check_n(n).is_ok()
                    && scheme.check_m(m).is_ok()
                {
                    out.push((t, n, m));
                }
            }
        }
    }
    out
}

/// The groups a stage can be stated as with `scheme`, in table order: every group its table
/// gives a case, and the group each lies within (IA, II, IV).
///
/// ```
/// use lungstage::{Scheme, StageGroup, stated_groups};
///
/// let lung = stated_groups(Scheme::Lung9);
/// assert!(lung.contains(&StageGroup::IA2) && lung.contains(&StageGroup::IA));
/// let meso = stated_groups(Scheme::Mesothelioma8);
/// assert!(meso.contains(&StageGroup::II) && !meso.contains(&StageGroup::IA1));
/// ```
pub fn stated_groups(scheme: Scheme) -> Vec<StageGroup> {
    let mut found: Vec<StageGroup> = Vec::new();
    for (t, n, m) in categories(scheme) {
        if let Ok(Grouping { group: Some(g), .. }) = group(scheme, t, n, m) {
            found.push(g);
            found.extend(within(g));
        }
    }
    let mut out = Vec::new();
    for &g in StageGroup::ALL {
        if found.contains(&g) {
            out.push(g);
        }
    }
    out
}

/// The case of one cell of the stated stage.
fn cell_case(stated: &StatedStage, t: T, n: N, m: M) -> Case {
    Case {
        edition: stated.edition,
        histology: stated.histology,
        subtype: None,
        classification: Some(stated.classification),
        tumor: Some(TumorInput::Category(Classified::plain(t))),
        nodes: Some(NodeInput::Category(Classified::plain(n))),
        metastases: Some(MetastasisInput::Category(Classified::plain(m))),
    }
}

/// Every case of the stated stage, staged: the cells whose group the stage covers (with
/// an extent, those of that extent too). Empty where no case has both.
pub(crate) fn cells(stated: &StatedStage) -> Result<Vec<StatedCell>, Error> {
    let scheme = stated.scheme();
    let mut out = Vec::new();
    for (t, n, m) in categories(scheme) {
        // The table alone says which cells can be in the stage; only those are staged.
        let Some(g) = group(scheme, t, n, m)?.group else {
            continue;
        };
        if stated.group.is_some_and(|s| !covers(s, g)) {
            continue;
        }
        let case = cell_case(stated, t, n, m);
        let assessment = assess(&case)?;
        let s = &assessment.staging;
        let in_stage = match (stated.group, s.stage()) {
            (_, None) => false,
            (Some(stated), Some(g)) => covers(stated, g),
            (None, Some(_)) => true,
        };
        let extent = s.sclc.as_ref().map(|e| e.extent);
        if in_stage && stated.extent.is_none_or(|e| extent == Some(e)) {
            out.push(StatedCell { case, assessment });
        }
    }
    Ok(out)
}

/// The categories of a cell that an [`Axes`] names.
type Known = (Option<T>, Option<N>, Option<M>);

/// Whether knowing the categories of `on` leaves one value among the cells: every two cells
/// alike in them give the same. `values` are each cell's value by its index among the
/// distinct ones (so that this code is not copied for every kind of value).
fn decides(on: Axes, tnm: &[(T, N, M)], values: &[usize]) -> bool {
    let key = |c: &(T, N, M)| -> Known {
        (
            on.t.then_some(c.0),
            on.n.then_some(c.1),
            on.m.then_some(c.2),
        )
    };
    let mut seen: Vec<(Known, &usize)> = Vec::new();
    for (c, v) in tnm.iter().zip(values) {
        let k = key(c);
        match seen.iter().find(|(sk, _)| *sk == k) {
            Some((_, first)) if *first != v => return false,
            Some(_) => {}
            None => seen.push((k, v)),
        }
    }
    true
}

/// The fewest categories that decide `values` among the cells (see [`Axes`]).
fn axes(cells: &[StatedCell], values: &[usize]) -> Axes {
    let tnm: Vec<(T, N, M)> = cells.iter().map(StatedCell::tnm).collect();
    let axes = |t, n, m| Axes { t, n, m };
    let tried = [
        axes(false, true, false),
        axes(true, false, false),
        axes(false, false, true),
        axes(true, true, false),
        axes(false, true, true),
        axes(true, false, true),
    ];
    tried
        .into_iter()
        .find(|&on| decides(on, &tnm, values))
        .unwrap_or(axes(true, true, true))
}

/// What every cell gives for `part`, or what it depends on. `cells` is never empty.
fn agree<X: PartialEq>(cells: &[StatedCell], part: impl FnMut(&StatedCell) -> X) -> Agreed<X> {
    let mut distinct: Vec<X> = Vec::new();
    let mut keys: Vec<usize> = Vec::with_capacity(cells.len());
    for value in cells.iter().map(part) {
        let key = match distinct.iter().position(|d| *d == value) {
            Some(key) => key,
            None => {
                distinct.push(value);
                distinct.len() - 1
            }
        };
        keys.push(key);
    }
    match distinct.len() {
        1 => Agreed::Every(distinct.remove(0)),
        _ => Agreed::Depends {
            on: axes(cells, &keys),
            values: distinct,
        },
    }
}

/// The groups a case could have in the other edition, as `stated` names them (a group within
/// the stated one counts as it: a 9th-edition IA is IA in the 8th too): its group there, or
/// where the other edition defines none for the case, those of the categories that would
/// decide it, with the axes of those categories.
fn possible(a: &Assessment, stated: Option<StageGroup>) -> (Vec<StageGroup>, Axes) {
    let named = |g: StageGroup| match stated {
        Some(s) if covers(s, g) => s,
        _ => g,
    };
    let mut on = Axes::default();
    let Some(other) = &a.other else {
        return (Vec::new(), on);
    };
    let groups = match (other.stage(), other.decider()) {
        (Some(g), _) => vec![named(g)],
        (None, Some(crate::Decider::Choices(choices))) => choices
            .into_iter()
            .map(|(category, g)| {
                match category {
                    crate::Category::T(_) => on.t = true,
                    crate::Category::N(_) => on.n = true,
                    crate::Category::M(_) => on.m = true,
                }
                named(g)
            })
            .collect(),
        (None, Some(crate::Decider::Range { .. }) | None) => Vec::new(),
    };
    (groups, on)
}

/// What follows from a stated stage, derived from every case of it.
///
/// ```
/// use lungstage::{Agreed, Edition, Histology, Prefix, StageGroup, StatedStage, assess_stated};
///
/// // 9th-edition IIB: T1 N2a, T2 N1 and T3 N0. In the 8th edition T1 N2a is IIIA, the others
/// // IIB: the 8th-edition group depends on N.
/// let stated = StatedStage::new(Edition::Ninth, Histology::Nsclc, Prefix::C, Some(StageGroup::IIB), None).unwrap();
/// let s = assess_stated(&stated).unwrap();
/// let Some(Agreed::Depends { values, on }) = &s.other_edition else { panic!() };
/// assert_eq!(values, &[StageGroup::IIB, StageGroup::IIIA]);
/// assert!(on.n && !on.t && !on.m);
/// ```
pub fn assess_stated(stated: &StatedStage) -> Result<StatedAssessment, Error> {
    let (scheme, notice) = stated.table();
    let cells = cells(stated)?;
    if cells.is_empty() {
        return Err(stated.no_case());
    }
    let mut groups: Vec<StageGroup> = Vec::new();
    for c in &cells {
        groups.extend(c.assessment.staging.stage());
    }
    let groups = StageGroup::ALL
        .iter()
        .copied()
        .filter(|g| groups.contains(g))
        .collect();
    // For an extent alone there is none: limited and extensive are the same in both editions.
    let other_edition = (scheme.is_lung() && stated.group.is_some()).then(|| {
        let mut deciders = Axes::default();
        let agreed = agree(&cells, |c| {
            let (groups, on) = possible(&c.assessment, stated.group);
            deciders = deciders.or(on);
            groups
        });
        match agreed {
            Agreed::Every(one) if one.len() == 1 => Agreed::Every(one[0]),
            agreed => {
                let found: Vec<StageGroup> = match &agreed {
                    Agreed::Every(list) => list.clone(),
                    Agreed::Depends { values, .. } => values.concat(),
                };
                Agreed::Depends {
                    values: StageGroup::ALL
                        .iter()
                        .copied()
                        .filter(|g| found.contains(g))
                        .collect(),
                    // With what would decide a group the other edition leaves open (N2a or
                    // N2b for an 8th-edition N2).
                    on: agreed.depends_on().unwrap_or_default().or(deciders),
                }
            }
        }
    });
    let extent = (stated.histology == crate::Histology::Sclc).then(|| {
        agree(&cells, |c| {
            c.assessment
                .staging
                .sclc
                .as_ref()
                .map_or(Extent::Undetermined, |e| e.extent)
        })
    });
    Ok(StatedAssessment {
        stated: *stated,
        scheme,
        notes: notice.into_iter().collect(),
        groups,
        treatment: agree(&cells, |c| treatment_for(&c.assessment.staging)),
        treatment_notes: agree(&cells, |c| treatment_notes(&c.assessment.staging)),
        summary: agree(&cells, |c| c.assessment.staging.summary.stage),
        seer: agree(&cells, |c| seer_for(&c.assessment)),
        iaslc: agree(&cells, |c| iaslc_for(&c.assessment)),
        other_edition,
        extent,
        cells,
    })
}

impl StatedAssessment {
    /// The stage as stated: "Stage IIIA", "Occult carcinoma", "Limited stage".
    pub fn title(&self) -> String {
        self.stated.title()
    }

    /// "clinical stage IIIA", "pathological occult carcinoma", "clinical limited stage".
    pub fn stage_label(&self) -> String {
        self.stated.label()
    }

    /// What the stated group means, for this cancer type.
    pub fn meaning(&self) -> Option<Text> {
        meaning(
            self.stated.histology,
            self.scheme.edition(),
            self.stated.group?,
        )
    }

    /// Small cell only: the caveat on limited stage, as every case of small cell has it.
    pub fn extent_caveat(&self) -> Option<Note> {
        self.stated.extent_caveat()
    }

    /// The source of the table used.
    pub fn table_source(&self) -> SourceId {
        self.stated.sources()[0]
    }

    /// The sources the result cites: the table, the notices, the meaning, the agreed
    /// treatment texts and, for small cell, the extent's caveat. (The survival figures name
    /// their own.)
    pub fn sources(&self) -> Vec<SourceId> {
        let mut out = self.stated.sources();
        let mut treatments: Vec<Treatment> = self
            .treatment
            .every()
            .copied()
            .flatten()
            .into_iter()
            .collect();
        treatments.extend(self.treatment_notes.every().into_iter().flatten());
        for t in treatments {
            out.extend_from_slice(t.sources());
        }
        let mut once = Vec::new();
        for id in out {
            if !once.contains(&id) {
                once.push(id);
            }
        }
        once
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Edition, Histology, Prefix};
    use StageGroup::*;

    fn stated(edition: Edition, group: StageGroup) -> StatedAssessment {
        let s = StatedStage::new(edition, Histology::Nsclc, Prefix::C, Some(group), None).unwrap();
        assess_stated(&s).unwrap()
    }

    #[test]
    fn axes_read_as_words() {
        let n = Axes {
            n: true,
            ..Axes::default()
        };
        assert_eq!(n.words(), "the N category (which lymph nodes are involved)");
        let tn = Axes {
            t: true,
            n: true,
            m: false,
        };
        assert_eq!(
            tn.words(),
            "the T and N categories (the size and reach of the tumour and which lymph nodes are involved)"
        );
        assert_eq!(tn.codes(), ["t", "n"]);
    }

    #[test]
    fn a_parent_group_covers_its_subgroups_only() {
        let ia = stated(Edition::Ninth, IA);
        assert_eq!(ia.groups, [IA1, IA2, IA3, IA]);
        let ia1 = stated(Edition::Ninth, IA1);
        assert_eq!(ia1.groups, [IA1]);
        assert_eq!(stated(Edition::Ninth, IV).groups, [IV, IVA, IVB]);
        assert_eq!(stated(Edition::Eighth, II).groups, [IIA, IIB]);
    }

    #[test]
    fn ninth_edition_iiia_treatment_depends_on_the_nodes() {
        let s = stated(Edition::Ninth, IIIA);
        let Agreed::Depends { values, on } = &s.treatment else {
            panic!("{:?}", s.treatment)
        };
        assert!(values.contains(&Some(Treatment::NsclcN2)));
        assert!(values.contains(&Some(Treatment::NsclcII)));
        assert_eq!(
            *on,
            Axes {
                n: true,
                ..Axes::default()
            }
        );
        // A pathological IIIA has been resected, whatever T and N: one text.
        let p = StatedStage::new(
            Edition::Ninth,
            Histology::Nsclc,
            Prefix::P,
            Some(IIIA),
            None,
        )
        .unwrap();
        assert_eq!(
            assess_stated(&p).unwrap().treatment,
            Agreed::Every(Some(Treatment::NsclcResected))
        );
    }

    #[test]
    fn stage_iv_depends_on_m() {
        let s = stated(Edition::Ninth, IV);
        assert_eq!(
            s.treatment.depends_on(),
            Some(Axes {
                m: true,
                ..Axes::default()
            })
        );
        // IVA and IVB are within IV in the 8th edition too.
        assert_eq!(s.other_edition, Some(Agreed::Every(IV)));
        let ivb = stated(Edition::Ninth, IVB);
        assert_eq!(ivb.treatment, Agreed::Every(Some(Treatment::NsclcIV)));
        assert_eq!(ivb.other_edition, Some(Agreed::Every(IVB)));
    }
}
