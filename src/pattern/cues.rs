//! Cue words found in one pass: a compact automaton that only starts a cue
//! where a word starts.

use rustc_hash::FxHashMap;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::Anchored;

/// Stands, inside the patterns given to the automaton builder, for "a word starts here".
/// It is never read from text: a real NUL byte is fed as [`NOT_A_WORD_START`].
const WORD_START: u8 = 0;
/// A byte that no pattern holds, fed in place of a NUL byte of the text.
const NOT_A_WORD_START: u8 = 1;
/// The most transitions a table of `u16` state ids holds.
const NARROW_SIZE: usize = 1 << 16;

/// Transitions, `next[state | class]`, states premultiplied by the row width: `u16` ids
/// while they fit (half the cache lines of `u32` ids), `u32` for larger cue lists.
enum Table {
    Narrow(Box<[u16; NARROW_SIZE]>),
    Wide(Box<[u32]>),
}

/// One step of a walk: the state after `state` reads a byte of `class`.
trait Transitions {
    fn step(&self, state: u32, class: u8) -> u32;
}

impl Transitions for [u16; NARROW_SIZE] {
    #[inline(always)]
    fn step(&self, state: u32, class: u8) -> u32 {
        // Narrow ids are below 2^16, so the index needs no bounds check.
        u32::from(self[usize::from(state as u16 | u16::from(class))])
    }
}

impl Transitions for [u32] {
    #[inline(always)]
    fn step(&self, state: u32, class: u8) -> u32 {
        self[(state | u32::from(class)) as usize]
    }
}

/// Words and word beginnings looked for in one pass, each occurrence reported.
///
/// A cue matches only where a word starts ("pending" is not in "spending"); a cue of
/// several words needs each of its words to start one. Matching is a walk of a
/// deterministic automaton, one table step per byte: the word-start condition is
/// part of its states, and occurrences (overlaps included) cost nothing until found.
pub struct Cues {
    /// Byte → column of `next`.
    classes: [u8; 256],
    next: Table,
    /// The states below this id are the ones where cues end.
    matches_below: u32,
    /// log2 of the row width.
    row_bits: u32,
    start: u32,
    /// For each match state (by row): its cues, a range of `match_cues`.
    match_ranges: Vec<(u32, u32)>,
    match_cues: Vec<u32>,
    lens: Vec<usize>,
}

impl Cues {
    /// A set of lowercase cues, matched ASCII-case-insensitively.
    pub fn new(cues: &[&str]) -> Self {
        Cues::with_case(cues, true)
    }

    /// A set of cues, matched ASCII-case-insensitively when `fold_case`.
    ///
    /// Cue lists are constants of their callers; an empty cue is a programming error
    /// and panics.
    pub fn with_case(cues: &[&str], fold_case: bool) -> Self {
        assert!(cues.iter().all(|c| !c.is_empty()), "empty cue");
        let patterns: Vec<Vec<u8>> = cues.iter().map(|c| with_word_starts(c)).collect();
        let dfa = aho_corasick::dfa::Builder::new()
            .ascii_case_insensitive(fold_case)
            .match_kind(aho_corasick::MatchKind::Standard)
            .prefilter(false)
            .build(&patterns)
            .unwrap_or_else(|e| panic!("invalid built-in cue list: {e}"));
        let product = WordStartProduct::explore(&dfa, &byte_groups(&patterns, fold_case));
        product.compact(&dfa, cues)
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
    pub fn scan(&self, text: &str, found: impl FnMut(usize, usize) -> bool) {
        self.scan_from(text.as_bytes(), 0, self.start, found);
    }

    /// As [`Cues::scan`] over two texts at once, `found(text index, cue index, end offset)`;
    /// returning false stops that text only. Two walks interleaved: each byte step waits
    /// on the table load of the one before, and two independent walks overlap those waits.
    pub fn scan_pair(&self, texts: [&str; 2], mut found: impl FnMut(usize, usize, usize) -> bool) {
        let (a, b) = (texts[0].as_bytes(), texts[1].as_bytes());
        let (mut at_a, mut at_b) = (0, 0);
        let (mut state_a, mut state_b) = (self.start, self.start);
        let mut live = [true, true];
        loop {
            if !live[0] || at_a >= a.len() {
                if live[1] {
                    self.scan_from(b, at_b, state_b, |cue, end| found(1, cue, end));
                }
                return;
            }
            if !live[1] || at_b >= b.len() {
                self.scan_from(a, at_a, state_a, |cue, end| found(0, cue, end));
                return;
            }
            (at_a, state_a, at_b, state_b) =
                self.next_match_pair(a, at_a, state_a, b, at_b, state_b);
            for (which, at, state) in [(0, at_a, state_a), (1, at_b, state_b)] {
                for &cue in self.cues_ending_in(state) {
                    if !found(which, cue as usize, at) {
                        live[which] = false;
                        break;
                    }
                }
            }
        }
    }

    fn scan_from(
        &self,
        bytes: &[u8],
        mut at: usize,
        mut state: u32,
        mut found: impl FnMut(usize, usize) -> bool,
    ) {
        while at < bytes.len() {
            (at, state) = self.next_match(bytes, at, state);
            for &cue in self.cues_ending_in(state) {
                if !found(cue as usize, at) {
                    return;
                }
            }
        }
    }

    /// The cues that end where the walk has just entered `state` (none but in a match state).
    fn cues_ending_in(&self, state: u32) -> &[u32] {
        if state >= self.matches_below {
            return &[];
        }
        let (lo, hi) = self.match_ranges[(state >> self.row_bits) as usize];
        &self.match_cues[lo as usize..hi as usize]
    }

    /// Walks from `at` to just past the next byte where a cue ends (or to the end).
    fn next_match(&self, bytes: &[u8], at: usize, state: u32) -> (usize, u32) {
        match &self.next {
            Table::Narrow(t) => self.walk(&**t, bytes, at, state),
            Table::Wide(t) => self.walk(&**t, bytes, at, state),
        }
    }

    /// [`Cues::next_match`] over one table. Kept apart so the per-byte loop has the
    /// registers to itself.
    #[inline(never)]
    fn walk<T: Transitions + ?Sized>(
        &self,
        table: &T,
        bytes: &[u8],
        at: usize,
        mut state: u32,
    ) -> (usize, u32) {
        let step = |state: u32, b: u8| table.step(state, self.classes[usize::from(b)]);
        let rest = &bytes[at..];
        let mut chunks = rest.chunks_exact(4);
        let mut done = at;
        // Four steps per loop test; a match inside a chunk returns where it ends.
        for chunk in chunks.by_ref() {
            for (i, &b) in chunk.iter().enumerate() {
                state = step(state, b);
                if state < self.matches_below {
                    return (done + i + 1, state);
                }
            }
            done += 4;
        }
        for (i, &b) in chunks.remainder().iter().enumerate() {
            state = step(state, b);
            if state < self.matches_below {
                return (done + i + 1, state);
            }
        }
        (bytes.len(), state)
    }

    /// [`Cues::next_match`] on two texts in step, until either reaches a match state
    /// (both states are then fresh: each has just taken its step) or one ends.
    fn next_match_pair(
        &self,
        a: &[u8],
        at_a: usize,
        state_a: u32,
        b: &[u8],
        at_b: usize,
        state_b: u32,
    ) -> (usize, u32, usize, u32) {
        match &self.next {
            Table::Narrow(t) => self.walk_pair(&**t, a, at_a, state_a, b, at_b, state_b),
            Table::Wide(t) => self.walk_pair(&**t, a, at_a, state_a, b, at_b, state_b),
        }
    }

    /// [`Cues::next_match_pair`] over one table.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn walk_pair<T: Transitions + ?Sized>(
        &self,
        table: &T,
        a: &[u8],
        at_a: usize,
        mut state_a: u32,
        b: &[u8],
        at_b: usize,
        mut state_b: u32,
    ) -> (usize, u32, usize, u32) {
        let step = |state: u32, b: u8| table.step(state, self.classes[usize::from(b)]);
        let n = (a.len() - at_a).min(b.len() - at_b);
        for (k, (&x, &y)) in a[at_a..at_a + n].iter().zip(&b[at_b..at_b + n]).enumerate() {
            state_a = step(state_a, x);
            state_b = step(state_b, y);
            if state_a.min(state_b) < self.matches_below {
                return (at_a + k + 1, state_a, at_b + k + 1, state_b);
            }
        }
        (at_a + n, state_a, at_b + n, state_b)
    }

    /// Whether the state ids fit the narrow `u16` table (a smaller table, walked faster).
    pub fn has_narrow_ids(&self) -> bool {
        matches!(self.next, Table::Narrow(_))
    }

    /// The length in bytes of cue `index`.
    pub fn len_of(&self, index: usize) -> usize {
        self.lens[index]
    }
}

/// `cue` with [`WORD_START`] before each letter or digit that begins a word.
fn with_word_starts(cue: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(cue.len() + 4);
    let mut prev_word = false;
    for &b in cue.as_bytes() {
        let word = b.is_ascii_alphanumeric();
        if word && !prev_word {
            out.push(WORD_START);
        }
        out.push(b);
        prev_word = word;
    }
    out
}

/// Bytes that the automaton of `patterns` cannot tell apart, as a group number per byte,
/// and the first byte of each group. A byte of some pattern (with its other case, when
/// folding) has a group of its own; any other byte leads every state where the others of
/// its kind do (letters and digits, or the rest), so two groups take them all.
fn byte_groups(patterns: &[Vec<u8>], fold_case: bool) -> ByteGroups {
    let fold = |b: u8| if fold_case { b.to_ascii_lowercase() } else { b };
    let mut in_pattern = [false; 256];
    for &b in patterns.iter().flatten().filter(|&&b| b != WORD_START) {
        in_pattern[usize::from(fold(b))] = true;
    }
    // Keys: a pattern byte (folded) is its own key; the others share 256 or 257.
    let key = |b: u8| match (in_pattern[usize::from(fold(b))], b.is_ascii_alphanumeric()) {
        (true, _) => usize::from(fold(b)),
        (false, true) => 256,
        (false, false) => 257,
    };
    let mut group_of_key = [u16::MAX; 258];
    let mut groups = ByteGroups {
        group: [0; 256],
        first: Vec::new(),
    };
    for b in 0..=255u8 {
        let k = key(b);
        if group_of_key[k] == u16::MAX {
            group_of_key[k] = groups.first.len() as u16;
            groups.first.push(b);
        }
        groups.group[usize::from(b)] = group_of_key[k];
    }
    groups
}

/// See [`byte_groups`].
struct ByteGroups {
    group: [u16; 256],
    first: Vec<u8>,
}

/// The automaton over the text's bytes: a state of the pattern automaton paired with
/// "the byte before was not a letter or digit", so [`WORD_START`] is fed where a word starts.
struct WordStartProduct {
    states: Vec<(StateID, bool)>,
    /// For each state, the next state on each group of bytes.
    next: Vec<Vec<u32>>,
    /// Byte → group.
    group: [u16; 256],
}

impl WordStartProduct {
    fn explore(dfa: &aho_corasick::dfa::DFA, groups: &ByteGroups) -> Self {
        let step = |s: StateID, b: u8| dfa.next_state(Anchored::No, s, b);
        let start = dfa
            .start_state(Anchored::No)
            .unwrap_or_else(|e| panic!("cue automaton without a start state: {e}"));
        let mut ids: FxHashMap<(StateID, bool), u32> = FxHashMap::default();
        ids.insert((start, true), 0);
        let mut states = vec![(start, true)];
        let mut next = Vec::new();
        let mut i = 0;
        while i < states.len() {
            let (s, after_boundary) = states[i];
            let mut row = vec![0u32; groups.first.len()];
            for (&b, slot) in groups.first.iter().zip(row.iter_mut()) {
                let target = if b.is_ascii_alphanumeric() {
                    let from = if after_boundary {
                        step(s, WORD_START)
                    } else {
                        s
                    };
                    (step(from, b), false)
                } else if b == WORD_START {
                    (step(s, NOT_A_WORD_START), true)
                } else {
                    (step(s, b), true)
                };
                *slot = *ids.entry(target).or_insert_with(|| {
                    states.push(target);
                    (states.len() - 1) as u32
                });
            }
            next.push(row);
            i += 1;
        }
        WordStartProduct {
            states,
            next,
            group: groups.group,
        }
    }

    /// Byte classes, match states first, rows of a power-of-two width, `u16` ids when
    /// they fit.
    fn compact(self, dfa: &aho_corasick::dfa::DFA, cues: &[&str]) -> Cues {
        let n = self.states.len();
        let mut classes = [0u8; 256];
        let mut columns: FxHashMap<Vec<u32>, u8> = FxHashMap::default();
        let width = self.next.first().map_or(0, Vec::len);
        let mut group_class = vec![0u8; width];
        for (g, class) in group_class.iter_mut().enumerate() {
            let column: Vec<u32> = self.next.iter().map(|row| row[g]).collect();
            let fresh = columns.len() as u8;
            *class = *columns.entry(column).or_insert(fresh);
        }
        for (class, &g) in classes.iter_mut().zip(&self.group) {
            *class = group_class[usize::from(g)];
        }
        let row_bits = columns.len().next_power_of_two().trailing_zeros();
        let size = n << row_bits;
        assert!(
            u32::try_from(size).is_ok(),
            "cue list too large: {n} states"
        );
        let is_match = |i: usize| dfa.is_match(self.states[i].0);
        let order: Vec<usize> = (0..n)
            .filter(|&i| is_match(i))
            .chain((0..n).filter(|&i| !is_match(i)))
            .collect();
        let mut rank = vec![0u32; n];
        for (r, &i) in order.iter().enumerate() {
            rank[i] = (r << row_bits) as u32;
        }
        let mut next = vec![0u32; size];
        let mut match_ranges = Vec::new();
        let mut match_cues = Vec::new();
        for &i in &order {
            for (g, &class) in group_class.iter().enumerate() {
                next[(rank[i] | u32::from(class)) as usize] = rank[self.next[i][g] as usize];
            }
            if is_match(i) {
                let s = self.states[i].0;
                let lo = match_cues.len() as u32;
                match_cues.extend((0..dfa.match_len(s)).map(|k| dfa.match_pattern(s, k).as_u32()));
                match_ranges.push((lo, match_cues.len() as u32));
            }
        }
        let next = if size <= NARROW_SIZE {
            let mut narrow: Box<[u16; NARROW_SIZE]> = vec![0u16; NARROW_SIZE]
                .into_boxed_slice()
                .try_into()
                .expect("a table of NARROW_SIZE entries");
            for (slot, &id) in narrow.iter_mut().zip(&next) {
                *slot = id as u16;
            }
            Table::Narrow(narrow)
        } else {
            Table::Wide(next.into_boxed_slice())
        };
        Cues {
            classes,
            next,
            matches_below: (match_ranges.len() << row_bits) as u32,
            row_bits,
            start: rank[0],
            match_ranges,
            match_cues,
            lens: cues.iter().map(|c| c.len()).collect(),
        }
    }
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
        let mut all = Vec::with_capacity(8);
        self.cues.scan(text, |i, end| {
            if super::ends_word(b, end) {
                all.push((end - self.cues.len_of(i), end, i));
            }
            true
        });
        leftmost_longest(all).into_iter()
    }
}

/// Of occurrences `(start, end, index)` that overlap, the one that starts first and then
/// the longest, in order.
pub fn leftmost_longest(mut all: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    all.sort_unstable_by_key(|&(start, end, i)| (start, std::cmp::Reverse(end), i));
    let mut last_end = 0;
    all.retain(|&(start, end, _)| {
        let keep = start >= last_end;
        if keep {
            last_end = end;
        }
        keep
    });
    all
}

/// Declares a lazily built [`Cues`]: `lazy_cues!(NAME, &["a", "b"])`.
#[macro_export]
#[doc(hidden)]
macro_rules! lazy_cues {
    ($vis:vis $name:ident, $cues:expr) => {
        $vis static $name: std::sync::LazyLock<$crate::pattern::Cues> =
            std::sync::LazyLock::new(|| $crate::pattern::Cues::new($cues));
    };
}

/// Declares a lazily built [`WordSet`]: `lazy_words!(NAME, LIST, fold_case)`.
#[macro_export]
#[doc(hidden)]
macro_rules! lazy_words {
    ($vis:vis $name:ident, $words:expr, $fold:expr) => {
        $vis static $name: std::sync::LazyLock<$crate::pattern::WordSet> =
            std::sync::LazyLock::new(|| $crate::pattern::WordSet::new($words, $fold));
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn occurrences(cues: &Cues, text: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        cues.scan(text, |i, end| {
            found.push((i, end - cues.len_of(i), end));
            true
        });
        found
    }

    /// Every case-insensitive occurrence of a cue whose words each start a word of `text`.
    fn reference(cues: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let b = text.as_bytes();
        let starts_word = |at: usize| at == 0 || !b[at - 1].is_ascii_alphanumeric();
        let mut found = Vec::new();
        for (i, cue) in cues.iter().enumerate() {
            let c = cue.as_bytes();
            for at in 0..=b.len().saturating_sub(c.len()) {
                let fits = b.len() >= c.len()
                    && b[at..at + c.len()].eq_ignore_ascii_case(c)
                    && (0..c.len()).all(|k| {
                        let inner_start = c[k].is_ascii_alphanumeric()
                            && (k == 0 || !c[k - 1].is_ascii_alphanumeric());
                        !inner_start || starts_word(at + k)
                    });
                if fits {
                    found.push((i, at, at + c.len()));
                }
            }
        }
        found.sort_by_key(|&(i, start, end)| (end, start, i));
        found
    }

    fn sorted(mut v: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
        v.sort_by_key(|&(i, start, end)| (end, start, i));
        v
    }

    #[test]
    fn cues_start_where_words_start_and_overlap() {
        let cues = Cues::new(&["adopt", "adopted", "law", "aw", "pending", "in a row"]);
        assert_eq!(
            occurrences(&cues, "The LAW was Adopted, not spending; in a row."),
            vec![(2, 4, 7), (0, 12, 17), (1, 12, 19), (5, 35, 43)]
        );
        assert!(cues.any_in("law"));
        assert!(!cues.any_in("a draw"));
        assert!(!cues.any_in(""));
        // A NUL byte or a non-ASCII character ends a word like any other non-letter.
        assert_eq!(occurrences(&cues, "\0law").len(), 1);
        assert_eq!(occurrences(&cues, "é law ßlaw").len(), 2);
        // Cues are ASCII-case-insensitive unless asked otherwise.
        let cased = Cues::with_case(&["Chad"], false);
        assert_eq!(occurrences(&cased, "chad Chad Chadian CHAD").len(), 2);
    }

    #[test]
    fn cues_agree_with_a_plain_search() {
        let list = [
            "not ",
            "no ",
            "should ",
            "one",
            "on",
            "one hundred",
            "the last",
            "in",
            "in a row",
            "train",
            "training",
            "refer",
            "-",
            "ten",
        ];
        let cues = Cues::new(&list);
        for text in [
            "Not one, not two: NONE in a row; one hundred ten trainings.",
            "shouldn't should  not-no no. the lastthe last in-in",
            "",
            "o",
            "   ",
        ] {
            assert_eq!(
                sorted(occurrences(&cues, text)),
                reference(&list, text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn bytes_outside_every_cue_share_two_groups() {
        let patterns: Vec<Vec<u8>> = ["law", "a-b"].iter().map(|c| with_word_starts(c)).collect();
        let g = byte_groups(&patterns, true);
        let group = |b: u8| g.group[usize::from(b)];
        // Cue bytes stand alone, in both cases when folding.
        assert_eq!(group(b'l'), group(b'L'));
        assert_ne!(group(b'l'), group(b'a'));
        assert_ne!(group(b'-'), group(b'.'));
        // Every other letter or digit is one group, every other byte another (NUL included).
        assert_eq!(group(b'z'), group(b'7'));
        assert_eq!(group(b'.'), group(0));
        assert_eq!(group(b'.'), group(0xC3));
        assert_ne!(group(b'z'), group(b'.'));
        assert_eq!(g.first.len(), 7);
        let cased = byte_groups(&[with_word_starts("Chad")], false);
        assert_ne!(
            cased.group[usize::from(b'C')],
            cased.group[usize::from(b'c')]
        );
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
    fn a_pair_of_walks_finds_what_two_walks_find() {
        let cues = Cues::new(&[
            "not ",
            "no ",
            "one",
            "on",
            "one hundred",
            "in a row",
            "tier",
        ]);
        let texts = [
            "Not one tier in a row, no one on tier one hundred.",
            "On",
            "",
            "none of it: no, not one hundred; in a row",
        ];
        for a in texts {
            for b in texts {
                let mut paired = [Vec::new(), Vec::new()];
                cues.scan_pair([a, b], |which, cue, end| {
                    paired[which].push((cue, end - cues.len_of(cue), end));
                    true
                });
                assert_eq!(
                    paired,
                    [occurrences(&cues, a), occurrences(&cues, b)],
                    "{a:?} {b:?}"
                );
            }
        }
        // Stopping one walk leaves the other going.
        let mut seen = [0, 0];
        cues.scan_pair([texts[0], texts[3]], |which, _, _| {
            seen[which] += 1;
            which == 1
        });
        assert_eq!(seen, [1, occurrences(&cues, texts[3]).len()]);
    }

    #[test]
    fn a_cue_list_past_the_narrow_table_takes_wide_ids() {
        // Several thousand distinct cues of two to four words, deterministic.
        let syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze"];
        let word = |k: usize| {
            format!(
                "{}{}{}",
                syllables[k % 10],
                syllables[k / 10 % 10],
                syllables[k / 100 % 10]
            )
        };
        let owned: Vec<String> = (0..3000)
            .map(|k| {
                (0..2 + k % 3)
                    .map(|w| word(k * 7 + w * 13))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let list: Vec<&str> = owned.iter().map(String::as_str).collect();
        let cues = Cues::new(&list);
        assert!(
            matches!(cues.next, Table::Wide(_)),
            "the list should overflow u16 ids"
        );
        let small = Cues::new(&list[..20]);
        assert!(matches!(small.next, Table::Narrow(_)));
        let text = format!(
            "{}, {} and x{}; {} {}",
            list[5].to_uppercase(),
            list[2999],
            list[10],
            list[1234],
            list[77]
        );
        let found = sorted(occurrences(&cues, &text));
        assert_eq!(found, reference(&list, &text));
        assert!(found.len() >= 4, "{found:?}");
        let mut paired = [Vec::new(), Vec::new()];
        cues.scan_pair([&text, list[42]], |which, cue, end| {
            paired[which].push((cue, end - cues.len_of(cue), end));
            true
        });
        assert_eq!(
            paired,
            [occurrences(&cues, &text), occurrences(&cues, list[42])]
        );
    }

    proptest! {
        #[test]
        fn cues_agree_with_a_plain_search_on_mixes(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("no"), Just("not"), Just("one"), Just("On"), Just("e"), Just(" "),
                    Just("-"), Just("hundred"), Just("\0"), Just("é"), Just("in"), Just("a row"),
                ],
                0..24,
            )
        ) {
            let list = ["not ", "no ", "one", "on", "one hundred", "in a row", "e", "-"];
            let cues = Cues::new(&list);
            let text = parts.concat();
            prop_assert_eq!(sorted(occurrences(&cues, &text)), reference(&list, &text));
        }
    }
}
