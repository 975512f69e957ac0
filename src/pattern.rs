//! Building regexes the same way everywhere: compiled once, ASCII word
//! boundaries (normalized text is ASCII where it matters, and ASCII boundaries
//! keep the fast engines usable on any input).

use regex::Regex;

/// Compiles a pattern written with `\b`, turned into an ASCII word boundary.
/// Patterns are constants of this crate, so a failure is a bug caught by tests.
pub fn compile(pattern: &str) -> Regex {
    let p = pattern.replace(r"\b", r"(?-u:\b)");
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
