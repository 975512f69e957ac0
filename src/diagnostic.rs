//! Non-fatal notes about text tipline saw but could not interpret.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// What kind of problem a diagnostic reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticCode {
    /// A tier name that the TIP report does not use ("Tier 3 Watchlist").
    UnknownTier,
    /// A date that does not exist ("February 30, 2010").
    InvalidDate,
    /// A relative date with nothing to resolve it against.
    UnresolvedDate,
    /// A sentence with the cues of an event that no rule could complete.
    Uninterpreted,
    /// A line that looks like a heading but is malformed.
    MalformedHeading,
}

/// A note about a span of the input that could not be interpreted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The kind of problem.
    pub code: DiagnosticCode,
    /// Where in the original input.
    pub span: Span,
    /// A lowercase message saying what was expected and what was found.
    pub message: String,
}
