//! Layer 3: quantities. Recognizes counts (digits, number words, ranges,
//! bounds) and tells them apart from money, percentages, ages, durations,
//! article numbers, scores and years, which are never counts.
//!
//! # Grammar
//!
//! ```text
//! quantity  := BOUND? ("between")? number (UNIT? ("to" | "-" | "and" | "through") number)?
//! number    := DIGITS ("," DDD)* ("." DIGITS)? SCALE? | WORD ([- ] WORD)*      "1,200", "1.9 million", "twenty-five"
//! BOUND     := "more than" | "over" | "at least" | "nearly" | "approximately" | "fewer than" | "up to" | ...
//! kind      := money ("$", "MDL", "francs") | percent ("%", "percent") | age ("aged", "age of")
//!            | duration ("years", "months", "hours") | article ("Article", "No.", "Conventions")
//!            | score ("out of") | year (1900-2099) | count (anything else)
//! ```

pub mod lexicon;
pub mod penalty;
pub mod recognize;
pub mod scan;
pub mod words;

pub use penalty::{penalties, Penalty};
pub use recognize::{recognize, QuantityKind, QuantityMention, TimeUnit};

use serde::{Deserialize, Serialize};
use std::fmt;

/// How a count is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "25".
    Exact,
    /// "approximately 25", "nearly 25", "some 25".
    Approximately,
    /// "10 to 15".
    Range,
    /// "more than 100", "over 100".
    MoreThan,
    /// "at least 100".
    AtLeast,
    /// "fewer than 100".
    FewerThan,
    /// "up to 100".
    AtMost,
}

/// A count as the text states it: `{"min": 10, "max": 15, "qualifier": "range"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quantity {
    /// Lower bound (null for "fewer than", "up to").
    pub min: Option<u64>,
    /// Upper bound (null for "more than", "at least").
    pub max: Option<u64>,
    /// How the count is qualified.
    pub qualifier: Qualifier,
}

impl Quantity {
    /// An exact count.
    pub const fn exact(n: u64) -> Self {
        Quantity {
            min: Some(n),
            max: Some(n),
            qualifier: Qualifier::Exact,
        }
    }

    /// A count with a qualifier applied to `n` (`Range` is not built here).
    pub fn bounded(q: Qualifier, n: u64) -> Self {
        match q {
            Qualifier::MoreThan | Qualifier::AtLeast => Quantity {
                min: Some(n),
                max: None,
                qualifier: q,
            },
            Qualifier::FewerThan | Qualifier::AtMost => Quantity {
                min: None,
                max: Some(n),
                qualifier: q,
            },
            _ => Quantity {
                min: Some(n),
                max: Some(n),
                qualifier: q,
            },
        }
    }

    /// A range `a..=b`.
    pub const fn range(a: u64, b: u64) -> Self {
        Quantity {
            min: Some(a),
            max: Some(b),
            qualifier: Qualifier::Range,
        }
    }

    /// A single representative value (the exact value, else the lower then upper bound).
    pub fn value(&self) -> Option<u64> {
        self.min.or(self.max)
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = |v: Option<u64>| v.map_or("?".to_string(), |v| v.to_string());
        match self.qualifier {
            Qualifier::Exact => write!(f, "{}", n(self.min)),
            Qualifier::Range => write!(f, "range {}..={}", n(self.min), n(self.max)),
            Qualifier::Approximately => write!(f, "approximately {}", n(self.min)),
            Qualifier::MoreThan => write!(f, "more_than {}", n(self.min)),
            Qualifier::AtLeast => write!(f, "at_least {}", n(self.min)),
            Qualifier::FewerThan => write!(f, "fewer_than {}", n(self.max)),
            Qualifier::AtMost => write!(f, "at_most {}", n(self.max)),
        }
    }
}
