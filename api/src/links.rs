//! Share links for `lungstage.js`: the core reads and checks a link here, in the module loaded
//! after the first paint, so that the widget only needs the canonical form.

use lungstage::{Case, assess, case_from_link, link_fragment, summary_text};

/// Longest reason quoted in the notice about a link that cannot be read.
const REASON_MAX: usize = 160;

/// The values of the widget's own key, `view`.
const VIEWS: [&str; 2] = ["patient", "clinician"];

/// The case and view of a link (with or without `#`), if it reads and stages.
fn read(fragment: &str) -> Result<(Case, &'static str), String> {
    let (case, extra) = case_from_link(fragment).map_err(|e| e.to_string())?;
    let mut view = VIEWS[0];
    for (key, value) in extra {
        view = match key.as_str() {
            "view" => VIEWS
                .into_iter()
                .find(|v| *v == value)
                .ok_or("link.view: must be patient or clinician")?,
            _ => return Err(format!("link.{key}: is not a key of this link format")),
        };
    }
    // A link the widget wrote always stages; one that does not (N2a with the 8th edition) is
    // as unreadable as garbage.
    assess(&case).map_err(|e| format!("link: {e}"))?;
    Ok((case, view))
}

/// The canonical form of a link (what the widget writes), or the one-line notice saying
/// what is wrong with it.
pub fn open_link(fragment: &str) -> Result<String, String> {
    match read(fragment) {
        Ok((case, "patient")) => Ok(link_fragment(&case, &[])),
        Ok((case, view)) => Ok(link_fragment(&case, &[("view", view)])),
        Err(reason) => {
            let reason = match reason.char_indices().nth(REASON_MAX) {
                Some((at, _)) => format!("{}…", &reason[..at]),
                None => reason,
            };
            Err(format!(
                "This link could not be read ({reason}), so the form starts empty."
            ))
        }
    }
}

/// `lungstage::summary_text` of the case in a link, dated `date`.
pub fn summary_of_link(fragment: &str, date: &str) -> Result<String, String> {
    let (case, _) = read(fragment)?;
    let assessment = assess(&case).map_err(|e| e.to_string())?;
    Ok(summary_text(&case, &assessment, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_open_in_their_canonical_form() {
        let cases = [
            (
                "#v=1&edition=9&t=T2a&n=N1&m=M0",
                "v=1&edition=9&histology=nsclc&t=T2a&n=N1&m=M0",
            ),
            (
                "v=1&t=T2a&n=N1&m=M0&view=clinician",
                "v=1&edition=9&histology=nsclc&t=T2a&n=N1&m=M0&view=clinician",
            ),
            (
                "#v=1&t=T2a&view=patient",
                "v=1&edition=9&histology=nsclc&t=T2a",
            ),
            (
                "#v=1&size=3.40&sites=brain%3A2",
                "v=1&edition=9&histology=nsclc&size=3.4&features=&sites=brain:2",
            ),
        ];
        for (link, canonical) in cases {
            assert_eq!(open_link(link).as_deref(), Ok(canonical), "{link}");
            assert_eq!(open_link(canonical).as_deref(), Ok(canonical));
        }
    }

    #[test]
    fn unreadable_links_say_which_key_in_one_line() {
        let cases = [
            ("#garbage", "link.v"),
            ("#v=2&t=T1a", "link.v"),
            ("#v=1&t=T9", "link.t"),
            ("#v=1&size=400", "tumor.size_cm"),
            ("#v=1&t=T1a&view=admin", "link.view"),
            ("#v=1&t=T1a&theme=dark", "link.theme"),
            ("#v=1&t=T1a&t=T1a", "link.t"),
            ("#v=1&n=N2a&edition=8", "N2a"),
        ];
        for (link, key) in cases {
            let notice = open_link(link).unwrap_err();
            assert!(notice.contains(key), "{link}: {notice}");
            assert!(notice.starts_with("This link could not be read ("));
            assert!(!notice.contains('\n'));
        }
        let huge = format!("#v=1&{}=1", "k".repeat(1000));
        let notice = open_link(&huge).unwrap_err();
        assert!(notice.chars().count() < 250, "{notice}");
    }

    #[test]
    fn the_summary_of_a_link() {
        let text = summary_of_link(
            "v=1&edition=9&histology=nsclc&t=T2a&n=N1&m=M0",
            "2025-11-26",
        )
        .unwrap();
        assert!(text.starts_with("Stage IIB\nTNM: T2a N1 M0 (9th edition"));
        assert!(text.contains("Staged on 2025-11-26"));
        assert!(summary_of_link("v=9", "2025-11-26").is_err());
    }
}
