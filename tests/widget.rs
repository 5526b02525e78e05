//! Browser tests of the widget: mount into a fresh element, flush after each event, read the DOM.
#![cfg(target_arch = "wasm32")]

use lungstage::View;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::scheduler::flush;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh widget, with the words of the first render installed, as the page does before
/// the widget starts, the page's messages, as `lungstage.js` does right after the first
/// paint (until then an error names only its entry: e2e/deferred.test.mjs), and the long
/// texts, which come after the first answer (the patient view's folded details wait for
/// them); the texts are the page's, shared by every test, and the tests of their loading
/// set them themselves.
async fn mount() -> Element {
    let document = gloo::utils::document();
    let element = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    // The words of the first render, as `boot.js` hands them over before the widget starts,
    // then the other messages.
    let english = lungstage::messages::Texts::embedded("en").unwrap();
    for list in [english.words_json(), english.to_json(true)] {
        lungstage_web::lungstage_messages(js_sys::JSON::parse(&list).unwrap()).unwrap();
    }
    lungstage_web::mount(element.clone());
    flush().await;
    load_texts().await;
    element
}

/// Hands the deferred texts over, as `lungstage.js` does after the first answer: the survival
/// panel's sentences come with them.
async fn load_texts() {
    let texts = js_sys::JSON::parse(&lungstage::deferred::texts().to_string()).unwrap();
    lungstage_web::deferred::lungstage_texts(texts);
    flush().await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn has(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

/// The text of the reason the trace marks as deciding `axis` (`t`, `n` or `m`): it opens with
/// the category that reason gives. Its words are pinned in core/tests/golden/reasons.txt.
fn decisive_reason(root: &Element, axis: &str) -> String {
    find(
        root,
        &format!("[data-testid='{axis}-reasons'] .is-decisive"),
    )
    .text_content()
    .unwrap_or_default()
}

fn text(root: &Element, testid: &str) -> String {
    find(root, &format!("[data-testid='{testid}']"))
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// An element of this widget by the end of its id (ids carry a per-widget prefix).
fn by_id(root: &Element, suffix: &str) -> Element {
    find(root, &format!("[id$='-{suffix}']"))
}

/// The input whose id ends with `suffix`.
fn input(root: &Element, suffix: &str) -> HtmlInputElement {
    by_id(root, suffix).dyn_into().unwrap()
}

fn fire(target: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(name, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

async fn type_into(root: &Element, suffix: &str, value: &str) {
    let input: HtmlInputElement = by_id(root, suffix).dyn_into().unwrap();
    input.set_value(value);
    fire(&input, "input");
    flush().await;
}

async fn tick(root: &Element, suffix: &str, on: bool) {
    let input: HtmlInputElement = by_id(root, suffix).dyn_into().unwrap();
    input.set_checked(on);
    fire(&input, "change");
    flush().await;
}

async fn choose(root: &Element, suffix: &str, value: &str) {
    let select: HtmlSelectElement = by_id(root, suffix).dyn_into().unwrap();
    select.set_value(value);
    fire(&select, "change");
    flush().await;
}

async fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    flush().await;
}

#[wasm_bindgen_test]
async fn starts_with_an_invitation_and_typing_a_size_gives_the_stage() {
    let root = mount().await;
    assert!(has(&root, "[data-testid='invite']"));
    type_into(&root, "size", "3.4").await;
    // Nobody has said anything about the lymph nodes yet: T, but no group.
    assert_eq!(text(&root, "stage"), "—");
    assert!(text(&root, "stage-note").contains("Needs the lymph-node findings"));
    assert!(has(&root, "[data-testid='nodes-unanswered']"));
    tick(&root, "nodes-checked", true).await;
    assert!(!has(&root, "[data-testid='nodes-unanswered']"));
    assert_eq!(text(&root, "stage"), "IB");
    // No spread was entered: the result says it counts as cM0.
    assert!(has(&root, "[data-testid='m0-assumed']"));
    assert_eq!(text(&root, "t-category"), "T2a");
    assert_eq!(text(&root, "n-category"), "N0");
    assert_eq!(text(&root, "m-category"), "M0");
    assert_eq!(text(&root, "summary-stage"), "Localized");
    // The live region waits for the stage to settle (e2e/a11y.test.mjs hears it), so a
    // keystroke alone says nothing.
    assert_eq!(text(&root, "announcer"), "");
    assert!(decisive_reason(&root, "t").contains("T2a: "));
    // The direct-entry controls and the written form follow the findings.
    let t: HtmlSelectElement = by_id(&root, "category-t").dyn_into().unwrap();
    assert_eq!(t.value(), "T2a");
    let written: HtmlInputElement = by_id(&root, "written").dyn_into().unwrap();
    assert_eq!(written.value(), "T2a N0 M0");
}

#[wasm_bindgen_test]
async fn a_bad_size_shows_an_inline_error_and_keeps_the_last_stage() {
    let root = mount().await;
    tick(&root, "nodes-checked", true).await;
    type_into(&root, "size", "2").await;
    assert_eq!(text(&root, "stage"), "IA2");
    for bad in ["0", "45"] {
        type_into(&root, "size", bad).await;
        let size = by_id(&root, "size");
        assert_eq!(
            size.get_attribute("aria-invalid").as_deref(),
            Some("true"),
            "{bad}"
        );
        let message = by_id(&root, "size-error").text_content().unwrap();
        assert!(message.contains("centimetres"), "{bad}: {message}");
        assert!(
            size.get_attribute("aria-describedby")
                .unwrap()
                .contains("size-error")
        );
        assert_eq!(text(&root, "stage"), "IA2", "{bad}");
        assert!(has(&root, "[data-testid='stale']"));
    }
    type_into(&root, "size", "2.5").await;
    assert_eq!(text(&root, "stage"), "IA3");
    assert!(!has(&root, "[data-testid='stale']") && !has(&root, "[data-testid='field-error']"));
}

#[wasm_bindgen_test]
async fn a_size_with_a_comma_or_in_mm_reads_as_meant_and_over_7_cm_is_asked() {
    let root = mount().await;
    tick(&root, "nodes-checked", true).await;
    type_into(&root, "size", "2,5").await;
    assert_eq!(text(&root, "size-read"), "read as 2.5 cm");
    assert_eq!(text(&root, "stage"), "IA3");
    let size = by_id(&root, "size");
    assert_eq!(size.get_attribute("inputmode").as_deref(), Some("decimal"));
    assert!(
        size.get_attribute("aria-describedby")
            .unwrap()
            .contains("size-read")
    );
    choose(&root, "size-unit", "mm").await;
    type_into(&root, "size", "25").await;
    assert_eq!(
        (text(&root, "size-read"), text(&root, "stage")),
        ("read as 2.5 cm".to_owned(), "IA3".to_owned())
    );
    choose(&root, "size-unit", "cm").await;
    // 25 cm: millimetres are the likelier mistake, so it is asked about before staging.
    assert!(
        by_id(&root, "size-error")
            .text_content()
            .unwrap()
            .contains("25 millimetres")
    );
    assert_eq!(text(&root, "size-confirm"), "Yes, 25 cm");
    click(&root, "[data-testid='size-was-mm']").await;
    assert_eq!(text(&root, "stage"), "IA3");
    choose(&root, "size-unit", "cm").await;
    type_into(&root, "size", "9").await;
    assert!(has(&root, "[data-testid='stale']"));
    click(&root, "[data-testid='size-confirm']").await;
    assert_eq!(text(&root, "t-category"), "T4");
    assert!(!has(&root, "[data-testid='stale']") && !has(&root, "[data-testid='size-confirm']"));
    type_into(&root, "size", "2.5.1").await;
    assert!(
        by_id(&root, "size-error")
            .text_content()
            .unwrap()
            .contains("one decimal mark")
    );
    assert_eq!(text(&root, "size-read"), "");
}

/// The banner names `field`, the stale result is marked and the stage bar says so.
fn assert_out_of_date(root: &Element, field: &str, stage: &str) {
    let banner = text(root, "stale");
    assert!(
        banner.contains(&format!("Please check {field}.")),
        "{banner}"
    );
    assert!(banner.contains("Out of date"), "{banner}");
    assert!(
        find(root, "[data-testid='stale-status']")
            .get_attribute("role")
            .as_deref()
            == Some("status")
    );
    assert!(has(root, ".result-panel.result-panel-out-of-date"));
    assert_eq!(text(root, "stage"), stage, "the last stage stays, marked");
    let bar = find(root, "[data-testid='stage-bar']");
    assert!(has(root, ".stage-bar.stage-bar-stale"));
    let bar_text = bar.text_content().unwrap();
    assert!(
        bar_text.contains(&format!("{stage} — out of date, check the form")),
        "{bar_text}"
    );
}

fn assert_current(root: &Element) {
    assert!(!has(root, "[data-testid='stale']") && !has(root, ".result-panel-out-of-date"));
    assert!(!has(root, ".stage-bar-stale"));
}

#[wasm_bindgen_test]
async fn an_unreadable_entry_marks_every_shown_stage_out_of_date() {
    let root = mount().await;
    type_into(&root, "written", "T1c N2a M1c2").await;
    assert_eq!(text(&root, "stage"), "IVB");
    assert_current(&root);
    type_into(&root, "written", "T5 N0 M0").await;
    assert!(
        by_id(&root, "written-error")
            .text_content()
            .unwrap()
            .contains("T5")
    );
    assert_out_of_date(&root, "the written TNM form", "IVB");
    type_into(&root, "written", "T1c N0 M0").await;
    assert_eq!(text(&root, "stage"), "IA3");
    assert_current(&root);
    // The same for the size, after a staged case.
    type_into(&root, "size", "2").await;
    assert_eq!(text(&root, "stage"), "IA2");
    type_into(&root, "size", "abc").await;
    assert_out_of_date(&root, "the size", "IA2");
    type_into(&root, "size", "2").await;
    assert_current(&root);
}

#[wasm_bindgen_test]
async fn a_written_form_sets_the_categories_and_findings_take_over_again() {
    let root = mount().await;
    type_into(&root, "written", "cT2a N1 M0").await;
    assert_eq!(text(&root, "stage"), "IIB");
    assert_eq!(text(&root, "t-category"), "cT2a");
    assert_eq!(text(&root, "n-category"), "N1");
    let n: HtmlSelectElement = by_id(&root, "category-n").dyn_into().unwrap();
    assert_eq!(n.value(), "N1");
    assert!(text(&root, "tumor-form").contains("T is entered directly as cT2a"));
    // A bad form names the bad token; the last result stays, marked out of date.
    type_into(&root, "written", "cT2a N1 M7").await;
    assert!(
        by_id(&root, "written-error")
            .text_content()
            .unwrap()
            .contains("M7")
    );
    assert_eq!(text(&root, "stage"), "IIB");
    assert!(has(&root, "[data-testid='stale']"));
    // Editing a finding switches T back to findings.
    type_into(&root, "size", "1.5").await;
    assert_eq!(text(&root, "t-category"), "T1b");
    assert_eq!(text(&root, "stage"), "IIA");
    let written: HtmlInputElement = by_id(&root, "written").dyn_into().unwrap();
    assert_eq!(written.value(), "T1b N1 M0");
}

#[wasm_bindgen_test]
async fn a_pathology_report_lists_what_the_reading_did() {
    let root = mount().await;
    type_into(&root, "written", "pT2a pN2a1 cM0 G2").await;
    assert_eq!(text(&root, "n-category"), "pN2a");
    let notes = text(&root, "written-notes");
    for token in ["pN2a1", "N2a", "G2"] {
        assert!(notes.contains(token), "{token}: {notes}");
    }
    type_into(&root, "written", "T1aN1aM0").await;
    assert!(
        by_id(&root, "written-error")
            .text_content()
            .unwrap()
            .contains("N1a")
    );
    assert!(!has(&root, "[data-testid='written-notes']"));
}

#[wasm_bindgen_test]
async fn choosing_a_category_switches_only_that_axis() {
    let root = mount().await;
    type_into(&root, "size", "2.5").await;
    choose(&root, "category-n", "N3").await;
    assert_eq!(text(&root, "n-category"), "N3");
    assert_eq!(text(&root, "t-category"), "T1c");
    assert_eq!(text(&root, "stage"), "IIIB");
}

#[wasm_bindgen_test]
async fn the_edition_decides_between_n2_and_n2a_or_n2b() {
    let root = mount().await;
    type_into(&root, "size", "3.4").await;
    tick(&root, "side-right", true).await;
    tick(&root, "station-4R", true).await;
    assert_eq!(
        (text(&root, "n-category"), text(&root, "stage")),
        ("N2a".into(), "IIIA".into())
    );
    tick(&root, "station-2R", true).await;
    assert_eq!(
        (text(&root, "n-category"), text(&root, "stage")),
        ("N2b".into(), "IIIB".into())
    );
    assert!(text(&root, "edition-changes").contains("N2b"));
    tick(&root, "edition-8", true).await;
    assert_eq!(
        (text(&root, "n-category"), text(&root, "stage")),
        ("N2".into(), "IIIA".into())
    );
    // In the 8th edition a written N2a is read as N2: T1c N2 M0 is IIIA in its table.
    type_into(&root, "written", "T1c N2a M0").await;
    assert_eq!(
        (text(&root, "n-category"), text(&root, "stage")),
        ("N2".into(), "IIIA".into())
    );
    assert!(text(&root, "notes").contains("N2a"));
}

#[wasm_bindgen_test]
async fn a_sided_station_needs_the_tumour_side() {
    let root = mount().await;
    type_into(&root, "size", "2").await;
    tick(&root, "station-10L", true).await;
    assert!(
        by_id(&root, "side-error")
            .text_content()
            .unwrap()
            .contains("left")
    );
    assert_eq!(text(&root, "stage"), "—");
    tick(&root, "side-left", true).await;
    assert_eq!(text(&root, "stage"), "IIA");
}

#[wasm_bindgen_test]
async fn small_cell_shows_limited_or_extensive() {
    let root = mount().await;
    tick(&root, "histology-sclc", true).await;
    type_into(&root, "size", "4").await;
    assert_eq!(text(&root, "sclc-extent-value"), "Limited stage");
    tick(&root, "site-liver", true).await;
    assert_eq!(text(&root, "sclc-extent-value"), "Extensive stage");
    // The number of liver lesions is not known yet: stage IV, no A or B.
    assert_eq!(text(&root, "stage"), "IV");
    tick(&root, "site-liver-one", true).await;
    assert_eq!(text(&root, "stage"), "IVA");
    assert!(has(&root, "[data-testid='symptoms-liver']"));
}

#[wasm_bindgen_test]
async fn undefined_combinations_are_explained() {
    let root = mount().await;
    type_into(&root, "size", "2").await;
    tick(&root, "nodes-not-assessed", true).await;
    assert_eq!(text(&root, "stage"), "—");
    assert!(text(&root, "stage-note").contains("Needs the lymph-node findings"));
    assert_eq!(text(&root, "n-category"), "NX");
    assert!(decisive_reason(&root, "n").contains("NX: "));
    // Categories the tables do not group say so plainly.
    type_into(&root, "written", "T2 N0 M0").await;
    assert!(text(&root, "stage-note").contains("Not defined by the staging tables"));
    // Nothing about the tumour is not occult carcinoma.
    let root = mount().await;
    tick(&root, "nodes-checked", true).await;
    tick(&root, "no-spread", true).await;
    assert_eq!(text(&root, "stage"), "—");
    assert!(text(&root, "stage-note").contains("Needs the tumour findings"));
    tick(&root, "growth-occult", true).await;
    assert_eq!(text(&root, "stage"), "occult");
}

#[wasm_bindgen_test]
async fn occult_carcinoma_reads_as_words_not_as_a_stage_number() {
    let root = mount().await;
    type_into(&root, "written", "TX N0 M0").await;
    assert_eq!(text(&root, "stage"), "occult");
    let line = text(&root, "stage-headline");
    assert!(
        line.starts_with("occultcarcinoma") || line.starts_with("occult carcinoma"),
        "{line}"
    );
    assert!(!line.contains("Stage occult"), "{line}");
}

#[wasm_bindgen_test]
async fn survival_figures_wait_for_the_button_in_the_patient_view() {
    let root = mount().await;
    load_texts().await;
    type_into(&root, "size", "2.5").await;
    tick(&root, "side-right", true).await;
    tick(&root, "station-10R", true).await;
    let body = by_id(&root, "survival");
    assert!(body.has_attribute("hidden"));
    click(&root, ".survival-panel-toggle").await;
    assert!(!by_id(&root, "survival").has_attribute("hidden"));
    let iaslc = text(&root, "iaslc-survival");
    assert!(
        iaslc.contains("In the 8th edition this case is IIB: 53%"),
        "{iaslc}"
    );
    assert!(text(&root, "seer-survival").contains("38.2%"));
    assert!(has(&root, ".survival-chart-row.is-case"));
    // The clinician view shows them at once and puts the trace first.
    click(&root, ".view-toggle-button:not(.is-pressed)").await;
    assert!(!has(&root, ".survival-panel-toggle"));
    assert!(!by_id(&root, "survival").has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn the_treatment_panel_speaks_to_the_view() {
    let root = mount().await;
    load_texts().await;
    // T1c N2a: 9th-edition IIB, which gets the N2 text.
    type_into(&root, "written", "T1c N2a M0").await;
    let t = lungstage::Treatment::NsclcN2;
    let panel = text(&root, "treatment-panel");
    assert!(panel.contains(t.wording(View::Patient)), "{panel}");
    assert!(!panel.contains(t.wording(View::Clinician)), "{panel}");
    click(&root, ".view-toggle-button:not(.is-pressed)").await;
    let panel = text(&root, "treatment-panel");
    assert!(panel.contains(t.wording(View::Clinician)), "{panel}");
    assert!(!panel.contains(t.wording(View::Patient)), "{panel}");
}

#[wasm_bindgen_test]
async fn mesothelioma_uses_its_own_findings() {
    let root = mount().await;
    load_texts().await;
    tick(&root, "histology-mesothelioma", true).await;
    assert!(!has(&root, "[id$='-size']"));
    assert!(text(&root, "invite").starts_with("Enter the tumour findings"));
    // The 9th edition, clinical: CT thickness in mm, with its hint.
    type_into(&root, "psum", "18").await;
    tick(&root, "nodes-checked", true).await;
    assert_eq!(text(&root, "stage"), "II");
    // The 8th edition needs the structures involved: the patient is not told it has no stage.
    assert!(!has(&root, "[data-testid='other-edition-plain']"));
    assert!(
        by_id(&root, "psum-hint")
            .text_content()
            .unwrap()
            .contains("axial")
    );
    // The subtype chooses the treatment text: no operation for sarcomatoid disease.
    assert!(!text(&root, "treatment-panel").contains("Sarcomatoid"));
    choose(&root, "category-subtype", "sarcomatoid").await;
    assert!(text(&root, "treatment-panel").contains("Sarcomatoid mesothelioma"));
    choose(&root, "category-subtype", "unknown").await;
    assert!(!text(&root, "treatment-panel").contains("Sarcomatoid"));
    // Over 12 mm, Fmax cannot decide, so it is not asked.
    assert!(!has(&root, "[id$='-fmax']"));
    // A thickness typed in cm converts: 1.2 cm is 12 mm, so Fmax now decides and is asked.
    choose(&root, "psum-unit", "cm").await;
    assert_eq!(input(&root, "psum").value(), "1.8");
    type_into(&root, "psum", "1.2").await;
    assert_eq!(text(&root, "stage"), "—");
    type_into(&root, "fmax", "0.6").await;
    assert_eq!(
        (text(&root, "t-category"), text(&root, "stage")),
        ("T2".into(), "II".into())
    );
    // A T4 feature decides without thickness.
    type_into(&root, "psum", "").await;
    tick(&root, "feature-rib", true).await;
    assert_eq!(text(&root, "stage"), "IIIB");
    // The 8th edition has no T from thickness or a rib: kept, unused, and the extent asked for.
    tick(&root, "feature-rib", false).await;
    type_into(&root, "psum", "1.8").await;
    tick(&root, "edition-8", true).await;
    assert_eq!(text(&root, "stage"), "—");
    assert!(!has(&root, "[id$='-psum']"));
    tick(&root, "feature-mediastinal_fat", true).await;
    assert_eq!(text(&root, "stage"), "IB");
    tick(&root, "feature-mediastinal_fat", false).await;
    tick(&root, "edition-9", true).await;
    assert_eq!(input(&root, "psum").value(), "1.8");
    assert_eq!(text(&root, "stage"), "II");
    assert!(text(&root, "iaslc-survival").contains("not shown for pleural mesothelioma"));
}

#[wasm_bindgen_test]
async fn a_site_asks_for_its_lesion_count_and_never_assumes_one() {
    let root = mount().await;
    type_into(&root, "size", "3.4").await;
    tick(&root, "nodes-checked", true).await;
    tick(&root, "site-bone", true).await;
    // Ticked, count not known: M1, stage IV, and the trace says what decides.
    assert!(input(&root, "site-bone-unknown").checked());
    assert_eq!(text(&root, "m-category"), "M1");
    assert_eq!(text(&root, "stage"), "IV");
    assert!(text(&root, "m-reasons").contains("M1b"));
    tick(&root, "site-bone-one", true).await;
    assert_eq!(
        (text(&root, "m-category"), text(&root, "stage")),
        ("M1b".into(), "IVA".into())
    );
    tick(&root, "site-bone-several", true).await;
    assert_eq!(
        (text(&root, "m-category"), text(&root, "stage")),
        ("M1c1".into(), "IVB".into())
    );
    type_into(&root, "site-bone-lesions", "1").await;
    assert!(
        by_id(&root, "site-bone-error")
            .text_content()
            .unwrap()
            .contains("2 or more")
    );
    type_into(&root, "site-bone-lesions", "3").await;
    assert_eq!(text(&root, "m-category"), "M1c1");
    assert_eq!(text(&root, "stage"), "IVB");
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_have_distinct_ids() {
    let a = mount().await;
    let b = mount().await;
    let (id_a, id_b) = (by_id(&a, "size").id(), by_id(&b, "size").id());
    assert_ne!(id_a, id_b);
    type_into(&a, "size", "3.4").await;
    tick(&a, "nodes-checked", true).await;
    assert_eq!(text(&a, "stage"), "IB");
    assert!(has(&b, "[data-testid='invite']"));
}

#[wasm_bindgen_test]
async fn the_crash_message_replaces_the_widget_with_a_reload_link() {
    let root = mount().await;
    lungstage_web::crash::show_crash(&root);
    assert!(!has(&root, "[data-testid='lungstage-root']"));
    assert!(text(&root, "crash").contains("stopped working"));
    assert_eq!(
        find(&root, "[data-testid='crash'] a")
            .get_attribute("href")
            .as_deref(),
        Some("")
    );
}

#[wasm_bindgen_test]
async fn the_classification_choice_labels_the_stage() {
    let root = mount().await;
    type_into(&root, "written", "T2a N1 M0").await;
    assert!(text(&root, "stage-headline").contains("cT2a cN1 cM0, clinical stage IIB"));
    choose(&root, "classification", "p").await;
    assert_eq!(text(&root, "stage"), "IIB");
    assert!(text(&root, "stage-headline").contains("pT2a pN1 cM0, pathological stage IIB"));
}

#[wasm_bindgen_test]
async fn a_stage_after_treatment_shows_no_treatment_text_and_says_why() {
    let root = mount().await;
    load_texts().await;
    type_into(&root, "written", "T2a N1 M0").await;
    choose(&root, "classification", "yp").await;
    assert_eq!(text(&root, "stage"), "IIB");
    assert!(has(&root, "[data-testid='treatment-not-at-diagnosis']"));
    let usual = lungstage::treatment(
        lungstage::Histology::Nsclc,
        lungstage::StageGroup::IIB,
        None,
    )
    .unwrap();
    assert!(!text(&root, "treatment-panel").contains(usual.wording(View::Patient)));
    choose(&root, "classification", "c").await;
    assert!(!has(&root, "[data-testid='treatment-not-at-diagnosis']"));
    // The urgent-help box names each publisher once, though two of its sources share one.
    let urgent = text(&root, "urgent-help");
    assert_eq!(urgent.matches("Cancer Research UK").count(), 1, "{urgent}");
}

#[wasm_bindgen_test]
async fn long_texts_fill_in_when_they_arrive_and_a_failure_says_so() {
    let root = mount().await;
    type_into(&root, "size", "2").await;
    tick(&root, "site-liver", true).await;
    let panel = find(&root, "[data-testid='treatment-panel']");
    let loading = |root: &Element| {
        has(
            root,
            "[data-testid='treatment-panel'][aria-busy='true'] .deferred-loading",
        )
    };
    let ready = has(&root, "[data-testid='treatment-panel']:not([aria-busy])");
    // Another test may have handed the texts over already; start from "not there".
    if ready {
        lungstage_web::deferred::lungstage_texts(wasm_bindgen::JsValue::NULL);
        flush().await;
    } else {
        assert!(loading(&root));
        assert!(!text(&root, "symptoms-liver").contains("jaundice"));
    }
    let texts = js_sys::JSON::parse(&lungstage::deferred::texts().to_string()).unwrap();
    lungstage_web::deferred::lungstage_texts(texts);
    flush().await;
    assert!(panel.get_attribute("aria-busy").is_none());
    assert!(text(&root, "treatment-panel").contains("Medicines through the whole body"));
    assert!(text(&root, "symptoms-liver").contains("jaundice"));
    assert!(text(&root, "sources-panel").contains("J Thorac Oncol"));
    // The stage and the urgent box never wait for them; a failure is one line per panel.
    lungstage_web::deferred::lungstage_texts(wasm_bindgen::JsValue::NULL);
    flush().await;
    assert!(text(&root, "treatment-panel").contains("could not load"));
    assert!(!text(&root, "symptoms-liver").contains("jaundice"));
    assert!(text(&root, "urgent-help").contains("spinal cord"));
    assert_eq!(text(&root, "stage"), "IV");
    // Leave them loaded for the other tests.
    let texts = js_sys::JSON::parse(&lungstage::deferred::texts().to_string()).unwrap();
    lungstage_web::deferred::lungstage_texts(texts);
    flush().await;
}

#[wasm_bindgen_test]
async fn an_undefined_stage_offers_what_would_decide_it() {
    // T2a N2 M0 in the 9th edition: N2a gives IIIA, N2b IIIB (Rami-Porta et al., 2024).
    let root = mount().await;
    type_into(&root, "written", "T2a N2 M0").await;
    assert_eq!(text(&root, "stage"), "—");
    let choices = text(&root, "stage-choices");
    assert!(
        choices.contains("N2a: stage IIIA") && choices.contains("N2b: stage IIIB"),
        "{choices}"
    );
    click(&root, "[data-testid='choice-N2a']").await;
    assert_eq!(
        (text(&root, "n-category"), text(&root, "stage")),
        ("N2a".into(), "IIIA".into())
    );
    assert!(!has(&root, "[data-testid='stage-choices']"));
}

#[wasm_bindgen_test]
async fn a_category_entered_directly_gets_its_definition_with_the_texts() {
    let root = mount().await;
    // Not there yet (or failed): the reason says how the category was given, and no more.
    lungstage_web::deferred::lungstage_texts(wasm_bindgen::JsValue::NULL);
    type_into(&root, "written", "T2a N2 M0").await;
    let reason = decisive_reason(&root, "n");
    assert!(
        reason.contains(&format!("N2: {}", lungstage::ENTERED_DIRECTLY)),
        "{reason}"
    );
    let means = |category: lungstage::N| {
        lungstage::definition(lungstage::Scheme::Lung9, category.into())
            .unwrap()
            .0
    };
    assert!(!reason.contains(means(lungstage::N::N2)), "{reason}");
    assert!(!text(&root, "stage-choices").contains(means(lungstage::N::N2a)));
    load_texts().await;
    let reason = decisive_reason(&root, "n");
    assert!(
        reason.contains(&format!(
            "N2: {}: {}",
            lungstage::ENTERED_DIRECTLY,
            means(lungstage::N::N2)
        )),
        "{reason}"
    );
    let choices = text(&root, "stage-choices");
    assert!(choices.contains(means(lungstage::N::N2a)), "{choices}");
    assert!(choices.contains(means(lungstage::N::N2b)), "{choices}");
}
