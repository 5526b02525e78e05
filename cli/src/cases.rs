//! Building a [`Case`] from what the command line or a CSV row gives.

use lungstage::{Case, Error, MetastasisInput, NodeInput, Scheme, Tnm, TumorInput, Written};
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
    if defaults == Defaults::default() {
        return Case::from_json(text);
    }
    // Where serde_json fails, the core fails too, with its own wording.
    let mut value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(_) => return Case::from_json(text),
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
    Case::from_value(&value)
}
