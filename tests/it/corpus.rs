//! The dev corpus: the evaluation ratchet and span checks on every real text.
//! Skips with a notice when `../shared` is absent.

use super::{assert_spans, corpus_dir, corpus_texts};
use tipline::eval::{evaluate_dir, SCORED_KINDS};
use tipline::Extractor;

/// The last recorded overall F1 on the dev corpus. Raise it as extraction improves; never lower it.
const RATCHET_F1: f64 = 1.0;

#[test]
fn evaluation_ratchet_and_targets() {
    let Some(dir) = corpus_dir() else { return };
    let report = evaluate_dir(&dir.join("gold"), &Extractor::default()).expect("evaluation");
    println!("{}", report.to_text());
    assert_eq!(report.documents, 30);
    assert!(
        report.overall.f1 + 1e-9 >= RATCHET_F1,
        "overall F1 {:.4} fell below the ratchet {RATCHET_F1}",
        report.overall.f1
    );
    for kind in SCORED_KINDS {
        let s = report.by_kind[&kind];
        assert!(
            s.precision >= 0.95 && s.recall >= 0.90,
            "{kind}: precision {:.3}, recall {:.3}",
            s.precision,
            s.recall
        );
    }
}

#[test]
fn spans_on_every_real_text() {
    for (path, text) in corpus_texts() {
        let doc = tipline::extract(&text);
        assert_spans(&text, &doc);
        assert_eq!(tipline::extract(&text), doc, "{path}: not deterministic");
    }
}
