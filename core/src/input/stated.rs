//! A stage as a report states it ("IIIA", "limited-stage small cell"), without T, N and M:
//! read from the descriptor's `stage` and `extent` keys and from a share link's, and written
//! back. What follows from it is `assess_stated`'s.

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::input::error::{At, Cause, Excerpt, FieldPath, StatedFault};
use crate::messages::{Msg, text};
use crate::{
    Case, Edition, Error, Extent, Histology, LinkKey, Prefix, Scheme, StageGroup, case_from_link,
    link_fragment,
};

/// A stage as stated, with what it needs to be read: the edition and cancer type (8th- and
/// 9th-edition IIIA cover different cases, mesothelioma IIIA another table), and whether it is
/// clinical or pathological.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatedStage {
    /// The edition the report uses.
    pub edition: Edition,
    /// The cancer type.
    pub histology: Histology,
    /// Clinical (`c`) or pathological (`p`).
    pub classification: Prefix,
    /// The stage group as stated, such as IIIA; a parent group (IA, II, IV) covers its
    /// subgroups.
    pub group: Option<StageGroup>,
    /// Small cell only: limited or extensive, as stated.
    pub extent: Option<Extent>,
}

/// What was entered: a case, or a stage stated without one.
#[derive(Debug, Clone, PartialEq)]
pub enum Entered {
    /// A case: findings or categories.
    Case(Case),
    /// A stated stage.
    Stage(StatedStage),
}

/// The descriptor keys a stated stage has.
const KEYS: [&str; 5] = ["edition", "histology", "classification", "stage", "extent"];

fn stated(path: FieldPath, fault: StatedFault) -> Error {
    Error::field(path, Cause::Stated(fault))
}

/// Reads a stage code for `scheme`: `IIIA`, `iiia` or `Stage IIIA`.
fn read_group(text: &str, scheme: Scheme) -> Result<StageGroup, Error> {
    let trimmed = text.trim();
    let bare = match trimmed.get(..6) {
        Some(word) if word.eq_ignore_ascii_case("stage ") => trimmed[6..].trim_start(),
        _ => trimmed,
    };
    StageGroup::from_code(bare).ok_or_else(|| {
        stated(
            FieldPath::Stage,
            StatedFault::UnknownStage {
                code: Excerpt::new(text),
                scheme,
                valid: crate::stated_groups(scheme),
            },
        )
    })
}

/// Reads `limited` or `extensive`, in any case.
fn read_extent(text: &str) -> Result<Extent, Error> {
    match Extent::from_code(text.trim()) {
        Some(e @ (Extent::Limited | Extent::Extensive)) => Ok(e),
        Some(Extent::Undetermined) | None => Err(stated(
            FieldPath::Extent,
            StatedFault::UnknownExtent {
                code: Excerpt::new(text),
            },
        )),
    }
}

impl StatedStage {
    /// A stated stage, checked: a classification of `c` or `p`, a group the scheme's table
    /// has (or a parent of one), and an extent for small cell only. Errors name `stage`,
    /// `extent` or `classification`. (A stage and an extent that no case has together are
    /// refused by `assess_stated`, which stages the cases.)
    ///
    /// ```
    /// use lungstage::{Edition, Extent, Histology, Prefix, StageGroup, StatedStage};
    ///
    /// let ok = StatedStage::new(Edition::Ninth, Histology::Sclc, Prefix::C, None, Some(Extent::Limited));
    /// assert!(ok.is_ok());
    /// let err = StatedStage::new(Edition::Ninth, Histology::Mesothelioma, Prefix::C, Some(StageGroup::IA1), None).unwrap_err();
    /// assert_eq!(err.field_path().as_deref(), Some("stage"));
    /// assert!(err.to_string().contains("I, II, IIIA, IIIB, IV"), "{err}");
    /// // A pathological stage is one of the 8th-edition table, as its cases are.
    /// let err = StatedStage::new(Edition::Ninth, Histology::Mesothelioma, Prefix::P, Some(StageGroup::IA1), None).unwrap_err();
    /// assert!(err.to_string().contains("IA, IB, II, IIIA, IIIB, IV"), "{err}");
    /// ```
    pub fn new(
        edition: Edition,
        histology: Histology,
        classification: Prefix,
        group: Option<StageGroup>,
        extent: Option<Extent>,
    ) -> Result<StatedStage, Error> {
        let stage = StatedStage {
            edition,
            histology,
            classification,
            group,
            extent,
        };
        if !matches!(classification, Prefix::C | Prefix::P) {
            return Err(stated(
                FieldPath::Classification,
                StatedFault::NotClinicalOrPathological {
                    prefix: classification,
                },
            ));
        }
        match extent {
            None | Some(Extent::Limited | Extent::Extensive) => {}
            Some(Extent::Undetermined) => {
                return Err(stated(
                    FieldPath::Extent,
                    StatedFault::UnknownExtent {
                        code: Excerpt::new(Extent::Undetermined.code()),
                    },
                ));
            }
        }
        if extent.is_some() && histology != Histology::Sclc {
            return Err(stated(
                FieldPath::Extent,
                StatedFault::NotSmallCell { histology },
            ));
        }
        match group {
            None if extent.is_none() => {
                return Err(stated(FieldPath::Stage, StatedFault::Missing));
            }
            Some(g) if !crate::stated_groups(stage.scheme()).contains(&g) => {
                return Err(stated(
                    FieldPath::Stage,
                    StatedFault::UnknownStage {
                        code: Excerpt::new(g.code()),
                        scheme: stage.scheme(),
                        valid: crate::stated_groups(stage.scheme()),
                    },
                ));
            }
            None | Some(_) => {}
        }
        Ok(stage)
    }

    /// The stage as stated: "Stage IIIA", "Occult carcinoma", "Limited stage".
    pub fn title(&self) -> String {
        match (self.group, self.extent) {
            (Some(g), _) => g.name(),
            (None, Some(Extent::Extensive)) => text(Msg::LabelTitleExtensive, &[]),
            (None, Some(Extent::Limited | Extent::Undetermined) | None) => {
                text(Msg::LabelTitleLimited, &[])
            }
        }
    }

    /// "clinical stage IIIA", "pathological occult carcinoma", "clinical limited stage".
    pub fn label(&self) -> String {
        let kind = self.classification.name();
        match (self.group, self.extent) {
            (Some(StageGroup::Occult), _) => text(Msg::LabelOccult, &[&kind]),
            (Some(g), _) => text(Msg::LabelStage, &[&kind, &g.code()]),
            (None, Some(Extent::Extensive)) => text(Msg::LabelExtensive, &[&kind]),
            (None, Some(Extent::Limited | Extent::Undetermined) | None) => {
                text(Msg::LabelLimited, &[&kind])
            }
        }
    }

    /// Small cell only: the caveat on limited stage (the radiation field), which every case
    /// of small cell has.
    pub fn extent_caveat(&self) -> Option<crate::Note> {
        (self.histology == Histology::Sclc)
            .then(|| crate::Note::fixed(crate::NoteId::SclcLimited, crate::SourceId::PdqSclc))
    }

    /// The sources what is shown of the stage itself rests on: the table, an edition fallback
    /// notice, the meaning of its group and, for small cell, the caveat on limited stage (the
    /// parts that depend on its cases, treatment and survival, cite their own).
    pub fn sources(&self) -> Vec<crate::SourceId> {
        let (scheme, notice) = self.table();
        let table = match scheme {
            Scheme::Lung8 => crate::SourceId::Ajcc8,
            Scheme::Lung9 => crate::SourceId::Iaslc9,
            Scheme::Mesothelioma8 => crate::SourceId::Meso8,
            Scheme::Mesothelioma9 => crate::SourceId::Meso9,
        };
        let mut out = vec![table];
        out.extend(notice.map(|n| n.source));
        if let Some(sources) = self
            .group
            .and_then(|g| crate::meaning_sources(self.histology, scheme.edition(), g))
        {
            out.extend_from_slice(sources);
        }
        out.extend(self.extent_caveat().map(|n| n.source));
        out
    }

    /// The table the stage belongs to.
    pub fn scheme(&self) -> Scheme {
        self.table().0
    }

    /// The table the stage belongs to, with the notice when it is not the asked-for
    /// edition's: a pathological mesothelioma stage in the 9th edition is read in the 8th
    /// edition's table, as a case of it is staged (docs/clinical-decisions.md#d28).
    pub fn table(&self) -> (Scheme, Option<crate::Note>) {
        Scheme::for_case(
            self.edition,
            self.histology,
            self.classification.is_pathological(),
        )
    }

    /// The error for a stage and an extent that no case has together.
    pub(crate) fn no_case(&self) -> Error {
        match (self.group, self.extent) {
            (Some(group), Some(extent)) => {
                stated(FieldPath::Extent, StatedFault::NoCase { group, extent })
            }
            _ => stated(FieldPath::Stage, StatedFault::Missing),
        }
    }

    /// Reads a stated stage from a descriptor object, whether or not it gives `stage` or
    /// `extent` (neither is an error that says to give one).
    ///
    /// ```
    /// use lungstage::StatedStage;
    ///
    /// let s = StatedStage::from_value(&serde_json::json!({"histology": "sclc", "stage": null, "extent": "limited"})).unwrap();
    /// assert_eq!(s.extent, Some(lungstage::Extent::Limited));
    /// assert!(StatedStage::from_value(&serde_json::json!({})).is_err());
    /// ```
    pub fn from_value(value: &Value) -> Result<StatedStage, Error> {
        match value {
            Value::Object(top) => StatedStage::from_object(top),
            _ => Err(stated(FieldPath::Stage, StatedFault::Missing)),
        }
    }

    /// Reads the stated stage of a descriptor object that gives `stage` or `extent`; the
    /// edition, cancer type and classification default as for a case (9, non-small cell,
    /// clinical).
    fn from_object(top: &Map<String, Value>) -> Result<StatedStage, Error> {
        let path = match top.contains_key("stage") {
            true => FieldPath::Stage,
            false => FieldPath::Extent,
        };
        let given = match path {
            FieldPath::Extent => "extent",
            _ => "stage",
        };
        if let Some(part) = ["tumor", "nodes", "metastases"]
            .into_iter()
            .find(|k| top.contains_key(*k))
        {
            return Err(stated(path, StatedFault::WithCase { given, part }));
        }
        if let Some(key) = top.keys().find(|k| !KEYS.contains(&k.as_str())) {
            let detail = format!(
                "unknown field `{}`, expected one of `{}`",
                Excerpt::new(key),
                KEYS.join("`, `")
            );
            return Err(Error::field(
                FieldPath::Descriptor,
                Cause::Invalid {
                    detail: Excerpt::at_most(&detail, 300),
                },
            ));
        }
        fn field<'a, X: Deserialize<'a>>(
            value: Option<&'a Value>,
            path: FieldPath,
        ) -> Result<Option<X>, Error> {
            match value {
                None | Some(Value::Null) => Ok(None),
                Some(v) => X::deserialize(v).map(Some).map_err(|e| {
                    Error::field(
                        path,
                        Cause::Invalid {
                            detail: Excerpt::at_most(&e.to_string(), 300),
                        },
                    )
                }),
            }
        }
        let text = |key: &str, path: FieldPath| match top.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(stated(path, StatedFault::NotAString)),
        };
        let edition = field(top.get("edition"), FieldPath::Edition)?.unwrap_or_default();
        let histology = field(top.get("histology"), FieldPath::Histology)?.unwrap_or_default();
        let classification =
            field(top.get("classification"), FieldPath::Classification)?.unwrap_or(Prefix::C);
        let scheme = Scheme::for_case(edition, histology, classification.is_pathological()).0;
        let group = text("stage", FieldPath::Stage)?
            .map(|s| read_group(s, scheme))
            .transpose()?;
        let extent = text("extent", FieldPath::Extent)?
            .map(read_extent)
            .transpose()?;
        let stage = StatedStage::new(edition, histology, classification, group, extent)?;
        stage.check_cases()?;
        Ok(stage)
    }

    /// A stage and an extent together are refused where no case has both.
    fn check_cases(&self) -> Result<(), Error> {
        match (self.group, self.extent) {
            (Some(_), Some(_)) if crate::rules::stated::cells(self)?.is_empty() => {
                Err(self.no_case())
            }
            _ => Ok(()),
        }
    }

    /// The descriptor of the stated stage: every key given.
    pub fn to_json(&self) -> Value {
        let mut out = json!({
            "edition": self.edition.number(),
            "histology": self.histology.code(),
            "classification": self.classification.code(),
        });
        if let Some(g) = self.group {
            out["stage"] = json!(g.code());
        }
        if let Some(e) = self.extent {
            out["extent"] = json!(e.code());
        }
        out
    }
}

impl Entered {
    /// Reads a descriptor: a stated stage where it gives `stage` or `extent`, else a case
    /// (`Case::from_json`).
    ///
    /// ```
    /// use lungstage::{Entered, StageGroup};
    ///
    /// let Entered::Stage(s) = Entered::from_json(r#"{"stage": "IIIA"}"#).unwrap() else { panic!() };
    /// assert_eq!(s.group, Some(StageGroup::IIIA));
    /// let err = Entered::from_json(r#"{"stage": "IIIA", "tumor": {"size_cm": 2}}"#).unwrap_err();
    /// assert!(err.to_string().contains("`stage` and `tumor`"), "{err}");
    /// assert!(matches!(Entered::from_json("{}").unwrap(), Entered::Case(_)));
    /// ```
    pub fn from_json(text: &str) -> Result<Entered, Error> {
        Entered::from_value(&crate::input::case::parse_unique(text)?)
    }

    /// Reads a descriptor already parsed as JSON.
    pub fn from_value(value: &Value) -> Result<Entered, Error> {
        match value {
            Value::Object(top) if top.contains_key("stage") || top.contains_key("extent") => {
                StatedStage::from_object(top).map(Entered::Stage)
            }
            _ => Case::from_value(value).map(Entered::Case),
        }
    }

    /// The case, or for a stated stage the error that says it has none: for what needs T, N
    /// and M, such as a FHIR or registry record.
    pub fn into_case(self) -> Result<Case, Error> {
        match self {
            Entered::Case(case) => Ok(case),
            Entered::Stage(stage) => Err(stated(
                match stage.group {
                    Some(_) => FieldPath::Stage,
                    None => FieldPath::Extent,
                },
                StatedFault::NotARecord,
            )),
        }
    }

    /// The descriptor, as read.
    pub fn to_json(&self) -> Value {
        match self {
            Entered::Case(case) => case.to_json(),
            Entered::Stage(stage) => stage.to_json(),
        }
    }
}

/// The link version that has `stage` and `extent`.
const STATED_VERSION: u32 = 3;

/// Writes a stated stage as a share-link fragment (without `#`), with `extra` pairs appended:
/// every key given, in link version 3, which is the first to have `stage` and `extent`.
///
/// ```
/// use lungstage::{Edition, Entered, Histology, Prefix, StageGroup, StatedStage, read_link, stated_fragment};
///
/// let s = StatedStage::new(Edition::Ninth, Histology::Nsclc, Prefix::C, Some(StageGroup::IIIA), None).unwrap();
/// let fragment = stated_fragment(&s, &[]);
/// assert_eq!(fragment, "v=3&edition=9&histology=nsclc&class=c&stage=IIIA");
/// assert_eq!(read_link(&fragment).unwrap().0, Entered::Stage(s));
/// ```
pub fn stated_fragment(stage: &StatedStage, extra: &[(&str, &str)]) -> String {
    let mut out = format!(
        "{}={STATED_VERSION}&{}={}&{}={}&{}={}",
        LinkKey::Version,
        LinkKey::Edition,
        stage.edition.number(),
        LinkKey::Histology,
        stage.histology,
        LinkKey::Class,
        stage.classification,
    );
    if let Some(g) = stage.group {
        out.push_str(&format!("&{}={}", LinkKey::Stage, g.code()));
    }
    if let Some(e) = stage.extent {
        out.push_str(&format!("&{}={}", LinkKey::Extent, e.code()));
    }
    for (key, value) in extra {
        out.push_str(&format!("&{key}={value}"));
    }
    out
}

/// Writes what was entered as a share-link fragment: `link_fragment` for a case,
/// `stated_fragment` for a stated stage.
pub fn entered_fragment(entered: &Entered, extra: &[(&str, &str)]) -> String {
    match entered {
        Entered::Case(case) => link_fragment(case, extra),
        Entered::Stage(stage) => stated_fragment(stage, extra),
    }
}

/// The link keys of a case's parts, to name the one given with a stated stage: those from T
/// to the sites, in the order the format lists them.
fn case_keys() -> impl Iterator<Item = LinkKey> {
    LinkKey::ALL
        .into_iter()
        .skip_while(|k| *k != LinkKey::T)
        .take_while(|k| *k != LinkKey::Stage)
}

/// Reads a share link: a stated stage where it gives `stage` or `extent` (link version 3),
/// else a case (`case_from_link`). Returns it with the pairs neither reads, in order, for
/// the caller to check. The edition, cancer type and classification default as in every
/// link (9, non-small cell, clinical).
pub fn read_link(fragment: &str) -> Result<(Entered, Vec<(String, String)>), Error> {
    let (case, mut extra) = case_from_link(fragment)?;
    let mut take = |key: LinkKey| {
        let at = extra.iter().position(|(k, _)| k == key.code())?;
        Some(extra.remove(at).1)
    };
    let (stage, extent) = (take(LinkKey::Stage), take(LinkKey::Extent));
    if stage.is_none() && extent.is_none() {
        return Ok((Entered::Case(case), extra));
    }
    let key = match stage {
        Some(_) => LinkKey::Stage,
        None => LinkKey::Extent,
    };
    if case.tumor.is_some() || case.nodes.is_some() || case.metastases.is_some() {
        // The first key of a case part the link gives: it was read into the case.
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let part = fragment
            .split('&')
            .filter_map(|pair| pair.split('=').next())
            .find_map(|k| case_keys().find(|c| c.code() == k))
            .unwrap_or(LinkKey::T);
        return Err(Error::new(
            At::LinkKey(key),
            Cause::Stated(StatedFault::WithCase {
                given: key.code(),
                part: part.code(),
            }),
        ));
    }
    let classification = case.classification.unwrap_or(Prefix::C);
    let scheme = Scheme::for_case(
        case.edition,
        case.histology,
        classification.is_pathological(),
    )
    .0;
    let at_key = |e: Error| {
        let key = match e.at {
            At::Field(FieldPath::Extent) => LinkKey::Extent,
            At::Field(FieldPath::Classification) => LinkKey::Class,
            _ => key,
        };
        Error::new(At::LinkKey(key), e.cause)
    };
    let group = stage
        .map(|s| read_group(&s, scheme))
        .transpose()
        .map_err(at_key)?;
    let extent = extent
        .map(|e| read_extent(&e))
        .transpose()
        .map_err(at_key)?;
    let stated = StatedStage::new(case.edition, case.histology, classification, group, extent)
        .map_err(at_key)?;
    Ok((Entered::Stage(stated), extra))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of(json: &str) -> String {
        match Entered::from_json(json) {
            Ok(e) => panic!("{json} was accepted: {e:?}"),
            Err(e) => e.field_path().unwrap_or_else(|| format!("<{e}>")),
        }
    }

    #[test]
    fn descriptors_read_and_write_back() {
        for json in [
            r#"{"stage": "IIIA"}"#,
            r#"{"edition": 8, "histology": "sclc", "classification": "p", "stage": "IB"}"#,
            r#"{"histology": "sclc", "extent": "limited"}"#,
            r#"{"histology": "sclc", "stage": "IVA", "extent": "Extensive"}"#,
            r#"{"histology": "mesothelioma", "stage": "II"}"#,
            r#"{"stage": "stage ia"}"#,
            r#"{"stage": "occult"}"#,
        ] {
            let Entered::Stage(s) = Entered::from_json(json).unwrap() else {
                panic!("{json}")
            };
            assert_eq!(
                Entered::from_value(&s.to_json()).unwrap(),
                Entered::Stage(s),
                "{json}"
            );
        }
        let Entered::Stage(s) = Entered::from_json(r#"{"stage": "IIIA"}"#).unwrap() else {
            panic!()
        };
        assert_eq!(
            (s.edition, s.histology, s.classification),
            (Edition::Ninth, Histology::Nsclc, Prefix::C)
        );
    }

    #[test]
    fn what_cannot_be_read_names_its_key() {
        let cases = [
            (r#"{"stage": "IIID"}"#, "stage"),
            (r#"{"stage": "IA1", "histology": "mesothelioma"}"#, "stage"),
            (r#"{"stage": "II", "edition": 7}"#, "edition"),
            (r#"{"stage": 3}"#, "stage"),
            (r#"{"stage": "IIIA", "tumor": {"size_cm": 2}}"#, "stage"),
            (
                r#"{"extent": "limited", "nodes": {"stations": []}}"#,
                "extent",
            ),
            (r#"{"extent": "limited"}"#, "extent"),
            (
                r#"{"histology": "sclc", "extent": "undetermined"}"#,
                "extent",
            ),
            (r#"{"histology": "sclc", "extent": "IIIA"}"#, "extent"),
            (
                r#"{"histology": "sclc", "stage": "IIIA", "extent": "extensive"}"#,
                "extent",
            ),
            (
                r#"{"stage": "IIIA", "classification": "yp"}"#,
                "classification",
            ),
            (
                r#"{"stage": "IIIA", "classification": "q"}"#,
                "classification",
            ),
            (r#"{"stage": "IIIA", "colour": "red"}"#, "descriptor"),
            (r#"{"stage": null}"#, "stage"),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(json, path)| path_of(json) != *path)
            .map(|(json, path)| format!("{json}: expected {path}, got {}", path_of(json)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        let both = Entered::from_json(r#"{"stage": "IIIA", "metastases": {"sites": []}}"#)
            .unwrap_err()
            .to_string();
        assert!(both.contains("`stage` and `metastases`"), "{both}");
        let unknown = Entered::from_json(r#"{"stage": "IIID"}"#)
            .unwrap_err()
            .to_string();
        assert!(
            unknown.contains("`IIID`")
                && unknown.contains("9th-edition lung table")
                && unknown.contains("IIIC"),
            "{unknown}"
        );
    }

    #[test]
    fn links_read_and_write_back() {
        for fragment in [
            "v=3&edition=9&histology=nsclc&class=c&stage=IIIA",
            "v=3&edition=8&histology=sclc&class=p&extent=limited",
            "v=3&edition=9&histology=mesothelioma&class=c&stage=IV",
        ] {
            let (entered, extra) = read_link(fragment).unwrap();
            assert!(extra.is_empty());
            assert_eq!(entered_fragment(&entered, &[]), fragment);
        }
        // The format's defaults, and the widget's own keys handed back.
        let (entered, extra) = read_link("#v=3&stage=iiia&view=clinician").unwrap();
        assert_eq!(
            entered_fragment(&entered, &[]),
            "v=3&edition=9&histology=nsclc&class=c&stage=IIIA"
        );
        assert_eq!(extra, [("view".to_owned(), "clinician".to_owned())]);
        // A version-2 link has no stage key: it is a case.
        assert!(matches!(
            read_link("#v=2&stage=IIIA").unwrap().0,
            Entered::Case(_)
        ));
    }

    #[test]
    fn links_that_cannot_be_read_name_their_key() {
        for (fragment, key) in [
            ("#v=3&stage=IIID", "link.stage"),
            ("#v=3&stage=IIIA&t=T2a", "link.stage"),
            ("#v=3&extent=limited&size=2", "link.extent"),
            ("#v=3&extent=limited", "link.extent"),
            ("#v=3&histology=sclc&extent=maybe", "link.extent"),
            ("#v=3&class=yc&stage=IIIA", "link.class"),
            ("#v=3&stage=IIIA&stage=IIIB", "link.stage"),
        ] {
            let err = read_link(fragment).unwrap_err();
            assert_eq!(err.field_path().as_deref(), Some(key), "{fragment}: {err}");
        }
        let err = read_link("#v=3&stage=IIIA&size=2").unwrap_err().to_string();
        assert!(err.contains("`stage` and `size`"), "{err}");
    }
}
