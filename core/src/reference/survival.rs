//! Survival figures as data rows: value, measure, population, staging basis,
//! diagnosis years, source, how it was read and when it was checked. A yearly
//! refresh is a change to these rows. Which figures ship, and why others do
//! not: `docs/clinical-decisions.md#d26`.

use serde::Serialize;

use crate::messages::{Msg, Word, text};
use crate::vocabulary::number::decimal;
use crate::{Assessment, Edition, Histology, Prefix, SourceId, StageGroup, SummaryStage};

/// How a figure was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Read {
    /// In the source itself.
    Primary,
    /// Not in the source itself, but in independent copies of it that agree.
    AgreeingCopies,
}

/// One published figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figure {
    /// The figure, in percent.
    pub percent: f32,
    /// "5-year relative survival" or "5-year overall survival".
    pub measure: Word,
    /// Whose survival it is: the cancers, the place and the registry or database.
    pub population: Word,
    /// What the rows are grouped by.
    pub basis: Word,
    /// Years of diagnosis of the cohort.
    pub data_years: &'static str,
    /// Where it was published.
    pub source: SourceId,
    /// How it was read.
    pub read: Read,
    /// When we last checked it against the source.
    pub checked: &'static str,
}

impl Figure {
    /// The percentage as written: "38.2%".
    pub fn label(&self) -> String {
        text(Msg::FigPercent, &[&decimal(f64::from(self.percent))])
    }

    /// The figure in a sentence: "38.2% 5-year relative survival: all lung and bronchus
    /// cancers, ..., by SEER summary stage, diagnosed 2016-2022. Source: SEER Cancer Stat Facts."
    pub fn sentence(&self) -> String {
        text(
            Msg::FigSentence,
            &[
                &self.label(),
                &self.measure,
                &self.population,
                &self.basis,
                &self.data_years,
                &self.source.source().short,
            ],
        )
    }
}

/// A SEER summary stage with its survival figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeerRow {
    /// The SEER summary stage.
    pub stage: SummaryStage,
    /// The survival of that stage.
    pub survival: Figure,
}

const CHECKED: &str = "2026-12-01";
const RELATIVE: Word = Word(Msg::FigMeasureRelative);

const fn stat_facts(percent: f32) -> Figure {
    Figure {
        percent,
        measure: RELATIVE,
        population: Word(Msg::FigPopulationSeer),
        basis: Word(Msg::FigBasisSeer),
        data_years: "2016-2022",
        source: SourceId::SeerStatFacts,
        read: Read::AgreeingCopies,
        checked: CHECKED,
    }
}

/// SEER Cancer Stat Facts, lung and bronchus: localized, regional, distant.
/// They describe all lung cancers together, so they are shown for
/// non-small cell only (most lung cancers), labelled as all lung cancers.
pub const SEER_ROWS: [SeerRow; 3] = [
    SeerRow {
        stage: SummaryStage::Localized,
        survival: stat_facts(65.5),
    },
    SeerRow {
        stage: SummaryStage::Regional,
        survival: stat_facts(38.2),
    },
    SeerRow {
        stage: SummaryStage::Distant,
        survival: stat_facts(10.5),
    },
];

/// Small cell, all stages together (SEER CSR 1975-2015, Table 15.13).
pub const SCLC_ALL_STAGES: Figure = Figure {
    percent: 6.7,
    measure: RELATIVE,
    population: Word(Msg::FigPopulationSclc),
    basis: Word(Msg::FigBasisAll),
    data_years: "2008-2014",
    source: SourceId::SeerCsr2018,
    read: Read::Primary,
    checked: CHECKED,
};

/// Why no SEER figure is shown as this case's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SeerWithheld {
    /// SEER counts the case as distant, but nothing has spread to other
    /// organs (M0): its distant figure is mostly about metastatic cancer.
    DistantWithoutMetastasis,
    /// The all-lung figures are not shown for this type (small cell,
    /// carcinoid, mesothelioma).
    Histology,
    /// In situ or unknown: no row.
    NoRow,
    /// SEER's figures are by the stage at diagnosis; a stage after treatment began (`yc`,
    /// `yp`), at recurrence or at autopsy is not one.
    Classification,
}

/// The SEER row shown as this case's, or why none is.
pub fn seer_for(a: &Assessment) -> Result<SeerRow, SeerWithheld> {
    let s = &a.staging;
    match s.histology {
        Histology::Nsclc => {}
        Histology::Sclc | Histology::Carcinoid | Histology::Mesothelioma => {
            return Err(SeerWithheld::Histology);
        }
    }
    if !s.classification.group.is_at_diagnosis() {
        return Err(SeerWithheld::Classification);
    }
    if s.summary.stage == SummaryStage::Distant && !s.m.category.category.is_metastatic() {
        return Err(SeerWithheld::DistantWithoutMetastasis);
    }
    SEER_ROWS
        .into_iter()
        .find(|r| r.stage == s.summary.stage)
        .ok_or(SeerWithheld::NoRow)
}

const fn iaslc(percent: f32) -> Figure {
    Figure {
        percent,
        measure: Word(Msg::FigMeasureOverall),
        population: Word(Msg::FigPopulationIaslc),
        basis: Word(Msg::FigBasisClinicalEighth),
        data_years: "1999-2010",
        source: SourceId::Goldstraw2016,
        read: Read::Primary,
        checked: CHECKED,
    }
}

/// IASLC 8th-edition 5-year overall survival by clinical stage group
/// (Goldstraw 2016; diagnosed 1999-2010 per Rami-Porta 2017). IIIC, IVA and
/// IVB are left out: we could not read them in the paper itself.
///
/// | IA1 | IA2 | IA3 | IB | IIA | IIB | IIIA | IIIB |
/// |---|---|---|---|---|---|---|---|
/// | 92 | 83 | 77 | 68 | 60 | 53 | 36 | 26 |
pub const IASLC_SURVIVAL: [(StageGroup, Figure); 8] = [
    (StageGroup::IA1, iaslc(92.0)),
    (StageGroup::IA2, iaslc(83.0)),
    (StageGroup::IA3, iaslc(77.0)),
    (StageGroup::IB, iaslc(68.0)),
    (StageGroup::IIA, iaslc(60.0)),
    (StageGroup::IIB, iaslc(53.0)),
    (StageGroup::IIIA, iaslc(36.0)),
    (StageGroup::IIIB, iaslc(26.0)),
];

#[cfg(test)]
/// Every figure we ship, for checks.
pub fn all_figures() -> impl Iterator<Item = Figure> {
    SEER_ROWS
        .into_iter()
        .map(|r| r.survival)
        .chain([SCLC_ALL_STAGES])
        .chain(IASLC_SURVIVAL.into_iter().map(|(_, f)| f))
}

/// Whether the IASLC stage-group figures describe this cancer type.
pub const fn iaslc_applies(histology: Histology) -> bool {
    match histology {
        Histology::Nsclc => true,
        Histology::Sclc | Histology::Carcinoid | Histology::Mesothelioma => false,
    }
}

/// The IASLC figure for an 8th-edition stage group, if we ship one.
pub fn iaslc_figure(group: StageGroup) -> Option<Figure> {
    IASLC_SURVIVAL
        .iter()
        .find(|(g, _)| *g == group)
        .map(|&(_, f)| f)
}

/// Why no IASLC figure is shown for a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IaslcWithheld {
    /// The figures are for non-small cell.
    Histology,
    /// The figures are by clinical stage; this group is p, yc, yp, r or a.
    NotClinical,
    /// IIIC, IVA, IVB: not read in the paper itself.
    NotVerified,
    /// IA without substage, IV without A/B, occult, 0, or no group.
    NoGroup,
}

/// The IASLC figure for an assessed case, with the 8th-edition group it was
/// looked up by (a 9th-edition case takes its 8th-edition group's figure),
/// or why there is none.
///
/// ```
/// use lungstage::{assess, iaslc_for, Case, StageGroup};
///
/// // 2.5 cm with a same-side hilar node: IIA in the 9th edition, IIB in the 8th.
/// let case = Case::from_json(r#"{"tumor": {"size_cm": 2.5},
///     "nodes": {"tumor_side": "right", "stations": ["10R"]}}"#).unwrap();
/// let (group, figure) = iaslc_for(&assess(&case).unwrap()).unwrap();
/// assert_eq!((group, figure.label()), (StageGroup::IIB, "53%".to_owned()));
/// ```
pub fn iaslc_for(a: &Assessment) -> Result<(StageGroup, Figure), IaslcWithheld> {
    let s = &a.staging;
    if !iaslc_applies(s.histology) {
        return Err(IaslcWithheld::Histology);
    }
    if s.classification.group != Prefix::C {
        return Err(IaslcWithheld::NotClinical);
    }
    let eighth = a.by_edition().map_or(s, |(e8, _)| e8);
    let group = eighth
        .stage()
        .filter(|_| eighth.edition == Edition::Eighth)
        .ok_or(IaslcWithheld::NoGroup)?;
    match group {
        StageGroup::IIIC | StageGroup::IVA | StageGroup::IVB => Err(IaslcWithheld::NotVerified),
        _other => iaslc_figure(group)
            .map(|f| (group, f))
            .ok_or(IaslcWithheld::NoGroup),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Case, assess};

    fn assessed(json: &str) -> Assessment {
        assess(&Case::from_json(json).unwrap()).unwrap()
    }

    #[test]
    fn every_figure_has_a_source_years_and_check_date() {
        for f in all_figures() {
            assert!(
                f.data_years.len() == 9 && f.data_years.as_bytes()[4] == b'-',
                "{f:?}"
            );
            assert_eq!(f.checked.len(), 10, "{f:?}");
            assert!(
                [f.population, f.basis, f.measure]
                    .iter()
                    .all(|w| !w.to_string().is_empty())
            );
            assert!(
                f.percent > 0.0,
                "no figure is shown below 1% or as zero: {f:?}"
            );
            assert!(f.source.url().is_some(), "{f:?}");
        }
        // The survival area shows the date of its most recently checked figure.
        let latest = all_figures().map(|f| f.checked).max();
        assert_eq!(latest, Some(crate::Area::Survival.checked()));
    }

    #[test]
    fn which_seer_row_is_this_case() {
        let none = r#""nodes": {"tumor_side": "right", "stations": []}"#;
        let cases = [
            // Regional by a same-side mediastinal node.
            (
                r#"{"tumor": {"size_cm": 3.4}, "nodes": {"tumor_side": "right", "stations": ["4R", "2R"]}}"#.to_owned(),
                Ok("38.2%".to_owned()),
            ),
            (format!(r#"{{"tumor": {{"size_cm": 1.5}}, {none}}}"#), Ok("65.5%".to_owned())),
            // T1c N3 M0 (station 1R): SEER distant, but nothing has spread to other organs.
            (
                r#"{"tumor": {"size_cm": 2.5}, "nodes": {"tumor_side": "right", "stations": ["1R"]}, "metastases": {"sites": []}}"#.to_owned(),
                Err(SeerWithheld::DistantWithoutMetastasis),
            ),
            (
                format!(r#"{{"tumor": {{"size_cm": 2.5}}, {none}, "metastases": {{"sites": [{{"site": "liver", "lesions": 3}}, {{"site": "brain"}}]}}}}"#),
                Ok("10.5%".to_owned()),
            ),
            (
                format!(r#"{{"histology": "sclc", "tumor": {{"size_cm": 2}}, {none}}}"#),
                Err(SeerWithheld::Histology),
            ),
        ];
        for (json, expected) in cases {
            let got = seer_for(&assessed(&json)).map(|r| r.survival.label());
            assert_eq!(got, expected, "{json}");
        }
    }

    #[test]
    fn iaslc_figure_of_a_case() {
        let figure = |json: &str| iaslc_for(&assessed(json)).map(|(g, f)| (g.code(), f.label()));
        let cases = [
            // 9th-edition IIIB is IIIA in the 8th: the 8th-edition figure.
            (
                r#"{"tumor": {"size_cm": 3.4}, "nodes": {"tumor_side": "right", "stations": ["4R", "2R"]}}"#,
                Ok(("IIIA", "36%".to_owned())),
            ),
            (
                r#"{"edition": 8, "tumor": {"size_cm": 1.5}, "nodes": {"stations": []}}"#,
                Ok(("IA2", "83%".to_owned())),
            ),
            (r#"{"tumor": {"size_cm": 2}}"#, Err(IaslcWithheld::NoGroup)),
            (
                r#"{"histology": "sclc", "tumor": {"size_cm": 2}, "nodes": {"stations": []}}"#,
                Err(IaslcWithheld::Histology),
            ),
            (
                r#"{"classification": "p", "tumor": {"category": "T2a"}, "nodes": {"category": "N2"}, "metastases": {"category": "M0"}}"#,
                Err(IaslcWithheld::NotClinical),
            ),
            (
                r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M1c"}}"#,
                Err(IaslcWithheld::NotVerified),
            ),
        ];
        for (json, expected) in cases {
            assert_eq!(figure(json), expected, "{json}");
        }
    }

    #[test]
    fn figures_urgent_help_and_labels_in_spanish() {
        let case =
            r#"{"tumor": {"size_cm": 2.5}, "nodes": {"tumor_side": "right", "stations": ["10R"]}}"#;
        let written = |lang| {
            crate::messages::in_language(lang, || {
                let a = assessed(case);
                let (_, f) = iaslc_for(&a).unwrap();
                let urgent = crate::URGENT[0].sign.to_string();
                (f.sentence(), a.staging.stage_label().unwrap(), urgent)
            })
            .unwrap()
        };
        let (english, spanish) = (written("en"), written("es"));
        assert_eq!(
            english.0,
            "53% 5-year overall survival: non-small cell lung cancer, IASLC international \
             database, by clinical stage group, 8th edition, diagnosed 1999-2010. Source: \
             IASLC, Goldstraw et al., 2016."
        );
        assert_eq!(english.1, "clinical stage IIA");
        assert!(spanish.0.contains("supervivencia") && spanish.0.contains("1999-2010"));
        assert!(
            spanish
                .0
                .ends_with("Fuente: IASLC, Goldstraw et al., 2016.")
        );
        assert_eq!(spanish.1, "estadio clínico IIA");
        assert!(spanish.2.contains("médula espinal"), "{}", spanish.2);
    }

    #[test]
    fn survival_falls_as_stage_rises() {
        assert!(
            IASLC_SURVIVAL
                .windows(2)
                .all(|w| w[0].1.percent > w[1].1.percent && w[0].0.rank() < w[1].0.rank())
        );
        assert!(
            SEER_ROWS
                .windows(2)
                .all(|w| w[0].survival.percent > w[1].survival.percent)
        );
    }
}
