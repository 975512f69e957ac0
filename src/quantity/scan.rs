//! The syntax of number phrases, scanned by hand in one left-to-right pass:
//!
//! ```text
//! phrase := (BOUND ws)? ( "between" ws NUMBER (ws UNIT)? ws "and" ws NUMBER
//!                       | ("from" ws)? ("between" ws)? NUMBER ((ws UNIT)? ws? ("to" | "-" ws? "to" | "-" | "through") ws? NUMBER)? )
//! NUMBER := DIGITS ("," DDD)+ ("." DIGITS)? | DIGITS ("." DIGITS)?   then (ws ("thousand" | "million" | "billion"))?, then a word end
//!         | WORD ([ws-] WORD)*                                       number words, each a whole word
//!            then (ws "and" ws "a" ws "half" | "-and-a-half")?, a word end  "two and a half"
//! ```
//!
//! Words match ASCII-case-insensitively; `ws` is a run of ASCII whitespace. Phrases do
//! not overlap; each starts as far left as its parts allow. Kept apart from
//! [`super::recognize()`], which decides what a phrase measures.

use super::lexicon::{BOUNDS, NUMBER_WORDS};
use std::ops::Range;

/// One number phrase of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberPhrase {
    /// Start of the whole phrase, "from" included.
    pub whole_start: usize,
    /// End of the whole phrase.
    pub end: usize,
    /// The bound words ("more than").
    pub bound: Option<Range<usize>>,
    /// Start of "between", when the phrase has it.
    pub between: Option<usize>,
    /// The phrase starts with "from".
    pub from: bool,
    /// The first number.
    pub first: Range<usize>,
    /// The unit after the first number of a range ("six months to 20 years").
    pub first_unit: Option<Range<usize>>,
    /// The second number of a range.
    pub second: Option<Range<usize>>,
}

/// True when `text` has digits that could be a count: any run of digits other
/// than a bare year (four digits from 1800 to 2099), which is never a count.
pub fn has_count_digits(text: &str) -> bool {
    let b = text.as_bytes();
    let mut at = 0;
    while let Some(start) = crate::pattern::next_digit(b, at) {
        let mut end = start;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
        let year = end - start == 4 && matches!(&b[start..start + 2], b"18" | b"19" | b"20");
        if !year {
            return true;
        }
        at = end;
    }
    false
}

impl NumberPhrase {
    /// This phrase as a range ending with `second`; `unit_end` is the end of the
    /// first number's unit, or of the first number when it has none.
    fn ranged(mut self, b: &[u8], unit_end: usize, second: Range<usize>) -> Self {
        self.first_unit =
            (unit_end > self.first.end).then(|| skip_space(b, self.first.end)..unit_end);
        self.end = second.end;
        self.second = Some(second);
        self
    }
}

/// The number phrases of `text`, left to right.
pub fn number_phrases(text: &str) -> Vec<NumberPhrase> {
    number_phrases_with(text, true)
}

/// As [`number_phrases`]; `words` false says `text` has no number word, so no
/// phrase starts with one and words are skipped unread.
pub fn number_phrases_with(text: &str, words: bool) -> Vec<NumberPhrase> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(4);
    let mut pos = 0;
    let mut at = 0;
    while at < b.len() {
        if !words {
            // Only digits can start a phrase: jump to the next one.
            match crate::pattern::next_digit(b, at) {
                Some(d) => at = d,
                None => break,
            }
        }
        let c = b[at];
        let found = if c.is_ascii_digit() {
            let starts = at == pos || !b[at - 1].is_ascii_digit();
            let end = if starts { digits_at(b, at) } else { None };
            if end.is_none() {
                at += 1;
            }
            end.map(|e| past_half(b, e))
        } else if c.is_ascii_alphabetic() {
            let letters = letters_end(b, at);
            let starts = words && (at == 0 || !is_word(b[at - 1]));
            let end = if starts {
                words_at(b, at, letters)
            } else {
                None
            };
            if end.is_none() {
                // Letters cannot start a number until the next word.
                at = letters;
            }
            end.map(|e| past_half(b, e))
        } else {
            at += 1;
            None
        };
        if let Some(first_end) = found {
            let phrase = phrase_around(b, pos, at..first_end);
            pos = phrase.end;
            at = phrase.end;
            out.push(phrase);
        }
    }
    out
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// True when `at` is a word boundary.
fn boundary(b: &[u8], at: usize) -> bool {
    let before = at > 0 && is_word(b[at - 1]);
    let after = at < b.len() && is_word(b[at]);
    before != after
}

/// End of the whitespace run from `at`.
fn skip_space(b: &[u8], mut at: usize) -> usize {
    while at < b.len() && is_space(b[at]) {
        at += 1;
    }
    at
}

/// Start of the whitespace run that ends at `at`.
fn skip_space_back(b: &[u8], mut at: usize, floor: usize) -> usize {
    while at > floor && is_space(b[at - 1]) {
        at -= 1;
    }
    at
}

/// End of `word` (lowercase) if the text at `at` starts with it, case-insensitively.
fn word_at(b: &[u8], at: usize, word: &str) -> Option<usize> {
    let end = at + word.len();
    (end <= b.len() && b[at..end].eq_ignore_ascii_case(word.as_bytes())).then_some(end)
}

/// Start of `phrase` if the text ending at `end` ends with it (a space in the phrase
/// stands for a whitespace run), case-insensitively, starting at a word boundary at or after `floor`.
fn phrase_before(b: &[u8], end: usize, phrase: &str, floor: usize) -> Option<usize> {
    let mut at = end;
    for &p in phrase.as_bytes().iter().rev() {
        if p == b' ' {
            let start = skip_space_back(b, at, floor);
            if start == at {
                return None;
            }
            at = start;
        } else {
            if at <= floor || b[at - 1].to_ascii_lowercase() != p {
                return None;
            }
            at -= 1;
        }
    }
    let starts_word = at == 0 || !is_word(b[at - 1]) || !is_word(b[at]);
    starts_word.then_some(at)
}

/// End of the number that starts exactly at `at`, if one does (`pos`: where the
/// unread text begins).
fn number_at(b: &[u8], at: usize, pos: usize) -> Option<usize> {
    let c = *b.get(at)?;
    let end = if c.is_ascii_digit() {
        if at > pos && b[at - 1].is_ascii_digit() {
            return None;
        }
        digits_at(b, at)
    } else if c.is_ascii_alphabetic() && (at == 0 || !is_word(b[at - 1])) {
        words_at(b, at, letters_end(b, at))
    } else {
        None
    };
    end.map(|e| past_half(b, e))
}

/// Past the " and a half" or "-and-a-half" after a number ending at `end` ("two and a half
/// years"), or `end`.
fn past_half(b: &[u8], end: usize) -> usize {
    if b.get(end) == Some(&b'-') {
        return word_at(b, end, "-and-a-half")
            .filter(|&e| boundary(b, e))
            .unwrap_or(end);
    }
    let mut at = end;
    for word in ["and", "a", "half"] {
        let start = skip_space(b, at);
        match word_at(b, start, word) {
            Some(e) if start > at => at = e,
            _ => return end,
        }
    }
    if boundary(b, at) {
        at
    } else {
        end
    }
}

/// A number written in digits: grouped thousands first, then plain digits; an
/// optional decimal part and scale word; it must end a word.
fn digits_at(b: &[u8], at: usize) -> Option<usize> {
    let run = |from: usize| {
        let mut i = from;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let decimal = |end: usize| -> Option<usize> {
        (b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit))
            .then(|| run(end + 1))
    };
    let mut bodies: Vec<usize> = Vec::with_capacity(4);
    // Grouped: 1-3 digits, then one or more ",ddd".
    let lead = run(at);
    if lead - at <= 3 {
        let mut end = lead;
        let mut groups = Vec::new();
        while b.get(end) == Some(&b',')
            && end + 4 <= b.len()
            && b[end + 1..end + 4].iter().all(u8::is_ascii_digit)
        {
            end += 4;
            groups.push(end);
        }
        for &g in groups.iter().rev() {
            if let Some(d) = decimal(g) {
                bodies.push(d);
            }
            bodies.push(g);
        }
    }
    if let Some(d) = decimal(lead) {
        bodies.push(d);
    }
    bodies.push(lead);
    for body in bodies {
        let after = skip_space(b, body);
        if after > body {
            for scale in ["thousand", "million", "billion"] {
                if let Some(end) = word_at(b, after, scale) {
                    if boundary(b, end) {
                        return Some(end);
                    }
                }
            }
        }
        if boundary(b, body) {
            return Some(body);
        }
    }
    None
}

/// For each first and last letter, a bit for each length of a number word with them.
static NUMBER_WORD_SHAPES: [[u32; 26]; 26] = {
    let mut shapes = [[0u32; 26]; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].0.as_bytes();
        shapes[(w[0] - b'a') as usize][(w[w.len() - 1] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    shapes
};

/// `end` if the letters from `at` to `end` are a number word and the whole word.
fn number_word(b: &[u8], at: usize, end: usize) -> Option<usize> {
    if end == at || b.get(end).is_some_and(|&c| is_word(c)) {
        return None;
    }
    let word = &b[at..end];
    let letter = |c: u8| usize::from(c.to_ascii_lowercase() - b'a');
    let shape = 1u32.checked_shl(u32::try_from(word.len()).ok()?)?;
    if NUMBER_WORD_SHAPES[letter(word[0])][letter(word[word.len() - 1])] & shape == 0 {
        return None;
    }
    NUMBER_WORDS
        .iter()
        .any(|(w, _)| word.eq_ignore_ascii_case(w.as_bytes()))
        .then_some(end)
}

/// End of the run of ASCII letters from `at`.
fn letters_end(b: &[u8], mut at: usize) -> usize {
    while at < b.len() && b[at].is_ascii_alphabetic() {
        at += 1;
    }
    at
}

/// Number words joined by single spaces or hyphens ("twenty-five", "two hundred");
/// the first word's letters end at `letters`.
fn words_at(b: &[u8], at: usize, letters: usize) -> Option<usize> {
    let mut end = number_word(b, at, letters)?;
    while let Some(&sep) = b.get(end) {
        if !(is_space(sep) || sep == b'-') || !b.get(end + 1).is_some_and(u8::is_ascii_alphabetic) {
            break;
        }
        match number_word(b, end + 1, letters_end(b, end + 1)) {
            Some(next) => end = next,
            None => break,
        }
    }
    Some(end)
}

/// A number right after the whitespace run at `at`, which must be at least
/// `min_gap` bytes long.
fn number_after(b: &[u8], at: usize, min_gap: usize) -> Option<Range<usize>> {
    let start = skip_space(b, at);
    if start - at < min_gap {
        return None;
    }
    let end = number_at(b, start, start)?;
    Some(start..end)
}

/// The unit word of a range's first number, as the end of " months".
fn unit_after(b: &[u8], at: usize, units: &[&str]) -> Option<usize> {
    let start = skip_space(b, at);
    if start == at {
        return None;
    }
    units.iter().find_map(|u| word_at(b, start, u))
}

/// Past the possessive apostrophe of a unit ("six months' to five years'").
fn past_apostrophe(b: &[u8], at: usize) -> usize {
    if b.get(at) == Some(&b'\'') {
        at + 1
    } else {
        at
    }
}

/// Builds the phrase around its first number: prefixes looked up behind it,
/// a range looked up after it.
fn phrase_around(b: &[u8], pos: usize, first: Range<usize>) -> NumberPhrase {
    let prefix = |end: usize, word: &str| {
        let before = skip_space_back(b, end, pos);
        (before < end)
            .then(|| phrase_before(b, before, word, pos))
            .flatten()
    };
    let between = prefix(first.start, "between");
    let from = prefix(between.unwrap_or(first.start), "from");
    let head = from.or(between).unwrap_or(first.start);
    let before = skip_space_back(b, head, pos);
    let last_byte = before
        .checked_sub(1)
        .filter(|&i| i >= pos && before < head)
        .map(|i| b[i].to_ascii_lowercase());
    let bound = BOUNDS
        .iter()
        .filter(|(w, _)| last_byte.is_some() && w.as_bytes().last().copied() == last_byte)
        .filter_map(|(w, _)| phrase_before(b, before, w, pos).map(|s| s..before))
        .min_by_key(|r| r.start);
    let whole_start = bound.as_ref().map_or(head, |r| r.start);
    let phrase = NumberPhrase {
        whole_start,
        end: first.end,
        bound,
        between,
        from: from.is_some(),
        first: first.clone(),
        first_unit: None,
        second: None,
    };
    // "between 10 and 15", "between two years and three"
    if between.is_some() && from.is_none() {
        let unit = unit_after(
            b,
            first.end,
            &[
                "years", "year", "months", "month", "weeks", "week", "days", "day",
            ],
        );
        for at in unit.into_iter().chain([first.end]) {
            let and = skip_space(b, past_apostrophe(b, at));
            let second = (and > at)
                .then(|| word_at(b, and, "and"))
                .flatten()
                .and_then(|after| number_after(b, after, 1));
            if let Some(second) = second {
                return phrase.ranged(b, at, second);
            }
        }
    }
    // "10 to 15", "10-15", "six months to 20", "three- to 12-year"
    let unit = unit_after(
        b,
        first.end,
        &[
            "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
        ],
    );
    for at in unit.into_iter().chain([first.end]) {
        let link = skip_space(b, past_apostrophe(b, at));
        // A suspended hyphen: "three- to 12-year prison terms".
        let suspended = word_at(b, link, "-")
            .and_then(|dash| word_at(b, skip_space(b, dash), "to"))
            .and_then(|after| number_after(b, after, 0));
        let second = suspended.or_else(|| {
            ["to", "-", "through"]
                .iter()
                .find_map(|w| word_at(b, link, w))
                .and_then(|after| number_after(b, after, 0))
        });
        if let Some(second) = second {
            return phrase.ranged(b, at, second);
        }
    }
    phrase
}

#[cfg(test)]
mod tests {
    //! The scanner against the same grammar written as a regex (the reference: slow, but plain).
    use super::*;
    use crate::quantity::lexicon::{BOUNDS, NUMBER_WORDS};
    use proptest::prelude::*;

    static REFERENCE: std::sync::LazyLock<crate::pattern::Pattern> =
        std::sync::LazyLock::new(reference);

    fn reference() -> crate::pattern::Pattern {
        let mut words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let mut bounds: Vec<String> = BOUNDS
            .iter()
            .map(|(w, _)| regex::escape(w).replace(' ', r"\s+"))
            .collect();
        bounds.sort_by_key(|w| std::cmp::Reverse(w.len()));
        crate::pattern::compile(&format!(
            r"(?xi)
            (?:\b(?P<bound>{bounds})\s+)?
            (?:
                \b(?P<between>between)\s+(?P<ba>{num})(?P<bua>\s+(?:years?|months?|weeks?|days?))?'?\s+and\s+(?P<bb>{num})
              | (?P<from>\bfrom\s+)?(?:\b(?P<bet2>between)\s+)?(?P<a>{num})
                (?:(?P<ua>\s+(?:years?|months?|weeks?|days?|hours?))?'?\s*(?:to|-\s*to|-|through)\s*(?P<b>{num}))?
            )",
            bounds = bounds.join("|"),
            num = format!(
                r"(?:(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?:thousand|million|billion))?\b|\b(?:{w})(?:[\s-](?:{w}))*\b)(?:\s+and\s+a\s+half\b|-and-a-half\b)?",
                w = words.join("|")
            )
        ))
    }

    fn by_reference(re: &crate::pattern::Pattern, text: &str) -> Vec<NumberPhrase> {
        re.captures_iter(text)
            .map(|c| {
                let r = |n: &str| c.name(n).map(|m| m.range());
                let alt1 = c.name("between").is_some();
                let first = if alt1 { r("ba") } else { r("a") }.expect("a number");
                NumberPhrase {
                    whole_start: c.get(0).expect("match").start(),
                    end: c.get(0).expect("match").end(),
                    bound: r("bound"),
                    between: r("between").or(r("bet2")).map(|m| m.start),
                    from: c.name("from").is_some(),
                    first,
                    first_unit: if alt1 { r("bua") } else { r("ua") }
                        .map(|u| skip_space(text.as_bytes(), u.start)..u.end),
                    second: if alt1 { r("bb") } else { r("b") },
                }
            })
            .collect()
    }

    #[track_caller]
    fn agree(re: &crate::pattern::Pattern, text: &str) {
        assert_eq!(number_phrases(text), by_reference(re, text), "{text:?}");
    }

    #[test]
    fn written_phrases() {
        let re = &*REFERENCE;
        let first = number_phrases("about 5 to 7 years, then 8");
        assert_eq!(first.len(), 2);
        assert_eq!(
            (
                first[0].whole_start,
                first[0].first.clone(),
                first[0].second.clone()
            ),
            (0, 6..7, Some(11..12))
        );
        for text in [
            "training for 10 to 15 prosecutors and more than 100 officials",
            "identified 1,200 victims, twenty-five cases, two hundred suspects",
            "between 10 and 15 cases, 10-15 cases, at least 7, nearly 40, fewer than 9, up to 30",
            "an increase from 57 to 73; from between 3 and 4",
            "four to 25 years' imprisonment, six months to 20 years, 2 years-5",
            "six months' to five years' imprisonment, between two years' and 8 years'",
            "16.2 million MDL ($849,060) and 24 percent; 1.5 millions; 3 Billion",
            "Article 129 and Articles 165 and 206, Law 006/PR/2018, COVID-19, A1, x2010, 2010s",
            "a score of 8.5 out of 10, aged 18-54, between the ages of 16 and 30",
            "1,2345 and 12345,678 and 1,234,567.89 and 3.5x and 1,234x and 2014.The",
            "no more than   5, not less than\t7, approx. 9, some 12, awesome 13, over 14",
            "Twenty-Five, twenty-fives, sixty, sixtyfold, someone, one_two, seven-year, ten tons",
            "between two years and three, between 3 months and 4, between 5 and, between 6 to 7",
            "from 2010 through 2012, 10 hours to 12, 10 to15, 10tonnes, 5 to-6, 7 -8",
            "three- to 12-year terms, five -to 10, 5- to six, 4-to-8, 6- and 9, 7- to",
            "",
            "1",
            "one",
            "between",
            "more than",
            ",5",
            "5,",
            "5.",
            ".5",
        ] {
            agree(re, text);
        }
    }

    #[test]
    fn count_digits_are_not_bare_years() {
        assert!(!has_count_digits(
            "In 2019 and 2020, no data; 1850 and 2099 too"
        ));
        assert!(has_count_digits("In 2019 it identified 12 victims"));
        assert!(has_count_digits("2,019 victims"));
        assert!(has_count_digits("12345 and 2100 and 1799"));
        assert!(!has_count_digits("no digits at all"));
    }

    #[test]
    fn real_sentences() {
        let Ok(dir) = std::fs::read_dir("../shared/corpus/dev/tip") else {
            crate::testing_notice("skipped: ../shared/corpus/dev is absent");
            return;
        };
        let re = &*REFERENCE;
        let mut phrases = 0;
        let wiki = std::fs::read_dir("../shared/corpus/dev/wiki")
            .into_iter()
            .flatten();
        for entry in dir.flatten().chain(wiki.flatten()) {
            let text = std::fs::read_to_string(entry.path()).expect("readable");
            for line in text.lines() {
                agree(re, line);
                phrases += number_phrases(line).len();
            }
        }
        assert!(phrases > 200, "only {phrases} number phrases in the corpus");
    }

    proptest! {
        #[test]
        fn any_mix_of_parts(parts in proptest::collection::vec(prop_oneof![
            Just("1"), Just("23"), Just("1,000"), Just(",5"), Just(".5"), Just("2010"),
            Just(" "), Just("  "), Just("-"), Just("to"), Just("and"), Just("between"),
            Just("from"), Just("more than"), Just("no"), Just("over"), Just("years"),
            Just("month"), Just("million"), Just("two"), Just("twenty"), Just("hundred"),
            Just("x"), Just("s"), Just("_"), Just("."), Just(","), Just("approx."),
            Just("through"), Just("hours"), Just("\t"), Just("é"), Just("a"), Just("half"),
            Just("- to"),
            Just(" and a half"), Just("-and-a-half"),
        ], 0..14)) {
            let text: String = parts.concat();
            prop_assert_eq!(number_phrases(&text), by_reference(&REFERENCE, &text), "{:?}", text);
            // Told there is no number word, the scanner reads digits alone and finds the same.
            let words = ["two", "twenty", "hundred", "million"];
            if !words.iter().any(|w| text.contains(w)) {
                prop_assert_eq!(number_phrases_with(&text, false), number_phrases(&text), "{:?}", text);
            }
        }
    }
}
