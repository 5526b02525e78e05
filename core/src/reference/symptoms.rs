//! Typical symptoms of metastases, by site, in our own words.

use serde::Serialize;

use crate::messages::{Msg, Word};
use crate::{Site, SourceId};

/// A site with a checked list of what spread there typically feels like. The words are
/// [`SiteSymptoms::lead`] and [`SiteSymptoms::list`], apart so that the widget's first load
/// need not carry them (it loads them after its first answer, see `deferred`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SiteSymptoms {
    /// Where the spread is.
    pub site: Site,
    /// The sources of the list.
    pub sources: &'static [SourceId],
}

impl SiteSymptoms {
    /// Said first when it matters most (adrenal spread is often silent).
    pub fn lead(self) -> Option<&'static str> {
        match words(self.site) {
            Some(true) => Some(crate::deferred::english::text(
                &crate::deferred::symptoms_lead(self.site),
            )),
            Some(false) | None => None,
        }
    }

    /// The typical symptoms, one phrase each; empty for a site with no checked list.
    pub fn list(self) -> Vec<&'static str> {
        match words(self.site) {
            Some(_) => crate::deferred::english::list(&crate::deferred::symptoms_list(self.site)),
            None => Vec::new(),
        }
    }
}

/// A sign that needs help the same day, in plain words, with what it may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Urgent {
    /// The sign and what it may be, in plain words.
    pub sign: Word,
    /// The sources of the sign.
    pub sources: &'static [SourceId],
}

const fn urgent(sign: Msg, sources: &'static [SourceId]) -> Urgent {
    Urgent {
        sign: Word(sign),
        sources,
    }
}

/// The urgent-help box: emergencies of lung cancer and its spread.
pub const URGENT: [Urgent; 5] = [
    urgent(Msg::UrgentSpinalCord, &[SourceId::CrukEmergencies]),
    urgent(Msg::UrgentSeizure, &[SourceId::SymptomSources]),
    urgent(Msg::UrgentVenaCava, &[SourceId::PdqCardiopulmonary]),
    urgent(Msg::UrgentBreathless, &[SourceId::PdqCardiopulmonary]),
    urgent(Msg::UrgentCalcium, &[SourceId::CrukEmergencies]),
];

/// The sites where lung cancer most often spreads (brain, bones, liver,
/// adrenal glands; Riihimäki 2014, Li 2019), with distant lymph
/// nodes added.
pub const COMMON_SITES: [Site; 5] = [
    Site::Brain,
    Site::Bone,
    Site::Liver,
    Site::Adrenal,
    Site::DistantLymphNode,
];

/// The site's checked list with its sources, or `None` where we have no verified list.
///
/// The lists follow the American Cancer Society and Cancer Research UK, and for fluid around
/// the lung or heart NCI PDQ Cardiopulmonary Syndromes; pleural and pericardial nodules and
/// other-lung spread have no checked list yet.
pub const fn symptoms(site: Site) -> Option<SiteSymptoms> {
    const BOTH: &[SourceId] = &[SourceId::SymptomSources];
    const FLUID: &[SourceId] = &[SourceId::PdqCardiopulmonary];
    let sources = match site {
        Site::Brain | Site::Bone | Site::Liver | Site::Adrenal | Site::DistantLymphNode => BOTH,
        Site::MalignantPleuralEffusion | Site::MalignantPericardialEffusion => FLUID,
        Site::ContralateralLung
        | Site::PleuralNodules
        | Site::PericardialNodules
        | Site::Skin
        | Site::Kidney
        | Site::Peritoneum
        | Site::Other => return None,
    };
    Some(SiteSymptoms { site, sources })
}

/// Whether `site` has a lead sentence; `None` exactly where `symptoms` is. The words are in
/// `messages/texts/en.ftl` under the site's keys (`deferred::symptoms_lead`,
/// `deferred::symptoms_list`).
const fn words(site: Site) -> Option<bool> {
    Some(match site {
        Site::Brain
        | Site::Bone
        | Site::Liver
        // Not "above the collarbone": those nodes are N3, not distant.
        | Site::DistantLymphNode
        | Site::MalignantPleuralEffusion => false,
        Site::Adrenal | Site::MalignantPericardialEffusion => true,
        Site::ContralateralLung
        | Site::PleuralNodules
        | Site::PericardialNodules
        | Site::Skin
        | Site::Kidney
        | Site::Peritoneum
        | Site::Other => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_sites_all_have_symptoms() {
        for site in COMMON_SITES {
            let s = symptoms(site).unwrap();
            assert!(!s.list().is_empty() && !s.sources.is_empty(), "{site}");
        }
        assert!(
            symptoms(Site::Adrenal)
                .unwrap()
                .lead()
                .unwrap()
                .contains("no symptoms")
        );
        assert!(symptoms(Site::PleuralNodules).is_none());
        for site in [
            Site::MalignantPleuralEffusion,
            Site::MalignantPericardialEffusion,
        ] {
            let s = symptoms(site).unwrap();
            assert!(s.list().iter().any(|x| x.contains("breathless")), "{site}");
        }
    }

    #[test]
    fn no_symptom_text_calls_nodes_above_the_collarbone_distant() {
        // Supraclavicular nodes are N3 (regional), never distant spread.
        for &site in Site::ALL {
            let Some(s) = symptoms(site) else { continue };
            for x in s.list().iter().copied().chain(s.lead()) {
                assert!(
                    !x.contains("collarbone") && !x.contains("supraclavicular"),
                    "{site}: {x}"
                );
            }
        }
        for u in URGENT {
            let sign = u.sign.to_string();
            assert!(!sign.contains("collarbone"), "{sign}");
        }
    }

    #[test]
    fn words_exactly_where_a_list_is_checked() {
        for &site in Site::ALL {
            assert_eq!(symptoms(site).is_some(), words(site).is_some(), "{site}");
        }
    }
}
