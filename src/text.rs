//! Small text helpers shared by the components (no clinical content), and the words of the
//! first render: every label, hint and button is a message of `core/messages/words/`, in the
//! page's language.

use std::fmt::Display;

pub use lungstage::messages::Msg;
pub use lungstage::{capitalise, cite};

/// A word of the first render (`core/messages/words/`), in the page's language.
pub fn say(msg: Msg) -> String {
    lungstage::messages::text(msg, &[])
}

/// A word of the first render with its values, in the order the message names them.
pub fn say_with(msg: Msg, args: &[&dyn Display]) -> String {
    lungstage::messages::text(msg, args)
}
