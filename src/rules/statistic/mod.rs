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
//!         | ("this" | "which" | "this number") ("rose" | "fell" ...) "to" QUANTITY   and so does a count of it changed
//! one    := VERB ("a" | "an") MODIFIER* NOUN                                  "convicting a trafficker"
//! again  := VERB ("them" | "all of them" | "all victims" | "the victim")      restates the count before
//! zero   := ("did not" | "failed to" | ("government" | "authorities") "not") "report"? VERB ("or" VERB)* ("any" | "anyone" | "a" NOUN)
//!         | ("reported" | "demonstrated") "no efforts to" VERB ("," VERB)*
//!         | "no" ("legal")? ("investigations" | "prosecutions" | "convictions")
//! ```
//! Breakdowns in brackets after a count ("150 victims (53 sex trafficking, 97
//! labor trafficking)"), parts of it ("190 victims, including 56 children") and the
//! denominator of "148 of 150" are not counts. A count that leaves its noun out takes the
//! noun of the count before it ("identified 40 victims and referred 25 to shelters").
//! Money, percentages, ages, years, durations and article numbers never are.
//!
//! `counts` reads the counts stated with a number, `singles` counts of one told with an
//! article ("convicting a trafficker"), `firsts` those told by "its first conviction" and
//! `zeros` those stated as zero;
//! `nouns`, `verbs` and `parts` read what a count counts, the verb that tells its
//! metric, and how it stands to the counts before it; `sums` drops, once a paragraph is
//! read, the shares of a whole told sentence by sentence.

mod counts;
mod firsts;

/// The rule name of a count of one told by "first" ("achieved its first conviction"). Such a
/// count only joins a count stated for its metric and year; on its own it is dropped when a
/// document's events are merged, as no count is told.
pub(crate) const FIRST_RULE: &str = "statistic:first";
/// The rule name of a count of one told by an article in a report's summary of its efforts
/// ("These efforts included investigating an allegedly complicit official"). It joins a count
/// stated for its metric and year; on its own it stands, as readers of an opening without its
/// sections take it.
pub(crate) const SUMMARY_RULE: &str = "statistic:summary";
mod nouns;
mod parts;
mod singles;
mod sums;
#[cfg(test)]
mod tests;
mod verbs;
mod zeros;

use self::counts::counts;
use self::firsts::firsts;
use self::parts::{
    agency_shares, done_to_counted, form_breakdown, parts_of_people_counted, restated_whole,
};
use self::singles::{passive_singles, singles};
pub(crate) use self::sums::drop_shares_of_wholes;
use self::zeros::{push_zero, zeros};
use crate::event::{Event, EventKind, Fact, Metric};
use crate::quantity::Quantity;
use crate::rules::context::SentenceCtx;
use crate::rules::lexicon::{
    is_enforcement_metric, BUYER_OFFENSES, CHANGED_VERB_ALTERNATION, CLAUSE_BREAKS, DEMONYMS,
    MODAL_HEDGES, NON_STATE_FINDERS, PLAN_PHRASES, RATE_PHRASES, SINCE_SUPERLATIVES, STATE_AGENTS,
    STATUS_HEDGES, STATUS_OR_MODAL_HEDGES, STATUS_OR_PROPOSAL_HEDGES, TRAFFICKING_GERUNDS,
    TRAFFICKING_WORDS,
};
use crate::rules::{Discourse, Output, Rule};
use crate::temporal::{PartialDate, TimeExpr, TimeMention};

/// Finds statistics.
pub struct StatisticRule;

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
            "opening",
            // "did not initiate any new trafficking cases".
            "initiat",
            "instituted",
            "number of",
            "prosecut",
            "convict",
            "sentenc",
            "tried",
            "identif",
            "register",
            "detect",
            // "confirmed 64 victims", "confirming 13 adult victims".
            "confirm",
            "reported",
            "recorded",
            "rescu",
            "attend",
            "documented",
            "assist",
            "shelter",
            "served",
            "serving",
            "support",
            "refer",
            "repatriat",
            // "returned 20 victims to their home countries", "the return of 45 victims".
            "return",
            "train",
            "charge",
            "indict",
            "services",
            "care$",
            "cared",
            "caring",
            "healthcare",
            // "medical care", "medical attention", "medical services".
            "medical",
            // "12 defendants were brought to trial".
            "to trial",
            // "six traffickers were found guilty", "found four defendants guilty".
            "guilty",
            // "This number compared with 45 victims in 2019": the count of the sentence before.
            "this compared",
            "this compares",
            "this number compared",
            "this data compared",
            "this figure compared",
            "this total compared",
            "these numbers compared",
            "these figures compared",
            // "This was an increase from 10 in 2015", "This was fewer than 24 in 2018", "This
            // represented a decrease from 30", "This is compared with 13 in 2016" (short, to
            // keep the automaton small).
            "this was ",
            "this is ",
            "this repr",
            "housing",
            "accommodation",
            // "15 new victims entered the Program", "enrolled 30 victims in its program".
            "entered the",
            "enrolled",
            // "received unemployment insurance", "received state benefits".
            "benefits",
            "insurance",
            // "provided 12 victims with legal aid", "counseling", "rehabilitation".
            "aid$",
            "counsel",
            "rehabilit",
            "reintegrat",
            // "The 313 cases involved 546 alleged traffickers": the people of cases told before.
            "cases involved",
            // "recognized four workers as trafficking victims".
            "as victims",
            "as trafficking victims",
            "as potential",
            // "as human trafficking victims" (short, to keep the automaton small).
            "as human",
            // "61 persons were determined to be victims of trafficking".
            "to be victims",
            "to be trafficking",
            "victim status",
        ]]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, d: &mut Discourse, out: &mut Output) {
        // "plans to train 200 officials" counts nothing; "220 cases are still pending" does.
        // Nor does "did not enact a proposed amendment": a proposal named is a bill's state.
        let hedges = cx.hedges();
        if hedges.any_besides(STATUS_HEDGES)
            && (hedges.any_besides(STATUS_OR_PROPOSAL_HEDGES) || !proposals_named(cx.text))
            && (hedges.any_besides(STATUS_OR_MODAL_HEDGES) || !modals_after_counts(cx))
        {
            return;
        }
        let mut found: Vec<(usize, crate::event::Event)> = Vec::new();
        if cx.is_negated() {
            zeros(cx, self.name(), &mut found);
        }
        // A bare year is never a count: without other digits or a number word there is nothing to count.
        if cx.has_count_digits() || cx.has_number_word() {
            counts(cx, self.name(), &mut found, &mut d.counted, &d.cases);
            infer_sentenced(cx, &mut found);
            infer_example_case(cx, &mut found);
            date_the_start_of_a_change(cx, &mut found);
            date_the_start_of_a_yearless_change(cx, &mut found);
            d.cases
                .extend(found.iter().filter_map(|(_, e)| match &e.fact {
                    Fact::Statistic {
                        metric,
                        quantity,
                        subject: Some(subject),
                        ..
                    } if subject.ends_with("cases") && quantity.min == quantity.max => {
                        Some((quantity.min?, *metric))
                    }
                    _ => None,
                }));
        }
        firsts(cx, FIRST_RULE, &mut found);
        singles(cx, self.name(), &mut found);
        passive_singles(cx, self.name(), &mut found);
        exploited_abroad(cx, &mut found);
        referred_by_others(cx.text, &mut found);
        planned_counts(cx.text, &mut found);
        other_offense_counts(cx, &mut found);
        buyers_counts(cx, &mut found);
        found.sort_by_key(|(pos, _)| *pos);
        form_breakdown(cx, &mut found, &mut d.wholes);
        agency_shares(cx, &mut found, &mut d.shared_whole);
        parts_of_people_counted(cx, &mut found, &mut d.people, &mut d.identified_totals);
        restated_whole(cx, self.name(), &mut found, &d.identified_totals);
        done_to_counted(cx, self.name(), &mut found);
        found.sort_by_key(|(pos, _)| *pos);
        out.events.extend(found.into_iter().map(|(_, e)| e));
    }
}

// The offenses other than trafficking a count may be told for: smuggling, the corruption of
// officials, fraud in recruiting workers, employers keeping workers' passports, and child
// labor not told to be forced.
crate::lazy_regex!(
    OTHER_OFFENSE_CHARGES,
    format!(
        r"(?i)\b(?:on\s+(?:{o})(?:-related)?\s+charges|on\s+charges\s+of\s+(?:{o})|(?:for|of|into)\s+(?:{o})(?:-related)?)\b",
        o = r"(?:migrant\s+|human\s+)?smuggling|corruption|(?:fraudulent|illegal)\s+recruitment|recruitment\s+fraud|(?:employer\s+)?(?:passport|document)\s+(?:retention|confiscation|withholding)|(?:exploitative\s+|illegal\s+|hazardous\s+)?child\s+labou?r"
    )
);

/// Whether a count other than a year starts between `from` and `to`: an offense told after
/// counts is the nearest one's.
fn count_between(cx: &SentenceCtx<'_>, from: usize, to: usize) -> bool {
    cx.quantities()
        .iter()
        .any(|q| from < q.start && q.start < to && !is_year(&cx.text[q.start..q.end]))
}

/// Drops the investigations, prosecutions and convictions of buyers of sex from victims
/// ("did not investigate, prosecute, or convict anyone for knowingly soliciting or
/// patronizing a sex trafficking victim"): the reports count that offense apart, and beside
/// the year's trafficking cases its zero would read as a second, contradicting count. The
/// offense is the nearest count's before it in its clause, or every zero's of a denied list.
fn buyers_counts(cx: &SentenceCtx<'_>, found: &mut Found) {
    let text = cx.text;
    if found.is_empty() || !crate::pattern::contains_ci(text, "patroni") {
        return;
    }
    let Some(offense) = BUYER_OFFENSES
        .iter()
        .filter_map(|o| crate::pattern::find_ci(text, o, 0))
        .min()
    else {
        return;
    };
    found.retain(|(pos, event)| {
        let Fact::Statistic { metric, .. } = &event.fact else {
            return true;
        };
        !is_enforcement_metric(*metric)
            || *pos > offense
            || text[*pos..offense].contains(';')
            || count_between(cx, *pos, offense)
    });
}

/// Drops the investigations, prosecutions and convictions told to be for smuggling,
/// corruption or recruitment fraud, which are no trafficking: "prosecuted and convicted on
/// smuggling charges 10 suspected traffickers", "convicted 10 defendants for smuggling",
/// "convicting two former officials of corruption-related activities", "did not initiate any
/// investigations into fraudulent recruitment", "did not investigate any reports of employer
/// passport retention", "prosecuted four defendants for exploitative child labor". The
/// charge is the count's when no comma or semicolon stands between them; "for smuggling and
/// trafficking" is trafficking too, as is "child labor trafficking". A figure the dropped count
/// is compared with ("..., compared with five in 2019") goes with it.
fn other_offense_counts(cx: &SentenceCtx<'_>, found: &mut Found) {
    let text = cx.text;
    let other_offense = || {
        [
            "smuggl",
            "corrupt",
            "recruit",
            "retention",
            "confiscation",
            "withholding",
            "child labo",
        ]
        .iter()
        .any(|w| crate::pattern::contains_ci(text, w))
    };
    if found.is_empty() || !other_offense() {
        return;
    }
    let charges: Vec<(usize, usize)> = OTHER_OFFENSE_CHARGES
        .find_iter(text)
        .filter(|m| {
            let after = text[m.end()..].trim_start();
            // "of child labor trafficking": the offense is trafficking.
            if crate::pattern::starts_with_ci(after, "traffick") {
                return false;
            }
            // "for smuggling and trafficking": the next few words join trafficking to it; not
            // "of smuggling and 12 trafficking cases", another count.
            let joined = ["and ", "or "]
                .iter()
                .any(|w| crate::pattern::starts_with_ci(after, w));
            !(joined
                && after
                    .split_whitespace()
                    .take(4)
                    .take_while(|word| !word.starts_with(|c: char| c.is_ascii_digit()))
                    .any(|word| {
                        TRAFFICKING_WORDS
                            .iter()
                            .any(|t| crate::pattern::starts_with_ci(word, t))
                    }))
        })
        .map(|m| (m.start(), m.end()))
        .collect();
    let enforcement = |event: &Event| matches!(event.fact, Fact::Statistic { metric, .. } if is_enforcement_metric(metric));
    let charged = |pos: usize| {
        charges.iter().any(|&(start, end)| {
            // A charge before the counts is their verb's, to the clause's end; one after
            // them is the nearest count's.
            let (from, to) = match end <= pos {
                true => (end, pos),
                false => (pos, start),
            };
            // Not past "and" to another count ("40 cases of smuggling and 12 ...").
            to - from <= 80
                && !text[from..to].contains([',', ';'])
                && match end <= pos {
                    true => !(text[from..to].contains(" and ") && count_between(cx, 0, start)),
                    false => !count_between(cx, pos, start),
                }
        })
    };
    let counted: Vec<usize> = found
        .iter()
        .filter(|(_, event)| enforcement(event))
        .map(|(pos, _)| *pos)
        .collect();
    let dropped: Vec<usize> = counted
        .iter()
        .copied()
        .filter(|&pos| charged(pos))
        .collect();
    if dropped.is_empty() {
        return;
    }
    // The figure compared with a dropped count: the nearest count before it, in its clause.
    let compared_with_dropped = |pos: usize| {
        counts::COMPARISON.is_match(crate::pattern::tail(&text[..pos], 40))
            && counted
                .iter()
                .filter(|&&before| before < pos)
                .max()
                .is_some_and(|&before| {
                    dropped.contains(&before) && !text[before..pos].contains(';')
                })
    };
    found.retain(|(pos, event)| {
        !enforcement(event) || !(dropped.contains(pos) || compared_with_dropped(*pos))
    });
}

crate::lazy_cues!(PLAN_CUES, PLAN_PHRASES);

/// Drops the counts a plan or an aim governs: "planned to train 300 labor inspectors" tells
/// no training. A count before the plan, or in a clause of its own after it, stands
/// ("identified 45 victims and planned to open a shelter").
fn planned_counts(text: &str, found: &mut Found) {
    if found.is_empty() {
        return;
    }
    let mut plans: Vec<usize> = Vec::new();
    PLAN_CUES.scan(text, |_, end| {
        plans.push(end);
        true
    });
    if plans.is_empty() {
        return;
    }
    found.retain(|(pos, _)| {
        !plans.iter().any(|&end| {
            text.get(end..*pos).is_some_and(|between| {
                !CLAUSE_BREAKS
                    .iter()
                    .chain(&[" but "])
                    .any(|b| between.contains(b))
            })
        })
    });
}

crate::lazy_cues!(NON_STATE_CUES, NON_STATE_FINDERS);

/// "Law enforcement referred 12 victims, foreign embassies referred three, NGOs referred 23,
/// and 31 victims self-referred": referrals told by their sources are the state's own, the
/// others' a breakdown of those cared for, and victims who came themselves were referred by
/// no one. A referral by others told alone keeps its count.
fn referred_by_others(text: &str, found: &mut Found) {
    use crate::pattern::contains_ci;
    crate::lazy_finder!(REFER, "refer");
    if REFER.find(text.as_bytes()).is_none() {
        return;
    }
    let referral = |event: &crate::event::Event| {
        matches!(
            event.fact,
            Fact::Statistic {
                metric: Metric::VictimsReferred,
                ..
            }
        )
    };
    // Sources share a year: "referred 40 in 2016, compared with 17 in 2015" tells one source.
    let referrals: Vec<_> = found.iter().filter(|(_, e)| referral(e)).collect();
    let by_sources = referrals
        .iter()
        .enumerate()
        .any(|(i, (_, a))| referrals[i + 1..].iter().any(|(_, b)| a.date == b.date));
    found.retain(|(pos, event)| {
        if !referral(event) {
            return true;
        }
        // The count's own clause: "referred eight victims to an NGO and referred three child
        // victims to a shelter" names no NGO as the second referral's source.
        let start = crate::pattern::last_break(&text[..*pos], &[',', ';', ':', '('])
            .map_or(0, |at| at + 1)
            .max(text[..*pos].rfind(" and ").map_or(0, |at| at + 5));
        let before = &text[start..*pos];
        let rest = &text[*pos..];
        let end = [rest.find([',', ';', '(', ')']), rest.find(" and ")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(rest.len());
        let after = &rest[..end];
        let others =
            |words: &str| NON_STATE_CUES.any_in(words) || contains_ci(words, "foreign embass");
        let subject_refers = contains_ci(before, "refer") && others(before);
        let by_others =
            crate::pattern::find_ci(after, " by ", 0).is_some_and(|at| others(&after[at..]));
        !((by_sources && (subject_refers || by_others)) || contains_ci(after, "self-refer"))
    });
}

/// "There were reportedly six French women subjected to forced prostitution in Luxembourg":
/// victims told to exist in another country, with no one of the text's country who found
/// them, are no count of its identification; nor is any count of a sentence set abroad ("In
/// Great Britain, two Malagasy nationals were convicted").
fn exploited_abroad(cx: &SentenceCtx<'_>, found: &mut Found) {
    let Some(country) = cx.country.filter(|_| !found.is_empty()) else {
        return;
    };
    // "In Great Britain, two Malagasy nationals were convicted in 2009": a sentence set in
    // another country tells that country's counts.
    let set_abroad = cx.text.strip_prefix("In ").is_some_and(|rest| {
        crate::rules::foreign_place_at(country, rest, 0)
            .is_some_and(|place| rest[place.len()..].starts_with(','))
    });
    if set_abroad || told_of_foreign_agents(cx.text, country) {
        found.clear();
        return;
    }
    let existential = ["there were ", "there was ", "there are ", "there is "]
        .iter()
        .any(|p| crate::pattern::starts_with_ci(cx.text, p));
    // "international organizations identified more than 1,000 ... victims in Saudi Arabia":
    // found abroad by others than the state.
    let found_by_others = |pos: usize| {
        let start = cx.text[..pos].rfind([';', ':']).map_or(0, |at| at + 1);
        NON_STATE_CUES.any_in(&cx.text[start..pos])
    };
    let identified = |event: &crate::event::Event| {
        matches!(
            event.fact,
            Fact::Statistic {
                metric: Metric::VictimsIdentified,
                ..
            }
        )
    };
    if !existential
        && !found
            .iter()
            .any(|(pos, event)| identified(event) && found_by_others(*pos))
    {
        return;
    }
    found.retain(|(pos, event)| {
        if !identified(event) || (!existential && !found_by_others(*pos)) {
            return true;
        }
        let after = &cx.text[*pos..];
        let clause = &after[..after.find([';', '(']).unwrap_or(after.len())];
        !clause.match_indices(" in ").any(|(at, _)| {
            crate::rules::foreign_place_at(country, clause, at + " in ".len()).is_some()
        })
    });
}

/// Whether the sentence opens, past a lead-in, with another country's agents ("Greek law
/// enforcement authorities identified a victim from Sudan", "In 2007, South African police
/// ..."): the counts are theirs. A country the lexicon lacks is never taken as foreign.
fn told_of_foreign_agents(text: &str, country: &str) -> bool {
    let subject = text
        .split_once(", ")
        .filter(|(lead, _)| lead.len() < 12 || crate::temporal::lead_in_year(lead).is_some())
        .map_or(text, |(_, rest)| rest);
    let subject = subject
        .strip_prefix("The ")
        .or_else(|| subject.strip_prefix("the "))
        .unwrap_or(subject);
    // Capitalized first: most subjects name no country.
    if !subject.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    DEMONYMS.iter().any(|(home, adjective)| {
        subject
            .strip_prefix(adjective)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| {
                STATE_AGENTS
                    .iter()
                    .any(|agent| crate::pattern::starts_with_ci(rest, agent))
            })
            && !crate::rules::same_country(country, home)
    })
}

crate::lazy_regex!(
    CHANGE_OVER_YEARS,
    r"(?i)\bfrom\s+(?P<from>[\w,]+)\s+to\s+(?P<to>[\w,]+)\s+(?:in|over|within)\s+(?:the\s+(?:past|last|following|next)\s+)?(?P<span>\w+)\s+years\b"
);

/// "had gone up from 229 to 367 in three years": the first figure is of the year that many
/// years before the second's, when the sentence gives it no year of its own.
fn date_the_start_of_a_change(cx: &SentenceCtx<'_>, found: &mut Found) {
    if !cx.text.contains("years") {
        return;
    }
    for c in CHANGE_OVER_YEARS.captures_iter(cx.text) {
        let (from, to, span) = (&c["from"], c.name("to"), &c["span"]);
        let Some(years) = span
            .parse::<i32>()
            .ok()
            .or_else(|| {
                crate::quantity::words::word_value(span).and_then(|v| i32::try_from(v).ok())
            })
            .filter(|n| (1..=50).contains(n))
        else {
            continue;
        };
        if let (false, Some(to)) = (from.is_empty(), to) {
            let from = c.name("from").map_or(0, |m| m.start());
            date_the_first_figure(found, from, to.start(), years);
        }
    }
}

/// Dates the count at `from` `years` before the count at `to`, when the two were given one
/// date: the first figure of a change.
fn date_the_first_figure(found: &mut Found, from: usize, to: usize, years: i32) {
    let at = |pos: usize| found.iter().position(|(p, _)| *p == pos);
    let (Some(first), Some(last)) = (at(from), at(to)) else {
        return;
    };
    if let (Some(start), Some(end)) = (found[first].1.date, found[last].1.date) {
        if start == end {
            found[first].1.date = Some(PartialDate::year(end.year - years));
        }
    }
}

crate::lazy_regex!(
    CHANGE_FROM_TO,
    format!(
        r"(?i)\b(?:{CHANGED_VERB_ALTERNATION}|increas\w*|decreas\w*|declin\w*|rise|drop|fall|reduction|growth)\b[^.;()]{{0,80}}?\bfrom\s+(?P<from>[\w,]+)\s+to\s+(?P<to>[\w,]+)"
    )
);

/// "Convictions increased from three to seven": with no year of its own, the first figure
/// is of the year before the second's (not a range: "from five to ten victims per shelter"
/// tells no change).
fn date_the_start_of_a_yearless_change(cx: &SentenceCtx<'_>, found: &mut Found) {
    crate::lazy_finder!(FROM, " from ");
    if found.len() < 2 || FROM.find(cx.text.as_bytes()).is_none() {
        return;
    }
    for c in CHANGE_FROM_TO.captures_iter(cx.text) {
        let (Some(from), Some(to)) = (c.name("from"), c.name("to")) else {
            continue;
        };
        let own_year = cx
            .times()
            .iter()
            .any(|t| t.start >= from.end() && t.start <= from.end() + 4);
        if !own_year {
            date_the_first_figure(found, from.start(), to.start(), 1);
        }
    }
}

/// "One case led to the first conviction for ...", "In one case, police identified a victim":
/// a case opening the sentence is told as an example, one among those counted elsewhere, so
/// its count of one is inferred (merge folds it into a count told for its year).
fn infer_example_case(cx: &SentenceCtx<'_>, found: &mut Found) {
    for (pos, event) in found.iter_mut() {
        let Fact::Statistic {
            quantity,
            subject: Some(subject),
            ..
        } = &event.fact
        else {
            continue;
        };
        let lead = cx.text[..*pos].trim();
        let opens = lead.is_empty() || lead.eq_ignore_ascii_case("in");
        if opens && quantity.min == Some(1) && quantity.max == Some(1) && subject == "case" {
            event.inferred = true;
        }
    }
}

/// Marks the convictions counted in a clause of people sentenced, not convicted, inferred.
fn infer_sentenced(cx: &SentenceCtx<'_>, found: &mut Found) {
    crate::lazy_finder!(SENTENC, "entenc");
    if SENTENC.find(cx.text.as_bytes()).is_none() {
        return;
    }
    for (pos, event) in found.iter_mut() {
        let convictions = matches!(
            event.fact,
            Fact::Statistic {
                metric: Metric::Convictions,
                ..
            }
        );
        if convictions && !event.inferred {
            let (s, e) = crate::rules::context::clause(cx.text, *pos);
            // "Those 29 cases involved 32 defendants, of whom 11 were sentenced": people of
            // convictions told before.
            if counts::restates_cases(&cx.text[s..*pos]) {
                continue;
            }
            let number_end = cx.text[*pos..e].find(' ').map_or(e, |i| *pos + i);
            event.inferred =
                verbs::sentenced_not_convicted(&cx.text[s..*pos], &cx.text[number_end..e]);
        }
    }
    // "sentenced three individuals to death for communicating with the ILO": a sentence for
    // an act other than trafficking counts no conviction.
    found.retain(|(pos, event)| {
        !(event.inferred
            && matches!(
                event.fact,
                Fact::Statistic {
                    metric: Metric::Convictions,
                    ..
                }
            )
            && sentenced_for_another_act(
                &cx.text[*pos..crate::rules::context::clause(cx.text, *pos).1],
            ))
    });
}

/// Whether the words after people sentenced name an act of theirs that is no trafficking
/// ("to death for communicating with the ILO"): the first gerund after "for".
fn sentenced_for_another_act(after: &str) -> bool {
    let mut words = after.split_whitespace().map(trim_word);
    words.position(|w| w == "for").is_some()
        && words.next().is_some_and(|w| {
            w.len() > 4
                && w.ends_with("ing")
                && !TRAFFICKING_WORDS
                    .iter()
                    .any(|t| crate::pattern::starts_with_ci(w, t))
                && !crate::pattern::is_one_of(w, TRAFFICKING_GERUNDS)
        })
}

/// Whether every "would" or "should" of the sentence stands in a clause of its own after a
/// count ("identified 85 victims ... where officials determined they would be vulnerable"),
/// not before the counts it would hedge ("would train 200 officials").
fn modals_after_counts(cx: &SentenceCtx<'_>) -> bool {
    const OPENERS: [&str; 7] = ["where", "who", "that", "which", "because", "since", "as"];
    let text = cx.text;
    let Some(first) = cx
        .quantities()
        .iter()
        .find(|q| !is_year(&text[q.start..q.end]))
        .map(|q| q.end)
    else {
        return false;
    };
    MODAL_HEDGES.iter().all(|modal| {
        let mut from = 0;
        while let Some(at) = crate::pattern::find_ci(text, modal, from) {
            let between = &text[first.min(at)..at];
            let opened = between.contains(';')
                || words_of(between).any(|w| crate::pattern::is_one_of(w, &OPENERS));
            if at < first || !opened {
                return false;
            }
            from = at + modal.len();
        }
        true
    })
}

/// Whether every "proposed" of `text` names a proposal by a determiner before it ("a proposed
/// amendment", "the proposed law") rather than proposing ("proposed to train 200 officials").
fn proposals_named(text: &str) -> bool {
    const DETERMINERS: [&str; 8] = ["a", "an", "the", "its", "this", "that", "these", "their"];
    let mut from = 0;
    while let Some(at) = crate::pattern::find_ci(text, "proposed", from) {
        let word = text[..at].trim_end().rsplit(' ').next().unwrap_or("");
        if !DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(word)) {
            return false;
        }
        from = at + "proposed".len();
    }
    true
}

/// `word` without the punctuation around it.
pub(super) fn trim_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_ascii_alphanumeric())
}

pub(super) type Found = Vec<(usize, crate::event::Event)>;

/// Whether the count at `pos` is told as a rate ("several hundred cases are registered each
/// year", "Annually, some 200 victims are identified"): no year's count. A rate in brackets
/// after it is another figure's ("1152 victims (an average of almost 25 people per month)").
fn told_as_a_rate(text: &str, pos: usize) -> bool {
    let after = &text[pos..];
    let after = &after[..after.find([',', ';', '(']).unwrap_or(after.len())];
    let lead = text[..pos].rfind(';').map_or(0, |i| i + 1);
    let lead = text[lead..pos].trim_start();
    RATE_PHRASES.iter().any(|r| {
        crate::pattern::contains_ci(after, r)
            || crate::pattern::starts_with_ci(lead, r.trim_start())
    })
}

#[allow(clippy::too_many_arguments)]
pub(super) fn push(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    metric: Metric,
    quantity: Quantity,
    subject: Option<String>,
    pos: usize,
    limit: usize,
) {
    push_except(cx, rule, out, metric, quantity, subject, pos, limit, &[]);
}

/// [`push`], leaving out the dates starting at `others` (see
/// [`SentenceCtx::activity_date_except`]).
#[allow(clippy::too_many_arguments)]
pub(super) fn push_except(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    metric: Metric,
    quantity: Quantity,
    subject: Option<String>,
    pos: usize,
    limit: usize,
    others: &[usize],
) {
    // "from zero the previous two years", "zero victims between 2016 and 2018": a zero over
    // several periods is one in each.
    let recent = |t: &TimeMention| match t.expr {
        TimeExpr::RecentPeriods { .. } => true,
        TimeExpr::Range { .. } => t.start >= pos && t.start < limit,
        _ => false,
    };
    if quantity == Quantity::exact(0) && cx.times().iter().any(recent) {
        return push_zero(cx, rule, out, metric, subject, pos);
    }
    if told_as_a_rate(cx.text, pos) {
        return;
    }
    // "has only convicted one trafficker since 2014": a running total since a year before the
    // period told of, the count of no single year.
    let running_total = cx.times().iter().any(|t| {
        matches!(t.expr, TimeExpr::Since(y) if cx.anchor.activity_year().is_none_or(|a| y < a))
            && t.start >= pos
            && t.start < limit
            && !cx.text[pos..t.start].contains([',', ';', '(', '\u{2014}', '\u{2013}'])
            && !cx.text[pos..t.start].contains(" - ")
            // Not "for the first time since 2013", "the second conviction since 2014" ("has
            // only convicted one since 2014" is a total).
            && !cx.text[crate::pattern::words_back(cx.text, t.start, 6)..t.start]
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| {
                    SINCE_SUPERLATIVES
                        .iter()
                        .any(|s| *s != "only" && w.eq_ignore_ascii_case(s))
                })
    });
    // "compared with 494 in both 2020 and 2019", "two each in 2019 and 2018": a figure
    // without a noun, told for several years at once, is a count in each of them.
    let figure_end = cx
        .quantities()
        .iter()
        .find(|q| q.start == pos)
        .map(|q| q.end);
    let each_year = figure_end.map_or_else(Vec::new, |end| years_of_each(cx, pos, end));
    if !running_total && !each_year.is_empty() {
        for year in each_year {
            push_dated(
                cx,
                rule,
                out,
                metric,
                quantity,
                subject.clone(),
                pos,
                Some(year),
            );
        }
        return;
    }
    let date = match running_total {
        true => None,
        false => compared_with_previously(cx, pos)
            .or_else(|| cx.activity_date_except(pos, limit, others).point()),
    };
    push_dated(cx, rule, out, metric, quantity, subject, pos, date);
}

/// "prosecuted 16 cases, compared with four previously": a count compared with, told of the
/// time before by "previously" a few words after it, is of the previous reporting period.
fn compared_with_previously(cx: &SentenceCtx<'_>, pos: usize) -> Option<PartialDate> {
    // Within its phrase: "four previously", "25 victims identified previously". The word is
    // looked for first: it is rare, and every count passes here.
    let mut previously = false;
    for word in cx.text[pos..].split_whitespace().take(5) {
        let bare = word.trim_end_matches([',', ';', '.', ')']);
        previously = bare.eq_ignore_ascii_case("previously");
        if previously || bare.len() < word.len() {
            break;
        }
    }
    let compared = || counts::COMPARISON.is_match(crate::pattern::tail(&cx.text[..pos], 40));
    (previously && compared())
        .then(|| cx.anchor.reporting_period())
        .flatten()
        .map(|y| PartialDate::year(y - 1))
}

/// "convicted five traffickers in both 2017 and 2018", "35 in each of the two previous
/// years": the years the same count holds for, told right after its noun (none for any
/// other count). A count compared with ("compared with five in each of the past two
/// reporting periods") is of the periods before the current one.
pub(super) fn years_of_each(
    cx: &SentenceCtx<'_>,
    count_start: usize,
    noun_end: usize,
) -> Vec<PartialDate> {
    let rest = &cx.text[noun_end..];
    let lead = rest.len() - rest.trim_start().len();
    let Some(prefix) = EACH_YEAR_PREFIXES.iter().find(|p| {
        rest[lead..]
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    }) else {
        return Vec::new();
    };
    let from = noun_end + lead + prefix.len();
    let recent = cx.times().iter().find_map(|t| match t.expr {
        TimeExpr::RecentPeriods { count, offset } if t.start == from => Some((count, offset)),
        _ => None,
    });
    let compared =
        || counts::COMPARISON.is_match(crate::pattern::tail(&cx.text[..count_start], 40));
    match (recent, cx.anchor.reporting_period()) {
        (Some((count, offset)), Some(period)) => {
            let offset = match offset == 0 && compared() {
                true => -1,
                false => offset,
            };
            (0..count.min(zeros::MOST_YEARS_BACK))
                .map(|back| PartialDate::year(period + offset - back as i32))
                .collect()
        }
        _ => cx.dates_listed_after(from),
    }
}

/// The words that tell a count holds for each of the years after them.
const EACH_YEAR_PREFIXES: [&str; 5] = [
    "in both ",
    "in each of ",
    "each in ",
    "during each of ",
    "for each of ",
];

#[allow(clippy::too_many_arguments)]
pub(super) fn push_dated(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    metric: Metric,
    quantity: Quantity,
    subject: Option<String>,
    pos: usize,
    date: Option<PartialDate>,
) {
    push_told(cx, rule, out, (metric, quantity, subject), pos, date, false);
}

/// [`push_dated`], for a count the text implies rather than states ("the same as in 2019").
#[allow(clippy::too_many_arguments)]
pub(super) fn push_inferred(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    metric: Metric,
    quantity: Quantity,
    subject: Option<String>,
    pos: usize,
    date: Option<PartialDate>,
) {
    push_told(cx, rule, out, (metric, quantity, subject), pos, date, true);
}

/// A count with its date, stated or `inferred`.
pub(super) fn push_told(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    (metric, quantity, subject): (Metric, Quantity, Option<String>),
    pos: usize,
    date: Option<PartialDate>,
    inferred: bool,
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
            inferred,
            rule,
        ),
    ));
}

/// "2013": a year, not an amount.
pub(super) fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"))
}

/// The words of `text`, punctuation left out.
pub(super) fn words_of(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}
