//! The long texts the widget loads right after its first answer, keyed by stable ids: source
//! titles and addresses, stage meanings, treatment texts and symptom lists. The build writes [`texts`] into
//! one file; the widget looks each text up by the same keys.

use serde_json::{Map, Value};

use crate::{Edition, Histology, Site, SourceId, StageGroup, Treatment, meaning, symptoms};

/// The key of a source's full citation.
pub fn source_title(id: SourceId) -> String {
    format!("source.{}.title", id.code())
}

/// The key of a source's address (absent where it has none).
pub fn source_url(id: SourceId) -> String {
    format!("source.{}.url", id.code())
}

/// The key of the meaning of `group` for this cancer type and edition (absent where the
/// tables give it none). The lung cancers share their meanings.
pub fn meaning_text(histology: Histology, edition: Edition, group: StageGroup) -> String {
    let kind = match histology {
        Histology::Nsclc | Histology::Sclc | Histology::Carcinoid => "lung",
        Histology::Mesothelioma => "meso",
    };
    format!("meaning.{kind}{}.{}", edition.number(), group.code())
}

/// The key of the caveat under every survival figure (`SURVIVAL_CAVEAT`).
pub const SURVIVAL_CAVEAT: &str = "caveat.survival";
/// The key of the caveat under the IASLC figures (`IASLC_CAVEAT`).
pub const IASLC_CAVEAT: &str = "caveat.iaslc";

/// The key of a treatment text.
pub fn treatment(t: Treatment) -> String {
    format!("treatment.{}", t.code())
}

/// The key of a site's lead sentence (absent where it has none).
pub fn symptoms_lead(site: Site) -> String {
    format!("symptoms.{}.lead", site.code())
}

/// The key of a site's symptom list, an array of strings.
pub fn symptoms_list(site: Site) -> String {
    format!("symptoms.{}", site.code())
}

/// Every deferred text, as one flat JSON object.
pub fn texts() -> Value {
    let mut out = Map::new();
    for &id in SourceId::ALL {
        out.insert(source_title(id), id.title().into());
        if let Some(url) = id.url() {
            out.insert(source_url(id), url.into());
        }
    }
    for histology in [Histology::Nsclc, Histology::Mesothelioma] {
        for edition in Edition::ALL {
            for &group in StageGroup::ALL {
                if let Some(m) = meaning(histology, edition, group) {
                    out.insert(meaning_text(histology, edition, group), m.text.into());
                }
            }
        }
    }
    out.insert(SURVIVAL_CAVEAT.to_owned(), crate::SURVIVAL_CAVEAT.into());
    out.insert(IASLC_CAVEAT.to_owned(), crate::IASLC_CAVEAT.into());
    for &t in Treatment::ALL {
        out.insert(treatment(t), t.text().into());
    }
    for s in Site::ALL.iter().filter_map(|&site| symptoms(site)) {
        if let Some(lead) = s.lead() {
            out.insert(symptoms_lead(s.site), lead.into());
        }
        out.insert(symptoms_list(s.site), s.list().into());
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::COMMON_SITES;

    #[test]
    fn holds_every_long_text_by_its_key() {
        let t = texts();
        assert_eq!(t[source_title(SourceId::Ajcc8)], SourceId::Ajcc8.title());
        assert!(t.get(source_url(SourceId::Iaslc9)).is_none());
        assert!(
            t[treatment(Treatment::NsclcN2)]
                .as_str()
                .unwrap()
                .contains("durvalumab")
        );
        for site in COMMON_SITES {
            assert!(
                !t[symptoms_list(site)].as_array().unwrap().is_empty(),
                "{site}"
            );
        }
        assert!(t.get(symptoms_lead(Site::Adrenal)).is_some());
        assert!(t.get(symptoms_list(Site::PleuralNodules)).is_none());
    }
}
