//! Layer 4: event rules, one family per file, listed once in [`RuleSet::standard`].
//!
//! Each rule declares cue words; a paragraph is scanned once for every cue
//! (one automaton) and only rules whose cue groups all occur in a sentence run on it.

pub mod amendment;
pub mod commitment;
pub mod compliance;
pub mod context;
pub mod criminalization;
pub mod index_score;
pub mod law;
pub mod lexicon;
pub mod profile;
pub mod provision;
pub mod statistic;
pub mod tier;
pub mod treaty;

pub use context::SentenceCtx;

use crate::diagnostic::Diagnostic;
use crate::event::{Event, EventKind};
use crate::pattern::{ends_word, Cues};
use crate::quantity::scan::has_count_digits;

/// A cue that stands for "any ASCII digit" (checked with a byte scan, not the automaton).
pub const DIGIT_CUE: &str = "\u{0}digit";
/// Ends a cue that must be a whole word ("act$" for "act", not "action").
pub const WHOLE_WORD: char = '$';

/// Whether two names of a country name the same one, one holding the other ("South Korea"
/// and "Korea", "the UAE" and "UAE"), ASCII-case-insensitively, or both being its names
/// ("Burma" and "Myanmar", [`lexicon::COUNTRY_ALIASES`]).
/// The known place at `at` in `text` when it is a country other than `country` ("Thailand"
/// in an article about Laos).
pub(crate) fn foreign_place_at(country: &str, text: &str, at: usize) -> Option<&'static str> {
    profile::place_at(text, at).filter(|place| !same_country(country, place))
}

pub(crate) fn same_country(a: &str, b: &str) -> bool {
    let alias_of = |name: &str| {
        let name = name.trim();
        let name = name.strip_prefix("the ").unwrap_or(name);
        lexicon::COUNTRY_ALIASES
            .iter()
            .position(|names| names.iter().any(|n| n.eq_ignore_ascii_case(name)))
    };
    crate::pattern::contains_ci(a, &b.to_ascii_lowercase())
        || crate::pattern::contains_ci(b, &a.to_ascii_lowercase())
        || alias_of(a).is_some_and(|group| alias_of(b) == Some(group))
}

/// A law or code and the article of it last named.
pub type Instrument = (Option<String>, Option<String>);

/// A count told without a form of exploitation: its metric, year, exact number and the body
/// named as telling it ("RCMP officers identified 58 victims": "RCMP").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Whole {
    /// What was counted.
    pub metric: crate::event::Metric,
    /// The year the count is of, if it has one.
    pub year: Option<i32>,
    /// The number, when exact.
    pub value: Option<u64>,
    /// The body named as telling it, as written.
    pub teller: Option<String>,
}

/// The last count of a sentence: where the sentence ends in the input, the count's metrics
/// and its date.
#[derive(Debug, Clone, Default)]
pub struct Counted {
    /// Where the sentence ends.
    pub end: usize,
    /// The metrics of the count.
    pub metrics: Vec<crate::event::Metric>,
    /// The date of the count.
    pub date: Option<crate::temporal::PartialDate>,
    /// The last noun counted (its head word) and its subject, for a count of the next
    /// sentence that leaves it out ("Police referred 10 victims. NGOs referred seven.").
    pub noun: Option<(String, Option<String>)>,
}

/// State carried from sentence to sentence within one paragraph.
#[derive(Debug, Default, Clone)]
pub struct Discourse {
    /// The law or code and article last named ("Articles 165 and 206 of the
    /// criminal code"), for "The law prescribed penalties of ...".
    pub instrument: Option<Instrument>,
    /// Forms of exploitation and destinations named in the paragraph, read once.
    pub profile: Option<(Vec<&'static str>, Vec<&'static str>)>,
    /// The index last named and its edition's year ("the 2018 Global Slavery Index"),
    /// for a score stated in a later sentence.
    pub index: Option<(String, Option<i32>)>,
    /// The last count of a sentence, for "This number compared with 45 victims in 2019" or
    /// "Of these, 25 were referred" in the sentence after it.
    pub counted: Option<Counted>,
    /// The counts of cases told in the paragraph, by number and metric, for "Those 29 cases
    /// involved 32 defendants" a sentence or two later.
    pub cases: Vec<(u64, crate::event::Metric)>,
    /// The metric, year, exact number and teller of each count told without a form of exploitation,
    /// for the breakdowns by form told after it ("identified 440 victims. ... identified 31
    /// sex trafficking victims and nine forced labor victims"), in its paragraph or a later
    /// one of its section ("Of the 233 labor trafficking victims identified, ...").
    pub wholes: Vec<Whole>,
    /// Each count of people told in the paragraph, for a part of them told later ("two of
    /// the potential victims") or their total restated ("Of the 131 victims identified").
    pub people: Vec<PeopleCount>,
    /// The largest number of victims identified told for each date in the paragraph, for a
    /// group of them told later ("The government identified 12 women and girls ...").
    pub identified_totals: Vec<(Option<crate::temporal::PartialDate>, u64)>,
    /// A whole shared out among agents sentence by sentence ("Of the 611, the GPS identified
    /// 304 ... . The GIS identified 280 ..."): its metric and what is left of it.
    pub shared_whole: Option<(crate::event::Metric, u64)>,
    /// The penalties of the last provision, for an article that "prescribed the same penalties".
    pub penalties: Vec<crate::quantity::Penalty>,
    /// The article those penalties are of, for "the same penalties as Article 601".
    pub penalties_article: Option<String>,
}

/// A count of people told earlier in a paragraph.
#[derive(Debug, Clone)]
pub struct PeopleCount {
    /// What was counted.
    pub metric: crate::event::Metric,
    /// The noun counted, lowercase ("victims").
    pub head: String,
    /// The whole noun phrase counted, lowercase ("trafficking victims").
    pub noun_phrase: String,
    /// Its date.
    pub date: Option<crate::temporal::PartialDate>,
    /// The number, when exact.
    pub exact: Option<u64>,
    /// Whether it is a figure another count was compared with ("up from 251 in 2019").
    pub compared: bool,
}

/// What rules write to.
#[derive(Debug, Default)]
pub struct Output {
    /// Events found.
    pub events: Vec<Event>,
    /// Text seen but not interpreted.
    pub diagnostics: Vec<Diagnostic>,
}

/// One rule family.
pub trait Rule: Send + Sync {
    /// A stable name, recorded in every event the rule produces.
    fn name(&self) -> &'static str;
    /// The kind of event it produces.
    fn kind(&self) -> EventKind;
    /// Cue groups (lowercase): the rule runs only on sentences where a cue of every
    /// group begins a word ("prosecut" for "prosecuted", not "act" in "contract"), or,
    /// for [`DIGIT_CUE`], that have a digit. A cue ending in [`WHOLE_WORD`] must also end one.
    fn cues(&self) -> &'static [&'static [&'static str]];
    /// Words or phrases (lowercase) the rule reads anywhere in a paragraph: the paragraph
    /// scan finds them as whole words, so the rule need not walk the paragraph again
    /// (see [`SentenceCtx::paragraph_words`]). None by default.
    fn paragraph_words(&self) -> &'static [&'static str] {
        &[]
    }
    /// Reads one sentence.
    fn apply(&self, cx: &SentenceCtx<'_>, discourse: &mut Discourse, out: &mut Output);
    /// Reads one sentence of a text that states no facts of its own (a recommendation) for
    /// the facts it takes for granted: "Fund the 2023 anti-trafficking law" names a law of
    /// 2023. None by default.
    fn apply_presupposed(&self, _cx: &SentenceCtx<'_>, _out: &mut Output) {}
}

/// A set of rules of one [`RuleSet`], by index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RuleMask(u32);

impl RuleMask {
    /// The set holding only rule `index`.
    pub fn single(index: usize) -> Self {
        RuleMask(1 << index)
    }

    /// True when no rule is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The rule indexes, in order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..32).filter(move |i| self.0 & (1 << i) != 0)
    }
}

/// Lexical facts about a sentence that rules gate on, read in the same scan as the cues.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    /// The hedge words ([`lexicon::HEDGES`]) it holds: a draft, a proposal, a recommendation.
    pub hedges: Hedges,
    /// The negations ([`lexicon::NEGATIONS`]) that may state a zero.
    pub negations: Negations,
    /// A number word as a whole word ("twelve").
    pub number_word: bool,
    /// A word some time expression without a year needs ([`crate::temporal::lexicon::RELATIVE_CUES`]).
    pub relative_time: bool,
    /// Digits that could be a count: other than a bare year ([`has_count_digits`]).
    pub count_digits: bool,
}

crate::lazy_cues!(NEGATION_CUES, lexicon::NEGATIONS);

/// Which of the [`lexicon::NEGATIONS`] a sentence holds, a bit each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Negations(u16);

const _: () = assert!(lexicon::NEGATIONS.len() <= 16, "one bit per negation");

impl Negations {
    fn insert(&mut self, index: u8) {
        self.0 |= 1 << index;
    }

    /// The negations of `text`, as the paragraph scan finds them.
    pub fn of(text: &str) -> Self {
        let mut found = Negations::default();
        NEGATION_CUES.scan(text, |cue, _| {
            found.insert(cue as u8);
            true
        });
        found
    }

    /// True when any negation is present.
    pub fn any(self) -> bool {
        self.0 != 0
    }

    /// True when the negation `word` (an entry of [`lexicon::NEGATIONS`]) is present.
    pub fn has(self, word: &str) -> bool {
        lexicon::NEGATIONS
            .iter()
            .position(|n| *n == word)
            .is_some_and(|i| self.0 & (1 << i) != 0)
    }
}

crate::lazy_cues!(HEDGE_CUES, lexicon::HEDGES);

/// Which of the [`lexicon::HEDGES`] a sentence holds, a bit each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hedges(u16);

const _: () = assert!(lexicon::HEDGES.len() <= 16, "one bit per hedge");

impl Hedges {
    fn insert(&mut self, index: u8) {
        self.0 |= 1 << index;
    }

    /// The hedges of `text`, as the paragraph scan finds them.
    pub fn of(text: &str) -> Self {
        let mut found = Hedges::default();
        HEDGE_CUES.scan(text, |cue, _| {
            found.insert(cue as u8);
            true
        });
        found
    }

    /// True when any hedge is present.
    pub fn any(self) -> bool {
        self.0 != 0
    }

    /// True when a hedge other than `words` (entries of [`lexicon::HEDGES`]) is present.
    pub fn any_besides(self, words: &[&str]) -> bool {
        lexicon::HEDGES
            .iter()
            .enumerate()
            .any(|(i, h)| self.0 & (1 << i) != 0 && !words.contains(h))
    }
}

/// What a sentence triggers: the rules to run and its marks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Triggered {
    /// The rules whose cue groups are all present.
    pub rules: RuleMask,
    /// Its lexical marks.
    pub marks: Marks,
}

/// What finding a cue tells.
#[derive(Debug, Clone, Copy)]
enum CueOwner {
    /// A cue group of a rule (rule index, group bit).
    Group(usize, u8),
    /// As `Group`, for a cue that counts only as a whole word.
    WholeWordGroup(usize, u8),
    /// A hedge word: its index in [`lexicon::HEDGES`].
    Hedge(u8),
    /// A negation: its index in [`lexicon::NEGATIONS`].
    Negation(u8),
    /// A number word (counts only as a whole word).
    NumberWord,
    /// A word of a time expression without a year.
    RelativeTime,
    /// Word `1` of the paragraph words of the rule with paragraph words number `0`.
    ParagraphWord(usize, usize),
}

/// Whole-word occurrences `(start, end, word index)` in a paragraph's normalized text,
/// leftmost-longest, of the [`Rule::paragraph_words`] of the rule named first.
pub type ParagraphWords = (&'static str, Vec<(usize, usize, usize)>);

/// What one scan of a paragraph tells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BlockScan {
    /// For each sentence: the rules it triggers and its marks.
    pub sentences: Vec<Triggered>,
    /// For each rule with [`Rule::paragraph_words`], in rule order: their occurrences.
    pub words: Vec<ParagraphWords>,
}

/// Most rules a set can hold (one bit each in a [`RuleMask`]).
const MAX_RULES: usize = 32;
/// Paragraphs shorter than this are walked in one piece.
const MIN_SPLIT_BYTES: usize = 128;

/// Where one walk of [`RuleSet::scan_block`] stands: its next sentence, the
/// sentence it stops before, where its text starts, and what its sentence has shown so far.
struct Cursor {
    si: usize,
    until: usize,
    offset: usize,
    seen: [u8; MAX_RULES],
    marks: Marks,
}

impl Cursor {
    fn new(si: usize, until: usize, offset: usize) -> Self {
        Cursor {
            si,
            until,
            offset,
            seen: [0; MAX_RULES],
            marks: Marks::default(),
        }
    }
}

/// Most cue groups a rule can declare (one bit each).
const MAX_GROUPS: usize = 8;

/// The rules in force and the automaton that decides which run on a sentence.
pub struct RuleSet {
    rules: Vec<Box<dyn Rule>>,
    cues: Cues,
    /// For each cue: what finding it tells.
    owners: Vec<Vec<CueOwner>>,
    /// (rule index, group bit) of every group that a digit satisfies.
    digit_groups: Vec<(usize, u8)>,
    /// For each rule: the group bits that must all be seen.
    complete: Vec<u8>,
    /// The names of the rules with paragraph words, in rule order.
    word_readers: Vec<&'static str>,
}

impl RuleSet {
    /// Every rule of this crate, in the order they run.
    pub fn standard() -> Self {
        RuleSet::new(vec![
            Box::new(treaty::TreatyRule),
            Box::new(law::LawRule),
            Box::new(amendment::AmendmentRule),
            Box::new(criminalization::CriminalizationRule),
            Box::new(provision::ProvisionRule),
            Box::new(tier::TierRule),
            Box::new(index_score::IndexScoreRule),
            Box::new(compliance::ComplianceRule),
            Box::new(profile::ProfileRule),
            Box::new(commitment::CommitmentRule),
            Box::new(statistic::StatisticRule),
        ])
    }

    /// A rule set of the given rules (at most 32, each with at most 8 cue groups).
    pub fn new(rules: Vec<Box<dyn Rule>>) -> Self {
        assert!(rules.len() <= MAX_RULES, "too many rules");
        let mut cues: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<CueOwner>> = Vec::new();
        let mut add = |cue: &str, owner: CueOwner| {
            let cue = cue.to_ascii_lowercase();
            match cues.iter().position(|c| *c == cue) {
                Some(i) => owners[i].push(owner),
                None => {
                    cues.push(cue);
                    owners.push(vec![owner]);
                }
            }
        };
        let mut digit_groups = Vec::new();
        let mut complete = Vec::new();
        for (ri, rule) in rules.iter().enumerate() {
            let groups = rule.cues();
            assert!(
                groups.len() <= MAX_GROUPS,
                "rule {} has too many cue groups",
                rule.name()
            );
            complete.push(((1u16 << groups.len()) - 1) as u8);
            for (gi, group) in groups.iter().enumerate() {
                let bit = 1u8 << gi;
                for cue in *group {
                    if *cue == DIGIT_CUE {
                        digit_groups.push((ri, bit));
                    } else if let Some(word) = cue.strip_suffix(WHOLE_WORD) {
                        add(word, CueOwner::WholeWordGroup(ri, bit));
                    } else {
                        add(cue, CueOwner::Group(ri, bit));
                    }
                }
            }
        }
        let mut word_readers = Vec::new();
        for rule in &rules {
            let words = rule.paragraph_words();
            if !words.is_empty() {
                for (wi, word) in words.iter().enumerate() {
                    add(word, CueOwner::ParagraphWord(word_readers.len(), wi));
                }
                word_readers.push(rule.name());
            }
        }
        for (i, cue) in lexicon::HEDGES.iter().enumerate() {
            add(cue, CueOwner::Hedge(i as u8));
        }
        for (i, cue) in lexicon::NEGATIONS.iter().enumerate() {
            add(cue, CueOwner::Negation(i as u8));
        }
        for (word, _) in crate::quantity::lexicon::NUMBER_WORDS {
            add(word, CueOwner::NumberWord);
        }
        for cue in crate::temporal::lexicon::RELATIVE_CUES {
            add(cue, CueOwner::RelativeTime);
        }
        let cues = Cues::new(&cues.iter().map(String::as_str).collect::<Vec<_>>());
        RuleSet {
            rules,
            cues,
            owners,
            digit_groups,
            complete,
            word_readers,
        }
    }

    /// The rules, in order.
    pub fn rules(&self) -> impl Iterator<Item = &dyn Rule> {
        self.rules.iter().map(|r| r.as_ref())
    }

    /// The rules whose cue groups are all present in `text`.
    pub fn triggered(&self, text: &str) -> RuleMask {
        let whole = 0..text.len();
        self.triggered_in_block(text, std::slice::from_ref(&whole))[0].rules
    }

    /// The rules each sentence of a block triggers, and its marks, from one scan
    /// of the block's text. `sentences` are the sentences' ranges in `text`, in order.
    pub fn triggered_in_block(
        &self,
        text: &str,
        sentences: &[std::ops::Range<usize>],
    ) -> Vec<Triggered> {
        self.scan_block(text, sentences).sentences
    }

    /// As [`RuleSet::triggered_in_block`], with the rules' paragraph words found in the same scan.
    pub fn scan_block(&self, text: &str, sentences: &[std::ops::Range<usize>]) -> BlockScan {
        let mut scan = BlockScan::default();
        self.scan_block_into(text, sentences, &mut scan);
        scan
    }

    /// As [`RuleSet::scan_block`], into `scan`, whose buffers are reused.
    pub fn scan_block_into(
        &self,
        text: &str,
        sentences: &[std::ops::Range<usize>],
        scan: &mut BlockScan,
    ) {
        let b = text.as_bytes();
        let BlockScan {
            sentences: out,
            words,
        } = scan;
        out.clear();
        out.resize(sentences.len(), Triggered::default());
        if words.len() != self.word_readers.len() {
            *words = self
                .word_readers
                .iter()
                .map(|name| (*name, Vec::new()))
                .collect();
        }
        for ((name, found), reader) in words.iter_mut().zip(&self.word_readers) {
            *name = reader;
            found.clear();
        }
        let finish = |c: &mut Cursor, out: &mut [Triggered]| {
            let sentence = &text[sentences[c.si].clone()];
            if let Some(first) = crate::pattern::next_digit(sentence.as_bytes(), 0) {
                for &(ri, bit) in &self.digit_groups {
                    c.seen[ri] |= bit;
                }
                c.marks.count_digits = has_count_digits(&sentence[first..]);
            }
            let mut mask = 0;
            for (ri, &need) in self.complete.iter().enumerate() {
                if need != 0 && c.seen[ri] == need {
                    mask |= 1 << ri;
                }
            }
            out[c.si] = Triggered {
                rules: RuleMask(mask),
                marks: c.marks,
            };
            c.seen = [0; MAX_RULES];
            c.marks = Marks::default();
            c.si += 1;
        };
        let on_cue = |c: &mut Cursor,
                      out: &mut [Triggered],
                      words: &mut [ParagraphWords],
                      cue: usize,
                      end: usize| {
            let end = c.offset + end;
            let start = end - self.cues.len_of(cue);
            while c.si < c.until && sentences[c.si].end < end {
                finish(c, out);
            }
            if c.si == c.until {
                return false;
            }
            if start >= sentences[c.si].start {
                for owner in &self.owners[cue] {
                    match *owner {
                        CueOwner::Group(ri, bit) => c.seen[ri] |= bit,
                        CueOwner::WholeWordGroup(ri, bit) => {
                            if ends_word(b, end) {
                                c.seen[ri] |= bit;
                            }
                        }
                        CueOwner::Hedge(i) => c.marks.hedges.insert(i),
                        CueOwner::Negation(i) => c.marks.negations.insert(i),
                        CueOwner::RelativeTime => c.marks.relative_time = true,
                        CueOwner::NumberWord => {
                            c.marks.number_word |= ends_word(b, end);
                        }
                        CueOwner::ParagraphWord(reader, word) => {
                            if ends_word(b, end) {
                                words[reader].1.push((start, end, word));
                            }
                        }
                    }
                }
            }
            true
        };
        // A cue never spans two sentences, so a long paragraph is walked as two halves
        // split at a sentence start, in step (see `Cues::scan_pair`).
        let mid = sentences
            .iter()
            .position(|r| r.start >= text.len() / 2)
            .unwrap_or(sentences.len());
        let mut cursors = if text.len() >= MIN_SPLIT_BYTES && mid > 0 && mid < sentences.len() {
            let split = sentences[mid].start;
            let mut cursors = [
                Cursor::new(0, mid, 0),
                Cursor::new(mid, sentences.len(), split),
            ];
            self.cues
                .scan_pair([&text[..split], &text[split..]], |which, cue, end| {
                    on_cue(&mut cursors[which], out, words, cue, end)
                });
            cursors
        } else {
            let mut cursor = Cursor::new(0, sentences.len(), 0);
            self.cues
                .scan(text, |cue, end| on_cue(&mut cursor, out, words, cue, end));
            [cursor, Cursor::new(0, 0, 0)]
        };
        for c in &mut cursors {
            while c.si < c.until {
                finish(c, out);
            }
        }
        for (_, found) in words.iter_mut() {
            *found = crate::pattern::leftmost_longest(std::mem::take(found));
        }
    }

    /// Runs the triggered rules on one sentence.
    pub fn apply(&self, cx: &SentenceCtx<'_>, discourse: &mut Discourse, out: &mut Output) {
        let rules = self.triggered(cx.text);
        self.apply_rules(rules, cx, discourse, out);
    }

    /// Runs the given rules (from [`RuleSet::triggered_in_block`]) on one sentence.
    pub fn apply_rules(
        &self,
        rules: RuleMask,
        cx: &SentenceCtx<'_>,
        discourse: &mut Discourse,
        out: &mut Output,
    ) {
        for ri in rules.iter() {
            self.rules[ri].apply(cx, discourse, out);
        }
    }

    /// Applies [`Rule::apply_presupposed`] of each rule in `rules` to one sentence.
    pub fn apply_presupposed(&self, rules: RuleMask, cx: &SentenceCtx<'_>, out: &mut Output) {
        for ri in rules.iter() {
            self.rules[ri].apply_presupposed(cx, out);
        }
    }
}

impl Default for RuleSet {
    fn default() -> Self {
        RuleSet::standard()
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for per-rule tests: run one rule on one sentence.
    use super::*;
    use crate::temporal::Anchor;

    /// Runs `rule` on `text` (its cues must be present) and renders each event on a line.
    #[track_caller]
    pub fn run(rule: &dyn Rule, text: &str, anchor: Anchor) -> String {
        let cx = SentenceCtx::standalone(text, anchor);
        let mut out = Output::default();
        rule.apply(&cx, &mut Discourse::default(), &mut out);
        render(&out.events)
    }

    /// Runs `rule` on consecutive sentences of one paragraph.
    #[track_caller]
    pub fn run_paragraph(rule: &dyn Rule, sentences: &[&str], anchor: Anchor) -> String {
        let mut out = Output::default();
        let mut d = Discourse::default();
        for s in sentences {
            let cx = SentenceCtx::new(s, crate::span::Span::new(0, s.len()), anchor, sentences);
            rule.apply(&cx, &mut d, &mut out);
        }
        render(&out.events)
    }

    /// The facts of one kind extracted from a whole text.
    pub fn facts_of_kind(text: &str, kind: crate::event::EventKind) -> Vec<String> {
        crate::extract(text)
            .events
            .iter()
            .filter(|e| e.kind() == kind)
            .map(|e| e.fact.to_string())
            .collect()
    }

    /// The facts of one kind extracted from a whole text, each after its year (0 when undated).
    pub fn dated_facts_of_kind(text: &str, kind: crate::event::EventKind) -> Vec<String> {
        crate::extract(text)
            .events
            .iter()
            .filter(|e| e.kind() == kind)
            .map(|e| format!("{} {}", e.date.map_or(0, |d| d.year), e.fact))
            .collect()
    }

    pub fn render(events: &[Event]) -> String {
        events
            .iter()
            .map(|e| {
                let date = e.date.map_or("undated".to_string(), |d| d.to_string());
                let inf = if e.inferred { " (inferred)" } else { "" };
                format!("{date} {}: {}{inf}", e.kind(), e.fact)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn wiki() -> Anchor {
        Anchor::default()
    }

    pub fn report(year: i32) -> Anchor {
        Anchor {
            report_year: Some(year),
            ..Anchor::default()
        }
    }

    pub fn lead(year: i32) -> Anchor {
        Anchor {
            lead_in: Some(year),
            ..Anchor::default()
        }
    }

    pub fn section(year: i32) -> Anchor {
        Anchor {
            section_year: Some(year),
            ..Anchor::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_cues_keep_the_narrow_table() {
        // Past 65,536 transitions the paragraph automaton takes `u32` ids: correct, but about
        // 1% slower over the corpus. Merge cues (one "fiscal" for every "... fiscal year")
        // before adding more.
        assert!(RuleSet::standard().cues.has_narrow_ids());
    }

    #[test]
    fn the_paragraph_scan_marks_each_sentence() {
        let set = RuleSet::standard();
        let text = "A draft law was proposed. It did not prosecute anyone. Twelve were trained. Someone often came. \
                    Spending grew at the casino. It cannot say.";
        let ranges = [0..25, 26..54, 55..73, 74..94, 95..123, 124..136];
        let marks: Vec<Marks> = set
            .triggered_in_block(text, &ranges)
            .into_iter()
            .map(|t| t.marks)
            .collect();
        let m = |hedge, negation, number_word| Marks {
            hedges: Hedges::of(hedge),
            negations: Negations::of(negation),
            number_word,
            relative_time: false,
            count_digits: false,
        };
        assert_eq!(
            marks,
            vec![
                m("A draft law was proposed.", "", false),
                m("", "not ", false),
                m("", "", true),
                m("", "", false),
                // Cues start words: "pending" is not in "spending", "no" not in "casino".
                m("", "", false),
                m("", "cannot ", false),
            ]
        );
        // Each hedge is told apart: statistics read past "draft" and "pending" alone.
        let status = Hedges::of("A draft law is pending.");
        assert!(status.any() && !status.any_besides(lexicon::STATUS_HEDGES));
        assert!(Hedges::of("The draft would pass.").any_besides(lexicon::STATUS_HEDGES));
        // The same marks as a sentence read on its own.
        for (r, mark) in ranges.iter().zip(&marks) {
            let cx = SentenceCtx::standalone(&text[r.clone()], crate::temporal::Anchor::default());
            assert_eq!(
                (cx.hedges(), cx.negations(), cx.has_number_word()),
                (mark.hedges, mark.negations, mark.number_word)
            );
            assert_eq!(cx.has_count_digits(), mark.count_digits);
        }
    }

    #[test]
    fn a_long_paragraph_walked_in_halves_marks_as_its_sentences_alone() {
        let set = RuleSet::standard();
        let pieces = [
            "A draft law was proposed in 2019.",
            "It did not prosecute anyone.",
            "Twelve officials were trained.",
            "The country was placed on Tier 2 Watch List.",
            "It remained a source and destination country for men.",
            "In the reporting period, 45 victims were identified.",
            "Spending grew at the casino.",
            "It cannot say.",
        ];
        let mut text = String::new();
        let mut ranges = Vec::new();
        for p in pieces.iter().cycle().take(24) {
            if !text.is_empty() {
                text.push(' ');
            }
            ranges.push(text.len()..text.len() + p.len());
            text.push_str(p);
        }
        assert!(text.len() >= MIN_SPLIT_BYTES);
        let whole = set.triggered_in_block(&text, &ranges);
        for (r, found) in ranges.iter().zip(&whole) {
            let alone = &text[r.clone()];
            assert_eq!(
                *found,
                set.triggered_in_block(alone, std::slice::from_ref(&(0..alone.len())))[0],
                "{alone}"
            );
        }
    }

    #[test]
    fn the_paragraph_scan_finds_paragraph_words_as_a_word_set_does() {
        let set = RuleSet::standard();
        let profile = set
            .rules()
            .find(|r| r.name() == "profile")
            .expect("profile rule");
        let forms = crate::pattern::WordSet::new(profile.paragraph_words(), true);
        let pieces = [
            "Victims are subjected to forced labor and sex trafficking.",
            "Forced laborers and forced-labour camps exist.",
            "Men face Forced Labor in construction, women domestic servitude.",
            "Nothing here.",
        ];
        for n in [1, 4, 12] {
            let mut text = String::new();
            let mut ranges = Vec::new();
            for p in pieces.iter().cycle().take(n) {
                if !text.is_empty() {
                    text.push(' ');
                }
                ranges.push(text.len()..text.len() + p.len());
                text.push_str(p);
            }
            let scan = set.scan_block(&text, &ranges);
            let by_sentence: Vec<(usize, usize, usize)> = ranges
                .iter()
                .flat_map(|r| {
                    forms
                        .find(&text[r.clone()])
                        .map(|(s, e, i)| (r.start + s, r.start + e, i))
                        .collect::<Vec<_>>()
                })
                .collect();
            assert!(!by_sentence.is_empty());
            assert_eq!(scan.words, vec![("profile", by_sentence)], "{n} sentences");
        }
    }

    #[test]
    fn the_paragraph_scan_marks_count_digits_but_not_bare_years() {
        let set = RuleSet::standard();
        let text = "In 2019 it grew. It found 12 victims. Article 2019a.";
        let counts: Vec<bool> = set
            .triggered_in_block(text, &[0..16, 17..37, 38..52])
            .into_iter()
            .map(|t| t.marks.count_digits)
            .collect();
        assert_eq!(counts, [false, true, false]);
    }

    #[test]
    fn sentences_without_the_number_word_mark_have_no_number_words() {
        // Numbers are read without their words when the scan saw no number word:
        // the mark must be set wherever the number scanner would find one.
        let set = RuleSet::standard();
        let text = "Police identified twenty-five victims. TWO cases. Someone said none; \
                    _one x. Three. It rose from 12 to fifteen. It found 40 victims, \
                    one-third minors. Hundreds of cases, eleven of them. No words here, 7 only.";
        let mut ranges = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c == '.' {
                ranges.push(start..i + 1);
                start = i + 2;
            }
        }
        let found = set.triggered_in_block(text, &ranges);
        let mut marked = 0;
        for (r, t) in ranges.iter().zip(&found) {
            let s = &text[r.clone()];
            marked += usize::from(t.marks.number_word);
            assert_eq!(
                crate::quantity::recognize::recognize_with(s, t.marks.number_word),
                crate::quantity::recognize(s),
                "{s}"
            );
        }
        assert!(marked >= 5 && marked < ranges.len(), "{marked}");
    }

    #[test]
    fn prefilter_runs_only_cued_rules() {
        let set = RuleSet::standard();
        let names = |t: &str| {
            set.triggered(t)
                .iter()
                .map(|i| set.rules[i].name())
                .collect::<Vec<_>>()
        };
        assert_eq!(names("The weather was fine."), Vec::<&str>::new());
        assert!(names("X was placed on Tier 2 in 2017.").contains(&"tier"));
        assert!(!names("The organised crime report noted kidnapping.").contains(&"index_score"));
        // An index named without a score runs the rule: it is remembered for a later score.
        assert!(names("The Organised Crime Index noted kidnapping.").contains(&"index_score"));
        assert!(names("The Index gave it 5 out of 10.").contains(&"index_score"));
        // A whole-word cue: "act" and "Act," but not "action" or "lawyers".
        assert!(names("The Act, adopted in 2010, applies.").contains(&"law"));
        assert!(names("The Trafficking Act was adopted.").contains(&"law"));
        assert!(!names("The action plan for 2010 was adopted by lawyers.").contains(&"law"));
    }
}
