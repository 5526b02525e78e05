//! Summary Stage 2018 (NAACCR item 764) of a pleural mesothelioma, from SEER's own tables for
//! it: the EOD schemas `pleural_mesothelioma` ("Pleural Mesothelioma [8th: 2018-2024]") and
//! `pleural_mesothelioma_v9_2025` ("[V9: 2025+]"), SEER EOD data `eod_public` 3.3, modified
//! 2025-11-14, whose tables give each EOD code a summary stage part (`extension_bbx` and
//! `eod_primary_tumor_v9_52408` for the tumour, `nodes_dbq` and `eod_regional_nodes_v9_57286`
//! for the nodes, `mets_hat` and `eod_mets_v9_3184` for the metastases), combined by their
//! shared `summary_stage_rpa` table. Where each rule comes from: `docs/registrars.md`.

use crate::vocabulary::feature::Meso9Role;
use crate::{Case, M, MesoFeature, N, Scheme, Staging, T, TumorInput};

/// The tumour's part, as SEER's tables name it: localized (`L`), regional by extension
/// (`RE`), distant (`D`) or unknown (`U`). Ordered by extent, unknown lowest, so that the
/// furthest feature decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tumor {
    Unknown,
    Localized,
    Regional,
    Distant,
}

/// The nodes' part: none, regional (`RN`), distant (`D`) or unknown (`U`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Nodes {
    None,
    Regional,
    Distant,
    Unknown,
}

/// The metastases' part: none (or not known: code 00) or distant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mets {
    None,
    Distant,
}

/// The least and the furthest extent a feature or a T allows: the same where it is settled.
type Extent = (Tumor, Tumor);

/// The tumour part of one mesothelioma feature (`extension_bbx`: codes 100 and 200 are
/// localized, 300, 500 and 600 regional by extension, 700 distant). The V9 table differs only
/// for the mediastinal organs ([`feature_part_v9`]).
const fn feature_part(feature: MesoFeature) -> Extent {
    use Tumor::{Distant, Localized, Regional};
    match feature {
        // Code 100: ipsilateral pleura.
        MesoFeature::IpsilateralPleura => (Localized, Localized),
        // Code 300: diaphragm muscle, lung parenchyma. Code 500: endothoracic fascia,
        // mediastinal fat, a solitary focus in the chest wall, pericardium not through its
        // wall. Code 600: diffuse chest wall, mediastinal organs, rib.
        MesoFeature::DiaphragmMuscle
        | MesoFeature::LungParenchyma
        | MesoFeature::EndothoracicFascia
        | MesoFeature::MediastinalFat
        | MesoFeature::ChestWallSoftTissue
        | MesoFeature::PericardiumNonTransmural
        | MesoFeature::ChestWallDiffuse
        | MesoFeature::MediastinalOrgans
        | MesoFeature::Rib => (Regional, Regional),
        // Through to the inner surface of the pericardium is code 600 without a pericardial
        // effusion and 700 with one, which the descriptor does not ask.
        MesoFeature::PericardiumInternalSurface => (Regional, Distant),
        // Code 700: through the diaphragm to the peritoneum, contralateral pleura, spine,
        // heart muscle, the pericardium reached with an effusion.
        MesoFeature::TransdiaphragmaticPeritoneum
        | MesoFeature::ContralateralPleura
        | MesoFeature::Spine
        | MesoFeature::Myocardium
        | MesoFeature::MalignantPericardialEffusion => (Distant, Distant),
    }
}

/// The tumour part of a feature in the V9 table (`eod_primary_tumor_v9_52408`): as in the 8th,
/// except that the mediastinal organs (oesophagus, trachea, heart, great vessels) are code
/// 700, distant, where the 8th has them in code 600.
const fn feature_part_v9(feature: MesoFeature) -> Extent {
    match feature {
        MesoFeature::MediastinalOrgans => (Tumor::Distant, Tumor::Distant),
        other => feature_part(other),
    }
}

/// The tumour part of a 9th-edition clinical T (`eod_primary_tumor_v9_52408`): cT1 is code
/// 050, localized; cT2 and cT3 (codes 200 and 400, from CT thickness) regional by extension;
/// a cT4 is set by its T4 features (codes 600 and 700), or is either without them.
fn tumor_v9(case: &Case, t: T) -> Extent {
    use Tumor::{Distant, Localized, Regional, Unknown};
    match t {
        T::T1 => (Localized, Localized),
        T::T2 | T::T3 => (Regional, Regional),
        T::T4 => {
            let features = match &case.tumor {
                Some(TumorInput::Findings(f)) => f.features.as_slice(),
                Some(TumorInput::Category(_)) | None => &[],
            };
            let parts = features
                .iter()
                .filter_map(|f| f.meso())
                .filter(|f| f.meso9_role() == Meso9Role::T4)
                .map(feature_part_v9);
            let low = parts.clone().map(|(low, _)| low).max();
            let high = parts.map(|(_, high)| high).max();
            (low.unwrap_or(Regional), high.unwrap_or(Distant))
        }
        // Code 800 and 999: unknown.
        T::T0 | T::Tx => (Unknown, Unknown),
        // Lung categories: the core refuses them for mesothelioma.
        T::Tis | T::T1mi | T::T1a | T::T1b | T::T1c | T::T2a | T::T2b => (Unknown, Unknown),
    }
}

/// The tumour part: from the features where they were entered, else from T (AJCC 8th T1 is
/// the extent of codes 100 and 200, T2 of code 300, T3 of code 500, T4 of codes 600 and 700).
fn tumor(case: &Case, t: T) -> Extent {
    use Tumor::{Distant, Localized, Regional, Unknown};
    if let Some(TumorInput::Findings(f)) = &case.tumor
        && !f.features.is_empty()
    {
        // Lung features: the core refuses them for mesothelioma.
        let parts = f
            .features
            .iter()
            .map(|f| f.meso().map_or((Unknown, Unknown), feature_part));
        let low = parts.clone().map(|(low, _)| low).max();
        let high = parts.map(|(_, high)| high).max();
        return (low.unwrap_or(Unknown), high.unwrap_or(Unknown));
    }
    match t {
        T::T1 => (Localized, Localized),
        T::T2 | T::T3 => (Regional, Regional),
        T::T4 => (Regional, Distant),
        // Code 800 (no evidence of a primary tumour) and 999 are unknown.
        T::T0 | T::Tx => (Unknown, Unknown),
        // Lung categories: the core refuses them for mesothelioma.
        T::Tis | T::T1mi | T::T1a | T::T1b | T::T1c | T::T2a | T::T2b => (Unknown, Unknown),
    }
}

/// The nodes part (`nodes_dbq`: code 000 none; 300 and 800 regional, which SEER derives as
/// N1; 700 distant, derived as N2; 999 unknown).
const fn nodes(n: N) -> Nodes {
    match n {
        N::N0 => Nodes::None,
        N::N1 => Nodes::Regional,
        N::N2 => Nodes::Distant,
        N::Nx => Nodes::Unknown,
        // Lung categories: the core refuses them for mesothelioma.
        N::N2a | N::N2b | N::N3 => Nodes::Unknown,
    }
}

/// The metastases part (`mets_hat`: code 00, none or not known, is none; M1 is distant).
const fn metastases(m: M) -> Mets {
    if m.is_metastatic() {
        Mets::Distant
    } else {
        Mets::None
    }
}

/// `summary_stage_rpa`, row by row (its in situ rows do not apply: code 0 is not used for
/// mesothelioma).
const fn combine(t: Tumor, n: Nodes, m: Mets) -> char {
    match (t, n, m) {
        (Tumor::Distant, _, _) | (_, Nodes::Distant, _) | (_, _, Mets::Distant) => '7',
        (Tumor::Localized, Nodes::None | Nodes::Unknown, Mets::None) => '1',
        (Tumor::Regional, Nodes::None | Nodes::Unknown, Mets::None) => '2',
        (Tumor::Localized | Tumor::Unknown, Nodes::Regional, Mets::None) => '3',
        (Tumor::Regional, Nodes::Regional, Mets::None) => '4',
        (Tumor::Unknown, Nodes::None | Nodes::Unknown, Mets::None) => '9',
    }
}

/// The Summary Stage 2018 code of a pleural mesothelioma case: `Ok(code)`, or `Err` with
/// the two codes the case leaves open, which is code 9. The schema is that of the table the
/// case was staged with; the V9 nodes and metastases tables equal the 8th-edition ones.
pub fn summary_code(case: &Case, staging: &Staging) -> Result<char, (char, char)> {
    let t = staging.t.category.category;
    let (low, high) = match staging.scheme {
        Scheme::Mesothelioma9 => tumor_v9(case, t),
        Scheme::Mesothelioma8 | Scheme::Lung8 | Scheme::Lung9 => tumor(case, t),
    };
    let n = nodes(staging.n.category.category);
    let m = metastases(staging.m.category.category);
    match (combine(low, n, m), combine(high, n, m)) {
        (a, b) if a == b => Ok(a),
        open => Err(open),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stage;

    fn code(json: &str) -> Result<char, (char, char)> {
        let case = Case::from_json(json).unwrap();
        summary_code(&case, &stage(&case).unwrap())
    }

    #[test]
    fn categories_follow_seers_tables() {
        // (T, N, M, code): SEER EOD 3.3, pleural mesothelioma [8th], summary_stage_rpa.
        let cases = [
            ("T1", "N0", "M0", Ok('1')),
            // Unknown nodes are taken as none (rows L and RE with U).
            ("T1", "NX", "M0", Ok('1')),
            ("T2", "N0", "M0", Ok('2')),
            ("T3", "NX", "M0", Ok('2')),
            ("T1", "N1", "M0", Ok('3')),
            ("TX", "N1", "M0", Ok('3')),
            ("T0", "N1", "M0", Ok('3')),
            ("T2", "N1", "M0", Ok('4')),
            ("T3", "N1", "M0", Ok('4')),
            ("T1", "N2", "M0", Ok('7')),
            ("T2", "N0", "M1", Ok('7')),
            ("T4", "N2", "M0", Ok('7')),
            ("T4", "N0", "M1", Ok('7')),
            // T4 is code 600 (regional) or 700 (distant).
            ("T4", "N0", "M0", Err(('2', '7'))),
            ("T4", "N1", "M0", Err(('4', '7'))),
            ("TX", "N0", "M0", Ok('9')),
            ("T0", "NX", "M0", Ok('9')),
        ];
        for (t, n, m, expected) in cases {
            let json = format!(
                r#"{{"edition": 8, "histology": "mesothelioma", "tumor": {{"category": "{t}"}}, "nodes": {{"category": "{n}"}}, "metastases": {{"category": "{m}"}}}}"#
            );
            assert_eq!(code(&json), expected, "{t} {n} {m}");
        }
        // Nothing entered about spread is M0 assumed: code 00 (none or not known).
        assert_eq!(
            code(r#"{"edition": 8, "histology": "mesothelioma", "tumor": {"category": "T1"}}"#),
            Ok('1')
        );
    }

    #[test]
    fn features_settle_a_t4() {
        let cases = [
            (r#"["ipsilateral_pleura"]"#, Ok('1')),
            (r#"["ipsilateral_pleura", "lung_parenchyma"]"#, Ok('2')),
            (r#"["mediastinal_fat"]"#, Ok('2')),
            // T4, regional by extension (code 600).
            (r#"["chest_wall_diffuse"]"#, Ok('2')),
            (r#"["mediastinal_organs"]"#, Ok('2')),
            // T4, distant (code 700).
            (r#"["spine"]"#, Ok('7')),
            (r#"["myocardium", "mediastinal_fat"]"#, Ok('7')),
            (r#"["contralateral_pleura"]"#, Ok('7')),
            (r#"["transdiaphragmatic_peritoneum"]"#, Ok('7')),
            // 600 or 700 by a pericardial effusion the descriptor does not ask.
            (r#"["pericardium_internal_surface"]"#, Err(('2', '7'))),
            (r#"["pericardium_internal_surface", "spine"]"#, Ok('7')),
        ];
        for (features, expected) in cases {
            let json = format!(
                r#"{{"edition": 8, "histology": "mesothelioma", "tumor": {{"features": {features}}}, "nodes": {{"category": "N0"}}}}"#
            );
            assert_eq!(code(&json), expected, "{features}");
        }
    }

    #[test]
    fn ninth_edition_clinical_t_follows_the_v9_table() {
        // (tumour findings, N, code): SEER EOD 3.3, pleural mesothelioma [V9],
        // eod_primary_tumor_v9_52408 with summary_stage_rpa.
        let cases = [
            // Code 050: cT1, localized.
            (
                r#"{"pleural_thickness_sum_mm": 10, "fissure_thickness_max_mm": 2}"#,
                "N0",
                Ok('1'),
            ),
            (
                r#"{"pleural_thickness_sum_mm": 10, "fissure_thickness_max_mm": 2}"#,
                "N1",
                Ok('3'),
            ),
            // Codes 200 and 400: cT2 and cT3, regional by extension.
            (
                r#"{"pleural_thickness_sum_mm": 10, "features": ["mediastinal_fat"]}"#,
                "N0",
                Ok('2'),
            ),
            (r#"{"pleural_thickness_sum_mm": 25}"#, "N1", Ok('4')),
            (r#"{"pleural_thickness_sum_mm": 40}"#, "NX", Ok('2')),
            // An 8th-edition descriptor does not set the clinical T: code 050 still.
            (
                r#"{"pleural_thickness_sum_mm": 10, "fissure_thickness_max_mm": 2, "features": ["lung_parenchyma"]}"#,
                "N0",
                Ok('1'),
            ),
            // Code 600: rib, diffuse chest wall.
            (r#"{"features": ["rib"]}"#, "N0", Ok('2')),
            (
                r#"{"features": ["chest_wall_diffuse", "mediastinal_fat"]}"#,
                "N1",
                Ok('4'),
            ),
            // Code 700: the mediastinal organs (600 in the 8th), the pericardium with an effusion.
            (r#"{"features": ["mediastinal_organs"]}"#, "N0", Ok('7')),
            (
                r#"{"features": ["malignant_pericardial_effusion"]}"#,
                "N0",
                Ok('7'),
            ),
            (
                r#"{"features": ["pericardium_internal_surface", "malignant_pericardial_effusion"]}"#,
                "N0",
                Ok('7'),
            ),
            (
                r#"{"features": ["pericardium_internal_surface"]}"#,
                "N0",
                Err(('2', '7')),
            ),
            // The stage waits for the thickness: the tumour part is unknown.
            (r#"{"pleural_thickness_sum_mm": 10}"#, "N0", Ok('9')),
            (r#"{"pleural_thickness_sum_mm": 10}"#, "N2", Ok('7')),
        ];
        for (tumor, n, expected) in cases {
            let json = format!(
                r#"{{"histology": "mesothelioma", "tumor": {tumor}, "nodes": {{"category": "{n}"}}}}"#
            );
            assert_eq!(code(&json), expected, "{tumor} {n}");
        }
        // A 9th-edition T4 category, with no features: code 600 or 700.
        assert_eq!(
            code(
                r#"{"histology": "mesothelioma", "tumor": {"category": "T4"}, "nodes": {"category": "N0"}}"#
            ),
            Err(('2', '7'))
        );
        // The same mediastinal organs in the 8th edition: code 600, regional.
        assert_eq!(
            code(
                r#"{"edition": 8, "histology": "mesothelioma", "tumor": {"features": ["mediastinal_organs"]}, "nodes": {"category": "N0"}}"#
            ),
            Ok('2')
        );
    }
}
