//! A staging result as a FHIR R4 `Bundle` (type `collection`) following HL7 mCODE STU4
//! (4.0.0): the primary cancer `Condition`, the T, N and M category Observations and the
//! stage group Observation. Codes and their sources: `docs/fhir.md`.

use serde_json::{Value, json};

use crate::{Edition, Histology, M, N, Prefix, StageGroup, Staging, T};

/// The mCODE canonical base of every profile URL.
const MCODE: &str = "http://hl7.org/fhir/us/mcode/StructureDefinition/";
const SNOMED: &str = "http://snomed.info/sct";

/// The placeholder ids of the bundle's entries. The host mints its own (`docs/fhir.md`).
const PATIENT: &str = "urn:uuid:00000000-0000-4000-8000-000000000001";
const CONDITION: &str = "urn:uuid:00000000-0000-4000-8000-000000000002";
const T_OBS: &str = "urn:uuid:00000000-0000-4000-8000-000000000003";
const N_OBS: &str = "urn:uuid:00000000-0000-4000-8000-000000000004";
const M_OBS: &str = "urn:uuid:00000000-0000-4000-8000-000000000005";
const GROUP_OBS: &str = "urn:uuid:00000000-0000-4000-8000-000000000006";

/// A SNOMED CT concept, as mCODE's value sets and examples list it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snomed {
    /// The concept's identifier.
    pub code: &'static str,
    /// Its display name.
    pub display: &'static str,
}

const fn sct(code: &'static str, display: &'static str) -> Snomed {
    Snomed { code, display }
}

/// What an Observation reports: one of T, N and M, or the stage group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// The primary tumour category.
    T,
    /// The regional nodes category.
    N,
    /// The distant metastasis category.
    M,
    /// The stage group.
    Group,
}

impl Axis {
    /// The mCODE profile of the Observation.
    pub const fn profile(self) -> &'static str {
        match self {
            Axis::T => "mcode-tnm-primary-tumor-category",
            Axis::N => "mcode-tnm-regional-nodes-category",
            Axis::M => "mcode-tnm-distant-metastases-category",
            Axis::Group => "mcode-tnm-stage-group",
        }
    }

    /// `Observation.code` by kind of staging.
    ///
    /// | Axis | clinical (c) | pathological (p, yp) | other (yc, r, a) |
    /// |---|---|---|---|
    /// | T | 399504009 | 384625004 | 78873005 |
    /// | N | 399534004 | 371494008 | 277206009 |
    /// | M | 399387003 | 371497001 | 277208005 |
    /// | group | 399537006 | 399588009 | 399390009 |
    ///
    /// mCODE 4.0.0, `input/fsh/VS_Staging_TNM.fsh`, the four `...StagingTypeVS` value sets.
    pub const fn staging_type(self, kind: Kind) -> Snomed {
        match (self, kind) {
            (Axis::T, Kind::Clinical) => sct("399504009", "cT category"),
            (Axis::T, Kind::Pathological) => sct("384625004", "pT category"),
            (Axis::T, Kind::Other) => sct("78873005", "T category"),
            (Axis::N, Kind::Clinical) => sct("399534004", "cN category"),
            (Axis::N, Kind::Pathological) => sct("371494008", "pN category"),
            (Axis::N, Kind::Other) => sct("277206009", "N category"),
            (Axis::M, Kind::Clinical) => sct("399387003", "cM category"),
            (Axis::M, Kind::Pathological) => sct("371497001", "pM category"),
            (Axis::M, Kind::Other) => sct("277208005", "M category"),
            (Axis::Group, Kind::Clinical) => sct("399537006", "Clinical TNM stage grouping"),
            (Axis::Group, Kind::Pathological) => sct("399588009", "Pathologic TNM stage grouping"),
            (Axis::Group, Kind::Other) => sct("399390009", "TNM stage grouping"),
        }
    }

    const fn letter(self) -> &'static str {
        match self {
            Axis::T => "T",
            Axis::N => "N",
            Axis::M => "M",
            Axis::Group => "stage group",
        }
    }
}

/// The kind of staging SNOMED CT names: clinical, pathological, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `c`.
    Clinical,
    /// `p` and `yp`: mCODE's pathological codes cover post-therapy pathological staging.
    Pathological,
    /// `yc`, `r` and `a`: no SNOMED CT staging type; the generic code, the prefix in text.
    Other,
}

impl Kind {
    /// The kind of staging a classification prefix stands for.
    pub const fn of(prefix: Prefix) -> Kind {
        match prefix {
            Prefix::C => Kind::Clinical,
            Prefix::P | Prefix::Yp => Kind::Pathological,
            Prefix::Yc | Prefix::R | Prefix::A => Kind::Other,
        }
    }
}

/// `method`: the AJCC edition of the table used (mCODE's `TNMStagingMethodVS`).
pub const fn method(edition: Edition) -> Snomed {
    match edition {
        Edition::Eighth => sct(
            "897275008",
            "American Joint Commission on Cancer, Cancer Staging Manual, 8th edition neoplasm staging system (tumor staging)",
        ),
        Edition::Ninth => sct(
            "1269566009",
            "American Joint Commission on Cancer, Cancer Staging Manual, 9th version neoplasm staging system (tumor staging)",
        ),
    }
}

/// One value code: a category with its prefix, or a stage group (any of c, p, yp).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coded {
    T(Prefix, T),
    N(Prefix, N),
    M(Prefix, M),
    Group(StageGroup),
}

/// Every value code LungStage writes, one row each, all from mCODE 4.0.0's own examples
/// (`input/fsh/EX_Basic.fsh`, `input/fsh/EX_ExtendedExample.fsh`). A category without a row
/// is written as text only (`docs/fhir.md` lists why).
const VALUES: &[(Coded, Snomed)] = &[
    (
        Coded::T(Prefix::C, T::T3),
        sct(
            "1228938002",
            "American Joint Committee on Cancer cT3 (qualifier value)",
        ),
    ),
    (
        Coded::T(Prefix::P, T::T3),
        sct(
            "1229859000",
            "American Joint Committee on Cancer pT3 (qualifier value)",
        ),
    ),
    (
        Coded::N(Prefix::C, N::N0),
        sct(
            "1229967007",
            "American Joint Committee on Cancer cN0 (qualifier value)",
        ),
    ),
    (
        Coded::N(Prefix::P, N::N0),
        sct(
            "1229947003",
            "American Joint Committee on Cancer pN0 (qualifier value)",
        ),
    ),
    (
        Coded::N(Prefix::C, N::N3),
        sct(
            "1229984001",
            "American Joint Committee on Cancer cN3 (qualifier value)",
        ),
    ),
    (
        Coded::M(Prefix::C, M::M0),
        sct(
            "1229901006",
            "American Joint Committee on Cancer cM0 (qualifier value)",
        ),
    ),
    (
        Coded::Group(StageGroup::IIB),
        sct(
            "1222769001",
            "American Joint Committee on Cancer stage IIB (qualifier value)",
        ),
    ),
    (
        Coded::Group(StageGroup::IIIC),
        sct(
            "1222806003",
            "American Joint Committee on Cancer stage IIIC (qualifier value)",
        ),
    ),
];

fn value_code(value: Coded) -> Option<Snomed> {
    VALUES.iter().find(|(v, _)| *v == value).map(|(_, s)| *s)
}

fn coding(s: Snomed) -> Value {
    json!({ "system": SNOMED, "code": s.code, "display": s.display })
}

fn concept(code: Option<Snomed>, text: &str) -> Value {
    match code {
        Some(s) => json!({ "coding": [coding(s)], "text": text }),
        None => json!({ "text": text }),
    }
}

fn reference(url: &str) -> Value {
    json!({ "reference": url })
}

/// The Condition's code: the cancer, in SNOMED CT where mCODE's examples code it.
fn disorder(h: Histology) -> Option<Snomed> {
    match h {
        // mCODE 4.0.0, input/fsh/EX_Basic.fsh, primary-cancer-condition-nsclc.
        Histology::Nsclc => Some(sct("254637007", "Non-small cell lung cancer (disorder)")),
        Histology::Sclc | Histology::Carcinoid | Histology::Mesothelioma => None,
    }
}

/// Where the cancer is.
fn body_site(h: Histology) -> Value {
    match h {
        // mCODE 4.0.0, input/fsh/EX_Basic.fsh, primary-cancer-condition-nsclc.
        Histology::Nsclc | Histology::Sclc | Histology::Carcinoid => concept(
            Some(sct("39607008", "Lung structure (body structure)")),
            "lung",
        ),
        Histology::Mesothelioma => concept(None, "pleura"),
    }
}

fn observation(s: &Staging, axis: Axis, prefix: Prefix, value: Value) -> Value {
    let kind = Kind::of(prefix);
    let code_text = match axis {
        Axis::Group => format!("{} stage group", prefix.name()),
        Axis::T | Axis::N | Axis::M => format!("{prefix}{} category", axis.letter()),
    };
    let mut out = json!({
        "resourceType": "Observation",
        "meta": { "profile": [format!("{MCODE}{}", axis.profile())] },
        // A draft for a clinician to confirm; the host sets `final` (docs/fhir.md).
        "status": "preliminary",
        "code": concept(Some(axis.staging_type(kind)), &code_text),
        "subject": reference(PATIENT),
        "focus": [reference(CONDITION)],
        "method": concept(Some(method(s.edition)), &format!("AJCC {}", edition_name(s.edition))),
    });
    match value {
        Value::Null => {
            out["dataAbsentReason"] = json!({ "text": s.grouping.rule.to_string() });
        }
        value => out["valueCodeableConcept"] = value,
    }
    out
}

const fn edition_name(e: Edition) -> &'static str {
    match e {
        Edition::Eighth => "8th edition",
        Edition::Ninth => "Version 9",
    }
}

/// The stage group's value, or `Null` when the tables give no group.
fn group_value(s: &Staging) -> Value {
    let prefix = s.classification.group;
    let Some(group) = s.stage() else {
        return Value::Null;
    };
    // mCODE's stage group value set holds the clinical, pathological and yp groups.
    let code = match prefix {
        Prefix::C | Prefix::P | Prefix::Yp => value_code(Coded::Group(group)),
        Prefix::Yc | Prefix::R | Prefix::A => None,
    };
    let text = s.stage_label().unwrap_or_else(|| group.code().to_owned());
    concept(code, &text)
}

fn entry(url: &str, resource: Value) -> Value {
    json!({ "fullUrl": url, "resource": resource })
}

/// The bundle for one edition's staging result.
///
/// ```
/// let case = lungstage::Case::from_json(
///     r#"{"classification": "p", "tumor": {"category": "T3"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
/// ).unwrap();
/// let b = lungstage::export::fhir::bundle(&lungstage::stage(&case).unwrap());
/// assert_eq!(b["type"], "collection");
/// let group = &b["entry"][5]["resource"];
/// assert_eq!(group["code"]["coding"][0]["code"], "399588009");
/// assert_eq!(group["method"]["coding"][0]["code"], "1269566009");
/// assert_eq!(b["entry"][2]["resource"]["valueCodeableConcept"]["coding"][0]["code"], "1229859000");
/// ```
pub fn bundle(s: &Staging) -> Value {
    let c = s.classification;
    let tnm = s.prefixed_tnm();
    let t = tnm.t.category;
    let n = tnm.n.category;
    let m = tnm.m.category;
    let t_value = concept(value_code(Coded::T(c.t, t)), &tnm.t.to_string());
    let n_value = concept(value_code(Coded::N(c.n, n)), &tnm.n.to_string());
    let m_value = concept(value_code(Coded::M(c.m, m)), &tnm.m.to_string());
    let group_value = group_value(s);

    let patient = json!({ "resourceType": "Patient" });
    let mut condition = json!({
        "resourceType": "Condition",
        "meta": { "profile": [format!("{MCODE}mcode-primary-cancer-condition")] },
        "code": concept(disorder(s.histology), &s.histology.name()),
        "bodySite": [body_site(s.histology)],
        "subject": reference(PATIENT),
        "stage": [{ "assessment": [reference(GROUP_OBS)] }],
    });
    if !group_value.is_null() {
        condition["stage"][0]["summary"] = group_value.clone();
    }
    let mut group = observation(s, Axis::Group, c.group, group_value);
    group["hasMember"] = json!([reference(T_OBS), reference(N_OBS), reference(M_OBS)]);
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            entry(PATIENT, patient),
            entry(CONDITION, condition),
            entry(T_OBS, observation(s, Axis::T, c.t, t_value)),
            entry(N_OBS, observation(s, Axis::N, c.n, n_value)),
            entry(M_OBS, observation(s, Axis::M, c.m, m_value)),
            entry(GROUP_OBS, group),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Case, stage};

    fn bundle_of(descriptor: &str) -> Value {
        bundle(&stage(&Case::from_json(descriptor).unwrap()).unwrap())
    }

    fn resource(b: &Value, i: usize) -> &Value {
        &b["entry"][i]["resource"]
    }

    #[test]
    fn codes_follow_the_classification() {
        // (classification, T, N, M) -> (group code, T code, group value code or None)
        let iib = Some("1222769001");
        let cases = [
            ("c", "T3", "N0", "M0", "399537006", "399504009", iib),
            ("p", "T3", "N0", "M0", "399588009", "384625004", iib),
            ("yp", "T3", "N0", "M0", "399588009", "384625004", iib),
            ("yc", "T3", "N0", "M0", "399390009", "78873005", None),
            ("r", "T3", "N0", "M0", "399390009", "78873005", None),
            ("a", "T3", "N0", "M0", "399390009", "78873005", None),
            // IA1 has no row: text only.
            ("c", "T1a", "N0", "M0", "399537006", "399504009", None),
        ];
        for (class, t, n, m, group_code, t_code, value) in cases {
            let b = bundle_of(&format!(
                r#"{{"classification": "{class}", "tumor": {{"category": "{t}"}}, "nodes": {{"category": "{n}"}}, "metastases": {{"category": "{m}"}}}}"#
            ));
            let group = resource(&b, 5);
            assert_eq!(group["code"]["coding"][0]["code"], group_code, "{class}");
            assert_eq!(
                resource(&b, 2)["code"]["coding"][0]["code"],
                t_code,
                "{class}"
            );
            assert_eq!(
                group["valueCodeableConcept"]["coding"][0]["code"].as_str(),
                value,
                "{class} {t} {n} {m}"
            );
            let t_text = resource(&b, 2)["valueCodeableConcept"]["text"]
                .as_str()
                .unwrap();
            assert_eq!(t_text, format!("{class}{t}"));
        }
    }

    #[test]
    fn value_codes_only_where_a_row_lists_them() {
        let b = bundle_of(
            r#"{"edition": 8, "tumor": {"category": "T3"}, "nodes": {"category": "N3"}, "metastases": {"category": "M0"}}"#,
        );
        let code = |i: usize| resource(&b, i)["valueCodeableConcept"]["coding"][0]["code"].clone();
        assert_eq!(code(2), "1228938002");
        assert_eq!(code(3), "1229984001");
        assert_eq!(code(4), "1229901006");
        assert_eq!(code(5), "1222806003");
        assert_eq!(resource(&b, 5)["method"]["coding"][0]["code"], "897275008");
        // 9th-edition N2a: no published expansion read lists it, so text only.
        let b = bundle_of(r#"{"tumor": {"category": "T1a"}, "nodes": {"category": "N2a"}}"#);
        let n = &resource(&b, 3)["valueCodeableConcept"];
        assert_eq!(n, &json!({ "text": "cN2a" }));
        assert_eq!(resource(&b, 4)["valueCodeableConcept"]["text"], "cM0");
    }

    #[test]
    fn the_structure_is_mcodes() {
        let b = bundle_of(
            r#"{"edition": 8, "histology": "mesothelioma", "tumor": {"category": "T2"}}"#,
        );
        let group = resource(&b, 5);
        assert_eq!(group["hasMember"].as_array().unwrap().len(), 3);
        assert_eq!(group["focus"][0]["reference"], CONDITION);
        // An 8th-edition mesothelioma case names the 8th-edition table.
        assert_eq!(group["method"]["coding"][0]["code"], "897275008");
        // No group (nodes not entered): no value, the reason instead.
        assert!(group.get("valueCodeableConcept").is_none());
        assert!(group["dataAbsentReason"]["text"].as_str().is_some());
        assert!(resource(&b, 1)["stage"][0].get("summary").is_none());
        assert_eq!(
            resource(&b, 1)["code"],
            json!({ "text": "pleural mesothelioma" })
        );
        // No dates anywhere: the host supplies them.
        let text = b.to_string();
        assert!(
            !text.contains("effective") && !text.contains("onset") && !text.contains("recorded")
        );
    }
}
