//! The form state: one plain struct, a verb-named `Action` enum and a pure reducer.
//!
//! Each of T, N and M is either described by findings or set as a category; the written
//! form (`cT2a N1 M0`) sets all three categories at once. Staging itself is the core's job
//! (see `outcome.rs`); this file only records what was entered.

use std::rc::Rc;

use lungstage::{
    Case, Classified, Edition, Feature, Histology, InSitu, Lesions, M, MetastasisInput, N,
    NodeInput, Prefix, Scheme, Side, Site, Station, Subtype, T, Tnm, TumorInput, decimal,
};
use yew::Reducible;

/// Whether an axis is described by findings or entered as a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Findings,
    Category,
}

/// Who the page is laid out for (the core owns its codes: share links and embeds write them).
pub use lungstage::View;

/// How the tumour grows, when the report says: one answer, "none of these" by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Growth {
    /// An invasive tumour, or nothing said.
    #[default]
    Usual,
    /// Adenocarcinoma in situ (AIS).
    AdenocarcinomaInSitu,
    /// Squamous carcinoma in situ (SCIS).
    SquamousInSitu,
    /// Carcinoma in situ, the kind not given.
    InSitu,
    /// Minimally invasive adenocarcinoma (MIA).
    MinimallyInvasive,
    /// Occult carcinoma: cancer cells found, no tumour seen.
    Occult,
}

impl Growth {
    pub const ALL: [Growth; 6] = [
        Growth::Usual,
        Growth::AdenocarcinomaInSitu,
        Growth::SquamousInSitu,
        Growth::InSitu,
        Growth::MinimallyInvasive,
        Growth::Occult,
    ];

    /// The core's in-situ kind for this answer.
    pub const fn in_situ(self) -> Option<InSitu> {
        match self {
            Growth::AdenocarcinomaInSitu => Some(InSitu::Adenocarcinoma),
            Growth::SquamousInSitu => Some(InSitu::Squamous),
            Growth::InSitu => Some(InSitu::Unspecified),
            Growth::Usual | Growth::MinimallyInvasive | Growth::Occult => None,
        }
    }
}

/// The unit the size is typed in (the core always gets centimetres), and mesothelioma's
/// thickness (the core always gets millimetres).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SizeUnit {
    #[default]
    Cm,
    Mm,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TumorState {
    pub mode: Mode,
    /// The size as typed, in `size_unit`; read when the case is built.
    pub size: String,
    pub size_unit: SizeUnit,
    /// The typed size has not been confirmed: over 7 cm it is asked about before staging.
    /// A size from a link or a preset was checked where it was made, so this starts `false`.
    pub size_to_confirm: bool,
    /// The whole lesion's size as typed, in cm, including any ground-glass part.
    pub total_size: String,
    pub growth: Growth,
    pub features: Vec<Feature>,
    pub category: Classified<T>,
    /// Mesothelioma: Psum and Fmax as typed, in `thickness_unit` (millimetres to start with).
    pub psum: String,
    pub fmax: String,
    pub thickness_unit: SizeUnit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NodeState {
    pub mode: Mode,
    /// `None` until answered; `Some(false)` is "not assessed" (NX); `Some(true)` with no
    /// station ticked is N0. Unanswered stages as NX: no group unless every N gives the same.
    pub assessed: Option<bool>,
    pub side: Option<Side>,
    pub stations: Vec<Station>,
    pub category: Classified<N>,
}

/// How many lesions a ticked site has: asked, never assumed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum LesionAnswer {
    /// Not known (the answer a site starts with): M1 without a subcategory where it matters.
    #[default]
    NotKnown,
    One,
    /// More than one, with the count as typed if known (empty when not).
    Several(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct MetastasisState {
    pub mode: Mode,
    /// "No distant spread found", said explicitly; unticked with no site is "not entered".
    pub none_found: bool,
    /// Sites in the order they were ticked, each with its lesion answer.
    pub sites: Vec<(Site, LesionAnswer)>,
    pub category: Classified<M>,
}

/// Why a written form was not taken: the core's error, shared with the outcome that shows it.
/// Equal only to itself, as `Staged` is: comparing two forms then leaves the deep comparison
/// of errors out of the wasm binary.
#[derive(Debug, Clone)]
pub struct WrittenError(pub Rc<lungstage::Error>);

impl PartialEq for WrittenError {
    fn eq(&self, other: &WrittenError) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub edition: Edition,
    pub histology: Histology,
    /// Mesothelioma's subtype; `None` is not known.
    pub subtype: Option<Subtype>,
    /// The case's classification (c, p, yc, yp, r, a); `None` until chosen, read as clinical.
    pub classification: Option<Prefix>,
    pub view: View,
    pub tumor: TumorState,
    pub nodes: NodeState,
    pub metastases: MetastasisState,
    /// What the person is typing in the written-form box; `None` shows the current TNM.
    pub written: Option<String>,
    /// Why the written form was not taken, naming the bad part.
    pub written_error: Option<WrittenError>,
    /// What reading the written form did, in plain words: what an N subgroup counts as, a
    /// pM0 read as cM0, each descriptor set aside.
    pub written_notes: Vec<lungstage::Note>,
    /// What the person knows, the first question; `None` until answered (the view's order).
    pub way: Option<crate::stated::Way>,
    /// The stage from a report, once every one of its questions is answered (`src/stated.rs`).
    pub stated: Option<lungstage::StatedStage>,
}

impl Default for State {
    fn default() -> Self {
        State {
            edition: Edition::Ninth,
            histology: Histology::Nsclc,
            subtype: None,
            classification: None,
            view: View::Patient,
            tumor: TumorState {
                mode: Mode::Findings,
                size: String::new(),
                size_unit: SizeUnit::Cm,
                size_to_confirm: false,
                total_size: String::new(),
                growth: Growth::Usual,
                features: Vec::new(),
                category: Classified::plain(T::Tx),
                psum: String::new(),
                fmax: String::new(),
                thickness_unit: SizeUnit::Mm,
            },
            nodes: NodeState {
                mode: Mode::Findings,
                assessed: None,
                side: None,
                stations: Vec::new(),
                category: Classified::plain(N::N0),
            },
            metastases: MetastasisState {
                mode: Mode::Findings,
                none_found: false,
                sites: Vec::new(),
                category: Classified::plain(M::M0),
            },
            written: None,
            written_error: None,
            written_notes: Vec::new(),
            way: None,
            stated: None,
        }
    }
}

/// Everything a person can do to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ChooseHistology(Histology),
    ChooseEdition(Edition),
    ChooseClassification(Prefix),
    ChooseView(View),
    TypeSize(String),
    TypeTotalSize(String),
    ChooseGrowth(Growth),
    ChooseSizeUnit(SizeUnit),
    /// "Yes, it is N cm": the size over 7 cm as typed is meant.
    ConfirmSize,
    ToggleFeature(Feature, bool),
    TypePsum(String),
    TypeFmax(String),
    /// Converts what is typed, so the thickness stays the same.
    ChooseThicknessUnit(SizeUnit),
    ChooseSubtype(Option<Subtype>),
    MarkNodesAssessed(bool),
    ChooseSide(Side),
    ToggleStation(Station, bool),
    MarkNoSpreadFound(bool),
    ToggleSite(Site, bool),
    AnswerLesions(Site, LesionAnswer),
    ChooseT(T),
    ChooseN(N),
    ChooseM(M),
    TypeWritten(String),
    /// Answers the first question: what the person knows.
    ChooseWay(crate::stated::Way),
    /// Gives the stage from a report, or takes it back while a question is unanswered.
    GiveStage(Option<lungstage::StatedStage>),
    /// Replaces the whole form, as when a share link is opened.
    Load(Box<State>),
}

fn toggle<X: PartialEq + Copy>(list: &mut Vec<X>, item: X, on: bool) {
    list.retain(|x| *x != item);
    if on {
        list.push(item);
    }
}

impl State {
    /// The staging scheme the core will use for this cancer type, edition and classification.
    pub fn scheme(&self) -> Scheme {
        let pathological = self.classification.is_some_and(Prefix::is_pathological);
        Scheme::for_case(self.edition, self.histology, pathological).0
    }

    /// Nothing entered yet: the page invites input instead of staging an empty case.
    pub fn is_blank(&self) -> bool {
        self.tumor.mode == Mode::Findings
            && self.nodes.mode == Mode::Findings
            && self.metastases.mode == Mode::Findings
            && self.tumor.size.trim().is_empty()
            && self.tumor.total_size.trim().is_empty()
            && self.tumor.growth == Growth::Usual
            && self.tumor.features.is_empty()
            && self.tumor.psum.trim().is_empty()
            && self.tumor.fmax.trim().is_empty()
            && self.nodes.stations.is_empty()
            && self.nodes.assessed.is_none()
            && !self.metastases.none_found
            && self.metastases.sites.is_empty()
    }

    /// The form a link opens, shown in `view`: its case in the form, or its stated stage as
    /// the stage from a report.
    pub fn opened(entered: lungstage::Entered, view: View) -> State {
        match entered {
            lungstage::Entered::Case(case) => State::from_case(&case, view),
            lungstage::Entered::Stage(stage) => State {
                view,
                way: Some(crate::stated::Way::Stage),
                stated: Some(stage),
                ..State::default()
            },
        }
    }

    /// The form that describes `case`, shown in `view`: how a share link opens (the core reads
    /// the link, `lungstage::case_from_link`). The inverse of `State::to_case` (outcome.rs).
    pub fn from_case(case: &Case, view: View) -> State {
        let mut s = State {
            edition: case.edition,
            histology: case.histology,
            subtype: case.subtype,
            classification: case.classification,
            view,
            ..State::default()
        };
        match &case.tumor {
            None => {}
            Some(TumorInput::Category(t)) => {
                s.tumor.mode = Mode::Category;
                s.tumor.category = *t;
            }
            Some(TumorInput::Findings(f)) => {
                let text = |cm: Option<f64>| cm.map(decimal).unwrap_or_default();
                s.tumor.size = text(f.size_cm);
                s.tumor.total_size = text(f.total_size_cm);
                // Links hold millimetres; the form starts in millimetres.
                s.tumor.psum = text(f.pleural_thickness_sum_mm);
                s.tumor.fmax = text(f.fissure_thickness_max_mm);
                s.tumor.growth = if f.occult {
                    Growth::Occult
                } else if f.minimally_invasive {
                    Growth::MinimallyInvasive
                } else {
                    match f.in_situ {
                        None => Growth::Usual,
                        Some(InSitu::Adenocarcinoma) => Growth::AdenocarcinomaInSitu,
                        Some(InSitu::Squamous) => Growth::SquamousInSitu,
                        Some(InSitu::Unspecified) => Growth::InSitu,
                    }
                };
                s.tumor.features = f.features.clone();
            }
        }
        // No node part leaves the question unanswered (NX), as in the link.
        match &case.nodes {
            None => {}
            Some(NodeInput::Category(n)) => {
                s.nodes.assessed = Some(true);
                s.nodes.mode = Mode::Category;
                s.nodes.category = *n;
            }
            Some(NodeInput::Findings(f)) => {
                s.nodes.assessed = Some(true);
                s.nodes.side = f.tumor_side;
                s.nodes.stations = f.stations.clone();
            }
        }
        // No metastasis part leaves distant spread not entered (cM0).
        match &case.metastases {
            None => {}
            Some(MetastasisInput::Category(m)) => {
                s.metastases.mode = Mode::Category;
                s.metastases.category = *m;
            }
            Some(MetastasisInput::Findings(f)) => {
                s.metastases.none_found = f.sites.is_empty();
                s.metastases.sites = f
                    .sites
                    .iter()
                    .map(|finding| {
                        let answer = match finding.lesions {
                            Lesions::Unknown => LesionAnswer::NotKnown,
                            Lesions::Count(1) => LesionAnswer::One,
                            Lesions::Multiple => LesionAnswer::Several(String::new()),
                            Lesions::Count(n) => LesionAnswer::Several(n.to_string()),
                        };
                        (finding.site, answer)
                    })
                    .collect();
            }
        }
        s
    }

    /// Applies `action` to a copy of the state.
    pub fn apply(mut self, action: Action) -> State {
        if !matches!(action, Action::TypeWritten(_) | Action::ChooseView(_)) {
            self.written = None;
            self.written_error = None;
            self.written_notes.clear();
        }
        match action {
            Action::ChooseHistology(h) => {
                self.histology = h;
                self.drop_foreign_categories();
            }
            Action::ChooseEdition(e) => {
                // N2a or M1c2 stay as entered: the core reads them as N2 and M1c in the 8th
                // edition, with a note, and switching back finds them unchanged.
                self.edition = e;
                self.drop_foreign_categories();
            }
            Action::ChooseClassification(c) => self.classification = Some(c),
            Action::ChooseView(v) => self.view = v,
            Action::TypeSize(s) => {
                self.tumor.mode = Mode::Findings;
                self.tumor.size = s;
                self.tumor.size_to_confirm = true;
            }
            Action::ChooseSizeUnit(unit) => {
                self.tumor.mode = Mode::Findings;
                self.tumor.size_unit = unit;
                self.tumor.size_to_confirm = true;
            }
            Action::ConfirmSize => self.tumor.size_to_confirm = false,
            Action::TypeTotalSize(s) => {
                self.tumor.mode = Mode::Findings;
                self.tumor.total_size = s;
            }
            Action::ChooseGrowth(g) => {
                self.tumor.mode = Mode::Findings;
                self.tumor.growth = g;
            }
            Action::ToggleFeature(f, on) => {
                self.tumor.mode = Mode::Findings;
                toggle(&mut self.tumor.features, f, on);
            }
            Action::TypePsum(s) => {
                self.tumor.mode = Mode::Findings;
                self.tumor.psum = s;
            }
            Action::TypeFmax(s) => {
                self.tumor.mode = Mode::Findings;
                self.tumor.fmax = s;
            }
            Action::ChooseThicknessUnit(unit) => {
                let to = match unit {
                    SizeUnit::Mm => lungstage::cm_to_mm,
                    SizeUnit::Cm => lungstage::mm_to_cm,
                };
                if unit != self.tumor.thickness_unit {
                    for text in [&mut self.tumor.psum, &mut self.tumor.fmax] {
                        if let Some(x) = lungstage::parse_decimal(text.trim()) {
                            *text = decimal(to(x));
                        }
                    }
                }
                self.tumor.thickness_unit = unit;
            }
            Action::ChooseSubtype(subtype) => self.subtype = subtype,
            Action::MarkNodesAssessed(on) => {
                self.nodes.mode = Mode::Findings;
                self.nodes.assessed = Some(on);
            }
            Action::ChooseSide(side) => {
                self.nodes.mode = Mode::Findings;
                self.nodes.side = Some(side);
            }
            Action::ToggleStation(s, on) => {
                self.nodes.mode = Mode::Findings;
                self.nodes.assessed = Some(true);
                toggle(&mut self.nodes.stations, s, on);
            }
            Action::MarkNoSpreadFound(on) => {
                self.metastases.mode = Mode::Findings;
                self.metastases.none_found = on;
                if on {
                    self.metastases.sites.clear();
                }
            }
            Action::ToggleSite(site, on) => {
                self.metastases.mode = Mode::Findings;
                self.metastases.sites.retain(|(s, _)| *s != site);
                if on {
                    self.metastases.none_found = false;
                    self.metastases.sites.push((site, LesionAnswer::NotKnown));
                }
            }
            Action::AnswerLesions(site, answer) => {
                self.metastases.mode = Mode::Findings;
                if let Some(entry) = self.metastases.sites.iter_mut().find(|(s, _)| *s == site) {
                    entry.1 = answer;
                }
            }
            Action::ChooseT(t) => {
                self.tumor.mode = Mode::Category;
                self.tumor.category = Classified::with(self.tumor.category.prefix, t);
            }
            Action::ChooseN(n) => {
                self.nodes.mode = Mode::Category;
                self.nodes.category = Classified::with(self.nodes.category.prefix, n);
            }
            Action::ChooseM(m) => {
                self.metastases.mode = Mode::Category;
                self.metastases.category = Classified::with(self.metastases.category.prefix, m);
            }
            // Apart: the first answer does not read a written form (docs/size.md).
            Action::TypeWritten(text) => {
                crate::components::apart(State::take_written, (&mut self, text))
            }
            Action::ChooseWay(way) => self.way = Some(way),
            Action::GiveStage(stage) => self.stated = stage,
            Action::Load(state) => return *state,
        }
        self
    }

    /// Takes a written form if it reads and fits the scheme, keeping the reading's notes;
    /// otherwise keeps the text and the reason, and leaves T, N and M as they were.
    fn take_written((s, text): (&mut State, String)) {
        s.written_error = None;
        s.written_notes.clear();
        if !text.trim().is_empty() {
            match Tnm::read(&text, s.scheme()) {
                Ok(written) => {
                    s.tumor.mode = Mode::Category;
                    s.nodes.mode = Mode::Category;
                    s.metastases.mode = Mode::Category;
                    s.tumor.category = written.tnm.t;
                    s.nodes.category = written.tnm.n;
                    s.metastases.category = written.tnm.m;
                    // The written form's notes are its own words, never fixed ones.
                    s.written_notes = written
                        .notes
                        .into_iter()
                        .filter(|n| matches!(n.text, lungstage::NoteText::Rule(_)))
                        .collect();
                }
                Err(e) => s.written_error = Some(WrittenError(Rc::new(e))),
            }
        }
        s.written = Some(text);
    }

    /// Axes set to a category the current scheme does not have go back to findings.
    fn drop_foreign_categories(&mut self) {
        let scheme = self.scheme();
        if scheme.check_t(self.tumor.category.category).is_err() {
            self.tumor.mode = Mode::Findings;
        }
        if scheme.accepts_n(self.nodes.category.category).is_err() {
            self.nodes.mode = Mode::Findings;
        }
        if scheme.accepts_m(self.metastases.category.category).is_err() {
            self.metastases.mode = Mode::Findings;
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: &[Action]) -> State {
        actions.iter().cloned().fold(State::default(), State::apply)
    }

    #[test]
    fn findings_and_categories_switch_modes() {
        let s = after(&[Action::ChooseT(T::T3)]);
        assert_eq!(
            (s.tumor.mode, s.tumor.category.category),
            (Mode::Category, T::T3)
        );
        let s = s.apply(Action::TypeSize("2.5".into()));
        assert_eq!(s.tumor.mode, Mode::Findings);
        let s = after(&[
            Action::ChooseN(N::N1),
            Action::ToggleStation(Station::S4R, true),
        ]);
        assert_eq!(
            (s.nodes.mode, s.nodes.stations.as_slice()),
            (Mode::Findings, &[Station::S4R][..])
        );
    }

    #[test]
    fn a_valid_written_form_sets_all_three_categories() {
        let s = after(&[Action::TypeWritten("cT2a N1 M0".into())]);
        assert_eq!(s.written_error, None);
        assert_eq!(s.tumor.category.to_string(), "cT2a");
        assert_eq!(
            (s.nodes.category.category, s.metastases.category.category),
            (N::N1, M::M0)
        );
        assert!(
            [s.tumor.mode, s.nodes.mode, s.metastases.mode]
                .iter()
                .all(|m| *m == Mode::Category)
        );
        assert_eq!(s.written.as_deref(), Some("cT2a N1 M0"));
    }

    #[test]
    fn a_bad_written_form_names_the_token_and_changes_nothing() {
        let cases = [
            (State::default(), "T5 N1 M0", "T5"),
            (
                after(&[Action::ChooseHistology(Histology::Mesothelioma)]),
                "T1a N0 M0",
                "T1a",
            ),
        ];
        for (start, text, token) in cases {
            let s = start.clone().apply(Action::TypeWritten(text.into()));
            let error = s.written_error.as_ref().map(|e| e.0.to_string());
            assert!(
                error.as_deref().unwrap_or("").contains(token),
                "{text}: {error:?}"
            );
            assert_eq!((&s.tumor, &s.nodes), (&start.tumor, &start.nodes), "{text}");
        }
        // Any other edit drops the draft and its error.
        let s = after(&[
            Action::TypeWritten("T5".into()),
            Action::TypeSize("2".into()),
        ]);
        assert_eq!((s.written, s.written_error), (None, None));
    }

    #[test]
    fn a_pathology_report_reads_for_the_edition_with_its_notes() {
        let cases = [
            (
                Edition::Ninth,
                "pT2a pN2a1 cM0 G2",
                N::N2a,
                &["pN2a1", "G2"][..],
            ),
            (
                Edition::Eighth,
                "pT2a pN2a1 cM0 G2",
                N::N2,
                &["pN2a1", "G2"],
            ),
            (Edition::Ninth, "pT1a pN0 pM0", N::N0, &["pM0"]),
            (Edition::Ninth, "cT2a N1 M0", N::N1, &[]),
        ];
        for (edition, text, n, tokens) in cases {
            let s = after(&[
                Action::ChooseEdition(edition),
                Action::TypeWritten(text.into()),
            ]);
            assert_eq!(s.written_error, None, "{text}");
            assert_eq!(s.nodes.category.category, n, "{text}");
            assert_eq!(s.written_notes.len(), tokens.len(), "{text}");
            for (note, token) in s.written_notes.iter().zip(tokens) {
                let note = note.text.to_string();
                assert!(note.contains(token), "{text}: {note}");
            }
        }
        // A bad form and any other edit drop the notes.
        let s = after(&[
            Action::TypeWritten("pT2a pN1a cM0".into()),
            Action::TypeWritten("T1aN1aM0".into()),
        ]);
        assert!(s.written_notes.is_empty());
        assert!(s.written_error.unwrap().0.to_string().contains("`N1a`"));
        let s = after(&[
            Action::TypeWritten("pT2a pN1a cM0".into()),
            Action::TypeSize("2".into()),
        ]);
        assert!(s.written_notes.is_empty());
    }

    #[test]
    fn an_edition_switch_keeps_what_was_entered() {
        // N2a and M1c2 stay as entered in the 8th edition, which stages them as N2 and M1c
        // (the core's note says so), and are there again back in the 9th.
        let entered = |s: &State| (s.nodes.category.category, s.metastases.category.category);
        let s = after(&[
            Action::TypeWritten("T1c N2a M1c2".into()),
            Action::ChooseEdition(Edition::Eighth),
        ]);
        assert_eq!(entered(&s), (N::N2a, M::M1c2));
        let staging = lungstage::stage(&s.to_case().expect("a case")).expect("staged");
        assert_eq!(
            (staging.n.category.category, staging.m.category.category),
            (N::N2, M::M1c)
        );
        let back = s.apply(Action::ChooseEdition(Edition::Ninth));
        assert_eq!(entered(&back), (N::N2a, M::M1c2));
        let s = after(&[
            Action::ChooseT(T::T1a),
            Action::ChooseHistology(Histology::Mesothelioma),
        ]);
        assert_eq!(s.tumor.mode, Mode::Findings);
    }

    #[test]
    fn sites_keep_their_order_and_lesion_counts() {
        let s = after(&[
            Action::ToggleSite(Site::Brain, true),
            Action::ToggleSite(Site::Bone, true),
            Action::AnswerLesions(Site::Bone, LesionAnswer::Several("3".into())),
            Action::ToggleSite(Site::Brain, false),
        ]);
        assert_eq!(
            s.metastases.sites,
            vec![(Site::Bone, LesionAnswer::Several("3".into()))]
        );
        // A ticked site starts at "not known", never at one lesion.
        let s = after(&[Action::ToggleSite(Site::Liver, true)]);
        assert_eq!(
            s.metastases.sites,
            vec![(Site::Liver, LesionAnswer::NotKnown)]
        );
        let s = s.apply(Action::MarkNoSpreadFound(true));
        assert!(s.metastases.sites.is_empty() && s.metastases.none_found);
        assert!(!s.is_blank());
        assert!(State::default().is_blank());
        assert!(after(&[Action::ChooseView(View::Clinician)]).is_blank());
    }
}
