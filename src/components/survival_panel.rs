//! Survival figures: SEER by summary stage and IASLC by stage group, each with its source,
//! years and caveat, or one sentence saying why a figure is not shown.

use lungstage::{
    Edition, Figure, IaslcWithheld, SCLC_ALL_STAGES, SeerWithheld, StageGroup, deferred,
    deferred::survival, iaslc_for, seer_for,
};
use yew::prelude::*;

use crate::components::survival_chart::survival_chart;
use crate::deferred::Texts;
use crate::ids::Ids;
use crate::outcome::Staged;
use crate::state::View;
use crate::text::{Msg, say_with};

/// "38.2% 5-year relative survival, all lung ... (SEER summary stage), diagnosed 2016-2022. Source: ..."
fn figure_text(f: &Figure) -> String {
    f.sentence()
}

/// The sentence at `key` from the deferred texts (its parts around the values), with `values`
/// in between; empty until the texts arrive.
#[inline(never)]
fn say(texts: &Texts, key: &str, values: &[&str]) -> String {
    let mut out = String::new();
    for (i, part) in texts.list(key).iter().enumerate() {
        if i > 0 {
            out.push_str(values.get(i - 1).copied().unwrap_or_default());
        }
        out.push_str(part);
    }
    out
}

/// The panel; in the patient view the figures show once `open` (the result panel keeps
/// whether they are, `on_toggle` flips it).
pub fn survival_panel(
    staged: &Staged,
    view: View,
    open: bool,
    on_toggle: &Callback<()>,
    texts: &Texts,
    ids: &Ids,
) -> Html {
    let a = &staged.assessment;
    let s = &a.staging;
    let shown = view == View::Clinician || open;
    let tnm = StageGroup::code_or_not_defined(s.stage());
    let say = |key: &str, values: &[&str]| say(texts, key, values);
    let seer = match seer_for(a) {
        Ok(row) => say_with(
            Msg::ResultSurvivalCase,
            &[&row.stage.name(), &figure_text(&row.survival)],
        ),
        Err(SeerWithheld::DistantWithoutMetastasis) => say(
            survival::SEER_DISTANT_M0,
            &[&texts.words(&s.summary.reason), &tnm],
        ),
        Err(SeerWithheld::Histology) => say(survival::seer_histology(s.histology), &[]),
        Err(SeerWithheld::NoRow) => say(survival::SEER_NO_ROW, &[&s.summary.stage.name()]),
        Err(SeerWithheld::Classification) => say(
            survival::SEER_NOT_AT_DIAGNOSIS,
            &[&s.classification.group.name()],
        ),
    };
    let iaslc = iaslc_for(a);
    let case_text = match iaslc {
        Ok((g, f)) => say(
            if s.edition == Edition::Ninth {
                survival::IASLC_EIGHTH_OF_NINTH
            } else {
                survival::IASLC_CASE
            },
            &[g.code(), &f.label()],
        ),
        Err(IaslcWithheld::Histology) => say(survival::IASLC_HISTOLOGY, &[&s.histology.name()]),
        Err(IaslcWithheld::NotClinical) => say(
            survival::IASLC_NOT_CLINICAL,
            &[&s.classification.group.name()],
        ),
        Err(IaslcWithheld::NotVerified) => say(survival::IASLC_NOT_VERIFIED, &[]),
        Err(IaslcWithheld::NoGroup) => say(survival::IASLC_NO_GROUP, &[]),
    };
    let chart = !matches!(iaslc, Err(IaslcWithheld::Histology));
    let toggle = on_toggle.reform(|_: MouseEvent| ());
    html! {
        <section class="survival-panel" data-testid="survival-panel">
            <h3 class="survival-panel-title">{ crate::text::say(Msg::ResultSurvivalTitle) }</h3>
            if view == View::Patient {
                <button type="button" class="survival-panel-toggle" aria-expanded={shown.to_string()} aria-controls={ids.id("survival")} onclick={toggle}>
                    { crate::text::say(if shown { Msg::ResultSurvivalHide } else { Msg::ResultSurvivalShow }) }
                </button>
            }
            <div id={ids.id("survival")} class="survival-panel-body" hidden={!shown}>
                <p class="survival-panel-caveat" data-testid="survival-caveat" aria-busy={texts.busy()}>{ texts.get(deferred::SURVIVAL_CAVEAT) }{ " " }{ texts.get(deferred::CHECKED_SURVIVAL) }</p>
                <h4>{ say_with(Msg::ResultSurvivalSeer, &[&s.summary.stage.name()]) }</h4>
                <p data-testid="seer-survival">{ seer }</p>
                if s.histology == lungstage::Histology::Sclc {
                    <p data-testid="sclc-survival">{ say(survival::SCLC_ALL_STAGES, &[&figure_text(&SCLC_ALL_STAGES)]) }</p>
                }
                <h4>{ crate::text::say(Msg::ResultSurvivalIaslc) }</h4>
                if chart {
                    { survival_chart(iaslc.ok().map(|(g, _)| g)) }
                }
                <p data-testid="iaslc-survival">{ case_text }</p>
                if let (true, Some(&(_, f))) = (chart, lungstage::IASLC_SURVIVAL.first()) {
                    <p class="survival-panel-source">{ say_with(Msg::ResultSurvivalSource, &[&f.population, &f.measure, &f.data_years, &texts.get(deferred::IASLC_CAVEAT).unwrap_or_default(), &texts.get(&deferred::source_title(f.source)).unwrap_or_else(|| f.source.source().short.to_owned())]) }</p>
                }
            </div>
        </section>
    }
}
