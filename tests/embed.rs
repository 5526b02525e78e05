//! Browser tests of what lungstage.js uses: the in-page mount with its options, and the
//! widgets' reports, link opening and view switching (src/remote.rs).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use lungstage_web::embed::mount_embed;
use lungstage_web::remote::{lungstage_open, lungstage_stated, lungstage_view, lungstage_watch};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement};
use yew::scheduler::flush;

wasm_bindgen_test_configure!(run_in_browser);

/// A widget mounted as lungstage.js mounts one, and its `.app` root.
async fn embed(edition: &str, histology: &str, view: &str) -> Element {
    let document = gloo::utils::document();
    let mount = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&mount).unwrap();
    mount_embed(mount.clone(), edition, histology, view);
    flush().await;
    find(&mount, ".app")
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn by_id(root: &Element, suffix: &str) -> HtmlInputElement {
    find(root, &format!("[id$='-{suffix}']"))
        .dyn_into()
        .unwrap()
}

fn pressed(root: &Element) -> String {
    find(root, ".view-toggle-button.is-pressed")
        .text_content()
        .unwrap_or_default()
}

fn stage(root: &Element) -> String {
    find(root, "[data-testid='stage']")
        .text_content()
        .unwrap_or_default()
}

async fn type_size(root: &Element, value: &str) {
    let input = by_id(root, "size");
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    flush().await;
}

type Reports = Rc<RefCell<Vec<(Element, Option<String>, bool)>>>;

/// Watches every widget's reports, as lungstage.js does.
fn watch() -> Reports {
    let reports: Reports = Rc::default();
    let sink = reports.clone();
    let on_change = Closure::<dyn FnMut(Element, JsValue, bool)>::new(
        move |root: Element, fragment: JsValue, staged: bool| {
            sink.borrow_mut().push((root, fragment.as_string(), staged));
        },
    );
    lungstage_watch(
        on_change
            .as_ref()
            .unchecked_ref::<js_sys::Function>()
            .clone(),
    );
    on_change.forget();
    reports
}

fn last_report(reports: &Reports, root: &Element) -> (Option<String>, bool) {
    let reports = reports.borrow();
    let (_, fragment, staged) = reports
        .iter()
        .rev()
        .find(|(r, ..)| r == root)
        .expect("a report from this widget");
    (fragment.clone(), *staged)
}

#[wasm_bindgen_test]
async fn an_embed_starts_with_its_options_and_defaults_for_anything_else() {
    let root = embed("8", "sclc", "clinician").await;
    assert!(by_id(&root, "edition-8").checked());
    assert!(by_id(&root, "histology-sclc").checked());
    assert_eq!(pressed(&root), "For clinicians");
    let root = embed("7", "SCLC", "admin").await;
    assert!(by_id(&root, "edition-9").checked());
    assert!(by_id(&root, "histology-nsclc").checked());
    assert_eq!(pressed(&root), "For patients and families");
    // The two slots lungstage.js fills are there, empty.
    assert_eq!(find(&root, "[data-slot='notice']").child_element_count(), 0);
    assert_eq!(find(&root, "[data-slot='share']").child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn widgets_report_their_form_as_a_share_link_after_every_change() {
    let root = embed("9", "nsclc", "patient").await;
    let reports = watch();
    assert_eq!(last_report(&reports, &root), (Some(String::new()), false));
    type_size(&root, "3.4").await;
    assert_eq!(
        last_report(&reports, &root),
        (
            // The node and spread questions are unanswered: the link says nothing about them.
            Some("v=2&edition=9&histology=nsclc&size=3.4&features=".into()),
            true
        )
    );
    // An entry that cannot be used: no fragment, so the last complete one stays.
    type_size(&root, "250").await;
    assert_eq!(last_report(&reports, &root), (None, false));
    let other = embed("8", "nsclc", "patient").await;
    assert!(
        last_report(&reports, &other)
            .0
            .unwrap()
            .starts_with("v=2&edition=8&")
    );
}

/// What the API module hands over for a stated stage's link (`lungstage::handover_stage`).
fn stated_numbers(link: &str) -> Vec<f64> {
    match lungstage::read_link(link) {
        Ok((lungstage::Entered::Stage(stage), _)) => {
            lungstage::handover_stage(&stage, lungstage::View::Patient)
        }
        other => panic!("{link}: {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn cases_handed_over_open_and_anything_else_changes_nothing() {
    let root = embed("9", "nsclc", "patient").await;
    // What the API module hands over for a link it read (lungstage.js: `case_numbers`).
    let (case, _) =
        lungstage::case_from_link("v=2&edition=9&histology=nsclc&t=T2a&n=N1&m=M0").unwrap();
    let numbers = lungstage::handover(&case, lungstage::View::Clinician);
    assert!(lungstage_open(&root, &numbers));
    flush().await;
    assert_eq!(stage(&root), "IIB");
    assert_eq!(pressed(&root), "For clinicians");
    // Numbers the handover would not write open nothing.
    let mut long = numbers.clone();
    long.push(0.0);
    let mut unknown_t = numbers.clone();
    unknown_t[7] = 999.0;
    for bad in [&numbers[..3], &long[..], &unknown_t[..], &[f64::NAN][..]] {
        assert!(!lungstage_open(&root, bad), "{bad:?}");
        flush().await;
        assert_eq!(stage(&root), "IIB", "{bad:?}");
    }
    // No numbers: the widget's first form.
    assert!(lungstage_open(&root, &[]));
    flush().await;
    assert!(
        root.query_selector("[data-testid='invite']")
            .unwrap()
            .is_some()
    );
    assert_eq!(pressed(&root), "For patients and families");
    // An element that is no widget's root.
    let stranger = gloo::utils::document().create_element("div").unwrap();
    assert!(!lungstage_open(&stranger, &[]));
}

#[wasm_bindgen_test]
async fn the_view_switches_by_name_only() {
    let root = embed("9", "nsclc", "patient").await;
    assert!(lungstage_view(&root, "clinician"));
    flush().await;
    assert_eq!(pressed(&root), "For clinicians");
    assert!(!lungstage_view(&root, "admin"));
    flush().await;
    assert_eq!(pressed(&root), "For clinicians");
}

#[wasm_bindgen_test]
async fn what_the_script_puts_in_a_slot_survives_re_renders() {
    let root = embed("9", "nsclc", "patient").await;
    let slot = find(&root, "[data-slot='share']");
    let bar = gloo::utils::document().create_element("p").unwrap();
    bar.set_text_content(Some("from the script"));
    slot.append_child(&bar).unwrap();
    type_size(&root, "2").await;
    type_size(&root, "5").await;
    // Size alone has no group: the node question is unanswered.
    assert_eq!(stage(&root), "—");
    assert_eq!(
        find(&root, "[data-slot='share'] p")
            .text_content()
            .as_deref(),
        Some("from the script")
    );
}

/// Whether `a` comes before `b` in the page.
fn before(a: &Element, b: &Element) -> bool {
    a.compare_document_position(b) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0
}

async fn check(root: &Element, suffix: &str) {
    let input = by_id(root, suffix);
    input.set_checked(true);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    flush().await;
}

#[wasm_bindgen_test]
async fn the_first_question_chooses_the_form_and_a_stated_stage_comes_through_its_slot() {
    let root = embed("9", "nsclc", "patient").await;
    let reports = watch();
    let tumor = |r: &Element| find(r, "[data-testid='tumor-form']");
    let categories = |r: &Element| find(r, "[data-testid='category-form']");
    // Nothing chosen: the patient view's order, findings first.
    assert!(!by_id(&root, "way-stage").checked());
    let (t, c) = (tumor(&root), categories(&root));
    assert!(before(&t, &c));
    // T, N and M: the categories and the written form come first.
    check(&root, "way-tnm").await;
    let (t, c) = (tumor(&root), categories(&root));
    assert!(before(&c, &t));
    // The stage from a report: its questions' slot in place of the forms, empty for the
    // script to fill, and the result asks for their answers.
    check(&root, "way-stage").await;
    let form = find(&root, "[data-slot='stated-form']");
    assert_eq!(form.child_element_count(), 0);
    assert!(
        root.query_selector("[data-testid='tumor-form']")
            .unwrap()
            .is_none()
    );
    assert!(
        find(&root, "[data-testid='invite']")
            .text_content()
            .unwrap_or_default()
            .contains("questions")
    );
    // Once every question is answered, the stage is the widget's: its link, the stage bar,
    // and the result's slot. Unanswered again, it is gone.
    assert!(lungstage_stated(
        &root,
        &stated_numbers("v=3&edition=9&histology=nsclc&class=c&stage=IIIA")
    ));
    flush().await;
    assert_eq!(
        last_report(&reports, &root),
        (
            Some("v=3&edition=9&histology=nsclc&class=c&stage=IIIA".into()),
            true
        )
    );
    assert!(
        find(&root, "[data-testid='stage-bar']")
            .text_content()
            .unwrap_or_default()
            .contains("IIIA")
    );
    assert_eq!(find(&root, "[data-slot='stated']").child_element_count(), 0);
    assert!(lungstage_stated(&root, &[]));
    flush().await;
    assert!(
        root.query_selector("[data-slot='stated']")
            .unwrap()
            .is_none()
    );
    // A stated stage's link opens the way in and its stage.
    assert!(lungstage_open(
        &root,
        &stated_numbers("v=3&edition=8&histology=sclc&class=p&extent=limited")
    ));
    flush().await;
    assert!(by_id(&root, "way-stage").checked());
    assert!(
        find(&root, "[data-testid='stage-bar']")
            .text_content()
            .unwrap_or_default()
            .contains("Limited")
    );
}
