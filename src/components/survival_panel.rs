//! Survival figures: SEER by summary stage and IASLC by stage group, with source and caveat.

use std::rc::Rc;

use lungstage::{
    Edition, Figure, SURVIVAL_CAVEAT, StageGroup, iaslc_applies, iaslc_figure, iaslc_for, seer_row,
};
use yew::prelude::*;

use crate::components::survival_chart::SurvivalChart;
use crate::ids::use_ids;
use crate::outcome::Staged;
use crate::state::View;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub staged: Rc<Staged>,
    pub view: View,
}

fn figure_text(what: &str, figure: Option<Figure>) -> String {
    match figure {
        Some(f) => format!(
            "{what}: {}. For {} diagnosed {}; source: {}.",
            f.label(),
            f.population,
            f.data_years,
            f.source.source().short
        ),
        None => format!("{what}: no verified figure."),
    }
}

#[component]
pub fn SurvivalPanel(props: &Props) -> Html {
    let ids = use_ids();
    let open = use_state(|| false);
    let a = &props.staged.assessment;
    let s = &a.staging;
    let shown = props.view == View::Clinician || *open;
    let seer = match seer_row(s.histology, s.summary.stage) {
        Some(row) => vec![
            figure_text("5-year relative survival", row.survival),
            figure_text(
                "Share of cases diagnosed at this summary stage",
                row.share_of_cases,
            ),
        ],
        None => vec![format!(
            "There are no SEER figures for the summary stage “{}”.",
            s.summary.stage.name()
        )],
    };
    let iaslc = iaslc_for(a);
    let case_text = match (iaslc, s.edition) {
        (Some((g, f)), Edition::Ninth) if s.stage() == Some(g) => format!(
            "The IASLC figures are by 8th-edition stage; this case is stage {} in both editions: {} 5-year overall survival.",
            g.code(),
            f.label()
        ),
        (Some((g, f)), Edition::Ninth) => format!(
            "The IASLC figures are by 8th-edition stage. This case is stage {} in the 9th edition and {} in the 8th, so the 8th-edition figure is shown: {} 5-year overall survival.",
            s.stage().map_or("not defined", StageGroup::code),
            g.code(),
            f.label()
        ),
        (Some((g, f)), Edition::Eighth) => format!(
            "This case, stage {}: {} 5-year overall survival.",
            g.code(),
            f.label()
        ),
        (None, _) => {
            "This case has no 8th-edition stage group in the IASLC table, so no bar is marked."
                .to_owned()
        }
    };
    let reference = iaslc_figure(StageGroup::IA1);
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
                <p class="survival-panel-caveat" data-testid="survival-caveat">{ SURVIVAL_CAVEAT }</p>
                <h4>{ format!("By SEER summary stage: {}", s.summary.stage.name()) }</h4>
                <div data-testid="seer-survival">{ for seer.into_iter().map(|t| html! { <p>{ t }</p> }) }</div>
                <h4>{ "By stage group (IASLC, 5-year overall survival)" }</h4>
                if iaslc_applies(s.histology) {
                    <SurvivalChart highlight={iaslc.map(|(g, _)| g)} />
                    <p data-testid="iaslc-survival">{ case_text }</p>
                    if let Some(f) = reference {
                        <p class="survival-panel-source">{ format!("Based on {}, diagnosed {}. Source: {}.", f.population, f.data_years, f.source.source().title) }</p>
                    }
                } else {
                    <p data-testid="iaslc-survival">{ format!("The IASLC stage-group figures come from people with non-small cell lung cancer, so they are not shown for {}.", s.histology.name()) }</p>
                }
            </div>
        </section>
    }
}
