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

/// Substrings looked for case-insensitively in one pass (no word boundaries).
pub struct Cues {
    automaton: aho_corasick::AhoCorasick,
}

impl Cues {
    /// A set of lowercase cue substrings.
    pub fn new(cues: &[&str]) -> Self {
        let automaton = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(cues)
            .unwrap_or_else(|e| panic!("invalid built-in cue list: {e}"));
        Cues { automaton }
    }

    /// True when any cue occurs in `text`.
    pub fn any_in(&self, text: &str) -> bool {
        self.automaton.is_match(text)
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
    automaton: aho_corasick::AhoCorasick,
}

impl WordSet {
    /// A set of `words`, matched ASCII-case-insensitively when `fold_case`.
    pub fn new(words: &[&str], fold_case: bool) -> Self {
        let automaton = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(fold_case)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(words)
            .unwrap_or_else(|e| panic!("invalid built-in word list: {e}"));
        WordSet { automaton }
    }

    /// `(start, end, index into the word list)` of each whole-word occurrence, in order.
    pub fn find<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let b = text.as_bytes();
        self.automaton.find_iter(text).filter_map(move |m| {
            let before = m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric();
            let after = b.get(m.end()).is_none_or(|c| !c.is_ascii_alphanumeric());
            (before && after).then(|| (m.start(), m.end(), m.pattern().as_usize()))
        })
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
    fn word_windows() {
        let t = "one two three four";
        assert_eq!(&t[words_back(t, 13, 2)..13], "two three");
        assert_eq!(&t[3..words_ahead(t, 3, 2)], " two three");
        assert_eq!(words_back(t, 0, 3), 0);
        assert_eq!(words_ahead(t, t.len(), 3), t.len());
    }
}
