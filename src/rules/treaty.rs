//! `treaty_ratification`: a state ratifying, acceding to or signing a treaty.
//!
//! ```text
//! ratification := ("ratified" | "acceded to" | "signed" ("but" "did"? "not" "ratify")? | "adopted" | "joined" | ("became" | "is" | "has been") "a party to")
//!                 "the"? NAME (Protocol | Convention | Treaty | Covenant | Charter) NUMBERS? ... DATE?
//! NUMBERS      := NUMBER ("(" ... ")")? ("and" NUMBER ...)*       "ILO Conventions 138 (...) and 182" → two events
//! again        := ratification ... ("ratified" | "acceded to" | "signed") "it"   the same treaty, its own date
//! and its      := ratification ("and" ("its" | "the") NAME)                    a second treaty, the same verb
//! named first  := NAME ","? ("which" | "that") SUBJECT ("had" | "has")? VERB       "the Palermo Protocol, which it signed in 2000"
//!               | NAME ("was" | "had been" ...) VERB ("by" AGENT)?               "was ratified by Testland in 2005", not "by 178 countries"
//! then         := named first ... ("and" | "," "was") VERB                     "was signed in 2000 and ratified in 2003": a second act
//! ```
//! A ratification is dated by the first date after its verb (before the next treaty), else the nearest.
//! Recommendations ("accede to the 2000 UN TIP Protocol") are not events.

use super::context::{crosses_clause, negated_before, SentenceCtx};
use super::lexicon::TREATY_VERBS;
use super::{Discourse, Output, Rule};
use crate::event::{EventKind, Fact, TreatyAction};
use crate::lazy_regex;
use crate::pattern::contains_ci;
use crate::temporal::lexicon::month_number;
use crate::temporal::{PartialDate, TimeExpr};

/// Finds treaty ratifications.
pub struct TreatyRule;

/// A treaty's name: up to six words, the treaty noun, numbers, and what it is on or against.
const NAME: &str = r"(?P<name>(?:[\w.'-]+\s+){0,6}?(?:Protocols?|Conventions?|Treaty|Covenant|Charter)\b(?P<nums>\s+(?:No\.\s*)?\d+(?:\s*\([^)]*\))?(?:\s*(?:,|and|,\s*and)\s*\d+(?:\s*\([^)]*\))?)*)?(?:\s+(?:on|against|Against|for|to|of|concerning|relating\s+to)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|on|in|and|the|against|to|for|Especially|Women|Children)|,\s+(?:Especially|Suppress))*)?)";

// "ratified the following international instruments: the ...": the first of a list after a colon;
// "has signed various conventions on trafficking, including the ...": the first one named.
// "signed but did not ratify the ...": signed, the denial between the verb and the name.
lazy_regex!(
    TREATY,
    format!(
        r"(?i:\b(?P<verb>ratified|ratifying|acceded\s+to|acceding\s+to|voted\s+to\s+(?:ratify|accede\s+to)|signed|adopted|joined|(?:became|becomes|is|was|has\s+been|had\s+been|remains)\s+(?:a\s+)?(?:state\s+)?(?:party|signatory)\s+to|ratification\s+of|accession\s+to)(?:\s*,?\s+but\s+(?:(?:has|have|had|did|does)\s+)?not\s+(?:yet\s+)?(?:ratified|ratify)\s*,?)?\s+)(?:the\s+following\s+(?:[\w-]+\s+){{0,2}}?(?:instruments|treaties|conventions|protocols|agreements)\s*:\s*|(?:various|several|numerous|many|a\s+number\s+of|key|major)\s+(?:[\w-]+\s+){{0,2}}?(?:instruments|treaties|conventions|protocols|agreements)(?:\s+(?:on|against|relating\s+to)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?\s*,?\s+(?:including|such\s+as)\s+)?(?:the\s+)?{NAME}"
    )
);
// "... Convention against Transnational Organized Crime and its Protocol to ...": a second
// treaty sharing the verb.
lazy_regex!(
    AND_ITS,
    format!(r"^(?:\s+\([A-Z]{{2,}}\))?(?P<and>,?\s+and)?\s+(?P<det>(?:its|the)\s+)?{NAME}")
);
// "ratified the Palermo Protocol, and in 2010 the ILO Convention No. 182" (the first dated
// before or after its name): a second treaty with its own date, the verb left out.
lazy_regex!(
    GAPPED,
    format!(
        r"^(?:\s+(?:in|on)\s+[^,;]{{1,20}}?)?,?\s+and(?P<gap>)\s+(?:in|on)\s+[^,;]{{1,20}}?,?\s+(?:the\s+)?{NAME}\s*(?:[.;,]|$)"
    )
);
// "ratified ILO Convention No. 29 in 1998 and ILO Convention No. 105 in 2000": a second
// treaty after the first one's date, with a date of its own (the first name may have taken
// the "in" before it: "... on Forced Labour in 1957 and ...").
lazy_regex!(
    GAPPED_DATED,
    format!(
        r"^(?:\s+(?:in|on))?\s+[^,;]{{1,20}}?,?\s+(?P<gap>and)\s+(?:the\s+|its\s+)?{NAME}\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?\d"
    )
);
// "the Palermo Protocol, which it signed in 2000", "The UN TIP Protocol was ratified by Testland
// in 2005": the treaty named before its verb.
lazy_regex!(
    TREATY_THEN_VERB,
    format!(
        r"{NAME}\s*,?\s+(?:(?:which|that)\s+(?:it|they|the\s+(?:country|government|state)|(?:the\s+)?(?P<subject>(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?))\s+(?:had\s+|has\s+|have\s+)?|(?:was|were|had\s+been|has\s+been)\s+)(?P<verb>(?i:ratified|acceded\s+to|signed|joined|adopted))\b(?:\s+by\s+(?P<agent>[^,.;]{{1,40}}))?"
    )
);
// "... signed in 2000 and ratified in 2004", "... which Testland signed in Palermo in 2000, was
// ratified in 2004": the same treaty's next act, with nothing after it that could be another
// object ("and ratified agreements with ...").
lazy_regex!(
    THEN_VERB,
    r"(?i)^[^;]{0,60}?(?:,?\s+and\s+(?:was\s+|were\s+)?|,\s+(?:and\s+)?(?:was|were|has\s+been|had\s+been)\s+)(?:later\s+|subsequently\s+|then\s+|finally\s+|eventually\s+)?(?P<verb>ratified|acceded\s+to|signed)(?:\s+it)?(?:\s+(?:in|on|by|during|at|later|the\s+following|the\s+next|a\s+year)\b|\s*[.,;]|\s*$)"
);
lazy_regex!(PASSIVE_AGENT, r"^\s+by\s+(?P<agent>[^,.;]{1,40})");
lazy_regex!(NUMBER, r"\d+");
lazy_regex!(
    RATIFIED_IT,
    r"(?i)\b(?P<verb>ratified|acceded\s+to|signed|joined)\s+(?:it|them)\b|\band\s+(?:later\s+|subsequently\s+|then\s+)?(?P<later>ratified|acceded\s+to|signed|joined)\s+(?:in|on|during)\s+(?:[A-Z][a-z]+\s+)?\d|^\s*\((?P<aside>ratified|acceded|signed|joined|ratification|accession)\b"
);

const NAME_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "un",
    "on",
    "of",
    "against",
    "to",
    "for",
    "and",
    "optional",
    "international",
    "regional",
];

impl Rule for TreatyRule {
    fn name(&self) -> &'static str {
        "treaty"
    }

    fn kind(&self) -> EventKind {
        EventKind::TreatyRatification
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        &[
            &[
                "ratif",
                "acced",
                "accession",
                "signed",
                "signatory",
                "adopted",
                "joined",
                "party to",
            ],
            &["protocol", "convention", "treaty", "covenant", "charter"],
        ]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, _d: &mut Discourse, out: &mut Output) {
        let found: Vec<crate::pattern::Captures<'_>> = TREATY.captures_iter(cx.text).collect();
        // A hedge in a later clause is that clause's ("acceded to ... in 2023 and began
        // drafting a bill").
        let hedged = cx.is_hedged()
            && found.first().is_none_or(|c| {
                super::context::hedged_in_clause_of(cx.text, c.name("verb").map_or(0, |v| v.end()))
            });
        if hedged {
            return;
        }
        if found.is_empty() {
            self.named_first(cx, out);
            return;
        }
        for (i, c) in found.iter().enumerate() {
            let verb = c.name("verb").expect("verb");
            let name = c.name("name").expect("name");
            if negated_before(cx.text, verb.start()) || others_act(cx, verb.start()) {
                continue;
            }
            let head = &name.as_str()[..name.as_str().find(['(']).unwrap_or(name.as_str().len())];
            let prefix_ok = head
                .split_whitespace()
                .take_while(|w| !TREATY_NOUNS.iter().any(|n| w.starts_with(n)))
                .all(|w| {
                    w.starts_with(|ch: char| ch.is_ascii_uppercase() || ch.is_ascii_digit())
                        || NAME_WORDS.contains(&w.to_ascii_lowercase().as_str())
                });
            if !prefix_ok {
                continue;
            }
            let mut treaties = names(name.as_str(), c.name("nums").map(|n| n.as_str()));
            // The name may have taken the "and" ("... Organized Crime and").
            let ends_in_and = name.as_str().ends_with(" and");
            // With no determiner, the name itself opens: "and ILO Convention 182", not "and in
            // 2010 the ...".
            let second = AND_ITS
                .captures(&cx.text[name.end()..])
                .filter(|c| ends_in_and || c.name("and").is_some())
                .filter(|c| {
                    c.name("det").is_some()
                        || c.name("name").is_some_and(|n| {
                            n.as_str().starts_with(|ch: char| {
                                ch.is_ascii_uppercase() || ch.is_ascii_digit()
                            })
                        })
                });
            if let Some(second) = second {
                let second_name = second.name("name").expect("name").as_str();
                treaties.extend(names(second_name, second.name("nums").map(|n| n.as_str())));
            }
            // "signed the ... Convention in 2005 and ratified it in 2008": the same treaty again.
            let rest_end = found
                .get(i + 1)
                .map_or(cx.text.len(), |n| n.get(0).expect("group 0").start());
            let again = RATIFIED_IT
                .captures(&cx.text[name.end()..rest_end])
                .and_then(|a| {
                    a.name("verb")
                        .or_else(|| a.name("later"))
                        .or_else(|| a.name("aside"))
                })
                .map(|v| (name.end() + v.start(), v.as_str()))
                .filter(|(at, _)| !negated_before(cx.text, *at));
            let rest = &cx.text[name.end()..rest_end];
            let gapped = [&*GAPPED, &*GAPPED_DATED].into_iter().find_map(|gap| {
                let g = gap.captures(rest)?;
                let treaties = names(g.name("name")?.as_str(), g.name("nums").map(|n| n.as_str()));
                Some((name.end() + g.name("gap")?.start(), treaties))
            });
            let mut spans = vec![(verb.start(), rest_end, verb.as_str(), &treaties)];
            // "signed the Protocol (ratified 2011)": the aside's date is its act's alone.
            let aside_at = again
                .filter(|(at, _)| cx.text[name.end()..*at].trim_end().ends_with('('))
                .map(|(at, _)| at);
            if let Some((at, again_verb)) = again {
                spans[0].1 = at;
                // "is a party to the Protocol, having acceded to it in 2010": being a party is
                // what the act made it, one event ("became a party" is an act of its own).
                if contains_ci(verb.as_str(), "party") && !contains_ci(verb.as_str(), "becam") {
                    spans.clear();
                }
                spans.push((at, rest_end, again_verb, &treaties));
            } else if let Some((at, others)) = &gapped {
                spans[0].1 = *at;
                spans.push((*at, rest_end, verb.as_str(), others));
            }
            for (at, until, verb, treaties) in spans {
                let action = action(verb);
                // The date stated after the verb, else the one nearest to it.
                let after = cx
                    .explicit_dates()
                    .into_iter()
                    .find(|(p, _)| *p > at && *p < until && !crosses_clause(&cx.text[at..*p]))
                    .map(|(_, d)| d);
                // "Ratification of the ... Convention took place in 2008": a ratification named
                // by its noun is one made only with its date ("called for ratification of" is not).
                let nominal = ["ratification", "accession"].iter().any(|n| {
                    verb.get(..n.len())
                        .is_some_and(|h| h.eq_ignore_ascii_case(n))
                });
                // "its 1996 ratification of the European Social Charter": the year naming it.
                let year_before = || {
                    let t = cx.times().iter().find(|t| {
                        t.end <= at && cx.text[t.end..at].trim().is_empty() && t.end > t.start
                    })?;
                    cx.resolve(t).point()
                };
                let after = match nominal {
                    true => after.or_else(year_before),
                    false => after,
                };
                // "deposited its instrument of ratification of ...": the act itself, dated
                // as a verb is.
                let deposited = || {
                    let lead = crate::pattern::tail(&cx.text[..at], 48).trim_end();
                    contains_ci(lead, "deposit")
                        && ["instrument of", "instruments of"]
                            .iter()
                            .any(|i| crate::pattern::ends_with_ci(lead, i))
                };
                if nominal && after.is_none() && !deposited() {
                    continue;
                }
                let before_aside = || {
                    cx.explicit_dates()
                        .into_iter()
                        .rfind(|(p, _)| *p < at)
                        .map(|(_, d)| d)
                };
                let date = match aside_at {
                    Some(a) if until == a => after.or_else(before_aside),
                    _ => after.or_else(|| cx.nearest_date(at)),
                }
                .or_else(|| party_since(cx, verb, at, until));
                for treaty in treaties {
                    out.events.push(cx.event(
                        Fact::TreatyRatification {
                            treaty: treaty.clone(),
                            action,
                        },
                        date,
                        false,
                        self.name(),
                    ));
                }
            }
        }
    }
}

impl TreatyRule {
    /// Treaties named before their verb ([`TREATY_THEN_VERB`]), each dated by the first
    /// date after the verb in its clause, else the nearest.
    fn named_first(&self, cx: &SentenceCtx<'_>, out: &mut Output) {
        for c in TREATY_THEN_VERB.captures_iter(cx.text) {
            let verb = c.name("verb").expect("verb");
            let name = c.name("name").expect("name");
            if negated_before(cx.text, verb.start()) {
                continue;
            }
            // "the Protocol, which the United States signed": another country's act.
            if c.name("subject")
                .is_some_and(|s| !names_the_country(cx.country, s.as_str()))
            {
                continue;
            }
            // "was ratified by 178 countries": others' ratifications.
            if c.name("agent").is_some_and(|a| !own_agent(a.as_str())) {
                continue;
            }
            // "the Convention was signed in Palermo, Italy": the treaty's opening, at a place,
            // no country's act.
            let between = cx.text[name.end()..verb.start()].trim_matches([' ', ',']);
            let passive = ["was", "were", "has been", "had been"]
                .iter()
                .any(|w| between.eq_ignore_ascii_case(w));
            // "the Protocol, which Testland adopted in 2009": its act; "the Protocol was adopted
            // in 2000": the treaty's own making. Either may be followed by the country's act
            // ("... and signed by Testland in 2002").
            let own_act = !(passive
                && c.name("agent").is_none()
                && (signed_at_a_place(&cx.text[verb.end()..])
                    || verb.as_str().eq_ignore_ascii_case("adopted")));
            let Some(start) = name_start(name.as_str()) else {
                continue;
            };
            let full = &name.as_str()[start..];
            let nums = c.name("nums").map(|n| n.as_str());
            // "was signed in December 2000 and ratified in 2003": a second act on the same
            // treaty, dated by what follows it.
            let then = THEN_VERB
                .captures(&cx.text[verb.end()..])
                .and_then(|t| t.name("verb"))
                .map(|v| (verb.end() + v.start(), verb.end() + v.end()))
                .filter(|(at, end)| {
                    let agent = PASSIVE_AGENT
                        .captures(&cx.text[*end..])
                        .and_then(|a| a.name("agent"));
                    !negated_before(cx.text, *at)
                        && match agent {
                            Some(agent) => own_agent(agent.as_str()),
                            None => !signed_at_a_place(&cx.text[*end..]),
                        }
                });
            let until = cx.text[verb.end()..]
                .find([',', ';'])
                .map_or(cx.text.len(), |i| verb.end() + i)
                .min(then.map_or(usize::MAX, |(at, _)| at));
            let date = cx
                .explicit_dates()
                .into_iter()
                .find(|(p, _)| *p > verb.start() && *p < until)
                .map(|(_, d)| d)
                .or_else(|| cx.nearest_date(verb.start()));
            let mut acts = Vec::new();
            if own_act {
                acts.push((action(verb.as_str()), date));
            }
            if let Some((at, end)) = then {
                let until = cx.text[end..]
                    .find([',', ';'])
                    .map_or(cx.text.len(), |i| end + i);
                let date = cx
                    .explicit_dates()
                    .into_iter()
                    .find(|(p, _)| *p > at && *p < until)
                    .map(|(_, d)| d);
                acts.push((action(&cx.text[at..end]), date));
            }
            for (action, date) in acts {
                for treaty in names(full, nums) {
                    out.events.push(cx.event(
                        Fact::TreatyRatification { treaty, action },
                        date,
                        false,
                        self.name(),
                    ));
                }
            }
        }
    }
}

/// Whether the words after a verb name the place it was done at ("in Palermo, Italy"), not
/// a time ("in December 2000", "in 2000").
fn signed_at_a_place(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" in ") else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && crate::temporal::lexicon::month_number(word).is_none()
}

/// Where a treaty's name starts in a match that may have taken words before it ("a signatory
/// to the Palermo Protocol" → "Palermo Protocol"): after the last word that cannot be part of
/// a name, and past lowercase function words; `None` when no name word is left.
fn name_start(found: &str) -> Option<usize> {
    let head_end = found.find(['(']).unwrap_or(found.len());
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for w in found[..head_end].split(' ') {
        if TREATY_NOUNS.iter().any(|n| w.starts_with(n)) {
            break;
        }
        words.push((at, w));
        at += w.len() + 1;
    }
    let name_word = |w: &str| {
        w.starts_with(|ch: char| ch.is_ascii_uppercase() || ch.is_ascii_digit())
            || NAME_WORDS.contains(&w.to_ascii_lowercase().as_str())
    };
    let first_kept = words
        .iter()
        .rposition(|(_, w)| !name_word(w))
        .map_or(0, |i| i + 1);
    let start = words[first_kept..]
        .iter()
        .find(|(_, w)| {
            !w.starts_with(|ch: char| ch.is_ascii_lowercase()) && !matches!(*w, "The" | "A" | "An")
        })
        .map_or(at, |(s, _)| *s);
    (start < found.len()).then_some(start)
}

/// Whether the subject of the verb at `at` is another country alone ("Honduras ratified
/// ..." in an article about Georgia; not "Georgia and Honduras ratified ...").
fn others_act(cx: &SentenceCtx<'_>, at: usize) -> bool {
    let Some(country) = cx.country else {
        return false;
    };
    let before = &cx.text[..at];
    let start = crate::pattern::last_break(before, &[',', ';', ':']).map_or(0, |p| p + 1);
    let subject = &before[start..];
    if subject.split_whitespace().count() > 6 || names_the_country(Some(country), subject) {
        return false;
    }
    let words = subject
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_uppercase() && (i == 0 || subject[..i].ends_with(' ')));
    // "The Slovak Republic" in an article on Slovakia: a name sharing the country's stem is
    // taken for the country's own.
    let same_stem = |place: &str| {
        let (p, c) = (place.as_bytes(), country.as_bytes());
        p.len() >= 5 && c.len() >= 5 && p[..5].eq_ignore_ascii_case(&c[..5])
    };
    words
        .map(|(i, _)| start + i)
        .filter_map(|w| super::foreign_place_at(country, cx.text, w))
        .any(|place| !same_stem(place))
}

/// Whether a subject named before a verb is the text's country ("which Testland ratified",
/// "which the UAE adopted"); any name is, when the country is not known.
fn names_the_country(country: Option<&str>, subject: &str) -> bool {
    crate::pattern::is_one_of(subject, &["Government", "Parliament", "Country", "State"])
        || country.is_none_or(|c| crate::rules::same_country(c, subject))
}

/// True when the agent of a passive ratification ("by Testland", "by the government",
/// "by parliament in 2005") is the state itself, not others ("by 178 countries").
fn own_agent(agent: &str) -> bool {
    // The agent ends where its date starts ("by Testland in 2005").
    let agent = [" in ", " on ", " during ", " since ", " at "]
        .iter()
        .filter_map(|w| agent.find(w))
        .min()
        .map_or(agent, |i| &agent[..i]);
    let lower = agent.to_ascii_lowercase();
    let others = lower.bytes().any(|b| b.is_ascii_digit())
        || [
            "countries",
            "states",
            "nations",
            "members",
            "parties",
            "governments",
        ]
        .iter()
        .any(|w| lower.contains(w));
    let own = agent.starts_with(|c: char| c.is_ascii_uppercase())
        || [
            "the government",
            "the country",
            "the state",
            "parliament",
            "the parliament",
        ]
        .iter()
        .any(|w| lower.starts_with(w));
    own && !others
}

/// The words a treaty's name ends with.
const TREATY_NOUNS: [&str; 5] = ["Protocol", "Convention", "Treaty", "Covenant", "Charter"];

fn action(verb: &str) -> TreatyAction {
    let v: String = verb
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    // "is a signatory to", "accession to"; "ratification of" and any party to it ratified.
    let by_word = || {
        if v.contains("signatory") {
            TreatyAction::Signed
        } else if v.starts_with("accession") || v.ends_with("accede to") {
            TreatyAction::Acceded
        } else {
            TreatyAction::Ratified
        }
    };
    TREATY_VERBS
        .iter()
        .find(|(w, _)| *w == v)
        .map_or_else(by_word, |(_, a)| *a)
}

/// "a party to the Palermo Protocol since 2004": the year it became one. A lead-in counts
/// only for a state of being party ("Since 2005 it has been a party to ..."), as "since 2010
/// it has ratified ..." dates no ratification.
fn party_since(cx: &SentenceCtx<'_>, verb: &str, at: usize, until: usize) -> Option<PartialDate> {
    let state = contains_ci(verb, "party") || contains_ci(verb, "signatory");
    cx.times().iter().find_map(|t| match t.expr {
        TimeExpr::Since(y)
            if (t.start > at && t.start < until)
                || (state && t.end <= at && !crosses_clause(&cx.text[t.end..at])) =>
        {
            Some(PartialDate::year(y))
        }
        _ => None,
    })
}

/// "ILO Conventions 138 (on ...) and 182" → ["ILO Convention 138", "ILO Convention 182"].
fn names(name: &str, nums: Option<&str>) -> Vec<String> {
    let clean = |s: &str| {
        let mut words: Vec<&str> = s.split_whitespace().collect();
        // A date after the name is not part of it ("... Human Beings in December").
        if let Some(month) = words.iter().position(|w| month_number(w).is_some()) {
            words.truncate(month);
        }
        while words.last().is_some_and(|w| {
            matches!(
                *w,
                "on" | "of" | "in" | "and" | "the" | "against" | "to" | "for"
            )
        }) {
            words.pop();
        }
        words.join(" ")
    };
    // The numbers may stand inside the name ("ILO Convention 182 on the Worst Forms of Child
    // Labour"): the words after them are the name's too.
    let nums = nums.and_then(|n| Some((n, name.find(n)?)));
    match nums {
        Some((nums, at))
            if NUMBER.find_iter(&strip_parens(nums)).count() > 1
                || name.contains("Conventions")
                || name.contains("Protocols") =>
        {
            let base = clean(&name[..at])
                .replace("Conventions", "Convention")
                .replace("Protocols", "Protocol");
            NUMBER
                .find_iter(&strip_parens(nums))
                .map(|n| format!("{base} {}", n.as_str()))
                .collect()
        }
        Some((nums, at)) => vec![clean(&format!(
            "{}{}{}",
            &name[..at],
            strip_parens(nums),
            &name[at + nums.len()..]
        ))],
        None => vec![clean(name)],
    }
}

fn strip_parens(s: &str) -> String {
    let mut depth = 0i32;
    s.chars()
        .filter(|c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{report, run, wiki};

    #[test]
    fn ratifications() {
        insta::assert_snapshot!(run(&TreatyRule, "Turkmenistan ratified the 2000 UN TIP Protocol in March 2005.", wiki()), @"2005-03 treaty_ratification: ratified 2000 UN TIP Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "However, in March 2008 Uzbekistan adopted ILO Conventions 138 (on minimum age of employment) and 182 (on elimination of the worst forms of child labor) and is working with ILO.", wiki()), @r"
        2008-03 treaty_ratification: ratified ILO Convention 138
        2008-03 treaty_ratification: ratified ILO Convention 182
        ");
        insta::assert_snapshot!(run(&TreatyRule, "In 2011 the country acceded to the UN Convention against Transnational Organized Crime.", wiki()), @"2011 treaty_ratification: acceded UN Convention against Transnational Organized Crime");
        // Years counted on from the signature.
        insta::assert_snapshot!(run(&TreatyRule, "Testland signed the UN TIP Protocol in 2006 and ratified it two years later.", wiki()), @r"
        2006 treaty_ratification: signed UN TIP Protocol
        2008 treaty_ratification: ratified UN TIP Protocol
        ");
        // A second treaty after the first one's acronym.
        insta::assert_snapshot!(run(&TreatyRule, "In 2014, Westland acceded to the UN Convention against Transnational Organized Crime (UNTOC) and the 2000 UN TIP Protocol.", wiki()), @r"
        2014 treaty_ratification: acceded UN Convention against Transnational Organized Crime
        2014 treaty_ratification: acceded 2000 UN TIP Protocol
        ");
        insta::assert_snapshot!(run(&TreatyRule, "The government signed the Council of Europe Convention on Action against Trafficking in Human Beings on 16 May 2005.", wiki()), @"2005-05-16 treaty_ratification: signed Council of Europe Convention on Action against Trafficking in Human Beings");
        // The parliament's vote is the country's consent.
        insta::assert_snapshot!(run(&TreatyRule, "In 2019, parliament voted to accede to the 2000 UN TIP Protocol.", wiki()), @"2019 treaty_ratification: acceded 2000 UN TIP Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "In 2019, parliament voted to ratify the Palermo Protocol.", wiki()), @"2019 treaty_ratification: ratified Palermo Protocol");
    }

    #[test]
    fn treaties_listed_after_a_colon() {
        insta::assert_snapshot!(run(&TreatyRule, "In 2005, Testland ratified the following international instruments: the UN Convention against Transnational Organized Crime and its Protocol to Prevent, Suppress and Punish Trafficking in Persons.", wiki()), @r"
        2005 treaty_ratification: ratified UN Convention against Transnational Organized Crime
        2005 treaty_ratification: ratified Protocol to Prevent, Suppress and Punish Trafficking in Persons
        ");
        insta::assert_snapshot!(run(&TreatyRule, "In 2012 Testland signed the following treaties: ILO Convention 182 and the Palermo Protocol.", wiki()), @r"
        2012 treaty_ratification: signed ILO Convention 182
        2012 treaty_ratification: signed Palermo Protocol
        ");
    }

    #[test]
    fn a_treaty_signed_at_a_place_is_its_opening_not_a_party_act() {
        insta::assert_snapshot!(run(&TreatyRule, "In 2000, the United Nations Convention against Transnational Organized Crime was signed in Palermo, Italy.", wiki()), @"");
        insta::assert_snapshot!(run(&TreatyRule, "The Protocol was adopted in New York and was signed in Palermo in December 2000.", wiki()), @"");
        // A time after the verb, or the party's own act at the place, is still a signature.
        insta::assert_snapshot!(run(&TreatyRule, "The Palermo Protocol was signed in December 2000.", wiki()), @"2000-12 treaty_ratification: signed Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "The Palermo Protocol, which Testland signed in Palermo in 2000, entered into force in 2003.", wiki()), @"2000 treaty_ratification: signed Palermo Protocol");
    }

    #[test]
    fn a_treaty_adopted_by_the_country_named_before_its_verb() {
        insta::assert_snapshot!(run(&TreatyRule, "The Palermo Protocol, which it adopted in 2009, requires states to act.", wiki()), @"2009 treaty_ratification: ratified Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "The Palermo Protocol, which the Government signed in 2001, requires states to act.", wiki()), @"2001 treaty_ratification: signed Palermo Protocol");
        // The treaty's own making, with no party named.
        insta::assert_snapshot!(run(&TreatyRule, "The Palermo Protocol was adopted in 2000.", wiki()), @"");
        // Named by the text's country, or by another.
        let text = |subject: &str| {
            format!("= Human trafficking in the UAE =\n\nThe Palermo Protocol, which {subject} adopted in 2009, requires states to act.\n")
        };
        let kind = crate::event::EventKind::TreatyRatification;
        assert_eq!(
            crate::rules::testing::facts_of_kind(&text("the UAE"), kind),
            ["ratified Palermo Protocol"]
        );
        assert!(crate::rules::testing::facts_of_kind(&text("the United States"), kind).is_empty());
    }

    #[test]
    fn a_treaty_named_before_its_verb() {
        insta::assert_snapshot!(run(&TreatyRule, "Testland is a signatory to the Palermo Protocol, which it signed in 2000 but has not yet ratified.", wiki()), @"2000 treaty_ratification: signed Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "The UN TIP Protocol was ratified by Testland in 2005.", wiki()), @"2005 treaty_ratification: ratified UN TIP Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "The Council of Europe Convention on Action against Trafficking in Human Beings, which Testland ratified in 2010, entered into force in 2011.", wiki()), @"2010 treaty_ratification: ratified Council of Europe Convention on Action against Trafficking in Human Beings");
        insta::assert_snapshot!(run(&TreatyRule, "The Protocol was ratified by parliament in May 2006.", wiki()), @"2006-05 treaty_ratification: ratified Protocol");
        assert_eq!(
            run(
                &TreatyRule,
                "The 2000 UN TIP Protocol was ratified by 178 countries.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &TreatyRule,
                "The Palermo Protocol, which it has not ratified, sets standards.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn signatories_and_ratifications_named_by_their_noun() {
        insta::assert_snapshot!(run(&TreatyRule, "Testland is a signatory to the Palermo Protocol.", wiki()), @"undated treaty_ratification: signed Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "Ratification of the Council of Europe Convention on Action against Trafficking in Human Beings took place in 2008.", wiki()), @"2008 treaty_ratification: ratified Council of Europe Convention on Action against Trafficking in Human Beings");
        insta::assert_snapshot!(run(&TreatyRule, "Testland deposited its instrument of ratification of the Palermo Protocol on 5 May 2004.", wiki()), @"2004-05-05 treaty_ratification: ratified Palermo Protocol");
        // A ratification named by its noun and the year before it.
        insta::assert_snapshot!(run(&TreatyRule, "The court cited Testland's 2003 ratification of the European Social Charter.", wiki()), @"2003 treaty_ratification: ratified European Social Charter");
        insta::assert_snapshot!(run(&TreatyRule, "The ministry pointed to its 2011 accession to the Palermo Protocol.", wiki()), @"2011 treaty_ratification: acceded Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "Its accession to the Palermo Protocol in 2006 was welcomed.", wiki()), @"2006 treaty_ratification: acceded Palermo Protocol");
        // Without its date, or denied, a ratification named by its noun is not one made.
        for s in [
            "Activists called for ratification of the Palermo Protocol.",
            "In 2010, activists called for ratification of the Palermo Protocol.",
            "The government has not completed ratification of the Palermo Protocol in 2012.",
        ] {
            assert_eq!(run(&TreatyRule, s, wiki()), "", "{s}");
        }
    }

    #[test]
    fn a_second_treaty_with_its_verb_left_out() {
        // An instrument deposited is the act, dated as a verb is.
        insta::assert_snapshot!(run(&TreatyRule, "In 2008, the government deposited its instrument of ratification of the Palermo Protocol.", wiki()), @"2008 treaty_ratification: ratified Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "In May 2009, Testland deposited its instrument of accession to the 2000 UN TIP Protocol.", wiki()), @"2009-05 treaty_ratification: acceded 2000 UN TIP Protocol");
        assert_eq!(
            run(
                &TreatyRule,
                "In 2008, NGOs called for the ratification of the Palermo Protocol.",
                wiki()
            ),
            ""
        );
        // A second treaty joined by "and", with or without its determiner.
        insta::assert_snapshot!(run(&TreatyRule, "Testland ratified the Palermo Protocol and ILO Convention 182 in 2004.", wiki()), @r"
        2004 treaty_ratification: ratified Palermo Protocol
        2004 treaty_ratification: ratified ILO Convention 182
        ");
        insta::assert_snapshot!(run(&TreatyRule, "Testland ratified the Palermo Protocol in 2004, and in 2010 the ILO Worst Forms of Child Labour Convention.", wiki()), @r"
        2004 treaty_ratification: ratified Palermo Protocol
        2010 treaty_ratification: ratified ILO Worst Forms of Child Labour Convention
        ");
        // The first of the treaties a general word lists.
        insta::assert_snapshot!(run(&TreatyRule, "The Government has signed various conventions on trafficking, including the UN Convention Against Transnational Crime Protocol on trafficking, which is not yet ratified.", report(2001)), @"2000 treaty_ratification: signed UN Convention Against Transnational Crime Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "Testland has ratified several international instruments, such as the Convention on the Rights of the Child.", wiki()), @"undated treaty_ratification: ratified Convention on the Rights of the Child");
        assert_eq!(
            run(
                &TreatyRule,
                "Testland ratified various conventions in 2005.",
                wiki()
            ),
            ""
        );
        // Numbers inside the name keep the words after them.
        insta::assert_snapshot!(run(&TreatyRule, "Testland ratified ILO Convention 182 on the Worst Forms of Child Labour in 2001.", wiki()), @"2001 treaty_ratification: ratified ILO Convention 182 on the Worst Forms of Child Labour");
        insta::assert_snapshot!(run(&TreatyRule, "In 2004 Testland ratified the Palermo Protocol, and in 2010 the ILO Worst Forms of Child Labour Convention.", wiki()), @r"
        2004 treaty_ratification: ratified Palermo Protocol
        2010 treaty_ratification: ratified ILO Worst Forms of Child Labour Convention
        ");
        // A date in the next clause is not the treaty's; a treaty doing something is not ratified.
        insta::assert_snapshot!(run(&TreatyRule, "In 2004 Testland ratified the Palermo Protocol, and in 2010 the government adopted a law.", wiki()), @"2004 treaty_ratification: ratified Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "In 2004 Testland ratified the Palermo Protocol, and in 2010 the Convention entered into force.", wiki()), @"2004 treaty_ratification: ratified Palermo Protocol");
        // The end of another thing's span dates no ratification.
        insta::assert_snapshot!(run(&TreatyRule, "The government extended its action plan through 2020 and ratified the Palermo Protocol.", report(2017)), @"2016 treaty_ratification: ratified Palermo Protocol");
    }

    #[test]
    fn the_same_treaty_again_and_a_date_after_its_name() {
        insta::assert_snapshot!(run(&TreatyRule, "Testland signed the Council of Europe Convention on Action against Trafficking in Human Beings in December 2005 and ratified it in 2008.", wiki()), @r"
        2005-12 treaty_ratification: signed Council of Europe Convention on Action against Trafficking in Human Beings
        2008 treaty_ratification: ratified Council of Europe Convention on Action against Trafficking in Human Beings
        ");
        insta::assert_snapshot!(run(&TreatyRule, "X signed the Palermo Protocol in 2000, ratified the ILO Forced Labour Convention in 2003 and acceded to it again in 2010.", wiki()), @r"
        2000 treaty_ratification: signed Palermo Protocol
        2003 treaty_ratification: ratified ILO Forced Labour Convention
        2010 treaty_ratification: acceded ILO Forced Labour Convention
        ");
        insta::assert_snapshot!(run(&TreatyRule, "In 2012 X signed the ASEAN Convention against Trafficking in Persons, Especially Women and Children, but has not ratified it.", wiki()), @"2012 treaty_ratification: signed ASEAN Convention against Trafficking in Persons, Especially Women and Children");
        insta::assert_snapshot!(run(&TreatyRule, "In 2011, Testland signed but did not ratify the Palermo Protocol.", wiki()), @"2011 treaty_ratification: signed Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "Testland has signed, but has not yet ratified, the Palermo Protocol.", wiki()), @"undated treaty_ratification: signed Palermo Protocol");
    }

    #[test]
    fn a_second_act_on_the_treaty_named_first() {
        insta::assert_snapshot!(run(&TreatyRule, "The Palermo Protocol was signed in December 2000 and ratified in 2003.", wiki()), @r"
        2000-12 treaty_ratification: signed Palermo Protocol
        2003 treaty_ratification: ratified Palermo Protocol
        ");
        insta::assert_snapshot!(run(&TreatyRule, "The Palermo Protocol, which Testland signed in Palermo in 2000, was ratified in 2004.", wiki()), @r"
        2000 treaty_ratification: signed Palermo Protocol
        2004 treaty_ratification: ratified Palermo Protocol
        ");
        insta::assert_snapshot!(run(&TreatyRule, "The Protocol, which the country signed in 2001 and subsequently ratified in May 2006, requires it to criminalize trafficking.", wiki()), @r"
        2001 treaty_ratification: signed Protocol
        2006-05 treaty_ratification: ratified Protocol
        ");
        insta::assert_snapshot!(run(&TreatyRule, "The Palermo Protocol was adopted in 2000 and signed by Testland in 2002.", wiki()), @"2002 treaty_ratification: signed Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "Testland signed the Palermo Protocol in 2001 and ratified in 2004.", wiki()), @r"
        2001 treaty_ratification: signed Palermo Protocol
        2004 treaty_ratification: ratified Palermo Protocol
        ");
        // Others' acts and other objects are not the country's.
        insta::assert_snapshot!(run(&TreatyRule, "The Protocol was signed in Palermo in 2000 and ratified by 178 countries.", wiki()), @"");
        insta::assert_snapshot!(run(&TreatyRule, "The Palermo Protocol, which Testland signed in 2000, and ratified agreements with its neighbours in 2004.", wiki()), @"2000 treaty_ratification: signed Palermo Protocol");
    }

    #[test]
    fn the_palermo_protocol_by_its_title() {
        insta::assert_snapshot!(run(&TreatyRule, "The country acceded to the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children on 23 September 2011.", wiki()), @"2011-09-23 treaty_ratification: acceded Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children");
        insta::assert_snapshot!(run(&TreatyRule, "In 2004, X ratified the United Nations Convention against Transnational Organized Crime and its Protocol to Prevent, Suppress and Punish Trafficking in Persons.", wiki()), @r"
        2004 treaty_ratification: ratified United Nations Convention against Transnational Organized Crime
        2004 treaty_ratification: ratified Protocol to Prevent, Suppress and Punish Trafficking in Persons
        ");
    }

    #[test]
    fn a_second_treaty_after_the_first_ones_date() {
        insta::assert_snapshot!(run(&TreatyRule, "Testland ratified ILO Convention No. 29 in 1998 and ILO Convention No. 105 in 2000.", wiki()), @r"
        1998 treaty_ratification: ratified ILO Convention No. 29
        2000 treaty_ratification: ratified ILO Convention No. 105
        ");
        insta::assert_snapshot!(run(&TreatyRule, "Testland ratified ILO Convention No. 29 on Forced Labour in 1957 and ILO Convention No. 105 in 1958.", wiki()), @r"
        1957 treaty_ratification: ratified ILO Convention No. 29 on Forced Labour
        1958 treaty_ratification: ratified ILO Convention No. 105
        ");
        insta::assert_snapshot!(run(&TreatyRule, "Testland signed the Palermo Protocol in 2001 and the Smuggling Protocol in May 2003.", wiki()), @r"
        2001 treaty_ratification: signed Palermo Protocol
        2003-05 treaty_ratification: signed Smuggling Protocol
        ");
        // A treaty named with its topic ("on the Rights of the Child") and no date of its own.
        insta::assert_snapshot!(run(&TreatyRule, "Testland ratified the Palermo Protocol in 2004 and the Convention on the Rights of the Child, which it signed in 1990.", wiki()), @"2004 treaty_ratification: ratified Palermo Protocol");
    }

    #[test]
    fn an_act_told_in_an_aside_after_the_treaty() {
        insta::assert_snapshot!(run(&TreatyRule, "Testland is a party to the 2000 UN TIP Protocol (acceded 2005).", wiki()), @"2005 treaty_ratification: acceded 2000 UN TIP Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "Testland is a party to the UN TIP Protocol (accession in 2007).", wiki()), @"2007 treaty_ratification: acceded UN TIP Protocol");
        // The aside's date is its own act's, not the signature's.
        insta::assert_snapshot!(run(&TreatyRule, "Testland signed the Palermo Protocol (ratified 2011).", wiki()), @r"
        undated treaty_ratification: signed Palermo Protocol
        2011 treaty_ratification: ratified Palermo Protocol
        ");
        insta::assert_snapshot!(run(&TreatyRule, "In 2005, Testland signed the ILO Convention (ratified 2008).", wiki()), @r"
        2005 treaty_ratification: signed ILO Convention
        2008 treaty_ratification: ratified ILO Convention
        ");
    }

    #[test]
    fn a_party_to_a_treaty() {
        // Being a party by the act told after it is that act alone.
        insta::assert_snapshot!(run(&TreatyRule, "Testland is a party to the 2000 UN TIP Protocol, having acceded to it on 15 June 2010.", wiki()), @"2010-06-15 treaty_ratification: acceded 2000 UN TIP Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "Testland became a party to the Palermo Protocol in 2004 and ratified it in 2006.", wiki()), @r"
        2004 treaty_ratification: ratified Palermo Protocol
        2006 treaty_ratification: ratified Palermo Protocol
        ");
        insta::assert_snapshot!(run(&TreatyRule, "Testland is a party to the 2000 UN TIP Protocol.", wiki()), @"undated treaty_ratification: ratified 2000 UN TIP Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "Testland has been a state party to the Palermo Protocol since 2004.", wiki()), @"2004 treaty_ratification: ratified Palermo Protocol");
        insta::assert_snapshot!(run(&TreatyRule, "Since 2005 Testland has been a party to the Council of Europe Convention on Action against Trafficking in Human Beings.", wiki()), @"2005 treaty_ratification: ratified Council of Europe Convention on Action against Trafficking in Human Beings");
        insta::assert_snapshot!(run(&TreatyRule, "Since 2010, the country has been a signatory to the ASEAN Convention against Trafficking in Persons.", wiki()), @"2010 treaty_ratification: signed ASEAN Convention against Trafficking in Persons");
        // Ratifying at some time after a year is no ratification in that year.
        insta::assert_snapshot!(run(&TreatyRule, "Since 2010 Testland has ratified the Palermo Protocol.", wiki()), @"undated treaty_ratification: ratified Palermo Protocol");
        assert_eq!(
            run(
                &TreatyRule,
                "Testland is not a party to the 2000 UN TIP Protocol.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn not_ratifications() {
        assert_eq!(
            run(
                &TreatyRule,
                "The government should accede to the 2000 UN TIP Protocol.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &TreatyRule,
                "The country has not ratified the 2000 UN TIP Protocol.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &TreatyRule,
                "It signed an agreement with Thailand to follow the convention.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn another_country_alone_ratifying_is_not_the_texts() {
        let text = |sentence: &str| format!("= Human trafficking in Georgia =\n\n{sentence}\n");
        let run = |sentence: &str| {
            crate::extract(&text(sentence))
                .events
                .iter()
                .map(|e| e.date.map_or("undated".to_string(), |d| d.to_string()))
                .collect::<Vec<_>>()
        };
        assert!(run("Honduras ratified the 2000 UN TIP Protocol in September 2006.").is_empty());
        // A name with a letter of two bytes where the stems are compared.
        let curacao = "= Human trafficking in Curaçao =\n\nHonduras ratified the 2000 UN TIP Protocol in 2004.\n";
        assert!(crate::extract(curacao).events.is_empty());
        for own in [
            "In 2006, Georgia and Honduras ratified the 2000 UN TIP Protocol.",
            "In 2006, the Georgian Republic ratified the 2000 UN TIP Protocol.",
            "Like Honduras, Georgia ratified the 2000 UN TIP Protocol in 2006.",
            "In 2006, the government ratified the 2000 UN TIP Protocol.",
        ] {
            assert_eq!(run(own), ["2006"], "{own}");
        }
        // The country by its short name or initials.
        let emirates = |sentence: &str| {
            let text = format!("= Human trafficking in the United Arab Emirates =\n\n{sentence}\n");
            crate::extract(&text).events.len()
        };
        assert_eq!(emirates("In May 2007 the UAE ratified the UN Convention against Transnational Organized Crime."), 1);
        assert_eq!(
            emirates("The Emirates acceded to the 2000 UN TIP Protocol in 2009."),
            1
        );
        assert_eq!(
            emirates("In 2009, Qatar acceded to the 2000 UN TIP Protocol."),
            0
        );
    }
}
