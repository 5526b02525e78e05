//! Survival figures, each with its source, data years and population.
//!
//! Only figures our clinical reference marks HIGH or MEDIUM are shipped.
//! Population figures describe groups of people and cannot predict one
//! person's outcome.

use serde::Serialize;

use crate::number::decimal;
use crate::{Assessment, Edition, Histology, SourceId, StageGroup, SummaryStage};

/// One published figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figure {
    pub percent: f32,
    /// What was measured, such as "5-year relative survival".
    pub measure: &'static str,
    /// Who the figure is about.
    pub population: &'static str,
    /// Years of diagnosis the figure covers.
    pub data_years: &'static str,
    pub source: SourceId,
}

impl Figure {
    /// The percentage as written for people: "63%", "31.7%", "under 1%".
    pub fn label(&self) -> String {
        if self.percent < 1.0 {
            "under 1%".to_owned()
        } else {
            format!("{}%", decimal(f64::from(self.percent)))
        }
    }
}

/// A SEER summary stage with whatever figures we have for it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SeerRow {
    pub stage: SummaryStage,
    pub survival: Option<Figure>,
    pub share_of_cases: Option<Figure>,
}

const NSCLC_SURVIVAL: &str = "people with non-small cell lung cancer in the US (SEER registries)";
const SCLC_SHARE: &str = "people with small cell lung cancer in the US (SEER registries)";

const fn acs(percent: f32) -> Option<Figure> {
    // clinical.md 5c: ACS 2010-2016, MEDIUM.
    Some(Figure {
        percent,
        measure: "5-year relative survival",
        population: NSCLC_SURVIVAL,
        data_years: "2010-2016",
        source: SourceId::Acs2021,
    })
}

const fn csr(percent: f32) -> Option<Figure> {
    // clinical.md 3.1 and S27: SEER CSR 1975-2015 Table 15.13, MEDIUM.
    Some(Figure {
        percent,
        measure: "share of cases at diagnosis",
        population: SCLC_SHARE,
        data_years: "2008-2014",
        source: SourceId::SeerCsr2018,
    })
}

/// SEER summary-stage figures for a cancer type: localized, regional,
/// distant. Missing figures are `None`: we found none we could verify.
///
/// | Type | 5-year relative survival | Share of cases |
/// |---|---|---|
/// | non-small cell | 63% / 35% / 7% (2010-2016, ACS from SEER) | none verified |
/// | small cell | none verified | 4% / 19% / 75% (2008-2014, SEER CSR) |
/// | carcinoid, mesothelioma | none verified | none verified |
pub fn seer_rows(histology: Histology) -> [SeerRow; 3] {
    let row = |stage, survival, share_of_cases| SeerRow {
        stage,
        survival,
        share_of_cases,
    };
    match histology {
        Histology::Nsclc => [
            row(SummaryStage::Localized, acs(63.0), None),
            row(SummaryStage::Regional, acs(35.0), None),
            row(SummaryStage::Distant, acs(7.0), None),
        ],
        Histology::Sclc => [
            row(SummaryStage::Localized, None, csr(4.0)),
            row(SummaryStage::Regional, None, csr(19.0)),
            row(SummaryStage::Distant, None, csr(75.0)),
        ],
        Histology::Carcinoid | Histology::Mesothelioma => [
            row(SummaryStage::Localized, None, None),
            row(SummaryStage::Regional, None, None),
            row(SummaryStage::Distant, None, None),
        ],
    }
}

/// The SEER row for one summary stage, if figures exist for it.
pub fn seer_row(histology: Histology, stage: SummaryStage) -> Option<SeerRow> {
    seer_rows(histology).into_iter().find(|r| r.stage == stage)
}

const IASLC_POPULATION: &str = "people with non-small cell lung cancer in the IASLC international database, by clinical stage (8th edition)";

/// IASLC 8th-edition 5-year overall survival by clinical stage group
/// (Goldstraw 2016; diagnosed 1999-2010 per Rami-Porta 2017). IA1 to IIIC
/// are HIGH in our reference, IVA and IVB MEDIUM.
///
/// | IA1 | IA2 | IA3 | IB | IIA | IIB | IIIA | IIIB | IIIC | IVA | IVB |
/// |---|---|---|---|---|---|---|---|---|---|---|
/// | 92 | 83 | 77 | 68 | 60 | 53 | 36 | 26 | 13 | 10 | 0 |
pub const IASLC_SURVIVAL: [(StageGroup, f32); 11] = [
    (StageGroup::IA1, 92.0),
    (StageGroup::IA2, 83.0),
    (StageGroup::IA3, 77.0),
    (StageGroup::IB, 68.0),
    (StageGroup::IIA, 60.0),
    (StageGroup::IIB, 53.0),
    (StageGroup::IIIA, 36.0),
    (StageGroup::IIIB, 26.0),
    (StageGroup::IIIC, 13.0),
    (StageGroup::IVA, 10.0),
    (StageGroup::IVB, 0.0),
];

/// Whether the IASLC stage-group figures describe this cancer type.
pub const fn iaslc_applies(histology: Histology) -> bool {
    match histology {
        Histology::Nsclc => true,
        Histology::Sclc | Histology::Carcinoid | Histology::Mesothelioma => false,
    }
}

/// The IASLC figure for an 8th-edition stage group.
pub fn iaslc_figure(group: StageGroup) -> Option<Figure> {
    IASLC_SURVIVAL
        .iter()
        .find(|(g, _)| *g == group)
        .map(|&(_, percent)| Figure {
            percent,
            measure: "5-year overall survival",
            population: IASLC_POPULATION,
            data_years: "1999-2010",
            source: SourceId::Goldstraw2016,
        })
}

/// The IASLC figure for an assessed case, with the group it was looked up
/// by. The figures are by 8th-edition clinical stage, so a 9th-edition case
/// takes the figure of its 8th-edition group. `None` when the figures do not
/// describe the cancer type or that group has none (IA, IV, occult, no group).
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
pub fn iaslc_for(a: &Assessment) -> Option<(StageGroup, Figure)> {
    let s = &a.staging;
    let eighth = a.by_edition().map_or(s, |(e8, _)| e8);
    eighth
        .stage()
        .filter(|_| iaslc_applies(s.histology) && eighth.edition == Edition::Eighth)
        .and_then(|g| iaslc_figure(g).map(|f| (g, f)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_and_labels() {
        let regional = seer_row(Histology::Nsclc, SummaryStage::Regional).unwrap();
        assert_eq!(regional.survival.unwrap().label(), "35%");
        assert_eq!(regional.survival.unwrap().data_years, "2010-2016");
        assert!(regional.share_of_cases.is_none());
        let distant = seer_row(Histology::Sclc, SummaryStage::Distant).unwrap();
        assert_eq!(distant.share_of_cases.unwrap().label(), "75%");
        assert!(seer_row(Histology::Nsclc, SummaryStage::Unknown).is_none());
        assert_eq!(iaslc_figure(StageGroup::IIB).unwrap().label(), "53%");
        assert_eq!(iaslc_figure(StageGroup::IVB).unwrap().label(), "under 1%");
        assert!(iaslc_figure(StageGroup::IA).is_none());
        assert!(iaslc_figure(StageGroup::Zero).is_none());
    }

    #[test]
    fn iaslc_figure_of_a_case_uses_its_eighth_edition_group() {
        use crate::{Case, assess};
        let figure = |json: &str| {
            iaslc_for(&assess(&Case::from_json(json).unwrap()).unwrap())
                .map(|(g, f)| (g.code(), f.label()))
        };
        let cases = [
            (
                r#"{"tumor": {"size_cm": 3.4}, "nodes": {"tumor_side": "right", "stations": ["4R", "2R"]}}"#,
                Some(("IIIA", "36%".to_owned())),
            ),
            (
                r#"{"edition": 8, "tumor": {"size_cm": 1.5}, "nodes": {"stations": []}}"#,
                Some(("IA2", "83%".to_owned())),
            ),
            (r#"{"tumor": {"size_cm": 2}}"#, None),
            (
                r#"{"histology": "sclc", "tumor": {"size_cm": 2}, "nodes": {"stations": []}}"#,
                None,
            ),
            (
                r#"{"histology": "mesothelioma", "tumor": {"features": ["ipsilateral_pleura"]}, "nodes": {"stations": []}}"#,
                None,
            ),
        ];
        for (json, expected) in cases {
            assert_eq!(figure(json), expected, "{json}");
        }
    }

    #[test]
    fn survival_falls_as_stage_rises() {
        assert!(
            IASLC_SURVIVAL
                .windows(2)
                .all(|w| w[0].1 > w[1].1 && w[0].0.rank() < w[1].0.rank())
        );
        let rows = seer_rows(Histology::Nsclc);
        assert!(
            rows.windows(2)
                .all(|w| w[0].survival.unwrap().percent > w[1].survival.unwrap().percent)
        );
    }
}
