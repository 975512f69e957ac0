//! Sentence splitting over normalized text.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets)
//! followed by a space and a capital, digit, quote or bracket, or directly by
//! a capitalized word ("2014.The"). It does not end after an abbreviation
//! ("U.S.", "No.", "Art.", "Dr."), an initial ("U. A. E."), between digits
//! ("8.5"), or inside a short double-quoted passage.

use super::lexicon::ABBREVIATIONS;
use std::ops::Range;

const MAX_QUOTE: usize = 400;
/// The abbreviations, for lookups.
static ABBREVIATION_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static [u8]>> =
    std::sync::LazyLock::new(|| ABBREVIATIONS.iter().map(|a| a.as_bytes()).collect());
/// No abbreviation is longer, and most words before a stop are.
const MAX_ABBREVIATION_LEN: usize = 6;

/// Byte ranges of the sentences of `text`, trimmed of spaces, in order.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let protected = quoted_regions(b);
    // About one sentence per 120 bytes of prose.
    let mut out = Vec::with_capacity(text.len() / 120 + 1);
    let mut start = 0;
    let mut qi = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr3(b'.', b'!', b'?', &b[i..]) {
        i += off;
        while qi < protected.len() && protected[qi].end <= i {
            qi += 1;
        }
        let inside = qi < protected.len() && protected[qi].start < i && i + 1 < protected[qi].end;
        if !inside {
            if let Some(end) = boundary(b, i) {
                push_trimmed(&mut out, b, start, end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(&mut out, b, start, b.len());
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, b: &[u8], mut s: usize, mut e: usize) {
    while s < e && b[s] == b' ' {
        s += 1;
    }
    while e > s && b[e - 1] == b' ' {
        e -= 1;
    }
    if e > s {
        out.push(s..e);
    }
}

/// Regions between paired double quotes, at most `MAX_QUOTE` bytes long.
fn quoted_regions(b: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in memchr::memchr_iter(b'"', b) {
        match open.take() {
            Some(o) if i - o <= MAX_QUOTE => out.push(o..i),
            Some(_) => open = Some(i),
            None => open = Some(i),
        }
    }
    out
}

/// If the terminator at `i` ends a sentence, the offset just past it (and its closers).
fn boundary(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    if b[i] == b'.' && j < b.len() && b[j] == b'.' {
        return None; // inside an ellipsis
    }
    while j < b.len() && matches!(b[j], b'"' | b'\'' | b')' | b']') {
        j += 1;
    }
    if j >= b.len() {
        return Some(b.len());
    }
    let is_stop = b[i] == b'.';
    if b[j] == b' ' {
        let k = j + 1;
        if k >= b.len() {
            return Some(j);
        }
        let next = b[k];
        let opens = next.is_ascii_uppercase()
            || next.is_ascii_digit()
            || matches!(next, b'"' | b'\'' | b'(' | b'[')
            || next >= 0x80;
        if !opens {
            return None;
        }
        if is_stop && j == i + 1 && is_abbreviation(b, i) {
            return None;
        }
        return Some(j);
    }
    // Missing space: "2014.The", "family .They".
    if is_stop
        && j == i + 1
        && b[j].is_ascii_uppercase()
        && b.get(j + 1).is_some_and(|c| c.is_ascii_lowercase())
        && !is_abbreviation(b, i)
        && i > 0
        && (b[i - 1].is_ascii_lowercase()
            || b[i - 1].is_ascii_digit()
            || b[i - 1] == b' '
            || b[i - 1] == b')')
    {
        return Some(j);
    }
    None
}

/// The token before the stop at `i`, e.g. `U.S` for "the U.S." or `No` for "No.".
fn is_abbreviation(b: &[u8], i: usize) -> bool {
    let mut s = i;
    while s > 0 && (b[s - 1].is_ascii_alphabetic() || b[s - 1] == b'.') {
        s -= 1;
    }
    let word = &b[s..i];
    if word.is_empty() {
        return false;
    }
    // A single capital is an initial ("John F. Kennedy", "U. A. E.").
    if word.len() == 1 && word[0].is_ascii_uppercase() {
        return true;
    }
    // Dotted capitals ("U.S", "D.C").
    if word.contains(&b'.') && word.iter().all(|c| *c == b'.' || c.is_ascii_uppercase()) {
        return true;
    }
    word.len() <= MAX_ABBREVIATION_LEN && ABBREVIATION_SET.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_limit() {
        assert!(ABBREVIATIONS
            .iter()
            .all(|a| a.len() <= MAX_ABBREVIATION_LEN));
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            sentences("One here. Two there! Three? "),
            ["One here.", "Two there!", "Three?"]
        );
    }

    #[test]
    fn keeps_abbreviations_decimals_and_initials() {
        let t =
            "The U.S. State Department gave 8.5 out of 10. Law No. 91 of 2013 and Art. 5 apply. \
                 Dr. Smith met John F. Kennedy in the U. A. E. last year. Next.";
        assert_eq!(
            sentences(t),
            [
                "The U.S. State Department gave 8.5 out of 10.",
                "Law No. 91 of 2013 and Art. 5 apply.",
                "Dr. Smith met John F. Kennedy in the U. A. E. last year.",
                "Next."
            ]
        );
    }

    #[test]
    fn does_not_split_inside_quotes_but_after_them() {
        let t = "It was \"not meeting the standards. But [..] making efforts\". The 2018 report said so.";
        assert_eq!(
            sentences(t),
            [
                "It was \"not meeting the standards. But [..] making efforts\".",
                "The 2018 report said so."
            ]
        );
        assert_eq!(
            sentences("He said \"It is done.\" Then left."),
            ["He said \"It is done.\"", "Then left."]
        );
    }

    #[test]
    fn splits_at_missing_space() {
        assert_eq!(
            sentences("convicted in 2014.The next year"),
            ["convicted in 2014.", "The next year"]
        );
        assert_eq!(
            sentences("their own family .They are"),
            ["their own family .", "They are"]
        );
        assert_eq!(
            sentences("see state.gov for more"),
            ["see state.gov for more"]
        );
    }

    #[test]
    fn lowercase_after_stop_does_not_split() {
        assert_eq!(
            sentences("about 5 p.m. today. Yes."),
            ["about 5 p.m. today.", "Yes."]
        );
    }
}
