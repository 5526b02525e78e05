//! Share links: a case written into a URL fragment, versioned.
//!
//! Format version 3 (`#` optional when reading; version 1 and 2 links still open). A link is
//! written with the lowest version whose keys hold it, so that older readers open what they
//! can: only a link with a version-3 key says `v=3`, that is a mesothelioma case with a
//! thickness or subtype, or a stage stated without T, N and M (`stage`, `extent`;
//! `input::stated`); every other case is written `v=2`:
//!
//! | Key | Value | Meaning |
//! |---|---|---|
//! | `v` | `3`, `2` or `1` | format version (required, first) |
//! | `edition` | `8` or `9` | default 9 |
//! | `histology` | `nsclc` `sclc` `carcinoid` `mesothelioma` | default nsclc |
//! | `subtype` | `epithelioid` `sarcomatoid` `biphasic` | mesothelioma; none is not known |
//! | `class` | `c` `p` `yc` `yp` `r` `a` | the case's classification; none is clinical |
//! | `t` | a T category, prefix allowed (`pT2a`) | tumour as a category |
//! | `size` | cm, such as `3.4` | tumour findings: the invasive or solid part |
//! | `total` | cm | tumour findings: the whole lesion |
//! | `features` | feature codes separated by `,` | tumour findings |
//! | `insitu` | `ais`, `scis`, or `1` (kind not given) | carcinoma in situ |
//! | `mia`, `occult` | `1` | minimally invasive / occult carcinoma |
//! | `psum`, `fmax` | mm, such as `18` | mesothelioma tumour findings: Psum and Fmax on CT |
//! | `n` | an N category | nodes as a category |
//! | `side` | `left` or `right` | with `stations` |
//! | `stations` | station codes separated by `,`; empty for none | nodes as findings |
//! | `m` | an M category | metastases as a category |
//! | `sites` | `site`, `site:count` or `site:many`, separated by `,`; empty for none found | metastases as findings |
//! | `stage` | a stage group (`IIIA`), or a parent of some (`IA`, `II`, `IV`) | a stated stage, never with the keys of a case |
//! | `extent` | `limited` or `extensive` | small cell: a stated stage |
//!
//! With no `t` or tumour findings the tumour is TX; with neither `n` nor
//! `stations` the nodes are NX (not answered); with neither `m` nor `sites`
//! no spread was entered, which AJCC counts as cM0. A site without a count
//! (`bone`) means the count is not known, in every version. Keys this module
//! does not know are handed back to the caller (the widget keeps its view
//! there) and must be checked by it.

use std::fmt::{self, Write as _};
use std::str::FromStr;

use crate::input::error::{At, Cause, Excerpt, LinkFault};
use crate::vocabulary::number::{decimal, parse_decimal, round_size};
use crate::{
    Case, Classified, Edition, Error, Feature, Histology, InSitu, Lesions, MetastasisFindings,
    MetastasisInput, NodeFindings, NodeInput, Prefix, Side, Site, SiteFinding, Station, Subtype,
    TumorFindings, TumorInput,
};

/// The newest link format version, which this reader opens and a link with a version-3 key is
/// written in.
pub const LINK_VERSION: &str = "3";
/// Earlier versions this reader still opens.
const OLDER_VERSIONS: [&str; 2] = ["1", "2"];

/// A key of the link format: the one list of them.
///
/// | Key | Since version | Read by |
/// |---|---|---|
/// | `v` `edition` `histology` `t` `size` `features` `insitu` `mia` `n` `side` `stations` `m` `sites` | 1 | this module |
/// | `class` `total` `occult` | 2 | this module |
/// | `subtype` `psum` `fmax` | 3 | this module |
/// | `stage` `extent` | 3 | `read_link` (a stated stage; handed back by this module) |
/// | `view` | 1 | the widget (handed back with the keys no version has) |
///
/// A key that came after a link's own version is not read, so a link keeps the meaning it had
/// when it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkKey {
    /// `v`, the format version.
    Version,
    /// `edition`, 8 or 9.
    Edition,
    /// `histology`, the cancer type.
    Histology,
    /// `subtype`, mesothelioma's histological subtype.
    Subtype,
    /// `class`, the case's classification prefix.
    Class,
    /// `t`, the tumour as a T category.
    T,
    /// `size`, the invasive or solid part in cm.
    Size,
    /// `total`, the whole lesion in cm.
    Total,
    /// `psum`, mesothelioma's summed pleural thickness in mm.
    Psum,
    /// `fmax`, mesothelioma's thickest tumour along a fissure in mm.
    Fmax,
    /// `features`, the tumour's features.
    Features,
    /// `insitu`, carcinoma in situ and its kind.
    InSitu,
    /// `mia`, minimally invasive adenocarcinoma.
    Mia,
    /// `occult`, occult carcinoma.
    Occult,
    /// `n`, the nodes as an N category.
    N,
    /// `side`, the tumour's side.
    Side,
    /// `stations`, the involved stations.
    Stations,
    /// `m`, the metastases as an M category.
    M,
    /// `sites`, the metastatic sites and their lesion counts.
    Sites,
    /// `stage`, a stage group stated without T, N and M.
    Stage,
    /// `extent`, small cell's limited or extensive stage, stated.
    Extent,
    /// `view`, the widget's layout, which the widget reads itself.
    View,
    /// `lang`, the page's language: our pages open that language's page with the case
    /// (`lungstage.js`); the case itself does not depend on it.
    Lang,
}

impl LinkKey {
    /// Every key, in the order a link writes them.
    pub const ALL: [LinkKey; 23] = [
        LinkKey::Version,
        LinkKey::Edition,
        LinkKey::Histology,
        LinkKey::Subtype,
        LinkKey::Class,
        LinkKey::T,
        LinkKey::Size,
        LinkKey::Total,
        LinkKey::Psum,
        LinkKey::Fmax,
        LinkKey::Features,
        LinkKey::InSitu,
        LinkKey::Mia,
        LinkKey::Occult,
        LinkKey::N,
        LinkKey::Side,
        LinkKey::Stations,
        LinkKey::M,
        LinkKey::Sites,
        LinkKey::Stage,
        LinkKey::Extent,
        LinkKey::View,
        LinkKey::Lang,
    ];

    /// The key as a link writes it.
    pub const fn code(self) -> &'static str {
        match self {
            LinkKey::Version => "v",
            LinkKey::Edition => "edition",
            LinkKey::Histology => "histology",
            LinkKey::Subtype => "subtype",
            LinkKey::Class => "class",
            LinkKey::T => "t",
            LinkKey::Size => "size",
            LinkKey::Total => "total",
            LinkKey::Psum => "psum",
            LinkKey::Fmax => "fmax",
            LinkKey::Features => "features",
            LinkKey::InSitu => "insitu",
            LinkKey::Mia => "mia",
            LinkKey::Occult => "occult",
            LinkKey::N => "n",
            LinkKey::Side => "side",
            LinkKey::Stations => "stations",
            LinkKey::M => "m",
            LinkKey::Sites => "sites",
            LinkKey::Stage => "stage",
            LinkKey::Extent => "extent",
            LinkKey::View => "view",
            LinkKey::Lang => "lang",
        }
    }

    /// The format version the key came in.
    pub const fn since(self) -> u32 {
        match self {
            LinkKey::Class | LinkKey::Total | LinkKey::Occult => 2,
            LinkKey::Subtype | LinkKey::Psum | LinkKey::Fmax | LinkKey::Stage | LinkKey::Extent => {
                3
            }
            LinkKey::Version
            | LinkKey::Edition
            | LinkKey::Histology
            | LinkKey::T
            | LinkKey::Size
            | LinkKey::Features
            | LinkKey::InSitu
            | LinkKey::Mia
            | LinkKey::N
            | LinkKey::Side
            | LinkKey::Stations
            | LinkKey::M
            | LinkKey::Sites
            | LinkKey::View
            | LinkKey::Lang => 1,
        }
    }

    /// Whether this module reads it into the case: every key but the widget's `view` and a
    /// stated stage's `stage` and `extent` (`read_link` reads those).
    pub const fn is_read_here(self) -> bool {
        match self {
            LinkKey::View | LinkKey::Stage | LinkKey::Extent | LinkKey::Lang => false,
            LinkKey::Version
            | LinkKey::Edition
            | LinkKey::Histology
            | LinkKey::Subtype
            | LinkKey::Class
            | LinkKey::T
            | LinkKey::Size
            | LinkKey::Total
            | LinkKey::Psum
            | LinkKey::Fmax
            | LinkKey::Features
            | LinkKey::InSitu
            | LinkKey::Mia
            | LinkKey::Occult
            | LinkKey::N
            | LinkKey::Side
            | LinkKey::Stations
            | LinkKey::M
            | LinkKey::Sites => true,
        }
    }

    /// Reads a key exactly as written (keys are case-sensitive).
    pub fn from_code(code: &str) -> Option<LinkKey> {
        LinkKey::ALL.into_iter().find(|k| k.code() == code)
    }
}

impl fmt::Display for LinkKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Who a widget's page is laid out for: the value of the widget's own link key, `view`, and of
/// an embed's `data-view`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Plain words first, codes second, survival figures on request.
    #[default]
    Patient,
    /// Codes and the rule trace first.
    Clinician,
}

impl View {
    /// Both views, the default first.
    pub const ALL: [View; 2] = [View::Patient, View::Clinician];

    /// How share links and embed options write it: `patient`, `clinician`.
    pub const fn code(self) -> &'static str {
        match self {
            View::Patient => "patient",
            View::Clinician => "clinician",
        }
    }

    /// Reads a code exactly as written.
    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
}

impl fmt::Display for View {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for View {
    type Err = ();

    /// The exact inverse of `code`.
    fn from_str(text: &str) -> Result<View, ()> {
        View::from_code(text).ok_or(())
    }
}

/// Longest fragment we read; longer ones are refused unread.
pub const MAX_LINK_LEN: usize = 2048;
const MAX_LIST: usize = 64;

/// Writes `case` as a fragment (without the leading `#`), with `extra` pairs (such as the
/// widget's view) appended: version 3 if the case has a subtype or a thickness, else version 2.
///
/// ```
/// use lungstage::{Case, link_fragment, case_from_link};
///
/// let case = Case::from_json(r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#).unwrap();
/// let fragment = link_fragment(&case, &[]);
/// assert_eq!(fragment, "v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0");
/// let (back, extra) = case_from_link(&format!("#{fragment}")).unwrap();
/// assert_eq!(back, case);
/// assert!(extra.is_empty());
/// assert!(case_from_link("#v=4&t=T1a").is_err());
/// ```
pub fn link_fragment(case: &Case, extra: &[(&str, &str)]) -> String {
    let thickness = match &case.tumor {
        Some(TumorInput::Findings(f)) => [f.pleural_thickness_sum_mm, f.fissure_thickness_max_mm],
        Some(TumorInput::Category(_)) | None => [None, None],
    };
    // The lowest version whose keys hold the case, so that older readers open what they can.
    let v3 = case.subtype.is_some() || thickness.iter().any(Option::is_some);
    let mut out = format!(
        "{}={}",
        LinkKey::Version,
        if v3 { LINK_VERSION } else { "2" }
    );
    let mut put = |key: LinkKey, value: &dyn fmt::Display| {
        let _ = write!(out, "&{key}={value}");
    };
    put(LinkKey::Edition, &case.edition.number());
    put(LinkKey::Histology, &case.histology);
    if let Some(subtype) = case.subtype {
        put(LinkKey::Subtype, &subtype);
    }
    if let Some(class) = case.classification {
        put(LinkKey::Class, &class);
    }
    match &case.tumor {
        None => {}
        Some(TumorInput::Category(c)) => put(LinkKey::T, c),
        Some(TumorInput::Findings(f)) => {
            if let Some(size) = f.size_cm {
                put(LinkKey::Size, &decimal(size));
            }
            if let Some(size) = f.total_size_cm {
                put(LinkKey::Total, &decimal(size));
            }
            for (key, mm) in [LinkKey::Psum, LinkKey::Fmax].into_iter().zip(thickness) {
                if let Some(mm) = mm {
                    put(key, &decimal(mm));
                }
            }
            match f.in_situ {
                None => {}
                Some(InSitu::Unspecified) => put(LinkKey::InSitu, &1),
                Some(kind) => put(LinkKey::InSitu, &kind),
            }
            if f.minimally_invasive {
                put(LinkKey::Mia, &1);
            }
            if f.occult {
                put(LinkKey::Occult, &1);
            }
            // Written even when empty, so findings with nothing in them
            // stay findings rather than becoming "no tumour information".
            put(
                LinkKey::Features,
                &Joined(&f.features, |x, f| write!(f, "{x}")),
            );
        }
    }
    match &case.nodes {
        None => {}
        Some(NodeInput::Category(c)) => put(LinkKey::N, c),
        Some(NodeInput::Findings(f)) => {
            if let Some(side) = f.tumor_side {
                put(LinkKey::Side, &side);
            }
            put(
                LinkKey::Stations,
                &Joined(&f.stations, |x, f| write!(f, "{x}")),
            );
        }
    }
    match &case.metastases {
        None => {}
        Some(MetastasisInput::Category(c)) => put(LinkKey::M, c),
        Some(MetastasisInput::Findings(f)) => {
            put(
                LinkKey::Sites,
                &Joined(&f.sites, |s, f| match s.lesions {
                    Lesions::Count(n) => write!(f, "{}:{n}", s.site),
                    Lesions::Multiple => write!(f, "{}:many", s.site),
                    Lesions::Unknown => write!(f, "{}", s.site),
                }),
            );
        }
    }
    for (key, value) in extra {
        let _ = write!(out, "&{key}={value}");
    }
    out
}

/// A list value: the items written by `.1`, separated by `,`.
struct Joined<'a, X>(&'a [X], fn(&X, &mut fmt::Formatter<'_>) -> fmt::Result);

impl<X> fmt::Display for Joined<'_, X> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, item) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            (self.1)(item, f)?;
        }
        Ok(())
    }
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let value = u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
                out.push(value);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn bad(key: LinkKey, cause: Cause) -> Error {
    Error::new(At::LinkKey(key), cause)
}

/// An error at a key as the link spells it: at that key if the format has it, else at the
/// link as a whole, so that an error never quotes a key someone else wrote.
fn bad_at(key: &str, cause: Cause) -> Error {
    Error::new(LinkKey::from_code(key).map_or(At::Link, At::LinkKey), cause)
}

/// An error in reading the value of `key`, placed at that key.
fn inner(key: LinkKey, e: Error) -> Error {
    bad(key, e.cause)
}

/// The items of a list value: none for an empty value.
fn items(key: LinkKey, value: &str) -> Result<Vec<&str>, Error> {
    let items: Vec<&str> = value.split(',').filter(|_| !value.is_empty()).collect();
    if items.len() > MAX_LIST {
        return Err(bad(key, Cause::TooManyItems { max: MAX_LIST }));
    }
    Ok(items)
}

fn list<X>(
    key: LinkKey,
    value: &str,
    read: impl Fn(&str) -> Result<X, Error>,
) -> Result<Vec<X>, Error> {
    let items = items(key, value)?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(read(item).map_err(|e| inner(key, e))?);
    }
    Ok(out)
}

/// Reads a share-link fragment (with or without `#`). Returns the case and
/// the pairs this module does not know, in order, for the caller to check.
/// Anything it cannot read is an error naming the key at fault.
pub fn case_from_link(fragment: &str) -> Result<(Case, Vec<(String, String)>), Error> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_LINK_LEN {
        return Err(Error::new(At::Link, Cause::TooLong { max: MAX_LINK_LEN }));
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let key = percent_decode(key).ok_or(Error::new(At::Link, Cause::MalformedEscape))?;
        let value = percent_decode(value).ok_or_else(|| bad_at(&key, Cause::MalformedEscape))?;
        if pairs.iter().any(|(k, _)| *k == key) {
            return Err(bad_at(&key, Cause::KeyTwice));
        }
        pairs.push((key, value));
    }
    match pairs.first() {
        Some((k, v))
            if k == LinkKey::Version.code()
                && (v == LINK_VERSION || OLDER_VERSIONS.contains(&v.as_str())) => {}
        Some((k, v)) if k == LinkKey::Version.code() && is_newer(v) => {
            return Err(bad(
                LinkKey::Version,
                Cause::NewerLink {
                    version: Excerpt::new(v),
                },
            ));
        }
        Some((k, v)) if k == LinkKey::Version.code() => {
            return Err(bad(
                LinkKey::Version,
                Cause::UnsupportedVersion {
                    version: Excerpt::new(v),
                },
            ));
        }
        Some(_) | None => {
            return Err(bad(LinkKey::Version, Cause::NoVersion));
        }
    }
    // Keys that came in a later version than the link's are not read.
    if let Some(version) = pairs.first().and_then(|(_, v)| v.parse::<u32>().ok()) {
        pairs.retain(|(k, _)| LinkKey::from_code(k).is_none_or(|key| key.since() <= version));
    }
    let get = |key: LinkKey| {
        pairs
            .iter()
            .find(|(k, _)| k == key.code())
            .map(|(_, v)| v.as_str())
    };
    let mut case = Case {
        edition: match get(LinkKey::Edition) {
            Some(v) => v
                .parse::<Edition>()
                .map_err(|e| inner(LinkKey::Edition, e))?,
            None => Edition::default(),
        },
        histology: match get(LinkKey::Histology) {
            Some(v) => v
                .parse::<Histology>()
                .map_err(|e| inner(LinkKey::Histology, e))?,
            None => Histology::default(),
        },
        subtype: match get(LinkKey::Subtype) {
            Some(v) => Some(
                v.parse::<Subtype>()
                    .map_err(|e| inner(LinkKey::Subtype, e))?,
            ),
            None => None,
        },
        classification: match get(LinkKey::Class) {
            Some(v) => Some(v.parse::<Prefix>().map_err(|e| inner(LinkKey::Class, e))?),
            None => None,
        },
        ..Case::default()
    };

    let has_tumor_findings = [
        LinkKey::Size,
        LinkKey::Total,
        LinkKey::Psum,
        LinkKey::Fmax,
        LinkKey::Features,
        LinkKey::InSitu,
        LinkKey::Mia,
        LinkKey::Occult,
    ]
    .into_iter()
    .any(|k| get(k).is_some());
    let size = |key: LinkKey| match get(key) {
        Some(v) => parse_decimal(v)
            .filter(|s| s.is_finite())
            .map(round_size)
            .map(Some)
            .ok_or_else(|| {
                bad(
                    key,
                    Cause::Link(LinkFault::NotANumber {
                        text: Excerpt::new(v),
                    }),
                )
            }),
        None => Ok(None),
    };
    let flag = |key: LinkKey| match get(key) {
        None => Ok(false),
        Some("1") => Ok(true),
        Some(other) => Err(bad(
            key,
            Cause::Link(LinkFault::NotOne {
                text: Excerpt::new(other),
            }),
        )),
    };
    case.tumor = match (get(LinkKey::T), has_tumor_findings) {
        (Some(_), true) => {
            return Err(bad(
                LinkKey::T,
                Cause::Link(LinkFault::TumorCategoryAndFindings),
            ));
        }
        (Some(t), false) => Some(TumorInput::Category(
            t.parse().map_err(|e: Error| inner(LinkKey::T, e))?,
        )),
        (None, true) => Some(TumorInput::Findings(TumorFindings {
            size_cm: size(LinkKey::Size)?,
            total_size_cm: size(LinkKey::Total)?,
            in_situ: match get(LinkKey::InSitu) {
                None => None,
                Some("1") => Some(InSitu::Unspecified),
                Some(v) => Some(
                    v.parse::<InSitu>()
                        .ok()
                        .filter(|k| *k != InSitu::Unspecified)
                        .ok_or_else(|| {
                            bad(
                                LinkKey::InSitu,
                                Cause::Link(LinkFault::NotInSituKind {
                                    text: Excerpt::new(v),
                                }),
                            )
                        })?,
                ),
            },
            minimally_invasive: flag(LinkKey::Mia)?,
            occult: flag(LinkKey::Occult)?,
            features: list(
                LinkKey::Features,
                get(LinkKey::Features).unwrap_or(""),
                |s| s.parse::<Feature>(),
            )?,
            pleural_thickness_sum_mm: size(LinkKey::Psum)?,
            fissure_thickness_max_mm: size(LinkKey::Fmax)?,
        })),
        (None, false) => None,
    };

    case.nodes = match (get(LinkKey::N), get(LinkKey::Stations), get(LinkKey::Side)) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
            return Err(bad(
                LinkKey::N,
                Cause::Link(LinkFault::NodeCategoryAndStations),
            ));
        }
        (Some(n), None, None) => Some(NodeInput::Category(
            n.parse().map_err(|e: Error| inner(LinkKey::N, e))?,
        )),
        (None, stations, side) => {
            let tumor_side = match side {
                None => None,
                Some(v) => Some(v.parse::<Side>().map_err(|_| {
                    bad(
                        LinkKey::Side,
                        Cause::Link(LinkFault::NotASide {
                            text: Excerpt::new(v),
                        }),
                    )
                })?),
            };
            match stations {
                Some(s) => Some(NodeInput::Findings(NodeFindings {
                    tumor_side,
                    stations: list(LinkKey::Stations, s, |x| x.parse::<Station>())?,
                })),
                // A side alone says nothing about the nodes: NX must not turn into N0.
                None if tumor_side.is_some() => {
                    return Err(bad(
                        LinkKey::Side,
                        Cause::Link(LinkFault::SideWithoutStations),
                    ));
                }
                None => None,
            }
        }
    };

    case.metastases = match (get(LinkKey::M), get(LinkKey::Sites)) {
        (Some(_), Some(_)) => {
            return Err(bad(
                LinkKey::M,
                Cause::Link(LinkFault::MetastasisCategoryAndSites),
            ));
        }
        (Some(m), None) => Some(MetastasisInput::Category(
            m.parse::<Classified<crate::M>>()
                .map_err(|e| inner(LinkKey::M, e))?,
        )),
        (None, Some(sites)) => Some(MetastasisInput::Findings(MetastasisFindings {
            sites: list(LinkKey::Sites, sites, |item| {
                // A site without a count is "not known", in every version.
                let (site, lesions) = match item.split_once(':') {
                    None => (item, Lesions::Unknown),
                    Some((site, "many")) => (site, Lesions::Multiple),
                    Some((site, count)) => (
                        site,
                        Lesions::Count(count.parse::<u32>().map_err(|_| {
                            Error::code(Cause::NotACount {
                                text: Excerpt::new(count),
                            })
                        })?),
                    ),
                };
                Ok(SiteFinding {
                    site: site.parse::<Site>()?,
                    lesions,
                })
            })?,
        })),
        (None, None) => None,
    };

    case.validate().map_err(|e| match e.at {
        At::Field(path) => Error::new(At::LinkField(path), e.cause),
        _ => e,
    })?;
    let extra = pairs
        .into_iter()
        .filter(|(k, _)| !LinkKey::from_code(k).is_some_and(LinkKey::is_read_here))
        .collect();
    Ok((case, extra))
}

/// Whether `version` is a version number above the current one: a link from a newer
/// LungStage, which is never half-read.
fn is_newer(version: &str) -> bool {
    match (version.parse::<u32>(), LINK_VERSION.parse::<u32>()) {
        (Ok(v), Ok(current)) => v > current,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(json: &str) {
        let case = Case::from_json(json).unwrap();
        let fragment = link_fragment(&case, &[(LinkKey::View.code(), View::Clinician.code())]);
        let (back, extra) = case_from_link(&fragment).unwrap_or_else(|e| panic!("{fragment}: {e}"));
        assert_eq!(back, case, "{fragment}");
        assert_eq!(extra, vec![("view".to_owned(), "clinician".to_owned())]);
    }

    #[test]
    fn cases_round_trip() {
        for json in [
            "{}",
            r#"{"edition": 8, "histology": "sclc", "tumor": {"category": "pT1c"}, "nodes": {"category": "N0"}, "metastases": {"category": "M1b"}}"#,
            r#"{"tumor": {"size_cm": 3.4, "features": ["visceral_pleura", "chest_wall"]}, "nodes": {"tumor_side": "right", "stations": ["10R", "4R"]}, "metastases": {"sites": [{"site": "brain", "lesions": 2}, {"site": "bone"}]}}"#,
            r#"{"tumor": {"in_situ": true}, "nodes": {"stations": []}, "metastases": {"sites": []}}"#,
            r#"{"tumor": {"in_situ": "ais", "total_size_cm": 2.5}, "metastases": {"sites": [{"site": "bone", "lesions": "multiple"}, {"site": "liver"}]}}"#,
            r#"{"tumor": {"in_situ": "scis"}, "nodes": {"stations": ["3aL"]}}"#,
            r#"{"tumor": {"occult": true}, "nodes": {"stations": []}}"#,
            r#"{"tumor": {"size_cm": 0, "total_size_cm": 3.5}}"#,
            r#"{"tumor": {"minimally_invasive": true, "size_cm": 0.4}, "nodes": {"tumor_side": "left", "stations": []}}"#,
            r#"{"histology": "mesothelioma", "tumor": {"features": ["mediastinal_fat"]}}"#,
            r#"{"classification": "p", "tumor": {"category": "T2a"}, "nodes": {"category": "N1"}}"#,
            r#"{"classification": "yp", "tumor": {"size_cm": 1.2}, "nodes": {"stations": []}}"#,
        ] {
            round_trip(json);
        }
    }

    #[test]
    fn the_documented_example_opens() {
        let (case, _) = case_from_link("#v=1&edition=9&t=T2a&n=N1&m=M0").unwrap();
        let a = crate::assess(&case).unwrap();
        assert_eq!(a.staging.stage(), Some(crate::StageGroup::IIB));
    }

    #[test]
    fn unreadable_links_name_the_key() {
        let cases = [
            ("", "link.v"),
            ("#garbage", "link.v"),
            ("#v=4&t=T1a", "link.v"),
            ("#v=2&insitu=yes", "link.insitu"),
            ("#v=2&insitu=unspecified", "link.insitu"),
            ("#v=2&total=big", "link.total"),
            ("#v=2&sites=bone:lots", "link.sites"),
            ("#v=2&occult=true", "link.occult"),
            ("#t=T1a&v=1", "link.v"),
            ("#v=1&edition=7", "link.edition"),
            ("#v=1&histology=lungs", "link.histology"),
            ("#v=2&class=q", "link.class"),
            ("#v=2&class=", "link.class"),
            ("#v=1&t=T9", "link.t"),
            ("#v=1&t=T1a&size=2", "link.t"),
            ("#v=1&size=abc", "link.size"),
            ("#v=1&size=NaN", "link.size"),
            ("#v=1&size=-3", "link (tumor.size_cm)"),
            ("#v=1&size=400", "link (tumor.size_cm)"),
            ("#v=1&features=wing", "link.features"),
            ("#v=1&insitu=yes", "link.insitu"),
            ("#v=1&n=N1&stations=4R", "link.n"),
            ("#v=1&stations=4R,99Q", "link.stations"),
            ("#v=1&side=up&stations=", "link.side"),
            ("#v=1&t=T2a&side=left", "link.side"),
            ("#v=1&sites=brain:0", "link (metastases.sites[0].lesions)"),
            ("#v=1&sites=brain:x", "link.sites"),
            ("#v=1&sites=moon", "link.sites"),
            ("#v=1&m=M1a&sites=brain", "link.m"),
            ("#v=1&t=T1a&t=T2a", "link.t"),
            ("#v=1&t=%ZZ", "link.t"),
        ];
        for (fragment, path) in cases {
            let err = case_from_link(fragment).unwrap_err();
            assert_eq!(err.field_path().as_deref(), Some(path), "{fragment}: {err}");
        }
        let long = format!("#v=1&x={}", "a".repeat(MAX_LINK_LEN));
        assert_eq!(
            case_from_link(&long).unwrap_err().field_path().as_deref(),
            Some("link")
        );
    }

    #[test]
    fn a_site_without_a_count_is_not_known_in_every_version() {
        for v in ["1", "2"] {
            let (case, _) =
                case_from_link(&format!("#v={v}&sites=bone,brain:1,liver:many")).unwrap();
            let Some(MetastasisInput::Findings(f)) = case.metastases else {
                panic!("{v}")
            };
            let lesions: Vec<Lesions> = f.sites.iter().map(|s| s.lesions).collect();
            assert_eq!(
                lesions,
                [Lesions::Unknown, Lesions::Count(1), Lesions::Multiple],
                "v={v}"
            );
        }
    }

    #[test]
    fn classification_is_written_and_read() {
        let (case, _) = case_from_link("#v=2&class=p&t=T2a&n=N1&m=M0").unwrap();
        assert_eq!(case.classification, Some(Prefix::P));
        assert!(link_fragment(&case, &[]).contains("&class=p&"));
        let s = crate::stage(&case).unwrap();
        assert_eq!(s.classification.group, Prefix::P);
        let (none, _) = case_from_link("#v=1&t=T2a").unwrap();
        assert_eq!(none.classification, None);
        assert!(!link_fragment(&none, &[]).contains("class"));
    }

    #[test]
    fn keys_of_a_later_version_are_not_read_and_newer_links_say_so() {
        // `class` and `occult` came in version 2: a version-1 link does not read them.
        let (case, extra) = case_from_link("#v=1&t=T2a&class=p&occult=1").unwrap();
        assert_eq!(case.classification, None);
        assert!(extra.is_empty());
        let (case, _) = case_from_link("#v=2&t=T2a&class=p").unwrap();
        assert_eq!(case.classification, Some(Prefix::P));
        // Keys no version has go back to the caller: a tracker's tag restores the case.
        let (case, extra) = case_from_link("#v=2&t=T2a&utm_source=x").unwrap();
        assert!(case.tumor.is_some());
        assert_eq!(extra, vec![("utm_source".to_owned(), "x".to_owned())]);
        let err = case_from_link("#v=4&t=T2a").unwrap_err().to_string();
        assert!(err.contains("newer LungStage"), "{err}");
    }

    #[test]
    fn keys_and_views_read_their_codes_exactly() {
        for key in LinkKey::ALL {
            assert_eq!(LinkKey::from_code(key.code()), Some(key));
            assert_eq!(key.to_string(), key.code());
        }
        for view in View::ALL {
            assert_eq!(view.code().parse::<View>(), Ok(view));
        }
        for bad in ["", "V", "Edition", " t", "utm_source"] {
            assert_eq!(LinkKey::from_code(bad), None, "{bad}");
        }
        for bad in ["", "Patient", "clinicians", " patient"] {
            assert!(bad.parse::<View>().is_err(), "{bad}");
        }
        // Version 1 had every key but these three.
        let v2: Vec<&str> = LinkKey::ALL
            .into_iter()
            .filter(|k| k.since() == 2)
            .map(LinkKey::code)
            .collect();
        assert_eq!(v2, ["class", "total", "occult"]);
        // Version 3 added mesothelioma's subtype and thickness, and the stated stage.
        let v3: Vec<&str> = LinkKey::ALL
            .into_iter()
            .filter(|k| k.since() == 3)
            .map(LinkKey::code)
            .collect();
        assert_eq!(v3, ["subtype", "psum", "fmax", "stage", "extent"]);
    }

    /// Thickness travels in millimetres, with the subtype, in a version-3 link; a link
    /// without them stays version 2, so older readers still open it.
    #[test]
    fn thickness_and_subtype_are_version_3() {
        let case = Case::from_json(
            r#"{"histology": "mesothelioma", "subtype": "biphasic", "tumor": {"pleural_thickness_sum_mm": 18, "fissure_thickness_max_mm": 5.5}}"#,
        )
        .unwrap();
        assert_eq!(
            link_fragment(&case, &[]),
            "v=3&edition=9&histology=mesothelioma&subtype=biphasic&psum=18&fmax=5.5&features="
        );
        round_trip(&case.to_json().to_string());
        let (back, _) = case_from_link("#v=3&histology=mesothelioma&psum=18").unwrap();
        assert_eq!(
            crate::stage(&back).unwrap().t.category.category,
            crate::T::T2
        );
        // A version-2 link does not read the version-3 keys: it keeps its own meaning.
        let (old, _) = case_from_link("#v=2&histology=mesothelioma&psum=18").unwrap();
        assert_eq!(old.tumor, None);
        for (fragment, at) in [
            ("#v=3&histology=mesothelioma&psum=12mm", "link.psum"),
            (
                "#v=3&histology=mesothelioma&fmax=-1",
                "link (tumor.fissure_thickness_max_mm)",
            ),
            ("#v=3&t=T2&psum=18", "link.t"),
            ("#v=3&subtype=spindle", "link.subtype"),
            ("#v=3&subtype=sarcomatoid", "link (subtype)"),
        ] {
            let err = case_from_link(fragment).unwrap_err();
            assert_eq!(err.field_path().as_deref(), Some(at), "{fragment}: {err}");
        }
    }

    #[test]
    fn percent_escapes_are_read() {
        let (case, _) = case_from_link("#v=1&t=pT2a&sites=brain%3A2").unwrap();
        assert_eq!(
            case.metastases.unwrap(),
            MetastasisInput::Findings(MetastasisFindings {
                sites: vec![SiteFinding {
                    site: Site::Brain,
                    lesions: Lesions::Count(2)
                }],
            })
        );
    }
}
