//! The 8th- and 9th-edition results side by side, with what changed.

use lungstage::Staging;
use yew::prelude::*;

use crate::deferred::Texts;
use crate::outcome::Staged;
use crate::text::{Msg, say, say_with};

fn stage_text(s: &Staging) -> String {
    lungstage::StageGroup::code_or_not_defined(s.stage()).to_owned()
}

pub fn edition_compare(staged: &Staged, texts: &Texts) -> Html {
    let a = &staged.assessment;
    let Some((e8, e9)) = a.by_edition() else {
        return html! {};
    };
    let changes = staged.changes();
    if changes.is_empty() {
        return html! {
            <p class="edition-compare-same" data-testid="edition-same">
                { say_with(Msg::ResultEditionsSame, &[&e9.tnm(), &stage_text(e9)]) }
            </p>
        };
    }
    let rows = [
        (
            "T".to_owned(),
            e8.t.category.to_string(),
            e9.t.category.to_string(),
        ),
        (
            "N".to_owned(),
            e8.n.category.to_string(),
            e9.n.category.to_string(),
        ),
        (
            "M".to_owned(),
            e8.m.category.to_string(),
            e9.m.category.to_string(),
        ),
        (say(Msg::ResultStage), stage_text(e8), stage_text(e9)),
    ];
    html! {
        <section class="edition-compare" data-testid="edition-compare">
            <h3 class="edition-compare-title">{ say(Msg::ResultEditionsDiffer) }</h3>
            <table class="edition-compare-table">
                <thead>
                    <tr><th scope="col">{ say(Msg::ResultEditionsPart) }</th><th scope="col">{ say(Msg::ResultEditionsEighth) }</th><th scope="col">{ say(Msg::ResultEditionsNinth) }</th></tr>
                </thead>
                <tbody>
                    { for rows.into_iter().map(|(name, old, new)| {
                        let changed = old != new;
                        html! {
                            <tr class={classes!(changed.then_some("is-changed"))}>
                                <th scope="row">{ name }</th>
                                <td>{ old }</td>
                                <td>{ new }if changed { <span class="edition-compare-mark">{ format!(" {}", say(Msg::ResultEditionsChanged)) }</span> }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <ul class="edition-compare-changes" data-testid="edition-changes">
                { for changes.iter().map(|c| html! {
                    <li>{ texts.words(&c.text) }<span class="edition-compare-source">{ format!(" ({})", c.source.source().short) }</span></li>
                }) }
            </ul>
        </section>
    }
}
