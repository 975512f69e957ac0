//! `criminalization`: an act made a crime on a date, with no law named, as an enactment.
//!
//! ```text
//! criminalized := SUBJECT? ("was" | "were")? ("criminalized" | "outlawed"
//!                 | "made" WORDS ("illegal" | "a crime") | "became illegal"
//!                 | ("established" | "created") "the" "specific"? ("crime" | "offense") "of") ... DATE
//! ```
//! "In 2004 prostitution was criminalized", "In 2010 the government made the purchase of sex
//! illegal": a law was enacted that year, inferred, with no name. A sentence naming a law, a
//! code or an article is left to the law, amendment and provision rules; a denied, hedged or
//! undated one is none. An article's context dates it only when the text is no report
//! narrative: a narrative tells its laws as they stand ("Testland criminalized sex
//! trafficking ...") with no date.

use super::context::SentenceCtx;
use super::lexicon::LEGAL_INSTRUMENT_WORDS;
use super::{Discourse, Output, Rule};
use crate::event::{EventKind, Fact};
use crate::temporal::PartialDate;
use crate::{lazy_regex, lazy_words};

lazy_regex!(
    CRIMINALIZED,
    r"(?i)\b(?:criminali[sz]ed|outlawed|made\s+(?:[\w'-]+\s+){0,6}?(?:illegal|a\s+(?:criminal\s+)?(?:crime|offen[cs]e))|became\s+(?:illegal|a\s+crime)|(?:established|created|introduced)\s+(?:the|a)\s+(?:new\s+|specific\s+|separate\s+|distinct\s+)?(?:crime|criminal\s+offen[cs]e|offen[cs]e)\s+of)\b"
);
lazy_words!(INSTRUMENT_WORDS, LEGAL_INSTRUMENT_WORDS, true);

/// Finds acts made crimes on a date.
pub struct CriminalizationRule;

impl Rule for CriminalizationRule {
    fn name(&self) -> &'static str {
        "criminalization"
    }

    fn kind(&self) -> EventKind {
        EventKind::LawEnacted
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        // "offense of": "established the specific offense of child trafficking".
        &[&[
            "criminali",
            "outlaw",
            "illegal",
            "a crime",
            "crime of",
            "criminal offense",
            "criminal offence",
            "offense of",
            "offence of",
        ]]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, _d: &mut Discourse, out: &mut Output) {
        if cx.is_negated() || cx.hedges().any() || INSTRUMENT_WORDS.find(cx.text).next().is_some() {
            return;
        }
        let Some(verb) = CRIMINALIZED.find(cx.text) else {
            return;
        };
        if told_as_standing(&cx.text[..verb.start()]) {
            return;
        }
        let date = if cx.explicit_dates().is_empty() {
            // Only the paragraph's or section's year: not in a report narrative.
            cx.anchor
                .report_year
                .is_none()
                .then(|| cx.anchor.lead_in.or(cx.anchor.section_year))
                .flatten()
                .map(PartialDate::year)
        } else {
            cx.activity_date(verb.start(), cx.text.len()).point()
        };
        if date.is_some() {
            out.events
                .push(cx.event(Fact::LawEnacted { name: None }, date, true, self.name()));
        }
    }
}

/// Whether the words before the verb tell a state, not an act: "is criminalized", "to be
/// outlawed", "acts that remain criminalized".
fn told_as_standing(before: &str) -> bool {
    let last = before.trim_end().rsplit(' ').next().unwrap_or("");
    [
        "is", "are", "be", "being", "remain", "remains", "remained", "to",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{lead, report, run, wiki};

    #[test]
    fn an_act_made_a_crime_on_a_date_is_a_law_enacted() {
        insta::assert_snapshot!(run(&CriminalizationRule, "In 2004 prostitution was criminalized.", wiki()), @"2004 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&CriminalizationRule, "Forced labor was outlawed in March 1995.", wiki()), @"1995-03 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&CriminalizationRule, "In 2010, the government made the purchase of sex illegal and outlawed strip clubs.", wiki()), @"2010 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&CriminalizationRule, "In 2019, the government criminalized forced begging.", report(2020)), @"2019 law_enacted: (unnamed law) (inferred)");
        // A crime made or created.
        for text in [
            "Testland established the specific offense of child trafficking in 2006.",
            "In 2006, parliament created the crime of trafficking in persons.",
            "Forced marriage was made a crime in 2006.",
            "In 2006 the government made forced labor a criminal offense.",
        ] {
            assert_eq!(
                run(&CriminalizationRule, text, wiki()),
                "2006 law_enacted: (unnamed law) (inferred)",
                "{text}"
            );
        }
        // Nor a crime's mention with no act making it one.
        for text in [
            "In 2006, the crime of trafficking carried penalties of up to 10 years.",
            "In 2006, police investigated the crime of forced begging.",
        ] {
            assert_eq!(run(&CriminalizationRule, text, wiki()), "", "{text}");
        }
    }

    #[test]
    fn the_cues_let_each_phrasing_reach_the_rule() {
        for sentence in [
            "Forced marriage was made a crime in 2006.",
            "In 2006, parliament created the crime of trafficking in persons.",
            "Testland established the specific offense of child trafficking in 2006.",
            "In 2006 the government made forced labor a criminal offense.",
        ] {
            let text = format!("= Human trafficking in Testland =\n\n{sentence}\n");
            let doc = crate::extract(&text);
            assert_eq!(
                crate::rules::testing::render(&doc.events),
                "2006 law_enacted: (unnamed law) (inferred)",
                "{sentence}"
            );
        }
    }

    #[test]
    fn the_paragraph_s_year_dates_it_outside_a_report() {
        insta::assert_snapshot!(run(&CriminalizationRule, "The government made the purchase of sex illegal.", lead(2010)), @"2010 law_enacted: (unnamed law) (inferred)");
        // A report narrative tells its laws as they stand.
        insta::assert_snapshot!(run(&CriminalizationRule, "Testland criminalized sex trafficking and labor trafficking.", report(2020)), @"");
        insta::assert_snapshot!(run(&CriminalizationRule, "Prostitution was criminalized.", wiki()), @"");
    }

    #[test]
    fn named_laws_states_and_denials_are_not_enactments_here() {
        for text in [
            "In 2007, the Anti-Trafficking Act criminalized sex and labor trafficking.",
            "In 2012, sex trafficking was criminalized through amendments to the penal code.",
            "Article 5 criminalized forced labor in 2014.",
            "In 2015, the government did not criminalize forced begging.",
            "In 2015, the government planned to criminalize forced begging.",
            "In 2015, prostitution is criminalized.",
            "In 2015, forced begging remained criminalized.",
        ] {
            assert_eq!(run(&CriminalizationRule, text, wiki()), "", "{text}");
        }
    }
}
