//! Matching plumbing shared by the layers: patterns ([`Pattern`]) built the same way everywhere
//! (compiled once, ASCII word boundaries: normalized text is ASCII where it matters,
//! and ASCII boundaries keep the fast engines usable on any input), cue automata
//! ([`Cues`], [`WordSet`]), phrase lists ([`Phrases`]) and small byte-level searches.

mod compiled;
mod cues;
mod phrases;

pub use compiled::{CaptureMatches, Captures, Match, Matches, Pattern};

pub use cues::{leftmost_longest, Cues, WordSet};
pub use phrases::Phrases;

/// Compiles a pattern written with `\b`, turned into an ASCII word boundary.
/// Patterns are constants of this crate, so a failure is a bug caught by tests.
///
/// `\w`, `\s` and `\d` are ASCII classes: rules read normalized text, where whitespace is
/// a plain space, and ASCII classes keep the automata small. The gaps `[^;]`, `[^.;]` and
/// `[^)]` take ASCII and the Latin letters (up to U+024F), so a name such as "Côte d'Ivoire"
/// may stand in one, while the automata stay small.
pub fn compile(pattern: &str) -> Pattern {
    let p = pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\w", r"[0-9A-Za-z_]")
        .replace(r"\s", r"[\x20\t\n\r]")
        .replace(r"\d", r"[0-9]")
        .replace("[^;]", r"(?-i:[^;\x{250}-\x{10FFFF}])")
        .replace("[^.;]", r"(?-i:[^.;\x{250}-\x{10FFFF}])")
        .replace("[^;.]", r"(?-i:[^;.\x{250}-\x{10FFFF}])")
        .replace("[^)]", r"(?-i:[^)\x{250}-\x{10FFFF}])");
    Pattern::new(&p).unwrap_or_else(|e| panic!("invalid built-in pattern {pattern:?}: {e}"))
}

/// Declares a lazily compiled regex: `lazy_regex!(NAME, "pattern")`.
#[macro_export]
#[doc(hidden)]
macro_rules! lazy_regex {
    ($vis:vis $name:ident, $pattern:expr) => {
        $vis static $name: std::sync::LazyLock<$crate::pattern::Pattern> =
            std::sync::LazyLock::new(|| $crate::pattern::compile(&$pattern));
    };
}

/// Declares a substring searcher built once: `lazy_finder!(NAME, "needle")`. Building one
/// per search costs more than the search on a sentence.
#[macro_export]
#[doc(hidden)]
macro_rules! lazy_finder {
    ($vis:vis $name:ident, $needle:expr) => {
        $vis static $name: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
    };
}

/// Byte offset of the start of the word `n` words before `pos` (or 0).
pub fn words_back(text: &str, pos: usize, n: usize) -> usize {
    let b = text.as_bytes();
    let mut i = pos.min(b.len());
    let mut seen = 0;
    while i > 0 {
        while i > 0 && b[i - 1] == b' ' {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        while i > 0 && b[i - 1] != b' ' {
            i -= 1;
        }
        seen += 1;
        if seen == n {
            break;
        }
    }
    i
}

/// Byte offset just past the word `n` words after `pos` (or the end).
pub fn words_ahead(text: &str, pos: usize, n: usize) -> usize {
    let b = text.as_bytes();
    let mut i = pos.min(b.len());
    let mut seen = 0;
    while i < b.len() {
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        while i < b.len() && b[i] != b' ' {
            i += 1;
        }
        seen += 1;
        if seen == n {
            break;
        }
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The last `max` bytes of `s` (fewer, to stay on a character boundary).
pub fn tail(s: &str, max: usize) -> &str {
    let mut i = s.len().saturating_sub(max);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// The first `max` bytes of `s` (fewer, to stay on a character boundary).
pub fn head(s: &str, max: usize) -> &str {
    let mut i = max.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// How rare each lowercase English letter is (0 for the most frequent and for other bytes).
const RARITY: [u8; 256] = {
    /// English letters, most frequent first.
    const BY_FREQUENCY: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < BY_FREQUENCY.len() {
        table[BY_FREQUENCY[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// True when `needle` (lowercase ASCII) occurs in `haystack`, ASCII-case-insensitively.
/// A quick screen before a regex that needs the word.
pub fn contains_ci(haystack: &str, needle: &str) -> bool {
    find_ci(haystack, needle, 0).is_some()
}

/// The words of `text` from the first of `needles` (lowercase ASCII) found in it on.
pub fn words_from_first<'t>(
    text: &'t str,
    needles: &[&str],
) -> Option<std::str::SplitWhitespace<'t>> {
    let at = needles.iter().filter_map(|n| find_ci(text, n, 0)).min()?;
    Some(text[at..].split_whitespace())
}

/// Where `needle` (lowercase ASCII) first occurs in `haystack` at or after `from`,
/// ASCII-case-insensitively. It jumps between occurrences of the needle's rarest letter.
pub fn find_ci(haystack: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let rarity = |c: &u8| RARITY[usize::from(*c)];
    let Some((at, &rare)) = n.iter().enumerate().max_by_key(|(_, c)| rarity(c)) else {
        return Some(from.min(h.len()));
    };
    let tail = h.get(from + at..)?;
    memchr::memchr2_iter(rare, rare.to_ascii_uppercase(), tail).find_map(|i| {
        let start = from + i;
        h.get(start..start + n.len())
            .filter(|w| w.eq_ignore_ascii_case(n))
            .map(|_| start)
    })
}

/// True when `word` is one of `words`, ASCII-case-insensitively.
pub fn is_one_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// True when `s` starts with `prefix`, ASCII-case-insensitively.
pub fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// True when `s` ends with `suffix`, ASCII-case-insensitively.
pub fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// True when a word may start at `at`: no ASCII letter or digit just before it.
pub fn starts_word(b: &[u8], at: usize) -> bool {
    at == 0 || b.get(at - 1).is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// True when a word may end at `at`: no ASCII letter or digit at `at`.
pub fn ends_word(b: &[u8], at: usize) -> bool {
    b.get(at).is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// True when `text` holds a year of the last two centuries as a number of its own ("2014").
pub fn holds_a_year(text: &str) -> bool {
    let b = text.as_bytes();
    let mut at = 0;
    while let Some(i) = next_digit(b, at) {
        let end = b[i..]
            .iter()
            .position(|c| !c.is_ascii_digit())
            .map_or(b.len(), |n| i + n);
        if end - i == 4 && matches!(&b[i..i + 2], b"19" | b"20") && starts_word(b, i) {
            return true;
        }
        at = end;
    }
    false
}

/// Offset of the last of `breaks` in `text` that opens a clause: not a comma grouping the
/// digits of a number ("6,912").
pub fn last_break(text: &str, breaks: &[char]) -> Option<usize> {
    let b = text.as_bytes();
    let mut end = text.len();
    while let Some(at) = text[..end].rfind(breaks) {
        let grouping = b[at] == b','
            && at > 0
            && b[at - 1].is_ascii_digit()
            && b.get(at + 1).is_some_and(u8::is_ascii_digit);
        if !grouping {
            return Some(at);
        }
        end = at;
    }
    None
}

/// Offset of the first ASCII digit of `b` at or after `from`, looking at eight bytes at a time.
pub fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    next_byte_in(b, from, b'0', b'9')
}

/// Offset of the first ASCII capital letter of `b` at or after `from`, eight bytes at a time.
pub fn next_capital(b: &[u8], from: usize) -> Option<usize> {
    next_byte_in(b, from, b'A', b'Z')
}

/// Offset of the first byte of `b` in `first..=last` (ASCII, `first` > 0) at or after `from`.
fn next_byte_in(b: &[u8], from: usize, first: u8, last: u8) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const LOW7: u64 = ONES * 0x7f;
    const HIGH: u64 = ONES * 0x80;
    let (above_last, from_first) = (
        ONES * (128 + u64::from(last)),
        ONES * (128 - u64::from(first)),
    );
    let mut at = from;
    while let Some(chunk) = b.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("a chunk of 8 bytes"));
        let low = x & LOW7;
        // A high bit for each ASCII byte from `first` to `last` (no carries cross bytes).
        let found = (above_last - low) & !x & (low + from_first) & HIGH;
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let at = at.min(b.len());
    b[at..]
        .iter()
        .position(|c| (first..=last).contains(c))
        .map(|i| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_held_as_numbers_of_their_own() {
        assert!(holds_a_year("Fund the 2023 anti-trafficking law"));
        assert!(holds_a_year("under Law No. 5 of 1998."));
        assert!(!holds_a_year("Train 200 police officers and 12020 staff"));
        assert!(!holds_a_year(
            "Increase funding for the 10 shelters; A2019 is a code"
        ));
        assert!(!holds_a_year("Law 3064"));
    }

    #[test]
    fn case_insensitive_containment() {
        assert!(contains_ci("No Efforts were made", "efforts"));
        assert!(contains_ci("EFFORTS", "efforts"));
        assert!(!contains_ci("effort", "efforts"));
        assert!(contains_ci("anything", ""));
        assert!(contains_ci("was Promulgated in", "promulgat"));
        assert!(contains_ci("p", "p") && !contains_ci("", "p"));
        assert_eq!(find_ci("a Law, a LAW", "law", 0), Some(2));
        assert_eq!(find_ci("a Law, a LAW", "law", 3), Some(9));
        assert_eq!(find_ci("a Law", "law", 9), None);
    }

    #[test]
    fn a_clause_break_is_no_comma_grouping_digits() {
        assert_eq!(
            last_break("screened 7,678, compared to 6,912 screened", &[',']),
            Some(14)
        );
        assert_eq!(last_break("6,912 screened", &[',', ';']), None);
        assert_eq!(last_break("a; 1,000 b", &[',', ';']), Some(1));
    }

    #[test]
    fn next_digit_finds_what_a_plain_search_finds() {
        let all: Vec<u8> = (0..=255u8).chain(b"x7 y 12".iter().copied()).collect();
        for from in 0..=all.len() + 1 {
            let plain = all
                .get(from..)
                .and_then(|t| t.iter().position(u8::is_ascii_digit))
                .map(|i| from + i);
            assert_eq!(next_digit(&all, from), plain, "from {from}");
        }
        for text in ["", "abc", "abcdefgh9", "12345678", "éééé/:/:0"] {
            assert_eq!(
                next_digit(text.as_bytes(), 0),
                text.bytes().position(|c| c.is_ascii_digit())
            );
        }
    }

    #[test]
    fn next_capital_finds_what_a_plain_search_finds() {
        let all: Vec<u8> = (0..=255u8).rev().chain(b"x@[ yZ".iter().copied()).collect();
        for from in 0..=all.len() + 1 {
            let plain = all
                .get(from..)
                .and_then(|t| t.iter().position(u8::is_ascii_uppercase))
                .map(|i| from + i);
            assert_eq!(next_capital(&all, from), plain, "from {from}");
        }
        assert_eq!(next_capital("éé @[`{ to Chad".as_bytes(), 0), Some(13));
    }

    #[test]
    fn word_edges() {
        let b = "a law, é-law".as_bytes();
        assert!(starts_word(b, 0) && starts_word(b, 2) && !starts_word(b, 3));
        assert!(ends_word(b, 5) && !ends_word(b, 4) && ends_word(b, b.len()));
        // A non-ASCII character or a dash is not part of a word.
        assert!(starts_word(b, 10) && starts_word(b, 9));
    }

    #[test]
    fn word_windows() {
        let t = "one two three four";
        assert_eq!(&t[words_back(t, 13, 2)..13], "two three");
        assert_eq!(&t[3..words_ahead(t, 3, 2)], " two three");
        assert_eq!(words_back(t, 0, 3), 0);
        assert_eq!(words_ahead(t, t.len(), 3), t.len());
    }
}
