//! Messy and hostile input: the same events as clean input, and an answer for anything.

use super::{assert_spans, corpus_texts, facts, seed_text};
use tipline::Document;

/// Extracts both texts and checks the events agree, evidence included (compared after normalization).
#[track_caller]
fn same_events(clean: &str, messy: &str) -> Document {
    let a = tipline::extract(clean);
    let b = tipline::extract(messy);
    assert_spans(messy, &b);
    assert_eq!(facts(&a), facts(&b), "events differ");
    let (oa, ob) = (ordinals(clean), ordinals(messy));
    for (ea, eb) in a.events.iter().zip(&b.events) {
        let qa: Vec<Option<Place>> = ea
            .evidence
            .iter()
            .map(|e| oa.iter().find(|(s, _)| *s == e.start).map(|(_, p)| *p))
            .collect();
        let qb: Vec<Option<Place>> = eb
            .evidence
            .iter()
            .map(|e| ob.iter().find(|(s, _)| *s == e.start).map(|(_, p)| *p))
            .collect();
        assert!(
            qb.iter().all(Option::is_some),
            "evidence is not a sentence of the messy text: {:?}",
            eb.evidence
        );
        assert_eq!(qa, qb, "evidence differs for {:?}", ea.fact);
    }
    b
}

/// Where a sentence stands: the title, or the n-th sentence of the body (so that removing a
/// title line keeps the body's numbering).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Title,
    Body(usize),
}

/// Every sentence's start offset with its place.
fn ordinals(text: &str) -> Vec<(usize, Place)> {
    let st = tipline::document::parse(text);
    let mut body = 0;
    let mut out = Vec::new();
    for b in &st.blocks {
        for s in &b.sentences {
            if b.kind == tipline::document::BlockKind::Title {
                out.push((s.span.start, Place::Title));
            } else {
                out.push((s.span.start, Place::Body(body)));
                body += 1;
            }
        }
    }
    out
}

/// Wraps every paragraph line at `width` columns.
pub fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.split('\n') {
        if line.starts_with('=') || line.len() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut col = 0;
        for (i, word) in line.split(' ').enumerate() {
            if i > 0 {
                if col + word.len() >= width {
                    out.push('\n');
                    col = 0;
                } else {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(word);
            col += word.len();
        }
        out.push('\n');
    }
    out
}

#[test]
fn crlf_bom_tabs_and_spaces() {
    let t = seed_text();
    same_events(&t, &t.replace('\n', "\r\n"));
    same_events(&t, &format!("\u{feff}{t}"));
    same_events(&t, &t.replace(", ", ",\t").replace(" the ", " the\u{a0}"));
    same_events(
        &t,
        &t.replace(" ", " \u{200b}").replace("Tier", "Ti\u{200b}er"),
    );
    same_events(&t, &t.replace(". ", ".\u{2028}"));
}

#[test]
fn quotes_and_dashes() {
    let t = seed_text();
    same_events(
        &t,
        &t.replace(['\u{201c}', '\u{201d}'], "\"")
            .replace('\u{2019}', "'"),
    );
    same_events(&t, &t.replace('"', "\u{201c}").replace('\'', "\u{2019}"));
    same_events(
        &t,
        &t.replace(" - ", " \u{2013} ")
            .replace("four to 25", "four\u{2013}25"),
    );
    same_events(&t, &t.replace(" - ", " \u{2014} "));
}

#[test]
fn heading_styles_and_title() {
    let t = seed_text();
    same_events(
        &t,
        &t.replace("==Prosecution (2009)==", "== Prosecution (2009) =="),
    );
    same_events(
        &t,
        &t.replace("==Prosecution (2009)==", "==Prosecution (2009) =="),
    );
    same_events(
        &t,
        &t.replace("==Protection (2009)==", "=== Protection (2009) ==="),
    );
    same_events(
        &t,
        &t.replace("==Prevention (2009)==", "=== Prevention (2009) =="),
    );
    let untitled = t.split_once('\n').expect("title line").1;
    let d = same_events(&t, untitled);
    assert_eq!(d.title, None);
    assert_eq!(d.country.as_deref(), Some("Turkmenistan"));
}

#[test]
fn capitals_bullets_and_wrapping() {
    let t = seed_text();
    let caps = t
        .replace("Tier 2 Watch List", "TIER 2 WATCH LIST")
        .replace("\"Tier 3\"", "\"TIER 3\"");
    same_events(&t, &caps);
    let bullets: String = t
        .lines()
        .map(|l| {
            if l.starts_with("Turkmenistan ratified") {
                format!("- {l}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    same_events(&t, &bullets);
    for width in [40, 72, 100] {
        same_events(&t, &hard_wrap(&t, width));
    }
    let star: String = t
        .lines()
        .map(|l| {
            if l.starts_with("In 2023") {
                format!("\u{2022} {l}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    same_events(&t, &star);
}

#[test]
fn missing_spaces_after_stops() {
    let clean =
        "In 2014 the country was placed on Tier 2. The government convicted five traffickers.";
    let messy =
        "In 2014 the country was placed on Tier 2.The government convicted five traffickers.";
    let d = tipline::extract(messy);
    assert_eq!(facts(&tipline::extract(clean)), facts(&d));
    assert_eq!(
        &messy[d.events[1].evidence[0].start..d.events[1].evidence[0].end],
        "The government convicted five traffickers."
    );
}

#[test]
fn real_texts_in_messy_forms() {
    for (_, t) in corpus_texts().into_iter().take(30) {
        same_events(&t, &t.replace('\n', "\r\n"));
        same_events(&t, &hard_wrap(&t, 64));
        same_events(&t, &format!("\u{feff}{t}"));
    }
}

/// Puts a reference mark, as copied with a web page, after every sentence end and every
/// word "victims" ("victims[4]", "traffickers.[12]").
fn with_reference_marks(text: &str) -> String {
    let mut n = 0;
    let mut mark = || {
        n += 1;
        if n % 7 == 0 {
            "[citation needed]".to_string()
        } else {
            format!("[{n}]")
        }
    };
    let mut out = String::new();
    for (i, piece) in text.split(". ").enumerate() {
        if i > 0 {
            out.push('.');
            out.push_str(&mark());
            out.push(' ');
        }
        let mut words = piece.split("victims ").peekable();
        while let Some(w) = words.next() {
            out.push_str(w);
            if words.peek().is_some() {
                out.push_str("victims");
                out.push_str(&mark());
                out.push(' ');
            }
        }
    }
    out
}

#[test]
fn reference_marks_from_web_pages() {
    let t = seed_text();
    let marked = with_reference_marks(&t);
    assert!(marked.contains("[citation needed]") && marked.contains(".[1] "));
    same_events(&t, &marked);
    for (_, t) in corpus_texts().into_iter().take(30) {
        same_events(&t, &with_reference_marks(&t));
    }
}

#[test]
fn empty_and_blank_inputs() {
    for s in [
        "",
        "\n\n\n",
        "   ",
        "\u{feff}",
        "=",
        "==",
        "= =",
        "== ==\n\n-",
        "- ",
        "\u{2028}\u{200b}",
    ] {
        let d = tipline::extract(s);
        assert!(d.events.is_empty(), "{s:?}");
        assert_spans(s, &d);
    }
    let d = tipline::extract("====\nIn 2010 it was placed on Tier 3.");
    assert_eq!(d.events.len(), 1);
    assert_eq!(
        d.diagnostics[0].code,
        tipline::DiagnosticCode::MalformedHeading
    );
}

#[test]
fn hostile_long_line_without_stops() {
    let s = "trafficking victims were identified in 2010 ".repeat(230_000);
    assert!(s.len() > 10_000_000);
    let d = tipline::extract(&s);
    assert_spans(&s, &d);
}

#[test]
fn hostile_repeated_tier() {
    let s = "Tier ".repeat(1_000_000);
    let d = tipline::extract(&s);
    assert!(d.events.is_empty());
    let s = "placed on Tier 2 in 2017; ".repeat(100_000);
    let d = tipline::extract(&s);
    assert_spans(&s, &d);
    assert_eq!(
        d.events.len(),
        1,
        "the same placement stated many times is one event"
    );
}

#[test]
fn hostile_huge_number() {
    let s = format!(
        "The government identified {} victims in 2010.",
        "9".repeat(1_000_000)
    );
    let d = tipline::extract(&s);
    assert_spans(&s, &d);
    let s = format!("It convicted {} traffickers.", "1,000".repeat(200_000));
    assert_spans(&s, &tipline::extract(&s));
}

#[test]
fn hostile_mixed_scripts() {
    let unit = "Торговля людьми \u{2028} 人口贩卖 \u{200b} الاتجار بالبشر Tier 2 \u{1F600} ﻿ 2010. ";
    let s = unit.repeat(1_000_000 / unit.len() + 1);
    let d = tipline::extract(&s);
    assert_spans(&s, &d);
}

#[test]
fn invalid_bytes_and_binary() {
    let x = tipline::Extractor::default();
    let err = x.extract_bytes(b"In 2010 \xc3\x28 Tier 3").unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected UTF-8 text, but found an invalid byte sequence at byte offset 8"
    );
    let err = x
        .extract_bytes(&[0x89, b'P', b'N', b'G', 0, 0, 0])
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("expected text, but found binary data"),
        "{err}"
    );
}
