//! LungStage's JavaScript API: `stage(descriptor)` returns exactly the object that
//! `lungstage stage --json` prints (the core's `report`), from a WebAssembly module of its own
//! that `lungstage.js` loads on the first call, so the widget's first load does not carry it.
//!
//! The same module reads share links, writes the copy-summary text and downloads the FHIR
//! bundle for `lungstage.js` (`open_link`, `case_numbers`, `summary`, `record`; see
//! `links.rs`), and writes the result of a stage from a report for the widget's result panel
//! (`stated`; see `stated.rs`): not public API.
//!
//! ```
//! let report = lungstage_api::stage_text(r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}}"#).unwrap();
//! assert!(report.contains(r#""stage":"IIB""#));
//! let (message, field) = lungstage_api::stage_text(r#"{"tumor": {"size_cm": 0}}"#).unwrap_err();
//! assert_eq!(field.as_deref(), Some("tumor.size_cm"));
//! assert!(message.starts_with("tumor.size_cm: "));
//! ```

mod links;
mod stated;

use js_sys::{JSON, Object, Reflect};
use wasm_bindgen::prelude::*;

pub use links::{
    Record, Unreadable, case_numbers, not_a_record, open_link, record_of_link, summary_of_link,
};
use lungstage::messages::{Msg, text};
pub use stated::{Answers, form_html, stated_html, stated_html_of};

/// The JSON report for a descriptor given as JSON text, or the error message and the
/// descriptor field at fault.
pub fn stage_text(descriptor: &str) -> Result<String, (String, Option<String>)> {
    lungstage::stage_json(descriptor)
        .map(|report| report.to_string())
        .map_err(|e| (e.to_string(), e.field_path()))
}

/// The FHIR R4 mCODE bundle (`docs/fhir.md`) for a descriptor given as JSON text.
pub fn fhir_text(descriptor: &str) -> Result<String, (String, Option<String>)> {
    lungstage::Entered::from_json(descriptor)
        .and_then(lungstage::Entered::into_case)
        .and_then(|case| lungstage::assess(&case))
        .map(|a| lungstage::export::fhir::bundle(&a.staging).to_string())
        .map_err(|e| (e.to_string(), e.field_path()))
}

/// The path of the first number in `value` that is NaN or infinite, and that number's name.
/// `JSON.stringify` would write it as `null`, which reads as a question not answered, so the
/// case would stage without the value the caller gave.
fn non_finite(value: &JsValue, path: &str, depth: u8) -> Option<(String, &'static str)> {
    if let Some(number) = value.as_f64() {
        let name = match number {
            n if n.is_nan() => "NaN",
            n if n == f64::INFINITY => "Infinity",
            n if n == f64::NEG_INFINITY => "-Infinity",
            _ => return None,
        };
        return Some((path.to_owned(), name));
    }
    // Deeper than any descriptor: JSON.stringify refuses what is left (cycles).
    if depth == 0 || !value.is_object() {
        return None;
    }
    if js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value);
        return (0..items.length())
            .find_map(|i| non_finite(&items.get(i), &format!("{path}[{i}]"), depth - 1));
    }
    let object = Object::from(value.clone());
    Object::keys(&object).iter().find_map(|key| {
        let name = key.as_string()?;
        let inner = Reflect::get(&object, &key).ok()?;
        let path = match path {
            "" => name,
            _ => format!("{path}.{name}"),
        };
        non_finite(&inner, &path, depth - 1)
    })
}

/// `{error, field}`, what a failed `stage()` rejects with; `field` is `null` when the error
/// is not about one field.
fn error(message: &str, field: Option<&str>) -> JsValue {
    let out = Object::new();
    let _ = Reflect::set(&out, &"error".into(), &message.into());
    let _ = Reflect::set(
        &out,
        &"field".into(),
        &field.map_or(JsValue::NULL, Into::into),
    );
    out.into()
}

/// Makes `lang` (`"en"`, `"es"`: `lungstage::messages::LANGUAGES`) the language of this
/// module's later texts (`stated_form`, `stated`, `summary`, `open_link`'s notices, `record`),
/// or throws an `Error` naming it and the languages there are (for `lungstage.js`, once the
/// module is loaded).
#[wasm_bindgen]
pub fn set_lang(lang: &str) -> Result<(), JsValue> {
    lungstage::messages::install_language(lang)
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// The language `options.lang` asks for: English when not given.
fn lang_of(options: &JsValue) -> Result<String, JsValue> {
    let lang = Reflect::get(options, &"lang".into())
        .ok()
        .filter(|l| !l.is_undefined() && !l.is_null());
    match lang.map(|l| l.as_string()) {
        None => Ok("en".to_owned()),
        Some(Some(lang)) => Ok(lang),
        Some(None) => Err(error(&text(Msg::MachineApiLang, &[]), Some("lang"))),
    }
}

/// Stages a descriptor (an object, or its JSON text) and returns the report as a plain object,
/// or with `options.format` `"fhir"` the FHIR bundle; its text fields are in `options.lang`
/// (`"en"` when not given, `"es"`), its codes and keys the same in every language.
#[wasm_bindgen]
pub fn stage(descriptor: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_of(&options)?;
    lungstage::messages::in_language(&lang, || stage_in(descriptor, options))
        .map_err(|e| error(&e.to_string(), Some("lang")))?
}

/// [`stage`], in the language of the call.
fn stage_in(descriptor: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let format = Reflect::get(&options, &"format".into())
        .ok()
        .filter(|f| !f.is_undefined() && !f.is_null());
    let fhir = match format.map(|f| f.as_string()) {
        None => false,
        Some(Some(f)) if f == "json" => false,
        Some(Some(f)) if f == "fhir" => true,
        Some(_) => return Err(error(&text(Msg::MachineApiFormat, &[]), None)),
    };
    if let Some((path, name)) = non_finite(&descriptor, "", 16) {
        let path = match path.as_str() {
            "" => "descriptor",
            _ => path.as_str(),
        };
        return Err(error(
            &text(Msg::MachineApiNotFinite, &[&path, &name]),
            Some(path),
        ));
    }
    let json = match descriptor.as_string() {
        Some(json) => json,
        None if descriptor.is_object() => JSON::stringify(&descriptor)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| error(&text(Msg::MachineApiNotJson, &[]), None))?,
        None => {
            return Err(error(&text(Msg::MachineApiNotDescriptor, &[]), None));
        }
    };
    let staged = if fhir {
        fhir_text(&json)
    } else {
        stage_text(&json)
    };
    let report = staged.map_err(|(message, field)| error(&message, field.as_deref()))?;
    JSON::parse(&report).map_err(|_| error(&text(Msg::MachineApiReportNotJson, &[]), None))
}

/// The canonical form of a share link, or throws an `Error` whose message is the one-line
/// notice in plain words and whose `detail` names the part at fault by its code (for
/// `lungstage.js`, which shows the one and logs the other).
#[wasm_bindgen(js_name = open_link)]
pub fn open_link_js(fragment: &str) -> Result<String, JsValue> {
    open_link(fragment).map_err(thrown)
}

/// The case of a share link as numbers for the widget's `lungstage_open`
/// (`lungstage::handover`), or throws as [`open_link_js`] does (for `lungstage.js`).
#[wasm_bindgen(js_name = case_numbers)]
pub fn case_numbers_js(fragment: &str) -> Result<Vec<f64>, JsValue> {
    case_numbers(fragment).map_err(thrown)
}

fn thrown(why: Unreadable) -> JsValue {
    let error = js_sys::Error::new(&why.notice);
    let _ = js_sys::Reflect::set(&error, &"detail".into(), &why.detail.into());
    error.into()
}

/// The result of the stated stage in a link the widget wrote, as HTML for its result panel's
/// `[data-slot="stated"]` (for `lungstage.js`).
#[wasm_bindgen(js_name = stated)]
pub fn stated_js(fragment: &str) -> Result<String, JsValue> {
    stated_html(fragment).map_err(JsValue::from)
}

/// Puts the stage's questions into the widget's `[data-slot="stated-form"]`, with a link's
/// answers, and after each answer calls `on_answer` with the stated stage's link (`""` until
/// every question is answered), for `lungstage.js` to hand to the widget.
#[wasm_bindgen(js_name = stated_form)]
pub fn stated_form_js(
    slot: &web_sys::Element,
    fragment: &str,
    on_answer: js_sys::Function,
) -> Result<(), JsValue> {
    stated::mount(slot, fragment, on_answer)
}

/// The copy-summary text of the case in a link, dated today in the reader's time zone
/// (for `lungstage.js`).
#[wasm_bindgen(js_name = summary)]
pub fn summary_js(fragment: &str) -> Result<String, JsValue> {
    let now = js_sys::Date::new_0();
    let today = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    summary_of_link(fragment, &today).map_err(|reason| reason.into())
}

/// The name of the downloaded bundle.
pub const RECORD_FILE: &str = "lungstage-fhir.json";

/// Downloads the FHIR bundle of the case in a link as [`RECORD_FILE`], from a Blob made in the
/// page: nothing is sent anywhere. Returns the line the share bar shows (for `lungstage.js`).
#[wasm_bindgen(js_name = record)]
pub fn record_js(fragment: &str) -> Result<String, JsValue> {
    let bundle = match record_of_link(fragment).map_err(JsValue::from)? {
        Record::Bundle(bundle) => bundle,
        Record::NotARecord(line) => return Ok(line),
    };
    let parts = js_sys::Array::of1(&bundle.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/fhir+json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(RECORD_FILE);
    link.click();
    // Revoked once the browser has taken the download, not before.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000)?;
    }
    Ok(text(Msg::ApiDownloaded, &[&RECORD_FILE]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_is_the_cores() {
        for descriptor in [
            r#"{"tumor": {"size_cm": 3.4}, "nodes": {"tumor_side": "right", "stations": ["4R", "2R"]}}"#,
            r#"{"edition": 8, "histology": "sclc", "tumor": {"category": "T4"}, "nodes": {"category": "N3"}, "metastases": {"category": "M1c"}}"#,
        ] {
            let ours: serde_json::Value =
                serde_json::from_str(&stage_text(descriptor).unwrap()).unwrap();
            assert_eq!(ours, lungstage::stage_json(descriptor).unwrap());
        }
    }

    #[test]
    fn the_bundle_is_the_cores() {
        let descriptor =
            r#"{"classification": "p", "tumor": {"category": "T3"}, "nodes": {"category": "N0"}}"#;
        let ours: serde_json::Value =
            serde_json::from_str(&fhir_text(descriptor).unwrap()).unwrap();
        let case = lungstage::Case::from_json(descriptor).unwrap();
        let staging = lungstage::assess(&case).unwrap().staging;
        assert_eq!(ours, lungstage::export::fhir::bundle(&staging));
        assert_eq!(
            fhir_text(r#"{"tumor": {"size_cm": 0}}"#)
                .unwrap_err()
                .1
                .as_deref(),
            Some("tumor.size_cm")
        );
    }

    #[test]
    fn errors_name_their_field() {
        let cases = [
            (r#"{"tumour": {}}"#, Some("descriptor")),
            (
                r#"{"tumor": {"size_cm": 2.5}, "tumor": {"size_cm": 9}}"#,
                Some("descriptor"),
            ),
            (
                r#"{"tumor": {"size_cm": 2.5, "size_cm": 9}}"#,
                Some("tumor"),
            ),
            (r#"{"nodes": {"category": "N9"}}"#, Some("nodes.category")),
            (
                r#"{"metastases": {"sites": [{"site": "brain", "lesions": 0}]}}"#,
                Some("metastases.sites[0].lesions"),
            ),
            ("not json", None),
        ];
        // `None` rows are checked too: an error about no one field names none.
        for (descriptor, field) in cases {
            let (message, at) = stage_text(descriptor).unwrap_err();
            assert!(!message.is_empty());
            assert_eq!(at.as_deref(), field, "{descriptor}: {message}");
        }
    }
}
