//! A measurement in cm or mm, with a point or a comma: the lung tumour's size, read back as it
//! is typed, and mesothelioma's CT thickness (Psum, Fmax), whose unit converts what is typed.

use yew::prelude::*;

use crate::components::field_error::field_error;
use crate::dom::{described_by, input_value};
use crate::ids::Ids;
use crate::state::SizeUnit;
use crate::text::{Msg, say, say_with};

pub struct Props {
    /// The field's id: `size`, `psum`, `fmax` (with `-unit`, `-hint`, `-read`, `-error`).
    pub name: &'static str,
    pub label: AttrValue,
    /// How the value is measured.
    pub hint: AttrValue,
    pub value: AttrValue,
    pub unit: SizeUnit,
    /// What the field was read as, in cm (`2.5`), when it could be read.
    pub read_cm: Option<AttrValue>,
    pub error: Option<AttrValue>,
    /// The size in cm being asked about: over 7 cm, millimetres are the likelier mistake.
    pub asking: Option<AttrValue>,
    pub on_type: Callback<String>,
    pub on_unit: Callback<SizeUnit>,
    pub on_confirm: Callback<()>,
}

pub fn tumor_size(props: &Props, ids: &Ids) -> Html {
    let name = props.name;
    let (id, unit_id, hint_id, read_id, error_id) = (
        ids.id(name),
        ids.id(&format!("{name}-unit")),
        ids.id(&format!("{name}-hint")),
        ids.id(&format!("{name}-read")),
        ids.id(&format!("{name}-error")),
    );
    let hints: AttrValue = format!("{hint_id} {read_id}").into();
    let described = described_by(&hints, &error_id, props.error.is_some());
    let on_type = props.on_type.clone();
    let oninput = move |e: InputEvent| on_type.emit(input_value(&e));
    let on_unit = props.on_unit.clone();
    let onchange = move |e: Event| {
        let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
        on_unit.emit(match select.value().as_str() {
            "mm" => SizeUnit::Mm,
            _ => SizeUnit::Cm,
        });
    };
    let mm = props.unit == SizeUnit::Mm;
    html! {
        <div class="tumor-size">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <span id={hint_id} class="tumor-size-hint">{ props.hint.clone() }</span>
            <div class="tumor-size-row">
                <input type="text" {id} class="tumor-size-input" inputmode="decimal" autocomplete="off"
                    value={props.value.clone()} {oninput}
                    aria-invalid={props.error.is_some().then_some("true")} aria-describedby={described} />
                <label for={unit_id.clone()} class="visually-hidden">{ say(Msg::FormUnit) }</label>
                <select id={unit_id} class="tumor-size-unit" {onchange}>
                    <option value="cm" selected={!mm}>{ "cm" }</option>
                    <option value="mm" selected={mm}>{ "mm" }</option>
                </select>
                <span id={read_id} class="tumor-size-read" aria-live="polite" data-testid="size-read">
                    { props.read_cm.as_ref().map(|cm| say_with(Msg::FormSizeRead, &[cm])) }
                </span>
            </div>
            { field_error(error_id, props.error.clone()) }
            if let Some(cm) = &props.asking {
                <div class="tumor-size-confirm" role="group" aria-label={say(Msg::FormSizeQuestion)}>
                    <button type="button" class="tumor-size-answer" data-testid="size-confirm"
                        onclick={props.on_confirm.reform(|_: MouseEvent| ())}>{ say_with(Msg::FormSizeYes, &[cm]) }</button>
                    <button type="button" class="tumor-size-answer" data-testid="size-was-mm"
                        onclick={props.on_unit.reform(|_: MouseEvent| SizeUnit::Mm)}>{ say(Msg::FormSizeWasMm) }</button>
                </div>
            }
        </div>
    }
}
