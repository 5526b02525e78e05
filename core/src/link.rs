//! Share links: a case written into a URL fragment, versioned.
//!
//! Format version 2 (`#` optional when reading; version 1 links still open):
//!
//! | Key | Value | Meaning |
//! |---|---|---|
//! | `v` | `2` (or `1`) | format version (required, first) |
//! | `edition` | `8` or `9` | default 9 |
//! | `histology` | `nsclc` `sclc` `carcinoid` `mesothelioma` | default nsclc |
//! | `class` | `c` `p` `yc` `yp` `r` `a` | the case's classification; none is clinical |
//! | `t` | a T category, prefix allowed (`pT2a`) | tumour as a category |
//! | `size` | cm, such as `3.4` | tumour findings: the invasive or solid part |
//! | `total` | cm | tumour findings: the whole lesion |
//! | `features` | feature codes separated by `,` | tumour findings |
//! | `insitu` | `ais`, `scis`, or `1` (kind not given) | carcinoma in situ |
//! | `mia`, `occult` | `1` | minimally invasive / occult carcinoma |
//! | `n` | an N category | nodes as a category |
//! | `side` | `left` or `right` | with `stations` |
//! | `stations` | station codes separated by `,`; empty for none | nodes as findings |
//! | `m` | an M category | metastases as a category |
//! | `sites` | `site`, `site:count` or `site:many`, separated by `,`; empty for none found | metastases as findings |
//!
//! With no `t` or tumour findings the tumour is TX; with neither `n` nor
//! `stations` the nodes are NX (not answered); with neither `m` nor `sites`
//! no spread was entered, which AJCC counts as cM0. A site without a count
//! (`bone`) means the count is not known, in every version. Keys this module
//! does not know are handed back to the caller (the widget keeps its view
//! there) and must be checked by it.

use std::fmt::Write as _;

use crate::error::{At, Cause, Excerpt, LinkFault};
use crate::number::{decimal, parse_decimal, round_size};
use crate::{
    Case, Classified, Edition, Error, Feature, Histology, InSitu, Lesions, MetastasisFindings,
    MetastasisInput, NodeFindings, NodeInput, Prefix, Side, Site, SiteFinding, Station,
    TumorFindings, TumorInput,
};

/// The current link format version.
pub const LINK_VERSION: &str = "2";
/// Earlier versions this reader still opens.
const OLDER_VERSIONS: [&str; 1] = ["1"];
/// The keys of version 1. A key a link's own version does not have is not read, so a link
/// keeps the meaning it had when it was written.
const V1_KEYS: [&str; 13] = [
    "v",
    "edition",
    "histology",
    "t",
    "size",
    "features",
    "insitu",
    "mia",
    "n",
    "side",
    "stations",
    "m",
    "sites",
];
/// The keys of the format; any other key goes back to the caller to check.
pub const LINK_KEYS: [&str; 16] = [
    "v",
    "edition",
    "histology",
    "class",
    "t",
    "size",
    "total",
    "features",
    "insitu",
    "mia",
    "occult",
    "n",
    "side",
    "stations",
    "m",
    "sites",
];
/// Longest fragment we read; longer ones are refused unread.
pub const MAX_LINK_LEN: usize = 2048;
const MAX_LIST: usize = 64;

/// Writes `case` as a current-version fragment (without the leading `#`), with
/// `extra` pairs (such as the widget's view) appended.
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
/// assert!(case_from_link("#v=3&t=T1a").is_err());
/// ```
pub fn link_fragment(case: &Case, extra: &[(&str, &str)]) -> String {
    let mut out = format!(
        "v={LINK_VERSION}&edition={}&histology={}",
        case.edition.number(),
        case.histology.code()
    );
    if let Some(class) = case.classification {
        let _ = write!(out, "&class={class}");
    }
    let join = |codes: Vec<String>| codes.join(",");
    match &case.tumor {
        None => {}
        Some(TumorInput::Category(c)) => {
            let _ = write!(out, "&t={c}");
        }
        Some(TumorInput::Findings(f)) => {
            if let Some(size) = f.size_cm {
                let _ = write!(out, "&size={}", decimal(size));
            }
            if let Some(size) = f.total_size_cm {
                let _ = write!(out, "&total={}", decimal(size));
            }
            match f.in_situ {
                None => {}
                Some(InSitu::Unspecified) => out.push_str("&insitu=1"),
                Some(kind) => {
                    let _ = write!(out, "&insitu={kind}");
                }
            }
            if f.minimally_invasive {
                out.push_str("&mia=1");
            }
            if f.occult {
                out.push_str("&occult=1");
            }
            // Written even when empty, so findings with nothing in them
            // stay findings rather than becoming "no tumour information".
            let _ = write!(
                out,
                "&features={}",
                join(f.features.iter().map(|x| x.to_string()).collect())
            );
        }
    }
    match &case.nodes {
        None => {}
        Some(NodeInput::Category(c)) => {
            let _ = write!(out, "&n={c}");
        }
        Some(NodeInput::Findings(f)) => {
            if let Some(side) = f.tumor_side {
                let _ = write!(out, "&side={}", side.code());
            }
            let _ = write!(
                out,
                "&stations={}",
                join(f.stations.iter().map(|s| s.to_string()).collect())
            );
        }
    }
    match &case.metastases {
        None => {}
        Some(MetastasisInput::Category(c)) => {
            let _ = write!(out, "&m={c}");
        }
        Some(MetastasisInput::Findings(f)) => {
            let sites = f
                .sites
                .iter()
                .map(|s| match s.lesions {
                    Lesions::Count(n) => format!("{}:{n}", s.site),
                    Lesions::Multiple => format!("{}:many", s.site),
                    Lesions::Unknown => s.site.to_string(),
                })
                .collect();
            let _ = write!(out, "&sites={}", join(sites));
        }
    }
    for (key, value) in extra {
        let _ = write!(out, "&{key}={value}");
    }
    out
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

/// The place of a link key: the key itself if the format has it, else the link as a whole,
/// so that an error never quotes a key someone else wrote.
fn key_at(key: &str) -> At {
    LINK_KEYS
        .iter()
        .find(|k| **k == key)
        .map_or(At::Link, |k| At::LinkKey(k))
}

fn bad(key: &str, cause: Cause) -> Error {
    Error::new(key_at(key), cause)
}

fn bad_link(cause: LinkFault) -> Cause {
    Cause::Link(cause)
}

/// An error in reading the value of `key`, placed at that key.
fn inner(key: &str, e: Error) -> Error {
    bad(key, e.cause)
}

fn list<X>(
    key: &str,
    value: &str,
    read: impl Fn(&str) -> Result<X, Error>,
) -> Result<Vec<X>, Error> {
    if value.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = value.split(',').collect();
    if items.len() > MAX_LIST {
        return Err(bad(key, Cause::TooManyItems { max: MAX_LIST }));
    }
    items
        .into_iter()
        .map(|item| read(item).map_err(|e| inner(key, e)))
        .collect()
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
        let value = percent_decode(value).ok_or_else(|| bad(&key, Cause::MalformedEscape))?;
        if pairs.iter().any(|(k, _)| *k == key) {
            return Err(bad(&key, Cause::KeyTwice));
        }
        pairs.push((key, value));
    }
    match pairs.first() {
        Some((k, v)) if k == "v" && (v == LINK_VERSION || OLDER_VERSIONS.contains(&v.as_str())) => {
        }
        Some((k, v)) if k == "v" && is_newer(v) => {
            return Err(bad(
                "v",
                Cause::NewerLink {
                    version: Excerpt::new(v),
                },
            ));
        }
        Some((k, v)) if k == "v" => {
            return Err(bad(
                "v",
                Cause::UnsupportedVersion {
                    version: Excerpt::new(v),
                },
            ));
        }
        Some(_) | None => {
            return Err(bad("v", Cause::NoVersion));
        }
    }
    // Keys that came in a later version than the link's are not read.
    if pairs.first().is_some_and(|(_, v)| v == "1") {
        pairs.retain(|(k, _)| V1_KEYS.contains(&k.as_str()) || !LINK_KEYS.contains(&k.as_str()));
    }
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let mut case = Case {
        edition: match get("edition") {
            Some(v) => v.parse::<Edition>().map_err(|e| inner("edition", e))?,
            None => Edition::default(),
        },
        histology: match get("histology") {
            Some(v) => v.parse::<Histology>().map_err(|e| inner("histology", e))?,
            None => Histology::default(),
        },
        classification: match get("class") {
            Some(v) => Some(v.parse::<Prefix>().map_err(|e| inner("class", e))?),
            None => None,
        },
        ..Case::default()
    };

    let has_tumor_findings = ["size", "total", "features", "insitu", "mia", "occult"]
        .iter()
        .any(|k| get(k).is_some());
    let size = |key: &str| match get(key) {
        Some(v) => parse_decimal(v)
            .filter(|s| s.is_finite())
            .map(round_size)
            .map(Some)
            .ok_or_else(|| {
                bad(
                    key,
                    bad_link(LinkFault::NotANumber {
                        text: Excerpt::new(v),
                    }),
                )
            }),
        None => Ok(None),
    };
    let flag = |key: &str| match get(key) {
        None => Ok(false),
        Some("1") => Ok(true),
        Some(other) => Err(bad(
            key,
            bad_link(LinkFault::NotOne {
                text: Excerpt::new(other),
            }),
        )),
    };
    case.tumor = match (get("t"), has_tumor_findings) {
        (Some(_), true) => {
            return Err(bad("t", bad_link(LinkFault::TumorCategoryAndFindings)));
        }
        (Some(t), false) => Some(TumorInput::Category(
            t.parse().map_err(|e: Error| inner("t", e))?,
        )),
        (None, true) => Some(TumorInput::Findings(TumorFindings {
            size_cm: size("size")?,
            total_size_cm: size("total")?,
            in_situ: match get("insitu") {
                None => None,
                Some("1") => Some(InSitu::Unspecified),
                Some(v) => Some(
                    v.parse::<InSitu>()
                        .ok()
                        .filter(|k| *k != InSitu::Unspecified)
                        .ok_or_else(|| {
                            bad(
                                "insitu",
                                bad_link(LinkFault::NotInSituKind {
                                    text: Excerpt::new(v),
                                }),
                            )
                        })?,
                ),
            },
            minimally_invasive: flag("mia")?,
            occult: flag("occult")?,
            features: list("features", get("features").unwrap_or(""), |s| {
                s.parse::<Feature>()
            })?,
        })),
        (None, false) => None,
    };

    case.nodes = match (get("n"), get("stations"), get("side")) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
            return Err(bad("n", bad_link(LinkFault::NodeCategoryAndStations)));
        }
        (Some(n), None, None) => Some(NodeInput::Category(
            n.parse().map_err(|e: Error| inner("n", e))?,
        )),
        (None, stations, side) => {
            let tumor_side = match side {
                None => None,
                Some("left") => Some(Side::Left),
                Some("right") => Some(Side::Right),
                Some(other) => {
                    return Err(bad(
                        "side",
                        bad_link(LinkFault::NotASide {
                            text: Excerpt::new(other),
                        }),
                    ));
                }
            };
            match stations {
                Some(s) => Some(NodeInput::Findings(NodeFindings {
                    tumor_side,
                    stations: list("stations", s, |x| x.parse::<Station>())?,
                })),
                // A side alone says nothing about the nodes: NX must not turn into N0.
                None if tumor_side.is_some() => {
                    return Err(bad("side", bad_link(LinkFault::SideWithoutStations)));
                }
                None => None,
            }
        }
    };

    case.metastases = match (get("m"), get("sites")) {
        (Some(_), Some(_)) => {
            return Err(bad("m", bad_link(LinkFault::MetastasisCategoryAndSites)));
        }
        (Some(m), None) => Some(MetastasisInput::Category(
            m.parse::<Classified<crate::M>>()
                .map_err(|e| inner("m", e))?,
        )),
        (None, Some(sites)) => Some(MetastasisInput::Findings(MetastasisFindings {
            sites: list("sites", sites, |item| {
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
        .filter(|(k, _)| !LINK_KEYS.contains(&k.as_str()))
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
        let fragment = link_fragment(&case, &[("view", "clinician")]);
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
            ("#v=3&t=T1a", "link.v"),
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
        let err = case_from_link("#v=3&t=T2a").unwrap_err().to_string();
        assert!(err.contains("newer LungStage"), "{err}");
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
