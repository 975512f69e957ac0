//! Counts stated with a number: each count of a sentence read with its noun, its verb
//! and its place among the other counts (a whole, a part, a year aside, a comparison).

use super::nouns::{
    changed_subject_metric, classify_noun, elliptical_metric, head_noun, is_count_of_share,
    metric_noun_before_of, metric_noun_joined, metric_nouns_listed, noun_after, noun_shared_ahead,
    number_of_metric, past_share, verb_joined_before, NounClass, NounPhrase,
};
use super::parts::{
    adds_more_of_the_same, after_comparison, after_named_whole, after_passive, blank_brackets,
    breakdown_of_leading_whole, continues_parts, coordinated_with_previous,
    described_after_its_noun, described_as_a_kind, described_by_copula, done_further,
    drop_parts_of_leading_whole, earlier_year_of, gapped_subject, inside_breakdown, is_part_of,
    is_partitive, led_by_whole, open_bracket_before, participle_of_whole, parts_before_total,
    restated_in_another_year, summed_parts, whole_told_before, year_aside, NOUN_THEN_YEAR,
};
use super::verbs::{
    agent_after, care_given_by, care_joined, has_auxiliary, joined_tail, metric_of_word,
    metric_participle_joined, metric_told_after, pair_around, participle_metric, promised,
    registered_before, upheld_before, verb_after, verb_metrics, verbs_before,
};
use super::zeros::{none_compared, none_of, verb_denied};
use super::{
    is_year, push, push_dated, push_except, push_inferred, trim_word, years_of_each, Found,
};
use crate::event::{Fact, Metric};
use crate::lazy_regex;
use crate::pattern::{contains_ci, starts_with_ci};
use crate::quantity::{Quantity, QuantityKind, QuantityMention};
use crate::rules::context::{
    clause, concessive_lead_end, is_past_participle, leads_to_date, SentenceCtx,
};
use crate::rules::lexicon::{
    is_enforcement_metric, AT_ONCE, AT_RISK_MODIFIERS, BE_AUXILIARIES, CARE_DESTINATIONS,
    CASE_DISPOSALS, COMPARED_WITH, DENYING_VERBS, DO_AUXILIARIES, EXPLOITED_WORDS,
    NOT_VICTIMS_AFTER, OPENING_VERBS, OTHER_ACTIONS, OTHER_CRIMES, OTHER_HARMS,
    PARTIAL_QUANTIFIERS, PLACE_UNITS, RECOGNITION_VERBS, RECORDING_PARTICIPLES, RELATIVE_PRONOUNS,
    REPORTED_COUNT_OPENERS, REPORTING_VERBS, ROOM_VERBS, STAFFING_VERBS, TRAFFICKING_WORDS,
    UNFORCED_HARMS, VAGUE_AMOUNTS,
};
use crate::rules::lexicon::{
    is_victim_metric, CHANGED_VERB_ALTERNATION, GRADING_ADVERBS, PENALIZING_VERBS,
};
use crate::temporal::Resolved;
use crate::temporal::{PartialDate, TimeExpr, TimeMention};

lazy_regex!(
    pub(super) COMPARED,
    format!(r"(?i)\b(?:{COMPARED_WITH}|from|than|versus|similar\s+to|as\s+opposed\s+to)\b")
);

// "14 in 2018", "22 the following year", "17 a year earlier": a count's own year after it.
lazy_regex!(
    pub(super) YEAR_AFTER,
    r"^\s+(?:(?:in|during)\s+(?:19|20)\d\d|(?:(?:in|during)\s+)?the\s+(?:following|next|previous|prior|preceding|subsequent)\s+year|the\s+year\s+(?:before|after|prior)|a\s+year\s+(?:earlier|later)|between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d\s+(?:to|through)\s+(?:19|20)\d\d)\b\s*(?:[.,;()]|$|and\s+[\w,]+\s+(?:(?:in|during)\s+(?:19|20)\d\d|between\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d)\b)"
);

lazy_regex!(
    pub(super) SAME_AS,
    r"^(?:same\s+(?:number\s+|total\s+|amount\s+|level\s+)?as(?:\s+(?:reported|recorded))?|same\s+(?:number|total|amount)\s+[a-z]+ed|same\s+(?:number|total)\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+(?:\s+[a-z]+ed)?(?:\s+as)?|unchanged\s+(?:from|since|on))\s+(?:(?:in|during)\s+)?"
);

// "14 victims in 2013; this rose to 17 in 2014": a count told as the one before, changed.
lazy_regex!(
    CHANGED_TO,
    format!(
        r"(?i)\b(?:this|that|it|which|(?:the|this|that)\s+(?:number|figure|total|count))\s+(?:has\s+|had\s+)?(?:{CHANGED_VERB_ALTERNATION})\s+to\s*$"
    )
);

lazy_regex!(
    pub(super) COMPARISON,
    format!(r"(?i)(?:\bfrom|\b{COMPARED_WITH}|\bas\s+opposed\s+to|\bsimilar\s+to|\bthan|\bversus|\bvs\.?|\bagainst)(?:\s+the)?\s*(?:\(\s*)?$")
);

/// Whether `word` is the gerund of an act that is no metric ("intercepting", "arresting").
fn gerund_of_other_action(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ing").filter(|s| s.len() > 3) else {
        return false;
    };
    OTHER_ACTIONS.iter().any(|a| {
        a.strip_suffix("ed")
            .or(a.strip_suffix('d'))
            .is_some_and(|a| a.eq_ignore_ascii_case(stem))
    })
}

/// Whether a count at `start` was told, among the events from `first` on.
fn told_at(out: &Found, first: usize, start: usize) -> bool {
    out[first..].iter().any(|(pos, _)| *pos == start)
}

/// The count right before a list told "respectively" after a comparison that the count at
/// `i` answers ("prosecuted 12 suspects and convicted five traffickers, compared with 30 and
/// 10, respectively": 30 answers 12, 10 answers five), as an index into `counts`.
fn respective_match(text: &str, counts: &[&QuantityMention], i: usize) -> Option<usize> {
    let joined = |a: &QuantityMention, b: &QuantityMention| {
        matches!(text[a.end..b.start].trim(), "and" | "," | ", and" | "or")
    };
    let mut start = i;
    while start > 0 && joined(counts[start - 1], counts[start]) {
        start -= 1;
    }
    let mut end = i;
    while end + 1 < counts.len() && joined(counts[end], counts[end + 1]) {
        end += 1;
    }
    let after = text[counts[end].end..].trim_start_matches([',', ' ']);
    let len = end - start + 1;
    let compared = COMPARISON.is_match(crate::pattern::tail(&text[..counts[start].start], 40));
    // "compared with 30 and 10, respectively", "compared with 20 and 12 in 2017": a list
    // closed by "respectively" or by its year.
    let of_a_year = || {
        let rest = text[counts[end].end..].trim_start();
        let rest = ["in ", "during "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or("");
        rest.len() >= 4 && rest.is_char_boundary(4) && is_year(&rest[..4])
    };
    let closed = crate::pattern::starts_with_ci(after, "respectively") || of_a_year();
    (len > 1 && compared && start >= len && closed).then(|| start - len + (i - start))
}

/// Whether a count after a reporting verb opens a clause of its own: a finite verb follows
/// its noun ("reported 40 victims were referred", "reported 16 victims received care").
fn reports_a_clause(lead: &str, after_noun: &str) -> bool {
    let reported = lead
        .split_whitespace()
        .rev()
        .find(|w| !crate::pattern::is_one_of(w, REPORTED_COUNT_OPENERS))
        .is_some_and(|w| crate::pattern::is_one_of(w, REPORTING_VERBS));
    let mut words = after_noun.split_whitespace();
    let finite = match words.next() {
        Some("were" | "was") => words.next().is_some_and(|w| trim_word(w).ends_with("ed")),
        Some(w) => trim_word(w) == "received",
        None => false,
    };
    reported && finite
}

/// The count whose part, introduced by "including" and told just before the count at `i`,
/// stands between it and a figure compared ("208 victims, including the 24 identified
/// victims, compared with 224").
fn whole_of_included_count(text: &str, counts: &[&QuantityMention], i: usize) -> Option<usize> {
    let (whole, part) = (counts.get(i.checked_sub(2)?)?, counts[i - 1]);
    let link = text[whole.end..part.start].trim_end();
    let link = link.strip_suffix(" the").unwrap_or(link);
    let included = link.ends_with(", including") && !link.contains([';', '(', ')']);
    let unbroken = !text[part.end..counts[i].start].contains([';', '(', ')']);
    (included && unbroken).then_some(i - 2)
}

/// The metrics and subjects told of the count at `start`.
fn statistics_at(
    found: &[(usize, crate::event::Event)],
    start: usize,
) -> impl Iterator<Item = (Metric, &Option<String>)> {
    found
        .iter()
        .filter(move |(pos, _)| *pos == start)
        .filter_map(|(_, e)| match &e.fact {
            Fact::Statistic {
                metric, subject, ..
            } => Some((*metric, subject)),
            _ => None,
        })
}

/// Whether the words after a bare count send it to care ("to care", "to NGO shelters") or
/// home ("to their home countries"), or give it care ("with medical services").
fn sent_to_care(text: &str, q: &QuantityMention) -> bool {
    let after = super::nouns::past_aside(text, q);
    let mut words = after.split_whitespace();
    match words.next() {
        // "returned all 11 to their home countries": sent home.
        Some("to") => super::nouns::sent_to(after, |w| {
            crate::pattern::is_one_of(w, CARE_DESTINATIONS)
                || crate::pattern::starts_with_ci(w, "home")
                || crate::pattern::starts_with_ci(w, "countr")
        }),
        // "assisted 48 with psychological and health services".
        Some("with") => words
            .take(4)
            .any(|w| crate::pattern::is_one_of(trim_word(w), CARE_DESTINATIONS)),
        _ => false,
    }
}

/// The metrics and subjects of the zeros told before `pos` in the sentence.
fn zeros_before(out: &[(usize, crate::event::Event)], pos: usize) -> Vec<(Metric, Option<String>)> {
    zeros_between(out, 0, pos)
}

/// The zeros of `out` told since the count before `counts[i]`, up to it.
fn denials_since_count_before(
    out: &[(usize, crate::event::Event)],
    counts: &[&QuantityMention],
    i: usize,
) -> Vec<(Metric, Option<String>)> {
    let since = i.checked_sub(1).map_or(0, |p| counts[p].end);
    zeros_between(out, since, counts[i].start)
}

/// The zeros of `out` told from `from` up to `pos`.
fn zeros_between(
    out: &[(usize, crate::event::Event)],
    from: usize,
    pos: usize,
) -> Vec<(Metric, Option<String>)> {
    out.iter()
        .filter(|(at, _)| (from..pos).contains(at))
        .filter_map(|(_, e)| match &e.fact {
            Fact::Statistic {
                metric,
                quantity,
                subject,
                ..
            } if *quantity == Quantity::exact(0) => Some((*metric, subject.clone())),
            _ => None,
        })
        .collect()
}

/// Whether a count's words count places ("from 30 of 45 provinces", "in 12 of the
/// country's regions", "five border districts"), not people or cases.
fn counts_places(after: &str) -> bool {
    const LINKS: &[&str] = &["of", "out", "the", "its", "their", "country", "s"];
    let mut words = super::words_of(after)
        .skip_while(|w| LINKS.contains(w) || w.bytes().all(|b| b.is_ascii_digit()))
        .take(2);
    let is_place = |w: &str| PLACE_UNITS.iter().any(|p| w.eq_ignore_ascii_case(p));
    // One modifier may come first ("border", "northern"), but not a counted noun.
    match (words.next(), words.next()) {
        (Some(w), _) if is_place(w) => true,
        (Some(w), Some(next)) => is_place(next) && classify_noun(w).is_none(),
        _ => false,
    }
}

/// Whether the noun read after a count of two or more is a singular modifying a word after it
/// ("two victim identification numbers", "three case files").
fn singular_modifier(text: &str, q: &QuantityMention, subject: &str, end: usize) -> bool {
    const SINGULARS: [&str; 6] = [
        "victim",
        "trafficker",
        "case",
        "suspect",
        "offender",
        "survivor",
    ];
    const NOT_A_NOUN: [&str; 20] = [
        "of", "in", "for", "to", "and", "or", "who", "that", "which", "were", "was", "are", "is",
        "from", "with", "by", "during", "at", "on", "as",
    ];
    let head = subject.rsplit(' ').next().unwrap_or("");
    let next = text[end..]
        .strip_prefix(' ')
        .and_then(|r| r.split(' ').next());
    q.quantity.min.is_some_and(|n| n >= 2)
        && SINGULARS.iter().any(|s| head.eq_ignore_ascii_case(s))
        && next.map(trim_word).is_some_and(|w| {
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()) && !NOT_A_NOUN.contains(&w)
        })
}

/// Whether the words before a count name people belonging to what it counts ("members of",
/// "leaders of the").
fn members_of_a_count(before: &str) -> bool {
    const MEMBERS: [&str; 5] = ["members", "leaders", "heads", "organizers", "bosses"];
    let mut words = before.split_whitespace().rev();
    let mut of = words.next();
    if of.is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        of = words.next();
    }
    of.is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words
            .next()
            .is_some_and(|w| MEMBERS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Whether the words after a count rank it among others ("of the largest", "of the most
/// serious", "of the few").
fn one_of_a_rank(after: &str) -> bool {
    let mut words = super::words_of(after);
    words.next() == Some("of")
        && words.next() == Some("the")
        && words.next().is_some_and(|w| {
            matches!(w, "most" | "few" | "only") || (w.len() > 4 && w.ends_with("est"))
        })
}

/// Whether "one" is set against another of its kind ("one another", "from one area to
/// another", "one way or the other"): told "to" or "or" another, it counts nothing.
fn one_against_another(number: &str, after: &str) -> bool {
    if !number.eq_ignore_ascii_case("one") {
        return false;
    }
    let words: Vec<&str> = super::words_of(after).take(5).collect();
    let other = |w: &str| w.eq_ignore_ascii_case("another") || w.eq_ignore_ascii_case("other");
    let to_or = |w: &str| crate::pattern::is_one_of(w, &["to", "or"]);
    words
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("another"))
        || (1..words.len()).any(|i| {
            other(words[i])
                && (to_or(words[i - 1])
                    || (words[i - 1].eq_ignore_ascii_case("the") && i > 1 && to_or(words[i - 2])))
        })
}

/// "six victims from five countries": "from" after a counted noun tells where they came
/// from, not the count they changed from.
fn origin_after_noun(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("from"))
        && words.next().and_then(classify_noun).is_some()
}

/// `told_counts`: the last count of an earlier sentence of the paragraph, replaced by this
/// sentence's.
pub(super) fn counts(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    told_counts: &mut Option<crate::rules::Counted>,
    cases_told: &[(u64, Metric)],
) {
    let text = cx.text;
    let first = out.len();
    let all = cx.quantities();
    let counts: Vec<&QuantityMention> = all
        .iter()
        // "from 30 of 45 provinces": places counted are no counts, nor bounds of others.
        .filter(|q| q.kind == QuantityKind::Count && !counts_places(&text[q.end..]))
        // "prosecuted members of five trafficking rings": the people counted are not told.
        .filter(|q| !members_of_a_count(&text[..q.start]))
        // "one of the largest trafficking networks": a rank, not a count.
        .filter(|q| !one_of_a_rank(&text[q.end..]))
        // "transport drugs from one area to another", "helped one another": no count.
        .filter(|q| !one_against_another(&text[q.number_start..q.end], &text[q.end..]))
        // "sentenced to 12 and 10 years": a term before another, sharing its unit.
        .filter(|q| !term_before_a_term(text, all, q))
        .collect();
    // Lowercase: the phrase follows a count.
    crate::lazy_finder!(SAME, "same ");
    crate::lazy_finder!(UNCHANGED, "unchanged ");
    let says_same =
        SAME.find(text.as_bytes()).is_some() || UNCHANGED.find(text.as_bytes()).is_some();
    // Where dates of participles after counted nouns start: other verbs' dates.
    let mut participle_dates: Vec<usize> = cx.instrument_dates().collect();
    let continued = contains_ci(text, "continu");
    if continued {
        participle_dates.extend(continued_case_dates(cx));
    }
    participle_dates.extend(offense_spans(cx));
    // "This number compared with 45 confirmed victims in 2019": the count of the sentence
    // before is the one compared.
    // Only the sentence just before (a space or two away) is the one referred to.
    let told = told_counts
        .take()
        .filter(|c| cx.span.start >= c.end && cx.span.start - c.end <= 2)
        .unwrap_or_default();
    crate::lazy_finder!(FROM, " from ");
    crate::lazy_finder!(SINCE, " since ");
    let s = Sentence {
        cx,
        rule,
        text,
        first,
        summed: summed_parts(text, &counts),
        broken_down: breakdown_of_leading_whole(text, &counts),
        before_total: parts_before_total(text, &counts),
        counts,
        says_same,
        first_open: memchr::memchr(b'(', text.as_bytes()),
        told_before: told.metrics,
        told_date: told.date,
        // "Compared with 226 victims in 2020, ...": a sentence opening with its comparison
        // compares the count before it too.
        anaphoric: ["this ", "these ", "that ", "compared with ", "compared to "]
            .iter()
            .any(|w| {
                text.get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w))
            }),
        has_dashes: text.contains(" - "),
        carries: FROM.find(text.as_bytes()).is_some()
            || SINCE.find(text.as_bytes()).is_some()
            || continued,
        cases_told,
    };
    let mut mem = Memory {
        participle_dates,
        ..Memory::default()
    };
    // "Police referred 10 adult victims. NGOs referred seven.": the noun of the sentence
    // before, for a first count that leaves it out.
    if let Some((head, subject)) = told.noun {
        if let Some(class) = classify_noun(&head) {
            mem.last_noun = Some((class, subject));
            mem.noun_from_before = true;
        }
    }
    // "did not report how many victims it identified in 2021, compared with two in 2020":
    // the figure compared is of the count left untold.
    if let Some(q) = s.counts.first().filter(|_| cx.is_negated()) {
        let lead = &text[..q.start];
        if COMPARISON.is_match(crate::pattern::tail(lead, 40)) {
            if let Some((metric, subject)) = untold_count(lead) {
                mem.last = Some((metric, subject));
                mem.last_metrics = vec![metric];
            }
        }
    }
    for i in 0..s.counts.len() {
        read_count(&s, &mut mem, out, i);
    }
    drop_parts_of_leading_whole(text, first, out);
    // The metrics of the last count told: a part read after its whole ("Among the 176
    // victims identified, police referred 21") is the one a next sentence's "This" is of.
    let last_told = out[first..].iter().map(|(pos, _)| *pos).max();
    let told_last: Vec<Metric> = last_told
        .map(|at| statistics_at(&out[first..], at).map(|(m, _)| m).collect())
        .unwrap_or_default();
    // The date of the last count told, not of a figure it was compared with: the counts are
    // read from the last, so the comparison is most often looked for once.
    let mut told: Vec<(usize, Option<PartialDate>)> =
        out[first..].iter().map(|(pos, e)| (*pos, e.date)).collect();
    told.sort_by_key(|(pos, _)| std::cmp::Reverse(*pos));
    let date = told
        .into_iter()
        .find(|(pos, _)| !COMPARISON.is_match(crate::pattern::tail(&text[..*pos], 40)))
        .and_then(|(_, date)| date);
    let metrics = match told_last.is_empty() {
        true => mem.last_metrics,
        false => told_last,
    };
    *told_counts = Some(crate::rules::Counted {
        end: cx.span.end,
        metrics,
        date,
        noun: mem.last_noun_head,
    });
    counted_as_victims(cx, rule, &s.counts, out);
    none_compared(cx, rule, out);
}

/// What a sentence tells once, for each of its counts to read.
struct Sentence<'s, 't> {
    cx: &'s SentenceCtx<'t>,
    rule: &'s str,
    text: &'t str,
    /// Where this sentence's events start in the output.
    first: usize,
    /// The counts of the sentence, in order: numbers that are no count left out.
    counts: Vec<&'s QuantityMention>,
    /// Whether each count is a part summed to a total told after.
    summed: Vec<bool>,
    /// Whether each count is a part of a whole the sentence opens with.
    broken_down: Vec<bool>,
    /// Whether each count is a part told before its total ("30 women and 12 children,
    /// totaling 42 victims").
    before_total: Vec<bool>,
    /// Whether the sentence says "the same" or "unchanged".
    says_same: bool,
    /// Where the sentence's first bracket opens.
    first_open: Option<usize>,
    /// The metrics of the count told in the sentence just before.
    told_before: Vec<Metric>,
    /// The date of that count.
    told_date: Option<PartialDate>,
    /// Whether the sentence opens with "this", "these" or "that".
    anaphoric: bool,
    /// Screens for the rarer readings: a byte search is cheaper than reading each count.
    has_dashes: bool,
    /// Whether the sentence may tell cases carried over from an earlier year.
    carries: bool,
    /// The counts of cases told in the document so far.
    cases_told: &'s [(u64, Metric)],
}

/// What the counts read so far leave for the next count of the sentence.
#[derive(Default)]
struct Memory {
    /// The last count's metric and subject.
    last: Option<(Metric, Option<String>)>,
    /// The last count that is not a figure compared with it, with its metrics and subject
    /// (kept where a sentence says "the same").
    last_main: Option<(Quantity, Vec<Metric>, Option<String>)>,
    /// The head noun of each count with its metrics, in order.
    counted_nouns: Vec<(String, Vec<Metric>)>,
    /// The subject of each count of several words with its metrics, for a count that keeps
    /// only the modifier ("45 confirmed victims ... and 49 confirmed").
    counted_subjects: Vec<(String, Vec<Metric>)>,
    /// Whether the last count's verb came after it ("nine traffickers prosecuted").
    last_told_after: bool,
    /// Whether the last count's metric was its own noun ("seven prosecutions"): no verb to share.
    last_by_noun: bool,
    /// Every metric of the count before ("identifying and assisting 1,434 victims").
    last_metrics: Vec<Metric>,
    /// The class and subject of the last noun counted, for a count that leaves its noun out.
    last_noun: Option<(NounClass, Option<String>)>,
    /// The head word of the last noun counted, and its subject.
    last_noun_head: Option<(String, Option<String>)>,
    /// Whether `last_noun` is still the sentence before's.
    noun_from_before: bool,
    /// Whether the count before was a part.
    previous_was_part: bool,
    /// The last part counted for an act of its own, where it ends, with its metrics and
    /// subject, for the figures of other years told in a bracket after it.
    told_part: Option<(usize, Vec<Metric>, Option<String>)>,
    /// Whether the last count with a noun read, no part, was of another act than a metric's
    /// ("intercepted a convoy of 38 children"), joined to no count before.
    another_act_before: bool,
    /// The whole a list of parts breaks down, the parts' sum so far, the last part's index and
    /// the whole's.
    parts_sum: Option<(u64, u64, usize, usize)>,
    /// Whether each count before the one read was a part.
    were_parts: Vec<bool>,
    /// Where dates of participles after counted nouns start: other verbs' dates.
    participle_dates: Vec<usize>,
    /// Whether the counts read are parts of a whole named before them.
    parts_of_named_whole: bool,
    /// Where the words that may tell the next count's verb start.
    prev_end: usize,
    /// The floor of the count before: where its verbs could start.
    floor_before: usize,
}

impl Memory {
    /// Remembers a count of `metric` with no noun of its own, told by a verb after it.
    fn counted_by_verb_after(&mut self, metric: Metric) {
        self.last = Some((metric, None));
        self.last_told_after = true;
        self.last_by_noun = false;
    }
}

/// Where a count stands among the counts of its sentence.
#[derive(Clone, Copy)]
struct At<'s> {
    i: usize,
    q: &'s QuantityMention,
    /// Where the words that may tell the count's verb start.
    floor: usize,
    /// The floor of the count before.
    previous_floor: usize,
}

/// The words around a count that its reading looks at.
#[derive(Clone, Copy)]
struct Around<'t> {
    /// The text before the count.
    before: &'t str,
    /// Where the count's clause starts and ends.
    cs: usize,
    ce: usize,
    /// Where the words that may tell the count's verb and date end: the next count or the
    /// clause's end.
    next_start: usize,
    /// Where a verb after the count may start (past a dash aside after it).
    verb_from: usize,
}

/// What a count with a noun was read as.
struct Reading {
    metrics: Vec<Metric>,
    /// Who did it ("by the police"), told after the verb.
    agent: Option<String>,
    /// Whether the count is joined to the one before.
    coordinated: bool,
    /// Whether the verb tells what was done to the part before, whose count it then is.
    part_counted: bool,
    /// The metric of the part before, told by its own verb after the whole.
    part_metric: Option<Metric>,
    /// Whether the count's verb came after it.
    told_after: bool,
    /// The date of the cases counted before, for their people counted with them.
    cases_date: Option<Option<PartialDate>>,
}

/// Reads the `i`th count of a sentence.
fn read_count(s: &Sentence<'_, '_>, mem: &mut Memory, out: &mut Found, i: usize) {
    let q = s.counts[i];
    // A noun read past the next number ("100 two cases") does not reach past its start.
    let floor = mem.prev_end.min(q.start);
    let previous_floor = std::mem::replace(&mut mem.floor_before, floor);
    mem.prev_end = q.end;
    let at = At {
        i,
        q,
        floor,
        previous_floor,
    };
    if read_as_aside_or_part(s, mem, out, &at) {
        return;
    }
    let Some(around) = surroundings(s, &at) else {
        return;
    };
    let text = s.text;
    let counts = &s.counts;
    let Around { before, .. } = around;
    let in_parens = before.trim_end().ends_with('(') && text[q.end..].trim_start().starts_with(')');
    let noun = if in_parens {
        // "the number of identified victims (312)"
        let b = before.trim_end().trim_end_matches('(').trim_end();
        let word = b.rsplit(' ').next().unwrap_or("");
        // "The majority of identified victims (488) were women": a part's count, no count of
        // its own; "Most of the identified victims (120) were assisted": the part's count of
        // the act after the bracket.
        if part_of_bracketed(b) {
            let close = q.end + text[q.end..].find(')').map_or(0, |c| c + 1);
            let (_, clause_end) = crate::rules::context::clause(text, close);
            let of_victims = matches!(classify_noun(word), Some(NounClass::Victim));
            let act = super::verbs::verb_after(text, close, clause_end.max(close))
                .map(|(metric, _)| metric)
                .filter(|m| of_victims && is_victim_metric(*m));
            if let Some(metric) = act {
                let subject = Some(word.to_string());
                push(
                    s.cx, s.rule, out, metric, q.quantity, subject, q.start, clause_end,
                );
            }
            return;
        }
        // "49 percent (339) of identified victims received assistance": the count of a share
        // stands in its place.
        if is_count_of_share(text, q) {
            noun_after(text, past_share(text, q))
        } else {
            classify_noun(word).map(|class| NounPhrase {
                class,
                subject: word.to_string(),
                end: q.end,
                exploited: false,
            })
        }
    } else {
        noun_after(text, q.end)
            // "339 (49 percent) of identified victims": the noun is past the share.
            .or_else(|| {
                let end = past_share(text, q);
                (end > q.end).then(|| noun_after(text, end)).flatten()
            })
            .or_else(|| noun_shared_ahead(text, q, counts.get(i + 1)))
    };
    // "two different victim identification numbers": a singular noun after a plural count
    // modifies the noun counted.
    if noun
        .as_ref()
        .is_some_and(|n| singular_modifier(text, q, &n.subject, n.end))
    {
        return;
    }
    let Some(noun) = noun else {
        read_nounless(s, mem, out, &at, &around);
        return;
    };
    if names_no_act(s, mem, &at, &around, &noun) {
        return;
    }
    let subject = (!noun.subject.is_empty() && !matches!(noun.class, NounClass::Metric(_)))
        .then(|| noun.subject.clone());
    mem.last_noun_head = Some((
        noun.subject.rsplit(' ').next().unwrap_or("").to_string(),
        subject.clone(),
    ));
    mem.last_noun = Some((noun.class, subject));
    mem.noun_from_before = false;
    let Some(mut reading) = read_metrics(s, mem, out, &at, &around, &noun) else {
        return;
    };
    // "intercepted a convoy of 38 children": done another act, joined to no count before.
    let other_act = || {
        super::words_of(&text[floor.max(around.cs)..q.start])
            .any(|w| crate::pattern::is_one_of(w, OTHER_ACTIONS) || gerund_of_other_action(w))
    };
    let another_act = reading.metrics.is_empty() && !reading.coordinated && other_act();
    if !keep_metrics_told(s, mem, out, &at, &around, &noun, &mut reading) {
        mem.another_act_before = another_act;
        return;
    }
    mem.another_act_before = false;
    tell_count(s, mem, out, &at, &around, &noun, reading);
}

/// Reads a count that is a year aside, a part of a whole or an example: true when it is one.
fn read_as_aside_or_part(
    s: &Sentence<'_, '_>,
    mem: &mut Memory,
    out: &mut Found,
    at: &At<'_>,
) -> bool {
    let Sentence {
        cx,
        rule,
        text,
        first,
        ref counts,
        ref summed,
        ref broken_down,
        ref before_total,
        first_open,
        has_dashes,
        ..
    } = *s;
    let At { i, q, floor, .. } = *at;
    // "(18 in 2018)", "(29 in 2017, 19 in 2016)", "(339 in 2018 and 327 in 2017)" after a count:
    // the same metric in other years.
    if i > 0 {
        mem.were_parts.push(mem.previous_was_part);
    }
    // "four were male victims (85 female and six male victims in 2019)", "two were child
    // victims (one in 2019)": a bracket telling another year of a part holds parts too.
    let told = |o: usize| told_at(out, first, counts[o].start);
    let of_a_part = earlier_year_of(text, &counts[..i], q, first_open)
        .is_some_and(|o| !told(o) && (mem.were_parts[o] || described_by_copula(text, counts, o)));
    // "identified 30 women and 12 children, totaling 42 victims": the total's verb is
    // read from before its parts.
    if before_total[i] {
        mem.prev_end = floor;
        mem.previous_was_part = true;
        return true;
    }
    if of_a_part || broken_down[i] {
        mem.previous_was_part = true;
        return true;
    }
    // "convicted two traffickers in one case": the case they were in, no count of its own.
    if i > 0 && q.quantity.value() == Some(1) && in_one_case(text, counts[i - 1].end, q) {
        mem.previous_was_part = false;
        return true;
    }
    // "investigated 18 cases involving 27 suspects (nine cases involving 11 suspects in
    // 2020)": each count of the bracket is the one of its noun before it, in that year.
    if let Some((noun, end)) = restated_in_another_year(text, q, first_open) {
        // The count's words up to its noun: "potential victims".
        let noun_end = noun.as_ptr() as usize - text.as_ptr() as usize + noun.len();
        let subject = text[q.end..noun_end].trim();
        let metrics = mem
            .counted_nouns
            .iter()
            .rev()
            .find(|(n, _)| n.eq_ignore_ascii_case(noun))
            .map(|(_, m)| m.clone())
            .unwrap_or_default();
        if !metrics.is_empty() {
            for m in metrics {
                push(
                    cx,
                    rule,
                    out,
                    m,
                    q.quantity,
                    Some(subject.to_string()),
                    q.start,
                    end,
                );
            }
            return true;
        }
    }
    if let Some(end) = year_aside(text, q, first_open) {
        if mem.previous_was_part {
            // "Of the 88 victims, 19 entered the care program in 2017 (21 in 2016 ...)": the
            // earlier years of a part counted for its own act are counts of that act.
            // The part the bracket follows, with no other count between.
            let right_before = |end: usize| {
                open_bracket_before(text, q.start).is_some_and(|open| {
                    end <= open && !counts.iter().any(|c| end < c.start && c.start < open)
                })
            };
            if let Some((_, metrics, subject)) = mem
                .told_part
                .as_ref()
                .filter(|(end, ..)| right_before(*end))
            {
                for &m in metrics {
                    push(cx, rule, out, m, q.quantity, subject.clone(), q.start, end);
                }
            }
            return true; // "207 local victims (126 in 2019)": a part's own earlier year
        }
        // "prosecuted 14 defendants, and did not convict any traffickers (zero in 2020)":
        // a denial told since the count before is the one the aside is of.
        let denied = denials_since_count_before(&out[..first], counts, i);
        if !denied.is_empty() {
            for (m, subject) in denied {
                push(cx, rule, out, m, q.quantity, subject, q.start, end);
            }
            return true;
        }
        // "identified 150 victims (165 in 2020), and drop-in centers provided children
        // with meals (373 in 2020)": an aside past another clause is that clause's.
        let past_another_clause = i > 0
            && open_bracket_before(text, q.start)
                .filter(|&open| counts[i - 1].end < open)
                .is_some_and(|open| {
                    [", and ", ", but ", "; "]
                        .iter()
                        .any(|j| text[counts[i - 1].end..open].contains(j))
                });
        // "bringing the total to 61 (66 in 2019)": an aside of a number read as no count.
        let of_an_uncounted = i > 0
            && !told(i - 1)
            && open_bracket_before(text, q.start).is_some_and(|open| {
                counts[i - 1].end <= open && text[counts[i - 1].end..open].trim().is_empty()
            });
        if past_another_clause || of_an_uncounted {
            return true;
        }
        // "identified and referred 13 victims (five in 2015 ...)": each metric of the count.
        if let Some((metric, subject)) = mem.last.clone() {
            for m in metrics_of_last(metric, &mem.last_metrics) {
                push(cx, rule, out, m, q.quantity, subject.clone(), q.start, end);
            }
        } else if let Some((m, subject)) = participle_after(&text[q.end..])
            .and_then(|w| named_by_participle(&text[..q.start], trim_word(w)))
        {
            // "a decrease in identified victims (300 identified in 2019; 490 identified in
            // 2018)": the noun the participle modifies earlier in the sentence.
            push(cx, rule, out, m, q.quantity, Some(subject), q.start, end);
        }
        return true;
    }
    // "including eight sex trafficking and four labor trafficking cases": the whole list is parts.
    let named_whole = i > 0 && after_named_whole(text, counts[i - 1], q);
    // "..., 17 were convicted for fraud and 38 for sex trafficking": the named whole's
    // parts go on to the end of its clause.
    let whole_goes_on = mem.parts_of_named_whole && !text[counts[i - 1].end..q.start].contains(';');
    // "convicting some traffickers, including two perpetrators of ...": an example from
    // a whole left uncounted, not a count.
    if example_of_uncounted(&text[floor..q.start]) || listed_by_subject(&text[floor..q.start]) {
        mem.previous_was_part = true;
        return true;
    }
    // "95 sex trafficking victims, 60 women and 35 girls, and two forced labor victims":
    // parts that add up to their whole end its list, where the count names a kind beside
    // the whole's; not a breakdown across ("112 females, nine males, and 32 children").
    let parts_complete = mem.parts_sum.is_some_and(|(whole, sum, last, whole_at)| {
        last + 1 == i && sum == whole && kind_beside(text, counts[whole_at], q)
    });
    let part = i > 0
        && (is_part_of(text, counts[i - 1], q)
            || named_whole
            || whole_goes_on
            || (mem.previous_was_part
                && continues_parts(&text[counts[i - 1].end..q.start])
                && !year_of_its_own(text, q, out)
                && !parts_complete)
            || summed[i]);
    mem.parts_sum = match (part, q.quantity.value()) {
        (true, Some(v)) if mem.previous_was_part => mem
            .parts_sum
            .filter(|p| p.2 + 1 == i)
            .map(|(w, s, _, at)| (w, s + v, i, at)),
        (true, Some(v)) => counts[i - 1].quantity.value().map(|w| (w, v, i, i - 1)),
        _ => None,
    };
    mem.previous_was_part = part;
    mem.parts_of_named_whole = named_whole || (part && mem.parts_of_named_whole);
    if part {
        // "54 victims, of whom 32 received assistance", "12 cases, two of which were
        // prosecuted": a part done something else to (or taken further) is a count.
        // "Of the 44 traffickers arrested, six were convicted": a part of a whole that is
        // no count is done what its verb tells, when the whole's noun takes it.
        let whole_untold = !told_at(out, first, counts[i - 1].start);
        let other = mem
            .last
            .as_ref()
            .and_then(|(whole, subject)| {
                let mut told = metric_told_after(text, q)?;
                // "Of the 40 victims identified, 16 were identified in Mexico and repatriated":
                // the act joined to the whole's own is the part's.
                if !done_further(*whole, told.metric) {
                    let (_, ce) = clause(text, q.start);
                    told.metric = metric_participle_joined(&text[told.end..ce.max(told.end)])
                        .filter(|joined| done_further(*whole, *joined))?;
                }
                // "Of the 26 convicted traffickers, 20 served time": a victim's metric
                // needs a whole of victims, or a noun of the part's own ("of which 11
                // child victims were referred"); so does a whole named by an act alone ("Of
                // the 11 convicted, three served time").
                // "Of the 25 prosecutions, 20 resulted in convictions": cases taken further.
                let fits = told.subject.is_some()
                    || noun_after(text, counts[i - 1].end).map_or_else(
                        || !(is_enforcement_metric(*whole) && is_victim_metric(told.metric)),
                        |w| w.fits(told.metric) || w.cases_taken_to(told.metric),
                    );
                (fits && done_further(*whole, told.metric)).then(|| (told, subject.clone()))
            })
            .or_else(|| {
                let whole = noun_after(text, counts[i - 1].end).filter(|_| whole_untold)?;
                let told = metric_told_after(text, q)
                    .filter(|t| whole.fits(t.metric) || whole.cases_taken_to(t.metric))?;
                Some((told, Some(whole.subject)))
            });
        if let Some((told, subject)) = other {
            let (_, ce) = clause(text, q.start);
            // "of which six defendants were prosecuted": the part's own noun.
            let subject = told.subject.or(subject);
            push(
                cx,
                rule,
                out,
                told.metric,
                q.quantity,
                subject.clone(),
                q.start,
                ce,
            );
            // "six were prosecuted and convicted": each participle's.
            let joined = metric_participle_joined(&text[told.end..ce.max(told.end)]);
            let joined = joined.filter(|m| *m != told.metric);
            if let Some(m) = joined {
                push(cx, rule, out, m, q.quantity, subject.clone(), q.start, ce);
            }
            let metrics = std::iter::once(told.metric).chain(joined).collect();
            mem.told_part = Some((q.end, metrics, subject));
            // The next count's verbs start past this one's.
            mem.prev_end = told.end;
        }
        return true;
    }
    if inside_breakdown(text, q, counts, first_open) {
        return true;
    }
    // "convicted seven traffickers - five for sex trafficking and two for labor
    // trafficking - ...": the counts of a dash aside after a count are its parts.
    let in_dash_aside = has_dashes
        && counts[..i].iter().any(|c| {
            let (_, ce) = clause(text, c.start);
            dash_aside_after(text, c.end, ce).is_some_and(|(open, close)| {
                // Not one comparing another year ("- compared with 20 in 2017 -").
                let aside = &text[open..close];
                open < q.start
                    && q.start < close
                    && !COMPARED.is_match(aside)
                    && !cx.times().iter().any(|t| t.start > open && t.end < close)
            })
        });
    if in_dash_aside {
        mem.previous_was_part = true;
        return true;
    }
    false
}

/// Where a count's verb and date may be told; none for a count that is no count.
fn surroundings<'t>(s: &Sentence<'_, 't>, at: &At<'_>) -> Option<Around<'t>> {
    let Sentence {
        text,
        ref counts,
        first_open,
        ..
    } = *s;
    let At { i, q, .. } = *at;
    let before = &text[..q.start];
    if before.trim_end().ends_with(" of")
        && i > 0
        && text
            .get(past_share(text, counts[i - 1])..q.start)
            .is_some_and(|between| between.trim() == "of")
    {
        return None; // "148 of 150"
    }
    let (cs, ce) = clause(text, q.start);
    // "pledged to train 500 officers by 2022": a count promised, not done.
    if promised(&text[cs..q.start]) {
        return None;
    }
    // "Of the 16 cases that courts ruled on, the NPPA reported obtaining convictions for
    // ...": a whole a sentence opens with, done no metric's act, is no count.
    if whole_opening_with_no_act(text, q) {
        return None;
    }
    // The next count that is not in a bracket breaking this one down ("95 victims (82 of
    // sex trafficking and 13 of labor trafficking) in 2020": the year is past the bracket).
    // Nor a count the noun of this one is "of" ("eight investigations (...) of 19
    // individuals in 2021": the year is past it), nor the places they are from ("17
    // officers from seven agencies were trained": the verb is past them).
    let next_start = counts[i + 1..]
        .iter()
        .find(|n| {
            let breaks_down = inside_breakdown(text, n, counts, first_open)
                && year_aside(text, n, first_open).is_none();
            let of_the_noun = metric_noun_before_of(&text[..n.start]).is_some()
                && text
                    .get(q.end..n.start)
                    .is_some_and(|w| w.split_whitespace().count() <= 12);
            !(breaks_down || of_the_noun || places_of_counted(text, q, n))
        })
        .map_or(ce, |n| n.start.min(ce));
    // "121 victims - including 20 of forced labor - the government identified during the
    // previous year": the counts of a dash aside are its parts; the count's verb and date
    // come after it.
    let (verb_from, next_start) = match dash_aside_after(text, q.end, ce) {
        Some((open, close)) if next_start > open && next_start < close && close <= ce => (
            close,
            counts[i + 1..]
                .iter()
                .find(|n| n.start >= close)
                .map_or(ce, |n| n.start.min(ce)),
        ),
        _ => (q.end, next_start),
    };
    Some(Around {
        before,
        cs,
        ce,
        next_start,
        verb_from,
    })
}

/// Reads a count with no noun of its own: people named by the verb, a modifier of a noun
/// counted before, a count left its noun, the figure of another year or of a comparison.
fn read_nounless(
    s: &Sentence<'_, '_>,
    mem: &mut Memory,
    out: &mut Found,
    at: &At<'_>,
    around: &Around<'_>,
) {
    let Sentence {
        cx,
        rule,
        text,
        first,
        ref counts,
        says_same,
        ref told_before,
        told_date,
        anaphoric,
        ..
    } = *s;
    let At { i, q, floor, .. } = *at;
    let Around {
        before,
        cs,
        next_start,
        ..
    } = *around;
    let pushed = out.len();
    // "convicted two women", "prosecuted three foreign men": people named by no noun of a
    // count, counted by the enforcement verb right before them.
    // "convicted two women and one man": a coordinated count of people shares the verb.
    let shared_verb = || {
        let (m, last_subject) = mem.last.as_ref()?;
        let m = vec![*m];
        // The words since the count before: its people, then the joining word.
        let lead = text[floor.max(cs)..q.start].trim();
        let joined = lead.strip_suffix(" and").or(lead.strip_suffix(','))?;
        let joined = joined.trim_end_matches(',').trim();
        let people_before = match joined.is_empty() {
            // "identified 8,651 boys, 7,238 women": a group of people counted by its noun.
            true => last_subject.as_deref().is_some_and(|s| {
                crate::pattern::is_one_of(s, crate::rules::lexicon::GROUPS_OF_PEOPLE)
            }),
            false => people_named(joined).is_some_and(|p| p.len() == joined.len()),
        };
        people_before
            .then(|| people_named(&text[q.end..]))
            .flatten()
            .map(|subject| (m, subject))
    };
    // Not the parts of a breakdown in brackets ("(14,770 men and 13,107 women)").
    let lead = &text[cs..q.start];
    let bracketed = lead.matches('(').count() > lead.matches(')').count();
    let people = (!bracketed)
        .then(|| people_of_verb(lead, &text[q.end..]).or_else(shared_verb))
        .flatten();
    if let Some((metrics, subject)) = people {
        for &m in &metrics {
            let subject = Some(subject.clone());
            push(cx, rule, out, m, q.quantity, subject, q.start, next_start);
        }
        mem.last = metrics.first().map(|m| (*m, None));
        mem.last_told_after = false;
        mem.last_by_noun = false;
        return;
    }
    // "three of the 11 convicted served prison time", "Of the 30 identified, 12 were
    // referred": a whole named by its participle is a count of its act.
    if let Some(m) = whole_named_by_participle(before, &text[q.end..])
        .filter(|_| !number_told_before(cx, &text[q.number_start..q.end], q.start))
    {
        push(cx, rule, out, m, q.quantity, None, q.start, next_start);
        mem.counted_by_verb_after(m);
        return;
    }
    // "Of these, 25 were referred to shelters": a part of those the sentence before counted,
    // done an act of its own (not theirs again: "Of these, 20 were identified in Accra").
    // Of the whole's date when the sentence tells none.
    if let Some(told) = part_of_those_told(text, cs, q, told_before) {
        let joined = metric_participle_joined(&text[told.end..next_start.max(told.end)])
            .filter(|m| *m != told.metric && !told_before.contains(m));
        for m in std::iter::once(told.metric).chain(joined) {
            match told_date.filter(|_| cx.explicit_dates().is_empty()) {
                Some(date) => push_dated(cx, rule, out, m, q.quantity, None, q.start, Some(date)),
                None => push(cx, rule, out, m, q.quantity, None, q.start, next_start),
            }
        }
        mem.counted_by_verb_after(told.metric);
        return;
    }
    // "Of the victims identified, 41 were referred to shelters": a part of a whole named by
    // its act, done another act.
    if let Some(told) = part_of_a_named_whole(text, cs, q) {
        push(
            cx,
            rule,
            out,
            told.metric,
            q.quantity,
            None,
            q.start,
            next_start,
        );
        mem.counted_by_verb_after(told.metric);
        return;
    }
    // "The number of convictions rose from 12 in 2016 to 30 in 2017": the clause's subject.
    if let Some(m) =
        number_of_metric(&text[cs..q.start]).or_else(|| changed_subject_metric(&text[cs..q.start]))
    {
        push(cx, rule, out, m, q.quantity, None, q.start, next_start);
        mem.last = Some((m, None));
        mem.last_told_after = false;
        mem.last_by_noun = false;
        return;
    }
    // "45 confirmed victims in 2019 and 49 confirmed and 203 presumed in 2018": the
    // modifier of a noun counted before stands for it.
    let modifier = text[q.end..].split_whitespace().next().map(trim_word);
    let modified = modifier.and_then(|w| {
        mem.counted_subjects.iter().rev().find(|(subject, _)| {
            subject
                .split_once(' ')
                .is_some_and(|(first, _)| first.eq_ignore_ascii_case(w))
        })
    });
    if let Some((subject, metrics)) = modified.cloned() {
        for m in metrics {
            let subject = Some(subject.clone());
            push(cx, rule, out, m, q.quantity, subject, q.start, next_start);
        }
        return;
    }
    // "identified 40 victims and referred 25 to shelters": the noun is the previous count's.
    // "12 cases, two of which were prosecuted": a part taken further, or done something
    // else to, not the same again.
    let of_which = ["of which", "of whom"]
        .iter()
        .any(|p| starts_with_ci(text[q.end..].trim_start(), p));
    let taken_further = |m: Metric| {
        !of_which
            || mem
                .last
                .as_ref()
                .is_some_and(|(whole, _)| done_further(*whole, m))
    };
    // "prosecuted 14 defendants and did not convict any traffickers, compared with nine
    // in 2020": a denial told since the count before is the one compared (a zero
    // compared is read with the denials).
    let denied = denials_since_count_before(&out[..first], counts, i);
    if !denied.is_empty()
        && q.quantity != Quantity::exact(0)
        && (YEAR_AFTER.is_match(&text[q.end..])
            || COMPARISON.is_match(crate::pattern::tail(before, 40)))
    {
        // "..., compared with nine in 2018 and seven in 2017": the next year's figure
        // is the same denials'.
        mem.last = denied.first().cloned();
        mem.last_metrics = denied.iter().map(|(m, _)| *m).collect();
        for (m, subject) in denied {
            push(cx, rule, out, m, q.quantity, subject, q.start, next_start);
        }
        return;
    }
    // "identified 199 victims and NGOs an additional five": the verb left out after
    // another subject is the count before's.
    // "referred 20 victims to shelters and five to NGOs": the verb and noun left out
    // before another destination are the count before's.
    let gapped = || {
        let (m, _) = mem.last.as_ref()?;
        let prev = counts.get(i.checked_sub(1)?)?;
        let between = text.get(prev.end..q.start)?.trim_end();
        let to_another_place = matches!(m, Metric::VictimsReferred | Metric::VictimsRepatriated)
            && text[q.end..].starts_with(" to ")
            && between
                .strip_suffix(" and")
                .is_some_and(|b| b.contains(" to ") && !b.contains([',', ';']));
        (gapped_subject(between) || to_another_place || adds_more_of_the_same(between))
            .then_some(*m)
    };
    if let Some((m, class, subject)) = mem.last_noun.as_ref().and_then(|(class, subject)| {
        let m = match mem.noun_from_before {
            // Only the act the sentence before counted, its verb right before the count
            // ("NGOs referred seven"; not a part, "Of those, 94 were convicted").
            true => elliptical_metric(text, q, *class).filter(|m| {
                let before = text[..q.start].trim_end();
                s.told_before.contains(m)
                    && !before.ends_with(',')
                    && before.rsplit(' ').next().and_then(metric_of_word) == Some(*m)
            })?,
            false => elliptical_metric(text, q, *class)
                .or_else(gapped)
                .filter(|m| taken_further(*m))?,
        };
        Some((m, *class, subject.clone()))
    }) {
        // "12 convicted in 2019 and nine cases prosecuted": the next count's verbs
        // start past this one's.
        let verb = verb_after(text, q.end, next_start.max(q.end));
        mem.last_told_after = verb.is_some();
        mem.last_by_noun = false;
        // "16 were identified abroad and repatriated": each participle of the passive right
        // after the count.
        let joined = verb.and_then(|(_, vend)| {
            mem.prev_end = mem.prev_end.max(vend);
            let mut lead = text[q.end..vend].split_whitespace();
            let passive = lead.next().is_some_and(|w| {
                crate::pattern::is_one_of(w, &["were", "was", "had", "have", "has"])
            }) && lead.count() <= 3;
            passive
                .then(|| metric_participle_joined(&text[vend..next_start.max(vend)]))
                .flatten()
                .filter(|j| *j != m && is_victim_metric(*j) == is_victim_metric(m))
        });
        // "prosecuted and convicted four": each verb's.
        let joined_before = verb_joined_before(text, q, m, class);
        for metric in joined_before.into_iter().chain(Some(m)).chain(joined) {
            let subject = subject.clone();
            push(
                cx, rule, out, metric, q.quantity, subject, q.start, next_start,
            );
        }
        mem.last = Some((m, subject));
        return;
    }
    // "referred at least 57 to care": those sent to care are victims, their noun left out.
    // So are "all" of them given care ("providing services to all 444").
    let all_of_them = || {
        before
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("all"))
    };
    if (mem.last_noun.is_none() || mem.noun_from_before) && (sent_to_care(text, q) || all_of_them())
    {
        if let Some(m) = elliptical_metric(text, q, NounClass::Victim) {
            push(cx, rule, out, m, q.quantity, None, q.start, next_start);
            mem.last = Some((m, None));
            mem.last_told_after = false;
            mem.last_by_noun = false;
            return;
        }
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
        // The count before has the same preposition, after a noun of its own or
        // right after it ("63 with emergency assistance and 37 with ...").
        let gapped = i > 0
            && b.ends_with(" and")
            && [" with ", " for ", " under ", " using ", " through "]
                .iter()
                .any(|p| {
                    let told = text[counts[i - 1].end..q.start].trim_start();
                    starts(&p[1..]) && (told.starts_with(&p[1..]) || told.contains(p))
                });
        // "28 prosecutions initiated in 2017 and 35 initiated in 2016": the metric
        // participle told after the count before, repeated ("two received sentences"
        // repeats no metric).
        let repeated = i > 0 && {
            let word = after.split_whitespace().next().unwrap_or("");
            let told = text[counts[i - 1].end..q.start].split_whitespace();
            word.ends_with("ed")
                && (metric_of_word(word).is_some() || OPENING_VERBS.contains(&word))
                && told.skip(1).any(|w| w == word)
        };
        let year_after = || YEAR_AFTER.is_match(&text[q.end..]);
        // "...; 114 in 2018, including nine ...; and 96 in 2017": a list of years
        // whose items are clauses of their own.
        ((b.ends_with(" and") || b.ends_with(','))
            && (respectively || gapped || repeated || year_after()))
            || (b.ends_with(';') && year_after())
    };
    // "97 victims, more than 87 in 2019": not a bound, the count it is compared with.
    let comparative = matches!(
        q.quantity.qualifier,
        crate::quantity::Qualifier::MoreThan | crate::quantity::Qualifier::FewerThan
    ) && YEAR_AFTER.is_match(&text[q.end..])
        && {
            // "..., but still less than 83 in 2019": an adverb may grade the comparison.
            let b = before.trim_end();
            let b = match b.rsplit_once(' ') {
                Some((rest, adverb)) if GRADING_ADVERBS.contains(&adverb) => rest,
                _ => b,
            };
            b.ends_with(',') || b.ends_with(" but") || b.ends_with(" and") || said_of_a_count(b)
        };
    let quantity = match comparative {
        true => q
            .quantity
            .min
            .or(q.quantity.max)
            .map_or(q.quantity, Quantity::exact),
        false => q.quantity,
    };
    let lead = crate::pattern::tail(before, 40);
    let compared =
        (COMPARISON.is_match(lead) || CHANGED_TO.is_match(lead)) && !origin_after_noun(before);
    // "received 65 calls ... resulting in 25 investigations, compared to 45 calls in
    // 2017": the noun of a count not told before.
    let word_after = |c: &QuantityMention| {
        text[c.end..]
            .split_whitespace()
            .next()
            .map(trim_word)
            .filter(|w| w.len() > 2 && w.bytes().all(|b| b.is_ascii_alphabetic()))
    };
    let told = |c: &QuantityMention| told_at(out, first, c.start);
    // "91 special immigration passes ..., compared to 12 passes": the noun may come
    // after a modifier or two.
    let noun_of = |c: &QuantityMention, w: &str| {
        text[c.end..]
            .split_whitespace()
            .take(3)
            .any(|o| trim_word(o).eq_ignore_ascii_case(w))
    };
    let mirrors_untold =
        word_after(q).is_some_and(|w| counts[..i].iter().any(|c| !told(c) && noun_of(c, w)));
    // "159 were foreign victims, an increase from 109 in 2020": a part's own earlier figure.
    let of_a_part = i > 0
        && compared
        && (described_by_copula(text, counts, i - 1)
            || described_after_its_noun(text, counts[i - 1]));
    // "compared with 30 and 10, respectively": each the figure of its own count before,
    // none of a part of a breakdown ("40 investigations—24 for ... and 16 for ...—").
    // "supported 208 victims, including the 24 identified victims, compared with 224
    // in 2019": the whole is compared, not a part told with a metric of its own.
    let whole = (compared && !anaphoric)
        .then(|| whole_of_included_count(text, counts, i))
        .flatten();
    if let Some(o) = respective_match(text, counts, i).or(whole) {
        let answered: Vec<_> = statistics_at(&out[first..], counts[o].start)
            .map(|(m, subject)| (m, subject.clone()))
            .collect();
        for (m, subject) in answered {
            push(cx, rule, out, m, quantity, subject, q.start, next_start);
        }
        return;
    }
    if compared && says_same {
        same_as_the_count_compared(cx, rule, out, mem.last_main.as_ref(), q.end, next_start);
    }
    if (another_year || comparative || compared) && !mirrors_untold && !of_a_part {
        // "identified and provided support to 196 victims ..., compared to 20 in 2016":
        // every metric of the count before; "compared with 28 they independently identified
        // and assisted": the figure's own verbs.
        if let Some((metric, subject)) = mem.last.clone() {
            let own = verbs_of_own_clause(&text[q.end..next_start.max(q.end)]).filter(|own| {
                own.iter()
                    .all(|m| is_victim_metric(*m) == is_victim_metric(metric))
            });
            for m in own.unwrap_or_else(|| metrics_of_last(metric, &mem.last_metrics)) {
                let subject = subject.clone();
                push(cx, rule, out, m, quantity, subject, q.start, next_start);
            }
        } else if let (true, Some(&first), false) = (
            anaphoric,
            told_before.first(),
            counts_its_own_noun(word_after(q)),
        ) {
            // "... identified six victims. This compared with 12 in 2017": the
            // count of the sentence before; not "This compared to 65 calls".
            for &m in told_before {
                push(cx, rule, out, m, quantity, None, q.start, next_start);
            }
            mem.last = Some((first, None));
            mem.last_metrics.clone_from(told_before);
        } else if compared && quantity != Quantity::exact(0) {
            // "No traffickers were convicted, a decrease from nine in the previous
            // reporting period": the zeros told before are the ones compared ("zero"
            // compared is read as a zero of its own).
            for (metric, subject) in zeros_before(&out[..first], q.start) {
                push(
                    cx, rule, out, metric, quantity, subject, q.start, next_start,
                );
            }
        }
    }
    // "trained 156 village leaders and 96 police officers": people of no kind counted,
    // joined by "and" to the next count, leave it the verb before them.
    if out.len() == pushed && people_joined_to_next(text, q, counts.get(i + 1)) {
        mem.prev_end = floor;
    }
}

/// The metrics of the verbs of a relative clause right after a figure compared ("28 they
/// independently identified and assisted", "seven it referred"), when it has one.
fn verbs_of_own_clause(after: &str) -> Option<Vec<Metric>> {
    let mut words = after.split_whitespace().peekable();
    words.next_if(|w| crate::pattern::is_one_of(w, &["that", "which"]));
    words.next_if(|w| crate::pattern::is_one_of(w, &["it", "they", "authorities"]))?;
    words.next_if(|w| crate::pattern::is_one_of(w, &["had", "have", "has"]));
    words.next_if(|w| w.len() > 4 && w.ends_with("ly"));
    let mut metrics = Vec::new();
    for word in words {
        let word = trim_word(word);
        match metric_of_word(word) {
            Some(m) if word.ends_with("ed") => metrics.push(m),
            _ if word == "and" || word == "or" => {}
            _ => break,
        }
    }
    metrics.dedup();
    (!metrics.is_empty()).then_some(metrics)
}

/// Whether the noun counted names no act: cases pending, victims of another harm, people at risk.
fn names_no_act(
    s: &Sentence<'_, '_>,
    mem: &mut Memory,
    at: &At<'_>,
    around: &Around<'_>,
    noun: &NounPhrase,
) -> bool {
    let Sentence {
        text, ref counts, ..
    } = *s;
    let At { q, floor, .. } = *at;
    let Around { before, cs, ce, .. } = *around;
    // The next count's verbs start after this noun ("28 investigations, prosecuted 19 cases").
    mem.prev_end = noun.end.max(q.end);
    // "220 cases are still pending": a state the count is in, not an act it counts.
    let till = counts
        .get(counts.partition_point(|n| n.start < noun.end))
        .map_or(ce, |n| n.start.min(ce))
        .max(noun.end);
    if pending_after(&text[noun.end..till])
        || opened_earlier(&text[cs..q.start], &text[noun.end..till])
        || room_for(&text[cs..q.start], &text[noun.end..till])
        || denied_after(&text[noun.end..till])
        || scopes_the_clause(
            &text[cs..q.start],
            text.get(q.end..noun.end).unwrap_or(""),
            &text[noun.end..],
        )
    {
        return true;
    }
    if !matches!(noun.class, NounClass::Metric(_)) && described_as_a_kind(before, &text[noun.end..])
    {
        return true;
    }
    // "four victims' dependents", "one victim's family": the owner of what is counted.
    let owner = ["'", "\u{2019}", "'s", "\u{2019}s"];
    if noun.class == NounClass::Victim && owner.iter().any(|o| text[..noun.end].ends_with(o)) {
        mem.prev_end = floor;
        return true;
    }
    // "identified 1,040 vulnerable children", "2,643 at-risk children", "167 children at
    // risk of trafficking": people at risk, not victims.
    if noun.class == NounClass::Victim
        && (noun
            .subject
            .split_whitespace()
            .any(|w| AT_RISK_MODIFIERS.iter().any(|m| w.eq_ignore_ascii_case(m)))
            || crate::pattern::starts_with_ci(&text[noun.end..], " at risk"))
    {
        mem.prev_end = floor;
        return true;
    }
    if noun.class == NounClass::Victim
        && (victims_of_another_harm(&text[noun.end..])
            || harmed_otherwise(&noun.subject)
            || in_reported_state(&text[noun.end..]))
    {
        // The verb before is still the next count's ("assisted 40 victims of domestic
        // violence and 12 trafficking victims").
        mem.prev_end = floor;
        return true;
    }
    false
}

/// The metrics a count with a noun is told with: its metric noun, or its verbs.
fn read_metrics(
    s: &Sentence<'_, '_>,
    mem: &mut Memory,
    out: &mut Found,
    at: &At<'_>,
    around: &Around<'_>,
    noun: &NounPhrase,
) -> Option<Reading> {
    let Sentence {
        text,
        first,
        ref counts,
        ref told_before,
        cases_told,
        ..
    } = *s;
    let At {
        i,
        q,
        floor,
        previous_floor,
    } = *at;
    let Around {
        before,
        cs,
        ce,
        next_start,
        verb_from,
    } = *around;
    let mut metrics: Vec<Metric> = Vec::new();
    let mut agent = None;
    let coordinated = coordinated_with_previous(text, floor.max(cs), q.start);
    let partitive = i > 0 && is_partitive(text, counts[i - 1], q);
    if partitive && whole_told_before(counts, i) {
        return None;
    }
    // "identified 43 victims from the 127 potential victims": the pool the count before
    // was drawn from, not a count of the same act (one with its own participle is:
    // "14 victims out of the 23 victims referred by NGOs").
    // A pool named by a metric noun is a count of that act ("convicted five traffickers
    // out of 43 investigations").
    // "confirmed 119 victims among 487 potential victims": victims the pool is of are
    // counted too (not "120 victims among 4,000 children").
    let of_victims = || {
        noun.subject
            .rsplit(' ')
            .next()
            .is_some_and(|h| h.eq_ignore_ascii_case("victims") || h.eq_ignore_ascii_case("victim"))
    };
    let pool = (i > 0).then(|| pool_link(text, counts[i - 1], q)).flatten();
    if pool.is_some_and(|link| !(link == " among" && of_victims()))
        && !matches!(noun.class, NounClass::Metric(_))
        && participle_after(&text[noun.end..]).is_none_or(|w| metric_of_word(w).is_none())
    {
        return None;
    }
    let mut part_counted = false;
    let mut part_metric = None;
    let mut told_after = false;
    // The date of the cases counted before, for their people counted with them.
    let mut cases_date: Option<Option<PartialDate>> = None;
    if let NounClass::Metric(m) = noun.class {
        // "30 of these investigations led to ...": a part of the count told before.
        let rest = text[past_share(text, q)..].trim_start();
        let part = ["of these ", "of those ", "of the "]
            .iter()
            .any(|p| starts_with_ci(rest, p));
        // "Of the four investigations, police merged two": the whole told before, restated;
        // "merged two investigations", "overturned three convictions": done to cases that
        // exist, not new ones.
        let restated_whole = crate::pattern::tail(before, 7).eq_ignore_ascii_case("of the ")
            && text[noun.end..].starts_with(',');
        // "The remaining six prosecutions did not result in conviction": a part of those
        // counted before.
        let disposed = before.split_whitespace().next_back().is_some_and(|w| {
            w.eq_ignore_ascii_case("remaining")
                || CASE_DISPOSALS.iter().any(|d| w.eq_ignore_ascii_case(d))
        });
        if part || restated_whole || disposed {
            return None;
        }
        metrics.push(m);
        // "15 prosecutions and convictions", "one new investigation and prosecution".
        let rest = text.get(noun.end..).unwrap_or("");
        match q.quantity == Quantity::exact(0) {
            // "zero investigations, prosecutions, or convictions": none of each.
            true => metrics.extend(metric_nouns_listed(rest)),
            false => metrics.extend(metric_noun_joined(rest)),
        }
        metrics.dedup();
    } else {
        let lo = floor.max(cs);
        // "While it continued its efforts to assist victims, two victims identified during
        // the year were punished": the verbs of a leading concession are not the count's.
        let lo = match concessive_lead_end(text) {
            Some(end) if end <= q.start => lo.max(end),
            _ => lo,
        };
        // "cases involving 20 suspects" continues the count before it.
        let link = crate::pattern::tail(before, 16)
            .trim_end()
            .to_ascii_lowercase();
        // "85 cases with 112 suspects", "14 potential cases of trafficking with 24
        // defendants", "five prosecutions with 14 defendants": the people of the cases
        // counted before.
        let case_with = link.ends_with(" with")
            && i > 0
            && text.get(counts[i - 1].end..q.start).is_some_and(|between| {
                !between.contains([',', ';'])
                    && between.split_whitespace().count() <= 7
                    && between.split_whitespace().any(|w| {
                        w == "case"
                            || w == "cases"
                            || matches!(classify_noun(w), Some(NounClass::Metric(_)))
                    })
            });
        let linked = case_with
            || [
            "involving",
            "including",
            " in",
            " across",
            " against",
            " concerning",
        ]
        .iter()
        .any(|w| link.ends_with(w))
            // "identified 119 victims among 487 potential victims": the potential victims
            // screened are identified too.
            || (noun.class == NounClass::Victim
                && [" among", " among the"].iter().any(|w| link.ends_with(w)));
        // "87 cases were investigated and 23 traffickers were convicted": the passive
        // after the count before is that count's verb, not this one's.
        let lo = after_passive(text, lo, q.start);
        // "referred 112 victims to shelter services, compared with 78 victims referred":
        // words before the comparison are the count before's.
        let lo = after_comparison(text, lo, q.start);
        let past_modifier = past_modifier_of_count_before(text, lo, q.start);
        let mut cands = verbs_before(text, past_modifier, q.start);
        // "reported 40 victims were referred to shelters", "reported 16 victims received
        // services": the count opens the clause reported, whose own verb tells its metric.
        if reports_a_clause(
            &text[past_modifier..q.start],
            &text[noun.end..ce.max(noun.end)],
        ) && verb_after(text, noun.end, next_start.max(noun.end)).is_some()
        {
            cands.clear();
        }
        // Every metric of the count before, for a count that shares its verbs.
        let verbs_of_count_before = || match mem.last_metrics.is_empty() {
            true => mem.last.iter().map(|(m, _)| *m).collect(),
            false => mem.last_metrics.clone(),
        };
        // The count joined shares the verb of the count before.
        if past_modifier != lo && cands.is_empty() {
            cands = verbs_of_count_before();
        }
        let lo = past_modifier;
        // "one prosecution initiated in 2018 against three suspects": the participle opens
        // the cases counted just before; their people are counted with them.
        let opened_before = mem.last_by_noun
            && linked
            && text[lo..q.start]
                .split_whitespace()
                .next()
                .is_some_and(|w| OPENING_VERBS.contains(&w) && w.ends_with("ed"));
        if let (true, Some((m, _))) = (opened_before, &mem.last) {
            cands = vec![*m];
            cases_date = out[first..].iter().rev().find_map(|(_, e)| match e.fact {
                Fact::Statistic { metric, .. } if metric == *m => Some(e.date),
                _ => None,
            });
        }
        // "convictions of traffickers, including six traffickers convicted in absentia": an
        // example with a participle of its own is counted by that participle alone.
        if link.ends_with("including") {
            let participle = text[noun.end..].split_whitespace().next().map(trim_word);
            if let Some(m) = participle
                .filter(|w| w.ends_with("ed"))
                .and_then(metric_of_word)
                .filter(|m| noun.fits(*m))
            {
                cands = vec![m];
            }
        }
        // "The investigations involved 67 criminal acts and 15 perpetrators", "The 313
        // cases involved 546 alleged traffickers": the people of the cases told before.
        if cands.is_empty() {
            let cases_metric = involved_in(&text[cs..q.start], told_before, cases_told);
            // "These cases involved 22 victims", "the three investigations involved 65
            // potential victims": people the cases were about, not victims identified.
            if cases_metric.is_some() && noun.class == NounClass::Victim {
                return None;
            }
            cands.extend(cases_metric);
        }
        if cands.is_empty() {
            cands.extend(pair_around(
                &text[lo..q.start],
                &text[noun.end..ce.max(noun.end)],
            ));
        }
        // "provided shelter to 15 of the 20 victims": the verb before the part is its own.
        // Not a verb reporting what the part was ("reported 37 of the 48 victims
        // identified were nationals").
        let part_reported = || {
            let part = counts[i - 1];
            text[..part.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    crate::pattern::is_one_of(w, crate::rules::lexicon::REPORTING_VERBS)
                })
        };
        // "Because ... to refer victims to care, only nine of the 2,621 victims identified
        // were placed in shelters": a part that is the subject of a passive after its
        // whole is not the object of a verb before it.
        let subject_of_passive = || {
            text[noun.end..ce.max(noun.end)]
                .split_whitespace()
                .take(6)
                .take_while(|w| !RELATIVE_PRONOUNS.contains(w))
                .any(|w| matches!(w, "was" | "were"))
        };
        if partitive && cands.is_empty() && !part_reported() && !subject_of_passive() {
            let part = counts[i - 1];
            let from = previous_floor.max(cs).min(part.start);
            let from = after_comparison(text, after_passive(text, from, part.start), part.start);
            cands = verbs_before(text, from, part.start);
            // "provided 11 of the 17 victims with services".
            if cands.is_empty() {
                cands.extend(pair_around(
                    &text[from..part.start],
                    &text[noun.end..ce.max(noun.end)],
                ));
            }
            cands.retain(|m| noun.fits(*m));
            part_counted = !cands.is_empty();
            // "referred 30 of the 95 victims identified to shelters": a whole named by a
            // participle of its own is a count of that act; the verb before counts the part.
            let own = participle_after(&text[noun.end..])
                .filter(|w| w.ends_with("ed"))
                .and_then(metric_of_word)
                .filter(|m| noun.fits(*m) && !cands.contains(m));
            if let (true, Some(own)) = (part_counted, own) {
                part_metric = cands.first().copied();
                cands = vec![own];
                part_counted = false;
            }
        }
        // "registered 35 criminal cases", "recorded 592 cases": cases registered are cases
        // investigated ("recorded" is no metric verb of its own).
        if noun.class == NounClass::Enforcement
            && (cands == [Metric::VictimsIdentified] || cands.is_empty())
            && registered_before(&text[lo..q.start])
        {
            cands = vec![Metric::Investigations];
        }
        // "prosecuted and convicted 10 traffickers in seven cases": each verb's.
        if cands.is_empty() && linked {
            cands = verbs_of_count_before();
        }
        // "eight investigations (six for sex trafficking ...) of 19 individuals".
        if cands.is_empty() {
            cands.extend(metric_noun_before_of(before));
        }
        cands.retain(|m| noun.fits(*m));
        if cands.is_empty() {
            let from = noun.end.max(verb_from);
            // "23 cases involving 41 suspects were investigated": the verb after the
            // people of the cases is the cases' too.
            let limit = match counts.get(i + 1) {
                Some(n)
                    if n.start == next_start
                        && noun.class == NounClass::Enforcement
                        && text.get(noun.end..n.start).is_some_and(people_of_cases) =>
                {
                    counts.get(i + 2).map_or(ce, |after| after.start.min(ce))
                }
                _ => next_start,
            };
            // "15 new victims (11 men and four women) received assistance": the verb after
            // a bracket right after the noun, up to the next count past it.
            let (from, limit) = match aside_after(text, from, ce) {
                Some(close) => (
                    close,
                    counts
                        .iter()
                        .find(|c| c.start > close)
                        .map_or(ce, |c| c.start.min(ce)),
                ),
                None => (from, limit),
            };
            // Not past the next count: "Of the 170 victims identified by police, 161 were
            // referred" tells the referral of the 161.
            let told = verb_after(text, from, limit.max(from)).map(|(m, vend)| {
                finite_after_agent(text, vend, limit.max(vend)).unwrap_or((m, vend))
            });
            if let Some((m, vend)) = told {
                // "Fourteen of the 23 victims received shelter": the verb tells what was
                // done to the part, unless it only names the whole ("five of the 23 victims
                // identified were children").
                if partitive {
                    // "two of the 23 victims identified received care": the whole's
                    // participle, then the part's own verb.
                    let own = verb_after(text, vend, ce.max(vend))
                        .map(|(m, _)| m)
                        .filter(|m| noun.fits(*m));
                    // "Twenty of the 26 convicted traffickers served time": a verb that
                    // does not fit the noun counts no part.
                    match own {
                        Some(own) => part_metric = Some(own),
                        None => {
                            part_counted = noun.fits(m) && !participle_of_whole(&text[vend..ce])
                        }
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
                // "referred 51 cases to the prosecutor, which investigated 65 people": so is
                // the active verb of a relative clause with a count of its own.
                let lead = &text[noun.end..vend];
                let relative = !has_auxiliary(lead)
                    && lead
                        .split_whitespace()
                        .rev()
                        .nth(1)
                        .is_some_and(|w| RELATIVE_PRONOUNS.contains(&w));
                let next_counts_verb = counts.get(i + 1).is_some_and(|n| n.start == next_start)
                    && (lead.trim_start().starts_with(',') || relative)
                    && text
                        .get(vend..next_start)
                        .is_some_and(|w| w.split_whitespace().count() <= 1);
                // "provided services to 2,119 victims and 153 victims identified during
                // investigations": a bare participle after a count coordinated with the one
                // before is a modifier; that count's verb is shared.
                let shared = mem.last
                    .as_ref()
                    .map(|(m, _)| *m)
                    .filter(|m| noun.fits(*m))
                    .filter(|_| {
                        coordinated
                            && !mem.last_told_after
                            && !mem.last_by_noun
                            && !text.get(noun.end..vend).is_some_and(has_auxiliary)
                            // "and 12 victims received assistance": a verb of its own.
                            && !text
                                .get(noun.end..vend)
                                .is_some_and(|lead| super::words_of(lead).any(|w| w.eq_ignore_ascii_case("received")))
                    });
                // "60 investigators continued to actively investigate cases", "the 60
                // investigators investigated 40 cases": staff counted are the ones who do
                // it, told by an infinitive or an object after the verb.
                let infinitive = lead
                    .split_whitespace()
                    .rev()
                    .skip(1)
                    .find(|w| !w.ends_with("ly"))
                    .is_some_and(|w| w == "to");
                // "25 officers investigated trafficking cases": a noun within three words.
                let mut after_verb = text[vend..].split_whitespace().map(trim_word);
                let object = after_verb.next().is_some_and(|w| {
                    ["the", "a", "an", "all", "any"].contains(&w)
                        || w.starts_with(|c: char| c.is_ascii_digit())
                        || classify_noun(w).is_some()
                }) || after_verb.take(2).any(|w| classify_noun(w).is_some());
                // "a unit comprising 19 officers, specialized in investigating trafficking".
                let gerund = lead
                    .split_whitespace()
                    .rev()
                    .nth(1)
                    .is_some_and(|w| matches!(w, "in" | "on" | "for"));
                let punished =
                    noun.class == NounClass::Victim && penalized(before, &text[vend..ce.max(vend)]);
                let doers = noun.class == NounClass::Trainee
                    && m != Metric::OfficialsTrained
                    && (infinitive || object || gerund);
                // "repatriated two victims identified in South Africa, compared to 10
                // victims identified in various countries in 2018": a participle that
                // repeats the one after the count compared names the same people; the
                // count compared tells the act.
                let mirrored = || {
                    let compared = COMPARED.is_match(&text[floor.max(cs)..q.start]);
                    let participle = text[..vend].rsplit(' ').next().map(trim_word);
                    compared
                        && participle.is_some_and(|p| participle_after_a_noun(&text[..q.start], p))
                        && mem.last_metrics.iter().any(|l| *l != m && noun.fits(*l))
                };
                if let Some(m) = shared {
                    cands.push(m);
                } else if noun.fits(m) && mirrored() {
                    cands.extend(mem.last_metrics.iter().filter(|l| noun.fits(**l)));
                } else if noun.fits(m) && !next_counts_verb && !doers && !punished {
                    told_after = true;
                    mem.prev_end = mem.prev_end.max(vend);
                    cands.push(m);
                    // "262 victims identified and assisted": both participles count them.
                    let joined = metric_participle_joined(&text[vend..ce.max(vend)]);
                    cands.extend(joined.filter(|j| *j != m && noun.fits(*j)));
                    agent = agent_after(text, vend);
                }
            }
        }
        // "reported 321 identified victims": the metric is the noun's participle; not in
        // "Two of the convicted traffickers were officials", a part of those counted before.
        let part_of = text[past_share(text, q)..].trim_start().starts_with("of ");
        // "released 500 convicted traffickers", "the early release of 500 convicted
        // traffickers": people done another act to are described by the participle.
        let done_another_act = || {
            text[floor.max(cs)..q.start]
                .split_whitespace()
                .rev()
                .map(trim_word)
                .find(|w| !crate::pattern::is_one_of(w, &["the", "of", "a", "an", "all"]))
                .is_some_and(|w| crate::pattern::is_one_of(w, OTHER_ACTIONS))
        };
        if cands.is_empty() && !part_of && !done_another_act() {
            cands.extend(participle_metric(&noun.subject).filter(|m| noun.fits(*m)));
        }
        // "dedicating three judges to trafficking trials": those a staffing verb takes are staff.
        let staffed = || {
            before.split_whitespace().next_back().is_some_and(|w| {
                STAFFING_VERBS
                    .iter()
                    .any(|s| trim_word(w).eq_ignore_ascii_case(s))
            })
        };
        if !cands.is_empty() && staffed() {
            cands.clear();
        }
        // "referred all 32 identified victims to care and provided healthcare": care joined
        // after the count's words, in a clause with no count after it, is given to them too;
        // not to "some of them".
        let last_in_clause = counts.get(i + 1).is_none_or(|n| n.start >= ce);
        if !told_after && !cands.is_empty() && last_in_clause {
            let rest = &text[noun.end..ce.max(noun.end)];
            let some_of_them = || {
                super::words_of(rest)
                    .take(6)
                    .any(|w| crate::pattern::is_one_of(w, PARTIAL_QUANTIFIERS))
            };
            let joined = care_joined(rest).filter(|m| noun.fits(*m) && !cands.contains(m));
            cands.extend(joined.filter(|_| !some_of_them()));
        }
        metrics = cands;
    }
    Some(Reading {
        metrics,
        agent,
        coordinated,
        part_counted,
        part_metric,
        told_after,
        cases_date,
    })
}

/// Drops the metrics a count is not of: people found, not victims; cases of wider crimes;
/// some of a whole told before. False when none is left.
/// Whether the words before a count compare it with one told before ("compared with 933",
/// "up from 12"). A bare "from" compares only right before the count: "identified 114
/// children from Central Burkina Faso ... and intercepted a convoy of 38 children" tells
/// where the children came from.
fn compared_before(between: &str) -> bool {
    COMPARED.find_iter(between).last().is_some_and(|m| {
        !m.as_str().eq_ignore_ascii_case("from")
            || between[m.end()..].split_whitespace().count() <= 3
    })
}

fn keep_metrics_told(
    s: &Sentence<'_, '_>,
    mem: &mut Memory,
    out: &mut Found,
    at: &At<'_>,
    around: &Around<'_>,
    noun: &NounPhrase,
    reading: &mut Reading,
) -> bool {
    let Sentence {
        cx,
        text,
        first,
        ref counts,
        ref told_before,
        anaphoric,
        ..
    } = *s;
    let At { i, q, floor, .. } = *at;
    let Around { before, cs, ce, .. } = *around;
    let Reading {
        metrics,
        coordinated,
        ..
    } = reading;
    // "The number of persons convicted ... increased from 578 persons in 2012": the
    // clause's subject tells the metric of its people.
    if metrics.is_empty() && matches!(noun.class, NounClass::Enforcement | NounClass::Victim) {
        metrics.extend(number_of_metric(&text[cs..q.start]).filter(|m| noun.fits(*m)));
    }
    let between = text[floor.max(cs)..q.start].trim_end();
    // "compared with 42 suspects arrested": done something that is no metric.
    // "compared with intercepting 10,100 potential victims": so is one told before.
    let other_action = || {
        text[noun.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| OTHER_ACTIONS.contains(&trim_word(w)))
            || between
                .rsplit(' ')
                .next()
                .is_some_and(gerund_of_other_action)
    };
    if metrics.is_empty()
        && !other_action()
        // "; there were seven adults and two children": a list of what some are.
        // "intercepted a convoy of 38 children and 12 adults": not joined to another act.
        && ((*coordinated && !described_by_copula(text, counts, i) && !mem.another_act_before)
            || compared_before(between))
    {
        // "..., compared with 933 victims in 2020": each metric of the count compared, the
        // one of the same noun first ("prosecutions of 18 defendants, compared with 11
        // investigations and 12 defendants").
        let same_noun = head_noun(&noun.subject).and_then(|head| {
            mem.counted_nouns
                .iter()
                .rev()
                .find(|(n, _)| n.eq_ignore_ascii_case(head))
        });
        // "did not convict any traffickers, compared with 11 traffickers in 2021": the
        // denied verb's metric, compared with a count of its own; so is the verb of a
        // count left untold ("It is unclear how many cases the government investigated
        // in 2016, compared with 66 cases in 2015").
        let lo = floor.max(cs);
        let denied = || match COMPARED.find(between) {
            Some(c) if cx.is_negated() || contains_ci(&text[lo..lo + c.start()], "how many") => {
                verbs_before(text, lo, lo + c.start())
            }
            _ => Vec::new(),
        };
        let compared = match same_noun {
            Some((_, ms)) => ms.clone(),
            None if mem.last_metrics.is_empty() && anaphoric && i == 0 => told_before.clone(),
            None if mem.last_metrics.is_empty() => denied(),
            None => mem.last_metrics.clone(),
        };
        metrics.extend(compared.iter().filter(|m| noun.fits(**m)));
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
    // "identified 79,000 children working in brick kilns, some of whom may have been
    // victims": people found, not victims identified.
    // "...; some of these children may have been trafficking victims": so in the clause
    // right after, told of the same people.
    let next_clause = text.get(ce..).and_then(|rest| {
        let rest = rest.strip_prefix(';')?.trim_start();
        ["some of these ", "many of these "]
            .iter()
            .any(|w| starts_with_ci(rest, w))
            .then_some(rest)
    });
    if metrics.contains(&Metric::VictimsIdentified)
        && (only_some_may_be_victims(&text[noun.end..ce.max(noun.end)])
            || next_clause.is_some_and(only_some_may_be_victims))
    {
        metrics.retain(|m| *m != Metric::VictimsIdentified);
    }
    // "served 42 children ..., but it was not clear how many of these children were
    // victims of trafficking": people helped, not victims helped (not "169 trafficking
    // victims ..., although this number may have included victims of other crimes").
    if !contains_ci(&noun.subject, "victim")
        && metrics.iter().any(|m| is_victim_metric(*m))
        && none_known_victims(&text[noun.end..ce.max(noun.end)])
    {
        metrics.retain(|m| !is_victim_metric(*m));
    }
    // "conducted 466 investigations of crimes against children, but did not specify how
    // many involved trafficking": cases of wider crimes, none known to be trafficking.
    if metrics.iter().any(|m| is_enforcement_metric(*m))
        && trafficking_not_told_apart(&noun.subject, &text[noun.end..])
    {
        metrics.retain(|m| !is_enforcement_metric(*m));
    }
    // "identified 2,575 victims of labor exploitation ...; however, the government did not
    // specify how many, if any, of these were trafficking victims": none known to be.
    if metrics.iter().any(|m| is_victim_metric(*m))
        && trafficking_victims_not_told_apart(&noun.subject, &text[noun.end..])
    {
        metrics.retain(|m| !is_victim_metric(*m));
    }
    // "the remaining 23 identified victims", "the other four victims identified by the
    // government": the rest of those identified, told before.
    if metrics.contains(&Metric::VictimsIdentified) && rest_of_a_whole(before) {
        metrics.retain(|m| *m != Metric::VictimsIdentified);
    }
    // "Of the 611, the GPS identified 304 potential victims": victims identified among a
    // whole told before are some of it (victims assisted among them are a count).
    if *metrics == [Metric::VictimsIdentified] && led_by_whole(&text[cs..q.start]) {
        metrics.clear();
    }
    // "identifying 1,337 of these victims", "identified 545 of the total victims", "removed
    // 1,284 child laborers ... and provided care to 25 of these children": some of those
    // identified, or of a whole not counted
    // ("9 of these victims were repatriated" is a count).
    let rest = text[past_share(text, q)..].trim_start();
    let of_these = ["of these ", "of those ", "of the total "]
        .iter()
        .any(|p| starts_with_ci(rest, p));
    let whole_untold = i > 0 && !told_at(out, first, counts[i - 1].start);
    if noun.class == NounClass::Victim
        && of_these
        && (*metrics == [Metric::VictimsIdentified] || whole_untold)
    {
        // Counts compared with a part are parts too ("545 of the total victims, compared
        // to 560 in 2018").
        mem.last = None;
        mem.last_metrics.clear();
        metrics.clear();
    }
    // "Authorities identified five of the victims through calls to hotlines": some of the
    // victims told before, found again (not "11 of the 17 victims", a part of a count).
    let of_the_told = starts_with_ci(rest, "of the ")
        && !rest["of the ".len()..].starts_with(|c: char| c.is_ascii_digit());
    if noun.class == NounClass::Victim && of_the_told && !of_these {
        metrics.retain(|m| *m != Metric::VictimsIdentified);
    }
    // "the 1,298 individuals convicted on prostitution charges": people penalized for an
    // offense of their own, not traffickers.
    if noun.class == NounClass::Enforcement && penalized_after_noun(text, noun) {
        metrics.retain(|m| !is_enforcement_metric(*m));
    }
    if metrics.is_empty() {
        // "Of the 79 victims identified, traffickers exploited 28 victims in sex trafficking,
        // 32 victims in labor trafficking": the object of a verb that is no metric, which
        // the metrics before would fit, shows they do not reach past it; the next count
        // mirrors nothing. ("...; 19 taskforce members, ...; and 10 police officers" has
        // no verb of its own and breaks no list.)
        // ("acquitted the five Bangladeshi and two Maldivian defendants": a determiner
        // may stand between.)
        let own_verb = before
            .split_whitespace()
            .rev()
            .find(|w| !matches!(*w, "the" | "all" | "these" | "those" | "its" | "their"))
            .is_some_and(|w| {
                w.len() > 3 && w.ends_with("ed") && w.bytes().all(|c| c.is_ascii_alphabetic())
            });
        // "investigated 112 suspects; 71 suspects for sex trafficking and 41 suspects for
        // ...": a count opening a clause of its own with no verb is no count, and neither
        // is one of the same noun joined to it.
        let opens_clause = text[..q.start].trim_end().ends_with(';');
        if own_verb && mem.last_metrics.iter().any(|m| noun.fits(*m)) {
            mem.last_metrics.clear();
            if let Some(head) = head_noun(&noun.subject) {
                mem.counted_nouns.push((head.to_string(), Vec::new()));
            }
        } else if opens_clause {
            if let Some(head) = head_noun(&noun.subject) {
                mem.counted_nouns.push((head.to_string(), Vec::new()));
            }
        }
        return false;
    }
    true
}

/// Tells a count of its metrics, dated, with the counts it implies.
fn tell_count(
    s: &Sentence<'_, '_>,
    mem: &mut Memory,
    out: &mut Found,
    at: &At<'_>,
    around: &Around<'_>,
    noun: &NounPhrase,
    reading: Reading,
) {
    let Sentence {
        cx,
        rule,
        text,
        ref counts,
        says_same,
        carries,
        ..
    } = *s;
    let At { i, q, floor, .. } = *at;
    let Around {
        before,
        cs,
        ce,
        next_start,
        ..
    } = *around;
    let Reading {
        mut metrics,
        mut agent,
        part_counted,
        part_metric,
        told_after,
        cases_date,
        ..
    } = reading;
    if agent.is_none() {
        if let Some((m, vend)) = verb_after(text, noun.end, next_start.max(noun.end)) {
            if metrics.contains(&m) && text[noun.end..vend].split_whitespace().count() <= 3 {
                agent = agent_after(text, vend);
            }
        }
    }
    // A metric noun is its own subject only when it names a kind of case ("10 forced
    // labor investigations and 10 other trafficking investigations": two counts).
    let counted = (!noun.subject.is_empty()
        && (!matches!(noun.class, NounClass::Metric(_)) || names_a_kind(&noun.subject)))
    .then(|| noun.subject.clone());
    let subject = agent.or(counted);
    // "None of the 14 victims were repatriated": a zero. "None of the 14 convicted
    // traffickers were imprisoned": a zero of no metric, the whole only restated.
    let none = cx.is_negated() && none_of(before);
    // "None of the five traffickers convicted under the law were incarcerated": a
    // participle right after the noun names them; the clause's verb is another.
    let named_by_participle = || {
        super::words_of(&text[noun.end..])
            .next()
            .is_some_and(|w| w.ends_with("ed") && metric_of_word(w).is_some())
    };
    if none && (!told_after || named_by_participle()) {
        return;
    }
    let (quantity, start) = match none {
        true => (Quantity::exact(0), q.start),
        false if part_counted => (counts[i - 1].quantity, counts[i - 1].start),
        false => (q.quantity, q.start),
    };
    // "did not report providing services to the five victims": nothing done to them.
    // Not a count compared with the denial ("did not convict any traffickers compared with
    // one conviction in 2016").
    if cx.is_negated()
        && quantity == q.quantity
        && verb_denied(&text[after_comparison(text, floor.max(cs), q.start)..q.start])
    {
        return;
    }
    // "investigated 60 cases of alleged pushbacks and excessive use of force": cases of
    // another crime.
    if noun.class == NounClass::Enforcement
        && cases_of_another_crime(&noun.subject, &text[noun.end..])
    {
        return;
    }
    // "assisted one victim with return to their home country": help to go home is
    // repatriation.
    // "with shelter and return": care and a return home.
    if metrics == [Metric::VictimsAssisted] {
        match helped_home(&text[noun.end..]) {
            Some(true) => metrics = vec![Metric::VictimsRepatriated],
            Some(false) => metrics.push(Metric::VictimsRepatriated),
            None => {}
        }
    }
    let each_year = years_of_each(cx, q.start, noun.end);
    // "assisted 34 victims repatriated in 2019": the date of a participle after the noun
    // is the participle's, when the count's verb came before it.
    // Nor is it a later count's ("... and referred 12 victims to shelters").
    // A participle of the count's own metric is its verb ("85 sex traffickers and five
    // labor traffickers convicted in 2013").
    // So is one that opens a case of the count's metric ("the prosecution of one suspect
    // initiated during the previous reporting period").
    if !told_after && !matches!(noun.class, NounClass::Metric(_)) {
        let next = participle_after(&text[noun.end..]).unwrap_or("");
        let opens = crate::pattern::is_one_of(trim_word(next), OPENING_VERBS)
            && metrics.iter().any(|m| is_enforcement_metric(*m));
        let own = opens || metric_of_word(next).is_some_and(|m| metrics.contains(&m));
        if !own {
            let dated = participle_date_after(cx, noun.end, next_start);
            mem.participle_dates.extend(dated);
            // "assisting 34 victims repatriated in 2020": the victims were repatriated
            // that year too (not "four victims identified in 2019": most often some of a
            // count of identification told on its own).
            let other =
                metric_of_word(next).filter(|m| *m == Metric::VictimsRepatriated && noun.fits(*m));
            if let (Some(m), Some(at), false) = (other, dated, metrics.is_empty()) {
                let date = cx.times().iter().find(|t| t.start == at);
                let date = date.and_then(|t| cx.resolve(t).point());
                push_dated(cx, rule, out, m, quantity, subject.clone(), start, date);
            }
        }
    }
    // "convicted two officials for their role in a case initiated in 2016": the date is
    // when the case began, not the count's.
    if let Some(at) = case_origin_date(cx, noun.end, next_start) {
        mem.participle_dates.push(at);
    }
    mem.participle_dates
        .extend(relative_clause_dates(cx, noun.end, next_start));
    // "four additional investigations were carried over from 2013": cases of the reporting
    // period, begun in the year named.
    let carried_over = carries
        && (origin_date_after(cx, noun.end, next_start).is_some()
            || continued_from(cx, &text[..q.start], noun.end, next_start));
    // "13 defendants convicted in seven cases in 2016": the date after the cases the people
    // were in is theirs too.
    let date_limit = match counts.get(i + 1) {
        Some(n) if n.start == next_start && in_cases(text, noun.end, n) => {
            counts.get(i + 2).map_or(ce, |after| after.start.min(ce))
        }
        _ => next_start,
    };
    for &m in &metrics {
        if let Some(date) = cases_date {
            push_dated(cx, rule, out, m, quantity, subject.clone(), start, date);
        } else if carried_over {
            let period = cx.anchor.reporting_period().map(PartialDate::year);
            push_dated(cx, rule, out, m, quantity, subject.clone(), start, period);
        } else if each_year.is_empty() {
            push_except(
                cx,
                rule,
                out,
                m,
                quantity,
                subject.clone(),
                start,
                date_limit,
                &mem.participle_dates,
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
    // "two victims, down from five in 2019 and the same as in 2018": after a figure
    // compared, the count compared with.
    if says_same {
        let compared_figure = COMPARISON.is_match(crate::pattern::tail(before, 40));
        if compared_figure {
            same_as_the_count_compared(cx, rule, out, mem.last_main.as_ref(), noun.end, next_start);
        } else {
            if let Some((at, year)) = same_as_in(cx, noun.end, next_start) {
                for &m in &metrics {
                    let date = Some(PartialDate::year(year));
                    push_inferred(cx, rule, out, m, quantity, subject.clone(), at, date);
                }
            }
            mem.last_main = Some((quantity, metrics.clone(), subject.clone()));
        }
    }
    if let Some(head) = head_noun(&noun.subject) {
        mem.counted_nouns.push((head.to_string(), metrics.clone()));
    }
    if noun.subject.contains(' ') && !matches!(noun.class, NounClass::Metric(_)) {
        mem.counted_subjects
            .push((noun.subject.clone(), metrics.clone()));
    }
    mem.last = metrics.last().map(|m| (*m, subject.clone()));
    mem.last_told_after = told_after;
    mem.last_by_noun = matches!(noun.class, NounClass::Metric(_));
    mem.last_metrics = metrics;
}

// "four TITP participants as trafficking victims": what a count is recognized as.
lazy_regex!(
    AS_VICTIMS,
    r"(?i)^\s+(?P<subject>(?:[\w'()-]+\s+){0,7}?)as\s+(?P<as>(?:(?:potential|possible|presumed|confirmed|trafficking|human|forced|labor|labour|sex)\s+){0,3}victims)\b"
);

// "12 women, five girls, and three men as trafficking victims": a list of counts recognized.
lazy_regex!(
    AS_VICTIMS_LISTED,
    r"(?i)^\s+(?P<subject>(?:[\w'()-]+,?\s+){1,11}?)as\s+(?P<as>(?:(?:potential|possible|presumed|confirmed|trafficking|human|forced|labor|labour|sex)\s+){0,3}victims)\b"
);

// "61 persons were officially determined to be victims", "45 women were identified as
// trafficking victims", "six individuals identified as victims by authorities": people told
// in the passive to be victims; the verb is read after.
lazy_regex!(
    PASSIVE_AS_VICTIMS,
    r"(?i)^\s+(?P<subject>(?:[\w'-]+\s+){1,3}?)(?:(?:who|that)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:(?:[a-z]+ly|later)\s+)?(?P<verb>[a-z]+)\s+(?:as|to\s+be)\s+(?:(?:potential|possible|presumed|confirmed|trafficking|human|forced|labor|labour|sex)\s+){0,3}victims\b"
);

/// "officially recognized four TITP participants as trafficking victims", "certified 23
/// workers as victims", "identified 12 as victims", "granted victim status to 73
/// individuals": people recognized as victims are victims identified.
fn counted_as_victims(
    cx: &SentenceCtx<'_>,
    rule: &str,
    counts: &[&QuantityMention],
    out: &mut Found,
) {
    let text = cx.text;
    crate::lazy_finder!(AS, " as ");
    crate::lazy_finder!(TO_BE, " to be ");
    crate::lazy_finder!(STATUS, "victim status to ");
    let status = STATUS.find(text.as_bytes()).is_some();
    if !status && AS.find(text.as_bytes()).is_none() && TO_BE.find(text.as_bytes()).is_none() {
        return;
    }
    for q in counts {
        if out.iter().any(|(pos, _)| *pos == q.start) {
            continue;
        }
        // "granted official trafficking victim status to 73 individuals".
        if status {
            let before = crate::pattern::tail(&text[..q.start], 48).to_ascii_lowercase();
            if before.ends_with("victim status to ") && before.contains("grant") {
                let subject = noun_after(text, q.end).map(|n| n.subject);
                let (_, ce) = clause(text, q.start);
                let metric = Metric::VictimsIdentified;
                push(cx, rule, out, metric, q.quantity, subject, q.start, ce);
                continue;
            }
        }
        // "classified only seven of the 50 as victims": an adverb may stand before the count.
        let verb = text[..q.start]
            .split_whitespace()
            .rev()
            .find(|w| !["only", "just", "about", "approximately", "nearly"].contains(w))
            .unwrap_or("");
        let recognizes = RECOGNITION_VERBS
            .iter()
            .any(|v| verb.eq_ignore_ascii_case(v))
            || metric_of_word(verb) == Some(Metric::VictimsIdentified);
        if !recognizes {
            // "45 persons were identified as victims": the verb after the people counted.
            let passive = PASSIVE_AS_VICTIMS
                .captures(&text[q.end..])
                .filter(|c| {
                    let verb = &c["verb"];
                    // "were found to be victims" too.
                    RECOGNITION_VERBS
                        .iter()
                        .any(|v| verb.eq_ignore_ascii_case(v))
                        || verb.eq_ignore_ascii_case("found")
                        || metric_of_word(verb) == Some(Metric::VictimsIdentified)
                })
                .filter(|c| {
                    !victims_of_another_harm(&text[q.end + c.get(0).map_or(0, |m| m.end())..])
                });
            if let Some(c) = passive {
                let subject = Some(c["subject"].trim().to_string());
                let (_, ce) = clause(text, q.start);
                let metric = Metric::VictimsIdentified;
                push(cx, rule, out, metric, q.quantity, subject, q.start, ce);
            }
            continue;
        }
        let listed_only = || {
            AS_VICTIMS_LISTED.captures(&text[q.end..]).filter(|c| {
                // Each comma is followed by the next count of the list.
                let subject = c.name("subject").expect("named group");
                let from = q.end + subject.start();
                subject.as_str().match_indices(',').all(|(at, _)| {
                    let next = text[from + at + 1..].trim_start();
                    let next = next.strip_prefix("and ").unwrap_or(next);
                    let next_at = text.len() - next.len();
                    counts.iter().any(|r| r.start == next_at)
                })
            })
        };
        let Some(c) = AS_VICTIMS.captures(&text[q.end..]).or_else(listed_only) else {
            continue;
        };
        let (_, ce) = clause(text, q.start);
        // "identified 12 women and three men as trafficking victims": each count listed
        // before "as" is recognized, its people the words up to the next.
        let subject_end = q.end + c.name("subject").map_or(0, |m| m.end());
        let listed: Vec<&QuantityMention> = counts
            .iter()
            .copied()
            .filter(|r| q.end < r.start && r.start < subject_end)
            .collect();
        // Not "seven of the 50 as victims", a part of the count after it.
        let part_of_next = c["subject"].trim_start().starts_with("of ");
        if !listed.is_empty() && !part_of_next {
            let ends = listed.iter().map(|r| r.start).chain([subject_end]);
            let starts = std::iter::once(*q).chain(listed.iter().copied());
            for (r, end) in starts.zip(ends) {
                let people = text[r.end..end]
                    .trim()
                    .trim_end_matches(" and")
                    .trim_end_matches(',')
                    .trim();
                if !people.is_empty() && !out.iter().any(|(pos, _)| *pos == r.start) {
                    let subject = Some(people.to_string());
                    let metric = Metric::VictimsIdentified;
                    push(cx, rule, out, metric, r.quantity, subject, r.start, ce);
                }
            }
            continue;
        }
        // "seven of the 50 as victims": a part of a whole, no noun of its own; "identified 12
        // as trafficking victims": the noun after "as".
        let subject = match c["subject"].trim() {
            "" => Some(c["as"].to_string()),
            s => (!s.starts_with("of ")).then(|| s.to_string()),
        };
        push(
            cx,
            rule,
            out,
            Metric::VictimsIdentified,
            q.quantity,
            subject,
            q.start,
            ce,
        );
    }
}

/// Where the date of a participle right after a counted noun starts ("victims repatriated
/// in 2019", "cases opened by police in 2018"), before `until`.
fn participle_date_after(cx: &SentenceCtx<'_>, noun_end: usize, until: usize) -> Option<usize> {
    let rest = cx.text.get(noun_end..until)?;
    let first = participle_after(rest)?;
    if !is_past_participle(first)
        || RECORDING_PARTICIPLES
            .iter()
            .any(|p| first.eq_ignore_ascii_case(p))
    {
        return None;
    }
    let date = first_date_after(cx, noun_end, until)?;
    // From the participle: a relative pronoun before it is no word of its phrase.
    let from = first.as_ptr() as usize - cx.text.as_ptr() as usize;
    let between = cx.text.get(from..date.start)?;
    let unbroken = !cx.text[noun_end..date.start].contains([',', ';', '(']);
    // "one victim identified the previous reporting period": a period right after it.
    let period_right_after = || {
        between.split_whitespace().count() == 1
            && ["the ", "last "]
                .iter()
                .any(|d| crate::pattern::starts_with_ci(&cx.text[date.start..], d))
    };
    (unbroken && (leads_to_date(between, 4) || period_right_after())).then_some(date.start)
}

/// Whether the words before a count make it the rest of a whole ("the remaining 23", "the
/// other four").
fn rest_of_a_whole(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let rest = words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("remaining") || w.eq_ignore_ascii_case("other"));
    rest && words.next().is_some_and(|w| {
        ["the", "its", "their"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    })
}

/// The enforcement metrics of a count of people named by a plain noun ("convicted two women",
/// "the prosecution of three Nigerian men"): of the verb or the metric nouns and "of" right
/// before it. A victim metric of the verb, too, when the words after tell the people were
/// exploited ("to identify and repatriate 35 women exploited in domestic servitude").
fn people_of_verb(before: &str, after: &str) -> Option<(Vec<Metric>, String)> {
    let exploited = || exploited_after(after);
    // "the Atlas shelter assisted 79 men", "referred 17 women to the Tesfa shelter": people
    // given care named next to the verb are victims given it; not those only some of whom
    // "may have been" exploited.
    let unsure = || {
        after
            .split_whitespace()
            .take(12)
            .any(|w| crate::pattern::is_one_of(w, &["may", "might", "possibly"]))
    };
    let cared_for = |m: &Metric| {
        *m != Metric::VictimsIdentified
            && !unsure()
            && before
                .split_whitespace()
                .rev()
                .take(4)
                .chain(after.split_whitespace().take(6))
                .any(|w| crate::pattern::is_one_of(trim_word(w), CARE_DESTINATIONS))
    };
    let fits = |m: &Metric| {
        crate::rules::lexicon::is_enforcement_metric(*m)
            || (is_victim_metric(*m) && (exploited() || cared_for(m)))
    };
    let mut words = before.split_whitespace().rev();
    let last = words.next()?;
    let metrics = match last {
        // "an investigation and prosecution of four men": each metric noun's.
        "of" => {
            let noun = words.next()?;
            // "the repatriation of 160 women who were victims": a victim verb's noun.
            let victim_noun = || metric_of_word(noun).filter(|m| is_victim_metric(*m));
            let mut metrics: Vec<Metric> = metric_noun_of(noun)
                .or_else(victim_noun)
                .into_iter()
                .collect();
            if words.next() == Some("and") {
                metrics.extend(words.next().and_then(metric_noun_of));
            }
            metrics
        }
        // "provided services to 160 women who were victims": care given to them.
        "to" => {
            let given = before.trim_end().strip_suffix("to").unwrap_or(before);
            care_given_by(given, 2)
                .map(|(_, m)| m)
                .filter(|m| is_victim_metric(*m))
                .into_iter()
                .collect()
        }
        // Not "charged": women charged are most often charged with prostitution or
        // immigration offenses, victims penalized rather than traffickers.
        verb if verb.ends_with("ed") && !verb.eq_ignore_ascii_case("charged") => {
            metric_of_word(verb).into_iter().collect()
        }
        // "to identify and repatriate 35 women": a victim verb in its plain form.
        verb => metric_of_word(verb)
            .filter(|m| crate::rules::lexicon::is_victim_metric(*m))
            .into_iter()
            .collect(),
    };
    let metrics: Vec<Metric> = metrics.into_iter().filter(fits).collect();
    if metrics.is_empty() || penalized_offense(after) {
        return None;
    }
    Some((metrics, people_named(after)?))
}

/// Whether the year after a count of a list of parts is its own ("..., and eight cases in
/// 2019"), not the year of the whole told last ("a total of 121 victims comprising 112
/// females, nine males, and 32 children in 2020").
fn year_of_its_own(text: &str, q: &QuantityMention, out: &Found) -> bool {
    let Some(m) = NOUN_THEN_YEAR.find(&text[q.end..]) else {
        return false;
    };
    let year = m.as_str().get(m.len().saturating_sub(4)..);
    let year = year.and_then(|y| y.parse::<i32>().ok());
    let whole_year = out.last().and_then(|(_, e)| e.date).map(|d| d.year);
    year.is_none() || year != whole_year
}

/// Whether `q` is the whole a sentence opens with ("Of the 16 cases that courts ruled on,
/// ..."), told with no metric word before its comma.
fn whole_opening_with_no_act(text: &str, q: &QuantityMention) -> bool {
    let lead = text[..q.start].trim();
    let opens = ["of the", "out of the", "of its"]
        .iter()
        .any(|o| lead.eq_ignore_ascii_case(o));
    if !opens {
        return false;
    }
    let Some(comma) = text[q.end..].find(", ") else {
        return false;
    };
    let whole = &text[q.end..q.end + comma];
    whole.split_whitespace().count() <= 8
        && !whole.contains(['(', ';'])
        && !whole
            .split_whitespace()
            .any(|w| metric_of_word(joined_tail(w)).is_some() || metric_noun_of(w).is_some())
}

/// Whether the words after a count of victims assisted tell the help was to go home: only
/// that ("with return to their home country", "with their repatriation": `Some(true)`), or
/// that among other help ("with shelter and return": `Some(false)`); not one help or another
/// ("with repatriation assistance or shelter care").
fn helped_home(after: &str) -> Option<bool> {
    const BEFORE: [&str; 4] = ["their", "voluntary", "safe", "its"];
    let mut words = after.split_whitespace().map(trim_word);
    if words.next() != Some("with") {
        return None;
    }
    let home = |w: &str| w.eq_ignore_ascii_case("return") || w.eq_ignore_ascii_case("repatriation");
    let words: Vec<&str> = words.take(5).collect();
    let at = words[..words.len().min(3)].iter().position(|w| home(w))?;
    // "with repatriation assistance or shelter care": one help or another, not each going home.
    let mut after_home = words[at + 1..]
        .iter()
        .skip_while(|w| crate::pattern::is_one_of(w, &["assistance", "support"]));
    if after_home
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("or"))
    {
        return None;
    }
    Some(
        words[..at]
            .iter()
            .all(|w| BEFORE.iter().any(|b| w.eq_ignore_ascii_case(b))),
    )
}

/// Whether cases counted are told, by "of" after them, to be of a crime that is no trafficking
/// ("60 cases of alleged pushbacks", "12 cases of migrant smuggling"; not "cases of smuggling
/// and trafficking").
fn cases_of_another_crime(subject: &str, after: &str) -> bool {
    let head = subject.rsplit(' ').next().unwrap_or("");
    let Some(rest) = after.trim_start().strip_prefix("of ") else {
        return false;
    };
    if !(head.eq_ignore_ascii_case("cases") || head.eq_ignore_ascii_case("case")) {
        return false;
    }
    let phrase = rest.split([',', ';', '.', '(']).next().unwrap_or("");
    let told = |words: &[&str]| words.iter().any(|w| crate::pattern::contains_ci(phrase, w));
    told(OTHER_CRIMES) && !told(TRAFFICKING_WORDS)
}

/// Whether the few words after a count of people tell they were exploited ("35 women exploited
/// in domestic servitude", "12 men in forced labor", "four women subjected to sex trafficking").
fn exploited_after(after: &str) -> bool {
    let clause = after.split([';', '.', ',']).next().unwrap_or("");
    let words = || clause.split_whitespace().take(6).map(trim_word);
    // "160 Bhutanese women who were victims of trafficking": named victims.
    let named_victims = || {
        words()
            .skip_while(|w| !crate::pattern::is_one_of(w, &["were", "was"]))
            .take(3)
            .any(|w| crate::pattern::is_one_of(w, &["victims", "victim"]))
    };
    // "12 women of the 41 victims of trafficking": a part of the victims.
    let of_the_victims = || {
        let mut w = words().skip(1);
        w.next().is_some_and(|of| of.eq_ignore_ascii_case("of"))
            && w.take(3)
                .any(|w| crate::pattern::is_one_of(w, &["victims", "victim"]))
    };
    words().any(|w| crate::pattern::is_one_of(w, EXPLOITED_WORDS))
        || named_victims()
        || of_the_victims()
}

/// Whether the clause after a count of people names an offense victims are penalized for
/// ("for prostitution", "under the Immigration Act"; not "for forcing women into prostitution").
pub(super) fn penalized_offense(after: &str) -> bool {
    let clause = after.split([';', '.']).next().unwrap_or("");
    // A walk over the words screens for the offenses' own words.
    let named = clause.split_whitespace().any(|w| {
        ["prostitut", "immigra", "illegal", "visa"]
            .iter()
            .any(|p| crate::pattern::starts_with_ci(trim_word(w), p))
    });
    named
        && [
            "for prostitution",
            "on prostitution",
            "prostitution charges",
            "prostitution offenses",
            "prostitution-related",
            "immigration",
            "illegal entry",
            "illegal stay",
            "visa",
        ]
        .iter()
        .any(|w| crate::pattern::contains_ci(clause, w))
}

/// Whether the words right after a noun of people who are no offenders tell an offense victims
/// are penalized for ("individuals convicted on prostitution charges", "women prosecuted for
/// immigration violations").
fn penalized_after_noun(text: &str, noun: &NounPhrase) -> bool {
    let offender = head_noun(&noun.subject)
        .is_some_and(|h| crate::pattern::is_one_of(h, crate::rules::lexicon::OFFENDER_NOUNS));
    let after = &text[noun.end..];
    let near = &after[..crate::pattern::words_ahead(after, 0, 6)];
    !offender && penalized_offense(&near[..near.find(',').unwrap_or(near.len())])
}

/// The metric a singular or plural metric noun names ("prosecution", "investigations").
fn metric_noun_of(word: &str) -> Option<Metric> {
    match classify_noun(trim_word(word))? {
        NounClass::Metric(m) => Some(m),
        _ => None,
    }
}

/// Whether the count `q` is a term joined to a duration right after it ("12 and 10 years").
fn term_before_a_term(text: &str, all: &[QuantityMention], q: &QuantityMention) -> bool {
    all.iter().any(|d| {
        matches!(d.kind, QuantityKind::Duration { .. })
            && d.start > q.end
            && matches!(&text[q.end..d.start], " and " | " or ")
    })
}

/// Whether the word after a count of no metric noun is a noun of its own ("65 calls", "45
/// complaints"), not a word that leaves the noun out ("12 in 2017", "12 during 2016").
fn counts_its_own_noun(word_after: Option<&str>) -> bool {
    word_after.is_some_and(|w| {
        w.len() > 3 && w.ends_with('s') && w.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// Where the verbs of a count joined by "and" to the count before start: past a participle
/// that modifies that count ("assistance to 25 victims repatriated from Guinea and one other
/// victim": the assistance is the second count's, not the return).
fn past_modifier_of_count_before(text: &str, lo: usize, count: usize) -> usize {
    let window = &text[lo..count];
    let Some(rest) = window.strip_prefix(' ') else {
        return lo;
    };
    let word = rest.split(' ').next().unwrap_or("");
    let joined = window.ends_with(" and ") && !window[..window.len() - 5].contains([',', ';']);
    match joined && word.ends_with("ed") && metric_of_word(word).is_some() {
        true => lo + 1 + word.len(),
        false => lo,
    }
}

/// The plain noun of people right after a count, perhaps after a nationality ("women",
/// "Nigerian men", "South Asian men").
pub(super) fn people_named(after: &str) -> Option<String> {
    let words: Vec<&str> = after.split_whitespace().take(3).collect();
    let at = words.iter().position(|w| {
        crate::pattern::is_one_of(trim_word(w), crate::rules::lexicon::PLAIN_PEOPLE)
    })?;
    // Only a nationality or a modifier of a group may stand between ("three Nigerian men",
    // "three additional women", "two foreign women").
    let modifies = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            || crate::pattern::is_one_of(w, crate::rules::lexicon::GROUP_ADJECTIVES)
            || crate::pattern::is_one_of(w, crate::rules::lexicon::NOUN_MODIFIERS)
    };
    if !words[..at].iter().all(|w| modifies(w)) {
        return None;
    }
    Some(
        words[..=at]
            .iter()
            .map(|w| trim_word(w))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// "cases involving 41 suspects", "cases of forced labor with 12 defendants": the words
/// between a count of cases and the count of their people.
fn people_of_cases(between: &str) -> bool {
    let words = between.split_whitespace().count();
    !between.contains([',', ';', '(', ')'])
        && words <= 5
        && between
            .split_whitespace()
            .next_back()
            .is_some_and(|w| ["involving", "with", "against"].contains(&w))
}

/// Whether `places` counts where the people of count `q` are from: a preposition right after
/// its noun ("17 officers from seven agencies", "25 officers in three regions").
fn places_of_counted(text: &str, q: &QuantityMention, places: &QuantityMention) -> bool {
    let mut between = text[q.end..places.start].split_whitespace().rev();
    let preposition = between
        .next()
        .is_some_and(|w| crate::pattern::is_one_of(w, &["from", "in", "across", "at", "of"]));
    preposition
        && between.next().and_then(classify_noun).is_some()
        && counts_places(&text[places.end..])
}

/// The words between a count and the pool it was drawn from.
const POOL_LINKS: [&str; 5] = [
    " from the",
    " out of the",
    " out of",
    " among the",
    " among",
];

/// The link before `q` when it is the pool the count `part` before it was drawn from ("43
/// victims from the 127 potential victims", "12 out of 40 suspects", "120 victims among
/// 4,000 children").
fn pool_link(text: &str, part: &QuantityMention, q: &QuantityMention) -> Option<&'static str> {
    let between = text.get(part.end..q.start)?;
    let lower = between.trim_end().to_ascii_lowercase();
    let link = POOL_LINKS.into_iter().find(|link| lower.ends_with(link))?;
    // "12 traffickers, out of 40 suspects": a comma may stand before the link.
    let lead = lower[..lower.len() - link.len()].trim_end_matches(',');
    (!lead.contains([',', ';', '(', ')']) && lead.split_whitespace().count() <= 4).then_some(link)
}

/// Whether the count `n` is of the cases the people counted before it were in: "convicted
/// in seven cases", "prosecuted in 12 separate trafficking cases" (from `from`, the end of
/// their noun).
fn in_cases(text: &str, from: usize, n: &QuantityMention) -> bool {
    let Some(between) = text.get(from..n.start) else {
        return false;
    };
    if between.contains([',', ';', '(', ')'])
        || between.split_whitespace().count() > 4
        || between.split_whitespace().next_back() != Some("in")
    {
        return false;
    }
    text[n.end..]
        .split_whitespace()
        .take(3)
        .map(trim_word)
        .any(|w| w == "cases")
}

/// Whether a count of one is of the case the people counted before it were in: "two
/// traffickers in one case", "five defendants in one case" (from `from`, the end of the count
/// before).
fn in_one_case(text: &str, from: usize, one: &QuantityMention) -> bool {
    let Some(between) = text.get(from..one.start) else {
        return false;
    };
    let words = between.split_whitespace().count();
    !between.contains([',', ';', '(', ')'])
        && (2..=5).contains(&words)
        && between.split_whitespace().next_back() == Some("in")
        && text[one.end..]
            .split_whitespace()
            .take(2)
            .map(trim_word)
            .any(|w| w == "case")
}

/// Whether victims counted before a participle were penalized: the verb that takes the count
/// ("deported 40 victims identified in raids"), or the finite verb after the participle's
/// phrase ("two victims identified during the year were punished").
fn penalized(before: &str, after_participle: &str) -> bool {
    let penalizing = |w: &str| crate::pattern::is_one_of(trim_word(w), PENALIZING_VERBS);
    let taken_by = before
        .split_whitespace()
        .rev()
        .find(|w| !crate::pattern::is_one_of(w, &["some", "about", "approximately", "all", "the"]))
        .is_some_and(penalizing);
    let mut words = after_participle
        .split_whitespace()
        .take_while(|w| !w.ends_with(','));
    let passive = words
        .position(|w| crate::pattern::is_one_of(w, &["were", "was"]))
        .is_some()
        && words
            .find(|w| {
                !w.ends_with("ly") && !crate::pattern::is_one_of(w, &["later", "then", "also"])
            })
            .is_some_and(penalizing);
    taken_by || passive
}

/// "All 82 victims identified by the government received assistance": after a participle
/// and its agent, the finite verb of the clause, which is the count's.
fn finite_after_agent(text: &str, participle_end: usize, limit: usize) -> Option<(Metric, usize)> {
    let rest = text.get(participle_end..limit)?;
    if !rest.trim_start().starts_with("by ") {
        return None;
    }
    let (m, end) = verb_after(text, participle_end, limit)?;
    let lead = &text[participle_end..end];
    super::words_of(lead)
        .any(|w| crate::pattern::is_one_of(w, &["received", "were", "was"]))
        .then_some((m, end))
}

/// Whether `participle` follows a counted noun in `text` ("two Zambian victims identified in
/// South Africa").
fn participle_after_a_noun(text: &str, participle: &str) -> bool {
    let mut words = text.split_whitespace().map(trim_word);
    let Some(mut previous) = words.next() else {
        return false;
    };
    for word in words {
        if word.eq_ignore_ascii_case(participle) && classify_noun(previous).is_some() {
            return true;
        }
        previous = word;
    }
    false
}

/// The first word after a count's noun, or the verb of a relative clause opening there ("28
/// victims who entered the shelter in 2015", "cases that were opened in 2019").
fn participle_after(rest: &str) -> Option<&str> {
    let mut words = rest.split_whitespace().peekable();
    let first = words.next()?;
    if !crate::pattern::is_one_of(first, &["who", "that", "which"]) {
        return Some(first);
    }
    words.next_if(|w| crate::pattern::is_one_of(w, &["were", "was", "had", "have", "has"]));
    words.next_if(|w| w.eq_ignore_ascii_case("been"));
    words.next()
}

lazy_regex!(
    CARRIED_OVER,
    r"(?i)^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:carried\s+over|continued|transferred)\s+(?:from|since)\s+$"
);

lazy_regex!(
    CASE_OPENED,
    r"(?i)\bcases?\s+(?:initiated|opened|instituted|filed|launched|begun)\s+(?:in|during)\s+$"
);

/// The date a case was opened in, told in the phrase after a count's noun ("in a trafficking
/// case initiated in 2016").
fn case_origin_date(cx: &SentenceCtx<'_>, noun_end: usize, until: usize) -> Option<usize> {
    let date = first_date_after(cx, noun_end, until)?;
    let between = cx.text.get(noun_end..date.start)?;
    (!between.contains([',', ';', '(']) && CASE_OPENED.is_match(between)).then_some(date.start)
}

/// The dates of a relative clause right after a count's noun ("34 victims, whom
/// authorities identified in 2018 and 2019, ..."): the clause's own act, not the count's.
/// None where the clause holds the next count (`next_start`): its dates may be that count's.
fn relative_clause_dates<'a>(
    cx: &'a SentenceCtx<'_>,
    noun_end: usize,
    next_start: usize,
) -> impl Iterator<Item = usize> + 'a {
    let rest = &cx.text[noun_end..];
    let relative = [", who ", ", whom ", ", which "]
        .iter()
        .any(|r| crate::pattern::starts_with_ci(rest, r));
    let end = match relative {
        true => rest[2..]
            .find([',', ';'])
            .map_or(cx.text.len(), |i| noun_end + 2 + i),
        false => noun_end,
    };
    let end = if end > next_start { noun_end } else { end };
    // No relative clause (nearly every count): no time to look at.
    let times = if end > noun_end { cx.times() } else { &[] };
    times
        .iter()
        .filter(move |t| t.start > noun_end && t.end <= end)
        .map(|t| t.start)
}

/// The first date starting after a count's noun and before `until`.
fn first_date_after<'c>(
    cx: &'c SentenceCtx<'_>,
    noun_end: usize,
    until: usize,
) -> Option<&'c TimeMention> {
    cx.times()
        .iter()
        .find(|m| m.start >= noun_end && m.start < until)
}

/// The date of the period cases were carried over from, right after a count's noun ("were
/// carried over from 2013"): when they began, not when they were counted.
fn origin_date_after(cx: &SentenceCtx<'_>, noun_end: usize, until: usize) -> Option<usize> {
    let date = first_date_after(cx, noun_end, until)?;
    CARRIED_OVER
        .is_match(cx.text.get(noun_end..date.start)?)
        .then_some(date.start)
}

/// Participles that tell when cases were opened, one or two joined ("initiated and
/// registered"), up to the preposition of their date.
const OPENED: &str = r"(?:initiated|opened|instituted|filed|launched|begun|started|registered)(?:\s+(?:and|or)\s+(?:initiated|opened|instituted|filed|launched|begun|started|registered))?\s+(?:in|during)\s+$";

// "continued to investigate two cases initiated and registered in 2021": the year the cases
// began, after a count continued.
lazy_regex!(
    OPENED_IN,
    format!(r"(?i)^\s*(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?{OPENED}")
);

// "... and continued to investigate two cases initiated in 2021": the year continued cases
// were opened in, told after them.
lazy_regex!(
    CONTINUED_CASES_OPENED,
    format!(r"(?i)\bcontinu\w*\s[^,;.()]{{0,80}}?\b{OPENED}")
);

// "One additional prosecution initiated in a previous reporting period", "three cases
// opened in prior years": cases begun at some earlier time the text does not date.
lazy_regex!(
    OPENED_EARLIER,
    r"(?i)^\s*(?:(?:that|which)\s+(?:were|was|had\s+been)\s+|(?:it|they)\s+had\s+)?(?:initiated|opened|instituted|filed|launched|begun|started|registered)\s+(?:in|during)\s+(?:an?\s+(?:previous|prior|earlier)\s+(?:reporting\s+period|year)|(?:previous|prior|earlier|past)\s+(?:reporting\s+periods|years))\b"
);

/// Whether the words after a count's noun tell its cases opened at an undated earlier time,
/// and the clause before it does not tell them continued ("One additional prosecution
/// initiated in a previous reporting period was delayed"): the state of earlier cases, not
/// a count of the reporting period's (unlike "continued 12 prosecutions initiated in
/// previous years").
fn opened_earlier(lead: &str, after_noun: &str) -> bool {
    OPENED_EARLIER.is_match(after_noun) && !contains_ci(lead, "continu")
}

/// Where the years continued cases were opened in start: theirs, not the date of a count
/// told before them ("initiated three investigations and continued to investigate two cases
/// initiated in 2021": the three are of the reporting period).
fn continued_case_dates<'a>(cx: &'a SentenceCtx<'_>) -> impl Iterator<Item = usize> + 'a {
    cx.times()
        .iter()
        .filter(|m| CONTINUED_CASES_OPENED.is_match(&cx.text[..m.start]))
        .map(|m| m.start)
}

/// Where the spans of years of the offenses a count is for start ("convicted one trafficker
/// ... for exploiting a girl from 2017 through 2019", "for crimes committed between 2015 and
/// 2017"): the years of the acts, not of the count, which takes the sentence's other date.
fn offense_spans<'a>(cx: &'a SentenceCtx<'_>) -> impl Iterator<Item = usize> + 'a {
    cx.times()
        .iter()
        .filter(|m| matches!(m.expr, TimeExpr::Range { .. }))
        .filter(|m| {
            let lead = crate::pattern::tail(&cx.text[..m.start], 120);
            let clause =
                &lead[crate::pattern::last_break(lead, &[',', ';', '(']).map_or(0, |i| i + 1)..];
            contains_ci(clause, "committed ")
                || clause
                    .rfind(" for ")
                    .is_some_and(|at| clause[at + 5..].split(' ').any(|w| w.ends_with("ing")))
        })
        .map(|m| m.start)
}

/// Whether cases were continued from an earlier period, told around the count ("continued 12
/// prosecutions from the previous reporting period", "continued to investigate two cases
/// initiated in 2021"): cases of the reporting period.
fn continued_from(cx: &SentenceCtx<'_>, before: &str, noun_end: usize, until: usize) -> bool {
    // "continued 12 prosecutions", "continued prosecuting four cases against seven defendants".
    let lead = crate::pattern::tail(before, 100);
    let lead = &lead[crate::pattern::last_break(lead, &[',', ';']).map_or(0, |i| i + 1)..];
    // "the continuation of seven ongoing investigations from the previous reporting period".
    let phrase = cx.text.get(before.len()..noun_end).unwrap_or("");
    let continued = contains_ci(lead, "continued ")
        || contains_ci(lead, "continuing ")
        || contains_ci(lead, "continuation of ")
        || contains_ci(phrase, " ongoing ");
    if !continued {
        return false;
    }
    let date = cx
        .times()
        .iter()
        .find(|m| m.start >= noun_end && m.start < until.max(noun_end));
    date.and_then(|d| cx.text.get(noun_end..d.start))
        .is_some_and(|between| between.trim() == "from" || OPENED_IN.is_match(between))
}

/// The aside set off by dashes a few words after a count (" - including 20 ... - "), as
/// the offsets of its opening and of the text after its closing dash. The aside opens in the
/// count's clause and may hold semicolons of its own ("- 12 foreign nationals; 12 adult
/// females and five minors -").
fn dash_aside_after(text: &str, from: usize, clause_end: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..clause_end)?;
    let open = rest.find(" - ")?;
    if rest[..open].split_whitespace().count() > 4 {
        return None;
    }
    let close = open + 3 + text[from + open + 3..].find(" - ")?;
    // Past the clause, only a list of parts: no other act is told in it.
    let aside = &text[from + open..from + close];
    if from + close > clause_end && !verb_metrics(aside).is_empty() {
        return None;
    }
    Some((from + open, from + close + 3))
}

/// Whether the words after a count's noun, up to the end of its phrase, tell it pending
/// ("are still pending", "begun in 2017 remained pending").
/// "could place up to 10 victims at a time", "had capacity for 25 victims": room for a
/// count, not a count of an act. `before` and `after` are the words around the count.
fn room_for(before: &str, after: &str) -> bool {
    let phrase = after.split([',', ';', '.']).next().unwrap_or("");
    if AT_ONCE
        .iter()
        .any(|p| crate::pattern::contains_ci(phrase, p))
    {
        return true;
    }
    // The last six words, nearest first, read without allocating: a count's hot path.
    let mut words = [""; 6];
    for (slot, w) in words.iter_mut().zip(before.split_whitespace().rev()) {
        *slot = w;
    }
    let is = crate::pattern::is_one_of;
    // "capacity for 25", "could house 30", "the capacity to house 12".
    words.windows(2).any(|p| {
        (is(p[0], &["for", "of"]) && is(p[1], &["capacity"]))
            || (is(p[0], ROOM_VERBS) && is(p[1], &["can", "could"]))
    }) || words
        .windows(3)
        .any(|p| is(p[0], ROOM_VERBS) && is(p[1], &["to"]) && is(p[2], &["capacity"]))
}

/// Whether the verb right after a count's noun, its subject, is denied ("13 victims did not
/// receive any assistance", "five victims were not referred", "two victims declined
/// assistance"): none of them were. Not a description ("40 victims were not nationals").
fn denied_after(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let (first, second, third) = (
        words.next().unwrap_or(""),
        words.next().unwrap_or(""),
        words.next().unwrap_or(""),
    );
    if crate::pattern::is_one_of(first, DENYING_VERBS) {
        return true;
    }
    let verb = third.trim_end_matches([',', '.', ';']);
    second.eq_ignore_ascii_case("not")
        && (crate::pattern::is_one_of(first, DO_AUXILIARIES)
            || (crate::pattern::is_one_of(first, BE_AUXILIARIES)
                && (verb.ends_with("ed") || verb.ends_with("en"))))
}

/// Whether a count of cases opens its clause as the case the clause tells of ("In one case,
/// the investigation was completed", "In one investigation, police arrested five suspects"):
/// no count of its own.
fn scopes_the_clause(before: &str, noun: &str, after: &str) -> bool {
    // "In one case in 2018, courts convicted ...": the case's date before the comma.
    let dated = || {
        after.strip_prefix(" in ").is_some_and(|date| {
            let date = &date[..date.find(',').unwrap_or(0)];
            date.split(' ').count() <= 3 && date.bytes().any(|b| b.is_ascii_digit())
        })
    };
    before.trim().eq_ignore_ascii_case("in")
        && (after.starts_with(',') || dated())
        && noun.split_whitespace().next_back().is_some_and(|head| {
            crate::pattern::is_one_of(
                head,
                &[
                    "case",
                    "cases",
                    "investigation",
                    "investigations",
                    "prosecution",
                    "prosecutions",
                ],
            )
        })
}

pub(super) fn pending_after(rest: &str) -> bool {
    let phrase = rest.split([',', ';']).next().unwrap_or("");
    crate::lazy_finder!(PENDING, "pending");
    let Some(at) = PENDING.find(phrase.as_bytes()) else {
        return false;
    };
    let before = phrase[..at].split_whitespace().next_back().unwrap_or("");
    [
        "are",
        "were",
        "is",
        "was",
        "remain",
        "remains",
        "remained",
        "still",
        "continued",
        "continue",
        "continues",
    ]
    .iter()
    .any(|w| before.eq_ignore_ascii_case(w))
}

/// Where ", the same as in 2019" or ", unchanged from the previous year" stands in the words
/// after a count (from `from` up to `to`), and the year it names.
pub(super) fn same_as_in(cx: &SentenceCtx<'_>, from: usize, to: usize) -> Option<(usize, i32)> {
    let window = cx.text.get(from..to.max(from))?;
    let at = ["same ", "unchanged "]
        .iter()
        .filter_map(|w| crate::pattern::find_ci(window, w, 0))
        .min()?;
    // Told of this count: in its clause, a few words after it, or set off by a comma or dash after
    // words with no verb of their own ("convicted two traffickers under the 2008 law, the same
    // number of convictions reported in 2018").
    let gap = &window[..at];
    // A bracket breaking the count down ("five cases (two of ... and three of ...)") is not
    // among the words between.
    let words = blank_brackets(gap).split_whitespace().count();
    let appositive = words <= 10
        && gap
            .trim_end()
            .trim_end_matches("the")
            .trim_end()
            .ends_with([',', '-', '\u{2013}', '\u{2014}'])
        && !gap.split_whitespace().any(|w| {
            [
                "was", "were", "is", "are", "has", "have", "had", "remained", "stayed",
            ]
            .contains(&w)
        });
    if gap.contains(';') || (words > 4 && !appositive) {
        return None;
    }
    let told_at = from + at + SAME_AS.find(&window[at..])?.end();
    let when = cx.times().iter().find(|t| t.start == told_at)?;
    match cx.resolve(when) {
        Resolved::Point(d) => Some((from + at, d.year)),
        _ => None,
    }
}

/// The act told after a count that opens its sentence as a part of those the sentence before
/// counted by `told_before` ("Of these, 25 were referred to shelters"), when it is another act.
fn part_of_those_told(
    text: &str,
    clause_start: usize,
    q: &QuantityMention,
    told_before: &[Metric],
) -> Option<super::verbs::ToldAfter> {
    let lead = text[clause_start..q.start].trim_end().strip_suffix(',')?;
    if clause_start != 0
        || told_before.is_empty()
        || !crate::pattern::is_one_of(lead, crate::rules::lexicon::PART_OF_THOSE_LEADS)
    {
        return None;
    }
    metric_told_after(text, q).filter(|t| !told_before.contains(&t.metric))
}

/// The act told after a count that opens its sentence after a whole named by another act,
/// with no number: "Of the victims identified, 41 were referred to shelters".
fn part_of_a_named_whole(
    text: &str,
    clause_start: usize,
    q: &QuantityMention,
) -> Option<super::verbs::ToldAfter> {
    if clause_start != 0 {
        return None;
    }
    let lead = text[..q.start].trim_end().strip_suffix(',')?;
    let whole = WHOLE_BY_ITS_ACT.captures(lead)?;
    let whole_metric = super::parts::metric_of_whole(&whole["noun"])?;
    metric_told_after(text, q).filter(|t| t.metric != whole_metric)
}

lazy_regex!(
    WHOLE_BY_ITS_ACT,
    r"(?i)^(?:of|among)\s+(?:the|these|those)\s+(?P<noun>[a-z][\w-]*(?:\s+[\w-]+){0,5})$"
);

/// The metric and noun of a count `lead` says was not told: "did not report how many
/// victims it identified", "could not provide the number of prosecutions initiated".
fn untold_count(lead: &str) -> Option<(Metric, Option<String>)> {
    let (at, phrase) = ["how many ", "number of "]
        .iter()
        .filter_map(|p| crate::pattern::find_ci(lead, p, 0).map(|at| (at, p.len())))
        .min()?;
    let denied = super::words_of(crate::pattern::tail(&lead[..at], 60))
        .any(|w| crate::pattern::is_one_of(w, &["not", "unable", "failed", "no"]));
    if !denied {
        return None;
    }
    let noun = noun_after(lead, at + phrase)?;
    let told = verb_after(lead, noun.end, lead.len())
        .map(|(m, _)| m)
        .filter(|m| noun.fits(*m));
    let metric = match (told, noun.class) {
        (Some(m), _) | (None, NounClass::Metric(m)) => m,
        _ => return None,
    };
    // A metric noun is no subject unless it names a kind of case, as for a count told.
    let own = !matches!(noun.class, NounClass::Metric(_)) || names_a_kind(&noun.subject);
    Some((metric, Some(noun.subject).filter(|s| own && !s.is_empty())))
}

/// "two victims, down from five in 2019 and the same as in 2018": after a figure compared
/// with its own year and "and" (told from `from` to `to`), "the same" is the count compared
/// with, `main`.
fn same_as_the_count_compared(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    main: Option<&(Quantity, Vec<Metric>, Option<String>)>,
    from: usize,
    to: usize,
) {
    let (Some((quantity, metrics, subject)), Some((at, year))) = (main, same_as_in(cx, from, to))
    else {
        return;
    };
    // Joined by "and" to the figure's year: not one set off by a comma, which may tell of
    // the figure itself ("compared with 400 in 2019, the same level as the year before").
    let joined = cx.times().iter().any(|t| {
        t.start >= from && t.end <= at && cx.text[t.end..at].trim_start().starts_with("and ")
    });
    if !joined {
        return;
    }
    for &m in metrics {
        let date = Some(PartialDate::year(year));
        push_inferred(cx, rule, out, m, *quantity, subject.clone(), at, date);
    }
}

/// Whether `q` counts a kind beside the one `whole` counts: the same head noun, with modifiers
/// of its own ("95 sex trafficking victims ... and two forced child labor victims").
fn kind_beside(text: &str, whole: &QuantityMention, q: &QuantityMention) -> bool {
    let (Some(w), Some(n)) = (noun_after(text, whole.end), noun_after(text, q.end)) else {
        return false;
    };
    let (Some(wh), Some(nh)) = (head_noun(&w.subject), head_noun(&n.subject)) else {
        return false;
    };
    wh.eq_ignore_ascii_case(nh)
        && w.subject.contains(' ')
        && n.subject.contains(' ')
        && !w.subject.eq_ignore_ascii_case(&n.subject)
}

/// Whether one to three plain words, the last a plural, and "and" are all that stand between
/// a count and the next ("156 village leaders and 96 police officers").
fn people_joined_to_next(text: &str, q: &QuantityMention, next: Option<&&QuantityMention>) -> bool {
    let Some(between) = next.and_then(|n| text.get(q.end..n.start)) else {
        return false;
    };
    let Some(people) = between.trim().strip_suffix(" and") else {
        return false;
    };
    let words: Vec<&str> = people.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        && words.last().is_some_and(|w| w.ends_with('s'))
}

/// Whether the words before a count restate cases as its subject ("Those 29 cases involved"):
/// its metric is the cases', whatever verb follows.
pub(super) fn restates_cases(before: &str) -> bool {
    crate::pattern::contains_ci(before, "involved") && INVOLVED.is_match(before)
}

/// The metric of `participle` ("identified") and the noun it modifies where `before` names
/// one ("identified victims"), when the noun fits it.
fn named_by_participle(before: &str, participle: &str) -> Option<(Metric, String)> {
    if participle.len() < 5 || !participle.ends_with("ed") {
        return None;
    }
    let m = metric_of_word(participle)?;
    let mut from = 0;
    while let Some(at) = crate::pattern::find_ci(before, participle, from) {
        from = at + participle.len();
        let starts_word = before[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if let Some(noun) = noun_after(before, at).filter(|n| starts_word && n.fits(m)) {
            return Some((m, noun.subject));
        }
    }
    None
}

/// Whether the paragraph told `number` before `pos` of this sentence: "the 952" then
/// restates it ("registered 952 possible victims. Of the 952 identified, ...").
fn number_told_before(cx: &SentenceCtx<'_>, number: &str, pos: usize) -> bool {
    let told = |text: &str| text.split_whitespace().any(|w| trim_word(w) == number);
    let earlier = cx
        .paragraph
        .iter()
        .take_while(|sentence| sentence.as_ptr() != cx.text.as_ptr());
    told(&cx.text[..pos]) || earlier.into_iter().any(|sentence| told(sentence))
}

/// Whether the words before a figure compared say it of a count told before: "this was",
/// "these identifications were" (then "fewer than 24 in 2018").
fn said_of_a_count(lead: &str) -> bool {
    let mut words = lead.rsplit(' ');
    let copula = words.next().unwrap_or("");
    crate::pattern::is_one_of(copula, &["was", "were", "is", "are", "remained"])
        && words.take(3).any(|w| {
            crate::pattern::is_one_of(w, &["this", "that", "these", "those", "it", "which"])
        })
}

/// The metric of a whole named by its participle alone after "of the" ("of the 11
/// convicted", "Of the 30 identified,"): the participle's, not one of a noun after it.
fn whole_named_by_participle(before: &str, after: &str) -> Option<Metric> {
    let lead = before.trim_end();
    let of_the = crate::pattern::ends_with_ci(lead, "of the")
        && lead[..lead.len() - "of the".len()]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
    if !of_the || none_of(before) {
        return None;
    }
    let mut words = after.split_whitespace();
    let participle = words.next()?;
    let bare = trim_word(participle);
    if bare.len() < 5 || !bare.ends_with("ed") {
        return None;
    }
    let closed = participle.len() > bare.len();
    let noun_next = words
        .next()
        .is_some_and(|w| classify_noun(trim_word(w)).is_some());
    (closed || !noun_next)
        .then(|| metric_of_word(bare))
        .flatten()
}

lazy_regex!(
    INVOLVED,
    r"(?i)\b(?:the|these|those)\s+(?:(?P<n>[\d,]+)\s+|[a-z]+\s+)?(?:[a-z-]+\s+){0,2}(?P<noun>investigations|prosecutions|convictions|cases)\s+(?:also\s+)?(?:involved|concerned|implicated)\s*$"
);

/// The metric of the cases a count's words before restate as their subject ("The
/// investigations involved"): cases told with their number take the metric of the paragraph's
/// count of that many cases ("Those 29 cases involved"), else the one metric the sentence
/// before counted.
fn involved_in(
    before: &str,
    told_before: &[Metric],
    cases_told: &[(u64, Metric)],
) -> Option<Metric> {
    let verbs = ["involved", "concerned", "implicated"];
    if !verbs.iter().any(|v| crate::pattern::contains_ci(before, v)) {
        return None;
    }
    let c = INVOLVED.captures(before)?;
    let number = c
        .name("n")
        .and_then(|n| n.as_str().replace(',', "").parse::<u64>().ok());
    let by_number = number.and_then(|n| {
        cases_told
            .iter()
            .rev()
            .find(|(v, _)| *v == n)
            .map(|(_, m)| *m)
    });
    match classify_noun(&c["noun"]) {
        Some(NounClass::Metric(m)) => Some(m),
        _ if by_number.is_some() => by_number,
        _ => match told_before {
            [m] => Some(*m),
            _ => None,
        },
    }
}

/// Whether a noun phrase ending `before` a bracketed count is a part of a whole ("the
/// majority of identified victims", "half of the victims").
fn part_of_bracketed(before: &str) -> bool {
    const PARTS: [&str; 8] = [
        "majority",
        "most",
        "many",
        "some",
        "half",
        "share",
        "portion",
        "proportion",
    ];
    let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    words.windows(2).any(|w| {
        w[0].eq_ignore_ascii_case("of") && PARTS.iter().any(|p| w[1].eq_ignore_ascii_case(p))
    })
}

/// Whether the words after a count of people say none of them is known to be a victim
/// ("..., which may have included potential trafficking victims", "it was not clear how many
/// of these children were victims").
fn none_known_victims(after: &str) -> bool {
    const UNSURE: [&str; 4] = [
        "may have included",
        "might have included",
        "not clear how many",
        "unclear how many",
    ];
    UNSURE.iter().any(|w| contains_ci(after, w))
}

/// Whether a count of cases not told to be of trafficking (`subject`, then `after` up to
/// its first comma) is followed by words saying it is not known how many were ("did not specify
/// how many of these investigations involved trafficking", "without disaggregating the
/// trafficking cases").
fn trafficking_not_told_apart(subject: &str, after: &str) -> bool {
    crate::lazy_finder!(HOW_MANY, "how many");
    crate::lazy_finder!(DISAGGREGAT, "disaggregat");
    let sentence = after.as_bytes();
    // Not "did not disaggregate by type of trafficking": all trafficking, not broken down.
    let by_kind = |w: &str| {
        crate::pattern::is_one_of(w, &["type", "types", "form", "forms", "kind", "kinds"])
    };
    let untold = [(&*HOW_MANY, 12), (&*DISAGGREGAT, 5)]
        .iter()
        .any(|(finder, reach)| {
            finder.find(sentence).is_some_and(|at| {
                let words = || after[at..].split_whitespace().take(*reach);
                words().any(|w| contains_ci(w, "traffick")) && !words().any(by_kind)
            })
        });
    let own = after.split([',', ';']).next().unwrap_or("");
    untold && !contains_ci(subject, "traffick") && !contains_ci(own, "traffick")
}

/// Whether people counted as victims (`subject`, then `after` up to its first comma) are
/// followed by words saying it is not known how many were trafficking victims at all ("did not
/// specify how many, if any, of these were trafficking victims"; not "how many were sex
/// trafficking victims", a kind of them).
fn trafficking_victims_not_told_apart(subject: &str, after: &str) -> bool {
    crate::lazy_finder!(HOW_MANY, "how many");
    let Some(at) = HOW_MANY.find(after.as_bytes()) else {
        return false;
    };
    let own = after.split([',', ';']).next().unwrap_or("");
    if contains_ci(subject, "traffick") || contains_ci(own, "traffick") {
        return false;
    }
    let words: Vec<&str> = super::words_of(&after[at..]).take(14).collect();
    words.windows(3).any(|w| {
        let kind = ["sex", "labor", "labour", "forced", "child"]
            .iter()
            .any(|k| w[0].eq_ignore_ascii_case(k));
        (w[1].eq_ignore_ascii_case("trafficking") && w[2].eq_ignore_ascii_case("victims") && !kind)
            || (w[0].eq_ignore_ascii_case("victims")
                && w[1].eq_ignore_ascii_case("of")
                && w[2].eq_ignore_ascii_case("trafficking"))
    })
}

/// Whether the words after a count say only some of them may be victims ("..., some of whom
/// may have been victims of bonded labor").
fn only_some_may_be_victims(after: &str) -> bool {
    // "identified 274 victims of sexual exploitation, who may also be trafficking victims":
    // victims of another harm who may be trafficking victims too.
    crate::lazy_finder!(WHO_MAY, "who may");
    if let Some(at) = WHO_MAY.find(after.as_bytes()) {
        let rest = &after[at + 7..];
        let be = rest.split_whitespace().take(3).any(|w| w == "be");
        if be && super::words_of(rest).any(|w| w.eq_ignore_ascii_case("victims")) {
            return true;
        }
    }
    const SOME: [&str; 6] = [
        "some of whom",
        "many of whom",
        "some of them",
        "many of them",
        "some of these",
        "many of these",
    ];
    crate::pattern::words_from_first(after, &SOME).is_some_and(|mut words| {
        words.nth(2);
        words.take(2).any(|w| {
            ["may", "might", "could", "possibly"].contains(&w.to_ascii_lowercase().as_str())
        })
    })
}

/// Whether the words before a count end "some traffickers, including" or "more victims,
/// including": the count is an example from a whole that no number counts.
pub(super) fn example_of_uncounted(before: &str) -> bool {
    let b = before.trim_end();
    // "more prosecutions and convictions, including of two officials".
    let of_acts = [" of", " against"].iter().find_map(|p| b.strip_suffix(p));
    let b = of_acts.unwrap_or(b);
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
    // The whole's own clause: "... since 2019; identifying more victims, including".
    let whole = whole.rsplit(';').next().unwrap_or(whole);
    // "identified and referred to care more victims, including one": more than before, no
    // number ("more than 100 victims, including" has one).
    let words = || whole.split_whitespace().rev().take(4);
    let vague = |w: &str| VAGUE_AMOUNTS.iter().any(|v| w.eq_ignore_ascii_case(v));
    // "more prosecutions and convictions under the anti-trafficking law, including of": the
    // people of acts "more" tells further back (an example with a verb of its own is counted:
    // "more prosecutions, including four suspects prosecuted in absentia").
    let far: Vec<&str> = whole.split_whitespace().rev().take(8).collect();
    let digit = |w: &&str| w.bytes().any(|b| b.is_ascii_digit());
    let more_of_a_noun = far.iter().enumerate().any(|(i, w)| {
        of_acts.is_some()
            && w.eq_ignore_ascii_case("more")
            && far[i.saturating_sub(2)..i]
                .iter()
                .any(|n| classify_noun(trim_word(n)).is_some())
            && !far[..i].iter().any(|w| digit(w) && !is_year(trim_word(w)))
    });
    (words().any(|w| vague(w) || w.eq_ignore_ascii_case("more")) && !words().any(|w| digit(&w)))
        || more_of_a_noun
}

/// Whether the words before a count end "Identified victims included": a breakdown of a
/// whole its subject names with no number here ("included six girls and three men").
pub(super) fn listed_by_subject(before: &str) -> bool {
    let Some((subject, verb)) = before.trim_end().rsplit_once(' ') else {
        return false;
    };
    // "Those identified included": people named by their metric's participle.
    let participle = |w: &str| w.ends_with("ed") && metric_of_word(w).is_some();
    ["included", "include", "includes"]
        .iter()
        .any(|v| verb.eq_ignore_ascii_case(v))
        && subject
            .split_whitespace()
            .rev()
            .take(6)
            .any(|w| classify_noun(trim_word(w)).is_some() || participle(trim_word(w)))
}

/// Every metric of the count before ("identifying and assisting 1,434 victims"), when its
/// metric is one of them; that metric alone otherwise.
fn metrics_of_last(metric: Metric, last_metrics: &[Metric]) -> Vec<Metric> {
    match last_metrics.contains(&metric) {
        true => last_metrics.to_vec(),
        false => vec![metric],
    }
}

/// The end of a bracket that opens right at `from` and closes before `end` ("victims (11 men
/// and four women) received"), if one does.
fn aside_after(text: &str, from: usize, end: usize) -> Option<usize> {
    let rest = &text[from..end.max(from)];
    let open = rest.len() - rest.trim_start().len();
    if !rest[open..].starts_with('(') {
        return None;
    }
    rest[open..].find(')').map(|close| from + open + close + 1)
}

/// "NGOs reported 12 victims missing from shelters": people in a state reported after the
/// noun, not victims found.
fn in_reported_state(after: &str) -> bool {
    after.split_whitespace().next().is_some_and(|w| {
        crate::pattern::is_one_of(trim_word(w), crate::rules::lexicon::REPORTED_STATES)
    })
}

/// Whether the words after a victim noun name a harm other than trafficking ("victims of
/// illegal recruitment", "of domestic violence"), or tell the people were found to be no
/// trafficking victims ("identified five potential victims as victims of other crimes").
fn victims_of_another_harm(after: &str) -> bool {
    // "seven potential victims who were later found not to have been victims": none.
    let clause = after.split([';', '.', ',']).next().unwrap_or("");
    // Each phrase holds "not" or "victims of": a cheap screen first.
    let may_unsay = clause.contains("not") || clause.contains("victims of");
    if may_unsay
        && NOT_VICTIMS_AFTER
            .iter()
            .any(|p| crate::pattern::contains_ci(clause, p))
    {
        return true;
    }
    let Some(harm) = after.trim_start().strip_prefix("of ") else {
        return false;
    };
    let names = |h: &str| {
        harm.get(..h.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(h))
            && !harm[h.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-')
    };
    // "victims of child labor", not "of child labor trafficking".
    OTHER_HARMS.iter().any(|h| names(h))
        || UNFORCED_HARMS
            .iter()
            .any(|h| names(h) && !starts_with_ci(harm[h.len()..].trim_start(), "traffick"))
}

/// Whether the words of a victim noun name a harm other than trafficking before it ("47
/// possible child labor victims", "domestic violence victims"); not "forced child labor
/// victims" or "child labor trafficking victims".
fn harmed_otherwise(subject: &str) -> bool {
    if contains_ci(subject, "traffick") {
        return false;
    }
    OTHER_HARMS.iter().any(|h| contains_ci(subject, h))
        || (UNFORCED_HARMS.iter().any(|h| contains_ci(subject, h))
            && !contains_ci(subject, "forced"))
}

/// Whether a noun phrase names a kind of case: a form of exploitation ("forced labor
/// investigations") or others than those told ("other trafficking investigations").
fn names_a_kind(subject: &str) -> bool {
    starts_with_ci(subject, "other ")
        || crate::rules::lexicon::FORMS
            .iter()
            .any(|(phrase, _)| crate::pattern::contains_ci(subject, phrase))
}
