//! Counts of one told by "first": "achieved its first trafficking conviction", "completion
//! of its first prosecution",
//! "investigated and prosecuted its first case", "convicted its first trafficker", "identified
//! the first trafficking victim since 2015". The count is inferred from the word; "its first convictions" tells none.
//! A first is among the counts stated for its year and joins them; alone it counts nothing
//! (see [`super::FIRST_RULE`]).

use super::verbs::{verb_metrics, VERB};
use super::{push_inferred, trim_word, Found};
use crate::event::Metric;
use crate::lazy_regex;
use crate::quantity::Quantity;
use crate::rules::context::{clause, SentenceCtx};
use crate::rules::lexicon::{is_enforcement_metric, is_victim_metric, TRAFFICKING_KINDS};
use crate::temporal::PartialDate;

/// Verbs that get or open the act their noun names ("secured its first conviction").
const GETS_FIRST: &str = r"(?:achiev|obtain|secur|record|initiat|institut|launch|open|fil|complet|conclud|finaliz|mark)\w*(?:\s+of)?";

// The verbs, the determiner, "first" and the noun, with the modifiers reports put between.
lazy_regex!(
    FIRST_ONE,
    format!(
        r"(?i)\b(?P<verbs>(?:{VERB}|{GETS_FIRST})(?:\s*,\s*(?:and\s+)?{VERB}|\s+(?:and|or)\s+{VERB})*)\s+(?:its|their|the\s+country's|the\s+government's|the)\s+(?:very\s+)?first(?:[\s-]+ever)?\s+(?:successful\s+)?(?P<kinds>(?:(?:human|child|sex|labor|labour|forced[\s-]labor|trafficking|trafficking-related|anti-trafficking)\s+){{0,3}})(?P<noun>conviction|prosecution|investigation|case|victim|trafficker|offender|suspect|defendant|perpetrator)\b"
    )
);

/// The metrics a first of `noun` counts one of: the noun's own act, or for a case, a person
/// or a victim the acts its verbs name.
fn metrics_of(verbs: &str, noun: &str) -> Vec<Metric> {
    match noun.to_ascii_lowercase().as_str() {
        "conviction" => vec![Metric::Convictions],
        "prosecution" => vec![Metric::Prosecutions],
        "investigation" => vec![Metric::Investigations],
        // "convicted its first trafficker": a person, counted by the verb's act.
        "case" | "trafficker" | "offender" | "suspect" | "defendant" | "perpetrator" => {
            verb_metrics(verbs)
                .into_iter()
                .filter(|&m| is_enforcement_metric(m))
                .collect()
        }
        _ => verb_metrics(verbs)
            .into_iter()
            .filter(|&m| is_victim_metric(m))
            .collect(),
    }
}

/// Whether a first case or victim is the first of one kind of trafficking ("its first labor
/// trafficking case", "the first case of domestic servitude"): others may have come before.
fn of_one_kind(kinds: &str, after: &str) -> bool {
    let kind_word = |w: &str| TRAFFICKING_KINDS.iter().any(|k| w.eq_ignore_ascii_case(k));
    let mut after = after.split_whitespace();
    kinds.split_whitespace().any(kind_word)
        || (after.next() == Some("of") && after.next().map(trim_word).is_some_and(kind_word))
}

/// Pushes a count of one, inferred, for each first the sentence tells, under `rule`
/// ([`super::FIRST_RULE`]).
pub(super) fn firsts(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found) {
    crate::lazy_finder!(FIRST, "first");
    if FIRST.find(cx.text.as_bytes()).is_none() {
        return;
    }
    let text = cx.text;
    for c in FIRST_ONE.captures_iter(text) {
        let m = c.get(0).expect("group 0");
        // Dated by a date before it or in its own phrase ("in late 2008"), else the
        // reporting period: a date further on is another clause's.
        let (_, ce) = clause(text, m.start());
        let rest = &text[m.end()..ce.max(m.end())];
        let phrase_end = m.end()
            + [rest.find(','), crate::pattern::find_ci(rest, " and ", 0)]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(rest.len());
        let dated = cx
            .times()
            .iter()
            .any(|t| t.end <= m.start() || (t.start >= m.end() && t.start < phrase_end));
        let date = match dated {
            true => cx.activity_date(m.start(), phrase_end).point(),
            false => cx.anchor.activity_year().map(PartialDate::year),
        };
        if !c["noun"].eq_ignore_ascii_case("conviction")
            && of_one_kind(&c["kinds"], &text[m.end()..])
        {
            continue;
        }
        for metric in metrics_of(&c["verbs"], &c["noun"]) {
            push_inferred(
                cx,
                rule,
                out,
                metric,
                Quantity::exact(1),
                None,
                m.start(),
                date,
            );
        }
    }
}
