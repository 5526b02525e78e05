//! The primary tumour: size, type of growth, structures involved and separate nodules.

use std::rc::Rc;

use lungstage::{Feature, FeatureKind, T};
use yew::prelude::*;

use crate::components::{feature_group, growth_group, tumor_size};
use crate::ids::Ids;
use crate::outcome::{ShownError as Error, asks_to_confirm, error_at, read_size};
use crate::state::{Action, Mode, State};

/// Features of `kind` grouped by the T each gives alone in this edition, in table order.
fn by_t(
    state: &State,
    kind: FeatureKind,
    keep: impl Fn(Feature) -> bool,
) -> Vec<(T, Rc<Vec<Feature>>)> {
    let mut groups: Vec<(T, Vec<Feature>)> = Vec::new();
    for f in Feature::of_kind(kind).filter(|f| keep(*f)) {
        let t = f.t(state.edition).0;
        match groups.iter_mut().find(|(g, _)| *g == t) {
            Some((_, list)) => list.push(f),
            None => groups.push((t, vec![f])),
        }
    }
    groups
        .into_iter()
        .map(|(t, list)| (t, Rc::new(list)))
        .collect()
}

pub fn tumor_form(s: &State, error: Option<&Error>, on_edit: &Callback<Action>, ids: &Ids) -> Html {
    let lung = s.scheme().is_lung();
    let error = |path: &str| error_at(error, path);
    let selected = Rc::new(s.tumor.features.clone());
    let on_toggle = on_edit.reform(|(f, on)| Action::ToggleFeature(f, on));
    let group = |legend: String, features: Rc<Vec<Feature>>| {
        let props = feature_group::Props {
            legend: legend.into(),
            features,
            selected: selected.clone(),
            on_toggle: on_toggle.clone(),
        };
        feature_group::feature_group(&props, ids)
    };
    let kind = if lung {
        FeatureKind::Lung
    } else {
        FeatureKind::Mesothelioma
    };
    // A feature that sets T1a whatever the size describes the growth, not an invaded structure.
    let spreading = |f: Feature| f.t(s.edition).0 == T::T1a;
    let main = by_t(s, kind, |f| {
        !(f.is_ninth_listed() || f.is_separate_nodule() || (lung && spreading(f)))
    });
    let nodules = Rc::new(
        Feature::of_kind(kind)
            .filter(|f| f.is_separate_nodule())
            .collect::<Vec<_>>(),
    );
    let more = Rc::new(
        Feature::of_kind(kind)
            .filter(|f| f.is_ninth_listed())
            .collect::<Vec<_>>(),
    );
    let more_open = more.iter().any(|f| selected.contains(f));
    let read_cm = read_size(&s.tumor).ok().flatten();
    let size_error = error("tumor.size_cm");
    let read_text = read_cm.map(|cm| AttrValue::from(lungstage::decimal(cm)));
    let asking = read_text.clone().filter(|_| {
        size_error.is_some() && read_cm.is_some_and(|cm| asks_to_confirm(&s.tumor, cm))
    });
    let growth_error = error("tumor.features")
        .or_else(|| error("tumor.minimally_invasive"))
        .or_else(|| error("tumor.in_situ"))
        .or_else(|| error("tumor.occult"));
    let growth = Rc::new(
        Feature::of_kind(kind)
            .filter(|f| spreading(*f))
            .collect::<Vec<_>>(),
    );
    html! {
        <fieldset class="tumor-form" data-testid="tumor-form">
            <legend class="tumor-form-legend">{ "The main tumour" }</legend>
            if s.tumor.mode == Mode::Category {
                <p class="tumor-form-mode">{ format!("T is entered directly as {} below; changing anything here works it out from these findings again.", s.tumor.category) }</p>
            }
            if lung {
                { tumor_size::tumor_size(&tumor_size::Props {
                    value: s.tumor.size.clone().into(),
                    unit: s.tumor.size_unit,
                    error: size_error,
                    asking,
                    read_cm: read_text,
                    on_type: on_edit.reform(Action::TypeSize),
                    on_unit: on_edit.reform(Action::ChooseSizeUnit),
                    on_confirm: on_edit.reform(|()| Action::ConfirmSize),
                }, ids) }
                { growth_group::growth_group(&growth_group::Props {
                    growth: s.tumor.growth,
                    total_size: s.tumor.total_size.clone().into(),
                    features: growth,
                    selected: selected.clone(),
                    error: growth_error,
                    total_error: error("tumor.total_size_cm"),
                    on_growth: on_edit.reform(Action::ChooseGrowth),
                    on_total: on_edit.reform(Action::TypeTotalSize),
                    on_toggle: on_toggle.clone(),
                }, ids) }
            }
            { for main.into_iter().map(|(t, features)| group(format!("The tumour… (each of these makes it at least {t})"), features)) }
            if !nodules.is_empty() { { group("Separate tumour nodules".to_owned(), nodules) } }
            if !more.is_empty() {
                <details class="tumor-form-more" open={more_open}>
                    <summary>{ "More structures (named in the 9th edition)" }</summary>
                    { group("The tumour… (structures named in the 9th edition)".to_owned(), more) }
                </details>
            }
        </fieldset>
    }
}
