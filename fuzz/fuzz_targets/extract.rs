//! Fuzzes byte input through the whole pipeline: never a panic; on text, every
//! evidence span lies inside the input on character boundaries, and output is deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let extractor = tipline::Extractor::default();
    let Ok(doc) = extractor.extract_bytes(data) else { return };
    let text = std::str::from_utf8(data).expect("accepted input is UTF-8");
    for event in &doc.events {
        for ev in &event.evidence {
            assert!(ev.start < ev.end && ev.end <= text.len());
            assert!(text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end));
        }
    }
    assert_eq!(doc, extractor.extract_bytes(data).expect("same input, same answer"));
    let _ = tipline::render::timeline(&doc);
    let _ = doc.statistics().tier_history();
});
