//! Mesothelioma, 9th edition, clinical: Psum and Fmax in mm (or cm, converted), and the
//! invasion features by the role they play.

use std::rc::Rc;

use lungstage::{
    FMAX_FIELD, FMAX_HINT, Feature, FeatureKind, PSUM_FIELD, PSUM_HINT, PSUM_THIN_MAX_MM, Role9,
    ThicknessUnit, parse_decimal, role9,
};
use yew::prelude::*;

use crate::components::feature_group::FeatureGroup;
use crate::components::field_error::FieldError;
use crate::dom::input_value;
use crate::ids::use_ids;
use crate::outcome::{FieldError as Error, error_at};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: Rc<State>,
    pub error: Option<Rc<Error>>,
    pub on_edit: Callback<Action>,
}

fn features(role: Role9) -> Rc<Vec<Feature>> {
    Rc::new(
        Feature::of_kind(FeatureKind::Mesothelioma)
            .filter(|f| role9(*f) == Some(role))
            .collect(),
    )
}

#[component]
pub fn PleuralFindings(props: &Props) -> Html {
    let ids = use_ids();
    let t = &props.state.tumor;
    let unit = t.thickness_unit;
    let selected = Rc::new(t.features.clone());
    let on_toggle = props.on_edit.reform(|(f, on)| Action::ToggleFeature(f, on));
    // Fmax decides only for a thin tumour (Psum at most 12 mm) without a minor feature.
    let thick = parse_decimal(t.psum.trim()).is_some_and(|x| unit.to_mm(x) > PSUM_THIN_MAX_MM);
    let minor = t.features.iter().any(|f| role9(*f) == Some(Role9::Minor));
    let field = |key: &str,
                 label: &str,
                 hint: &str,
                 path: &str,
                 value: &str,
                 on: Callback<String>| {
        let (id, hint_id, error_id) = (
            ids.id(key),
            ids.id(&format!("{key}-hint")),
            ids.id(&format!("{key}-error")),
        );
        let error = error_at(props.error.as_deref(), path);
        let described = crate::dom::described_by(&hint_id, &error_id, error.is_some());
        let oninput = move |e: InputEvent| on.emit(input_value(&e));
        html! {
            <div class="pleural-findings-field">
                <label for={id.clone()}>{ format!("{label}, in {unit}") }</label>
                <span id={hint_id} class="pleural-findings-hint">{ hint.to_owned() }</span>
                <input type="number" {id} class="pleural-findings-input" step="0.1" min="0"
                    inputmode="decimal" value={value.to_owned()} {oninput} data-testid={key.to_owned()}
                    aria-invalid={error.is_some().then_some("true")} aria-describedby={described} />
                <FieldError id={error_id} message={error} />
            </div>
        }
    };
    let on_unit = props.on_edit.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::ChooseThicknessUnit(ThicknessUnit::from_code(&value).unwrap_or(ThicknessUnit::Mm))
    });
    html! {
        <div class="pleural-findings" data-testid="pleural-findings">
            <label class="pleural-findings-unit">{ "Thickness entered in " }
                <select onchange={on_unit} data-testid="thickness-unit">
                    { for ThicknessUnit::ALL.iter().map(|u| html! {
                        <option value={u.code()} selected={*u == unit}>{ u.code() }</option>
                    }) }
                </select>
            </label>
            { field("psum", "Summed pleural thickness (Psum)", PSUM_HINT, PSUM_FIELD, &t.psum,
                props.on_edit.reform(Action::TypePsum)) }
            if !thick && !minor {
                { field("fmax", "Thickest tumour along a fissure (Fmax)", FMAX_HINT, FMAX_FIELD, &t.fmax,
                    props.on_edit.reform(Action::TypeFmax)) }
            }
            <FeatureGroup legend="The tumour… (each of these makes it cT2 when Psum is 12 mm or less)"
                features={features(Role9::Minor)} selected={selected.clone()} on_toggle={on_toggle.clone()} />
            <FeatureGroup legend="The tumour… (each of these makes it cT4, whatever the thickness)"
                features={features(Role9::T4)} {selected} {on_toggle} />
        </div>
    }
}
