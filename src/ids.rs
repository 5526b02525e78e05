//! DOM ids unique per widget instance, so several widgets can share one page.

use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

/// The id prefix of one widget instance, shared with its components through a context.
#[derive(Debug, Clone, PartialEq)]
pub struct Ids(AttrValue);

impl Ids {
    /// A fresh prefix: `lungstage1`, `lungstage2`, ...
    pub fn fresh() -> Ids {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        Ids(format!("lungstage{}", COUNT.fetch_add(1, Ordering::Relaxed) + 1).into())
    }

    /// The id of the element called `name` in this instance.
    pub fn id(&self, name: &str) -> AttrValue {
        format!("{}-{name}", self.0).into()
    }
}

/// The ids of the enclosing widget instance.
#[hook]
pub fn use_ids() -> Ids {
    use_context::<Ids>().unwrap_or_else(|| Ids("lungstage0".into()))
}
