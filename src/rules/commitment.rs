//! `commitment`: a pledge or agreement to act.
//!
//! ```text
//! commitment := ("agreed" | "pledged" | "committed" | "promised" | "vowed" | "undertook") "to" DESCRIPTION
//!             | "signed" ("a" | "an") ("memorandum of understanding" | "MOU" | "agreement") ("with" PARTY)? "to" DESCRIPTION
//! ```
//! Several in one sentence ("has agreed to provide ..., and has also formally
//! agreed to work with IOM to ...") are separate commitments.

use super::context::SentenceCtx;
use super::lexicon::ORGANIZATIONS;
use super::{Discourse, Output, Rule};
use crate::event::{EventKind, Fact};
use crate::{lazy_regex, lazy_words};

lazy_words!(ORG_SET, ORGANIZATIONS, false);

/// Finds commitments.
pub struct CommitmentRule;

lazy_regex!(
    COMMIT,
    format!(
        r"(?i)\b(?:{})\s+to\s+|\bsigned\s+(?:a|an)\s+(?:memorandum\s+of\s+understanding|MOU|memorandum|(?:cooperation\s+)?agreement)(?:\s*\(MOU\))?(?:\s+with\s+[^,;.]{{1,80}}?)?\s+to\s+",
        super::lexicon::COMMITMENT_VERBS.join("|")
    )
);
lazy_regex!(
    MINISTRY,
    r"\b(?:Ministry|Ministries)\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and|of|for|the)\s+[A-Z][\w'-]*|\s+[A-Z][\w'-]*)*"
);
lazy_regex!(
    TAIL,
    r"(?i)[\s,]*(?:and|or)?\s*(?:has|have|had)?\s*(?:also)?\s*(?:formally|officially)?\s*$"
);

/// Topics used to recognize the same commitment stated twice.
const TOPICS: &[(&str, &[&str])] = &[
    (
        "shelter",
        &["shelter", "facility space", "accommodation", "housing"],
    ),
    (
        "awareness",
        &["awareness", "information campaign", "campaign", "outreach"],
    ),
    ("training", &["train"]),
    ("funding", &["fund", "budget", "financ"]),
    ("legislation", &["law", "legislation", "amend"]),
    ("plan", &["action plan", "plan"]),
];

/// The topic of a commitment's description, for merging restatements.
pub fn topic(description: &str) -> &'static str {
    let lower = description.to_ascii_lowercase();
    TOPICS
        .iter()
        .find(|(_, words)| words.iter().any(|w| lower.contains(w)))
        .map_or("other", |(t, _)| t)
}

impl Rule for CommitmentRule {
    fn name(&self) -> &'static str {
        "commitment"
    }

    fn kind(&self) -> EventKind {
        EventKind::Commitment
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        &[&[
            "agreed",
            "pledged",
            "committed to",
            "promised",
            "vowed",
            "undertook",
            "memorandum",
            "mou",
            "agreement with",
        ]]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, _d: &mut Discourse, out: &mut Output) {
        let text = cx.text;
        let matches: Vec<_> = COMMIT.find_iter(text).collect();
        for (i, m) in matches.iter().enumerate() {
            let before = crate::pattern::tail(&text[..m.start()], 24).to_ascii_lowercase();
            if before.contains("not ") || before.contains("refused") || before.contains("yet to") {
                continue;
            }
            let end = matches.get(i + 1).map_or(text.len(), |n| n.start());
            let end = text[m.end()..end].find([';']).map_or(end, |p| m.end() + p);
            let raw = text[m.end()..end].trim_end_matches(['.', ' ', '"']);
            let desc = match TAIL.find(raw) {
                Some(t) => format!("{}{}", &raw[..t.start()], &raw[t.end()..]),
                None => raw.to_string(),
            };
            let desc = desc.trim_end_matches([',', ' ']).to_string();
            if desc.is_empty() {
                continue;
            }
            let parties = parties(text, matches[0].start(), cx.country);
            // A deadline ("by 2020") is not when the commitment was made.
            let date = cx
                .explicit_dates()
                .into_iter()
                .filter(|(p, _)| !is_deadline(&text[..*p]))
                .min_by_key(|(p, _)| p.abs_diff(m.start()))
                .map(|(_, d)| d)
                .or(cx
                    .anchor
                    .activity_year()
                    .map(crate::temporal::PartialDate::year));
            out.events.push(cx.event(
                Fact::Commitment {
                    parties,
                    description: desc,
                },
                date,
                false,
                self.name(),
            ));
        }
    }
}

/// Whether the text before a date makes it a deadline: "by", "before", "until", "no later than".
fn is_deadline(before: &str) -> bool {
    let before = crate::pattern::tail(before, 16)
        .trim_end()
        .to_ascii_lowercase();
    ["by", "before", "until", "no later than"].iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', ',']))
    })
}

/// Ministries and organizations named in the sentence, and "government" (or the country) when
/// it is the subject.
fn parties(text: &str, verb: usize, country: Option<&str>) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for m in MINISTRY.find_iter(text) {
        found.push((m.start(), m.as_str().to_string()));
    }
    for (at, end, i) in ORG_SET.find(text) {
        let org = ORGANIZATIONS[i];
        let _ = end;
        if !found.iter().any(|(_, n)| n == org)
            && !found.iter().any(|(p, n)| at >= *p && at < p + n.len())
        {
            found.push((at, org.to_string()));
        }
    }
    let subject = text[..verb].to_ascii_lowercase();
    if found.iter().all(|(p, _)| *p > verb) {
        // The government, or the country named as the subject, when nobody else is named
        // before the (first) verb ("Testland promised to ...").
        if subject.contains("government") {
            found.push((
                subject.rfind("government").unwrap_or(0),
                "government".to_string(),
            ));
        } else if let Some((at, name)) =
            country.and_then(|c| text[..verb].rfind(c).map(|at| (at, c)))
        {
            found.push((at, name.to_string()));
        }
    }
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{lead, run};

    #[test]
    fn the_country_as_subject_is_the_party() {
        let commitments = |sentence: &str| {
            crate::rules::testing::facts_of_kind(
                &format!("= Human trafficking in Testland =\n\n{sentence}\n"),
                EventKind::Commitment,
            )
        };
        assert_eq!(
            commitments("At the 2018 summit, Testland promised to end forced child labor by 2020."),
            ["Testland: end forced child labor by 2020"]
        );
        // Another subject named before the verb is the party, not the country.
        assert_eq!(
            commitments("In Testland, IOM pledged to fund two shelters in 2018."),
            ["IOM: fund two shelters in 2018"]
        );
    }

    #[test]
    fn commitments() {
        insta::assert_snapshot!(run(&CommitmentRule, "During the next reporting period, the government has agreed to provide facility space for a foreign-funded shelter to be operated by IOM, and has also formally agreed to work with IOM to conduct an awareness program in all five provinces.", lead(2010)), @r"
        2010 commitment: government, IOM: provide facility space for a foreign-funded shelter to be operated by IOM
        2010 commitment: government, IOM: work with IOM to conduct an awareness program in all five provinces
        ");
        insta::assert_snapshot!(run(&CommitmentRule, "However, in April 2010, the Ministries of Education and Health, in cooperation with IOM, formally agreed to conduct an information campaign in public schools.", lead(2009)), @"2010-04 commitment: Ministries of Education and Health, IOM: conduct an information campaign in public schools");
        assert_eq!(
            topic("donate facility space for a trafficking shelter"),
            "shelter"
        );
        assert_eq!(topic("conduct an information campaign"), "awareness");
    }

    #[test]
    fn memoranda_signed_to_do_something() {
        insta::assert_snapshot!(run(&CommitmentRule, "In 2019, the government signed a memorandum of understanding with IOM to establish a shelter for victims.", lead(2019)), @"2019 commitment: government, IOM: establish a shelter for victims");
        insta::assert_snapshot!(run(&CommitmentRule, "The ministry signed an agreement with UNODC to train prosecutors.", lead(2020)), @"2020 commitment: UNODC: train prosecutors");
        // The partner may be a signer named before the verb.
        insta::assert_snapshot!(run(&CommitmentRule, "The government and IOM signed a memorandum of understanding to open a shelter.", lead(2016)), @"2016 commitment: IOM: open a shelter");
        assert_eq!(
            run(
                &CommitmentRule,
                "The government signed a memorandum of understanding with Ukraine.",
                lead(2020)
            ),
            ""
        );
    }

    #[test]
    fn a_deadline_does_not_date_the_commitment() {
        insta::assert_snapshot!(run(&CommitmentRule, "The government pledged to establish a victim shelter by 2020.", lead(2018)), @"2018 commitment: government: establish a victim shelter by 2020");
        insta::assert_snapshot!(run(&CommitmentRule, "In 2017 the government agreed to open two shelters before 2019.", lead(2018)), @"2017 commitment: government: open two shelters before 2019");
    }

    #[test]
    fn not_commitments() {
        assert_eq!(
            run(
                &CommitmentRule,
                "The government has not agreed to fund the shelter.",
                lead(2010)
            ),
            ""
        );
    }
}
