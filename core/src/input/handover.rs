//! A case handed from one of our wasm modules to another, as numbers, not text.
//!
//! A share link is read once, by [`case_from_link`](crate::case_from_link), in the JavaScript
//! API's module, which the page loads after the first paint; the widget gets the case it read
//! as the list [`handover`] writes, so the widget's first load carries no link reader.
//! [`from_handover`] is its exact inverse and reads nothing else: no text, no versions, no
//! defaults. Each entry is an index into the closed enum's `ALL` (an option is `0` for none,
//! else index + 1), a flag (`0`, `1`), a size (NaN for none) or a list's length.
//!
//! | Part | Numbers |
//! |---|---|
//! | head | view, edition, histology, subtype?, classification? |
//! | tumour | `0` TX; `1`, prefix?, T; `2`, size, total, in situ?, mia, occult, Psum, Fmax, features |
//! | nodes | `0` NX; `1`, prefix?, N; `2`, side?, stations |
//! | metastases | `0` none entered; `1`, prefix?, M; `2`, sites, each site and its lesions |
//! | stated stage | `0` none (a case); `1`, stage group?, extent? ([`handover_stage`]) |
//!
//! A stated stage has no tumour, nodes or metastases, and its classification is always given;
//! its head carries its edition, cancer type and classification.
//!
//! A list is its length, then its items. Lesions are `0` not known, `1` several, `n + 2` a
//! count of `n`.

use crate::{
    Case, Classified, Edition, Entered, Extent, Feature, Histology, InSitu, Lesions, M,
    MetastasisFindings, MetastasisInput, N, NodeFindings, NodeInput, Prefix, Side, Site,
    SiteFinding, StageGroup, StatedStage, Station, Subtype, T, TumorFindings, TumorInput, View,
};

fn index<C: Copy + PartialEq>(all: &[C], c: C) -> f64 {
    all.iter().position(|x| *x == c).unwrap_or(0) as f64
}

fn option<C: Copy + PartialEq>(all: &[C], c: Option<C>) -> f64 {
    c.map_or(0.0, |c| index(all, c) + 1.0)
}

/// A category entered directly: `1`, its prefix, the category.
fn category<C: Copy + PartialEq>(all: &[C], c: &Classified<C>) -> [f64; 3] {
    [1.0, option(Prefix::ALL, c.prefix), index(all, c.category)]
}

/// The numbers of `case` shown in `view`.
pub fn handover(case: &Case, view: View) -> Vec<f64> {
    let mut out = vec![
        index(&View::ALL, view),
        index(&Edition::ALL, case.edition),
        index(&Histology::ALL, case.histology),
        option(Subtype::ALL, case.subtype),
        option(Prefix::ALL, case.classification),
    ];
    let size = |s: Option<f64>| s.unwrap_or(f64::NAN);
    match &case.tumor {
        None => out.push(0.0),
        Some(TumorInput::Category(t)) => out.extend(category(T::ALL, t)),
        Some(TumorInput::Findings(f)) => {
            out.extend([
                2.0,
                size(f.size_cm),
                size(f.total_size_cm),
                option(InSitu::ALL, f.in_situ),
                f64::from(u8::from(f.minimally_invasive)),
                f64::from(u8::from(f.occult)),
                size(f.pleural_thickness_sum_mm),
                size(f.fissure_thickness_max_mm),
                f.features.len() as f64,
            ]);
            out.extend(f.features.iter().map(|x| index(Feature::ALL, *x)));
        }
    }
    match &case.nodes {
        None => out.push(0.0),
        Some(NodeInput::Category(n)) => out.extend(category(N::ALL, n)),
        Some(NodeInput::Findings(f)) => {
            out.extend([
                2.0,
                option(&Side::ALL, f.tumor_side),
                f.stations.len() as f64,
            ]);
            out.extend(f.stations.iter().map(|x| index(Station::ALL, *x)));
        }
    }
    match &case.metastases {
        None => out.push(0.0),
        Some(MetastasisInput::Category(m)) => out.extend(category(M::ALL, m)),
        Some(MetastasisInput::Findings(f)) => {
            out.extend([2.0, f.sites.len() as f64]);
            for s in &f.sites {
                out.push(index(Site::ALL, s.site));
                out.push(match s.lesions {
                    Lesions::Unknown => 0.0,
                    Lesions::Multiple => 1.0,
                    Lesions::Count(n) => f64::from(n) + 2.0,
                });
            }
        }
    }
    out.push(0.0);
    out
}

/// The numbers of a stated stage shown in `view`.
pub fn handover_stage(stage: &StatedStage, view: View) -> Vec<f64> {
    let case = Case {
        edition: stage.edition,
        histology: stage.histology,
        classification: Some(stage.classification),
        ..Case::default()
    };
    let mut out = handover(&case, view);
    out.pop();
    out.extend([
        1.0,
        option(StageGroup::ALL, stage.group),
        option(Extent::ALL, stage.extent),
    ]);
    out
}

/// Reads the numbers in order; `None` for a number that is missing or out of range.
struct Numbers<'a>(std::slice::Iter<'a, f64>);

impl Numbers<'_> {
    /// A whole number from 0 to `below - 1`.
    fn whole(&mut self, below: f64) -> Option<usize> {
        let x = *self.0.next()?;
        (x >= 0.0 && x < below && x.fract() == 0.0).then_some(x as usize)
    }

    fn pick<C: Copy>(&mut self, all: &[C]) -> Option<C> {
        all.get(self.whole(all.len() as f64)?).copied()
    }

    /// `Some(None)` for `0`, `Some(Some(c))` for the index of `c` + 1.
    fn option<C: Copy>(&mut self, all: &[C]) -> Option<Option<C>> {
        match self.whole(all.len() as f64 + 1.0)? {
            0 => Some(None),
            i => all.get(i - 1).copied().map(Some),
        }
    }

    fn flag(&mut self) -> Option<bool> {
        Some(self.whole(2.0)? == 1)
    }

    fn size(&mut self) -> Option<Option<f64>> {
        let x = *self.0.next()?;
        Some((!x.is_nan()).then_some(x))
    }

    fn list<C: Copy>(&mut self, all: &[C]) -> Option<Vec<C>> {
        let len = self.whole(f64::from(u16::MAX))?;
        (0..len).map(|_| self.pick(all)).collect()
    }

    fn classified<C: Copy>(&mut self, all: &[C]) -> Option<Classified<C>> {
        Some(Classified {
            prefix: self.option(Prefix::ALL)?,
            category: self.pick(all)?,
        })
    }
}

/// The case or stated stage, and the view, that [`handover`] or [`handover_stage`] wrote, or
/// `None` for numbers neither would write.
pub fn from_handover(numbers: &[f64]) -> Option<(Entered, View)> {
    let mut r = Numbers(numbers.iter());
    let view = r.pick(&View::ALL)?;
    let mut case = Case {
        edition: r.pick(&Edition::ALL)?,
        histology: r.pick(&Histology::ALL)?,
        subtype: r.option(Subtype::ALL)?,
        classification: r.option(Prefix::ALL)?,
        ..Case::default()
    };
    case.tumor = match r.whole(3.0)? {
        0 => None,
        1 => Some(TumorInput::Category(r.classified(T::ALL)?)),
        _ => Some(TumorInput::Findings(TumorFindings {
            size_cm: r.size()?,
            total_size_cm: r.size()?,
            in_situ: r.option(InSitu::ALL)?,
            minimally_invasive: r.flag()?,
            occult: r.flag()?,
            pleural_thickness_sum_mm: r.size()?,
            fissure_thickness_max_mm: r.size()?,
            features: r.list(Feature::ALL)?,
        })),
    };
    case.nodes = match r.whole(3.0)? {
        0 => None,
        1 => Some(NodeInput::Category(r.classified(N::ALL)?)),
        _ => Some(NodeInput::Findings(NodeFindings {
            tumor_side: r.option(&Side::ALL)?,
            stations: r.list(Station::ALL)?,
        })),
    };
    case.metastases = match r.whole(3.0)? {
        0 => None,
        1 => Some(MetastasisInput::Category(r.classified(M::ALL)?)),
        _ => {
            let len = r.whole(f64::from(u16::MAX))?;
            let sites = (0..len)
                .map(|_| {
                    let site = r.pick(Site::ALL)?;
                    let lesions = match r.whole(f64::from(u32::MAX) + 2.0)? {
                        0 => Lesions::Unknown,
                        1 => Lesions::Multiple,
                        n => Lesions::Count(u32::try_from(n - 2).ok()?),
                    };
                    Some(SiteFinding { site, lesions })
                })
                .collect::<Option<_>>()?;
            Some(MetastasisInput::Findings(MetastasisFindings { sites }))
        }
    };
    let entered = match r.whole(2.0)? {
        0 => Entered::Case(case),
        _ => {
            let blank = case.tumor.is_none()
                && case.nodes.is_none()
                && case.metastases.is_none()
                && case.subtype.is_none();
            let stage = StatedStage::new(
                case.edition,
                case.histology,
                case.classification.filter(|_| blank)?,
                r.option(StageGroup::ALL)?,
                r.option(Extent::ALL)?,
            )
            .ok()?;
            Entered::Stage(stage)
        }
    };
    // Nothing left over: a list that was cut or padded is not a case.
    r.0.next().is_none().then_some((entered, view))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case_from_link;

    #[test]
    fn cases_come_back_as_they_were_handed_over() {
        for link in [
            "v=2",
            "v=2&edition=8&histology=sclc&class=yp&view=clinician",
            "v=2&t=pT2a&n=cN1&m=M1c2",
            "v=2&size=3.4&total=4&features=visceral_pleura,chest_wall&insitu=ais&mia=1&occult=1&side=left&stations=4L,10L&sites=bone:3,brain,liver:many",
            "v=2&size=0&total=1.2&features=&stations=&sites=",
            "v=3&histology=mesothelioma&subtype=biphasic&psum=18&fmax=6.5&n=N2",
        ] {
            let (case, extra) = case_from_link(link).unwrap();
            let view = if extra.is_empty() {
                View::Patient
            } else {
                View::Clinician
            };
            let numbers = handover(&case, view);
            assert_eq!(
                from_handover(&numbers),
                Some((Entered::Case(case), view)),
                "{link}"
            );
        }
    }

    #[test]
    fn stated_stages_come_back_as_they_were_handed_over() {
        for link in [
            "v=3&edition=9&histology=nsclc&class=c&stage=IIIA",
            "v=3&edition=8&histology=sclc&class=p&extent=limited",
            "v=3&edition=9&histology=sclc&class=c&stage=IIB&extent=limited",
            "v=3&edition=8&histology=mesothelioma&class=c&stage=IB",
        ] {
            let Ok((Entered::Stage(stage), _)) = crate::read_link(link) else {
                panic!("{link}")
            };
            let numbers = handover_stage(&stage, View::Clinician);
            assert_eq!(
                from_handover(&numbers),
                Some((Entered::Stage(stage), View::Clinician)),
                "{link}"
            );
        }
    }

    #[test]
    fn numbers_it_would_not_write_are_no_case() {
        let good = handover(&Case::default(), View::Patient);
        assert!(from_handover(&good).is_some());
        let mut long = good.clone();
        long.push(0.0);
        for bad in [
            &[][..],
            &good[..good.len() - 1],
            &long,
            &[2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            &[0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            &[0.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            &[0.0, f64::NAN, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            &[0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1e9, 0.0, 0.0],
            &[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 1e9],
            &[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 1.0, 0.0, 1e12, 0.0],
            // A stated stage with no classification, with a tumour, with neither group nor
            // extent, or with a group its table does not have.
            &[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0],
            &[
                0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0,
            ],
            &[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0],
            &[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 99.0, 0.0],
        ] {
            assert_eq!(from_handover(bad), None, "{bad:?}");
        }
    }
}
