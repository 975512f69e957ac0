//! A normalized view of a block of input, with the map back to input offsets.
//!
//! Rules read normalized text: whitespace runs (line breaks, tabs, no-break
//! spaces, U+2028) become one space, zero-width characters and reference marks
//! copied with a web page (`[12]`, `[citation needed]`) disappear, curly
//! quotes become straight ones and dashes become `-`. Wiki markup is dropped as
//! [`super::wikitext`] tells. This module is the only place where offsets are
//! translated back to the original input.

use super::wikitext::{self, Markup};

/// Normalized text plus the segments that map it back to the input.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    segments: Vec<Segment>,
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    norm_start: usize,
    orig_start: usize,
    norm_len: usize,
    orig_len: usize,
    /// Copied byte for byte (offsets inside map one to one).
    copied: bool,
}

/// What normalization does with one character.
#[derive(Clone, Copy)]
enum Action {
    Copy,
    Space,
    Drop,
    Replace(&'static str),
}

fn action(c: char) -> Action {
    match c {
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Action::Drop,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => {
            Action::Replace("'")
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => Action::Replace("\""),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => Action::Replace("-"),
        '\u{2026}' => Action::Replace("..."),
        c if c.is_whitespace() => Action::Space,
        _ => Action::Copy,
    }
}

fn is_whitespace_at(block: &str, i: usize) -> bool {
    block[i..].chars().next().is_some_and(char::is_whitespace)
}

/// The length of a reference mark at the start of `b` (`[12]`, `[a]`, `[citation needed]`,
/// `[note 3]`), which normalization drops.
fn reference_mark_len(b: &[u8]) -> Option<usize> {
    const WORDS: [&str; 5] = [
        "citation needed",
        "clarification needed",
        "better source needed",
        "who?",
        "when?",
    ];
    if b.first() != Some(&b'[') {
        return None;
    }
    let close = b.iter().take(24).position(|&c| c == b']')?;
    let inner = &b[1..close];
    let digits = |s: &[u8]| (1..=3).contains(&s.len()) && s.iter().all(u8::is_ascii_digit);
    let mark = digits(inner)
        || (inner.len() == 1 && inner[0].is_ascii_lowercase())
        || inner
            .strip_prefix(b"note ")
            .or_else(|| inner.strip_prefix(b"nb "))
            .is_some_and(digits)
        || WORDS
            .iter()
            .any(|w| inner.eq_ignore_ascii_case(w.as_bytes()));
    mark.then_some(close + 1)
}

/// End of the run from `at` of bytes that normalization copies unchanged: printable
/// ASCII other than a backquote and `[`, and single spaces (`after_space`: the byte before `at`
/// was normalized to a space). With `WIKI` (the block has wiki markup), also not the other
/// brackets that may open or close markup (`]`, `{`, `<`) nor two apostrophes in a row.
fn plain_run_end<const WIKI: bool>(bytes: &[u8], mut at: usize, mut after_space: bool) -> usize {
    while let Some(chunk) = bytes.get(at..at + CHUNK) {
        match plain_chunk::<WIKI>(chunk.try_into().unwrap_or(&[0; CHUNK]), after_space) {
            Some(ends_in_space) => {
                after_space = ends_in_space;
                at += CHUNK;
            }
            None => break,
        }
    }
    while let Some(&c) = bytes.get(at) {
        if is_plain::<WIKI>(c) && !(WIKI && c == b'\'' && bytes.get(at + 1) == Some(&b'\'')) {
            after_space = false;
        } else if c == b' ' && !after_space {
            after_space = true;
        } else {
            break;
        }
        at += 1;
    }
    at
}

/// The length of the line break (and the indent after it) at `at` that splits a hyphenated
/// word across lines ("non-\ngovernment", "Anti-\nTrafficking"), which normalization drops:
/// a letter before the hyphen and after the break. Not a dash standing apart ("victims
/// -\nincluding").
fn hyphen_break_len(bytes: &[u8], at: usize) -> Option<usize> {
    if !matches!(bytes[at], b'\n' | b'\r') || at < 2 {
        return None;
    }
    if bytes[at - 1] != b'-' || !bytes[at - 2].is_ascii_alphabetic() {
        return None;
    }
    let gap = bytes[at..]
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
        .count();
    let one_line_break = bytes[at..at + gap].iter().filter(|&&b| b == b'\n').count() <= 1;
    (one_line_break && bytes.get(at + gap).is_some_and(u8::is_ascii_alphabetic)).then_some(gap)
}

/// A printable ASCII byte that needs no work on its own.
fn is_plain<const WIKI: bool>(c: u8) -> bool {
    c > b' ' && c < 0x7f && c != b'`' && c != b'[' && !(WIKI && matches!(c, b']' | b'{' | b'<'))
}

/// Whether a block may hold wiki markup: what opens a template, a link, emphasis or a tag.
fn has_markup(bytes: &[u8]) -> bool {
    let after = |i: usize| &bytes[i + 1..];
    memchr::memchr2(b'{', b'<', bytes).is_some()
        || memchr::memchr_iter(b'[', bytes).any(|i| {
            let rest = after(i);
            rest.starts_with(b"[") || rest.starts_with(b"http") || rest.starts_with(b"//")
        })
        || memchr::memchr_iter(b'\'', bytes).any(|i| after(i).starts_with(b"'"))
}

/// Bytes checked together by [`plain_chunk`].
const CHUNK: usize = 32;

/// Whether a chunk of bytes is all plain: `Some(last byte is a space)` when it is.
/// Branch-free over the chunk, so the compiler checks it with vector instructions.
fn plain_chunk<const WIKI: bool>(chunk: &[u8; CHUNK], after_space: bool) -> Option<bool> {
    let mut bad = 0u8;
    for &c in chunk {
        bad |= u8::from(!(b' '..0x7f).contains(&c) | (c == b'`') | (c == b'['));
        if WIKI {
            bad |= u8::from((c == b']') | (c == b'{') | (c == b'<'));
        }
    }
    let mut double = u8::from(after_space & (chunk[0] == b' '));
    for pair in chunk.windows(2) {
        double |= u8::from((pair[0] == b' ') & (pair[1] == b' '));
    }
    if WIKI {
        // Two apostrophes in a row; one at the end may pair with the next chunk's first byte.
        double |= u8::from(chunk[CHUNK - 1] == b'\'');
        for pair in chunk.windows(2) {
            double |= u8::from((pair[0] == b'\'') & (pair[1] == b'\''));
        }
    }
    (bad | double == 0).then_some(chunk[CHUNK - 1] == b' ')
}

impl Normalized {
    /// Normalizes `input[base..base + block.len()]`, where `block` is that slice.
    pub fn new(block: &str, base: usize) -> Self {
        let mut text = String::with_capacity(block.len());
        let mut segments: Vec<Segment> = Vec::with_capacity(8);
        let mut copy_from: Option<usize> = None; // start (in block) of the pending copied run
        let mut in_space = false;
        let flush = |text: &mut String, segments: &mut Vec<Segment>, from: usize, to: usize| {
            if to > from {
                segments.push(Segment {
                    norm_start: text.len(),
                    orig_start: base + from,
                    norm_len: to - from,
                    orig_len: to - from,
                    copied: true,
                });
                text.push_str(&block[from..to]);
            }
        };
        let bytes = block.as_bytes();
        let wiki = has_markup(bytes);
        let mut markup = wikitext::Scanner::default();
        // The `]` that closes an external link's label, dropped when reached.
        let mut link_close: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            // Fast path: a run of plain bytes extends the copied run.
            let end = match wiki {
                true => plain_run_end::<true>(bytes, i, in_space),
                false => plain_run_end::<false>(bytes, i, in_space),
            };
            if end > i {
                copy_from.get_or_insert(i);
                in_space = bytes[end - 1] == b' ';
                i = end;
                continue;
            }
            let byte = bytes[i];
            let (act, len) = if let Some(mark) = reference_mark_len(&bytes[i..]) {
                (Action::Drop, mark)
            } else if link_close == Some(i) {
                link_close = None;
                (Action::Drop, 1)
            } else if let Some(m) = wiki.then(|| markup.at(bytes, i)).flatten() {
                match m {
                    Markup::Drop(n) => (Action::Drop, n),
                    Markup::DropAndClose(n, close) => {
                        link_close = Some(i + close);
                        (Action::Drop, n)
                    }
                }
            } else if let Some(len) = hyphen_break_len(bytes, i) {
                (Action::Drop, len)
            } else if byte < 0x80 {
                let a = match byte {
                    b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => Action::Space,
                    b'`' => Action::Replace("'"),
                    _ => Action::Copy,
                };
                (a, 1)
            } else {
                let c = block[i..].chars().next().unwrap_or(' ');
                let len = c.len_utf8();
                // "383 victims—51 men": a dash between words stands apart from both.
                let glued = |b: Option<&u8>| b.is_some_and(|b| !b.is_ascii_whitespace());
                let before = i.checked_sub(1).and_then(|p| bytes.get(p));
                let after = bytes.get(i + len);
                // "for the first time since 2010\u{2013}prosecuting": an en dash before a
                // lowercase word closes an aside (not "10\u{2013}15", not "Tier 2\u{2013}Watch").
                let aside_en_dash = c == '\u{2013}'
                    && before.is_some_and(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
                    && after.is_some_and(u8::is_ascii_lowercase);
                let act = if (matches!(c, '\u{2014}' | '\u{2015}') || aside_en_dash)
                    && glued(before)
                    && glued(after)
                {
                    Action::Replace(" - ")
                } else {
                    action(c)
                };
                (act, len)
            };
            // A single plain space stays in the copied run; any further whitespace is dropped.
            let act = match act {
                Action::Space if in_space => Action::Drop,
                Action::Space if byte == b' ' => Action::Copy,
                Action::Space => Action::Replace(" "),
                other => other,
            };
            let is_space = byte == b' '
                || matches!(act, Action::Replace(" "))
                || (in_space && matches!(act, Action::Drop) && is_whitespace_at(block, i));
            match act {
                Action::Copy => {
                    if copy_from.is_none() {
                        copy_from = Some(i);
                    }
                }
                other => {
                    if let Some(from) = copy_from.take() {
                        flush(&mut text, &mut segments, from, i);
                    }
                    if let Action::Replace(r) = other {
                        segments.push(Segment {
                            norm_start: text.len(),
                            orig_start: base + i,
                            norm_len: r.len(),
                            orig_len: len,
                            copied: false,
                        });
                        text.push_str(r);
                    }
                }
            }
            if is_space {
                in_space = true;
            } else if !matches!(act, Action::Drop) {
                in_space = false;
            }
            i += len;
        }
        if let Some(from) = copy_from {
            flush(&mut text, &mut segments, from, block.len());
        }
        Normalized { text, segments }
    }

    fn segment_at(&self, norm: usize) -> Option<&Segment> {
        let idx = self.segments.partition_point(|s| s.norm_start <= norm);
        idx.checked_sub(1).map(|i| &self.segments[i])
    }

    /// The input offset where the character at normalized offset `norm` starts.
    pub fn orig_start(&self, norm: usize) -> usize {
        match self.segment_at(norm) {
            Some(s) if s.copied => s.orig_start + (norm - s.norm_start).min(s.norm_len),
            Some(s) => s.orig_start,
            None => self.segments.first().map_or(0, |s| s.orig_start),
        }
    }

    /// The input offset just past the character that ends before normalized offset `norm`.
    pub fn orig_end(&self, norm: usize) -> usize {
        if norm == 0 {
            return self.orig_start(0);
        }
        match self.segment_at(norm - 1) {
            Some(s) if s.copied => s.orig_start + (norm - s.norm_start).min(s.norm_len),
            Some(s) => s.orig_start + s.orig_len,
            None => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(input: &str, norm_range: std::ops::Range<usize>) -> (&str, String) {
        let n = Normalized::new(input, 0);
        let s = n.orig_start(norm_range.start);
        let e = n.orig_end(norm_range.end);
        (&input[s..e], n.text[norm_range].to_string())
    }

    #[test]
    fn plain_runs_end_where_a_byte_needs_work() {
        for text in [
            "Tier 2 in 2017, placed on the Watch List",
            "abcdefgh  double space",
            "abcdefghijklmno`quote",
            "abcdefghijklmno[12] cite",
            "abc[defghijklmnop",
            "abcdefghijklmnopqrstuvwxyz01234]x",
            "abcdefghijklmnopqrstuvwxyz01234{x",
            "abcdefghijklmnopqrstuvwxyz0123<x",
            "abcdefghijklmnopqrstuvwxyz01''x",
            "abcdefghijklmnopqrstuvwxyz01234'x abcdefghijklmnopqrstuvwxyz",
            "abcdefghijklmnopqrstuvwxyz01234''abcdefghijklmnopqrstuvwxyz",
            "country's abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz",
            "abcdefghijklmnopq\u{7f}x",
            "abcdefghijklmnopq\tx",
            "abcdefghijklmnop\u{2019}s",
            "abcdefg ijklmnop",
            "abcdefg  jklmnop",
            " bcdefghijklmnop",
        ] {
            let b = text.as_bytes();
            for (after_space, wiki) in [(false, false), (true, false), (false, true), (true, true)]
            {
                let mut slow = 0;
                let mut space = after_space;
                while let Some(&c) = b.get(slow) {
                    let special = c == b'`'
                        || c == b'['
                        || (wiki && matches!(c, b']' | b'{' | b'<'))
                        || (wiki && c == b'\'' && b.get(slow + 1) == Some(&b'\''));
                    let plain = (c > b' ' && c < 0x7f && !special) || (c == b' ' && !space);
                    if !plain {
                        break;
                    }
                    space = c == b' ';
                    slow += 1;
                }
                let fast = match wiki {
                    true => plain_run_end::<true>(b, 0, after_space),
                    false => plain_run_end::<false>(b, 0, after_space),
                };
                assert_eq!(fast, slow, "{text:?} {after_space} {wiki}");
            }
        }
    }

    #[test]
    fn clean_text_is_identity() {
        let n = Normalized::new("Tier 2 in 2017.", 10);
        assert_eq!(n.text, "Tier 2 in 2017.");
        assert_eq!(n.orig_start(5), 15);
        assert_eq!(n.orig_end(15), 25);
    }

    #[test]
    fn whitespace_runs_collapse_and_map_back() {
        let input = "placed on\r\n  Tier\u{a0}2 \u{200b}Watch List";
        let n = Normalized::new(input, 0);
        assert_eq!(n.text, "placed on Tier 2 Watch List");
        let (orig, norm) = roundtrip(input, 10..16);
        assert_eq!(norm, "Tier 2");
        assert_eq!(orig, "Tier\u{a0}2");
    }

    #[test]
    fn a_word_hyphenated_across_lines_is_joined_again() {
        let input = "assisted by non-\n  government groups and Anti-\r\nTrafficking police";
        let n = Normalized::new(input, 0);
        assert_eq!(
            n.text,
            "assisted by non-government groups and Anti-Trafficking police"
        );
        let (orig, norm) = roundtrip(input, 12..26);
        assert_eq!(norm, "non-government");
        assert_eq!(orig, "non-\n  government");
        // A dash standing apart, a hyphen after a digit, and a paragraph break stay breaks.
        for kept in ["victims -\nincluding", "Tier 2-\nWatch", "pre-\n\ntrial"] {
            assert!(Normalized::new(kept, 0).text.contains(' '), "{kept:?}");
        }
    }

    #[test]
    fn reference_marks_disappear() {
        let input = "identified 150 victims[4] in 2019.[5][6] Tier 2[citation needed] and [sic] [..] [2019]";
        let n = Normalized::new(input, 0);
        assert_eq!(
            n.text,
            "identified 150 victims in 2019. Tier 2 and [sic] [..] [2019]"
        );
        let (orig, norm) = roundtrip(input, 11..30);
        assert_eq!(norm, "150 victims in 2019");
        assert_eq!(orig, "150 victims[4] in 2019");
    }

    #[test]
    fn wiki_markup_leaves_the_words_a_reader_sees() {
        let input = "'''Human trafficking in [[Nepal]]''' is a [[Crime|crime]].<ref>{{cite web|url=x}}</ref> \
                     [[Nepal]] [[Ratification|ratified]] the [https://x.org protocol] {{as of|2019}} in 2019.";
        let n = Normalized::new(input, 0);
        assert_eq!(
            n.text,
            "Human trafficking in Nepal is a crime. Nepal ratified the protocol in 2019."
        );
        let at = n.text.find("ratified the protocol").unwrap();
        let (orig, norm) = roundtrip(input, at..at + 21);
        assert_eq!(norm, "ratified the protocol");
        assert_eq!(orig, "ratified]] the [https://x.org protocol");
    }

    #[test]
    fn quotes_and_dashes_are_ascii() {
        let input = "four to 25 years\u{2019} \u{201c}Tier 3\u{201d} 10\u{2013}15";
        let n = Normalized::new(input, 0);
        assert_eq!(n.text, "four to 25 years' \"Tier 3\" 10-15");
        let (orig, _) = roundtrip(input, 18..26);
        assert_eq!(orig, "\u{201c}Tier 3\u{201d}");
    }

    #[test]
    fn an_en_dash_before_a_lowercase_word_stands_apart() {
        let input = "since 2010\u{2013}prosecuting a case; 10\u{2013}15; Tier 2\u{2013}Watch List";
        let n = Normalized::new(input, 0);
        assert_eq!(
            n.text,
            "since 2010 - prosecuting a case; 10-15; Tier 2-Watch List"
        );
        let (orig, norm) = roundtrip(input, 6..24);
        assert_eq!(
            (orig, norm.as_str()),
            ("2010\u{2013}prosecuting", "2010 - prosecuting")
        );
    }

    #[test]
    fn a_dash_between_words_stands_apart() {
        let input = "383 victims\u{2014}51 men\u{2014}in 2020; Tier 1) \u{2014} 2014; 10\u{2013}15";
        let n = Normalized::new(input, 0);
        assert_eq!(
            n.text,
            "383 victims - 51 men - in 2020; Tier 1) - 2014; 10-15"
        );
        let (orig, norm) = roundtrip(input, 4..16);
        assert_eq!((orig, norm.as_str()), ("victims\u{2014}51", "victims - 51"));
    }
}
