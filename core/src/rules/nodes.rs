//! N from involved lymph node stations and the tumour's side.

use crate::input::error::{Cause, FieldPath, Needs};
use crate::messages::Msg;
use crate::reference::notes::NoteId;
use crate::rules::reason::{Category, Value};
use crate::rules::tumor::unique;
use crate::vocabulary::station::Involvement;
use crate::{
    Derived, Error, N, NodeFindings, NodeInput, Note, ReasonText, Scheme, SourceId, Station, Worded,
};

/// Derives N for `scheme` from the node input (`None` is NX).
pub fn derive_n(scheme: Scheme, input: Option<&NodeInput>) -> Result<Derived<N>, Error> {
    match input {
        None => Ok(Derived::single(
            N::Nx,
            Worded::new(Msg::ReasonNxNone, &[]),
            SourceId::Ajcc8,
            false,
        )),
        Some(NodeInput::Category(c)) => {
            let read = scheme
                .accepts_n(c.category)
                .map_err(|e| e.at(FieldPath::NodesCategory))?;
            let source = if scheme.is_lung() {
                SourceId::Ajcc8
            } else {
                SourceId::Meso8
            };
            Ok(Derived::entered_as_parent(
                scheme,
                *c,
                read,
                source,
                SourceId::Iaslc9,
            ))
        }
        Some(NodeInput::Findings(f)) => from_stations(scheme, f),
    }
}

/// Where each station lies relative to the tumour; fails when a station
/// has a side and the tumour's side is not given.
pub(crate) fn involvements(f: &NodeFindings) -> Result<Vec<(Station, Involvement)>, Error> {
    unique(&f.stations)
        .into_iter()
        .map(|station| {
            station
                .involvement(f.tumor_side)
                .map(|inv| (station, inv))
                .ok_or_else(|| {
                    Error::field(
                        FieldPath::NodesTumorSide,
                        Cause::Needs(Needs::TumorSide { station }),
                    )
                })
        })
        .collect()
}

fn from_stations(scheme: Scheme, f: &NodeFindings) -> Result<Derived<N>, Error> {
    let involved = involvements(f)?;
    if involved.is_empty() {
        return Ok(Derived::single(
            N::N0,
            Worded::new(Msg::ReasonN0, &[]),
            if scheme.is_lung() {
                SourceId::Ajcc8
            } else {
                SourceId::Meso8
            },
            true,
        ));
    }
    if scheme.is_lung() {
        lung(scheme, &involved)
    } else {
        super::apart(mesothelioma, (f, &involved[..]))
    }
}

/// "station 10R (hilar) lies at the root of the lung or within it, on the tumour's side".
fn station_text(station: Station, inv: Involvement) -> ReasonText {
    let lies = match inv {
        Involvement::Supraclavicular => Msg::ReasonStationSupraclavicular,
        Involvement::SameSideMediastinal => Msg::ReasonStationSameMediastinal,
        Involvement::SameSideHilar => Msg::ReasonStationSameHilar,
        Involvement::OppositeMediastinal => Msg::ReasonStationOppositeMediastinal,
        Involvement::OppositeHilar => Msg::ReasonStationOppositeHilar,
    };
    Worded::with(lies, vec![Value::text(&station), station.name_msg().into()]).into()
}

fn lung(scheme: Scheme, involved: &[(Station, Involvement)]) -> Result<Derived<N>, Error> {
    let mut candidates: Vec<(N, ReasonText, SourceId)> = involved
        .iter()
        .map(|&(station, inv)| {
            let n = match inv {
                Involvement::SameSideHilar => N::N1,
                Involvement::SameSideMediastinal => N::N2,
                Involvement::Supraclavicular
                | Involvement::OppositeMediastinal
                | Involvement::OppositeHilar => N::N3,
            };
            (n, station_text(station, inv), SourceId::Ajcc8)
        })
        .collect();
    let mut notes = Vec::new();
    let same_side_mediastinal: Vec<&'static str> = unique(
        &involved
            .iter()
            .filter(|(_, inv)| *inv == Involvement::SameSideMediastinal)
            .map(|(s, _)| s.number())
            .collect::<Vec<_>>(),
    );
    if scheme == Scheme::Lung9 && !same_side_mediastinal.is_empty() {
        let count = same_side_mediastinal.len();
        let list = same_side_mediastinal.join(", ");
        let (n, text) = if count == 1 {
            (N::N2a, Worded::new(Msg::ReasonN2a, &[&list]))
        } else {
            (N::N2b, Worded::new(Msg::ReasonN2b, &[&count, &list]))
        };
        candidates.push((n, text.into(), SourceId::Iaslc9));
        // docs/clinical-decisions.md#d6: subcarinal station 7.
        if count == 2 && same_side_mediastinal.contains(&"7") {
            notes.push(Note::fixed(NoteId::Station7, SourceId::SeerEodV9));
        }
    }
    let rank = |n: N| n.rank().unwrap_or(0) * 2 + u8::from(matches!(n, N::N2a | N::N2b));
    let mut derived = Derived::highest(candidates, rank)
        .ok_or_else(|| Error::field(FieldPath::NodesStations, Cause::Needs(Needs::Station)))?;
    // In the 9th edition a plain N2 station reason is never the final word.
    if scheme == Scheme::Lung9 {
        for reason in &mut derived.reasons {
            if reason.category == Category::N(N::N2) {
                reason.decisive = false;
            }
        }
    }
    derived.notes = notes;
    Ok(derived)
}

/// Mesothelioma's N from the involved stations (its findings and stations, one argument, for
/// `apart`).
fn mesothelioma(
    (f, involved): (&NodeFindings, &[(Station, Involvement)]),
) -> Result<Derived<N>, Error> {
    let mut candidates = Vec::new();
    for &(station, inv) in involved {
        let n = match inv {
            Involvement::SameSideHilar | Involvement::SameSideMediastinal => N::N1,
            Involvement::Supraclavicular | Involvement::OppositeMediastinal => N::N2,
            Involvement::OppositeHilar => {
                let i = f.stations.iter().position(|s| *s == station).unwrap_or(0);
                return Err(Error::field(
                    FieldPath::NodesStation(i),
                    Cause::StationNotCovered { station },
                ));
            }
        };
        candidates.push((n, station_text(station, inv), SourceId::Meso8));
    }
    Derived::highest(candidates, |n: N| n.rank().unwrap_or(0))
        .ok_or_else(|| Error::field(FieldPath::NodesStations, Cause::Needs(Needs::Station)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Side;

    fn n_of(scheme: Scheme, side: Option<Side>, stations: &[&str]) -> Result<Derived<N>, Error> {
        let f = NodeFindings {
            tumor_side: side,
            stations: stations.iter().map(|s| s.parse().unwrap()).collect(),
        };
        derive_n(scheme, Some(&NodeInput::Findings(f)))
    }

    fn category(scheme: Scheme, side: Option<Side>, stations: &[&str]) -> N {
        n_of(scheme, side, stations).unwrap().category.category
    }

    #[test]
    fn lung_stations() {
        let right = Some(Side::Right);
        let left = Some(Side::Left);
        let cases = [
            (Scheme::Lung8, right, vec![], N::N0),
            (Scheme::Lung8, right, vec!["10R"], N::N1),
            (Scheme::Lung8, right, vec!["10R", "4R"], N::N2),
            (Scheme::Lung8, right, vec!["4L"], N::N3),
            (Scheme::Lung8, right, vec!["10L"], N::N3),
            (Scheme::Lung8, None, vec!["1R"], N::N3),
            (Scheme::Lung8, None, vec!["7"], N::N2),
            (Scheme::Lung8, left, vec!["5", "6"], N::N2),
            (Scheme::Lung8, right, vec!["5"], N::N3),
            (Scheme::Lung9, right, vec!["10R"], N::N1),
            (Scheme::Lung9, right, vec!["4R"], N::N2a),
            (Scheme::Lung9, None, vec!["7"], N::N2a),
            (Scheme::Lung9, right, vec!["4R", "2R"], N::N2b),
            (Scheme::Lung9, right, vec!["4R", "7"], N::N2b),
            (Scheme::Lung9, right, vec!["8", "8R"], N::N2a),
            (Scheme::Lung9, left, vec!["5", "6", "11L"], N::N2b),
            (Scheme::Lung9, right, vec!["4R", "2R", "1L"], N::N3),
            (Scheme::Lung9, right, vec!["4R", "4R"], N::N2a),
        ];
        for (scheme, side, stations, expected) in cases {
            assert_eq!(
                category(scheme, side, &stations),
                expected,
                "{scheme:?} {side:?} {stations:?}"
            );
        }
    }

    #[test]
    fn reasons_and_the_station_7_note() {
        let d = n_of(Scheme::Lung9, Some(Side::Right), &["10R", "4R", "7"]).unwrap();
        assert_eq!(d.category.category, N::N2b);
        let listed: Vec<String> = d.reasons.iter().map(|r| r.to_string()).collect();
        assert_eq!(
            listed[0],
            "N1: station 10R (hilar) lies at the root of the lung or within it, on the tumour's side"
        );
        assert_eq!(
            listed[3],
            "N2b: 2 mediastinal stations on the tumour's side are involved (4, 7)"
        );
        assert_eq!(d.reasons.iter().filter(|r| r.decisive).count(), 1);
        assert!(d.notes[0].text.to_string().contains("station 7"));
        let d = n_of(Scheme::Lung9, Some(Side::Right), &["4R", "2R"]).unwrap();
        assert!(d.notes.is_empty());
    }

    #[test]
    fn side_is_required_for_sided_stations() {
        let err = n_of(Scheme::Lung9, None, &["4R"]).unwrap_err();
        assert_eq!(err.field_path().as_deref(), Some("nodes.tumor_side"));
        assert!(err.to_string().contains("4R"));
        assert!(n_of(Scheme::Lung9, None, &["5"]).is_err());
    }

    #[test]
    fn mesothelioma_stations() {
        let right = Some(Side::Right);
        assert_eq!(
            category(Scheme::Mesothelioma8, right, &["10R", "4R"]),
            N::N1
        );
        assert_eq!(category(Scheme::Mesothelioma8, right, &["4L"]), N::N2);
        assert_eq!(category(Scheme::Mesothelioma8, right, &["1R"]), N::N2);
        let err = n_of(Scheme::Mesothelioma8, right, &["4R", "10L"]).unwrap_err();
        assert_eq!(err.field_path().as_deref(), Some("nodes.stations[1]"));
    }

    #[test]
    fn categories_are_checked_per_edition() {
        let input = NodeInput::Category("N2a".parse().unwrap());
        // N2a is a 9th-edition category: with the 8th-edition table it is read as N2, with a
        // note naming both.
        let n = derive_n(Scheme::Lung8, Some(&input)).unwrap();
        assert_eq!(n.category.category, N::N2);
        let note = n.notes[0].text.to_string();
        assert!(note.contains("N2a") && note.contains("N2,"), "{note}");
        // Mesothelioma's table has no N2a.
        let err = derive_n(Scheme::Mesothelioma8, Some(&input)).unwrap_err();
        assert_eq!(err.field_path().as_deref(), Some("nodes.category"));
        assert_eq!(
            derive_n(Scheme::Lung9, None).unwrap().category.category,
            N::Nx
        );
    }
}
