//! SEER Summary Stage 2018 (lung) from the findings, not from the stage group.

use crate::messages::{Msg, Word};

use serde::Serialize;

use crate::reference::notes::NoteId;
use crate::rules::nodes::involvements;
use crate::rules::reason::Value;
use crate::vocabulary::codes::coded_enum;
use crate::vocabulary::feature::ExtensionLevel;
use crate::vocabulary::station::Involvement;
use crate::{
    Case, Derived, Feature, LungFeature, M, MetastasisInput, N, NodeInput, Note, Scheme, SourceId,
    T, TumorInput, Worded,
};

coded_enum! {
    /// SEER summary stage. It is not the AJCC stage: size never matters, and
    /// opposite-side or supraclavicular nodes (N3) and a nodule in another lobe
    /// of the same lung count as distant.
    pub enum SummaryStage (ListSummaryStage) {
        /// Carcinoma in situ, not invasive.
        InSitu = "in_situ",
        /// Confined to the lung, or reaching only what SEER still counts as localized.
        Localized = "localized",
        /// Spread by direct extension to nearby structures or to regional nodes.
        Regional = "regional",
        /// Spread to distant sites, or to what SEER counts as distant although AJCC does not.
        Distant = "distant",
        /// Not enough is known to tell.
        Unknown = "unknown",
    }
}

impl SummaryStage {
    /// The name as SEER writes it: "Localized", in the installed language.
    pub fn name(self) -> String {
        self.name_msg().to_string()
    }

    /// [`SummaryStage::name`] as a word of the messages layer.
    pub const fn name_msg(self) -> Word {
        Word(match self {
            SummaryStage::InSitu => Msg::NameSummaryInSitu,
            SummaryStage::Localized => Msg::NameSummaryLocalized,
            SummaryStage::Regional => Msg::NameSummaryRegional,
            SummaryStage::Distant => Msg::NameSummaryDistant,
            SummaryStage::Unknown => Msg::NameSummaryUnknown,
        })
    }
}

/// What makes a regional summary stage regional: SEER codes these apart as 2 (direct
/// extension only), 3 (regional lymph nodes only) and 4 (both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionalBy {
    /// SEER code 2: regional by direct extension only.
    Extension,
    /// SEER code 3: regional lymph nodes only.
    Nodes,
    /// SEER code 4: both direct extension and regional lymph nodes.
    Both,
}

/// The summary stage with the reason in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The summary stage.
    pub stage: SummaryStage,
    /// Why, in plain words.
    pub reason: Worded,
    /// Caveats where SEER and AJCC count findings differently.
    pub notes: Vec<Note>,
    /// For a regional stage, which part is certainly regional: the tumour's extension,
    /// the nodes, or both. `None` for every other stage.
    pub regional_by: Option<RegionalBy>,
}

impl Summary {
    /// SEER Summary Stage 2018 (NAACCR item 764) code: 0 in situ, 1 localized,
    /// 2/3/4 regional by extension, by nodes or both, 7 distant, 9 unknown.
    /// Sources: `docs/registrars.md`.
    pub const fn seer_code(&self) -> char {
        match (self.stage, self.regional_by) {
            (SummaryStage::InSitu, _) => '0',
            (SummaryStage::Localized, _) => '1',
            (SummaryStage::Regional, Some(RegionalBy::Extension)) => '2',
            (SummaryStage::Regional, Some(RegionalBy::Nodes)) => '3',
            (SummaryStage::Regional, Some(RegionalBy::Both)) => '4',
            (SummaryStage::Distant, _) => '7',
            // A regional stage always knows its part (see `summary_stage`).
            (SummaryStage::Regional, None) | (SummaryStage::Unknown, _) => '9',
        }
    }
}

/// Ordered levels a part of the case can reach; `Nothing` adds nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Nothing,
    InSitu,
    Localized,
    Regional,
    Distant,
}

impl Level {
    const fn word(self) -> Msg {
        match self {
            Level::Nothing => Msg::SeerLevelNothing,
            Level::InSitu => Msg::SeerLevelInSitu,
            Level::Localized => Msg::SeerLevelLocalized,
            Level::Regional => Msg::SeerLevelRegional,
            Level::Distant => Msg::SeerLevelDistant,
        }
    }

    fn from_extension(level: ExtensionLevel) -> Level {
        match level {
            ExtensionLevel::Localized => Level::Localized,
            ExtensionLevel::Regional => Level::Regional,
            ExtensionLevel::Distant => Level::Distant,
        }
    }
}

/// What one part of the case (tumour, nodes, metastases) allows: the
/// lowest and highest level it could mean, and why.
struct Part {
    low: Level,
    high: Level,
    why: Worded,
}

/// A message without values.
fn said(msg: Msg) -> Worded {
    Worded::new(msg, &[])
}

impl Part {
    fn exact(level: Level, why: Worded) -> Part {
        Part {
            low: level,
            high: level,
            why,
        }
    }

    fn range(low: Level, high: Level, why: Worded) -> Part {
        Part { low, high, why }
    }
}

fn tumor_part(input: Option<&TumorInput>, t: T, notes: &mut Vec<Note>) -> Part {
    match input {
        Some(TumorInput::Findings(_)) if t == T::Tis => {
            Part::exact(Level::InSitu, said(Msg::SeerInSitu))
        }
        Some(TumorInput::Findings(_)) if t == T::T1mi => {
            Part::exact(Level::Localized, said(Msg::SeerMia))
        }
        Some(TumorInput::Findings(f)) if f.size_cm.is_some() || !f.features.is_empty() => {
            let level = |feature: &Feature| {
                feature
                    .extension_level()
                    .map_or(Level::Localized, Level::from_extension)
            };
            let top = f
                .features
                .iter()
                .map(level)
                .max()
                .unwrap_or(Level::Localized);
            if f.features.contains(&Feature::Lung(LungFeature::ChestWall)) && top < Level::Distant {
                notes.push(Note::fixed(NoteId::ChestWall, SourceId::SeerSs2018));
            }
            if f.features
                .contains(&Feature::Lung(LungFeature::GreatVessels))
                && top < Level::Distant
            {
                notes.push(Note::fixed(NoteId::GreatVessels, SourceId::SeerSs2018));
            }
            let decisive: Vec<Word> = f
                .features
                .iter()
                .filter(|f| level(f) == top)
                .map(|f| f.label_msg())
                .collect();
            let why = match decisive.split_first() {
                None => said(Msg::SeerConfined),
                Some((&first, more)) => more.iter().fold(
                    Worded::with(Msg::SeerTumourFeature, vec![first.into()]),
                    |why, &feature| why.then_with(Msg::SeerTumourFeatureMore, vec![feature.into()]),
                ),
            };
            Part::exact(top, why)
        }
        Some(TumorInput::Findings(_)) | None => Part::range(
            Level::Localized,
            Level::Distant,
            said(Msg::SeerTNotAssessed),
        ),
        Some(TumorInput::Category(_)) => match t {
            T::Tx => Part::range(Level::Localized, Level::Distant, said(Msg::SeerTx)),
            T::T0 => Part::exact(Level::Nothing, said(Msg::SeerT0)),
            T::Tis => Part::exact(Level::InSitu, said(Msg::SeerTis)),
            T::T1mi | T::T1a | T::T1b | T::T1c | T::T1 => {
                Part::exact(Level::Localized, Worded::new(Msg::SeerT1, &[&t]))
            }
            T::T2a | T::T2b | T::T2 => Part::range(
                Level::Localized,
                Level::Regional,
                Worded::new(Msg::SeerT2, &[&t]),
            ),
            T::T3 | T::T4 => Part::range(
                Level::Localized,
                Level::Distant,
                Worded::new(Msg::SeerT3, &[&t]),
            ),
        },
    }
}

fn node_part(input: Option<&NodeInput>, n: N) -> Part {
    match input {
        Some(NodeInput::Findings(f)) => {
            let Ok(involved) = involvements(f) else {
                return Part::range(Level::Nothing, Level::Distant, said(Msg::SeerSideNeeded));
            };
            let level = |inv: Involvement| match inv {
                Involvement::SameSideHilar | Involvement::SameSideMediastinal => Level::Regional,
                Involvement::Supraclavicular
                | Involvement::OppositeHilar
                | Involvement::OppositeMediastinal => Level::Distant,
            };
            let top = involved
                .iter()
                .map(|(_, inv)| level(*inv))
                .max()
                .unwrap_or(Level::Nothing);
            let stations: Vec<String> = involved
                .iter()
                .filter(|(_, inv)| level(*inv) == top)
                .map(|(s, _)| s.to_string())
                .collect();
            let why = match top {
                Level::Distant => Worded::new(Msg::SeerNodesDistant, &[&stations.join(", ")]),
                Level::Regional => Worded::new(Msg::SeerNodesRegional, &[&stations.join(", ")]),
                Level::Nothing | Level::InSitu | Level::Localized => said(Msg::SeerNoNodes),
            };
            Part::exact(top, why)
        }
        Some(NodeInput::Category(_)) | None => match n {
            N::Nx => Part::range(Level::Nothing, Level::Distant, said(Msg::SeerNx)),
            N::N0 => Part::exact(Level::Nothing, said(Msg::SeerNoNodes)),
            N::N1 | N::N2 | N::N2a | N::N2b => {
                Part::exact(Level::Regional, Worded::new(Msg::SeerNRegional, &[&n]))
            }
            N::N3 => Part::exact(Level::Distant, said(Msg::SeerN3)),
        },
    }
}

fn metastasis_part(input: Option<&MetastasisInput>, m: M) -> Part {
    if !m.is_metastatic() {
        return Part::exact(Level::Nothing, said(Msg::SeerNoMetastasis));
    }
    match input {
        Some(MetastasisInput::Findings(f)) => {
            let sites = f.sites.iter().map(|s| s.site.short_name_msg().0).collect();
            Part::exact(
                Level::Distant,
                Worded::with(Msg::SeerMetastasisSites, vec![Value::Words(sites)]),
            )
        }
        Some(MetastasisInput::Category(_)) | None => {
            Part::exact(Level::Distant, Worded::new(Msg::SeerMetastasis, &[&m]))
        }
    }
}

/// Derives the SEER summary stage of a lung case from its findings (or
/// from its categories where findings are missing).
pub fn summary_stage(
    case: &Case,
    scheme: Scheme,
    t: &Derived<T>,
    n: &Derived<N>,
    m: &Derived<M>,
) -> Summary {
    if !scheme.is_lung() {
        return Summary {
            stage: SummaryStage::Unknown,
            reason: said(Msg::SeerMesothelioma),
            notes: Vec::new(),
            regional_by: None,
        };
    }
    let mut notes = Vec::new();
    let parts = [
        tumor_part(case.tumor.as_ref(), t.category.category, &mut notes),
        node_part(case.nodes.as_ref(), n.category.category),
        metastasis_part(case.metastases.as_ref(), m.category.category),
    ];
    let low = parts.iter().map(|p| p.low).max().unwrap_or(Level::Nothing);
    let high = parts.iter().map(|p| p.high).max().unwrap_or(Level::Nothing);
    let (stage, reason) = if low == high {
        let stage = match low {
            Level::Nothing => SummaryStage::Unknown,
            Level::InSitu => SummaryStage::InSitu,
            Level::Localized => SummaryStage::Localized,
            Level::Regional => SummaryStage::Regional,
            Level::Distant => SummaryStage::Distant,
        };
        let why = match low {
            Level::Nothing => said(Msg::SeerNothingFound),
            _ => Worded::joined(
                parts.iter().filter(|p| p.low == low).map(|p| p.why.clone()),
                Msg::SeerAnd,
            ),
        };
        (stage, why)
    } else {
        let open = parts
            .iter()
            .filter(|p| p.low != p.high && p.high > low)
            .map(|p| p.why.clone());
        let reason = Worded::of_words(Msg::SeerOpen, &[low.word(), high.word()])
            .and(Worded::joined(open, Msg::SeerAnd));
        (SummaryStage::Unknown, reason)
    };
    if stage == SummaryStage::Distant && !m.category.category.is_metastatic() {
        // docs/clinical-decisions.md#d12: SEER "distant" vs AJCC stage IV.
        notes.push(Note::fixed(NoteId::SeerDistant, SourceId::SeerSs2018));
    }
    // "Code what you know" (SEER): nodes known to be regional with the extension
    // still open is regional by nodes (3); likewise the other way round.
    let regional_by = (stage == SummaryStage::Regional).then(|| {
        let [tumor, nodes, _] = &parts;
        match (tumor.low == Level::Regional, nodes.low == Level::Regional) {
            (true, true) => RegionalBy::Both,
            (true, false) => RegionalBy::Extension,
            (false, _) => RegionalBy::Nodes,
        }
    });
    Summary {
        stage,
        reason,
        notes,
        regional_by,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{derive_m, derive_n, derive_t};

    fn summary(json: &str) -> Summary {
        let case = Case::from_json(json).unwrap();
        let scheme = Scheme::for_case(case.edition, case.histology, false).0;
        let t = derive_t(scheme, case.tumor.as_ref()).unwrap();
        let n = derive_n(scheme, case.nodes.as_ref()).unwrap();
        let m = derive_m(scheme, case.metastases.as_ref()).unwrap();
        summary_stage(&case, scheme, &t, &n, &m)
    }

    #[test]
    fn from_findings() {
        let none = r#""nodes": {"stations": []}"#;
        let cases = [
            (format!(r#"{{"tumor": {{"in_situ": true}}, {none}}}"#), SummaryStage::InSitu),
            (format!(r#"{{"tumor": {{"size_cm": 6.5}}, {none}}}"#), SummaryStage::Localized),
            (format!(r#"{{"tumor": {{"size_cm": 9}}, {none}}}"#), SummaryStage::Localized),
            (format!(r#"{{"tumor": {{"size_cm": 2, "features": ["main_bronchus"]}}, {none}}}"#), SummaryStage::Localized),
            (format!(r#"{{"tumor": {{"size_cm": 2, "features": ["visceral_pleura"]}}, {none}}}"#), SummaryStage::Regional),
            (format!(r#"{{"tumor": {{"size_cm": 2, "features": ["separate_nodule_same_lobe"]}}, {none}}}"#), SummaryStage::Regional),
            (format!(r#"{{"tumor": {{"size_cm": 2, "features": ["separate_nodule_other_ipsilateral_lobe"]}}, {none}}}"#), SummaryStage::Distant),
            (format!(r#"{{"tumor": {{"size_cm": 2, "features": ["heart"]}}, {none}}}"#), SummaryStage::Distant),
            (r#"{"tumor": {"size_cm": 2}, "nodes": {"tumor_side": "right", "stations": ["10R"]}}"#.to_owned(), SummaryStage::Regional),
            (r#"{"tumor": {"size_cm": 2}, "nodes": {"tumor_side": "right", "stations": ["4L"]}}"#.to_owned(), SummaryStage::Distant),
            (r#"{"tumor": {"size_cm": 2}, "nodes": {"stations": ["1R"]}}"#.to_owned(), SummaryStage::Distant),
            (format!(r#"{{"tumor": {{"size_cm": 2}}, {none}, "metastases": {{"sites": [{{"site": "brain"}}]}}}}"#), SummaryStage::Distant),
            (r#"{"tumor": {"size_cm": 2}}"#.to_owned(), SummaryStage::Unknown),
            (r#"{"nodes": {"stations": []}}"#.to_owned(), SummaryStage::Unknown),
            (r#"{"metastases": {"sites": [{"site": "liver"}]}}"#.to_owned(), SummaryStage::Distant),
        ];
        for (json, expected) in cases {
            let s = summary(&json);
            assert_eq!(s.stage, expected, "{json}: {}", s.reason);
        }
    }

    #[test]
    fn from_categories_only_where_they_settle_it() {
        let cases = [
            (
                r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N0"}}"#,
                SummaryStage::Localized,
            ),
            (
                r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N2a"}}"#,
                SummaryStage::Regional,
            ),
            (
                r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N0"}}"#,
                SummaryStage::Unknown,
            ),
            (
                r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}}"#,
                SummaryStage::Regional,
            ),
            (
                r#"{"tumor": {"category": "T4"}, "nodes": {"category": "N1"}}"#,
                SummaryStage::Unknown,
            ),
            (
                r#"{"tumor": {"category": "T4"}, "nodes": {"category": "N3"}}"#,
                SummaryStage::Distant,
            ),
            (
                r#"{"tumor": {"category": "Tis"}, "nodes": {"category": "N0"}}"#,
                SummaryStage::InSitu,
            ),
            (
                r#"{"tumor": {"category": "T0"}, "nodes": {"category": "N0"}}"#,
                SummaryStage::Unknown,
            ),
            (
                r#"{"tumor": {"category": "T0"}, "nodes": {"category": "N1"}}"#,
                SummaryStage::Regional,
            ),
        ];
        for (json, expected) in cases {
            let s = summary(json);
            assert_eq!(s.stage, expected, "{json}: {}", s.reason);
        }
    }

    #[test]
    fn seer_codes_keep_regional_parts_apart() {
        // SEER Summary Stage 2018 codes (NAACCR item 764): docs/registrars.md.
        let none = r#""nodes": {"stations": []}"#;
        let cases = [
            (format!(r#"{{"tumor": {{"in_situ": true}}, {none}}}"#), '0'),
            (format!(r#"{{"tumor": {{"size_cm": 2}}, {none}}}"#), '1'),
            (format!(r#"{{"tumor": {{"size_cm": 2, "features": ["visceral_pleura"]}}, {none}}}"#), '2'),
            (r#"{"tumor": {"size_cm": 2}, "nodes": {"tumor_side": "right", "stations": ["10R"]}}"#.to_owned(), '3'),
            (r#"{"tumor": {"size_cm": 2, "features": ["visceral_pleura"]}, "nodes": {"tumor_side": "right", "stations": ["10R"]}}"#.to_owned(), '4'),
            // T2a may or may not be regional by extension; the nodes are: code what you know.
            (r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}}"#.to_owned(), '3'),
            (r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N2a"}}"#.to_owned(), '3'),
            (r#"{"tumor": {"category": "T0"}, "nodes": {"category": "N1"}}"#.to_owned(), '3'),
            (r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N0"}}"#.to_owned(), '1'),
            (r#"{"tumor": {"category": "T4"}, "nodes": {"category": "N3"}}"#.to_owned(), '7'),
            (format!(r#"{{"tumor": {{"size_cm": 2}}, {none}, "metastases": {{"sites": [{{"site": "brain"}}]}}}}"#), '7'),
            (r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N0"}}"#.to_owned(), '9'),
            (r#"{"histology": "mesothelioma", "tumor": {"category": "T1"}}"#.to_owned(), '9'),
        ];
        for (json, expected) in cases {
            let s = summary(&json);
            assert_eq!(
                s.seer_code(),
                expected,
                "{json}: {:?} {}",
                s.stage,
                s.reason
            );
        }
    }

    #[test]
    fn reasons_say_why() {
        let s = summary(
            r#"{"tumor": {"size_cm": 2}, "nodes": {"tumor_side": "left", "stations": ["4R", "10L"]}}"#,
        );
        let reason = s.reason.to_string();
        assert!(
            reason.contains("4R") && reason.contains("distant"),
            "{reason}"
        );
        assert!(
            s.notes
                .iter()
                .any(|n| n.text.to_string().contains("stage IV"))
        );
        let s = summary(r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N0"}}"#);
        assert!(
            s.reason
                .to_string()
                .starts_with("it could be anything from localized to regional"),
            "{}",
            s.reason
        );
        let s = summary(
            r#"{"tumor": {"size_cm": 3, "features": ["chest_wall"]}, "nodes": {"stations": []}}"#,
        );
        assert!(s.notes[0].text.to_string().contains("rib"));
        let s = summary(r#"{"histology": "mesothelioma", "tumor": {"category": "T1"}}"#);
        assert_eq!(s.stage, SummaryStage::Unknown);
    }
}
