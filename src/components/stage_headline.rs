//! The stage in large type with what it means, or why the tables give none.

use lungstage::{Awaiting, Category, Decider, StageGroup, deferred, meaning_sources};
use yew::prelude::*;

use crate::components::apart;
use crate::deferred::Texts;
use crate::outcome::Staged;
use crate::state::{Action, View};
use crate::text::{Msg, capitalise, cite, say, say_with};

/// What would decide a stage the tables leave undefined: each choice as a button that enters
/// it, or for a tumour not assessed the range (clinicians only, and never as a stage).
fn decides(staged: &Staged, texts: &Texts, view: View, on_edit: &Callback<Action>) -> Html {
    let s = &staged.assessment.staging;
    match s.awaiting {
        // Unanswered nodes: the patient is asked the question, not offered categories.
        Some(Awaiting::Tumor) => html! {},
        Some(Awaiting::Nodes) if view == View::Patient => html! {},
        // Drawn apart: a first answer, whose questions are answered, does not need it.
        _ => apart(choices, (staged, texts, view, on_edit)),
    }
}

/// The choices, or the range, that would decide the stage.
fn choices((staged, texts, view, on_edit): (&Staged, &Texts, View, &Callback<Action>)) -> Html {
    let s = &staged.assessment.staging;
    match s.decider() {
        Some(Decider::Choices(choices)) => html! {
            <div class="stage-headline-choices" data-testid="stage-choices">
                <p>{ say(Msg::ResultDecides) }</p>
                <ul>
                    { for choices.into_iter().map(|(category, group)| {
                        let action = match category {
                            Category::T(t) => Action::ChooseT(t),
                            Category::N(n) => Action::ChooseN(n),
                            Category::M(m) => Action::ChooseM(m),
                        };
                        let on_edit = on_edit.clone();
                        html! {
                            <li>
                                <button type="button" class="stage-headline-choice" data-testid={format!("choice-{category}")}
                                    onclick={move |_| on_edit.emit(action.clone())}>
                                    { say_with(Msg::ResultChoice, &[&category, &group]) }
                                </button>
                                { texts.get(&deferred::definition_text(s.scheme, category)).map(|words| format!(" {words}")) }
                            </li>
                        }
                    }) }
                </ul>
            </div>
        },
        Some(Decider::Range { lowest, highest }) if view == View::Clinician => html! {
            <p class="stage-headline-range" data-testid="stage-range">
                { say_with(Msg::ResultRange, &[&lowest, &highest]) }
            </p>
        },
        Some(Decider::Range { .. }) | None => html! {},
    }
}

/// The line under the stage: the cancer, the edition's tables, T, N and M and the stage's
/// label; also written by the first answer before the live widget (`crate::early`).
pub fn context_line(staged: &Staged) -> String {
    let s = &staged.assessment.staging;
    let histology = capitalise(&s.histology.name());
    let tnm = s.prefixed_tnm();
    match s.stage_label() {
        Some(label) => say_with(
            Msg::ResultContextLabel,
            &[&histology, &s.edition.name(), &tnm, &label],
        ),
        None => say_with(Msg::ResultContext, &[&histology, &s.edition.name(), &tnm]),
    }
}

/// The stage, its context line, then `lead` (the patient's words for this case with the
/// drawing), then what the stage means, or why the tables give none.
pub fn stage_headline(
    staged: &Staged,
    texts: &Texts,
    view: View,
    on_edit: &Callback<Action>,
    lead: Html,
) -> Html {
    let s = &staged.assessment.staging;
    let group = s.stage();
    let context = context_line(staged);
    html! {
        <div class="stage-headline" data-testid="stage-headline">
            <p class="stage-headline-line">
                // Occult carcinoma is not a numbered stage: its label reads "occult carcinoma".
                if group != Some(StageGroup::Occult) {
                    <span class="stage-headline-caption">{ say(Msg::ResultStage) }</span>
                }
                <span class={classes!("stage-headline-code", (group == Some(StageGroup::Occult)).then_some("is-occult"))} data-testid="stage">
                    { group.map_or("—".to_owned(), |g| g.code().to_owned()) }
                </span>
                if group == Some(StageGroup::Occult) {
                    <span class="stage-headline-caption">{ say(Msg::ResultOccultCaption) }</span>
                }
            </p>
            <p class="stage-headline-context">{ context }</p>
            // The patient's "in your case", with the drawing, before the stage's general meaning.
            { lead }
            if let Some(g) = group {
                if let Some(sources) = meaning_sources(s.histology, s.edition, g) {
                    <p class="stage-headline-meaning" data-testid="stage-meaning" aria-busy={texts.busy()}>
                        <strong>{ format!("{}: ", g.name()) }</strong>
                        { texts.get(&deferred::meaning_text(s.histology, s.edition, g)).unwrap_or_default() }
                        <span class="stage-headline-source">{ format!(" ({})", cite(sources)) }</span>
                    </p>
                }
            } else {
                <div class="stage-headline-note" data-testid="stage-note">
                    <p>{ match s.awaiting {
                        Some(Awaiting::Nodes) => html! { <>
                            <strong>{ say(Msg::ResultNeedsNodes) }</strong>
                            { format!(" {}", say_with(Msg::ResultNeedsNodesWhy, &[&s.t.category])) }
                        </> },
                        Some(Awaiting::Tumor) => html! { <>
                            <strong>{ say(Msg::ResultNeedsTumour) }</strong>
                            { format!(" {}", say(Msg::ResultNeedsTumourWhy)) }
                        </> },
                        // The rule below says which answer the T waits for.
                        Some(Awaiting::Psum | Awaiting::Fmax | Awaiting::Extent) => html! {
                            <strong>{ say(Msg::ResultNeedsMoreTumour) }</strong>
                        },
                        None => html! { <>
                            <strong>{ format!("{}.", capitalise(&lungstage::NOT_DEFINED.to_string())) }</strong>
                            { format!(" {}", say(Msg::ResultNoGroupWhy)) }
                        </> },
                    } }</p>
                    <p class="stage-headline-rule">{ say_with(Msg::ResultWhyRule, &[&texts.words(&s.grouping.rule), &s.grouping.source.source().short]) }</p>
                    { decides(staged, texts, view, on_edit) }
                </div>
            }
            // Not while the other edition waits for findings of its own (mesothelioma's 8th
            // edition, given only CT thickness): it has no stage to tell yet.
            if let (View::Patient, Some(other)) = (view, staged.assessment.other.as_ref().filter(|o| o.stage() != s.stage() && o.awaiting.is_none())) {
                <p class="stage-headline-other" data-testid="other-edition-plain">
                    { say_with(Msg::ResultOtherEdition, &[
                        &other.edition.name(),
                        &match other.stage() {
                            Some(StageGroup::Occult) => say(Msg::ResultOtherOccult),
                            Some(g) => say_with(Msg::ResultOtherStage, &[&g.code()]),
                            None => lungstage::NOT_DEFINED.to_string(),
                        },
                    ]) }
                </p>
            }
            if s.m0_assumed {
                <p class="stage-headline-assumed" data-testid="m0-assumed">
                    { say(Msg::ResultM0Assumed) }
                    <span class="stage-headline-hint">{ format!(" {}", say(Msg::ResultM0Hint)) }</span>
                </p>
            }
        </div>
    }
}
