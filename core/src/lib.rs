//! LungStage staging core: lung-cancer TNM staging (IASLC/AJCC 8th and 9th
//! editions) and pleural mesothelioma (8th), with the reason for every step.
//!
//! No web dependencies: the command-line tool and the browser widget both
//! call this crate, and no clinical rule lives anywhere else.
//!
//! ```
//! use lungstage::{group, Scheme, StageGroup, M, N, T};
//!
//! let g = group(Scheme::Lung9, T::T2a, N::N1, M::M0).unwrap();
//! assert_eq!(g.group, Some(StageGroup::IIB));
//! ```

mod assessment;
mod case;
mod classification;
mod codes;
pub mod deferred;
mod edition;
pub(crate) mod error;
#[cfg(feature = "fhir")]
pub mod export;
mod feature;
mod grouping;
mod guide;
mod histology;
mod link;
mod m;
pub mod messages;
mod metastases;
mod n;
mod nodes;
mod notation;
mod notes;
mod number;
mod prefix;
mod reason;
mod report;
mod scheme;
mod sclc;
mod site;
mod source;
mod stage_group;
mod station;
mod summary;
mod summary_stage;
mod survival;
mod symptoms;
mod t;
mod tumor;

pub use assessment::{
    Assessment, Awaiting, Change, ChangeKind, Staging, assess, in_edition, stage,
};
pub use case::{
    Case, InSitu, Lesions, MAX_LESIONS, MAX_SIZE_CM, MetastasisFindings, MetastasisInput,
    NodeFindings, NodeInput, SiteFinding, TumorFindings, TumorInput,
};
pub use classification::{StagePrefixes, stage_prefixes};
pub use edition::Edition;
pub use error::{
    At, Cause, Conflict, Error, Excerpt, FieldPath, LinkFault, Needs, Range, WrittenFault,
};
pub use feature::{ExtensionLevel, Feature, FeatureKind};
pub use grouping::{Grouping, NoGroup, Rule, group};
pub use guide::{
    Text, Treatment, lung_meaning, meaning, meaning_sources, mesothelioma_meaning,
    mesothelioma_treatment, nsclc_treatment, sclc_treatment, treatment, treatment_for,
    treatment_notes,
};
pub use histology::Histology;
pub use link::{LINK_VERSION, LinkKey, MAX_LINK_LEN, View, case_from_link, link_fragment};
pub use m::M;
pub use metastases::derive_m;
pub use n::N;
pub use nodes::derive_n;
pub use notation::{Tnm, Written};
pub use notes::NoteId;
pub use number::{decimal, parse_decimal, parse_size_text, round_size};
pub use prefix::{Classified, Prefix};
pub use reason::{Category, Derived, Note, NoteText, Reason};
pub use report::{
    DISCLAIMER, IASLC_CAVEAT, SURVIVAL_CAVEAT, all_notes, report, stage_json, staging_json,
    survival_json, written_report,
};
pub use scheme::Scheme;
pub use sclc::{Extent, SclcExtent, sclc_extent};
pub use site::Site;
pub use source::{
    Area, CITATION_CHECKS, CitationRead, FullSource, LAST_REVIEWED, Source, SourceId,
};
pub use stage_group::{NOT_DEFINED, StageGroup};
pub use station::{Involvement, Side, Station, Zone};
pub use summary::summary_text;
pub use summary_stage::{RegionalBy, Summary, SummaryStage, summary_stage};
pub use survival::{
    Figure, IASLC_SURVIVAL, IaslcWithheld, Read, SCLC_ALL_STAGES, SEER_ROWS, SeerRow, SeerWithheld,
    all_figures, iaslc_applies, iaslc_figure, iaslc_for, seer_for,
};
pub use symptoms::{COMMON_SITES, SiteSymptoms, URGENT, Urgent, symptoms};
pub use t::T;
pub use tumor::{derive_t, t_for_size};
