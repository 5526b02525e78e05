//! A case as entered: edition, cancer type, and for each of tumour, nodes
//! and metastases either findings or a category. Read from the JSON
//! descriptor, the public contract of the CLI and the JavaScript API.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::input::error::{At, Cause, Conflict, Excerpt, FieldPath, JsonKind, Needs, Range, Step};
use crate::vocabulary::codes::coded_enum;
use crate::vocabulary::number::round_size;
use crate::{
    Classified, Edition, Error, Feature, Histology, M, N, Prefix, Side, Site, Station, Subtype, T,
};

/// Largest tumour size we accept, in cm; larger values are almost always
/// millimetres typed as centimetres.
pub const MAX_SIZE_CM: f64 = 30.0;
/// Largest lesion count per site.
pub const MAX_LESIONS: u32 = 999;

/// One case as entered: the descriptor's contents, before any rule is applied.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Case {
    /// The edition to stage in.
    pub edition: Edition,
    /// The cancer type, which chooses the lung or the mesothelioma table.
    pub histology: Histology,
    /// Pleural mesothelioma only: the histological subtype; `None` is not known.
    pub subtype: Option<Subtype>,
    /// How the case is classified (c, p, yc, yp, r, a); `None` is not answered, read as
    /// clinical. A prefix written on a category overrides it for that axis.
    pub classification: Option<Prefix>,
    /// `None` is TX.
    pub tumor: Option<TumorInput>,
    /// `None` is NX.
    pub nodes: Option<NodeInput>,
    /// `None` is M0.
    pub metastases: Option<MetastasisInput>,
}

/// The primary tumour as entered: a T category, or findings that derive one.
#[derive(Debug, Clone, PartialEq)]
pub enum TumorInput {
    /// A T category given directly, with its prefix if written.
    Category(Classified<T>),
    /// What is known about the tumour, from which T is derived.
    Findings(TumorFindings),
}

/// The regional nodes as entered: an N category, or involved stations that derive one.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeInput {
    /// An N category given directly, with its prefix if written.
    Category(Classified<N>),
    /// The involved stations, from which N is derived.
    Findings(NodeFindings),
}

/// Distant metastasis as entered: an M category, or sites that derive one.
#[derive(Debug, Clone, PartialEq)]
pub enum MetastasisInput {
    /// An M category given directly, with its prefix if written.
    Category(Classified<M>),
    /// The metastatic sites, from which M is derived.
    Findings(MetastasisFindings),
}

/// What is known about the primary tumour.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TumorFindings {
    /// Size of the invasive (solid) part in cm, if measured. `0` with a
    /// `total_size_cm` is a pure ground-glass lesion.
    pub size_cm: Option<f64>,
    /// Size of the whole lesion in cm, including its lepidic or ground-glass
    /// part, if measured.
    pub total_size_cm: Option<f64>,
    /// Carcinoma in situ, of the kind given.
    pub in_situ: Option<InSitu>,
    /// Minimally invasive adenocarcinoma (invasive part at most 0.5 cm).
    pub minimally_invasive: bool,
    /// Occult carcinoma: malignant cells in sputum or bronchial washings,
    /// with no tumour seen on imaging or bronchoscopy.
    pub occult: bool,
    /// Structures the tumour involves and separate nodules, in the order given.
    pub features: Vec<Feature>,
    /// Pleural mesothelioma, 9th-edition clinical T: Psum, in millimetres. On CT, the greatest
    /// pleural thickness in the upper, middle and lower thirds of the chest (axial images),
    /// added up.
    pub pleural_thickness_sum_mm: Option<f64>,
    /// Pleural mesothelioma, 9th-edition clinical T: Fmax, in millimetres. On CT, the greatest
    /// thickness of tumour along a fissure (sagittal images); 0 for none.
    pub fissure_thickness_max_mm: Option<f64>,
}

coded_enum! {
    /// Which carcinoma in situ (AJCC 8th, lung chapter).
    ///
    /// | Code | Meaning | Size rule |
    /// |---|---|---|
    /// | `ais` | adenocarcinoma in situ | whole lesion at most 3 cm |
    /// | `scis` | squamous carcinoma in situ | none |
    /// | `unspecified` | in situ, kind not given (`"in_situ": true`) | AIS's, if the lesion is over 3 cm |
    pub enum InSitu (ListInSitu) {
        /// Adenocarcinoma in situ.
        Adenocarcinoma = "ais",
        /// Squamous cell carcinoma in situ.
        Squamous = "scis",
        /// Carcinoma in situ whose kind was not given.
        Unspecified = "unspecified",
    }
}

/// Involved lymph node stations; an empty list means none involved (N0).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeFindings {
    /// The side of the primary tumour, needed to read stations that have a side.
    pub tumor_side: Option<Side>,
    /// The involved stations, in the order given.
    pub stations: Vec<Station>,
}

/// Metastasis sites; an empty list means none (M0).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetastasisFindings {
    /// The sites with metastases, in the order given.
    pub sites: Vec<SiteFinding>,
}

/// One site with metastases and how many lesions it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SiteFinding {
    /// Where the metastases are.
    pub site: Site,
    /// How many lesions that site has.
    pub lesions: Lesions,
}

/// How many lesions a metastasis site has, as far as it is known.
///
/// | Descriptor | Link | Meaning |
/// |---|---|---|
/// | `2` | `bone:2` | a count, at least 1 |
/// | `"multiple"` | `bone:many` | more than one, count not known |
/// | left out | `bone` | not known |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lesions {
    /// A known count, at least 1.
    Count(u32),
    /// More than one, count not known.
    Multiple,
    /// Not known.
    Unknown,
}

impl Lesions {
    /// Whether the site may hold a single lesion, and whether it may hold more.
    pub const fn may_be(self) -> (bool, bool) {
        match self {
            Lesions::Count(1) => (true, false),
            Lesions::Count(_) | Lesions::Multiple => (false, true),
            Lesions::Unknown => (true, true),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    #[serde(default)]
    edition: Edition,
    #[serde(default)]
    histology: Histology,
    subtype: Option<Subtype>,
    classification: Option<Prefix>,
    tumor: Option<RawTumor>,
    nodes: Option<RawNodes>,
    metastases: Option<RawMetastases>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTumor {
    category: Option<Classified<T>>,
    size_cm: Option<f64>,
    total_size_cm: Option<f64>,
    in_situ: Option<RawInSitu>,
    minimally_invasive: Option<bool>,
    occult: Option<bool>,
    features: Option<Vec<Feature>>,
    pleural_thickness_sum_mm: Option<f64>,
    fissure_thickness_max_mm: Option<f64>,
}

/// `true`, `false`, `"ais"` or `"scis"`.
#[derive(Deserialize)]
#[serde(untagged, expecting = "true, false, \"ais\" or \"scis\"")]
enum RawInSitu {
    Flag(bool),
    Kind(InSitu),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNodes {
    category: Option<Classified<N>>,
    tumor_side: Option<Side>,
    stations: Option<Vec<Station>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMetastases {
    category: Option<Classified<M>>,
    sites: Option<Vec<RawSite>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    site: Site,
    lesions: Option<RawLesions>,
}

/// A count or `"multiple"`.
#[derive(Deserialize)]
#[serde(untagged, expecting = "a whole number of lesions or \"multiple\"")]
enum RawLesions {
    Count(u32),
    Word(LesionWord),
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum LesionWord {
    Multiple,
}

/// Category or findings, never both.
fn either<C, F>(
    path: FieldPath,
    category: Option<C>,
    findings: Option<F>,
) -> Result<Option<Result<C, F>>, Error> {
    match (category, findings) {
        (Some(_), Some(_)) => Err(Error::field(
            path,
            Cause::Conflict(Conflict::CategoryAndFindings),
        )),
        (Some(c), None) => Ok(Some(Ok(c))),
        (None, Some(f)) => Ok(Some(Err(f))),
        (None, None) => Ok(None),
    }
}

impl RawTumor {
    fn has_findings(&self) -> bool {
        self.size_cm.is_some()
            || self.total_size_cm.is_some()
            || self.in_situ.is_some()
            || self.minimally_invasive.is_some()
            || self.occult.is_some()
            || self.features.is_some()
            || self.pleural_thickness_sum_mm.is_some()
            || self.fissure_thickness_max_mm.is_some()
    }
}

impl Case {
    /// Reads a JSON descriptor. Errors name the field at fault.
    ///
    /// ```
    /// use lungstage::{Case, Edition};
    ///
    /// let case = Case::from_json(r#"{"edition": 8, "tumor": {"size_cm": 3.4}}"#).unwrap();
    /// assert_eq!(case.edition, Edition::Eighth);
    ///
    /// let err = Case::from_json(r#"{"tumor": {"size_cm": -2}}"#).unwrap_err();
    /// assert_eq!(err.field_path().as_deref(), Some("tumor.size_cm"));
    /// let err = Case::from_json(r#"{"tumour": {}}"#).unwrap_err();
    /// assert!(err.to_string().contains("tumour"));
    /// ```
    pub fn from_json(text: &str) -> Result<Case, Error> {
        Case::from_value(&parse_unique(text)?)
    }

    /// Reads a descriptor already parsed as JSON.
    pub fn from_value(value: &Value) -> Result<Case, Error> {
        require_objects(value)?;
        let raw: RawCase = serde_path_to_error::deserialize(value).map_err(|e| {
            use serde_path_to_error::Segment;
            let path = e
                .path()
                .iter()
                .fold(FieldPath::Descriptor, |path, segment| match segment {
                    Segment::Map { key } => path.child(&Step::Key(key)),
                    Segment::Seq { index } => path.child(&Step::Index(*index)),
                    Segment::Enum { .. } | Segment::Unknown => path,
                });
            let detail = strip_position(&e.into_inner().to_string());
            Error::field(
                path,
                Cause::Invalid {
                    detail: Excerpt::at_most(&detail, DETAIL_MAX),
                },
            )
        })?;
        Case::from_raw(raw)
    }

    fn from_raw(raw: RawCase) -> Result<Case, Error> {
        let tumor = match raw.tumor {
            None => None,
            Some(t) => {
                let has_findings = t.has_findings();
                let findings = has_findings.then(|| TumorFindings {
                    size_cm: t.size_cm.map(round_size),
                    total_size_cm: t.total_size_cm.map(round_size),
                    in_situ: match t.in_situ {
                        None | Some(RawInSitu::Flag(false)) => None,
                        Some(RawInSitu::Flag(true)) => Some(InSitu::Unspecified),
                        Some(RawInSitu::Kind(kind)) => Some(kind),
                    },
                    minimally_invasive: t.minimally_invasive.unwrap_or(false),
                    occult: t.occult.unwrap_or(false),
                    features: t.features.clone().unwrap_or_default(),
                    pleural_thickness_sum_mm: t.pleural_thickness_sum_mm.map(round_size),
                    fissure_thickness_max_mm: t.fissure_thickness_max_mm.map(round_size),
                });
                match either(FieldPath::Tumor, t.category, findings)? {
                    Some(Ok(c)) => Some(TumorInput::Category(c)),
                    Some(Err(f)) => Some(TumorInput::Findings(f)),
                    None => Some(TumorInput::Findings(TumorFindings::default())),
                }
            }
        };
        let nodes = match raw.nodes {
            None => None,
            Some(n) => {
                let findings = n.stations.map(|stations| NodeFindings {
                    tumor_side: n.tumor_side,
                    stations,
                });
                match either(FieldPath::Nodes, n.category, findings)? {
                    Some(Ok(c)) => {
                        if n.tumor_side.is_some() {
                            return Err(Error::field(
                                FieldPath::NodesTumorSide,
                                Cause::Conflict(Conflict::SideWithCategory),
                            ));
                        }
                        Some(NodeInput::Category(c))
                    }
                    Some(Err(f)) => Some(NodeInput::Findings(f)),
                    None => {
                        return Err(Error::field(
                            FieldPath::Nodes,
                            Cause::Needs(Needs::NodeCategoryOrStations),
                        ));
                    }
                }
            }
        };
        let metastases = match raw.metastases {
            None => None,
            Some(m) => match either(FieldPath::Metastases, m.category, m.sites)? {
                Some(Ok(c)) => Some(MetastasisInput::Category(c)),
                Some(Err(sites)) => Some(MetastasisInput::Findings(MetastasisFindings {
                    sites: sites
                        .into_iter()
                        .map(|s| SiteFinding {
                            site: s.site,
                            lesions: match s.lesions {
                                None => Lesions::Unknown,
                                Some(RawLesions::Count(n)) => Lesions::Count(n),
                                Some(RawLesions::Word(LesionWord::Multiple)) => Lesions::Multiple,
                            },
                        })
                        .collect(),
                })),
                None => {
                    return Err(Error::field(
                        FieldPath::Metastases,
                        Cause::Needs(Needs::MetastasisCategoryOrSites),
                    ));
                }
            },
        };
        let case = Case {
            edition: raw.edition,
            histology: raw.histology,
            subtype: raw.subtype,
            classification: raw.classification,
            tumor,
            nodes,
            metastases,
        };
        case.validate()?;
        Ok(case)
    }

    /// Checks ranges the types cannot express. Clinical consistency (for
    /// example N2a in the 8th edition) is checked when staging.
    pub fn validate(&self) -> Result<(), Error> {
        if self.subtype.is_some() && self.histology.is_lung() {
            return Err(Error::field(FieldPath::Subtype, Cause::MesotheliomaOnly));
        }
        if let Some(TumorInput::Findings(f)) = &self.tumor {
            for (path, mm) in [
                (FieldPath::TumorPsum, f.pleural_thickness_sum_mm),
                (FieldPath::TumorFmax, f.fissure_thickness_max_mm),
            ] {
                if let Some(mm) = mm
                    && !(0.0..=crate::MAX_THICKNESS_MM).contains(&mm)
                {
                    return Err(Error::field(
                        path,
                        Cause::OutOfRange(Range::Thickness { mm }),
                    ));
                }
            }
            // A solid part of 0 is a pure ground-glass lesion, measured by its total size.
            let zero_ok = f.total_size_cm.is_some();
            for (path, size) in [
                (FieldPath::TumorSize, f.size_cm),
                (FieldPath::TumorTotalSize, f.total_size_cm),
            ] {
                let Some(size) = size else { continue };
                let above_zero =
                    size > 0.0 || (size == 0.0 && zero_ok && path == FieldPath::TumorSize);
                if !size.is_finite() || !above_zero {
                    return Err(Error::field(
                        path,
                        Cause::OutOfRange(Range::SizeNotAboveZero { size }),
                    ));
                }
                if size > MAX_SIZE_CM {
                    return Err(Error::field(
                        path,
                        Cause::OutOfRange(Range::SizeOverMax { size }),
                    ));
                }
            }
            if let (Some(solid), Some(total)) = (f.size_cm, f.total_size_cm)
                && solid > total
            {
                return Err(Error::field(
                    FieldPath::TumorTotalSize,
                    Cause::Conflict(Conflict::TotalBelowSolid { solid }),
                ));
            }
        }
        if let Some(MetastasisInput::Findings(f)) = &self.metastases {
            for (i, s) in f.sites.iter().enumerate() {
                if let Lesions::Count(n) = s.lesions
                    && (n == 0 || n > MAX_LESIONS)
                {
                    return Err(Error::field(
                        FieldPath::SiteLesions(i),
                        Cause::OutOfRange(Range::Lesions { count: n }),
                    ));
                }
                // Each `other` entry is a different organ not in the list.
                if s.site != Site::Other
                    && let Some(first) = f.sites[..i].iter().position(|o| o.site == s.site)
                {
                    return Err(Error::field(
                        FieldPath::SiteName(i),
                        Cause::SiteTwice {
                            site: s.site,
                            first,
                        },
                    ));
                }
            }
        }
        Ok(())
    }

    /// The descriptor JSON for this case; `from_json` reads it back.
    pub fn to_json(&self) -> Value {
        let mut object = json!({
            "edition": self.edition.number(),
            "histology": self.histology.code(),
        });
        if let Some(subtype) = self.subtype {
            object["subtype"] = json!(subtype.code());
        }
        if let Some(class) = self.classification {
            object["classification"] = json!(class.code());
        }
        if let Some(tumor) = &self.tumor {
            object["tumor"] = match tumor {
                TumorInput::Category(c) => json!({ "category": c.to_string() }),
                TumorInput::Findings(f) => {
                    let mut t = json!({
                        "in_situ": match f.in_situ {
                            None => json!(false),
                            Some(InSitu::Unspecified) => json!(true),
                            Some(kind) => json!(kind.code()),
                        },
                        "minimally_invasive": f.minimally_invasive,
                        "features": f.features,
                    });
                    if f.occult {
                        t["occult"] = json!(true);
                    }
                    if let Some(size) = f.size_cm {
                        t["size_cm"] = json!(size);
                    }
                    if let Some(size) = f.total_size_cm {
                        t["total_size_cm"] = json!(size);
                    }
                    if let Some(mm) = f.pleural_thickness_sum_mm {
                        t["pleural_thickness_sum_mm"] = json!(mm);
                    }
                    if let Some(mm) = f.fissure_thickness_max_mm {
                        t["fissure_thickness_max_mm"] = json!(mm);
                    }
                    t
                }
            };
        }
        if let Some(nodes) = &self.nodes {
            object["nodes"] = match nodes {
                NodeInput::Category(c) => json!({ "category": c.to_string() }),
                NodeInput::Findings(f) => {
                    let mut n = json!({ "stations": f.stations });
                    if let Some(side) = f.tumor_side {
                        n["tumor_side"] = json!(side);
                    }
                    n
                }
            };
        }
        if let Some(metastases) = &self.metastases {
            object["metastases"] = match metastases {
                MetastasisInput::Category(c) => json!({ "category": c.to_string() }),
                MetastasisInput::Findings(f) => json!({
                    "sites": f.sites.iter().map(|s| match s.lesions {
                        Lesions::Count(n) => json!({"site": s.site, "lesions": n}),
                        Lesions::Multiple => json!({"site": s.site, "lesions": "multiple"}),
                        Lesions::Unknown => json!({"site": s.site}),
                    }).collect::<Vec<_>>(),
                }),
            };
        }
        object
    }
}

/// serde would also read a struct from an array; the descriptor's parts
/// must be objects.
fn require_objects(value: &Value) -> Result<(), Error> {
    let object = |path: FieldPath, v: &Value| match v {
        Value::Object(_) | Value::Null => Ok(()),
        other => Err(Error::field(path, Cause::NotObject { found: kind(other) })),
    };
    let Value::Object(top) = value else {
        return Err(Error::field(
            FieldPath::Descriptor,
            Cause::NotObject { found: kind(value) },
        ));
    };
    for (part, path) in [
        ("tumor", FieldPath::Tumor),
        ("nodes", FieldPath::Nodes),
        ("metastases", FieldPath::Metastases),
    ] {
        if let Some(v) = top.get(part) {
            object(path, v)?;
        }
    }
    if let Some(Value::Array(sites)) = top.get("metastases").and_then(|m| m.get("sites")) {
        for (i, site) in sites.iter().enumerate() {
            if !site.is_object() {
                return Err(Error::field(
                    FieldPath::Site(i),
                    Cause::NotSiteObject { found: kind(site) },
                ));
            }
        }
    }
    Ok(())
}

fn kind(value: &Value) -> JsonKind {
    match value {
        Value::Null => JsonKind::Null,
        Value::Bool(_) => JsonKind::Bool,
        Value::Number(_) => JsonKind::Number,
        Value::String(_) => JsonKind::String,
        Value::Array(_) => JsonKind::Array,
        Value::Object(_) => JsonKind::Object,
    }
}

/// The longest reader's message quoted in an error, in characters.
const DETAIL_MAX: usize = 300;

/// Reads JSON text, refusing an object that gives a key twice: serde_json would keep the
/// last, so `{"size_cm": 2.5, "size_cm": 9}` would stage a 9 cm tumour without a word.
pub(crate) fn parse_unique(text: &str) -> Result<Value, Error> {
    let twice = std::cell::RefCell::new(None);
    let mut reader = serde_json::Deserializer::from_str(text);
    let read = serde::de::DeserializeSeed::deserialize(
        Unique {
            path: FieldPath::Descriptor,
            twice: &twice,
        },
        &mut reader,
    )
    .and_then(|value| reader.end().map(|()| value));
    read.map_err(|e| match twice.take() {
        Some((path, key)) => Error::field(path, Cause::DuplicateKey { key }),
        None => Error::new(
            At::Text,
            Cause::Json {
                line: e.line(),
                column: e.column(),
                detail: Excerpt::at_most(&strip_position(&e.to_string()), DETAIL_MAX),
            },
        ),
    })
}

/// A JSON value read at `path`; a key given twice is kept in `twice` and stops the reading.
struct Unique<'a> {
    path: FieldPath,
    twice: &'a std::cell::RefCell<Option<(FieldPath, Excerpt)>>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Unique<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, reader: D) -> Result<Value, D::Error> {
        reader.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Unique<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let path = self.path.child(&Step::Index(items.len()));
            let item = Unique {
                path,
                twice: self.twice,
            };
            match seq.next_element_seed(item)? {
                Some(value) => items.push(value),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                *self.twice.borrow_mut() = Some((self.path, Excerpt::new(&key)));
                return Err(serde::de::Error::custom("a key is given twice"));
            }
            let value = map.next_value_seed(Unique {
                path: self.path.child(&Step::Key(&key)),
                twice: self.twice,
            })?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// serde_json appends " at line L column C"; the path already says where.
fn strip_position(message: &str) -> String {
    let message = match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    // Internal type names mean nothing to the reader.
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("struct Raw") {
        out.push_str(&rest[..i]);
        let after = &rest[i + "struct Raw".len()..];
        let end = after
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(after.len());
        out.push_str("an object");
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

impl Serialize for Case {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of(json: &str) -> String {
        match Case::from_json(json) {
            Ok(case) => panic!("{json} was accepted: {case:?}"),
            Err(e) => e.field_path().unwrap_or_else(|| format!("<{e}>")),
        }
    }

    #[test]
    fn reads_the_documented_example() {
        let case = Case::from_json(
            r#"{
              "edition": 9,
              "histology": "nsclc",
              "tumor": {"size_cm": 3.4, "in_situ": false, "minimally_invasive": false, "features": ["visceral_pleura"]},
              "nodes": {"tumor_side": "right", "stations": ["10R", "4R"]},
              "metastases": {"sites": [{"site": "brain", "lesions": 1}]}
            }"#,
        )
        .unwrap();
        let Some(TumorInput::Findings(t)) = &case.tumor else {
            panic!()
        };
        assert_eq!(t.size_cm, Some(3.4));
        assert_eq!(
            t.features,
            [Feature::Lung(crate::LungFeature::VisceralPleura)]
        );
        let Some(NodeInput::Findings(n)) = &case.nodes else {
            panic!()
        };
        assert_eq!(n.stations, [Station::S10R, Station::S4R]);
        let Some(MetastasisInput::Findings(m)) = &case.metastases else {
            panic!()
        };
        assert_eq!(m.sites[0].site, Site::Brain);
        assert_eq!(Case::from_value(&case.to_json()).unwrap(), case);
    }

    #[test]
    fn defaults_and_categories() {
        let case = Case::from_json("{}").unwrap();
        assert_eq!(case, Case::default());
        assert_eq!(case.edition, Edition::Ninth);
        let case = Case::from_json(
            r#"{"tumor": {"category": "pT2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
        )
        .unwrap();
        assert_eq!(
            case.tumor,
            Some(TumorInput::Category("pT2a".parse().unwrap()))
        );
        let case = Case::from_json(
            r#"{"metastases": {"sites": [{"site": "bone"}, {"site": "liver", "lesions": "multiple"}, {"site": "brain", "lesions": 2}]}}"#,
        )
        .unwrap();
        let Some(MetastasisInput::Findings(m)) = &case.metastases else {
            panic!()
        };
        let lesions: Vec<Lesions> = m.sites.iter().map(|s| s.lesions).collect();
        assert_eq!(
            lesions,
            [Lesions::Unknown, Lesions::Multiple, Lesions::Count(2)]
        );
        assert_eq!(Case::from_value(&case.to_json()).unwrap(), case);
        for (json, in_situ) in [
            (r#"{"tumor": {"in_situ": true}}"#, Some(InSitu::Unspecified)),
            (
                r#"{"tumor": {"in_situ": "ais"}}"#,
                Some(InSitu::Adenocarcinoma),
            ),
            (r#"{"tumor": {"in_situ": "scis"}}"#, Some(InSitu::Squamous)),
            (r#"{"tumor": {"in_situ": false}}"#, None),
        ] {
            let case = Case::from_json(json).unwrap();
            let Some(TumorInput::Findings(t)) = &case.tumor else {
                panic!("{json}")
            };
            assert_eq!(t.in_situ, in_situ, "{json}");
            assert_eq!(Case::from_value(&case.to_json()).unwrap(), case, "{json}");
        }
        let ground_glass =
            Case::from_json(r#"{"tumor": {"size_cm": 0, "total_size_cm": 2.5}}"#).unwrap();
        assert_eq!(
            Case::from_value(&ground_glass.to_json()).unwrap(),
            ground_glass
        );
        let two_others = r#"{"metastases": {"sites": [{"site": "other", "lesions": 1}, {"site": "other", "lesions": 1}]}}"#;
        assert!(Case::from_json(two_others).is_ok());
        assert_eq!(
            Case::from_json(r#"{"nodes": {"stations": []}}"#)
                .unwrap()
                .nodes,
            Some(NodeInput::Findings(NodeFindings::default()))
        );
    }

    #[test]
    fn classification_round_trips() {
        for (json, class) in [
            ("{}", None),
            (r#"{"classification": "p"}"#, Some(Prefix::P)),
            (
                r#"{"classification": "YP", "tumor": {"size_cm": 2}}"#,
                Some(Prefix::Yp),
            ),
            (r#"{"classification": "a"}"#, Some(Prefix::A)),
        ] {
            let case = Case::from_json(json).unwrap();
            assert_eq!(case.classification, class, "{json}");
            assert_eq!(Case::from_value(&case.to_json()).unwrap(), case, "{json}");
        }
        assert!(Case::default().to_json().get("classification").is_none());
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (r#"{"tumour": {}}"#, "descriptor"),
            (r#"{"edition": 7}"#, "edition"),
            (r#"{"histology": "adeno"}"#, "histology"),
            (r#"{"classification": "q"}"#, "classification"),
            (r#"{"classification": "pT"}"#, "classification"),
            (r#"{"tumor": {"size_cm": 0}}"#, "tumor.size_cm"),
            (r#"{"tumor": {"size_cm": -1.5}}"#, "tumor.size_cm"),
            (r#"{"tumor": {"size_cm": "3"}}"#, "tumor.size_cm"),
            (r#"{"tumor": {"size_cm": 45}}"#, "tumor.size_cm"),
            (
                r#"{"tumor": {"size_cm": 2, "total_size_cm": 1.5}}"#,
                "tumor.total_size_cm",
            ),
            (r#"{"tumor": {"total_size_cm": 0}}"#, "tumor.total_size_cm"),
            (r#"{"tumor": {"in_situ": "adeno"}}"#, "tumor.in_situ"),
            (r#"{"tumor": {"occult": 1}}"#, "tumor.occult"),
            (
                r#"{"metastases": {"sites": [{"site": "bone", "lesions": "many"}]}}"#,
                "metastases.sites[0].lesions",
            ),
            (
                r#"{"tumor": {"features": ["visceral_pleura", "wing"]}}"#,
                "tumor.features[1]",
            ),
            (r#"{"tumor": {"colour": "red"}}"#, "tumor"),
            (r#"{"tumor": {"category": "T2a", "size_cm": 3}}"#, "tumor"),
            (r#"{"tumor": {"category": "T9"}}"#, "tumor.category"),
            (
                r#"{"nodes": {"stations": ["4R", "15L"]}}"#,
                "nodes.stations[1]",
            ),
            (
                r#"{"nodes": {"tumor_side": "middle", "stations": []}}"#,
                "nodes.tumor_side",
            ),
            (
                r#"{"nodes": {"category": "N1", "stations": ["4R"]}}"#,
                "nodes",
            ),
            (r#"{"nodes": {}}"#, "nodes"),
            (
                r#"{"metastases": {"sites": [{"site": "brain", "lesions": 0}]}}"#,
                "metastases.sites[0].lesions",
            ),
            (
                r#"{"metastases": {"sites": [{"site": "brain", "lesions": -1}]}}"#,
                "metastases.sites[0].lesions",
            ),
            (
                r#"{"metastases": {"sites": [{"site": "moon"}]}}"#,
                "metastases.sites[0].site",
            ),
            (
                r#"{"metastases": {"sites": [{"site": "bone"}, {"site": "bone"}]}}"#,
                "metastases.sites[1].site",
            ),
            (
                r#"{"metastases": {"category": "M1", "sites": []}}"#,
                "metastases",
            ),
            (r#"[1, 2]"#, "descriptor"),
            (r#""nsclc""#, "descriptor"),
            (r#"{"tumor": [3.4]}"#, "tumor"),
            (
                r#"{"metastases": {"sites": ["bone"]}}"#,
                "metastases.sites[0]",
            ),
            (
                r#"{"tumor": {"features": "visceral_pleura"}}"#,
                "tumor.features",
            ),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(json, path)| path_of(json) != *path)
            .map(|(json, path)| format!("{json}: expected {path}, got {}", path_of(json)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        let message = Case::from_json(r#"{"tumor": {"colour": "red"}}"#)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("colour") && !message.contains("Raw"),
            "{message}"
        );
        let message = Case::from_json(r#"[1]"#).unwrap_err().to_string();
        assert!(!message.contains("Raw"), "{message}");
    }

    #[test]
    fn malformed_json_reports_position() {
        for bad in ["", "{", "{\"edition\": 9,}", "{} {}", "nope"] {
            let err = Case::from_json(bad).unwrap_err();
            assert!(matches!(err.cause, Cause::Json { .. }), "{bad}: {err:?}");
        }
    }
}
