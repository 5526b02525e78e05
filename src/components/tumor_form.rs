//! The primary tumour: size, type of growth, structures involved and separate nodules.

use std::rc::Rc;

use lungstage::{Feature, FeatureKind, Meso9Role, PSUM_THIN_MAX_MM, Scheme, T, deferred};
use yew::prelude::*;

use crate::components::{apart, feature_group, growth_group, tumor_size};
use crate::deferred::Texts;
use crate::ids::Ids;
use crate::outcome::{ShownError as Error, asks_to_confirm, error_at, read_size, read_thickness};
use crate::state::{Action, Mode, State};
use crate::text::{Msg, say, say_with};

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

type ThicknessArgs<'a> = (
    &'a State,
    Option<&'a Error>,
    &'a Callback<Action>,
    &'a Ids,
    &'a Texts,
);

/// Mesothelioma's CT thickness, 9th edition: Psum, and Fmax for a thin tumour without a minor
/// feature; drawn apart, so that a lung case's first answer does not carry it.
fn thickness_fields((s, error, on_edit, ids, texts): ThicknessArgs) -> Html {
    // Psum and Fmax: the same field, each with its words, entry, core path and action.
    let field = |name, label, hint, value: &String, path, on_type: fn(String) -> Action| {
        let props = tumor_size::Props {
            name,
            label: say(label).into(),
            hint: texts.get(hint).unwrap_or_default().into(),
            value: value.clone().into(),
            unit: s.tumor.thickness_unit,
            read_cm: None,
            error: error_at(error, path),
            asking: None,
            on_type: on_edit.reform(on_type),
            on_unit: on_edit.reform(Action::ChooseThicknessUnit),
            on_confirm: Callback::noop(),
        };
        tumor_size::tumor_size(&props, ids)
    };
    // Fmax decides only for a thin tumour (Psum at most 12 mm) without a minor feature.
    let thin = read_thickness(&s.tumor, &s.tumor.psum).is_none_or(|mm| mm <= PSUM_THIN_MAX_MM);
    let minor = s
        .tumor
        .features
        .iter()
        .any(|f| f.meso9_role() == Some(Meso9Role::Minor));
    html! { <>
        { field("psum", Msg::FormPsumLabel, deferred::HINT_PSUM, &s.tumor.psum, "tumor.pleural_thickness_sum_mm", Action::TypePsum) }
        if thin && !minor {
            { field("fmax", Msg::FormFmaxLabel, deferred::HINT_FMAX, &s.tumor.fmax, "tumor.fissure_thickness_max_mm", Action::TypeFmax) }
        }
    </> }
}

/// The tumour's part of the form; `texts` hold the thickness fields' hints once loaded.
pub fn tumor_form(
    s: &State,
    error: Option<&Error>,
    on_edit: &Callback<Action>,
    ids: &Ids,
    texts: &Texts,
) -> Html {
    let lung = s.scheme().is_lung();
    // A clinical mesothelioma case in the 9th edition is staged by CT thickness; a
    // pathological one, and the 8th edition, by the 8th-edition descriptors.
    let by_thickness = s.scheme() == Scheme::Mesothelioma9;
    let error_in = |path: &str| error_at(error, path);
    let selected = Rc::new(s.tumor.features.clone());
    let on_toggle = on_edit.reform(|(f, on)| Action::ToggleFeature(f, on));
    let group = |legend: String, features: Rc<Vec<Feature>>| {
        let props = feature_group::Props {
            legend: legend.into(),
            features,
            scheme: s.scheme(),
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
    let role = |r: Meso9Role| {
        Rc::new(
            Feature::ALL
                .iter()
                .copied()
                .filter(|f| f.meso9_role() == Some(r))
                .collect(),
        )
    };
    let main: Vec<(String, Rc<Vec<Feature>>)> = if by_thickness {
        vec![
            (say(Msg::FormMesoMinorLegend), role(Meso9Role::Minor)),
            (say(Msg::FormMesoT4Legend), role(Meso9Role::T4)),
        ]
    } else {
        by_t(s, kind, |f| {
            !(f.is_ninth_listed()
                || f.is_separate_nodule()
                || (lung && spreading(f))
                || f.ninth_only())
        })
        .into_iter()
        .map(|(t, features)| (say_with(Msg::FormFeaturesLegend, &[&t]), features))
        .collect()
    };
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
    let size_error = error_in("tumor.size_cm");
    let read_text = read_cm.map(|cm| AttrValue::from(lungstage::decimal(cm)));
    let asking = read_text.clone().filter(|_| {
        size_error.is_some() && read_cm.is_some_and(|cm| asks_to_confirm(&s.tumor, cm))
    });
    let growth_error = error_in("tumor.features")
        .or_else(|| error_in("tumor.minimally_invasive"))
        .or_else(|| error_in("tumor.in_situ"))
        .or_else(|| error_in("tumor.occult"));
    let growth = Rc::new(
        Feature::of_kind(kind)
            .filter(|f| spreading(*f))
            .collect::<Vec<_>>(),
    );
    html! {
        <fieldset class="tumor-form" data-testid="tumor-form">
            <legend class="tumor-form-legend">{ say(Msg::FormTumorLegend) }</legend>
            if s.tumor.mode == Mode::Category {
                <p class="tumor-form-mode">{ say_with(Msg::FormEntered, &[&"T", &s.tumor.category]) }</p>
            }
            if lung {
                { tumor_size::tumor_size(&tumor_size::Props {
                    name: "size",
                    label: say(Msg::FormSizeLabel).into(),
                    hint: say(Msg::FormSizeHint).into(),
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
                    total_error: error_in("tumor.total_size_cm"),
                    on_growth: on_edit.reform(Action::ChooseGrowth),
                    on_total: on_edit.reform(Action::TypeTotalSize),
                    on_toggle: on_toggle.clone(),
                }, ids) }
            }
            if by_thickness {
                { apart(thickness_fields, (s, error, on_edit, ids, texts)) }
            }
            { for main.into_iter().map(|(legend, features)| group(legend, features)) }
            if !nodules.is_empty() { { group(say(Msg::FormNodulesLegend), nodules) } }
            if !more.is_empty() {
                <details class="tumor-form-more" open={more_open}>
                    <summary>{ say(Msg::FormMoreSummary) }</summary>
                    { group(say(Msg::FormMoreLegend), more) }
                </details>
            }
        </fieldset>
    }
}
