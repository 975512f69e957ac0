//! Layer 4: event rules, one family per file, listed once in [`RuleSet::standard`].
//!
//! Each rule declares cue words; a sentence is scanned once for every cue
//! (one Aho-Corasick automaton) and only rules whose cues all occur run.

pub mod amendment;
pub mod commitment;
pub mod compliance;
pub mod context;
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
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// A cue that stands for "any ASCII digit" (checked with a byte scan, not the automaton).
pub const DIGIT_CUE: &str = "\u{0}digit";

/// State carried from sentence to sentence within one paragraph.
#[derive(Debug, Default, Clone)]
pub struct Discourse {
    /// The law or code and article last named ("Articles 165 and 206 of the
    /// criminal code"), for "The law prescribed penalties of ...".
    pub instrument: Option<(Option<String>, Option<String>)>,
    /// Forms of exploitation and destinations named in the paragraph, read once.
    pub profile: Option<(Vec<String>, Vec<String>)>,
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
    /// Cue groups (lowercase): the rule runs only on sentences containing at
    /// least one cue of every group.
    fn cues(&self) -> &'static [&'static [&'static str]];
    /// Reads one sentence.
    fn apply(&self, cx: &SentenceCtx<'_>, discourse: &mut Discourse, out: &mut Output);
}

/// The rules in force and the automaton that decides which run on a sentence.
pub struct RuleSet {
    rules: Vec<Box<dyn Rule>>,
    automaton: AhoCorasick,
    /// For each automaton pattern: the (rule index, group index) pairs it satisfies.
    owners: Vec<Vec<(usize, usize)>>,
    /// (rule index, group index) of every group that a digit satisfies.
    digit_groups: Vec<(usize, usize)>,
}

impl RuleSet {
    /// Every rule of this crate, in the order they run.
    pub fn standard() -> Self {
        RuleSet::new(vec![
            Box::new(treaty::TreatyRule),
            Box::new(law::LawRule),
            Box::new(amendment::AmendmentRule),
            Box::new(provision::ProvisionRule),
            Box::new(tier::TierRule),
            Box::new(index_score::IndexScoreRule),
            Box::new(compliance::ComplianceRule),
            Box::new(profile::ProfileRule),
            Box::new(commitment::CommitmentRule),
            Box::new(statistic::StatisticRule),
        ])
    }

    /// A rule set of the given rules.
    ///
    /// The automaton is searched without overlaps, so a cue that contains another
    /// cue ("adopted" contains "adopt") is dropped and its owners credited whenever
    /// the shorter cue is found: a rule may run more often, never less.
    pub fn new(rules: Vec<Box<dyn Rule>>) -> Self {
        let mut cues: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
        let mut digit_groups = Vec::new();
        for (ri, rule) in rules.iter().enumerate() {
            assert!(
                rule.cues().len() <= 8,
                "rule {} has too many cue groups",
                rule.name()
            );
            for (gi, group) in rule.cues().iter().enumerate() {
                for cue in *group {
                    if *cue == DIGIT_CUE {
                        digit_groups.push((ri, gi));
                        continue;
                    }
                    let cue = cue.to_ascii_lowercase();
                    match cues.iter_mut().find(|(c, _)| *c == cue) {
                        Some((_, owners)) => owners.push((ri, gi)),
                        None => cues.push((cue, vec![(ri, gi)])),
                    }
                }
            }
        }
        let mut kept: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
        for (cue, owners) in &cues {
            if !cues
                .iter()
                .any(|(other, _)| other != cue && cue.contains(other.as_str()))
            {
                kept.push((cue.clone(), owners.clone()));
            }
        }
        for (cue, owners) in &cues {
            for (k, kept_owners) in kept.iter_mut() {
                if k != cue && cue.contains(k.as_str()) {
                    kept_owners.extend(owners.iter().copied());
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(kept.iter().map(|(c, _)| c.as_str()))
            .expect("cue automaton");
        let owners = kept.into_iter().map(|(_, o)| o).collect();
        RuleSet {
            rules,
            automaton,
            owners,
            digit_groups,
        }
    }

    /// The rules, in order.
    pub fn rules(&self) -> impl Iterator<Item = &dyn Rule> {
        self.rules.iter().map(|r| r.as_ref())
    }

    /// Indexes of the rules whose cue groups are all present in `text`.
    pub fn triggered(&self, text: &str) -> Vec<usize> {
        let mut seen = vec![0u8; self.rules.len()];
        if text.bytes().any(|b| b.is_ascii_digit()) {
            for &(ri, gi) in &self.digit_groups {
                seen[ri] |= 1 << gi;
            }
        }
        for m in self.automaton.find_iter(text) {
            for &(ri, gi) in &self.owners[m.pattern().as_usize()] {
                seen[ri] |= 1 << gi;
            }
        }
        (0..self.rules.len())
            .filter(|&ri| {
                let groups = self.rules[ri].cues().len();
                groups > 0 && u32::from(seen[ri]) == (1u32 << groups) - 1
            })
            .collect()
    }

    /// The rules each sentence of a block triggers, from one scan of the block's text.
    /// `sentences` are the sentences' ranges in `text`, in order.
    pub fn triggered_in_block(
        &self,
        text: &str,
        sentences: &[std::ops::Range<usize>],
    ) -> Vec<Vec<usize>> {
        let mut seen = vec![vec![0u8; self.rules.len()]; sentences.len()];
        for (si, r) in sentences.iter().enumerate() {
            if text.as_bytes()[r.clone()].iter().any(u8::is_ascii_digit) {
                for &(ri, gi) in &self.digit_groups {
                    seen[si][ri] |= 1 << gi;
                }
            }
        }
        let mut si = 0;
        for m in self.automaton.find_iter(text) {
            while si < sentences.len() && sentences[si].end <= m.start() {
                si += 1;
            }
            if si == sentences.len() {
                break;
            }
            if m.start() >= sentences[si].start && m.end() <= sentences[si].end {
                for &(ri, gi) in &self.owners[m.pattern().as_usize()] {
                    seen[si][ri] |= 1 << gi;
                }
            }
        }
        seen.into_iter()
            .map(|s| {
                (0..self.rules.len())
                    .filter(|&ri| {
                        let groups = self.rules[ri].cues().len();
                        groups > 0 && u32::from(s[ri]) == (1u32 << groups) - 1
                    })
                    .collect()
            })
            .collect()
    }

    /// Runs the triggered rules on one sentence.
    pub fn apply(&self, cx: &SentenceCtx<'_>, discourse: &mut Discourse, out: &mut Output) {
        let rules = self.triggered(cx.text);
        self.apply_rules(&rules, cx, discourse, out);
    }

    /// Runs the given rules (indexes from [`RuleSet::triggered_in_block`]) on one sentence.
    pub fn apply_rules(
        &self,
        rules: &[usize],
        cx: &SentenceCtx<'_>,
        discourse: &mut Discourse,
        out: &mut Output,
    ) {
        for &ri in rules {
            self.rules[ri].apply(cx, discourse, out);
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
    fn prefilter_runs_only_cued_rules() {
        let set = RuleSet::standard();
        let names = |t: &str| {
            set.triggered(t)
                .into_iter()
                .map(|i| set.rules[i].name())
                .collect::<Vec<_>>()
        };
        assert_eq!(names("The weather was fine."), Vec::<&str>::new());
        assert!(names("X was placed on Tier 2 in 2017.").contains(&"tier"));
        assert!(!names("The Organised Crime Index noted kidnapping.").contains(&"index_score"));
        assert!(names("The Index gave it 5 out of 10.").contains(&"index_score"));
    }
}
