//! Registrar fields: a staging result as NAACCR data items (clinical or pathological TNM
//! stage group, TNM edition, SEER Summary Stage 2018, metastasis-at-diagnosis flags).
//! Where each rule and code comes from, and which could not be confirmed: `docs/registrars.md`.

use serde_json::{Value, json};

use crate::{Case, Edition, MetastasisInput, Prefix, Site, StageGroup, Staging};

/// One NAACCR data item: its number and name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub number: u16,
    pub name: &'static str,
}

const fn item(number: u16, name: &'static str) -> Item {
    Item { number, name }
}

/// The items written, in column order.
pub const ITEMS: [Item; 16] = [
    item(1001, "AJCC TNM Clin T"),
    item(1002, "AJCC TNM Clin N"),
    item(1003, "AJCC TNM Clin M"),
    item(1004, "AJCC TNM Clin Stage Group"),
    item(1011, "AJCC TNM Path T"),
    item(1012, "AJCC TNM Path N"),
    item(1013, "AJCC TNM Path M"),
    item(1014, "AJCC TNM Path Stage Group"),
    item(1060, "TNM Edition Number"),
    item(764, "Summary Stage 2018"),
    item(1112, "Mets at DX-Bone"),
    item(1113, "Mets at DX-Brain"),
    item(1114, "Mets at DX-Distant LN"),
    item(1115, "Mets at DX-Liver"),
    item(1116, "Mets at DX-Lung"),
    item(1117, "Mets at DX-Other"),
];

const CLIN_GROUP: usize = 3;
const PATH_GROUP: usize = 7;
const EDITION: usize = 8;
const SUMMARY: usize = 9;
const METS: usize = 10;

impl Item {
    /// The column name: number and name, `1004 AJCC TNM Clin Stage Group`.
    pub fn column(self) -> String {
        format!("{} {}", self.number, self.name)
    }
}

/// The six metastasis-at-diagnosis flags, in [`ITEMS`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetsFlag {
    Bone,
    Brain,
    DistantLymphNode,
    Liver,
    Lung,
    Other,
}

/// Which flag a site of ours sets (`docs/registrars.md`, "Metastasis flags").
pub const fn mets_flag(site: Site) -> MetsFlag {
    match site {
        Site::Bone => MetsFlag::Bone,
        Site::Brain => MetsFlag::Brain,
        Site::DistantLymphNode => MetsFlag::DistantLymphNode,
        Site::Liver => MetsFlag::Liver,
        Site::ContralateralLung => MetsFlag::Lung,
        Site::PleuralNodules
        | Site::MalignantPleuralEffusion
        | Site::PericardialNodules
        | Site::MalignantPericardialEffusion
        | Site::Adrenal
        | Site::Skin
        | Site::Kidney
        | Site::Peritoneum
        | Site::Other => MetsFlag::Other,
    }
}

/// NAACCR's stage group code ("3C" style), or `None` where no published list we read has it.
pub const fn stage_group_code(group: StageGroup) -> Option<&'static str> {
    Some(match group {
        StageGroup::Occult => "OC",
        StageGroup::Zero => "0",
        StageGroup::IA1 => "1A1",
        StageGroup::IA2 => "1A2",
        // Not in the stage-group code list we could read (docs/registrars.md).
        // IA3, and the 9th edition's mesothelioma stage I: not in the list we could read.
        StageGroup::IA3 | StageGroup::I => return None,
        StageGroup::IA => "1A",
        StageGroup::IB => "1B",
        StageGroup::II => "2",
        StageGroup::IIA => "2A",
        StageGroup::IIB => "2B",
        StageGroup::IIIA => "3A",
        StageGroup::IIIB => "3B",
        StageGroup::IIIC => "3C",
        StageGroup::IV => "4",
        StageGroup::IVA => "4A",
        StageGroup::IVB => "4B",
    })
}

/// A case's registrar fields: one value per [`ITEMS`] entry (empty: left blank) and
/// notes on what was left blank for this case and why ([`TNM_FORMAT`] holds for every case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    pub values: [&'static str; 16],
    pub notes: Vec<&'static str>,
}

/// Said once for every case (the JSON report's notes, `docs/registrars.md`), not per row.
pub const TNM_FORMAT: &str = "T, N and M items (1001-1003, 1011-1013) are left blank: NAACCR defers their code format to the CoC STORE manual, which we could not read.";
const POST_THERAPY: &str = "A post-therapy (yc, yp) stage goes in NAACCR's post-therapy items, whose numbers we could not all confirm; the clinical and pathological items are left blank.";
const NO_TNM_ITEMS: &str = "Recurrence (r) and autopsy (a) staging have no NAACCR TNM items; the TNM items are left blank.";
const IA3: &str = "Stage IA3 has no code in the NAACCR stage-group list we could read; the stage group is left blank.";
const STAGE_I: &str = "Stage I (9th-edition mesothelioma) has no code in the NAACCR stage-group list we could read; the stage group is left blank.";
const MESO: &str = "Summary Stage 2018 is 9: the mesothelioma rules are not in the core yet.";

/// The registrar fields of `staging`, a staging of `case`.
///
/// ```
/// use lungstage::{Case, stage};
/// use lungstage::export::naaccr::{ITEMS, registry};
///
/// let case = Case::from_json(r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#).unwrap();
/// let r = registry(&case, &stage(&case).unwrap());
/// let value = |n: u16| r.values[ITEMS.iter().position(|i| i.number == n).unwrap()];
/// assert_eq!((value(1004), value(1014), value(1060), value(764)), ("2B", "", "09", "3"));
/// assert_eq!(value(1112), "0");
/// ```
pub fn registry(case: &Case, staging: &Staging) -> Registry {
    let mut values = [""; 16];
    let mut notes = Vec::new();
    let group = match staging.stage() {
        Some(g) => stage_group_code(g).or_else(|| {
            notes.push(if g == StageGroup::I { STAGE_I } else { IA3 });
            None
        }),
        // No group for what was entered (NX, an answer still missing): unknown, not
        // staged (99). 88 is for a case with no AJCC scheme, which a lung or pleural
        // mesothelioma case always has.
        None => Some("99"),
    };
    match staging.classification.group {
        Prefix::C => values[CLIN_GROUP] = group.unwrap_or(""),
        Prefix::P => values[PATH_GROUP] = group.unwrap_or(""),
        Prefix::Yc | Prefix::Yp => notes.push(POST_THERAPY),
        Prefix::R | Prefix::A => notes.push(NO_TNM_ITEMS),
    }
    values[EDITION] = match staging.edition {
        Edition::Eighth => "08",
        Edition::Ninth => "09",
    };
    if !staging.scheme.is_lung() {
        notes.push(MESO);
    }
    values[SUMMARY] = match staging.summary.seer_code() {
        '0' => "0",
        '1' => "1",
        '2' => "2",
        '3' => "3",
        '4' => "4",
        '7' => "7",
        _ => "9",
    };
    let flags = mets_flags(case, staging);
    values[METS..].copy_from_slice(&flags);
    Registry { values, notes }
}

/// Bone, brain, distant nodes, liver, lung, other: 1 for a site entered, 0 where no
/// spread was found, 9 where nothing was entered about spread (or about that site).
fn mets_flags(case: &Case, staging: &Staging) -> [&'static str; 6] {
    let sites = match &case.metastases {
        Some(MetastasisInput::Findings(f)) => f.sites.as_slice(),
        _ => &[],
    };
    if sites.is_empty() {
        let none_found = !staging.m0_assumed && !staging.m.category.category.is_metastatic();
        return [if none_found { "0" } else { "9" }; 6];
    }
    let order = [
        MetsFlag::Bone,
        MetsFlag::Brain,
        MetsFlag::DistantLymphNode,
        MetsFlag::Liver,
        MetsFlag::Lung,
        MetsFlag::Other,
    ];
    order.map(|flag| {
        if sites.iter().any(|s| mets_flag(s.site) == flag) {
            "1"
        } else {
            "9"
        }
    })
}

impl Registry {
    /// The `registry` object of the JSON report: the items in order (`null`: left blank)
    /// and the notes.
    pub fn to_json(&self) -> Value {
        let items: Vec<Value> = ITEMS
            .iter()
            .zip(self.values)
            .map(|(item, value)| {
                json!({
                    "item": item.number,
                    "name": item.name,
                    "value": if value.is_empty() { Value::Null } else { json!(value) },
                })
            })
            .collect();
        let notes: Vec<&str> = std::iter::once(TNM_FORMAT)
            .chain(self.notes.iter().copied())
            .collect();
        json!({ "naaccr": items, "notes": notes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stage;

    fn fields(json: &str) -> Registry {
        let case = Case::from_json(json).unwrap();
        registry(&case, &stage(&case).unwrap())
    }

    fn value(r: &Registry, number: u16) -> &'static str {
        r.values[ITEMS.iter().position(|i| i.number == number).unwrap()]
    }

    #[test]
    fn stage_group_goes_in_the_items_of_its_classification() {
        // (descriptor, 1004 clin group, 1014 path group, 1060 edition)
        let cases = [
            (
                r#"{"edition": 8, "tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
                "2B",
                "",
                "08",
            ),
            (
                r#"{"edition": 9, "tumor": {"category": "T1c"}, "nodes": {"category": "N2a"}, "metastases": {"category": "M0"}}"#,
                "2B",
                "",
                "09",
            ),
            (
                r#"{"edition": 8, "classification": "p", "tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
                "",
                "2B",
                "08",
            ),
            (
                r#"{"edition": 8, "tumor": {"category": "pT3"}, "nodes": {"category": "pN2"}, "metastases": {"category": "cM0"}}"#,
                "",
                "3B",
                "08",
            ),
            (
                r#"{"edition": 8, "tumor": {"category": "T4"}, "nodes": {"category": "N3"}, "metastases": {"category": "M0"}}"#,
                "3C",
                "",
                "08",
            ),
            (
                r#"{"edition": 8, "tumor": {"category": "T1a"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
                "1A1",
                "",
                "08",
            ),
            (
                r#"{"edition": 8, "tumor": {"category": "Tis"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
                "0",
                "",
                "08",
            ),
            (
                r#"{"edition": 8, "tumor": {"category": "TX"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
                "OC",
                "",
                "08",
            ),
            (
                r#"{"edition": 8, "tumor": {"category": "T1a"}, "nodes": {"category": "N0"}, "metastases": {"category": "M1c"}}"#,
                "4B",
                "",
                "08",
            ),
            (
                r#"{"edition": 8, "tumor": {"category": "T2a"}, "nodes": {"category": "NX"}, "metastases": {"category": "M0"}}"#,
                "99",
                "",
                "08",
            ),
            // IA3 is not in the code list we could read: blank, with a note.
            (
                r#"{"edition": 8, "tumor": {"category": "T1c"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
                "",
                "",
                "08",
            ),
            // Post-therapy, recurrence and autopsy: no clinical or pathological item.
            (
                r#"{"edition": 8, "tumor": {"category": "ypT1a"}, "nodes": {"category": "ypN0"}, "metastases": {"category": "cM0"}}"#,
                "",
                "",
                "08",
            ),
            (
                r#"{"edition": 8, "classification": "r", "tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
                "",
                "",
                "08",
            ),
            (
                r#"{"edition": 8, "classification": "a", "tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
                "",
                "",
                "08",
            ),
        ];
        for (json, clin, path, edition) in cases {
            let r = fields(json);
            assert_eq!(
                (value(&r, 1004), value(&r, 1014), value(&r, 1060)),
                (clin, path, edition),
                "{json}"
            );
            for t in [1001, 1002, 1003, 1011, 1012, 1013] {
                assert_eq!(value(&r, t), "", "{json}: {t}");
            }
        }
        assert!(fields(cases[10].0).notes.contains(&IA3));
        assert!(fields(cases[11].0).notes.contains(&POST_THERAPY));
        assert!(fields(cases[12].0).notes.contains(&NO_TNM_ITEMS));
        assert!(fields(cases[13].0).notes.contains(&NO_TNM_ITEMS));
    }

    #[test]
    fn summary_stage_item() {
        let cases = [
            (
                r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N0"}}"#,
                "1",
            ),
            (
                r#"{"tumor": {"size_cm": 2, "features": ["visceral_pleura"]}, "nodes": {"stations": []}}"#,
                "2",
            ),
            (
                r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N1"}}"#,
                "3",
            ),
            (
                r#"{"tumor": {"size_cm": 2, "features": ["visceral_pleura"]}, "nodes": {"tumor_side": "right", "stations": ["10R"]}}"#,
                "4",
            ),
            (
                r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N0"}, "metastases": {"category": "M1a"}}"#,
                "7",
            ),
            (
                r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N0"}}"#,
                "9",
            ),
            (
                r#"{"histology": "mesothelioma", "tumor": {"category": "T1"}, "nodes": {"category": "N0"}}"#,
                "9",
            ),
        ];
        for (json, expected) in cases {
            assert_eq!(value(&fields(json), 764), expected, "{json}");
        }
        assert!(fields(cases[6].0).notes.contains(&MESO));
    }

    #[test]
    fn metastasis_flags() {
        // (descriptor, bone, brain, distant LN, liver, lung, other)
        let cases = [
            // Nothing entered about spread.
            (
                r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N0"}}"#,
                ["9"; 6],
            ),
            // "No spread found", as a category or as no sites.
            (
                r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N0"}, "metastases": {"category": "M0"}}"#,
                ["0"; 6],
            ),
            (
                r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N0"}, "metastases": {"sites": []}}"#,
                ["0"; 6],
            ),
            // Spread without its sites.
            (
                r#"{"tumor": {"category": "T1c"}, "nodes": {"category": "N0"}, "metastases": {"category": "M1b"}}"#,
                ["9"; 6],
            ),
            (
                r#"{"metastases": {"sites": [{"site": "bone"}, {"site": "liver"}]}}"#,
                ["1", "9", "9", "1", "9", "9"],
            ),
            (
                r#"{"metastases": {"sites": [{"site": "brain"}]}}"#,
                ["9", "1", "9", "9", "9", "9"],
            ),
            (
                r#"{"metastases": {"sites": [{"site": "distant_lymph_node"}, {"site": "adrenal"}]}}"#,
                ["9", "9", "1", "9", "9", "1"],
            ),
            (
                r#"{"metastases": {"sites": [{"site": "contralateral_lung"}, {"site": "malignant_pleural_effusion"}]}}"#,
                ["9", "9", "9", "9", "1", "1"],
            ),
        ];
        for (json, expected) in cases {
            let r = fields(json);
            assert_eq!(r.values[METS..], expected, "{json}");
        }
    }

    #[test]
    fn json_lists_every_item_in_order() {
        let r = fields(
            r#"{"tumor": {"category": "T2a"}, "nodes": {"category": "N1"}, "metastases": {"category": "M0"}}"#,
        );
        let out = r.to_json();
        let items = out["naaccr"].as_array().unwrap();
        assert_eq!(items.len(), ITEMS.len());
        assert_eq!(
            items[3],
            json!({"item": 1004, "name": "AJCC TNM Clin Stage Group", "value": "2B"})
        );
        assert_eq!(items[0]["value"], Value::Null);
        assert_eq!(ITEMS[9].column(), "764 Summary Stage 2018");
        assert_eq!(out["notes"][0], TNM_FORMAT);
        assert!(r.notes.is_empty());
    }
}
