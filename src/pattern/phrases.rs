//! Lists of phrases searched for in one pass, anywhere in a text (not only at word starts),
//! ASCII-case-insensitively: what [`super::find_ci`] does for one phrase, for a list.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// A list of phrases (lowercase ASCII) found in one pass.
pub struct Phrases {
    automaton: AhoCorasick,
}

impl Phrases {
    /// The phrases of `list` (at most 128).
    pub fn new(list: &[&str]) -> Self {
        assert!(list.len() <= 128, "a phrase list holds at most 128 phrases");
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(list)
            .unwrap_or_else(|e| panic!("invalid built-in phrase list {list:?}: {e}"));
        Phrases { automaton }
    }

    /// Where the phrase whose first occurrence ends last ends, if any occurs: the end of
    /// the last phrase told, each phrase counted once.
    pub fn last_first_end(&self, text: &str) -> Option<usize> {
        let mut seen = 0u128;
        let mut last = None;
        for m in self.automaton.find_overlapping_iter(text) {
            let bit = 1u128 << m.pattern().as_usize();
            if seen & bit == 0 {
                seen |= bit;
                last = Some(m.end());
            }
        }
        last
    }
}

/// Declares a lazily built [`Phrases`]: `lazy_phrases!(NAME, LIST)`.
#[macro_export]
#[doc(hidden)]
macro_rules! lazy_phrases {
    ($vis:vis $name:ident, $list:expr) => {
        $vis static $name: std::sync::LazyLock<$crate::pattern::Phrases> =
            std::sync::LazyLock::new(|| $crate::pattern::Phrases::new($list));
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_search_per_phrase_finds() {
        let list = ["compared", " than ", "up from", "down from", "from"];
        let phrases = Phrases::new(&list);
        for text in [
            "",
            "an increase Compared with 2019",
            "more than last year, up from 12, down from 30",
            "From 12 to 30, from 40 compared",
            "nothing here",
        ] {
            let each = |w: &&str| super::super::find_ci(text, w, 0).map(|at| at + w.len());
            assert_eq!(
                phrases.last_first_end(text),
                list.iter().filter_map(each).max(),
                "{text}"
            );
        }
    }
}
