//! The form state: one plain struct, a verb-named `Action` enum and a pure reducer.
//!
//! Each of T, N and M is either described by findings or set as a category; the written
//! form (`cT2a N1 M0`) sets all three categories at once. Staging itself is the core's job
//! (see `outcome.rs`); this file only records what was entered.

use std::rc::Rc;
use std::str::FromStr;

use lungstage::{
    Classified, Edition, Feature, Histology, M, N, Scheme, Side, Site, Station, T, Tnm,
};
use yew::Reducible;

/// Whether an axis is described by findings or entered as a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Findings,
    Category,
}

/// Who the page is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Plain words first, codes second, survival figures on request.
    #[default]
    Patient,
    /// Codes and the rule trace first.
    Clinician,
}

impl View {
    /// How share links and embed options write it: `patient`, `clinician`.
    pub const fn code(self) -> &'static str {
        match self {
            View::Patient => "patient",
            View::Clinician => "clinician",
        }
    }
}

impl FromStr for View {
    type Err = ();

    /// The exact inverse of `code`.
    fn from_str(text: &str) -> Result<View, ()> {
        match text {
            "patient" => Ok(View::Patient),
            "clinician" => Ok(View::Clinician),
            _ => Err(()),
        }
    }
}

/// The unit the size is typed in; the core always gets centimetres.
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
    pub in_situ: bool,
    pub minimally_invasive: bool,
    pub features: Vec<Feature>,
    pub category: Classified<T>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NodeState {
    pub mode: Mode,
    /// `false` is "not assessed" (NX); `true` with no station ticked is N0.
    pub assessed: bool,
    pub side: Option<Side>,
    pub stations: Vec<Station>,
    pub category: Classified<N>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MetastasisState {
    pub mode: Mode,
    /// Sites in the order they were ticked, each with its lesion count as typed.
    pub sites: Vec<(Site, String)>,
    pub category: Classified<M>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub edition: Edition,
    pub histology: Histology,
    pub view: View,
    pub tumor: TumorState,
    pub nodes: NodeState,
    pub metastases: MetastasisState,
    /// What the person is typing in the written-form box; `None` shows the current TNM.
    pub written: Option<String>,
    /// Why the written form was not taken, naming the bad part.
    pub written_error: Option<String>,
}

impl Default for State {
    fn default() -> Self {
        State {
            edition: Edition::Ninth,
            histology: Histology::Nsclc,
            view: View::Patient,
            tumor: TumorState {
                mode: Mode::Findings,
                size: String::new(),
                size_unit: SizeUnit::Cm,
                size_to_confirm: false,
                in_situ: false,
                minimally_invasive: false,
                features: Vec::new(),
                category: Classified::plain(T::Tx),
            },
            nodes: NodeState {
                mode: Mode::Findings,
                assessed: true,
                side: None,
                stations: Vec::new(),
                category: Classified::plain(N::N0),
            },
            metastases: MetastasisState {
                mode: Mode::Findings,
                sites: Vec::new(),
                category: Classified::plain(M::M0),
            },
            written: None,
            written_error: None,
        }
    }
}

/// Everything a person can do to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ChooseHistology(Histology),
    ChooseEdition(Edition),
    ChooseView(View),
    TypeSize(String),
    ChooseSizeUnit(SizeUnit),
    /// "Yes, it is N cm": the size over 7 cm as typed is meant.
    ConfirmSize,
    MarkInSitu(bool),
    MarkMinimallyInvasive(bool),
    ToggleFeature(Feature, bool),
    MarkNodesAssessed(bool),
    ChooseSide(Side),
    ToggleStation(Station, bool),
    ToggleSite(Site, bool),
    TypeLesions(Site, String),
    ChooseT(T),
    ChooseN(N),
    ChooseM(M),
    TypeWritten(String),
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
    /// The staging scheme the core will use for this cancer type and edition.
    pub fn scheme(&self) -> Scheme {
        Scheme::for_case(self.edition, self.histology).0
    }

    /// Nothing entered yet: the page invites input instead of staging an empty case.
    pub fn is_blank(&self) -> bool {
        let d = State::default();
        self.tumor.mode == Mode::Findings
            && self.nodes.mode == Mode::Findings
            && self.metastases.mode == Mode::Findings
            && self.tumor.size.trim().is_empty()
            && !self.tumor.in_situ
            && !self.tumor.minimally_invasive
            && self.tumor.features.is_empty()
            && self.nodes.stations.is_empty()
            && self.nodes.assessed == d.nodes.assessed
            && self.metastases.sites.is_empty()
    }

    /// Applies `action` to a copy of the state.
    pub fn apply(mut self, action: Action) -> State {
        if !matches!(action, Action::TypeWritten(_) | Action::ChooseView(_)) {
            self.written = None;
            self.written_error = None;
        }
        match action {
            Action::ChooseHistology(h) => {
                self.histology = h;
                self.drop_foreign_categories();
            }
            Action::ChooseEdition(e) => {
                self.edition = e;
                if e == Edition::Eighth {
                    // The core's own mapping: N2a and N2b are N2, M1c1 and M1c2 are M1c.
                    let (n, m) = (self.nodes.category, self.metastases.category);
                    self.nodes.category = Classified::with(n.prefix, n.category.in_eighth());
                    self.metastases.category = Classified::with(m.prefix, m.category.in_eighth());
                }
                self.drop_foreign_categories();
            }
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
            Action::MarkInSitu(on) => {
                self.tumor.mode = Mode::Findings;
                self.tumor.in_situ = on;
            }
            Action::MarkMinimallyInvasive(on) => {
                self.tumor.mode = Mode::Findings;
                self.tumor.minimally_invasive = on;
            }
            Action::ToggleFeature(f, on) => {
                self.tumor.mode = Mode::Findings;
                toggle(&mut self.tumor.features, f, on);
            }
            Action::MarkNodesAssessed(on) => {
                self.nodes.mode = Mode::Findings;
                self.nodes.assessed = on;
            }
            Action::ChooseSide(side) => {
                self.nodes.mode = Mode::Findings;
                self.nodes.side = Some(side);
            }
            Action::ToggleStation(s, on) => {
                self.nodes.mode = Mode::Findings;
                self.nodes.assessed = true;
                toggle(&mut self.nodes.stations, s, on);
            }
            Action::ToggleSite(site, on) => {
                self.metastases.mode = Mode::Findings;
                self.metastases.sites.retain(|(s, _)| *s != site);
                if on {
                    self.metastases.sites.push((site, "1".to_owned()));
                }
            }
            Action::TypeLesions(site, count) => {
                self.metastases.mode = Mode::Findings;
                if let Some(entry) = self.metastases.sites.iter_mut().find(|(s, _)| *s == site) {
                    entry.1 = count;
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
            Action::TypeWritten(text) => self.take_written(text),
            Action::Load(state) => return *state,
        }
        self
    }

    /// Takes a written form if it reads and fits the scheme; otherwise keeps the text and
    /// the reason, and leaves T, N and M as they were.
    fn take_written(&mut self, text: String) {
        self.written_error = None;
        if !text.trim().is_empty() {
            match text.parse::<Tnm>().and_then(|tnm| tnm.check(self.scheme())) {
                Ok(tnm) => {
                    self.tumor.mode = Mode::Category;
                    self.nodes.mode = Mode::Category;
                    self.metastases.mode = Mode::Category;
                    self.tumor.category = tnm.t;
                    self.nodes.category = tnm.n;
                    self.metastases.category = tnm.m;
                }
                Err(e) => self.written_error = Some(e.to_string()),
            }
        }
        self.written = Some(text);
    }

    /// Axes set to a category the current scheme does not have go back to findings.
    fn drop_foreign_categories(&mut self) {
        let scheme = self.scheme();
        if scheme.check_t(self.tumor.category.category).is_err() {
            self.tumor.mode = Mode::Findings;
        }
        if scheme.check_n(self.nodes.category.category).is_err() {
            self.nodes.mode = Mode::Findings;
        }
        if scheme.check_m(self.metastases.category.category).is_err() {
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
                after(&[Action::ChooseEdition(Edition::Eighth)]),
                "T1c N2a M0",
                "N2a",
            ),
            (
                after(&[Action::ChooseHistology(Histology::Mesothelioma)]),
                "T1a N0 M0",
                "T1a",
            ),
        ];
        for (start, text, token) in cases {
            let s = start.clone().apply(Action::TypeWritten(text.into()));
            assert!(
                s.written_error.as_deref().unwrap_or("").contains(token),
                "{text}: {:?}",
                s.written_error
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
    fn the_eighth_edition_takes_the_eighth_edition_categories() {
        let s = after(&[
            Action::TypeWritten("T1c N2a M1c2".into()),
            Action::ChooseEdition(Edition::Eighth),
        ]);
        assert_eq!(
            (s.nodes.category.category, s.metastases.category.category),
            (N::N2, M::M1c)
        );
        let s = after(&[
            Action::ChooseT(T::T1a),
            Action::ChooseHistology(Histology::Mesothelioma),
        ]);
        assert_eq!(s.tumor.mode, Mode::Findings);
    }

    #[test]
    fn views_read_their_codes_exactly() {
        for view in [View::Patient, View::Clinician] {
            assert_eq!(view.code().parse::<View>(), Ok(view));
        }
        for bad in ["", "Patient", "clinicians", " patient"] {
            assert!(bad.parse::<View>().is_err(), "{bad}");
        }
    }

    #[test]
    fn sites_keep_their_order_and_lesion_counts() {
        let s = after(&[
            Action::ToggleSite(Site::Brain, true),
            Action::ToggleSite(Site::Bone, true),
            Action::TypeLesions(Site::Bone, "3".into()),
            Action::ToggleSite(Site::Brain, false),
        ]);
        assert_eq!(s.metastases.sites, vec![(Site::Bone, "3".to_owned())]);
        assert!(!s.is_blank());
        assert!(State::default().is_blank());
        assert!(after(&[Action::ChooseView(View::Clinician)]).is_blank());
    }
}
