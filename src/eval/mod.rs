//! Corpus evaluation: extract every text beside a folder of gold files and
//! score the events, per kind and overall.
//!
//! Matching is one to one, more specific gold events first. A predicted event
//! matches a gold event when it has the same kind; the same year, and the same
//! month when both give one (a gold event with no date matches any date); and,
//! by kind, the same tier; metric, min and max; score; compliance flags; and
//! penalty bounds where the gold gives them. Trafficking profiles and
//! commitments are not annotated and not scored.

pub mod gold;

use crate::error::Error;
use crate::event::{Event, EventKind, Fact};
use crate::extract::Extractor;
use gold::{GoldEvent, GoldFile};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// The kinds the gold annotates.
pub const SCORED_KINDS: [EventKind; 8] = [
    EventKind::TreatyRatification,
    EventKind::LawEnacted,
    EventKind::LegalAmendment,
    EventKind::LegalProvision,
    EventKind::TierPlacement,
    EventKind::IndexScore,
    EventKind::ComplianceAssessment,
    EventKind::Statistic,
];

/// Counts and rates for one kind (or overall).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    /// Matched pairs.
    pub true_positives: usize,
    /// Predicted events with no gold match.
    pub false_positives: usize,
    /// Gold events with no predicted match.
    pub false_negatives: usize,
    /// tp / (tp + fp), 1 when nothing was predicted.
    pub precision: f64,
    /// tp / (tp + fn), 1 when there was nothing to find.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Score {
    fn finish(mut self) -> Self {
        let (tp, fp, fn_) = (
            self.true_positives as f64,
            self.false_positives as f64,
            self.false_negatives as f64,
        );
        self.precision = if tp + fp == 0.0 { 1.0 } else { tp / (tp + fp) };
        self.recall = if tp + fn_ == 0.0 {
            1.0
        } else {
            tp / (tp + fn_)
        };
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
        self
    }
}

/// A gold event nobody found.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// The text.
    pub file: String,
    /// Kind.
    pub kind: String,
    /// Date as written in the gold.
    pub date: Option<String>,
    /// The gold's fields, compactly.
    pub fields: String,
    /// The gold quote.
    pub quote: Option<String>,
}

/// A predicted event with no gold match.
#[derive(Debug, Clone, Serialize)]
pub struct FalsePositive {
    /// The text.
    pub file: String,
    /// Kind.
    pub kind: String,
    /// Date.
    pub date: Option<String>,
    /// Summary of the event.
    pub summary: String,
    /// The first evidence sentence.
    pub sentence: String,
}

/// The result of an evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Texts scored.
    pub documents: usize,
    /// Scores per kind.
    pub by_kind: BTreeMap<EventKind, Score>,
    /// Micro-averaged over all scored kinds.
    pub overall: Score,
    /// Gold events not found.
    pub misses: Vec<Miss>,
    /// Predicted events not in the gold.
    pub false_positives: Vec<FalsePositive>,
}

/// Evaluates the extractor on every gold file under `gold_dir`; each gold
/// file's `file` is read relative to the parent of `gold_dir`.
pub fn evaluate_dir(gold_dir: &Path, extractor: &Extractor) -> Result<Report, Error> {
    let corpus_root = gold_dir.parent().unwrap_or(gold_dir);
    let golds = gold::read_dir(gold_dir)?;
    let mut docs = Vec::new();
    for (_, g) in golds {
        let path = corpus_root.join(&g.file);
        let bytes = std::fs::read(&path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let doc = extractor.extract(&text)?;
        docs.push((g, text, doc.events));
    }
    Ok(score(&docs))
}

/// Scores already extracted documents: (gold, text, predicted events).
pub fn score(docs: &[(GoldFile, String, Vec<Event>)]) -> Report {
    let mut by_kind: BTreeMap<EventKind, Score> = SCORED_KINDS
        .iter()
        .map(|k| (*k, Score::default()))
        .collect();
    let mut misses = Vec::new();
    let mut fps = Vec::new();
    for (g, text, events) in docs {
        let predicted: Vec<&Event> = events
            .iter()
            .filter(|e| SCORED_KINDS.contains(&e.kind()))
            .collect();
        let mut gold: Vec<&GoldEvent> = g
            .events
            .iter()
            .filter(|e| e.event_kind().is_some_and(|k| SCORED_KINDS.contains(&k)))
            .collect();
        gold.sort_by_key(|e| std::cmp::Reverse(e.specificity()));
        let pairs = best_matching(&gold, &predicted);
        let used: Vec<bool> = (0..predicted.len())
            .map(|i| pairs.contains(&Some(i)))
            .collect();
        for (ge, pair) in gold.iter().zip(&pairs) {
            let kind = ge.event_kind().expect("filtered");
            let s = by_kind.entry(kind).or_default();
            match pair {
                Some(_) => s.true_positives += 1,
                None => {
                    s.false_negatives += 1;
                    misses.push(Miss {
                        file: g.file.clone(),
                        kind: ge.kind.clone(),
                        date: ge.date.map(|d| d.partial().to_string()),
                        fields: compact(&ge.fields),
                        quote: ge.quote.clone(),
                    });
                }
            }
        }
        for (i, p) in predicted.iter().enumerate() {
            if !used[i] {
                by_kind.entry(p.kind()).or_default().false_positives += 1;
                let sentence = p
                    .evidence
                    .first()
                    .and_then(|e| text.get(e.start..e.end))
                    .unwrap_or("")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                fps.push(FalsePositive {
                    file: g.file.clone(),
                    kind: p.kind().to_string(),
                    date: p.date.map(|d| d.to_string()),
                    summary: p.fact.to_string(),
                    sentence,
                });
            }
        }
    }
    let mut overall = Score::default();
    for s in by_kind.values_mut() {
        overall.true_positives += s.true_positives;
        overall.false_positives += s.false_positives;
        overall.false_negatives += s.false_negatives;
        *s = s.finish();
    }
    Report {
        documents: docs.len(),
        by_kind,
        overall: overall.finish(),
        misses,
        false_positives: fps,
    }
}

/// For each gold event, the predicted event it is paired with: as many pairs as can be made
/// (augmenting paths), so a lenient gold event never takes the one match of a specific one.
fn best_matching(gold: &[&GoldEvent], predicted: &[&Event]) -> Vec<Option<usize>> {
    let fits: Vec<Vec<usize>> = gold
        .iter()
        .map(|g| {
            (0..predicted.len())
                .filter(|&i| matches(g, predicted[i]))
                .collect()
        })
        .collect();
    let mut gold_of: Vec<Option<usize>> = vec![None; predicted.len()];
    fn augment(
        g: usize,
        fits: &[Vec<usize>],
        seen: &mut [bool],
        gold_of: &mut [Option<usize>],
    ) -> bool {
        for &p in &fits[g] {
            if seen[p] {
                continue;
            }
            seen[p] = true;
            if gold_of[p].is_none_or(|other| augment(other, fits, seen, gold_of)) {
                gold_of[p] = Some(g);
                return true;
            }
        }
        false
    }
    for g in 0..gold.len() {
        let mut seen = vec![false; predicted.len()];
        augment(g, &fits, &mut seen, &mut gold_of);
    }
    let mut pairs = vec![None; gold.len()];
    for (p, g) in gold_of.iter().enumerate() {
        if let Some(g) = g {
            pairs[*g] = Some(p);
        }
    }
    pairs
}

fn compact(fields: &serde_json::Map<String, Value>) -> String {
    fields
        .iter()
        .filter(|(k, _)| *k != "inferred")
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn num(v: Option<&Value>) -> Option<f64> {
    v.and_then(Value::as_f64)
}

fn same_f64(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

/// Terms in years agree to the precision a term in months is written with: "five months"
/// is 0.42 or 0.4167 years.
fn same_years(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 0.005,
        (None, None) => true,
        _ => false,
    }
}

/// True when predicted event `p` matches gold event `g`.
pub fn matches(g: &GoldEvent, p: &Event) -> bool {
    if g.event_kind() != Some(p.kind()) {
        return false;
    }
    if let Some(gd) = g.date {
        let Some(pd) = p.date else { return false };
        if gd.year != pd.year {
            return false;
        }
        if let (Some(a), Some(b)) = (gd.month, pd.month) {
            if a != b {
                return false;
            }
        }
    }
    match &p.fact {
        Fact::TierPlacement { tier, .. } => {
            g.field("tier").and_then(Value::as_str) == Some(tier.as_str())
        }
        Fact::Statistic {
            metric, quantity, ..
        } => {
            let q = g.field("quantity");
            g.field("metric").and_then(Value::as_str) == Some(metric.as_str())
                && same_f64(
                    num(q.and_then(|q| q.get("min"))),
                    quantity.min.map(|v| v as f64),
                )
                && same_f64(
                    num(q.and_then(|q| q.get("max"))),
                    quantity.max.map(|v| v as f64),
                )
        }
        Fact::IndexScore { score, .. } => same_f64(num(g.field("score")), Some(*score)),
        Fact::ComplianceAssessment {
            meets_minimum_standards,
            significant_efforts,
        } => {
            g.field("meets_minimum_standards").and_then(Value::as_bool)
                == Some(*meets_minimum_standards)
                && g.field("significant_efforts").and_then(Value::as_bool) == *significant_efforts
        }
        Fact::LegalProvision { penalty, .. } | Fact::LegalAmendment { penalty, .. } => {
            match g.field("penalty") {
                None => true,
                Some(gp) => {
                    let (pmin, pmax) = penalty.map_or((None, None), |p| (p.min_years, p.max_years));
                    let ok_min = gp
                        .get("min_years")
                        .is_none_or(|v| v.is_null() || same_years(v.as_f64(), pmin));
                    let ok_max = gp
                        .get("max_years")
                        .is_none_or(|v| v.is_null() || same_years(v.as_f64(), pmax));
                    penalty.is_some() && ok_min && ok_max
                }
            }
        }
        _ => true,
    }
}

impl Report {
    /// The report as text: a table, then each miss and false positive.
    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let _ = writeln!(s, "documents: {}", self.documents);
        let _ = writeln!(
            s,
            "{:<22} {:>4} {:>4} {:>4} {:>9} {:>9} {:>9}",
            "kind", "tp", "fp", "fn", "precision", "recall", "f1"
        );
        let mut row = |name: &str, sc: &Score| {
            let _ = writeln!(
                s,
                "{:<22} {:>4} {:>4} {:>4} {:>9.3} {:>9.3} {:>9.3}",
                name,
                sc.true_positives,
                sc.false_positives,
                sc.false_negatives,
                sc.precision,
                sc.recall,
                sc.f1
            );
        };
        for (k, sc) in &self.by_kind {
            row(k.as_str(), sc);
        }
        row("overall", &self.overall);
        let _ = writeln!(s, "\nmisses ({}):", self.misses.len());
        for m in &self.misses {
            let _ = writeln!(
                s,
                "  {} {} {} {}\n      quote: {}",
                m.file,
                m.kind,
                m.date.as_deref().unwrap_or("undated"),
                m.fields,
                m.quote.as_deref().unwrap_or("-")
            );
        }
        let _ = writeln!(s, "\nfalse positives ({}):", self.false_positives.len());
        for f in &self.false_positives {
            let _ = writeln!(
                s,
                "  {} {} {} {}\n      sentence: {}",
                f.file,
                f.kind,
                f.date.as_deref().unwrap_or("undated"),
                f.summary,
                f.sentence
            );
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_in_months_agree_to_their_written_precision() {
        assert!(same_years(Some(0.42), Some(5.0 / 12.0)));
        assert!(same_years(Some(0.17), Some(0.1667)));
        assert!(!same_years(Some(0.5), Some(0.42)));
        assert!(!same_years(Some(1.0), None));
    }

    #[test]
    fn lenient_gold_events_are_matched_after_specific_ones() {
        let text = "= Testland — 2019 Trafficking in Persons Report =\n\nThe Labor Act prescribes penalties of up to five years' imprisonment. The Penal Code prescribes penalties of 10 to 20 years' imprisonment.\n";
        // The first gold penalty ("up to life") has no value in years: it fits any prediction.
        let gold: GoldFile = serde_json::from_str(
            r#"{"file": "t.txt", "report_year": 2019, "events": [
              {"kind": "legal_provision", "date": null, "instrument": "Penal Code", "article": null,
               "penalty": {"min_years": null, "max_years": null}, "inferred": false, "quote": "q"},
              {"kind": "legal_provision", "date": null, "instrument": "Labor Act", "article": null,
               "penalty": {"min_years": null, "max_years": 5}, "inferred": false, "quote": "q"}]}"#,
        )
        .expect("gold");
        let events = crate::extract(text).events;
        let report = score(&[(gold, text.to_string(), events)]);
        assert_eq!(
            (
                report.overall.true_positives,
                report.overall.false_negatives
            ),
            (2, 0),
            "{:?}",
            report.misses
        );
    }
}
