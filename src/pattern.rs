//! Building regexes the same way everywhere: compiled once, ASCII word
//! boundaries (normalized text is ASCII where it matters, and ASCII boundaries
//! keep the fast engines usable on any input).

use regex::Regex;

/// Compiles a pattern written with `\b`, turned into an ASCII word boundary.
/// Patterns are constants of this crate, so a failure is a bug caught by tests.
///
/// `\w`, `\s` and `\d` are ASCII classes, and so are the gaps `[^;]`, `[^.;]`
/// and `[^)]`: rules read normalized text, where whitespace is a plain space,
/// and ASCII classes keep the automata small (a gap never spans a non-ASCII character).
pub fn compile(pattern: &str) -> Regex {
    let p = pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\w", r"[0-9A-Za-z_]")
        .replace(r"\s", r"[\x20\t\n\r]")
        .replace(r"\d", r"[0-9]")
        .replace("[^;]", r"(?-i:[^;\x{80}-\x{10FFFF}])")
        .replace("[^.;]", r"(?-i:[^.;\x{80}-\x{10FFFF}])")
        .replace("[^;.]", r"(?-i:[^;.\x{80}-\x{10FFFF}])")
        .replace("[^)]", r"(?-i:[^)\x{80}-\x{10FFFF}])");
    Regex::new(&p).unwrap_or_else(|e| panic!("invalid built-in pattern {pattern:?}: {e}"))
}

/// Declares a lazily compiled regex: `lazy_regex!(NAME, "pattern")`.
#[macro_export]
#[doc(hidden)]
macro_rules! lazy_regex {
    ($name:ident, $pattern:expr) => {
        static $name: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| $crate::pattern::compile(&$pattern));
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

/// True when `needle` (lowercase ASCII) occurs in `haystack`, ASCII-case-insensitively.
/// A quick screen before a regex that needs the word.
pub fn contains_ci(haystack: &str, needle: &str) -> bool {
    find_ci(haystack, needle, 0).is_some()
}

/// Where `needle` (lowercase ASCII) first occurs in `haystack` at or after `from`,
/// ASCII-case-insensitively. It jumps between occurrences of the needle's rarest letter.
pub fn find_ci(haystack: &str, needle: &str, from: usize) -> Option<usize> {
    /// English letters, most frequent first.
    const BY_FREQUENCY: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let rarity = |c: &u8| BY_FREQUENCY.iter().position(|f| f == c).unwrap_or(0);
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

/// Substrings looked for case-insensitively in one pass (no word boundaries).
///
/// A byte-at-a-time automaton walked by hand: every occurrence, overlaps included,
/// costs one table lookup per byte and nothing per match (an iterator of matches
/// pays a restart for each one, which dominates on text dense with cues).
pub struct Cues {
    dfa: aho_corasick::dfa::DFA,
    lens: Vec<usize>,
}

impl Cues {
    /// A set of lowercase cue substrings, matched ASCII-case-insensitively.
    pub fn new(cues: &[&str]) -> Self {
        Cues::with_case(cues, true)
    }

    /// A set of substrings, matched ASCII-case-insensitively when `fold_case`.
    pub fn with_case(cues: &[&str], fold_case: bool) -> Self {
        let dfa = aho_corasick::dfa::Builder::new()
            .ascii_case_insensitive(fold_case)
            .match_kind(aho_corasick::MatchKind::Standard)
            .prefilter(false)
            .build(cues)
            .unwrap_or_else(|e| panic!("invalid built-in cue list: {e}"));
        Cues {
            dfa,
            lens: cues.iter().map(|c| c.len()).collect(),
        }
    }

    /// True when any cue occurs in `text`.
    pub fn any_in(&self, text: &str) -> bool {
        let mut found = false;
        self.scan(text, |_, _| {
            found = true;
            false
        });
        found
    }

    /// Calls `found(cue index, end offset)` for every occurrence, in order of end,
    /// until it returns false.
    #[inline]
    pub fn scan(&self, text: &str, mut found: impl FnMut(usize, usize) -> bool) {
        use aho_corasick::automaton::Automaton;
        use aho_corasick::Anchored;
        let Ok(mut sid) = self.dfa.start_state(Anchored::No) else {
            return;
        };
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            (at, sid) = self.next_special(bytes, at, sid);
            if self.dfa.is_match(sid) {
                for k in 0..self.dfa.match_len(sid) {
                    if !found(self.dfa.match_pattern(sid, k).as_usize(), at) {
                        return;
                    }
                }
            }
        }
    }

    /// Walks from `at` to just past the next byte that enters a special (match) state.
    /// Kept apart so the per-byte loop has the registers to itself.
    #[inline(never)]
    fn next_special(
        &self,
        bytes: &[u8],
        mut at: usize,
        mut sid: aho_corasick::automaton::StateID,
    ) -> (usize, aho_corasick::automaton::StateID) {
        use aho_corasick::automaton::Automaton;
        use aho_corasick::Anchored;
        while let Some(&b) = bytes.get(at) {
            sid = self.dfa.next_state(Anchored::No, sid, b);
            at += 1;
            if self.dfa.is_special(sid) {
                break;
            }
        }
        (at, sid)
    }

    /// The length in bytes of cue `index`.
    pub fn len_of(&self, index: usize) -> usize {
        self.lens[index]
    }
}

/// Declares a lazily built [`Cues`]: `lazy_cues!(NAME, &["a", "b"])`.
#[macro_export]
#[doc(hidden)]
macro_rules! lazy_cues {
    ($name:ident, $cues:expr) => {
        static $name: std::sync::LazyLock<$crate::pattern::Cues> =
            std::sync::LazyLock::new(|| $crate::pattern::Cues::new($cues));
    };
}

/// A list of words or phrases found in one pass (leftmost-longest, whole words only).
pub struct WordSet {
    cues: Cues,
}

impl WordSet {
    /// A set of `words`, matched ASCII-case-insensitively when `fold_case`.
    pub fn new(words: &[&str], fold_case: bool) -> Self {
        WordSet {
            cues: Cues::with_case(words, fold_case),
        }
    }

    /// `(start, end, index into the word list)` of each whole-word occurrence, in order:
    /// of words that overlap, the one that starts first and then the longest.
    pub fn find(&self, text: &str) -> impl Iterator<Item = (usize, usize, usize)> {
        let b = text.as_bytes();
        let mut all = Vec::new();
        self.cues.scan(text, |i, end| {
            let start = end - self.cues.len_of(i);
            let before = start == 0 || !b[start - 1].is_ascii_alphanumeric();
            let after = b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
            if before && after {
                all.push((start, end, i));
            }
            true
        });
        all.sort_unstable_by_key(|&(start, end, i)| (start, std::cmp::Reverse(end), i));
        let mut last_end = 0;
        all.retain(|&(start, end, _)| {
            let keep = start >= last_end;
            if keep {
                last_end = end;
            }
            keep
        });
        all.into_iter()
    }
}

/// Declares a lazily built [`WordSet`]: `lazy_words!(NAME, LIST, fold_case)`.
#[macro_export]
#[doc(hidden)]
macro_rules! lazy_words {
    ($name:ident, $words:expr, $fold:expr) => {
        static $name: std::sync::LazyLock<$crate::pattern::WordSet> =
            std::sync::LazyLock::new(|| $crate::pattern::WordSet::new($words, $fold));
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_report_every_occurrence_with_overlaps() {
        let cues = Cues::new(&["adopt", "adopted", "law", "aw"]);
        let mut found = Vec::new();
        cues.scan("The LAW was Adopted.", |i, end| {
            found.push((i, end - cues.len_of(i), end));
            true
        });
        assert_eq!(found, vec![(2, 4, 7), (3, 5, 7), (0, 12, 17), (1, 12, 19)]);
        assert!(cues.any_in("a draw"));
        assert!(!cues.any_in("nothing here"));
        assert!(!cues.any_in(""));
    }

    #[test]
    fn word_sets_take_whole_words_leftmost_longest() {
        let set = WordSet::new(&["forced labor", "labor", "sex", "forced"], true);
        let found: Vec<_> = set
            .find("Forced labor, sexual abuse and labor; forced-sex")
            .collect();
        assert_eq!(
            found,
            vec![(0, 12, 0), (31, 36, 1), (38, 44, 3), (45, 48, 2)]
        );
        let cased = WordSet::new(&["Chad"], false);
        assert_eq!(cased.find("chad Chad Chadian").count(), 1);
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
    fn word_windows() {
        let t = "one two three four";
        assert_eq!(&t[words_back(t, 13, 2)..13], "two three");
        assert_eq!(&t[3..words_ahead(t, 3, 2)], " two three");
        assert_eq!(words_back(t, 0, 3), 0);
        assert_eq!(words_ahead(t, t.len(), 3), t.len());
    }
}
