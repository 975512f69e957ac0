//! Ordered parallel processing with bounded memory: inputs are read by one
//! thread, processed by `jobs` workers, and handed to the sink in input order.
//! At most `2 × jobs + 1` chunks of 8 inputs are in flight at once, whatever their speed; with
//! one job everything runs on the calling thread.

use std::collections::BTreeMap;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Mutex;

/// Maps `work` over `inputs` on `jobs` threads and calls `sink` with each result in input order.
pub fn ordered_map<T, R, I, F, S>(inputs: I, jobs: usize, work: F, mut sink: S)
where
    T: Send,
    R: Send,
    I: Iterator<Item = T> + Send,
    F: Fn(T) -> R + Sync,
    S: FnMut(R),
{
    let jobs = jobs.max(1);
    if jobs == 1 {
        // One worker: no threads, no hand-offs; memory holds one document.
        for item in inputs {
            sink(work(item));
        }
        return;
    }
    // Items travel in small chunks so that thread hand-offs are rare.
    let window = 2 * jobs + 1;
    let (token_tx, token_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        token_tx.send(()).expect("token channel open");
    }
    let (in_tx, in_rx) = sync_channel::<(usize, Vec<T>)>(jobs);
    let (out_tx, out_rx) = sync_channel::<(usize, Vec<R>)>(window);
    let in_rx: Mutex<Receiver<(usize, Vec<T>)>> = Mutex::new(in_rx);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut inputs = inputs;
            for i in 0.. {
                let chunk: Vec<T> = inputs.by_ref().take(CHUNK).collect();
                if chunk.is_empty() || token_rx.recv().is_err() || in_tx.send((i, chunk)).is_err() {
                    break;
                }
            }
        });
        for _ in 0..jobs {
            let out_tx = out_tx.clone();
            let in_rx = &in_rx;
            let work = &work;
            scope.spawn(move || loop {
                let next = match in_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => break,
                };
                let Ok((i, chunk)) = next else { break };
                if out_tx
                    .send((i, chunk.into_iter().map(work).collect()))
                    .is_err()
                {
                    break;
                }
            });
        }
        drop(out_tx);
        let mut pending: BTreeMap<usize, Vec<R>> = BTreeMap::new();
        let mut next = 0;
        for (i, r) in out_rx {
            pending.insert(i, r);
            while let Some(rs) = pending.remove(&next) {
                rs.into_iter().for_each(&mut sink);
                next += 1;
                let _ = token_tx.send(());
            }
        }
    });
}

/// Items per chunk handed to a worker.
const CHUNK: usize = 8;

/// Runs `work`; a panic inside it comes back as an error message instead of ending the
/// batch, so that one document that trips a bug costs one error record, not the run.
pub fn contained<R>(work: impl FnOnce() -> R) -> Result<R, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_string());
        format!("internal error while extracting (please report it): {message}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_input_order() {
        for jobs in [1, 2, 5] {
            let mut out = Vec::new();
            ordered_map(
                0..200u64,
                jobs,
                |i| {
                    if i % 7 == 0 {
                        std::thread::sleep(std::time::Duration::from_millis(1));
                    }
                    i * 2
                },
                |r| out.push(r),
            );
            assert_eq!(out, (0..200).map(|i| i * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_panic_is_one_error_and_the_run_goes_on() {
        for jobs in [1, 2] {
            let mut out = Vec::new();
            ordered_map(
                0..40u64,
                jobs,
                |i| {
                    contained(|| {
                        if i == 17 {
                            panic!("item {i} trips a bug");
                        }
                        i
                    })
                },
                |r| out.push(r),
            );
            assert_eq!(out.len(), 40);
            assert_eq!(
                out[17],
                Err(
                    "internal error while extracting (please report it): item 17 trips a bug"
                        .into()
                )
            );
            assert_eq!(out[16], Ok(16));
            assert_eq!(out[39], Ok(39));
        }
    }
}
