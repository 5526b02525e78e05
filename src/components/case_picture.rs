//! "In your case", for the patient: one sentence from the case, beside a drawing of it seen
//! from the front, marking the tumour's side, the lymph node regions involved and the places
//! the cancer has spread to. Both come from the same result; the sentence says everything the
//! drawing shows, so the drawing itself is hidden from screen readers. Its colours are the
//! theme's, so it follows dark mode and print; its outline loads with the deferred texts.

use std::fmt::Write;

use lungstage::{Involvement, M, MetastasisInput, N, NodeInput, Side, Site, T, TumorInput};
use yew::prelude::*;

use crate::deferred::Texts;
use crate::outcome::Staged;
use crate::text::{Msg, say, say_with};

/// The key of the body's outline in the deferred texts, where `src/bin/texts.rs` puts it.
pub const BODY_KEY: &str = "picture.body";

/// The body's outline: head, neck, torso, the two lungs, the heart and the spine, in a 200 by
/// 250 box, the patient's right on the left as on a scan (its letters, in the page's language,
/// are drawn with the case). It comes with the deferred texts.
pub const BODY: &str = concat!(
    r#"<circle class="cp-body" cx="100" cy="28" r="20"/>"#,
    r#"<path class="cp-body" d="M90 47v10H62q-22 0-24 24l-6 150q0 14 14 14h108q14 0 14-14l-6-150q-2-24-24-24H110V47"/>"#,
    r#"<path class="cp-line" d="M62 70q20 6 38 2q18 4 38-2"/>"#,
    r#"<ellipse class="cp-lung" cx="72" cy="124" rx="22" ry="42"/>"#,
    r#"<ellipse class="cp-lung" cx="128" cy="124" rx="22" ry="42"/>"#,
    r#"<ellipse class="cp-organ" cx="104" cy="146" rx="13" ry="15"/>"#,
    r#"<path class="cp-spine" d="M100 74V236"/>"#,
);

/// The middle of the lung on `side`, across the drawing.
const fn lung_x(side: Side) -> i32 {
    match side {
        Side::Right => 72,
        Side::Left => 128,
    }
}

const fn other(side: Side) -> Side {
    match side {
        Side::Right => Side::Left,
        Side::Left => Side::Right,
    }
}

/// Towards the middle of the chest from the lung on `side`, by `by`.
const fn inward(side: Side, by: i32) -> i32 {
    match side {
        Side::Right => 100 - by,
        Side::Left => 100 + by,
    }
}

fn mark(svg: &mut String, class: &str, x: i32, y: i32, r: i32) {
    let _ = write!(
        svg,
        r#"<circle class="{class}" cx="{x}" cy="{y}" r="{r}"/>"#
    );
}

/// Where a site is drawn, if it has one place; `side` is the tumour's.
fn draw_site(svg: &mut String, site: Site, side: Option<Side>) -> bool {
    let spread = "cp-spread";
    match (site, side) {
        (Site::Brain, _) => mark(svg, spread, 100, 26, 7),
        (Site::Bone, _) => {
            mark(svg, spread, 100, 170, 5);
            mark(svg, spread, 100, 214, 5);
        }
        (Site::Liver, _) => mark(svg, spread, 76, 190, 9),
        (Site::Adrenal, _) => {
            mark(svg, spread, 86, 205, 4);
            mark(svg, spread, 114, 205, 4);
        }
        (Site::Kidney, _) => mark(svg, spread, 84, 218, 5),
        (Site::Peritoneum, _) => mark(svg, spread, 112, 228, 6),
        (Site::ContralateralLung, Some(side)) => mark(svg, spread, lung_x(other(side)), 116, 6),
        (Site::PleuralNodules | Site::MalignantPleuralEffusion, Some(side)) => {
            let _ = write!(
                svg,
                r#"<ellipse class="cp-ring" cx="{}" cy="124" rx="26" ry="46"/>"#,
                lung_x(side)
            );
        }
        (Site::PericardialNodules | Site::MalignantPericardialEffusion, _) => {
            let _ = write!(
                svg,
                r#"<ellipse class="cp-ring" cx="104" cy="146" rx="17" ry="19"/>"#
            );
        }
        _ => return false,
    }
    true
}

/// The sentence and the drawing, for a case with anything to say; nothing otherwise.
pub fn case_picture(staged: &Staged, texts: &Texts) -> Html {
    let s = &staged.assessment.staging;
    if !s.histology.is_lung() {
        return html! {};
    }
    let (side, stations) = match &staged.case.nodes {
        Some(NodeInput::Findings(f)) => (f.tumor_side, f.stations.as_slice()),
        Some(NodeInput::Category(_)) | None => (None, &[][..]),
    };
    let mut svg = String::new();
    let mut said: Vec<String> = Vec::new();
    let tumour = !matches!(s.t.category.category, T::Tx | T::T0);
    // "a 3.4 cm tumour" where a size was measured.
    let size = match &staged.case.tumor {
        Some(TumorInput::Findings(f)) => f.size_cm.filter(|cm| *cm > 0.0),
        _ => None,
    };
    let what = size.map_or_else(
        || say(Msg::ResultPictureTheTumour),
        |cm| say_with(Msg::ResultPictureSizedTumour, &[&lungstage::decimal(cm)]),
    );
    match (tumour, side) {
        (true, Some(side)) => {
            mark(&mut svg, "cp-tumour", lung_x(side), 110, 8);
            let lung = match side {
                Side::Right => Msg::ResultPictureRightLung,
                Side::Left => Msg::ResultPictureLeftLung,
            };
            said.push(say_with(lung, &[&what]));
        }
        (true, None) => said.push(say_with(Msg::ResultPictureNoSide, &[&what])),
        (false, _) => {}
    }
    // Node regions: from the stations where they were ticked, else from N.
    let mut regions: Vec<Involvement> = stations
        .iter()
        .filter_map(|st| st.involvement(side))
        .collect();
    if stations.is_empty() {
        regions.extend(match s.n.category.category {
            N::N1 => Some(Involvement::SameSideHilar),
            N::N2 | N::N2a | N::N2b => Some(Involvement::SameSideMediastinal),
            _ => None,
        });
    }
    // Each region once, in the order first found.
    let mut drawn_regions: Vec<Involvement> = Vec::new();
    for region in regions {
        if drawn_regions.contains(&region) {
            continue;
        }
        drawn_regions.push(region);
        let Some(side) = side else { continue };
        let (x, y) = match region {
            Involvement::SameSideHilar => (inward(side, 14), 124),
            Involvement::SameSideMediastinal => (inward(side, 6), 100),
            Involvement::OppositeHilar => (inward(other(side), 14), 124),
            Involvement::OppositeMediastinal => (inward(other(side), 6), 100),
            Involvement::Supraclavicular => (inward(side, 22), 66),
        };
        mark(&mut svg, "cp-node", x, y, 4);
    }
    let region_words = |r: &Involvement| match r {
        Involvement::SameSideHilar => Msg::ResultPictureSameHilar,
        Involvement::SameSideMediastinal => Msg::ResultPictureSameMediastinal,
        Involvement::OppositeHilar | Involvement::OppositeMediastinal => {
            Msg::ResultPictureOtherSide
        }
        Involvement::Supraclavicular => Msg::ResultPictureSupraclavicular,
    };
    if !drawn_regions.is_empty() {
        let mut words: Vec<Msg> = drawn_regions.iter().map(region_words).collect();
        words.dedup();
        let regions = words
            .into_iter()
            .map(say)
            .reduce(|first, second| say_with(Msg::ResultPictureAnd, &[&first, &second]))
            .unwrap_or_default();
        let nodes = if side.is_some() {
            Msg::ResultPictureNodes
        } else {
            Msg::ResultPictureNodesNotDrawn
        };
        said.push(say_with(nodes, &[&regions]));
    } else if s.n.category.category == N::N3 {
        said.push(say(Msg::ResultPictureN3));
    }
    // Spread entered as an M category: its meaning, since no site is known to draw.
    if let Some(MetastasisInput::Category(_)) = &staged.case.metastases {
        let m = s.m.category.category;
        let words = match m {
            M::M1a => Some(Msg::ResultPictureM1a),
            M::M1b => Some(Msg::ResultPictureM1b),
            M::M1c => Some(Msg::ResultPictureM1c),
            M::M1c1 => Some(Msg::ResultPictureM1c1),
            M::M1c2 => Some(Msg::ResultPictureM1c2),
            M::M1 => Some(Msg::ResultPictureM1),
            M::M0 => None,
        };
        if let Some(words) = words {
            said.push(say_with(Msg::ResultPictureM, &[&say(words), &m]));
        }
    }
    if let Some(MetastasisInput::Findings(f)) = &staged.case.metastases {
        let mut drawn = Vec::new();
        let mut not_drawn = Vec::new();
        for finding in &f.sites {
            let name = finding.site.name();
            if draw_site(&mut svg, finding.site, side) {
                drawn.push(name);
            } else {
                not_drawn.push(name);
            }
        }
        if !drawn.is_empty() {
            said.push(say_with(Msg::ResultPictureSpread, &[&drawn.join(", ")]));
        }
        if !not_drawn.is_empty() {
            said.push(say_with(
                Msg::ResultPictureSpreadNotDrawn,
                &[&not_drawn.join(", ")],
            ));
        }
    }
    if said.is_empty() {
        return html! {};
    }
    // Drawn once its outline has come with the deferred texts (never, if they could not
    // load): the sentence says everything it shows.
    let (right, left) = (
        say(Msg::ResultPictureRightLetter),
        say(Msg::ResultPictureLeftLetter),
    );
    let svg = texts.get(BODY_KEY).map(|body| format!(
        r#"<svg class="case-picture-svg" viewBox="0 0 200 250" width="160" height="200" aria-hidden="true" focusable="false">{body}<text class="cp-label" x="52" y="240">{right}</text><text class="cp-label" x="148" y="240">{left}</text>{svg}</svg>"#
    ));
    html! {
        <figure class="case-picture" data-testid="case-picture">
            if let Some(svg) = svg { { Html::from_html_unchecked(svg.into()) } }
            <figcaption data-testid="case-picture-text">
                { say_with(Msg::ResultPictureText, &[&said.join("; ")]) }
            </figcaption>
        </figure>
    }
}
