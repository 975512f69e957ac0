//! The verbs that tell a count's metric ("identified", "prosecuted", "referred to"),
//! before or after the count, and the agent of a passive.

use super::nouns::classify_noun;
use super::{trim_word, words_of};
use crate::event::Metric;
use crate::lazy_regex;
use crate::pattern::{contains_ci, is_one_of};
use crate::quantity::QuantityMention;
use crate::rules::context::is_past_participle;
use crate::rules::lexicon::{
    CARE_GIVEN_TO, COMMITMENT_VERBS, ENTERING_VERBS, JUSTICE_HELPED, JUSTICE_HELPED_IN,
    LIVELIHOOD_TRAINING_KINDS, METRIC_NOUNS, METRIC_PAIRS, METRIC_STEMS, OPENING_VERBS,
    OTHER_ACTIONS, OUTCOME_VERBS, PROCEDURE_HEADS, REPORTED_COUNT_OPENERS, REPORTED_STATES,
    REPORTING_VERBS, REQUEST_NOUNS, SENTENCING_HEADS, STAFFING_VERBS,
};

/// A verb of a metric, any form ("prosecuted", "identifying", "tried").
pub(super) const VERB: &str = r"(?:investigat|initiat|prosecut|convict|identif|refer|assist|repatriat|punish|sentenc|charg|indict|arrest|tr(?:y|ied))\w*";

lazy_regex!(pub(super) VERB_WORD, format!(r"(?i)\b{VERB}"));

/// Whether the verb of a count is "sentenced", not joined to "convicted" ("The courts
/// sentenced one person to 12 years", "two were sentenced to prison", not "convicted and
/// sentenced three"): the conviction is inferred, and yields to a conviction count told.
/// The verb is the last before the count in its phrase, else the first after it.
pub(super) fn sentenced_not_convicted(before: &str, after: &str) -> bool {
    let phrase_before =
        &before[crate::pattern::last_break(before, &[',', ';']).map_or(0, |i| i + 1)..];
    let mut words = words_of(phrase_before).rev().peekable();
    // "sentenced one convicted trafficker to 10 years and two traffickers to seven": a
    // participle between a number and its noun names that count's people, and is no verb
    // of the next ("the other two sentenced to four months" is the verb of its two).
    let is_number = |w: &str| {
        (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b','))
            || crate::quantity::words::word_value(w).is_some()
    };
    let is_noun_after = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_alphabetic())
                && !is_one_of(
                    w,
                    &["to", "for", "in", "under", "by", "and", "or", "on", "of"],
                )
        })
    };
    let mut word_after: Option<&str> = None;
    while let Some(w) = words.next() {
        let adjective = words.peek().is_some_and(|b| is_number(b)) && is_noun_after(word_after);
        word_after = Some(w);
        if metric_of_word(w).is_none() || adjective {
            continue;
        }
        let verb = w;
        let joined = |w: Option<&str>| w.and_then(metric_of_word) == Some(Metric::Convictions);
        let next = words.next();
        return is_sentenced(verb)
            && !(joined(next)
                || next.is_some_and(|w| w.eq_ignore_ascii_case("and")) && joined(words.next()));
    }
    let phrase_after = &after[..after.find([',', ';']).unwrap_or(after.len())];
    let verb_after = |phrase: &str| {
        words_of(phrase)
            .take(6)
            .find(|w| metric_of_word(w).is_some())
            .is_some_and(is_sentenced)
    };
    let told = words_of(phrase_after)
        .take(6)
        .any(|w| metric_of_word(w).is_some());
    match told {
        true => verb_after(phrase_after),
        // "the two perpetrators, both Cypriots, were sentenced": past a short apposition.
        false => after[phrase_after.len()..]
            .strip_prefix(',')
            .and_then(|rest| {
                let (apposition, tail) = rest.split_once(',')?;
                (apposition.split_whitespace().count() <= 4 && !apposition.contains(';'))
                    .then_some(tail)
            })
            .is_some_and(|tail| verb_after(&tail[..tail.find([',', ';']).unwrap_or(tail.len())])),
    }
}

/// "sentenced", "sentencing".
pub(super) fn is_sentenced(word: &str) -> bool {
    word.eq_ignore_ascii_case("sentenced") || word.eq_ignore_ascii_case("sentencing")
}

/// The first letters of [`METRIC_STEMS`], in both cases.
pub(super) static STEM_INITIALS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < METRIC_STEMS.len() {
        let c = METRIC_STEMS[i].0.as_bytes()[0];
        table[c.to_ascii_lowercase() as usize] = true;
        table[c.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    table
};

pub(super) fn metric_of_word(word: &str) -> Option<Metric> {
    let w = trim_word(word);
    if !STEM_INITIALS[usize::from(*w.as_bytes().first()?)] {
        return None;
    }
    let ends = |suffix: &str| crate::pattern::ends_with_ci(w, suffix);
    // Agent nouns name people, not acts: "prosecutors", "trainers".
    if ["or", "ors", "or's", "ors'", "ers", "ees"]
        .iter()
        .any(|s| ends(s))
    {
        return None;
    }
    METRIC_STEMS
        .iter()
        .find(|(stem, _)| {
            w.len() >= stem.len()
                && w.as_bytes()[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
        })
        .map(|(_, m)| *m)
}

/// The first letters of the first words of [`METRIC_PAIRS`], in both cases, and every
/// byte that is no ASCII letter or digit (a word may open with punctuation).
pub(super) static PAIR_INITIALS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < METRIC_PAIRS.len() {
        let c = METRIC_PAIRS[i].0.as_bytes()[0];
        table[c.to_ascii_lowercase() as usize] = true;
        table[c.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    let mut b = 0;
    while b < 256 {
        if !(b as u8).is_ascii_alphanumeric() {
            table[b] = true;
        }
        b += 1;
    }
    table
};

/// True when the words before a count (in its clause) promise it rather than report it:
/// a commitment verb with "to", or "will", then a verb and at most two more words
/// ("pledged to train", "will provide shelter to"; not "committed to the task").
pub(super) fn promised(before: &str) -> bool {
    let tail = crate::pattern::tail(before, 60);
    let clause = memchr::memrchr2(b',', b';', tail.as_bytes()).map_or(tail, |i| &tail[i + 1..]);
    // The last six words, in order: enough for a promise and three words after it.
    let mut last = [""; 6];
    let mut n = 0;
    for w in clause.rsplit(' ').filter(|w| !w.is_empty()).take(6) {
        last[n] = w;
        n += 1;
    }
    last[..n].reverse();
    let words = &last[..n];
    (0..n).any(|i| {
        let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
        let rest = if COMMITMENT_VERBS.iter().any(|p| is(i, p)) && is(i + 1, "to") {
            i + 2
        } else if is(i, "will") {
            i + 1
        } else {
            return false;
        };
        let verb_follows = words.get(rest).is_some_and(|w| {
            !["the", "a", "an", "its", "their", "this"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
        });
        verb_follows && n - rest <= 3
    })
}

/// Whether `word` may open a pair of [`METRIC_PAIRS`] ("provided", "received").
fn opens_a_pair(word: &str) -> bool {
    let w = trim_word(word);
    w.as_bytes()
        .first()
        .is_some_and(|&b| PAIR_INITIALS[usize::from(b)])
        && METRIC_PAIRS.iter().any(|(a, _, _)| {
            w.len() >= a.len() && w.as_bytes()[..a.len()].eq_ignore_ascii_case(a.as_bytes())
        })
}

/// The metric of two words read together ([`METRIC_PAIRS`]: "provided services").
pub(super) fn metric_of_pair(first: &str, second: &str) -> Option<Metric> {
    let starts = |w: &str, stem: &str| {
        w.len() >= stem.len() && w.as_bytes()[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
    };
    if !PAIR_INITIALS[usize::from(*first.as_bytes().first()?)] {
        return None;
    }
    let (first, second) = (trim_word(first), trim_word(second));
    METRIC_PAIRS
        .iter()
        .find(|(a, b, _)| starts(first, a) && starts(second, b))
        .map(|(_, _, m)| *m)
}

/// A pair whose care is told as a list of kinds ("provided psycho-social, medical, and
/// employment assistance"): the verb and the care word closing the list, with its end.
fn care_list_pair<'a>(
    verb: &str,
    words: impl Iterator<Item = (usize, &'a str)>,
) -> Option<(Metric, usize)> {
    if !PAIR_INITIALS[usize::from(*verb.as_bytes().first()?)] {
        return None;
    }
    let mut listed = false;
    for (at, w) in words.take(8) {
        if is_one_of(w, CARE_GIVEN_TO) {
            return listed
                .then(|| metric_of_pair(verb, w))
                .flatten()
                .map(|m| (m, at + w.len()));
        }
        let kind = w == "and"
            || w.trim_end_matches(',')
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-');
        if !kind {
            return None;
        }
        listed |= w.ends_with(',');
    }
    None
}

/// Whether the words between care given and its count are a list of what was given, ended
/// by "to" ("food, clothing, and health care to").
fn care_listed(gap: &str) -> bool {
    gap.contains(',') && gap.trim_end().ends_with(" to") && !gap.contains([';', '(', ')'])
}

/// The care given to the people told after `before`, which ends with its care word
/// ("provided medical care", "provided shelter and legal, medical, and psychological
/// services"): the nearest of the `reach` words before it that pairs with it, and the pair's
/// metric.
pub(super) fn care_given_by(before: &str, reach: usize) -> Option<(&str, Metric)> {
    let mut words = before.split_whitespace().rev();
    let care = trim_word(words.next()?);
    words
        .take(reach)
        .find_map(|verb| Some((verb, metric_of_pair(verb, care)?)))
}

/// The metric of a pair told around a count: its verb just before the count, its noun
/// after "with", "to" or "in" past the counted noun ("provided 113 victims with various
/// services", "brought 12 suspected traffickers to trial", "placed 21 victims in shelters").
pub(super) fn pair_around(before: &str, after: &str) -> Option<Metric> {
    // "providing all eight victims with care": a determiner may stand between.
    let verb = before
        .split_whitespace()
        .rev()
        .find(|w| !["all", "the", "these", "those", "its", "their"].contains(w))?;
    // "enrolled five victims (two men and three women) into its program": past a breakdown.
    let after = after
        .trim_start()
        .strip_prefix('(')
        .and_then(|aside| aside.split_once(')'))
        .map_or(after, |(_, rest)| rest);
    // "found four defendants guilty": the pair's second word right after the people.
    if let Some(m) = after
        .split_whitespace()
        .next()
        .and_then(|w| metric_of_pair(verb, w))
    {
        return Some(m);
    }
    // Past an "of" phrase of the noun: "provided 67 victims of trafficking and related
    // crimes with assistance" (not past a participle: "provide 37 victims identified by an
    // NGO with care").
    let of_phrase = after.split_whitespace().next() == Some("of");
    let mut words = after.split_whitespace().take(if of_phrase { 8 } else { 6 });
    words.find(|w| matches!(*w, "with" | "to" | "in" | "into"))?;
    words.take(3).find_map(|w| metric_of_pair(verb, w))
}

pub(super) fn verb_metrics(verbs: &str) -> Vec<Metric> {
    let mut out: Vec<Metric> = VERB_WORD
        .find_iter(verbs)
        .filter_map(|m| metric_of_word(m.as_str()))
        .collect();
    out.dedup();
    out
}

/// Whether an appeal court's upholding stands in `window` ("upheld the convictions of").
pub(super) fn upheld_before(window: &str) -> bool {
    ["upheld", "upholding", "uphold", "affirmed", "affirming"]
        .iter()
        .any(|w| contains_ci(window, w))
}

/// Metric verbs before `pos` in the clause (after `floor`), nearest first,
/// with the verbs coordinated with it ("investigating, prosecuting, and convicting").
pub(super) fn verbs_before(text: &str, floor: usize, pos: usize) -> Vec<Metric> {
    let window = &text[floor..pos];
    let mut words = window.split(' ').scan(0usize, |off, w| {
        let start = *off;
        *off += w.len() + 1;
        Some((start, w))
    });
    let mut found: Vec<(usize, usize, Metric)> = Vec::new();
    while let Some((s, w)) = words.next() {
        // "repatriation assistance to 35 victims": the help is their return, told before.
        let after_return = || {
            window[..s]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|before| crate::pattern::starts_with_ci(before, "repatriat"))
        };
        if crate::pattern::is_one_of(w, CARE_GIVEN_TO) && after_return() {
            continue;
        }
        // "reportedly assisted 144 victims": the adverb modifies the verb after it.
        if w.ends_with("ly")
            && words
                .clone()
                .next()
                .is_some_and(|(_, next)| metric_of_word(next).is_some())
        {
            continue;
        }
        // "provided services", "provided initial services", "provided psychological and
        // medical care": a pair, perhaps two words apart (no count between).
        // "provided psycho-social, medical, and employment assistance": a list of kinds of
        // care, read to the care word that closes it.
        let pair = care_list_pair(w, words.clone()).or_else(|| {
            words
                .clone()
                .take(3)
                .take_while(|(_, w2)| !w2.starts_with(|c: char| c.is_ascii_digit()))
                .find_map(|(s2, w2)| Some((metric_of_pair(w, w2)?, s2 + w2.len())))
        });
        match pair {
            Some((m, end)) => {
                found.push((s, end, m));
                // The pair's words are read: "providing shelter" is one verb, not two.
                while words.clone().next().is_some_and(|(s2, _)| s2 < end) {
                    words.next();
                }
            }
            None => {
                if let Some(m) = metric_of_word(w) {
                    let before = word_before(&window[..s]);
                    // "the failure to obtain a single conviction in nearly 100 cases": an act
                    // denied is not done to the count after it.
                    let denied = before.is_some_and(|b| is_one_of(b, &["single", "any", "no"]));
                    if !denied {
                        found.push((s, s + w.len(), livelihood_training(before, m)));
                    }
                }
            }
        }
        // "and ongoing support to 218 victims", "medical services to the 73 victims": care
        // given to the count, its verb told further back or left out.
        if words.clone().next().is_some_and(|(_, to)| to == "to")
            && crate::pattern::is_one_of(w, CARE_GIVEN_TO)
            && found.last().is_none_or(|&(fs, _, _)| fs != s)
        {
            found.push((s, s + w.len(), Metric::VictimsAssisted));
        }
    }
    // "convicted on smuggling charges 10 traffickers": charges after a preposition are a noun.
    found.retain(|&(s, e, _)| !is_charge_noun(&window[s..e], &window[..s]));
    // "implemented the victim referral mechanism, provided 150 victims with services": a
    // noun naming a procedure, not a verb.
    found.retain(|&(s, e, _)| {
        let word = &window[s..e];
        let noun = ["al", "ion"].iter().any(|x| word.ends_with(x));
        !(noun
            && window[e..]
                .split_whitespace()
                .next()
                .is_some_and(|next| crate::pattern::is_one_of(trim_word(next), PROCEDURE_HEADS)))
    });
    // "sentencing data on these 28 traffickers": a noun's modifier, not a verb.
    found.retain(|&(s, e, _)| {
        !(window[s..e].eq_ignore_ascii_case("sentencing")
            && window[e..]
                .split_whitespace()
                .next()
                .is_some_and(|next| is_one_of(trim_word(next), SENTENCING_HEADS)))
    });
    // "received requests for assistance from 820 victims": asked for, not given.
    found.retain(|&(s, e, _)| {
        let asked = |at: usize| {
            let mut back = window[..at].split_whitespace().rev();
            back.next() == Some("for") && back.next().is_some_and(|n| is_one_of(n, REQUEST_NOUNS))
        };
        !asked(s)
            && !window[s..e]
                .split_whitespace()
                .any(|w| is_one_of(w, REQUEST_NOUNS))
    });
    // "tried to convict 12 traffickers": an attempt, not a trial.
    found.retain(|&(s, e, _)| {
        !(window[s..e].eq_ignore_ascii_case("tried") && window[e..].starts_with(" to "))
    });
    // "confirmed that 30 victims were assisted": the clause after "that" tells its own act.
    found.retain(|&(s, e, _)| {
        !window[s..e].ends_with("ed")
            || !window[e..]
                .trim_start_matches([',', ' '])
                .get(..5)
                .is_some_and(|w| w.eq_ignore_ascii_case("that "))
    });
    // "reported 90 victims", "recorded a total of 64 victims": a reporting verb takes only a
    // count right after it (not "reported the forced begging of two boys").
    found.retain(|&(s, e, _)| {
        !crate::pattern::is_one_of(trim_word(&window[s..e]), REPORTING_VERBS)
            || window[e..]
                .split_whitespace()
                .all(|w| crate::pattern::is_one_of(w, REPORTED_COUNT_OPENERS))
    });
    // "initiated prosecutions of 15", "reported assisting 30 victims": an opening or
    // reporting verb yields to the metric word after it.
    let found: Vec<(usize, usize, Metric)> = found
        .iter()
        .enumerate()
        .filter(|&(i, &(s, e, _))| {
            i + 1 == found.len()
                || !OPENING_VERBS
                    .iter()
                    .chain(REPORTING_VERBS)
                    .any(|v| window[s..e].eq_ignore_ascii_case(v))
        })
        .map(|(_, f)| *f)
        .collect();
    // "prosecutions were initiated in 16 cases": an opening verb in the passive opens the
    // metric noun before it.
    let mut found = found;
    if let [.., (ns, ne, nm), (os, oe, _)] = found[..] {
        let noun = METRIC_NOUNS
            .iter()
            .any(|(n, _)| trim_word(&window[ns..ne]).eq_ignore_ascii_case(n));
        let opening = OPENING_VERBS
            .iter()
            .any(|v| window[os..oe].eq_ignore_ascii_case(v));
        let passive = matches!(
            window[ne..os].trim(),
            "were" | "was" | "had been" | "have been" | "has been"
        );
        if noun && opening && passive {
            found.truncate(found.len() - 2);
            found.push((ns, oe, nm));
        }
    }
    // Care that is no act of its own: "referring for assistance one victim", "referred to
    // assistance one victim" (the purpose or destination of
    // the verb before; "referred for prosecution 49 cases" is a prosecution), "assisted
    // repatriating one victim", "helped in identifying" (help in the act that follows).
    let found: Vec<(usize, usize, Metric)> = found
        .iter()
        .enumerate()
        .filter(|&(i, &(s, e, m))| {
            let purpose = i > 0 && {
                let link = window[found[i - 1].1..s].trim();
                link.eq_ignore_ascii_case("for") || link.eq_ignore_ascii_case("to")
            };
            let help = found.get(i + 1).is_some_and(|&(s2, e2, _)| {
                matches!(window[e..s2].trim(), "" | "in" | "with")
                    && window[s2..e2].ends_with("ing")
            });
            m != Metric::VictimsAssisted || !(purpose || help)
        })
        .map(|(_, f)| *f)
        .collect();
    // "provided training on victim identification to 170 officials": the metric words of a
    // training's topic are the topic's, and its trainees follow "to" or "for".
    let mut found = found;
    let topic = training_topic(window, &found);
    if let Some(training) = topic {
        found.truncate(training + 1);
    }
    let Some(&(last_s, last_e, last_m)) = found.last() else {
        return Vec::new();
    };
    // The nearest verb must be close to the number, with no verb of another act between
    // ("did not convict any traffickers and, upon appeal, acquitted one"; "increasing
    // prosecutions and convictions, and adding two new prosecutors").
    let gap = &window[last_e..];
    // "provided psychological support, food, clothing, and health care to 11 victims": care
    // given as a list may reach further, and so may a training's topic.
    let most = match (last_m == Metric::VictimsAssisted && care_listed(gap)) || topic.is_some() {
        true => 12,
        false => 6,
    };
    if gap.split_whitespace().count() > most
        || opens_a_clause(gap)
        || joins_another_act(gap)
        || gap.split_whitespace().any(|w| {
            let w = trim_word(w);
            OTHER_ACTIONS
                .iter()
                .chain(STAFFING_VERBS)
                .any(|a| w.eq_ignore_ascii_case(a))
        })
    {
        return Vec::new();
    }
    let mut out = vec![last_m];
    let mut start = last_s;
    // "did not initiate any new prosecutions, and convicted two traffickers", "provided
    // training on victim identification and referred 12 victims": a metric noun before a
    // verb is another phrase's object, not a verb of the list.
    // Nouns of acts: the metric nouns, and others in "-ion" ("identification").
    let is_noun = |s: usize, e: usize| {
        let w = trim_word(&window[s..e]);
        METRIC_NOUNS.iter().any(|(n, _)| w.eq_ignore_ascii_case(n))
            || w.ends_with("ion")
            || w.ends_with("ions")
    };
    let last_is_noun = is_noun(last_s, last_e);
    for &(s, e, m) in found.iter().rev().skip(1) {
        let between = window[e..start].trim();
        // Not a noun whose preposition is left open ("initiated the prosecutions of and
        // convicted two traffickers"), nor the subject of the verb ("an investigation
        // identified 20 perpetrators").
        let open = ["of ", "against ", "into "]
            .iter()
            .any(|p| between.starts_with(p));
        let comma = between.starts_with(',') || window[s..e].ends_with(',');
        if is_noun(s, e) && !last_is_noun && (comma || !(open || between.is_empty())) {
            break;
        }
        // "investigated and initiated prosecutions of": the opening verb read with its noun;
        // "initiated the prosecutions of and convicted": a noun's preposition left open.
        let between = strip_opening(between);
        let between = match is_noun(s, e) {
            true => ["of ", "against ", "into "]
                .iter()
                .find_map(|p| between.strip_prefix(p))
                .unwrap_or(between),
            false => between,
        };
        if matches!(
            between,
            "," | "and" | "or" | ", and" | ", or" | "and/or" | "" | ", nor" | "nor"
        ) {
            if !out.contains(&m) {
                out.push(m);
            }
            start = s;
        } else {
            break;
        }
    }
    out.reverse();
    out
}

/// The index in `found` of a training told with its topic before its trainees ("training on
/// victim identification to"), when metric words of the topic follow it.
fn training_topic(window: &str, found: &[(usize, usize, Metric)]) -> Option<usize> {
    let at = found
        .iter()
        .rposition(|&(_, _, m)| m == Metric::OfficialsTrained)?;
    if at + 1 == found.len() {
        return None;
    }
    let rest = &window[found[at].1..];
    let mut words = rest.split_whitespace();
    let topic = words
        .by_ref()
        .take(2)
        .any(|w| matches!(w, "on" | "in" | "about" | "regarding"));
    let trainees = rest
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w, "to" | "for"));
    (topic && trainees).then_some(at)
}

/// Whether the words between a verb and its number join another verb of the past to it
/// ("investigated 24 cases in 2003 and presented seven cases"): the number is that verb's.
/// A metric verb there would have been the nearest one, so this one is of another act. One
/// joined right after the verb shares its object ("repatriated and reunited 249 victims").
fn joins_another_act(gap: &str) -> bool {
    let words = gap.split_whitespace().skip(1);
    words.clone().zip(words.skip(1)).any(|(w, next)| {
        w == "and"
            && next.len() > 4
            && next.ends_with("ed")
            && next.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// Whether a count right after `gap` opens a clause of its own after the verb's object:
/// "investigate credible allegations that approximately 500 workers were subjected to
/// forced labor" (not "specialists that worked with 100 victims", where "that" is the
/// subject of a verb before the count).
fn opens_a_clause(gap: &str) -> bool {
    for w in gap.split_whitespace().rev() {
        if w.eq_ignore_ascii_case("that") {
            return true;
        }
        if !matches!(w, "the" | "some" | "all" | "at" | "least") {
            return false;
        }
    }
    false
}

/// The words between two metric words without an opening verb (and its "the") that ends
/// them: "and initiated the" is "and".
fn strip_opening(between: &str) -> &str {
    let rest = between.strip_suffix(" the").unwrap_or(between);
    OPENING_VERBS
        .iter()
        .find_map(|v| rest.strip_suffix(v))
        .filter(|r| r.is_empty() || r.ends_with(' '))
        .map_or(between, str::trim_end)
}

/// Whether `next` opens a verb's object: a determiner or a count ("a new shelter", "10 cases").
fn takes_an_object(next: &str) -> bool {
    next.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || is_one_of(
            next,
            &["a", "an", "the", "its", "their", "this", "these", "those"],
        )
}

/// A metric verb within ten words after the noun ("were assisted", "had been identified",
/// "victims of forced labor on foreign-flagged fishing boats were repatriated"), not one in a
/// clause coordinated after it ("arrested 40 suspects and investigated 25") or conceded
/// ("..., although the individuals prosecuted in these cases were convicted").
pub(super) fn verb_after(text: &str, from: usize, limit: usize) -> Option<(Metric, usize)> {
    let mut off = from;
    let mut words = text[from..limit].split(' ').enumerate().peekable();
    let mut after_comma = false;
    let mut last_two = ["", ""];
    while let Some((i, w)) = words.next() {
        let next = words.peek().map_or("", |(_, n)| n);
        let before = last_two;
        last_two = [last_two[1], w];
        // "conflated the two crimes, hindering the effectiveness of prosecution": a
        // participle clause after a comma tells what the clause did, not the count's verb.
        if after_comma && w.ends_with("ing") && w != "including" && metric_of_word(w).is_none() {
            break;
        }
        // "adopted two national action plans, opened a new shelter": a verb with an object
        // of its own after a comma is the next act of a list, not the count's.
        if after_comma && w.ends_with("ed") && takes_an_object(next) {
            break;
        }
        after_comma = w.ends_with(',');
        // "80 judges and prosecutors received training": a noun coordinated with the counted one.
        let coordinated_noun =
            matches!(w, "and" | "or") && i <= 1 && classify_noun(trim_word(next)).is_some();
        // "17 officers were assigned and trained": the passive's second participle.
        let coordinated_participle = w == "and"
            && is_one_of(before[0], &["were", "was", "been"])
            && is_past_participle(before[1])
            && is_past_participle(trim_word(next));
        if i > 10
            || (matches!(
                w,
                "and"
                    | "or"
                    | "but"
                    | "while"
                    | "then"
                    | "although"
                    | "though"
                    | "whereas"
                    | "despite"
            ) && !coordinated_noun
                && !coordinated_participle)
        {
            break;
        }
        // "54 victims were not identified by age": the verb is denied, nothing is counted.
        // "a unit of seven prosecutors for prosecuting trafficking crimes": a purpose.
        // "16 traffickers awaiting prosecution", "one suspect pending indictment": not yet
        // done. "one victim penalized due to
        // inadequate identification": a cause, not the count's verb.
        // "23 victims, including some identified in previous reporting periods": the
        // verb of some of them.
        let of_some = w == "including"
            && matches!(
                next,
                "some" | "many" | "several" | "most" | "those" | "others"
            )
            && text[off..limit]
                .split(' ')
                .nth(2)
                .is_some_and(|third| third.ends_with("ed"));
        if matches!(w, "not" | "never" | "awaiting" | "pending" | "because")
            || (w == "for" && next.ends_with("ing"))
            || (matches!(w, "due" | "owing") && next == "to")
            || of_some
        {
            return None;
        }
        // "47 children who were reported missing": a state reported, no victims found.
        if w.ends_with("ed")
            && crate::pattern::is_one_of(w, REPORTING_VERBS)
            && crate::pattern::is_one_of(trim_word(next), REPORTED_STATES)
        {
            return None;
        }
        if let Some(m) = metric_of_pair(w, next) {
            return Some((m, off + w.len() + 1 + next.len()));
        }
        // "were placed in shelters", "eight cases brought to trial": a preposition between
        // the pair's words; "received these services": a determiner; "attended
        // anti-trafficking seminars", "received psychological support": a modifier.
        let modifier = next.len() > 2
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(next, "not" | "never" | "only" | "also" | "all" | "any");
        if (modifier
            || matches!(
                next,
                "in" | "into" | "to" | "these" | "the" | "such" | "those"
            )
            || next.contains('-'))
            && opens_a_pair(w)
        {
            let third = text[off..limit].split(' ').nth(2).unwrap_or("");
            if let Some(m) = metric_of_pair(w, third) {
                return Some((m, off + w.len() + 1 + next.len() + 1 + third.len()));
            }
            // "were provided with legal aid", "were placed in government-operated shelters":
            // a modifier after the preposition.
            let fourth = text[off..limit].split(' ').nth(3).unwrap_or("");
            let third_modifies =
                third.contains('-') || third.bytes().all(|b| b.is_ascii_lowercase());
            let preposition = next == "with" || (matches!(next, "in" | "into") && third_modifies);
            if let Some(m) = metric_of_pair(w, fourth).filter(|_| preposition) {
                let end = off + w.len() + 1 + next.len() + 1 + third.len() + 1 + fourth.len();
                return Some((m, end));
            }
        }
        // "19 entered the government-funded victim care program": a program's name between.
        if is_one_of(w, ENTERING_VERBS)
            && program_named(text[off..limit].split(' ').skip(1)).is_some()
        {
            return Some((Metric::VictimsAssisted, off + w.len()));
        }
        // "23 victims assisted law enforcement", "nine victims supported prosecutors": the
        // victims' own help, not care given to them.
        if metric_of_word(w) == Some(Metric::VictimsAssisted)
            && helped_justice(next, &text[off..limit])
        {
            return None;
        }
        // "arrested 10 suspects on charges of trafficking": a noun, not a verb of the count.
        let noun = is_charge_noun(w, &text[from..off]);
        if let Some(m) = metric_of_word(w).filter(|_| !noun) {
            // "arrested 12 suspects and prosecutors charged seven": a verb whose own object
            // is a count is that count's.
            let object = match next {
                "" => text[limit..]
                    .split(' ')
                    .find(|w| !w.is_empty())
                    .unwrap_or(""),
                _ => next,
            };
            if !w.ends_with([',', ';', ':', ')']) && is_count_word(object) {
                return None;
            }
            return Some((m, off + w.len()));
        }
        off += w.len() + 1;
    }
    None
}

/// Whether `word` opens a count: digits ("12", "1,200") or a number word ("seven").
fn is_count_word(word: &str) -> bool {
    // Not a bracket's aside ("identified (8% of whom ...)").
    if !word.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return false;
    }
    let word = trim_word(word);
    word.starts_with(|c: char| c.is_ascii_digit())
        || crate::quantity::words::word_value(word).is_some()
}

/// Whether the word after a verb of help names the justice system helped ("assisted law
/// enforcement", "supported prosecutors", "assisted in the prosecution"): the next word, or
/// one of the two after "in" (`from_verb` starts at the verb).
fn helped_justice(next: &str, from_verb: &str) -> bool {
    let next = trim_word(next);
    crate::pattern::is_one_of(next, JUSTICE_HELPED)
        || (next == "in"
            && from_verb.split(' ').skip(2).take(2).any(|word| {
                JUSTICE_HELPED_IN
                    .iter()
                    .any(|w| crate::pattern::starts_with_ci(word, w))
            }))
}

/// Whether `word` is "charge(s)" as a noun after a preposition, perhaps a word apart ("on
/// smuggling charges", "under charges").
pub(super) fn is_charge_noun(word: &str, before: &str) -> bool {
    const BEFORE: [&str; 5] = ["on", "with", "under", "of", "over"];
    let word = trim_word(word);
    (word.eq_ignore_ascii_case("charges") || word.eq_ignore_ascii_case("charge"))
        && before
            .split_whitespace()
            .rev()
            .take(2)
            .any(|w| BEFORE.iter().any(|b| trim_word(w).eq_ignore_ascii_case(b)))
}

/// Words that end a passive's agent: a date, a place, or the verb of the clause
/// ("assisted by NGOs were men").
pub(super) const AGENT_ENDS: [&str; 15] = [
    " was ",
    " with ",
    " were ",
    " is ",
    " are ",
    " in ",
    " during ",
    " between ",
    " to ",
    " from ",
    " since ",
    " until ",
    " at ",
    " under ",
    " through ",
];

/// "by non-government funded organizations" after a passive verb.
pub(super) fn agent_after(text: &str, from: usize) -> Option<String> {
    let rest = text[from..].trim_start();
    let rest = rest.strip_prefix("by ")?;
    let end = rest.find([',', ';', '.', '(']).unwrap_or(rest.len());
    let phrase = &rest[..end];
    // The agent ends where a date, a place or a destination starts ("by the police to shelters").
    let end = AGENT_ENDS
        .iter()
        .filter_map(|w| phrase.find(w))
        .min()
        .unwrap_or(phrase.len());
    let phrase = phrase[..end].trim();
    // "by the government and three additional victims identified by ...": the agent ends
    // before a count joined to it.
    let phrase = phrase
        .match_indices(" and ")
        .find(|(at, _)| {
            phrase[at + 5..]
                .split_whitespace()
                .next()
                .is_some_and(is_count_word)
        })
        .map_or(phrase, |(at, _)| &phrase[..at]);
    // "identified by the government received assistance": the agent ends before the clause's
    // own verb.
    let mut at = 0usize;
    let mut cut = phrase.len();
    for (i, w) in phrase.split(' ').enumerate() {
        let own_verb = matches!(
            w,
            "received"
                | "had"
                | "has"
                | "included"
                | "includes"
                | "involved"
                | "were"
                | "was"
                | "are"
                | "is"
        );
        if i > 0 && (own_verb || metric_of_word(w).is_some()) {
            cut = at.saturating_sub(1);
            break;
        }
        at += w.len() + 1;
    }
    // "identified by police or referred by NGOs": not the word joining the next verb.
    let phrase = phrase[..cut].trim_end();
    let phrase = [" or", " and", " nor"]
        .iter()
        .find_map(|j| phrase.strip_suffix(j))
        .unwrap_or(phrase);
    (!phrase.is_empty() && phrase.split_whitespace().count() <= 6).then(|| phrase.to_string())
}

/// The metric of a participle joined to a count's verb ("and assisted" after "identified"),
/// past a short complement of the verb ("referred for care and provided with shelter").
pub(super) fn metric_participle_joined(rest: &str) -> Option<Metric> {
    let (participle, object) = participle_joined(rest)?;
    metric_of_word(participle).or_else(|| metric_of_pair(participle, object?))
}

/// Care joined to a count's verb, told by its object ("and provided healthcare"); not a
/// participle that is a metric of its own ("and referred the victim").
pub(super) fn care_joined(rest: &str) -> Option<Metric> {
    let (participle, object) = participle_joined(rest)?;
    match metric_of_word(participle) {
        Some(_) => None,
        None => metric_of_pair(participle, object?),
    }
}

/// The participle joined by "and" (or a leading "or") to a count's verb, past a short
/// complement (up to four words: "in Mexico or Guatemala"), and the word that may be its object ("provided with shelter": "shelter").
fn participle_joined(rest: &str) -> Option<(&str, Option<&str>)> {
    let mut words = [""; 8];
    let mut len = 0;
    for (slot, word) in words.iter_mut().zip(rest.split_whitespace()) {
        *slot = word;
        len += 1;
    }
    let words = &words[..len];
    // "either identified by police or referred by NGOs": some each way, past a complement.
    let joined = match words.first() {
        Some(&"or") => 0,
        _ => words.iter().take(5).position(|w| *w == "and")?,
    };
    // A complement of the verb, not another clause or a count of its own.
    if words[..joined]
        .iter()
        .any(|w| w.ends_with([',', ';', '(', ')']) || w.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let participle = trim_word(words.get(joined + 1)?);
    let ends_ed = participle.len() > 2
        && participle.as_bytes()[participle.len() - 2..].eq_ignore_ascii_case(b"ed");
    if !ends_ed {
        return None;
    }
    // "and provided with shelter", "and given assistance".
    let object = words
        .get(joined + 2)
        .map(|w| trim_word(w))
        .and_then(|next| match next {
            "with" => words.get(joined + 3).map(|w| trim_word(w)),
            _ => Some(next),
        });
    Some((participle, object))
}

/// Whether the words hold an auxiliary of a passive ("were", "had been").
pub(super) fn has_auxiliary(words: &str) -> bool {
    words.split_whitespace().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "was" | "were" | "is" | "are" | "been" | "be"
        )
    })
}

/// True when one of the last words before a count registers it ("police registered 35"), or
/// the word right before records it ("the government recorded 592").
pub(super) fn registered_before(window: &str) -> bool {
    let mut words = window.split_whitespace().rev();
    let last = words.next();
    last.is_some_and(|w| w.eq_ignore_ascii_case("recorded"))
        || last.into_iter().chain(words).take(6).any(|w| {
            w.get(..6)
                .is_some_and(|head| head.eq_ignore_ascii_case("regist"))
        })
}

/// The metric of a participle that opens a noun phrase ("identified victims", "convicted
/// traffickers", past an adverb: "newly identified victims"); not of a lone word, nor of an
/// act told as done before ("one previously convicted trafficker").
pub(super) fn participle_metric(phrase: &str) -> Option<Metric> {
    let (first, rest) = phrase.split_once(' ')?;
    let (first, _) = match first.len() > 4 && first.ends_with("ly") {
        true if ["previously", "formerly"].contains(&first.to_ascii_lowercase().as_str()) => {
            return None
        }
        true => rest.split_once(' ')?,
        // "170 government identified victims": the doer before the participle.
        false if is_one_of(first, &["government", "state", "police"]) => rest.split_once(' ')?,
        false => (first, rest),
    };
    // "170 government-identified victims", "NGO-referred victims": the doer joined to it.
    let first = joined_tail(first);
    (first.len() > 3 && first.ends_with("ed"))
        .then(|| metric_of_word(first))
        .flatten()
}

/// "provided shelter, vocational training, and counseling to 83 victims": training of a kind
/// that helps towards a living (the word `before` it) is care given, not officials trained.
fn livelihood_training(before: Option<&str>, metric: Metric) -> Metric {
    match metric {
        Metric::OfficialsTrained
            if before.is_some_and(|k| is_one_of(k, LIVELIHOOD_TRAINING_KINDS)) =>
        {
            Metric::VictimsAssisted
        }
        m => m,
    }
}

/// The last word of `text`.
fn word_before(text: &str) -> Option<&str> {
    text.trim_end().rsplit(' ').next().map(trim_word)
}

/// The last part of a hyphened word ("identified" of "government-identified").
pub(super) fn joined_tail(word: &str) -> &str {
    word.rsplit('-').next().unwrap_or(word)
}

/// The verb of a passive that opens with `first` ("were referred", "had been assisted"), read
/// from the `rest` of its words; `None` when `first` opens none.
pub(super) fn passive_verb<'t>(
    first: &str,
    rest: &mut impl Iterator<Item = &'t str>,
) -> Option<&'t str> {
    match first.to_ascii_lowercase().as_str() {
        "were" | "was" => rest.next(),
        "had" | "have" | "has" => rest.nth(1),
        _ => None,
    }
}

/// What a part's own verb tells: its metric, the part's own noun when one stands before the
/// verb, and where the verb ends.
pub(super) struct ToldAfter {
    pub(super) metric: Metric,
    pub(super) subject: Option<String>,
    pub(super) end: usize,
}

/// The metric of what people "received" ("care", "medical services", "assistance").
pub(super) fn metric_received(what: &str) -> Option<Metric> {
    metric_of_word(what).or_else(|| metric_of_pair("received", what))
}

/// The word naming a program in the few words after a verb of entering ("entered the
/// government-funded victim care program"): people taken into care.
pub(super) fn program_named<'a>(words: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    words
        .take(6)
        .find(|w| crate::pattern::starts_with_ci(trim_word(w), "program"))
}

/// The metric a part's own verb names: "32 were referred", "32 received assistance", or,
/// past the part's noun, "six defendants were prosecuted".
pub(super) fn metric_told_after(text: &str, q: &QuantityMention) -> Option<ToldAfter> {
    let end_of = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize + w.len();
    let mut words = words_of(super::nouns::past_aside(text, q)).peekable();
    // "including 27 who were newly referred": a relative clause of the part, and an adverb.
    words.next_if(|w| crate::pattern::is_one_of(w, &["who", "which", "that"]));
    let first = words.next()?;
    let mut words = words.skip_while(|w| w.len() > 4 && w.ends_with("ly"));
    let verb = passive_verb(first, &mut words).unwrap_or(first);
    let told = |metric, subject, word: &str| ToldAfter {
        metric,
        subject,
        end: end_of(word),
    };
    if verb.eq_ignore_ascii_case("received") || verb.eq_ignore_ascii_case("receive") {
        let what = words.next()?;
        return Some(told(metric_received(what)?, None, what));
    }
    if let Some(metric) = metric_of_word(verb) {
        return Some(told(metric, None, verb));
    }
    // "19 entered the government-funded victim care program".
    if is_one_of(verb, ENTERING_VERBS) {
        return program_named(words).map(|w| told(Metric::VictimsAssisted, None, w));
    }
    // "Of the 30 cases investigated, 20 led to prosecutions".
    if let Some((metric, word)) = outcome_after(verb, &mut words) {
        return Some(told(metric, None, word));
    }
    let noun = super::nouns::noun_after(text, q.end)?;
    let mut words = words_of(&text[noun.end..]);
    let first = words.next()?;
    // "with four persons convicted": a participle right after the noun tells it too.
    let verb =
        passive_verb(first, &mut words).or_else(|| first.ends_with("ed").then_some(first))?;
    Some(told(metric_of_word(verb)?, Some(noun.subject), verb))
}

/// The act cases went on to, named by a metric noun after a verb of outcome ("resulted in
/// convictions", "ended in a conviction", "led to prosecutions"), with that noun.
pub(super) fn outcome_after<'a>(
    verb: &str,
    words: impl Iterator<Item = &'a str>,
) -> Option<(Metric, &'a str)> {
    if !is_one_of(verb, OUTCOME_VERBS) {
        return None;
    }
    let mut words = words.skip_while(|w| is_one_of(w, &["in", "to", "a", "an"]));
    let what = words.next()?;
    METRIC_NOUNS
        .iter()
        .find(|(n, _)| what.eq_ignore_ascii_case(n))
        .map(|(_, m)| (*m, what))
}
