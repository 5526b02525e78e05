//! A widget's starting choices: the page's defaults, or an in-page embed's `data-` attributes.

use lungstage::{Edition, Histology};
use yew::prelude::*;

use crate::state::{State, View};

/// The widget's props. The default is the standalone page's, which the build pre-renders.
#[derive(Debug, Clone, Copy, PartialEq, Default, Properties)]
pub struct Options {
    #[prop_or_default]
    pub edition: Edition,
    #[prop_or_default]
    pub histology: Histology,
    #[prop_or_default]
    pub view: View,
}

impl Options {
    /// From the values of an embed's `data-edition`, `data-histology` and `data-view` (empty
    /// when absent). A value that is not allowed keeps the default: `lungstage.js` checks the
    /// attributes first and shows a notice for it.
    pub fn from_codes(edition: &str, histology: &str, view: &str) -> Options {
        Options {
            edition: Edition::ALL
                .into_iter()
                .find(|e| e.number().to_string() == edition)
                .unwrap_or_default(),
            histology: Histology::ALL
                .into_iter()
                .find(|h| h.code() == histology)
                .unwrap_or_default(),
            view: view.parse().unwrap_or_default(),
        }
    }

    /// The form a widget starts with.
    pub fn initial_state(&self) -> State {
        State {
            edition: self.edition,
            histology: self.histology,
            view: self.view,
            ..State::default()
        }
    }
}

/// The colour scheme an embed asks for (`data-theme`, `?theme=`). `lungstage.js` and
/// `frame.js` set it as `data-theme`, which `style/theme.css` reads; the widget never does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    /// The reader's own setting (`prefers-color-scheme`).
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// | theme | code |
    /// | --- | --- |
    /// | Auto | `auto` |
    /// | Light | `light` |
    /// | Dark | `dark` |
    pub const fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_has_its_rules_in_the_stylesheet() {
        let css = include_str!("../style/theme.css");
        for theme in Theme::ALL {
            let selector = format!("[data-theme=\"{}\"]", theme.code());
            assert!(css.contains(&selector), "style/theme.css lacks {selector}");
        }
    }

    #[test]
    fn codes_set_the_options_and_anything_else_keeps_the_default() {
        let o = Options::from_codes("8", "sclc", "clinician");
        assert_eq!(
            (o.edition, o.histology, o.view),
            (Edition::Eighth, Histology::Sclc, View::Clinician)
        );
        assert_eq!(Options::from_codes("", "", ""), Options::default());
        for (e, h, v) in [
            ("7", "NSCLC", "admin"),
            ("8th", "lung", " patient"),
            ("9 ", "x", ""),
        ] {
            let o = Options::from_codes(e, h, v);
            assert_eq!(
                (o.histology, o.view),
                (Histology::Nsclc, View::Patient),
                "{e} {h} {v}"
            );
        }
        assert_eq!(Options::from_codes("7", "", "").edition, Edition::Ninth);
        let s = Options::from_codes("8", "", "clinician").initial_state();
        assert_eq!((s.edition, s.view), (Edition::Eighth, View::Clinician));
        assert!(s.is_blank());
    }
}
