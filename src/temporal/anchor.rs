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
    /// the section heading's year, else the paragraph's lead-in year.
    pub fn reporting_period(&self) -> Option<i32> {
        self.report_year
            .map(|y| y - 1)
            .or(self.section_year)
            .or(self.lead_in)
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

/// The year of a sentence's lead-in ("In 2010, ...", "In May 2010 the ...",
/// "During 2009, ..."), which carries to the following sentences of the paragraph.
pub fn lead_in_year(sentence: &str) -> Option<i32> {
    let first = sentence.as_bytes().first()?;
    if !(first.is_ascii_digit()
        || matches!(
            first,
            b'I' | b'i'
                | b'D'
                | b'd'
                | b'T'
                | b'B'
                | b'b'
                | b'A'
                | b'a'
                | b'H'
                | b'M'
                | b'F'
                | b'O'
                | b'W'
                | b'S'
                | b'U'
                | b'E'
                | b'm'
                | b'l'
                | b'e'
                | b'f'
        ))
    {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_ins() {
        assert_eq!(
            lead_in_year("In 2010, the Government of X did not"),
            Some(2010)
        );
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
        assert_eq!(wiki.reporting_period(), Some(2009));
        assert_eq!(wiki.assessment_year(), Some(2010));
        assert_eq!(wiki.activity_year(), Some(2010));
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
