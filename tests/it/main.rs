//! The single integration-test binary.

mod cli;
mod contract;
mod corpus;
mod messy;
mod properties;
mod seed;

use tipline::{Document, Event};

/// The seed article as shipped in `fixtures/`.
pub fn seed_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/turkmenistan.txt"
    ))
    .expect("seed fixture")
}

/// The dev corpus, when `../shared` is present beside the project.
pub fn corpus_dir() -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    if dir.join("gold").is_dir() {
        Some(dir)
    } else {
        // Written to the terminal itself, once: the test harness would hide a `println!` of a
        // test that passes.
        static NOTICE: std::sync::Once = std::sync::Once::new();
        NOTICE.call_once(|| {
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "notice: ../shared/corpus/dev is absent; skipping the corpus checks"
            );
        });
        None
    }
}

/// Every text of the dev corpus (path, text), when present.
pub fn corpus_texts() -> Vec<(String, String)> {
    let Some(dir) = corpus_dir() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for sub in ["wiki", "tip"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir.join(sub))
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.sort();
        for p in paths {
            out.push((
                p.display().to_string(),
                std::fs::read_to_string(&p).expect("corpus text"),
            ));
        }
    }
    out
}

/// Checks that every evidence span slices `input` on character boundaries and
/// covers a trimmed, non-empty stretch of text.
#[track_caller]
pub fn assert_spans(input: &str, doc: &Document) {
    for e in &doc.events {
        assert!(!e.evidence.is_empty(), "event without evidence: {e:?}");
        for ev in &e.evidence {
            assert!(
                ev.start < ev.end && ev.end <= input.len(),
                "span {}..{} outside input of {} bytes",
                ev.start,
                ev.end,
                input.len()
            );
            assert!(
                input.is_char_boundary(ev.start) && input.is_char_boundary(ev.end),
                "span {}..{} not on char boundaries",
                ev.start,
                ev.end
            );
            let s = &input[ev.start..ev.end];
            assert_eq!(
                s.trim(),
                s,
                "span {}..{} is not trimmed: {s:?}",
                ev.start,
                ev.end
            );
        }
    }
}

/// The events without their evidence offsets, for comparing texts that differ only in form.
pub fn facts(doc: &Document) -> Vec<String> {
    doc.events
        .iter()
        .map(|e: &Event| format!("{:?} {:?} {} {}", e.date, e.fact, e.inferred, e.rule))
        .collect()
}
