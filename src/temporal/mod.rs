//! Layer 2: dates. Recognition ([`recognize()`]) finds time expressions in a
//! sentence without interpreting them; resolution ([`resolve()`]) is one pure
//! function of an expression and an explicit [`Anchor`]. The clock is never read.
//!
//! # Grammar
//!
//! ```text
//! date       := DAY MONTH ","? YEAR | MONTH DAY "," YEAR | MONTH "of"? YEAR | YEAR
//!             | ("early" | "mid-" | "late" | "the end of") YEAR
//! range      := "between" YEAR "and" YEAR | "from" YEAR "to" YEAR | YEAR "-" YEAR
//! since      := "since" YEAR
//! named      := DET YEAR WORD{0,3} (law | Protocol | Convention | Act | code | ...)   e.g. "the 2007 trafficking law"
//!             | "Law" NUMBER "of" YEAR | ".../" YEAR
//! report     := DET YEAR ("and" YEAR)? WORD{0,3} "report"                           e.g. "its 2018 and 2019 ... Report"
//! relative   := ("the" ("previous" | "next" | ...)? "reporting period")
//!             | "the previous year" | "over the last year" | "over the next year"
//! consecutive:= "for the" ORDINAL ("consecutive" | "straight") "year" | ORDINAL "year in a row"
//! recent     := "the" ("past" | "previous" | ...) NUMBER ("years" | "reporting periods")
//! earlier    := ("in" | "during") "the"? ("previous" | "prior" | "past" | "recent" | "earlier") "years"
//!             | "over the years"                                                     a period, no year
//! ```

pub mod anchor;
pub mod lexicon;
pub mod recognize;
pub mod resolve;
pub mod scan;

pub use anchor::{lead_in_shift, lead_in_year, Anchor};
pub use recognize::{recognize, recognize_with, TimeMention};
pub use resolve::{resolve, Resolved};

use serde::{Deserialize, Serialize};
use std::fmt;

/// A date as precise as the text gives it. The derived order is the timeline
/// order: a missing month sorts before any month of the same year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month, 1-12, when the text gives it.
    pub month: Option<u8>,
    /// The day of the month, when the text gives it.
    pub day: Option<u8>,
}

/// Why a [`PartialDate`] could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a real calendar date, but found year {year}, month {month:?}, day {day:?}")]
pub struct InvalidDate {
    /// The year given.
    pub year: i32,
    /// The month given.
    pub month: Option<u8>,
    /// The day given.
    pub day: Option<u8>,
}

impl PartialDate {
    /// A checked date: the month must be 1-12, the day must exist in that month,
    /// and a day needs a month.
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Result<Self, InvalidDate> {
        let bad = InvalidDate { year, month, day };
        match (month, day) {
            (None, Some(_)) => return Err(bad),
            (Some(m), None) if !(1..=12).contains(&m) => return Err(bad),
            (Some(m), Some(d)) => {
                chrono::NaiveDate::from_ymd_opt(year, u32::from(m), u32::from(d)).ok_or(bad)?;
            }
            _ => {}
        }
        Ok(PartialDate { year, month, day })
    }

    /// A year-only date.
    pub const fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// True when both could be the same date: same year, and month and day
    /// equal wherever both give them.
    pub fn compatible(&self, other: &PartialDate) -> bool {
        fn agree(a: Option<u8>, b: Option<u8>) -> bool {
            a.is_none() || b.is_none() || a == b
        }
        self.year == other.year && agree(self.month, other.month) && agree(self.day, other.day)
    }

    /// Number of parts given (1 to 3).
    pub fn precision(&self) -> u8 {
        1 + u8::from(self.month.is_some()) + u8::from(self.day.is_some())
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A recognized, unresolved time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeExpr {
    /// An explicit date: "2010", "May 2010", "3 May 2010", "mid-2019".
    Point(PartialDate),
    /// A span of years: "between 2014 and 2019", "2022-2024".
    Range {
        /// First year.
        from: i32,
        /// Last year.
        to: i32,
    },
    /// "since 2017".
    Since(i32),
    /// A year inside a name: "the 2007 trafficking law", "Law No. 91 of 2013".
    NamedYear(i32),
    /// The year of a report: "the 2018 report", "its 2018 and 2019 Trafficking in Persons Report".
    ReportYear(i32),
    /// The reporting period, shifted: "the reporting period" (0),
    /// "the previous reporting period" / "the previous year" (-1), "over the next year" (+1).
    ReportingPeriod {
        /// Years from the reporting period.
        offset: i32,
    },
    /// A report counted from the one in hand: "last year's report", "the previous report" (-1).
    RelativeReport {
        /// Years from the assessment year.
        offset: i32,
    },
    /// "for the second consecutive year" (2).
    Consecutive(u32),
    /// Several reporting periods up to one: "the past two reporting periods" (2, 0), "the
    /// previous two years" (2, -1).
    RecentPeriods {
        /// How many periods.
        count: u32,
        /// The last of them, from the reporting period.
        offset: i32,
    },
    /// Years before, not counted: "in previous years", "in recent years", "over the years".
    EarlierYears,
    /// Looks like a date but does not exist ("February 30, 2010").
    Invalid,
}

impl fmt::Display for TimeExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeExpr::Point(d) => write!(f, "{d}"),
            TimeExpr::Range { from, to } => write!(f, "{from}..={to}"),
            TimeExpr::Since(y) => write!(f, "since {y}"),
            TimeExpr::NamedYear(y) => write!(f, "named {y}"),
            TimeExpr::ReportYear(y) => write!(f, "report {y}"),
            TimeExpr::ReportingPeriod { offset } => write!(f, "reporting period {offset:+}"),
            TimeExpr::RelativeReport { offset } => write!(f, "report {offset:+}"),
            TimeExpr::Consecutive(n) => write!(f, "consecutive {n}"),
            TimeExpr::RecentPeriods { count, offset } => {
                write!(f, "{count} periods to {offset:+}")
            }
            TimeExpr::EarlierYears => write!(f, "earlier years"),
            TimeExpr::Invalid => write!(f, "invalid"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_puts_year_before_months() {
        let y = PartialDate::year(2010);
        let m = PartialDate::new(2010, Some(4), None).unwrap();
        let d = PartialDate::new(2010, Some(4), Some(2)).unwrap();
        assert!(y < m && m < d && d < PartialDate::year(2011));
        assert_eq!(format!("{y} {m} {d}"), "2010 2010-04 2010-04-02");
    }

    #[test]
    fn invalid_dates_are_rejected() {
        assert!(PartialDate::new(2010, Some(2), Some(30)).is_err());
        assert!(PartialDate::new(2010, Some(13), None).is_err());
        assert!(PartialDate::new(2010, None, Some(3)).is_err());
        assert!(PartialDate::new(2012, Some(2), Some(29)).is_ok());
    }
}
