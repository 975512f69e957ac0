//! The public JSON contract (`output-contract.md`): field names, enum values, spans.

use super::{assert_spans, seed_text};
use serde_json::Value;

fn seed_json() -> Value {
    serde_json::to_value(tipline::extract(&seed_text())).expect("json")
}

#[test]
fn document_fields() {
    let v = seed_json();
    assert_eq!(v["title"], "Human trafficking in Turkmenistan");
    assert_eq!(v["country"], "Turkmenistan");
    assert!(v["events"].is_array());
    let none = serde_json::to_value(tipline::extract("Nothing here.")).expect("json");
    assert!(none["title"].is_null() && none["country"].is_null());
}

#[test]
fn every_event_has_the_common_fields() {
    let v = seed_json();
    for e in v["events"].as_array().expect("events") {
        for f in ["kind", "date", "inferred", "evidence"] {
            assert!(e.get(f).is_some(), "missing {f} in {e}");
        }
        let d = &e["date"];
        assert!(
            d.is_null()
                || (d["year"].is_i64() && d.get("month").is_some() && d.get("day").is_some()),
            "{d}"
        );
        for ev in e["evidence"].as_array().expect("evidence") {
            assert!(ev["start"].is_u64() && ev["end"].is_u64() && ev.get("section").is_some());
        }
        let required: &[&str] = match e["kind"].as_str().expect("kind") {
            "treaty_ratification" => &["treaty", "action"],
            "law_enacted" => &["name"],
            "legal_amendment" | "legal_provision" => &["instrument", "article", "penalty"],
            "tier_placement" => &["tier", "consecutive_years"],
            "index_score" => &["index", "indicator", "score", "scale"],
            "compliance_assessment" => &["meets_minimum_standards", "significant_efforts"],
            "trafficking_profile" => &["roles", "destinations", "forms"],
            "commitment" => &["parties", "description"],
            "statistic" => &["metric", "quantity", "subject"],
            other => panic!("unknown kind {other}"),
        };
        for f in required {
            assert!(e.get(*f).is_some(), "missing {f} in {e}");
        }
    }
}

#[test]
fn enum_values_and_numbers() {
    let v = seed_json();
    let events = v["events"].as_array().expect("events");
    let find = |kind: &str| {
        events
            .iter()
            .find(|e| e["kind"] == kind)
            .expect(kind)
            .clone()
    };
    assert_eq!(find("tier_placement")["tier"], "tier_2_watch_list");
    assert_eq!(find("treaty_ratification")["action"], "ratified");
    let amendment = find("legal_amendment");
    assert_eq!(
        amendment["penalty"],
        serde_json::json!({"min_years": 4, "max_years": 25})
    );
    let trained = events
        .iter()
        .find(|e| e["metric"] == "officials_trained" && e["quantity"]["qualifier"] == "more_than")
        .expect("trained");
    assert_eq!(
        trained["quantity"],
        serde_json::json!({"min": 100, "max": null, "qualifier": "more_than"})
    );
    assert_eq!(find("index_score")["scale"], 10);
    assert_eq!(find("index_score")["score"], 8.5);
    assert_eq!(
        find("trafficking_profile")["roles"],
        serde_json::json!(["source"])
    );
}

#[test]
fn spans_slice_the_input() {
    let text = seed_text();
    let doc = tipline::extract(&text);
    assert_spans(&text, &doc);
    for e in &doc.events {
        for ev in &e.evidence {
            let s = &text[ev.start..ev.end];
            assert!(
                s.ends_with(['.', '!', '?', ':']) || s.ends_with(['"', '\u{201d}', ')']),
                "not a sentence: {s:?}"
            );
        }
    }
}

#[test]
fn output_is_deterministic_and_round_trips() {
    let text = seed_text();
    let a = serde_json::to_string(&tipline::extract(&text)).expect("json");
    let b = serde_json::to_string(&tipline::extract(&text)).expect("json");
    assert_eq!(a, b);
    let back: tipline::Document = serde_json::from_str(&a).expect("read back");
    assert_eq!(serde_json::to_string(&back).expect("json"), a);
}
