//! Throughput benches (criterion, reported in MB/s):
//! - `corpus/*`: the whole pipeline over the seed and over the dev corpus (when `../shared` is present);
//! - `layers/*`: document structure alone, dates alone, quantities alone;
//! - `growth/*`: pathological inputs at 1x, 10x, 100x, whose time must grow linearly.
//!
//! With the `cli` feature (the default) the benches run on the command-line tool's allocator,
//! so they measure what `tipline extract` does per core; `cargo bench --no-default-features`
//! measures the library on the system allocator.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

#[cfg(feature = "cli")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn dev_corpus() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let mut all = String::new();
    for sub in ["wiki", "tip"] {
        let Ok(rd) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            all.push_str(&std::fs::read_to_string(p).unwrap_or_default());
            all.push_str("\n\n");
        }
    }
    if all.is_empty() {
        eprintln!("notice: ../shared/corpus/dev is absent; the corpus bench uses the seed article");
        all = tipline::SEED_ARTICLE.to_string();
    }
    all
}

fn corpus(c: &mut Criterion) {
    let seed = tipline::SEED_ARTICLE;
    let texts: Vec<String> = {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
        let mut v = Vec::new();
        for sub in ["wiki", "tip"] {
            if let Ok(rd) = std::fs::read_dir(dir.join(sub)) {
                let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                paths.sort();
                v.extend(
                    paths
                        .into_iter()
                        .filter_map(|p| std::fs::read_to_string(p).ok()),
                );
            }
        }
        if v.is_empty() {
            v.push(seed.to_string());
        }
        v
    };
    let total: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("seed", |b| {
        b.iter(|| {
            let d = tipline::extract(black_box(seed));
            assert_eq!(d.events.len(), 22);
            d
        })
    });
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("dev_documents", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| tipline::extract(black_box(t)).events.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn layers(c: &mut Criterion) {
    let text = dev_corpus();
    let structure = tipline::document::parse(&text);
    let sentences: Vec<&str> = structure
        .blocks
        .iter()
        .flat_map(|b| b.sentences.iter().map(|s| b.text(s)))
        .collect();
    let mut g = c.benchmark_group("layers");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("document", |b| {
        b.iter(|| tipline::document::parse(black_box(&text)).blocks.len())
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| tipline::temporal::recognize(s).len())
                .sum::<usize>()
        })
    });
    g.bench_function("quantities", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| tipline::quantity::recognize(s).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn growth(c: &mut Criterion) {
    let dense = "In 2019, authorities investigated 1,200 cases, prosecuted 45 to 60 suspects, convicted more than 30 traffickers and identified 150 victims (53 sex trafficking, 97 labor trafficking) in March 2020, compared with 120 in 2018, ";
    let shapes: [(&str, &str); 4] = [
        ("dense_sentence", dense),
        // One paragraph restating one fact: every restatement merges into one event.
        (
            "fact_restated",
            "The government identified 12 victims in 2019. ",
        ),
        (
            "no_stop_paragraph",
            "trafficking victims were identified in the reporting period and ",
        ),
        ("tier_repeated", "Tier "),
    ];
    let mut g = c.benchmark_group("growth");
    g.sample_size(10);
    for (name, unit) in shapes {
        for scale in [1usize, 10, 100] {
            let input = unit.repeat(1_000 * scale / unit.len().max(1) * 10 + 1);
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(name, format!("{scale}x")),
                &input,
                |b, input| b.iter(|| tipline::extract(black_box(input)).events.len()),
            );
        }
    }
    g.finish();
}

criterion_group!(benches, corpus, layers, growth);
criterion_main!(benches);
