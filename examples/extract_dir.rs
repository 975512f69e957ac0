//! Extracts every `.txt` file under a folder N times (default 10) and prints the events found:
//! a steady workload for profilers (`valgrind --tool=callgrind`, `perf`).
//!
//! `cargo run --release --example extract_dir -- ../shared/corpus/dev 10`
//!
//! One warm-up pass compiles every pattern first, so a profiler can count the steady state
//! alone: `valgrind --tool=callgrind --collect-atstart=no --toggle-collect=extract_dir::rounds_of`.

fn collect(dir: &std::path::Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(std::fs::read_to_string(&p).unwrap_or_default());
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "../shared/corpus/dev".into());
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let mut texts = Vec::new();
    collect(std::path::Path::new(&dir), &mut texts);
    let bytes: usize = texts.iter().map(String::len).sum();
    for t in &texts {
        tipline::extract(t);
    }
    let events = rounds_of(&texts, rounds);
    println!(
        "{} texts, {} bytes, {rounds} rounds, {events} events",
        texts.len(),
        bytes
    );
}

/// Extracts every text `rounds` times; returns the number of events found.
#[inline(never)]
fn rounds_of(texts: &[String], rounds: usize) -> usize {
    let mut events = 0;
    for _ in 0..rounds {
        for t in texts {
            events += tipline::extract(t).events.len();
        }
    }
    events
}
