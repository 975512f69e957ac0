//! Throughput benches (criterion, MB/s).
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn seed(c: &mut Criterion) {
    let input = tipline::SEED_ARTICLE;
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(input.len() as u64));
    g.bench_function("seed", |b| {
        b.iter(|| tipline::extract(std::hint::black_box(input)))
    });
    g.finish();
}

criterion_group!(benches, seed);
criterion_main!(benches);
