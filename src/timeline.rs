//! The timeline: events in the contract's order, with views by year, kind and date range.
//!
//! Order: by date (year, then month, then day; a missing month or day sorts
//! before any given one), ties in order of first evidence in the text, then
//! in the order the rules produced them; undated events last.

use crate::event::{Event, EventKind};
use crate::temporal::PartialDate;
use std::collections::BTreeMap;

/// Sorts events into timeline order (stable).
pub fn sort(events: &mut [Event]) {
    events.sort_by_key(order_key);
}

/// The contract's order: dated before undated, by date, then by first evidence.
fn order_key(e: &Event) -> (bool, Option<PartialDate>, usize) {
    (
        e.date.is_none(),
        e.date,
        e.first_evidence().map_or(usize::MAX, |ev| ev.start),
    )
}

/// A view of events in timeline order.
#[derive(Debug, Clone)]
pub struct Timeline<'a> {
    events: Vec<&'a Event>,
}

impl<'a> Timeline<'a> {
    /// A timeline of `events`, which are put in order.
    pub fn new(events: &'a [Event]) -> Self {
        let mut v: Vec<&Event> = events.iter().collect();
        v.sort_by_key(|e| order_key(e));
        Timeline { events: v }
    }

    /// The events in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a Event> + '_ {
        self.events.iter().copied()
    }

    /// Number of events.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// True when there are no events.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Only events of `kind`.
    pub fn of_kind(&self, kind: EventKind) -> Timeline<'a> {
        Timeline {
            events: self
                .events
                .iter()
                .copied()
                .filter(|e| e.kind() == kind)
                .collect(),
        }
    }

    /// Only dated events from `from` to `to`, both inclusive, compared at the
    /// precision of the bounds: `between(year(2009), year(2010))` keeps 2010-05.
    pub fn between(&self, from: PartialDate, to: PartialDate) -> Timeline<'a> {
        let within = |d: &PartialDate| {
            cmp_at(d, &from) != std::cmp::Ordering::Less
                && cmp_at(d, &to) != std::cmp::Ordering::Greater
        };
        Timeline {
            events: self
                .events
                .iter()
                .copied()
                .filter(|e| e.date.as_ref().is_some_and(within))
                .collect(),
        }
    }

    /// Dated events grouped by year.
    pub fn by_year(&self) -> BTreeMap<i32, Vec<&'a Event>> {
        let mut map: BTreeMap<i32, Vec<&Event>> = BTreeMap::new();
        for e in &self.events {
            if let Some(d) = e.date {
                map.entry(d.year).or_default().push(e);
            }
        }
        map
    }

    /// Events with no date.
    pub fn undated(&self) -> Vec<&'a Event> {
        self.events
            .iter()
            .copied()
            .filter(|e| e.date.is_none())
            .collect()
    }
}

/// Compares `d` with `bound` using only the parts `bound` gives.
fn cmp_at(d: &PartialDate, bound: &PartialDate) -> std::cmp::Ordering {
    d.year
        .cmp(&bound.year)
        .then_with(|| match (d.month, bound.month) {
            (Some(a), Some(b)) => a.cmp(&b).then_with(|| match (d.day, bound.day) {
                (Some(x), Some(y)) => x.cmp(&y),
                _ => std::cmp::Ordering::Equal,
            }),
            _ => std::cmp::Ordering::Equal,
        })
}

impl<'a> IntoIterator for &Timeline<'a> {
    type Item = &'a Event;
    type IntoIter = std::vec::IntoIter<&'a Event>;
    fn into_iter(self) -> Self::IntoIter {
        self.events.clone().into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::EventKind;

    fn doc() -> crate::Document {
        crate::extract(
            "In 2010, X was placed on Tier 3. X ratified the 2000 UN TIP Protocol in May 2009. \
             In 2011, police investigated 5 cases. Article 5 of the penal code prescribes penalties of two to 8 years' imprisonment.",
        )
    }

    #[test]
    fn order_views_and_filters() {
        let d = doc();
        let t = d.timeline();
        let dates: Vec<String> = t
            .iter()
            .map(|e| e.date.map_or("-".into(), |d| d.to_string()))
            .collect();
        assert_eq!(dates, ["2009-05", "2010", "2011", "-"]);
        assert_eq!(t.of_kind(EventKind::TierPlacement).len(), 1);
        let y = |y| PartialDate::year(y);
        assert_eq!(t.between(y(2009), y(2010)).len(), 2);
        assert_eq!(
            t.between(PartialDate::new(2009, Some(6), None).unwrap(), y(2011))
                .len(),
            2
        );
        assert_eq!(
            t.by_year().keys().copied().collect::<Vec<_>>(),
            [2009, 2010, 2011]
        );
        assert_eq!(t.undated().len(), 1);
        assert_eq!(t.undated()[0].kind(), EventKind::LegalProvision);
    }
}
