//! Resolution: one pure function from a recognized expression and an anchor to a date.

use super::{Anchor, PartialDate, TimeExpr};

/// What a time expression means once resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    /// A single date.
    Point(PartialDate),
    /// A stretch of time with no single date ("between 2014 and 2019", "since 2017").
    Period,
    /// A relative expression with nothing to resolve against.
    Unresolved,
    /// Not an event date at all (a year inside a name, "consecutive", invalid).
    NotADate,
}

impl Resolved {
    /// The date, when there is one.
    pub fn point(self) -> Option<PartialDate> {
        match self {
            Resolved::Point(d) => Some(d),
            _ => None,
        }
    }
}

/// Resolves `expr` against `anchor`. "The reporting period" is interpreted here and nowhere else.
pub fn resolve(expr: TimeExpr, anchor: &Anchor) -> Resolved {
    match expr {
        TimeExpr::Point(d) => Resolved::Point(d),
        TimeExpr::ReportYear(y) => Resolved::Point(PartialDate::year(y)),
        TimeExpr::Range { .. }
        | TimeExpr::Since(_)
        | TimeExpr::RecentPeriods { .. }
        | TimeExpr::EarlierYears => Resolved::Period,
        TimeExpr::ReportingPeriod { offset } => match anchor.reporting_period() {
            Some(y) => Resolved::Point(PartialDate::year(y + offset)),
            None => Resolved::Unresolved,
        },
        TimeExpr::RelativeReport { offset } => match anchor.assessment_year() {
            Some(y) => Resolved::Point(PartialDate::year(y + offset)),
            None => Resolved::Unresolved,
        },
        TimeExpr::NamedYear(_) | TimeExpr::Consecutive(_) | TimeExpr::Invalid => Resolved::NotADate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(section: i32) -> Anchor {
        Anchor {
            report_year: None,
            section_year: Some(section),
            lead_in: None,
        }
    }

    #[test]
    fn reporting_periods() {
        let prev = TimeExpr::ReportingPeriod { offset: -1 };
        insta::assert_snapshot!(resolve(prev, &at(2009)).point().unwrap(), @"2008");
        let report = Anchor {
            report_year: Some(2014),
            ..Anchor::default()
        };
        insta::assert_snapshot!(resolve(TimeExpr::ReportingPeriod { offset: 0 }, &report).point().unwrap(), @"2013");
        assert_eq!(resolve(prev, &Anchor::default()), Resolved::Unresolved);
    }

    #[test]
    fn names_and_periods_are_not_points() {
        assert_eq!(
            resolve(TimeExpr::NamedYear(2000), &at(2009)),
            Resolved::NotADate
        );
        assert_eq!(resolve(TimeExpr::Since(2017), &at(2009)), Resolved::Period);
        assert_eq!(
            resolve(TimeExpr::ReportYear(2018), &at(2009)).point(),
            Some(PartialDate::year(2018))
        );
    }

    #[test]
    fn an_earlier_report_counts_from_the_assessment_year() {
        let report = Anchor {
            report_year: Some(2008),
            ..Anchor::default()
        };
        let last = TimeExpr::RelativeReport { offset: -1 };
        assert_eq!(
            resolve(last, &report).point(),
            Some(PartialDate::year(2007))
        );
        assert_eq!(resolve(last, &Anchor::default()), Resolved::Unresolved);
    }
}
