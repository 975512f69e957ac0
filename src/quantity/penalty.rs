//! Penalties: prison terms in years ("four to 25 years", "six months to 20
//! years", "up to 15 years", "at least 5 years"), months as fractions.

use super::recognize::{QuantityKind, QuantityMention, TimeUnit};
use super::Qualifier;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A prison term: `{"min_years": 4, "max_years": 25}`; either bound may be null.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Penalty {
    /// Shortest term in years (months as fractions).
    #[serde(serialize_with = "crate::event::serialize_number")]
    pub min_years: Option<f64>,
    /// Longest term in years.
    #[serde(serialize_with = "crate::event::serialize_number")]
    pub max_years: Option<f64>,
}

impl fmt::Display for Penalty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = |v: Option<f64>| v.map_or("?".to_string(), |v| format!("{v}"));
        write!(f, "{}..={} years", n(self.min_years), n(self.max_years))
    }
}

fn years(v: u64, unit: TimeUnit) -> Option<f64> {
    years_of(v as f64, unit)
}

/// A term as written in years, to two decimals ("2.5 years", "18 months" = 1.5, "15 days" =
/// 0.04).
fn years_of(v: f64, unit: TimeUnit) -> Option<f64> {
    let v = match unit {
        TimeUnit::Years => v,
        TimeUnit::Months => v / 12.0,
        TimeUnit::Weeks => v / 52.0,
        TimeUnit::Days => v / 365.0,
        TimeUnit::Hours => return None,
    };
    Some((v * 100.0).round() / 100.0)
}

/// Verbs (stems) that change a penalty: a term after their "from" is the old one.
const CHANGE_VERBS: [&str; 10] = [
    "increas",
    "doubl",
    "tripl",
    "rais",
    "lower",
    "reduc",
    "extend",
    "lengthen",
    "toughen",
    "strengthen",
];

/// Words after a joined duration ("a six-year sentence") that make it a prison term.
const TERM_NOUNS: [&str; 12] = [
    "sentence",
    "sentences",
    "term",
    "terms",
    "minimum",
    "maximum",
    "prison",
    "imprisonment",
    "jail",
    "penalty",
    "penalties",
    "custodial",
];

/// Words after a duration that make it something other than a prison term.
const NOT_A_TERM: [&str; 7] = [
    "later",
    "earlier",
    "ago",
    "old",
    "afterwards",
    "prior",
    "before",
];

/// Whether the words before a term make it the condition of another penalty ("and a fine if
/// the imprisonment was less than 10 years").
fn term_as_condition(before: &str) -> bool {
    const SUBJECTS: [&str; 4] = ["imprisonment", "term", "sentence", "penalty"];
    let mut words = before.split_whitespace().rev();
    let Some(verb) = words.next() else {
        return false;
    };
    let verb = match verb {
        "than" => words.nth(1).unwrap_or(""),
        _ => verb,
    };
    matches!(verb, "is" | "was" | "be" | "exceeds" | "exceeded")
        && words
            .next()
            .is_some_and(|w| SUBJECTS.iter().any(|s| w.eq_ignore_ascii_case(s)))
        && words.next() == Some("the")
        && words
            .next()
            .is_some_and(|w| matches!(w, "if" | "when" | "where" | "unless"))
}

/// The prison terms among the quantities of a sentence, in order ("ten years
/// to life" has no upper bound).
pub fn penalties(text: &str, mentions: &[QuantityMention]) -> Vec<Penalty> {
    let mut out = Vec::new();
    // The bound named before a change's "from" ("increased the minimum penalty from one
    // year to two years"), for the term after its "to".
    let mut changed_to: Option<Option<Bound>> = None;
    // Where the last term ends when it set a minimum only, or a maximum only.
    let mut open_minimum: Option<usize> = None;
    let mut open_maximum: Option<usize> = None;
    // The next term is the new value of a change that is no term.
    let mut skip_new = false;
    for (i, m) in mentions.iter().enumerate() {
        let QuantityKind::Duration { unit, first_unit } = m.kind else {
            continue;
        };
        if std::mem::take(&mut skip_new) {
            continue;
        }
        // "raised the minimum penalty from three to five years": the old term told without
        // its unit, a count right before "to".
        let old_count_before = i.checked_sub(1).map(|j| mentions[j]).filter(|old| {
            old.kind == QuantityKind::Count
                && old.quantity.qualifier == Qualifier::Exact
                && text.get(old.end..m.start).is_some_and(|w| w.trim() == "to")
        });
        let old_count_from = old_count_before.and_then(|old| change_from(text, old.start));
        if old_count_from.is_some_and(|from| changes_no_term(&text[..from])) {
            continue;
        }
        let to_side = changed_to
            .take()
            .or_else(|| Some(bound_named_before(&text[..old_count_from?])));
        if let Some(from) = change_from(text, m.start) {
            // "extended the deadline for claiming compensation from three months to one
            // year": a change of something other than a term.
            if changes_no_term(&text[..from]) {
                let new_follows = mentions
                    .get(i + 1)
                    .is_some_and(|n| text.get(m.end..n.start).is_some_and(links_old_to_new));
                skip_new = new_follows;
                continue;
            }
            let bound = bound_named_before(&text[..from]);
            // "from one year's imprisonment to two years'": the old term, then the new one.
            let new_follows = mentions.get(i + 1).is_some_and(|n| {
                matches!(n.kind, QuantityKind::Duration { .. })
                    && text.get(m.end..n.start).is_some_and(links_old_to_new)
            });
            if new_follows && m.quantity.qualifier != Qualifier::Range {
                changed_to = Some(bound);
                continue;
            }
            // "from five years to ten years" read as one range: its end is the new term.
            if m.quantity.qualifier == Qualifier::Range {
                if let Some(v) = m.quantity.max.and(years_of(m.last_value, unit)) {
                    out.push(bounded(Some(v), bound));
                }
                continue;
            }
        }
        // "the first convictions in five years", "within two years": a time, not a term;
        // "a child, under 18 years", "aged 12 years": an age.
        let first_word = text[m.start..].split_whitespace().next().unwrap_or("");
        let word_before = match ["under", "below"]
            .iter()
            .any(|w| first_word.eq_ignore_ascii_case(w))
        {
            true => first_word,
            false => text[..m.start].split_whitespace().next_back().unwrap_or(""),
        };
        if ["in", "within", "under", "below", "aged"]
            .iter()
            .any(|w| word_before.eq_ignore_ascii_case(w))
        {
            continue;
        }
        // "an additional five years", "five years would be added", "increased penalties by
        // two to six years": an increase, not a term.
        let increased_by = word_before.eq_ignore_ascii_case("by") && {
            let clause = crate::pattern::tail(&text[..m.start], 100);
            CHANGE_VERBS
                .iter()
                .any(|v| crate::pattern::contains_ci(clause, v))
        };
        if ["additional", "extra", "further"]
            .iter()
            .any(|w| word_before.eq_ignore_ascii_case(w))
            || increased_by
            || added_after(&text[m.end..])
            || term_as_condition(&text[..m.start])
        {
            continue;
        }
        // "Two years later", "five years ago", "12 years old": a time or an age, not a term.
        let mut after = text[m.end..].split_whitespace();
        // "six-year minimum": the unit may be joined to the number.
        let mut next = after.next().unwrap_or("");
        let joined = next.starts_with('-');
        let trimmed = next.trim_start_matches('-');
        if ["year", "month"].iter().any(|u| {
            trimmed
                .get(..u.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(u))
        }) {
            next = after.next().unwrap_or("");
        } else {
            next = trimmed;
        }
        let next = next.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        if NOT_A_TERM.iter().any(|w| next.eq_ignore_ascii_case(w))
            || non_custodial(&text[..m.start], &text[m.end..])
        {
            continue;
        }
        // "Greece's seven-year economic crisis", "a five-year plan": a unit joined to the
        // number makes an adjective; only a word of punishment makes it a term.
        if joined && !TERM_NOUNS.iter().any(|w| next.eq_ignore_ascii_case(w)) {
            continue;
        }
        let bound_word = |w: &str| {
            if w.eq_ignore_ascii_case("minimum") {
                Some(Bound::Minimum)
            } else if w.eq_ignore_ascii_case("maximum") {
                Some(Bound::Maximum)
            } else {
                None
            }
        };
        // "a six-year minimum sentence", "a minimum five-year prison term".
        let bound_after = bound_word(next).or_else(|| {
            joined
                .then(|| bound_word(text[..m.start].split_whitespace().next_back()?))
                .flatten()
        });
        let q = m.quantity;
        // "between seven years and life": a range open above, as "seven years to life".
        let between = text[..m.start]
            .trim_end()
            .to_ascii_lowercase()
            .ends_with("between")
            || text[m.start..]
                .get(..8)
                .is_some_and(|w| w.eq_ignore_ascii_case("between "));
        let to_life = text[m.end..]
            .to_ascii_lowercase()
            .split_once("life")
            .is_some_and(|(pre, _)| match pre.trim() {
                "years to" | "years' to" | "year to" | "years and up to" => true,
                "years and" | "years' and" => between,
                _ => false,
            });
        // "up to 15 or 20 years": two terms, the first told without its unit, both bounded alike.
        let alternative = i.checked_sub(1).map(|j| mentions[j]).filter(|a| {
            a.kind == QuantityKind::Count
                && matches!(q.qualifier, Qualifier::Exact)
                && text.get(a.end..m.start).is_some_and(|w| w.trim() == "or")
        });
        let q = match alternative {
            Some(a) => {
                let v = a
                    .quantity
                    .min
                    .or(a.quantity.max)
                    .and_then(|v| years(v, unit));
                let first = match a.quantity.qualifier {
                    Qualifier::AtMost | Qualifier::FewerThan => bounded(v, Some(Bound::Maximum)),
                    Qualifier::AtLeast | Qualifier::MoreThan => bounded(v, Some(Bound::Minimum)),
                    _ => bounded(v, None),
                };
                out.push(first);
                let v = q.min;
                match a.quantity.qualifier {
                    Qualifier::AtMost | Qualifier::FewerThan => super::Quantity {
                        min: None,
                        max: v,
                        qualifier: Qualifier::AtMost,
                    },
                    Qualifier::AtLeast | Qualifier::MoreThan => super::Quantity {
                        min: v,
                        max: None,
                        qualifier: Qualifier::AtLeast,
                    },
                    _ => q,
                }
            }
            None => q,
        };
        // Terms as written ("two and a half to five years"): a range's two numbers, else its one.
        let p = match q.qualifier {
            Qualifier::Range => Penalty {
                min_years: q
                    .min
                    .and(years_of(m.first_value, first_unit.unwrap_or(unit))),
                max_years: q.max.and(years_of(m.last_value, unit)),
            },
            Qualifier::AtMost | Qualifier::FewerThan => Penalty {
                min_years: None,
                max_years: q.max.and(years_of(m.first_value, unit)),
            },
            Qualifier::AtLeast | Qualifier::MoreThan => Penalty {
                min_years: q.min.and(years_of(m.first_value, unit)),
                max_years: None,
            },
            Qualifier::Exact | Qualifier::Approximately => {
                let v = q.min.and(years_of(m.first_value, unit));
                let bound = to_side.unwrap_or_else(|| {
                    bound_after
                        .or_else(|| bound_named_before(&text[..m.start]))
                        .or_else(|| ends_range_from_no_term(&text[..m.start]))
                });
                if to_life || bound == Some(Bound::Minimum) {
                    Penalty {
                        min_years: v,
                        max_years: None,
                    }
                } else if bound == Some(Bound::Maximum) {
                    Penalty {
                        min_years: None,
                        max_years: v,
                    }
                } else {
                    Penalty {
                        min_years: v,
                        max_years: v,
                    }
                }
            }
        };
        if p.min_years.is_some() || p.max_years.is_some() {
            // "not less than five years' imprisonment and not more than 25 years'": one range.
            // "a maximum penalty of 14 years' imprisonment and a mandatory minimum penalty of
            // five years": the same, the other way round.
            match (out.last_mut(), open_minimum, open_maximum) {
                (Some(last), Some(end), _)
                    if p.min_years.is_none() && bounds_joined(&text[end..m.start]) =>
                {
                    last.max_years = p.max_years;
                }
                (Some(last), _, Some(end))
                    if p.max_years.is_none()
                        && p.min_years <= last.max_years
                        && minimum_joined_after(&text[end..m.end]) =>
                {
                    last.min_years = p.min_years;
                }
                _ => out.push(p),
            }
            open_minimum = (p.max_years.is_none()).then_some(m.end);
            open_maximum = (p.min_years.is_none()).then_some(m.end);
        }
    }
    out
}

/// Whether the words between a minimum term and a maximum one join them into one range.
/// "(years) would be added", "are added to the penalty": the words after a term that make it
/// an increase.
/// "house arrest for up to five years", "two years of probation": the term of a punishment
/// served outside prison, named in the term's phrase just before it or right after it.
fn non_custodial(before: &str, after: &str) -> bool {
    use super::lexicon::NON_CUSTODIAL;
    // "house arrest for up to five years", "for a period of": the punishment, then its "for".
    let near = crate::pattern::tail(before, 80);
    let for_term = near
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| w.eq_ignore_ascii_case("for"));
    let named_before = for_term && {
        let phrase_start = [",", ";", " or ", " and "]
            .iter()
            .filter_map(|p| near.rfind(p).map(|i| i + p.len()))
            .max()
            .unwrap_or(0);
        let phrase = &near[phrase_start..];
        NON_CUSTODIAL
            .iter()
            .any(|n| crate::pattern::contains_ci(phrase, n))
    };
    // Past the term's unit ("years of probation", "two-year probation").
    let after = after.trim_start().trim_start_matches('-');
    let after = match ["year", "month"]
        .iter()
        .any(|u| crate::pattern::starts_with_ci(after, u))
    {
        true => after.split_once(' ').map_or("", |(_, rest)| rest),
        false => after,
    };
    let after = after.trim_start_matches(['\'', ' ']);
    let after = after
        .get(..3)
        .filter(|w| w.eq_ignore_ascii_case("of "))
        .map_or(after, |_| &after[3..]);
    named_before
        || NON_CUSTODIAL
            .iter()
            .any(|n| crate::pattern::starts_with_ci(after, n))
}

fn added_after(rest: &str) -> bool {
    let mut words = rest.split_whitespace().skip(1).take(4);
    let auxiliary = words.next().is_some_and(|w| {
        ["would", "will", "is", "are", "shall", "may", "can"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
    });
    auxiliary && words.any(|w| w.eq_ignore_ascii_case("added"))
}

fn bounds_joined(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    words.len() <= 5
        && words
            .iter()
            .any(|w| ["and", "but", "to"].contains(&w.trim_end_matches(',')))
}

/// Whether the words after a maximum term, up to the end of the next, join that minimum to
/// it: "and" and "minimum" in a few words of one clause, telling of no other group ("for
/// children").
fn minimum_joined_after(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    words.len() <= 14
        && !between.contains([';', '(', ')'])
        && words.contains(&"and")
        && words.iter().any(|w| w.eq_ignore_ascii_case("minimum"))
        && !words.iter().any(|w| w.eq_ignore_ascii_case("for"))
}

/// A term of `v` years that is the bound named, or both bounds when none is.
fn bounded(v: Option<f64>, bound: Option<Bound>) -> Penalty {
    match bound {
        Some(Bound::Minimum) => Penalty {
            min_years: v,
            max_years: None,
        },
        Some(Bound::Maximum) => Penalty {
            min_years: None,
            max_years: v,
        },
        None => Penalty {
            min_years: v,
            max_years: v,
        },
    }
}

/// Words that may name the term between a change's "from" or "to" and the term itself ("from
/// a maximum prison term of three years, to a range of five to 10 years").
const TERM_NAMING_WORDS: [&str; 12] = [
    "a",
    "an",
    "the",
    "maximum",
    "minimum",
    "prison",
    "term",
    "sentence",
    "penalty",
    "range",
    "imprisonment",
    "of",
];

/// `before` without a phrase naming the term that ends it ("a maximum prison term of").
fn without_term_naming(before: &str) -> &str {
    if !before.ends_with(" of") {
        return before;
    }
    let mut rest = before;
    for _ in 0..6 {
        match rest.rsplit_once(' ') {
            Some((head, word))
                if TERM_NAMING_WORDS
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w)) =>
            {
                rest = head.trim_end();
            }
            _ => break,
        }
    }
    rest
}

/// Where "from" stands right before `start` when a change of a penalty is told before it
/// ("increased the minimum penalty from ...", "increased from a maximum prison term of ...").
fn change_from(text: &str, start: usize) -> Option<usize> {
    let before = without_term_naming(text[..start].trim_end());
    let from = before.len().checked_sub(4)?;
    let word = before.get(from..)?;
    if !word.eq_ignore_ascii_case("from") || !before[..from].ends_with(' ') {
        return None;
    }
    // "increased penalties, ranging from two to 10 years": a range's "from", not a change's.
    if super::recognize::ends_in_range_word(&before[..from]) {
        return None;
    }
    let clause = crate::pattern::tail(&text[..from], 100);
    CHANGE_VERBS
        .iter()
        .any(|v| crate::pattern::contains_ci(clause, v))
        .then_some(from)
}

/// Whether what a change before its "from" changes is no prison term: a deadline, a period
/// of reflection or residence, a statute of limitations, an age.
fn changes_no_term(before_from: &str) -> bool {
    use super::lexicon::{NOT_TERMS, TERM_WORDS};
    let clause = crate::pattern::tail(before_from, 100);
    let changed = CHANGE_VERBS
        .iter()
        .filter_map(|v| {
            let mut last = None;
            while let Some(at) = crate::pattern::find_ci(clause, v, last.map_or(0, |l| l + 1)) {
                last = Some(at);
            }
            last
        })
        .max()
        .map_or(clause, |at| &clause[at..]);
    let has = |words: &[&str]| {
        changed
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| words.iter().any(|n| w.eq_ignore_ascii_case(n)))
    };
    has(NOT_TERMS) && !has(TERM_WORDS)
}

/// Whether the words between an old term and a new one link them ("years' imprisonment to",
/// "years of imprisonment to", ", to a range of").
fn links_old_to_new(between: &str) -> bool {
    let between = without_term_naming(between.trim_end());
    let words: Vec<&str> = between.split_whitespace().collect();
    words.last().is_some_and(|w| w.eq_ignore_ascii_case("to")) && words.len() <= 4
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Minimum,
    Maximum,
}

/// "ranging from a fine to", "from community service to" right before a term: the term is
/// the maximum of a range whose lower end is no prison term.
fn ends_range_from_no_term(before: &str) -> Option<Bound> {
    let mut words = before.split_whitespace().rev();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("to")) {
        return None;
    }
    for word in words.take(4) {
        let number = super::lexicon::NUMBER_WORDS
            .iter()
            .any(|(w, _)| word.eq_ignore_ascii_case(w));
        if number || word.ends_with([',', ';', ':']) || word.contains(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        if word.eq_ignore_ascii_case("from") {
            return Some(Bound::Maximum);
        }
    }
    None
}

/// "a minimum penalty of", "the maximum penalty for trafficking to" shortly before a term,
/// in the same phrase: the term is one bound.
fn bound_named_before(before: &str) -> Option<Bound> {
    const PENALTY_NOUNS: [&str; 8] = [
        "penalty",
        "penalties",
        "sentence",
        "sentences",
        "term",
        "terms",
        "imprisonment",
        "punishment",
    ];
    const OTHER_PHRASE: [&str; 6] = ["from", "between", "and", "or", "than", "but"];
    let mut penalty_noun = false;
    let mut after: Option<&str> = None;
    // "the minimum penalty for sex trafficking involving a child was seven years"
    for raw in before.split_whitespace().rev().take(12) {
        if raw.ends_with([',', ';', ':']) {
            return None;
        }
        let word = raw.trim_matches(|c: char| !c.is_ascii_alphabetic());
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        let bound = if is("minimum") {
            Some(Bound::Minimum)
        } else if is("maximum") {
            Some(Bound::Maximum)
        } else {
            None
        };
        if bound.is_some() {
            return bound
                .filter(|_| penalty_noun || after.is_some_and(|a| a.eq_ignore_ascii_case("of")));
        }
        if OTHER_PHRASE.iter().any(|w| is(w)) {
            return None;
        }
        penalty_noun |= PENALTY_NOUNS.iter().any(|w| is(w));
        after = Some(word);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::recognize;

    fn show(text: &str) -> String {
        penalties(text, &recognize(text))
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn a_change_gives_its_new_term() {
        insta::assert_snapshot!(show("increased the minimum penalty for trafficking from one year's imprisonment to two years' imprisonment"), @"2..=? years");
        insta::assert_snapshot!(show("raised the maximum penalty from five years to ten years"), @"?..=10 years");
        // A change of something other than a term.
        insta::assert_snapshot!(show("extended the deadline for claiming compensation from three months to one year"), @"");
        insta::assert_snapshot!(show("extended the statute of limitations from five to 10 years"), @"");
        insta::assert_snapshot!(show("increased the reflection period from 30 days to six months, and set penalties of five years"), @"5..=5 years");
        insta::assert_snapshot!(show("extended the prison term for trafficking from five years to eight years"), @"8..=8 years");
        // The old term told without its unit.
        insta::assert_snapshot!(show("to increase the minimum penalty from three to five years"), @"5..=? years");
        insta::assert_snapshot!(show("raised the maximum penalty from 10 to 15 years"), @"?..=15 years");
        insta::assert_snapshot!(show("increased the penalty from 10 to 15 years"), @"15..=15 years");
        insta::assert_snapshot!(show("increased penalties from three to eight years' imprisonment"), @"8..=8 years");
        insta::assert_snapshot!(show("increased the maximum criminal penalty for trafficking offenses from eight years of imprisonment to 12 years"), @"?..=12 years");
        insta::assert_snapshot!(show("doubled prescribed maximum penalties for forced labor from three to six years' imprisonment"), @"?..=6 years");
        // The terms named by a phrase on either side of "to".
        insta::assert_snapshot!(show("penalties increased from a maximum prison term of three years, to a range of five to 10 years' imprisonment"), @"5..=10 years");
        // A range's "from" after a change word is no change.
        insta::assert_snapshot!(show("prescribes increased penalties, ranging from two to 10 years imprisonment"), @"2..=10 years");
        // No change: a range told with "from".
        insta::assert_snapshot!(show("penalties ranging from five to 10 years' imprisonment, from one year to two years"), @"5..=10 years | 1..=2 years");
    }

    #[test]
    fn alternative_terms_are_two() {
        insta::assert_snapshot!(show("penalties of up to 15 or 20 years imprisonment, based on the child's age"), @"?..=15 years | ?..=20 years");
        insta::assert_snapshot!(show("a sentence of 10 or 12 years"), @"10..=10 years | 12..=12 years");
        insta::assert_snapshot!(show("at least five or seven years' imprisonment"), @"5..=? years | 7..=? years");
    }

    #[test]
    fn a_minimum_and_a_maximum_joined_are_one_range() {
        insta::assert_snapshot!(show("not less than five years' imprisonment and not more than 25 years' imprisonment"), @"5..=25 years");
        insta::assert_snapshot!(show("a minimum of two years and a maximum of eight years"), @"2..=8 years");
        insta::assert_snapshot!(show("at least three years, but no more than 12 years"), @"3..=12 years");
        // Terms of two offences stay apart.
        insta::assert_snapshot!(show("at least five years for sex trafficking; up to 10 years for labor trafficking offenses"), @"5..=? years | ?..=10 years");
        // A maximum, then a minimum.
        insta::assert_snapshot!(show("a maximum penalty of 14 years imprisonment and a mandatory minimum penalty of imprisonment of 5 years"), @"5..=14 years");
        insta::assert_snapshot!(show("a maximum penalty of 10 years and a minimum of three years"), @"3..=10 years");
        // Not for another group, nor a minimum above the maximum.
        insta::assert_snapshot!(show("up to 10 years for adults and a minimum of 12 years for children"), @"?..=10 years | 12..=? years");
        insta::assert_snapshot!(show("a maximum of 10 years and a minimum of 12 years"), @"?..=10 years | 12..=? years");
    }

    #[test]
    fn a_term_after_a_character_of_two_bytes() {
        insta::assert_snapshot!(show("penalties rangingé to 25 years' imprisonment"), @"25..=25 years");
        insta::assert_snapshot!(show("raised it fromé five years to ten years"), @"5..=10 years");
    }

    #[test]
    fn a_term_served_outside_prison_is_no_prison_term() {
        insta::assert_snapshot!(show("house arrest for up to five years or five to eight years' imprisonment"), @"5..=8 years");
        insta::assert_snapshot!(show("up to three years' imprisonment or restriction of liberty for up to two years"), @"?..=3 years");
        insta::assert_snapshot!(show("two years of probation, or imprisonment of up to six years"), @"?..=6 years");
        insta::assert_snapshot!(show("deprivation of the right to hold certain positions for up to three years"), @"");
        insta::assert_snapshot!(show("up to 10 years in prison and probation"), @"?..=10 years");
        insta::assert_snapshot!(show("restriction of liberty for a period of up to three years"), @"");
        insta::assert_snapshot!(show("from house arrest to two years in prison"), @"?..=2 years");
    }

    #[test]
    fn terms_in_days_and_weeks_are_fractions_of_a_year() {
        insta::assert_snapshot!(show("penalties of six days to one month in prison"), @"0.02..=0.08 years");
        insta::assert_snapshot!(show("penalties of 15 days to six months in prison"), @"0.04..=0.5 years");
        insta::assert_snapshot!(show("between two weeks and three years of imprisonment"), @"0.04..=3 years");
        // Hours are community service, no term.
        insta::assert_snapshot!(show("from between 20 to 40 hours of community service"), @"");
    }

    #[test]
    fn a_range_from_a_fine_ends_at_its_term() {
        insta::assert_snapshot!(show("penalties ranging from a fine to five years' imprisonment"), @"?..=5 years");
        insta::assert_snapshot!(show("punishable by penalties from fines to three years of imprisonment"), @"?..=3 years");
        // An increase by some years is no term; a term "punishable by" is.
        insta::assert_snapshot!(show("increased prescribed penalties by two to six years"), @"");
        insta::assert_snapshot!(show("raised the penalty for trafficking by five years"), @"");
        insta::assert_snapshot!(show("punishable by five to 10 years"), @"5..=10 years");
        insta::assert_snapshot!(show("from community service to two years in prison"), @"?..=2 years");
        // A number on both ends is a range; a term with no "from" before it is exact.
        insta::assert_snapshot!(show("increased penalties from three to eight years"), @"8..=8 years");
        insta::assert_snapshot!(show("from one year to two years"), @"1..=2 years");
        insta::assert_snapshot!(show("sentenced to five years' imprisonment"), @"5..=5 years");
    }

    #[test]
    fn a_bound_named_after_its_term() {
        insta::assert_snapshot!(show("prescribed a six-year minimum sentence for forced labor and a 15-year maximum"), @"6..=? years | ?..=15 years");
    }

    #[test]
    fn a_range_with_a_suspended_hyphen() {
        insta::assert_snapshot!(show("slavery convictions carry three- to 12-year prison terms"), @"3..=12 years");
        insta::assert_snapshot!(show("prescribes five - to 10-year sentences"), @"5..=10 years");
        // Joined to no word of punishment, it is no term.
        insta::assert_snapshot!(show("a three- to five-year action plan"), @"");
        insta::assert_snapshot!(show("subject to a minimum five-year prison term"), @"5..=? years");
        insta::assert_snapshot!(show("a maximum 10-year sentence"), @"?..=10 years");
    }

    #[test]
    fn terms_with_a_fraction_of_a_year() {
        insta::assert_snapshot!(show("penalties of two and a half to five years' imprisonment"), @"2.5..=5 years");
        insta::assert_snapshot!(show("penalties of 2.5 to 7.5 years' imprisonment"), @"2.5..=7.5 years");
        insta::assert_snapshot!(show("six months to two and a half years in prison"), @"0.5..=2.5 years");
        insta::assert_snapshot!(show("up to 12 and a half years' imprisonment"), @"?..=12.5 years");
        insta::assert_snapshot!(show("two-and-a-half to 10 years' imprisonment"), @"2.5..=10 years");
        insta::assert_snapshot!(show("18 months to five years"), @"1.5..=5 years");
    }

    #[test]
    fn prison_terms() {
        insta::assert_snapshot!(show("penalties ranging from four to 25 years' imprisonment"), @"4..=25 years");
        insta::assert_snapshot!(show("six to 12 years' imprisonment for adults and 10 to 12 years' imprisonment for children"), @"6..=12 years | 10..=12 years");
        insta::assert_snapshot!(show("penalties of up to three years' imprisonment"), @"?..=3 years");
        insta::assert_snapshot!(show("imprisonment for a term not exceeding 15 years"), @"?..=15 years");
        insta::assert_snapshot!(show("a term of imprisonment not to exceed 10 years"), @"?..=10 years");
        insta::assert_snapshot!(show("six months to 20 years in prison"), @"0.5..=20 years");
        insta::assert_snapshot!(show("penalties of six months' to five years' imprisonment"), @"0.5..=5 years");
        insta::assert_snapshot!(show("between two years' and eight years' imprisonment"), @"2..=8 years");
        insta::assert_snapshot!(show("at least five years"), @"5..=? years");
        insta::assert_snapshot!(show("ten years to life imprisonment"), @"10..=? years");
        insta::assert_snapshot!(show("maximum penalties of between seven years and life imprisonment"), @"7..=? years");
        insta::assert_snapshot!(show("seven years and life imprisonment for murder"), @"7..=7 years");
        insta::assert_snapshot!(show("from between 20 to 40 hours of community service"), @"");
        insta::assert_snapshot!(show("prescribed a minimum penalty of five years' imprisonment"), @"5..=? years");
        insta::assert_snapshot!(show("a maximum sentence of 15 years"), @"?..=15 years");
        insta::assert_snapshot!(show("a minimum of seven years in prison"), @"7..=? years");
        insta::assert_snapshot!(show("the minimum penalty for sex trafficking involving a child was seven years' imprisonment"), @"7..=? years");
        insta::assert_snapshot!(show("the minimum age of 18 and a penalty of ten years"), @"10..=10 years");
        insta::assert_snapshot!(show("increasing the maximum penalty for trafficking to 15 years"), @"?..=15 years");
        insta::assert_snapshot!(show("the maximum number of days, then five years in prison"), @"5..=5 years");
    }

    #[test]
    fn times_and_ages_are_not_terms() {
        for text in [
            // A term that conditions another penalty.
            "up to life imprisonment and a fine if the imprisonment was less than 10 years",
            "a fine when the sentence is less than two years",
            "Two years later, the law was amended",
            "five years ago the code was revised",
            "victims as young as 12 years old",
            "three years earlier, in 2005",
            "funding shortfalls caused by the seven-year economic crisis and fiscal measures imposed",
            "a five-year national action plan",
            "convicted two traffickers, the first convictions in five years, and imposed prison terms",
            "to be tried within two years",
            "coercion is required for a child, under 18 years, to be considered a victim",
            "children aged 15 years and older",
        ] {
            assert_eq!(show(text), "", "{text}");
        }
        insta::assert_snapshot!(show("Two years later, it set penalties of 10 years in prison"), @"10..=10 years");
        insta::assert_snapshot!(show("a seven-year prison sentence and a 10-year term"), @"7..=7 years | 10..=10 years");
    }
}
