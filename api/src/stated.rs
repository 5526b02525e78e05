//! The result of a stage from a report, as the widget's result panel shows it: written here,
//! in the module loaded after the first paint, so that the widget's first load carries only
//! the stage's questions. `lungstage.js` puts it in the panel's `[data-slot="stated"]`. It
//! reads the core's one typed result (`assess_stated`) and the widget's own texts and class
//! names, so that it reads as the rest of the result does.

use std::fmt::Write as _;

use lungstage::deferred::{self, survival};
use lungstage::messages::Msg;
use lungstage::{
    Agreed, COMMON_SITES, Edition, Entered, Histology, IaslcWithheld, LinkKey, SCLC_ALL_STAGES,
    SeerWithheld, Site, SourceId, StageGroup, StatedAssessment, StatedPart, Treatment, URGENT,
    View, assess_stated, capitalise, cite, meaning_sources, read_link, stated_depends, symptoms,
};
use serde_json::Value;

/// The widget's long texts, by the keys it looks them up by (`lungstage::deferred`), in the
/// installed language.
fn texts() -> &'static Value {
    static NONE: Value = Value::Null;
    deferred::translation::texts_in(lungstage::messages::language())
        .or_else(|| deferred::translation::texts_in("en"))
        .unwrap_or(&NONE)
}

/// `msg` with its values, in the installed language.
fn say(msg: Msg, args: &[&dyn std::fmt::Display]) -> String {
    lungstage::messages::text(msg, args)
}

/// The text at `key`, or nothing.
fn text(key: &str) -> &'static str {
    texts()[key].as_str().unwrap_or_default()
}

/// `s` with `&`, `<`, `>` and `"` escaped for HTML.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The stage in large type, its context, its meaning and the other edition.
fn headline(s: &StatedAssessment, depends: &[(StatedPart, String)], out: &mut String) {
    let st = &s.stated;
    let edition = s.scheme.edition();
    out.push_str(r#"<div class="stage-headline" data-testid="stage-headline"><p class="stage-headline-line">"#);
    match st.group.filter(|g| *g != StageGroup::Occult) {
        Some(g) => {
            let _ = write!(
                out,
                r#"<span class="stage-headline-caption">{}</span><span class="stage-headline-code" data-testid="stage">{}</span>"#,
                esc(&say(Msg::ApiStatedCaption, &[])),
                g.code()
            );
        }
        None => {
            let title = s.title();
            let (word, rest) = title.split_once(' ').unwrap_or((&title, ""));
            let _ = write!(
                out,
                r#"<span class="stage-headline-code is-occult" data-testid="stage">{}</span><span class="stage-headline-caption">{}</span>"#,
                esc(word),
                esc(rest)
            );
        }
    }
    let context = say(
        Msg::ApiStatedContext,
        &[
            &capitalise(&st.histology.name()),
            &edition.name(),
            &s.stage_label(),
        ],
    );
    let _ = write!(
        out,
        r#"</p><p class="stage-headline-context" data-testid="stated">{}</p>"#,
        esc(&context)
    );
    if let (Some(g), Some(m)) = (st.group, s.meaning()) {
        let _ = write!(
            out,
            r#"<p class="stage-headline-meaning" data-testid="stage-meaning"><strong>{}: </strong>{}<span class="stage-headline-source"> ({})</span></p>"#,
            esc(&g.name()),
            esc(deferred::local_meaning(m, st.histology, edition, g).text),
            esc(&cite(
                meaning_sources(st.histology, edition, g).unwrap_or_default()
            ))
        );
    }
    let _ = write!(
        out,
        r#"<p class="stage-headline-other" data-testid="stated-covers">{}</p>"#,
        esc(&say(Msg::ApiStatedCovers, &[]))
    );
    let other = match (&s.other_edition, st.group) {
        (Some(Agreed::Every(g)), Some(stated)) if *g != stated => Some(say(
            Msg::ApiStatedOtherEdition,
            &[&edition.other().name(), &g.code()],
        )),
        _ => line(depends, StatedPart::OtherEdition),
    };
    if let Some(other) = other {
        let _ = write!(
            out,
            r#"<p class="stage-headline-other" data-testid="stated-other-edition">{}</p>"#,
            esc(&other)
        );
    }
    for note in &s.notes {
        let _ = write!(
            out,
            r#"<p class="stage-headline-other">{} ({})</p>"#,
            esc(&note.text.to_string()),
            esc(note.source.source().short)
        );
    }
    out.push_str("</div>");
}

/// The sentence on what `part` depends on, where the cases of the stage differ in it.
fn line(depends: &[(StatedPart, String)], part: StatedPart) -> Option<String> {
    depends
        .iter()
        .find(|(p, _)| *p == part)
        .map(|(_, l)| l.clone())
}

/// Small cell: limited or extensive, where every case of the stage is the same.
fn extent(s: &StatedAssessment, out: &mut String) {
    let (Some(Agreed::Every(e)), Some(caveat)) = (&s.extent, s.extent_caveat()) else {
        return;
    };
    let label = match e {
        lungstage::Extent::Extensive => say(Msg::ApiOptionExtensive, &[]),
        lungstage::Extent::Limited | lungstage::Extent::Undetermined => {
            say(Msg::ApiOptionLimited, &[])
        }
    };
    let _ = write!(
        out,
        r#"<section class="sclc-extent" data-testid="sclc-extent"><h3 class="sclc-extent-title">{}</h3><p class="sclc-extent-value" data-testid="sclc-extent-value">{}</p><p class="sclc-extent-caveat">{}<span class="sclc-extent-source"> ({})</span></p></section>"#,
        esc(&say(Msg::ApiStatedExtentTitle, &[])),
        esc(&label),
        esc(&caveat.text.to_string()),
        esc(caveat.source.source().short)
    );
}

/// One site's typical symptoms, as the widget lists them.
fn site(site: Site, out: &mut String) {
    let Some(s) = symptoms(site) else {
        return;
    };
    let _ = write!(
        out,
        r#"<div class="symptoms-panel-site" data-testid="symptoms-{}"><h4>{}</h4>"#,
        site.code(),
        esc(&capitalise(&site.name()))
    );
    if let Some(lead) = s.lead() {
        let lead = deferred::local(&deferred::symptoms_lead(site), lead);
        let _ = write!(out, "<p>{}</p>", esc(lead));
    }
    out.push_str("<ul>");
    for item in deferred::local_list(&deferred::symptoms_list(site), s.list()) {
        let _ = write!(out, "<li>{}</li>", esc(&capitalise(item)));
    }
    let _ = write!(
        out,
        r#"</ul><p class="symptoms-panel-source">{}</p></div>"#,
        esc(&say(Msg::ApiStatedSources, &[&cite(s.sources)]))
    );
}

/// What to watch for: the urgent-help box, and for lung cancers where they most often spread.
/// A stage alone gives no sites of spread.
fn watch(histology: Histology, out: &mut String) {
    let mut sources: Vec<SourceId> = Vec::new();
    for id in URGENT.iter().flat_map(|u| u.sources.iter().copied()) {
        if !sources.contains(&id) {
            sources.push(id);
        }
    }
    let _ = write!(
        out,
        r#"<section class="symptoms-panel" data-testid="symptoms-panel"><h3 class="symptoms-panel-title">{}</h3><div class="symptoms-panel-urgent" data-testid="urgent-help" role="note"><h4>{}</h4><p>{}</p><ul>"#,
        esc(&say(Msg::ApiStatedSymptomsTitle, &[])),
        esc(&say(Msg::ApiStatedUrgentTitle, &[])),
        esc(&say(Msg::ApiStatedUrgentLead, &[]))
    );
    for u in URGENT {
        let _ = write!(out, "<li>{}</li>", esc(&capitalise(&u.sign.to_string())));
    }
    let _ = write!(
        out,
        r#"</ul><p class="symptoms-panel-source">{}</p></div><p class="symptoms-panel-source">{}</p><p>{}</p>"#,
        esc(&say(Msg::ApiStatedSources, &[&cite(&sources)])),
        esc(text(deferred::CHECKED_SYMPTOMS)),
        esc(&say(Msg::ApiStatedNoSites, &[]))
    );
    if histology.is_lung() {
        let _ = write!(
            out,
            r#"<details class="symptoms-panel-common"><summary>{}</summary>"#,
            esc(&say(Msg::ApiStatedCommonSites, &[]))
        );
        for s in COMMON_SITES {
            site(s, out);
        }
        out.push_str("</details>");
    }
    out.push_str("</section>");
}

/// The usual treatment, where every case of the stage has the same texts, in the view's
/// words; else what it depends on.
fn treatment(s: &StatedAssessment, depends: &[(StatedPart, String)], view: View, out: &mut String) {
    let _ = write!(
        out,
        r#"<section class="treatment-panel" data-testid="treatment-panel"><h3 class="treatment-panel-title">{}</h3>"#,
        esc(&say(Msg::ApiStatedTreatmentTitle, &[]))
    );
    let not_a_plan = say(Msg::ApiStatedNotAPlan, &[]);
    match (&s.treatment, &s.treatment_notes) {
        (Agreed::Every(Some(main)), Agreed::Every(notes)) => {
            let list: Vec<Treatment> = std::iter::once(*main)
                .chain(notes.iter().copied())
                .collect();
            for t in list {
                let _ = write!(
                    out,
                    r#"<p>{}<span class="treatment-panel-source">{}</span></p>"#,
                    esc(text(&deferred::treatment(t, view))),
                    esc(&say(Msg::ApiStatedTreatmentSource, &[&cite(t.sources())]))
                );
            }
            let _ = write!(
                out,
                r#"<p class="treatment-panel-source">{}</p><p class="treatment-panel-source">{}</p>"#,
                esc(&not_a_plan),
                esc(text(deferred::CHECKED_TREATMENT))
            );
        }
        (Agreed::Every(None), _) => {
            let _ = write!(
                out,
                r#"<p data-testid="treatment-none">{}</p>"#,
                esc(&say(
                    Msg::ApiStatedTreatmentNone,
                    &[&s.stated.histology.name()]
                ))
            );
        }
        _ => {
            let _ = write!(
                out,
                r#"<p data-testid="treatment-depends">{}</p><p class="treatment-panel-source">{}</p>"#,
                esc(&say(
                    Msg::ApiStatedTreatmentDepends,
                    &[&line(depends, StatedPart::Treatment).unwrap_or_default()]
                )),
                esc(&not_a_plan)
            );
        }
    }
    out.push_str("</section>");
}

/// The survival figures every case of the stage shares; in the patient view behind a
/// disclosure, as the widget keeps them behind a button.
fn figures(s: &StatedAssessment, depends: &[(StatedPart, String)], view: View, out: &mut String) {
    let st = &s.stated;
    let group = st.group.map_or("", StageGroup::code);
    let seer = match &s.seer {
        Agreed::Every(Ok(row)) => say(
            Msg::ApiStatedSeerRow,
            &[&row.stage.name(), &row.survival.sentence()],
        ),
        Agreed::Every(Err(SeerWithheld::Histology)) => {
            survival::sentence(survival::seer_histology(st.histology), &[])
        }
        Agreed::Every(Err(SeerWithheld::DistantWithoutMetastasis)) => {
            // The reason SEER counts the stage distant, where its cases give the same words.
            let first = s
                .cells
                .first()
                .map(|c| &c.assessment.staging.summary.reason);
            let same = s
                .cells
                .iter()
                .all(|c| Some(&c.assessment.staging.summary.reason) == first);
            match (same, first) {
                (true, Some(reason)) => {
                    survival::sentence(survival::SEER_DISTANT_M0, &[&reason.to_string(), group])
                }
                _ => line(depends, StatedPart::Seer).unwrap_or_default(),
            }
        }
        // A stated stage is clinical or pathological, so at diagnosis; kept for the match.
        Agreed::Every(Err(SeerWithheld::Classification)) => survival::sentence(
            survival::SEER_NOT_AT_DIAGNOSIS,
            &[&st.classification.name()],
        ),
        Agreed::Every(Err(SeerWithheld::NoRow)) => survival::sentence(
            survival::SEER_NO_ROW,
            &[&s.summary
                .every()
                .map_or_else(|| say(Msg::ApiStatedUnknown, &[]), |x| x.name().to_owned())],
        ),
        Agreed::Depends { .. } => line(depends, StatedPart::Seer).unwrap_or_default(),
    };
    let iaslc = match &s.iaslc {
        Agreed::Every(Ok((g, f))) => survival::sentence(
            match s.scheme.edition() {
                Edition::Ninth => survival::IASLC_EIGHTH_OF_NINTH,
                Edition::Eighth => survival::IASLC_CASE,
            },
            &[g.code(), &f.label()],
        ),
        Agreed::Every(Err(IaslcWithheld::Histology)) => {
            survival::sentence(survival::IASLC_HISTOLOGY, &[&st.histology.name()])
        }
        Agreed::Every(Err(IaslcWithheld::NotClinical)) => {
            survival::sentence(survival::IASLC_NOT_CLINICAL, &[&st.classification.name()])
        }
        Agreed::Every(Err(IaslcWithheld::NotVerified)) => {
            survival::sentence(survival::IASLC_NOT_VERIFIED, &[])
        }
        Agreed::Every(Err(IaslcWithheld::NoGroup)) => {
            survival::sentence(survival::IASLC_NO_GROUP, &[])
        }
        Agreed::Depends { .. } => line(depends, StatedPart::Iaslc).unwrap_or_default(),
    };
    let by_seer = match &s.summary {
        Agreed::Every(x) => say(Msg::ApiStatedBySeerStage, &[&x.name()]),
        Agreed::Depends { .. } => say(Msg::ApiStatedBySeer, &[]),
    };
    let _ = write!(
        out,
        r#"<section class="survival-panel" data-testid="survival-panel"><h3 class="survival-panel-title">{}</h3>"#,
        esc(&say(Msg::ApiStatedSurvivalTitle, &[]))
    );
    let patient = view == View::Patient;
    if patient {
        let _ = write!(
            out,
            r#"<details class="survival-panel-details"><summary>{}</summary>"#,
            esc(&say(Msg::ApiStatedSurvivalShow, &[]))
        );
    }
    let _ = write!(
        out,
        r#"<div class="survival-panel-body"><p class="survival-panel-caveat" data-testid="survival-caveat">{} {}</p><h4>{}</h4><p data-testid="seer-survival">{}</p>"#,
        esc(text(deferred::SURVIVAL_CAVEAT)),
        esc(text(deferred::CHECKED_SURVIVAL)),
        esc(&by_seer),
        esc(&seer)
    );
    if st.histology == Histology::Sclc {
        let _ = write!(
            out,
            r#"<p data-testid="sclc-survival">{}</p>"#,
            esc(&survival::sentence(
                survival::SCLC_ALL_STAGES,
                &[&SCLC_ALL_STAGES.sentence()]
            ))
        );
    }
    let _ = write!(
        out,
        r#"<h4>{}</h4><p data-testid="iaslc-survival">{}</p>"#,
        esc(&say(Msg::ApiStatedByIaslc, &[])),
        esc(&iaslc)
    );
    if let (false, Some(&(_, f))) = (
        matches!(s.iaslc, Agreed::Every(Err(IaslcWithheld::Histology))),
        lungstage::IASLC_SURVIVAL.first(),
    ) {
        let _ = write!(
            out,
            r#"<p class="survival-panel-source">{}</p>"#,
            esc(&say(
                Msg::ApiStatedIaslcSource,
                &[
                    &f.population,
                    &f.measure,
                    &f.data_years,
                    &text(deferred::IASLC_CAVEAT),
                    &text(&deferred::source_title(f.source)),
                ]
            ))
        );
    }
    out.push_str("</div>");
    if patient {
        out.push_str("</details>");
    }
    out.push_str("</section>");
}

/// The result of a stated stage in `view`, as HTML for the result panel.
pub fn stated_html_of(s: &StatedAssessment, view: View) -> String {
    let depends = stated_depends(s);
    let mut out = String::with_capacity(8192);
    headline(s, &depends, &mut out);
    extent(s, &mut out);
    watch(s.stated.histology, &mut out);
    treatment(s, &depends, view, &mut out);
    figures(s, &depends, view, &mut out);
    out
}

/// The result of the stated stage in a link the widget wrote (`v=3&...&stage=IIIA`), in the
/// link's view, or the part of the link at fault.
pub fn stated_html(fragment: &str) -> Result<String, String> {
    let (entered, extra) = read_link(fragment).map_err(|e| e.to_string())?;
    let Entered::Stage(stage) = entered else {
        return Err(say(Msg::MachineLinkNotStated, &[]));
    };
    let view = extra
        .iter()
        .find(|(k, _)| k == LinkKey::View.code())
        .and_then(|(_, v)| View::from_code(v))
        .unwrap_or_default();
    let s = assess_stated(&stage).map_err(|e| e.to_string())?;
    Ok(stated_html_of(&s, view))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_result_shows_what_every_case_shares_and_what_depends_on_t_and_n() {
        let html = stated_html("v=3&edition=9&histology=nsclc&class=c&stage=IIIA").unwrap();
        assert!(html.contains(r#"data-testid="stage">IIIA<"#), "{html}");
        assert!(html.contains("as stated on a report: not worked out from T, N and M"));
        assert!(html.contains(
            r#"data-testid="treatment-depends">The usual treatment depends on the N category"#
        ));
        assert!(html.contains(r#"<details class="survival-panel-details">"#));
        assert!(html.contains(r#"data-testid="urgent-help""#));
        let clinician =
            stated_html("v=3&edition=9&histology=nsclc&class=c&stage=IVB&view=clinician").unwrap();
        assert!(!clinician.contains("<details class=\"survival-panel-details\">"));
        assert!(clinician.contains(&esc(Treatment::NsclcIV.wording(View::Clinician))));
        let limited = stated_html("v=3&edition=8&histology=sclc&class=p&extent=limited").unwrap();
        assert!(limited.contains(r#"data-testid="sclc-extent-value">Limited stage<"#));
        assert!(
            limited
                .contains(r#"class="stage-headline-code is-occult" data-testid="stage">Limited<"#)
        );
        assert!(stated_html("v=2&t=T2a").is_err());
        // Every stage of every table renders, with no text left out.
        for edition in ["8", "9"] {
            for histology in Histology::ALL {
                for class in ["c", "p"] {
                    let pathological = class == "p";
                    let scheme = lungstage::Scheme::for_case(
                        edition.parse().unwrap(),
                        histology,
                        pathological,
                    )
                    .0;
                    for g in lungstage::stated_groups(scheme) {
                        let link = format!(
                            "v=3&edition={edition}&histology={histology}&class={class}&stage={}",
                            g.code()
                        );
                        let html = stated_html(&link).unwrap_or_else(|e| panic!("{link}: {e}"));
                        assert!(
                            !html.contains("<p></p>") && !html.contains("()"),
                            "{link}: {html}"
                        );
                    }
                }
            }
        }
    }
}

/// The stage's questions: the end of each one's id, its label and its hint.
const QUESTIONS: [(&str, Msg, Option<Msg>); 4] = [
    ("histology", Msg::ApiQuestionHistology, None),
    (
        "edition",
        Msg::ApiQuestionEdition,
        Some(Msg::ApiQuestionEditionHint),
    ),
    (
        "class",
        Msg::ApiQuestionClass,
        Some(Msg::ApiQuestionClassHint),
    ),
    ("stage", Msg::ApiQuestionStage, None),
];

/// The answers so far, as the questions' values (empty: not answered).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub histology: String,
    pub edition: String,
    pub classification: String,
    pub stage: String,
}

impl Answers {
    /// The answers a stated stage's link gives; none for anything else.
    pub fn of_link(fragment: &str) -> Answers {
        match read_link(fragment) {
            Ok((Entered::Stage(s), _)) => Answers {
                histology: s.histology.code().to_owned(),
                edition: s.edition.number().to_string(),
                classification: s.classification.code().to_owned(),
                stage: s
                    .group
                    .map(|g| g.code())
                    .or(s.extent.map(|e| e.code()))
                    .unwrap_or_default()
                    .to_owned(),
            },
            Ok((Entered::Case(_), _)) | Err(_) => Answers::default(),
        }
    }

    /// The stages the table of the cancer type and edition has, in its order, and for small
    /// cell limited and extensive, each as (value, label); none until both are answered.
    fn stages(&self) -> Vec<(&'static str, String)> {
        let (Ok(histology), Ok(edition)) = (
            self.histology.parse::<Histology>(),
            self.edition.parse::<Edition>(),
        ) else {
            return Vec::new();
        };
        // A pathological 9th-edition mesothelioma stage is read in the 8th edition's table;
        // until the classification is answered, the clinical table's stages are offered.
        let pathological = self
            .classification
            .parse::<lungstage::Prefix>()
            .is_ok_and(lungstage::Prefix::is_pathological);
        let scheme = lungstage::Scheme::for_case(edition, histology, pathological).0;
        let mut out: Vec<(&'static str, String)> = lungstage::stated_groups(scheme)
            .into_iter()
            .map(|g| (g.code(), g.name()))
            .collect();
        if histology == Histology::Sclc {
            out.push(("limited", say(Msg::ApiOptionLimited, &[])));
            out.push(("extensive", say(Msg::ApiOptionExtensive, &[])));
        }
        out
    }

    /// Each question's options, (value, label).
    fn options(&self, question: usize) -> Vec<(&'static str, String)> {
        match question {
            0 => Histology::ALL
                .iter()
                .map(|h| (h.code(), capitalise(&h.name())))
                .collect(),
            1 => vec![
                ("9", say(Msg::ApiOptionNinth, &[])),
                ("8", say(Msg::ApiOptionEighth, &[])),
            ],
            2 => vec![
                ("c", say(Msg::ApiOptionClinical, &[])),
                ("p", say(Msg::ApiOptionPathological, &[])),
            ],
            _ => self.stages(),
        }
    }

    fn value(&self, question: usize) -> &str {
        match question {
            0 => &self.histology,
            1 => &self.edition,
            2 => &self.classification,
            _ => &self.stage,
        }
    }

    /// The stated stage, once every question is answered with a value the core takes.
    pub fn stage(&self) -> Option<lungstage::StatedStage> {
        let group = StageGroup::from_code(&self.stage);
        let extent = lungstage::Extent::from_code(&self.stage).filter(|_| group.is_none());
        lungstage::StatedStage::new(
            self.edition.parse::<Edition>().ok()?,
            self.histology.parse::<Histology>().ok()?,
            self.classification.parse::<lungstage::Prefix>().ok()?,
            group,
            extent,
        )
        .ok()
    }

    /// The stated stage's link (what the widget writes), or `""` until every question is
    /// answered.
    pub fn fragment(&self) -> String {
        self.stage()
            .map_or_else(String::new, |s| lungstage::stated_fragment(&s, &[]))
    }

    /// The options of the stage question, for these answers: "Choose…" first, the stage
    /// chosen kept where the table still has it.
    fn stage_options(&self) -> String {
        let mut out = String::new();
        options_html(&self.stages(), &self.stage, &mut out);
        out
    }
}

/// `<option>`s: "Choose…" (or, with none to choose from, what to answer first), then each.
fn options_html(options: &[(&'static str, String)], chosen: &str, out: &mut String) {
    let first = match options.is_empty() {
        true => say(Msg::ApiOptionChooseFirst, &[]),
        false => say(Msg::ApiOptionChoose, &[]),
    };
    let _ = write!(out, r#"<option value="">{}</option>"#, esc(&first));
    for (value, label) in options {
        let selected = if *value == chosen { " selected" } else { "" };
        let _ = write!(
            out,
            r#"<option value="{value}"{selected}>{}</option>"#,
            esc(label)
        );
    }
}

/// The stage's questions as HTML, their ids starting with `prefix`, showing `answers`.
pub fn form_html(prefix: &str, answers: &Answers) -> String {
    let mut out = String::new();
    for (i, (name, label, hint)) in QUESTIONS.iter().enumerate() {
        let id = format!("{}-{name}", esc(prefix));
        let label = esc(&say(*label, &[]));
        let _ = write!(
            out,
            r#"<div class="written-form" data-testid="stated-{name}"><label for="{id}">{label}</label>"#
        );
        let described = match hint {
            Some(hint) => {
                let hint = esc(&say(*hint, &[]));
                let _ = write!(
                    out,
                    r#"<span class="written-form-hint" id="{id}-hint">{hint}</span>"#
                );
                format!(r#" aria-describedby="{id}-hint""#)
            }
            None => String::new(),
        };
        let options = answers.options(i);
        let disabled = if options.is_empty() { " disabled" } else { "" };
        let _ = write!(out, r#"<select id="{id}"{described}{disabled}>"#);
        options_html(&options, answers.value(i), &mut out);
        out.push_str("</select></div>");
    }
    out
}

/// Puts the stage's questions into `slot` (the widget's `[data-slot="stated-form"]`), with a
/// link's answers, and after each answer calls `on_answer` with the stated stage as numbers
/// (`lungstage::handover_stage`, for the widget's `lungstage_stated`), or an empty list until
/// every question is answered.
pub fn mount(
    slot: &web_sys::Element,
    fragment: &str,
    on_answer: js_sys::Function,
) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;

    let prefix = slot.id();
    slot.set_inner_html(&form_html(&prefix, &Answers::of_link(fragment)));
    let root = slot.clone();
    let changed = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        let value = |name: &str| {
            root.query_selector(&format!("#{prefix}-{name}"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
        };
        let read = |name: &str| value(name).map(|s| s.value()).unwrap_or_default();
        let mut answers = Answers {
            histology: read("histology"),
            edition: read("edition"),
            classification: read("class"),
            stage: read("stage"),
        };
        if !answers.stages().iter().any(|(v, _)| *v == answers.stage) {
            answers.stage.clear();
        }
        if let Some(stage) = value("stage") {
            // Only the stage's options follow the other answers: every other control, and
            // the focus, stay as they are.
            stage.set_inner_html(&answers.stage_options());
            stage.set_disabled(answers.stages().is_empty());
        }
        let numbers = answers.stage().map_or_else(Vec::new, |s| {
            lungstage::handover_stage(&s, lungstage::View::default())
        });
        let _ = on_answer.call1(
            &wasm_bindgen::JsValue::NULL,
            &js_sys::Float64Array::from(&numbers[..]),
        );
    });
    slot.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref())?;
    // The questions live as long as their slot: the listener goes with it.
    changed.forget();
    Ok(())
}

#[cfg(test)]
mod form_tests {
    use super::*;

    #[test]
    fn the_questions_and_the_result_follow_the_language_asked_for() {
        let link = "v=3&edition=9&histology=nsclc&class=c&stage=IIIA";
        let (form, html) = lungstage::messages::in_language("es", || {
            (
                form_html("w1-stated", &Answers::of_link(link)),
                stated_html(link).unwrap(),
            )
        })
        .unwrap();
        assert!(
            form.contains(">¿Qué edición usa su informe?</label>"),
            "{form}"
        );
        assert!(
            form.contains(r#"<option value="9" selected>9.ª edición</option>"#),
            "{form}"
        );
        assert!(html.contains(r#"data-testid="stage">IIIA<"#), "{html}");
        assert!(html.contains("tal como se indica en un informe"), "{html}");
        assert!(
            html.contains(r#"data-testid="treatment-depends">El tratamiento habitual depende de la categoría N"#),
            "{html}"
        );
        let spanish = deferred::translation::texts_in("es").unwrap();
        let caveat = spanish[deferred::SURVIVAL_CAVEAT].as_str().unwrap();
        assert!(html.contains(&esc(caveat)), "{html}");
        for english in [
            "Symptoms of spread",
            "Survival figures",
            "Sources: ",
            "The usual",
        ] {
            assert!(!html.contains(english), "{english} in {html}");
        }
        // The language was the call's only.
        assert!(stated_html(link).unwrap().contains("as stated on a report"));
    }

    #[test]
    fn nothing_is_chosen_for_anyone_and_the_stages_are_the_tables() {
        let html = form_html("w1-stated", &Answers::default());
        assert!(!html.contains(" selected"), "{html}");
        assert!(html.contains(r#"<select id="w1-stated-stage" disabled>"#));
        let answers = Answers {
            histology: "mesothelioma".into(),
            edition: "8".into(),
            classification: "c".into(),
            stage: "IA1".into(),
        };
        let codes: Vec<&str> = answers.stages().iter().map(|(v, _)| *v).collect();
        assert_eq!(codes, ["IA", "IB", "II", "IIIA", "IIIB", "IV"]);
        // IA1 is not a mesothelioma stage: nothing is staged.
        assert_eq!(answers.fragment(), "");
        let iiia = Answers {
            stage: "IIIA".into(),
            ..answers
        };
        assert_eq!(
            iiia.fragment(),
            "v=3&edition=8&histology=mesothelioma&class=c&stage=IIIA"
        );
        assert_eq!(Answers::of_link(&iiia.fragment()), iiia);
        // In the 9th edition, a clinical stage is the 9th edition's table, a pathological one
        // the 8th edition's, as a case of it is staged.
        let ninth = |classification: &str| Answers {
            edition: "9".into(),
            classification: classification.into(),
            ..iiia.clone()
        };
        let codes: Vec<&str> = ninth("c").stages().iter().map(|(v, _)| *v).collect();
        assert_eq!(codes, ["I", "II", "IIIA", "IIIB", "IV"]);
        let codes: Vec<&str> = ninth("p").stages().iter().map(|(v, _)| *v).collect();
        assert_eq!(codes, ["IA", "IB", "II", "IIIA", "IIIB", "IV"]);
        let sclc = Answers {
            histology: "sclc".into(),
            edition: "9".into(),
            classification: "p".into(),
            stage: "limited".into(),
        };
        assert_eq!(
            sclc.fragment(),
            "v=3&edition=9&histology=sclc&class=p&extent=limited"
        );
        assert!(
            form_html("w1-stated", &sclc)
                .contains(r#"<option value="limited" selected>Limited stage</option>"#)
        );
    }
}
