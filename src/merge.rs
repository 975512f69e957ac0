//! The same fact stated twice is one event with several evidence spans.
//!
//! Two events are the same fact when they have the same kind, compatible
//! dates (equal wherever both are given) and compatible fields (equal, or
//! missing on one side). Merging keeps the more precise date, fills missing
//! fields, and a stated event absorbs an inferred one.

use crate::event::{Event, Evidence, Fact, Metric};
use crate::rules::commitment::topic;
use crate::temporal::PartialDate;
use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// How many earlier events of one kind and year a new event is compared with.
const WINDOW: usize = 64;

/// Merges restatements, keeping first-statement order.
pub fn merge(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    // Ordered by key: a few comparisons per event, cheaper than hashing the key.
    let mut buckets: BTreeMap<(crate::event::EventKind, Option<i32>), Vec<usize>> = BTreeMap::new();
    for e in events {
        let key = (e.kind(), e.date.map(|d| d.year));
        let bucket = buckets.entry(key).or_default();
        let found = bucket
            .iter()
            .rev()
            .take(WINDOW)
            .copied()
            .find(|&i| same_fact(&out[i], &e));
        match found {
            Some(i) => absorb(&mut out[i], e),
            None => {
                bucket.push(out.len());
                out.push(e);
            }
        }
    }
    fold_listed_articles(&mut out);
    fold_articles_into_their_parts(&mut out);
    fold_termless_penalties(&mut out);
    fold_inferred_counts(&mut out);
    out.retain(|e| e.rule != crate::rules::statistic::FIRST_RULE);
    fold_laws_amended_that_year(&mut out);
    out
}

/// "the TIPLEAA, as amended in 2015" and "convicted under the 2015 TIPLEAA": a law known by
/// the year of its amendment is the law as amended, no law enacted that year. Not a code:
/// "the 2018 Penal Code" is a code made anew that year.
fn fold_laws_amended_that_year(out: &mut Vec<Event>) {
    fold_each(out, |out, law| {
        let Fact::LawEnacted { name: Some(name) } = &law.fact else {
            return None;
        };
        if name.to_ascii_lowercase().ends_with("code") {
            return None;
        }
        let year = law.date.map(|d| d.year).filter(|_| law.inferred)?;
        out.iter().position(|e| {
            matches!(&e.fact, Fact::LegalAmendment { instrument: Some(changed), .. }
                if e.date.map(|d| d.year) == Some(year)
                    && names_agree(&Some(name.clone()), &Some(changed.clone()))
                    // "The Sexual Offenses Act of 2012 increased the penalties": a new law
                    // that changed the penalties, told in one sentence.
                    && e.evidence.first().map(|v| (v.start, v.end))
                        != law.evidence.first().map(|v| (v.start, v.end)))
        })
    });
}

/// The last month of the reporting period that ends in a report's own year (April to March).
const PERIOD_LAST_MONTH: u8 = 3;

/// "including passing penal code amendments" in a report's summary, dated by its reporting
/// period, and "In February 2021, the government enacted amendments to the criminal code" in
/// its body: the period runs into the report's year, so a law or amendment told of the period
/// with no year of its own is the one dated in those months, when it is the only one.
pub(crate) fn fold_period_acts_into_dated(
    out: &mut Vec<Event>,
    text: &str,
    report_year: Option<i32>,
) {
    let Some(report_year) = report_year else {
        return;
    };
    let period = PartialDate::year(report_year - 1);
    let year = period.year.to_string();
    let no_year_told = |e: &Event| {
        e.evidence.iter().all(|ev| {
            text.get(ev.start..ev.end)
                .is_none_or(|s| !year_told_as_a_time(s, &year))
        })
    };
    let in_period_of_report_year = |d: Option<PartialDate>| {
        d.is_some_and(|d| d.year == report_year && d.month.is_some_and(|m| m <= PERIOD_LAST_MONTH))
    };
    let covering = |out: &[Event], e: &Event| {
        let told_of_period = matches!(
            e.fact,
            Fact::LawEnacted { .. } | Fact::LegalAmendment { .. }
        ) && !e.inferred
            && e.date == Some(period)
            && no_year_told(e);
        if !told_of_period {
            return None;
        }
        // The act as if told with each candidate's date.
        let mut probe = e.clone();
        let mut dated = out.iter().enumerate().filter(|(_, d)| {
            probe.date = d.date;
            in_period_of_report_year(d.date) && same_fact(d, &probe)
        });
        match (dated.next(), dated.next()) {
            (Some((j, _)), None) => Some(j),
            _ => None,
        }
    };
    fold_each_with(out, covering, absorb);
}

/// Whether `year` stands in `sentence` as a time ("in 2020", "2020."), not as a word naming a
/// thing ("a 2020 national action plan").
fn year_told_as_a_time(sentence: &str, year: &str) -> bool {
    sentence.match_indices(year).any(|(at, _)| {
        let before = sentence[..at].split_whitespace().next_back().unwrap_or("");
        let after = sentence[at + year.len()..].trim_start();
        let names_a_thing = ["a", "an", "the", "its", "his", "her", "their"]
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w))
            && after.starts_with(|c: char| c.is_alphabetic());
        !names_a_thing
    })
}

/// "initiated its first prosecution under the new law" and "prosecuted three cases" in the
/// same year: the one inferred from "first" (or "sentenced two traffickers", or told by an
/// article in a summary of efforts) is among those counted, and its evidence joins the stated
/// count.
fn fold_inferred_counts(out: &mut Vec<Event>) {
    let counted = |e: &Event| match &e.fact {
        Fact::Statistic {
            metric, quantity, ..
        } => Some((*metric, e.date.map(|d| d.year), *quantity)),
        _ => None,
    };
    fold_each(out, |out, one| {
        let (metric, year, q) = counted(one)
            .filter(|_| one.inferred || one.rule == crate::rules::statistic::SUMMARY_RULE)?;
        let one = q.min == Some(1) && q.max == Some(1);
        if !(one || metric == Metric::Convictions && q.max.is_some_and(|n| n > 0)) {
            return None;
        }
        out.iter().position(|e| {
            !e.inferred
                && e.rule != crate::rules::statistic::SUMMARY_RULE
                && counted(e).is_some_and(|(m, y, q)| {
                    m == metric && y == year && q.max.is_none_or(|n| n > 0)
                })
        })
    });
}

/// Folds each event that `covering` finds told by another (its index) into that one: the
/// event goes and its evidence joins the other's.
fn fold_each(out: &mut Vec<Event>, covering: impl Fn(&[Event], &Event) -> Option<usize>) {
    fold_each_with(out, covering, |into, told| {
        for ev in told.evidence {
            add_evidence(&mut into.evidence, ev);
        }
    });
}

/// [`fold_each`], joining each event to the one that covers it with `join`.
fn fold_each_with(
    out: &mut Vec<Event>,
    covering: impl Fn(&[Event], &Event) -> Option<usize>,
    join: impl Fn(&mut Event, Event),
) {
    let mut i = 0;
    while i < out.len() {
        match covering(out, &out[i]) {
            Some(j) => {
                let told = out.remove(i);
                let j = if j > i { j - 1 } else { j };
                join(&mut out[j], told);
            }
            None => i += 1,
        }
    }
}

/// "Sections 133, 133¹, and 175 of the penal code criminalized trafficking", then each
/// section with its penalties: the list told without a penalty restates those provisions,
/// and its evidence joins the first of them.
fn fold_listed_articles(out: &mut Vec<Event>) {
    fold_each(out, |out, told| {
        let Fact::LegalProvision {
            instrument,
            article: Some(list),
            penalty: None,
        } = &told.fact
        else {
            return None;
        };
        let articles = listed_articles(list);
        let with_penalty = |article: &str| with_penalty(out, instrument, |a| a == article);
        (articles.len() > 1)
            .then(|| articles.iter().map(|a| with_penalty(a)).collect())
            .flatten()
            .and_then(|found: Vec<usize>| found.into_iter().min())
    });
}

/// "Article 145 of the penal code criminalized sex trafficking", then "Article 145(3) prescribed
/// penalties of up to 15 years": an article told without a penalty, whose parts carry them,
/// restates those provisions, and its evidence joins the first of them.
fn fold_articles_into_their_parts(out: &mut Vec<Event>) {
    fold_each(out, |out, told| {
        let Fact::LegalProvision {
            instrument,
            article: Some(article),
            penalty: None,
        } = &told.fact
        else {
            return None;
        };
        with_penalty(out, instrument, |part| {
            part.strip_prefix(article.as_str())
                .is_some_and(|rest| rest.starts_with('('))
        })
    });
}

/// The first provision of `instrument` (or a name agreeing with it) whose article `fits`
/// and that carries a penalty.
fn with_penalty(
    out: &[Event],
    instrument: &Option<String>,
    fits: impl Fn(&str) -> bool,
) -> Option<usize> {
    out.iter().position(|e| {
        matches!(&e.fact, Fact::LegalProvision {
            instrument: other,
            article: Some(a),
            penalty: Some(_),
        } if fits(a) && names_agree(instrument, other))
    })
}

/// "Section 370 ... prescribed penalties up to life imprisonment", beside Section 370 with its
/// terms in years: a penalty with no term in years (life) adds nothing to the article's
/// provision, and its evidence joins the first of them.
fn fold_termless_penalties(out: &mut Vec<Event>) {
    fold_each(out, |out, told| {
        let Fact::LegalProvision {
            instrument,
            article: Some(article),
            penalty: Some(p),
        } = &told.fact
        else {
            return None;
        };
        if p.min_years.is_some() || p.max_years.is_some() {
            return None;
        }
        out.iter().position(|e| {
            matches!(&e.fact, Fact::LegalProvision {
                instrument: other,
                article: Some(a),
                penalty: Some(q),
            } if a == article
                && names_agree(instrument, other)
                && (q.min_years.is_some() || q.max_years.is_some()))
        })
    });
}

/// The articles of a list ("133, 133¹, and 175"); a range ("317 through 320") is one.
pub(crate) fn listed_articles(list: &str) -> Vec<&str> {
    list.split(',')
        .flat_map(|part| part.split(" and "))
        .map(|a| a.trim().trim_start_matches("and ").trim())
        .filter(|a| !a.is_empty())
        .collect()
}

fn dates_compatible(a: Option<PartialDate>, b: Option<PartialDate>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.compatible(&b),
        _ => false,
    }
}

fn agree<T: PartialEq>(a: &Option<T>, b: &Option<T>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// The letters and digits of a name, lowercased.
fn norm(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// The letters and digits of a name, its words "of" left out.
fn name_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.split_whitespace()
        .filter(|w| *w != "of")
        // "the 2018 criminal code" and "the 2018 penal code" are one code.
        .map(|w| match w.eq_ignore_ascii_case("penal") {
            true => "criminal",
            false => w,
        })
        .flat_map(norm)
}

/// Names agree when, letters and digits alone, one begins the other; "of" before a year
/// is how a number is written ("Law 60(I) of 2014", "Law 60(I)/2014").
fn names_agree(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) if is_acronym_of(a, b) || is_acronym_of(b, a) => true,
        (Some(a), Some(b)) if describes(a, b) || describes(b, a) => true,
        (Some(a), Some(b)) => {
            let (mut a, mut b) = (name_chars(a), name_chars(b));
            loop {
                match (a.next(), b.next()) {
                    (Some(x), Some(y)) if x != y => return false,
                    (Some(_), Some(_)) => {}
                    _ => return true,
                }
            }
        }
        _ => true,
    }
}

/// "anti-trafficking law" of "Anti-Trafficking in Persons Act": a law told by its kind, in
/// lower case, whose words before the kind all stand in the title.
fn describes(description: &str, title: &str) -> bool {
    const KINDS: [&str; 3] = ["law", "act", "legislation"];
    if description.bytes().any(|c| c.is_ascii_uppercase())
        || !title.bytes().any(|c| c.is_ascii_uppercase())
    {
        return false;
    }
    let Some((words, kind)) = description.rsplit_once(' ') else {
        return false;
    };
    KINDS.contains(&kind)
        && words
            .split([' ', '-'])
            .all(|w| w == "anti" || (w.len() > 3 && crate::pattern::contains_ci(title, w)))
}

/// "FEA" of "Foreign Employment Act", "HTTCA" of "Human Trafficking and Transportation
/// (Control) Act", "TIPLEAA" of "Trafficking in Persons Law Enforcement and Administration
/// Act": the initials of the name's capitalised words, in order, with those of some of its
/// small words.
fn is_acronym_of(short: &str, name: &str) -> bool {
    if short.len() < 2 || !short.bytes().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let initials: Vec<u8> = name
        .split_whitespace()
        .filter_map(|w| w.trim_start_matches('(').bytes().next())
        .collect();
    initials_spell(short.as_bytes(), &initials)
}

/// Whether `letters` are `initials` in order, each capital one used and small ones optional.
fn initials_spell(letters: &[u8], initials: &[u8]) -> bool {
    match (letters.split_first(), initials.split_first()) {
        (None, _) => initials.iter().all(|c| !c.is_ascii_uppercase()),
        (Some(_), None) => false,
        (Some((l, more_letters)), Some((i, more_initials))) => {
            (*l == i.to_ascii_uppercase() && initials_spell(more_letters, more_initials))
                || (!i.is_ascii_uppercase() && initials_spell(letters, more_initials))
        }
    }
}

/// True when `a` and `b` state the same fact.
pub fn same_fact(a: &Event, b: &Event) -> bool {
    if a.kind() != b.kind() || !dates_compatible(a.date, b.date) {
        return false;
    }
    match (&a.fact, &b.fact) {
        (
            Fact::TreatyRatification {
                treaty: t1,
                action: a1,
            },
            Fact::TreatyRatification {
                treaty: t2,
                action: a2,
            },
        ) => norm(t1).eq(norm(t2)) && a1 == a2,
        (Fact::LawEnacted { name: n1 }, Fact::LawEnacted { name: n2 }) => names_agree(n1, n2),
        (
            Fact::LegalAmendment {
                instrument: i1,
                article: r1,
                penalty: p1,
                description: d1,
            },
            Fact::LegalAmendment {
                instrument: i2,
                article: r2,
                penalty: p2,
                description: d2,
            },
        ) => {
            // Unnamed changes of the same year are one fact only when they read alike.
            let identified = (i1.is_some() && i2.is_some()) || (r1.is_some() && r2.is_some());
            names_agree(i1, i2)
                && agree(r1, r2)
                && agree(p1, p2)
                && (identified || similar(d1.as_deref(), d2.as_deref()))
        }
        (
            Fact::LegalProvision {
                instrument: i1,
                article: r1,
                penalty: p1,
            },
            Fact::LegalProvision {
                instrument: i2,
                article: r2,
                penalty: p2,
            },
        ) => {
            // A provision named by neither law nor article is the same as another only
            // with the same penalty ("laws against kidnapping carry ..." is not Article 36).
            let identified = (i1.is_some() && i2.is_some()) || (r1.is_some() && r2.is_some());
            let same_penalty = p1.is_some() && p1 == p2;
            names_agree(i1, i2) && agree(r1, r2) && agree(p1, p2) && (identified || same_penalty)
        }
        (Fact::TierPlacement { tier: t1, .. }, Fact::TierPlacement { tier: t2, .. }) => t1 == t2,
        (
            Fact::IndexScore {
                index: i1,
                score: s1,
                indicator: d1,
                ..
            },
            Fact::IndexScore {
                index: i2,
                score: s2,
                indicator: d2,
                ..
            },
        ) => norm(i1).eq(norm(i2)) && s1 == s2 && agree(d1, d2),
        (
            Fact::ComplianceAssessment {
                meets_minimum_standards: m1,
                significant_efforts: e1,
            },
            Fact::ComplianceAssessment {
                meets_minimum_standards: m2,
                significant_efforts: e2,
            },
        ) => m1 == m2 && agree(e1, e2),
        (Fact::TraffickingProfile { .. }, Fact::TraffickingProfile { .. }) => true,
        (
            Fact::Commitment {
                parties: p1,
                description: d1,
            },
            Fact::Commitment {
                parties: p2,
                description: d2,
            },
        ) => {
            topic(d1) == topic(d2)
                && (p1.is_empty() || p2.is_empty() || p1.iter().any(|p| p2.contains(p)))
        }
        (
            Fact::Statistic {
                metric: m1,
                quantity: q1,
                subject: s1,
                ..
            },
            Fact::Statistic {
                metric: m2,
                quantity: q2,
                subject: s2,
                ..
            },
        ) => {
            // "identified 13 confirmed victims and NGOs identified 13 presumed victims": two
            // counts of one sentence that name different things are two facts.
            let told_apart = a.evidence == b.evidence
                && q1.max != Some(0)
                && matches!((s1, s2), (Some(x), Some(y)) if !x.eq_ignore_ascii_case(y));
            // Complicit officials are another population than the year's cases.
            let other_population =
                a.fact.about_complicit_officials() != b.fact.about_complicit_officials();
            // "NGOs identified two additional sex trafficking victims": told to be others
            // than those counted before, whatever their number.
            let added = |s: &Option<String>| {
                s.as_deref().is_some_and(|s| {
                    ["additional ", "other ", "another ", "more "]
                        .iter()
                        .any(|w| crate::pattern::starts_with_ci(s, w))
                })
            };
            let others = s1 != s2 && (added(s1) || added(s2));
            m1 == m2 && q1 == q2 && !told_apart && !other_population && !others
        }
        _ => false,
    }
}

/// True when two descriptions share most of their content words.
fn similar(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    let (a, b) = (content_words(a), content_words(b));
    let shared = a.iter().filter(|w| b.contains(*w)).count();
    let union = a.len() + b.len() - shared;
    union == 0 || shared * 5 >= union * 2
}

/// The distinct words of four letters or more in `s`, lowercased, without function words.
/// Words already in lower case are borrowed.
fn content_words(s: &str) -> FxHashSet<Cow<'_, str>> {
    const FUNCTION_WORDS: [&str; 10] = [
        "which", "that", "with", "were", "from", "into", "their", "this", "have", "been",
    ];
    let words: Box<dyn Iterator<Item = &str>> = if s.is_ascii() {
        Box::new(ascii_words(s))
    } else {
        Box::new(s.split(|c: char| !c.is_alphanumeric()))
    };
    words
        .filter(|w| w.len() >= 4)
        .map(|w| {
            if !w.is_ascii() {
                Cow::Owned(w.to_lowercase())
            } else if w.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(w.to_ascii_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_ref()))
        .collect()
}

/// The runs of ASCII letters and digits of `s`, read a byte at a time.
fn ascii_words(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < b.len() && !b[at].is_ascii_alphanumeric() {
            at += 1;
        }
        let start = at;
        while at < b.len() && b[at].is_ascii_alphanumeric() {
            at += 1;
        }
        // Both ends sit next to an ASCII byte (or the text's ends): character boundaries.
        (at > start).then(|| &s[start..at])
    })
}

fn fill<T: Clone>(a: &mut Option<T>, b: &Option<T>) {
    if a.is_none() {
        a.clone_from(b);
    }
}

fn union<T: PartialEq + Clone>(a: &mut Vec<T>, b: &[T]) {
    for x in b {
        if !a.contains(x) {
            a.push(x.clone());
        }
    }
}

/// Adds `ev` to `list`, kept in order of start (after any of the same start), unless it is
/// there: a search, not a scan, so a fact restated thousands of times merges in linear time.
fn add_evidence(list: &mut Vec<Evidence>, ev: Evidence) {
    let at = list.partition_point(|e| e.start <= ev.start);
    let mut same_start = list[..at].iter().rev().take_while(|e| e.start == ev.start);
    if !same_start.any(|e| *e == ev) {
        list.insert(at, ev);
    }
}

/// Folds `b` into `a`.
fn absorb(a: &mut Event, b: Event) {
    if a.inferred && !b.inferred {
        a.rule.clone_from(&b.rule);
    }
    a.inferred &= b.inferred;
    if let (Some(da), Some(db)) = (a.date, b.date) {
        if db.precision() > da.precision() {
            a.date = Some(db);
        }
    }
    for ev in b.evidence {
        add_evidence(&mut a.evidence, ev);
    }
    match (&mut a.fact, b.fact) {
        (Fact::LawEnacted { name: n1 }, Fact::LawEnacted { name: n2 })
            if n2
                .as_ref()
                .is_some_and(|n2| n1.as_ref().is_none_or(|n1| n2.len() > n1.len())) =>
        {
            *n1 = n2;
        }
        (
            Fact::LegalAmendment {
                instrument: i1,
                article: r1,
                penalty: p1,
                ..
            }
            | Fact::LegalProvision {
                instrument: i1,
                article: r1,
                penalty: p1,
            },
            Fact::LegalAmendment {
                instrument: i2,
                article: r2,
                penalty: p2,
                ..
            }
            | Fact::LegalProvision {
                instrument: i2,
                article: r2,
                penalty: p2,
            },
        ) => {
            // The title over a law told by its kind.
            if let (Some(told), Some(title)) = (i1.as_deref(), i2.as_deref()) {
                if describes(told, title) {
                    *i1 = i2.clone();
                }
            }
            fill(i1, &i2);
            fill(r1, &r2);
            fill(p1, &p2);
        }
        (
            Fact::TierPlacement {
                consecutive_years: c1,
                ..
            },
            Fact::TierPlacement {
                consecutive_years: c2,
                ..
            },
        ) => {
            *c1 = (*c1).max(c2);
        }
        (
            Fact::IndexScore {
                indicator: d1,
                scale: s1,
                ..
            },
            Fact::IndexScore {
                indicator: d2,
                scale: s2,
                ..
            },
        ) => {
            fill(d1, &d2);
            fill(s1, &s2);
        }
        (
            Fact::ComplianceAssessment {
                significant_efforts: e1,
                ..
            },
            Fact::ComplianceAssessment {
                significant_efforts: e2,
                ..
            },
        ) => fill(e1, &e2),
        (
            Fact::TraffickingProfile {
                roles: r1,
                destinations: d1,
                forms: f1,
            },
            Fact::TraffickingProfile {
                roles: r2,
                destinations: d2,
                forms: f2,
            },
        ) => {
            union(r1, &r2);
            r1.sort();
            union(d1, &d2);
            union(f1, &f2);
        }
        (Fact::Commitment { parties: p1, .. }, Fact::Commitment { parties: p2, .. }) => {
            union(p1, &p2)
        }
        (Fact::Statistic { subject: s1, .. }, Fact::Statistic { subject: s2, .. }) => fill(s1, &s2),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::add_evidence;
    use crate::event::EventKind;

    fn provisions(text: &str) -> Vec<String> {
        crate::rules::testing::facts_of_kind(text, EventKind::LegalProvision)
    }

    /// The laws and amendments of a report, each with its date and how many sentences tell it.
    fn acts_of_2021_report(body: &str) -> String {
        let text =
            format!("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\n{body}\n");
        crate::extract(&text)
            .events
            .iter()
            .filter(|e| matches!(e.kind(), EventKind::LawEnacted | EventKind::LegalAmendment))
            .map(|e| {
                let date = e.date.map_or("undated".to_string(), |d| d.to_string());
                format!(
                    "{date} {}: {} ({} told)",
                    e.kind(),
                    e.fact,
                    e.evidence.len()
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn an_act_told_of_the_period_is_the_one_dated_in_its_months_of_the_report_year() {
        insta::assert_snapshot!(acts_of_2021_report("The government made progress, including passing penal code amendments that criminalize all forms of trafficking and developing a 2020 national action plan. In February 2021, the government enacted amendments to the criminal code that criminalized sex trafficking."), @"2021-02 legal_amendment: criminal code (2 told)");
        insta::assert_snapshot!(acts_of_2021_report("Key achievements included adopting a new anti-trafficking law.\n\nIn January 2021, the government adopted the Law on Combating Trafficking in Persons."), @"2021-01 law_enacted: Law on Combating Trafficking in Persons (2 told)");
        // A year of its own, a month past the period, or two acts it could be: told apart.
        insta::assert_snapshot!(acts_of_2021_report("In 2020, the government amended the penal code. In February 2021, the government amended the criminal code again."), @r"
        2020 legal_amendment: penal code (1 told)
        2021-02 legal_amendment: criminal code (1 told)
        ");
        insta::assert_snapshot!(acts_of_2021_report("The government amended the penal code. In May 2021, the government amended the criminal code."), @r"
        2020 legal_amendment: penal code (1 told)
        2021-05 legal_amendment: criminal code (1 told)
        ");
        insta::assert_snapshot!(acts_of_2021_report("The government amended the penal code. In January 2021, it amended the penal code to raise penalties. In March 2021, it amended the penal code to protect victims."), @r"
        2020 legal_amendment: penal code (1 told)
        2021-01 legal_amendment: penal code (1 told)
        2021-03 legal_amendment: penal code (1 told)
        ");
    }

    #[test]
    fn a_law_named_by_its_acronym_is_the_law_it_abbreviates() {
        let laws = |text: &str| crate::rules::testing::facts_of_kind(text, EventKind::LawEnacted);
        insta::assert_snapshot!(laws("It prosecuted cases under the 2007 Foreign Employment Act (2007 FEA). The 2007 FEA criminalized fraudulent recruitment. The 2007 HTTCA criminalized sex trafficking.").join("\n"), @r"
        Foreign Employment Act
        HTTCA
        ");
        // Initials of small words may be kept.
        insta::assert_snapshot!(laws("The 2005 Trafficking in Persons Law Enforcement and Administration Act set up an agency. The 2005 TIPLEAA criminalized trafficking.").join("\n"), @"Trafficking in Persons Law Enforcement and Administration Act");
        // Other initials are another law.
        insta::assert_snapshot!(laws("The 2007 Foreign Employment Act regulates agencies. The 2007 FLA criminalized forced labor.").join("\n"), @r"
        Foreign Employment Act
        FLA
        ");
    }

    #[test]
    fn a_law_told_by_its_kind_is_the_title_whose_words_it_holds() {
        let text = "= Testland — 2023 Trafficking in Persons Report =\n\nThese efforts included amending the 2008 anti-trafficking law to remove fines in lieu of imprisonment.\n\n==Prosecution==\nThe 2008 Anti-Trafficking in Persons Act criminalized sex trafficking. During the reporting period, the law was amended to increase penalties.";
        let amendments = crate::rules::testing::facts_of_kind(text, EventKind::LegalAmendment);
        assert_eq!(amendments, ["Anti-Trafficking in Persons Act"]);
        // Words the title lacks tell another law.
        let a = Some("labor law".to_string());
        assert!(!super::names_agree(
            &a,
            &Some("Anti-Trafficking in Persons Act".into())
        ));
        assert!(super::names_agree(
            &a,
            &Some("Labor Law of Testland".into())
        ));
    }

    #[test]
    fn a_law_known_by_the_year_of_its_amendment_is_the_law_amended() {
        let text = "The Trafficking in Persons Law Enforcement and Administration Act (TIPLEAA), as amended in 2015, criminalized sex trafficking. Of those convicted, 94 were convicted under the 2015 TIPLEAA.";
        let laws = crate::rules::testing::facts_of_kind(text, EventKind::LawEnacted);
        assert!(laws.is_empty(), "{laws:?}");
        let amendments = crate::rules::testing::facts_of_kind(text, EventKind::LegalAmendment);
        assert_eq!(amendments.len(), 1, "{amendments:?}");
        // A law enacted in another year than its amendment stays.
        let text = "The Trafficking in Persons Law Enforcement and Administration Act (TIPLEAA), as amended in 2015, criminalized sex trafficking. The 2003 TIPLEAA criminalized labor trafficking.";
        let laws = crate::rules::testing::facts_of_kind(text, EventKind::LawEnacted);
        assert_eq!(laws.len(), 1, "{laws:?}");
        // A code of a year is a new code, whatever else changed it that year.
        let text = "In November 2018, the government promulgated an updated penal code. Article 215 of the 2018 Penal Code criminalized trafficking.";
        let laws = crate::rules::testing::facts_of_kind(text, EventKind::LawEnacted);
        assert_eq!(laws, ["penal code"]);
        // A law of a year told changing the penalties is a new law that made the change.
        let text = "The Child Offenses Act of 2016 raised the penalties for child trafficking to 20 years' imprisonment.";
        let laws = crate::rules::testing::facts_of_kind(text, EventKind::LawEnacted);
        assert_eq!(laws, ["Child Offenses Act"]);
        let doc = crate::extract(text);
        let years: Vec<Option<i32>> = doc.events.iter().map(|e| e.date.map(|d| d.year)).collect();
        assert_eq!(years, [Some(2016), Some(2016)]);
    }

    #[test]
    fn restatements_join_their_evidence_in_order_and_once() {
        let text = "Police identified 12 victims in 2019. Police identified 12 victims in 2019. "
            .repeat(3);
        let doc = crate::extract(&text);
        assert_eq!(doc.events.len(), 1);
        let starts: Vec<usize> = doc.events[0].evidence.iter().map(|e| e.start).collect();
        assert_eq!(starts, [0, 38, 76, 114, 152, 190]);
        let mut list = doc.events[0].evidence.clone();
        let again = list[2].clone();
        add_evidence(&mut list, again);
        assert_eq!(
            list, doc.events[0].evidence,
            "a sentence already there is not added again"
        );
        let first = list.remove(0);
        add_evidence(&mut list, first);
        assert_eq!(
            list, doc.events[0].evidence,
            "an earlier sentence goes before the later ones"
        );
    }

    #[test]
    fn people_sentenced_are_convicted_unless_a_conviction_count_is_told() {
        let stats = |body: &str| -> Vec<String> {
            let text =
                format!("= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\n{body}\n");
            crate::extract(&text)
                .events
                .iter()
                .filter(|e| matches!(e.fact, crate::event::Fact::Statistic { .. }))
                .map(|e| {
                    format!(
                        "{} {:?} {} {}",
                        e.fact,
                        e.date.map(|d| d.year),
                        e.inferred,
                        e.evidence.len()
                    )
                })
                .collect()
        };
        // Sentenced and no conviction told: a conviction, inferred.
        assert_eq!(
            stats("The courts sentenced one person to 12 years' imprisonment for trafficking."),
            ["convictions 1 (person) Some(2019) true 1"]
        );
        // Sentenced after a conviction count of the same year: some of those convicted.
        assert_eq!(
            stats("Courts convicted nine traffickers. Courts sentenced three traffickers to significant prison terms."),
            ["convictions 9 (traffickers) Some(2019) false 2"]
        );
        assert_eq!(
            stats("Nine traffickers were convicted, and two were sentenced to two years' imprisonment each."),
            ["convictions 9 (traffickers) Some(2019) false 1"]
        );
        // Convicted and sentenced: a conviction told.
        assert_eq!(
            stats("The courts convicted and sentenced three traffickers."),
            ["convictions 3 (traffickers) Some(2019) false 1"]
        );
    }

    /// Each event of a whole text: its fact, year and number of evidence spans.
    fn facts_with_evidence(text: &str) -> Vec<String> {
        crate::extract(text)
            .events
            .iter()
            .map(|e| {
                format!(
                    "{} {:?} {}",
                    e.fact,
                    e.date.map(|d| d.year),
                    e.evidence.len()
                )
            })
            .collect()
    }

    #[test]
    fn a_first_joins_a_stated_count_and_alone_counts_nothing() {
        let text = "= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\nThe government initiated its first prosecution under the new law. In total, it prosecuted three cases. It also secured its first conviction.\n";
        let stats = facts_with_evidence(text);
        // The first prosecution is one of the three; the first conviction, with no count of
        // its own year to join, counts nothing.
        assert_eq!(
            stats,
            ["prosecutions 3 (cases) Some(2019) 2", "tier_2 Some(2020) 1",],
            "{stats:#?}"
        );
    }

    #[test]
    fn a_summary_count_of_one_joins_a_stated_count_and_alone_stands() {
        let summary = "= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\nThese efforts included investigating an allegedly complicit official and convicting a trafficker.\n";
        // Alone: the opening of a report whose sections are not there.
        assert_eq!(
            facts_with_evidence(summary),
            [
                "investigations 1 (allegedly complicit official) Some(2019) 1",
                "convictions 1 (trafficker) Some(2019) 1",
                "tier_2 Some(2020) 1",
            ]
        );
        // With the sections' counts of the same year, one of them.
        let full = format!("{summary}\nPROSECUTION\nThe government investigated three officials for complicity and convicted 12 traffickers.\n");
        assert_eq!(
            facts_with_evidence(&full),
            [
                "investigations 3 (officials) Some(2019) 2",
                "convictions 12 (traffickers) Some(2019) 2",
                "tier_2 Some(2020) 1",
            ]
        );
    }

    #[test]
    fn a_provision_named_twice_is_one() {
        assert_eq!(
            provisions("= Human trafficking in Testland =\n\nArticle 171 of the criminal code prohibits trafficking.\n\nArticle 171 of the criminal code prescribes penalties of eight to 15 years' imprisonment.\n"),
            ["criminal code article 171, penalty 8..=15 years"]
        );
        assert_eq!(
            provisions("= Human trafficking in Testland =\n\nTrafficking is punishable by five to 10 years in prison.\n\nThe offence is punishable by five to 10 years' imprisonment.\n"),
            ["(unnamed instrument), penalty 5..=10 years"]
        );
    }

    #[test]
    fn equal_counts_of_different_things_are_two() {
        let stats = |text: &str| crate::rules::testing::facts_of_kind(text, EventKind::Statistic);
        let two = stats("= Human trafficking in Testland =\n\nIn 2020, authorities identified 13 confirmed victims and NGOs identified 13 presumed victims.\n");
        assert_eq!(two.len(), 2, "{two:?}");
        // The same count told again in another sentence is one.
        let one = stats("= Human trafficking in Testland =\n\nIn 2020, authorities identified 13 victims.\n\nIn 2020, the government identified 13 trafficking victims.\n");
        assert_eq!(one.len(), 1, "{one:?}");
        // Told to be others than those counted before, they are two.
        let added = stats("= Human trafficking in Testland =\n\nIn 2020, authorities identified two victims.\n\nIn 2020, NGOs identified two additional victims.\n");
        assert_eq!(added.len(), 2, "{added:?}");
    }

    #[test]
    fn a_law_numbered_two_ways_is_one() {
        let laws = crate::rules::testing::facts_of_kind(
            "= Human trafficking in Testland =\n\nLaw 60(I) of 2014 criminalizes trafficking.\n\nLaw 60(I)/2014 prescribes penalties of up to 20 years' imprisonment.\n",
            EventKind::LawEnacted,
        );
        assert_eq!(laws.len(), 1, "{laws:?}");
    }

    #[test]
    fn a_life_term_joins_the_articles_terms_in_years() {
        let text = "= Testland - 2019 Trafficking in Persons Report =\n\nSection 370 of the penal code prescribed penalties of seven to 10 years' imprisonment for trafficking adults. Section 370 prescribed penalties up to life imprisonment for officials' involvement.\n";
        assert_eq!(
            provisions(text),
            ["penal code article 370, penalty 7..=10 years"]
        );
    }

    #[test]
    fn a_list_of_articles_each_given_its_penalty_is_those_provisions() {
        let text = "= Testland (Tier 1) - 2021 Trafficking in Persons Report =\n\nSections 133, 133¹, and 175 of the penal code criminalized sex trafficking and labor trafficking. Section 133 prescribed penalties of one to seven years' imprisonment. Section 133¹ prescribed penalties of up to five years' imprisonment. Section 175 prescribed penalties of two to 10 years' imprisonment.\n";
        assert_eq!(
            provisions(text),
            [
                "penal code article 133, penalty 1..=7 years",
                "penal code article 133¹, penalty ?..=5 years",
                "penal code article 175, penalty 2..=10 years"
            ]
        );
        let doc = crate::extract(text);
        let spans = doc
            .events
            .iter()
            .filter(|e| e.kind() == EventKind::LegalProvision)
            .map(|e| e.evidence.len());
        // The list's sentence stays as evidence of the first of them.
        assert_eq!(spans.collect::<Vec<_>>(), [2, 1, 1]);
        // An article left without a penalty keeps the list.
        let text = "= Testland (Tier 1) - 2021 Trafficking in Persons Report =\n\nSections 133 and 175 of the penal code criminalized sex trafficking. Section 133 prescribed penalties of one to seven years' imprisonment.\n";
        assert_eq!(
            provisions(text),
            [
                "penal code article 133 and 175",
                "penal code article 133, penalty 1..=7 years"
            ]
        );
    }

    #[test]
    fn an_article_whose_parts_carry_its_penalties_is_those_provisions() {
        let text = "= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\nArticle 212 of the criminal code criminalized labor trafficking. Article 212(2) prescribed penalties of up to 12 years' imprisonment.\n";
        assert_eq!(
            provisions(text),
            ["criminal code article 212(2), penalty ?..=12 years"]
        );
        // An article of another law keeps its own provision (another article of the same
        // law whose penalties the next sentence sets is read by the provision rule).
        let text = "= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\nArticle 21 of the labor code prohibited forced labor. Article 212(2) of the criminal code prescribed penalties of up to 12 years' imprisonment.\n";
        assert_eq!(
            provisions(text),
            [
                "labor code article 21",
                "criminal code article 212(2), penalty ?..=12 years"
            ]
        );
    }

    #[test]
    fn a_penal_code_is_the_criminal_code() {
        let laws = crate::rules::testing::facts_of_kind(
            "= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\nArticle 510 of the 2018 criminal code criminalized sex trafficking. The 2018 penal code also prescribed lower penalties for some acts.\n",
            EventKind::LawEnacted,
        );
        assert_eq!(laws, ["criminal code"]);
    }

    #[test]
    fn an_unnamed_penalty_is_not_another_laws() {
        assert_eq!(
            provisions("= Human trafficking in Testland =\n\nArticle 36 of the Constitution prohibits slavery and servitude. Traffickers may be prosecuted under laws against kidnapping, which carry penalties of two to eight years' imprisonment.\n"),
            ["constitution article 36", "(unnamed instrument), penalty 2..=8 years"]
        );
    }
}
