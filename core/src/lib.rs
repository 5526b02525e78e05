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

#![warn(missing_docs)]

// The core in layers, from the ground up: the vocabulary of categories and numbers; the
// sourced reference content; a case as entered (descriptor, written form, link); the rules;
// the renderers of a result. The typed errors (`input::error`) are shared by every layer, and
// the messages layer writes their words. Start at `assess`, `Case` and `Staging`.
#[cfg(feature = "fhir")]
pub mod export;
mod input;
/// Every sentence's words: the messages layer (`docs/messages.md`).
pub mod messages;
mod reference;
mod render;
mod rules;
mod vocabulary;

pub use reference::deferred;
pub use reference::definitions::{definition, definition_source};

pub use input::case::{
    Case, InSitu, Lesions, MAX_LESIONS, MAX_SIZE_CM, MetastasisFindings, MetastasisInput,
    NodeFindings, NodeInput, SiteFinding, TumorFindings, TumorInput,
};
pub use input::error::{
    At, Cause, Conflict, Error, Excerpt, FieldPath, LinkFault, Needs, Range, StatedFault,
    WrittenFault,
};
pub use input::handover::{from_handover, handover, handover_stage};
pub use input::link::{LINK_VERSION, LinkKey, View, case_from_link, link_fragment};
pub use input::notation::{Tnm, Written};
pub use input::size_text::parse_size_text;
pub use input::stated::{Entered, StatedStage, entered_fragment, read_link, stated_fragment};
pub use reference::guide::{
    Text, Treatment, TreatmentWithheld, meaning, meaning_sources, treatment, treatment_for,
    treatment_notes, treatment_withheld,
};
pub use reference::notes::NoteId;
pub use reference::source::{
    Area, CITATION_CHECKS, CitationRead, FullSource, LAST_REVIEWED, Source, SourceId, cite,
};
pub use reference::survival::{
    Figure, IASLC_SURVIVAL, IaslcWithheld, Read, SCLC_ALL_STAGES, SEER_ROWS, SeerRow, SeerWithheld,
    iaslc_for, seer_for,
};
pub use reference::symptoms::{COMMON_SITES, SiteSymptoms, URGENT, Urgent, symptoms};
pub use render::lines::{
    and_list, or_list, other_edition_line, stated_head, stated_other_edition_line, tnm_line,
};
pub use render::report::{
    DISCLAIMER, all_notes, iaslc_caveat, report, stage_json, survival_caveat, written_report,
};
pub use render::stated::{
    DEPENDS_ON_TNM, StatedPart, stated_depends, stated_report, stated_summary_text,
};
pub use render::summary::summary_text;
pub use rules::assessment::{
    Assessment, Awaiting, Change, ChangeKind, Staging, assess, assess_editions, edition_changes,
    stage,
};
pub use rules::classification::{StagePrefixes, stage_prefixes};
pub use rules::grouping::{Decider, Grouping, NoGroup, Rule, decider, group};
pub(crate) use rules::metastases::derive_m;
pub(crate) use rules::nodes::derive_n;
pub use rules::pleural_t::{
    FMAX_MAX_MM, MAX_THICKNESS_MM, PSUM_T2_MAX_MM, PSUM_THIN_MAX_MM, cm_to_mm, mm_to_cm,
};
pub use rules::reason::{
    Category, Derived, ENTERED_DIRECTLY, Note, NoteText, Reason, ReasonText, Worded,
};
pub use rules::sclc::{Extent, SclcExtent, sclc_extent};
pub use rules::stated::{Agreed, Axes, StatedAssessment, StatedCell, assess_stated, stated_groups};
pub use rules::summary_stage::{RegionalBy, Summary, SummaryStage, summary_stage};
pub use rules::tumor::derive_t;
pub use vocabulary::edition::Edition;
pub use vocabulary::feature::{
    ExtensionLevel, Feature, FeatureKind, LungFeature, Meso9Role, MesoFeature,
};
pub use vocabulary::histology::{Histology, Subtype};
pub use vocabulary::m::M;
pub use vocabulary::n::N;
pub use vocabulary::number::{decimal, parse_decimal};
pub use vocabulary::prefix::{Classified, Prefix};
pub use vocabulary::scheme::Scheme;
pub use vocabulary::site::Site;
pub use vocabulary::stage_group::{NOT_DEFINED, StageGroup};
pub use vocabulary::station::{Involvement, Side, Station, Zone};
pub use vocabulary::t::T;
pub use vocabulary::text::capitalise;
