//! Survival figures: SEER by summary stage and IASLC by stage group, each with its source,
//! years and caveat, or one sentence saying why a figure is not shown.

use std::rc::Rc;

use lungstage::{
    Edition, Figure, IaslcWithheld, SCLC_ALL_STAGES, SeerWithheld, StageGroup, deferred, iaslc_for,
    seer_for,
};
use yew::prelude::*;

use crate::components::survival_chart::SurvivalChart;
use crate::deferred::use_texts;
use crate::ids::use_ids;
use crate::outcome::Staged;
use crate::state::View;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub staged: Rc<Staged>,
    pub view: View,
}

/// "38.2% 5-year relative survival, all lung ... (SEER summary stage), diagnosed 2016-2022. Source: ..."
fn figure_text(f: &Figure) -> String {
    format!(
        "{} {}: {}, by {}, diagnosed {}. Source: {}.",
        f.label(),
        f.measure,
        f.population,
        f.basis,
        f.data_years,
        f.source.source().short
    )
}

#[component]
pub fn SurvivalPanel(props: &Props) -> Html {
    let ids = use_ids();
    let open = use_state(|| false);
    // The caption names the full citation once it has loaded, the short one until then.
    let texts = use_texts();
    let a = &props.staged.assessment;
    let s = &a.staging;
    let shown = props.view == View::Clinician || *open;
    let tnm = StageGroup::code_or_not_defined(s.stage());
    let seer = match seer_for(a) {
        Ok(row) => format!(
            "This case, {}: {}",
            row.stage.name(),
            figure_text(&row.survival)
        ),
        Err(SeerWithheld::DistantWithoutMetastasis) => format!(
            "SEER counts this case as distant ({}), although the TNM stage is {tnm} with no spread to other organs. Its distant figure is mostly about cancer that has spread to other organs, so it is not shown as this case's.",
            s.summary.reason
        ),
        Err(SeerWithheld::Histology) => format!(
            "The SEER figures by summary stage are for all lung cancers together, so they are not shown for {}.",
            s.histology.name()
        ),
        Err(SeerWithheld::NoRow) => format!(
            "There is no SEER figure for the summary stage “{}”.",
            s.summary.stage.name()
        ),
    };
    let iaslc = iaslc_for(a);
    let case_text = match iaslc {
        Ok((g, f)) if s.edition == Edition::Ninth => format!(
            "In the 8th edition this case is {}: {} of people at that stage were alive 5 years later (5-year overall survival).",
            g.code(),
            f.label()
        ),
        Ok((g, f)) => format!("This case, {}: {} 5-year overall survival.", g.code(), f.label()),
        Err(IaslcWithheld::Histology) => format!(
            "The IASLC figures are for non-small cell lung cancer, so they are not shown for {}.",
            s.histology.name()
        ),
        Err(IaslcWithheld::NotClinical) => format!(
            "The IASLC figures are by clinical stage, so none is shown for a {} stage.",
            s.classification.group.name()
        ),
        Err(IaslcWithheld::NotVerified) => "IIIC, IVA and IVB are left out: we could not read their figures in the published paper.".to_owned(),
        Err(IaslcWithheld::NoGroup) => "This case has no stage group with an IASLC figure, so no bar is marked.".to_owned(),
    };
    let chart = !matches!(iaslc, Err(IaslcWithheld::Histology));
    let toggle = {
        let open = open.clone();
        move |_| open.set(!*open)
    };
    html! {
        <section class="survival-panel" data-testid="survival-panel">
            <h3 class="survival-panel-title">{ "Survival figures" }</h3>
            if props.view == View::Patient {
                <button type="button" class="survival-panel-toggle" aria-expanded={shown.to_string()} aria-controls={ids.id("survival")} onclick={toggle}>
                    { if shown { "Hide survival figures" } else { "Show survival figures" } }
                </button>
            }
            <div id={ids.id("survival")} class="survival-panel-body" hidden={!shown}>
                <p class="survival-panel-caveat" data-testid="survival-caveat" aria-busy={texts.busy()}>{ texts.get(deferred::SURVIVAL_CAVEAT).unwrap_or_default() }</p>
                <h4>{ format!("By SEER summary stage: {}", s.summary.stage.name()) }</h4>
                <p data-testid="seer-survival">{ seer }</p>
                if s.histology == lungstage::Histology::Sclc {
                    <p data-testid="sclc-survival">{ format!("Small cell, all stages together: {} Figures by stage are not shown: we could not read them in a primary source.", figure_text(&SCLC_ALL_STAGES)) }</p>
                }
                <h4>{ "By stage group (IASLC, 8th edition)" }</h4>
                if chart {
                    <SurvivalChart highlight={iaslc.ok().map(|(g, _)| g)} />
                }
                <p data-testid="iaslc-survival">{ case_text }</p>
                if let (true, Some(&(_, f))) = (chart, lungstage::IASLC_SURVIVAL.first()) {
                    <p class="survival-panel-source">{ format!("{} {}, diagnosed {}. {} Source: {}.", f.population, f.measure, f.data_years, texts.get(deferred::IASLC_CAVEAT).unwrap_or_default(), texts.get(&deferred::source_title(f.source)).unwrap_or_else(|| f.source.source().short.to_owned())) }</p>
                }
            </div>
        </section>
    }
}
