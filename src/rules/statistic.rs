//! `statistic`: counts of victims identified, assisted, referred and
//! repatriated, of investigations, prosecutions and convictions, and of
//! officials trained, including counts stated as zero.
//!
//! ```text
//! count  := VERB ("," VERB)* ("and" | "or") VERB QUANTITY MODIFIER* NOUN      "investigating, prosecuting, and convicting three potential traffickers"
//!         | QUANTITY MODIFIER* NOUN ... ("were" | "had been")? VERB            "25 victims were assisted by NGOs"
//!         | QUANTITY METRIC_NOUN                                              "17 prosecutions"
//!         | NOUN "(" QUANTITY ")"                                             "identified victims (312)"
//!         | ("from" | "compared with") QUANTITY "in" YEAR                     takes the metric of the count before it
//! zero   := ("did not" | "failed to") "report"? VERB ("or" VERB)* ("any" | "anyone")
//!         | ("reported" | "demonstrated") "no efforts to" VERB ("," VERB)*
//!         | "no" ("legal")? ("investigations" | "prosecutions" | "convictions")
//! ```
//! Breakdowns in brackets after a count ("150 victims (53 sex trafficking, 97
//! labor trafficking)"), parts of it ("190 victims, including 56 children") and the
//! denominator of "148 of 150" are not counts. A count that leaves its noun out takes the
//! noun of the count before it ("identified 40 victims and referred 25 to shelters").
//! Money, percentages, ages, years, durations and article numbers never are.

use super::context::{clause, contrast_at, SentenceCtx};
use super::lexicon::{
    is_enforcement_metric, is_victim_metric, COMMITMENT_VERBS, ENFORCEMENT_NOUNS, METRIC_NOUNS,
    METRIC_PAIRS, METRIC_STEMS, NOT_MODIFIERS, NOUN_MODIFIERS, OPENING_VERBS, OTHER_ACTIONS,
    STATUS_HEDGES, TRAINEE_NOUNS, VAGUE_AMOUNTS, VICTIM_NOUNS,
};
use super::{Discourse, Output, Rule};
use crate::event::{EventKind, Fact, Metric};
use crate::lazy_regex;
use crate::pattern::contains_ci;
use crate::quantity::{Quantity, QuantityKind, QuantityMention};
use crate::temporal::{PartialDate, TimeExpr, TimeMention};

/// Finds statistics.
pub struct StatisticRule;

const VERB: &str = r"(?:investigat|prosecut|convict|identif|refer|assist|repatriat|punish|sentenc|charg|indict|arrest|tr(?:y|ied))\w*";

/// Adverbs that may stand before a metric verb ("did not proactively identify").
/// A verb that gets its metric noun ("secure convictions in").
const GETS_METRIC: &str = r"(?:secur|obtain|achiev)\w*\s+(?:investigations|prosecutions|convictions)(?:\s+(?:in|of|for|against))?";
const ADVERB: &str = r"(?:proactively|actively|formally|officially|successfully|criminally|systematically|adequately|effectively|specifically|independently|publicly|fully)";
lazy_regex!(
    ZERO_DID_NOT,
    format!(
        r"(?i)\b(?:(?:did|does|do|has|have|had)\s+not|failed\s+to|was\s+unable\s+to|(?:has|have|had|is|was)\s+yet\s+to)\s+(?:report\s+|demonstrate\s+|make\s+)?(?:{ADVERB}\s+)?(?:(?:{VERB}|{GETS_METRIC})(?:\s*,\s*(?:or\s+|and\s+|nor\s+)?(?:{ADVERB}\s+)?(?:{VERB}|{GETS_METRIC})|\s+(?:or|and|nor)\s+(?:{ADVERB}\s+)?(?:{VERB}|{GETS_METRIC}))*)\s+(?:any(?:one|body)?\b(?:\s+[\w-]+){{0,3}}|a\s+single\s+[\w-]+)"
    )
);
// "... or identifying any trafficking victims": a metric verb with its own object, joined by
// "or" to a zero before it in the clause.
lazy_regex!(
    ZERO_OR_ANOTHER,
    format!(
        r"(?i)(?:,\s*|\s)(?:or|nor)\s+(?:{ADVERB}\s+)?(?P<verb>{VERB})\s+(?P<obj>(?:any(?:one|body)?|a\s+single)\b(?:\s+[\w-]+){{0,3}})"
    )
);
/// Gerunds of the metric verbs.
const GERUND: &str =
    r"(?:investigat|prosecut|convict|identify|referr|assist|repatriat|sentenc|charg|indict)ing";
// "did not report investigating, prosecuting, or convicting sex trafficking offenders": the
// report's template, its object without "any".
lazy_regex!(
    ZERO_NOT_REPORTED,
    format!(
        r"(?i)\b(?:did|does|has|have|had)\s+not\s+report\s+(?P<verbs>{GERUND}(?:\s*,\s*(?:or\s+|and\s+)?{GERUND}|\s+(?:or|and)\s+{GERUND})*)\s+(?P<obj>(?:[\w-]+\s+){{0,3}}?(?:traffickers|offenders|suspects|perpetrators|defendants))\b"
    )
);
lazy_regex!(
    ZERO_NEVER,
    format!(
        r"(?i)\b(?:has|have|had)\s+never\s+(?:reported\s+)?(?:{ADVERB}\s+)?(?P<verbs>{VERB}(?:\s*,\s*(?:or\s+|and\s+)?{VERB}|\s+(?:or|and)\s+{VERB})*)\s+(?P<obj>(?:a|an|any)(?:\s+[\w-]+){{1,3}})"
    )
);
lazy_regex!(
    ZERO_NO_EFFORTS,
    format!(
        r"(?i)\b(?:(?:reported|demonstrated|made|showed|took)\s+no|did\s+not\s+(?:report|demonstrate|make|show|take)\s+any)\s+(?:law\s+enforcement\s+)?(?:efforts|actions?)\s+to\s+(?P<verbs>{VERB}(?:\s*,\s*(?:or\s+|and\s+)?{VERB}|\s+(?:or|and)\s+{VERB})*)(?P<obj>(?:\s+[\w-]+){{0,4}})"
    )
);
const METRIC_NOUN: &str = r"(?:investigations|prosecutions|convictions)";
/// Words that may stand before a metric noun without making it a part of the whole
/// ("no new trafficking prosecutions"; not "no labor trafficking prosecutions").
const MODIFIERS: &str =
    r"(?:(?:legal|new|reported|formal|criminal|human|trafficking|anti-trafficking)\s+){0,3}";
lazy_regex!(
    ZERO_NO_NOUN,
    format!(
        r"(?i)\b(?:there\s+(?:were|was|had\s+been)\s+|with\s+|and\s+|reported\s+|initiated\s+|(?:produced|secured|achieved|obtained|recorded|conducted)\s+|from\s+|compared\s+(?:with|to)\s+|(?:had|has|have)\s+)(?P<no>no)\s+{MODIFIERS}(?P<nouns>{METRIC_NOUN}(?:\s*,\s*(?:or\s+|and\s+)?{METRIC_NOUN}|\s+(?:or|and|nor)\s+{METRIC_NOUN})*)\b|\b(?:(?:did\s+not|failed\s+to)\s+(?:report|secure|obtain|achieve|record|initiate|open)|(?:has|have|had)\s+(?:not|never)\s+(?:reported|secured|obtained|achieved|recorded|initiated|opened)|there\s+(?:have|has|had)\s+not\s+been)\s+any\s+{MODIFIERS}(?P<nouns2>{METRIC_NOUN}(?:\s*,\s*(?:or\s+|and\s+)?{METRIC_NOUN}|\s+(?:or|and|nor)\s+{METRIC_NOUN})*)\b|\bno\s+{MODIFIERS}(?P<nouns3>{METRIC_NOUN}(?:\s*,\s*(?:or\s+|and\s+)?{METRIC_NOUN}|\s+(?:or|and|nor)\s+{METRIC_NOUN})*)\s+(?:were|was|have\s+been|had\s+been)\s+(?:reported|recorded|secured|obtained|achieved)\b"
    )
);
// "compared with no traffickers convicted in 2018": the copula left out after a comparison.
lazy_regex!(
    ZERO_NO_ACTORS_COMPARED,
    r"(?i)\b(?:compared\s+(?:with|to)|from|versus|than)\s+(?P<no>no)\s+(?:(?:trafficking|human|suspected|alleged|criminal|new)\s+){0,2}(?P<noun>traffickers|offenders|suspects|perpetrators|defendants|cases)\s+(?P<verbs>[a-z]+ed)\b"
);
lazy_regex!(
    ZERO_NO_VICTIMS,
    r"(?i)\bno\s+(?:[\w-]+\s+){0,2}?victims\s+(?:were|was|had\s+been|have\s+been)\s+(?:officially\s+|formally\s+)?(?P<verb>identified|referred|assisted|repatriated|sheltered)\b"
);
lazy_regex!(
    ALL_OF_THEM,
    r"(?i)\ball\s+of\s+(?:whom|them|these)\s+(?:were|was|had\s+been|have\s+been)\s+(?:subsequently\s+|later\s+)?(?P<verb>[a-z]+)|\b(?P<verb2>[a-z]+)\s+all\s+of\s+them\b"
);
// "No traffickers were convicted", "no officials were trained".
lazy_regex!(
    ZERO_NO_ACTORS,
    r"(?i)\bno\s+(?:(?:trafficking|human|suspected|alleged|criminal|new)\s+){0,2}(?P<noun>traffickers|offenders|suspects|perpetrators|defendants|cases|officials|officers|police|judges|prosecutors)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:ever\s+|yet\s+)?(?P<verbs>[a-z]+(?:\s*,\s*(?:or\s+|and\s+|nor\s+)?[a-z]+|\s+(?:or|and|nor)\s+[a-z]+)*)"
);
lazy_regex!(
    NUMBER_OF,
    r"(?i)\bnumber\s+of\s+(?P<words>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:(?:has|had)\s+)?(?:rose|risen|increased|grew|grown|fell|fallen|decreased|dropped|declined|went\s+(?:up|down)|was|were|stood|reached|totaled|totalled)\b(?:\s+[\w-]+){0,6}?\s+(?:from|to|at|by)?\s*$"
);
lazy_regex!(
    COMPARED,
    r"(?i)\b(?:compared\s+(?:with|to)|from|than|versus)\b"
);
crate::lazy_cues!(
    COMPLICITY,
    &[
        "complicit",
        "complicity",
        "government employees",
        "officials for"
    ]
);
lazy_regex!(VERB_WORD, format!(r"(?i)\b{VERB}"));
lazy_regex!(
    NONE_COMPARED,
    r"(?i)\b(?:compared\s+(?:with|to)|(?:up\s+)?from|versus|vs\.?|than)\s+(?:none|zero)\b|(?:\band|,)\s+(?:none|zero)\s+(?:in|during)\s+(?:19|20)\d\d\b"
);
lazy_regex!(
    YEAR_ASIDE,
    r"^[\w,-]+(?:\s+[a-z]+)?\s+(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:preceding|previous|prior|last)\s+(?:reporting\s+)?(?:period|year))\s*[),;]"
);
lazy_regex!(
    YEAR_AFTER,
    r"^\s+(?:in|during)\s+(?:19|20)\d\d\b\s*(?:[.,;)]|$)"
);
// "..., and eight cases in 2019": a count with a year of its own ends a list of parts.
lazy_regex!(
    NOUN_THEN_YEAR,
    r"^\s+(?:[\w-]+\s+){0,3}?(?:in|during)\s+(?:19|20)\d\d\b"
);
lazy_regex!(
    SAME_AS_IN,
    r"^same\s+(?:number\s+|total\s+)?as\s+(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b"
);
lazy_regex!(
    COMPARISON,
    r"(?i)(?:\bfrom|\bcompared\s+(?:with|to)|\bas\s+opposed\s+to|\bthan(?:\s+the)?|\bversus|\bvs\.?|\bagainst)\s*(?:\(\s*)?$"
);

impl Rule for StatisticRule {
    fn name(&self) -> &'static str {
        "statistic"
    }

    fn kind(&self) -> EventKind {
        EventKind::Statistic
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        // Counts and negations are checked inside `apply` (digits by a byte scan, number
        // words by a word set), which keeps the cue automaton small enough for its fast prefilter.
        &[&[
            "investigat",
            "opened",
            "initiated",
            "instituted",
            "number of",
            "prosecut",
            "convict",
            "identif",
            "register",
            "detect",
            "assist",
            "shelter",
            "refer",
            "repatriat",
            "train",
            "charged",
            "charges",
            "indict",
            "services",
            "care$",
            "housing",
            "accommodation",
        ]]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, _d: &mut Discourse, out: &mut Output) {
        // "plans to train 200 officials" counts nothing; "220 cases are still pending" does.
        if cx.hedges().any_besides(STATUS_HEDGES) {
            return;
        }
        let mut found: Vec<(usize, crate::event::Event)> = Vec::new();
        if cx.is_negated() {
            zeros(cx, self.name(), &mut found);
        }
        // A bare year is never a count: without other digits or a number word there is nothing to count.
        if cx.has_count_digits() || cx.has_number_word() {
            counts(cx, self.name(), &mut found);
        }
        found.sort_by_key(|(pos, _)| *pos);
        out.events.extend(found.into_iter().map(|(_, e)| e));
    }
}

/// The first letters of [`METRIC_STEMS`], in both cases.
static STEM_INITIALS: [bool; 256] = {
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

fn metric_of_word(word: &str) -> Option<Metric> {
    let w = trim_word(word);
    if !STEM_INITIALS[usize::from(*w.as_bytes().first()?)] {
        return None;
    }
    let ends = |suffix: &str| {
        w.len() >= suffix.len()
            && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
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
static PAIR_INITIALS: [bool; 256] = {
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
fn promised(before: &str) -> bool {
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

/// `word` without the punctuation around it.
fn trim_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_ascii_alphanumeric())
}

/// The metric of two words read together ([`METRIC_PAIRS`]: "provided services").
fn metric_of_pair(first: &str, second: &str) -> Option<Metric> {
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

fn verb_metrics(verbs: &str) -> Vec<Metric> {
    let mut out: Vec<Metric> = VERB_WORD
        .find_iter(verbs)
        .filter_map(|m| metric_of_word(m.as_str()))
        .collect();
    out.dedup();
    out
}

type Found = Vec<(usize, crate::event::Event)>;

#[allow(clippy::too_many_arguments)]
fn push(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    metric: Metric,
    quantity: Quantity,
    subject: Option<String>,
    pos: usize,
    limit: usize,
) {
    // "from zero the previous two years": a zero over several periods is one in each.
    let recent = |t: &TimeMention| matches!(t.expr, TimeExpr::RecentPeriods { .. });
    if quantity == Quantity::exact(0) && cx.times().iter().any(recent) {
        return push_zero(cx, rule, out, metric, subject, pos);
    }
    let date = cx.activity_date(pos, limit).point();
    push_dated(cx, rule, out, metric, quantity, subject, pos, date);
}

/// "convicted five traffickers in both 2017 and 2018": the years the same count holds for,
/// listed right after its noun (none for any other count).
fn years_of_each(cx: &SentenceCtx<'_>, noun_end: usize) -> Vec<PartialDate> {
    let rest = &cx.text[noun_end..];
    let lead = rest.len() - rest.trim_start().len();
    ["in both ", "in each of "]
        .iter()
        .find(|p| {
            rest[lead..]
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
        .map_or_else(Vec::new, |p| {
            cx.dates_listed_after(noun_end + lead + p.len())
        })
}

#[allow(clippy::too_many_arguments)]
fn push_dated(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    metric: Metric,
    quantity: Quantity,
    subject: Option<String>,
    pos: usize,
    date: Option<PartialDate>,
) {
    out.push((
        pos,
        cx.event(
            Fact::Statistic {
                metric,
                quantity,
                subject,
                label: None,
            },
            date,
            false,
            rule,
        ),
    ));
}

fn zeros(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found) {
    let text = cx.text;
    let first = out.len();
    zeros_in(cx, rule, out, cx.negations());
    // Zeros about complicit officials describe another population than the year's cases:
    // those whose own clause speaks of complicity are left out.
    if out.len() > first && COMPLICITY.any_in(text) {
        let mut index = 0;
        out.retain(|(pos, _)| {
            index += 1;
            index <= first || !complicit_around(text, *pos)
        });
    }
}

/// Whether the clause around `pos`, up to a contrast on either side, speaks of complicity.
fn complicit_around(text: &str, pos: usize) -> bool {
    let (cs, ce) = clause(text, pos);
    let before = &text[cs..pos];
    let start = before
        .match_indices(", ")
        .map(|(i, _)| i)
        .filter(|&i| contrast_at(&before[i..]) == 0)
        .last()
        .map_or(cs, |i| cs + i);
    let end = pos + contrast_at(&text[pos..ce]);
    COMPLICITY.any_in(&text[start..end])
}

/// The zeros of one sentence, complicity aside.
fn zeros_in(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found, negations: super::Negations) {
    let text = cx.text;
    let (not, no) = (negations.has("not "), negations.has("no "));
    let did_not =
        not || negations.has("failed") || negations.has("unable") || negations.has("yet to ");
    if !(did_not || no || negations.has("never")) {
        return;
    }
    let did_not_matches = did_not
        .then(|| ZERO_DID_NOT.find_iter(text))
        .into_iter()
        .flatten();
    for m in did_not_matches {
        let (verbs, obj) = split_object(m.as_str());
        // "did not report prosecuting any traffickers or identifying any victims": the
        // object ends where another denied verb joins.
        let from = m.start() + verbs.len();
        let rest = &text[from..clause(text, from).1];
        let rest = &rest[..contrast_at(rest)];
        let others: Vec<_> = ZERO_OR_ANOTHER.captures_iter(rest).collect();
        let obj = others
            .first()
            .and_then(|c| obj.get(..c.get(0)?.start()))
            .unwrap_or(obj);
        push_denied(cx, rule, out, verbs, obj, m.start());
        for c in &others {
            push_denied(cx, rule, out, &c["verb"], &c["obj"], m.start());
        }
    }
    // Each pattern needs a word the sentence may lack; a byte search is cheaper than the pattern.
    let efforts = contains_ci(text, "efforts")
        || contains_ci(text, "no action")
        || contains_ci(text, "any action");
    let victims = contains_ci(text, "victims");
    let metric_nouns = ["investigations", "prosecutions", "convictions"]
        .iter()
        .any(|n| contains_ci(text, n));
    // "reported no efforts to investigate", "did not report investigating ... offenders".
    let no_efforts = (efforts && (no || not))
        .then(|| ZERO_NO_EFFORTS.captures_iter(text))
        .into_iter()
        .flatten();
    let unreported = (not && contains_ci(text, "not report"))
        .then(|| ZERO_NOT_REPORTED.captures_iter(text))
        .into_iter()
        .flatten();
    for c in no_efforts.chain(unreported) {
        let m = c.get(0).expect("group 0");
        let obj = c.name("obj").map_or("", |o| o.as_str());
        for metric in verb_metrics(c.name("verbs").map_or("", |v| v.as_str())) {
            if is_enforcement_metric(metric) {
                push_zero(cx, rule, out, metric, subject_of(obj), m.start());
            }
        }
    }
    // "has never convicted a trafficking offender"
    for c in negations
        .has("never")
        .then(|| ZERO_NEVER.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let m = c.get(0).expect("group 0");
        let obj = c.name("obj").map_or("", |o| o.as_str());
        // "never" holds up to the time of the telling: a year elsewhere in the sentence ("the
        // last prosecution in 2015", "since 2015") is another fact's.
        let told = crate::temporal::anchor::lead_in_year(text).or(cx.anchor.activity_year());
        for metric in verb_metrics(c.name("verbs").map_or("", |v| v.as_str())) {
            if is_enforcement_metric(metric) && !names_victims(obj) {
                let date = told.map(PartialDate::year);
                push_dated(
                    cx,
                    rule,
                    out,
                    metric,
                    Quantity::exact(0),
                    subject_of(obj),
                    m.start(),
                    date,
                );
            }
        }
    }
    for c in (metric_nouns && (no || did_not || negations.has("never")))
        .then(|| ZERO_NO_NOUN.captures_iter(text))
        .into_iter()
        .flatten()
    {
        // Dated from the zero itself, past any comparison before it.
        let m = c.name("no").unwrap_or_else(|| c.get(0).expect("group 0"));
        let nouns = c
            .name("nouns")
            .or(c.name("nouns2"))
            .or(c.name("nouns3"))
            .map_or("", |n| n.as_str())
            .to_ascii_lowercase();
        for noun in nouns
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
        {
            if let Some((_, metric)) = METRIC_NOUNS.iter().find(|(n, _)| *n == noun) {
                push_zero(cx, rule, out, *metric, None, m.start());
            }
        }
    }
    let actors = no
        .then(|| ZERO_NO_ACTORS.captures_iter(text))
        .into_iter()
        .flatten();
    let compared = (no && memchr::memmem::find(text.as_bytes(), b" no ").is_some())
        .then(|| ZERO_NO_ACTORS_COMPARED.captures_iter(text))
        .into_iter()
        .flatten();
    for c in actors.chain(compared) {
        let m = c.name("no").unwrap_or_else(|| c.get(0).expect("group 0"));
        let noun = c
            .name("noun")
            .map_or("", |n| n.as_str())
            .to_ascii_lowercase();
        // Officials are trained; the others are investigated, prosecuted or convicted.
        let trainees = matches!(
            noun.as_str(),
            "officials" | "officers" | "police" | "judges" | "prosecutors"
        );
        for metric in c
            .name("verbs")
            .map_or("", |v| v.as_str())
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .filter_map(metric_of_word)
        {
            let fits = if trainees {
                metric == Metric::OfficialsTrained
            } else {
                is_enforcement_metric(metric)
            };
            if fits {
                push_zero(cx, rule, out, metric, Some(noun.clone()), m.start());
            }
        }
    }
    for c in (victims && no)
        .then(|| ZERO_NO_VICTIMS.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let m = c.get(0).expect("group 0");
        if let Some(metric) = metric_of_word(c.name("verb").map_or("", |v| v.as_str())) {
            push_zero(cx, rule, out, metric, Some("victims".into()), m.start());
        }
    }
}

/// The zeros of denied metric verbs and their object: victims for a victim metric, anyone
/// else for an enforcement one.
fn push_denied(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    verbs: &str,
    obj: &str,
    pos: usize,
) {
    let victims = names_victims(obj);
    for metric in verb_metrics(verbs) {
        let fits = if is_victim_metric(metric) {
            victims
        } else {
            is_enforcement_metric(metric) && !victims
        };
        if fits {
            push_zero(cx, rule, out, metric, subject_of(obj), pos);
        }
    }
}

/// Whether an appeal court's upholding stands in `window` ("upheld the convictions of").
fn upheld_before(window: &str) -> bool {
    ["upheld", "upholding", "uphold", "affirmed", "affirming"]
        .iter()
        .any(|w| contains_ci(window, w))
}

/// Whether the object of a zero names victims ("any trafficking victims").
fn names_victims(obj: &str) -> bool {
    obj.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        VICTIM_NOUNS.iter().any(|v| w.eq_ignore_ascii_case(v))
    })
}

/// A [`ZERO_DID_NOT`] match cut where its object ("any ...", "a single ...") starts: the
/// part before holds the verbs (no other word there is a metric verb), the rest the object.
/// Cheaper than the pattern's capture groups.
fn split_object(found: &str) -> (&str, &str) {
    let b = found.as_bytes();
    let starts = |i: usize, w: &str| {
        b.get(i..i + w.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
    };
    let at = (1..b.len())
        .find(|&i| b[i - 1] == b' ' && (starts(i, "any") || starts(i, "a single")))
        .unwrap_or(b.len());
    (&found[..at], &found[at..])
}

/// A count stated as zero at `pos`, dated within its clause.
fn push_zero(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    metric: Metric,
    subject: Option<String>,
    pos: usize,
) {
    let (cstart, cend) = clause(cx.text, pos);
    let date = cx.activity_date(pos, cend).point();
    // "did not convict any traffickers for the third consecutive year": none in the years
    // before either, inferred.
    let ahead = pos + contrast_at(&cx.text[pos..cend]);
    // "did not initiate any prosecutions and, for the second consecutive year, did not convict
    // any traffickers": a phrase opening the next conjunct is that conjunct's.
    let opens_next = |t: &TimeMention| {
        let lead = cx.text[pos..t.start].trim_end();
        lead.ends_with(" and,") || lead.ends_with(" but,")
    };
    let in_scope = |t: &TimeMention| match t.end <= pos {
        true => t.start >= cstart && contrast_at(&cx.text[t.end..pos]) == pos - t.end,
        false => t.start >= pos && t.start < ahead && !opens_next(t),
    };
    // "did not initiate any prosecutions during the past two reporting periods": none in each.
    let recent = cx.times().iter().find_map(|t| match t.expr {
        TimeExpr::RecentPeriods { count, offset } if in_scope(t) => Some((count, offset)),
        _ => None,
    });
    // The latest year told and how many years the zero runs back from it.
    let (latest, years) = match (recent, cx.anchor.reporting_period()) {
        (Some((count, offset)), Some(period)) => (
            Some(PartialDate::year(period + offset)),
            count.min(MOST_YEARS_BACK),
        ),
        _ => {
            let run = match date {
                Some(d) if d.month.is_none() => cx.times().iter().find_map(|t| match t.expr {
                    TimeExpr::Consecutive(n) if in_scope(t) => Some(n.min(MOST_YEARS_BACK)),
                    _ => None,
                }),
                _ => None,
            };
            (date, run.unwrap_or(1))
        }
    };
    for back in 0..years {
        let year = latest
            .filter(|_| back > 0)
            .map(|d| PartialDate::year(d.year - back as i32));
        push_dated(
            cx,
            rule,
            out,
            metric,
            Quantity::exact(0),
            subject.clone(),
            pos,
            year.or(latest),
        );
        if let Some((_, event)) = out.last_mut() {
            event.inferred = back > 0;
        }
    }
}

/// Most years a run of zeros reaches back ("for the tenth consecutive year").
const MOST_YEARS_BACK: u32 = 10;

/// "any confirmed trafficking cases" → "confirmed trafficking cases"; "anyone" → none.
fn subject_of(obj: &str) -> Option<String> {
    let mut words: Vec<&str> = obj
        .split_whitespace()
        .skip_while(|w| matches!(w.to_ascii_lowercase().as_str(), "any" | "a" | "single"))
        .take_while(|w| {
            !matches!(
                w.to_ascii_lowercase().as_str(),
                "for" | "to" | "in" | "during" | "under" | "of" | "on" | "with"
            )
        })
        .collect();
    // "any cases and, for the third year, ...": a link to what follows is not the subject's.
    while words.last().is_some_and(|w| {
        ["and", "or", "nor"].contains(&w.trim_end_matches(',').to_ascii_lowercase().as_str())
    }) {
        words.pop();
    }
    let s = words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    (!s.is_empty() && !s.eq_ignore_ascii_case("anyone")).then_some(s)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NounClass {
    Victim,
    Enforcement,
    Trainee,
    Metric(Metric),
}

struct NounPhrase {
    class: NounClass,
    subject: String,
    end: usize,
}

fn classify_noun(word: &str) -> Option<NounClass> {
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

/// The noun a count counts: up to six words after it, skipping modifiers and a "of N" denominator.
fn noun_after(text: &str, from: usize) -> Option<NounPhrase> {
    let mut pos = from;
    let mut words: Vec<&str> = Vec::new();
    let mut unlisted = 0;
    for _ in 0..7 {
        let rest = &text[pos..];
        let trimmed = rest.trim_start();
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
                if !word.ends_with([',', ';', ')']) {
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
                        "of" | "these" | "the" | "them" | "those" | "such"
                    )
                })
                .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            return Some(NounPhrase {
                class,
                subject,
                end: wend,
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
                && noun_follows(&text[pos..])
        };
        // "labor and sex trafficking investigations": modifiers joined by "and" or "or".
        let joins_modifiers = || {
            matches!(lower.as_str(), "and" | "or")
                && !word.ends_with(',')
                && words
                    .last()
                    .is_some_and(|w| NOUN_MODIFIERS.contains(&w.to_ascii_lowercase().as_str()))
                && text[pos..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|n| NOUN_MODIFIERS.contains(&n.to_ascii_lowercase().as_str()))
        };
        if NOUN_MODIFIERS.contains(&lower.as_str())
            || proper
            || (is_number && words.last().is_some_and(|w| *w == "of"))
            || joins_modifiers()
            || (unlisted_modifier() && {
                unlisted += 1;
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

/// True when a counted noun starts `rest` after a space, behind at most two listed modifiers
/// ("ongoing trafficking investigations" after "ongoing").
fn noun_follows(rest: &str) -> bool {
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
fn noun_shared_ahead(
    text: &str,
    q: &QuantityMention,
    next: Option<&&QuantityMention>,
) -> Option<NounPhrase> {
    let next = next?;
    let between: Vec<&str> = text[q.end..next.start].split_whitespace().collect();
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
    })
}

fn fits(metric: Metric, class: NounClass) -> bool {
    match class {
        NounClass::Metric(m) => m == metric,
        NounClass::Victim => is_victim_metric(metric),
        NounClass::Enforcement => {
            is_enforcement_metric(metric) || metric == Metric::OfficialsTrained
        }
        NounClass::Trainee => metric == Metric::OfficialsTrained || is_enforcement_metric(metric),
    }
}

/// Metric verbs before `pos` in the clause (after `floor`), nearest first,
/// with the verbs coordinated with it ("investigating, prosecuting, and convicting").
fn verbs_before(text: &str, floor: usize, pos: usize) -> Vec<Metric> {
    let window = &text[floor..pos];
    let mut words = window.split(' ').scan(0usize, |off, w| {
        let start = *off;
        *off += w.len() + 1;
        Some((start, w))
    });
    let mut found: Vec<(usize, usize, Metric)> = Vec::new();
    while let Some((s, w)) = words.next() {
        // "provided services", "provided initial services": a pair, perhaps a word apart.
        let pair = words
            .clone()
            .take(2)
            .find_map(|(s2, w2)| Some((metric_of_pair(w, w2)?, s2 + w2.len())));
        found.extend(match pair {
            Some((m, end)) => Some((s, end, m)),
            None => metric_of_word(w).map(|m| (s, s + w.len(), m)),
        });
    }
    // "initiated prosecutions of 15": an opening verb yields to the metric word after it.
    let found: Vec<(usize, usize, Metric)> = found
        .iter()
        .enumerate()
        .filter(|&(i, &(s, e, _))| {
            i + 1 == found.len()
                || !OPENING_VERBS
                    .iter()
                    .any(|v| window[s..e].eq_ignore_ascii_case(v))
        })
        .map(|(_, f)| *f)
        .collect();
    let Some(&(last_s, last_e, last_m)) = found.last() else {
        return Vec::new();
    };
    // The nearest verb must be close to the number.
    let gap_words = window[last_e..].split_whitespace().count();
    if gap_words > 6 {
        return Vec::new();
    }
    let mut out = vec![last_m];
    let mut start = last_s;
    for &(s, e, m) in found.iter().rev().skip(1) {
        let between = window[e..start].trim();
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

/// A metric verb within eight words after the noun ("were assisted", "had been identified"),
/// not one in a clause coordinated after it ("arrested 40 suspects and investigated 25").
fn verb_after(text: &str, from: usize, limit: usize) -> Option<(Metric, usize)> {
    let mut off = from;
    let mut words = text[from..limit].split(' ').enumerate().peekable();
    while let Some((i, w)) = words.next() {
        let next = words.peek().map_or("", |(_, n)| n);
        // "80 judges and prosecutors received training": a noun coordinated with the counted one.
        let coordinated_noun =
            matches!(w, "and" | "or") && i <= 1 && classify_noun(trim_word(next)).is_some();
        if i > 8 || (matches!(w, "and" | "or" | "but" | "while" | "then") && !coordinated_noun) {
            break;
        }
        if let Some(m) = metric_of_pair(w, next) {
            return Some((m, off + w.len() + 1 + next.len()));
        }
        if let Some(m) = metric_of_word(w) {
            return Some((m, off + w.len()));
        }
        off += w.len() + 1;
    }
    None
}

/// Words that end a passive's agent: a date, a place, or the verb of the clause
/// ("assisted by NGOs were men").
const AGENT_ENDS: [&str; 14] = [
    " was ",
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
fn agent_after(text: &str, from: usize) -> Option<String> {
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
    (!phrase.is_empty() && phrase.split_whitespace().count() <= 6).then(|| phrase.to_string())
}

/// "190 victims, including 56 children", "40 cases, of which 12 ...": a part of the count
/// just before, not a count of its own.
fn is_part_of(text: &str, previous: &QuantityMention, q: &QuantityMention) -> bool {
    let between = &text[previous.end..q.start];
    let words = between.split_whitespace().count();
    let lower = between.trim_end().to_ascii_lowercase();
    // "383 victims - 51 men, ...", "75 victims: 30 women, ...": a list of the parts follows.
    let opens_list = lower.ends_with(" -") || lower.ends_with(':');
    // "eight investigations under article 124 in 2016, including five ...": a longer
    // description of the whole, with no verb of its own, still ends in its parts.
    let verb_of_its_own = || {
        let mut ws = between.split_whitespace().peekable();
        std::iter::from_fn(|| ws.next().map(|w| (w, ws.peek().copied().unwrap_or("")))).any(
            |(w, next)| {
                (metric_of_word(w).is_some() || metric_of_pair(w, next).is_some())
                    && classify_noun(trim_word(w)).is_none()
            },
        )
    };
    let near = words <= 6 || (words <= 12 && lower.ends_with(", including") && !verb_of_its_own());
    near && !between.contains([';', '.'])
        && (opens_list
            || [
                "including",
                "of whom",
                "of which",
                "among them",
                "among whom",
            ]
            .iter()
            .any(|w| lower.ends_with(w)))
}

/// "Of the 55 convicted traffickers, 17 were ...": a count `q` after the whole it is a part
/// of, named first at the start of a clause.
fn after_named_whole(text: &str, previous: &QuantityMention, q: &QuantityMention) -> bool {
    let between = &text[previous.end..q.start];
    let before = text[..previous.start].trim_end().to_ascii_lowercase();
    between.trim_end().ends_with(',')
        && between.split_whitespace().count() <= 6
        && !between.contains([';', '.'])
        && ["of the", "of these", "of those", "among the", "among these"]
            .iter()
            .any(|w| before.ends_with(w) && clause_opens(&before[..before.len() - w.len()]))
}

/// Whether a phrase may start right after `before`: at the sentence start or after a
/// clause break.
fn clause_opens(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty() || before.ends_with([',', ';', ':'])
}

/// For each count: whether it is a part of an earlier count of the sentence that its run of
/// parts adds up to ("120 cases, ... involving 56 sex trafficking and 64 labor trafficking
/// cases"; "1,451 victims, comprising 1,214 ... and 237 ..."). Two parts at least, all exact,
/// in one clause, with no bracket, comparison or metric verb before or between them
/// ("identified 40 victims, referred 25 to shelters and 15 to NGOs" counts what was done to
/// them; bracketed breakdowns are [`inside_breakdown`]'s).
fn summed_parts(text: &str, counts: &[&QuantityMention]) -> Vec<bool> {
    /// Most counts a run of parts holds, and most counts between a total and its parts.
    const MOST_PARTS: usize = 8;
    const MOST_BETWEEN: usize = 4;
    let mut parts = vec![false; counts.len()];
    let exact = |q: &QuantityMention| {
        (q.quantity.qualifier == crate::quantity::Qualifier::Exact)
            .then_some(q.quantity.min)
            .flatten()
    };
    let one_clause = |w: &str| !w.contains([';', '.', '(', ')']);
    // No metric word between parts; before the first, the count's own noun may stand
    // ("15 investigations, two for ...").
    let free_of_verbs = |from: usize, to: usize, first: bool| {
        text.get(from..to).is_some_and(|w| {
            let lower = w.to_ascii_lowercase();
            one_clause(w)
                && !VERB_WORD.find_iter(w).any(|v| {
                    !first || !(v.as_str().ends_with("ion") || v.as_str().ends_with("ions"))
                })
                && after_comparison(w, 0, w.len()) == 0
                && !lower.contains("up from")
                && !lower.contains("down from")
        })
    };
    // Sums first: the words are read only for a run that adds up.
    // A part with a year of its own ("and eight cases in 2019") is another year's count.
    let parts_of = |total: &QuantityMention, j: usize, k: usize| {
        text.get(total.end..counts[k].start).is_some_and(one_clause)
            && (j..=k).all(|p| {
                free_of_verbs(counts[p - 1].end, counts[p].start, p == j)
                    && !NOUN_THEN_YEAR.is_match(&text[counts[p].end..])
            })
    };
    for (i, total) in counts.iter().enumerate() {
        // A part is no total of further parts: "24 ... and 16 ..., and eight" adds up by chance.
        if parts[i] {
            continue;
        }
        let Some(whole) = exact(total).filter(|&v| v >= 2) else {
            continue;
        };
        // Parts follow within the total's clause.
        let clause_end = memchr::memchr3(b';', b'.', b'(', &text.as_bytes()[total.end..])
            .map_or(text.len(), |k| total.end + k);
        let last_start = counts.len().min(i + 2 + MOST_BETWEEN);
        'runs: for j in i + 1..last_start {
            if counts[j].start > clause_end {
                break;
            }
            let mut sum = 0;
            for k in j..counts.len().min(j + MOST_PARTS) {
                let Some(v) = exact(counts[k]) else {
                    continue 'runs;
                };
                sum += v;
                if sum == whole && k > j && parts_of(total, j, k) {
                    parts[j..=k].iter_mut().for_each(|p| *p = true);
                    break 'runs;
                }
                if sum >= whole {
                    continue 'runs;
                }
            }
        }
    }
    parts
}

/// Whether the words between two parts of a count continue their list ("51 adult males,
/// 176 ...", "207 local victims (126 in 2019) and 360 ..."): a bracket before them is skipped.
fn continues_parts(between: &str) -> bool {
    let after_aside = between.rfind(')').map_or(between, |i| &between[i + 1..]);
    if continues_list(after_aside) {
        return true;
    }
    let words: Vec<&str> = after_aside.split_whitespace().collect();
    let Some(&last) = words.last() else {
        return false;
    };
    (matches!(last, "and" | "or") || last.ends_with(','))
        && words.len() <= 4
        && !after_aside.contains([';', '.', ':'])
        && words
            .iter()
            .all(|w| !w.trim_end_matches(',').ends_with("ed"))
}

/// Whether the words between two counts continue a list: modifiers, perhaps the first
/// count's own noun ("215 sex trafficking victims and 96 ..."), then "and", "or" or a comma.
fn continues_list(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    let Some((&last, modifiers)) = words.split_last() else {
        return false;
    };
    (matches!(last, "and" | "or") || last.ends_with(','))
        && !between.contains([';', '.'])
        && modifiers.len() <= 4
        && modifiers.iter().enumerate().all(|(i, w)| {
            let w = w.trim_end_matches(',').to_ascii_lowercase();
            NOUN_MODIFIERS.contains(&w.as_str())
                || w == "and"
                || w == "or"
                || (i + 1 == modifiers.len() && classify_noun(&w).is_some())
        })
}

/// Where a count in brackets with its own earlier year ends ("(29 in 2017, 19 in 2016)",
/// "(convictions in eight cases in 2017, six in 2016)"); `None` for any other count.
fn year_aside(text: &str, q: &QuantityMention, first_open: Option<usize>) -> Option<usize> {
    first_open.filter(|&o| o < q.start)?;
    let before = &text[..q.start];
    let open = before.rfind('(')?;
    if before.rfind(')').is_some_and(|close| close > open) {
        return None;
    }
    YEAR_ASIDE.find(&text[q.start..]).map(|m| q.start + m.end())
}

fn inside_breakdown(
    text: &str,
    q: &QuantityMention,
    counts: &[&QuantityMention],
    first_open: Option<usize>,
) -> bool {
    if first_open.is_none_or(|o| o >= q.start) {
        return false;
    }
    let before = &text[..q.start];
    let open = before.rfind('(');
    let close = before.rfind(')');
    let Some(open) = open.filter(|o| close.is_none_or(|c| c < *o)) else {
        return false;
    };
    // A count shortly before the bracket: the bracket breaks it down.
    counts
        .iter()
        .rev()
        .find(|c| c.end <= open)
        .is_some_and(|c| text[c.end..open].split_whitespace().take(5).count() <= 4)
}

/// The metric of a count whose noun is left out, which takes the noun of the count before
/// it (`previous`) when the metric fits that noun: a metric verb right before the count with
/// nothing but a preposition or the clause's end after it ("and referred 25 to shelters"),
/// or a passive metric verb right after it ("Of the 120 victims, 80 were referred").
fn elliptical_metric(text: &str, q: &QuantityMention, previous: NounClass) -> Option<Metric> {
    let after = text[q.end..].trim_start();
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
    let mut words = words_of(after);
    let next = words.next().unwrap_or("");
    if let Some(verb) = passive_verb(next, &mut words) {
        return metric_of_word(verb).filter(|m| fits(*m, previous));
    }
    let before = text[..q.start].trim_end();
    // "40 were prosecuted and 25 convicted": the passive's verb, its "were" left out.
    let coordinated = before.ends_with(',') || before.rsplit(' ').next() == Some("and");
    if coordinated && next.len() > 2 && next[next.len() - 2..].eq_ignore_ascii_case("ed") {
        if let Some(m) = metric_of_word(next).filter(|m| fits(*m, previous)) {
            return Some(m);
        }
    }
    // "filed charges against 25 of them", "provided assistance to 28", "referred all 35":
    // the metric word before the preposition or "all".
    let mut back = before.rsplit(' ');
    let verb = match back.next()? {
        "against" | "in" | "to" | "of" | "all" => back.next()?,
        word => word,
    };
    // "four prosecutions, one for sex trafficking": a part set beside the count, not a count.
    if verb.ends_with(',') {
        return None;
    }
    let metric = metric_of_word(verb).filter(|m| fits(*m, previous))?;
    let ends_clause = after.is_empty() || after.starts_with([',', '.', ';', ')']);
    let preposition = ["to", "for", "into", "in", "at", "with", "and"]
        .iter()
        .any(|p| next.eq_ignore_ascii_case(p));
    (ends_clause || preposition).then_some(metric)
}

/// The metric of a clause about "the number of" something that changed or stood at a count
/// ("The number of convictions rose to 30", "the number of identified victims fell from 120").
fn number_of_metric(before: &str) -> Option<Metric> {
    if !contains_ci(before, "number of") {
        return None;
    }
    let c = NUMBER_OF.captures(before)?;
    let words: Vec<&str> = c.name("words")?.as_str().split_whitespace().collect();
    let (noun, modifiers) = words.split_last()?;
    // "the number of victims identified": the participle after the noun.
    if classify_noun(noun).is_none() {
        let victims = modifiers
            .last()
            .is_some_and(|w| classify_noun(w) == Some(NounClass::Victim));
        return metric_of_word(noun).filter(|m| victims && is_victim_metric(*m));
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

fn counts(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found) {
    let text = cx.text;
    let all = cx.quantities();
    let counts: Vec<&QuantityMention> = all
        .iter()
        .filter(|q| q.kind == QuantityKind::Count)
        .collect();
    let mut last: Option<(Metric, Option<String>)> = None;
    // Lowercase: the phrase follows a count.
    let says_same = memchr::memmem::find(text.as_bytes(), b"same ").is_some();
    // The head noun of each count with its metrics, in order.
    let mut counted_nouns: Vec<(String, Vec<Metric>)> = Vec::new();
    // Whether the last count's verb came after it ("nine traffickers prosecuted").
    let mut last_told_after = false;
    // Every metric of the count before ("identifying and assisting 1,434 victims").
    let mut last_metrics: Vec<Metric> = Vec::new();
    // The class and subject of the last noun counted, for a count that leaves its noun out.
    let mut last_noun: Option<(NounClass, Option<String>)> = None;
    let mut previous_was_part = false;
    let mut parts_of_named_whole = false;
    let mut prev_end = 0;
    let mut floor_before = 0;
    let first_open = memchr::memchr(b'(', text.as_bytes());
    let summed = summed_parts(text, &counts);
    for (i, q) in counts.iter().enumerate() {
        // A noun read past the next number ("100 two cases") does not reach past its start.
        let floor = prev_end.min(q.start);
        let previous_floor = std::mem::replace(&mut floor_before, floor);
        prev_end = q.end;
        // "(18 in 2018)", "(29 in 2017, 19 in 2016)" after a count: the same metric in other years.
        if let Some(end) = year_aside(text, q, first_open) {
            if previous_was_part {
                continue; // "207 local victims (126 in 2019)": a part's own earlier year
            }
            if let Some((metric, subject)) = last.clone() {
                push(cx, rule, out, metric, q.quantity, subject, q.start, end);
            }
            continue;
        }
        // "including eight sex trafficking and four labor trafficking cases": the whole list is parts.
        let named_whole = i > 0 && after_named_whole(text, counts[i - 1], q);
        // "..., 17 were convicted for fraud and 38 for sex trafficking": the named whole's
        // parts go on to the end of its clause.
        let whole_goes_on = parts_of_named_whole && !text[counts[i - 1].end..q.start].contains(';');
        // "convicting some traffickers, including two perpetrators of ...": an example from
        // a whole left uncounted, not a count.
        if example_of_uncounted(&text[floor..q.start]) {
            previous_was_part = true;
            continue;
        }
        let part = i > 0
            && (is_part_of(text, counts[i - 1], q)
                || named_whole
                || whole_goes_on
                || (previous_was_part
                    && continues_parts(&text[counts[i - 1].end..q.start])
                    && !NOUN_THEN_YEAR.is_match(&text[q.end..]))
                || summed[i]);
        previous_was_part = part;
        parts_of_named_whole = named_whole || (part && parts_of_named_whole);
        if part {
            // "54 victims, of whom 32 received assistance", "12 cases, two of which were
            // prosecuted": a part done something else to (or taken further) is a count.
            let other = last
                .as_ref()
                .and_then(|(m, subject)| Some((metric_told_after(text, q)?, *m, subject)))
                .filter(|(told, whole, _)| done_further(*whole, *told));
            if let Some((told, _, subject)) = other {
                let (_, ce) = clause(text, q.start);
                push(
                    cx,
                    rule,
                    out,
                    told,
                    q.quantity,
                    subject.clone(),
                    q.start,
                    ce,
                );
            }
            continue;
        }
        if inside_breakdown(text, q, &counts, first_open) {
            continue;
        }
        let before = &text[..q.start];
        if before.trim_end().ends_with(" of")
            && i > 0
            && text[counts[i - 1].end..q.start].trim() == "of"
        {
            continue; // "148 of 150"
        }
        let (cs, ce) = clause(text, q.start);
        // "pledged to train 500 officers by 2022": a count promised, not done.
        if promised(&text[cs..q.start]) {
            continue;
        }
        // The next count that is not in a bracket breaking this one down ("95 victims (82 of
        // sex trafficking and 13 of labor trafficking) in 2020": the year is past the bracket).
        // Nor a count the noun of this one is "of" ("eight investigations (...) of 19
        // individuals in 2021": the year is past it).
        let next_start = counts[i + 1..]
            .iter()
            .find(|n| {
                (!inside_breakdown(text, n, &counts, first_open)
                    || year_aside(text, n, first_open).is_some())
                    && !(metric_noun_before_of(&text[..n.start]).is_some()
                        && text
                            .get(q.end..n.start)
                            .is_some_and(|w| w.split_whitespace().count() <= 12))
            })
            .map_or(ce, |n| n.start.min(ce));
        let in_parens =
            before.trim_end().ends_with('(') && text[q.end..].trim_start().starts_with(')');
        let noun = if in_parens {
            // "the number of identified victims (312)"
            let b = before.trim_end().trim_end_matches('(').trim_end();
            let word = b.rsplit(' ').next().unwrap_or("");
            classify_noun(word).map(|class| NounPhrase {
                class,
                subject: word.to_string(),
                end: q.end,
            })
        } else {
            noun_after(text, q.end).or_else(|| noun_shared_ahead(text, q, counts.get(i + 1)))
        };
        let Some(noun) = noun else {
            // "The number of convictions rose from 12 in 2016 to 30 in 2017": the clause's subject.
            if let Some(m) = number_of_metric(&text[cs..q.start]) {
                push(cx, rule, out, m, q.quantity, None, q.start, next_start);
                last = Some((m, None));
                last_told_after = false;
                continue;
            }
            // "identified 40 victims and referred 25 to shelters": the noun is the previous count's.
            // "12 cases, two of which were prosecuted": a part taken further, or done something
            // else to, not the same again.
            let of_which = ["of which", "of whom"].iter().any(|p| {
                text[q.end..]
                    .trim_start()
                    .get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            });
            let taken_further = |m: Metric| {
                !of_which
                    || last
                        .as_ref()
                        .is_some_and(|(whole, _)| done_further(*whole, m))
            };
            if let Some((m, subject)) = last_noun.as_ref().and_then(|(class, subject)| {
                let m = elliptical_metric(text, q, *class).filter(|m| taken_further(*m))?;
                Some((m, subject.clone()))
            }) {
                push(
                    cx,
                    rule,
                    out,
                    m,
                    q.quantity,
                    subject.clone(),
                    q.start,
                    next_start,
                );
                // "12 convicted in 2019 and nine cases prosecuted": the next count's verbs
                // start past this one's.
                let verb = verb_after(text, q.end, next_start.max(q.end));
                last_told_after = verb.is_some();
                if let Some((_, vend)) = verb {
                    prev_end = prev_end.max(vend);
                }
                last = Some((m, subject));
                continue;
            }
            // "prosecuted 9 cases in 2017 and 14 in 2018": the same count in another year.
            // "charged 43 defendants with sex trafficking and four with labor trafficking",
            // "114 and five, respectively": the same count of another kind.
            let another_year = {
                let b = before.trim_end();
                let after = text[q.end..].trim_start();
                let starts = |w: &str| {
                    after
                        .get(..w.len())
                        .is_some_and(|h| h.eq_ignore_ascii_case(w))
                };
                let respectively = starts(", respectively") || starts("respectively");
                // The count before has a noun of its own, then the same preposition.
                let gapped = i > 0
                    && b.ends_with(" and")
                    && [" with ", " for "].iter().any(|p| {
                        let told = text[counts[i - 1].end..q.start].trim_start();
                        starts(&p[1..]) && !told.starts_with(&p[1..]) && told.contains(p)
                    });
                (b.ends_with(" and") || b.ends_with(','))
                    && (respectively || gapped || YEAR_AFTER.is_match(&text[q.end..]))
            };
            // "97 victims, more than 87 in 2019": not a bound, the count it is compared with.
            let comparative = matches!(
                q.quantity.qualifier,
                crate::quantity::Qualifier::MoreThan | crate::quantity::Qualifier::FewerThan
            ) && YEAR_AFTER.is_match(&text[q.end..])
                && {
                    let b = before.trim_end();
                    b.ends_with(',') || b.ends_with(" but") || b.ends_with(" and")
                };
            let quantity = match comparative {
                true => q
                    .quantity
                    .min
                    .or(q.quantity.max)
                    .map_or(q.quantity, Quantity::exact),
                false => q.quantity,
            };
            if another_year || comparative || COMPARISON.is_match(crate::pattern::tail(before, 40))
            {
                if let Some((metric, subject)) = last.clone() {
                    push(
                        cx, rule, out, metric, quantity, subject, q.start, next_start,
                    );
                }
            }
            continue;
        };
        // The next count's verbs start after this noun ("28 investigations, prosecuted 19 cases").
        prev_end = noun.end.max(q.end);
        // "220 cases are still pending": a state the count is in, not an act it counts.
        let till = counts
            .get(counts.partition_point(|n| n.start < noun.end))
            .map_or(ce, |n| n.start.min(ce))
            .max(noun.end);
        if pending_after(&text[noun.end..till]) {
            continue;
        }
        last_noun = Some((
            noun.class,
            (!noun.subject.is_empty() && !matches!(noun.class, NounClass::Metric(_)))
                .then(|| noun.subject.clone()),
        ));
        let mut metrics: Vec<Metric> = Vec::new();
        let mut agent = None;
        let coordinated = coordinated_with_previous(text, floor.max(cs), q.start);
        let partitive = i > 0 && is_partitive(text, counts[i - 1], q);
        let mut part_counted = false;
        let mut part_metric = None;
        let mut told_after = false;
        if let NounClass::Metric(m) = noun.class {
            // "30 of these investigations led to ...": a part of the count told before.
            let rest = text[q.end..].trim_start();
            let part = ["of these ", "of those ", "of the "].iter().any(|p| {
                rest.get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            });
            if part {
                continue;
            }
            metrics.push(m);
            // "15 prosecutions and convictions", "one new investigation and prosecution".
            metrics.extend(metric_noun_joined(text.get(noun.end..).unwrap_or("")));
        } else {
            let lo = floor.max(cs);
            // "cases involving 20 suspects" continues the count before it.
            let link = crate::pattern::tail(before, 16)
                .trim_end()
                .to_ascii_lowercase();
            let linked = [
                "involving",
                "including",
                " in",
                " across",
                " against",
                " concerning",
            ]
            .iter()
            .any(|w| link.ends_with(w));
            // "87 cases were investigated and 23 traffickers were convicted": the passive
            // after the count before is that count's verb, not this one's.
            let lo = after_passive(text, lo, q.start);
            // "referred 112 victims to shelter services, compared with 78 victims referred":
            // words before the comparison are the count before's.
            let lo = after_comparison(text, lo, q.start);
            let mut cands = verbs_before(text, lo, q.start);
            // "provided shelter to 15 of the 20 victims": the verb before the part is its own.
            if partitive && cands.is_empty() {
                let part = counts[i - 1];
                let from = previous_floor.max(cs).min(part.start);
                let from =
                    after_comparison(text, after_passive(text, from, part.start), part.start);
                cands = verbs_before(text, from, part.start);
                cands.retain(|m| fits(*m, noun.class));
                part_counted = !cands.is_empty();
            }
            // "registered 35 criminal cases": cases registered are cases investigated.
            if noun.class == NounClass::Enforcement
                && cands == [Metric::VictimsIdentified]
                && registered_before(&text[lo..q.start])
            {
                cands = vec![Metric::Investigations];
            }
            if cands.is_empty() && linked {
                cands = last.iter().map(|(m, _)| *m).collect();
            }
            // "eight investigations (six for sex trafficking ...) of 19 individuals".
            if cands.is_empty() {
                cands.extend(metric_noun_before_of(before));
            }
            cands.retain(|m| fits(*m, noun.class));
            if cands.is_empty() {
                if let Some((m, vend)) = verb_after(text, noun.end, next_start.max(noun.end)) {
                    // "Fourteen of the 23 victims received shelter": the verb tells what was
                    // done to the part, unless it only names the whole ("five of the 23 victims
                    // identified were children").
                    if partitive {
                        // "two of the 23 victims identified received care": the whole's
                        // participle, then the part's own verb.
                        let own = verb_after(text, vend, ce.max(vend))
                            .map(|(m, _)| m)
                            .filter(|m| fits(*m, noun.class));
                        match own {
                            Some(own) => part_metric = Some(own),
                            None => part_counted = !participle_of_whole(&text[vend..ce]),
                        }
                    }
                    // "2,189 cases were registered": cases registered are cases investigated.
                    let m = if noun.class == NounClass::Enforcement
                        && m == Metric::VictimsIdentified
                        && registered_before(&text[noun.end..vend])
                    {
                        Metric::Investigations
                    } else {
                        m
                    };
                    // "acquitted 68 traffickers in 30 cases, convicted 25": the next count's verb.
                    let next_counts_verb = counts.get(i + 1).is_some_and(|n| n.start == next_start)
                        && text[noun.end..vend].trim_start().starts_with(',')
                        && text
                            .get(vend..next_start)
                            .is_some_and(|w| w.split_whitespace().count() <= 1);
                    // "provided services to 2,119 victims and 153 victims identified during
                    // investigations": a bare participle after a count coordinated with the one
                    // before is a modifier; that count's verb is shared.
                    let shared = last
                        .as_ref()
                        .map(|(m, _)| *m)
                        .filter(|m| fits(*m, noun.class))
                        .filter(|_| {
                            coordinated
                                && !last_told_after
                                && !text.get(noun.end..vend).is_some_and(has_auxiliary)
                        });
                    if let Some(m) = shared {
                        cands.push(m);
                    } else if fits(m, noun.class) && !next_counts_verb {
                        told_after = true;
                        prev_end = prev_end.max(vend);
                        cands.push(m);
                        // "262 victims identified and assisted": both participles count them.
                        let joined = metric_participle_joined(&text[vend..ce.max(vend)]);
                        cands.extend(joined.filter(|j| *j != m && fits(*j, noun.class)));
                        agent = agent_after(text, vend);
                    }
                }
            }
            // "reported 321 identified victims": the metric is the noun's participle; not in
            // "Two of the convicted traffickers were officials", a part of those counted before.
            let part_of = text[q.end..].trim_start().starts_with("of ");
            if cands.is_empty() && !part_of {
                cands.extend(participle_metric(&noun.subject).filter(|m| fits(*m, noun.class)));
            }
            metrics = cands;
        }
        let between = text[floor.max(cs)..q.start].trim_end();
        // "compared with 42 suspects arrested": done something that is no metric.
        let other_action = text[noun.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| OTHER_ACTIONS.contains(&trim_word(w)));
        if metrics.is_empty() && !other_action && (coordinated || COMPARED.is_match(between)) {
            // "..., compared with 933 victims in 2020": each metric of the count compared, the
            // one of the same noun first ("prosecutions of 18 defendants, compared with 11
            // investigations and 12 defendants").
            let same_noun = head_noun(&noun.subject).and_then(|head| {
                counted_nouns
                    .iter()
                    .rev()
                    .find(|(n, _)| n.eq_ignore_ascii_case(head))
            });
            let compared = same_noun.map_or(&last_metrics, |(_, ms)| ms);
            metrics.extend(compared.iter().filter(|m| fits(**m, noun.class)));
        }
        // "upheld on appeal three trafficking convictions": convictions of an earlier year,
        // kept only where the sentence tells that year ("upheld ... in a 2019 ruling").
        if metrics.contains(&Metric::Convictions)
            && upheld_before(crate::pattern::tail(&text[floor.max(cs)..q.start], 48))
            && !cx
                .explicit_dates()
                .iter()
                .any(|(at, _)| *at > q.start && *at < ce)
        {
            metrics.retain(|m| *m != Metric::Convictions);
        }
        if metrics.is_empty() {
            continue;
        }
        if agent.is_none() {
            if let Some((m, vend)) = verb_after(text, noun.end, next_start.max(noun.end)) {
                if metrics.contains(&m) && text[noun.end..vend].split_whitespace().count() <= 3 {
                    agent = agent_after(text, vend);
                }
            }
        }
        let counted = (!noun.subject.is_empty() && !matches!(noun.class, NounClass::Metric(_)))
            .then(|| noun.subject.clone());
        let subject = agent.or(counted);
        // "None of the 14 victims were repatriated": a zero.
        let (quantity, start) = match cx.is_negated() && none_of(before) {
            true => (Quantity::exact(0), q.start),
            false if part_counted => (counts[i - 1].quantity, counts[i - 1].start),
            false => (q.quantity, q.start),
        };
        // "did not report providing services to the five victims": nothing done to them.
        if cx.is_negated() && quantity == q.quantity && verb_denied(&text[floor.max(cs)..q.start]) {
            continue;
        }
        let each_year = years_of_each(cx, noun.end);
        for &m in &metrics {
            if each_year.is_empty() {
                push(
                    cx,
                    rule,
                    out,
                    m,
                    quantity,
                    subject.clone(),
                    start,
                    next_start,
                );
            }
            for &year in &each_year {
                push_dated(
                    cx,
                    rule,
                    out,
                    m,
                    quantity,
                    subject.clone(),
                    start,
                    Some(year),
                );
            }
        }
        if let Some(m) = part_metric {
            let part = counts[i - 1];
            push(
                cx,
                rule,
                out,
                m,
                part.quantity,
                subject.clone(),
                part.start,
                next_start,
            );
        }
        // "identified 494 victims, the same as in 2019": that year's count too, inferred.
        let window = text.get(noun.end..next_start.max(noun.end)).unwrap_or("");
        if let Some((at, year)) = says_same.then(|| same_as_in(window)).flatten() {
            for &m in &metrics {
                let date = Some(PartialDate::year(year));
                push_dated(
                    cx,
                    rule,
                    out,
                    m,
                    quantity,
                    subject.clone(),
                    noun.end + at,
                    date,
                );
                if let Some((_, event)) = out.last_mut() {
                    event.inferred = true;
                }
            }
        }
        if let Some(head) = head_noun(&noun.subject) {
            counted_nouns.push((head.to_string(), metrics.clone()));
        }
        last = metrics.last().map(|m| (*m, subject.clone()));
        last_told_after = told_after;
        last_metrics = metrics;
    }
    all_of_them(cx, rule, &counts, out);
    none_compared(cx, rule, out);
}

/// Whether the words after a count's noun, up to the end of its phrase, tell it pending
/// ("are still pending", "begun in 2017 remained pending").
fn pending_after(rest: &str) -> bool {
    let phrase = rest.split([',', ';']).next().unwrap_or("");
    let Some(at) = memchr::memmem::find(phrase.as_bytes(), b"pending") else {
        return false;
    };
    let before = phrase[..at].split_whitespace().next_back().unwrap_or("");
    [
        "are", "were", "is", "was", "remain", "remains", "remained", "still",
    ]
    .iter()
    .any(|w| before.eq_ignore_ascii_case(w))
}

/// The last word of a counted noun phrase ("alleged traffickers" → "traffickers").
fn head_noun(subject: &str) -> Option<&str> {
    subject.split_whitespace().last().map(trim_word)
}

/// Where ", the same as in 2019" stands in the words after a count, and its year.
fn same_as_in(window: &str) -> Option<(usize, i32)> {
    let at = crate::pattern::find_ci(window, "same ", 0)?;
    let c = SAME_AS_IN.captures(&window[at..])?;
    Some((at, c["year"].parse().ok()?))
}

/// Whether the words before a count end "some traffickers, including": the count is an
/// example from a whole that no number counts.
fn example_of_uncounted(before: &str) -> bool {
    let b = before.trim_end();
    let Some(head) = b.len().checked_sub(10).and_then(|at| b.get(at..)) else {
        return false;
    };
    if !head.eq_ignore_ascii_case(" including") {
        return false;
    }
    let whole = b[..b.len() - 10].trim_end();
    let Some(whole) = whole.strip_suffix(',') else {
        return false;
    };
    whole
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| VAGUE_AMOUNTS.iter().any(|v| w.eq_ignore_ascii_case(v)))
}

/// "Fourteen of the 23 victims": `q` is the whole that the count before it is a part of.
fn is_partitive(text: &str, part: &QuantityMention, q: &QuantityMention) -> bool {
    let between = text.get(part.end..q.start).unwrap_or("");
    let mut words = between.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words.next().is_some_and(|w| {
            ["the", "these", "those"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
        })
        && words.next().is_none()
}

/// Whether the words after a count's verb show it a participle that only names the whole
/// ("identified were children", "assisted by NGOs were women"): a verb of the part's own follows.
fn participle_of_whole(after_verb: &str) -> bool {
    after_verb
        .split([',', ';'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(6)
        .any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "was" | "were" | "is" | "are" | "had" | "have" | "has" | "remained" | "included"
            )
        })
}

/// Whether the words from `from` to a count at `to` join it to the count before ("..., and"),
/// with no verb of its own.
fn coordinated_with_previous(text: &str, from: usize, to: usize) -> bool {
    let between = text.get(from..to).unwrap_or("").trim_end();
    (between.ends_with(" and") || between.ends_with(',') || between.ends_with(", and"))
        && !VERB_WORD.is_match(between)
}

/// Whether the verb of a count is denied in the words just before it, its clause
/// ("did not report providing services to the", "failed to assist the"; not "not only").
fn verb_denied(before: &str) -> bool {
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let words: Vec<&str> = clause.split_whitespace().rev().take(8).collect();
    words.iter().enumerate().any(|(i, w)| {
        let w = w.to_ascii_lowercase();
        let next = i.checked_sub(1).map(|j| words[j].to_ascii_lowercase());
        (w == "not" && next.as_deref() != Some("only"))
            || w == "never"
            || ((w == "failed" || w == "unable") && next.as_deref() == Some("to"))
    })
}

/// The metric of a metric noun that `before` ends with, followed by "of" and perhaps a
/// bracket between ("investigations (six for sex trafficking) of").
fn metric_noun_before_of(before: &str) -> Option<Metric> {
    let head = before.trim_end().strip_suffix(" of")?.trim_end();
    let head = match head.strip_suffix(')') {
        Some(inner) => inner[..inner.rfind('(')?].trim_end(),
        None => head,
    };
    match classify_noun(head.rsplit(' ').next()?)? {
        NounClass::Metric(m) => Some(m),
        _ => None,
    }
}

/// Whether a part of a count of `whole` told as `told` says more than the whole: victims
/// done something else to, or cases taken further ("12 cases, two of which were prosecuted").
fn done_further(whole: Metric, told: Metric) -> bool {
    told != whole && (is_victim_metric(told) || later_stage(whole, told))
}

/// Whether `then` is a later stage of a case than `first` (investigated, then prosecuted,
/// then convicted).
fn later_stage(first: Metric, then: Metric) -> bool {
    let stage = |m: Metric| match m {
        Metric::Investigations => Some(0),
        Metric::Prosecutions => Some(1),
        Metric::Convictions => Some(2),
        _ => None,
    };
    stage(first).zip(stage(then)).is_some_and(|(a, b)| b > a)
}

/// The metric of a metric noun joined to the one just before `rest` by "and" or "or".
fn metric_noun_joined(rest: &str) -> Option<Metric> {
    let mut words = rest.split_whitespace();
    let joined = words.next().is_some_and(|w| w == "and" || w == "or");
    let noun = words.next()?;
    // "15 investigations and prosecutions of 18 defendants": the second noun has a count of its own.
    let counted_of = words.next() == Some("of")
        && words.next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || crate::quantity::lexicon::NUMBER_WORDS
                    .iter()
                    .any(|(n, _)| w.eq_ignore_ascii_case(n))
        });
    match classify_noun(trim_word(noun))? {
        NounClass::Metric(m) if joined && !counted_of => Some(m),
        _ => None,
    }
}

/// The metric of a participle joined to a count's verb ("and assisted" after "identified").
fn metric_participle_joined(rest: &str) -> Option<Metric> {
    let mut words = rest.split_whitespace();
    let joined = words.next().is_some_and(|w| w == "and" || w == "or");
    let participle = trim_word(words.next()?);
    let ends_ed =
        participle.len() > 2 && participle[participle.len() - 2..].eq_ignore_ascii_case("ed");
    (joined && ends_ed)
        .then(|| metric_of_word(participle))
        .flatten()
}

/// Whether the words hold an auxiliary of a passive ("were", "had been").
fn has_auxiliary(words: &str) -> bool {
    words.split_whitespace().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "was" | "were" | "is" | "are" | "been" | "be"
        )
    })
}

/// Where the window `from..to` starts once the words up to a comparison in it are skipped.
fn after_comparison(text: &str, from: usize, to: usize) -> usize {
    let window = &text[from..to];
    ["compared", "versus", " than "]
        .iter()
        .filter_map(|w| crate::pattern::find_ci(window, w, 0).map(|at| at + w.len()))
        .max()
        .map_or(from, |end| from + end)
}

/// Where the window `from..to` starts once a passive verb opening it ("were investigated")
/// is skipped.
fn after_passive(text: &str, from: usize, to: usize) -> usize {
    let window = &text[from..to];
    let mut words = words_of(window);
    let Some(first) = words.next() else {
        return from;
    };
    match passive_verb(first, &mut words) {
        Some(verb) => {
            let verb_end = verb.as_ptr() as usize - window.as_ptr() as usize + verb.len();
            from + verb_end
        }
        None => from,
    }
}

/// True when `before` ends with "none of (the|these|those)".
fn none_of(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut last = words.next();
    if last.is_some_and(|w| {
        ["the", "these", "those"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    }) {
        last = words.next();
    }
    last.is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("none"))
}

/// "two convictions in 2012, compared to none in 2011": a zero of the count it is compared with.
fn none_compared(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found) {
    if !cx.is_negated() || !(contains_ci(cx.text, "none") || contains_ci(cx.text, "zero")) {
        return;
    }
    for m in NONE_COMPARED.find_iter(cx.text) {
        let compared =
            out.iter()
                .rev()
                .find(|(pos, _)| *pos < m.start())
                .and_then(|(_, e)| match &e.fact {
                    Fact::Statistic {
                        metric, subject, ..
                    } => Some((*metric, subject.clone())),
                    _ => None,
                });
        if let Some((metric, subject)) = compared {
            let word = crate::pattern::find_ci(m.as_str(), "none", 0)
                .or_else(|| crate::pattern::find_ci(m.as_str(), "zero", 0));
            let at = m.start() + word.unwrap_or(0);
            push_zero(cx, rule, out, metric, subject, at);
        }
    }
}

/// "30 victims, all of whom were referred to shelters", "identified 112 victims and referred
/// all of them to care": the whole count, done something else to.
fn all_of_them(cx: &SentenceCtx<'_>, rule: &str, counts: &[&QuantityMention], out: &mut Found) {
    let text = cx.text;
    if !contains_ci(text, "all of") {
        return;
    }
    for c in ALL_OF_THEM.captures_iter(text) {
        let m = c.get(0).expect("group 0");
        let verb = c
            .name("verb")
            .or(c.name("verb2"))
            .map_or("", |v| v.as_str());
        let Some(told) = metric_of_word(verb).filter(|t| is_victim_metric(*t)) else {
            continue;
        };
        // The count it restates: the last one before it, counted as victims of another metric.
        let Some(q) = counts.iter().rev().find(|q| q.end <= m.start()) else {
            continue;
        };
        let whole = out
            .iter()
            .rev()
            .find(|(pos, _)| *pos == q.start)
            .and_then(|(_, e)| match &e.fact {
                crate::event::Fact::Statistic {
                    metric, subject, ..
                } => Some((*metric, subject.clone())),
                _ => None,
            });
        let Some((_, subject)) = whole.filter(|(w, _)| is_victim_metric(*w) && *w != told) else {
            continue;
        };
        let (_, ce) = clause(text, m.start());
        push(cx, rule, out, told, q.quantity, subject, m.start(), ce);
    }
}

/// True when one of the last words before a count registers it ("police registered 35").
fn registered_before(window: &str) -> bool {
    window.split_whitespace().rev().take(6).any(|w| {
        w.get(..6)
            .is_some_and(|head| head.eq_ignore_ascii_case("regist"))
    })
}

/// The metric of a participle that opens a noun phrase ("identified victims", "convicted
/// traffickers"); not of a lone word.
fn participle_metric(phrase: &str) -> Option<Metric> {
    let (first, _) = phrase.split_once(' ')?;
    (first.len() > 3 && first.ends_with("ed"))
        .then(|| metric_of_word(first))
        .flatten()
}

/// The words of `text`, punctuation left out.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The verb of a passive that opens with `first` ("were referred", "had been assisted"), read
/// from the `rest` of its words; `None` when `first` opens none.
fn passive_verb<'t>(first: &str, rest: &mut impl Iterator<Item = &'t str>) -> Option<&'t str> {
    match first.to_ascii_lowercase().as_str() {
        "were" | "was" => rest.next(),
        "had" | "have" | "has" => rest.nth(1),
        _ => None,
    }
}

/// The metric a part's own verb names: "32 were referred", "32 received assistance".
fn metric_told_after(text: &str, q: &QuantityMention) -> Option<Metric> {
    let mut words = words_of(&text[q.end..]);
    let first = words.next()?;
    let verb = passive_verb(first, &mut words).unwrap_or(first);
    if verb.eq_ignore_ascii_case("received") || verb.eq_ignore_ascii_case("receive") {
        let what = words.next()?;
        return metric_of_word(what).or_else(|| metric_of_pair(verb, what));
    }
    metric_of_word(verb)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{lead, report, run, run_paragraph, section, wiki};

    #[test]
    fn zero_phrases_split_at_their_object() {
        fn cut(t: &str) -> (&str, &str) {
            split_object(ZERO_DID_NOT.find(t).map_or("", |m| m.as_str()))
        }
        assert_eq!(
            cut("It did not prosecute or convict any traffickers in 2019."),
            ("did not prosecute or convict ", "any traffickers in 2019")
        );
        assert_eq!(
            cut("It failed to identify a single victim."),
            ("failed to identify ", "a single victim")
        );
        assert_eq!(
            cut("Police did not report investigating ANYONE."),
            ("did not report investigating ", "ANYONE")
        );
    }

    #[test]
    fn a_count_without_its_noun_takes_the_one_before() {
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 1,143 potential victims and referred 254 to NGOs for assistance.", report(2019)), @r"
        2018 statistic: victims_identified 1143 (potential victims)
        2018 statistic: victims_referred 254 (potential victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Authorities investigated 30 cases, prosecuted 12, and convicted seven in 2016.", wiki()), @r"
        2016 statistic: investigations 30 (cases)
        2016 statistic: prosecutions 12 (cases)
        2016 statistic: convictions 7 (cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Police convicted 12 traffickers and charged five in absentia.", lead(2018)), @r"
        2018 statistic: convictions 12 (traffickers)
        2018 statistic: prosecutions 5 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims in 2019 and referred 25 in 2020.", report(2021)), @r"
        2019 statistic: victims_identified 40 (victims)
        2020 statistic: victims_referred 25 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Of the 120 victims identified in 2020, 80 were referred to shelters.", wiki()), @r"
        2020 statistic: victims_identified 120 (victims)
        2020 statistic: victims_referred 80 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Police identified 57 victims; 31 had been assisted by NGOs.", report(2019)), @r"
        2018 statistic: victims_identified 57 (victims)
        2018 statistic: victims_assisted 31 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2004, the government assisted 56 victims and referred 40 of them to NGO shelters.", wiki()), @r"
        2004 statistic: victims_assisted 56 (victims)
        2004 statistic: victims_referred 40 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Police investigated 30 cases and prosecuted 12 of these in 2016.", wiki()), @r"
        2016 statistic: investigations 30 (cases)
        2016 statistic: prosecutions 12 (cases)
        ");
    }

    #[test]
    fn the_number_of_a_metric() {
        insta::assert_snapshot!(run(&StatisticRule, "The number of convictions rose from 12 in 2016 to 30 in 2017.", wiki()), @r"
        2016 statistic: convictions 12
        2017 statistic: convictions 30
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, the number of identified victims increased to 214.", wiki()), @"2019 statistic: victims_identified 214");
        assert_eq!(
            run(
                &StatisticRule,
                "In 2019, the number of victims increased to 214.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn cases_opened_are_investigations() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2013, the police opened 56 criminal cases related to trafficking.", wiki()), @"2013 statistic: investigations 56 (criminal cases)");
        insta::assert_snapshot!(run(&StatisticRule, "The government initiated prosecutions of 15 alleged traffickers.", report(2019)), @"2018 statistic: prosecutions 15 (alleged traffickers)");
        assert_eq!(
            run(
                &StatisticRule,
                "In 2013, the government opened two shelters for 40 victims.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn charges_brought_are_prosecutions() {
        insta::assert_snapshot!(run(&StatisticRule, "Prosecutors brought charges against 11 persons and courts convicted seven traffickers.", lead(2004)), @r"
        2004 statistic: prosecutions 11 (persons)
        2004 statistic: convictions 7 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, authorities filed trafficking charges against 23 suspects.", wiki()), @"2019 statistic: prosecutions 23 (suspects)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, 14 defendants faced charges of trafficking.", wiki()), @"2019 statistic: prosecutions 14 (defendants)");
    }

    #[test]
    fn a_count_shares_the_noun_of_the_next() {
        insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 13 Testlandic and five foreign victims.", report(2020)), @r"
        2019 statistic: victims_identified 13 (Testlandic victims)
        2019 statistic: victims_identified 5 (foreign victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Police investigated eight sex trafficking and four labor trafficking cases in 2019.", wiki()), @r"
        2019 statistic: investigations 8 (sex trafficking cases)
        2019 statistic: investigations 4 (labor trafficking cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The shelter assisted 88 women and 14 children in 2018.", wiki()), @r"
        2018 statistic: victims_assisted 88 (women)
        2018 statistic: victims_assisted 14 (children)
        ");
    }

    #[test]
    fn parts_of_a_count_are_not_counts() {
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 190 victims, including 56 children, and referred all of them to care.", report(2019)), @"2018 statistic: victims_identified 190 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "Police investigated 40 cases, of which 12 involved forced labor.", report(2019)), @"2018 statistic: investigations 40 (cases)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2012, the government investigated 12 trafficking cases, including eight sex trafficking and four labor trafficking cases, and convicted five traffickers.", wiki()), @r"
        2012 statistic: investigations 12 (trafficking cases)
        2012 statistic: convictions 5 (traffickers)
        ");
    }

    #[test]
    fn a_noun_left_out_and_its_limits() {
        // "arrested" is no metric, yet the count after it takes its noun.
        insta::assert_snapshot!(run(&StatisticRule, "Police arrested 40 suspects and investigated 25.", report(2021)), @"2020 statistic: investigations 25 (suspects)");
        // Not counts of the noun before: the verb does not fit it, or a noun of its own follows.
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims and trained 25 to recognize indicators.", report(2019)), @"2018 statistic: victims_identified 40 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "Officials identified 40 victims and referred 25 children to shelters.", report(2019)), @r"
        2018 statistic: victims_identified 40 (victims)
        2018 statistic: victims_referred 25 (children)
        ");
    }

    #[test]
    fn verb_then_count() {
        insta::assert_snapshot!(run(&StatisticRule, "The Ministry of Justice reported investigating, prosecuting, and convicting three potential traffickers, although officials did not share information.", report(2021)), @r"
        2020 statistic: investigations 3 (potential traffickers)
        2020 statistic: prosecutions 3 (potential traffickers)
        2020 statistic: convictions 3 (potential traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "During the previous reporting period, the government reportedly investigated and prosecuted two cases of trafficking under non-trafficking statutes.", section(2009)), @r"
        2008 statistic: investigations 2 (cases)
        2008 statistic: prosecutions 2 (cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "ISF investigated five cases of trafficking, while the DGS investigated 78 suspected cases of trafficking.", lead(2014)), @r"
        2014 statistic: investigations 5 (cases)
        2014 statistic: investigations 78 (suspected cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases involving 20 suspects and convicted five traffickers.", lead(2016)), @r"
        2016 statistic: investigations 12 (cases)
        2016 statistic: investigations 20 (suspects)
        2016 statistic: convictions 5 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Officials charged 72 of these individuals under the anti-trafficking law.", lead(2014)), @"2014 statistic: prosecutions 72 (individuals)");
    }

    #[test]
    fn count_then_verb() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2009, 25 victims were assisted by non-government funded organizations, compared with 20 victims assisted by non-government funded organizations in 2008.", section(2009)), @r"
        2009 statistic: victims_assisted 25 (non-government funded organizations)
        2008 statistic: victims_assisted 20 (non-government funded organizations)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2011, 28 victims were referred by the police to shelters.", wiki()), @"2011 statistic: victims_referred 28 (the police)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2012, 19 traffickers were convicted by district courts under Article 12.", wiki()), @"2012 statistic: convictions 19 (district courts)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2017, the Internal Security Forces (ISF) stated that 29 victims of sex trafficking had been identified.", wiki()), @"2017 statistic: victims_identified 29 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "An Irish report noted that between 2014 and 2019, there were 346 victims officially identified in the country.", wiki()), @"undated statistic: victims_identified 346 (victims)");
    }

    #[test]
    fn comparisons_with_their_own_period_bracket_or_participle() {
        insta::assert_snapshot!(run(&StatisticRule, "Authorities initiated 3,254 investigations during the reporting period, compared to 3,310 investigations in the previous period.", report(2019)), @r"
        2018 statistic: investigations 3254
        2017 statistic: investigations 3310
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Police registered 176 cases, compared with 227 cases in the previous fiscal year.", report(2019)), @r"
        2018 statistic: investigations 176 (cases)
        2017 statistic: investigations 227 (cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 116 potential victims, compared with 95 potential victims (82 of sex trafficking and 13 of labor trafficking) in 2017.", report(2019)), @r"
        2018 statistic: victims_identified 116 (potential victims)
        2017 statistic: victims_identified 95 (potential victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government referred 112 victims to shelter services, compared with 78 victims referred to shelter in 2017.", report(2019)), @r"
        2018 statistic: victims_referred 112 (victims)
        2017 statistic: victims_referred 78 (victims)
        ");
        // A verb right before the next count is that count's.
        insta::assert_snapshot!(run(&StatisticRule, "Judges acquitted 68 traffickers in 30 cases, convicted 25 traffickers and sentenced them to prison.", report(2019)), @"2018 statistic: convictions 25 (traffickers)");
    }

    #[test]
    fn metric_nouns_comparisons_and_brackets() {
        insta::assert_snapshot!(run(&StatisticRule, "Kazakhstan convicted only one trafficker in 2006, a significant decrease from 13 convictions in 2005.", report(2007)), @r"
        2006 statistic: convictions 1 (trafficker)
        2005 statistic: convictions 13
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2022, authorities investigated 73 trafficking cases (33 sex trafficking, 39 labor trafficking, one unspecified form of trafficking), an increase from 57 in 2021; notably 20 of the cases involved 33 potential child sex trafficking victims.", report(2023)), @r"
        2022 statistic: investigations 73 (trafficking cases)
        2021 statistic: investigations 57 (trafficking cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2022, the government identified 150 trafficking victims (53 sex trafficking, 97 labor trafficking), less than half the number of identified victims (312) in 2021.", report(2023)), @r"
        2022 statistic: victims_identified 150 (trafficking victims)
        2021 statistic: victims_identified 312 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2022, authorities referred 148 of 150 identified victims to services; however, a limited number of victims received assistance - 24 percent (36 victims) in 2022, compared with 23 percent (70 victims) in 2021.", report(2023)), @r"
        2022 statistic: victims_referred 148 (identified victims)
        2022 statistic: victims_assisted 36 (victims)
        2021 statistic: victims_assisted 70 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The General Prosecutor's Office provided regular training for 10 to 15 prosecutors on trafficking.", section(2009)), @"2009 statistic: officials_trained range 10..=15 (prosecutors)");
        insta::assert_snapshot!(run(&StatisticRule, "Various organizations also provided training for more than 100 officials from the State Border Services.", section(2009)), @"2009 statistic: officials_trained more_than 100 (officials)");
    }

    #[test]
    fn cases_registered_are_investigations() {
        insta::assert_snapshot!(run(&StatisticRule, "Police registered 40 criminal cases of trafficking in 2014.", wiki()), @"2014 statistic: investigations 40 (criminal cases)");
        insta::assert_snapshot!(run(&StatisticRule, "The police registered 25 trafficking crimes in 2015.", wiki()), @"2015 statistic: investigations 25 (trafficking crimes)");
        insta::assert_snapshot!(run(&StatisticRule, "Authorities investigated 12 trafficking offenses in 2015.", wiki()), @"2015 statistic: investigations 12 (trafficking offenses)");
        // Victims registered stay victims identified.
        insta::assert_snapshot!(run(&StatisticRule, "The ministry registered 120 victims in 2015.", wiki()), @"2015 statistic: victims_identified 120 (victims)");
    }

    #[test]
    fn a_participle_names_the_metric() {
        insta::assert_snapshot!(run(&StatisticRule, "The ministry reported 321 identified victims in 2016.", wiki()), @"2016 statistic: victims_identified 321 (identified victims)");
        insta::assert_snapshot!(run(&StatisticRule, "Eurostat reported 321 registered victims in 2016.", wiki()), @"2016 statistic: victims_identified 321 (registered victims)");
        // A verb's metric comes first; an adjective that is no metric names none.
        insta::assert_snapshot!(run(&StatisticRule, "The government assisted 40 identified victims in 2016.", wiki()), @"2016 statistic: victims_assisted 40 (identified victims)");
        assert_eq!(
            run(
                &StatisticRule,
                "The ministry reported 321 suspected victims in 2016.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn a_metric_noun_before_a_count_of_them() {
        insta::assert_snapshot!(run(&StatisticRule, "Authorities arrested 40 suspects and filed charges against 25 of them.", report(2012)), @"2011 statistic: prosecutions 25 (suspects)");
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims and provided assistance to 28.", report(2012)), @r"
        2011 statistic: victims_identified 40 (victims)
        2011 statistic: victims_assisted 28 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 35 victims and referred all 35 to care facilities.", report(2012)), @r"
        2011 statistic: victims_identified 35 (victims)
        2011 statistic: victims_referred 35 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "It prosecuted 23 suspects and secured convictions of 16.", report(2012)), @r"
        2011 statistic: prosecutions 23 (suspects)
        2011 statistic: convictions 16 (suspects)
        ");
        // Not a metric word before the preposition: no count.
        insta::assert_snapshot!(run(&StatisticRule, "It identified 23 victims and raised the total to 40.", report(2012)), @"2011 statistic: victims_identified 23 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "It identified 23 victims in 2011, a total of 40 since 2009.", report(2012)), @"2011 statistic: victims_identified 23 (victims)");
    }

    #[test]
    fn a_part_or_the_whole_done_something_else_to() {
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 54 victims, of whom 32 received assistance.", report(2012)), @r"
        2011 statistic: victims_identified 54 (victims)
        2011 statistic: victims_assisted 32 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Police identified 30 victims, all of whom were referred to shelters.", report(2012)), @r"
        2011 statistic: victims_identified 30 (victims)
        2011 statistic: victims_referred 30 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 112 victims and referred all of them to care.", report(2012)), @r"
        2011 statistic: victims_identified 112 (victims)
        2011 statistic: victims_referred 112 (victims)
        ");
        // A part of the same metric, or described rather than done something to, stays a part.
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 54 victims, of whom 32 were children.", report(2012)), @"2011 statistic: victims_identified 54 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 54 victims, of whom 32 were identified in the capital.", report(2012)), @"2011 statistic: victims_identified 54 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers, all of whom were sentenced to prison.", report(2012)), @"2011 statistic: convictions 12 (traffickers)");
    }

    #[test]
    fn zeros_told_of_the_actors() {
        insta::assert_snapshot!(run(&StatisticRule, "No traffickers were convicted in 2011.", report(2012)), @"2011 statistic: convictions 0 (traffickers)");
        insta::assert_snapshot!(run(&StatisticRule, "No suspected traffickers were prosecuted or convicted during the reporting period.", report(2012)), @r"
        2011 statistic: prosecutions 0 (traffickers)
        2011 statistic: convictions 0 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "No officials were trained.", report(2012)), @"2011 statistic: officials_trained 0 (officials)");
        insta::assert_snapshot!(run(&StatisticRule, "The government did not report any trafficking prosecutions or convictions during the reporting period.", report(2012)), @r"
        2011 statistic: prosecutions 0
        2011 statistic: convictions 0
        ");
        for s in [
            // Another population, or a part of the whole.
            "No officials were prosecuted for complicity in trafficking.",
            "The government did not report any labor trafficking prosecutions.",
            "No victims' cases were trained.",
            "No cases were reported to the hotline.",
        ] {
            assert_eq!(run(&StatisticRule, s, report(2012)), "", "{s}");
        }
    }

    #[test]
    fn zeros_told_as_never_no_action_or_none_in_a_year() {
        insta::assert_snapshot!(run(&StatisticRule, "Testland has never convicted a trafficking offender.", report(2017)), @"2016 statistic: convictions 0 (trafficking offender)");
        insta::assert_snapshot!(run(&StatisticRule, "The government took no action to investigate or prosecute traffickers.", report(2009)), @r"
        2008 statistic: investigations 0 (traffickers)
        2008 statistic: prosecutions 0 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Authorities reported 14 investigations in 2018, compared with 14 in 2017 and none in 2016.", report(2019)), @r"
        2018 statistic: investigations 14
        2017 statistic: investigations 14
        2016 statistic: investigations 0
        ");
        // Not zeros: a victim never identified as one, a "none" without its year.
        assert_eq!(
            run(
                &StatisticRule,
                "She had never assisted a victim before.",
                report(2019)
            ),
            ""
        );
        assert_eq!(
            run(
                &StatisticRule,
                "Police investigated 14 cases and none were closed.",
                report(2019)
            ),
            "2018 statistic: investigations 14 (cases)"
        );
    }

    #[test]
    fn a_noun_read_past_the_next_number_does_not_overlap_it() {
        let text = "During the previous reporting period, the government reportedly more than 100 two cases of trafficking under non-trafficking statutes, although the individuals prosecuted in these cases were convicted.";
        insta::assert_snapshot!(run(&StatisticRule, text, report(2015)), @"");
    }

    #[test]
    fn services_a_word_apart_zeros_not_been_and_parts_of_these() {
        insta::assert_snapshot!(run(&StatisticRule, "The government provided initial services to all 35 reported victims.", report(2020)), @"2019 statistic: victims_assisted 35 (reported victims)");
        insta::assert_snapshot!(run(&StatisticRule, "As yet, there have not been any prosecutions under the new law.", report(2006)), @"2005 statistic: prosecutions 0");
        insta::assert_snapshot!(run(&StatisticRule, "Police opened 40 new trafficking investigations, compared with 30 in 2018; 30 of these investigations led to police operations.", report(2020)), @r"
        2019 statistic: investigations 40
        2018 statistic: investigations 30
        ");
    }

    #[test]
    fn people_counted_by_nationality() {
        insta::assert_snapshot!(run(&StatisticRule, "Separately, the courts convicted one Bangladeshi national of labor trafficking.", report(2019)), @"2018 statistic: convictions 1 (Bangladeshi national)");
        insta::assert_snapshot!(run(&StatisticRule, "Authorities prosecuted 14 foreign nationals for forced labor.", report(2019)), @"2018 statistic: prosecutions 14 (foreign nationals)");
        // Nationals are not victims by themselves.
        assert_eq!(
            run(
                &StatisticRule,
                "The government identified 30 citizens in the raid.",
                report(2019)
            ),
            ""
        );
    }

    #[test]
    fn the_same_count_in_both_years() {
        insta::assert_snapshot!(run(&StatisticRule, "The government convicted five traffickers in both 2018 and 2019, the lowest number since 2014.", report(2020)), @r"
        2018 statistic: convictions 5 (traffickers)
        2019 statistic: convictions 5 (traffickers)
        ");
        // Without "both", two years may share one count: the first year dates it.
        insta::assert_snapshot!(run(&StatisticRule, "The government convicted five traffickers in 2018 and 2019.", report(2020)), @"2018 statistic: convictions 5 (traffickers)");
    }

    #[test]
    fn stated_zeros() {
        insta::assert_snapshot!(run(&StatisticRule, "The government reported no efforts to investigate, prosecute, convict, or punish any trafficking offenders during the reporting period.", section(2009)), @r"
        2009 statistic: investigations 0 (trafficking offenders)
        2009 statistic: prosecutions 0 (trafficking offenders)
        2009 statistic: convictions 0 (trafficking offenders)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government did not refer any victims to NGOs or IOM for assistance in 2009.", section(2009)), @"2009 statistic: victims_referred 0 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "During the previous year, the government did not report investigating or prosecuting any trafficking cases; courts reported convicting one trafficker for forcing victims to work.", report(2021)), @r"
        2019 statistic: investigations 0 (trafficking cases)
        2019 statistic: prosecutions 0 (trafficking cases)
        2019 statistic: convictions 1 (trafficker)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Although it reported 17 prosecutions in 2007, the government failed to convict or criminally punish anyone for trafficking offenses.", lead(2008)), @r"
        2007 statistic: prosecutions 17
        2007 statistic: convictions 0
        ");
        insta::assert_snapshot!(run(&StatisticRule, "It noted there had been less investigations and no legal convictions since 2017.", wiki()), @"undated statistic: convictions 0");
        insta::assert_snapshot!(run(&StatisticRule, "For the second year in a row, the government did not report identifying any victims.", report(2020)), @r"
        2019 statistic: victims_identified 0 (victims)
        2018 statistic: victims_identified 0 (victims) (inferred)
        ");
    }

    #[test]
    fn more_phrasings() {
        insta::assert_snapshot!(run(&StatisticRule, "The government reported investigating 45 cases, prosecuting 30 defendants, and convicting 12 traffickers in 2019.", report(2020)), @r"
        2019 statistic: investigations 45 (cases)
        2019 statistic: prosecutions 30 (defendants)
        2019 statistic: convictions 12 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government initiated investigations of 20 trafficking cases and prosecutions against 15 alleged traffickers.", report(2020)), @r"
        2019 statistic: investigations 20 (trafficking cases)
        2019 statistic: prosecutions 15 (alleged traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 15 victims of sex trafficking and 30 victims of forced labor, compared with 40 in the previous reporting period.", report(2020)), @r"
        2019 statistic: victims_identified 15 (victims)
        2019 statistic: victims_identified 30 (victims)
        2018 statistic: victims_identified 40 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 Nepali victims and investigated 32 suspects in 19 cases.", report(2020)), @r"
        2019 statistic: victims_identified 12 (Nepali victims)
        2019 statistic: investigations 32 (suspects)
        2019 statistic: investigations 19 (cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 20 traffickers - 15 for sex trafficking and five for labor trafficking.", report(2020)), @"2019 statistic: convictions 20 (traffickers)");
        insta::assert_snapshot!(run(&StatisticRule, "NGOs provided shelter and services to 60 victims, and the government trained more than 1,000 police officers and repatriated 15 victims.", report(2020)), @r"
        2019 statistic: victims_assisted 60 (victims)
        2019 statistic: officials_trained more_than 1000 (police officers)
        2019 statistic: victims_repatriated 15 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government did not report any investigations, prosecutions, or convictions.", report(2020)), @r"
        2019 statistic: investigations 0
        2019 statistic: prosecutions 0
        2019 statistic: convictions 0
        ");
        insta::assert_snapshot!(run(&StatisticRule, "There were no prosecutions or convictions in 2018, and no victims were identified.", wiki()), @r"
        2018 statistic: prosecutions 0
        2018 statistic: convictions 0
        2018 statistic: victims_identified 0 (victims)
        ");
    }

    #[test]
    fn several_prior_years_in_one_bracket() {
        insta::assert_snapshot!(run(&StatisticRule, "At the end of the year, there were 18 ongoing investigations (29 in 2017, 19 in 2016).", report(2019)), @r"
        2018 statistic: investigations 18
        2017 statistic: investigations 29
        2016 statistic: investigations 19
        ");
        // An earlier period named by its place, not its year.
        insta::assert_snapshot!(run(&StatisticRule, "Missions abroad identified 6,772 potential victims (2,591 in the preceding period).", report(2020)), @r"
        2019 statistic: victims_identified 6772 (potential victims)
        2018 statistic: victims_identified 2591 (potential victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government secured convictions against 27 traffickers in 11 cases (convictions in eight cases in 2017, six in 2016).", report(2019)), @r"
        2018 statistic: convictions 27 (traffickers)
        2018 statistic: convictions 11 (cases)
        2017 statistic: convictions 8 (cases)
        2016 statistic: convictions 6 (cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government reported investigating 39 incidents (69 in 2017).", report(2019)), @r"
        2018 statistic: investigations 39 (incidents)
        2017 statistic: investigations 69 (incidents)
        ");
        // A breakdown in brackets is not a year of its own.
        insta::assert_snapshot!(run(&StatisticRule, "Police investigated 40 cases (25 for sex trafficking, 15 for forced labor) in 2018.", wiki()), @"2018 statistic: investigations 40 (cases)");
    }

    #[test]
    fn prior_years_in_brackets() {
        insta::assert_snapshot!(run(&StatisticRule, "The government investigated 15 cases (18 in 2018), prosecuted 12 defendants (10 in 2018), and convicted eight traffickers (six in 2018).", report(2020)), @r"
        2019 statistic: investigations 15 (cases)
        2018 statistic: investigations 18 (cases)
        2019 statistic: prosecutions 12 (defendants)
        2018 statistic: prosecutions 10 (defendants)
        2019 statistic: convictions 8 (traffickers)
        2018 statistic: convictions 6 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2008, the government reported 35 trafficking investigations, 21 prosecutions, and 12 convictions, up from nine convictions in 2007.", wiki()), @r"
        2008 statistic: investigations 35
        2008 statistic: prosecutions 21
        2008 statistic: convictions 12
        2007 statistic: convictions 9
        ");
    }

    #[test]
    fn report_narrative_counts() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government initiated 24 investigations (15 sex trafficking, nine labor trafficking), compared with 19 investigations in 2018.", report(2020)), @r"
        2019 statistic: investigations 24
        2018 statistic: investigations 19
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 68 potential trafficking victims, compared with 95 potential victims in 2018; of these, 40 were children.", report(2020)), @r"
        2019 statistic: victims_identified 68 (potential trafficking victims)
        2018 statistic: victims_identified 95 (potential victims)
        ");
        assert_eq!(run(&StatisticRule, "The government did not report any investigations, prosecutions, or convictions of government employees complicit in human trafficking offenses.", report(2020)), "");
    }

    #[test]
    fn comparison_blocks_take_their_closing_year() {
        insta::assert_snapshot!(run(&StatisticRule, "The government reported investigating 46 cases, prosecuting 33 alleged traffickers, and convicting 18 traffickers in 2021, compared with investigating 35 cases, prosecuting 20 alleged traffickers, and convicting 14 traffickers in 2020.", report(2022)), @r"
        2021 statistic: investigations 46 (cases)
        2021 statistic: prosecutions 33 (alleged traffickers)
        2021 statistic: convictions 18 (traffickers)
        2020 statistic: investigations 35 (cases)
        2020 statistic: prosecutions 20 (alleged traffickers)
        2020 statistic: convictions 14 (traffickers)
        ");
    }

    #[test]
    fn a_list_of_counts_takes_the_year_that_closes_it() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, police opened 30 cases, up from 12 investigations, nine prosecutions and two convictions in 2019, and four investigations and one conviction in 2018.", report(2021)), @r"
        2020 statistic: investigations 30 (cases)
        2019 statistic: investigations 12
        2019 statistic: prosecutions 9
        2019 statistic: convictions 2
        2018 statistic: investigations 4
        2018 statistic: convictions 1
        ");
        // Not a list: a verb of its own comes between the count and the year.
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, police identified 40 victims, and the courts convicted 12 traffickers in 2019.", report(2021)), @r"
        2020 statistic: victims_identified 40 (victims)
        2019 statistic: convictions 12 (traffickers)
        ");
    }

    #[test]
    fn zeros_of_a_verb_that_gets_its_metric_noun() {
        insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute or secure convictions in any forced labor cases.", report(2022)), @r"
        2021 statistic: prosecutions 0 (forced labor cases)
        2021 statistic: convictions 0 (forced labor cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Courts did not obtain convictions against any traffickers.", report(2022)), @"2021 statistic: convictions 0 (traffickers)");
        // Secured for another object, or not denied, is no zero.
        insta::assert_snapshot!(run(&StatisticRule, "The government did not secure funding for any shelters.", report(2022)), @"");
    }

    #[test]
    fn zeros_with_an_adverb_a_second_object_or_a_run_of_years() {
        insta::assert_snapshot!(run(&StatisticRule, "Authorities did not formally identify any victims in 2015.", report(2016)), @"2015 statistic: victims_identified 0 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "Police did not arrest any suspects, provide shelter to victims, or prosecute any traffickers.", report(2016)), @"2015 statistic: prosecutions 0 (traffickers)");
        insta::assert_snapshot!(run(&StatisticRule, "The ministry did not report investigating any cases or assisting any victims.", report(2016)), @r"
        2015 statistic: investigations 0 (cases)
        2015 statistic: victims_assisted 0 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Testland has not reported any trafficking convictions since the law was passed.", report(2016)), @"2015 statistic: convictions 0");
        insta::assert_snapshot!(run(&StatisticRule, "For the fourth consecutive year, courts did not convict any traffickers.", report(2016)), @r"
        2015 statistic: convictions 0 (traffickers)
        2014 statistic: convictions 0 (traffickers) (inferred)
        2013 statistic: convictions 0 (traffickers) (inferred)
        2012 statistic: convictions 0 (traffickers) (inferred)
        ");
        // A contrast ends the denial and its run of years.
        insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any traffickers, although police investigated any case reported.", report(2016)), @"2015 statistic: convictions 0 (traffickers)");
        insta::assert_snapshot!(run(&StatisticRule, "For the second consecutive year, the police identified more victims, but courts did not convict any traffickers.", report(2016)), @"2015 statistic: convictions 0 (traffickers)");
    }

    #[test]
    fn a_date_a_span_starts_from_is_not_the_counts() {
        insta::assert_snapshot!(run(&StatisticRule, "The ministry reported training 450 officials since it opened its academy in 2017.", report(2020)), @"2019 statistic: officials_trained 450 (officials)");
        insta::assert_snapshot!(run(&StatisticRule, "The ministry trained 450 officials in 2017.", report(2020)), @"2017 statistic: officials_trained 450 (officials)");
    }

    #[test]
    fn a_comparison_takes_every_metric_of_the_count_compared() {
        insta::assert_snapshot!(run(&StatisticRule, "Officials reported identifying and assisting 210 victims, compared with 180 victims in 2018.", report(2020)), @r"
        2019 statistic: victims_identified 210 (victims)
        2019 statistic: victims_assisted 210 (victims)
        2018 statistic: victims_identified 180 (victims)
        2018 statistic: victims_assisted 180 (victims)
        ");
    }

    #[test]
    fn zeros_yet_to_come_or_produced_none() {
        insta::assert_snapshot!(run(&StatisticRule, "Testland has yet to prosecute any trafficking offenders under the 2005 law.", report(2010)), @"2009 statistic: prosecutions 0 (trafficking offenders)");
        insta::assert_snapshot!(run(&StatisticRule, "Authorities produced no investigations or prosecutions of traffickers last year.", report(2010)), @r"
        2009 statistic: investigations 0
        2009 statistic: prosecutions 0
        ");
        // Not a zero: a count yet to come.
        assert_eq!(
            run(
                &StatisticRule,
                "The court has yet to rule on the case.",
                report(2010)
            ),
            ""
        );
    }

    #[test]
    fn a_zero_over_several_periods_is_one_in_each() {
        insta::assert_snapshot!(run(&StatisticRule, "Authorities did not convict any traffickers during the past two reporting periods.", report(2020)), @r"
        2019 statistic: convictions 0 (traffickers)
        2018 statistic: convictions 0 (traffickers) (inferred)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted nine traffickers, up from zero the previous two years.", report(2020)), @r"
        2019 statistic: convictions 9 (traffickers)
        2018 statistic: convictions 0 (traffickers)
        2017 statistic: convictions 0 (traffickers) (inferred)
        ");
        // A count over several periods is a total with no year of its own.
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 31 traffickers over the past three years.", report(2020)), @"undated statistic: convictions 31 (traffickers)");
    }

    #[test]
    fn a_run_of_years_opening_the_next_conjunct_is_its_own() {
        insta::assert_snapshot!(run(&StatisticRule, "Police did not investigate any cases and, for the third consecutive year, courts did not convict any traffickers.", report(2020)), @r"
        2019 statistic: investigations 0 (cases)
        2019 statistic: convictions 0 (traffickers)
        2018 statistic: convictions 0 (traffickers) (inferred)
        2017 statistic: convictions 0 (traffickers) (inferred)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government has never reported convicting a trafficker.", report(2020)), @"2019 statistic: convictions 0 (trafficker)");
    }

    #[test]
    fn never_holds_up_to_the_telling() {
        insta::assert_snapshot!(run(&StatisticRule, "Police made no arrests in 2019, and the government has never convicted a trafficker.", report(2022)), @"2021 statistic: convictions 0 (trafficker)");
        insta::assert_snapshot!(run(&StatisticRule, "Testland has not prosecuted a case since 2016 and has never convicted a trafficker.", report(2022)), @"2021 statistic: convictions 0 (trafficker)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2012, the government had never prosecuted a trafficking offender.", report(2022)), @"2012 statistic: prosecutions 0 (trafficking offender)");
    }

    #[test]
    fn modifiers_joined_by_and() {
        insta::assert_snapshot!(run(&StatisticRule, "Police initiated 14 new labor and sex trafficking investigations.", report(2014)), @"2013 statistic: investigations 14");
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 6 sex or labor traffickers.", report(2014)), @"2013 statistic: convictions 6 (sex or labor traffickers)");
        // A list of counts is not a modifier joined: "and" before a number.
        insta::assert_snapshot!(run(&StatisticRule, "Police investigated 8 sex trafficking and 4 labor trafficking cases.", report(2014)), @r"
        2013 statistic: investigations 8 (sex trafficking cases)
        2013 statistic: investigations 4 (labor trafficking cases)
        ");
    }

    #[test]
    fn complicity_in_another_clause_leaves_a_zero_standing() {
        insta::assert_snapshot!(run(&StatisticRule, "Police opened cases, including one into alleged police complicity, but did not report any prosecutions or convictions of traffickers.", report(2014)), @r"
        2013 statistic: prosecutions 0
        2013 statistic: convictions 0
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government did not report any convictions; it did not prosecute any officials for complicity.", report(2014)), @"2013 statistic: convictions 0");
        insta::assert_snapshot!(run(&StatisticRule, "The government did not report any investigations of officials complicit in trafficking, while courts convicted four traffickers.", report(2014)), @"2013 statistic: convictions 4 (traffickers)");
    }

    #[test]
    fn convictions_upheld_on_appeal_are_not_new() {
        for s in [
            "The Court of Appeal upheld the convictions of four traffickers.",
            "The government made progress, including upholding on appeal two trafficking convictions.",
        ] {
            assert_eq!(run(&StatisticRule, s, report(2019)), "", "{s}");
        }
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted nine traffickers, and the appeals court upheld the sentences.", report(2019)), @"2018 statistic: convictions 9 (traffickers)");
        // Kept where the sentence dates the convictions upheld.
        insta::assert_snapshot!(run(&StatisticRule, "An appellate court upheld convictions against two traffickers found guilty in a 2016 ruling.", report(2019)), @"2016 statistic: convictions 2 (traffickers)");
    }

    #[test]
    fn parts_of_a_whole_named_first() {
        insta::assert_snapshot!(run(&StatisticRule, "Of the 64 convicted offenders, 20 were convicted of forced labor and 44 were convicted of sex trafficking.", report(2021)), @"2020 statistic: convictions 64 (convicted offenders)");
        // A part taken further is a count; a count after the clause is not a part.
        insta::assert_snapshot!(run(&StatisticRule, "Of the 31 victims identified, 18 were referred to NGO shelters; courts convicted nine traffickers.", report(2021)), @r"
        2020 statistic: victims_identified 31 (victims)
        2020 statistic: victims_referred 18 (victims)
        2020 statistic: convictions 9 (traffickers)
        ");
    }

    #[test]
    fn services_and_care_read_as_two_words() {
        insta::assert_snapshot!(run(&StatisticRule, "Officials reported providing services to 350 victims.", report(2020)), @"2019 statistic: victims_assisted 350 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "NGOs provided care to 12 victims.", report(2020)), @"2019 statistic: victims_assisted 12 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "A total of 75 victims received services from NGOs.", report(2020)), @"2019 statistic: victims_assisted 75 (victims)");
        assert_eq!(
            run(
                &StatisticRule,
                "The government provided services to victims through 12 NGOs.",
                report(2020)
            ),
            ""
        );
        assert_eq!(
            run(
                &StatisticRule,
                "Officials took care to interview 40 migrants.",
                report(2020)
            ),
            ""
        );
    }

    #[test]
    fn promised_counts_are_not_reported_ones() {
        assert_eq!(
            run(
                &StatisticRule,
                "The Ministry of Interior pledged to train 500 officers by 2022.",
                report(2021)
            ),
            ""
        );
        assert_eq!(
            run(
                &StatisticRule,
                "The government will train 300 officials next year.",
                report(2021)
            ),
            ""
        );
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 30 victims, and the ministry pledged to train 500 officers.", report(2020)), @"2019 statistic: victims_identified 30 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "Officers committed to the task identified 30 victims.", report(2020)), @"2019 statistic: victims_identified 30 (victims)");
    }

    #[test]
    fn a_verb_after_coordinated_nouns() {
        insta::assert_snapshot!(run(&StatisticRule, "Some 80 judges and prosecutors received anti-trafficking training.", report(2021)), @"2020 statistic: officials_trained approximately 80 (judges)");
        // A verb of another clause is not the count's.
        insta::assert_snapshot!(run(&StatisticRule, "Police arrested 40 suspects and investigated 25 cases.", report(2021)), @"2020 statistic: investigations 25 (cases)");
    }

    #[test]
    fn victims_registered_or_detected() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2018, authorities registered 120 victims of trafficking.", report(2019)), @"2018 statistic: victims_identified 120 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "The police detected 45 potential victims.", report(2019)), @"2018 statistic: victims_identified 45 (potential victims)");
        // Cases are not victims: cases registered are investigations.
        insta::assert_snapshot!(run(&StatisticRule, "Authorities registered 15 cases of trafficking.", report(2019)), @"2018 statistic: investigations 15 (cases)");
    }

    #[test]
    fn a_passive_with_its_were_left_out() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2002, police arrested 80 traffickers; 40 were prosecuted and 25 convicted.", report(2003)), @r"
        2002 statistic: prosecutions 40 (traffickers)
        2002 statistic: convictions 25 (traffickers)
        ");
        // Not a verb of the count: "and 25 arrested", "compared with 42 suspects arrested".
        insta::assert_snapshot!(run(&StatisticRule, "Police convicted 16 traffickers; this is compared with 42 suspects arrested and 26 traffickers convicted during the previous reporting period.", report(2019)), @r"
        2018 statistic: convictions 16 (traffickers)
        2017 statistic: convictions 26 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2002, police investigated 80 traffickers and 25 arrested.", report(2003)), @"2002 statistic: investigations 80 (traffickers)");
    }

    #[test]
    fn parts_listed_after_a_dash_or_a_colon_or_with_their_own_years() {
        let dash = "The government reported identifying 383 victims - 51 adult males, 176 adult females, 104 boys, and 52 girls - compared with 420 victims in 2019.";
        insta::assert_snapshot!(run(&StatisticRule, dash, report(2021)), @r"
        2020 statistic: victims_identified 383 (victims)
        2019 statistic: victims_identified 420 (victims)
        ");
        let colon = "The government identified 75 victims: 30 women, 25 girls, and 20 boys.";
        insta::assert_snapshot!(run(&StatisticRule, colon, report(2021)), @"2020 statistic: victims_identified 75 (victims)");
        let years = "Authorities assisted 567 victims, including 207 local victims (126 in 2019) and 360 foreign victims (345 in 2019).";
        insta::assert_snapshot!(run(&StatisticRule, years, report(2021)), @"2020 statistic: victims_assisted 567 (victims)");
        // A list of parts ends where a verb starts the next count.
        let next = "Police identified 90 victims, including 40 children, and referred 35 victims to shelters.";
        insta::assert_snapshot!(run(&StatisticRule, next, report(2021)), @r"
        2020 statistic: victims_identified 90 (victims)
        2020 statistic: victims_referred 35 (victims)
        ");
    }

    #[test]
    fn a_participle_after_a_coordinated_count_modifies_it() {
        insta::assert_snapshot!(run(&StatisticRule, "The centers provided services to 120 sex trafficking victims and 35 victims of forced labor identified during investigations.", report(2020)), @r"
        2019 statistic: victims_assisted 120 (sex trafficking victims)
        2019 statistic: victims_assisted 35 (victims)
        ");
        // With its own auxiliary, the verb after is the count's.
        insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims and 12 victims were referred to shelters.", report(2020)), @r"
        2019 statistic: victims_identified 40 (victims)
        2019 statistic: victims_referred 12 (victims)
        ");
    }

    #[test]
    fn a_count_whose_verb_is_denied_is_no_count() {
        insta::assert_snapshot!(run(&StatisticRule, "The government did not report providing services to the five potential victims identified during the year.", report(2020)), @"");
        insta::assert_snapshot!(run(&StatisticRule, "Authorities failed to refer the 12 victims to shelters.", report(2020)), @"");
        // A denial in another clause, or "not only", leaves the count.
        insta::assert_snapshot!(run(&StatisticRule, "Although the government did not convict anyone, police identified 40 victims.", report(2020)), @r"
        2019 statistic: convictions 0
        2019 statistic: victims_identified 40 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government not only identified 40 victims but also referred them to care.", report(2020)), @"2019 statistic: victims_identified 40 (victims)");
    }

    #[test]
    fn a_part_taken_to_a_later_stage() {
        insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 trafficking cases, two of which were prosecuted.", report(2006)), @r"
        2005 statistic: investigations 12 (trafficking cases)
        2005 statistic: prosecutions 2 (trafficking cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 trafficking cases, of which two were prosecuted.", report(2006)), @r"
        2005 statistic: investigations 12 (trafficking cases)
        2005 statistic: prosecutions 2 (trafficking cases)
        ");
        // A part no further along is no count of its own.
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers, two of whom were investigated for other crimes.", report(2006)), @"2005 statistic: convictions 12 (traffickers)");
    }

    #[test]
    fn metric_nouns_joined_share_their_count() {
        insta::assert_snapshot!(run(&StatisticRule, "The government reported 21 prosecutions and convictions in 2006, up from 15 prosecutions and convictions in 2005.", report(2007)), @r"
        2006 statistic: prosecutions 21
        2006 statistic: convictions 21
        2005 statistic: prosecutions 15
        2005 statistic: convictions 15
        ");
        insta::assert_snapshot!(run(&StatisticRule, "It initiated one new investigation and prosecution against a trafficking offender.", report(2014)), @r"
        2013 statistic: investigations 1
        2013 statistic: prosecutions 1
        ");
    }

    #[test]
    fn people_a_metric_noun_is_of() {
        insta::assert_snapshot!(run(&StatisticRule, "Police initiated 15 investigations, compared with eight investigations (six for sex trafficking and two for labor trafficking) of 19 individuals in 2021.", report(2023)), @r"
        2022 statistic: investigations 15
        2021 statistic: investigations 8
        2021 statistic: investigations 19 (individuals)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Courts reported 12 convictions of 20 traffickers.", report(2023)), @r"
        2022 statistic: convictions 12
        2022 statistic: convictions 20 (traffickers)
        ");
    }

    #[test]
    fn zeros_not_secured_and_compared() {
        insta::assert_snapshot!(run(&StatisticRule, "Authorities decreased the number of prosecutions and did not secure any convictions.", report(2020)), @"2019 statistic: convictions 0");
        insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate any new prosecutions against traffickers.", report(2020)), @"2019 statistic: prosecutions 0");
        insta::assert_snapshot!(run(&StatisticRule, "Investigations were opened, but no convictions were reported.", report(2020)), @"2019 statistic: convictions 0");
        insta::assert_snapshot!(run(&StatisticRule, "The government did not report investigating, prosecuting, or convicting sex trafficking offenders.", report(2020)), @r"
        2019 statistic: investigations 0 (sex trafficking offenders)
        2019 statistic: prosecutions 0 (sex trafficking offenders)
        2019 statistic: convictions 0 (sex trafficking offenders)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The courts had no trafficking prosecutions or convictions under the new law.", report(2020)), @r"
        2019 statistic: prosecutions 0
        2019 statistic: convictions 0
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any traffickers, compared to zero in 2017.", report(2019)), @r"
        2018 statistic: convictions 0 (traffickers)
        2017 statistic: convictions 0 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The government convicted three traffickers in 2019, an increase compared with no traffickers convicted in 2018.", report(2020)), @r"
        2019 statistic: convictions 3 (traffickers)
        2018 statistic: convictions 0 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The record improved, from no convictions in 2017 to nine convictions in 2019.", report(2020)), @r"
        2017 statistic: convictions 0
        2019 statistic: convictions 9
        ");
        // No zero where nothing of a metric is denied.
        insta::assert_snapshot!(run(&StatisticRule, "Compared with no shelters in 2017, the government identified 12 victims.", report(2020)), @"2019 statistic: victims_identified 12 (victims)");
    }

    #[test]
    fn parts_that_add_up_to_a_count_before_them() {
        let involving = "Police investigated 90 cases, leading to the arrest of 45 suspects, involving 30 sex trafficking and 60 labor trafficking cases.";
        insta::assert_snapshot!(run(&StatisticRule, involving, report(2021)), @"2020 statistic: investigations 90 (cases)");
        let comprising = "The ministry identified 2,310 victims, comprising 2,004 adults and 306 victims of unknown age.";
        insta::assert_snapshot!(run(&StatisticRule, comprising, report(2021)), @"2020 statistic: victims_identified 2310 (victims)");
        let nouns = "Police initiated 15 investigations, two for sex trafficking, two for labor trafficking, and 11 for other forms.";
        insta::assert_snapshot!(run(&StatisticRule, nouns, report(2021)), @"2020 statistic: investigations 15");
        let tail = "Officials identified 75 victims, including 20 female victims of sex trafficking, five victims of forced labor, and 50 child victims of forced begging.";
        insta::assert_snapshot!(run(&StatisticRule, tail, report(2021)), @"2020 statistic: victims_identified 75 (victims)");
        // Counts that add up but were done something else to, or compared, stay counts.
        let referred = "Police identified 40 victims, referred 25 to shelters and 15 to NGOs.";
        insta::assert_snapshot!(run(&StatisticRule, referred, report(2021)), @r"
        2020 statistic: victims_identified 40 (victims)
        2020 statistic: victims_referred 25 (victims)
        ");
        let compared = "Courts convicted 30 traffickers, compared with 10 in 2019 and 20 in 2018.";
        insta::assert_snapshot!(run(&StatisticRule, compared, report(2021)), @r"
        2020 statistic: convictions 30 (traffickers)
        2019 statistic: convictions 10 (traffickers)
        2018 statistic: convictions 20 (traffickers)
        ");
        let apart = "Police investigated 30 cases (12 of sex trafficking and 18 of labor trafficking), compared with 20 in 2019 and 10 in 2018.";
        insta::assert_snapshot!(run(&StatisticRule, apart, report(2021)), @r"
        2020 statistic: investigations 30 (cases)
        2019 statistic: investigations 20 (cases)
        2018 statistic: investigations 10 (cases)
        ");
    }

    #[test]
    fn a_breakdown_whose_parts_name_their_nouns() {
        insta::assert_snapshot!(run(&StatisticRule, "The government identified 311 victims, including 215 sex trafficking victims and 96 labor trafficking victims, and referred 205 to services.", report(2022)), @r"
        2021 statistic: victims_identified 311 (victims)
        2021 statistic: victims_referred 205 (victims)
        ");
    }

    #[test]
    fn the_following_year_counts_from_the_year_named_before_it() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2015 police identified 40 victims, and the following year they identified 52 victims.", wiki()), @r"
        2015 statistic: victims_identified 40 (victims)
        2016 statistic: victims_identified 52 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers in 2016, compared with nine the previous year.", wiki()), @r"
        2016 statistic: convictions 12 (traffickers)
        2015 statistic: convictions 9 (traffickers)
        ");
    }

    #[test]
    fn the_next_year_counts_from_an_earlier_sentence_when_nothing_else_can() {
        let paragraph = [
            "Police identified 40 victims in 2015.",
            "The following year they identified 52 victims.",
        ];
        insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, wiki()), @r"
        2015 statistic: victims_identified 40 (victims)
        2016 statistic: victims_identified 52 (victims)
        ");
        let compared = [
            "Authorities identified 112 victims in 2022, an increase from 87 in 2021.",
            "They referred 95 victims to care, compared with 70 the previous year.",
        ];
        insta::assert_snapshot!(run_paragraph(&StatisticRule, &compared, wiki()), @r"
        2022 statistic: victims_identified 112 (victims)
        2021 statistic: victims_identified 87 (victims)
        undated statistic: victims_referred 95 (victims)
        2021 statistic: victims_referred 70 (victims)
        ");
        // A report narrative counts from its reporting period instead.
        insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2020)), @r"
        2015 statistic: victims_identified 40 (victims)
        2020 statistic: victims_identified 52 (victims)
        ");
    }

    #[test]
    fn a_year_behind_a_comparison_is_not_the_counts() {
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted two traffickers, the same number as in the previous year.", report(2020)), @"2019 statistic: convictions 2 (traffickers)");
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 14 traffickers, the same as in 2017.", report(2020)), @r"
        2019 statistic: convictions 14 (traffickers)
        2017 statistic: convictions 14 (traffickers) (inferred)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 53 victims, up from the previous year.", report(2020)), @"2019 statistic: victims_identified 53 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2013 the government reported 18 prosecutions and eight convictions, a decrease from 2012.", wiki()), @r"
        2013 statistic: prosecutions 18
        2013 statistic: convictions 8
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2016 police investigated 40 cases, an increase over 2015.", wiki()), @"2016 statistic: investigations 40 (cases)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2016 courts convicted 12 traffickers, more than in 2015.", wiki()), @"2016 statistic: convictions 12 (traffickers)");
        insta::assert_snapshot!(run(&StatisticRule, "The government trained more than 1,200 officials in 2016.", wiki()), @"2016 statistic: officials_trained more_than 1200 (officials)");
        // A year before the comparison is still the count's own.
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 14 traffickers in 2018, the same as in 2017.", report(2020)), @r"
        2018 statistic: convictions 14 (traffickers)
        2017 statistic: convictions 14 (traffickers) (inferred)
        ");
        // A count after the comparison's clause does not take its year.
        insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 19 victims, compared with 25 the previous year, and referred 14 of them to shelters.", report(2016)), @r"
        2015 statistic: victims_identified 19 (victims)
        2014 statistic: victims_identified 25 (victims)
        2015 statistic: victims_referred 14 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2012 police identified 30 victims, up from 21 in 2011, and referred 12 of them to NGOs.", wiki()), @r"
        2012 statistic: victims_identified 30 (victims)
        2011 statistic: victims_identified 21 (victims)
        2012 statistic: victims_referred 12 (victims)
        ");
        // A year in brackets or a comparison still open dates what follows it.
        insta::assert_snapshot!(run(&StatisticRule, "Compared with 2014, the government referred 14 victims to shelters.", report(2016)), @"2015 statistic: victims_referred 14 (victims)");
    }

    #[test]
    fn a_part_of_a_whole_named_after_it_is_what_its_verb_counts() {
        // The verb after the whole, or before the part, is done to the part.
        insta::assert_snapshot!(run(&StatisticRule, "Fourteen of the 23 victims received shelter in 2016.", wiki()), @"2016 statistic: victims_assisted 14 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, 9 of these victims were repatriated.", wiki()), @"2019 statistic: victims_repatriated 9 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2018, NGOs provided shelter to 15 of the 20 victims identified.", wiki()), @"2018 statistic: victims_assisted 15 (victims)");
        // A participle that only names the whole: the whole is the count, the part is not.
        insta::assert_snapshot!(run(&StatisticRule, "In 2017, five of the 23 victims identified were children.", wiki()), @"2017 statistic: victims_identified 23 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2017, three of the 12 victims assisted by NGOs were men.", wiki()), @"2017 statistic: victims_assisted 12 (NGOs)");
        // The whole's participle, then the part's own verb: both are counts.
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, only two of the 23 child victims identified received care at the shelter.", wiki()), @r"
        2020 statistic: victims_assisted 2 (child victims)
        2020 statistic: victims_identified 23 (child victims)
        ");
        // Words between the two counts other than "of the" make two counts.
        insta::assert_snapshot!(run(&StatisticRule, "In 2017, police identified 14 victims out of the 23 victims referred by NGOs.", wiki()), @r"
        2017 statistic: victims_identified 14 (victims)
        2017 statistic: victims_referred 23 (NGOs)
        ");
    }

    #[test]
    fn participles_joined_after_a_count_each_count_it() {
        insta::assert_snapshot!(run(&StatisticRule, "The last statistic was 262 victims identified and assisted in 2016.", wiki()), @r"
        2016 statistic: victims_identified 262 (victims)
        2016 statistic: victims_assisted 262 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, 14 traffickers were prosecuted and convicted.", wiki()), @r"
        2019 statistic: prosecutions 14 (traffickers)
        2019 statistic: convictions 14 (traffickers)
        ");
        // Another count after "and" has its own verb.
        insta::assert_snapshot!(run(&StatisticRule, "In 2018, 30 victims were identified and 12 were referred.", wiki()), @r"
        2018 statistic: victims_identified 30 (victims)
        2018 statistic: victims_referred 12 (victims)
        ");
    }

    #[test]
    fn a_count_with_its_noun_and_verb_left_out_mirrors_the_one_before() {
        insta::assert_snapshot!(run(&StatisticRule, "Prosecutors charged 43 defendants with sex trafficking and four with labor trafficking in 2014, compared with 114 and five, respectively, in 2013.", wiki()), @r"
        2014 statistic: prosecutions 43 (defendants)
        2014 statistic: prosecutions 4 (defendants)
        2013 statistic: prosecutions 114 (defendants)
        2013 statistic: prosecutions 5 (defendants)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, courts convicted 10 traffickers for sex trafficking and two for forced labor.", wiki()), @r"
        2020 statistic: convictions 10 (traffickers)
        2020 statistic: convictions 2 (traffickers)
        ");
        // Parts of a count told before, without a noun of their own, are not counts.
        insta::assert_snapshot!(run(&StatisticRule, "In 2018, the government reported four prosecutions, one for sex trafficking and two for labor trafficking.", wiki()), @"2018 statistic: prosecutions 4");
    }

    #[test]
    fn more_or_fewer_than_a_count_of_another_year_is_that_count() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, police identified 197 victims, a decrease compared with 235 in 2019 but more than 187 in 2018.", wiki()), @r"
        2020 statistic: victims_identified 197 (victims)
        2019 statistic: victims_identified 235 (victims)
        2018 statistic: victims_identified 187 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, police identified 97 victims, more than 87 in 2019.", wiki()), @r"
        2020 statistic: victims_identified 97 (victims)
        2019 statistic: victims_identified 87 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, police identified 57 victims, fewer than the 60 in 2019.", wiki()), @r"
        2020 statistic: victims_identified 57 (victims)
        2019 statistic: victims_identified 60 (victims)
        ");
        // A bound with its own noun stays a bound.
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified more than 87 victims.", wiki()), @"2019 statistic: victims_identified more_than 87 (victims)");
    }

    #[test]
    fn the_same_as_in_another_year_is_that_years_count_inferred() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, authorities identified 494 victims, the same as in 2019.", wiki()), @r"
        2020 statistic: victims_identified 494 (victims)
        2019 statistic: victims_identified 494 (victims) (inferred)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Courts convicted six traffickers during 2019, the same number as in 2018.", wiki()), @r"
        2019 statistic: convictions 6 (traffickers)
        2018 statistic: convictions 6 (traffickers) (inferred)
        ");
        // "Roughly the same" or another count's comparison tells no count.
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, authorities identified 494 victims, compared with 400 in 2019, the same level as the year before.", wiki()), @r"
        2020 statistic: victims_identified 494 (victims)
        2019 statistic: victims_identified 400 (victims)
        ");
    }

    #[test]
    fn an_example_from_an_uncounted_whole_is_no_count() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government continued prosecuting and convicting some traffickers, including two perpetrators of forced begging.", wiki()), @"");
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified several victims, including 12 children.", wiki()), @"");
        // A counted whole keeps its part as a part; a count after the example is its own.
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 40 victims, including 12 children.", wiki()), @"2019 statistic: victims_identified 40 (victims)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified some victims, including two children, and convicted 14 traffickers.", wiki()), @"2019 statistic: convictions 14 (traffickers)");
    }

    #[test]
    fn pending_cases_and_drafts_beside_a_count_leave_it_a_count() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2005, the government convicted 78 traffickers and 220 cases are still pending.", wiki()), @"2005 statistic: convictions 78 (traffickers)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2010, police rescued and identified 80 child victims and drafted new legislation.", wiki()), @"2010 statistic: victims_identified 80 (child victims)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2018, four of eight investigations begun in 2017 were still pending.", wiki()), @"");
        // A plan counts nothing.
        insta::assert_snapshot!(run(&StatisticRule, "In 2010, the ministry plans to train 200 officials, pending funding.", wiki()), @"");
    }

    #[test]
    fn counts_each_with_its_participle_after_it_keep_their_own() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, courts convicted 12 traffickers, compared with nine traffickers prosecuted and 12 convicted in 2019 and nine cases prosecuted and seven traffickers convicted in 2018.", wiki()), @r"
        2020 statistic: convictions 12 (traffickers)
        2019 statistic: prosecutions 9 (traffickers)
        2019 statistic: convictions 12 (traffickers)
        2018 statistic: prosecutions 9 (cases)
        2018 statistic: convictions 7 (traffickers)
        ");
        // A participle after a count whose verb came before it still shares that verb.
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, NGOs provided services to 2,119 victims and 153 victims identified during investigations.", wiki()), @r"
        2019 statistic: victims_assisted 2119 (victims)
        2019 statistic: victims_assisted 153 (victims)
        ");
    }

    #[test]
    fn a_metric_noun_with_a_count_of_its_own_shares_none() {
        insta::assert_snapshot!(run(&StatisticRule, "During 2014, officials initiated 15 new investigations and prosecutions of 18 defendants, compared with 11 investigations and 12 defendants in 2013.", wiki()), @r"
        2014 statistic: investigations 15
        2014 statistic: prosecutions 18 (defendants)
        2013 statistic: investigations 11
        2013 statistic: prosecutions 12 (defendants)
        ");
        // Joined with no count of its own, the second noun shares the count.
        insta::assert_snapshot!(run(&StatisticRule, "In 2017, courts reported 15 prosecutions and convictions of traffickers.", wiki()), @r"
        2017 statistic: prosecutions 15
        2017 statistic: convictions 15
        ");
    }

    #[test]
    fn parts_after_a_longer_description_of_their_whole() {
        insta::assert_snapshot!(run(&StatisticRule, "The government initiated eight investigations under article 124 in 2016, including five sex trafficking cases and two child forced labor cases.", wiki()), @"2016 statistic: investigations 8");
        // A verb of its own before "including" starts another count.
        insta::assert_snapshot!(run(&StatisticRule, "In 2017, police investigated 40 cases and provided services to victims, including 12 children.", wiki()), @r"
        2017 statistic: investigations 40 (cases)
        2017 statistic: victims_assisted 12 (children)
        ");
    }

    #[test]
    fn a_count_with_a_year_of_its_own_ends_a_list_of_parts() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2021, police investigated six cases, compared with 40 cases in 2020, including 24 sex trafficking cases and 16 forced labor cases, and eight cases in 2019, including one sex trafficking case and seven forced labor cases.", wiki()), @r"
        2021 statistic: investigations 6 (cases)
        2020 statistic: investigations 40 (cases)
        2019 statistic: investigations 8 (cases)
        ");
    }

    #[test]
    fn housing_and_support_received_or_provided_are_assistance() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2015, the 10 identified victims received housing, medical care, and legal counsel.", wiki()), @"2015 statistic: victims_assisted 10 (identified victims)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2017, NGOs provided housing to 14 victims.", wiki()), @"2017 statistic: victims_assisted 14 (victims)");
    }

    #[test]
    fn cases_registered_told_after_them() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, 2,189 cases of human trafficking were registered.", wiki()), @"2020 statistic: investigations 2189 (cases)");
        insta::assert_snapshot!(run(&StatisticRule, "In 2020, 120 victims were registered.", wiki()), @"2020 statistic: victims_identified 120 (victims)");
    }

    #[test]
    fn the_same_count_in_another_year_or_compared() {
        insta::assert_snapshot!(run(&StatisticRule, "Testland prosecuted 9 cases in 2017 and 14 in 2018.", wiki()), @r"
        2017 statistic: prosecutions 9 (cases)
        2018 statistic: prosecutions 14 (cases)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "In 2016, the government convicted 7 traffickers, as opposed to 3 in 2015.", wiki()), @r"
        2016 statistic: convictions 7 (traffickers)
        2015 statistic: convictions 3 (traffickers)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "The number of victims identified increased from 21 in 2014 to 49 in 2016.", wiki()), @r"
        2014 statistic: victims_identified 21
        2016 statistic: victims_identified 49
        ");
        // A number in another year that goes on to say something else is not the count.
        insta::assert_snapshot!(run(&StatisticRule, "Testland prosecuted 9 cases in 2017, and 14 in 2018 were dismissed by courts.", wiki()), @"2017 statistic: prosecutions 9 (cases)");
    }

    #[test]
    fn a_part_of_those_counted_before_is_no_count() {
        insta::assert_snapshot!(run(&StatisticRule, "Two of the convicted traffickers were officials.", report(2019)), @"");
        insta::assert_snapshot!(run(&StatisticRule, "The government reported 321 identified victims.", report(2019)), @"2018 statistic: victims_identified 321 (identified victims)");
    }

    #[test]
    fn passives_in_a_row() {
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, 211 victims were identified, 87 cases were investigated and 23 traffickers were convicted.", wiki()), @r"
        2019 statistic: victims_identified 211 (victims)
        2019 statistic: investigations 87 (cases)
        2019 statistic: convictions 23 (traffickers)
        ");
        // A verb of its own after the passive still counts.
        insta::assert_snapshot!(run(&StatisticRule, "In 2019, 87 cases were investigated and prosecutors charged 23 suspects.", wiki()), @r"
        2019 statistic: investigations 87 (cases)
        2019 statistic: prosecutions 23 (suspects)
        ");
    }

    #[test]
    fn none_stated_as_a_count() {
        insta::assert_snapshot!(run(&StatisticRule, "The government reported two trafficking convictions in 2012, compared to none in 2011.", report(2013)), @r"
        2012 statistic: convictions 2
        2011 statistic: convictions 0
        ");
        insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 14 victims, up from none the previous year.", report(2013)), @r"
        2012 statistic: victims_identified 14 (victims)
        2011 statistic: victims_identified 0 (victims)
        ");
        insta::assert_snapshot!(run(&StatisticRule, "None of the 14 victims were repatriated, compared with 3 in 2011.", report(2013)), @r"
        2012 statistic: victims_repatriated 0 (victims)
        2011 statistic: victims_repatriated 3 (victims)
        ");
        // "none" compared with nothing counted, or not compared at all.
        for s in [
            "None of the shelters were open, compared with none in 2011.",
            "The government identified 14 victims; none were children.",
        ] {
            let got = run(&StatisticRule, s, report(2013));
            assert!(!got.contains(" 0"), "{s}: {got}");
        }
    }

    #[test]
    fn an_unlisted_word_right_before_the_noun() {
        insta::assert_snapshot!(run(&StatisticRule, "The government trained 250 consular officials.", report(2008)), @"2007 statistic: officials_trained 250 (consular officials)");
        insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 unaccompanied minors.", report(2008)), @"2007 statistic: victims_identified 12 (unaccompanied minors)");
        insta::assert_snapshot!(run(&StatisticRule, "As of December 2019, there were 45 ongoing trafficking investigations.", wiki()), @"2019-12 statistic: investigations 45");
        // Not a noun's modifier: a function word, or a word not right before the noun.
        for s in [
            "Police identified 40 percent of victims.",
            "The government trained 250 with support from victims' groups.",
            "Police identified 12 through hotline calls from victims.",
        ] {
            assert_eq!(run(&StatisticRule, s, report(2008)), "", "{s}");
        }
    }

    #[test]
    fn a_metric_noun_counted_is_not_the_next_counts_verb() {
        insta::assert_snapshot!(run(&StatisticRule, "Authorities conducted 28 trafficking investigations, prosecuted 19 cases, and convicted 14 offenders.", report(2008)), @r"
        2007 statistic: investigations 28
        2007 statistic: prosecutions 19 (cases)
        2007 statistic: convictions 14 (offenders)
        ");
    }

    #[test]
    fn not_statistics() {
        for s in [
            "The government prohibits trafficking through Article 129 of its criminal code, which prescribes four to 25 years' imprisonment.",
            "The government intends to train 200 officials in 2022.",
            "The ministry aims to identify 500 victims by 2025.",
            "In 2023, the Organised Crime Index gave it a score of 8.5 out of 10.",
            "The government provided no information on whether the individuals prosecuted were convicted.",
            "In 2009 it did not make similar efforts to prosecute trafficking offenders or identify victims.",
            "The government did not report any systematic efforts to identify trafficking victims.",
            "The government did not report efforts to investigate such officials for complicity.",
            "In 2014, approximately 3,400 women entered Lebanon under this program.",
            "Separate from the three cases shared by the Ministry of Justice, media reported three potential cases.",
            "Forty-four were children (42 sex trafficking, two labor trafficking), compared with 32 in 2021.",
            "44 suspected trafficking victims were detained at the airport in Amsterdam.",
            "The government allocated 16.2 million MDL ($849,060) to assist victims.",
            "Men aged 18-54 must serve for 18 months and 24 percent were assisted.",
        ] {
            assert_eq!(run(&StatisticRule, s, report(2015)), "", "{s}");
        }
    }
}
