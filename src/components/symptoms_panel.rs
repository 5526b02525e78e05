//! Typical symptoms for each metastasis site entered, or the common sites when none is.

use lungstage::{COMMON_SITES, MetastasisInput, Site, SourceId, URGENT, deferred, symptoms};
use yew::prelude::*;

use crate::deferred::Texts;
use crate::outcome::Staged;
use crate::text::{Msg, capitalise, cite, say, say_with};

fn site_symptoms(texts: &Texts, site: Site) -> Html {
    match symptoms(site) {
        Some(s) => html! {
            <div class="symptoms-panel-site" data-testid={format!("symptoms-{}", site.code())}>
                <h4>{ capitalise(&site.name()) }</h4>
                if texts.loaded() {
                    if let Some(lead) = texts.get(&deferred::symptoms_lead(site)) { <p>{ lead }</p> }
                    <ul>{ for texts.list(&deferred::symptoms_list(site)).iter().map(|x| html! { <li>{ capitalise(x) }</li> }) }</ul>
                } else {
                    { texts.missing() }
                }
                <p class="symptoms-panel-source">{ say_with(Msg::ResultSources, &[&cite(s.sources)]) }</p>
            </div>
        },
        None => html! {
            <div class="symptoms-panel-site" data-testid={format!("symptoms-{}", site.code())}>
                <h4>{ capitalise(&site.name()) }</h4>
                <p>{ say(Msg::ResultSymptomsUnchecked) }</p>
            </div>
        },
    }
}

/// The urgent-help box: a heading and a list, never colour alone.
pub fn urgent() -> Html {
    let sources: Vec<SourceId> = URGENT
        .iter()
        .flat_map(|u| u.sources.iter().copied())
        .collect();
    html! {
        <div class="symptoms-panel-urgent" data-testid="urgent-help" role="note">
            <h4>{ say(Msg::ResultUrgentTitle) }</h4>
            <p>{ say(Msg::ResultUrgentCall) }</p>
            <ul>{ for URGENT.iter().map(|u| html! { <li>{ capitalise(&u.sign.to_string()) }</li> }) }</ul>
            <p class="symptoms-panel-source">{ say_with(Msg::ResultSources, &[&cite(&sources)]) }</p>
        </div>
    }
}

pub fn symptoms_panel(staged: &Staged, texts: &Texts) -> Html {
    let sites: Vec<Site> = match &staged.case.metastases {
        Some(MetastasisInput::Findings(f)) => f.sites.iter().map(|s| s.site).collect(),
        Some(MetastasisInput::Category(_)) | None => Vec::new(),
    };
    let lung = staged.assessment.staging.histology.is_lung();
    let busy = (!sites.is_empty() || lung).then(|| texts.busy()).flatten();
    let site_symptoms = |site| site_symptoms(texts, site);
    html! {
        <section class="symptoms-panel" data-testid="symptoms-panel" aria-busy={busy}>
            <h3 class="symptoms-panel-title">{ say(Msg::ResultSymptomsTitle) }</h3>
            { urgent() }
            <p class="symptoms-panel-source">{ texts.get(deferred::CHECKED_SYMPTOMS) }</p>
            if !sites.is_empty() {
                <p>{ say(Msg::ResultSymptomsIntro) }</p>
                { for sites.into_iter().map(site_symptoms) }
            } else if lung {
                <details class="symptoms-panel-common">
                    <summary>{ say(Msg::ResultSymptomsCommon) }</summary>
                    { for COMMON_SITES.into_iter().map(site_symptoms) }
                </details>
            } else {
                <p>{ say(Msg::ResultSymptomsNone) }</p>
            }
        </section>
    }
}
