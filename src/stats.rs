//! Statistics over a document's events: tier history, runs, metric series, penalty range, counts.

use crate::event::{Event, EventKind, Fact, Metric, Tier};
use crate::quantity::{Penalty, Qualifier, Quantity};
use serde::Serialize;
use std::collections::BTreeMap;

/// A year's tier and whether the text states it or only implies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TierYear {
    /// The tier.
    pub tier: Tier,
    /// True when implied ("for the second consecutive year").
    pub inferred: bool,
}

/// A year's tier, or that the text does not cover the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum TierStatus {
    /// The text states or implies the tier.
    Known {
        /// The tier.
        tier: Tier,
        /// True when implied.
        inferred: bool,
    },
    /// The text says nothing of that year; nothing is assumed.
    Unknown,
}

/// Consecutive years on one tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Run {
    /// The tier.
    pub tier: Tier,
    /// First year.
    pub from: i32,
    /// Last year.
    pub to: i32,
    /// Number of years.
    pub years: u32,
}

/// A change from the previous point of a series.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Change {
    /// The year compared with.
    pub from_year: i32,
    /// Difference.
    pub absolute: i64,
    /// Difference in percent of the earlier value (none when it was zero).
    pub percent: Option<f64>,
}

/// One year of a metric series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesPoint {
    /// The year.
    pub year: i32,
    /// The year's count, when the text gives exactly one exact count.
    pub value: Option<u64>,
    /// Every distinct count stated for the year.
    pub quantities: Vec<Quantity>,
    /// Change from the previous point, when both have a value.
    pub change: Option<Change>,
}

/// Statistics over a set of events.
#[derive(Debug, Clone, Copy)]
pub struct Statistics<'a> {
    events: &'a [Event],
}

impl<'a> Statistics<'a> {
    /// Statistics over `events`.
    pub fn new(events: &'a [Event]) -> Self {
        Statistics { events }
    }

    /// Year → tier for every year the text covers; a stated tier wins over an inferred one.
    pub fn tier_history(&self) -> BTreeMap<i32, TierYear> {
        let mut map: BTreeMap<i32, TierYear> = BTreeMap::new();
        for e in self.events {
            if let (Fact::TierPlacement { tier, .. }, Some(d)) = (&e.fact, e.date) {
                let entry = TierYear {
                    tier: *tier,
                    inferred: e.inferred,
                };
                match map.get(&d.year) {
                    Some(old) if !old.inferred || e.inferred => {}
                    _ => {
                        map.insert(d.year, entry);
                    }
                }
            }
        }
        map
    }

    /// The tier of one year, or `Unknown` when the text does not cover it.
    pub fn tier_in(&self, year: i32) -> TierStatus {
        self.tier_history()
            .get(&year)
            .map_or(TierStatus::Unknown, |t| TierStatus::Known {
                tier: t.tier,
                inferred: t.inferred,
            })
    }

    /// The worst ranked tier held in any covered year.
    pub fn worst_tier(&self) -> Option<Tier> {
        self.tier_history()
            .values()
            .map(|t| t.tier)
            .filter(|t| t.is_ranked())
            .max()
    }

    /// The best ranked tier held in any covered year.
    pub fn best_tier(&self) -> Option<Tier> {
        self.tier_history()
            .values()
            .map(|t| t.tier)
            .filter(|t| t.is_ranked())
            .min()
    }

    /// The longest run of consecutive covered years on `tier` (the earliest of equal runs).
    pub fn longest_run(&self, tier: Tier) -> Option<Run> {
        self.runs()
            .into_iter()
            .filter(|r| r.tier == tier)
            .fold(None, |best: Option<Run>, r| match best {
                Some(b) if b.years >= r.years => Some(b),
                _ => Some(r),
            })
    }

    /// Every maximal run of consecutive years on one tier, in order.
    pub fn runs(&self) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        for (&year, t) in &self.tier_history() {
            match runs.last_mut() {
                Some(r) if r.tier == t.tier && r.to + 1 == year => {
                    r.to = year;
                    r.years += 1;
                }
                _ => runs.push(Run {
                    tier: t.tier,
                    from: year,
                    to: year,
                    years: 1,
                }),
            }
        }
        runs
    }

    /// A metric by year with the change from the previous covered year. Counts about
    /// complicit officials (see [`Fact::about_complicit_officials`]) are left out: they
    /// count another population than the year's cases.
    pub fn series(&self, metric: Metric) -> Vec<SeriesPoint> {
        let mut by_year: BTreeMap<i32, Vec<Quantity>> = BTreeMap::new();
        for e in self
            .events
            .iter()
            .filter(|e| !e.fact.about_complicit_officials())
        {
            if let (
                Fact::Statistic {
                    metric: m,
                    quantity,
                    ..
                },
                Some(d),
            ) = (&e.fact, e.date)
            {
                if *m == metric {
                    let v = by_year.entry(d.year).or_default();
                    if !v.contains(quantity) {
                        v.push(*quantity);
                    }
                }
            }
        }
        let mut out: Vec<SeriesPoint> = Vec::new();
        for (year, quantities) in by_year {
            let value = match quantities.as_slice() {
                [q] if q.qualifier == Qualifier::Exact => q.min,
                _ => None,
            };
            let change = out.last().and_then(|p| {
                let (a, b) = (p.value?, value?);
                let absolute = b as i64 - a as i64;
                let percent = (a > 0).then(|| absolute as f64 * 100.0 / a as f64);
                Some(Change {
                    from_year: p.year,
                    absolute,
                    percent,
                })
            });
            out.push(SeriesPoint {
                year,
                value,
                quantities,
                change,
            });
        }
        out
    }

    /// The shortest and longest prison terms prescribed by any provision or amendment.
    pub fn penalty_range(&self) -> Option<Penalty> {
        let mut min: Option<f64> = None;
        let mut max: Option<f64> = None;
        for e in self.events {
            if let Fact::LegalProvision {
                penalty: Some(p), ..
            }
            | Fact::LegalAmendment {
                penalty: Some(p), ..
            } = &e.fact
            {
                if let Some(v) = p.min_years {
                    min = Some(min.map_or(v, |m: f64| m.min(v)));
                }
                if let Some(v) = p.max_years {
                    max = Some(max.map_or(v, |m: f64| m.max(v)));
                }
            }
        }
        (min.is_some() || max.is_some()).then_some(Penalty {
            min_years: min,
            max_years: max,
        })
    }

    /// Number of events of each kind.
    pub fn counts_by_kind(&self) -> BTreeMap<EventKind, usize> {
        let mut map = BTreeMap::new();
        for e in self.events {
            *map.entry(e.kind()).or_insert(0) += 1;
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_series_leaves_out_complicit_officials_and_keeps_their_zero_apart() {
        let doc = crate::extract(
            "Testland (Tier 2) \u{2014} 2020 Trafficking in Persons Report\n\n\
             The government convicted 12 traffickers in 2019, compared with 10 in 2018. \
             It did not report any investigations or convictions of officials complicit in \
             trafficking. \
             Courts did not convict any labor traffickers.\n",
        );
        let zeros: Vec<Option<&str>> = (doc.events.iter())
            .filter_map(|e| match &e.fact {
                Fact::Statistic {
                    quantity, subject, ..
                } if quantity.max == Some(0) => Some(subject.as_deref()),
                _ => None,
            })
            .collect();
        // Two zeros of complicit officials, and the labor traffickers' zero apart from theirs.
        let complicit = Some(crate::event::COMPLICIT_OFFICIALS);
        assert_eq!(zeros.len(), 3, "{zeros:?}");
        assert_eq!(zeros.iter().filter(|s| **s == complicit).count(), 2);
        let stats = Statistics::new(&doc.events);
        assert!(stats.series(Metric::Investigations).is_empty());
        let series = stats.series(Metric::Convictions);
        let years: Vec<(i32, Vec<Option<u64>>)> = (series.iter())
            .map(|p| (p.year, p.quantities.iter().map(|q| q.min).collect()))
            .collect();
        assert_eq!(
            years,
            [(2018, vec![Some(10)]), (2019, vec![Some(12), Some(0)])]
        );
    }
}
