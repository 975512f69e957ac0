//! # tipline
//!
//! Reads English text about human trafficking in a country (Wikipedia's
//! "Human trafficking in X" articles and the US State Department's
//! Trafficking in Persons report narratives) and turns it into typed, dated
//! events with the byte spans of the sentences they come from: treaty
//! ratifications, laws, amendments and provisions with their penalties, TIP
//! tier placements, index scores, compliance assessments, trafficking
//! profiles, commitments and statistics.
//!
//! ```
//! let doc = tipline::extract(
//!     "= Human trafficking in Atlantis =\n\n\
//!      Atlantis ratified the 2000 UN TIP Protocol in March 2005. \
//!      In 2010, Atlantis was placed on Tier 2 Watch List for the second consecutive year.",
//! );
//! assert_eq!(doc.country.as_deref(), Some("Atlantis"));
//! let first = &doc.events[0];
//! assert_eq!(first.kind(), tipline::EventKind::TreatyRatification);
//! assert_eq!(first.date.unwrap().to_string(), "2005-03");
//! let stats = doc.statistics();
//! assert_eq!(stats.longest_run(tipline::Tier::Tier2WatchList).unwrap().years, 2);
//! let json = serde_json::to_string(&doc)?;
//! assert!(json.contains(r#""kind":"tier_placement""#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Layers
//!
//! | layer | module | does |
//! |---|---|---|
//! | document structure | [`document`] | title, sections, paragraphs, sentences; spans into the input |
//! | dates | [`temporal`] | recognition of time expressions, then pure resolution against anchors |
//! | quantities | [`quantity`] | counts, ranges, bounds, number words; money, ages, penalties set apart |
//! | rules | [`rules`] | one file per event family, cue-prefiltered |
//! | merge | [`merge`] | one fact stated twice is one event |
//! | timeline | [`timeline`] | contract order, views by year, kind, date range |
//! | statistics | [`stats`] | tier history, runs, series, penalty range |
//! | evaluation | [`eval`] | precision and recall against gold annotations |
//! | batch | [`batch`] | ordered parallel processing with bounded memory |
//!
//! Extraction never fails on text: what it cannot interpret becomes a
//! [`Diagnostic`]. Reading bytes can fail ([`Error`]): invalid UTF-8, binary
//! data, or an input over [`Options::max_input_bytes`].

#![deny(missing_docs)]

pub mod batch;
pub mod diagnostic;
pub mod document;
pub mod error;
pub mod eval;
pub mod event;
pub mod extract;
pub mod merge;
pub mod pattern;
pub mod quantity;
pub mod render;
pub mod rules;
pub mod span;
pub mod stats;
pub mod temporal;
pub mod timeline;

pub use diagnostic::{Diagnostic, DiagnosticCode};
pub use error::Error;
pub use event::{Event, EventKind, Evidence, Fact, Metric, Role, Tier, TreatyAction};
pub use extract::{extract, Document, Extractor, Options, DEFAULT_MAX_INPUT_BYTES};
pub use quantity::{Penalty, Qualifier, Quantity};
pub use span::Span;
pub use stats::Statistics;
pub use temporal::PartialDate;
pub use timeline::Timeline;

/// The seed article ("Human trafficking in Turkmenistan"), embedded for the CLI's default run.
pub const SEED_ARTICLE: &str = include_str!("../fixtures/turkmenistan.txt");

impl Document {
    /// The events as a timeline.
    pub fn timeline(&self) -> Timeline<'_> {
        Timeline::new(&self.events)
    }

    /// Statistics over the events.
    pub fn statistics(&self) -> Statistics<'_> {
        Statistics::new(&self.events)
    }
}

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Prints a notice of a test to the terminal itself: the test harness hides what a passing
/// test prints with `println!` or `eprintln!`.
#[cfg(test)]
pub(crate) fn testing_notice(message: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{message}");
}
