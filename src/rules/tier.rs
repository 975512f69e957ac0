//! `tier_placement`: TIP report tiers.
//!
//! ```text
//! placement := VERB ... ("on" | "at" | "in" | "to" | "as" | "into") "the"? TIER     "placed the country in "Tier 2" in 2017 and 2023"
//!            | "from" TIER "to" TIER                                                  "downgraded from Tier 1 to Tier 2"
//!            | COPULA "a"? TIER ("country" | "in" YEAR)                               "was a Tier 2 country", "was Tier 3 in 2013"
//!            | VERB NAME "a"? TIER | ("received" | "earned" ...) "a"? TIER "ranking"  "ranked Testland Tier 3", "received a Tier 2 ranking"
//!            | YEAR (":" | "-") TIER | TIER "(" YEAR ")"                              "2014: Tier 2; 2015: Tier 3"
//!            | NAME "(" TIER ")" | NAME ":" TIER                                      a report narrative's title
//! TIER      := "Tier" (1|2|3|One|Two|Three|I|II|III) ("Watch List" | "Watchlist" | "Watch" | "WL")? | "Special Case" | "the Watch List"
//! ```
//! "for the Nth consecutive year" and "remained" add the earlier years as
//! inferred placements, and so does "after N years on" TIER next to a placement
//! (those years on that tier); "has been in" TIER "for N years since" YEAR gives the N years
//! from YEAR on; a tier named only as an "otherwise required downgrade"
//! under a waiver is not a placement (the country stays on the Watch List).

use super::context::{concessive_lead_end, contrasts, negated_before, SentenceCtx};
use super::lexicon::FIRST_REPORT_YEAR;
use super::{Discourse, Output, Rule};
use crate::diagnostic::{Diagnostic, DiagnosticCode};
use crate::event::{EventKind, Fact, Tier};
use crate::lazy_regex;
use crate::pattern::{contains_ci, is_one_of, tail};
use crate::temporal::{PartialDate, TimeExpr};

/// Finds tier placements.
pub struct TierRule;

lazy_regex!(
    TIER,
    r"(?i)\btier[ -]?(?:1|2|3|4|one|two|three|four|iii|ii|iv|i)(?:(?:\s?-\s?|\s)?(?:watch(?:[ -]?lists?)?|wl)\b|\b)|\bspecial\s+case\b|(?-i:\bWatch ?[Ll]ist\b)"
);
/// Before a "special case" in lower case that is the report's Special Case ("remains a
/// special case"); any other ("a special case of labor trafficking") is the English phrase.
const SPECIAL_CASE_VERBS: [&str; 6] =
    ["remains a", "remained a", "is a", "was a", "as a", "been a"];
/// Words of a move off a tier, before its "from" ("moved up from Tier 3", "an upgrade from").
const LEAVING_WORDS: [&str; 14] = [
    "up from",
    "move from",
    "movement from",
    "down from",
    "upgrad",
    "downgrad",
    "moved from",
    "rose from",
    "fell from",
    "dropped from",
    "climbed from",
    "removed from",
    "promoted from",
    "demoted from",
];

/// A year told back from a report: its tier is the report before's ("placed on Tier 2 Watch
/// List last year"); not "over the last year", the period a placement weighs.
const PREVIOUS_YEAR: [&str; 4] = [
    "last year",
    "the previous year",
    "the prior year",
    "the preceding year",
];
/// Words that link a cause to the move it brought ("resulted in its downgrade").
const CAUSE_LINKS: [&str; 4] = ["resulted in", "led to", "prompted", "caused"];

/// Whether the words before a placement verb tell it held on ("continues to be rated in Tier
/// 2", "continued to be ranked Tier 2", "was still placed on Tier 2"), as "remains" does.
fn continued_before(before: &str) -> bool {
    before.split_whitespace().rev().take(3).any(|w| {
        w.eq_ignore_ascii_case("still")
            || w.get(..7)
                .is_some_and(|h| h.eq_ignore_ascii_case("continu"))
    })
}

/// The verbs that place a country on a tier ("placed", "downgraded", "remained", "was").
const PLACEMENT_VERBS: &str = "placed|places|placing|cited|cites|ranked|ranks|ranking|classified|classifies|classifying|rated|rates|listed|designated|put|puts|kept|keeps|moved|moving|upgraded|upgrading|downgraded|downgrading|remained|remains|remain|stays|stayed|returned|dropped|fell|slipped|slid|rose|climbed|raised|lowered|elevated|demoted|promoted|relegated|assigned|reassigned|was|is|were|are|be|been";

/// Whose list the tier is: "the U.S. State Department's", "the State Department's Office to
/// Monitor and Combat Trafficking in Persons".
const LIST_OWNER: &str =
    r"(?-i:[A-Z][\w.'-]*)(?:\s+(?:(?-i:[A-Z][\w.'-]*)|of|to|and|in|for)){0,12}";
/// "the lowest tier (Tier 3)", "the highest tier, Tier 1,": the tier named after its rank.
const EXTREME_TIER: &str =
    r"(?:lowest|highest|bottom|top|worst|best)\s+(?:tier|category|level|ranking)\s*(?:\(|,|:|-)\s*";
lazy_regex!(
    PLACEMENT,
    format!(
        r#"(?i)^(?:{PLACEMENT_VERBS})\b[^;]{{0,80}}?\b(?:on|at|in|to|as|into|onto),?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:{LIST_OWNER}\s+|{EXTREME_TIER})?["']?$"#
    )
);
lazy_regex!(
    BARE_PLACEMENT,
    r#"(?i)\b(?:ranked|rated|classified|designated|listed|considered|regarded|treated|categori[sz]ed|remains|remained|is|was|be|been)\s+(?:now\s+|currently\s+|still\s+)?(?:as\s+)?(?:a\s+|an\s+)?["']?$"#
);
lazy_regex!(
    HYPOTHETICAL,
    r"(?i)\b(?:would|could|should|might|may|must|will|if|unless|eligible|otherwise|without)\b"
);
lazy_regex!(VERB_START, format!(r"(?i)\b(?:{PLACEMENT_VERBS})\b"));
lazy_regex!(
    LISTED,
    r#"(?i)^[^;.]*\b(?:and|or|then|but|while)\s+(?:(?:to|on|in|at|as)\s+)?(?:the\s+|a\s+)?["']?$"#
);
lazy_regex!(
    OBJECT_PLACEMENT,
    r#"(?i)\b(?:ranked|rated|classified|designated|listed|placed|cited|considered|regarded|treated|categori[sz]ed)\s+(?:(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,2}|it|the\s+country)\s+(?:as\s+)?(?:a\s+|an\s+)?["']?$"#
);
lazy_regex!(
    RECEIVED_BEFORE,
    r#"(?i)\b(?:received|receiving|earned|given|got|obtained|achieved|achieving|attained|assigned|kept|retained|maintained|regained|recovered|merited|warranted|deserved|won)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?["']?$"#
);
// "its reassessment to Tier 2 Watch List in September 2008", "its upgrade to Tier 2".
lazy_regex!(
    NOMINAL_MOVE_BEFORE,
    r#"(?i)\b(?:reassessment|upgrade|downgrade|promotion|demotion|move|return|elevation)\s+(?:back\s+)?to\s+(?:the\s+)?["']?$"#
);
// "reassessed to have met the requirements of Tier 2 in September 2003", "reassessed as
// meeting the standard for Tier 2 placement".
lazy_regex!(
    MET_REQUIREMENTS_BEFORE,
    r#"(?i)\b(?:met|meeting|fulfilled|fulfilling|satisfied|satisfying)\s+(?:the\s+)?(?:minimum\s+)?(?:requirements?|criteria|standards?)\s+(?:of|for)\s+(?:the\s+)?["']?$"#
);
/// Whether the object of a verb that ranks ("ranked Thailand ") is a country other than the
/// text's own.
fn ranks_another_country(country: Option<&str>, ranked: &str) -> bool {
    let Some(country) = country else {
        return false;
    };
    let object = ranked.split_once(' ').map_or("", |(_, o)| o);
    crate::rules::foreign_place_at(country, object, 0).is_some()
}

/// The clauses whose placement verb has a country other than the text's own as its subject
/// ("In 2018, Thailand was upgraded to Tier 2, while Laos remained on Tier 3" in an article
/// about Laos: the first clause), each from its verb to the clause's end.
fn clauses_placing_another_country(cx: &SentenceCtx<'_>) -> Vec<std::ops::Range<usize>> {
    const AUXILIARIES: [&str; 8] = ["was", "is", "were", "has", "had", "been", "also", "again"];
    let Some(country) = cx.country else {
        return Vec::new();
    };
    let text = cx.text;
    // Clause starts: the sentence's and each after a comma.
    let starts = std::iter::once(0).chain(text.match_indices(", ").map(|(i, _)| i + 2));
    let mut found = Vec::new();
    for start in starts {
        let subject = &text[start..];
        let subject_at = start + if subject.starts_with("the ") { 4 } else { 0 };
        let Some(place) = crate::rules::foreign_place_at(country, text, subject_at) else {
            continue;
        };
        let after = subject_at + place.len();
        let Some(verb) = VERB_START.find_at(text, after) else {
            continue;
        };
        let between_auxiliaries = text[after..verb.start()]
            .split_whitespace()
            .all(|w| AUXILIARIES.contains(&w));
        if between_auxiliaries {
            let end = crate::rules::lexicon::CLAUSE_BREAKS
                .iter()
                .filter_map(|e| text[verb.end()..].find(e))
                .min()
                .map_or(text.len(), |at| verb.end() + at);
            found.push(verb.start()..end);
        }
    }
    found
}

/// Whether `before` tells a placement of countries in general: "a country that has been
/// ranked on", "any country placed on", "countries ranked on": how the tiers work, no
/// country's placement.
fn generic_placement(before: &str) -> bool {
    const DETERMINERS: [&str; 4] = ["a", "any", "each", "every"];
    const RELATIVES: [&str; 4] = ["whose", "that", "which", "where"];
    const LINKS: [&str; 11] = [
        "that", "which", "has", "have", "had", "was", "were", "is", "are", "been", "being",
    ];
    const PLACED: [&str; 9] = [
        "placed",
        "ranked",
        "rated",
        "listed",
        "downgraded",
        "upgraded",
        "moved",
        "included",
        "classified",
    ];
    // "Being ranked Tier 3 means that ...": a gerund for the subject.
    let mut opening = before.split_whitespace();
    if opening
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("being"))
        && opening.next().is_some_and(|w| is_one_of(w, &PLACED))
        && !before.contains(',')
    {
        return true;
    }
    // "Countries whose governments fully comply ... are included in Tier 1": a plural subject
    // with a clause of its own, then placed.
    let mut opening = before.split_whitespace();
    let plural_subject = opening.next().is_some_and(|w| {
        is_one_of(w, &["countries", "governments"])
            || (is_one_of(w, &["all", "those", "the"])
                && opening
                    .next()
                    .is_some_and(|w| is_one_of(w, &["countries", "governments"])))
    });
    if plural_subject
        && !before.contains(';')
        && opening.next().is_some_and(|w| is_one_of(w, &RELATIVES))
        && before
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| is_one_of(w, &PLACED))
    {
        return true;
    }
    let before = tail(before, 80);
    if !(contains_ci(before, "countr") || contains_ci(before, "government")) {
        return false;
    }
    let mut words = before.split_whitespace();
    let mut previous = "";
    while let Some(word) = words.next() {
        let generic = is_one_of(word, &["countries", "governments"])
            || (is_one_of(word, &["country", "government"]) && is_one_of(previous, &DETERMINERS));
        previous = word;
        if generic {
            let mut rest = words.clone().skip_while(|w| is_one_of(w, &LINKS));
            if rest.next().is_some_and(|w| is_one_of(w, &PLACED)) {
                return true;
            }
        }
    }
    false
}

/// Whether a modal follows a move named by its noun: "an upgrade to Tier 2 would require ...".
fn modal_after(after: &str) -> bool {
    const MODALS: [&str; 7] = [
        "would", "could", "will", "may", "might", "should", "requires",
    ];
    after
        .split_whitespace()
        .take(2)
        .any(|w| MODALS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Words that make a move to a tier one not (yet) made ("an automatic downgrade to Tier 3").
const UNMADE_MOVES: [&str; 8] = [
    "potential",
    "possible",
    "automatic",
    "required",
    "avoid",
    "avoided",
    "face",
    "faces",
];
lazy_regex!(
    RANK_NOUN_AFTER,
    r#"(?i)^["']?\s+(?:\([^)]{1,30}\)\s+)?(?:ranking|rating|designation|classification|placement|status)\b"#
);
lazy_regex!(
    NOMINAL_RANKING_AFTER,
    r#"(?i)^["']?\s+(?:ranking|rating|placement|designation|classification)\s+(?:of\s+(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,3}\s+)?(?:in|for)\s+(?:the\s+|its\s+)?(?:19|20)\d\d\b"#
);
// "Tier 3 in 2013", "Tier 2 Watch List based on the 2015 TIP Report".
lazy_regex!(
    YEAR_AFTER,
    r#"^["']?,?\s+(?:(?:in|for)\s+(?:19|20)\d\d\b|(?:based\s+on|according\s+to|in|of)\s+(?:the|its)\s+(?:19|20)\d\d\s+(?:(?:U\.?S\.?|annual|US)\s+)?(?:TIP|Trafficking\s+in\s+Persons)\b)"#
);
lazy_regex!(
    YEAR_THEN_TIER,
    r#"(?i)^(?:19|20)\d\d,?\s+(?:on|in|to|at|into|onto)\s+(?:the\s+)?["']?$"#
);
/// Subjects that make "... was Tier 1" a statement about ranks, not a placement.
const RANK_WORDS: [&str; 9] = [
    "tier", "tiers", "ranking", "rank", "rating", "category", "level", "grade", "status",
];
lazy_regex!(
    YEAR_LABEL_BEFORE,
    r#"(?:^|[\s;,(])(?P<year>(?:19|20)\d\d)\s*(?:[:-]|\()\s*["']?$"#
);
lazy_regex!(YEAR_LABEL_AFTER, r#"^["']?\s*\((?P<year>(?:19|20)\d\d)\)"#);
lazy_regex!(COUNTRY_AFTER, r#"(?i)^["']?\s+(?:country|nation)\b"#);
lazy_regex!(FROM_BEFORE, r#"(?i)\bfrom\s+(?:the\s+|a\s+|an\s+)?["']?$"#);
lazy_regex!(
    YEARS_BEFORE,
    r#"(?i)\b(?:after|following)\s+(?:spending\s+)?(?P<n>[\w-]+)\s+(?:consecutive\s+|straight\s+)?years?\s+(?:on|at|in|as)\s+(?:the\s+|a\s+)?["']?$"#
);
// "after being on Tier 3 for four consecutive years", "Having been placed on Tier 2 Watch List
// in the preceding four years", "because it has been on Tier 2 Watch List for four consecutive
// years, it is no longer eligible": the years told after the tier.
lazy_regex!(
    BEING_ON_BEFORE,
    r#"(?i)\b(?:(?:after|following)\s+(?:being|having\s+been|spending|remaining|staying)|having\s+been(?:\s+placed)?|(?:has|had)\s+been(?:\s+placed)?)\s+(?:on|at|in)\s+(?:the\s+|a\s+)?["']?$"#
);
lazy_regex!(
    FOR_YEARS_AFTER,
    r#"(?i)^["']?\s+(?:for|in|over)\s+(?:the\s+(?:preceding|previous|past|last|prior)\s+|(?:the|a)\s+maximum\s+(?:of\s+)?)?(?P<n>[\w-]+)\s+(?:consecutive\s+|straight\s+)?years?\b"#
);
lazy_regex!(
    SINCE_YEAR_AFTER,
    r"^\s*,?\s+since\s+(?P<year>(?:19|20)\d\d)\b"
);
lazy_regex!(
    WAIVER_BEFORE,
    r#"(?i)\b(?:required|otherwise)\s+(?:downgrade|demotion)\s+to\s+(?:the\s+)?["']?$"#
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Placed {
        verb_remained: bool,
    },
    From,
    /// "after two years on Tier 2 Watch List": the tier of the years before a placement.
    YearsBefore(u32),
}

struct Mention {
    start: usize,
    tier: Tier,
    role: Role,
    /// The year labelling this tier alone ("2014: Tier 2", "Tier 2 (2014)"); for a tier left,
    /// the year written right after it ("from Tier 3 in 2008").
    year: Option<i32>,
}

impl Mention {
    /// A tier the country was placed on (not "remained"), labelled with `year` if any.
    fn placed(start: usize, tier: Tier, year: Option<i32>) -> Self {
        Mention {
            start,
            tier,
            role: Role::Placed {
                verb_remained: false,
            },
            year,
        }
    }
}

/// How many years before a placement of `year` the tier it left, told at `from`, was held:
/// none when the placement is a reassessment dated within the year ("reclassified from Tier 3
/// to Tier 2 in September 2003": Tier 3 was that year's June placement), else one.
fn reassessed_within(cx: &SentenceCtx<'_>, from: usize, year: i32) -> i32 {
    const REASSESSING: [&str; 4] = ["reclassif", "reassess", "re-assess", "re-rank"];
    let lead = tail(&cx.text[..from], 48);
    let reassessed = REASSESSING.iter().any(|v| contains_ci(lead, v));
    let in_the_year = cx
        .explicit_dates()
        .iter()
        .any(|(_, d)| d.year == year && d.month.is_some());
    i32::from(!(reassessed && in_the_year))
}

/// The number and whether a watch list follows, of a [`TIER`] match ("Tier 2 Watch List"
/// gives `("2", true)`); `None` for "Special Case" and a bare "Watch List".
fn tier_number(tier: &str) -> Option<(&str, bool)> {
    let rest = tier
        .get(..4)?
        .eq_ignore_ascii_case("tier")
        .then(|| &tier[4..])?;
    let rest = rest.trim_start_matches([' ', '-']);
    let end = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    // "Tier 2WL": the watch list joined to the number.
    let word = &rest[..end];
    if word.len() > 2 && word[word.len() - 2..].eq_ignore_ascii_case("wl") {
        return Some((&word[..word.len() - 2], true));
    }
    Some((word, end < rest.len()))
}

/// Whether `between`, from a placement on, opens a clause of "after" or "following" set off
/// by a comma ("in Tier 2, after the country earned ..."): what it tells is another time's.
fn after_clause(between: &str) -> bool {
    crate::pattern::find_ci(between, ", after ", 0).is_some()
        || crate::pattern::find_ci(between, ", following ", 0).is_some()
}

/// Whether `between` (from a tier to a year after it) ends in a reason for the placement
/// that the year is part of (no clause break after the reason's opening words).
fn gives_a_reason(between: &str) -> bool {
    let clause = between.rsplit([',', ';']).next().unwrap_or(between);
    let mut words = clause.split(' ').peekable();
    while let Some(w) = words.next() {
        let reason = match w {
            "because" | "given" => true,
            "due" | "owing" => words.peek() == Some(&"to"),
            // Not the report itself: "Tier 2 Watch List based on the 2015 TIP Report".
            "based" => {
                words.peek() == Some(&"on") && {
                    let rest: Vec<&str> = words.clone().skip(1).filter(|w| !w.is_empty()).collect();
                    !(rest.len() <= 1 && rest.iter().all(|w| matches!(*w, "the" | "its")))
                }
            }
            "result" => words.peek() == Some(&"of"),
            // "for its failure to provide evidence of increasing efforts", "for failing to".
            "for" => {
                let mut after = words.clone();
                let noun = match after.next().unwrap_or("") {
                    "its" | "their" | "the" | "a" => after.next().unwrap_or(""),
                    next => next,
                };
                ["fail", "lack", "inabil", "not"]
                    .iter()
                    .any(|w| noun.starts_with(w))
            }
            _ => false,
        };
        if reason {
            return true;
        }
    }
    false
}

fn tier_of(n: &str, watch_list: bool) -> Option<Tier> {
    match (n.to_ascii_lowercase().as_str(), watch_list) {
        ("1" | "one" | "i", false) => Some(Tier::Tier1),
        ("2" | "two" | "ii", false) => Some(Tier::Tier2),
        ("2" | "two" | "ii", true) => Some(Tier::Tier2WatchList),
        ("3" | "three" | "iii", false) => Some(Tier::Tier3),
        _ => None,
    }
}

impl Rule for TierRule {
    fn name(&self) -> &'static str {
        "tier"
    }

    fn kind(&self) -> EventKind {
        EventKind::TierPlacement
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        &[&["tier", "special case", "watch list", "watchlist"]]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, _d: &mut Discourse, out: &mut Output) {
        let text = cx.text;
        let TierMentions {
            mentions,
            told_years,
            left_years,
        } = tier_mentions(cx, out);
        let placed: Vec<&Mention> = mentions
            .iter()
            .filter(|m| matches!(m.role, Role::Placed { .. }))
            .collect();
        if placed.is_empty() {
            held_without_placement(cx, self.name(), &mentions, out);
            return;
        }
        let mut dated: Vec<(usize, i32)> = cx
            .assessment_dates()
            .into_iter()
            .map(|(p, d)| (p, d.year))
            .collect();
        // "from 2010 to 2015" asserts every year of the span; "since 2019" its first year.
        let mut span_starts: Vec<i32> = Vec::new();
        for t in cx
            .times()
            .iter()
            .filter(|t| !cx.covered_by_a_report(t.start))
        {
            match t.expr {
                TimeExpr::Range { from, to } if to >= from && to - from <= 30 => {
                    dated.extend((from..=to).map(|y| (t.start, y)))
                }
                // Not the start of a reason given for the placement ("a Special Case ... due to
                // the lack of a central government since 1991").
                TimeExpr::Since(y)
                    if !mentions
                        .iter()
                        .any(|f| f.start < t.start && gives_a_reason(&text[f.start..t.start])) =>
                {
                    dated.push((t.start, y));
                    span_starts.push(y);
                }
                // "placed on Tier 2 Watch List in last year's report".
                TimeExpr::RelativeReport { .. } => {
                    dated.extend(cx.resolve(t).point().map(|d| (t.start, d.year)))
                }
                // "downgraded to Tier 3 the following year".
                // "downgraded to Tier 3 the following year"; not "an upgrade from Tier 2 Watch
                // List the previous year", which dates the tier it left.
                // "was placed on Tier 2 Watch List last year" in a report: the report before.
                // Nor "a downgrade from the year before": the year left, whose tier is not named.
                TimeExpr::ReportingPeriod { .. }
                    if !mentions.iter().any(|f| {
                        f.start < t.start
                            && (f.role == Role::From || gives_a_reason(&text[f.start..t.start]))
                    }) && !text[..t.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| w.eq_ignore_ascii_case("from")) =>
                {
                    dated.extend(
                        cx.year_after_named(t)
                            .or_else(|| {
                                let said = &text[t.start..t.end];
                                PREVIOUS_YEAR
                                    .iter()
                                    .any(|p| said.eq_ignore_ascii_case(p))
                                    .then_some(cx.anchor.report_year? - 1)
                            })
                            .map(|y| (t.start, y)),
                    )
                }
                _ => {}
            }
        }
        dated.sort_unstable();
        let consecutive_at = cx.times().iter().find_map(|t| match t.expr {
            TimeExpr::Consecutive(n) if !told_years.iter().any(|r| r.contains(&t.start)) => {
                Some((t.start, n))
            }
            _ => None,
        });
        let consecutive = consecutive_at.map(|(_, n)| n);
        for (i, m) in placed.iter().enumerate() {
            let next_start = placed.get(i + 1).map_or(text.len(), |n| n.start);
            let prev_end = if i == 0 { 0 } else { placed[i - 1].start + 1 };
            let mut years: Vec<i32> = if let Some(y) = m.year {
                vec![y]
            } else if placed.len() == 1 {
                // A tier dated right after itself ("placed in Tier 2 in 2018") takes only the
                // years from there, not the sentence's lead-in ("In 2017, the Office ...").
                let dated_after = dated.iter().any(|(p, _)| *p < m.start)
                    && TIER
                        .find_at(text, m.start)
                        .is_some_and(|t| YEAR_AFTER.is_match(&text[t.end()..]));
                // Not a year past another tier ("ranked Tier 3 in 2008 to now Tier 2 Watch
                // List based on the 2015 report"): that tier's.
                // The tier left ("upgraded to Tier 2 from Tier 3 in 2016") shares the move's year.
                let next_tier = TIER
                    .find_at(text, m.start)
                    .and_then(|t| TIER.find_at(text, t.end()))
                    .filter(|t| {
                        let before = text[..t.start()].trim_end();
                        let before = before.strip_suffix(" the").unwrap_or(before);
                        !before.ends_with(" from")
                    })
                    .map_or(text.len(), |t| t.start());
                // Not a year of a contrasting clause ("kept it at Tier 2, but ... in 2017").
                dated
                    .iter()
                    .filter(|(p, _)| !dated_after || *p > m.start)
                    .filter(|(p, _)| *p < next_tier)
                    .filter(|(p, _)| !contrasts(&text[(*p).min(m.start)..(*p).max(m.start)]))
                    // "placed on Tier 2 Watch List in the 2005 Report based on commitments ...
                    // during the 2006 reporting period": a year of the reason is not its.
                    .filter(|(p, _)| !(*p > m.start && gives_a_reason(&text[m.start..*p])))
                    // "placed Japan in Tier 2, after the country earned ... through 2019": a
                    // year of a clause told after the placement is that clause's.
                    .filter(|(p, _)| !(*p > m.start && after_clause(&text[m.start..*p])))
                    // "Although it made progress after the last Report, it is placed on Tier 2
                    // Watch List": the year of the concession is not the placement's.
                    .filter(|(p, _)| {
                        concessive_lead_end(text).is_none_or(|end| !(*p < end && end < m.start))
                    })
                    // "ranked Tier 2 in the 2018 report, up from Tier 2 Watch List in 2017": the
                    // year of the tier left, when the placement has a later one of its own.
                    .filter(|(p, y)| {
                        let left = |q: &usize| left_years.iter().any(|r| r.contains(q));
                        !(left(p) && dated.iter().any(|(q, z)| !left(q) && z > y))
                    })
                    .map(|(_, y)| *y)
                    .collect()
            } else {
                // "placed in Tier 2 and in 2011 in Tier 3": a year opening the next item of the
                // list is the next tier's.
                let opens_next = |p: usize| {
                    let lead = text[m.start..p].trim_end();
                    placed.get(i + 1).is_some()
                        && [" and in", " and", ", in", " then in"]
                            .iter()
                            .any(|l| lead.ends_with(l))
                        && YEAR_THEN_TIER.is_match(&text[p..next_start])
                };
                let after: Vec<i32> = dated
                    .iter()
                    .filter(|(p, _)| *p > m.start && *p < next_start && !opens_next(*p))
                    .map(|(_, y)| *y)
                    .collect();
                if after.is_empty() {
                    dated
                        .iter()
                        .filter(|(p, _)| *p >= prev_end && *p < m.start)
                        .map(|(_, y)| *y)
                        .collect()
                } else {
                    after
                }
            };
            years.sort_unstable();
            years.dedup();
            if years.is_empty() {
                years.extend(cx.anchor.assessment_year());
            }
            let Some(&first) = years.first() else {
                // No year anywhere ("KAZAKHSTAN: Tier 2" with no report year): an undated fact.
                out.events.push(cx.event(
                    Fact::TierPlacement {
                        tier: m.tier,
                        consecutive_years: consecutive,
                    },
                    None,
                    false,
                    self.name(),
                ));
                continue;
            };
            // Not the run of a clause told after the placement ("..., after the country
            // earned the highest classification for two consecutive years").
            let cons = consecutive_at
                .filter(|&(at, _)| {
                    placed.len() == 1 && !(at > m.start && after_clause(&text[m.start..at]))
                })
                .map(|(_, n)| n);
            // The Nth consecutive year is the last year of the run the sentence names.
            let last = years.last().copied().unwrap_or(first);
            for &y in &years {
                out.events.push(cx.event(
                    Fact::TierPlacement {
                        tier: m.tier,
                        consecutive_years: cons.filter(|_| y == last),
                    },
                    Some(PartialDate::year(y)),
                    false,
                    self.name(),
                ));
            }
            let mut inferred: Vec<(i32, Tier)> = Vec::new();
            if let Some(n) = cons {
                inferred.extend(
                    (1..n as i32)
                        .map(|k| (last - k, m.tier))
                        .filter(|(y, _)| !years.contains(y)),
                );
            } else if matches!(
                m.role,
                Role::Placed {
                    verb_remained: true
                }
            ) && !span_starts.contains(&first)
                && !first_reached_after(&text[m.start..])
            {
                // "has remained on Tier 2 since 2014": held from 2014, not before it.
                inferred.push((first - 1, m.tier));
            }
            // "downgraded to Tier 2 Watch List in 2009, where it remained until 2012": the years between.
            for pair in dated.windows(2) {
                let ((from_at, from), (until_at, until)) = (pair[0], pair[1]);
                if years.contains(&from)
                    && years.contains(&until)
                    && stayed_until(text, from_at, until_at)
                {
                    inferred.extend((from + 1..until).map(|y| (y, m.tier)));
                }
            }
            // "from Tier 1 to Tier 2", "placed on Tier 2, an upgrade from Tier 2 Watch List":
            // the tier left held the year before.
            // The tier left is the nearest placement's: none stands between them.
            let before = mentions
                .iter()
                .rev()
                .find(|f| f.role == Role::From && f.start < m.start)
                .filter(|f| {
                    !placed
                        .iter()
                        .any(|p| p.start > f.start && p.start < m.start)
                });
            let after = mentions.iter().find(|f| {
                f.role == Role::From
                    && f.start > m.start
                    && placed.get(i + 1).is_none_or(|n| n.start > f.start)
            });
            // "from Tier 3 in 2008 to Tier 2 in 2015": each tier dated by its own year; a year
            // after the tier left that is not before the placement's dates the move ("upgraded
            // to Tier 2 from Tier 3 in 2016").
            if let Some(from) = before.or(after) {
                match from.year.filter(|&y| y < first) {
                    Some(y) => out.events.push(cx.event(
                        Fact::TierPlacement {
                            tier: from.tier,
                            consecutive_years: None,
                        },
                        Some(PartialDate::year(y)),
                        false,
                        self.name(),
                    )),
                    None => {
                        inferred.push((first - reassessed_within(cx, from.start, first), from.tier))
                    }
                }
            }
            // "after two years on Tier 2 Watch List": that tier held the years before.
            for f in &mentions {
                let Role::YearsBefore(n) = f.role else {
                    continue;
                };
                // It belongs to the placement nearest to it.
                let nearest = placed
                    .iter()
                    .min_by_key(|p| p.start.abs_diff(f.start))
                    .is_some_and(|p| p.start == m.start);
                if nearest {
                    inferred.extend((1..=n as i32).map(|k| (first - k, f.tier)));
                }
            }
            // "upgraded from Tier 3 ..., after being on Tier 3 for four years" tells one year twice.
            let mut told = Vec::with_capacity(inferred.len());
            inferred.retain(|x| {
                x.0 >= FIRST_REPORT_YEAR && !told.contains(x) && {
                    told.push(*x);
                    true
                }
            });
            for (y, t) in inferred {
                out.events.push(cx.event(
                    Fact::TierPlacement {
                        tier: t,
                        consecutive_years: None,
                    },
                    Some(PartialDate::year(y)),
                    true,
                    self.name(),
                ));
            }
        }
    }
}

/// The tiers a sentence tells held with no placement beside them: for years before the
/// assessment ("has been placed on Tier 2 Watch List for the last four consecutive years"),
/// or the tier left ("moved up from Tier 3").
fn held_without_placement(
    cx: &SentenceCtx<'_>,
    rule: &str,
    mentions: &[Mention],
    out: &mut Output,
) {
    let text = cx.text;
    // "has been placed on Tier 2 Watch List for the last four consecutive years", no
    // placement beside it: the years before the assessment.
    let assessed = cx.anchor.assessment_year();
    let mut held = |tier: Tier, year: i32, inferred: bool| {
        out.events.push(cx.event(
            Fact::TierPlacement {
                tier,
                consecutive_years: None,
            },
            Some(PartialDate::year(year)),
            inferred,
            rule,
        ));
    };
    for f in mentions {
        match (f.role, f.year, assessed) {
            // "has been in Tier 3 for two years since 2021": from that year on.
            (Role::YearsBefore(n), Some(first), _) => {
                (0..n as i32).for_each(|k| held(f.tier, first + k, k > 0));
            }
            (Role::YearsBefore(n), None, Some(y)) => {
                (1..=n as i32).for_each(|k| held(f.tier, y - k, true));
            }
            _ => {}
        }
    }
    // "as a result, moved up from Tier 3": the tier left, held the year before the
    // placement the sentence implies (of its own year, else the assessment's).
    // Not a date of the cause ("The failure to punish traffickers in 2007 resulted in
    // Malawi's downgrade from Tier 1").
    let dates = cx.assessment_dates();
    for f in mentions.iter().filter(|f| f.role == Role::From) {
        let year = dates
            .iter()
            .find(|(at, _)| {
                !CAUSE_LINKS.iter().any(|l| {
                    text.get(*at..f.start)
                        .is_some_and(|between| contains_ci(between, l))
                })
            })
            .map(|(_, d)| d.year)
            .or(assessed);
        let lead = crate::pattern::tail(&text[..f.start], 32).to_ascii_lowercase();
        if let (true, Some(y)) = (LEAVING_WORDS.iter().any(|w| lead.contains(w)), year) {
            held(f.tier, y - 1, true);
        }
    }
}

/// The tier mentions of a sentence, with where it tells years that are not the placements'.
struct TierMentions {
    mentions: Vec<Mention>,
    /// The years told with a tier ("on Tier 2 in 2019"), not of a run of years.
    told_years: Vec<std::ops::Range<usize>>,
    /// The years written right after a tier left ("up from Tier 3 in 2017").
    left_years: Vec<std::ops::Range<usize>>,
}

/// Reads each tier a sentence names and its role: placed, left, held for years before.
fn tier_mentions(cx: &SentenceCtx<'_>, out: &mut Output) -> TierMentions {
    let text = cx.text;
    let others_placed = clauses_placing_another_country(cx);
    let waiver = crate::pattern::contains_ci(text, "waiver");
    let mut mentions: Vec<Mention> = Vec::new();
    let mut waived = false;
    let mut told_years: Vec<std::ops::Range<usize>> = Vec::new();
    // The years written right after a tier left ("up from Tier 3 in 2017").
    let mut left_years: Vec<std::ops::Range<usize>> = Vec::new();
    for m in TIER.find_iter(text) {
        if others_placed.iter().any(|r| r.contains(&m.start())) {
            continue;
        }
        let tier = match tier_number(m.as_str()) {
            // "fell back to the Watch List": the Tier 2 Watch List, named as the report names it.
            None if m.as_str().starts_with('W') => {
                if !text[..m.start()].ends_with("the ") {
                    continue;
                }
                Tier::Tier2WatchList
            }
            None if m.as_str() == "Special Case"
                || (SPECIAL_CASE_VERBS
                    .iter()
                    .any(|v| text[..m.start()].trim_end().ends_with(v))
                    && !text[m.end()..].starts_with(" of ")) =>
            {
                Tier::SpecialCase
            }
            None => continue,
            Some((n, watch_list)) => {
                match tier_of(n, watch_list) {
                    Some(t) => t,
                    None => {
                        out.diagnostics.push(Diagnostic {
                        code: DiagnosticCode::UnknownTier,
                        span: cx.span,
                        message: format!("expected Tier 1, 2, 2 Watch List, 3 or Special Case, but found {:?}", m.as_str()),
                    });
                        continue;
                    }
                }
            }
        };
        let before = &text[..m.start()];
        let window = tail(before, 120);
        if waiver && WAIVER_BEFORE.is_match(window) {
            waived = true;
            continue;
        }
        // "downgraded to Tier 3 after two years on Tier 2 Watch List".
        let for_years = BEING_ON_BEFORE
            .is_match(window)
            .then(|| FOR_YEARS_AFTER.captures(&text[m.end()..]))
            .flatten();
        // "has been in Tier 3 for two years since 2021": the run's first year.
        let mut since = None;
        if let Some(c) = &for_years {
            // Those years are the earlier tier's, not the placement's consecutive years.
            let mut end = m.end() + c.get(0).map_or(0, |g| g.end());
            if let Some(s) = SINCE_YEAR_AFTER.captures(&text[end..]) {
                since = s["year"].parse::<i32>().ok();
                end += s.get(0).map_or(0, |g| g.end());
            }
            told_years.push(m.end()..end);
        }
        if let Some(c) = YEARS_BEFORE.captures(window).or(for_years) {
            let n = &c["n"];
            let years = if n.eq_ignore_ascii_case("a") {
                Some(1)
            } else {
                crate::quantity::recognize::parse_number(n).map(|(v, _)| v)
            };
            if let Some(years) = years.filter(|y| (1..=30).contains(y)) {
                mentions.push(Mention {
                    start: m.start(),
                    tier,
                    role: Role::YearsBefore(years as u32),
                    year: since,
                });
            }
            continue;
        }
        if FROM_BEFORE.is_match(window) {
            mentions.push(Mention {
                start: m.start(),
                tier,
                role: Role::From,
                year: year_right_after(&text[m.end()..]),
            });
            if let Some(y) = YEAR_AFTER.find(&text[m.end()..]) {
                left_years.push(m.end()..m.end() + y.end());
            }
            continue;
        }
        // "2014: Tier 2; 2015: Tier 3", "Tier 2 (2014)", "2014 (Tier 2)": each tier labelled with its year.
        let (lead, after) = (window.trim_end_matches(['"', '\'', ' ']), &text[m.end()..]);
        let label = (lead.ends_with([':', '-', '(']))
            .then(|| YEAR_LABEL_BEFORE.captures(window))
            .flatten()
            .or_else(|| {
                (after.trim_start_matches(['"', '\'', ' ']).starts_with('('))
                    .then(|| YEAR_LABEL_AFTER.captures(after))
                    .flatten()
            })
            .and_then(|c| c.name("year")?.as_str().parse::<i32>().ok());
        if let Some(year) = label.filter(|_| !cx.is_title) {
            mentions.push(Mention::placed(m.start(), tier, Some(year)));
            continue;
        }
        // "Testland (Tier 2)", "TESTLAND: Tier 2", "Testland - Tier 3 - 2011 ... Report".
        let title_style = cx.is_title && before.trim_end().ends_with(['(', ':', '-']);
        if title_style {
            mentions.push(Mention::placed(m.start(), tier, None));
            continue;
        }
        // "X was a Tier 2 country", "X was Tier 3 in 2013": a copula is enough when the tier
        // qualifies the country or is dated, and the subject is not a rank itself.
        let qualifies_country = COUNTRY_AFTER.is_match(&text[m.end()..]);
        let dated = YEAR_AFTER.is_match(&text[m.end()..]);
        let bare = BARE_PLACEMENT.find(window).filter(|b| {
            let verb = b.as_str().to_ascii_lowercase();
            let rank_subject = window[..b.start()]
                .split_whitespace()
                .rev()
                .take(4)
                .any(|word| RANK_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)));
            tier == Tier::SpecialCase
                || qualifies_country
                || (dated && !rank_subject)
                || owned_rank_before(&window[..b.start()])
                || !(verb.starts_with("is")
                    || verb.starts_with("was")
                    || verb.starts_with("be")
                    || verb.starts_with("remain"))
        });
        // "ranked Testland Tier 3", "received a Tier 2 ranking", "its upgrade to Tier 2".
        let bare = bare.or_else(|| {
            OBJECT_PLACEMENT
                .find(window)
                .filter(|o| !ranks_another_country(cx.country, o.as_str()))
                .or_else(|| {
                    RECEIVED_BEFORE
                        .find(window)
                        .filter(|_| RANK_NOUN_AFTER.is_match(&text[m.end()..]))
                        .or_else(|| {
                            NOMINAL_MOVE_BEFORE.find(window).filter(|n| {
                                !tail(&window[..n.start()], 30)
                                    .split_whitespace()
                                    .any(|w| UNMADE_MOVES.iter().any(|u| w.eq_ignore_ascii_case(u)))
                                    && !modal_after(&text[m.end()..])
                            })
                        })
                        .or_else(|| {
                            MET_REQUIREMENTS_BEFORE
                                .find(window)
                                .filter(|n| !negated_before(window, n.start()))
                        })
                })
        });
        if let Some(b) = bare {
            // "A country being rated a Tier 2 country means ...": how the tiers work.
            if hypothetical_before(&window[..b.start()]) || generic_placement(before) {
                continue;
            }
            // "remained on Tier 2", "maintained its Tier 1 status": held from the year before.
            let verb = b.as_str().to_ascii_lowercase();
            let verb_remained = continued_before(&window[..b.start()])
                || ["remain", "kept", "retained", "maintained"]
                    .iter()
                    .any(|v| verb.starts_with(v));
            mentions.push(Mention {
                start: m.start(),
                tier,
                role: Role::Placed { verb_remained },
                year: None,
            });
            continue;
        }
        // "Testland's Tier 1 ranking in 2020", "the Tier 2 ranking of Testland in the 2019
        // report": a ranking named with its year.
        let owned = ["'s ", "s' ", "its ", "their ", "the "]
            .iter()
            .any(|o| tail(before, o.len()).eq_ignore_ascii_case(o));
        // Not a ranking aimed at ("hopes to regain its Tier 1 ranking in 2025").
        let aimed = tail(before, 40)
            .split_whitespace()
            .rev()
            .take(4)
            .any(|w| w.eq_ignore_ascii_case("to"));
        if owned
            && !aimed
            && NOMINAL_RANKING_AFTER.is_match(&text[m.end()..])
            && !hypothetical_before(before)
        {
            mentions.push(Mention::placed(m.start(), tier, None));
            continue;
        }
        // "placed ... in Tier 2 Watch List in 2017 and "Tier 3" in 2023": a listed tier shares the verb.
        if let Some(prev) = mentions
            .iter()
            .rev()
            .find(|p| matches!(p.role, Role::Placed { .. }))
        {
            let between = &text[prev.start..m.start()];
            let after_prev = between.find(['"', ' ']).map_or(between, |i| &between[i..]);
            if between.len() <= 60 && LISTED.is_match(after_prev) {
                mentions.push(Mention::placed(m.start(), tier, None));
                continue;
            }
        }
        // The placement verb nearest the tier decides ("downgraded to Tier 3 ... and moved up to Tier 2").
        let verbs: Vec<crate::pattern::Match> = VERB_START.find_iter(window).collect();
        let nearest = verbs
            .into_iter()
            .rev()
            .find(|v| PLACEMENT.is_match(&window[v.start()..]));
        if let Some(v) = nearest {
            let placement = &window[v.start()..];
            // "was not placed on Tier 3 per Section 107": no placement.
            if hypothetical_before(&window[..v.start()])
                || HYPOTHETICAL.is_match(placement)
                || negated_before(window, v.start())
                || generic_placement(before)
            {
                continue;
            }
            let verb = v.as_str().to_ascii_lowercase();
            // A bare copula must sit close to the tier ("was placed" is caught by "placed").
            if matches!(verb.as_str(), "was" | "is" | "were" | "are" | "be" | "been")
                && placement.len() > 40
            {
                continue;
            }
            // "was still at Tier 3 in 2023": held, as "remained" is.
            let still = || {
                placement
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("still"))
            };
            let verb_remained = continued_before(&window[..v.start()])
                || still()
                || matches!(
                    verb.as_str(),
                    "remained" | "remains" | "remain" | "stays" | "stayed" | "kept" | "keeps"
                );
            mentions.push(Mention {
                start: m.start(),
                tier,
                role: Role::Placed { verb_remained },
                year: None,
            });
        }
    }
    if waived
        && !mentions
            .iter()
            .any(|m| matches!(m.role, Role::Placed { .. }))
    {
        mentions.push(Mention {
            start: 0,
            tier: Tier::Tier2WatchList,
            role: Role::Placed {
                verb_remained: true,
            },
            year: None,
        });
    }
    TierMentions {
        mentions,
        told_years,
        left_years,
    }
}

/// Whether `before` ends in a country's own rank ("Testland's ranking", "its tier"): a
/// copula after it places the country ("Testland's ranking was Tier 3"), as no generic rank
/// ("the lowest ranking is Tier 3") does.
fn owned_rank_before(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let (Some(rank), Some(owner)) = (words.next(), words.next()) else {
        return false;
    };
    RANK_WORDS.iter().any(|w| rank.eq_ignore_ascii_case(w))
        && (owner.ends_with("'s")
            || owner.ends_with("s'")
            || ["its", "their"]
                .iter()
                .any(|o| owner.eq_ignore_ascii_case(o)))
}

/// The year written right after a tier ("Tier 3 in 2008").
fn year_right_after(after: &str) -> Option<i32> {
    let m = YEAR_AFTER.find(after)?;
    m.as_str().get(m.len() - 4..)?.parse().ok()
}

/// A mood or condition just before a placement verb, in its clause ("would be placed"; not
/// "capacity, if any; therefore Benin remained").
fn hypothetical_before(before: &str) -> bool {
    let near = tail(before, 40);
    let clause = near.rsplit(';').next().unwrap_or(near);
    HYPOTHETICAL.is_match(clause)
        && HYPOTHETICAL.find_iter(clause).any(|m| {
            !(m.as_str().eq_ignore_ascii_case("if")
                && crate::pattern::starts_with_ci(&clause[m.end()..], " any"))
        })
}

/// "maintained its Tier 1 status, which it had achieved the year before": a relative clause
/// that tells when the tier was first reached, so it was not held the year before that.
fn first_reached_after(after_tier: &str) -> bool {
    let near = crate::pattern::head(after_tier, 120);
    crate::pattern::words_from_first(near, &[" which ", " that "]).is_some_and(|words| {
        words
            .take(6)
            .any(|w| crate::pattern::is_one_of(w, super::lexicon::REACHING_VERBS))
    })
}

/// True when the text between a year at `from_at` and one at `until_at` says the tier was
/// kept until the second ("where it remained until", "and stayed there through").
fn stayed_until(text: &str, from_at: usize, until_at: usize) -> bool {
    let between = &text[from_at..until_at];
    let until = ["until ", "till ", "through ", "up to "].iter().any(|w| {
        let b = between.as_bytes();
        b.len() >= w.len() && b[b.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
    });
    until
        && !between.contains([';', '.'])
        && ["remain", "stay"]
            .iter()
            .any(|w| crate::pattern::contains_ci(between, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tier_numbers_are_read_from_the_match() {
        fn read(t: &str) -> Option<(&str, bool)> {
            TIER.find(t).and_then(|m| tier_number(m.as_str()))
        }
        assert_eq!(read("placed on Tier 2 Watch List"), Some(("2", true)));
        assert_eq!(read("TIER-3"), Some(("3", false)));
        assert_eq!(read("Tier II-watchlist"), Some(("II", true)));
        assert_eq!(read("tier one"), Some(("one", false)));
        assert_eq!(read("a Special Case"), None);
    }
    use crate::rules::testing::{lead, report, run, wiki};

    #[test]
    fn tiers_labelled_with_their_years() {
        // The watch list abbreviated, apart or joined to the number.
        insta::assert_snapshot!(run(&TierRule, "It was ranked Tier 2 WL in 2018 and Tier 2WL in 2019, then Tier 2 in 2020.", wiki()), @r"
        2018 tier_placement: tier_2_watch_list
        2019 tier_placement: tier_2_watch_list
        2020 tier_placement: tier_2
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland's tier rankings: 2014: Tier 2; 2015: Tier 2 Watch List; 2016: Tier 3.", wiki()), @r"
        2014 tier_placement: tier_2
        2015 tier_placement: tier_2_watch_list
        2016 tier_placement: tier_3
        ");
        insta::assert_snapshot!(run(&TierRule, "Its rankings were Tier 2 (2014) and Tier 3 (2015).", wiki()), @r"
        2014 tier_placement: tier_2
        2015 tier_placement: tier_3
        ");
        insta::assert_snapshot!(run(&TierRule, "Its rankings were 2014 (Tier 2) and 2015 (Tier 2 Watch List).", wiki()), @r"
        2014 tier_placement: tier_2
        2015 tier_placement: tier_2_watch_list
        ");
    }

    #[test]
    fn verbs_of_moving_between_tiers() {
        insta::assert_snapshot!(run(&TierRule, "In 2020, Testland slipped to the Tier 2 Watch List.", wiki()), @"2020 tier_placement: tier_2_watch_list");
        // A move named by its noun; not one the country only faces.
        insta::assert_snapshot!(run(&TierRule, "Testland received a reassessment to Tier 2 Watch List in September 2008.", wiki()), @"2008 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "In 2012, its upgrade to Tier 2 reflected new efforts.", wiki()), @"2012 tier_placement: tier_2");
        // A reassessment within a year left the tier of that year's report; a move at the
        // report's release left the year before's.
        insta::assert_snapshot!(run(&TierRule, "Testland was reassessed from Tier 3 to Tier 2 Watch List in February 2006.", wiki()), @r"
        2006 tier_placement: tier_2_watch_list
        2006 tier_placement: tier_3 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland was downgraded from Tier 2 to Tier 3 in June 2006.", wiki()), @r"
        2006 tier_placement: tier_3
        2005 tier_placement: tier_2 (inferred)
        ");
        assert_eq!(
            run(
                &TierRule,
                "In 2012, Testland faced an automatic downgrade to Tier 3.",
                wiki()
            ),
            ""
        );
        // The tier named after its rank, and a stray comma after the preposition.
        insta::assert_snapshot!(run(&TierRule, "As of June 2021, Testland remained on the lowest tier (Tier 3).", wiki()), @r"
        2021 tier_placement: tier_3
        2020 tier_placement: tier_3 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "In 2019 the report moved Testland to the highest tier, Tier 1, for the first time.", wiki()), @"2019 tier_placement: tier_1");
        insta::assert_snapshot!(run(&TierRule, "The report placed the country in, \"Tier 2 Watchlist\" in 2018.", wiki()), @"2018 tier_placement: tier_2_watch_list");
        // A rank that is not the country's tier.
        assert_eq!(
            run(
                &TierRule,
                "Its score was the lowest tier (Tier 3) average of the region.",
                wiki()
            ),
            ""
        );
        insta::assert_snapshot!(run(&TierRule, "In 2016 the country rose to Tier 2.", wiki()), @"2016 tier_placement: tier_2");
        insta::assert_snapshot!(run(&TierRule, "Testland regained its Tier 1 status in 2021.", wiki()), @"2021 tier_placement: tier_1");
        // A tier lost is not held.
        assert_eq!(
            run(
                &TierRule,
                "Testland lost its Tier 1 status in 2021.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn a_possessive_before_the_tier() {
        insta::assert_snapshot!(run(&TierRule, "The US State Department has placed Testland on its Tier 2 Watch List every year from 2009 to 2011.", wiki()), @r"
        2009 tier_placement: tier_2_watch_list
        2010 tier_placement: tier_2_watch_list
        2011 tier_placement: tier_2_watch_list
        ");
    }

    #[test]
    fn years_on_a_tier_before_a_placement() {
        assert_eq!(
            run(&TierRule, "Testland was placed on Tier 3 after being on the Tier 2 Watch List for the maximum of two consecutive years.", report(2019)),
            "2019 tier_placement: tier_3\n2018 tier_placement: tier_2_watch_list (inferred)\n2017 tier_placement: tier_2_watch_list (inferred)"
        );
        insta::assert_snapshot!(run(&TierRule, "Norland was downgraded to Tier 3 in 2010 after two years on the Tier 2 Watch List.", wiki()), @r"
        2010 tier_placement: tier_3
        2009 tier_placement: tier_2_watch_list (inferred)
        2008 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "After three consecutive years on Tier 2 Watch List, the country was downgraded to Tier 3 in 2015.", wiki()), @r"
        2015 tier_placement: tier_3
        2014 tier_placement: tier_2_watch_list (inferred)
        2013 tier_placement: tier_2_watch_list (inferred)
        2012 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Norland was upgraded to Tier 2 in 2010, after spending three years on the Tier 2 Watch List.", wiki()), @r"
        2010 tier_placement: tier_2
        2009 tier_placement: tier_2_watch_list (inferred)
        2008 tier_placement: tier_2_watch_list (inferred)
        2007 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "The country was upgraded from Tier 3 to Tier 2 Watch List in 2013, after being on Tier 3 for four consecutive years.", wiki()), @r"
        2013 tier_placement: tier_2_watch_list
        2012 tier_placement: tier_3 (inferred)
        2011 tier_placement: tier_3 (inferred)
        2010 tier_placement: tier_3 (inferred)
        2009 tier_placement: tier_3 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Having been placed on Tier 2 Watch List in the preceding three years, Norland is placed on Tier 3.", report(2017)), @r"
        2017 tier_placement: tier_3
        2016 tier_placement: tier_2_watch_list (inferred)
        2015 tier_placement: tier_2_watch_list (inferred)
        2014 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "The Government of Norland does not fully comply with the minimum standards and has been placed on Tier 2 Watch List for the last four consecutive years.", report(2011)), @r"
        2010 tier_placement: tier_2_watch_list (inferred)
        2009 tier_placement: tier_2_watch_list (inferred)
        2008 tier_placement: tier_2_watch_list (inferred)
        2007 tier_placement: tier_2_watch_list (inferred)
        ");
        // A run told from its first year on: that year stated, the later ones inferred.
        insta::assert_snapshot!(run(&TierRule, "Norland has been in Tier 3 for two years since 2021.", wiki()), @r"
        2021 tier_placement: tier_3
        2022 tier_placement: tier_3 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Norland has been on the Tier 2 Watch List for three consecutive years, since 2018.", report(2021)), @r"
        2018 tier_placement: tier_2_watch_list
        2019 tier_placement: tier_2_watch_list (inferred)
        2020 tier_placement: tier_2_watch_list (inferred)
        ");
        // The automatic downgrade: the run on the list ends the year before, and the criteria
        // met are no placement.
        insta::assert_snapshot!(run(&TierRule, "Although Norland meets the criteria for Tier 2 Watch List, because it has been on Tier 2 Watch List for three consecutive years, it is no longer eligible for that ranking and is therefore ranked Tier 3.", report(2016)), @r"
        2016 tier_placement: tier_3
        2015 tier_placement: tier_2_watch_list (inferred)
        2014 tier_placement: tier_2_watch_list (inferred)
        2013 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "It was upgraded to Tier 2 in 2019 after a year on Tier 3.", wiki()), @r"
        2019 tier_placement: tier_2
        2018 tier_placement: tier_3 (inferred)
        ");
        assert_eq!(
            run(
                &TierRule,
                "The government improved its efforts after two years on Tier 2 Watch List.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn the_following_year_counts_from_the_year_named_before_it() {
        insta::assert_snapshot!(run(&TierRule, "The 2013 TIP report placed Marania on the Tier 2 Watch List, and it was downgraded to Tier 3 the following year.", wiki()), @r"
        2013 tier_placement: tier_2_watch_list
        2014 tier_placement: tier_3
        ");
        // The year a tier was left dates that tier, not the new one.
        insta::assert_snapshot!(run(&TierRule, "In the 2020 TIP report, Testland was placed on Tier 2, an upgrade from Tier 2 Watch List the previous year.", wiki()), @r"
        2020 tier_placement: tier_2
        2019 tier_placement: tier_2_watch_list (inferred)
        ");
        // A move from a year whose tier is not named dates nothing of that year.
        for s in [
            "The Office placed Marania on Tier 2 Watch List in 2018 - a downgrade from the year before.",
            "In 2017, the Office placed Marania in \"Tier 2 Watch List\" in 2018, a downgrade from the previous year.",
            "Marania was ranked Tier 2 in 2018, up from the prior year.",
        ] {
            let found = run(&TierRule, s, wiki());
            assert!(found.starts_with("2018 tier_placement") && found.lines().count() == 1, "{s}: {found}");
        }
    }

    #[test]
    fn placements_with_years() {
        insta::assert_snapshot!(run(&TierRule, r#"The Office placed Turkmenistan in "Tier 3" in 2017 and 2023, noting it."#, wiki()), @r"
        2017 tier_placement: tier_3
        2023 tier_placement: tier_3
        ");
        insta::assert_snapshot!(run(&TierRule, "The country was placed at Tier 2 in 2023.", wiki()), @"2023 tier_placement: tier_2");
        // The tier's own year, not the sentence's lead-in.
        insta::assert_snapshot!(run(&TierRule, r#"In 2019, the Office placed Hillland in "Tier 2 Watch List" in 2020."#, wiki()), @"2020 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "In 2011, Hillland was placed on Tier 3 for the first time.", wiki()), @"2011 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, r#"It placed the country in "Tier 2 Watchlist" in 2017."#, wiki()), @"2017 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "In 2022, the Report downgraded Cambodia to \"Tier 3\" due to failures.", wiki()), @"2022 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, "In 2017, the Office classified Eritrea as a \"Tier 3\" country.", wiki()), @"2017 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, "Westland was placed on Tier 2 Watch List in last year's report.", report(2008)), @"2007 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "In the previous report, Westland was on Tier 3.", report(2008)), @"2007 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, "In 2009 it was downgraded to the Tier 2 Watch List, where it remained until 2012.", wiki()), @r"
        2009 tier_placement: tier_2_watch_list
        2012 tier_placement: tier_2_watch_list
        2010 tier_placement: tier_2_watch_list (inferred)
        2011 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "The 2016 report kept Hillland at Tier 2, but it fell back to the Watch List in 2017.", wiki()), @r"
        2016 tier_placement: tier_2
        2015 tier_placement: tier_2 (inferred)
        2017 tier_placement: tier_2_watch_list
        ");
        insta::assert_snapshot!(run(&TierRule, "The 2016 report kept Hillland at Tier 2, but the report of 2017 criticized it.", wiki()), @r"
        2016 tier_placement: tier_2
        2015 tier_placement: tier_2 (inferred)
        ");
        // A watch list not named as the report's.
        insta::assert_snapshot!(run(&TierRule, "Hillland is on Tier 2 and was put on a watch list of the EU.", wiki()), @"undated tier_placement: tier_2");
        // Two years told apart are not a stay.
        insta::assert_snapshot!(run(&TierRule, "It was placed on Tier 2 in 2009 and again in 2012.", wiki()), @r"
        2009 tier_placement: tier_2
        2012 tier_placement: tier_2
        ");
    }

    #[test]
    fn a_move_named_by_its_noun_and_then_a_modal_is_not_made() {
        assert_eq!(
            run(
                &TierRule,
                "An upgrade to Tier 2 would require more convictions.",
                report(2010)
            ),
            ""
        );
        assert_eq!(
            run(
                &TierRule,
                "A move to Tier 3 could follow if the government does not act.",
                report(2010)
            ),
            ""
        );
        insta::assert_snapshot!(run(&TierRule, "Its upgrade to Tier 2 in 2012 followed new convictions.", wiki()), @"2012 tier_placement: tier_2");
    }

    #[test]
    fn a_tier_left_with_no_tier_reached_is_the_year_befores() {
        insta::assert_snapshot!(run(&TierRule, "The government made clear progress and, as a result, moved up from Tier 3.", report(2006)), @"2005 tier_placement: tier_3 (inferred)");
        insta::assert_snapshot!(run(&TierRule, "In 2004, Testland was removed from the Tier 2 Watch List.", wiki()), @"2003 tier_placement: tier_2_watch_list (inferred)");
        insta::assert_snapshot!(run(&TierRule, "Testland's movement from Tier 1 to Tier 2 reflects its failure to show increasing efforts.", report(2004)), @"2003 tier_placement: tier_1 (inferred)");
        // A date of the move's cause is not the move's.
        insta::assert_snapshot!(run(&TierRule, "The failure to punish convicted traffickers in 2007 resulted in Testland's downgrade from Tier 1 to Tier 2.", report(2008)), @"2007 tier_placement: tier_1 (inferred)");
        // A tier named after "from" with no move off it.
        assert_eq!(
            run(
                &TierRule,
                "Data from Tier 1 countries suggest improvements.",
                report(2006)
            ),
            ""
        );
    }

    #[test]
    fn continued_placements_are_held_from_the_year_before() {
        insta::assert_snapshot!(run(&TierRule, "Thailand continues to be rated in Tier 2 in the 2023 report.", wiki()), @r"
        2023 tier_placement: tier_2
        2022 tier_placement: tier_2 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Thailand continued to be ranked Tier 2 in 2019.", wiki()), @r"
        2019 tier_placement: tier_2
        2018 tier_placement: tier_2 (inferred)
        ");
        // A country "still" on a tier held it too.
        insta::assert_snapshot!(run(&TierRule, "The country was still at Tier 3 in 2023.", wiki()), @r"
        2023 tier_placement: tier_3
        2022 tier_placement: tier_3 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "In 2023, Testland was still placed on Tier 2.", wiki()), @r"
        2023 tier_placement: tier_2
        2022 tier_placement: tier_2 (inferred)
        ");
        // A verb continued after the placement is another act's.
        insta::assert_snapshot!(run(&TierRule, "Thailand was ranked Tier 2 in 2019 and continued its efforts.", wiki()), @"2019 tier_placement: tier_2");
    }

    #[test]
    fn a_country_considered_or_treated_as_a_tier() {
        insta::assert_snapshot!(run(&TierRule, "In 2016, the report treated Testland as a Tier 3 country.", wiki()), @"2016 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, "In 2017 Testland was considered a Tier 2 Watch List country.", wiki()), @"2017 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "In 2018 the State Department regarded the country as Tier 2.", wiki()), @"2018 tier_placement: tier_2");
    }

    #[test]
    fn cited_as_a_tier_country() {
        insta::assert_snapshot!(run(&TierRule, "The State Department cited Testland as a Tier 2 country in 2013.", wiki()), @"2013 tier_placement: tier_2");
        insta::assert_snapshot!(run(&TierRule, "In 2013 the State Department cited Testland for the third year in a row as a Tier 2 Watch List country.", wiki()), @r"
        2013 tier_placement: tier_2_watch_list (3 consecutive years)
        2012 tier_placement: tier_2_watch_list (inferred)
        2011 tier_placement: tier_2_watch_list (inferred)
        ");
    }

    #[test]
    fn a_clause_of_after_told_past_the_placement_keeps_its_years_and_runs() {
        insta::assert_snapshot!(run(&TierRule, "In its 2020 report, the State Department placed Testland in Tier 2, after the country earned the highest classification for two consecutive years through 2019.", wiki()), @"2020 tier_placement: tier_2");
        insta::assert_snapshot!(run(&TierRule, "Testland was moved to Tier 2 in 2016, following the adoption of a new law in 2015.", wiki()), @"2016 tier_placement: tier_2");
    }

    #[test]
    fn consecutive_and_remained_infer_earlier_years() {
        insta::assert_snapshot!(run(&TierRule, "Turkmenistan was placed on Tier 2 Watch List for the second consecutive year.", lead(2010)), @r"
        2010 tier_placement: tier_2_watch_list (2 consecutive years)
        2009 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Therefore X remained on Tier 2 Watch List for the third consecutive year.", report(2021)), @r"
        2021 tier_placement: tier_2_watch_list (3 consecutive years)
        2020 tier_placement: tier_2_watch_list (inferred)
        2019 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland was placed on Tier 2 in 2010 for the third time in a row.", wiki()), @r"
        2010 tier_placement: tier_2 (3 consecutive years)
        2009 tier_placement: tier_2 (inferred)
        2008 tier_placement: tier_2 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "In 2021, Testland was rated Tier 1 for four years running.", wiki()), @r"
        2021 tier_placement: tier_1 (4 consecutive years)
        2020 tier_placement: tier_1 (inferred)
        2019 tier_placement: tier_1 (inferred)
        2018 tier_placement: tier_1 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "The government continued its efforts; therefore, Georgia remained on Tier 1.", report(2025)), @r"
        2025 tier_placement: tier_1
        2024 tier_placement: tier_1 (inferred)
        ");
    }

    #[test]
    fn conditions_and_firsts_read_in_their_own_clause() {
        // A condition in a clause before the placement's does not govern it.
        insta::assert_snapshot!(run(&TierRule, "The government demonstrated efforts on its capacity, if any; therefore Benin remained on Tier 2.", report(2023)), @r"
        2023 tier_placement: tier_2
        2022 tier_placement: tier_2 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "If it fails to act, it would be placed on Tier 3.", report(2023)), @"");
        // A tier first reached in a year told after it was not held before that year.
        insta::assert_snapshot!(run(&TierRule, "In June 2014, Armenia maintained its Tier 1 status, which it had achieved the year before.", wiki()), @r"
        2013 tier_placement: tier_1
        2014 tier_placement: tier_1
        ");
    }

    #[test]
    fn moves_between_tiers() {
        insta::assert_snapshot!(run(&TierRule, "In its 2018 and 2019 Trafficking in Persons Report, the Office noted that Ireland had been downgraded from a Tier 1 to a Tier 2 country.", wiki()), @r"
        2018 tier_placement: tier_2
        2019 tier_placement: tier_2
        2017 tier_placement: tier_1 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "RMI was upgraded to Tier 2.", report(2018)), @"2018 tier_placement: tier_2");
        insta::assert_snapshot!(run(&TierRule, "It was moved from Tier 2 to Tier 3 in 2019.", wiki()), @r"
        2019 tier_placement: tier_3
        2018 tier_placement: tier_2 (inferred)
        ");
    }

    #[test]
    fn title_tier_and_spellings() {
        let cx = {
            let mut cx = SentenceCtx::standalone(
                "Armenia (Tier 1) - 2014 Trafficking in Persons Report",
                report(2014),
            );
            cx.is_title = true;
            cx
        };
        let mut out = Output::default();
        TierRule.apply(&cx, &mut Discourse::default(), &mut out);
        insta::assert_snapshot!(crate::rules::testing::render(&out.events), @"2014 tier_placement: tier_1");
        insta::assert_snapshot!(run(&TierRule, "Kazakhstan is placed on TIER 2 WATCH LIST because it failed.", report(2007)), @"2007 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "The country was ranked Tier One in 2012.", wiki()), @"2012 tier_placement: tier_1");
        insta::assert_snapshot!(run(&TierRule, "The country was ranked at Tier One in 2012.", wiki()), @"2012 tier_placement: tier_1");
        // A dash between the tier and its watch list, as some report titles write it.
        insta::assert_snapshot!(run(&TierRule, "Testland is placed on Tier 2 - Watch List for its failure.", report(2005)), @"2005 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "Testland was placed on Tier 2-Watch List in 2005.", wiki()), @"2005 tier_placement: tier_2_watch_list");
    }

    #[test]
    fn a_move_with_no_tier_named_as_left_leaves_no_placement() {
        // Only Tier 1 stands above Tier 2, but the guide records a tier left only where named.
        insta::assert_snapshot!(run(&TierRule, "Therefore Testland was downgraded to Tier 2.", report(2021)), @"2021 tier_placement: tier_2");
        insta::assert_snapshot!(run(&TierRule, "Therefore Testland was downgraded to Tier 2 Watch List.", report(2021)), @"2021 tier_placement: tier_2_watch_list");
        // Named, it is the year before's.
        insta::assert_snapshot!(run(&TierRule, "Therefore Testland was downgraded from Tier 1 to Tier 2.", report(2021)), @r"
        2021 tier_placement: tier_2
        2020 tier_placement: tier_1 (inferred)
        ");
    }

    #[test]
    fn a_year_of_a_leading_concession_is_not_the_placements() {
        insta::assert_snapshot!(run(&TierRule, "Although Testland made progress shortly after the last Report, Testland is placed on Tier 2 Watch List because of its commitments.", report(2006)), @"2006 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "While it convicted traffickers in 2019, Testland was downgraded to Tier 3.", report(2021)), @"2021 tier_placement: tier_3");
        // A year in the placement's own clause still dates it.
        insta::assert_snapshot!(run(&TierRule, "Although it made progress, Testland was placed on Tier 3 in 2019.", wiki()), @"2019 tier_placement: tier_3");
        // A placement inside the concession keeps its year.
        insta::assert_snapshot!(run(&TierRule, "Although it was placed on Tier 3 in 2019, Testland made few efforts.", wiki()), @"2019 tier_placement: tier_3");
    }

    #[test]
    fn having_met_the_requirements_of_a_tier_is_a_placement() {
        insta::assert_snapshot!(run(&TierRule, "Testland's efforts were reassessed to have met the requirements of Tier 2 in September 2003.", report(2004)), @"2003 tier_placement: tier_2");
        insta::assert_snapshot!(run(&TierRule, "Testland was reassessed as meeting the standard for Tier 2 placement in September 2003.", report(2004)), @"2003 tier_placement: tier_2");
        // Not a tier whose criteria are only met, or not met.
        insta::assert_snapshot!(run(&TierRule, "Although Testland meets the criteria for Tier 2 Watch List, it is no longer eligible for that ranking.", report(2018)), @"");
        insta::assert_snapshot!(run(&TierRule, "Testland has not met the requirements for Tier 2.", report(2004)), @"");
    }

    #[test]
    fn a_year_of_the_reason_for_a_placement_is_not_its_date() {
        insta::assert_snapshot!(run(&TierRule, "Testland remains a Special Case for a third consecutive year due to the lack of a central government since 1991.", report(2011)), @r"
        2011 tier_placement: special_case (3 consecutive years)
        2010 tier_placement: special_case (inferred)
        2009 tier_placement: special_case (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland was placed on Tier 2 Watch List in the 2005 Report based on commitments to take additional steps during the 2006 reporting period.", report(2006)), @"2005 tier_placement: tier_2_watch_list");
        // A period of the efforts the placement weighs is not its date.
        insta::assert_snapshot!(run(&TierRule, "Testland is placed on Tier 2 Watch List for its failure to provide evidence of increasing efforts to combat trafficking over the previous year.", report(2006)), @"2006 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "Testland is placed on Tier 2 Watch List for failing to show increasing efforts over the previous year.", report(2006)), @"2006 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "Testland was placed on Tier 2 Watch List the previous year.", report(2006)), @"2005 tier_placement: tier_2_watch_list");
        // A span after the reason's clause is the placement's again.
        insta::assert_snapshot!(run(&TierRule, "Testland was placed on Tier 3 because it failed to act, and has remained there since 2012.", wiki()), @"2012 tier_placement: tier_3");
        // A span's first year: held from then, not the year before.
        insta::assert_snapshot!(run(&TierRule, "Testland has remained on Tier 2 since 2014.", wiki()), @"2014 tier_placement: tier_2");
        insta::assert_snapshot!(run(&TierRule, "Testland has remained on Tier 2 in 2014.", wiki()), @r"
        2014 tier_placement: tier_2
        2013 tier_placement: tier_2 (inferred)
        ");
    }

    #[test]
    fn the_period_a_report_covers_is_not_a_placements_date() {
        insta::assert_snapshot!(run(&TierRule, "In the 2025 Trafficking in Persons Report (covering data from 2024), the Department of State designated Testland as a Tier 1 country.", wiki()), @"2025 tier_placement: tier_1");
        insta::assert_snapshot!(run(&TierRule, "The 2019 Trafficking in Persons Report, covering April 2018 to March 2019, placed Testland on Tier 2.", wiki()), @"2019 tier_placement: tier_2");
    }

    #[test]
    fn a_special_case_in_lower_case() {
        insta::assert_snapshot!(run(&TierRule, "Testland remains a special case for a second consecutive year because information is lacking.", report(2008)), @r"
        2008 tier_placement: special_case (2 consecutive years)
        2007 tier_placement: special_case (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "In 2012, Testland was a special case.", wiki()), @"2012 tier_placement: special_case");
        // The English phrase is no tier.
        assert_eq!(
            run(
                &TierRule,
                "Child trafficking for sport is a special case of labor trafficking.",
                report(2008)
            ),
            ""
        );
        assert_eq!(
            run(
                &TierRule,
                "The law treats one special case, that of children.",
                report(2008)
            ),
            ""
        );
    }

    #[test]
    fn waiver_keeps_the_watch_list() {
        insta::assert_snapshot!(run(&TierRule, "The country was granted a waiver from an otherwise required downgrade to Tier 3 because it has a plan.", report(2016)), @r"
        2016 tier_placement: tier_2_watch_list
        2015 tier_placement: tier_2_watch_list (inferred)
        ");
    }

    #[test]
    fn more_phrasings() {
        insta::assert_snapshot!(run(&TierRule, "In 2019, X was downgraded to the Tier 2 Watch List, where it remained for a second consecutive year in 2020.", wiki()), @r"
        2019 tier_placement: tier_2_watch_list
        2020 tier_placement: tier_2_watch_list (2 consecutive years)
        ");
        insta::assert_snapshot!(run(&TierRule, "X was placed on Tier 2 Watch List in 2013, 2014 and 2015, for the fourth consecutive year.", wiki()), @r"
        2013 tier_placement: tier_2_watch_list
        2014 tier_placement: tier_2_watch_list
        2015 tier_placement: tier_2_watch_list (4 consecutive years)
        2012 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "The US Department of State ranked X as a 'Tier 3' country in 2015 and 2016, and upgraded it to the 'Tier 2 Watch List' in 2017.", wiki()), @r"
        2015 tier_placement: tier_3
        2016 tier_placement: tier_3
        2017 tier_placement: tier_2_watch_list
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland was Tier 2 Watch List in 2012 and Tier 3 in 2013.", wiki()), @r"
        2012 tier_placement: tier_2_watch_list
        2013 tier_placement: tier_3
        ");
        insta::assert_snapshot!(run(&TierRule, "Libya remains a Special Case for the fifth consecutive year.", report(2020)), @r"
        2020 tier_placement: special_case (5 consecutive years)
        2019 tier_placement: special_case (inferred)
        2018 tier_placement: special_case (inferred)
        2017 tier_placement: special_case (inferred)
        2016 tier_placement: special_case (inferred)
        ");
        // Runs past the twelfth year, in words or digits; none reaches before the first report.
        let long = run(
            &TierRule,
            "Somalia remains a Special Case for the fifteenth consecutive year.",
            report(2017),
        );
        assert_eq!(long.lines().count(), 15, "{long}");
        assert!(
            long.contains("2017 tier_placement: special_case (15 consecutive years)"),
            "{long}"
        );
        assert!(
            long.contains("2003 tier_placement: special_case (inferred)"),
            "{long}"
        );
        let digits = run(
            &TierRule,
            "X remained on Tier 2 Watch List for the 13th consecutive year.",
            report(2016),
        );
        assert_eq!(digits.lines().count(), 13, "{digits}");
        let floor = run(
            &TierRule,
            "X remains a Special Case for the twenty-first consecutive year.",
            report(2017),
        );
        assert!(
            floor.contains("2001 tier_placement: special_case (inferred)"),
            "{floor}"
        );
        assert!(!floor.contains("2000 tier_placement"), "{floor}");
        insta::assert_snapshot!(run(&TierRule, "From 2010 to 2012, the country was on the Tier 2 Watch List.", wiki()), @r"
        2010 tier_placement: tier_2_watch_list
        2011 tier_placement: tier_2_watch_list
        2012 tier_placement: tier_2_watch_list
        ");
        insta::assert_snapshot!(run(&TierRule, "In the 2021 TIP Report, the country was upgraded from Tier 2 Watch List to Tier 2.", wiki()), @r"
        2021 tier_placement: tier_2
        2020 tier_placement: tier_2_watch_list (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Therefore the country was downgraded to Tier 3 in 2019 and moved up to Tier 2 Watch List in 2020.", wiki()), @r"
        2019 tier_placement: tier_3
        2020 tier_placement: tier_2_watch_list
        ");
    }

    #[test]
    fn listed_tiers_share_the_verb() {
        insta::assert_snapshot!(run(&TierRule, r#"The Office placed the country in "Tier 2 Watch List" in 2017 and "Tier 3" in 2023."#, wiki()), @r"
        2017 tier_placement: tier_2_watch_list
        2023 tier_placement: tier_3
        ");
        insta::assert_snapshot!(run(&TierRule, "It was placed on Tier 2 in 2015 and on Tier 2 Watch List in 2016.", wiki()), @r"
        2015 tier_placement: tier_2
        2016 tier_placement: tier_2_watch_list
        ");
        insta::assert_snapshot!(run(&TierRule, "X remained on Tier 2 Watch List for a second consecutive year.", report(2012)), @r"
        2012 tier_placement: tier_2_watch_list (2 consecutive years)
        2011 tier_placement: tier_2_watch_list (inferred)
        ");
    }

    #[test]
    fn spellings_of_the_watch_list() {
        for tier in [
            "Tier 2 Watch List",
            "Tier 2 Watchlist",
            "Tier 2 watch list",
            "tier 2 watch-list",
            "TIER 2 WATCH LIST",
            "Tier Two Watch List",
            "Tier II Watch List",
            "Tier 2 Watch",
        ] {
            let s = format!(
                "In 2015, the country was placed on the {tier} for the second year in a row."
            );
            insta::allow_duplicates! {
                insta::assert_snapshot!(run(&TierRule, &s, wiki()), @r"
                2015 tier_placement: tier_2_watch_list (2 consecutive years)
                2014 tier_placement: tier_2_watch_list (inferred)
                ");
            }
        }
    }

    #[test]
    fn a_tier_maintained_or_retained_was_held_the_year_before() {
        insta::assert_snapshot!(run(&TierRule, "The report was released in June 2014, and Testland maintained its Tier 1 status.", wiki()), @r"
        2014 tier_placement: tier_1
        2013 tier_placement: tier_1 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "In 2016, Testland retained its Tier 2 ranking.", wiki()), @r"
        2016 tier_placement: tier_2
        2015 tier_placement: tier_2 (inferred)
        ");
        // Received: nothing said of the year before.
        insta::assert_snapshot!(run(&TierRule, "In 2016, Testland received a Tier 2 ranking.", wiki()), @"2016 tier_placement: tier_2");
        // A ranking named with its year.
        insta::assert_snapshot!(run(&TierRule, "Testland's Tier 1 ranking in 2020 reflects its efforts.", wiki()), @"2020 tier_placement: tier_1");
        insta::assert_snapshot!(run(&TierRule, "The Tier 1 ranking of Singapore in the 2020 and subsequent 2021 U.S. TIP Reports reflects its efforts.", wiki()), @r"
        2020 tier_placement: tier_1
        2021 tier_placement: tier_1
        ");
        assert_eq!(
            run(
                &TierRule,
                "Testland hopes to regain its Tier 1 ranking in 2025.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &TierRule,
                "A Tier 1 ranking in 2025 would need more prosecutions.",
                wiki()
            ),
            ""
        );
        // Achieved, with an aside before the noun; undated where the text gives no year.
        insta::assert_snapshot!(run(&TierRule, "Testland has consistently achieved a Tier One (highest) ranking.", wiki()), @"undated tier_placement: tier_1");
        assert_eq!(
            run(
                &TierRule,
                "Testland hopes for a Tier One (highest) ranking.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn how_the_tiers_work_places_no_country() {
        assert_eq!(run(&TierRule, "A country that has been ranked on the Tier 2 Watch List for two consecutive years must be downgraded.", wiki()), "");
        assert_eq!(
            run(
                &TierRule,
                "Any country placed on Tier 3 may be subject to sanctions.",
                wiki()
            ),
            ""
        );
        assert_eq!(run(&TierRule, "Countries that were ranked on Tier 2 in the 2010 report are on the Special Watch List.", wiki()), "");
        assert_eq!(
            run(
                &TierRule,
                "After two more years, the country must be upgraded to Tier 2.",
                wiki()
            ),
            ""
        );
        // Other countries named beside a placement leave it.
        insta::assert_snapshot!(run(&TierRule, "Unlike other countries in the region, Testland was placed on Tier 1 in 2015.", wiki()), @"2015 tier_placement: tier_1");
    }

    #[test]
    fn waiver_then_remained() {
        insta::assert_snapshot!(run(&TierRule, "Because the government has devoted sufficient resources to a written plan that, if implemented, would constitute significant efforts to meet the minimum standards, X was granted a waiver from an otherwise required downgrade to Tier 3 and therefore remained on Tier 2 Watch List for the third consecutive year.", report(2019)), @r"
        2019 tier_placement: tier_2_watch_list (3 consecutive years)
        2018 tier_placement: tier_2_watch_list (inferred)
        2017 tier_placement: tier_2_watch_list (inferred)
        ");
    }

    #[test]
    fn tier_country() {
        insta::assert_snapshot!(run(&TierRule, "In 2019, Ireland was a Tier 2 country.", wiki()), @"2019 tier_placement: tier_2");
        assert_eq!(
            run(&TierRule, "Tier 2 is the most common ranking.", wiki()),
            ""
        );
    }

    #[test]
    fn the_country_as_object_and_a_tier_received() {
        insta::assert_snapshot!(run(&TierRule, "The 2021 TIP report ranked Testland Tier 3.", wiki()), @"2021 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, "The State Department rated Testland a Tier 2 Watch List country in 2020.", wiki()), @"2020 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "In 2019, Testland received a Tier 2 ranking.", wiki()), @"2019 tier_placement: tier_2");
        // Another country ranked is not the text's.
        let tiers = |text: &str| {
            crate::rules::testing::facts_of_kind(text, crate::event::EventKind::TierPlacement)
        };
        let other = "= Human trafficking in Laos =\n\nThe US State Department ranked Thailand Tier 2 in 2018 and 2019, and Tier 2 Watch List in 2020.";
        assert_eq!(tiers(other), Vec::<String>::new());
        let own =
            "= Human trafficking in Laos =\n\nThe US State Department ranked Laos Tier 2 in 2018.";
        assert_eq!(tiers(own), ["tier_2"]);
        // Nor is another country placed as a clause's subject; the text's own clause stays.
        let subject = "= Human trafficking in Laos =\n\nIn 2018, Thailand was upgraded to Tier 2, while Laos remained on Tier 3.";
        assert_eq!(tiers(subject), ["tier_3", "tier_3"]);
        let both = "= Human trafficking in Laos =\n\nThailand and Laos were both placed on Tier 2 in 2018.";
        assert_eq!(tiers(both), ["tier_2"]);
        assert_eq!(
            run(
                &TierRule,
                "In 2019, Testland received a Tier 2 country's delegation.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn a_tier_merited_or_assigned() {
        insta::assert_snapshot!(run(&TierRule, "Testland merited a Tier 2 designation in September 2003.", wiki()), @"2003 tier_placement: tier_2");
        insta::assert_snapshot!(run(&TierRule, "In 2011, Testland warranted a Tier 3 ranking.", wiki()), @"2011 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, "The State Department assigned Testland to Tier 2 Watch List in 2009.", wiki()), @"2009 tier_placement: tier_2_watch_list");
        // Not a tier the country was given.
        assert_eq!(
            run(
                &TierRule,
                "Its efforts would have merited a Tier 2 ranking in 2009.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn a_name_with_accents_between_the_verb_and_the_tier() {
        insta::assert_snapshot!(run(&TierRule, "In 2018, the State Department placed Côte d'Ivoire on Tier 2 Watch List.", wiki()), @"2018 tier_placement: tier_2_watch_list");
    }

    #[test]
    fn a_bare_copula_needs_a_year_and_a_subject_that_is_no_rank() {
        assert_eq!(
            run(
                &TierRule,
                "The best ranking in 2015 was Tier 1 in 2015.",
                wiki()
            ),
            ""
        );
        assert_eq!(run(&TierRule, "Testland is Tier 2.", wiki()), "");
    }

    #[test]
    fn a_year_opening_the_next_item_is_the_next_tiers() {
        insta::assert_snapshot!(run(&TierRule, "In 2014, Testland was placed on Tier 2 and in 2015 on Tier 3.", wiki()), @r"
        2014 tier_placement: tier_2
        2015 tier_placement: tier_3
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland was placed on Tier 2 in 2014 and on Tier 3 in 2015.", wiki()), @r"
        2014 tier_placement: tier_2
        2015 tier_placement: tier_3
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland was placed on Tier 2 in 2014 and 2016 and on Tier 3 in 2015.", wiki()), @r"
        2014 tier_placement: tier_2
        2016 tier_placement: tier_2
        2015 tier_placement: tier_3
        ");
    }

    #[test]
    fn the_tier_left_belongs_to_the_nearest_placement() {
        insta::assert_snapshot!(run(&TierRule, "In 2016, the report moved Testland from Tier 3 to Tier 2 Watch List; Testland had been ranked Tier 3 in 2013.", wiki()), @r"
        2016 tier_placement: tier_2_watch_list
        2015 tier_placement: tier_3 (inferred)
        2013 tier_placement: tier_3
        ");
    }

    #[test]
    fn a_list_named_by_its_owner() {
        insta::assert_snapshot!(run(&TierRule, "In 2012, Testland was placed on the U.S. State Department's Tier 2 Watch List.", wiki()), @"2012 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "In 2012, Testland remained on the State Department's Office to Monitor and Combat Trafficking in Persons Tier 3 list.", wiki()), @r"
        2012 tier_placement: tier_3
        2011 tier_placement: tier_3 (inferred)
        ");
    }

    #[test]
    fn a_tier_left_dated_apart_from_the_placement_keeps_its_own_year() {
        insta::assert_snapshot!(run(&TierRule, "The country moved from Tier 3 in 2008 to Tier 2 Watch List in 2015.", wiki()), @r"
        2015 tier_placement: tier_2_watch_list
        2008 tier_placement: tier_3
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland rose from Tier 2 Watch List in 2010 to Tier 2 in 2012.", report(2013)), @r"
        2012 tier_placement: tier_2
        2010 tier_placement: tier_2_watch_list
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland was ranked as a Tier 2 country in the 2018 report, up from Tier 2 Watch List in 2017.", wiki()), @r"
        2018 tier_placement: tier_2
        2017 tier_placement: tier_2_watch_list
        ");
        // A year after the tier left alone may date the move: the tier left is the year before's.
        insta::assert_snapshot!(run(&TierRule, "Testland was upgraded to Tier 2 from Tier 3 in 2016.", wiki()), @r"
        2016 tier_placement: tier_2
        2015 tier_placement: tier_3 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "Testland was upgraded from Tier 3 to Tier 2 Watch List in 2016.", wiki()), @r"
        2016 tier_placement: tier_2_watch_list
        2015 tier_placement: tier_3 (inferred)
        ");
    }

    #[test]
    fn a_copula_dated_by_the_report_that_tells_it() {
        insta::assert_snapshot!(run(&TierRule, "Testland is now Tier 2 Watch List based on the 2015 US Trafficking in Persons Report.", wiki()), @"2015 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "Testland is Tier 3 according to the 2016 TIP Report.", wiki()), @"2016 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, "Testland moved from being ranked Tier 3 in 2008 to now Tier 2-Watchlist based on the 2015 US Trafficking in Persons Report.", wiki()), @"2008 tier_placement: tier_3");
        // The yardstick's title year dates nothing.
        insta::assert_snapshot!(run(&TierRule, "The ranking of Testland in Tier 2 of the 2018 TIP Report means that it does not fully meet the minimum standards of the Trafficking Victims Protection Act 2000.", wiki()), @"2018 tier_placement: tier_2");
    }

    #[test]
    fn a_tier_told_last_year_in_a_report_is_the_report_befores() {
        insta::assert_snapshot!(run(&TierRule, "Testland was placed on Tier 2 Watch List last year.", report(2006)), @"2005 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "Last year, Testland was downgraded to Tier 3.", report(2006)), @"2005 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, "Testland was on Tier 2 Watch List the previous year.", report(2006)), @"2005 tier_placement: tier_2_watch_list");
        // The period a placement weighs is no year of its own.
        insta::assert_snapshot!(run(&TierRule, "Testland made progress over the last year and is therefore upgraded to Tier 2.", report(2006)), @"2006 tier_placement: tier_2");
        // With no report to count back from, no year.
        insta::assert_snapshot!(run(&TierRule, "Testland was placed on Tier 3 last year.", wiki()), @"undated tier_placement: tier_3");
    }

    #[test]
    fn a_rating_of_countries_in_general_places_none() {
        insta::assert_snapshot!(run(&TierRule, "A country being rated a Tier 2 country means that it does not fully meet the minimum standards.", wiki()), @"");
        insta::assert_snapshot!(run(&TierRule, "Countries rated Tier 3 may face sanctions.", report(2014)), @"");
        insta::assert_snapshot!(run(&TierRule, "Countries whose governments fully comply with the Trafficking Victims Protection Act's minimum standards are included in Tier 1.", wiki()), @"");
        insta::assert_snapshot!(run(&TierRule, "Those countries that do not fully comply but make significant efforts are placed on Tier 2.", wiki()), @"");
        // A country of its own is rated.
        insta::assert_snapshot!(run(&TierRule, "In 2015 Testland was rated a Tier 2 country.", wiki()), @"2015 tier_placement: tier_2");
    }

    #[test]
    fn a_report_told_in_the_present_places_the_country() {
        insta::assert_snapshot!(run(&TierRule, "The new report again ranks Testland on the Tier 2 Watch List, one tier away from the lowest position, Tier 3.", report(2014)), @"2014 tier_placement: tier_2_watch_list");
        insta::assert_snapshot!(run(&TierRule, "The report keeps Testland in Tier 2.", report(2014)), @r"
        2014 tier_placement: tier_2
        2013 tier_placement: tier_2 (inferred)
        ");
        insta::assert_snapshot!(run(&TierRule, "The 2012 report places Testland on Tier 3.", wiki()), @"2012 tier_placement: tier_3");
    }

    #[test]
    fn a_copula_after_the_countrys_own_ranking_places_it() {
        insta::assert_snapshot!(run(&TierRule, "This year Testland's ranking was Tier 3.", report(2014)), @"2014 tier_placement: tier_3");
        insta::assert_snapshot!(run(&TierRule, "In 2012 its rating was Tier 2 Watch List.", wiki()), @"2012 tier_placement: tier_2_watch_list");
        // A rank of no country is no placement.
        insta::assert_snapshot!(run(&TierRule, "The lowest ranking is Tier 3.", report(2014)), @"");
    }

    #[test]
    fn a_participle_before_its_own_subject_leaves_the_placement() {
        insta::assert_snapshot!(run(&TierRule, "Being a source country, Testland was placed on Tier 2 in 2015.", wiki()), @"2015 tier_placement: tier_2");
    }

    #[test]
    fn not_placements() {
        assert_eq!(
            run(
                &TierRule,
                "Testland was not placed on Tier 3 per Section 107 of the TVPRA, as it has a written plan.",
                report(2011)
            ),
            ""
        );
        assert_eq!(
            run(
                &TierRule,
                "Without the waiver, the country would have been placed on Tier 3.",
                report(2016)
            ),
            ""
        );
        assert_eq!(
            run(
                &TierRule,
                "If it does not improve, it may be downgraded to Tier 3 next year.",
                report(2016)
            ),
            ""
        );
        assert_eq!(
            run(
                &TierRule,
                "Tier 3 countries are defined as those whose governments do not comply.",
                lead(2017)
            ),
            ""
        );
        // A gerund for the subject: what a tier means.
        assert_eq!(
            run(
                &TierRule,
                "Being ranked Tier 3 means that a government does not comply.",
                lead(2017)
            ),
            ""
        );
        assert_eq!(
            run(
                &TierRule,
                "Cambodia had previously hovered between Tier 2 and the Tier 2 watch lists.",
                wiki()
            ),
            ""
        );
        let cx = SentenceCtx::standalone("It was placed on Tier 3 Watchlist in 2015.", wiki());
        let mut out = Output::default();
        TierRule.apply(&cx, &mut Discourse::default(), &mut out);
        assert!(out.events.is_empty());
        assert_eq!(out.diagnostics[0].code, DiagnosticCode::UnknownTier);
    }
}
