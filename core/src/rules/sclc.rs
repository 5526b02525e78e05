//! Small cell lung cancer: limited or extensive stage (VA Lung Study Group).

use crate::messages::Msg;
use crate::reference::notes::NoteId;
use crate::vocabulary::codes::coded_enum;
use crate::{Case, Feature, LungFeature, M, Note, SourceId, T, TumorInput, Worded};

coded_enum! {
    /// VA Lung Study Group extent of small cell lung cancer.
    pub enum Extent (ListExtent) {
        /// No distant metastasis (M0): the disease of TNM stages I to III.
        Limited = "limited",
        /// Distant metastasis (any M1).
        Extensive = "extensive",
        /// Limited only if every nodule fits in one tolerable radiation field.
        Undetermined = "undetermined",
    }
}

/// The extent of a small cell case with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SclcExtent {
    /// Limited, extensive, or undetermined.
    pub extent: Extent,
    /// Why, in plain words.
    pub reason: Worded,
    /// The radiation-field caveat.
    pub caveat: Note,
}

/// Limited or extensive stage from TNM and the tumour findings.
///
/// Distant metastasis (any M1, malignant effusion included) is always
/// extensive. Without it the disease is limited (TNM stages I to III),
/// unless T3 or T4 comes from several lung nodules too widespread for one
/// tolerable radiation field (NCI PDQ).
pub fn sclc_extent(case: &Case, t: T, m: M) -> SclcExtent {
    let caveat = Note::fixed(NoteId::SclcLimited, SourceId::PdqSclc);
    let nodules = match &case.tumor {
        Some(TumorInput::Findings(f)) => f.features.iter().any(|f| f.is_separate_nodule()),
        Some(TumorInput::Category(_)) | None => false,
    };
    let (extent, reason) = if m.is_metastatic() {
        (
            Extent::Extensive,
            Worded::new(Msg::ReasonSclcDistant, &[&m]),
        )
    } else if nodules && matches!(t, T::T3 | T::T4) {
        let which = match &case.tumor {
            Some(TumorInput::Findings(f))
                if f.features.contains(&Feature::Lung(
                    LungFeature::SeparateNoduleOtherIpsilateralLobe,
                )) =>
            {
                Msg::ReasonSclcNodulesOtherLobe
            }
            Some(TumorInput::Findings(_) | TumorInput::Category(_)) | None => {
                Msg::ReasonSclcNodulesSameLobe
            }
        };
        (Extent::Undetermined, Worded::new(which, &[&t]))
    } else if matches!(t, T::T3 | T::T4) && matches!(case.tumor, Some(TumorInput::Category(_))) {
        (
            Extent::Limited,
            Worded::new(Msg::ReasonSclcLimitedUnless, &[&t]),
        )
    } else {
        (Extent::Limited, Worded::new(Msg::ReasonSclcLimited, &[]))
    };
    SclcExtent {
        extent,
        reason,
        caveat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extent(json: &str, t: T, m: M) -> Extent {
        sclc_extent(&Case::from_json(json).unwrap(), t, m).extent
    }

    #[test]
    fn limited_or_extensive() {
        let cases = [
            (r#"{}"#, T::T2a, M::M0, Extent::Limited),
            (r#"{}"#, T::T2a, M::M1a, Extent::Extensive),
            (r#"{}"#, T::T1a, M::M1c2, Extent::Extensive),
            (
                r#"{"tumor": {"category": "T4"}}"#,
                T::T4,
                M::M0,
                Extent::Limited,
            ),
            (
                r#"{"tumor": {"size_cm": 8}}"#,
                T::T4,
                M::M0,
                Extent::Limited,
            ),
            (
                r#"{"tumor": {"size_cm": 2, "features": ["separate_nodule_other_ipsilateral_lobe"]}}"#,
                T::T4,
                M::M0,
                Extent::Undetermined,
            ),
            (
                r#"{"tumor": {"size_cm": 2, "features": ["separate_nodule_same_lobe"]}}"#,
                T::T3,
                M::M1b,
                Extent::Extensive,
            ),
        ];
        for (json, t, m, expected) in cases {
            assert_eq!(extent(json, t, m), expected, "{json} {t} {m}");
        }
        let e = sclc_extent(&Case::default(), T::T1a, M::M0);
        assert!(e.caveat.text.to_string().contains("radiation field"));
    }
}
