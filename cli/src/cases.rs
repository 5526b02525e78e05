//! Building a [`Case`] from what the command line or a CSV row gives.

use lungstage::{
    Case, Entered, Error, MetastasisInput, NodeInput, Scheme, StatedStage, Tnm, TumorInput, Written,
};
use serde_json::Value;

use crate::Defaults;

/// A case from written categories, checked against the edition and cancer type first so
/// that an `N3` with mesothelioma is named as such. (An `N2a` with the 8th edition is read as
/// N2 when staged, with a note.)
///
/// ```
/// use lungstage_cli::{from_tnm, Defaults};
///
/// let case = from_tnm("T2a N1 M0".parse().unwrap(), Defaults::default()).unwrap();
/// let same = lungstage::Case::from_json(
///     r#"{"tumor":{"category":"T2a"},"nodes":{"category":"N1"},"metastases":{"category":"M0"}}"#,
/// ).unwrap();
/// assert_eq!(case, same);
/// let meso = Defaults { edition: None, histology: Some(lungstage::Histology::Mesothelioma) };
/// let err = from_tnm("T1 N3 M0".parse().unwrap(), meso).unwrap_err();
/// assert!(err.to_string().contains("N3"));
/// ```
pub fn from_tnm(tnm: Tnm, defaults: Defaults) -> Result<Case, Error> {
    let edition = defaults.edition.unwrap_or_default();
    let histology = defaults.histology.unwrap_or_default();
    let (scheme, _notice) = Scheme::for_case(edition, histology, false);
    let tnm = tnm.check(scheme)?;
    Ok(Case {
        edition,
        histology,
        subtype: None,
        classification: None,
        tumor: Some(TumorInput::Category(tnm.t)),
        nodes: Some(NodeInput::Category(tnm.n)),
        metastases: Some(MetastasisInput::Category(tnm.m)),
    })
}

/// A case from a written form as a report gives it, read for the edition and
/// cancer type of `defaults`: IASLC's N subgroups count as that edition's N,
/// and the reading's notes say so and list what was set aside.
///
/// ```
/// use lungstage_cli::{from_written, Defaults};
///
/// let (case, written) = from_written("pT2a pN2a1 cM0 G2", Defaults::default()).unwrap();
/// assert_eq!(case, from_written("pT2a pN2a cM0", Defaults::default()).unwrap().0);
/// assert_eq!(written.ignored, ["G2"]);
/// assert!(from_written("T1aN1aM0", Defaults::default()).unwrap_err().to_string().contains("N1a"));
/// ```
pub fn from_written(text: &str, defaults: Defaults) -> Result<(Case, Written), Error> {
    let edition = defaults.edition.unwrap_or_default();
    let histology = defaults.histology.unwrap_or_default();
    let (scheme, _notice) = Scheme::for_case(edition, histology, false);
    let written = Tnm::read(text, scheme)?;
    Ok((from_tnm(written.tnm, defaults)?, written))
}

/// A case from a JSON descriptor; `defaults` fill in an edition or histology
/// the descriptor leaves out, and never override one it gives.
///
/// ```
/// use lungstage_cli::{from_descriptor, Defaults};
/// use lungstage::Edition;
///
/// let eighth = Defaults { edition: Some(Edition::Eighth), histology: None };
/// assert_eq!(from_descriptor("{}", eighth).unwrap().edition, Edition::Eighth);
/// assert_eq!(from_descriptor(r#"{"edition": 9}"#, eighth).unwrap().edition, Edition::Ninth);
/// assert!(from_descriptor("{", eighth).is_err());
/// ```
pub fn from_descriptor(text: &str, defaults: Defaults) -> Result<Case, Error> {
    entered_from_descriptor(text, defaults)?.into_case()
}

/// What a JSON descriptor gives, a case or a stated stage (`"stage": "IIIA"`), with
/// `defaults` filled in as for [`from_descriptor`].
///
/// ```
/// use lungstage_cli::{entered_from_descriptor, Defaults};
/// use lungstage::{Edition, Entered};
///
/// let eighth = Defaults { edition: Some(Edition::Eighth), histology: None };
/// let Entered::Stage(s) = entered_from_descriptor(r#"{"stage": "IIIA"}"#, eighth).unwrap() else { panic!() };
/// assert_eq!(s.edition, Edition::Eighth);
/// ```
pub fn entered_from_descriptor(text: &str, defaults: Defaults) -> Result<Entered, Error> {
    if defaults == Defaults::default() {
        return Entered::from_json(text);
    }
    // Where serde_json fails, the core fails too, with its own wording.
    let mut value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(_) => return Entered::from_json(text),
    };
    if let Value::Object(object) = &mut value {
        if let Some(edition) = defaults.edition {
            object
                .entry("edition")
                .or_insert_with(|| edition.number().into());
        }
        if let Some(histology) = defaults.histology {
            object
                .entry("histology")
                .or_insert_with(|| histology.code().into());
        }
    }
    Entered::from_value(&value)
}

/// A stated stage from `--stage`, `--extent` and `--classification` as given, read by the
/// core as the descriptor's keys of the same names; `defaults` are the edition and cancer
/// type. Errors name the key at fault (`stage`), which the caller names as its option.
///
/// ```
/// use lungstage_cli::{stated_from_options, Defaults};
///
/// let s = stated_from_options(Some("IIIA"), None, Some("p"), Defaults::default()).unwrap();
/// assert_eq!(s.group, Some(lungstage::StageGroup::IIIA));
/// let err = stated_from_options(Some("IIID"), None, None, Defaults::default()).unwrap_err();
/// assert_eq!(err.field_path().as_deref(), Some("stage"));
/// ```
pub fn stated_from_options(
    stage: Option<&str>,
    extent: Option<&str>,
    classification: Option<&str>,
    defaults: Defaults,
) -> Result<StatedStage, Error> {
    let mut value = serde_json::json!({
        "edition": defaults.edition.unwrap_or_default().number(),
        "histology": defaults.histology.unwrap_or_default().code(),
    });
    for (key, given) in [
        ("stage", stage),
        ("extent", extent),
        ("classification", classification),
    ] {
        value[key] = given.map_or(Value::Null, Value::from);
    }
    StatedStage::from_value(&value)
}
