//! Counts of one told with an article: "convicting a trafficker", "initiated a trafficking
//! investigation", "identifying a child sex trafficking victim", "the conviction of a trafficker".

use super::nouns::{classify_noun, fits, noun_after, NounClass, NounPhrase};
use super::verbs::{is_sentenced, metric_of_word, sentenced_not_convicted};
use super::{push, trim_word, Found};
use crate::quantity::Quantity;
use crate::rules::context::{clause, negated_before, SentenceCtx};
use crate::rules::lexicon::{
    CASE_COMPOUNDS, GETTING_VERBS, HABITUAL_ADVERBS, OPENING_VERBS, SINGLE_BLOCKERS, WHENEVER_WORDS,
};

// A verb's ending and an article: "convicted a", "identifying an"; a metric noun's and "of a":
// "the conviction of a".
crate::lazy_finder!(ED_ARTICLE, "ed a");
crate::lazy_finder!(ING_ARTICLE, "ng a");
crate::lazy_finder!(ION_OF_ARTICLE, "on of a");
crate::lazy_finder!(WAS, " was ");

/// Where " a " or " an " stands after a word ending in "-ed" or "-ing", or after "-ion of":
/// the article's start and the end of the space after it.
fn articles_after_verbs(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (finder, space) in [(&*ED_ARTICLE, 2), (&*ING_ARTICLE, 2), (&*ION_OF_ARTICLE, 5)] {
        let mut from = 0;
        while let Some(i) = finder.find(&bytes[from..]) {
            let at = from + i + space; // the space before the article
            from = at + 1;
            match bytes.get(at + 2..at + 4) {
                Some([b' ', _]) | Some([b' ']) => found.push((at, at + 3)),
                Some(b"n ") => found.push((at, at + 4)),
                _ => {}
            }
        }
    }
    found
}

/// A man or woman right after an article, perhaps after a nationality ("convicted a Beninese
/// woman"): one of those a verb of law enforcement counts, though no noun of an offender.
fn plain_person_after(text: &str, from: usize) -> Option<NounPhrase> {
    let subject = super::counts::people_named(&text[from..])?;
    let head = subject.rsplit(' ').next().unwrap_or("");
    (crate::pattern::is_one_of(head, &["man", "woman"]) && text[from..].starts_with(&subject)).then(
        || NounPhrase {
            class: NounClass::Enforcement,
            end: from + subject.len(),
            subject,
            exploited: false,
        },
    )
}

/// Reads "VERB a/an MODIFIER* NOUN" as a count of one, where the verb tells a metric the
/// noun fits and the noun is singular.
pub(super) fn singles(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found) {
    let text = cx.text;
    let bytes = text.as_bytes();
    for (at, after) in articles_after_verbs(bytes) {
        // "the conviction of a trafficker": the metric noun before "of" stands for the verb.
        let nominal = text[..at].ends_with(" of");
        let verb_end = if nominal { at - 3 } else { at };
        let verb_start = text[..verb_end].rfind(' ').map_or(0, |i| i + 1);
        let verb = &text[verb_start..verb_end];
        // A verb, not a noun or a word with punctuation after it ("the trafficker, a national").
        let verb_like = verb.ends_with("ed") || verb.ends_with("ing");
        if verb != trim_word(verb) || !(verb_like || nominal) {
            continue;
        }
        let opening = OPENING_VERBS.contains(&verb);
        let getting = GETTING_VERBS.contains(&verb);
        let verb_metric = match nominal {
            true => match classify_noun(verb) {
                Some(NounClass::Metric(m)) if !verb.ends_with('s') => Some(m),
                _ => continue,
            },
            false => metric_of_word(verb),
        };
        if verb_metric.is_none() && !opening && !getting {
            continue;
        }
        // "sentencing a trafficker": one of those convicted, not a count of its own.
        if is_sentenced(verb) && sentenced_not_convicted(&text[clause(text, at).0..verb_end], "") {
            continue;
        }
        // Not "charged", nor one penalized for an offense of victims ("convicted a Vietnamese
        // woman for prostitution"), as for a count of plain people.
        let person = || match verb_metric {
            Some(m)
                if !nominal
                    && verb != "charged"
                    && crate::rules::lexicon::is_enforcement_metric(m) =>
            {
                plain_person_after(text, after)
                    .filter(|p| !super::counts::penalized_offense(&text[p.end..]))
            }
            _ => None,
        };
        let Some(noun) = noun_after(text, after).or_else(person) else {
            continue;
        };
        // "a total of 40 victims", "a group of officials": no count of one.
        let phrase = &text[after..noun.end];
        let head = phrase.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
        let plural = head.ends_with('s') || matches!(head.as_str(), "children" | "people");
        if plural || phrase.bytes().any(|b| b.is_ascii_digit()) || phrase.contains(" of ") {
            continue;
        }
        // "instituted a single case management unit", "instituted a sex offender registry":
        // the noun modifies the noun after it.
        let next = text[noun.end..].split_whitespace().next().unwrap_or("");
        if CASE_COMPOUNDS.contains(&next) && (head == "case" || noun.class != NounClass::Victim) {
            continue;
        }
        // "identified a male trafficking victim for the first time": the first of one kind,
        // among others counted ("a victim for the first time since 2016" or "in six years" is
        // the only one).
        let rest = &text[noun.end..clause(text, noun.end).1];
        let first_time = crate::pattern::find_ci(rest, "for the first time", 0)
            .filter(|&i| i < 40)
            .is_some_and(|i| {
                let after = rest[i + 18..].trim_start();
                let in_years = after.starts_with("in ")
                    && after.split_whitespace().take(5).any(|w| {
                        let w = trim_word(w);
                        ["year", "years", "decade", "decades"].contains(&w)
                    });
                !after.starts_with("since") && !in_years
            });
        // "for the first time, identifying and referring a child victim": told before the verb.
        let first_time = first_time || {
            let lead = crate::pattern::tail(&text[clause(text, verb_start).0..verb_start], 48);
            crate::pattern::find_ci(lead, "for the first time", 0).is_some_and(|i| {
                let after = lead[i + 18..].trim_start();
                !after.starts_with("since") && !after.starts_with("in ")
            })
        };
        let of_a_kind = phrase.split_whitespace().rev().skip(1).any(|w| {
            ![
                "trafficking",
                "human",
                "potential",
                "suspected",
                "alleged",
                "new",
            ]
            .iter()
            .any(|g| w.eq_ignore_ascii_case(g))
        });
        // "the first known prosecution of a case": a first, which counts only among the
        // counts stated (see `firsts`).
        let a_first = nominal
            && text[..verb_start]
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| w.eq_ignore_ascii_case("first"));
        if (first_time && of_a_kind) || a_first {
            continue;
        }
        let rule = match summarized(&text[..verb_start], verb, nominal) {
            true => super::SUMMARY_RULE,
            false => rule,
        };
        // "instituted a compulsory citizen militia": a verb that opens cases takes a case, not
        // a person.
        let a_case = matches!(
            head.as_str(),
            "case" | "crime" | "incident" | "offense" | "offence"
        );
        // "secured a conviction": a verb of getting takes a metric noun only.
        let metric_noun = matches!(noun.class, NounClass::Metric(_));
        if (opening && !metric_noun && !a_case) || (getting && !metric_noun) {
            continue;
        }
        let metric = match (noun.class, verb_metric) {
            // "initiated a trafficking investigation", "investigated a case", "initiated a
            // prosecution" (an opening verb yields to the noun).
            (NounClass::Metric(m), Some(v)) if v == m || opening => m,
            (NounClass::Metric(m), None) => m,
            (class, Some(v)) if fits(v, class) && !matches!(class, NounClass::Metric(_)) => v,
            _ => continue,
        };
        // "to convict a trafficker", "will identify a victim", "did not convict a trafficker".
        // "has never reported convicting a trafficker": a denial up to three words before.
        let before = text[..verb_start].trim_end();
        // "has yet to secure the conviction of a trafficker", "sought to obtain the conviction
        // of a trafficker": one wanted, not one had.
        let last: Vec<&str> = before.rsplit(' ').take(4).collect();
        let wanted = last.iter().any(|w| w.eq_ignore_ascii_case("yet"))
            || last.windows(2).any(|pair| {
                pair[1].eq_ignore_ascii_case("to")
                    && ["secur", "obtain", "achiev"]
                        .iter()
                        .any(|v| crate::pattern::starts_with_ci(pair[0], v))
            });
        if wanted {
            continue;
        }
        let mut words_before = before.rsplit(' ').take(3).map(str::to_ascii_lowercase);
        let word_before = words_before.next().unwrap_or_default();
        let denied = cx.is_negated()
            && (negated_before(text, verb_start)
                || words_before.any(|w| matches!(w.as_str(), "never" | "not" | "no")));
        // "alert the commission when officers identified a victim": what is done whenever one is,
        // not one done.
        let conditional = before
            .rsplit(' ')
            .take(4)
            .any(|w| crate::pattern::is_one_of(w, WHENEVER_WORDS));
        // "After identifying a potential victim, police often contacted NGOs": one told in
        // a practice, not one done.
        let habitual = || {
            before
                .rsplit(' ')
                .take(4)
                .any(|w| crate::pattern::is_one_of(w, &["after", "upon", "before"]))
                && super::words_of(text).any(|w| crate::pattern::is_one_of(w, HABITUAL_ADVERBS))
        };
        if SINGLE_BLOCKERS.contains(&word_before.as_str()) || denied || conditional || habitual() {
            continue;
        }
        let subject = (!matches!(noun.class, NounClass::Metric(_)) && !noun.subject.is_empty())
            .then(|| noun.subject.clone());
        let (_, ce) = clause(text, at);
        // "prosecuted and convicted a former village chief": the verb joined before it too.
        let joined = (!nominal)
            .then(|| before.strip_suffix(" and"))
            .flatten()
            .and_then(|b| b.rsplit(' ').next())
            .and_then(metric_of_word)
            .filter(|&m| m != metric && fits(m, noun.class));
        for m in joined.into_iter().chain([metric]) {
            let quantity = Quantity::exact(1);
            push(cx, rule, out, m, quantity, subject.clone(), at + 1, ce);
        }
    }
}

/// Reads "a/an MODIFIER* NOUN was VERB-ed" ("a trafficker was convicted in 2019") as a count
/// of one, where the verb tells a metric the singular noun fits.
pub(super) fn passive_singles(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found) {
    let text = cx.text;
    let mut from = 0;
    while let Some(i) = WAS.find(&text.as_bytes()[from..]) {
        let was = from + i;
        from = was + 5;
        let verb = text[from..].split(' ').next().map_or("", trim_word);
        let Some(metric) = metric_of_word(verb).filter(|_| verb.ends_with("ed")) else {
            continue;
        };
        // The article opening the subject, at most four words back, in the same clause.
        let (cs, ce) = clause(text, was);
        let lead = &text[cs..was];
        let words: Vec<(usize, &str)> = lead
            .split(' ')
            .scan(0, |off, w| {
                let start = *off;
                *off += w.len() + 1;
                Some((start, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        let Some(k) = words
            .iter()
            .rev()
            .take(5)
            .position(|(_, w)| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
            .map(|back| words.len() - 1 - back)
        else {
            continue;
        };
        let article_end = cs + words[k].0 + words[k].1.len();
        let Some(noun) = noun_after(text, article_end).filter(|n| n.end == was) else {
            continue;
        };
        let head = noun.subject.rsplit(' ').next().unwrap_or("");
        let plural = head.ends_with('s') || matches!(head, "children" | "people");
        // "when a victim was identified, police referred her": whenever one is, not one.
        let conditional = k.checked_sub(1).is_some_and(|j| {
            let w = words[j].1;
            crate::pattern::is_one_of(w, WHENEVER_WORDS)
                || crate::pattern::is_one_of(w, &["after", "before"])
        });
        if plural
            || conditional
            || !fits(metric, noun.class)
            || matches!(noun.class, NounClass::Metric(_))
            || (cx.is_negated() && negated_before(text, from))
        {
            continue;
        }
        let start = article_end - words[k].1.len();
        push(
            cx,
            rule,
            out,
            metric,
            Quantity::exact(1),
            Some(noun.subject),
            start,
            ce,
        );
    }
}

/// Whether a verb of one is an item of a report's summary of its efforts ("These efforts
/// included investigating an allegedly complicit official", "including initiating the first
/// investigation of a government official"): a gerund after "included" or "including" tells
/// what kind of thing was done; its count of one stands only where the sections after it
/// count none for its metric and year (see [`super::SUMMARY_RULE`]).
fn summarized(before: &str, verb: &str, nominal: bool) -> bool {
    let gerund = match nominal {
        false => verb.ends_with("ing"),
        // "initiating the first investigation of a": the gerund that takes the noun.
        true => before
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| w.len() > 4 && w.ends_with("ing")),
    };
    gerund && crate::pattern::contains_ci(before, "includ")
}
