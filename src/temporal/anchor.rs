//! Anchors: the explicit context a relative or missing date is resolved against.

use super::lexicon::month_alternation;
use crate::lazy_regex;

/// What a sentence's dates are resolved against. Built by the extractor from
/// the document (report year), the section heading ("Prosecution (2009)") and
/// the paragraph's lead-in ("In 2010, ..."), never from the clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Anchor {
    /// The year of the report the text is (a report narrative's title).
    pub report_year: Option<i32>,
    /// The year in the enclosing section heading.
    pub section_year: Option<i32>,
    /// The year of the lead-in of this or an earlier sentence of the paragraph.
    pub lead_in: Option<i32>,
}

impl Anchor {
    /// The year "the reporting period" means: the report year minus one, else
    /// the paragraph's lead-in year, else the section heading's year.
    pub fn reporting_period(&self) -> Option<i32> {
        self.report_year
            .map(|y| y - 1)
            .or(self.lead_in)
            .or(self.section_year)
    }

    /// The year an assessment (tier, compliance, profile) with no date of its
    /// own belongs to: the report year, else the lead-in, else the heading's year.
    pub fn assessment_year(&self) -> Option<i32> {
        self.report_year.or(self.lead_in).or(self.section_year)
    }

    /// The year an activity (law, statistic, commitment) with no date of its
    /// own belongs to: the lead-in, else the heading's year, else the reporting period.
    pub fn activity_year(&self) -> Option<i32> {
        self.lead_in
            .or(self.section_year)
            .or(self.report_year.map(|y| y - 1))
    }
}

lazy_regex!(
    LEAD_IN,
    format!(
        r"^(?:(?:However|Also|Additionally|Moreover|Furthermore|Meanwhile|Then|Finally|Overall),? )?(?:(?i:in|during|throughout|by|as of|at the end of|through|until|between|from|over|within|since|starting in|beginning in) )?(?:(?:early|late|mid)[- ]|the (?:end|beginning|middle|start) of )?(?:(?:\d{{1,2}} )?(?:{m})\.? (?:\d{{1,2}},? )?)?(?P<y>(?:19|20)\d\d)\b(?:[ ,]|$)",
        m = month_alternation()
    )
);

/// Words a lead-in can open with (as [`LEAD_IN`] spells them).
const LEAD_OPENERS: &[&str] = &[
    "However",
    "Also",
    "Additionally",
    "Moreover",
    "Furthermore",
    "Meanwhile",
    "Then",
    "Finally",
    "Overall",
    "early",
    "late",
    "mid",
    "the",
];
/// Prepositions a lead-in can open with, in any case.
const LEAD_PREPOSITIONS: &[&str] = &[
    "in",
    "during",
    "throughout",
    "by",
    "as",
    "at",
    "through",
    "until",
    "between",
    "from",
    "over",
    "within",
    "since",
    "starting",
    "beginning",
];

/// A cheap screen before [`LEAD_IN`]: can the sentence's first word open a lead-in?
fn may_lead_in(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let end = b
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .unwrap_or(b.len());
    let word = &sentence[..end];
    !word.is_empty()
        && (LEAD_OPENERS.contains(&word)
            || LEAD_PREPOSITIONS
                .iter()
                .any(|p| p.eq_ignore_ascii_case(word))
            || super::lexicon::month_number(word).is_some())
}

/// The year of a sentence's lead-in ("In 2010, ...", "In May 2010 the ...",
/// "During 2009, ..."), which carries to the following sentences of the paragraph.
pub fn lead_in_year(sentence: &str) -> Option<i32> {
    /// Past the longest lead-in before its year ("Additionally, at the end of the beginning
    /// of 30 September, 2010" puts the year at byte 63).
    const YEAR_WITHIN: usize = 72;
    let head = &sentence.as_bytes()[..sentence.len().min(YEAR_WITHIN)];
    if crate::pattern::next_digit(head, 0).is_none() || !may_lead_in(sentence) {
        return None;
    }
    let m = LEAD_IN.find(sentence)?;
    let matched = m.as_str().trim_end_matches([' ', ',']);
    // "Since 2015," describes a period, not a point to carry.
    if matched.to_ascii_lowercase().contains("since") {
        return None;
    }
    matched.get(matched.len().checked_sub(4)?..)?.parse().ok()
}

// "In the same year, ...", "That year, ...", "Two years later, ...", "The following year, ...".
lazy_regex!(
    RELATIVE_LEAD_IN,
    r"^(?i:(?P<same>(?:in\s+)?(?:the\s+same|that(?:\s+same)?)\s+year)|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+later|(?:the\s+|in\s+the\s+)?(?P<told>following|next|previous|preceding)\s+year)(?:,|\s)"
);

/// How a sentence opening with a year counted from the paragraph's lead-in moves it:
/// `(now, after)`, the shift for this sentence ("Two years later, ..." is 2; "In the same
/// year" is 0) and for the sentences after it ("The following year, ..." is 1: this sentence's
/// own expression already says so). `None` for other sentences.
pub fn lead_in_shift(sentence: &str) -> Option<(i32, i32)> {
    // A cheap screen: the words such a sentence opens with ("The" only before one of them).
    const OPENERS: [&str; 18] = [
        "in",
        "that",
        "a",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "same",
        "following",
        "next",
        "previous",
        "preceding",
    ];
    let initial = sentence.as_bytes().first()?.to_ascii_lowercase();
    if !matches!(
        initial,
        b'i' | b't' | b'a' | b'o' | b'f' | b's' | b'e' | b'n' | b'p' | b'0'..=b'9'
    ) {
        return None;
    }
    let mut words = sentence.split(' ');
    let mut first = words.next()?;
    if first.eq_ignore_ascii_case("the") {
        first = words.next()?;
    }
    let opens = first.bytes().all(|b| b.is_ascii_digit()) && !first.is_empty()
        || OPENERS.iter().any(|w| first.eq_ignore_ascii_case(w));
    if !opens {
        return None;
    }
    let c = RELATIVE_LEAD_IN.captures(sentence)?;
    if c.name("same").is_some() {
        return Some((0, 0));
    }
    if let Some(n) = c.name("n") {
        let n = n.as_str();
        let years = match n.to_ascii_lowercase().as_str() {
            "a" => 1,
            word => crate::quantity::words::word_value(word)
                .or_else(|| word.parse().ok())
                .and_then(|v| i32::try_from(v).ok())?,
        };
        return Some((years, 0));
    }
    let told = c.name("told")?.as_str().to_ascii_lowercase();
    Some((
        0,
        if matches!(told.as_str(), "following" | "next") {
            1
        } else {
            -1
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_counting_from_the_lead_in() {
        assert_eq!(
            lead_in_shift("In the same year, police identified 40 victims."),
            Some((0, 0))
        );
        assert_eq!(
            lead_in_shift("That year, courts convicted 12 traffickers."),
            Some((0, 0))
        );
        assert_eq!(
            lead_in_shift("Two years later, the law was amended."),
            Some((2, 0))
        );
        assert_eq!(
            lead_in_shift("A year later the law was amended."),
            Some((1, 0))
        );
        assert_eq!(
            lead_in_shift("The following year, it adopted a law."),
            Some((0, 1))
        );
        assert_eq!(
            lead_in_shift("In the previous year, it adopted a law."),
            Some((0, -1))
        );
        for s in [
            "The following year's budget was cut.",
            "Police identified 40 victims in the same year.",
            "Two years of work led to a law.",
            "In 2010, the law was amended.",
        ] {
            assert_eq!(lead_in_shift(s), None, "{s}");
        }
    }

    #[test]
    fn lead_ins() {
        assert_eq!(
            lead_in_year("In 2010, the Government of X did not"),
            Some(2010)
        );
        assert_eq!(lead_in_year("January 2015, the police"), Some(2015));
        assert_eq!(lead_in_year("November 3, 2016 the law"), Some(2016));
        assert_eq!(lead_in_year("mid-2019, the government"), Some(2019));
        assert_eq!(lead_in_year("The 2010 law"), None);
        assert_eq!(
            lead_in_year("In 2010 Turkmenistan was a source"),
            Some(2010)
        );
        assert_eq!(
            lead_in_year("In October 2014, the government issued"),
            Some(2014)
        );
        assert_eq!(
            lead_in_year("However, in March 2008 Uzbekistan adopted"),
            Some(2008)
        );
        assert_eq!(lead_in_year("In late 2013, the BBC reported"), Some(2013));
        assert_eq!(lead_in_year("During 2009, no victims"), Some(2009));
        // The longest lead-in the pattern allows still has its year within reach.
        assert_eq!(
            lead_in_year("Additionally, at the end of the beginning of 30 September 30, 2010, it"),
            Some(2010)
        );
        assert_eq!(lead_in_year("Since 2015, the number"), None);
        assert_eq!(lead_in_year("The 2007 law"), None);
        assert_eq!(lead_in_year("In 20100 cases"), None);
    }

    #[test]
    fn anchor_priorities() {
        let wiki = Anchor {
            report_year: None,
            section_year: Some(2009),
            lead_in: Some(2010),
        };
        // "==Prosecution (2009)== In 2010, ... During the reporting period, ...": the
        // paragraph's own year is the period it reports on.
        assert_eq!(wiki.reporting_period(), Some(2010));
        assert_eq!(wiki.assessment_year(), Some(2010));
        assert_eq!(wiki.activity_year(), Some(2010));
        let section_only = Anchor {
            lead_in: None,
            ..wiki
        };
        assert_eq!(section_only.reporting_period(), Some(2009));
        let report = Anchor {
            report_year: Some(2021),
            section_year: None,
            lead_in: None,
        };
        assert_eq!(report.reporting_period(), Some(2020));
        assert_eq!(report.assessment_year(), Some(2021));
        assert_eq!(report.activity_year(), Some(2020));
        assert_eq!(Anchor::default().reporting_period(), None);
    }
}
