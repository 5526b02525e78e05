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

mod codes;
mod edition;
mod error;
mod grouping;
mod histology;
mod m;
mod n;
mod prefix;
mod reason;
mod scheme;
mod source;
mod stage_group;
mod t;

pub use edition::Edition;
pub use error::Error;
pub use grouping::{Grouping, group};
pub use histology::Histology;
pub use m::M;
pub use n::N;
pub use prefix::{Classified, Prefix};
pub use reason::{Note, Reason};
pub use scheme::Scheme;
pub use source::{LAST_REVIEWED, Source, SourceId};
pub use stage_group::StageGroup;
pub use t::T;
