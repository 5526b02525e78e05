//! The one error type of the staging core: where the input is at fault ([`At`]) and why
//! ([`Cause`]). Callers branch on these values; `Display` writes the sentence, and nothing
//! reads a sentence back.

use std::fmt;

use crate::messages::{Msg, Said};
use crate::{Scheme, Site, Station};

/// Everything that can go wrong while reading or staging a case: the place and the cause.
///
/// ```
/// use lungstage::{At, Case, Cause, FieldPath};
///
/// let err = Case::from_json(r#"{"tumor": {"size_cm": 2.5, "size_cm": 9}}"#).unwrap_err();
/// assert_eq!(err.at, At::Field(FieldPath::Tumor));
/// assert!(matches!(err.cause, Cause::DuplicateKey { .. }));
/// assert_eq!(err.to_string(), "tumor: `size_cm` is given twice; give each key once");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// Where the input is at fault.
    pub at: At,
    /// Why it was refused.
    pub cause: Cause,
}

/// Where an error lies.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// A category code on its own, such as one given to [`crate::group`].
    Code,
    /// The written TNM form (`cT2a N1 M0`).
    Written,
    /// The input text as a whole (it is not JSON).
    Text,
    /// A field of the descriptor.
    Field(FieldPath),
    /// A share link as a whole, or a key it does not have.
    Link,
    /// One key of a share link (`v`, `t`, `sites`).
    LinkKey(crate::LinkKey),
    /// A descriptor field as a share link gave it.
    LinkField(FieldPath),
}

/// A field of the descriptor, written in its dotted form (`tumor.size_cm`,
/// `metastases.sites[1].lesions`).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldPath {
    /// The descriptor as a whole.
    Descriptor,
    /// `edition`.
    Edition,
    /// `histology`.
    Histology,
    /// `subtype`, mesothelioma's histological subtype.
    Subtype,
    /// `classification`, the prefix for the whole case.
    Classification,
    /// `stage`, a stage group as a report states it.
    Stage,
    /// `extent`, small cell's limited or extensive stage as a report states it.
    Extent,
    /// `tumor`, the primary tumour object.
    Tumor,
    /// `tumor.category`.
    TumorCategory,
    /// `tumor.size_cm`, the invasive part's size.
    TumorSize,
    /// `tumor.total_size_cm`, the whole lesion's size.
    TumorTotalSize,
    /// `tumor.in_situ`.
    TumorInSitu,
    /// `tumor.minimally_invasive`.
    TumorMinimallyInvasive,
    /// `tumor.occult`.
    TumorOccult,
    /// `tumor.pleural_thickness_sum_mm`, mesothelioma's Psum.
    TumorPsum,
    /// `tumor.fissure_thickness_max_mm`, mesothelioma's Fmax.
    TumorFmax,
    /// `tumor.features`, the list as a whole.
    TumorFeatures,
    /// `tumor.features[i]`, one feature by its index.
    TumorFeature(usize),
    /// `nodes`, the regional nodes object.
    Nodes,
    /// `nodes.category`.
    NodesCategory,
    /// `nodes.stations`, the list as a whole.
    NodesStations,
    /// `nodes.stations[i]`, one station by its index.
    NodesStation(usize),
    /// `nodes.tumor_side`.
    NodesTumorSide,
    /// `metastases`, the distant metastasis object.
    Metastases,
    /// `metastases.category`.
    MetastasesCategory,
    /// `metastases.sites`, the list as a whole.
    MetastasesSites,
    /// `metastases.sites[i]`, one site entry by its index.
    Site(usize),
    /// `metastases.sites[i].site`, the name of that entry's site.
    SiteName(usize),
    /// `metastases.sites[i].lesions`, that entry's lesion count.
    SiteLesions(usize),
}

/// Why the input was refused.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub enum Cause {
    /// Not JSON, with the parser's own words.
    Json {
        /// The line of the fault, from 1.
        line: usize,
        /// The column of the fault, from 1.
        column: usize,
        /// The parser's message.
        detail: Excerpt,
    },
    /// A value of the wrong type or a key the descriptor does not have, in the reader's words.
    Invalid {
        /// The reader's message.
        detail: Excerpt,
    },
    /// A key given twice in one object (the last would silently win); `at` is the object.
    DuplicateKey {
        /// The key given twice.
        key: Excerpt,
    },
    /// A part of the descriptor that must be a JSON object; `found` names what it was.
    NotObject {
        /// What the value was instead.
        found: JsonKind,
    },
    /// A metastatic site entry that is not an object.
    NotSiteObject {
        /// What the entry was instead.
        found: JsonKind,
    },
    /// A code that is not in its list; `of` names the list ("T category", "site").
    UnknownCode {
        /// The code as given.
        code: Excerpt,
        /// The list it was looked up in.
        of: Msg,
    },
    /// An edition that is not 8 or 9.
    UnknownEdition {
        /// The edition as given.
        code: Excerpt,
    },
    /// A histology that is not in the list.
    UnknownHistology {
        /// The histology as given.
        code: Excerpt,
    },
    /// A well-formed category that the scheme does not have, such as N2a in the 8th edition.
    NotInScheme {
        /// The category's code.
        code: &'static str,
        /// The scheme the case is staged with.
        scheme: Scheme,
    },
    /// A size typed with something that is not part of a number.
    NotANumber {
        /// The size as typed.
        text: Excerpt,
        /// What it has that a number does not, such as "a letter".
        has: Msg,
    },
    /// A number outside what can be staged.
    OutOfRange(Range),
    /// Two answers that cannot both be true.
    Conflict(Conflict),
    /// An answer needed to read the others.
    Needs(Needs),
    /// A site listed twice; `first` is the index of its first entry.
    SiteTwice {
        /// The site listed twice.
        site: Site,
        /// The index of its first entry.
        first: usize,
    },
    /// A written form that cannot be read; `token` is the part at fault.
    Written {
        /// The part of the form at fault.
        token: Excerpt,
        /// What is wrong with it.
        fault: WrittenFault,
    },
    /// A link value that is not a lesion count.
    NotACount {
        /// The value as given.
        text: Excerpt,
    },
    /// A link list with more items than any case has.
    TooManyItems {
        /// The most items a list may have.
        max: usize,
    },
    /// A link longer than any the widget writes.
    TooLong {
        /// The longest link accepted, in bytes.
        max: usize,
    },
    /// A `%`-escape that does not decode.
    MalformedEscape,
    /// A link key given twice.
    KeyTwice,
    /// A link version this one does not know and that is not newer.
    UnsupportedVersion {
        /// The version as given.
        version: Excerpt,
    },
    /// A link with no `v` first.
    NoVersion,
    /// A share link from a newer LungStage, whose format version this one does not read: it
    /// is never half-read.
    NewerLink {
        /// The link's version.
        version: Excerpt,
    },
    /// A share-link value that the link format does not have.
    Link(LinkFault),
    /// A station that the mesothelioma N categories of the 8th edition do not cover.
    StationNotCovered {
        /// The station not covered.
        station: Station,
    },
    /// A metastatic site that is part of the primary tumour's extent in mesothelioma.
    NotMesotheliomaMetastasis {
        /// The site given as a metastasis.
        site: Site,
    },
    /// A tumour feature of the other cancer type.
    WrongFeatureKind {
        /// The feature's code.
        feature: &'static str,
        /// Whether the case is lung, so that the feature is a mesothelioma one; `false` is
        /// the other way round.
        lung: bool,
    },
    /// A finding that applies to lung tumours only.
    LungOnly,
    /// A finding that applies to pleural mesothelioma only (thickness, subtype).
    MesotheliomaOnly,
    /// A stated stage (`stage`, `extent`) that cannot be read.
    Stated(StatedFault),
}

/// Why a stated stage (`"stage": "IIIA"`, `"extent": "limited"`) cannot be read.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatedFault {
    /// A stated stage together with a part of a case: `given` is `stage` or `extent`, `part`
    /// the descriptor key (`tumor`) or link key (`t`) of the case.
    WithCase {
        /// `stage` or `extent`.
        given: &'static str,
        /// The key of the case's part.
        part: &'static str,
    },
    /// A code that is not a stage group of the scheme's table, nor a parent of one.
    UnknownStage {
        /// The code as given.
        code: Excerpt,
        /// The table the stage was stated for.
        scheme: Scheme,
        /// The stages it has (`stated_groups`), to name them.
        valid: Vec<crate::StageGroup>,
    },
    /// An extent other than `limited` or `extensive`.
    UnknownExtent {
        /// The extent as given.
        code: Excerpt,
    },
    /// An extent for a cancer other than small cell.
    NotSmallCell {
        /// The cancer type given.
        histology: crate::Histology,
    },
    /// A classification other than clinical or pathological.
    NotClinicalOrPathological {
        /// The classification given.
        prefix: crate::Prefix,
    },
    /// A value that is not a string.
    NotAString,
    /// Neither a stage nor an extent.
    Missing,
    /// A stage and an extent that no case has together.
    NoCase {
        /// The stated group.
        group: crate::StageGroup,
        /// The stated extent.
        extent: crate::Extent,
    },
    /// A record (FHIR, NAACCR) asked of a stated stage, which has no T, N and M to record.
    NotARecord,
}

/// What a JSON value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

/// A share-link value that the link format does not have.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkFault {
    /// A size that is not a finite number.
    NotANumber {
        /// The value as given.
        text: Excerpt,
    },
    /// A flag other than `1`.
    NotOne {
        /// The value as given.
        text: Excerpt,
    },
    /// An in situ value that is neither `1` nor a kind of carcinoma in situ.
    NotInSituKind {
        /// The value as given.
        text: Excerpt,
    },
    /// A tumour side other than `left` or `right`.
    NotASide {
        /// The value as given.
        text: Excerpt,
    },
    /// A T category together with tumour findings.
    TumorCategoryAndFindings,
    /// An N category together with stations or a tumour side.
    NodeCategoryAndStations,
    /// An M category together with sites.
    MetastasisCategoryAndSites,
    /// A tumour side without stations, which would turn NX into N0.
    SideWithoutStations,
}

/// A number outside what can be staged.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Range {
    /// A size of 0 or less (0 is allowed only as a pure ground-glass lesion's solid part).
    SizeNotAboveZero {
        /// The size given, in cm.
        size: f64,
    },
    /// A size over [`crate::MAX_SIZE_CM`].
    SizeOverMax {
        /// The size given, in cm.
        size: f64,
    },
    /// A lesion count of 0 or over [`crate::MAX_LESIONS`].
    Lesions {
        /// The count given.
        count: u32,
    },
    /// A pleural thickness below 0 mm or over [`crate::MAX_THICKNESS_MM`].
    Thickness {
        /// The thickness given, in mm.
        mm: f64,
    },
}

/// Two answers that cannot both be true.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Conflict {
    /// A category and findings for the same part.
    CategoryAndFindings,
    /// A tumour side given with an N category rather than stations.
    SideWithCategory,
    /// A whole lesion smaller than its invasive part.
    TotalBelowSolid {
        /// The invasive part's size, in cm.
        solid: f64,
    },
    /// A tumour called both carcinoma in situ and minimally invasive.
    InSituAndMinimallyInvasive,
    /// A size for the invasive part of a carcinoma in situ.
    InSituWithSize,
    /// Invasion features given for a carcinoma in situ.
    InSituWithFeatures,
    /// An invasive part over 0.5 cm called minimally invasive.
    MinimallyInvasiveTooLarge {
        /// The invasive part's size, in cm.
        size: f64,
    },
    /// Invasion features given for a minimally invasive adenocarcinoma.
    MinimallyInvasiveWithFeatures,
    /// A pure ground-glass lesion (solid part 0) that invades.
    GroundGlassWithFeatures,
    /// A size given for an occult carcinoma, which no imaging has seen.
    OccultWithSize,
    /// In situ, minimally invasive or features given for an occult carcinoma.
    OccultWithFindings,
    /// A tumour size given for mesothelioma.
    MesotheliomaSize,
}

/// An answer needed to read the others.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// N needs a category or stations.
    NodeCategoryOrStations,
    /// M needs a category or sites.
    MetastasisCategoryOrSites,
    /// A one-sided station needs the tumour's side.
    TumorSide {
        /// The first station whose reading needs the side.
        station: Station,
    },
    /// A carcinoma in situ over 3 cm needs its kind.
    InSituKind,
    /// At least one station that can be read.
    Station,
}

/// Why a written form cannot be read.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WrittenFault {
    /// A descriptor such as `(m)` or `G2` with a value it does not have.
    UnknownValue {
        /// What the descriptor records, such as "grade".
        records: crate::messages::Word,
    },
    /// A T, N or M code that does not exist.
    UnknownCategory {
        /// `T`, `N` or `M`.
        axis: char,
    },
    /// Something that is not a category at all.
    NotACategory,
    /// T, N or M written twice; `first` is the first one.
    Twice {
        /// `T`, `N` or `M`.
        axis: char,
        /// The first one, as written.
        first: Excerpt,
    },
    /// A category with something glued after it.
    TrailingCharacters,
    /// No T, N or M in the form.
    Missing {
        /// `T`, `N` or `M`.
        axis: char,
    },
    /// A written N subgroup with mesothelioma.
    SubgroupInMesothelioma,
    /// A pathological N subgroup without a pathological prefix.
    SubgroupNotPathological {
        /// The subgroup's code.
        subgroup: &'static str,
    },
    /// A pathology descriptor where only categories are read.
    DescriptorNotCategory,
    /// An N subgroup where only categories are read.
    SubgroupNotCategory,
}

/// A short copy of a value from the input, at most [`Excerpt::MAX`] characters, so that an
/// error never sends a long value back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt(String);

impl Excerpt {
    /// The longest excerpt, in characters; longer values end in "…".
    pub const MAX: usize = 40;

    /// An excerpt of `text`, cut after [`Excerpt::MAX`] characters.
    pub fn new(text: &str) -> Excerpt {
        Excerpt::at_most(text, Excerpt::MAX)
    }

    /// An excerpt of at most `max` characters, for a reader's own message that quotes a value.
    pub(crate) fn at_most(text: &str, max: usize) -> Excerpt {
        match text.char_indices().nth(max) {
            None => Excerpt(text.to_owned()),
            Some((end, _)) => Excerpt(format!("{}…", &text[..end])),
        }
    }

    /// The excerpt's text, with its "…" if it was cut.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error {
    pub(crate) fn new(at: At, cause: Cause) -> Error {
        Error { at, cause }
    }

    pub(crate) fn field(path: FieldPath, cause: Cause) -> Error {
        Error::new(At::Field(path), cause)
    }

    pub(crate) fn code(cause: Cause) -> Error {
        Error::new(At::Code, cause)
    }

    pub(crate) fn written(token: &str, fault: WrittenFault) -> Error {
        Error::new(
            At::Written,
            Cause::Written {
                token: Excerpt::new(token),
                fault,
            },
        )
    }

    /// The descriptor field the error belongs to, if any, as the descriptor or link names it
    /// (`tumor.size_cm`, `link.t`, `link (tumor.size_cm)`).
    pub fn field_path(&self) -> Option<String> {
        match self.at {
            At::Code | At::Written | At::Text => None,
            at => Some(at.to_string()),
        }
    }

    /// The same error, attached to a descriptor field; errors already placed keep their place.
    pub(crate) fn at(self, path: FieldPath) -> Error {
        match self.at {
            At::Code | At::Written => Error::field(path, self.cause),
            _ => self,
        }
    }

    /// The cause alone, worded to follow the name of the field at fault.
    pub fn reason(&self) -> String {
        self.cause.to_string()
    }

    /// The error as a sentence for people: the field's name leads a cause worded to follow
    /// it, and a cause that names its own subject stands alone.
    pub fn sentence(&self) -> String {
        let subject = match self.at {
            At::Field(field) => field.subject().filter(|_| self.cause.follows_subject()),
            _ => None,
        };
        let text = match (self.at, subject) {
            (_, Some(subject)) => crate::messages::text(
                Msg::SentenceSubjectCause,
                &[&Said(subject, &[]), &self.cause],
            ),
            (At::Field(_), None) => self.cause.to_string(),
            _ => self.to_string(),
        };
        crate::capitalise(&text)
    }
}

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Code | At::Written | At::Text => Ok(()),
            At::Field(path) => path.fmt(f),
            At::Link => f.write_str("link"),
            At::LinkKey(key) => write!(f, "link.{key}"),
            At::LinkField(path) => write!(f, "link ({path})"),
        }
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            FieldPath::Descriptor => "descriptor",
            FieldPath::Edition => "edition",
            FieldPath::Histology => "histology",
            FieldPath::Subtype => "subtype",
            FieldPath::Classification => "classification",
            FieldPath::Stage => "stage",
            FieldPath::Extent => "extent",
            FieldPath::Tumor => "tumor",
            FieldPath::TumorCategory => "tumor.category",
            FieldPath::TumorSize => "tumor.size_cm",
            FieldPath::TumorTotalSize => "tumor.total_size_cm",
            FieldPath::TumorInSitu => "tumor.in_situ",
            FieldPath::TumorMinimallyInvasive => "tumor.minimally_invasive",
            FieldPath::TumorOccult => "tumor.occult",
            FieldPath::TumorPsum => "tumor.pleural_thickness_sum_mm",
            FieldPath::TumorFmax => "tumor.fissure_thickness_max_mm",
            FieldPath::TumorFeatures => "tumor.features",
            FieldPath::TumorFeature(i) => return write!(f, "tumor.features[{i}]"),
            FieldPath::Nodes => "nodes",
            FieldPath::NodesCategory => "nodes.category",
            FieldPath::NodesStations => "nodes.stations",
            FieldPath::NodesStation(i) => return write!(f, "nodes.stations[{i}]"),
            FieldPath::NodesTumorSide => "nodes.tumor_side",
            FieldPath::Metastases => "metastases",
            FieldPath::MetastasesCategory => "metastases.category",
            FieldPath::MetastasesSites => "metastases.sites",
            FieldPath::Site(i) => return write!(f, "metastases.sites[{i}]"),
            FieldPath::SiteName(i) => return write!(f, "metastases.sites[{i}].site"),
            FieldPath::SiteLesions(i) => return write!(f, "metastases.sites[{i}].lesions"),
        };
        f.write_str(name)
    }
}

/// One step of a path into the descriptor's JSON.
pub(crate) enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

impl FieldPath {
    /// The field one step further in, or this one if the descriptor has no such field: a key
    /// it does not have is blamed on the object that holds it.
    pub(crate) fn child(self, step: &Step<'_>) -> FieldPath {
        use FieldPath as P;
        match (self, step) {
            (P::Descriptor, Step::Key("edition")) => P::Edition,
            (P::Descriptor, Step::Key("histology")) => P::Histology,
            (P::Descriptor, Step::Key("subtype")) => P::Subtype,
            (P::Descriptor, Step::Key("classification")) => P::Classification,
            (P::Descriptor, Step::Key("stage")) => P::Stage,
            (P::Descriptor, Step::Key("extent")) => P::Extent,
            (P::Descriptor, Step::Key("tumor")) => P::Tumor,
            (P::Descriptor, Step::Key("nodes")) => P::Nodes,
            (P::Descriptor, Step::Key("metastases")) => P::Metastases,
            (P::Tumor, Step::Key("category")) => P::TumorCategory,
            (P::Tumor, Step::Key("size_cm")) => P::TumorSize,
            (P::Tumor, Step::Key("total_size_cm")) => P::TumorTotalSize,
            (P::Tumor, Step::Key("in_situ")) => P::TumorInSitu,
            (P::Tumor, Step::Key("minimally_invasive")) => P::TumorMinimallyInvasive,
            (P::Tumor, Step::Key("occult")) => P::TumorOccult,
            (P::Tumor, Step::Key("pleural_thickness_sum_mm")) => P::TumorPsum,
            (P::Tumor, Step::Key("fissure_thickness_max_mm")) => P::TumorFmax,
            (P::Tumor, Step::Key("features")) => P::TumorFeatures,
            (P::TumorFeatures, Step::Index(i)) => P::TumorFeature(*i),
            (P::Nodes, Step::Key("category")) => P::NodesCategory,
            (P::Nodes, Step::Key("stations")) => P::NodesStations,
            (P::Nodes, Step::Key("tumor_side")) => P::NodesTumorSide,
            (P::NodesStations, Step::Index(i)) => P::NodesStation(*i),
            (P::Metastases, Step::Key("category")) => P::MetastasesCategory,
            (P::Metastases, Step::Key("sites")) => P::MetastasesSites,
            (P::MetastasesSites, Step::Index(i)) => P::Site(*i),
            (P::Site(i), Step::Key("site")) => P::SiteName(i),
            (P::Site(i), Step::Key("lesions")) => P::SiteLesions(i),
            (path, _) => path,
        }
    }

    /// What the widget calls the field when it puts a reason after it, if it has a name.
    pub fn subject(self) -> Option<Msg> {
        Some(match self {
            FieldPath::TumorSize => Msg::SubjectSize,
            FieldPath::TumorInSitu => Msg::SubjectInSitu,
            FieldPath::TumorMinimallyInvasive => Msg::SubjectMia,
            FieldPath::TumorPsum => Msg::SubjectPsum,
            FieldPath::TumorFmax => Msg::SubjectFmax,
            FieldPath::TumorCategory => Msg::SubjectT,
            FieldPath::NodesTumorSide => Msg::SubjectSide,
            FieldPath::NodesCategory => Msg::SubjectN,
            FieldPath::MetastasesCategory => Msg::SubjectM,
            FieldPath::SiteLesions(_) => Msg::SubjectLesions,
            FieldPath::SiteName(_) => Msg::SubjectSite,
            _ => return None,
        })
    }
}

impl Cause {
    /// Whether the sentence is worded to follow the field's name ("must be …", "is …").
    pub fn follows_subject(&self) -> bool {
        match self {
            Cause::Conflict(c) => matches!(
                c,
                Conflict::SideWithCategory
                    | Conflict::TotalBelowSolid { .. }
                    | Conflict::InSituAndMinimallyInvasive
                    | Conflict::InSituWithSize
                    | Conflict::OccultWithSize
                    | Conflict::OccultWithFindings
                    | Conflict::MesotheliomaSize
            ),
            Cause::Needs(n) => matches!(
                n,
                Needs::NodeCategoryOrStations
                    | Needs::MetastasisCategoryOrSites
                    | Needs::TumorSide { .. }
                    | Needs::InSituKind
            ),
            Cause::NotObject { .. }
            | Cause::NotSiteObject { .. }
            | Cause::NotANumber { .. }
            | Cause::OutOfRange(
                Range::SizeNotAboveZero { .. } | Range::Lesions { .. } | Range::Thickness { .. },
            )
            | Cause::KeyTwice
            | Cause::LungOnly
            | Cause::MesotheliomaOnly => true,
            _ => false,
        }
    }
}

/// Writes `msg` with its values in the installed language.
fn say(f: &mut fmt::Formatter<'_>, msg: Msg, args: &[&dyn fmt::Display]) -> fmt::Result {
    crate::messages::write(f, msg, args)
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::vocabulary::number::decimal;
        match self {
            Cause::Json {
                line,
                column,
                detail,
            } => say(f, Msg::MachineJson, &[line, column, detail]),
            Cause::Invalid { detail } => detail.fmt(f),
            Cause::DuplicateKey { key } => say(f, Msg::MachineDuplicateKey, &[key]),
            Cause::NotObject { found } => say(f, Msg::MachineNotObject, &[&Said(found.msg(), &[])]),
            Cause::NotSiteObject { found } => {
                say(f, Msg::MachineNotSiteObject, &[&Said(found.msg(), &[])])
            }
            Cause::UnknownCode { code, of } => {
                say(f, Msg::ErrorUnknownCode, &[code, &Said(*of, &[])])
            }
            Cause::UnknownEdition { code } => say(f, Msg::MachineUnknownEdition, &[code]),
            Cause::UnknownHistology { code } => say(f, Msg::MachineUnknownHistology, &[code]),
            Cause::NotInScheme { code, scheme } => {
                let msg = match (scheme, code.as_bytes().first()) {
                    (Scheme::Lung8, Some(b'N')) => Msg::ErrorNotInLung8N,
                    (Scheme::Lung8, _) => Msg::ErrorNotInLung8M,
                    (_, Some(b'T')) => Msg::ErrorNotInMesoT,
                    (_, Some(b'N')) => Msg::ErrorNotInMesoN,
                    _ => Msg::ErrorNotInMesoM,
                };
                say(f, msg, &[code])
            }
            Cause::NotANumber { text, has } => {
                say(f, Msg::ErrorNotANumber, &[text, &Said(*has, &[])])
            }
            Cause::OutOfRange(Range::SizeNotAboveZero { size }) => {
                say(f, Msg::ErrorSizeNotAboveZero, &[&decimal(*size)])
            }
            Cause::OutOfRange(Range::SizeOverMax { size }) => say(
                f,
                Msg::ErrorSizeOverMax,
                &[&decimal(*size), &decimal(crate::MAX_SIZE_CM)],
            ),
            Cause::OutOfRange(Range::Thickness { mm }) => say(
                f,
                Msg::ErrorThicknessRange,
                &[&decimal(crate::MAX_THICKNESS_MM), &decimal(*mm)],
            ),
            Cause::OutOfRange(Range::Lesions { count }) => {
                say(f, Msg::ErrorLesionsRange, &[&crate::MAX_LESIONS, count])
            }
            Cause::Conflict(c) => c.fmt(f),
            Cause::Needs(n) => n.fmt(f),
            Cause::SiteTwice { site, first } => say(f, Msg::ErrorSiteTwice, &[site, first]),
            Cause::Written { token, fault } => say(f, Msg::ErrorWritten, &[token, fault]),
            Cause::NotACount { text } => say(f, Msg::MachineNotACount, &[text]),
            Cause::TooManyItems { max } => say(f, Msg::MachineTooManyItems, &[max]),
            Cause::TooLong { max } => say(f, Msg::MachineTooLong, &[max]),
            Cause::MalformedEscape => say(f, Msg::MachineMalformedEscape, &[]),
            Cause::KeyTwice => say(f, Msg::MachineKeyTwice, &[]),
            Cause::UnsupportedVersion { version } => say(
                f,
                Msg::MachineUnsupportedVersion,
                &[version, &crate::LINK_VERSION],
            ),
            Cause::NoVersion => say(f, Msg::MachineNoVersion, &[&crate::LINK_VERSION]),
            Cause::NewerLink { version } => {
                say(f, Msg::MachineNewerLink, &[version, &crate::LINK_VERSION])
            }
            Cause::Link(fault) => fault.fmt(f),
            Cause::StationNotCovered { station } => say(f, Msg::ErrorStationNotCovered, &[station]),
            Cause::NotMesotheliomaMetastasis { site } => {
                say(f, Msg::ErrorNotMesoMetastasis, &[site])
            }
            Cause::WrongFeatureKind { feature, lung } => match lung {
                true => say(f, Msg::ErrorMesoFeatureInLung, &[feature]),
                false => say(f, Msg::ErrorLungFeatureInMeso, &[feature]),
            },
            Cause::LungOnly => say(f, Msg::ErrorLungOnly, &[]),
            Cause::MesotheliomaOnly => say(f, Msg::ErrorMesoOnly, &[]),
            Cause::Stated(fault) => fault.fmt(f),
        }
    }
}

impl fmt::Display for StatedFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatedFault::WithCase { given, part } => {
                say(f, Msg::MachineStatedWithCase, &[given, part])
            }
            StatedFault::UnknownStage {
                code,
                scheme,
                valid,
            } => {
                let valid: Vec<&str> = valid.iter().map(|g| g.code()).collect();
                let table = crate::messages::text(scheme.msg(), &[]);
                say(
                    f,
                    Msg::MachineStatedUnknownStage,
                    &[code, &table, &valid.join(", ")],
                )
            }
            StatedFault::UnknownExtent { code } => say(f, Msg::MachineStatedUnknownExtent, &[code]),
            StatedFault::NotSmallCell { histology } => {
                say(f, Msg::MachineStatedNotSmallCell, &[&histology.name()])
            }
            StatedFault::NotClinicalOrPathological { prefix } => {
                say(f, Msg::MachineStatedClassification, &[prefix])
            }
            StatedFault::NotAString => say(f, Msg::MachineStatedNotAString, &[]),
            StatedFault::Missing => say(f, Msg::MachineStatedMissing, &[]),
            StatedFault::NoCase { group, extent } => {
                say(f, Msg::MachineStatedNoCase, &[group, extent])
            }
            StatedFault::NotARecord => say(f, Msg::MachineStatedNotARecord, &[]),
        }
    }
}

impl Scheme {
    /// The table's name in messages: "the 9th-edition lung table".
    const fn msg(self) -> Msg {
        match self {
            Scheme::Lung8 => Msg::MachineTableLung8,
            Scheme::Lung9 => Msg::MachineTableLung9,
            Scheme::Mesothelioma8 => Msg::MachineTableMeso8,
            Scheme::Mesothelioma9 => Msg::MachineTableMeso9,
        }
    }
}

impl JsonKind {
    fn msg(self) -> Msg {
        match self {
            JsonKind::Null => Msg::MachineJsonNull,
            JsonKind::Bool => Msg::MachineJsonBool,
            JsonKind::Number => Msg::MachineJsonNumber,
            JsonKind::String => Msg::MachineJsonString,
            JsonKind::Array => Msg::MachineJsonArray,
            JsonKind::Object => Msg::MachineJsonObject,
        }
    }
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::vocabulary::number::decimal;
        match self {
            Conflict::CategoryAndFindings => say(f, Msg::ConflictCategoryAndFindings, &[]),
            Conflict::SideWithCategory => say(f, Msg::ConflictSideWithCategory, &[]),
            Conflict::TotalBelowSolid { solid } => {
                say(f, Msg::ConflictTotalBelowSolid, &[&decimal(*solid)])
            }
            Conflict::InSituAndMinimallyInvasive => say(f, Msg::ConflictInSituAndMia, &[]),
            Conflict::InSituWithSize => say(f, Msg::ConflictInSituWithSize, &[]),
            Conflict::InSituWithFeatures => say(f, Msg::ConflictInSituWithFeatures, &[]),
            Conflict::MinimallyInvasiveTooLarge { size } => {
                say(f, Msg::ConflictMiaTooLarge, &[&decimal(*size)])
            }
            Conflict::MinimallyInvasiveWithFeatures => say(f, Msg::ConflictMiaWithFeatures, &[]),
            Conflict::GroundGlassWithFeatures => say(f, Msg::ConflictGroundGlassWithFeatures, &[]),
            Conflict::OccultWithSize => say(f, Msg::ConflictOccultWithSize, &[]),
            Conflict::OccultWithFindings => say(f, Msg::ConflictOccultWithFindings, &[]),
            Conflict::MesotheliomaSize => say(f, Msg::ConflictMesoSize, &[]),
        }
    }
}

impl fmt::Display for LinkFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkFault::NotANumber { text } => say(f, Msg::MachineLinkNotANumber, &[text]),
            LinkFault::NotOne { text } => say(f, Msg::MachineLinkNotOne, &[text]),
            LinkFault::NotInSituKind { text } => say(f, Msg::MachineLinkNotInSituKind, &[text]),
            LinkFault::NotASide { text } => say(f, Msg::MachineLinkNotASide, &[text]),
            LinkFault::TumorCategoryAndFindings => {
                say(f, Msg::MachineLinkTumorCategoryAndFindings, &[])
            }
            LinkFault::NodeCategoryAndStations => {
                say(f, Msg::MachineLinkNodeCategoryAndStations, &[])
            }
            LinkFault::MetastasisCategoryAndSites => {
                say(f, Msg::MachineLinkMetastasisCategoryAndSites, &[])
            }
            LinkFault::SideWithoutStations => say(f, Msg::MachineLinkSideWithoutStations, &[]),
        }
    }
}

impl fmt::Display for Needs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Needs::NodeCategoryOrStations => say(f, Msg::NeedsNodeCategoryOrStations, &[]),
            Needs::MetastasisCategoryOrSites => say(f, Msg::NeedsMetastasisCategoryOrSites, &[]),
            Needs::TumorSide { station } => say(f, Msg::NeedsTumorSide, &[station]),
            Needs::InSituKind => say(f, Msg::NeedsInSituKind, &[]),
            Needs::Station => say(f, Msg::NeedsStation, &[]),
        }
    }
}

impl fmt::Display for WrittenFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WrittenFault::UnknownValue { records } => say(f, Msg::WrittenUnknownValue, &[records]),
            WrittenFault::UnknownCategory { axis } => say(f, Msg::WrittenUnknownCategory, &[axis]),
            WrittenFault::NotACategory => say(f, Msg::WrittenNotACategory, &[]),
            WrittenFault::Twice { axis, first } => say(f, Msg::WrittenTwice, &[axis, first]),
            WrittenFault::TrailingCharacters => say(f, Msg::WrittenTrailing, &[]),
            WrittenFault::Missing { axis: 'T' } => say(f, Msg::WrittenMissingT, &[]),
            WrittenFault::Missing { axis: 'N' } => say(f, Msg::WrittenMissingN, &[]),
            WrittenFault::Missing { .. } => say(f, Msg::WrittenMissingM, &[]),
            WrittenFault::SubgroupInMesothelioma => say(f, Msg::WrittenSubgroupInMeso, &[]),
            WrittenFault::SubgroupNotPathological { subgroup } => {
                say(f, Msg::WrittenSubgroupNotPathological, &[subgroup])
            }
            WrittenFault::DescriptorNotCategory => say(f, Msg::WrittenDescriptorNotCategory, &[]),
            WrittenFault::SubgroupNotCategory => say(f, Msg::WrittenSubgroupNotCategory, &[]),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            At::Code | At::Text => self.cause.fmt(f),
            At::Written => say(f, Msg::ErrorAtWritten, &[&self.cause]),
            at => say(f, Msg::MachineAtField, &[&at, &self.cause]),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_culprit() {
        // What each message must name: the field or the text at fault, the value quoted, and
        // what to give instead. Its words are the messages file's (messages/en.ftl).
        let cases: [(Error, &[&str]); 3] = [
            (
                Error::written("T5", WrittenFault::UnknownCategory { axis: 'T' }),
                &["`T5`", " T "],
            ),
            (
                Error::field(
                    FieldPath::TumorSize,
                    Cause::OutOfRange(Range::SizeNotAboveZero { size: -2.0 }),
                ),
                &["tumor.size_cm: ", "-2"],
            ),
            (
                Error::code(Cause::NotInScheme {
                    code: "N2a",
                    scheme: Scheme::Lung8,
                })
                .at(FieldPath::NodesCategory),
                &["nodes.category: ", "`N2a`", " N2 ", "9th edition"],
            ),
        ];
        for (error, named) in cases {
            let text = error.to_string();
            for part in named {
                assert!(text.contains(part), "{part:?} missing from {text:?}");
            }
        }
        let edition = Error::field(
            FieldPath::Edition,
            Cause::UnknownEdition {
                code: Excerpt::new("10"),
            },
        );
        assert_eq!(edition.field_path().as_deref(), Some("edition"));
        let written = Error::written("x", WrittenFault::NotACategory);
        assert_eq!(written.field_path(), None);
    }

    #[test]
    fn excerpts_are_short() {
        let long = "a".repeat(5_000_000);
        let excerpt = Excerpt::new(&long);
        assert_eq!(excerpt.as_str().chars().count(), Excerpt::MAX + 1);
        assert!(excerpt.as_str().ends_with('…'));
        assert_eq!(Excerpt::new("T2a").as_str(), "T2a");
    }

    #[test]
    fn json_paths_map_to_fields() {
        let cases: [(&[Step<'_>], &str); 5] = [
            (&[], "descriptor"),
            (&[Step::Key("tumor"), Step::Key("size_cm")], "tumor.size_cm"),
            (&[Step::Key("tumor"), Step::Key("sizee")], "tumor"),
            (
                &[
                    Step::Key("metastases"),
                    Step::Key("sites"),
                    Step::Index(1),
                    Step::Key("lesions"),
                ],
                "metastases.sites[1].lesions",
            ),
            (
                &[Step::Key("nodes"), Step::Key("stations"), Step::Index(0)],
                "nodes.stations[0]",
            ),
        ];
        for (steps, path) in cases {
            let field = steps
                .iter()
                .fold(FieldPath::Descriptor, |field, step| field.child(step));
            assert_eq!(field.to_string(), path);
        }
    }
}
