//! How a widget is embedded: on our own page (standalone or in an iframe), or in a host
//! page's element with options from its `data-` attributes.

use std::rc::Rc;
use std::str::FromStr;

use lungstage::{Edition, Histology};
use yew::prelude::*;

use crate::state::{State, View};

/// Where the widget runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Host {
    /// `index.html` or `embed.html`: the address holds the form (share links), and in an
    /// iframe the widget talks to the parent page.
    #[default]
    Page,
    /// Inside an element of a host page (`lungstage.js`): the address is the host's.
    Inline,
}

/// Light or dark colours; `Auto` follows the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The widget root's `data-theme`: absent for `Auto`.
    pub const fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light | Theme::Dark => Some(self.code()),
        }
    }
}

impl FromStr for Theme {
    type Err = ();

    /// The exact inverse of `code`.
    fn from_str(text: &str) -> Result<Theme, ()> {
        match text {
            "auto" => Ok(Theme::Auto),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            _ => Err(()),
        }
    }
}

/// The widget's props. The default is the standalone page, which the build pre-renders.
#[derive(Debug, Clone, PartialEq, Default, Properties)]
pub struct Options {
    #[prop_or_default]
    pub host: Host,
    #[prop_or_default]
    pub edition: Edition,
    #[prop_or_default]
    pub histology: Histology,
    #[prop_or_default]
    pub view: View,
    #[prop_or_default]
    pub theme: Theme,
    /// The standalone page that Copy link points to; `None`: this page.
    #[prop_or_default]
    pub page: Option<AttrValue>,
    /// What was wrong with the embed's attributes, one line each.
    #[prop_or_default]
    pub notices: Rc<Vec<AttrValue>>,
}

/// Longest part of a rejected value quoted back in a notice.
const QUOTE: usize = 40;

fn quoted(value: &str) -> String {
    match value.char_indices().nth(QUOTE) {
        Some((at, _)) => format!("{}…", &value[..at]),
        None => value.to_owned(),
    }
}

impl Options {
    /// The options of an in-page embed from its `data-` attributes; `get("edition")` reads
    /// `data-edition`. A value that is not allowed keeps the default and adds a notice.
    ///
    /// | attribute | values | default |
    /// |---|---|---|
    /// | `data-edition` | `8`, `9` | `9` |
    /// | `data-histology` | `nsclc`, `sclc`, `carcinoid`, `mesothelioma` | `nsclc` |
    /// | `data-view` | `patient`, `clinician` | `patient` |
    /// | `data-theme` | `light`, `dark`, `auto` | `auto` |
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> Options {
        let mut notices = Vec::new();
        let mut read = |name: &str, allowed: &str, used: &str, parse: &dyn Fn(&str) -> bool| {
            let value = get(name)?;
            if parse(&value) {
                return Some(value);
            }
            notices.push(AttrValue::from(format!(
                "data-{name}=\"{}\" is not one of {allowed}: showing {used}.",
                quoted(&value)
            )));
            None
        };
        let edition = match read("edition", "8, 9", "the 9th edition", &|v| {
            matches!(v, "8" | "9")
        })
        .as_deref()
        {
            Some("8") => Edition::Eighth,
            _ => Edition::Ninth,
        };
        // Exact codes only: the core's reader also takes other spellings.
        let histology = read(
            "histology",
            "nsclc, sclc, carcinoid, mesothelioma",
            "non-small cell lung cancer",
            &|v| v.parse::<Histology>().is_ok_and(|h| h.code() == v),
        )
        .and_then(|v| v.parse().ok())
        .unwrap_or_default();
        let view = read("view", "patient, clinician", "the patient view", &|v| {
            v.parse::<View>().is_ok()
        })
        .and_then(|v| v.parse().ok())
        .unwrap_or_default();
        let theme = read("theme", "light, dark, auto", "the automatic theme", &|v| {
            v.parse::<Theme>().is_ok()
        })
        .and_then(|v| v.parse().ok())
        .unwrap_or_default();
        Options {
            host: Host::Inline,
            edition,
            histology,
            view,
            theme,
            page: None,
            notices: Rc::new(notices),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn options(attributes: &[(&str, &str)]) -> Options {
        Options::from_attributes(|name| {
            attributes
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn valid_attributes_set_the_options() {
        let o = options(&[
            ("edition", "8"),
            ("histology", "sclc"),
            ("view", "clinician"),
            ("theme", "dark"),
        ]);
        assert_eq!(
            (o.host, o.edition, o.histology, o.view, o.theme),
            (
                Host::Inline,
                Edition::Eighth,
                Histology::Sclc,
                View::Clinician,
                Theme::Dark
            )
        );
        assert!(o.notices.is_empty());
        let o = options(&[]);
        assert_eq!(
            (o.edition, o.histology, o.view, o.theme),
            (Edition::Ninth, Histology::Nsclc, View::Patient, Theme::Auto)
        );
        assert!(o.notices.is_empty());
        let s = options(&[("edition", "8"), ("view", "clinician")]).initial_state();
        assert_eq!((s.edition, s.view), (Edition::Eighth, View::Clinician));
        assert!(s.is_blank());
    }

    #[test]
    fn invalid_attributes_keep_the_default_and_say_so() {
        let cases = [
            (
                "edition",
                "7",
                "data-edition=\"7\" is not one of 8, 9: showing the 9th edition.",
            ),
            ("edition", "8th", "data-edition=\"8th\""),
            ("histology", "NSCLC", "data-histology=\"NSCLC\""),
            ("view", "admin", "data-view=\"admin\""),
            ("theme", "", "data-theme=\"\""),
        ];
        for (name, value, notice) in cases {
            let o = options(&[(name, value)]);
            assert_eq!(o.notices.len(), 1, "{name}={value}");
            assert!(o.notices[0].starts_with(notice), "{}", o.notices[0]);
            let d = options(&[]);
            assert_eq!(
                (o.edition, o.histology, o.view, o.theme),
                (d.edition, d.histology, d.view, d.theme)
            );
        }
        let long = "<script>".repeat(100);
        let o = options(&[("view", &long), ("theme", "dark")]);
        assert_eq!(o.theme, Theme::Dark);
        assert!(o.notices[0].chars().count() < 120, "{}", o.notices[0]);
    }

    #[test]
    fn theme_codes_round_trip() {
        for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
            assert_eq!(theme.code().parse::<Theme>(), Ok(theme));
        }
        assert_eq!(Theme::Auto.attribute(), None);
        assert_eq!(Theme::Dark.attribute(), Some("dark"));
        assert!("Dark".parse::<Theme>().is_err());
    }
}
