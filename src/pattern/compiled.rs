//! A compiled rule pattern: the `regex` crate's engine built without its literal prefilter.
//!
//! Rule patterns run on one sentence at a time, a few hundred bytes, after the cue walk has
//! chosen the sentence. On such short texts a prefilter rarely skips anything, while deriving
//! it from case-insensitive alternatives was most of the cost of building each pattern (the
//! tool's start-up). A long text (a sentence cut at its limit) is searched by the same pattern
//! built with the prefilter, the first time one comes. The API mirrors the part of
//! `regex::Regex` the rules use, so matching semantics (leftmost-first, Unicode-aware, UTF-8
//! empty matches) are those of `regex`.

use regex_automata::meta;
use regex_automata::util::captures::Captures as Slots;
use regex_automata::Input;

/// A compiled pattern (see [`crate::pattern::compile`]).
#[derive(Clone, Debug)]
pub struct Pattern {
    /// Without the prefilter: for sentences.
    meta: meta::Regex,
    /// With it, built the first time a long text is searched (a sentence cut at its limit, a
    /// paragraph), where skipping to the pattern's literals pays.
    long: std::sync::OnceLock<meta::Regex>,
    pattern: Box<str>,
}

/// Texts at least this long are searched with the prefilter.
const LONG_TEXT: usize = 1024;

/// One match: a span of the searched text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

/// The groups of one match.
#[derive(Clone, Debug)]
pub struct Captures<'t> {
    text: &'t str,
    slots: Slots,
}

/// The successive non-overlapping matches in a text.
pub struct Matches<'r, 't> {
    text: &'t str,
    it: meta::FindMatches<'r, 't>,
}

/// The successive non-overlapping matches in a text, with their groups.
pub struct CaptureMatches<'r, 't> {
    text: &'t str,
    it: meta::CapturesMatches<'r, 't>,
}

impl Pattern {
    /// Builds a pattern in the `regex` crate's syntax, with the same limits as `regex::Regex`.
    pub fn new(pattern: &str) -> Result<Pattern, Box<meta::BuildError>> {
        build(pattern, false).map(|meta| Pattern {
            meta,
            long: std::sync::OnceLock::new(),
            pattern: pattern.into(),
        })
    }

    /// The engine for `text`: with the prefilter for a long one.
    fn engine(&self, text: &str) -> &meta::Regex {
        if text.len() < LONG_TEXT {
            return &self.meta;
        }
        self.long.get_or_init(|| {
            // The same pattern built before: it builds again; if not, the one at hand serves.
            build(&self.pattern, true).unwrap_or_else(|_| self.meta.clone())
        })
    }

    /// Whether the pattern matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.engine(text)
            .search_half(&Input::new(text).earliest(true))
            .is_some()
    }

    /// The leftmost match in `text`.
    pub fn find<'t>(&self, text: &'t str) -> Option<Match<'t>> {
        self.find_at(text, 0)
    }

    /// The leftmost match in `text` that starts at or after `start` (context before it still
    /// counts for `\b`).
    pub fn find_at<'t>(&self, text: &'t str, start: usize) -> Option<Match<'t>> {
        let input = Input::new(text).span(start..text.len());
        self.engine(text).search(&input).map(|m| Match {
            text,
            start: m.start(),
            end: m.end(),
        })
    }

    /// Every match in `text`, left to right.
    pub fn find_iter<'r, 't>(&'r self, text: &'t str) -> Matches<'r, 't> {
        Matches {
            text,
            it: self.engine(text).find_iter(text),
        }
    }

    /// The leftmost match in `text` with its groups.
    pub fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        let engine = self.engine(text);
        let mut slots = engine.create_captures();
        engine.search_captures(&Input::new(text), &mut slots);
        slots.is_match().then_some(Captures { text, slots })
    }

    /// Every match in `text` with its groups, left to right.
    pub fn captures_iter<'r, 't>(&'r self, text: &'t str) -> CaptureMatches<'r, 't> {
        CaptureMatches {
            text,
            it: self.engine(text).captures_iter(text),
        }
    }
}

/// Builds `pattern` with the limits of `regex::Regex`, with or without the literal prefilter.
fn build(pattern: &str, prefilter: bool) -> Result<meta::Regex, Box<meta::BuildError>> {
    let config = meta::Config::new()
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(10 << 20))
        .hybrid_cache_capacity(2 << 20)
        .auto_prefilter(prefilter);
    meta::Builder::new()
        .configure(config)
        .syntax(regex_automata::util::syntax::Config::new().utf8(true))
        .build(pattern)
        .map_err(Box::new)
}

impl<'t> Match<'t> {
    /// Byte offset where the match starts.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset where the match ends.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The matched text.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    /// The byte range of the match.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length of the match in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the match is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

impl<'t> Captures<'t> {
    /// Group `i` (0 is the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'t>> {
        self.slots.get_group(i).map(|s| Match {
            text: self.text,
            start: s.start,
            end: s.end,
        })
    }

    /// The group called `name`, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'t>> {
        self.slots.get_group_by_name(name).map(|s| Match {
            text: self.text,
            start: s.start,
            end: s.end,
        })
    }
}

impl std::ops::Index<usize> for Captures<'_> {
    type Output = str;

    /// Panics when the group did not take part: only for groups the pattern always fills.
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index {i}"))
    }
}

impl std::ops::Index<&str> for Captures<'_> {
    type Output = str;

    /// Panics when the group did not take part: only for groups the pattern always fills.
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group named {name:?}"))
    }
}

impl<'t> Iterator for Matches<'_, 't> {
    type Item = Match<'t>;

    fn next(&mut self) -> Option<Match<'t>> {
        self.it.next().map(|m| Match {
            text: self.text,
            start: m.start(),
            end: m.end(),
        })
    }
}

impl<'t> Iterator for CaptureMatches<'_, 't> {
    type Item = Captures<'t>;

    fn next(&mut self) -> Option<Captures<'t>> {
        self.it.next().map(|slots| Captures {
            text: self.text,
            slots,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same pattern built by `regex` gives the same matches and groups.
    #[test]
    fn matches_as_regex_does() {
        let pattern = r"(?i)(?P<verb>convict|prosecut)\w*(?: (?P<n>\d+))?|\b";
        let texts = [
            "Courts convicted 12 traffickers and prosecuted 3.",
            "PROSECUTED nobody; convictions rose",
            "",
            "é convicted é",
        ];
        let ours = Pattern::new(pattern).unwrap();
        let theirs = regex::Regex::new(pattern).unwrap();
        for text in texts {
            assert_eq!(ours.is_match(text), theirs.is_match(text), "{text}");
            let a: Vec<_> = ours.find_iter(text).map(|m| m.range()).collect();
            let b: Vec<_> = theirs.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(a, b, "{text}");
            let a: Vec<_> = ours
                .captures_iter(text)
                .map(|c| (c.get(0).map(|m| m.range()), c.name("n").map(|m| m.as_str())))
                .collect();
            let b: Vec<_> = theirs
                .captures_iter(text)
                .map(|c| (c.get(0).map(|m| m.range()), c.name("n").map(|m| m.as_str())))
                .collect();
            assert_eq!(a, b, "{text}");
            for start in 0..=text.len() {
                if text.is_char_boundary(start) {
                    assert_eq!(
                        ours.find_at(text, start).map(|m| m.range()),
                        theirs.find_at(text, start).map(|m| m.range()),
                        "{text} at {start}"
                    );
                }
            }
        }
        // A long text goes to the engine with the prefilter: the same matches.
        let long = format!(
            "{} convicted 12 and PROSECUTED 3 {}",
            "x ".repeat(600),
            "y ".repeat(600)
        );
        let a: Vec<_> = ours.find_iter(&long).map(|m| m.range()).collect();
        let b: Vec<_> = theirs.find_iter(&long).map(|m| m.range()).collect();
        assert_eq!(a, b);
        assert_eq!(
            ours.captures(&long)
                .and_then(|c| c.name("n").map(|m| m.range())),
            theirs
                .captures(&long)
                .and_then(|c| c.name("n").map(|m| m.range()))
        );
        assert!(ours.long.get().is_some());
        let c = ours.captures("convicted 7 more").unwrap();
        assert_eq!((&c["verb"], &c[2]), ("convict", "7"));
        assert!(ours.captures("x").is_some_and(|c| c.name("verb").is_none()));
    }

    #[test]
    fn a_bad_pattern_is_an_error() {
        assert!(Pattern::new("(unclosed").is_err());
    }
}
