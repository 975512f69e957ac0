//! Where extraction time goes: runs every rule over a folder of texts and prints each
//! rule's share of the time, how often its cues fired, and how often it found an event.
//!
//! `cargo run --release --example rule_costs -- ../shared/corpus/dev`

use std::time::{Duration, Instant};
use tipline::rules::{Discourse, Output, RuleMask, RuleSet, SentenceCtx};
use tipline::temporal::Anchor;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/dev".into());
    let mut texts = Vec::new();
    for sub in ["wiki", "tip", ""] {
        let Ok(rd) = std::fs::read_dir(std::path::Path::new(&dir).join(sub)) else {
            continue;
        };
        for e in rd.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(e.path()).unwrap_or_default());
            }
        }
    }
    if texts.is_empty() {
        texts.push(tipline::SEED_ARTICLE.to_string());
    }
    let set = RuleSet::standard();
    let names: Vec<&str> = set.rules().map(|r| r.name()).collect();
    let mut time = vec![Duration::ZERO; names.len()];
    let mut runs = vec![0usize; names.len()];
    let mut hits = vec![0usize; names.len()];
    let mut parse = Duration::ZERO;
    let mut dates = Duration::ZERO;
    let mut numbers = Duration::ZERO;
    let mut sentences = 0;
    let rounds = 20;
    for _ in 0..rounds {
        for t in &texts {
            let t0 = Instant::now();
            let st = tipline::document::parse(t);
            parse += t0.elapsed();
            for b in &st.blocks {
                let texts: Vec<&str> = b.sentences.iter().map(|s| b.text(s)).collect();
                let ranges: Vec<_> = b.sentences.iter().map(|s| s.norm.clone()).collect();
                let scan = set.scan_block(&b.norm.text, &ranges);
                let mut d = Discourse::default();
                for (s, found) in b.sentences.iter().zip(&scan.sentences) {
                    let rules = found.rules;
                    sentences += 1;
                    // As extraction reads it: with the marks and words of the paragraph scan.
                    let mut cx = SentenceCtx::new(b.text(s), s.span, Anchor::default(), &texts);
                    cx.marks = Some(found.marks);
                    cx.paragraph_words = Some(&scan.words);
                    if !rules.is_empty() {
                        let t0 = Instant::now();
                        let _ = cx.times();
                        dates += t0.elapsed();
                        let t0 = Instant::now();
                        let _ = cx.quantities();
                        numbers += t0.elapsed();
                    }
                    for ri in rules.iter() {
                        let mut out = Output::default();
                        let t0 = Instant::now();
                        set.apply_rules(RuleMask::single(ri), &cx, &mut d, &mut out);
                        time[ri] += t0.elapsed();
                        runs[ri] += 1;
                        hits[ri] += usize::from(!out.events.is_empty());
                    }
                }
            }
        }
    }
    let total: Duration = time.iter().sum::<Duration>() + parse + dates + numbers;
    let pct = |d: Duration| d.as_secs_f64() * 100.0 / total.as_secs_f64();
    println!(
        "{} sentences and {:.2} ms per round; structure {:.1}%, dates {:.1}%, quantities {:.1}% (for sentences some rule reads)",
        sentences / rounds,
        total.as_secs_f64() * 1000.0 / rounds as f64,
        pct(parse),
        pct(dates),
        pct(numbers)
    );
    for i in 0..names.len() {
        println!(
            "{:<15} {:5.1}%  runs {:6}  with events {:5}",
            names[i],
            time[i].as_secs_f64() * 100.0 / total.as_secs_f64(),
            runs[i] / rounds,
            hits[i] / rounds
        );
    }
}
