//! SEER Summary Stage 2018 (lung) from the findings, not from the stage group.

use std::fmt::Write as _;

use serde::Serialize;

use crate::reference::notes::NoteId;
use crate::rules::nodes::involvements;
use crate::vocabulary::codes::coded_enum;
use crate::vocabulary::feature::ExtensionLevel;
use crate::vocabulary::station::Involvement;
use crate::{
    Case, Derived, Feature, M, MetastasisInput, N, NodeInput, Note, Scheme, SourceId, T, TumorInput,
};

coded_enum! {
    /// SEER summary stage. It is not the AJCC stage: size never matters, and
    /// opposite-side or supraclavicular nodes (N3) and a nodule in another lobe
    /// of the same lung count as distant.
    pub enum SummaryStage ("summary stage") {
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
    /// The name as SEER writes it: "Localized".
    pub const fn name(self) -> &'static str {
        match self {
            SummaryStage::InSitu => "In situ",
            SummaryStage::Localized => "Localized",
            SummaryStage::Regional => "Regional",
            SummaryStage::Distant => "Distant",
            SummaryStage::Unknown => "Unknown",
        }
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The summary stage.
    pub stage: SummaryStage,
    /// Why, in plain words.
    pub reason: String,
    /// Caveats where SEER and AJCC count findings differently.
    pub notes: Vec<Note>,
    /// For a regional stage, which part is certainly regional: the tumour's extension,
    /// the nodes, or both. `None` for every other stage.
    #[serde(skip)]
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
    fn name(self) -> &'static str {
        match self {
            Level::Nothing => "nothing",
            Level::InSitu => "in situ",
            Level::Localized => "localized",
            Level::Regional => "regional",
            Level::Distant => "distant",
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
    why: String,
}

impl Part {
    fn exact(level: Level, why: impl Into<String>) -> Part {
        Part {
            low: level,
            high: level,
            why: why.into(),
        }
    }

    fn range(low: Level, high: Level, why: impl Into<String>) -> Part {
        Part {
            low,
            high,
            why: why.into(),
        }
    }
}

fn tumor_part(input: Option<&TumorInput>, t: T, notes: &mut Vec<Note>) -> Part {
    match input {
        Some(TumorInput::Findings(_)) if t == T::Tis => {
            Part::exact(Level::InSitu, "carcinoma in situ")
        }
        Some(TumorInput::Findings(_)) if t == T::T1mi => Part::exact(
            Level::Localized,
            "minimally invasive adenocarcinoma, confined to the lung",
        ),
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
            if f.features.contains(&Feature::ChestWall) && top < Level::Distant {
                notes.push(Note::fixed(NoteId::ChestWall, SourceId::SeerSs2018));
            }
            if f.features.contains(&Feature::GreatVessels) && top < Level::Distant {
                notes.push(Note::fixed(NoteId::GreatVessels, SourceId::SeerSs2018));
            }
            let decisive: Vec<&str> = f
                .features
                .iter()
                .filter(|f| level(f) == top)
                .map(|f| f.label())
                .collect();
            let why = if decisive.is_empty() {
                "the tumour is confined to the lung (its size does not count)".to_owned()
            } else {
                format!("the tumour {}", decisive.join("; it "))
            };
            Part::exact(top, why)
        }
        Some(TumorInput::Findings(_)) | None => Part::range(
            Level::Localized,
            Level::Distant,
            "the primary tumour was not assessed",
        ),
        Some(TumorInput::Category(_)) => match t {
            T::Tx => Part::range(
                Level::Localized,
                Level::Distant,
                "the primary tumour was not assessed (TX)",
            ),
            T::T0 => Part::exact(Level::Nothing, "no primary tumour was found (T0)"),
            T::Tis => Part::exact(Level::InSitu, "carcinoma in situ (Tis)"),
            T::T1mi | T::T1a | T::T1b | T::T1c | T::T1 => Part::exact(
                Level::Localized,
                format!("a {t} tumour is confined to the lung"),
            ),
            T::T2a | T::T2b | T::T2 => Part::range(
                Level::Localized,
                Level::Regional,
                format!(
                    "{t} may be localized (size, main bronchus) or regional (pleura, collapse); enter the findings"
                ),
            ),
            T::T3 | T::T4 => Part::range(
                Level::Localized,
                Level::Distant,
                format!(
                    "{t} may be localized (size alone), regional or distant (for example a nodule in another lobe); enter the findings"
                ),
            ),
        },
    }
}

fn node_part(input: Option<&NodeInput>, n: N) -> Part {
    match input {
        Some(NodeInput::Findings(f)) => {
            let Ok(involved) = involvements(f) else {
                return Part::range(
                    Level::Nothing,
                    Level::Distant,
                    "the tumour's side is needed",
                );
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
                Level::Distant => format!(
                    "lymph nodes on the opposite side or above the collarbone (station {}), which SEER counts as distant",
                    stations.join(", ")
                ),
                Level::Regional => format!(
                    "lymph nodes on the tumour's side (station {})",
                    stations.join(", ")
                ),
                Level::Nothing | Level::InSitu | Level::Localized => {
                    "no lymph node involved".to_owned()
                }
            };
            Part::exact(top, why)
        }
        Some(NodeInput::Category(_)) | None => match n {
            N::Nx => Part::range(
                Level::Nothing,
                Level::Distant,
                "the lymph nodes were not assessed (NX)",
            ),
            N::N0 => Part::exact(Level::Nothing, "no lymph node involved"),
            N::N1 | N::N2 | N::N2a | N::N2b => Part::exact(
                Level::Regional,
                format!("{n}: lymph nodes on the tumour's side"),
            ),
            N::N3 => Part::exact(
                Level::Distant,
                "N3: lymph nodes on the opposite side or above the collarbone, which SEER counts as distant",
            ),
        },
    }
}

fn metastasis_part(input: Option<&MetastasisInput>, m: M) -> Part {
    if !m.is_metastatic() {
        return Part::exact(Level::Nothing, "no distant metastasis");
    }
    match input {
        Some(MetastasisInput::Findings(f)) => {
            let sites: Vec<&str> = f.sites.iter().map(|s| s.site.short_name()).collect();
            Part::exact(Level::Distant, format!("metastasis ({})", sites.join(", ")))
        }
        Some(MetastasisInput::Category(_)) | None => {
            Part::exact(Level::Distant, format!("distant metastasis ({m})"))
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
            reason: "the staging result derives SEER summary stage for lung cancer only; for pleural mesothelioma the registrar fields give it (NAACCR item 764, from SEER's mesothelioma tables)".to_owned(),
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
        let mut why: Vec<&str> = parts
            .iter()
            .filter(|p| p.low == low)
            .map(|p| p.why.as_str())
            .collect();
        if low == Level::Nothing {
            why = vec!["no tumour, lymph node or metastasis was found"];
        }
        (stage, why.join("; "))
    } else {
        let mut reason = format!(
            "it could be anything from {} to {}: ",
            low.name(),
            high.name()
        );
        let open: Vec<&str> = parts
            .iter()
            .filter(|p| p.low != p.high && p.high > low)
            .map(|p| p.why.as_str())
            .collect();
        let _ = write!(reason, "{}", open.join("; "));
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
        assert!(
            s.reason.contains("4R") && s.reason.contains("distant"),
            "{}",
            s.reason
        );
        assert!(
            s.notes
                .iter()
                .any(|n| n.text.to_string().contains("stage IV"))
        );
        let s = summary(r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N0"}}"#);
        assert!(
            s.reason
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
