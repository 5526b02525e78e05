//! The long texts the widget loads right after its first answer, keyed by stable ids: source
//! titles and addresses, stage meanings, treatment texts and symptom lists. The build writes [`texts`] into
//! one file; the widget looks each text up by the same keys.

use serde_json::{Map, Value};

pub mod english;
#[cfg(feature = "embed-messages")]
pub mod translation;

use crate::{
    Area, Category, Edition, Histology, M, N, Scheme, Site, SourceId, StageGroup, T, Treatment,
    View, definition, meaning, symptoms,
};

/// The text at `key` in the language messages are written in (`messages::language`), or
/// `english` where that is English, or the build carries no other (the widget's wasm, whose
/// page loads its texts by these keys).
pub fn local(key: &str, english: &'static str) -> &'static str {
    #[cfg(feature = "embed-messages")]
    if let Some(text) = translation::current().and_then(|t| t.get(key)?.as_str()) {
        return text;
    }
    let _ = key;
    english
}

/// The list at `key` (a site's symptoms) as [`local`] gives a text.
pub fn local_list(key: &str, english: Vec<&'static str>) -> Vec<&'static str> {
    #[cfg(feature = "embed-messages")]
    if let Some(list) = translation::current().and_then(|t| t.get(key)?.as_array()) {
        return list.iter().filter_map(Value::as_str).collect();
    }
    let _ = key;
    english
}

/// `text` with its words as [`local`] gives them: a stage meaning.
pub fn local_meaning(
    text: crate::Text,
    histology: Histology,
    edition: Edition,
    group: StageGroup,
) -> crate::Text {
    crate::Text {
        text: local(&meaning_text(histology, edition, group), text.text),
        ..text
    }
}

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

/// The key of the hint on how mesothelioma's Psum is measured.
pub const HINT_PSUM: &str = "hint.psum";
/// The key of the hint on how mesothelioma's Fmax is measured.
pub const HINT_FMAX: &str = "hint.fmax";

/// The key of the caveat under every survival figure (`survival_caveat`).
pub const SURVIVAL_CAVEAT: &str = "caveat.survival";
/// The key of the caveat under the IASLC figures (`iaslc_caveat`).
pub const IASLC_CAVEAT: &str = "caveat.iaslc";

/// The key of the sentence that gives an area's check date: "Treatment texts last checked
/// against their sources on 2026-12-01." One constant per area, so the widget carries only
/// the keys.
pub const CHECKED_STAGING: &str = "checked.staging";
/// The key of the survival figures' check-date sentence.
pub const CHECKED_SURVIVAL: &str = "checked.survival";
/// The key of the treatment texts' check-date sentence.
pub const CHECKED_TREATMENT: &str = "checked.treatment";
/// The key of the symptom lists' check-date sentence.
pub const CHECKED_SYMPTOMS: &str = "checked.symptoms";
/// The key of every area's sentence together, for the sources panel.
pub const CHECKED_ALL: &str = "checked.all";

/// The key of `area`'s check-date sentence.
pub const fn checked(area: Area) -> &'static str {
    match area {
        Area::Staging => CHECKED_STAGING,
        Area::Survival => CHECKED_SURVIVAL,
        Area::Treatment => CHECKED_TREATMENT,
        Area::Symptoms => CHECKED_SYMPTOMS,
    }
}

/// Keys of the survival panel's sentences. Each is stored as the list of its parts around the
/// values the widget fills in (`{}` here, in the order the doc comment names them).
pub mod survival {
    /// SEER says distant with M0: `{}` is the summary-stage rule that fired, `{}` the
    /// stage group.
    pub const SEER_DISTANT_M0: &str = "survival.seer.distant-m0";
    /// No SEER row for the summary stage `{}`.
    pub const SEER_NO_ROW: &str = "survival.seer.no-row";
    /// No SEER figure for a `{}` stage, which is not one at diagnosis.
    pub const SEER_NOT_AT_DIAGNOSIS: &str = "survival.seer.not-at-diagnosis";
    /// The 8th-edition figure of a 9th-edition case: `{}`, `{}`.
    pub const IASLC_EIGHTH_OF_NINTH: &str = "survival.iaslc.eighth-of-ninth";
    /// An 8th-edition case's figure: `{}`, `{}`.
    pub const IASLC_CASE: &str = "survival.iaslc.case";
    /// No IASLC figure for a `{}`.
    pub const IASLC_HISTOLOGY: &str = "survival.iaslc.histology";
    /// No IASLC figure for a `{}` stage.
    pub const IASLC_NOT_CLINICAL: &str = "survival.iaslc.not-clinical";
    /// No IASLC figure for a group whose figure was not read in the paper itself.
    pub const IASLC_NOT_VERIFIED: &str = "survival.iaslc.not-verified";
    /// No IASLC figure for a case without a group that has one.
    pub const IASLC_NO_GROUP: &str = "survival.iaslc.no-group";
    /// Small cell, all stages: `{}`.
    pub const SCLC_ALL_STAGES: &str = "survival.sclc";

    /// Why the all-lung SEER figures are not shown for this cancer type (one key per type).
    pub const fn seer_histology(h: crate::Histology) -> &'static str {
        match h {
            crate::Histology::Nsclc | crate::Histology::Sclc => "survival.seer.histology.sclc",
            crate::Histology::Carcinoid => "survival.seer.histology.carcinoid",
            crate::Histology::Mesothelioma => "survival.seer.histology.mesothelioma",
        }
    }

    /// The sentence at `key` with `values` in its `{}`s, in order: what the widget writes from
    /// the same parts, for the results the build writes whole (a stated stage's).
    pub fn sentence(key: &str, values: &[&str]) -> String {
        #[cfg(feature = "embed-messages")]
        let local = super::translation::current().and_then(|t| t.get(key)?.as_array());
        #[cfg(not(feature = "embed-messages"))]
        let local: Option<&Vec<serde_json::Value>> = None;
        let parts: Vec<&str> = match local {
            Some(local) => local.iter().filter_map(serde_json::Value::as_str).collect(),
            None => super::english::parts(key),
        };
        let mut out = String::new();
        for (i, part) in parts.into_iter().enumerate() {
            if i > 0 {
                out.push_str(values.get(i - 1).copied().unwrap_or_default());
            }
            out.push_str(part);
        }
        out
    }

    /// Every sentence's key; the words are in `messages/texts/en.ftl`.
    pub(super) const KEYS: [&str; 13] = [
        SEER_DISTANT_M0,
        SEER_NOT_AT_DIAGNOSIS,
        SEER_NO_ROW,
        "survival.seer.histology.sclc",
        "survival.seer.histology.carcinoid",
        "survival.seer.histology.mesothelioma",
        IASLC_EIGHTH_OF_NINTH,
        IASLC_CASE,
        IASLC_HISTOLOGY,
        IASLC_NOT_CLINICAL,
        IASLC_NOT_VERIFIED,
        IASLC_NO_GROUP,
        SCLC_ALL_STAGES,
    ];
}

/// The key of what `category` means in `scheme`'s table (absent where the table does not
/// define it): `definition.lung9.N2a`.
pub fn definition_text(scheme: Scheme, category: Category) -> String {
    let table = match scheme {
        Scheme::Lung8 => "lung8",
        Scheme::Lung9 => "lung9",
        Scheme::Mesothelioma8 => "meso8",
        Scheme::Mesothelioma9 => "meso9",
    };
    format!("definition.{table}.{category}")
}

/// The key of a fixed note's words.
pub fn note(id: crate::NoteId) -> String {
    format!("note.{}", id.code())
}

/// The key of a treatment text's words for `view`: `treatment.<code>` for the patient's (the
/// key the texts have always had), `treatment.<code>.clinician` for the clinician's.
pub fn treatment(t: Treatment, view: View) -> String {
    let suffix = match view {
        View::Patient => "",
        View::Clinician => ".clinician",
    };
    format!("treatment.{}{suffix}", t.code())
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
        // Each edition's mesothelioma meanings, and the lung cancers' shared ones.
        for edition in Edition::ALL {
            for &group in StageGroup::ALL {
                if let Some(m) = meaning(histology, edition, group) {
                    out.insert(meaning_text(histology, edition, group), m.text.into());
                }
            }
        }
    }
    let mut all = Vec::new();
    for area in Area::ALL {
        let sentence = format!(
            "{} last checked against their sources on {}.",
            area.name(),
            area.checked()
        );
        out.insert(checked(area).to_owned(), sentence.clone().into());
        all.push(sentence);
    }
    out.insert(CHECKED_ALL.to_owned(), all.join(" ").into());
    for key in survival::KEYS {
        out.insert(key.to_owned(), english::parts(key).into());
    }
    out.insert(HINT_PSUM.to_owned(), english::text(HINT_PSUM).into());
    out.insert(HINT_FMAX.to_owned(), english::text(HINT_FMAX).into());
    out.insert(SURVIVAL_CAVEAT.to_owned(), crate::survival_caveat().into());
    out.insert(IASLC_CAVEAT.to_owned(), crate::iaslc_caveat().into());
    for &id in crate::NoteId::ALL {
        out.insert(note(id), id.text().into());
    }
    for scheme in [
        Scheme::Lung8,
        Scheme::Lung9,
        Scheme::Mesothelioma8,
        Scheme::Mesothelioma9,
    ] {
        let categories = T::ALL.iter().map(|&t| Category::T(t));
        let categories = categories.chain(N::ALL.iter().map(|&n| Category::N(n)));
        for c in categories.chain(M::ALL.iter().map(|&m| Category::M(m))) {
            if let Some((words, _)) = definition(scheme, c) {
                out.insert(definition_text(scheme, c), words.into());
            }
        }
    }
    for &t in Treatment::ALL {
        for view in View::ALL {
            out.insert(treatment(t, view), t.wording(view).into());
        }
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
        for &tr in Treatment::ALL {
            for view in View::ALL {
                assert_eq!(t[treatment(tr, view)], tr.wording(view), "{tr:?}");
            }
        }
        for site in COMMON_SITES {
            assert!(
                !t[symptoms_list(site)].as_array().unwrap().is_empty(),
                "{site}"
            );
        }
        assert!(t.get(symptoms_lead(Site::Adrenal)).is_some());
        let n2a = |scheme| t.get(definition_text(scheme, N::N2a.into()));
        assert_eq!(
            n2a(Scheme::Lung9).and_then(Value::as_str),
            definition(Scheme::Lung9, N::N2a.into()).map(|(words, _)| words)
        );
        assert!(n2a(Scheme::Lung8).is_none());
        assert!(t.get(symptoms_list(Site::PleuralNodules)).is_none());
        assert!(
            !t[symptoms_list(Site::MalignantPericardialEffusion)]
                .as_array()
                .unwrap()
                .is_empty()
        );
        for area in Area::ALL {
            let s = t[checked(area)].as_str().unwrap();
            assert!(s.ends_with(&format!("{}.", area.checked())), "{s}");
        }
    }

    #[test]
    fn every_survival_sentence_key_is_there() {
        let t = texts();
        for h in crate::Histology::ALL {
            assert!(t[survival::seer_histology(h)].is_array(), "{h}");
        }
        for key in [
            survival::SEER_DISTANT_M0,
            survival::SEER_NO_ROW,
            survival::IASLC_EIGHTH_OF_NINTH,
            survival::IASLC_CASE,
            survival::IASLC_HISTOLOGY,
            survival::IASLC_NOT_CLINICAL,
            survival::IASLC_NOT_VERIFIED,
            survival::IASLC_NO_GROUP,
            survival::SCLC_ALL_STAGES,
        ] {
            assert!(t[key].is_array(), "{key}");
        }
        assert_eq!(t[survival::SEER_DISTANT_M0].as_array().unwrap().len(), 3);
    }

    #[test]
    fn no_address_in_the_texts_is_on_an_aggregator_site() {
        let all = texts().to_string().to_lowercase();
        for a in crate::reference::source::AGGREGATORS {
            assert!(!all.contains(a), "{a}");
        }
    }
}
