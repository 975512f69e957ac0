//! `legal_amendment`: a dated change to a law or code.
//!
//! ```text
//! amendment := ("adopted" | "passed" | "enacted" | "entered into force") WORD{0,4} ("set" | "series" | "package" "of" WORD{0,2})? ("amendments" | "amended")
//!            | ("made" | "making") WORD{0,2} "amendments"
//!            | ("implemented" | "implementing") ("new" | "legislative")? "amendments"
//!            | "amendments" ... ("adopted" | "enacted" | "entered into force" | "came into effect" | "took effect" | "were made")
//!            | ("new provisions" | "provisions" "added"? "to") ... ("adopted" | "entered into force" | "took effect" | ...)
//!            | ("amended" | "amending" | "revised" | "updated" | "updating" | "modified" | "modifying") "the" INSTRUMENT
//!            | ("amended" | "amending") ("Article" | "Section" | "Paragraph") N
//!            | "(Amendment) Act" ","? YEAR ... ("raised" | "substituted" | "inserted" | ...)
//!            | ("added" | "inserted" | "introduced") ("to" | "into") "the" INSTRUMENT
//!            | (INSTRUMENT ("on" WORD{1,5})? | "Article" N) ("was" | "has been") ("amended" | "revised" | "updated" | "modified")
//!            | YEAR "amendment" ("to" | "introduced" ...) | "amendments to the" INSTRUMENT ... ("increased" | "introduced" ...)
//!            | ("increased" | "raised" | "strengthened") "the" ("maximum" | "minimum")? ("prison" | "criminal")? "penalty" ("for" | "against" | "on")
//!            | ("increased" | "increasing" | "raised" | "strengthened") "penalties" ("for" | "against" | "on")
//!            | "Article" N ... ("adopted" | "amended" | "enacted") "in" DATE
//!            | INSTRUMENT ("(" ACRONYM ")")? ","? "as"? ("amended" | "revised") "in" DATE
//!            | INSTRUMENT ("since" | "after" | "when" | "until" | "before") "it" ("was" | "had been") ("amended" | "revised")
//!            | ("through" | "by" | "via") "an"? "amendment to" "the"? INSTRUMENT
//!            | INSTRUMENT ("was" | "has been") "reauthorized" | "reauthorized" "the"? INSTRUMENT
//! ```
//! The instrument, article and penalty come from the same sentence.

use super::context::{advises, is_ly_adverb, negated_before, SentenceCtx};
use super::lexicon::{INSTRUMENTS, LAW_DENIALS, MODAL_HEDGES, PLAN_NOUNS, SENTENCING_BODIES};
use super::{Discourse, Output, Rule};
use crate::event::{EventKind, Fact};
use crate::lazy_regex;
use crate::pattern::contains_ci;
use crate::quantity::{penalties, words::word_value};
use crate::temporal::{PartialDate, TimeExpr};

/// Finds amendments.
pub struct AmendmentRule;

lazy_regex!(
    AMENDMENT,
    r"(?i)\b(?:(?:adopt|pass|enact|approv|sign)(?:ed|ing|es|e)?\s+(?:and\s+[a-z]+\s+(?:into\s+force\s+)?)?(?:[\w'-]+\s+){0,4}?(?:(?:set|series|package)\s+of\s+(?:[\w'-]+\s+){0,2}?)?\(?amend(?:ments?|ed|ing)\b|implement(?:ed|ing)\s+(?:new\s+|legislative\s+)?amendments\b|(?:entered|came)\s+into\s+force\s+(?:[\w'-]+\s+){0,3}?amend(?:ments?|ed)\b|(?:amendments?|new\s+provisions|provisions\s+(?:added\s+)?to)\b[^;]{0,80}?\b(?:(?:were\s+|was\s+)?(?:adopted|enacted|passed|approved|ratified|(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect|became\s+effective)|(?:were|was)\s+made)\b|(?:amended|amending|revised|revising|updated|updating|modified|modifying)\s+(?:the\s+|its\s+|their\s+)?(?:(?:19|20)\d\d\s+)?(?:[a-z-]+\s+){0,3}(?:code|laws?|legislation|act|statute|constitution)s?\b|amend(?:ed|ing)\s+(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?-i:(?:[A-Z][\w'-]*\s+(?:(?:of|on|in|against|for|and|the|to)\s+)*){1,8}(?:Act|Law|Code|Decree|Proclamation|Ordinance)\b|[A-Z]{2,}A\b)|amend(?:ed|ing)\s+(?:the\s+)?(?:definition|provisions?|penalt(?:y|ies))\s+(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:in|within|under|of)\s+(?:Articles?|Sections?)\s+\w|(?:added|inserted|introduced)\s+(?:in)?to\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+)?(?:code|law|legislation|act)\b|incorporat(?:ed|ing)\s+(?:[\w'-]+\s+){1,6}?into\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+)?code\b|(?:amend(?:ed|ing)|revis(?:ed|ing)|modif(?:ied|ying))\s+(?:Articles?|Sections?|Paragraphs?)\s+\w|(?:code|law|legislation|act|article\s+\w+|(?-i:[A-Z]{2,}A))(?:\s+(?:on|of|against)(?:\s+[\w'-]+){1,5}?)?(?:\s+(?:19|20)\d\d)?\s*,?\s+(?:(?:which|that)\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:further\s+|again\s+|subsequently\s+|later\s+|(?:most\s+)?recently\s+|last\s+)?(?:amended|revised|updated|modified)\b|\b(?:code|law|legislation|act|statute)\s+(?:since|after|when|until|before)\s+it\s+(?:was|had\s+been)\s+(?:amended|revised)\b|\(?Amendment\)?\s+Act,?\s+(?:of\s+)?(?:19|20)\d\d\b[^;]{0,60}?\b(?:raised|increased|substituted|introduced|added|amended|inserted|replaced|strengthened|expanded|broadened|repealed|changed|revised|toughened|lowered|reduced)\b|\b(?:19|20)\d\d\s+(?:amendments?\s+(?:to\b|(?:also\s+)?(?:increased|raised|introduced|expanded|criminali[sz]ed|established|added|strengthened|broadened|imposed|prescribed)\b)|revisions?\s+(?:of|to)\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:code|law|legislation|act)\b)|(?:amendments?|changes|revisions|modifications)\s+to\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:code|law|legislation|act)\b[^;]{0,60}?\b(?:increased|raised|introduced|expanded|criminali[sz]ed|established|added|strengthened|broadened|toughened|enacted|adopted|passed|approved|allowed|permitted|required|granted|removed|extended)\b|(?:increas|rais|strengthen|toughen|lower|reduc|harmoniz)(?:ed|ing|es|e)?\s+the\s+(?:maximum\s+|minimum\s+)?(?:prescribed\s+)?(?:jail\s+|prison\s+|criminal\s+)?(?:penalt(?:y|ies)|punishments?|sentences?|prison\s+terms?)\s+(?:for|against|on)\b|(?:increas|rais|strengthen|toughen)(?:ed|es|ing)?\s+(?:maximum\s+|minimum\s+)?(?:prescribed\s+)?(?:penalties|punishments)\s+(?:for|against|on)\b|\bma(?:de|king)\s+(?:[\w'-]+\s+){0,2}?amendments\b|\bArticles?\s+\w+[^;]{0,80}?\b(?:adopted|amended|enacted|introduced)\s+(?:in|on)\s+[A-Z0-9])"
);
lazy_regex!(
    AMENDING_ACT,
    r"^\(?Amendment\)?\s+Act,?\s+(?:(?:No\.?\s*\d+\s+)?of\s+)?(?P<year>(?:19|20)\d\d)\b"
);
// "the Evidence (Amendment) Act of 2015", "the 2021 Counter-Trafficking (Amendment) Act",
// "the Children's Amendment Act of 2005": an amending act known by its name.
lazy_regex!(
    NAMED_AMENDING_ACT,
    r"\b(?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\([A-Z][^()]{0,60}\)|of|on|and|in|for|against)){0,6}?)\s+\(?Amendment\)?\s+Act\b(?:,?\s+(?:(?:No\.?\s*\d+\s+)?of\s+)?(?P<year>(?:19|20)\d\d)\b)?"
);
// "The law was amended in 2014", "In 2014, it was revised": a change to the law the
// sentence before named.
lazy_regex!(
    REFERS_BACK,
    r"(?i)^(?:[^,;]{0,40},\s+)?(?:(?:the|this|that)\s+(?:law|act|legislation|code|statute)|it)\s+(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+|again\s+|later\s+)?(?:amended|revised|updated|modified|reauthori[sz]ed)\b"
);
// Rarer forms, kept apart behind substring screens so the common pattern keeps its prefilter.
lazy_regex!(
    AMENDED_IN,
    r"(?i)\b(?:code|law|act|legislation)(?:\s+(?:No\.?\s*)?\d[\w/.-]*)?(?:,?\s+of\s+(?:19|20)\d\d)?(?:\s+\((?-i:[A-Z]{2,})\))?\s*(?:[,(]|\s-\s)?\s*(?:as\s+)?(?:later\s+|subsequently\s+)?(?:amended|revised)\s+in\s+(?-i:[A-Z0-9])"
);
// "approved changes to the penal code", "made significant revisions to its penal code".
lazy_regex!(
    CHANGES_TO,
    r"(?i)\b(?:(?:approv|adopt|pass|enact)(?:ed|ing|es|e)?|made|making)\s+(?:[\w'-]+\s+){0,2}?(?:changes|updates|revisions|modifications)\s+to\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:code|law|legislation|act)\b"
);
// "A penal code revision ... was passed in 2005", "a revision of the criminal code was adopted".
lazy_regex!(
    REVISION_PASSED,
    r"(?i)\b(?:(?:[a-z-]+\s+)?(?:code|law|legislation|act)\s+revisions?|revisions?\s+(?:of|to)\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:code|law|legislation|act))\b[^;]{0,80}?\b(?:adopted|enacted|passed|approved|entered\s+into\s+force|came\s+into\s+force|took\s+effect|went\s+into\s+effect)\b"
);
// "enacted penal code reforms", "reformed the penal code", "reforms to the criminal code".
lazy_regex!(
    REFORM,
    r"(?i)\b(?:(?:approv|adopt|pass|enact)(?:ed|ing|es|e)?\s+(?:[\w'-]+\s+){0,2}?(?:code|law|legal|legislative)\s+reforms?|reform(?:ed|ing)\s+(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?:[a-z-]+\s+){0,2}(?:code|laws?|legislation|act)|reforms?\s+(?:to|of)\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:code|law|legislation|act))\b"
);
// "the 2015 anti-trafficking penal code amendments", "the 2019 forced labor amendment of the
// trafficking law": amendments named by their year (the words before "amendment" end in no
// "s", which keeps out a verb: "the 2019 law requires amendments to the code").
lazy_regex!(
    YEAR_NAMED_AMENDMENTS,
    r"(?i)\b(?:19|20)\d\d\s+(?:(?:[\w-]+\s+){0,3}?(?:code|law|act)\s+amendments?\b|(?:[\w-]*[a-rt-z0-9-]\s+){1,3}?amendments?\s+(?:of|to)\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:code|law|legislation|act)\b)"
);
// "passed legislation to amend the penal code", "adopted a law closing loopholes in the 2005
// anti-trafficking law": a law made to change another.
lazy_regex!(
    LAW_TO_CHANGE,
    r"(?i)\b(?:adopt|pass|enact|approv|promulgat)(?:ed|ing|es|e)?\s+(?:a\s+|an\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:legislation|law|bill|decree|ordinance|act)\s+(?:to\s+|that\s+|which\s+)?(?:(?:amend|revise|modify|update)\s+|(?:close[sd]?|closing|plug(?:s|ged|ging)?|fill(?:s|ed|ing)?)\s+(?:a\s+|the\s+|several\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:loopholes?|gaps?)\s+(?:in|of)\s+)(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w'-]+\s+){0,4}?(?:code|law|act|legislation|constitution)\b"
);
// "Bill C-49, An Act to amend the Criminal Code, ...": a law titled by the change it makes.
lazy_regex!(
    ACT_TO_AMEND,
    r"\bAn\s+Act\s+to\s+amend\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+(?:(?:of|on|and|the|in|for|against)\s+)*){0,6}?(?:Act|Code|Law)\b"
);
// Words one of which `LAW_TO_CHANGE` needs (whole words): a screen walked once over the
// sentence.
crate::lazy_words!(
    LAW_TO_CHANGE_WORDS,
    &[
        "to amend",
        "to revise",
        "to modify",
        "to update",
        "loophole",
        "loopholes",
        "gap in",
        "gaps in"
    ],
    true
);
/// A law made to change another, if the sentence tells one.
pub(super) fn law_to_change(text: &str) -> Option<crate::pattern::Match<'_>> {
    LAW_TO_CHANGE_WORDS
        .find(text)
        .next()
        .and_then(|_| LAW_TO_CHANGE.find(text))
}
// "Reform" or "reform": a cheap screen for `REFORM`.
crate::lazy_finder!(EFORM, "eform");
// "repealed the provision that allowed ...", "rescinded Article 12 of the criminal code",
// "repealing a 2015 presidential decree": a part of the law taken out is a change to it.
lazy_regex!(
    REPEALED,
    r"(?i)\b(?:repeal|rescind)(?:ed|ing)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w'-]+\s+){0,3}?(?:code|laws?|act|decree|provisions?|articles?|sections?|clauses?|ordinance|regulations?|requirements?)\b"
);
/// A repeal, if the sentence tells one.
fn repealed(text: &str) -> Option<crate::pattern::Match<'_>> {
    (contains_ci(text, "repeal") || contains_ci(text, "rescind"))
        .then(|| REPEALED.find(text))
        .flatten()
}
// "criminalized trafficking through an amendment to its criminal code in August 2003".
lazy_regex!(
    THROUGH_AMENDMENT,
    r"(?i)\b(?:through|by|via|by\s+means\s+of)\s+(?:an\s+|the\s+)?amendments?\s+to\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:code|law|legislation|act)\b"
);

// "The government also criminalized the knowing procurement of ...": an offense made in the
// period by the lawmaker, with no law named (one named makes it a provision).
lazy_regex!(
    NEW_OFFENSE,
    r"(?i)\b(?:government|parliament|national\s+assembly|legislature|lawmakers|congress)\s+(?:also\s+|newly\s+|further\s+)?(?:criminali[sz]ed|outlawed)\b"
);

/// A [`NEW_OFFENSE`] in a sentence that names no law, article or instrument.
fn new_offense(text: &str) -> Option<crate::pattern::Match<'_>> {
    if !contains_ci(text, "criminali") && !contains_ci(text, "outlawed") {
        return None;
    }
    let m = NEW_OFFENSE.find(text)?;
    // "In 2019, the government criminalized forced begging": an act made a crime on a date
    // the sentence tells is an enactment (see `criminalization.rs`), not also a change.
    let dated = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    if dated {
        return None;
    }
    let named = instrument(text).is_some()
        || article(text).is_some()
        || super::law::law_name(text).is_some()
        || [" through ", " under "]
            .iter()
            .any(|w| contains_ci(&text[m.end()..], w));
    (!named && !negated_before(text, m.start())).then_some(m)
}

/// Whether an item of a list is an act told by its gerund ("and amending the code to ...").
fn opens_with_a_gerund(item: &str) -> bool {
    let mut words = item.split_whitespace();
    let first = match words.next() {
        Some(w) if w.eq_ignore_ascii_case("and") => words.next(),
        w => w,
    };
    first.is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
}

/// Whether the only hedge of the sentence is "draft" in a later act of its own, after the
/// change ending at `end` ("amended its anti-trafficking law, drafted updated guidance for
/// labor inspectors, and hired ..."): that act is drafting, the change was made.
fn drafted_another_thing(cx: &SentenceCtx<'_>, end: usize) -> bool {
    let text = cx.text;
    // The sentence's one "draft", opening a later item of a list: ", drafted", ", and drafted".
    let only = crate::pattern::find_ci(text, "draft", 0)
        .filter(|&at| at >= end && crate::pattern::find_ci(text, "draft", at + 1).is_none());
    !cx.hedges().any_besides(&["draft"])
        && only.is_some_and(|at| {
            let lead = &text[..at];
            let lead = lead.strip_suffix("and ").unwrap_or(lead);
            lead.ends_with(", ") && crate::pattern::starts_with_ci(&text[at..], "drafted ")
        })
}

/// Whether the words before a change name what a plan holds ("a national action plan that
/// includes", "a program with objectives that included training, awareness activities, and"):
/// a plan's noun shortly before the last "include". Efforts or achievements that included
/// a change tell it done.
fn content_of_a_plan(before: &str) -> bool {
    let Some(at) = before.to_ascii_lowercase().rfind("includ") else {
        return false;
    };
    before[..at].split_whitespace().rev().take(4).any(|w| {
        crate::pattern::is_one_of(w.trim_matches(|c: char| !c.is_alphanumeric()), PLAN_NOUNS)
    })
}

/// The item of a list told with semicolons that `span` stands in (the whole text when
/// there is no semicolon around it).
fn list_item(text: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let start = text[..span.start].rfind("; ").map_or(0, |at| at + 2);
    let end = text[span.end..]
        .find("; ")
        .map_or(text.len(), |at| span.end + at);
    start..end
}

/// The first change to a law told in `text` that no negation comes before.
fn stated_change(text: &str) -> Option<crate::pattern::Match<'_>> {
    // "updated checklists to law enforcement": no law.
    let stated = |m: &crate::pattern::Match<'_>| {
        !negated_before(text, m.start())
            && !under_way(&text[..m.start()], m.as_str())
            && !names_a_law(text, m)
            && !increase_as_adjective(text, m)
            && !increase_by_courts(text, m)
            && !new_law_increase(text, m)
            && !law_adopted_aside(m.as_str())
            && !a_revised_code(text, m)
            && !text[m.end()..].starts_with(" enforcement")
    };
    AMENDMENT
        .find_iter(text)
        .find(stated)
        .or_else(|| {
            (contains_ci(text, "amended in") || contains_ci(text, "revised in"))
                .then(|| AMENDED_IN.find_iter(text).find(stated))
                .flatten()
        })
        .or_else(|| {
            contains_ci(text, "s to ")
                .then(|| CHANGES_TO.find_iter(text).find(stated))
                .flatten()
        })
        .or_else(|| {
            contains_ci(text, "revision")
                .then(|| REVISION_PASSED.find_iter(text).find(stated))
                .flatten()
        })
        .or_else(|| {
            (EFORM.find(text.as_bytes()).is_some())
                .then(|| REFORM.find_iter(text).find(stated))
                .flatten()
        })
        .or_else(|| through_amendment(text).filter(stated))
        .or_else(|| reauthorized(text).filter(stated))
        .or_else(|| law_to_change(text).filter(stated))
        .or_else(|| year_named_amendments(text).filter(stated))
        .or_else(|| amended_it(text).filter(stated))
        .or_else(|| repealed(text).filter(stated))
        .or_else(|| {
            text.contains("Act to amend")
                .then(|| ACT_TO_AMEND.find(text))
                .flatten()
        })
        .or_else(|| new_offense(text))
}

/// Whether the change found is a participle after "a" or "an" ("promulgated an updated penal
/// code", "adopted a revised labor code"): a code made anew, which the law rule reads.
fn a_revised_code(text: &str, m: &crate::pattern::Match<'_>) -> bool {
    let said = m.as_str();
    let participle = ["updated", "revised"]
        .iter()
        .any(|p| crate::pattern::starts_with_ci(said, p));
    participle
        && crate::pattern::ends_with_ci(said, "code")
        && text[..m.start()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
}

// "The ... Act prohibits forced labor; in 2014, the government amended it to ...".
lazy_regex!(
    AMENDED_IT,
    r"(?i)\b(?:amended|amending|revised|revising|modified|modifying|updated|updating)\s+it\b"
);

/// A change to "it", a law the sentence names before the pronoun.
fn amended_it(text: &str) -> Option<crate::pattern::Match<'_>> {
    if !(contains_ci(text, "ed it ") || contains_ci(text, "ing it ")) {
        return None;
    }
    AMENDED_IT.find(text).filter(|m| {
        let before = &text[..m.start()];
        instrument(before).is_some() || super::law::law_name(before).is_some()
    })
}

/// [`YEAR_NAMED_AMENDMENTS`], screened by its last word.
fn year_named_amendments(text: &str) -> Option<crate::pattern::Match<'_>> {
    contains_ci(text, " amendment")
        .then(|| YEAR_NAMED_AMENDMENTS.find(text))
        .flatten()
}

/// "took steps towards amending the 2007 Act", "began the process of amending", "is working
/// on amending the law": a change under way, not made.
fn still_toward(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let before_last = words.next().unwrap_or("");
    ["toward", "towards"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        || (last.eq_ignore_ascii_case("of") && before_last.eq_ignore_ascii_case("process"))
        || (last.eq_ignore_ascii_case("on")
            && crate::pattern::is_one_of(before_last, &["work", "works", "worked", "working"]))
}

/// A change under way, not made: one worked towards ([`still_toward`]) or told in the
/// progressive ("The government is revising the criminal code", "was still amending the law").
fn under_way(before: &str, change: &str) -> bool {
    if still_toward(before) {
        return true;
    }
    if !change
        .split_whitespace()
        .next()
        .is_some_and(|verb| verb.ends_with("ing"))
    {
        return false;
    }
    let mut words = before.split_whitespace().rev();
    let mut last = words.next().unwrap_or("");
    if is_ly_adverb(last) || crate::pattern::is_one_of(last, &["still", "also", "now"]) {
        last = words.next().unwrap_or("");
    }
    crate::pattern::is_one_of(last, &["is", "are", "was", "were", "been"])
}

/// The code a change writes into ("incorporated its 2011 law into the penal code"), which is
/// the one changed.
pub fn written_into(change: &str) -> Option<String> {
    crate::pattern::starts_with_ci(change, "incorporat")
        .then(|| crate::pattern::find_ci(change, " into ", 0))
        .flatten()
        .and_then(|at| instrument(&change[at..]))
}

/// The law a change names by its acronym right after the verb ("amended the PTPA",
/// "reauthorized the TVPA") or as its subject ("the PTPA was amended").
fn amended_acronym(change: &str) -> Option<String> {
    let acronym = |w: &str| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
    if let Some((subject, _)) = change.split_once(' ').filter(|(w, _)| acronym(w)) {
        return Some(subject.to_string());
    }
    let rest = change
        .strip_prefix("amended ")
        .or(change.strip_prefix("amending "))
        .or(change.strip_prefix("reauthorized "))?;
    let rest = rest
        .strip_prefix("the ")
        .or(rest.strip_prefix("its "))
        .unwrap_or(rest);
    acronym(rest).then(|| rest.to_string())
}

// "The TVPA was reauthorized in 2008", "Congress reauthorized the Act in 2013": an act renewed
// with changes by a later act.
lazy_regex!(
    REAUTHORIZED,
    r"(?i)\b(?:(?:code|law|act|legislation|(?-i:[A-Z]{2,}A))(?:,?\s+of\s+(?:19|20)\d\d)?(?:\s+\((?-i:[A-Z]{2,})\))?\s*,?\s+(?:(?:which|that)\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+|again\s+|later\s+)?reauthori[sz]ed|reauthori[sz](?:ed|ing)\s+(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w'-]+\s+){0,6}?(?:act|law|legislation|(?-i:[A-Z]{2,}A))\b)"
);

/// An act renewed by a later act ([`REAUTHORIZED`]), screened by its verb.
fn reauthorized(text: &str) -> Option<crate::pattern::Match<'_>> {
    contains_ci(text, "reauthori")
        .then(|| REAUTHORIZED.find(text))
        .flatten()
}

/// "through an amendment to its criminal code": a change told as the means of another act.
fn through_amendment(text: &str) -> Option<crate::pattern::Match<'_>> {
    contains_ci(text, " amendment")
        .then(|| THROUGH_AMENDMENT.find(text))
        .flatten()
}

lazy_regex!(
    ARTICLE,
    r"(?i)\b(?:Art(?:icles?|s?\.)|Sections?|Secs?\.|Paragraphs?|(?-i:Divisions?))\s+(?P<a>(?:\d+(?:\.\d+)*[a-z¹²³⁴-⁹⁰]*(?:-(?:bis|ter|quater|quinquies|sexies|septies|octies|(?-i:[A-Z])\b))?(?:\([a-z0-9]{1,4}\))*(?:/[a-z0-9]+)?|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:,(?:\s*and)?|and|through|to|-)\s*\d+(?:\.\d+)*[a-z¹²³⁴-⁹⁰]*(?:-(?-i:[A-Z])\b)?(?:\([a-z0-9]{1,4}\))*)*)"
);

lazy_regex!(
    STILL_TO_DECIDE,
    r"(?i)\bwill\s+(?:consider|debate|vote\s+on|review|examine)\s+(?:the\s+|these\s+|this\s+)?(?:amendments?|bill|changes|it|them)\b"
);

/// True when the sentence states a dated change to a law (provisions leave such sentences to this rule).
pub fn is_amendment(text: &str) -> bool {
    AMENDMENT.find_iter(text).any(|m| {
        !names_a_law(text, &m)
            && !increase_as_adjective(text, &m)
            && !increase_by_courts(text, &m)
            && !new_law_increase(text, &m)
            && !law_adopted_aside(m.as_str())
            && !history_of_a_law(m.as_str())
    }) || through_amendment(text).is_some()
        || law_to_change(text).is_some()
        || year_named_amendments(text).is_some()
        || amended_it(text).is_some()
        || (contains_ci(text, "s to ") && CHANGES_TO.is_match(text))
        || (EFORM.find(text.as_bytes()).is_some() && REFORM.is_match(text))
}

/// "The law, passed in 2005 and amended in 2011, prescribes ...": the dates of a law's
/// enactment and change, told beside the law whose provisions the sentence states.
fn history_of_a_law(found: &str) -> bool {
    ["passed in ", "adopted in ", "enacted in ", "approved in "]
        .iter()
        .any(|v| crate::pattern::starts_with_ci(found, v))
        && crate::pattern::ends_with_ci(found, " and amended")
}

/// "Article 128 of the Criminal Code, adopted in 2003, ...": the aside tells of the titled
/// code named right before it, enacted whole, not of a change to it.
fn law_adopted_aside(found: &str) -> bool {
    const LAW_NOUNS: [&str; 4] = ["code", "law", "act", "constitution"];
    if joined_law_enacted(found) {
        return true;
    }
    let Some(before) = ["adopted", "enacted"]
        .iter()
        .find_map(|v| found.rfind(v).map(|at| found[..at].trim_end()))
    else {
        return false;
    };
    // ", which was adopted in 2003".
    let mut before = before;
    for link in [" was", " were", " been", " has", " had", " which", " that"] {
        before = before.strip_suffix(link).unwrap_or(before);
    }
    let Some(named) = before.strip_suffix(',') else {
        return false;
    };
    let named = named.trim_end();
    let named = match named.strip_suffix(')') {
        Some(rest) => rest.rsplit_once('(').map_or(named, |(n, _)| n.trim_end()),
        None => named,
    };
    let starts_article = found
        .get(..7)
        .is_some_and(|h| h.eq_ignore_ascii_case("article"));
    let last = named.rsplit(' ').next().unwrap_or("");
    starts_article
        && (contains_ci(named, " of the ") || contains_ci(named, " of its "))
        && LAW_NOUNS.iter().any(|n| last.eq_ignore_ascii_case(n))
        // A titled law, which is enacted by the aside ("its criminal code, adopted in May
        // 2010" may be the article's adoption).
        && last.starts_with(|c: char| c.is_ascii_uppercase())
}

/// "Article 149 of its penal code and an anti-trafficking statute enacted in February 2006":
/// the participle tells of the law joined after the article's code, enacted whole.
fn joined_law_enacted(found: &str) -> bool {
    const JOINED_LAWS: [&str; 6] = [
        "law",
        "statute",
        "act",
        "decree",
        "ordinance",
        "legislation",
    ];
    let Some(at) = ["adopted", "enacted", "introduced"]
        .iter()
        .filter_map(|v| found.rfind(v))
        .max()
    else {
        return false;
    };
    let before = found[..at].trim_end();
    let Some((_, joined)) = before.rsplit_once(" and ") else {
        return false;
    };
    let mut words = joined.split_whitespace();
    let determiner = words.next().is_some_and(|w| {
        ["a", "an", "the", "its"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    });
    let noun = joined.rsplit(' ').next().unwrap_or("");
    determiner && JOINED_LAWS.iter().any(|n| noun.eq_ignore_ascii_case(n))
}

/// "Articles 342-350 of the revised penal code prescribed ...": a participle after a
/// determiner names the law as it now stands; it tells no change, unless a verb enacts it
/// ("promulgated the updated penal code"; after "a" or "an" a code made anew, see
/// [`a_revised_code`]).
fn names_a_law(text: &str, m: &crate::pattern::Match<'_>) -> bool {
    const PARTICIPLES: [&str; 4] = ["revised ", "amended ", "updated ", "modified "];
    const DETERMINERS: [&str; 5] = ["the ", "its ", "a ", "an ", "their "];
    const ENACTING: [&str; 8] = [
        "adopt",
        "pass",
        "enact",
        "approv",
        "promulgat",
        "sign",
        "introduc",
        "issu",
    ];
    let found = m.as_str();
    if !PARTICIPLES.iter().any(|p| {
        found
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    }) {
        return false;
    }
    // "its recently amended Article 80": an adverb may stand between.
    let before = strip_adverb(&text[..m.start()]);
    let enacting = |verb: &str| {
        ENACTING.iter().any(|v| {
            verb.get(..v.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(v))
        })
    };
    // "under the country's revised penal code": a possessive is a determiner too.
    let mut words = before.split_whitespace().rev();
    if words
        .next()
        .is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"))
    {
        let verb = words.find(|w| !w.eq_ignore_ascii_case("the")).unwrap_or("");
        return !enacting(verb);
    }
    DETERMINERS.iter().any(|d| {
        // A whole word: not the end of "Kenya " or "Republika ".
        let Some(rest) = before
            .len()
            .checked_sub(d.len())
            .filter(|&at| before.get(at..).is_some_and(|t| t.eq_ignore_ascii_case(d)))
            .and_then(|at| before.get(..at))
            .filter(|rest| rest.is_empty() || rest.ends_with(char::is_whitespace))
        else {
            return false;
        };
        let verb = rest.split_whitespace().next_back().unwrap_or("");
        !enacting(verb)
    })
}

// "Section 370 of the penal code, which was amended in 2013 ..., prescribes": a change told in
// a relative clause of the law's name.
lazy_regex!(
    RELATIVE_AMENDED,
    r"(?i)[,(]\s*(?:which|that)\s+(?:was|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+|last\s+|later\s+)?amended\b"
);

/// Verbs in the present telling what a law does as it stands.
const STANDING_VERBS: [&str; 9] = [
    " prescribes ",
    " provides for ",
    " carries ",
    " stipulates ",
    " criminalizes ",
    " criminalises ",
    " prohibits ",
    " penalizes ",
    " punishes ",
];

/// The same verbs in the past, as reports tell the law of their year.
const STANDING_VERBS_PAST: [&str; 9] = [
    " prescribed ",
    " provided for ",
    " carried ",
    " stipulated ",
    " criminalized ",
    " criminalised ",
    " prohibited ",
    " penalized ",
    " punished ",
];

/// Whether a change is told in a relative clause of the law's name and the sentence goes on
/// to tell what the law does as it stands ("Section 370, which was amended in 2013 ..., and
/// prescribes penalties of ..."): the penalties are the law's provision, not the change's.
pub fn amended_in_a_relative_aside(text: &str) -> bool {
    if !contains_ci(text, "which") && !contains_ci(text, "that") {
        return false;
    }
    RELATIVE_AMENDED.find(text).is_some_and(|m| {
        STANDING_VERBS
            .iter()
            .any(|v| crate::pattern::find_ci(text, v, m.end()).is_some())
    })
}

/// "Article 181 of the criminal code, amended in 2014, prescribes ...": every change the
/// sentence tells is an aside after the law's name, and the law's standing verb follows.
pub fn amended_in_an_aside(text: &str) -> bool {
    let mut aside_end = None;
    let mut from = 0;
    while let Some(at) = crate::pattern::find_ci(text, "amend", from) {
        if !told_in_an_aside(text, at) {
            return false;
        }
        aside_end = text[at..].find([')', ',']).map(|end| at + end);
        from = at + 5;
    }
    aside_end.is_some_and(|end| {
        STANDING_VERBS
            .iter()
            .chain(&STANDING_VERBS_PAST)
            .any(|v| crate::pattern::find_ci(text, v, end).is_some())
    })
}

/// Whether the change told at `told` is an aside after a law's name: "(amended in 2010)",
/// ", amended in 2009,".
fn told_in_an_aside(text: &str, told: usize) -> bool {
    /// Verbs of a change: after the aside, the main clause tells the change itself.
    const CHANGING: [&str; 6] = [
        "raised",
        "increased",
        "lowered",
        "reduced",
        "toughened",
        "strengthened",
    ];
    // ", as amended by Law No. 1 of 2015,".
    let head = text[..told].trim_end();
    let head = head.strip_suffix(" as").unwrap_or(head);
    // A dash stands apart from its words once normalized: "Act - amended in 2010 - prohibits".
    let opened = head.ends_with(['(', ',']) || head.ends_with(" -");
    let rest = &text[told..];
    // "amended in 2009", not "(Amendment) Act".
    opened
        && crate::pattern::starts_with_ci(rest, "amended ")
        && [rest.find([')', ',']), rest.find(" - ")]
            .into_iter()
            .flatten()
            .min()
            .is_some_and(|end| {
                let aside = &rest[..end];
                // "Article 181, amended in 2014, raised penalties to 12 years": the change's.
                let main_verb = rest[end..]
                    .trim_start_matches([')', ',', ' ', '-'])
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                aside.split_whitespace().count() <= 8
                    && !aside.contains(';')
                    && !CHANGING.contains(&main_verb.as_str())
            })
}

/// Whether a change found opens with a verb of increase ("increased", "raised penalties").
fn tells_an_increase(m: &crate::pattern::Match<'_>) -> bool {
    const INCREASES: [&str; 4] = ["increas", "rais", "strengthen", "toughen"];
    INCREASES
        .iter()
        .any(|p| crate::pattern::starts_with_ci(m.as_str(), p))
}

/// "courts strengthened penalties for some convicted offenders": sentences handed down
/// heavier, no change to the law.
fn increase_by_courts(text: &str, m: &crate::pattern::Match<'_>) -> bool {
    if !tells_an_increase(m) {
        return false;
    }
    let before = text[..m.start()]
        .split_whitespace()
        .rev()
        .find(|w| !w.ends_with("ly"))
        .unwrap_or("");
    crate::pattern::is_one_of(before, SENTENCING_BODIES)
}

/// "prescribes penalties of up to 10 years, including increased penalties for aggravated
/// circumstances", "provides for increased penalties for": an increase after a preposition or
/// a verb that sets penalties describes them; it tells no change.
fn increase_as_adjective(text: &str, m: &crate::pattern::Match<'_>) -> bool {
    const INCREASES: [&str; 4] = ["increased ", "raised ", "strengthened ", "toughened "];
    const SETTING: [&str; 5] = ["prescrib", "provid", "impos", "stipulat", "carr"];
    let found = m.as_str();
    if !INCREASES.iter().any(|p| {
        found
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    }) {
        return false;
    }
    let before = text[..m.start()]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    let before = before.trim_end_matches(',').to_ascii_lowercase();
    matches!(
        before.as_str(),
        "including" | "with" | "of" | "for" | "includes" | "include" | "included"
    ) || SETTING.iter().any(|v| before.starts_with(v))
}

/// "implemented new legislation in 2007 that increased prescribed penalties": the increase
/// is a new law's own, told in its relative clause; the law is enacted, nothing is amended.
fn new_law_increase(text: &str, m: &crate::pattern::Match<'_>) -> bool {
    if !tells_an_increase(m) {
        return false;
    }
    let before = crate::pattern::tail(&text[..m.start()], 90).trim_end();
    let Some(head) = ["that", "which"]
        .iter()
        .find_map(|r| before.strip_suffix(r))
        .map(|h| h.trim_end_matches([' ', ',']))
    else {
        return false;
    };
    // The law's noun right before the relative pronoun, or before a date after it, with
    // "new" among the words of its phrase before it.
    let words: Vec<&str> = head.split(' ').collect();
    let noun = words
        .iter()
        .rposition(|w| crate::pattern::is_one_of(w, &["law", "legislation", "act", "code"]));
    noun.is_some_and(|at| {
        words.len() - at <= 4
            && words[..at]
                .iter()
                .rev()
                .take_while(|w| !w.ends_with(','))
                .take(4)
                .any(|w| w.eq_ignore_ascii_case("new"))
    })
}

/// `before` without the adverb in "-ly " that ends it ("its newly " → "its ").
fn strip_adverb(before: &str) -> &str {
    let Some(word_end) = before.strip_suffix(' ') else {
        return before;
    };
    let start = word_end.rfind(' ').map_or(0, |i| i + 1);
    let word = &word_end[start..];
    if is_ly_adverb(word) {
        &before[..start]
    } else {
        before
    }
}

/// The article named in a sentence ("129", "165 and 206", "360(A)", "7" for "seven").
pub fn article(text: &str) -> Option<String> {
    // Most sentences name none: a byte search is cheaper than the pattern.
    if !(contains_ci(text, "art")
        || contains_ci(text, "sec")
        || contains_ci(text, "paragraph")
        || text.contains("Division"))
    {
        return None;
    }
    let a = ARTICLE.captures(text)?.name("a")?.as_str().trim();
    Some(word_value(a).map_or_else(|| a.to_string(), |v| v.to_string()))
}

/// Every article of a sentence: where its mention starts and ends, and its number.
pub fn articles(text: &str) -> impl Iterator<Item = (usize, usize, String)> + '_ {
    let named = contains_ci(text, "art")
        || contains_ci(text, "sec")
        || contains_ci(text, "paragraph")
        || text.contains("Division");
    named
        .then(|| ARTICLE.captures_iter(text))
        .into_iter()
        .flatten()
        .filter_map(|c| {
            let (whole, a) = (c.get(0)?, c.name("a")?.as_str().trim());
            let number = word_value(a).map_or_else(|| a.to_string(), |v| v.to_string());
            Some((whole.start(), whole.end(), number))
        })
}

/// The law the first article of a sentence is named of, when it is another than the law
/// changed: "While the penal code was amended in 2014, Article 3 of the Anti-Trafficking Act
/// prescribes ..." tells the act's standing article beside the code's change.
pub fn article_of_another_law(text: &str) -> Option<String> {
    let m = ARTICLE.find(text)?;
    let rest = text[m.end()..].strip_prefix(" of ")?;
    let rest = rest
        .strip_prefix("the ")
        .or_else(|| rest.strip_prefix("its "))
        .unwrap_or(rest);
    let head = crate::pattern::head(rest, 100);
    let of_article = super::law::law_name(head)
        .filter(|name| head.starts_with(name.as_str()))
        .or_else(|| instrument(head).filter(|i| crate::pattern::starts_with_ci(head, i)))?;
    // "The ... (Amendment) Act, 2013 substituted Section 370 of the Penal Code": the
    // article is what the change, told before it in its clause, was made to.
    let change = stated_change(text)?;
    if change.end() <= m.start() && !text[change.end()..m.start()].contains([',', ';']) {
        return None;
    }
    let before = &text[..m.start()];
    let after = &rest[of_article.len().min(rest.len())..];
    let changed_law = instrument(before)
        .or_else(|| super::law::law_name(before))
        .or_else(|| instrument(after))
        .or_else(|| super::law::law_name(after))?;
    let (a, b) = (
        of_article.to_ascii_lowercase(),
        changed_law.to_ascii_lowercase(),
    );
    (!a.contains(&b) && !b.contains(&a)).then_some(of_article)
}

/// True when the first article of the sentence names its own law after "of", known or not
/// ("Article 140 of the Women's Charter").
pub fn article_of_named_law(text: &str) -> bool {
    ARTICLE.find(text).is_some_and(|m| {
        let rest = text[m.end()..].trim_start();
        let rest = rest.strip_prefix("of ").unwrap_or("");
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        rest.starts_with(|c: char| c.is_ascii_uppercase())
    })
}

/// The code or law named in a sentence ("criminal code").
pub fn instrument(text: &str) -> Option<String> {
    // "anti-trafficking law enforcement": the law's enforcement, not a law.
    let enforced = |end: usize| {
        text[end..]
            .trim_start()
            .get(..11)
            .is_some_and(|w| w.eq_ignore_ascii_case("enforcement"))
    };
    // "Although it does not have a comprehensive anti-trafficking law, it prohibits slavery
    // under its penal code": a law denied is none.
    let denied = |start: usize| {
        let before = &text[crate::pattern::words_back(text, start, 5)..start];
        let clause = before.rsplit([',', ';']).next().unwrap_or(before);
        clause.split_whitespace().any(|w| {
            LAW_DENIALS
                .iter()
                .any(|d| w.trim_end_matches(',').eq_ignore_ascii_case(d))
        })
    };
    // "The 2005 Human Trafficking Act", "The Labor Law": a title, read as the law's name.
    let titled = |start: usize, i: usize| {
        TITLED_ELSEWHERE.contains(&INSTRUMENTS[i])
            && text[start..].starts_with(|c: char| c.is_ascii_uppercase())
    };
    INSTRUMENT_SET
        .find(text)
        .find(|&(start, end, i)| !enforced(end) && !denied(start) && !titled(start, i))
        .map(|(_, _, i)| INSTRUMENTS[i].to_string())
}

crate::lazy_words!(INSTRUMENT_SET, INSTRUMENTS, true);

/// Instruments whose capitalized form is a law's title, read by [`super::law::law_name`].
const TITLED_ELSEWHERE: [&str; 10] = [
    "trafficking act",
    "anti-trafficking act",
    "trafficking law",
    "anti-trafficking law",
    "counter-trafficking law",
    "immigration act",
    "immigration law",
    "labor law",
    "labour law",
    "migration law",
];

impl Rule for AmendmentRule {
    fn name(&self) -> &'static str {
        "amendment"
    }

    fn kind(&self) -> EventKind {
        EventKind::LegalAmendment
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        &[&[
            "amend",
            // "closed a loophole in the ... law" ("gaps in" is no cue: it runs the rule on
            // every "gaps in victim protection", 12% more sentences).
            "loophole",
            "penalt",
            "punishment",
            "sentence$",
            "sentences$",
            "prison term",
            "adopted in",
            "enacted in",
            "introduced in",
            "adopted on",
            "revis",
            "updat",
            "modif",
            // "The TVPA was reauthorized in 2008".
            "reauthori",
            "added to",
            "added into",
            // "new provisions of the code took effect".
            "new provision",
            "inserted into",
            // "incorporated its 2011 law into the penal code".
            "incorporat",
            "changes to",
            // "code reform", "reformed the penal code", "reforms to the law" (one cue for all:
            // the cue table stays narrow; `REFORM` reads which).
            "reform",
            // An offense the lawmaker made (see `NEW_OFFENSE`): cues shared with the
            // provision rule, the lawmaker read by the pattern.
            "criminali",
            "outlaw",
            "repeal",
            "rescind",
        ]]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, d: &mut Discourse, out: &mut Output) {
        let named = out.events.len();
        if cx.text.contains("Amendment") {
            amending_acts_named(cx, self.name(), out);
        }
        let stated = out.events.len();
        // "It was amended in 2014": the law the sentence before named.
        let law_before = d
            .instrument
            .as_ref()
            .and_then(|(law, _)| law.as_deref())
            .filter(|law| named_just_before(cx, law));
        self.stated(cx, law_before, out);
        // "incorporated its law into the penal code as Section 342-1. Section 342-1
        // prescribes ...": the law and article changed are the last named.
        if let Some(Fact::LegalAmendment {
            instrument: Some(law),
            article: Some(article),
            ..
        }) = out.events[stated..].last().map(|e| &e.fact)
        {
            d.instrument = Some((Some(law.clone()), Some(article.clone())));
        }
        // "Articles 127 and 128 of the criminal code ... In 2019, parliament amended Article
        // 127": an article named before in the paragraph is of the law it was named with.
        if let Some((Some(law), Some(articles))) = &d.instrument {
            for event in &mut out.events[stated..] {
                if let Fact::LegalAmendment {
                    instrument: instrument @ None,
                    article: Some(article),
                    ..
                } = &mut event.fact
                {
                    if articles
                        .split(|c: char| c == ',' || c.is_whitespace())
                        .any(|listed| listed == article.as_str())
                    {
                        *instrument = Some(law.clone());
                    }
                }
            }
        }
        // An act named and told as a change is the stated change.
        if named < stated && stated < out.events.len() {
            let stated_years: Vec<_> = out.events[stated..].iter().map(|e| e.date).collect();
            let told: Vec<_> = out.events.drain(named..).collect();
            out.events.extend(
                told.into_iter()
                    .enumerate()
                    .filter(|(k, e)| named + k >= stated || !stated_years.contains(&e.date))
                    .map(|(_, e)| e),
            );
        }
    }
}

impl AmendmentRule {
    /// Changes told as such ("amended the penal code in 2010").
    fn stated(&self, cx: &SentenceCtx<'_>, law_before: Option<&str>, out: &mut Output) {
        // "has not yet adopted amendments": no change made.
        let Some(m) =
            stated_change(cx.text).or_else(|| law_before.and_then(|_| REFERS_BACK.find(cx.text)))
        else {
            return;
        };
        let item = list_item(cx.text, m.range());
        // "passing amendments through committees in preparation for a final vote": to come.
        if crate::pattern::contains_ci(&cx.text[m.end()..item.end], "in preparation for") {
            return;
        }
        // "adopted a program whose objectives included ... amending anti-trafficking
        // legislation": what a plan is to do.
        if content_of_a_plan(&cx.text[item.start..m.start()]) {
            return;
        }
        // "the cabinet approved an amendment ...; the parliament will consider the amendment in
        // 2017": a change still to be decided.
        if crate::pattern::contains_ci(&cx.text[m.end()..], " will ")
            && STILL_TO_DECIDE.is_match(&cx.text[m.end()..])
        {
            return;
        }
        if !cx.is_hedged_unless_enacted() || drafted_another_thing(cx, m.end()) {
            return self.stated_unhedged(cx, law_before, out, m, false);
        }
        // "...; amending the criminal code to ...; and reviewing the draft action plan": a
        // hedge in another item of a list of acts is that item's.
        let item = &cx.text[item];
        let (hedges, hedged) = match item.len() < cx.text.len() && opens_with_a_gerund(item) {
            true => (
                crate::rules::Hedges::of(item),
                super::context::is_hedged_unless_enacted(item),
            ),
            false => (cx.hedges(), true),
        };
        if hedged && (hedges.any_besides(MODAL_HEDGES) || advises(cx.text)) {
            return;
        }
        self.stated_unhedged(cx, law_before, out, m, hedged);
    }

    /// The change `m`, once the sentence's hedges are read: `hedged` when a modal stands in
    /// the change's part of the sentence.
    fn stated_unhedged(
        &self,
        cx: &SentenceCtx<'_>,
        law_before: Option<&str>,
        out: &mut Output,
        m: crate::pattern::Match<'_>,
        hedged: bool,
    ) {
        // "updated the criminal code to state that victims should be released from liability":
        // a modal after "that" tells what the change says, not that it is still to come.
        if hedged {
            let complement = crate::pattern::find_ci(cx.text, " that ", m.end());
            if complement.is_none_or(|at| crate::rules::Hedges::of(&cx.text[..at]).any()) {
                return;
            }
        }
        let penalty = penalties(cx.text, cx.quantities()).into_iter().next();
        // "A 2019 amendment to ...", "The X (Amendment) Act of 2013 raised ...": the year names
        // the amendment.
        // Dated where the change is told ("adopted in 2005 and amended in 2010").
        let told = crate::pattern::find_ci(m.as_str(), "amend", 0)
            .or_else(|| crate::pattern::find_ci(m.as_str(), "reauthori", 0))
            .map_or(m.start(), |i| m.start() + i);
        // "amended in 2007 and again in 2012 to raise the penalty": one change per date,
        // the purpose told after the list being the last one's.
        let verb_end = cx.text[told..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(cx.text.len(), |i| told + i);
        // "as amended by Federal Law No. 1 of 2015": the year of the law that made the change.
        let amending_law = super::law::numbered_law_after(&cx.text[verb_end..]);
        let named_year = m
            .as_str()
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .or_else(|| {
                // "The X (Amendment) Act of 2013 raised", "enacted the X (Amendment) Act No.
                // 16 of 2006".
                let act = AMENDING_ACT
                    .captures(m.as_str())
                    .or_else(|| AMENDING_ACT.captures(&cx.text[told..]))?;
                act.name("year")?.as_str().parse().ok()
            })
            .or_else(|| amending_law.as_ref()?.1)
            // "The 2005 law was amended": a law changed carries the year it was made in.
            .or_else(|| {
                let passive = [" was ", " were ", " been "]
                    .iter()
                    .any(|w| m.as_str().contains(w));
                year_of_the_changing_law(cx, m.start()).filter(|_| !passive)
            })
            .map(crate::temporal::PartialDate::year);
        let listed = match named_year {
            Some(_) => Vec::new(),
            None => cx.dates_listed_after(verb_end),
        };
        let date = named_year.or_else(|| cx.activity_date(told, cx.text.len()).point());
        // "The 2005 Act, amended in 2009, prescribes penalties of ...", "The Act (amended in
        // 2010) prescribes ...": the penalties of the main clause are the law's as it stands.
        let penalty = penalty
            .filter(|_| !told_in_an_aside(cx.text, told) && !amended_in_a_relative_aside(cx.text));
        let clause_end = cx.text[m.start()..]
            .find(';')
            .map_or(cx.text.len(), |i| m.start() + i);
        let description = crate::pattern::head(&cx.text[m.start()..clause_end], 200)
            .trim_end_matches(['.', ' ', ','])
            .to_string();
        let instrument = amended_acronym(m.as_str())
            .or_else(|| written_into(m.as_str()))
            .or_else(|| instrument(cx.text))
            .or_else(|| super::law::law_name(cx.text))
            // "Law 26.842, which amended Law 26.364": the numbered law right after the verb.
            .or_else(|| super::law::numbered_law_at(&cx.text[verb_end..]).map(|(n, _)| n))
            .or_else(|| {
                // "Law No. 51 of 2006 was amended by Law No. 1 of 2015": the law changed is
                // the one the change was not made by.
                let by = amending_law.as_ref().map(|(name, _)| name.as_str());
                super::law::first_numbered_law(cx.text, by)
            })
            .or_else(|| {
                // "The law was amended in 2014": the law named in the sentence before.
                REFERS_BACK
                    .is_match(cx.text)
                    .then(|| law_before.map(str::to_string))?
            });
        // "A 2008 amendment to the Trafficking Victims Protection Act": a US act, not the
        // country's.
        if instrument
            .as_deref()
            .is_some_and(|name| !super::law::is_home_law(cx.country, name))
        {
            return;
        }
        // "..., Article 3 of the Anti-Trafficking Act prescribes ...": another law's article.
        let (article, penalty) = match article_of_another_law(cx.text) {
            Some(_) => (None, None),
            None => (article(cx.text), penalty),
        };
        let dates: Vec<(Option<PartialDate>, bool)> = if listed.is_empty() {
            vec![(date, true)]
        } else {
            let last = listed.len() - 1;
            listed
                .into_iter()
                .enumerate()
                .map(|(i, d)| (Some(d), i == last))
                .collect()
        };
        // "amended the Law on Migration and Law on Special Social Services": a change to each.
        // "The penal code and the labor code were amended": both subjects of the clause.
        let clause_start = cx.text[..m.start()].rfind(';').map_or(0, |i| i + 1);
        let instruments = match instrument.as_deref() {
            Some(both) => conjoined_laws(both)
                .into_iter()
                .map(|law| Some(law.to_string()))
                .chain(
                    code_joined_to(&cx.text[clause_start..], both)
                        .map(|code| Some(code.to_string())),
                )
                .collect(),
            None => vec![None],
        };
        for instrument in instruments {
            for &(date, is_last) in &dates {
                out.events.push(cx.event(
                    Fact::LegalAmendment {
                        instrument: instrument.clone(),
                        article: article.clone(),
                        penalty: if is_last { penalty } else { None },
                        description: Some(description.clone()),
                    },
                    date,
                    false,
                    self.name(),
                ));
            }
        }
    }
}

/// Whether the sentence before names `law`, or refers back to it as this one does ("The X
/// Law was adopted in 2008. It was amended in 2014. In 2016, the law was revised again.").
fn named_just_before(cx: &SentenceCtx<'_>, law: &str) -> bool {
    let Some(at) = cx.index_in_paragraph() else {
        return false;
    };
    cx.paragraph[..at]
        .iter()
        .rev()
        .find(|s| !REFERS_BACK.is_match(s))
        .is_some_and(|s| s.contains(law))
}

/// The year a law named as the subject of a change carries ("The Sexual Offenses Act of 2012
/// increased the penalties", "The 2012 Sexual Offenses Act raised ..."): with no date of its
/// own, the change was made with the law.
fn year_of_the_changing_law(cx: &SentenceCtx<'_>, change: usize) -> Option<i32> {
    // A date of the sentence tells the change's ("The 2005 Act, amended in 2009, ...").
    if !cx.explicit_dates().is_empty() {
        return None;
    }
    let (start, _) = crate::rules::context::clause(cx.text, change);
    cx.times().iter().rev().find_map(|t| match t.expr {
        TimeExpr::NamedYear(y) if t.start >= start && t.end <= change => {
            let between = &cx.text[t.end..change];
            (!between.contains([',', ';', '(']) && between.split_whitespace().count() <= 5)
                .then_some(y)
        }
        _ => None,
    })
}

/// Amending acts known by their name and year, each an amendment of the act it names
/// ("the Evidence (Amendment) Act of 2015" changes the Evidence Act in 2015), inferred from
/// the name; told as a change, the stated rule reads them.
fn amending_acts_named(cx: &SentenceCtx<'_>, rule: &str, out: &mut Output) {
    for c in NAMED_AMENDING_ACT.captures_iter(cx.text) {
        let name = c.name("name").expect("name");
        let named_before = cx.times().iter().find_map(|t| match t.expr {
            crate::temporal::TimeExpr::NamedYear(y) if t.end + 1 == name.start() => Some(y),
            _ => None,
        });
        let year = c
            .name("year")
            .and_then(|y| y.as_str().parse().ok())
            .or(named_before);
        let Some(year) = year else {
            continue;
        };
        out.events.push(cx.event(
            Fact::LegalAmendment {
                instrument: Some(act_amended(name.as_str())),
                article: None,
                penalty: None,
                description: Some(c.get(0).expect("group 0").as_str().to_string()),
            },
            Some(PartialDate::year(year)),
            true,
            rule,
        ));
    }
}

/// The act an amending act changes, by the name before its "(Amendment) Act": "Evidence"
/// names the Evidence Act; "Penal Code" names the code itself.
fn act_amended(name: &str) -> String {
    let name = name.trim_start_matches("The ");
    if ["Code", "Act"].iter().any(|w| name.ends_with(w)) {
        name.to_string()
    } else {
        format!("{name} Act")
    }
}

/// The laws of a name joined by "and" where each part names a law of its own ("the Law on
/// Migration and Law on Special Social Services"); one name otherwise ("Law on Prevention
/// and Suppression of Trafficking").
/// The code joined by "and" to the code `first` where `change` first names it ("revisions to
/// its penal code and code of criminal procedures", "amended the penal code and the labor
/// code"): a change to each.
fn code_joined_to(change: &str, first: &str) -> Option<&'static str> {
    if !INSTRUMENTS.contains(&first) {
        return None;
    }
    let at = crate::pattern::find_ci(change, first, 0)?;
    let rest = &change[at + first.len()..];
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    let rest = rest.strip_prefix(" and ")?;
    let rest = ["the ", "its ", "their "]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
        .unwrap_or(rest);
    INSTRUMENTS.iter().copied().find(|code| {
        *code != first
            && crate::pattern::starts_with_ci(rest, code)
            && rest[code.len()..]
                .trim_start_matches('s')
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn conjoined_laws(name: &str) -> Vec<&str> {
    for joint in [" and the Law ", " and Law "] {
        if let Some(at) = name.find(joint) {
            let second = &name[at + joint.len() - "Law ".len()..];
            return vec![&name[..at], second];
        }
    }
    vec![name]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{lead, report, run, section, wiki};

    #[test]
    fn an_act_titled_by_the_change_it_makes() {
        let facts = |sentence: &str| {
            let text = format!("= Human trafficking in Testland =\n\n{sentence}\n");
            let amended =
                crate::rules::testing::dated_facts_of_kind(&text, EventKind::LegalAmendment);
            let enacted = crate::rules::testing::dated_facts_of_kind(&text, EventKind::LawEnacted);
            (amended, enacted)
        };
        let none: Vec<String> = Vec::new();
        assert_eq!(
            facts("Bill C-49, An Act to amend the Criminal Code, which came into force on November 25, 2005, created three trafficking offences."),
            (vec!["2005 criminal code".to_string()], none.clone())
        );
        assert_eq!(
            facts("In 2005, Parliament passed An Act to amend the Criminal Code (trafficking in persons)."),
            (vec!["2005 criminal code".to_string()], none.clone())
        );
        assert_eq!(
            facts("In 2005, Parliament passed an act to amend the criminal code."),
            (vec!["2005 criminal code".to_string()], none)
        );
    }

    #[test]
    fn a_change_made_by_a_numbered_law_is_of_its_year() {
        insta::assert_snapshot!(run(&AmendmentRule, "Federal Law No. 51 of 2006, as amended by Federal Law No. 1 of 2015, criminalized sex trafficking and prescribed penalties of five to 15 years.", report(2017)), @"2015 legal_amendment: Federal Law No. 51 of 2006");
        insta::assert_snapshot!(run(&AmendmentRule, "Law No. 51 of 2006 was amended by Law No. 1 of 2015.", wiki()), @"2015 legal_amendment: Law No. 51 of 2006");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2015, the government amended Law No. 51 of 2006 to increase penalties to 15 years.", wiki()), @"2015 legal_amendment: Law No. 51 of 2006, penalty 15..=15 years");
        // The numbered law right after the verb is the one changed.
        insta::assert_snapshot!(run(&AmendmentRule, "In 2012, Congress passed Law 26.842, which amended Law 26.364 and increased penalties to between four and 10 years.", wiki()), @"2012 legal_amendment: Law 26.364, penalty 4..=10 years");
        // A numbered law changed in an aside.
        insta::assert_snapshot!(run(&AmendmentRule, "Law 3/2011, amended in 2016, prescribes penalties of six to 12 years.", wiki()), @"2016 legal_amendment: Law 3/2011");
    }

    #[test]
    fn a_change_told_in_an_aside_takes_no_penalty_of_the_main_clause() {
        insta::assert_snapshot!(run(&AmendmentRule, "The 2005 Human Trafficking Act, amended in 2009, criminalized sex trafficking and prescribed penalties of five to 25 years' imprisonment.", report(2021)), @"2009 legal_amendment: Human Trafficking Act");
        insta::assert_snapshot!(run(&AmendmentRule, "Testland's 2007 Anti-Trafficking Act (amended in 2010) prescribes punishments of up to 20 years' imprisonment.", report(2015)), @"2010 legal_amendment: Anti-Trafficking Act");
        // A change told in its own clause keeps the penalty it set.
        insta::assert_snapshot!(run(&AmendmentRule, "The Penal Code (Amendment) Act of 2016 raised the maximum penalty to 15 years.", report(2021)), @"2016 legal_amendment: penal code, penalty ?..=15 years");
        // A change told in a relative clause, the law's standing verb after it.
        insta::assert_snapshot!(run(&AmendmentRule, "Testland prohibits trafficking through Section 370 of the penal code, which was amended in 2013 through a new act, and prescribes penalties of seven to 10 years' imprisonment.", wiki()), @"2013 legal_amendment: penal code article 370");
        // A change told as the law's own, its penalty with it.
        insta::assert_snapshot!(run(&AmendmentRule, "Section 370 of the penal code, which was amended in 2013, raised penalties to 10 years' imprisonment.", wiki()), @"2013 legal_amendment: penal code article 370, penalty 10..=10 years");
        insta::assert_snapshot!(run(&AmendmentRule, "Article 181 of the criminal code, amended in 2014, raised the maximum penalty to 12 years' imprisonment.", wiki()), @"2014 legal_amendment: criminal code article 181, penalty ?..=12 years");
        insta::assert_snapshot!(run(&AmendmentRule, "Article 181 of the criminal code (amended in 2014) increased the penalty to 12 years' imprisonment.", wiki()), @"2014 legal_amendment: criminal code article 181, penalty 12..=12 years");
    }

    #[test]
    fn a_change_told_between_dashes_is_an_aside_after_the_name() {
        // Dashes are read once normalized, so these go through the whole extraction.
        let title = "= Testland (Tier 2) \u{2014} 2021 Trafficking in Persons Report =\n\n";
        for dash in ["\u{2014}", " \u{2014} ", "\u{2013}", " - "] {
            let s = format!("{title}Testland's 2007 Anti-Trafficking Act{dash}amended in 2010 and again in 2015{dash}prohibits all forms of trafficking and prescribes punishments of up to 20 years' imprisonment.");
            assert_eq!(
                crate::rules::testing::dated_facts_of_kind(&s, EventKind::LegalAmendment),
                ["2010 Anti-Trafficking Act", "2015 Anti-Trafficking Act"],
                "{s}"
            );
        }
        // A change told as the main clause keeps the penalty it set.
        let s = format!("{title}The penal code\u{2014}amended in 2014\u{2014}raised the maximum penalty to 12 years' imprisonment.");
        insta::assert_snapshot!(crate::rules::testing::dated_facts_of_kind(&s, EventKind::LegalAmendment).join("\n"), @"2014 penal code, penalty ?..=12 years");
    }

    #[test]
    fn two_codes_joined_are_each_changed() {
        insta::assert_snapshot!(run(&AmendmentRule, "In October and December 2004, Testland made significant revisions to its penal code and code of criminal procedures.", report(2005)), @r"
        2004-12 legal_amendment: penal code
        2004-12 legal_amendment: code of criminal procedure
        ");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2004, parliament amended the penal code and the labor code.", report(2005)), @r"
        2004 legal_amendment: penal code
        2004 legal_amendment: labor code
        ");
        insta::assert_snapshot!(run(&AmendmentRule, "The penal code and the labor code were amended in 2012.", wiki()), @r"
        2012 legal_amendment: penal code
        2012 legal_amendment: labor code
        ");
        // A code named beside the change, not joined to the one changed.
        insta::assert_snapshot!(run(&AmendmentRule, "In 2012, the government amended the labor code and adopted a new penal code.", wiki()), @"2012 legal_amendment: labor code");
    }

    #[test]
    fn it_amended_is_the_law_named_before_it_in_the_sentence() {
        for (s, want) in [
            ("The Labour Act prohibits forced labor; in 2014, the government amended it to raise the penalty to six years' imprisonment.", "2014 legal_amendment: Labour Act, penalty 6..=6 years"),
            ("The penal code criminalizes trafficking, and parliament amended it in 2012.", "2012 legal_amendment: penal code"),
        ] {
            assert_eq!(run(&AmendmentRule, s, report(2015)), want, "{s}");
        }
        // "It" names no law here, or was not changed.
        for s in [
            "The government adopted a national action plan and amended it in 2012.",
            "The Labour Act prohibits forced labor, but the government has not amended it since 2012.",
        ] {
            assert_eq!(run(&AmendmentRule, s, report(2015)), "", "{s}");
        }
    }

    #[test]
    fn an_adverb_of_time_may_stand_before_amended() {
        insta::assert_snapshot!(run(&AmendmentRule, "The legislation was most recently amended in November 2015.", wiki()), @"2015-11 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "The Anti-Trafficking Act was last amended in 2015.", wiki()), @"2015 legal_amendment: Anti-Trafficking Act");
    }

    #[test]
    fn a_law_amended_by_its_title_or_acronym() {
        insta::assert_snapshot!(run(&AmendmentRule, "In March 2021, parliament amended the Combating of Trafficking in Persons Act to raise the penalties.", report(2022)), @"2021-03 legal_amendment: Combating of Trafficking in Persons Act");
        insta::assert_snapshot!(run(&AmendmentRule, "The government adopted a new referral plan and amended the CTIPA to remove fines.", report(2022)), @"2021 legal_amendment: CTIPA");
        // An acronym of no act is no law amended.
        insta::assert_snapshot!(run(&AmendmentRule, "The government amended the NRM to include labor inspectors.", report(2022)), @"");
    }

    #[test]
    fn a_country_ending_like_an_article_changes_its_law() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2015, Kenya amended its penal code.", wiki()), @"2015 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2016, Uganda amended the penal code to raise penalties to 15 years.", wiki()), @"2016 legal_amendment: penal code, penalty 15..=15 years");
        // An article before the participle: a law's name, no change.
        insta::assert_snapshot!(run(&AmendmentRule, "Its amended penal code prohibits forced labor.", wiki()), @"");
    }

    #[test]
    fn an_assembly_is_no_adverb_before_the_change() {
        insta::assert_snapshot!(run(&AmendmentRule, "The assembly amended its criminal code in 2013.", wiki()), @"2013 legal_amendment: criminal code");
        // An adverb may still stand before a participle that names a law.
        insta::assert_snapshot!(run(&AmendmentRule, "The recently amended criminal code prohibits forced labor.", wiki()), @"");
    }

    #[test]
    fn laws_changed_by_several_lawmakers() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2013, both regional assemblies amended their anti-trafficking laws.", wiki()), @"2013 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2014, the provinces revised their criminal codes.", wiki()), @"2014 legal_amendment: (unnamed instrument)");
    }

    #[test]
    fn a_law_named_by_its_acronym_as_the_subject_of_its_change() {
        insta::assert_snapshot!(run(&AmendmentRule, "The ATIPA was amended in 2016 to cover forced labor.", wiki()), @"2016 legal_amendment: ATIPA");
        insta::assert_snapshot!(run(&AmendmentRule, "The PTPA has been revised in March 2019.", report(2020)), @"2019-03 legal_amendment: PTPA");
        // An acronym of no act is no law.
        insta::assert_snapshot!(run(&AmendmentRule, "The NRM was updated in 2019.", wiki()), @"");
    }

    #[test]
    fn a_reauthorized_act_is_changed_on_each_date() {
        let text = |country: &str| {
            format!("Human trafficking in {country}\n\nThe Victims of Trafficking and Violence Protection Act of 2000 (TVPA) was signed in October 2000. It was reauthorized in 2003, 2005 and 2008. Congress reauthorized the TVPA in 2013.\n")
        };
        let kind = crate::event::EventKind::LegalAmendment;
        let changes = crate::rules::testing::dated_facts_of_kind(&text("the United States"), kind);
        let act = "Victims of Trafficking and Violence Protection Act of 2000";
        assert_eq!(
            changes,
            [
                format!("2003 {act}"),
                format!("2005 {act}"),
                format!("2008 {act}"),
                "2013 TVPA".to_string()
            ]
        );
        // The United States' acts are no change to another country's law.
        assert!(crate::rules::testing::facts_of_kind(&text("Testland"), kind).is_empty());
        insta::assert_snapshot!(run(&AmendmentRule, "The Anti-Trafficking Act was reauthorized in 2015 with higher penalties.", wiki()), @"2015 legal_amendment: Anti-Trafficking Act");
    }

    #[test]
    fn an_act_with_its_year_amended_later() {
        insta::assert_snapshot!(run(&AmendmentRule, "The Labour Relations Act of 1995 (LRA), amended in 2018, prohibits forced labor.", report(2021)), @"2018 legal_amendment: Labour Relations Act of 1995");
    }

    #[test]
    fn a_change_under_way_is_not_made() {
        insta::assert_snapshot!(run(&AmendmentRule, "The ministry took steps towards amending the 2010 Anti-Trafficking Act.", report(2022)), @"");
        insta::assert_snapshot!(run(&AmendmentRule, "Parliament began the process of amending the criminal code.", report(2022)), @"");
    }

    #[test]
    fn updates_approved() {
        insta::assert_snapshot!(run(&AmendmentRule, "In December 2019, the government approved updates to the penal code that reportedly penalize sex trafficking offenses.", report(2020)), @"2019-12 legal_amendment: penal code");
        assert!(is_amendment(
            "The cabinet adopted revisions to the labor code in 2018."
        ));
    }

    #[test]
    fn laws_revised() {
        insta::assert_snapshot!(run(&AmendmentRule, "The penal code, revised in 2015, criminalizes sex trafficking and labor trafficking.", report(2017)), @"2015 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "The Icelandic government increased the maximum criminal penalty for human trafficking offenses from eight years of imprisonment to 12 years.", report(2012)), @"2011 legal_amendment: (unnamed instrument), penalty ?..=12 years");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2010, the government revised its anti-trafficking laws to include forced begging.", wiki()), @"2010 legal_amendment: (unnamed instrument)");
    }

    #[test]
    fn a_revision_passed() {
        insta::assert_snapshot!(run(&AmendmentRule, "A penal code revision containing provisions that address these loopholes was debated and passed by the Parliament in early 2005.", report(2006)), @"2005 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "A revision of the criminal code was adopted in 2005.", report(2006)), @"2005 legal_amendment: criminal code");
        // A revision named by its year is a change of that year.
        insta::assert_snapshot!(run(&AmendmentRule, "There is no law specifically outlawing trafficking, but a 2003 revision of the penal code criminalizes slavery, for which a conviction carries a 10 to 30-year prison sentence.", report(2004)), @"2003 legal_amendment: penal code, penalty 10..=30 years");
        // Not a plan's revision, nor one not passed or only drafted.
        for sentence in [
            "A revision of the national action plan was adopted in 2005.",
            "The government did not pass the penal code revision in 2005.",
            "A draft revision of the criminal code was approved by the cabinet.",
        ] {
            assert_eq!(
                run(&AmendmentRule, sentence, report(2006)),
                "",
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_statute_amended_is_a_change() {
        insta::assert_snapshot!(run(&AmendmentRule, "In December 2005, the government amended its 2003 federal statute prohibiting trafficking to increase penalties.", report(2006)), @"2005-12 legal_amendment: (unnamed instrument)");
    }

    #[test]
    fn reforms_of_a_code_are_changes() {
        insta::assert_snapshot!(run(&AmendmentRule, "It enacted penal code reforms and criminalized all forms of trafficking, setting penalties of eight to 12 years' imprisonment.", report(2006)), @"2005 legal_amendment: penal code, penalty 8..=12 years");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2005, the government reformed the penal code to criminalize all forms of trafficking.", wiki()), @"2005 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2011, Congress adopted reforms to the criminal code that criminalized labor trafficking.", wiki()), @"2011 legal_amendment: criminal code");
        // Reforms of no law.
        assert_eq!(
            run(
                &AmendmentRule,
                "The government adopted judicial reforms in 2005.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn amendments_made_and_paragraphs_amended() {
        insta::assert_snapshot!(run(&AmendmentRule, "Amendments to the Criminal Code were made in 2005 to implement the Protocol.", wiki()), @"2005 legal_amendment: criminal code");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2009, the government amended Paragraph 175/b of its criminal code to increase penalties.", wiki()), @"2009 legal_amendment: criminal code article 175/b");
        insta::assert_snapshot!(run(&AmendmentRule, "Parliament adopted a law in 2012 amending Section 12 of the Immigration Act.", wiki()), @"2012 legal_amendment: Immigration Act article 12");
        // No change: a request, or amendments only proposed.
        assert_eq!(
            run(
                &AmendmentRule,
                "NGOs asked that amendments be made to the code.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn a_change_told_as_the_means() {
        insta::assert_snapshot!(run(&AmendmentRule, "The Government of Testland criminalized trafficking in persons through an amendment to its criminal code in August 2003.", report(2004)), @"2003-08 legal_amendment: criminal code");
        assert!(is_amendment(
            "It criminalized trafficking by an amendment to the penal code in 2010."
        ));
        assert!(!is_amendment(
            "It criminalized trafficking through a new law in 2010."
        ));
    }

    #[test]
    fn amendments_named_by_their_year() {
        insta::assert_snapshot!(run(&AmendmentRule, "Police opened six investigations under the 2015 anti-trafficking penal code amendments.", report(2017)), @"2015 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "Courts applied the 2019 forced labor amendment of the trafficking law (Section 6/1) in two cases.", report(2022)), @"2019 legal_amendment: trafficking law article 6/1");
        insta::assert_snapshot!(run(&AmendmentRule, "Prosecutors were trained on the 2019 labor law amendments.", report(2021)), @"2019 legal_amendment: labor law");
        // Not yet made, or a year of something else.
        for s in [
            "The draft 2019 labor law amendments were sent to parliament.",
            "The 2019 law requires amendments to the code.",
        ] {
            assert_eq!(run(&AmendmentRule, s, report(2021)), "", "{s}");
        }
    }

    #[test]
    fn revised_or_added_to() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2012, the government revised the criminal code to include labor trafficking.", lead(2018)), @"2012 legal_amendment: criminal code");
        insta::assert_snapshot!(run(&AmendmentRule, "New provisions criminalizing forced labor were added to the penal code in 2015.", lead(2018)), @"2015 legal_amendment: penal code");
        // Victims added to a list, or a revised plan, change no law.
        for s in [
            "In 2015, 40 victims were added to the registry.",
            "The government revised its national action plan in 2016.",
        ] {
            assert_eq!(run(&AmendmentRule, s, lead(2018)), "", "{s}");
        }
    }

    #[test]
    fn a_change_to_each_law_joined() {
        insta::assert_snapshot!(run(&AmendmentRule, "The President amended the Law on Migration and Law on Special Social Services, which entitled foreign victims to benefits.", report(2023)), @r"
        2022 legal_amendment: Law on Migration
        2022 legal_amendment: Law on Special Social Services
        ");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2015, parliament amended the Law on Prevention and Suppression of Trafficking.", wiki()), @"2015 legal_amendment: Law on Prevention and Suppression of Trafficking");
    }

    #[test]
    fn an_amendment_after_the_enactment() {
        insta::assert_snapshot!(run(&AmendmentRule, "The Law on Combating Trafficking was adopted in 2005 and was amended in 2010 to increase penalties.", lead(2018)), @"2010 legal_amendment: Law on Combating Trafficking");
        insta::assert_snapshot!(run(&AmendmentRule, "The anti-trafficking law was adopted in 2008 and amended the next year.", lead(2018)), @"2009 legal_amendment: anti-trafficking law");
    }

    #[test]
    fn one_change_per_date_listed() {
        insta::assert_snapshot!(run(&AmendmentRule, "The Law on Combating Trafficking, which was amended in 2007 and again in 2012 to raise the maximum penalty to 15 years, is the main law.", lead(2018)), @r"
        2007 legal_amendment: Law on Combating Trafficking
        2012 legal_amendment: Law on Combating Trafficking, penalty ?..=15 years
        ");
        insta::assert_snapshot!(run(&AmendmentRule, "The criminal code was amended in 2005, 2009 and 2014.", lead(2018)), @r"
        2005 legal_amendment: criminal code
        2009 legal_amendment: criminal code
        2014 legal_amendment: criminal code
        ");
        // Dates of other verbs are not a list of changes.
        insta::assert_snapshot!(run(&AmendmentRule, "The criminal code was amended in 2005, and the government adopted a plan in 2009.", lead(2018)), @"2005 legal_amendment: criminal code");
        insta::assert_snapshot!(run(&AmendmentRule, "The penal code was amended in March 2010 and entered into force in 2011.", lead(2018)), @"2010-03 legal_amendment: penal code");
    }

    #[test]
    fn a_change_beside_a_drafting_of_another_thing() {
        insta::assert_snapshot!(run(&AmendmentRule, "The government amended its anti-trafficking law, drafted updated guidance for labor inspectors, and hired new labor inspectors.", report(2023)), @"2022 legal_amendment: anti-trafficking law");
        // A draft of the change itself hedges it.
        insta::assert_snapshot!(run(&AmendmentRule, "The government drafted amendments to its anti-trafficking law.", report(2023)), @"");
    }

    #[test]
    fn a_law_changed_since_it_was_amended() {
        insta::assert_snapshot!(run(&AmendmentRule, "Police have not prosecuted anyone under the anti-trafficking law since it was amended in 2013.", report(2021)), @"2013 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "Courts convicted 12 traffickers under the penal code after it was revised in 2017.", report(2021)), @"2017 legal_amendment: penal code");
    }

    #[test]
    fn a_law_changed_keeps_its_own_year_out_of_the_change() {
        // Told changed, a law's year is when it was made, not when it was changed.
        insta::assert_snapshot!(run(&AmendmentRule, "The 2005 law was amended to increase penalties.", report(2021)), @"2020 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "The 2005 law was amended to increase penalties.", wiki()), @"undated legal_amendment: (unnamed instrument)");
        // Told changing, the law made the change ("The 2012 ... Act raised").
        insta::assert_snapshot!(run(&AmendmentRule, "The 2012 Sexual Offenses Act raised the penalties for trafficking.", wiki()), @"2012 legal_amendment: Sexual Offenses Act");
    }

    #[test]
    fn an_article_or_code_revised_updated_or_modified() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2013, Article 132 was amended to increase penalties.", lead(2018)), @"2013 legal_amendment: (unnamed instrument) article 132");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2016, parliament revised Article 171 to include forced begging.", lead(2018)), @"2016 legal_amendment: (unnamed instrument) article 171");
        // A law written into a code changes the code (its cue reaches the rule: see the
        // pipeline test below).
        insta::assert_snapshot!(run(&AmendmentRule, "During the reporting period, the government incorporated its 2011 anti-trafficking law into the penal code as Section 342-1.", report(2017)), @"2016 legal_amendment: penal code article 342-1");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2016, the government modified Section 12 of the penal code.", lead(2018)), @"2016 legal_amendment: penal code article 12");
        // A code known by its acronym, amended as a reduced relative clause.
        insta::assert_snapshot!(run(&AmendmentRule, "Section 369A of the Pakistan Penal Code (PPC) amended in March 2016, criminalized forced labor.", lead(2018)), @"2016-03 legal_amendment: penal code article 369A");
        insta::assert_snapshot!(run(&AmendmentRule, "The penal code amended in 2014 prohibits forced labor.", lead(2018)), @"2014 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "The Criminal Code was revised in 2019.", lead(2021)), @"2019 legal_amendment: criminal code");
        insta::assert_snapshot!(run(&AmendmentRule, "The penal code was updated in 2020 to criminalize forced marriage.", lead(2021)), @"2020 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2021 the labor code was modified to allow unannounced inspections.", lead(2022)), @"2021 legal_amendment: labor code");
        // A plan or a list updated changes no law.
        for s in [
            "The government updated its national action plan in 2019.",
            "In 2020 the list of hazardous occupations was modified.",
        ] {
            assert_eq!(run(&AmendmentRule, s, lead(2021)), "", "{s}");
        }
    }

    #[test]
    fn amending_acts_and_bills() {
        insta::assert_snapshot!(run(&AmendmentRule, "The Criminal Law (Amendment) Act, 2013 substituted Section 370 of the Penal Code, which now prescribes imprisonment of seven to ten years.", lead(2018)), @"2013 legal_amendment: penal code article 370, penalty 7..=10 years");
        insta::assert_snapshot!(run(&AmendmentRule, "In March 2021, the National Assembly passed a bill amending the anti-trafficking law to increase penalties.", lead(2022)), @"2021-03 legal_amendment: anti-trafficking law");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2019 the government adopted a decree amending the criminal code.", lead(2022)), @"2019 legal_amendment: criminal code");
        // An amending act named with its year is dated by it, told as a change or not: a
        // change to the act it names, inferred from the name.
        insta::assert_snapshot!(run(&AmendmentRule, "The Penal Code (Amendment) Act of 2016 raised the maximum penalty to 15 years.", report(2021)), @"2016 legal_amendment: penal code, penalty ?..=15 years");
        insta::assert_snapshot!(run(&AmendmentRule, "The Children's Amendment Act of 2005 prescribes penalties of five to 15 years' imprisonment.", report(2021)), @"2005 legal_amendment: Children's Act (inferred)");
        insta::assert_snapshot!(run(&AmendmentRule, "The Evidence (Amendment) Act, 2015 allows victims to testify by video link.", report(2021)), @"2015 legal_amendment: Evidence Act (inferred)");
        insta::assert_snapshot!(run(&AmendmentRule, "New laws, including the Evidence (Amendment) Act of 2015 and the Jury (Amendment) Act of 2016, are expected to strengthen the courts.", report(2017)), @r"
        2015 legal_amendment: Evidence Act (inferred)
        2016 legal_amendment: Jury Act (inferred)
        ");
        insta::assert_snapshot!(run(&AmendmentRule, "Prosecutors used the 2021 Counter-Trafficking (Amendment) Act.", report(2022)), @"2021 legal_amendment: Counter-Trafficking Act (inferred)");
        insta::assert_snapshot!(run(&AmendmentRule, "The Criminal Law (Sexual Offences and related matters) Amendment Act, 2007 criminalizes sex trafficking.", wiki()), @"2007 legal_amendment: Criminal Law (Sexual Offences and related matters) Act (inferred)");
        // Without a year it is no dated change.
        insta::assert_snapshot!(run(&AmendmentRule, "Prosecute traffickers under the Counter-Trafficking (Amendment) Act.", report(2022)), @"");
        // A code's amending act changes the code; its year may follow its number.
        insta::assert_snapshot!(run(&AmendmentRule, "Prosecutors used the Penal Code (Amendment) Act of 2016.", report(2022)), @"2016 legal_amendment: Penal Code (inferred)");
        insta::assert_snapshot!(run(&AmendmentRule, "The Penal Code (Amendment) Act, No. 16 of 2006, criminalized trafficking.", wiki()), @"2006 legal_amendment: Penal Code (inferred)");
        insta::assert_snapshot!(run(&AmendmentRule, "The government enacted the Penal Code (Amendment) Act No 16 of 2006, which introduced new offenses.", wiki()), @"2006 legal_amendment: penal code");
    }

    #[test]
    fn a_dated_amendment_that_introduced_penalties() {
        insta::assert_snapshot!(run(&AmendmentRule, "The 2012 amendments also introduced penalties of eight to 15 years for trafficking of minors.", lead(2018)), @"2012 legal_amendment: (unnamed instrument), penalty 8..=15 years");
        insta::assert_snapshot!(run(&AmendmentRule, "The 2019 amendment increased penalties for forced labor.", lead(2021)), @"2019 legal_amendment: (unnamed instrument)");
        // A new law's own increase, told in its relative clause, changes no law.
        assert_eq!(run(&AmendmentRule, "In 2015, parliament adopted new legislation that increased penalties for forced labor.", wiki()), "");
        assert_eq!(run(&AmendmentRule, "The government implemented new legislation in 2007 that increased prescribed penalties for trafficking.", wiki()), "");
        // Courts handing down heavier sentences change no law.
        assert_eq!(
            run(
                &AmendmentRule,
                "In 2011, courts strengthened penalties for some convicted trafficking offenders.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &AmendmentRule,
                "In 2011, parliament strengthened penalties for trafficking.",
                wiki()
            ),
            "2011 legal_amendment: (unnamed instrument)"
        );
        insta::assert_snapshot!(run(&AmendmentRule, "In 2015, parliament adopted legislation that increased penalties for forced labor.", wiki()), @"2015 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2015, parliament amended the new law, which increased penalties for forced labor.", wiki()), @"2015 legal_amendment: (unnamed instrument)");
        assert_eq!(
            run(
                &AmendmentRule,
                "The 2019 amendment is still pending.",
                lead(2021)
            ),
            ""
        );
    }

    #[test]
    fn amendments_not_made() {
        for s in [
            "In 2016, parliament has not yet adopted amendments to the penal code.",
            "The government did not pass amendments to the criminal code in 2015.",
            "In 2017 the government failed to adopt amendments to the labor code.",
            // A verb after "or" shares the denial before it.
            "The government did not convict a trafficker or enact an amendment to the penal code.",
        ] {
            assert_eq!(run(&AmendmentRule, s, lead(2018)), "", "{s}");
        }
        // Not a denial in an earlier clause.
        insta::assert_snapshot!(run(&AmendmentRule, "Police did not investigate the case, and parliament passed or amended three laws in 2017.", lead(2018)), @"2017 legal_amendment: (unnamed instrument)");
    }

    #[test]
    fn a_change_to_a_us_act_is_the_countrys_only_in_the_us() {
        let amendments = |title: &str| {
            let text = format!("= Human trafficking in {title} =\n\nA 2008 amendment to the Trafficking Victims Protection Act allows the secretary of state to waive the downgrade.\n");
            crate::rules::testing::facts_of_kind(&text, EventKind::LegalAmendment)
        };
        assert_eq!(amendments("Testland"), Vec::<String>::new());
        assert_eq!(amendments("the United States").len(), 1);
    }

    #[test]
    fn a_law_referred_back_to_is_the_law_named_before() {
        let amendments = |paragraph: &str| {
            let text = format!("= Human trafficking in Testland =\n\n{paragraph}\n");
            let events: Vec<_> = crate::extract(&text)
                .events
                .into_iter()
                .filter(|e| e.kind() == EventKind::LegalAmendment)
                .collect();
            crate::rules::testing::render(&events)
        };
        let law = "Law on Combating Trafficking in Human Beings";
        insta::assert_snapshot!(amendments(&format!("In 2008 the parliament passed the {law}. The law was amended in 2014 to raise penalties. In 2016, this act was revised again. It was amended in 2018 to cover forced begging.")), @r###"
        2014 legal_amendment: Law on Combating Trafficking in Human Beings
        2016 legal_amendment: Law on Combating Trafficking in Human Beings
        2018 legal_amendment: Law on Combating Trafficking in Human Beings
        "###);
        insta::assert_snapshot!(amendments("The Labor Code was adopted in 2005. It was revised in 2012."), @"2012 legal_amendment: Labor Code");
        // "It" with no law just before: a draft, or no law at all.
        assert_eq!(amendments("The Labor Code was adopted in 2005. The government drafted a new law. It was revised in 2015."), "");
        assert_eq!(
            amendments("The Protocol entered into force in 2003. It was revised in 2010."),
            ""
        );
        assert_eq!(amendments("It was amended in 2019."), "");
    }

    #[test]
    fn revisions_made_to_a_code() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2004, Testland made significant revisions to its penal code.", report(2005)), @"2004 legal_amendment: penal code");
        assert_eq!(
            run(
                &AmendmentRule,
                "The government made changes to its approach to victim care.",
                report(2005)
            ),
            ""
        );
    }

    #[test]
    fn a_change_parliament_will_still_consider_is_none_yet() {
        assert_eq!(run(&AmendmentRule, "The cabinet approved an amendment to the Trafficking Act to allow such cases to be tried by a judge; the parliament will consider the amendment in 2017.", report(2017)), "");
        // A change made, whatever is still to come after it.
        insta::assert_snapshot!(run(&AmendmentRule, "In 2016, parliament amended the Trafficking Act; the changes will enter into force in 2017.", report(2017)), @"2016 legal_amendment: Trafficking Act");
        // Changes told by their taking effect.
        insta::assert_snapshot!(run(&AmendmentRule, "In 2018, amendments to the Law on Foreigners came into effect, allowing victims to obtain residence permits.", report(2019)), @"2018 legal_amendment: Law on Foreigners");
        insta::assert_snapshot!(run(&AmendmentRule, "Additionally, provisions to the Act of Criminal Procedures entered into force, modifying the conduct of proceedings involving children.", report(2022)), @"2021 legal_amendment: Act of Criminal Procedures");
        insta::assert_snapshot!(run(&AmendmentRule, "New provisions of the Labor Code took effect in January 2018.", report(2019)), @"2018-01 legal_amendment: labor code");
        // Provisions of a law taking effect with it change nothing.
        insta::assert_snapshot!(run(&AmendmentRule, "The provisions of the new anti-trafficking law entered into force in 2010.", report(2011)), @"");
    }

    #[test]
    fn a_hedge_in_another_item_of_a_list_of_acts_is_that_items() {
        insta::assert_snapshot!(run(&AmendmentRule, "These efforts included opening a shelter; amending the criminal code to remove a demonstration of force for child sex trafficking; and reviewing the draft national action plan.", report(2019)), @"2018 legal_amendment: criminal code");
        // A hedge in the change's own item, or a list not of acts, still hedges it.
        assert_eq!(run(&AmendmentRule, "These efforts included opening a shelter; drafting amendments to the criminal code; and training judges.", report(2019)), "");
        assert_eq!(run(&AmendmentRule, "These efforts included opening a shelter; passing amendments to the anti-trafficking law through parliamentary committees in preparation for a final vote; and training judges.", report(2019)), "");
        assert_eq!(run(&AmendmentRule, "The government drafted a revision to the 2010 child protection code; the revised code reportedly defines trafficking.", report(2019)), "");
        assert_eq!(run(&AmendmentRule, "Recommendations: train judges; and consider increasing penalties for trafficking crimes.", report(2008)), "");
    }

    #[test]
    fn a_change_a_plan_holds_is_still_to_come() {
        for s in [
            "The government adopted a new four-year program with objectives that included training, awareness activities, and amending anti-trafficking legislation.",
            "In 2020, the government adopted a national action plan that includes amending the criminal code.",
            "The government approved a strategy whose priorities include revising the labor code.",
        ] {
            assert_eq!(run(&AmendmentRule, s, report(2021)), "", "{s}");
        }
        // Efforts that included a change tell it done; so does a change beside a plan.
        insta::assert_snapshot!(run(&AmendmentRule, "These efforts included amending the criminal code to increase penalties.", report(2021)), @"2020 legal_amendment: criminal code");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2020, the government adopted a new action plan and amended the criminal code, including Article 5.", report(2021)), @"2020 legal_amendment: criminal code article 5");
    }

    #[test]
    fn a_change_told_in_the_progressive_is_under_way() {
        for s in [
            "The Government is revising the Criminal and Penal Code as well as State Laws.",
            "At the end of the reporting period, the government was still amending the penal code.",
            "The ministry is currently updating the anti-trafficking law.",
            "The government is currently working on amending the anti-trafficking law.",
        ] {
            assert_eq!(run(&AmendmentRule, s, report(2021)), "", "{s}");
        }
        // A change told by its participle after other words is made.
        insta::assert_snapshot!(run(&AmendmentRule, "The government passed legislation amending the criminal code.", report(2021)), @"2020 legal_amendment: criminal code");
        insta::assert_snapshot!(run(&AmendmentRule, "The government was active, amending the criminal code in 2020.", report(2021)), @"2020 legal_amendment: criminal code");
    }

    #[test]
    fn changes_enacted_drafts_passed_and_amendments_only_introduced() {
        insta::assert_snapshot!(run(&AmendmentRule, "Changes to the German Penal Code enacted in February 2005 broadened the definition of exploitation and toughened penalties.", report(2005)), @"2005-02 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "During the reporting period, the government drafted and passed amendments to the 2014 anti-trafficking law that criminalized sex trafficking.", report(2021)), @"2020 legal_amendment: anti-trafficking law");
        // Introduced, or only drafted, is not yet made.
        insta::assert_snapshot!(run(&AmendmentRule, "These efforts included introducing an amendment to the trafficking law so that penalties are commensurate.", report(2020)), @"");
        insta::assert_snapshot!(run(&AmendmentRule, "The observatory provided updated checklists to law enforcement and NGOs on identifying victims.", report(2019)), @"");
        insta::assert_snapshot!(run(&AmendmentRule, "The government drafted amendments to the penal code in 2019.", report(2020)), @"");
    }

    #[test]
    fn amendments_told_by_what_they_allowed_or_required() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2019, amendments to the labor code required employers to return workers' passports.", wiki()), @"2019 legal_amendment: labor code");
    }

    #[test]
    fn amendments_made_updating_or_increasing_penalties() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2018, the government made several amendments to its labor laws.", wiki()), @"2018 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "Achievements included updating the penal code to criminalize forced begging.", report(2020)), @"2019 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "Achievements included increasing penalties for employers who confiscate passports.", report(2020)), @"2019 legal_amendment: (unnamed instrument)");
        // Progress toward a change is none yet.
        assert_eq!(
            run(
                &AmendmentRule,
                "The government made progress toward amending the penal code.",
                report(2020)
            ),
            ""
        );
    }

    #[test]
    fn a_modal_in_a_clause_after_the_change_tells_what_it_says() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2019, parliament amended the labor code so that migrant workers would keep their passports.", wiki()), @"2019 legal_amendment: labor code");
        // Before the change, or with a draft, it is still to come.
        for sentence in [
            "Parliament would amend the labor code so that migrant workers would keep their passports.",
            "In 2019, the ministry drafted amendments to the labor code that would protect migrant workers.",
            "The government should amend the penal code so that victims are not punished.",
        ] {
            assert_eq!(run(&AmendmentRule, sentence, wiki()), "", "{sentence}");
        }
    }

    #[test]
    fn amendments_enacted_as_a_set_or_series() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2011, parliament approved a wide-ranging series of legislative amendments.", wiki()), @"2011 legal_amendment: (unnamed instrument)");
    }

    #[test]
    fn an_article_named_before_with_its_law_is_of_that_law() {
        let changes = |body: &str| {
            let text = format!("= Testland — 2020 Trafficking in Persons Report =\n\n{body}\n");
            crate::rules::testing::facts_of_kind(&text, crate::event::EventKind::LegalAmendment)
        };
        assert_eq!(
            changes("Articles 127 and 128 of the criminal code prescribe penalties of up to 12 years' imprisonment. In July 2019, parliament amended Article 127 to increase the minimum penalty from three to five years."),
            ["criminal code article 127, penalty 5..=? years"]
        );
        // Another article is not known to be of that law.
        assert_eq!(
            changes("Article 127 of the criminal code prescribes penalties of three to 10 years. In July 2019, parliament amended Article 128 to increase the minimum penalty from three to five years."),
            ["(unnamed instrument) article 128, penalty 5..=? years"]
        );
    }

    #[test]
    fn amendments_implemented_are_made_unless_dated_by_their_own_year() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2013, the government implemented amendments to strengthen the anti-trafficking law.", report(2014)), @"2013 legal_amendment: anti-trafficking law");
        // The amendments' own year dates them; implementing them is no change.
        insta::assert_snapshot!(run(&AmendmentRule, "The government continued to implement the 2012 amendments to the penal code.", report(2014)), @"2012 legal_amendment: penal code");
    }

    #[test]
    fn legislation_named_by_three_words_amended() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2016, the parliament amended its general social welfare legislation to cover trafficking victims.", wiki()), @"2016 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2019, lawmakers revised the national child protection code.", wiki()), @"2019 legal_amendment: child protection code");
    }

    #[test]
    fn penalties_increased_without_an_article() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2012, legal reforms increased penalties for trafficking offenses.", wiki()), @"2012 legal_amendment: (unnamed instrument)");
        // Penalties against or on those they punish.
        insta::assert_snapshot!(run(&AmendmentRule, "In 2017, the legislature passed legislation that strengthened the penalties against recruitment agencies that confiscate passports.", wiki()), @"2017 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2015, parliament raised penalties on employers of forced labor.", wiki()), @"2015 legal_amendment: (unnamed instrument)");
        // The penalties a law prescribes, named so.
        insta::assert_snapshot!(run(&AmendmentRule, "In 2009, new legislation increased prescribed penalties for sex trafficking of children.", wiki()), @"2009 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2016, lawmakers toughened the prescribed penalties for forced labor.", wiki()), @"2016 legal_amendment: (unnamed instrument)");
        // Penalties described as increased, not increased.
        for s in [
            "The criminal code prescribes penalties of up to 10 years' imprisonment, including increased penalties for aggravated circumstances.",
            "The 2005 law provides increased penalties for trafficking of children.",
        ] {
            assert_eq!(run(&AmendmentRule, s, report(2006)), "", "{s}");
        }
        // Sentences given by judges are not the law's penalties.
        insta::assert_snapshot!(run(&AmendmentRule, "Judges increased sentences for convicted traffickers in 2012.", wiki()), @"");
        insta::assert_snapshot!(run(&AmendmentRule, "Judges increased sentences on appeal for two traffickers in 2012.", wiki()), @"");
    }

    #[test]
    fn amendments() {
        insta::assert_snapshot!(run(&AmendmentRule, "Although the government did not demonstrate any efforts during 2009, in May 2010 the government demonstrated will by adopting amendments to the criminal code that prescribed penalties for all forms of human trafficking.", lead(2010)), @"2010-05 legal_amendment: criminal code");
        insta::assert_snapshot!(run(&AmendmentRule, "The government prohibits all forms of trafficking through Article 129 of its criminal code - adopted in May 2010 - which prescribes penalties ranging from four to 25 years' imprisonment.", section(2009)), @"2010-05 legal_amendment: criminal code article 129, penalty 4..=25 years");
        // The titled code named right before the aside is what was adopted.
        insta::assert_snapshot!(run(&AmendmentRule, "Article 128 of the Criminal Code, adopted in 2003, prescribes penalties of up to 12 years' imprisonment.", section(2009)), @"");
        insta::assert_snapshot!(run(&AmendmentRule, "Article 128 of the Criminal Code, which was adopted in 2003, prescribes penalties of up to 12 years' imprisonment.", section(2009)), @"");
        // A law joined after the article's code is what was enacted.
        insta::assert_snapshot!(run(&AmendmentRule, "Ruritania prohibits sex trafficking through Article 149 of its penal code and an anti-trafficking statute enacted in February 2006.", section(2009)), @"");
        insta::assert_snapshot!(run(&AmendmentRule, "The law punishes forced labor under Article 12 of the labor code and the Child Protection Act adopted in 2011.", section(2012)), @"");
        insta::assert_snapshot!(run(&AmendmentRule, "Article 149 of the penal code and its new penalties were introduced in 2011.", section(2012)), @"2011 legal_amendment: penal code article 149");
        insta::assert_snapshot!(run(&AmendmentRule, "Legislative amendments enacted in March 2006 were expected to improve the government's ability to convict traffickers.", report(2007)), @"2006-03 legal_amendment: (unnamed instrument)");
        // An amendment ratified by the head of state is made.
        insta::assert_snapshot!(run(&AmendmentRule, "The third amendment to the Labour Act, ratified in May 2019, banned the confiscation of workers' passports.", wiki()), @"2019-05 legal_amendment: Labour Act");
        insta::assert_snapshot!(run(&AmendmentRule, "Furthermore, Parliament passed and entered into force amended legislation empowering the State Labor Inspectorate.", report(2023)), @"2022 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "The government made efforts by increasing the penalty for procuring commercial sex from between 20 to 40 hours of community service to between 40 to 60 hours.", report(2023)), @"2022 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2019 the parliament amended the penal code to raise the maximum sentence to 15 years.", report(2020)), @"2019 legal_amendment: penal code, penalty ?..=15 years");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2019, the government amended its anti-trafficking law to increase penalties.", report(2020)), @"2019 legal_amendment: anti-trafficking law");
        insta::assert_snapshot!(run(&AmendmentRule, "These efforts included amending the domestic worker law to curb abusive recruitment.", report(2020)), @"2019 legal_amendment: domestic worker law");
        insta::assert_snapshot!(run(&AmendmentRule, "In December 2003, the president signed legislative amendments to the Criminal Code outlawing trafficking.", report(2004)), @"2003-12 legal_amendment: criminal code");
        insta::assert_snapshot!(run(&AmendmentRule, "The government amended its Constitution in 2011 to prohibit human trafficking.", wiki()), @"2011 legal_amendment: constitution");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2009, parliament passed the Human Trafficking (Amendment) Act, which set penalties of five to 25 years.", report(2010)), @"2009 legal_amendment: Human Trafficking (Amendment) Act, penalty 5..=25 years");
    }

    #[test]
    fn amended_in_after_a_name_and_changes_approved() {
        insta::assert_snapshot!(run(&AmendmentRule, "The 2005 Human Trafficking Act, amended in 2009, criminalized all forms of trafficking.", report(2021)), @"2009 legal_amendment: Human Trafficking Act");
        insta::assert_snapshot!(run(&AmendmentRule, "The government approved changes to its law defining trafficking.", lead(2010)), @"2010 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "The 2007 Anti-Trafficking in Persons Act (amended in 2010) criminalized labor trafficking.", report(2015)), @"2010 legal_amendment: Anti-Trafficking in Persons Act");
        insta::assert_snapshot!(run(&AmendmentRule, "Parliament adopted several changes to the criminal code in May 2014.", wiki()), @"2014-05 legal_amendment: criminal code");
        // Not a change made: one asked for, or changes to something other than a law.
        assert_eq!(
            run(
                &AmendmentRule,
                "The government has not approved changes to the law.",
                lead(2010)
            ),
            ""
        );
        assert_eq!(
            run(
                &AmendmentRule,
                "The ministry approved changes to its shelter guidelines.",
                lead(2010)
            ),
            ""
        );
        assert_eq!(
            run(
                &AmendmentRule,
                "The law, amended in ways that weakened it, remains.",
                lead(2010)
            ),
            ""
        );
    }

    #[test]
    fn amended_instruments_and_dated_amendments() {
        insta::assert_snapshot!(run(&AmendmentRule, "The Criminal Code was amended in 2014 to include labor trafficking.", report(2016)), @"2014 legal_amendment: criminal code");
        insta::assert_snapshot!(run(&AmendmentRule, "The 2010 law on trafficking was amended in 2013.", report(2016)), @"2013 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "Parliament amended Article 132 of the Penal Code in May 2017.", report(2018)), @"2017-05 legal_amendment: penal code article 132");
        insta::assert_snapshot!(run(&AmendmentRule, "A 2019 amendment to the Labor Code prohibits the confiscation of workers' passports.", report(2021)), @"2019 legal_amendment: labor code");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2016, amendments to the Criminal Code increased penalties for trafficking.", report(2018)), @"2016 legal_amendment: criminal code");
        // A law named by its title when no code is named.
        insta::assert_snapshot!(run(&AmendmentRule, "In 2016, parliament amended the Law on Foreigners to protect victims from deportation.", report(2018)), @"2016 legal_amendment: Law on Foreigners");
        insta::assert_snapshot!(run(&AmendmentRule, "The Anti-Trafficking Act was amended in 2015.", report(2018)), @"2015 legal_amendment: Anti-Trafficking Act");
        // The year of the law's title is not the change's.
        insta::assert_snapshot!(run(&AmendmentRule, "The Summary Offences Act 1981 was amended to cover forced labour in 2008.", wiki()), @"2008 legal_amendment: Summary Offences Act");
    }

    #[test]
    fn a_law_written_into_a_code_reaches_the_rule_through_its_cue() {
        let text = "= Testland — 2017 Trafficking in Persons Report =\n\nDuring the reporting period, the government incorporated its 2011 anti-trafficking law into the penal code as Section 342-1.\n";
        assert_eq!(
            crate::rules::testing::facts_of_kind(text, EventKind::LegalAmendment),
            ["penal code article 342-1"]
        );
    }

    #[test]
    fn an_offense_the_lawmaker_made_reaches_the_rule_through_its_shared_cue() {
        let text = "= Testland — 2018 Trafficking in Persons Report =\n\nThe parliament also criminalized the knowing procurement of commercial sex from trafficking victims.\n";
        assert_eq!(
            crate::rules::testing::facts_of_kind(text, EventKind::LegalAmendment),
            ["(unnamed instrument)"]
        );
        // Told with its year, it is a law enacted that year, and no change besides.
        let dated = "= Testland — 2018 Trafficking in Persons Report =\n\nThe government criminalized trafficking in women and children in 2001.\n";
        assert!(crate::rules::testing::facts_of_kind(dated, EventKind::LegalAmendment).is_empty());
        assert_eq!(
            crate::rules::testing::dated_facts_of_kind(dated, EventKind::LawEnacted),
            ["2001 (unnamed law)"]
        );
    }

    #[test]
    fn a_law_named_as_revised_is_no_change() {
        assert_eq!(run(&AmendmentRule, "Articles 210-215 of the revised penal code prescribed penalties of up to seven years' imprisonment.", report(2020)), "");
        // So with a possessive before it, unless a verb enacts it.
        assert_eq!(
            run(
                &AmendmentRule,
                "Judges seldom applied the penalties of the country’s revised penal code.",
                report(2020)
            ),
            ""
        );
        insta::assert_snapshot!(run(&AmendmentRule, "In 2019, parliament adopted the country's revised penal code.", report(2020)), @"2019 legal_amendment: penal code");
        // An offense the lawmaker made in the period, no law named; a jail sentence raised.
        insta::assert_snapshot!(run(&AmendmentRule, "The government also criminalized the knowing procurement of commercial sex from trafficking victims.", report(2018)), @"2017 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "The government increased the maximum jail sentence for human trafficking offenses.", report(2015)), @"2014 legal_amendment: (unnamed instrument)");
        // With its law named it is a provision; denied it is nothing.
        for s in [
            "The government criminalized sex trafficking and labor trafficking through Articles 342-350 of the penal code.",
            "The government has not criminalized all forms of trafficking.",
        ] {
            assert_eq!(run(&AmendmentRule, s, report(2020)), "", "{s}");
        }
        // A law named with its year; a definition within an article.
        insta::assert_snapshot!(run(&AmendmentRule, "The government also amended the 2010 labor law that increases penalties for employers.", report(2017)), @"2016 legal_amendment: labor law");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2020, the government amended the definition of trafficking within Article 91 of the criminal code.", report(2022)), @"2020 legal_amendment: criminal code article 91");
        // An adverb between the determiner and the participle changes nothing.
        assert_eq!(run(&AmendmentRule, "Courts convicted six traffickers during 2019 under its recently amended Article 80.", report(2020)), "");
        assert_eq!(
            run(
                &AmendmentRule,
                "Prosecutions continued under the newly revised penal code in 2019.",
                report(2020)
            ),
            ""
        );
        // A verb that changes the law is still a change.
        assert_ne!(
            run(
                &AmendmentRule,
                "In 2019, the parliament amended Article 80 of the penal code.",
                report(2020)
            ),
            ""
        );
        insta::assert_snapshot!(run(&AmendmentRule, "The government revised the penal code in 2015.", report(2017)), @"2015 legal_amendment: penal code");
    }

    #[test]
    fn not_amendments() {
        for sentence in [
            "The criminal code has not been amended since 2005.",
            "The law on trafficking, which officials described as outdated, remained in force.",
            "Amendments to the Criminal Code are needed to increase penalties.",
            // A code made anew is the law rule's.
            "In November 2018, the government promulgated an updated penal code.",
            "Parliament passed a revised criminal code in 2015.",
        ] {
            assert_eq!(
                run(&AmendmentRule, sentence, report(2018)),
                "",
                "{sentence}"
            );
        }
        assert_eq!(run(&AmendmentRule, "In 2022, the PGO held public consultations on new legislation to extensively amend the criminal code.", report(2023)), "");
        assert_eq!(
            run(
                &AmendmentRule,
                "The government enacted a comprehensive trafficking law with increased penalties.",
                report(2018)
            ),
            ""
        );
        assert_eq!(
            run(
                &AmendmentRule,
                "These penalties are sufficiently stringent.",
                report(2018)
            ),
            ""
        );
    }

    #[test]
    fn a_law_told_changing_penalties_dates_the_change() {
        insta::assert_snapshot!(run(&AmendmentRule, "The Child Offenses Act of 2016 raised the penalties for child trafficking to 20 years' imprisonment.", report(2018)), @"2016 legal_amendment: Child Offenses Act of 2016, penalty 20..=20 years");
        insta::assert_snapshot!(run(&AmendmentRule, "The 2016 Child Offenses Act increased the penalties for child trafficking.", report(2018)), @"2016 legal_amendment: Child Offenses Act");
        // A date of the sentence is the change's.
        insta::assert_snapshot!(run(&AmendmentRule, "The 2011 Child Offenses Act, amended in 2016, criminalized child trafficking.", report(2018)), @"2016 legal_amendment: Child Offenses Act");
    }

    #[test]
    fn articles_and_instruments() {
        assert_eq!(
            article("Article seven of Law 006/PR/2018").as_deref(),
            Some("7")
        );
        assert_eq!(
            article("Articles 165 and 206 of the criminal code").as_deref(),
            Some("165 and 206")
        );
        assert_eq!(article("Article 281bis applies").as_deref(), Some("281bis"));
        // An inserted article is its own ("Article 127.1"); a full stop ends the number.
        assert_eq!(
            article("through Article 127.1 of its criminal code").as_deref(),
            Some("127.1")
        );
        assert_eq!(
            article("under Article 171. It prescribes").as_deref(),
            Some("171")
        );
        assert_eq!(
            article("Articles 317 through 320").as_deref(),
            Some("317 through 320")
        );
        // The Divisions of a code are its articles.
        assert_eq!(
            article("illegal under Divisions 270 and 271 of the Criminal Code").as_deref(),
            Some("270 and 271")
        );
        // A capital letter after a hyphen is the article's: "168-B" is not 168.
        assert_eq!(
            article("Article 168-B of Legislative Decree No.1232 prescribed").as_deref(),
            Some("168-B")
        );
        assert_eq!(
            article("Sections 153-A and 153-B criminalize").as_deref(),
            Some("153-A and 153-B")
        );
        // A Latin ordinal after a hyphen is the article's: "600-bis" is not 600.
        assert_eq!(
            article("Article 600-bis criminalized offenses").as_deref(),
            Some("600-bis")
        );
        // Subsections in brackets are the article's: "360(A)" is not "360(C)".
        assert_eq!(
            article("used Section 360(A), a procurement statute").as_deref(),
            Some("360(A)")
        );
        assert_eq!(
            article("Articles 110(a) and 128(b) of the criminal code").as_deref(),
            Some("110(a) and 128(b)")
        );
        assert_eq!(
            article("Section 3(1)(b) of the act").as_deref(),
            Some("3(1)(b)")
        );
        // A bracket of words after the number is no subsection.
        assert_eq!(
            article("Article 171 (trafficking in persons)").as_deref(),
            Some("171")
        );
        assert_eq!(
            instrument("of its Criminal Code").as_deref(),
            Some("criminal code")
        );
        // A law of another subject is its own instrument, not the trafficking law told before.
        assert_eq!(
            instrument("a crime under the passport law with six months").as_deref(),
            Some("passport law")
        );
        assert_eq!(
            instrument("the child labor law prescribes").as_deref(),
            Some("child labor law")
        );
        assert_eq!(
            article("Sections 370 and 370A of the Indian Penal Code").as_deref(),
            Some("370 and 370A")
        );
        // A superscript numbers an inserted section; "and" may follow the list's comma.
        assert_eq!(
            article("Sections 133, 133¹, and 175 of the penal code").as_deref(),
            Some("133, 133¹, and 175")
        );
    }

    #[test]
    fn a_law_made_to_change_another() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2006, the government passed legislation to close a major legal loophole in the 2005 anti-trafficking law, which had hindered trafficking prosecutions.", wiki()), @"2006 legal_amendment: anti-trafficking law");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2012, the government passed legislation to amend the penal code.", wiki()), @"2012 legal_amendment: penal code");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2012, parliament passed legislation that closed loopholes in the Law on Foreigners.", wiki()), @"2012 legal_amendment: Law on Foreigners");
        // A gap in something else, a law to come, or none passed.
        for text in [
            "In 2012, parliament passed a new law to fill gaps in victim protection.",
            "The government should pass legislation to close loopholes in the penal code.",
            "The government did not pass legislation to amend the penal code.",
        ] {
            assert_eq!(run(&AmendmentRule, text, wiki()), "", "{text}");
        }
    }

    #[test]
    fn an_article_of_another_law_beside_a_change_is_not_the_changes() {
        use crate::rules::provision::ProvisionRule;
        for text in [
            "While the Penal Code was amended in 2014, Article 3 of the Anti-Trafficking Act prescribes penalties of five to 10 years.",
            "The penal code was amended in 2014; Article 3 of the Anti-Trafficking Act prescribes penalties of five to 10 years.",
            "Article 3 of the Anti-Trafficking Act prescribes penalties of five to 10 years, and the Penal Code was amended in 2014 to cover forced begging.",
        ] {
            assert_eq!(run(&AmendmentRule, text, wiki()), "2014 legal_amendment: penal code", "{text}");
            assert_eq!(run(&ProvisionRule, text, wiki()), "undated legal_provision: Anti-Trafficking Act article 3, penalty 5..=10 years", "{text}");
        }
        // The article of the law changed is the change's.
        insta::assert_snapshot!(run(&AmendmentRule, "In 2014, the government amended Article 3 of the Anti-Trafficking Act to prescribe penalties of five to 10 years.", wiki()), @"2014 legal_amendment: Anti-Trafficking Act article 3, penalty 5..=10 years");
        insta::assert_snapshot!(run(&AmendmentRule, "In 2014, parliament amended Article 181 of the penal code to prescribe penalties of five to 10 years.", wiki()), @"2014 legal_amendment: penal code article 181, penalty 5..=10 years");
        insta::assert_snapshot!(run(&ProvisionRule, "In 2014, parliament amended Article 181 of the penal code to prescribe penalties of five to 10 years.", wiki()), @"");
    }

    #[test]
    fn a_repeal_is_a_change_to_the_law() {
        insta::assert_snapshot!(run(&AmendmentRule, "In 2019, parliament repealed Article 12 of the Criminal Code.", wiki()), @"2019 legal_amendment: criminal code article 12");
        insta::assert_snapshot!(run(&AmendmentRule, "These efforts included rescinding the provision that allowed alleged traffickers to pay a settlement to victims.", report(2020)), @"2019 legal_amendment: (unnamed instrument)");
        insta::assert_snapshot!(run(&AmendmentRule, "The government repealed a 2015 presidential decree that required unemployed persons to pay a tax.", report(2018)), @"2017 legal_amendment: (unnamed instrument)");
        // Not a repeal denied or urged.
        insta::assert_snapshot!(run(&AmendmentRule, "The government did not repeal the provision.", report(2018)), @"");
        insta::assert_snapshot!(run(&AmendmentRule, "NGOs urged the government to repeal the provision.", report(2018)), @"");
    }
}
