//! The noun a count counts ("victims", "cases", "prosecutions") and its class.

use super::verbs::{metric_of_pair, metric_of_word, metric_received, pair_around, passive_verb};
use super::{trim_word, words_of};
use crate::event::Metric;
use crate::lazy_regex;
use crate::pattern::contains_ci;
use crate::quantity::words::word_value;
use crate::quantity::QuantityMention;
use crate::rules::lexicon::{
    is_enforcement_metric, is_victim_metric, CARE_DESTINATIONS, CARE_PLACES,
    CHANGED_VERB_ALTERNATION, ENFORCEMENT_NOUNS, EXPLOITED_WORDS, METRIC_COMPOUND_HEADS,
    METRIC_NOUNS, NOT_MODIFIERS, NOUN_MODIFIERS, OFFENDER_NOUNS, OUTCOME_VERBS, PEOPLE_HEADS,
    TRAINEE_NOUNS, VICTIM_COMPOUND_HEADS, VICTIM_NOUNS,
};

lazy_regex!(
    pub(super) NUMBER_OF,
    format!(r"(?i)\bnumber\s+of\s+(?P<words>(?:[\w-]+\s+){{0,3}}?[\w-]+)(?:\s+(?:of|for|into)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+|\s+by\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?(?:\s+(?:(?:has|had)\s+)?(?:{CHANGED_VERB_ALTERNATION}|gone\s+(?:up|down)|was|were|stood|reached|totaled|totalled)\b,?(?:\s+[\w-]+){{0,6}}?\s+(?:from|to|at|by)?|,)\s*$")
);

// "Prosecutions rose from 12 in 2017 to 20 in 2018", "Convictions also rose, with 30 in
// 2018", "New investigations of ... increased from three in 2004 to seven in 2005": a
// clause's metric noun subject that changed.
lazy_regex!(
    CHANGED_SUBJECT,
    format!(
        r"(?i)^\s*(?:(?:however|overall|in\s+total)\s*,?\s+)?(?:the\s+)?(?P<words>(?:[\w-]+\s+){{0,2}}?[\w-]+)(?:\s+(?:of|for|into|against|under)\s+[^,;()]{{1,80}}?)?\s+(?:(?:has|had|have)\s+)?(?:also\s+|further\s+|again\s+|[a-z]+ly\s+)?(?:{CHANGED_VERB_ALTERNATION})(?:,?\s+(?:[\w-]+\s+){{0,8}}?(?:from|to)|\s*,\s+with)\s*$"
    )
);

// "a decrease in prosecutions from 341 cases in the previous year to 218": the noun of a
// change told as a noun.
lazy_regex!(
    CHANGE_IN_NOUN,
    r"(?i)\b(?:increase|decrease|rise|drop|decline|fall|reduction|growth)\s+in\s+(?:the\s+)?(?:number\s+of\s+)?(?P<words>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:[\w,'-]+\s+){0,10}?(?:from|to)\s*$"
);

// "increased the number of investigations from 11 to 23", "reduced prosecutions from 40 to":
// a metric noun, the object of a verb of change.
lazy_regex!(
    CHANGED_OBJECT,
    r"(?i)\b(?:increased|decreased|reduced|raised|doubled|tripled|cut)\s+(?:the|its|their)?\s*(?:(?:total\s+)?number\s+of\s+)?(?P<words>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:from\s+(?:[\w,'-]+\s+){0,6}?)?(?:from|to)\s*$"
);

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum NounClass {
    Victim,
    Enforcement,
    Trainee,
    Metric(Metric),
}

pub(super) struct NounPhrase {
    pub(super) class: NounClass,
    pub(super) subject: String,
    pub(super) end: usize,
    /// People told right after to have been exploited ("31 people exploited in forced
    /// labor", "12 nationals subjected to forced labor"): victims too, whatever the noun.
    pub(super) exploited: bool,
}

impl NounPhrase {
    /// Whether the noun counts cases that may go on to `metric` (see [`cases_taken_to`]).
    pub(super) fn cases_taken_to(&self, metric: Metric) -> bool {
        cases_taken_to(self.class, metric)
    }

    /// Whether `metric` may count this noun: as its class allows, and no training of
    /// offenders ("sentencing three traffickers ..., training journalists").
    pub(super) fn fits(&self, metric: Metric) -> bool {
        let head = self.subject.rsplit(' ').next().unwrap_or("");
        (fits(metric, self.class) || (self.exploited && is_victim_metric(metric)))
            && !(metric == Metric::OfficialsTrained
                && crate::pattern::is_one_of(head, OFFENDER_NOUNS))
            && !agent_of(head, metric)
    }
}

/// Whether `head` names those who do the act `metric` counts ("a unit ... composed of seven
/// prosecutors" counts no prosecutions, nor "15 investigators" investigations).
fn agent_of(head: &str, metric: Metric) -> bool {
    let stem = match metric {
        Metric::Prosecutions => "prosecutor",
        Metric::Investigations => "investigator",
        _ => return false,
    };
    head.len() >= stem.len() && head.as_bytes()[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
}

/// Whether `word` is the singular of a listed plural noun ("official", "victim"), which after
/// a count of several is a modifier.
fn is_singular_of_listed(word: &str) -> bool {
    !word.ends_with(['s', 'S']) && classify_noun(&format!("{word}s")).is_some()
}

/// The plural head noun right after "and"/"or" and at most one modifier, from `from` (the end
/// of a word): "... and potential victims" gives "victims", its class and where it ends.
fn head_after_coordination(text: &str, from: usize) -> Option<(&str, NounClass, usize)> {
    let rest = text[from..]
        .strip_prefix(" and ")
        .or_else(|| text[from..].strip_prefix(" or "))?;
    let mut at = text.len() - rest.len();
    for _ in 0..2 {
        let word = text[at..].split([' ', ',', ';', '.', ')', ':']).next()?;
        // "one trafficker and two accomplices", "and the victims", "one investigation and no
        // prosecutions": a phrase of its own.
        const OWN_PHRASE: [&str; 10] = [
            "the", "a", "an", "its", "their", "other", "his", "no", "zero", "any",
        ];
        if word.is_empty()
            || word.starts_with(|c: char| !c.is_ascii_lowercase())
            || OWN_PHRASE.contains(&word)
            || word_value(word).is_some()
        {
            return None;
        }
        if word.ends_with('s') {
            if let Some(class) = classify_noun(word) {
                return Some((word, class, at + word.len()));
            }
        }
        at += word.len();
        if !text[at..].starts_with(' ') {
            return None;
        }
        at += 1;
    }
    None
}

pub(super) fn classify_noun(word: &str) -> Option<NounClass> {
    let w = word.to_ascii_lowercase();
    if let Some((_, m)) = METRIC_NOUNS.iter().find(|(n, _)| *n == w) {
        return Some(NounClass::Metric(*m));
    }
    if VICTIM_NOUNS.contains(&w.as_str()) {
        return Some(NounClass::Victim);
    }
    if ENFORCEMENT_NOUNS.contains(&w.as_str()) {
        return Some(NounClass::Enforcement);
    }
    if TRAINEE_NOUNS.contains(&w.as_str()) {
        return Some(NounClass::Trainee);
    }
    None
}

/// The noun a count counts: up to six words after it, skipping modifiers and a "(out) of N"
/// denominator.
pub(super) fn noun_after(text: &str, from: usize) -> Option<NounPhrase> {
    let mut pos = from;
    let mut words: Vec<&str> = Vec::new();
    let mut unlisted = 0;
    // Whether the last word taken is an unlisted modifier ("child slavery and forced begging
    // victims": joined by "and" to the next modifier like a listed one).
    let mut last_unlisted = false;
    let mut skipped_aside = false;
    for _ in 0..7 {
        let after_unlisted = std::mem::take(&mut last_unlisted);
        let rest = &text[pos..];
        let mut trimmed = rest.trim_start();
        // "1,107 trafficking (658 labor, 358 sex trafficking) victims": a breakdown in brackets
        // after a modifier stands inside the noun phrase.
        if trimmed.starts_with('(') && !words.is_empty() && !skipped_aside {
            let close = trimmed.get(..160).unwrap_or(trimmed).find(')');
            if let Some(close) = close.filter(|&c| !trimmed[1..c].contains('(')) {
                skipped_aside = true;
                pos += rest.len() - trimmed.len() + close + 1;
                trimmed = text[pos..].trim_start();
            }
        }
        let rest = &text[pos..];
        if trimmed.is_empty() || trimmed.starts_with(['(', ',', ';', ':', '-']) {
            return None;
        }
        let ws = pos + (rest.len() - trimmed.len());
        let wlen = trimmed
            .find([' ', ',', ';', '.', ')', ':', '"'])
            .unwrap_or(trimmed.len());
        let word = &text[ws..ws + wlen];
        pos = ws + wlen.max(1);
        let clean = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
        // "traffickers-15 for sex trafficking": a dash before a number ends the word.
        let clean = match clean.find('-') {
            Some(i) if !clean[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic()) => {
                &clean[..i]
            }
            _ => clean,
        };
        if let Some(mut class) = classify_noun(clean) {
            // "police officers", "border guards": a noun followed by a noun is a modifier.
            let mut clean = clean;
            let mut wend = ws + wlen;
            let after = &text[wend..];
            if let Some(next) = after
                .strip_prefix(' ')
                .map(|a| a.split([' ', ',', ';', '.', ')', ':']).next().unwrap_or(""))
            {
                // "three victim support centers": centers are counted, not victims.
                if clean.eq_ignore_ascii_case("victim")
                    && !word.ends_with([',', ';', ')'])
                    && VICTIM_COMPOUND_HEADS.contains(&next)
                {
                    return None;
                }
                // "eight specialized prosecution offices": offices are counted.
                if matches!(class, NounClass::Metric(_))
                    && !clean.ends_with('s')
                    && !word.ends_with([',', ';', ')'])
                    && METRIC_COMPOUND_HEADS.contains(&next)
                {
                    return None;
                }
                // "95 official and potential victims": a singular coordinated with a modifier
                // before the plural head modifies it.
                if !word.ends_with([',', ';', ')', '\'', '\u{2019}']) {
                    if let Some((head, head_class, head_end)) =
                        head_after_coordination(text, wend).filter(|_| is_singular_of_listed(clean))
                    {
                        words.push(text[ws..head_end - head.len()].trim_end());
                        clean = head;
                        class = head_class;
                        wend = head_end;
                    }
                }
                // Not after an owner: "12 victims' children" are the victims' (see `counts`).
                if wend == ws + wlen && !word.ends_with([',', ';', ')', '\'', '\u{2019}']) {
                    if let Some(c2) = classify_noun(next) {
                        words.push(clean);
                        clean = next;
                        class = c2;
                        wend += 1 + next.len();
                    }
                }
            }
            words.push(clean);
            let subject = words
                .iter()
                .filter(|w| {
                    !matches!(
                        w.to_ascii_lowercase().as_str(),
                        "of" | "out" | "these" | "the" | "them" | "those" | "such"
                    )
                })
                .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            let exploited = matches!(class, NounClass::Enforcement | NounClass::Trainee)
                && crate::pattern::is_one_of(clean, PEOPLE_HEADS)
                && (exploited_right_after(&text[wend..])
                    || joined_to_victims(text, from, wend)
                    || sent_to_care_after(&text[wend..]));
            return Some(NounPhrase {
                class,
                subject,
                end: wend,
                exploited,
            });
        }
        let lower = clean.to_ascii_lowercase();
        let is_number = clean.bytes().all(|b| b.is_ascii_digit() || b == b',') && !clean.is_empty();
        let proper = clean.starts_with(|c: char| c.is_ascii_uppercase())
            && clean.len() > 1
            && !words.is_empty()
            || clean.starts_with(|c: char| c.is_ascii_uppercase()) && clean.len() > 2;
        // "250 consular officials", "12 unaccompanied minors": an unlisted word right before the noun.
        let unlisted_modifier = || {
            unlisted < 2
                && clean.len() > 2
                && clean.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !word.ends_with([',', ';', ')'])
                && !NOT_MODIFIERS.contains(&lower.as_str())
                && (noun_follows(&text[pos..])
                    || joined_to_a_modifier(&text[pos..])
                    || adverb_before_modifier(&lower, &text[pos..])
                    || metric_noun_past_a_word(&text[pos..]))
        };
        // "labor and sex trafficking investigations": modifiers joined by "and" or "or"; so
        // "12 new and ongoing cases", with an unlisted one right before the noun.
        let joins_modifiers = || {
            let next = text[pos..].split_whitespace().next();
            let next_modifies = || {
                next.is_some_and(|n| {
                    n.len() > 2
                        && n.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                        && !NOT_MODIFIERS.contains(&n)
                        && word_value(n).is_none()
                        && noun_follows(
                            &text[text.len() - text[pos..].trim_start().len() + n.len()..],
                        )
                })
            };
            // "336 Indonesian and foreign victims", "Filipino and Indonesian workers".
            let demonym = |w: &str| {
                w.len() > 2
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.bytes().all(|b| b.is_ascii_alphabetic())
            };
            let modifies = |w: &str| NOUN_MODIFIERS.contains(&w.to_ascii_lowercase().as_str());
            matches!(lower.as_str(), "and" | "or")
                && !word.ends_with(',')
                && words
                    .last()
                    .is_some_and(|w| modifies(w) || demonym(w) || after_unlisted)
                && (next.is_some_and(|n| modifies(n) || demonym(n)) || next_modifies())
        };
        if NOUN_MODIFIERS.contains(&lower.as_str())
            || proper
            || (is_number && words.last().is_some_and(|w| *w == "of"))
            // "99 out of 102 victims": the pool's noun is the count's.
            || (words.is_empty() && lower == "out" && text[pos..].starts_with(" of "))
            || joins_modifiers()
            || (unlisted_modifier() && {
                unlisted += 1;
                last_unlisted = true;
                true
            })
        {
            words.push(clean);
            if word.ends_with(',') {
                return None;
            }
            continue;
        }
        return None;
    }
    None
}

/// "slavery and forced begging victims": "and" or "or" next, then a listed modifier.
fn joined_to_a_modifier(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    words.next().is_some_and(|w| w == "and" || w == "or")
        && words
            .next()
            .is_some_and(|w| NOUN_MODIFIERS.contains(&w.to_ascii_lowercase().as_str()))
}

/// "three hereditary slavery investigations": a plural metric noun after one more unlisted
/// word (not "one chose deferred prosecution").
fn metric_noun_past_a_word(rest: &str) -> bool {
    let mut words = rest.strip_prefix(' ').unwrap_or("").split(' ');
    let (Some(word), Some(noun)) = (words.next(), words.next()) else {
        return false;
    };
    let noun = noun.trim_end_matches([',', ';', '.', ')', ':']);
    word.len() > 2
        && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && noun.ends_with('s')
        && matches!(classify_noun(noun), Some(NounClass::Metric(_)))
}

/// "three potentially complicit officials", "two allegedly corrupt police officers": an
/// adverb before one more unlisted word and the noun.
fn adverb_before_modifier(word: &str, rest: &str) -> bool {
    let Some((modifier, after)) = rest.strip_prefix(' ').and_then(|r| r.split_once(' ')) else {
        return false;
    };
    word.len() > 4
        && word.ends_with("ly")
        && modifier.len() > 2
        && modifier
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-')
        && noun_follows(&rest[1 + modifier.len()..])
        && !after.is_empty()
}

/// True when a counted noun starts `rest` after a space, behind at most two listed modifiers
/// ("ongoing trafficking investigations" after "ongoing").
pub(super) fn noun_follows(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let mut words = rest.split(' ');
    for _ in 0..3 {
        let Some(raw) = words.next() else {
            return false;
        };
        let word = raw.trim_end_matches([',', ';', '.', ')', ':']);
        if classify_noun(word).is_some() {
            return true;
        }
        if word.len() != raw.len() || !NOUN_MODIFIERS.contains(&word.to_ascii_lowercase().as_str())
        {
            return false;
        }
    }
    false
}

/// "8 sex trafficking and 4 labor trafficking cases": a count whose modifiers are followed
/// by "and" or "or" and the next count shares the next count's noun.
pub(super) fn noun_shared_ahead(
    text: &str,
    q: &QuantityMention,
    next: Option<&&QuantityMention>,
) -> Option<NounPhrase> {
    let next = next?;
    let between: Vec<&str> = text[q.end..next.start].split_whitespace().collect();
    // "investigated 28 and prosecuted 22 cases", "initiating 10 and continuing 13
    // investigations": each verb's count of the same noun.
    if let ["and", verb] = between.as_slice() {
        let verb_form = verb.ends_with("ed")
            || (verb.ends_with("ing") && !["including", "involving"].contains(verb));
        if verb.len() > 4 && verb_form && verb.bytes().all(|b| b.is_ascii_alphabetic()) {
            let shared = noun_after(text, next.end)?;
            return Some(NounPhrase {
                end: q.end,
                ..shared
            });
        }
    }
    let (&joiner, modifiers) = between.split_last()?;
    let joined =
        matches!(joiner, "and" | "or") && !modifiers.iter().any(|w| w.ends_with([',', ';']));
    let modifiers_only = modifiers.iter().all(|w| {
        NOUN_MODIFIERS.contains(&w.to_ascii_lowercase().as_str())
            || w.starts_with(|c: char| c.is_ascii_uppercase())
    });
    if !joined || !modifiers_only || modifiers.len() > 3 {
        return None;
    }
    let shared = noun_after(text, next.end)?;
    // "88 women and 14 children": people named by the modifier need no head noun.
    let people = modifiers
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("women") || w.eq_ignore_ascii_case("men"));
    let head = match people {
        true => "",
        false => shared.subject.rsplit(' ').next().unwrap_or(""),
    };
    let subject = modifiers
        .iter()
        .copied()
        .chain((!head.is_empty()).then_some(head))
        .collect::<Vec<_>>()
        .join(" ");
    Some(NounPhrase {
        class: shared.class,
        subject,
        end: q.end,
        exploited: false,
    })
}

/// Whether the words after a count or its noun open with "to" and name, within three words,
/// where the people were sent ("to NGO shelters", "to their home countries").
pub(super) fn sent_to(after: &str, names_place: impl Fn(&str) -> bool) -> bool {
    let mut words = after.split_whitespace();
    words.next() == Some("to") && words.take(3).map(trim_word).any(names_place)
}

/// Whether people counted are sent to care right after their noun ("referred 40 persons to
/// shelters", "to NGO care facilities"): victims given it.
fn sent_to_care_after(after: &str) -> bool {
    sent_to(after, |w| {
        crate::pattern::is_one_of(w, CARE_DESTINATIONS) || crate::pattern::is_one_of(w, CARE_PLACES)
    })
}

/// Whether people counted are joined to a count of victims ("12 adults and 14 children",
/// "14 girls and 12 adults"): they are victims too.
fn joined_to_victims(text: &str, count_end: usize, noun_end: usize) -> bool {
    let is_victims = |w: &str| crate::pattern::is_one_of(trim_word(w), VICTIM_NOUNS);
    let is_number = |w: &str| {
        let w = trim_word(w);
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b',')
            || word_value(w).is_some()
    };
    let before = text[..count_end]
        .trim_end()
        .rsplit_once(' ')
        .map_or("", |(before, _)| before);
    let joined_after = before
        .strip_suffix(" and")
        .map(|b| b.trim_end_matches(','))
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(is_victims);
    // The next count's words, up to three and to the end of its phrase.
    let victims_in_phrase = |words: &mut dyn Iterator<Item = &str>| {
        for w in words.take(3) {
            if is_victims(w) {
                return true;
            }
            if w.ends_with([',', ';', '.', ')']) {
                return false;
            }
        }
        false
    };
    let mut after = text[noun_end..].split_whitespace();
    let joined_before = after.next() == Some("and")
        && after.next().is_some_and(is_number)
        && victims_in_phrase(&mut after);
    joined_after || joined_before
}

/// Whether the words right after people tell they were exploited ("exploited in", "who were
/// forced to beg", "in forced labor"); not "suspected of forced labor".
fn exploited_right_after(after: &str) -> bool {
    const LINKS: [&str; 8] = [
        "who",
        "that",
        "were",
        "was",
        "had",
        "been",
        "allegedly",
        "reportedly",
    ];
    let mut words = after
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(trim_word)
        .skip_while(|w| crate::pattern::is_one_of(w, &LINKS));
    let exploited =
        |w: Option<&str>| w.is_some_and(|w| crate::pattern::is_one_of(w, EXPLOITED_WORDS));
    match words.next() {
        Some(w) if w.eq_ignore_ascii_case("in") => exploited(words.next()),
        w => exploited(w),
    }
}

/// Whether a noun of `class` counts cases of an act of law enforcement that may go on to
/// `metric`'s, a later stage ("25 prosecutions, 20 of which resulted in convictions").
fn cases_taken_to(class: NounClass, metric: Metric) -> bool {
    matches!(class, NounClass::Metric(m) if super::parts::later_stage(m, metric))
}

pub(super) fn fits(metric: Metric, class: NounClass) -> bool {
    match class {
        NounClass::Metric(m) => m == metric,
        NounClass::Victim => is_victim_metric(metric),
        NounClass::Enforcement => {
            is_enforcement_metric(metric) || metric == Metric::OfficialsTrained
        }
        NounClass::Trainee => metric == Metric::OfficialsTrained || is_enforcement_metric(metric),
    }
}

/// The metric of a verb joined before the one right before a count whose noun is left out:
/// "prosecuted and convicted four" (`counted` is convictions) gives prosecutions.
pub(super) fn verb_joined_before(
    text: &str,
    q: &QuantityMention,
    counted: Metric,
    previous: NounClass,
) -> Option<Metric> {
    let mut back = text[..q.start].split_whitespace().rev();
    let verb = back.next()?;
    if metric_of_word(verb) != Some(counted) || back.next() != Some("and") {
        return None;
    }
    let joined = metric_of_word(back.next()?)?;
    let same_act = is_victim_metric(joined) == is_victim_metric(counted);
    (joined != counted && same_act && fits(joined, previous)).then_some(joined)
}

/// The metric of a count whose noun is left out, which takes the noun of the count before
/// it (`previous`) when the metric fits that noun: a metric verb right before the count with
/// nothing but a preposition or the clause's end after it ("and referred 25 to shelters"),
/// or a passive metric verb right after it ("Of the 120 victims, 80 were referred").
pub(super) fn elliptical_metric(
    text: &str,
    q: &QuantityMention,
    previous: NounClass,
) -> Option<Metric> {
    let after = past_aside(text, q).trim_start();
    // "referred 40 of them to shelters", "two of which were prosecuted": the pronoun stands
    // for the previous count's noun.
    let after = ["of them", "of these", "of those", "of which", "of whom"]
        .iter()
        .find_map(|p| {
            after
                .get(..p.len())
                .filter(|head| head.eq_ignore_ascii_case(p))
                .map(|_| after[p.len()..].trim_start())
        })
        .unwrap_or(after);
    // "and four identified as transgender": what they are, not an act.
    let mut first_two = after
        .split_whitespace()
        .skip_while(|w| ["were", "was"].contains(w));
    if first_two.nth(1) == Some("as") && !names_victims_after_as(after) {
        return None;
    }
    let mut words = words_of(after);
    let next = words.next().unwrap_or("");
    if let Some(verb) = passive_verb(next, &mut words) {
        // "and 12 were provided with legal aid": the participle's object tells the act.
        let paired = || words.take(3).find_map(|w| metric_of_pair(verb, w));
        return metric_of_word(verb)
            .or_else(paired)
            .filter(|m| fits(*m, previous));
    }
    // "12 victims received counseling and four received shelter", "six received legal
    // assistance": what was received, perhaps after one modifier.
    if next.eq_ignore_ascii_case("received") {
        return words
            .take(2)
            .find_map(metric_received)
            .filter(|m| fits(*m, previous));
    }
    // "21 entered the government-funded victim care program": taken into a program of care.
    if crate::pattern::is_one_of(next, crate::rules::lexicon::ENTERING_VERBS) {
        return super::verbs::program_named(words)
            .map(|_| Metric::VictimsAssisted)
            .filter(|m| fits(*m, previous));
    }
    // "three of which resulted in convictions", "ended in a conviction", "led to prosecutions";
    // "25 prosecutions, 20 of which resulted in convictions": cases taken further.
    if crate::pattern::is_one_of(next, OUTCOME_VERBS) {
        let (metric, _) = super::verbs::outcome_after(next, &mut words)?;
        return (fits(metric, previous) || cases_taken_to(previous, metric)).then_some(metric);
    }
    let before = text[..q.start].trim_end();
    // "40 were prosecuted and 25 convicted": the passive's verb, its "were" left out;
    // "compared to 35 sheltered and 70 repatriated victims": so after a comparison, unless
    // the verb has an object of its own ("24 served children").
    let coordinated = before.ends_with(',') || before.rsplit(' ').next() == Some("and");
    let compared = || {
        (super::counts::COMPARISON.is_match(crate::pattern::tail(before, 40))
            || crate::pattern::contains_ci(crate::pattern::tail(before, 60), "compared"))
            && words_of(after).nth(1).and_then(classify_noun).is_none()
    };
    if (coordinated || compared())
        && next.len() > 2
        && next.as_bytes()[next.len() - 2..].eq_ignore_ascii_case(b"ed")
    {
        if let Some(m) = metric_of_word(next).filter(|m| fits(*m, previous)) {
            return Some(m);
        }
    }
    // "filed charges against 25 of them", "provided assistance to 28", "referred all 35":
    // the metric word before the preposition or "all".
    // "identified an additional 13", "another 20", "a further six": more of the same.
    let mut back = before
        .rsplit(' ')
        .skip_while(|w| matches!(*w, "additional" | "another" | "further" | "an" | "a"));
    let preposition = |w: &str| matches!(w, "against" | "in" | "to" | "of");
    let mut to = false;
    let (verb, after_preposition) = match back.next()? {
        // "provided shelter to all 20": "all" after the preposition.
        "all" => match back.next()? {
            w if preposition(w) => {
                to = w == "to";
                (back.next()?, true)
            }
            w => (w, true),
        },
        w if preposition(w) => {
            to = w == "to";
            (back.next()?, true)
        }
        word => (word, false),
    };
    // "reported providing other care to all 20": care given to them.
    let care_given = || {
        (to && crate::pattern::is_one_of(verb, crate::rules::lexicon::CARE_GIVEN_TO))
            .then_some(Metric::VictimsAssisted)
    };
    // "identified 414 victims and provided services to 354": the metric of a verb and its
    // object read together.
    let verb_object_pair = || {
        let first = back.clone().next()?;
        after_preposition
            .then(|| super::verbs::metric_of_pair(first, verb))
            .flatten()
    };
    // "four prosecutions, one for sex trafficking": a part set beside the count, not a count.
    if verb.ends_with(',') {
        return None;
    }
    // "initiated one new prosecution and convicted eight for sex trafficking": after a case
    // counted by its metric noun, a bare count of another stage counts its own cases.
    let another_stage = |m: Metric| {
        matches!(previous, NounClass::Metric(p) if is_enforcement_metric(p))
            && is_enforcement_metric(m)
    };
    // "compared to providing 63 with emergency assistance": care given, named after "with";
    // "returned all 11 to their home countries": sent home, named after "to".
    if (next.eq_ignore_ascii_case("with") || next.eq_ignore_ascii_case("to"))
        && metric_of_word(verb).is_none()
    {
        return pair_around(before, after).filter(|m| fits(*m, previous));
    }
    let metric = metric_of_word(verb)
        .or_else(verb_object_pair)
        .or_else(care_given)
        .filter(|m| fits(*m, previous) || another_stage(*m))?;
    let ends_clause = after.is_empty() || after.starts_with([',', '.', ';', ')', '(']);
    // A preposition of the act ("referred 25 to shelters"), or a word joining the next
    // clause ("police referred 22 while 155 referrals came from NGOs").
    let joined = [
        "to", "for", "into", "in", "at", "with", "and", "while", "whereas", "but",
    ]
    .iter()
    .any(|p| next.eq_ignore_ascii_case(p));
    (ends_clause || joined).then_some(metric)
}

/// The words after a count past an aside told right after it: a share in brackets ("339 (49
/// percent) received assistance", or "49 percent (339) received" for a share's count) or words
/// between dashes ("referred 21 - all Chinese nationals - to short-term shelter").
pub(super) fn past_aside<'t>(text: &'t str, q: &QuantityMention) -> &'t str {
    let after = &text[past_share(text, q)..];
    after
        .strip_prefix(" - ")
        .and_then(|aside| aside.split_once(" - "))
        .map_or(after, |(_, rest)| rest)
}

/// Where a count's words go on past the share it is told with: a share in brackets after it
/// ("339 (49 percent) of identified victims") or the bracket closing around it when it is a
/// share's count ("49 percent (339) of identified victims"). Otherwise where it ends.
pub(super) fn past_share(text: &str, q: &QuantityMention) -> usize {
    let after = &text[q.end..];
    if let Some((inside, rest)) = after
        .strip_prefix(" (")
        .and_then(|aside| aside.split_once(')'))
    {
        if is_bracketed_share(inside) {
            return text.len() - rest.len();
        }
    }
    match is_count_of_share(text, q) {
        true => q.end + 1,
        false => q.end,
    }
}

/// Whether a count in brackets is the one of the share right before them ("49 percent (339)").
pub(super) fn is_count_of_share(text: &str, q: &QuantityMention) -> bool {
    text[..q.start].strip_suffix('(').is_some_and(is_share) && text[q.end..].starts_with(')')
}

fn is_bracketed_share(inside: &str) -> bool {
    inside.split_whitespace().count() <= 3 && is_share(inside)
}

/// Whether words end with a percentage ("49 percent", "nearly 42%").
pub(super) fn is_share(words: &str) -> bool {
    let words = words.trim_end();
    words.ends_with('%') || words.ends_with(" percent") || words.ends_with(" per cent")
}

/// The metric of a clause about "the number of" something that changed or stood at a count
/// ("The number of convictions rose to 30", "the number of identified victims fell from 120"),
/// or set beside it ("The total number of victims identified, 425, was ...").
pub(super) fn number_of_metric(before: &str) -> Option<Metric> {
    if !contains_ci(before, "number of") {
        return None;
    }
    let c = NUMBER_OF.captures(before)?;
    // "Of the total number of victims assisted, 59 were ...": a part of that number.
    let lead = before[..c.get(0)?.start()].trim_end();
    if ["of the total", "of the"]
        .iter()
        .any(|p| crate::pattern::ends_with_ci(lead, p))
    {
        return None;
    }
    metric_of_counted(c.name("words")?.as_str())
}

/// The metric of the words a number counts: a metric noun ("investigations"), a victim noun
/// with a metric modifier ("identified victims") or participle ("victims identified").
pub(super) fn metric_of_counted(words: &str) -> Option<Metric> {
    let words: Vec<&str> = words.split_whitespace().collect();
    let (noun, modifiers) = words.split_last()?;
    // "the number of victims identified", "the number of cases investigated": the participle
    // after the noun, when the noun may be counted by it.
    if classify_noun(noun).is_none() {
        let counted = modifiers.last().copied().unwrap_or("");
        let trainees = TRAINEE_NOUNS.contains(&counted.to_ascii_lowercase().as_str());
        return metric_of_word(noun).filter(|m| match classify_noun(counted) {
            _ if *m == Metric::OfficialsTrained => trainees,
            Some(NounClass::Victim) => is_victim_metric(*m),
            Some(NounClass::Enforcement) => !is_victim_metric(*m),
            _ => false,
        });
    }
    match classify_noun(noun)? {
        NounClass::Metric(m) => Some(m),
        NounClass::Victim => modifiers
            .iter()
            .find_map(|w| metric_of_word(w))
            .filter(|m| is_victim_metric(*m)),
        _ => None,
    }
}

/// The metric of a clause whose subject, a metric noun, changed to or from a count told
/// after it (`clause` runs from the clause's start to the count): "Prosecutions rose from",
/// "a decrease in prosecutions from".
pub(super) fn changed_subject_metric(clause: &str) -> Option<Metric> {
    // "The government increased the number of investigations from 11 to 23": the object.
    let object = CHANGED_OBJECT.captures(clause);
    if let Some(m) = object.and_then(|c| metric_of_counted(c.name("words")?.as_str())) {
        return Some(m);
    }
    let c = CHANGED_SUBJECT
        .captures(clause)
        .or_else(|| CHANGE_IN_NOUN.captures(clause))?;
    let words = c.name("words")?;
    let metric = |word: &str| match classify_noun(trim_word(word))? {
        NounClass::Metric(m) => Some(m),
        _ => None,
    };
    // "an increase in trafficking convictions from": the noun may follow a modifier.
    metric(words.as_str().split_whitespace().next_back()?).or_else(|| {
        clause[words.start()..]
            .split_whitespace()
            .take_while(|w| !matches!(*w, "from" | "to"))
            .take(3)
            .find_map(metric)
    })
}

/// The last word of a counted noun phrase ("alleged traffickers" → "traffickers").
pub(super) fn head_noun(subject: &str) -> Option<&str> {
    subject.split_whitespace().last().map(trim_word)
}

/// The metric of a metric noun that `before` ends with, followed by "of" and perhaps a
/// bracket between ("investigations (six for sex trafficking) of"), or investigations
/// followed by "into".
pub(super) fn metric_noun_before_of(before: &str) -> Option<Metric> {
    let before = before.trim_end();
    // "386 investigations into 602 suspects": the people looked into.
    let (head, into) = match before.strip_suffix(" of") {
        Some(head) => (head, false),
        None => (before.strip_suffix(" into")?, true),
    };
    let head = head.trim_end();
    let head = match head.strip_suffix(')') {
        Some(inner) => inner[..inner.rfind('(')?].trim_end(),
        None => head,
    };
    match classify_noun(head.rsplit(' ').next()?)? {
        NounClass::Metric(m) if !into || m == Metric::Investigations => Some(m),
        _ => None,
    }
}

/// The metric of a metric noun joined to the one just before `rest` by "and" or "or".
pub(super) fn metric_noun_joined(rest: &str) -> Option<Metric> {
    let mut words = rest.split_whitespace();
    let joined = words.next().is_some_and(|w| w == "and" || w == "or");
    let noun = words.next()?;
    // "15 investigations and prosecutions of 18 defendants": the second noun has a count of its own.
    match classify_noun(trim_word(noun))? {
        NounClass::Metric(m) if joined && !counted_of(words) => Some(m),
        _ => None,
    }
}

/// Whether the words after a metric noun give it a count of its own ("of 18 defendants").
fn counted_of<'a>(mut after: impl Iterator<Item = &'a str>) -> bool {
    after.next() == Some("of")
        && after.next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || crate::quantity::lexicon::NUMBER_WORDS
                    .iter()
                    .any(|(n, _)| w.eq_ignore_ascii_case(n))
        })
}

/// The metrics of the metric nouns listed after the one just before `rest` (", prosecutions,
/// or convictions"): what a zero told by the first counts too ("zero investigations,
/// prosecutions, or convictions in 2016").
pub(super) fn metric_nouns_listed(rest: &str) -> Vec<Metric> {
    let words: Vec<&str> = rest.split_whitespace().take(10).collect();
    let mut listed = Vec::new();
    let mut joined = false;
    for (i, word) in words.iter().enumerate() {
        if matches!(*word, "," | "and" | "or") {
            joined = true;
            continue;
        }
        match classify_noun(trim_word(word)) {
            // Not a noun with a count of its own ("and prosecutions of 18 defendants").
            Some(NounClass::Metric(m)) if joined && !counted_of(words[i + 1..].iter().copied()) => {
                listed.push(m);
                joined = word.ends_with(',');
            }
            _ => break,
        }
    }
    listed
}

/// Whether the words after "VERB as" name victims ("identified as trafficking victims").
fn names_victims_after_as(from_verb: &str) -> bool {
    from_verb
        .split_whitespace()
        .skip(2)
        .take(4)
        .any(|w| classify_noun(trim_word(w)) == Some(NounClass::Victim))
}
