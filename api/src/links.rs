//! Share links for `lungstage.js`: the core reads and checks a link here, in the module loaded
//! after the first paint, so that the widget needs no link reader: it gets the case read here
//! as numbers (`case_numbers`, `lungstage::handover`).

use lungstage::messages::{Msg, text};
use lungstage::{
    Assessment, At, Case, Cause, Entered, LinkKey, StatedAssessment, View, assess, assess_stated,
    handover, handover_stage, link_fragment, read_link, stated_fragment, stated_summary_text,
    summary_text,
};

/// Why a link was not opened, twice: `notice`, in plain words for the reader of the page
/// (no field codes: a link is anyone's to write, and the notice is shown and read aloud on a
/// medical page, so it never repeats the link's own text either), and `detail`, the part at
/// fault by its code (`link.t`, `tumor.size_cm`), for the console and the JavaScript API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub notice: String,
    pub detail: String,
}

/// The part of a link at `at`, in plain words.
fn plain(at: At) -> Msg {
    use LinkKey as K;
    match at {
        At::LinkKey(key) => match key {
            K::Version => Msg::ApiLinkVersion,
            K::Edition => Msg::ApiLinkEdition,
            K::Histology => Msg::ApiLinkHistology,
            K::Subtype => Msg::ApiLinkSubtype,
            K::Class => Msg::ApiLinkClass,
            K::T => Msg::ApiLinkT,
            K::Size => Msg::ApiLinkSize,
            K::Total => Msg::ApiLinkTotal,
            K::Psum | K::Fmax => Msg::ApiLinkThickness,
            K::Features | K::InSitu | K::Mia | K::Occult => Msg::ApiLinkTumour,
            K::N => Msg::ApiLinkN,
            K::Side => Msg::ApiLinkSide,
            K::Stations => Msg::ApiLinkStations,
            K::M => Msg::ApiLinkM,
            K::Sites => Msg::ApiLinkSites,
            K::Stage => Msg::ApiLinkStage,
            K::Extent => Msg::ApiLinkExtent,
            K::View => Msg::ApiLinkView,
            K::Lang => Msg::ApiLinkLang,
        },
        At::LinkField(path) => match path.to_string().split(['.', '[']).next() {
            Some("tumor") => Msg::ApiLinkTumour,
            Some("nodes") => Msg::ApiLinkNodes,
            Some("metastases") => Msg::ApiLinkSites,
            _ => Msg::ApiLinkPart,
        },
        _ => Msg::ApiLinkFormat,
    }
}

/// Why a link was not opened: it comes from a newer LungStage, or a part of it is at fault.
enum Unread {
    Newer,
    Fault {
        at: At,
        detail: String,
    },
    /// It reads, but its case does not stage: the cause's words, which name categories only.
    NoStage {
        cause: String,
        detail: String,
    },
}

/// What a link opens, staged: a case with its assessment, or a stated stage with what
/// follows from it.
enum Opened {
    Case(Box<(Case, Assessment)>),
    Stage(Box<StatedAssessment>),
}

/// What a link (with or without `#`) opens, and its view, if it reads and stages.
fn read(fragment: &str) -> Result<(Opened, View), Unread> {
    let (entered, extra) = read_link(fragment).map_err(|e| match e.cause {
        Cause::NewerLink { .. } => Unread::Newer,
        _ => Unread::Fault {
            at: e.at,
            detail: match e.at {
                At::Link | At::LinkKey(_) | At::LinkField(_) => e.at.to_string(),
                _ => "link".to_owned(),
            },
        },
    })?;
    let mut view = View::default();
    // Keys the format does not have (`utm_source`, `fbclid` and the like) are left out
    // quietly: the case is restored, and the canonical link drops them.
    for (key, value) in extra {
        if key == LinkKey::View.code() {
            view = value.parse().map_err(|()| {
                let codes: Vec<&str> = View::ALL.into_iter().map(View::code).collect();
                Unread::Fault {
                    at: At::LinkKey(LinkKey::View),
                    detail: text(Msg::MachineLinkView, &[&codes.join(" or ")]),
                }
            })?;
        }
    }
    // A link the widget wrote always stages; one that does not (N3 with mesothelioma) is as
    // unreadable as garbage. The staging messages quote only canonical codes.
    let no_stage = |e: lungstage::Error| Unread::NoStage {
        cause: e.cause.to_string(),
        detail: text(Msg::MachineLinkNoStage, &[&e]),
    };
    let opened = match entered {
        Entered::Case(case) => {
            let assessment = assess(&case).map_err(no_stage)?;
            Opened::Case(Box::new((case, assessment)))
        }
        Entered::Stage(stage) => Opened::Stage(Box::new(assess_stated(&stage).map_err(no_stage)?)),
    };
    Ok((opened, view))
}

impl From<Unread> for Unreadable {
    fn from(why: Unread) -> Unreadable {
        let (notice, detail) = match why {
            Unread::Newer => (
                text(Msg::ApiLinkNewer, &[]),
                text(Msg::MachineLinkNewer, &[]),
            ),
            Unread::Fault { at, detail } => {
                let part = text(plain(at), &[]);
                (text(Msg::ApiLinkFault, &[&part]), detail)
            }
            Unread::NoStage { cause, detail } => (text(Msg::ApiLinkNoStage, &[&cause]), detail),
        };
        Unreadable { notice, detail }
    }
}

/// The canonical form of a link (what the widget writes), or why it cannot be opened.
pub fn open_link(fragment: &str) -> Result<String, Unreadable> {
    let (opened, view) = read(fragment).map_err(Unreadable::from)?;
    let view = [(LinkKey::View.code(), view.code())];
    let extra: &[(&str, &str)] = match view[0].1 == View::Patient.code() {
        true => &[],
        false => &view,
    };
    Ok(match opened {
        Opened::Case(opened) => link_fragment(&opened.0, extra),
        Opened::Stage(s) => stated_fragment(&s.stated, extra),
    })
}

/// What the widget opens for a link, as numbers (`lungstage::from_handover`): its case or its
/// stated stage, and its view; or why it cannot be opened, as [`open_link`] says it.
pub fn case_numbers(fragment: &str) -> Result<Vec<f64>, Unreadable> {
    let (opened, view) = read(fragment).map_err(Unreadable::from)?;
    Ok(match opened {
        Opened::Case(opened) => handover(&opened.0, view),
        Opened::Stage(s) => handover_stage(&s.stated, view),
    })
}

/// What a link the widget wrote opens, or the part of it at fault.
fn staged(fragment: &str) -> Result<Opened, String> {
    read(fragment)
        .map(|(opened, _)| opened)
        .map_err(|e| Unreadable::from(e).detail)
}

/// `lungstage::summary_text` of the case in a link, or `stated_summary_text` of its stated
/// stage, dated `date`.
pub fn summary_of_link(fragment: &str, date: &str) -> Result<String, String> {
    Ok(match staged(fragment)? {
        Opened::Case(opened) => summary_text(&opened.0, &opened.1, date),
        Opened::Stage(s) => stated_summary_text(&s, date),
    })
}

/// What the record button gives for a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// The FHIR R4 mCODE bundle (`docs/fhir.md`) of the case, as JSON text.
    Bundle(String),
    /// A stated stage has no T, N and M to record: the line that says so
    /// ([`not_a_record`]).
    NotARecord(String),
}

/// The line the share bar shows for a stated stage's record button, in the installed
/// language.
pub fn not_a_record() -> String {
    text(Msg::ApiNotARecord, &[])
}

/// The record of the case in a link.
pub fn record_of_link(fragment: &str) -> Result<Record, String> {
    Ok(match staged(fragment)? {
        Opened::Case(opened) => {
            Record::Bundle(lungstage::export::fhir::bundle(&opened.1.staging).to_string())
        }
        Opened::Stage(_) => Record::NotARecord(not_a_record()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_open_in_their_canonical_form() {
        let cases = [
            (
                "#v=1&edition=9&t=T2a&n=N1&m=M0",
                "v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0",
            ),
            (
                "v=1&t=T2a&n=N1&m=M0&view=clinician",
                "v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0&view=clinician",
            ),
            (
                "#v=1&t=T2a&view=patient",
                "v=2&edition=9&histology=nsclc&t=T2a",
            ),
            (
                "#v=1&size=3.40&sites=brain%3A2",
                "v=2&edition=9&histology=nsclc&size=3.4&features=&sites=brain:2",
            ),
            // A bare site is "count not known" in every version; `many` is version 2.
            (
                "#v=1&size=3.4&sites=bone",
                "v=2&edition=9&histology=nsclc&size=3.4&features=&sites=bone",
            ),
            (
                "#v=2&size=3.4&sites=bone:many",
                "v=2&edition=9&histology=nsclc&size=3.4&features=&sites=bone:many",
            ),
            // A 9th-edition category with the 8th edition stays as entered (staged as N2).
            (
                "#v=1&n=N2a&edition=8",
                "v=2&edition=8&histology=nsclc&n=N2a",
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
            ("#v=1.5&t=T1a", "link.v"),
            ("#v=1&t=T9", "link.t"),
            ("#v=1&size=400", "tumor.size_cm"),
            ("#v=1&t=T1a&view=admin", "link.view"),
            ("#v=1&t=T1a&t=T1a", "link.t"),
            ("#v=1&n=N3&histology=mesothelioma", "N3"),
        ];
        for (link, key) in cases {
            let Unreadable { notice, detail } = open_link(link).unwrap_err();
            // The code of the part at fault goes to the console; the reader gets plain words.
            assert!(detail.contains(key), "{link}: {detail}");
            assert!(
                notice.starts_with("This link could not be read: its "),
                "{notice}"
            );
            assert!(
                !notice.contains("link.") && !notice.contains("_cm"),
                "{notice}"
            );
            assert!(!notice.contains('\n'));
        }
        let key = "k".repeat(1000);
        let huge = format!("#v=1&{key}=1&{key}=2");
        let Unreadable { notice, detail } = open_link(&huge).unwrap_err();
        assert!(notice.chars().count() < 250, "{notice}");
        assert!(detail.chars().count() < 250, "{detail}");
        // A link is anyone's to write: its own text never reaches the page.
        for link in [
            "#v=1&t=Your%20biopsy%20shows%20stage%20IV%2C%20call%20555-0100",
            "#v=1&sites=brain:1,Call%20Dr%20X",
            "#v=1&call_dr_x=1&call_dr_x=2",
            "#v=2%20call%20Dr%20X",
        ] {
            let Unreadable { notice, detail } = open_link(link).unwrap_err();
            for text in [notice, detail] {
                assert!(
                    !text.to_lowercase().contains("call") && !text.contains("555"),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn keys_the_format_does_not_have_are_left_out_and_newer_links_say_so() {
        assert_eq!(
            open_link("#v=2&t=T2a&n=N1&m=M0&utm_source=news&fbclid=abc").as_deref(),
            Ok("v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0")
        );
        assert_eq!(
            open_link("#v=1&Call_Dr_X=1").as_deref(),
            Ok("v=2&edition=9&histology=nsclc")
        );
        let notice = open_link("#v=4&t=T2a").unwrap_err().notice;
        assert!(notice.contains("newer version of LungStage"), "{notice}");
    }

    #[test]
    fn a_stated_stage_opens_and_says_what_depends_on_t_and_n() {
        for (link, canonical) in [
            (
                "#v=3&edition=9&histology=nsclc&class=c&stage=IIIA",
                "v=3&edition=9&histology=nsclc&class=c&stage=IIIA",
            ),
            (
                "#v=3&stage=iiia&view=clinician",
                "v=3&edition=9&histology=nsclc&class=c&stage=IIIA&view=clinician",
            ),
            (
                "v=3&histology=sclc&extent=limited",
                "v=3&edition=9&histology=sclc&class=c&extent=limited",
            ),
        ] {
            assert_eq!(open_link(link).as_deref(), Ok(canonical), "{link}");
        }
        let text = summary_of_link("v=3&edition=9&class=c&stage=IIIA", "2025-11-26").unwrap();
        assert!(text.starts_with("Stage IIIA, as stated"), "{text}");
        assert!(
            text.contains("The usual treatment depends on the N category"),
            "{text}"
        );
        assert_eq!(
            record_of_link("v=3&stage=IIIA"),
            Ok(Record::NotARecord(
                "Nothing was downloaded: a record needs T, N and M, which a stage on its own does not give."
                    .to_owned()
            ))
        );
        for (link, part) in [
            ("#v=3&stage=IIID", "its stage "),
            ("#v=3&stage=IIIA&t=T2a", "its stage "),
            ("#v=3&extent=limited", "its small cell extent "),
        ] {
            let Unreadable { notice, detail } = open_link(link).unwrap_err();
            assert!(notice.contains(part), "{link}: {notice}");
            assert!(detail.starts_with("link."), "{link}: {detail}");
        }
    }

    #[test]
    fn notices_and_summaries_follow_the_language_asked_for() {
        let (notice, summary) = lungstage::messages::in_language("es", || {
            (
                open_link("#v=1&size=400").unwrap_err(),
                summary_of_link(
                    "v=1&edition=9&histology=nsclc&t=T2a&n=N1&m=M0",
                    "2025-11-26",
                )
                .unwrap(),
            )
        })
        .unwrap();
        assert!(
            notice.notice.starts_with("No se pudo leer este enlace"),
            "{notice:?}"
        );
        assert!(
            notice.notice.contains("(los hallazgos del tumor)"),
            "{notice:?}"
        );
        assert!(notice.detail.contains("tumor.size_cm"), "{notice:?}");
        assert!(
            summary.contains("Estadificado el 2025-11-26 con LungStage."),
            "{summary}"
        );
    }

    #[test]
    fn the_summary_of_a_link() {
        let text = summary_of_link(
            "v=1&edition=9&histology=nsclc&t=T2a&n=N1&m=M0",
            "2025-11-26",
        )
        .unwrap();
        assert!(text.starts_with("Stage IIB\nTNM: cT2a cN1 cM0, clinical stage IIB (9th edition"));
        assert!(text.contains("Staged on 2025-11-26"));
        assert!(summary_of_link("v=9", "2025-11-26").is_err());
    }
}
