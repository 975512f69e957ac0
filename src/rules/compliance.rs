//! `compliance_assessment`: whether the government meets the TVPA minimum standards.
//!
//! ```text
//! not meeting := ("does" | "did") "not" "fully"? ("meet" | "meets" | "comply" "fully"? "with" | "adhere to") "the minimum standards"
//!              | ("fails" | "failure") "to meet the minimum standards" | "no longer meeting the minimum standards"
//!              | "not" "fully"? "compliant with the minimum standards"
//!              | "making" WORD{0,2} "efforts to" ("meet" | "comply with") "the minimum standards"
//!              | "minimum standards" ... ("though" | "but") "it" ("does" | "did") "not" "fully"? "meet them"
//! meeting     := "fully" ("meets" | "complies with" | "compliant with") "the minimum standards"
//! efforts     := "making significant efforts" (true) | "not making significant efforts" | "insufficient effort" (false)
//! ```
//! "did not meet the minimum standards in several key areas" is not an assessment.

use super::context::SentenceCtx;
use super::lexicon::{DEFINED_TIERS, GENERIC_GOVERNMENTS, TIER_DEFINING_WORDS};
use super::{Discourse, Output, Rule};
use crate::event::{EventKind, Fact};
use crate::lazy_regex;
use crate::pattern::{contains_ci, is_one_of};
use crate::temporal::{PartialDate, TimeExpr};

/// Finds compliance assessments.
pub struct ComplianceRule;

/// Ends every phrase ("the minimum standards", "what the U.S. government considers to be
/// minimum standards", "the Trafficking Victims Protection Act's minimum standards"); `$`,
/// because the phrase is looked for only where a "minimum standards" ends, which lets the
/// engine read backwards from there.
const STANDARDS: &str = concat!(
    r#"\s+"?(?:what\s+(?:the\s+)?(?:U\.S\.|United\s+States)(?:\s+government)?\s+considers?\s+(?:to\s+be\s+)?)?"#,
    r#"(?:the\s+)?["']?(?:TVPA'?s?\s+|Trafficking\s+Victims\s+Protection\s+Act(?:\s+\(TVPA\))?(?:\s+of\s+2000)?'s\s+)?"#,
    r"minimum\s+(?:standards?|requirements|expectations)$"
);

lazy_regex!(
    NOT_MEETING,
    format!(
        r"(?i)\b(?:(?:does|did|do|is|was|are|were)\s+not\s+(?:yet\s+)?(?:fully\s+)?(?:meets?|compl(?:y|ies)(?:\s+fully)?\s+with|adhere\s+to|satisfy|meeting|complying\s+with)|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:fully\s+)?(?:met|complied\s+with)|(?:fails?|failed|failure|failing|inability|unable)\s+to\s+(?:fully\s+)?(?:meet|comply\s+with|adhere\s+to)|no\s+longer\s+(?:fully\s+)?(?:meets?|meeting|complies\s+with|complying\s+with)|(?:not|never)\s+(?:yet\s+)?(?:to\s+be\s+|been\s+|become\s+)?(?:fully\s+)?compliant\s+with|(?:not|never)\s+(?:yet\s+)?(?:been\s+)?in\s+full\s+compliance\s+with|(?:making|made|make|makes|demonstrat(?:ing|ed|es|e))\s+(?:[a-z]+\s+){{0,2}}?efforts?\s+to\s+(?:fully\s+)?(?:meet|comply\s+with|achieve|attain|reach)){STANDARDS}"
    )
);
lazy_regex!(
    MEETING,
    format!(
        r"(?i)\b(?:fully\s+(?:meets|met|meet|meeting|complies\s+with|complied\s+with|comply\s+with|compliant\s+with)|meets|met|complies\s+with|complied\s+with|(?:in|achieving|achieved|attained|attaining|reached|reaching)\s+full\s+compliance\s+with){STANDARDS}"
    )
);
// "... efforts to meet the minimum standards, though it did not fully meet them".
lazy_regex!(
    NOT_MEETING_THEM,
    r"(?i)\bminimum\s+standards\b[^;.]{0,60}?\b(?:though|although|but|yet|while)\s+(?:it|the\s+government|they)\s+(?:does|did|do)\s+not\s+(?:yet\s+)?(?:fully\s+)?(?:meet|comply\s+with|satisfy)\s+them\b"
);
lazy_regex!(
    EFFORTS_FALSE,
    r"(?i)\bnot\s+(?:yet\s+)?(?:to\s+be\s+|been\s+)?(?:making|made|make|demonstrating)\s+(?:[\x22']?(?:significant|substantial|sufficient|serious|discernible|appreciable)\s+efforts?|any\s+(?:significant\s+)?efforts?)|\binsufficient\s+efforts?\b|\bno\s+(?:significant|substantial)\s+efforts?\s+to\s+(?:do\s+so|comply|meet)|\bnot\s+making\s+efforts?\s+to\s+(?:do\s+so|comply|meet)|\bnor\s+(?:did|does|do|has|have)\s+(?:it|they|either|the\s+government)\s+(?:make|made|demonstrate|demonstrated)\s+(?:significant|substantial|sufficient|serious)\s+efforts?"
);
lazy_regex!(
    EFFORTS_TRUE,
    r"(?i)\b(?:making|made|make|makes|demonstrated|demonstrating)\s+[\x22']?(?:significant|substantial|serious|clear|considerable|concerted)\s+efforts?\b"
);
// "... and did not demonstrate overall increasing efforts to do so": no significant efforts
// (read only where "efforts to" occurs).
lazy_regex!(
    NOT_INCREASING,
    r"(?i)\band\s+did\s+not\s+demonstrate\s+(?:overall\s+)?increasing\s+efforts\s+to\s+do\s+so\b"
);
lazy_regex!(
    PARTIAL,
    r"(?i)^\s+(?:for\s+the\s+elimination\s+of\s+trafficking\s+)?in\s+(?:several|some|many|a\s+number\s+of|key|other)\b"
);

/// Whether the words before an assessment define a tier by it ("Tier 3 nations are defined as
/// those, 'Countries whose governments do not fully comply ...'"): the country is assessed
/// only as the tier it was placed on implies.
fn defines_a_tier(cx: &SentenceCtx<'_>, before: &str) -> bool {
    let defining = TIER_DEFINING_WORDS.iter().any(|w| contains_ci(before, w));
    let generic = GENERIC_GOVERNMENTS.iter().any(|w| contains_ci(before, w))
        && cx.country.is_none_or(|c| !contains_ci(before, c));
    defining || generic || tier_of_no_country_in_particular(before)
}

/// Whether the words before an assessment tell what a tier means for any country: "A
/// country being rated a Tier 2 country means that ...", "Being placed on Tier 3 means that
/// ...", "Countries in Tier 2 are those whose ...".
fn tier_of_no_country_in_particular(before: &str) -> bool {
    let mut words = before.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let generic = first.eq_ignore_ascii_case("being")
        || (is_one_of(first, &["a", "an", "any", "each", "every"])
            && is_one_of(second, &["country", "nation", "government", "tier"]))
        || is_one_of(first, &["countries", "nations", "governments"]);
    generic && DEFINED_TIERS.iter().any(|t| contains_ci(before, t))
}

/// Whether the words before a verb are a subject denied by "Neither ... nor ...".
fn subject_denied(before: &str) -> bool {
    // A list of subjects ("Neither A, B, nor C") has its commas; another clause does not
    // end in its "nor" conjunct.
    let listed = before
        .rsplit(',')
        .next()
        .is_some_and(|last| crate::pattern::starts_with_ci(last.trim_start(), "nor "));
    crate::pattern::starts_with_ci(before, "neither ")
        && !before.contains(';')
        && (!before.contains(',') || listed)
        && crate::pattern::contains_ci(before, " nor ")
}

/// The first match of `re` (a phrase ending in "minimum standards") in `text`,
/// looked for only just before each "minimum standards", ending there. The singular
/// counts only as the report writes it at times: "the minimum standard for the elimination".
/// An article may name the standards "minimum requirements" or "minimum expectations"; those
/// are the TVPA's only where the sentence names the act or a tier.
fn before_standards<'t>(
    re: &crate::pattern::Pattern,
    text: &'t str,
) -> Option<crate::pattern::Match<'t>> {
    /// Longer than any phrase the patterns allow.
    const REACH: usize = 160;
    const CUE: &str = "minimum ";
    let mut from = 0;
    while let Some(i) = crate::pattern::find_ci(text, CUE, from) {
        let rest = &text[i + CUE.len()..];
        let named = |w: &str| crate::pattern::starts_with_ci(rest, w);
        let end = if named("standards") {
            i + CUE.len() + "standards".len()
        } else if named("standard for the elimination") {
            i + CUE.len() + "standard".len()
        } else if let Some(word) = ["requirements", "expectations"]
            .into_iter()
            .find(|w| named(w) && names_the_tvpa_or_a_tier(text))
        {
            i + CUE.len() + word.len()
        } else {
            from = i + CUE.len();
            continue;
        };
        let start = crate::pattern::tail(&text[..end], REACH);
        if let Some(m) = re.find_at(&text[..end], end - start.len()) {
            return Some(m);
        }
        from = end;
    }
    None
}

/// Whether a sentence names the TVPA or a tier, which makes its minimum requirements the
/// TVPA's standards.
fn names_the_tvpa_or_a_tier(text: &str) -> bool {
    ["trafficking victims protection act", "tvpa", "tier "]
        .iter()
        .any(|w| contains_ci(text, w))
}

/// Whether a sentence says the government is making significant efforts. Efforts told
/// without a measure ("but is making efforts to do so") say nothing of their significance.
fn efforts_in(text: &str) -> Option<bool> {
    // The rarer reading holds "efforts to": one byte search screens it.
    crate::lazy_finder!(EFFORTS_TO, "efforts to");
    let not_increasing =
        || EFFORTS_TO.find(text.as_bytes()).is_some() && NOT_INCREASING.is_match(text);
    if EFFORTS_FALSE.is_match(text) || not_increasing() {
        Some(false)
    } else if EFFORTS_TRUE.is_match(text) {
        Some(true)
    } else {
        None
    }
}

/// "... minimum standards for the elimination of trafficking. However, it is making
/// significant efforts to do so.": the efforts told by the next sentence of the paragraph,
/// when it goes on with the assessment (or tells the efforts to meet the standards).
fn efforts_told_next(cx: &SentenceCtx<'_>) -> Option<bool> {
    let next = cx.paragraph.get(cx.index_in_paragraph()? + 1)?;
    let goes_on = contains_ci(next, "to do so")
        || contains_ci(next, "minimum standards")
        || ["however", "but ", "nevertheless"].iter().any(|w| {
            next.get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w))
        });
    goes_on.then(|| efforts_in(next)).flatten()
}

/// The year an article's undated assessment is told of by the next sentence of its paragraph
/// ("The Government of Jordan does not fully comply ... . During 2015, the government ..."):
/// that sentence's first year, except one in a clause after "since", which tells a time before
/// ("the most stringent sentences since it was criminalized in 2000").
fn year_told_next(cx: &SentenceCtx<'_>) -> Option<i32> {
    let next = cx.paragraph.get(cx.index_in_paragraph()? + 1)?;
    crate::temporal::recognize(next)
        .into_iter()
        .find_map(|t| match t.expr {
            TimeExpr::Point(d) if !after_since(&next[..t.start]) => Some(d.year),
            _ => None,
        })
}

/// True when the clause that `before` ends in was opened by "since".
fn after_since(before: &str) -> bool {
    let clause_start = before.rfind([',', ';']).map_or(0, |i| i + 1);
    before[clause_start..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("since"))
}

lazy_regex!(
    THE_RANKING,
    r"(?i)^(?:this|that|the|such\s+an?|its)\s+(?:tier\s+[\w-]+\s+)?(?:ranking|rating|placement|classification|designation)\s+(?:means|meant|indicates|indicated|signifies|signified|denotes|denoted|shows|showed|reflects|reflected)\b"
);

// "the report noted ...": a report named before, by its year.
lazy_regex!(
    THE_REPORT_TOLD,
    r"(?i)\b(?:the|this|that)\s+report\s+(?:also\s+)?(?:noted|notes|said|says|stated|states|found|finds|concluded|concludes|observed|observes|determined|indicated|indicates)\b"
);

/// The dates of the placement that an assessment told of "this ranking" refers to ("The
/// Tier 1 ranking of X in the 2020 and 2021 reports ... . This ranking means that ..."):
/// the dates and report years of the sentence before it in its paragraph. So for "the
/// report noted ..." after a sentence telling of a tier or a report.
fn dates_of_the_placement_before(cx: &SentenceCtx<'_>) -> Vec<PartialDate> {
    let ranking = THE_RANKING.is_match(cx.text);
    if !ranking && !THE_REPORT_TOLD.is_match(cx.text) {
        return Vec::new();
    }
    let Some(prev) = cx
        .index_in_paragraph()
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| cx.paragraph.get(i))
    else {
        return Vec::new();
    };
    if !(ranking || contains_ci(prev, "tier") || contains_ci(prev, "report")) {
        return Vec::new();
    }
    dates_told_in(prev)
}

/// The dates a sentence tells, as points: its dates and report years.
fn dates_told_in(sentence: &str) -> Vec<PartialDate> {
    let mut dates: Vec<PartialDate> = crate::temporal::recognize(sentence)
        .into_iter()
        .filter_map(|t| match t.expr {
            TimeExpr::Point(d) => Some(d),
            TimeExpr::ReportYear(y) => Some(PartialDate::year(y)),
            _ => None,
        })
        .collect();
    dates.dedup();
    dates
}

/// The dates of the last earlier sentence of the paragraph that names the tier a sentence
/// defines ("... lowered Thailand's ranking to Tier 3 in 2014. ... Tier 3 nations are
/// defined as ...").
fn dates_of_the_tier_defined(cx: &SentenceCtx<'_>) -> Vec<PartialDate> {
    let Some(tier) = DEFINED_TIERS.iter().find(|t| contains_ci(cx.text, t)) else {
        return Vec::new();
    };
    let before = cx
        .index_in_paragraph()
        .map_or(&[][..], |i| &cx.paragraph[..i]);
    before
        .iter()
        .rev()
        .find(|prev| contains_ci(prev, tier))
        .map_or_else(Vec::new, |prev| dates_told_in(prev))
}

impl Rule for ComplianceRule {
    fn name(&self) -> &'static str {
        "compliance"
    }

    fn kind(&self) -> EventKind {
        EventKind::ComplianceAssessment
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        // One cue for every name of the standards keeps the cue table small.
        &[&["minimum"]]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, _d: &mut Discourse, out: &mut Output) {
        let text = cx.text;
        let mut at = 0;
        let meets = if let Some(m) = before_standards(&NOT_MEETING, text) {
            if PARTIAL.is_match(&text[m.end()..]) {
                return;
            }
            at = m.start();
            false
        } else if NOT_MEETING_THEM.is_match(text) {
            false
        } else if let Some(m) = before_standards(&MEETING, text) {
            at = m.start();
            let before = crate::pattern::tail(&text[..m.start()], 12).to_ascii_lowercase();
            // "Progress ... is necessary to fully comply with the minimum standards": a purpose,
            // not an assessment.
            let purpose = before.trim_end().ends_with(" to") || before.trim_end() == "to";
            let denied = ["not ", "neither ", "never "]
                .iter()
                .any(|w| before.contains(w));
            if denied || purpose || PARTIAL.is_match(&text[m.end()..]) {
                return;
            }
            // "Neither the Taliban nor the AIA have complied with the minimum standards".
            !subject_denied(&text[..m.start()])
        } else {
            return;
        };
        // "Tier 3 countries are defined as those whose governments do not fully adhere to the
        // minimum standards ...", after a placement: the assessment the tier implies.
        let inferred = defines_a_tier(cx, &text[..at]);
        let efforts = efforts_in(text).or_else(|| efforts_told_next(cx));
        let efforts = if meets {
            efforts.filter(|e| !e)
        } else {
            efforts
        };
        // "Although the government meets the minimum standards, it ... in 2019 or 2018": the
        // years of the main clause are not the assessment's, told in the clause before it.
        let opener = text.split_whitespace().next().unwrap_or("");
        let subordinate_end = ["Although", "Though", "While"]
            .contains(&opener)
            .then(|| text.find(", "))
            .flatten()
            .filter(|&comma| at < comma);
        // "did not comply with the minimum standards ..., and remained in Tier 3 in 2020": nor
        // are the years of a later conjunct with a verb of its own.
        let conjunct_end = super::context::finite_conjunct(&text[at..]).map(|e| at + e);
        let end = subordinate_end.into_iter().chain(conjunct_end).min();
        // A text with no year at all still states the assessment: it stays, undated.
        let mut dates: Vec<PartialDate> = cx
            .assessment_years_before(end.unwrap_or(text.len()))
            .into_iter()
            .map(PartialDate::year)
            .collect();
        if dates.is_empty() && inferred {
            dates = dates_of_the_tier_defined(cx);
        }
        if dates.is_empty() && cx.anchor.report_year.is_none() {
            dates = dates_of_the_placement_before(cx);
            // "In 2008 Latvia was a source ..." opening a paragraph before: the year the
            // article tells of.
            if dates.is_empty() {
                dates.extend(cx.earlier_lead_in.map(PartialDate::year));
            }
            if dates.is_empty() {
                dates.extend(year_told_next(cx).map(PartialDate::year));
            }
        }
        let dates: Vec<Option<PartialDate>> = if dates.is_empty() {
            vec![None]
        } else {
            dates.into_iter().map(Some).collect()
        };
        for date in dates {
            out.events.push(cx.event(
                Fact::ComplianceAssessment {
                    meets_minimum_standards: meets,
                    significant_efforts: efforts,
                },
                date,
                inferred,
                self.name(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{lead, report, run, run_paragraph, section, wiki};

    #[test]
    fn the_years_of_a_main_clause_are_not_the_assessments_told_before_it() {
        insta::assert_snapshot!(crate::rules::testing::run(&ComplianceRule, "Although the government meets the minimum standards, it identified fewer victims, and courts did not convict any perpetrators in 2019 or 2018.", report(2020)), @"2020 compliance_assessment: meets minimum standards: true, significant efforts: -");
        // Nor those of a later conjunct with a verb of its own.
        insta::assert_snapshot!(run(&ComplianceRule, "In 2019, Testland was downgraded to Tier 3 since it did not comply with the minimum standards and made no significant efforts to do so, and remained in Tier 3 in 2020.", wiki()), @"2019 compliance_assessment: meets minimum standards: false, significant efforts: false");
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Testland fully complied with the minimum standards in 2008 and 2009.", wiki()), @r"
        2008 compliance_assessment: meets minimum standards: true, significant efforts: -
        2009 compliance_assessment: meets minimum standards: true, significant efforts: -
        ");
    }

    #[test]
    fn efforts_to_meet_the_standards_tell_they_are_not_met() {
        insta::assert_snapshot!(run(&ComplianceRule, "The government is not making significant efforts to meet the minimum standards, according to the 2012 report.", wiki()), @"2012 compliance_assessment: meets minimum standards: false, significant efforts: false");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2016, the government was making significant efforts to comply with the minimum standards for the elimination of trafficking.", wiki()), @"2016 compliance_assessment: meets minimum standards: false, significant efforts: true");
    }

    #[test]
    fn not_complied_in_the_perfect_or_by_a_subject_denied() {
        insta::assert_snapshot!(run(&ComplianceRule, "The government has not complied with the minimum standards for the elimination of trafficking and is not making significant efforts to do so.", report(2002)), @"2002 compliance_assessment: meets minimum standards: false, significant efforts: false");
        insta::assert_snapshot!(run(&ComplianceRule, "Neither the Taliban nor the AIA have complied with minimum standards for the elimination of trafficking, nor did either make significant efforts to do so.", report(2002)), @"2002 compliance_assessment: meets minimum standards: false, significant efforts: false");
        // A list of subjects denied.
        assert_eq!(
            run(&ComplianceRule, "Neither the Government of Norland, the Government of Serbia, nor the Government of Montenegro yet fully comply with minimum standards for the elimination of trafficking; however, they are making significant efforts to do so.", report(2002)),
            "2002 compliance_assessment: meets minimum standards: false, significant efforts: true"
        );
        // A denial in another clause denies no compliance.
        insta::assert_snapshot!(run(&ComplianceRule, "Neither the police nor prosecutors were trained, but the government fully complies with the minimum standards.", report(2002)), @"2002 compliance_assessment: meets minimum standards: true, significant efforts: -");
    }

    #[test]
    fn terms_in_quotation_marks() {
        insta::assert_snapshot!(crate::rules::testing::run(&ComplianceRule, "We do not fully meet the \"minimum standards\" for the elimination of trafficking, but we are making \"significant efforts\" to do so.", report(2018)), @"2018 compliance_assessment: meets minimum standards: false, significant efforts: true");
        insta::assert_snapshot!(crate::rules::testing::run(&ComplianceRule, "The government does not fully meet the 'minimum standards' and is not making 'significant efforts' to do so.", report(2018)), @"2018 compliance_assessment: meets minimum standards: false, significant efforts: false");
    }

    #[test]
    fn fully_told_after_the_verb() {
        insta::assert_snapshot!(crate::rules::testing::run(&ComplianceRule, "The Government of The Bahamas does not comply fully with the minimum standards for the elimination of trafficking; however, it is making significant efforts to do so.", report(2012)), @"2012 compliance_assessment: meets minimum standards: false, significant efforts: true");
    }

    #[test]
    fn efforts_told_by_the_next_sentence() {
        let told = |second: &str| {
            crate::rules::testing::run_paragraph(
                &ComplianceRule,
                &[
                    "The Government of Testland does not fully comply with the minimum standards for the elimination of trafficking.",
                    second,
                ],
                report(2006),
            )
        };
        insta::assert_snapshot!(told("However, it is making significant efforts to do so."), @"2006 compliance_assessment: meets minimum standards: false, significant efforts: true");
        insta::assert_snapshot!(told("It is not making significant efforts to do so."), @"2006 compliance_assessment: meets minimum standards: false, significant efforts: false");
        insta::assert_snapshot!(told("It is not making discernible efforts to do so."), @"2006 compliance_assessment: meets minimum standards: false, significant efforts: false");
        // An assessment of its own too (merged with the first in a document).
        insta::assert_snapshot!(told("Having been on Tier 2 Watch List for four years, Testland is not making significant efforts to meet the minimum standards and is therefore placed on Tier 3."), @r"
        2006 compliance_assessment: meets minimum standards: false, significant efforts: false
        2006 compliance_assessment: meets minimum standards: false, significant efforts: false
        ");
        insta::assert_snapshot!(told("Therefore, Testland is deemed not to be making significant efforts to comply with the minimum standards and is placed on Tier 3."), @r"
        2006 compliance_assessment: meets minimum standards: false, significant efforts: false
        2006 compliance_assessment: meets minimum standards: false, significant efforts: false
        ");
        // A next sentence about something else tells nothing of the assessment.
        insta::assert_snapshot!(told("Police made significant efforts to find the victims."), @"2006 compliance_assessment: meets minimum standards: false, significant efforts: -");
    }

    #[test]
    fn an_articles_undated_assessment_takes_the_year_its_paragraph_goes_on_to_tell() {
        let told = |second: &str, anchor| {
            crate::rules::testing::run_paragraph(
                &ComplianceRule,
                &[
                    "The Government of Testland does not fully comply with the minimum standards for the elimination of trafficking.",
                    second,
                ],
                anchor,
            )
        };
        insta::assert_snapshot!(told("During 2015, the government increased efforts to prosecute traffickers.", wiki()), @"2015 compliance_assessment: meets minimum standards: false, significant efforts: -");
        insta::assert_snapshot!(told("Despite these efforts, Testland was placed on the Tier 2 Watch List in 2010.", wiki()), @"2010 compliance_assessment: meets minimum standards: false, significant efforts: -");
        // A year told after "since" is a time before the one told.
        insta::assert_snapshot!(told("The government convicted three traffickers, the most since the law was passed in 2005.", wiki()), @"undated compliance_assessment: meets minimum standards: false, significant efforts: -");
        insta::assert_snapshot!(told("Since the law came into force in 2005, courts convicted 12 traffickers, 3 of them in 2011.", wiki()), @"2011 compliance_assessment: meets minimum standards: false, significant efforts: -");
        // A next sentence with no year leaves it undated; a report's assessment is its year's.
        insta::assert_snapshot!(told("The government continued to assist victims.", wiki()), @"undated compliance_assessment: meets minimum standards: false, significant efforts: -");
        insta::assert_snapshot!(told("During 2015, the government increased efforts to prosecute traffickers.", report(2017)), @"2017 compliance_assessment: meets minimum standards: false, significant efforts: -");
    }

    #[test]
    fn an_assessment_of_this_ranking_takes_the_dates_of_the_sentence_before() {
        let told = |sentences: &[&str]| {
            crate::rules::testing::run_paragraph(&ComplianceRule, sentences, wiki())
        };
        insta::assert_snapshot!(told(&["The Tier 1 ranking of Testland in the 2020 and 2021 TIP Reports reflects its efforts.", "This ranking means that the government fully complies with the minimum standards.", "The first report came out in 2001."]), @r"
        2020 compliance_assessment: meets minimum standards: true, significant efforts: -
        2021 compliance_assessment: meets minimum standards: true, significant efforts: -
        ");
        insta::assert_snapshot!(told(&["The report was released in June 2014, and Testland kept its Tier 1 status.", "The ranking indicates that the government complies with the minimum standards."]), @"2014-06 compliance_assessment: meets minimum standards: true, significant efforts: -");
        // "The report noted": the report told of before, by its year.
        insta::assert_snapshot!(told(&["Testland was placed on Tier 2 in 2015.", "Although officials disputed it, the report noted the inability to fully meet the minimum standards but that the government is making significant efforts to do so."]), @"2015 compliance_assessment: meets minimum standards: false, significant efforts: true");
        // Unless that sentence tells of neither.
        insta::assert_snapshot!(told(&["Testland ratified the Palermo Protocol in 2009.", "The report noted that the government does not fully meet the minimum standards."]), @"undated compliance_assessment: meets minimum standards: false, significant efforts: -");
        // Without "this ranking", the sentence before tells nothing of the assessment's date.
        insta::assert_snapshot!(told(&["The report was released in June 2014, and Testland kept its Tier 1 status.", "The government complies with the minimum standards.", "In 2016, it opened a shelter."]), @"2016 compliance_assessment: meets minimum standards: true, significant efforts: -");
    }

    #[test]
    fn full_compliance_told_as_a_noun() {
        insta::assert_snapshot!(run(&ComplianceRule, "In 2012, the government was in full compliance with the minimum standards for the elimination of trafficking.", wiki()), @"2012 compliance_assessment: meets minimum standards: true, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2016, the report said the government complies with the minimum standards.", wiki()), @"2016 compliance_assessment: meets minimum standards: true, significant efforts: -");
        // Denied, it is not an assessment of meeting them.
        assert_eq!(run(&ComplianceRule, "In 2016, the government neither complies with the minimum standards nor shows progress.", wiki()), "");
        assert_eq!(
            run(
                &ComplianceRule,
                "The government has never complied with the minimum standards.",
                wiki()
            ),
            ""
        );
        insta::assert_snapshot!(run(&ComplianceRule, "Testland has a Tier One ranking, achieving full compliance with the minimum standards of the Act.", wiki()), @"undated compliance_assessment: meets minimum standards: true, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2013, the government was not in full compliance with the minimum standards, but made significant efforts.", wiki()), @"2013 compliance_assessment: meets minimum standards: false, significant efforts: true");
        // A goal is no assessment.
        assert_eq!(
            run(
                &ComplianceRule,
                "The plan aims at full compliance with the minimum standards by 2025.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn assessments() {
        insta::assert_snapshot!(run(&ComplianceRule, "In 2010, the Government of X did not fully comply with the minimum standards for the elimination of trafficking; however, it made significant efforts to do so.", wiki()), @"2010 compliance_assessment: meets minimum standards: false, significant efforts: true");
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Chad does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so.", report(2021)), @"2021 compliance_assessment: meets minimum standards: false, significant efforts: true");
        // Efforts not increased, told as the assessment's.
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Norland does not fully meet the minimum standards for the elimination of trafficking and did not demonstrate overall increasing efforts to do so compared to the previous reporting period.", report(2018)), @"2018 compliance_assessment: meets minimum standards: false, significant efforts: false");
        // Efforts told without "significant" leave their significance unknown.
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Norland does not fully meet the minimum standards for the elimination of trafficking but is making efforts to do so.", report(2020)), @"2020 compliance_assessment: meets minimum standards: false, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Norland does not fully meet the minimum standards for the elimination of trafficking; police are making efforts to find victims.", report(2020)), @"2020 compliance_assessment: meets minimum standards: false, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Armenia fully complies with the minimum standards for the elimination of trafficking.", report(2014)), @"2014 compliance_assessment: meets minimum standards: true, significant efforts: -");
        // A purpose is no assessment.
        insta::assert_snapshot!(run(&ComplianceRule, "Progress in convictions during the next reporting period is necessary to fully comply with the minimum standards.", report(2009)), @"");
        // A verb agreeing wrongly after "does not" in the source is still a denial.
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Testland does not fully meets the minimum standards for the elimination of trafficking but is making significant efforts to do so.", report(2019)), @"2019 compliance_assessment: meets minimum standards: false, significant efforts: true");
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Testland does not complies with the minimum standards.", report(2019)), @"2019 compliance_assessment: meets minimum standards: false, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2016, Testland was rated fully compliant with the minimum standards of the TVPA.", wiki()), @"2016 compliance_assessment: meets minimum standards: true, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2016, Testland was found not to be fully compliant with the minimum standards, though it made significant efforts.", wiki()), @"2016 compliance_assessment: meets minimum standards: false, significant efforts: true");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2009 the government of X did not fully comply with the minimum standards and is not making significant efforts to do so.", wiki()), @"2009 compliance_assessment: meets minimum standards: false, significant efforts: false");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2010 the Government of Greece did not fully comply with the minimum standards for the elimination of trafficking.", wiki()), @"2010 compliance_assessment: meets minimum standards: false, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Romania did not fully comply with the minimum standards; however, it had been making significant efforts to do so.", section(2009)), @"2009 compliance_assessment: meets minimum standards: false, significant efforts: true");
    }

    #[test]
    fn an_assessment_without_any_year_is_kept_undated() {
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of X does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so.", wiki()), @"undated compliance_assessment: meets minimum standards: false, significant efforts: true");
    }

    #[test]
    fn phrases_are_found_before_any_minimum_standards() {
        let text = "Having reviewed the minimum standards, the report found that the Government of X does not fully meet the minimum standards.";
        let m = before_standards(&NOT_MEETING, text).expect("found");
        assert_eq!(
            &text[m.range()],
            "does not fully meet the minimum standards"
        );
        assert!(before_standards(&MEETING, "It met the minimum standard of care.").is_none());
        let singular = "The Government of X does not fully meet the minimum standard for the elimination of trafficking.";
        assert!(before_standards(&NOT_MEETING, singular).is_some());
        assert!(before_standards(&NOT_MEETING, "no standards here").is_none());
    }

    #[test]
    fn other_phrasings() {
        insta::assert_snapshot!(run(&ComplianceRule, "In 2022, the Report downgraded X due to the government's failure to meet the minimum standards to eliminate trafficking and insufficient effort to address it.", wiki()), @"2022 compliance_assessment: meets minimum standards: false, significant efforts: false");
        insta::assert_snapshot!(run(&ComplianceRule, r#"In its 2018 and 2019 Report, it noted X was no longer meeting "the minimum standards for the elimination of trafficking but [..] making significant efforts to do so"."#, wiki()), @r"
        2018 compliance_assessment: meets minimum standards: false, significant efforts: true
        2019 compliance_assessment: meets minimum standards: false, significant efforts: true
        ");
        insta::assert_snapshot!(run(&ComplianceRule, "Tier 3 countries are those whose governments do not fully adhere to the minimum standards and are not making substantial efforts to comply.", lead(2017)), @"2017 compliance_assessment: meets minimum standards: false, significant efforts: false");
        // The act named by its possessive, with or without its acronym or year.
        insta::assert_snapshot!(run(&ComplianceRule, "Tier 1 countries are those whose governments fully comply with The Trafficking Victims Protection Act's minimum standards for the elimination of trafficking.", lead(2012)), @"2012 compliance_assessment: meets minimum standards: true, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "The government does not fully meet the Trafficking Victims Protection Act of 2000's minimum standards.", lead(2012)), @"2012 compliance_assessment: meets minimum standards: false, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2018, the State Department said the government was making significant efforts to meet the minimum standards, though it did not fully meet them.", wiki()), @"2018 compliance_assessment: meets minimum standards: false, significant efforts: true");
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Testland does not meet the minimum standards and has not yet made significant efforts to combat trafficking.", report(2003)), @"2003 compliance_assessment: meets minimum standards: false, significant efforts: false");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2012, the government was unable to meet the minimum standards for the elimination of trafficking and was not making significant efforts to do so.", wiki()), @"2012 compliance_assessment: meets minimum standards: false, significant efforts: false");
        // No efforts at all are no significant ones.
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Testland does not fully meet the minimum standards for the elimination of trafficking and is not making any efforts to do so.", report(2019)), @"2019 compliance_assessment: meets minimum standards: false, significant efforts: false");
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Testland does not fully meet the minimum standards and is not making efforts to do so.", report(2019)), @"2019 compliance_assessment: meets minimum standards: false, significant efforts: false");
    }

    #[test]
    fn the_standards_named_otherwise() {
        insta::assert_snapshot!(run(&ComplianceRule, "The Government of Testland does not fully comply with what the U.S. government considers to be minimum standards for the elimination of trafficking; however, it is making significant efforts to do so.", wiki()), @"undated compliance_assessment: meets minimum standards: false, significant efforts: true");
        insta::assert_snapshot!(run(&ComplianceRule, "In 2019, the government did not fully comply with what the United States considers minimum standards.", wiki()), @"2019 compliance_assessment: meets minimum standards: false, significant efforts: -");
        insta::assert_snapshot!(run(&ComplianceRule, "This ranking means that the government of Testland sufficiently complies with the Trafficking Victims Protection Act (TVPA) of 2000's minimum standards.", report(2021)), @"2021 compliance_assessment: meets minimum standards: true, significant efforts: -");
        // Another body's standards are not the TVPA's.
        assert_eq!(
            run(
                &ComplianceRule,
                "In 2019, the government did not fully comply with what the ILO considers minimum standards.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn not_assessments() {
        assert_eq!(
            run(
                &ComplianceRule,
                "However, the government did not meet the minimum standards in several key areas.",
                report(2018)
            ),
            ""
        );
        assert_eq!(
            run(
                &ComplianceRule,
                "The minimum standards are set by law.",
                report(2018)
            ),
            ""
        );
        // "them" not the standards: no assessment.
        assert_eq!(
            run(
                &ComplianceRule,
                "The minimum standards are set by law; shelters did not meet them.",
                report(2018)
            ),
            ""
        );
    }

    #[test]
    fn minimum_requirements_are_the_standards_only_with_the_act_or_a_tier() {
        insta::assert_snapshot!(run(&ComplianceRule, "Testland was placed on Tier 2, which means that it does not fully meet the minimum requirements of the Trafficking Victims Protection Act.", report(2016)), @"2016 compliance_assessment: meets minimum standards: false, significant efforts: -");
        assert_eq!(
            run(
                &ComplianceRule,
                "The 2012 law does not meet the minimum requirements of the Palermo Protocol.",
                report(2016)
            ),
            ""
        );
    }

    #[test]
    fn a_tier_defined_by_its_assessment_is_an_inferred_assessment() {
        insta::assert_snapshot!(run(&ComplianceRule, "Tier 3 nations are defined as those, \"Countries whose governments do not fully comply with the TVPA's minimum standards and are not making significant efforts to do so.\"", lead(2014)), @"2014 compliance_assessment: meets minimum standards: false, significant efforts: false (inferred)");
        insta::assert_snapshot!(run(&ComplianceRule, "According to the report, Tier 2 is the ranking for: The governments of countries that do not fully meet the TVPA's minimum standards, but are making significant efforts to do so.", lead(2018)), @"2018 compliance_assessment: meets minimum standards: false, significant efforts: true (inferred)");
        // Dated by the placement on that tier told before in the paragraph.
        insta::assert_snapshot!(run_paragraph(&ComplianceRule, &[
            "In its 2014 report, the State Department lowered Testland's ranking to \"Tier 3\".",
            "The fishing industry figured in the downgrade.",
            "Tier 3 nations are defined as those whose governments do not fully comply with the minimum standards and are not making significant efforts to do so.",
        ], wiki()), @"2014 compliance_assessment: meets minimum standards: false, significant efforts: false (inferred)");
        // A subject that is no country in particular: a gerund, "a country", "countries".
        insta::assert_snapshot!(run_paragraph(&ComplianceRule, &[
            "The State Department placed Testland on Tier 2 in 2017.",
            "A country being rated a Tier 2 country means that the specific country does not fully meet minimum expectations set by the Trafficking Victims Protection Act, but is making clear efforts to meet them.",
        ], wiki()), @"2017 compliance_assessment: meets minimum standards: false, significant efforts: true (inferred)");
        insta::assert_snapshot!(run_paragraph(&ComplianceRule, &[
            "Testland was moved to Tier 3 in 2012.",
            "Being ranked Tier 3 means that a government does not fully comply with the minimum standards and is not making significant efforts to do so.",
        ], wiki()), @"2012 compliance_assessment: meets minimum standards: false, significant efforts: false (inferred)");
        insta::assert_snapshot!(run_paragraph(&ComplianceRule, &[
            "Testland was ranked Tier 2 in 2015.",
            "Countries in Tier 2 are those whose governments do not fully meet the minimum requirements of the TVPA but make considerable efforts to do so.",
        ], wiki()), @"2015 compliance_assessment: meets minimum standards: false, significant efforts: true (inferred)");
        // The country named with them, the same words assess it.
        let text = "= Human trafficking in Testland =\n\nIn 2019, Testland was among the countries whose governments do not fully meet the minimum standards but are making significant efforts to do so.\n";
        let found = crate::extract(text);
        assert!(found
            .events
            .iter()
            .any(|e| matches!(e.fact, Fact::ComplianceAssessment { .. }) && !e.inferred));
    }
}
