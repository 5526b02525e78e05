//! A reason written in Spanish names its finding in Spanish: the feature, station and site
//! names are words of the messages layer, not English text filled in. One test in its own
//! binary, since installing a language changes it for the whole process.

use lungstage::messages::{Texts, install};
use lungstage::{Case, Histology, MesoFeature, Site, StageGroup, Station, assess};

#[test]
fn a_spanish_reason_names_its_findings_in_spanish() {
    install(Texts::embedded("es").unwrap());
    let case = Case::from_json(
        r#"{"tumor": {"size_cm": 3.4, "features": ["chest_wall"]},
            "nodes": {"stations": ["10R"], "tumor_side": "right"},
            "metastases": {"sites": [{"site": "malignant_pleural_effusion"}, {"site": "brain", "lesions": 1}]}}"#,
    )
    .unwrap();
    let s = assess(&case).unwrap().staging;
    let reasons = |d: &[lungstage::Reason]| {
        d.iter()
            .map(|r| r.text.to_string())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let (t, n, m) = (
        reasons(&s.t.reasons),
        reasons(&s.n.reasons),
        reasons(&s.m.reasons),
    );
    assert!(t.contains("el tumor invade la pared torácica"), "{t}");
    assert!(n.contains("10R (hiliar)"), "{n}");
    assert!(m.contains("derrame pleural maligno"), "{m}");
    assert!(m.contains("cerebro"), "{m}");
    let summary = s.summary.reason.to_string();
    assert!(summary.contains("(derrame pleural, cerebro)"), "{summary}");
    for english in ["chest wall", "hilar", "brain", "effusion"] {
        assert!(
            !format!("{t}{n}{m}{summary}").contains(english),
            "{english}"
        );
    }
    assert_eq!(StageGroup::IIB.name(), "Estadio IIB");
    assert_eq!(Station::S7.name(), "subcarinal");
    assert_eq!(Site::Liver.name(), "hígado");
    assert_eq!(Histology::Mesothelioma.name(), "mesotelioma pleural");
    assert_eq!(MesoFeature::Rib.label(), "invade una costilla");
    assert!(
        lungstage::DISCLAIMER
            .to_string()
            .starts_with("Solo información educativa")
    );
}
