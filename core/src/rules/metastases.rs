//! M from metastasis sites and their lesion counts.

use crate::input::error::{Cause, FieldPath};
use crate::messages::Msg;
use crate::reference::notes::NoteId;
use crate::rules::reason::Value;
use crate::vocabulary::m::clinical_m0;
use crate::{
    Derived, Error, Lesions, M, MetastasisFindings, MetastasisInput, Note, ReasonText, Scheme,
    Site, SiteFinding, SourceId, Worded,
};

/// Derives M for `scheme` from the metastasis input (`None` is M0).
pub fn derive_m(scheme: Scheme, input: Option<&MetastasisInput>) -> Result<Derived<M>, Error> {
    match input {
        None => Ok(Derived::single(
            M::M0,
            Worded::new(Msg::ReasonM0None, &[]),
            SourceId::Ajcc8,
            false,
        )),
        Some(MetastasisInput::Category(c)) => {
            let read = scheme
                .accepts_m(c.category)
                .map_err(|e| e.at(FieldPath::MetastasesCategory))?;
            let source = if scheme.is_lung() {
                SourceId::Ajcc8
            } else {
                SourceId::Meso8
            };
            let (category, note) = clinical_m0(*c);
            // `read` is M1c for an M1c1 or M1c2 with the 8th edition; a pM0 read as cM0 keeps
            // its category.
            let mut derived =
                Derived::entered_as_parent(scheme, category, read, source, SourceId::Iaslc9M);
            derived.notes.extend(note);
            Ok(derived)
        }
        Some(MetastasisInput::Findings(f)) if f.sites.is_empty() => Ok(Derived::single(
            M::M0,
            Worded::new(Msg::ReasonM0FoundNone, &[]),
            SourceId::Ajcc8,
            true,
        )),
        Some(MetastasisInput::Findings(f)) => match scheme {
            Scheme::Lung8 | Scheme::Lung9 => Ok(lung(scheme, f)),
            Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => super::apart(mesothelioma, f),
        },
    }
}

/// The sites' short names, separated by commas, in the language they are shown in.
fn names(sites: &[Site]) -> Value {
    Value::Words(sites.iter().map(|s| s.short_name_msg().0).collect())
}

fn lung(scheme: Scheme, f: &MetastasisFindings) -> Derived<M> {
    let mut candidates: Vec<(M, ReasonText, SourceId)> = f
        .sites
        .iter()
        .filter(|s| s.site.is_intrathoracic())
        .map(|s| {
            let text = Worded::with(Msg::ReasonM1a, vec![s.site.name_msg().into()]);
            (M::M1a, text.into(), SourceId::Ajcc8)
        })
        .collect();
    let outside: Vec<&SiteFinding> = f
        .sites
        .iter()
        .filter(|s| !s.site.is_intrathoracic())
        .collect();
    let sites: Vec<Site> = outside.iter().map(|s| s.site).collect();
    let several = match scheme {
        Scheme::Lung9 if sites.len() == 1 => M::M1c1,
        Scheme::Lung9 => M::M1c2,
        Scheme::Lung8 | Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => M::M1c,
    };
    let source = match scheme {
        Scheme::Lung9 => SourceId::Iaslc9M,
        Scheme::Lung8 | Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => SourceId::Ajcc8,
    };
    // "3 metastases outside the chest" or "several metastases…", in one organ (system).
    let one_place = |s: &SiteFinding| {
        let (counted, several) = match scheme {
            Scheme::Lung9 => (Msg::ReasonM1cOneSystem, Msg::ReasonM1cOneSystemSeveral),
            Scheme::Lung8 | Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => {
                (Msg::ReasonM1cOneOrgan, Msg::ReasonM1cOneOrganSeveral)
            }
        };
        match s.lesions {
            Lesions::Count(n) => Worded::with(counted, vec![Value::text(&n), names(&sites)]),
            Lesions::Multiple | Lesions::Unknown => Worded::with(several, vec![names(&sites)]),
        }
    };
    // Two or more organs outside the chest always hold several lesions, whatever the counts.
    match outside.as_slice() {
        [] => {}
        [only] => match only.lesions.may_be() {
            (true, false) => candidates.push((
                M::M1b,
                Worded::with(Msg::ReasonM1b, vec![names(&sites)]).into(),
                SourceId::Ajcc8,
            )),
            (false, _) => candidates.push((several, one_place(only).into(), source)),
            (true, true) => candidates.push((
                M::M1,
                Worded::with(
                    Msg::ReasonM1CountUnknown,
                    vec![names(&sites), Value::text(&several)],
                )
                .into(),
                SourceId::Ajcc8,
            )),
        },
        _ => {
            let msg = match scheme {
                Scheme::Lung9 => Msg::ReasonM1cSystems,
                Scheme::Lung8 | Scheme::Mesothelioma8 | Scheme::Mesothelioma9 => {
                    Msg::ReasonM1cOrgans
                }
            };
            let text = Worded::with(msg, vec![Value::text(&sites.len()), names(&sites)]);
            candidates.push((several, text.into(), source));
        }
    }
    // M1 here is "M1b or worse, the count decides": above M1a, never beside M1b or M1c.
    let rank = |m: M| match m {
        M::M1 => 2,
        other => other.rank().unwrap_or(0),
    };
    let mut derived = Derived::highest(candidates, rank).unwrap_or_else(|| {
        Derived::single(
            M::M0,
            Worded::new(Msg::ReasonM0NoSite, &[]),
            SourceId::Ajcc8,
            true,
        )
    });
    let has = |site: Site| f.sites.iter().any(|s| s.site == site);
    if scheme == Scheme::Lung9 && derived.category.category == M::M1c1 {
        if has(Site::Bone) {
            derived
                .notes
                .push(Note::fixed(NoteId::Skeleton, SourceId::SeerEodV9));
        }
        if has(Site::Adrenal) {
            derived
                .notes
                .push(Note::fixed(NoteId::Adrenals, SourceId::Iaslc9M));
        }
    }
    if has(Site::MalignantPleuralEffusion) || has(Site::MalignantPericardialEffusion) {
        derived
            .notes
            .push(Note::fixed(NoteId::Effusion, SourceId::Ajcc8));
    }
    if has(Site::DistantLymphNode) {
        derived
            .notes
            .push(Note::fixed(NoteId::DistantNodes, SourceId::Ajcc8));
    }
    derived
}

fn mesothelioma(f: &MetastasisFindings) -> Result<Derived<M>, Error> {
    for (i, s) in f.sites.iter().enumerate() {
        if !s.site.is_mesothelioma_metastasis() {
            return Err(Error::field(
                FieldPath::SiteName(i),
                Cause::NotMesotheliomaMetastasis { site: s.site },
            ));
        }
    }
    let sites: Vec<Site> = f.sites.iter().map(|s| s.site).collect();
    Ok(Derived::single(
        M::M1,
        Worded::with(Msg::ReasonMesoM1, vec![names(&sites)]),
        SourceId::Meso8,
        true,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m_of(scheme: Scheme, sites: &[(Site, u32)]) -> Result<Derived<M>, Error> {
        let sites: Vec<(Site, Lesions)> = sites
            .iter()
            .map(|&(site, n)| (site, Lesions::Count(n)))
            .collect();
        m_with(scheme, &sites)
    }

    fn m_with(scheme: Scheme, sites: &[(Site, Lesions)]) -> Result<Derived<M>, Error> {
        let f = MetastasisFindings {
            sites: sites
                .iter()
                .map(|&(site, lesions)| SiteFinding { site, lesions })
                .collect(),
        };
        derive_m(scheme, Some(&MetastasisInput::Findings(f)))
    }

    fn category(scheme: Scheme, sites: &[(Site, u32)]) -> M {
        m_of(scheme, sites).unwrap().category.category
    }

    #[test]
    fn lung_sites() {
        use Site::*;
        let cases = [
            (vec![], M::M0, M::M0),
            (vec![(MalignantPleuralEffusion, 1)], M::M1a, M::M1a),
            (
                vec![(ContralateralLung, 3), (PericardialNodules, 1)],
                M::M1a,
                M::M1a,
            ),
            (vec![(Brain, 1)], M::M1b, M::M1b),
            (vec![(Brain, 1), (PleuralNodules, 1)], M::M1b, M::M1b),
            (vec![(Bone, 3)], M::M1c, M::M1c1),
            (vec![(Adrenal, 2)], M::M1c, M::M1c1),
            (vec![(Liver, 1), (DistantLymphNode, 1)], M::M1c, M::M1c2),
            (vec![(Brain, 2), (Bone, 4), (Liver, 1)], M::M1c, M::M1c2),
        ];
        for (sites, eighth, ninth) in cases {
            assert_eq!(category(Scheme::Lung8, &sites), eighth, "{sites:?}");
            assert_eq!(category(Scheme::Lung9, &sites), ninth, "{sites:?}");
        }
        assert_eq!(
            derive_m(Scheme::Lung9, None).unwrap().category.category,
            M::M0
        );
    }

    #[test]
    fn lesion_counts_not_known() {
        use Lesions::{Count, Multiple, Unknown};
        use Site::*;
        // (sites, 8th, 9th): AJCC 8th M1b single / M1c multiple; 9th M1c1 one system, M1c2 several.
        let cases = [
            (vec![(Bone, Unknown)], M::M1, M::M1),
            (vec![(Bone, Multiple)], M::M1c, M::M1c1),
            (vec![(Bone, Count(1))], M::M1b, M::M1b),
            (
                vec![(Bone, Unknown), (MalignantPleuralEffusion, Unknown)],
                M::M1,
                M::M1,
            ),
            (vec![(MalignantPleuralEffusion, Unknown)], M::M1a, M::M1a),
            (vec![(Bone, Unknown), (Liver, Unknown)], M::M1c, M::M1c2),
            (vec![(Other, Count(1)), (Other, Count(1))], M::M1c, M::M1c2),
        ];
        for (sites, eighth, ninth) in cases {
            assert_eq!(
                m_with(Scheme::Lung8, &sites).unwrap().category.category,
                eighth,
                "{sites:?}"
            );
            assert_eq!(
                m_with(Scheme::Lung9, &sites).unwrap().category.category,
                ninth,
                "{sites:?}"
            );
        }
        let d = m_with(Scheme::Lung9, &[(Bone, Unknown)]).unwrap();
        let text = d.reasons[0].text.to_string();
        assert!(text.contains("M1b") && text.contains("M1c1"));
    }

    #[test]
    fn reasons_and_notes() {
        let d = m_of(Scheme::Lung9, &[(Site::Bone, 3)]).unwrap();
        assert_eq!(
            d.reasons[0].to_string(),
            "M1c1: 3 metastases outside the chest, all in one organ system (bone)"
        );
        assert!(d.notes[0].text.to_string().contains("skeleton"));
        let d = m_of(
            Scheme::Lung8,
            &[(Site::MalignantPleuralEffusion, 1), (Site::Liver, 1)],
        )
        .unwrap();
        assert_eq!(d.category.category, M::M1b);
        assert_eq!(d.reasons.len(), 2);
        assert!(
            d.notes
                .iter()
                .any(|n| n.text.to_string().contains("effusion"))
        );
    }

    #[test]
    fn mesothelioma_sites() {
        assert_eq!(category(Scheme::Mesothelioma8, &[(Site::Liver, 2)]), M::M1);
        let err = m_of(
            Scheme::Mesothelioma8,
            &[(Site::Bone, 1), (Site::MalignantPleuralEffusion, 1)],
        )
        .unwrap_err();
        assert_eq!(
            err.field_path().as_deref(),
            Some("metastases.sites[1].site")
        );
        let err = derive_m(
            Scheme::Mesothelioma8,
            Some(&MetastasisInput::Category("M1b".parse().unwrap())),
        )
        .unwrap_err();
        assert_eq!(err.field_path().as_deref(), Some("metastases.category"));
    }
}
