//! Small text helpers shared by the components (no clinical content).

pub use lungstage::{capitalise, cite};
