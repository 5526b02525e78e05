//! DOM ids unique per widget instance, so several widgets can share one page.

use std::cell::Cell;

use yew::prelude::*;

/// The id prefix of one widget instance, shared with its components through a context.
#[derive(Debug, Clone, PartialEq)]
pub struct Ids(AttrValue);

impl Ids {
    /// A fresh prefix: `lungstage1`, `lungstage2`, ..., counted per thread. The pre-render
    /// renders each page on a thread of its own, so that a page's ids are those its live
    /// widget, the first on the page, gives the same controls.
    pub fn fresh() -> Ids {
        thread_local! {
            static COUNT: Cell<usize> = const { Cell::new(0) };
        }
        let n = COUNT.with(|c| {
            c.set(c.get() + 1);
            c.get()
        });
        Ids(format!("lungstage{n}").into())
    }

    /// The ids of the widget whose prefix is `prefix` (a rendered one's, read from the page),
    /// without counting a new widget.
    pub fn with_prefix(prefix: &str) -> Ids {
        Ids(prefix.to_owned().into())
    }

    /// The id of the element called `name` in this instance.
    pub fn id(&self, name: &str) -> AttrValue {
        format!("{}-{name}", self.0).into()
    }

    /// The name of the element whose id in this instance is `id`: the inverse of [`Ids::id`].
    pub fn name_of<'a>(&self, id: &'a str) -> Option<&'a str> {
        id.strip_prefix(self.0.as_str())?.strip_prefix('-')
    }
}

/// The ids of the enclosing widget instance.
#[hook]
pub fn use_ids() -> Ids {
    use_context::<Ids>().unwrap_or_else(|| Ids("lungstage0".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_read_back_from_its_id_in_its_own_instance_only() {
        let (one, two) = (Ids("lungstage1".into()), Ids("lungstage12".into()));
        assert_eq!(one.name_of(&one.id("station-4R")), Some("station-4R"));
        assert_eq!(one.name_of(&two.id("size")), None);
        assert_eq!(two.name_of(&one.id("size")), None);
        assert_eq!(one.name_of("lungstage1"), None);
    }

    #[test]
    fn each_thread_counts_its_own_widgets_from_the_first() {
        let first = || Ids::fresh().id("size").to_string();
        assert_eq!(
            std::thread::spawn(first).join().ok(),
            std::thread::spawn(first).join().ok()
        );
    }
}
