//! Human-readable renderings, shared by the CLI and the snapshot tests.

use crate::event::Event;
use crate::extract::Document;
use crate::stats::Statistics;
use crate::timeline::Timeline;
use std::fmt::Write;

/// One line per event: date, kind, summary (`2010-05  legal_amendment  criminal code article 129, ...`).
pub fn timeline(doc: &Document) -> String {
    let mut s = String::new();
    for e in Timeline::new(&doc.events).iter() {
        let _ = writeln!(s, "{}", line(e));
    }
    s
}

/// The timeline line of one event.
pub fn line(e: &Event) -> String {
    let date = e
        .date
        .map_or_else(|| "undated".to_string(), |d| d.to_string());
    let inferred = if e.inferred { " (inferred)" } else { "" };
    format!(
        "{date:<10}  {:<21}  {}{inferred}",
        e.kind().as_str(),
        e.fact
    )
}

/// Every event with its rule and the evidence quoted from `input` with its span.
pub fn explain(doc: &Document, input: &str) -> String {
    let mut s = String::new();
    for e in &doc.events {
        let _ = writeln!(s, "{}  [rule {}]", line(e), e.rule);
        for ev in &e.evidence {
            let quote = input
                .get(ev.start..ev.end)
                .unwrap_or("<span outside input>");
            let quote: String = quote.split_whitespace().collect::<Vec<_>>().join(" ");
            let section = ev
                .section
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            let _ = writeln!(s, "    {}..{}{section}: {quote}", ev.start, ev.end);
        }
    }
    s
}

/// The statistics of a document, as text.
pub fn stats(doc: &Document) -> String {
    let st = Statistics::new(&doc.events);
    let mut s = String::new();
    let _ = writeln!(s, "tier history:");
    for (year, t) in st.tier_history() {
        let _ = writeln!(
            s,
            "  {year}  {}{}",
            t.tier,
            if t.inferred { " (inferred)" } else { "" }
        );
    }
    let _ = writeln!(
        s,
        "worst tier: {}",
        st.worst_tier().map_or("-".into(), |t| t.to_string())
    );
    let _ = writeln!(
        s,
        "best tier: {}",
        st.best_tier().map_or("-".into(), |t| t.to_string())
    );
    let _ = writeln!(s, "runs:");
    for r in st.runs() {
        let _ = writeln!(
            s,
            "  {}  {}-{} ({} year{})",
            r.tier,
            r.from,
            r.to,
            r.years,
            if r.years == 1 { "" } else { "s" }
        );
    }
    let _ = writeln!(s, "series:");
    for metric in metrics_present(doc) {
        let points: Vec<String> = st
            .series(metric)
            .iter()
            .map(|p| {
                let v = p.value.map_or_else(
                    || {
                        p.quantities
                            .iter()
                            .map(|q| q.to_string())
                            .collect::<Vec<_>>()
                            .join(" / ")
                    },
                    |v| v.to_string(),
                );
                let c = p.change.map(|c| match c.percent {
                    Some(pct) => format!(" ({:+}, {:+.0}%)", c.absolute, pct),
                    None => format!(" ({:+})", c.absolute),
                });
                format!("{} {v}{}", p.year, c.unwrap_or_default())
            })
            .collect();
        if !points.is_empty() {
            let _ = writeln!(s, "  {metric}: {}", points.join(", "));
        }
    }
    let _ = writeln!(
        s,
        "penalty range: {}",
        st.penalty_range().map_or("-".into(), |p| p.to_string())
    );
    let _ = writeln!(s, "events by kind:");
    for (k, n) in st.counts_by_kind() {
        let _ = writeln!(s, "  {k}: {n}");
    }
    s
}

fn metrics_present(doc: &Document) -> Vec<crate::event::Metric> {
    let mut v: Vec<_> = doc
        .events
        .iter()
        .filter_map(|e| match &e.fact {
            crate::event::Fact::Statistic { metric, .. } => Some(*metric),
            _ => None,
        })
        .collect();
    v.sort();
    v.dedup();
    v
}
