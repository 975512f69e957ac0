//! What a rule sees: one sentence with its anchor, its recognized dates and
//! quantities (computed once, on first use), and the paragraph around it.

use super::lexicon::{
    CHANGE_NOUNS, CHANGE_VERBS, COMPARED_WITH, DATE_PREPOSITIONS, IRREGULAR_PARTICIPLES,
    NOT_PARTICIPLES, SINCE_SUPERLATIVES,
};
use super::{Marks, ParagraphWords};
use crate::event::{Event, Evidence, Fact};
use crate::lazy_regex;
use crate::quantity::{self, QuantityMention};
use crate::span::Span;
use crate::temporal::lexicon::NAME_NOUNS;
use crate::temporal::{self, Anchor, PartialDate, Resolved, TimeExpr, TimeMention};
use std::cell::OnceCell;

// "drafted and passed", "drafted and then adopted": the draft was enacted.
lazy_regex!(
    DRAFTED_THEN_ENACTED,
    r"(?i)\bdrafted\s+and\s+(?:then\s+|later\s+|subsequently\s+)?(?:passed|adopted|enacted|approved)\b"
);

crate::lazy_words!(
    NUMBER_WORD_SET,
    &crate::quantity::lexicon::NUMBER_WORDS
        .iter()
        .map(|(w, _)| *w)
        .collect::<Vec<_>>(),
    true
);
lazy_regex!(
    COMPARED_WITH_OR_THAN,
    format!(r"(?i)\b(?:{COMPARED_WITH}|versus|than)\b")
);
lazy_regex!(
    COMPARISON_OPENS,
    format!(
        r"(?i)\b(?:{COMPARED_WITH}|(?:the\s+)?same\s+(?:number\s+|level\s+|total\s+)?as|(?:the\s+)?same\s+(?:number|level|total)\s+of|(?:up|down)\s+from|unchanged\s+(?:from|since|on)|versus|vs|as\s+opposed\s+to|relative\s+to|similar\s+to|(?:{CHANGE_NOUNS})s?\s+(?:from|over|on|since)|than\s+(?:in|during|for|the|that|those)|(?:half|one-half|one-third|a\s+third|one-quarter|a\s+quarter|twice|double|triple|(?:two|three|four)\s+times)\s+(?:the\s+)?(?:number|total|level|amount))\b"
    )
);
lazy_regex!(CLAUSE_BREAK, r"(?i),\s*(?:and|but|while|whereas)\s|;");
/// Whether `text` holds a comma or semicolon that breaks a clause (not "4,137").
fn has_clause_break(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b';'
            || (c == b','
                && !(i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
    })
}

lazy_regex!(
    NEXT_CLAUSE_WITH_SUBJECT,
    r"^,\s*(?:and|but|while|whereas)\s+(?:the\s+(?:government|police|authorities|ministry)|it|they|authorities|officials|police|prosecutors|courts)\s"
);
lazy_regex!(
    COMPARISON_BETWEEN,
    r"(?i)\b(?:from|compared|comparison|than|versus|previous|prior|while|whereas)\b|[;(]"
);

/// Words that may link the dates of a list ("in 2007, 2010 and again in 2012").
const LIST_LINKS: [&str; 8] = [
    "",
    "and",
    "again",
    "in",
    "on",
    "later",
    "subsequently",
    "then",
];

/// Words that end a noun phrase of a list of counts: a verb or a comparison follows.
const LIST_BREAKERS: [&str; 12] = [
    "and",
    "or",
    "were",
    "was",
    "had",
    "have",
    "has",
    "compared",
    "from",
    "than",
    "while",
    "including",
];

/// One sentence, ready for the rules.
pub struct SentenceCtx<'a> {
    /// Normalized sentence text.
    pub text: &'a str,
    /// Span in the original input.
    pub span: Span,
    /// Heading of the enclosing section.
    pub section: Option<&'a str>,
    /// Explicit context for dates.
    pub anchor: Anchor,
    /// True for the document title.
    pub is_title: bool,
    /// The document's country, when known.
    pub country: Option<&'a str>,
    /// All sentences of the paragraph (normalized), this one included.
    pub paragraph: &'a [&'a str],
    /// Lexical marks, when the paragraph scan has read them already.
    pub marks: Option<Marks>,
    /// The rules' paragraph words, when the paragraph scan has found them already.
    pub paragraph_words: Option<&'a [ParagraphWords]>,
    /// In an article, the year an earlier paragraph of the section opened with ("In 2008
    /// Latvia was a source ..."), for a paragraph that tells none.
    pub earlier_lead_in: Option<i32>,
    times: OnceCell<Vec<TimeMention>>,
    quantities: OnceCell<Vec<QuantityMention>>,
    hedges: OnceCell<super::Hedges>,
}

/// How a time is compared with the one a fact is told of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// "As in 2019, ...", "like in previous years": the same held then.
    Likened,
    /// "more than in 2019", "unlike 2019": set against it.
    Contrasted,
}

/// How a fact's date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFor {
    /// A date.
    Point(PartialDate),
    /// A stretch of time: the fact has no single date.
    Period,
    /// Nothing to go on.
    Unknown,
}

impl DateFor {
    /// The date, if any.
    pub fn point(self) -> Option<PartialDate> {
        match self {
            DateFor::Point(d) => Some(d),
            _ => None,
        }
    }
}

impl<'a> SentenceCtx<'a> {
    /// A context for one sentence.
    pub fn new(text: &'a str, span: Span, anchor: Anchor, paragraph: &'a [&'a str]) -> Self {
        SentenceCtx {
            text,
            span,
            section: None,
            anchor,
            is_title: false,
            country: None,
            paragraph,
            marks: None,
            paragraph_words: None,
            earlier_lead_in: None,
            times: OnceCell::new(),
            quantities: OnceCell::new(),
            hedges: OnceCell::new(),
        }
    }

    /// Where this sentence stands among [`SentenceCtx::paragraph`], when it is one of them.
    pub fn index_in_paragraph(&self) -> Option<usize> {
        self.paragraph
            .iter()
            .position(|s| std::ptr::eq(s.as_ptr(), self.text.as_ptr()))
    }

    /// A context for a sentence on its own (tests, examples): the span covers the text.
    pub fn standalone(text: &'a str, anchor: Anchor) -> Self {
        SentenceCtx::new(text, Span::new(0, text.len()), anchor, &[])
    }

    /// The time expressions of the sentence.
    pub fn times(&self) -> &[TimeMention] {
        self.times.get_or_init(|| match self.marks {
            Some(m) => temporal::recognize_with(self.text, m.relative_time),
            None => temporal::recognize(self.text),
        })
    }

    /// The time expressions, if a rule asked for them.
    pub fn computed_times(&self) -> Option<&[TimeMention]> {
        self.times.get().map(Vec::as_slice)
    }

    /// The numbers of the sentence.
    pub fn quantities(&self) -> &[QuantityMention] {
        self.quantities.get_or_init(|| {
            let words = self.marks.is_none_or(|m| m.number_word);
            quantity::recognize::recognize_with(self.text, words)
        })
    }

    /// An event stated by this sentence.
    pub fn event(
        &self,
        fact: Fact,
        date: Option<PartialDate>,
        inferred: bool,
        rule: &str,
    ) -> Event {
        Event {
            fact,
            date,
            inferred,
            evidence: vec![Evidence {
                start: self.span.start,
                end: self.span.end,
                section: self.section.map(str::to_string),
            }],
            rule: rule.to_string(),
        }
    }

    /// "The following year" and "the previous year" count from the last year the sentence
    /// named before them ("in 2013 ..., and the following year ..."); `None` for other
    /// expressions and when the sentence named no year before it. So does "the previous
    /// reporting period" (not a later one) in a text with no report year, from a year the
    /// sentence named, not a report's ("293 cases in 2014, an increase from 159 the previous
    /// reporting period").
    pub fn year_after_named(&self, m: &TimeMention) -> Option<i32> {
        let TimeExpr::ReportingPeriod { offset } = m.expr else {
            return None;
        };
        let said = &self.text[m.range()];
        let period = crate::pattern::contains_ci(said, "period");
        if offset == 0
            || (period && (offset > 0 || self.anchor.reporting_period().is_some()))
            || (!period && !crate::pattern::contains_ci(said, "year"))
        {
            return None;
        }
        let last_year = |times: &[TimeMention], before: usize| {
            times
                .iter()
                .rev()
                .filter(|t| t.end <= before)
                .find_map(|t| match t.expr {
                    TimeExpr::Point(d) => Some(d.year),
                    TimeExpr::ReportYear(y) if !period => Some(y),
                    _ => None,
                })
        };
        let base = last_year(self.times(), m.start).or_else(|| {
            // "In the 2010 report, it was on Tier 2. It fell to Tier 3 the next year.": with
            // nothing else to count from, the year an earlier sentence of the paragraph named last.
            if self.anchor.reporting_period().is_some() || period {
                return None;
            }
            let at = self.index_in_paragraph()?;
            // Not a year behind a comparison ("an increase from 87 in 2021").
            self.paragraph[..at].iter().rev().find_map(|s| {
                let times: Vec<TimeMention> = temporal::recognize(s)
                    .into_iter()
                    .filter(|t| !COMPARISON_OPENS.is_match(crate::pattern::tail(&s[..t.start], 40)))
                    .collect();
                last_year(&times, s.len())
            })
        })?;
        Some(base + offset)
    }

    /// What a time expression of this sentence means: see [`SentenceCtx::year_after_named`],
    /// else the anchor's reading.
    pub fn resolve(&self, m: &TimeMention) -> Resolved {
        if let Some(y) = self.year_after_named(m) {
            return Resolved::Point(PartialDate::year(y));
        }
        temporal::resolve(m.expr, &self.anchor)
    }

    /// The date of an activity stated at `pos`: a date after it (before
    /// `limit`), else the nearest before it, else any later one, else the anchor.
    pub fn activity_date(&self, pos: usize, limit: usize) -> DateFor {
        self.activity_date_except(pos, limit, &[])
    }

    /// Whether `m` follows right on the count starting at `limit`, the next one: "initiated
    /// 15 investigations and 22 the previous year" dates the 22 alone.
    fn dates_the_next_count(&self, m: &TimeMention, limit: usize) -> bool {
        m.start >= limit
            && self.quantities().iter().any(|q| {
                q.start == limit
                    && self
                        .text
                        .get(q.end..m.start)
                        .is_some_and(|b| b.trim().is_empty())
            })
    }

    /// [`SentenceCtx::activity_date`], leaving out the dates starting at `others` (dates of
    /// other verbs: "assisted 34 victims repatriated in 2019"), and every date past the
    /// first of them after `pos`.
    pub fn activity_date_except(&self, pos: usize, limit: usize, others: &[usize]) -> DateFor {
        let horizon = others.iter().filter(|&&o| o >= pos).min().copied();
        // "commitment to undertake action over the coming year": a time ahead of the report
        // dates no act told in it.
        let ahead = |m: &TimeMention| {
            matches!(m.expr, TimeExpr::ReportingPeriod { offset } if offset > 0)
                && crate::pattern::contains_ci(&self.text[m.start..m.end], "coming")
        };
        // "its first trafficker since its inclusion in the 2007 report": where a span starts.
        let span_from_a_report = |m: &TimeMention| {
            matches!(m.expr, TimeExpr::ReportYear(_)) && since_before(self.text, m.start)
        };
        let usable = |m: &&TimeMention| {
            !others.contains(&m.start)
                && !ahead(m)
                && !span_from_a_report(m)
                && horizon.is_none_or(|h| m.start < h)
                && matches!(self.resolve(m), Resolved::Point(_) | Resolved::Period)
        };
        let times = self.times();
        // "This compared with identifying 37 victims and ... 418 ... in the previous reporting
        // period": a sentence told wholly of the period compared with has its one date for
        // every count.
        if opens_with_a_comparison(self.text) {
            let mut dated = times
                .iter()
                .filter(usable)
                .filter_map(|m| match self.resolve(m) {
                    Resolved::Point(d) => Some(d),
                    _ => None,
                });
            if let (Some(only), None) = (dated.next(), dated.next()) {
                return DateFor::Point(only);
            }
        }
        // "trained 700 officials since it set up its unit in 2020": the date a span starts from.
        let starts_a_span = |m: &&TimeMention| {
            crate::pattern::find_ci(&self.text[pos..m.start], " since ", 0).is_some()
        };
        // "continued 10 investigations initiated in prior years": years before, told after a
        // count, are another verb's; told before it ("In previous years, 100 victims were
        // identified") they leave the count undated.
        // "convicted three traffickers - the first convictions since 2012": the span is the
        // superlative's.
        let superlative_span = |m: &&TimeMention| {
            matches!(m.expr, TimeExpr::Since(_))
                && self.text[crate::pattern::words_back(self.text, m.start, 6)..m.start]
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| SINCE_SUPERLATIVES.iter().any(|s| w.eq_ignore_ascii_case(s)))
        };
        let after = times
            .iter()
            .filter(usable)
            .filter(|m| m.expr != TimeExpr::EarlierYears)
            .find(|m| m.start >= pos)
            .filter(|m| {
                !starts_a_span(m) && !superlative_span(m) && !self.told_after_comparison(m)
            });
        // "Since the government amended its scheme in 2019, it has identified ...": the date a
        // span starts from, told in a clause of its own.
        let opens_a_span = |m: &TimeMention| {
            let head = &self.text[..m.start];
            let opens = crate::pattern::last_break(head, &[',', ';']).map_or(0, |i| i + 1);
            let clause = head[opens..].trim_start();
            clause
                .get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case("since "))
                && self.text[m.end..pos].contains(',')
        };
        // "Despite a report released in December 2006 documenting ..., the government took no
        // action": a date of a noun's participle in a leading concessive clause is that noun's.
        // Not the clause's own ("Although it reported 17 prosecutions in 2007, it failed to
        // convict anyone": told of the same year).
        let lead_end = concessive_lead_end(self.text).filter(|&end| end <= pos);
        let before = times.iter().filter(usable).rev().find(|m| {
            m.end <= pos
                && lead_end.is_none_or(|end| m.start > end || !self.dates_a_participle(m.start))
                && !self.closed_aside(m, pos)
                && !self.comparison_aside(m, pos)
                && !self.participle_aside(m, pos)
                && !superlative_span(m)
                && !opens_a_span(m)
                && !self.closes_a_from(m, pos)
                && !self.told_of_a_noun_before(m)
                && !changed_from(&self.text[..m.start])
        });
        // "..., compared with investigating 35 cases and convicting 14 traffickers in 2020":
        // behind a comparison, the date that closes the comparison wins over the one before it.
        // Not one closed before the count, by a date or a clause ("compared with 35 the
        // previous year and prosecutions of 17 defendants, compared with 10 ...").
        let compared = before.is_some_and(|b| {
            let between = &self.text[b.end..pos];
            COMPARED_WITH_OR_THAN
                .find_iter(between)
                .last()
                .is_some_and(|c| {
                    let opened = b.end + c.end();
                    !CLAUSE_BREAK.is_match(&self.text[opened..pos])
                        && !times.iter().any(|t| t.start >= opened && t.end <= pos)
                })
        });
        let closing = after.filter(|m| compared && !self.text[pos..m.start].contains(';'));
        // "convicted two traffickers, the same number as in the previous year": the year
        // behind a comparison is the comparison's; "identified 40 victims, and the following
        // year 52": a date opening the next clause is that clause's.
        // "85 potential victims (four in 2018)", "100 traffickers - including some whose trials
        // began in the previous reporting period - ...": a date in a bracket or between dashes
        // opened after the count is the aside's; not one told by a participle ("Article 129 -
        // adopted in May 2010 - ..."), which dates what it follows.
        let in_aside = |between: &str| {
            let dash_aside = between.matches(" - ").count() % 2 == 1
                && between.rsplit(" - ").next().is_some_and(|aside| {
                    !aside
                        .split_whitespace()
                        .next()
                        .is_some_and(is_past_participle)
                });
            dash_aside
                || between
                    .rfind('(')
                    .is_some_and(|o| !between[o..].contains(')'))
        };
        // "repatriating 40 men ..., some of whom were identified in the previous reporting
        // period": a date told of some of the people counted is another act's.
        let after = after.filter(|m| !of_whom(&self.text[pos..m.start]));
        // "65 calls received in 2018 resulting in 25 investigations, 45 calls in 2017": a count
        // in a list item opened by another count and its date is no member of a list the later
        // date closes.
        let item_start =
            crate::pattern::last_break(&self.text[..pos], &[',', ';', '(']).map_or(0, |i| i + 1);
        let dated_in_item = before.is_some_and(|b| {
            b.start >= item_start
                && self
                    .quantities()
                    .iter()
                    .any(|q| q.start >= item_start && q.end <= b.start)
        });
        let own_after = after.filter(|m| {
            let between = &self.text[pos..m.start];
            (m.start < limit
                && !COMPARISON_OPENS.is_match(between)
                && !CLAUSE_BREAK.is_match(between)
                && !in_aside(between))
                || (!dated_in_item && self.count_list_closed_by(pos, m.start))
        });
        // "..., with 80 convictions as of February 2004": a status at a date is the count's
        // told right before it, never a date for one further back.
        let status_date = |m: &TimeMention| {
            let b = self.text[..m.start].trim_end().as_bytes();
            b.len() >= 6 && b[b.len() - 6..].eq_ignore_ascii_case(b" as of")
        };
        // "Unlike 2019, when the government identified nine victims, ...", "an increase from
        // FY 2013, during which DOJ brought 161 prosecutions": a clause told of a date is
        // dated by it.
        let when_told = times.iter().filter(usable).rev().find(|m| {
            let Some(clause) = self.text.get(m.end..pos) else {
                return false;
            };
            let clause = clause.trim_start_matches([',', ' ']);
            ["when ", "during which ", "in which "].iter().any(|w| {
                clause
                    .get(..w.len())
                    .is_some_and(|c| c.eq_ignore_ascii_case(w))
            }) && !has_clause_break(clause)
        });
        // "has not identified a victim since 2016, when the government identified eight":
        // the clause is of that year.
        if let Some(TimeExpr::Since(year)) = when_told.map(|m| m.expr) {
            return DateFor::Point(PartialDate::year(year));
        }
        let later = |m: &&TimeMention| {
            let between = &self.text[pos..m.start];
            m.start - pos <= 200
                    && !in_aside(between)
                    // "initiated investigations into seven cases ... and continued one
                    // prosecution initiated in a previous year": another noun's period.
                    && !self.told_of_a_noun_before(m)
                    && !COMPARISON_BETWEEN.is_match(&without_parts_in_brackets(between))
                    && !COMPARISON_OPENS.is_match(between)
                    && !status_date(m)
                    && !self.dates_the_next_count(m, limit)
                    // "identified one new victim, and verified nine of the 69 individuals who
                    // were identified in the previous reporting period": a date in a relative
                    // clause past the next count is that count's.
                    && !(m.start > limit
                        && [" who ", " whom ", " which ", " that "]
                            .iter()
                            .any(|w| crate::pattern::contains_ci(&self.text[limit..m.start], w)))
                    // "adopted the law, which was scheduled to come into force in June 2015":
                    // the date of what is yet to come.
                    && !["scheduled to", "expected to", " will ", "planned to"]
                        .iter()
                        .any(|w| crate::pattern::contains_ci(between, w))
        };
        // "identified 42 victims in 2020; it identified 75 victims, and NGOs identified 78
        // victims in 2019": a date closing the clause before a semicolon is that clause's, when
        // the count's own clause closes with a date.
        // So is one closing a clause before ", and the government ...", a clause with a
        // subject of its own.
        let closes_clause_before = before.is_some_and(|b| {
            let rest = self.text[b.end..pos].trim_start_matches([')', ' ']);
            rest.starts_with(';') || NEXT_CLAUSE_WITH_SUBJECT.is_match(rest)
        });
        let own_clause_closing = after
            .filter(|m| closes_clause_before && !self.text[pos..m.start].contains(';'))
            .filter(later);
        let pick = when_told
            .or(own_after)
            .or(closing)
            .or(own_clause_closing)
            .or(before)
            .or_else(|| after.filter(later));
        // "In comparison, the government identified 75 victims (...) and NGOs identified 78
        // victims in 2019": a sentence told of an earlier time takes the date after the count.
        let compared_time = || {
            let m = after.filter(|m| !self.text[pos..m.start].contains(';'))?;
            match self.resolve(m) {
                Resolved::Point(d) if opens_in_comparison(self.text) => Some(d),
                _ => None,
            }
        };
        match pick.map(|m| self.resolve(m)) {
            Some(Resolved::Point(d)) => DateFor::Point(d),
            Some(Resolved::Period) => DateFor::Period,
            _ => compared_time().map_or_else(
                || {
                    self.anchor
                        .activity_year()
                        .map_or(DateFor::Unknown, |y| DateFor::Point(PartialDate::year(y)))
                },
                DateFor::Point,
            ),
        }
    }

    /// The dates listed right after the verb ending at `pos`, when there are several
    /// ("amended in 2007 and again in 2012", "in 2005, 2008 and 2013"); empty otherwise.
    pub fn dates_listed_after(&self, pos: usize) -> Vec<PartialDate> {
        let mut dates = Vec::new();
        let mut from = pos;
        for m in self.times().iter().filter(|m| m.start >= pos) {
            let between = &self.text[from..m.start];
            let linked = if dates.is_empty() {
                between.split_whitespace().count() <= 2 && !between.contains([',', ';'])
            } else {
                between
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .all(|w| LIST_LINKS.contains(&w))
            };
            let Some(date) = linked.then(|| self.resolve(m)).and_then(|r| match r {
                Resolved::Point(d) => Some(d),
                _ => None,
            }) else {
                break;
            };
            dates.push(date);
            from = m.end;
        }
        if dates.len() < 2 {
            dates.clear();
        }
        dates
    }

    /// True when `m` sits in brackets or between dashes that close before `pos` ("(18 in 2018)").
    fn closed_aside(&self, m: &TimeMention, pos: usize) -> bool {
        let before = &self.text[..m.start];
        let open = before.rfind('(');
        let bracketed = open.is_some_and(|o| before.rfind(')').is_none_or(|c| c < o))
            && self.text[m.end..pos].contains(')');
        // "prosecuted two cases - compared to four in 2002 - and convicted one trafficker".
        let between_dashes =
            before.matches(" - ").count() % 2 == 1 && self.text[m.end..pos].contains(" - ");
        bracketed || between_dashes
    }

    /// True when the words from the count at `pos` to a date at `date_start` are a list of
    /// counts that the date closes ("44 investigations, 18 prosecutions, and 18 convictions in
    /// 2017"): each count is followed by a few words of its noun and a link to the next.
    /// A count's parts in brackets after its noun ("16 cases (14 sex trafficking cases and 2
    /// forced labor cases) and 5 convictions in 2018") are no members of the list.
    fn count_list_closed_by(&self, pos: usize, date_start: usize) -> bool {
        let brackets = bracketed_ranges(&self.text[pos..date_start]);
        let in_brackets = |at: usize| brackets.iter().any(|r| r.contains(&(at - pos)));
        let counts: Vec<&QuantityMention> = self
            .quantities()
            .iter()
            .filter(|q| q.start >= pos && q.end <= date_start && !in_brackets(q.start))
            .collect();
        if counts.len() < 2 || counts[0].start != pos {
            return false;
        }
        counts.iter().enumerate().all(|(i, q)| {
            let next = counts.get(i + 1).map(|n| n.start);
            let gap = self
                .text
                .get(q.end..next.unwrap_or(date_start))
                .unwrap_or("");
            let unbracketed;
            let gap = match gap.contains('(') {
                true => {
                    unbracketed = without_brackets(gap);
                    unbracketed.as_str()
                }
                false => gap,
            };
            let links: &[&str] = match next {
                Some(_) => &[", and", ", or", ",", " and", " or"],
                None => &[" in", " during", ""],
            };
            let gap = gap.trim_end();
            links.iter().any(|link| {
                // "one-third the number prosecuted in 2013": a fraction, not a count with a noun.
                gap.strip_suffix(link)
                    .filter(|noun| !noun.starts_with('-'))
                    .is_some_and(|noun| {
                        let words = noun.split_whitespace();
                        // "102 victims identified by the government and three additional
                        // victims identified by an international organization in 2019".
                        (1..=8).contains(&words.clone().count())
                            && words
                                .clone()
                                .all(|w| w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))
                            && words.clone().all(|w| {
                                // "97 victims, more than 87 in 2019": a count with no noun ends no list.
                                !LIST_BREAKERS.iter().any(|b| w.eq_ignore_ascii_case(b))
                                    && !["in", "during"].iter().any(|b| w.eq_ignore_ascii_case(b))
                            })
                    })
            })
        })
    }

    /// True when `m` closes an aside between commas that opens with a participle and ends
    /// before `pos` ("The unit, established in 2016, assisted 21 victims").
    fn participle_aside(&self, m: &TimeMention, pos: usize) -> bool {
        if !self.text[m.end..pos].trim_start().starts_with(',') {
            return false;
        }
        let Some(open) = crate::pattern::last_break(&self.text[..m.start], &[',', ';', '(']) else {
            return false;
        };
        let aside = &self.text[open + 1..m.start];
        self.text.as_bytes()[open] == b','
            && aside
                .split_whitespace()
                .next()
                .is_some_and(is_past_participle)
            && leads_to_date(aside, 4)
    }

    /// Whether the date at `at` is told by a participle after a noun ("a report released in
    /// December 2006"), not by a verb with its auxiliary ("was released in 2006").
    fn dates_a_participle(&self, at: usize) -> bool {
        const AUXILIARIES: [&str; 8] = ["has", "have", "had", "was", "were", "is", "are", "been"];
        word_before_dating_participle(self.text, at)
            .is_some_and(|w| !AUXILIARIES.iter().any(|a| w.eq_ignore_ascii_case(a)))
    }

    /// Where the dates of laws or plans told by their participle start ("under the statute
    /// enacted in 2003", "the plan adopted in 2015"): the instrument's dates, not an activity's.
    pub fn instrument_dates(&self) -> impl Iterator<Item = usize> + '_ {
        self.times().iter().map(|m| m.start).filter(|&at| {
            word_before_dating_participle(self.text, at)
                .is_some_and(|noun| NAME_NOUNS.iter().any(|n| noun.eq_ignore_ascii_case(n)))
        })
    }

    /// True when `m` is a period told of a noun by its participle ("one prosecution initiated
    /// in a previous year"): that noun's, not a later count's. Years told so stay the
    /// sentence's ("Of the 30 cases opened in 2019, 12 were prosecuted").
    fn told_of_a_noun_before(&self, m: &TimeMention) -> bool {
        if matches!(m.expr, TimeExpr::Point(_)) {
            return false;
        }
        let is_preposition = |w: &str| DATE_PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p));
        // "in prior years" holds its preposition.
        let holds_preposition = self.text[m.start..m.end]
            .split_whitespace()
            .next()
            .is_some_and(is_preposition);
        let mut words = self.text[..m.start].split_whitespace().rev().peekable();
        words.next_if(|w| ["a", "an", "the"].iter().any(|d| w.eq_ignore_ascii_case(d)));
        let prep = match holds_preposition {
            true => Some("in"),
            false => words.next(),
        };
        let (Some(prep), Some(verb), Some(noun)) = (prep, words.next(), words.next()) else {
            return false;
        };
        const AUXILIARIES: [&str; 8] = ["was", "were", "been", "be", "is", "are", "had", "have"];
        is_preposition(prep)
            && is_past_participle(verb)
            && noun.bytes().all(|b| b.is_ascii_alphabetic())
            && !AUXILIARIES.iter().any(|a| noun.eq_ignore_ascii_case(a))
    }

    /// True when `m` dates the start of a change that ends at `pos` ("decreased from 30 in
    /// the previous reporting period to 12"): the year is the "from" side's.
    fn closes_a_from(&self, m: &TimeMention, pos: usize) -> bool {
        let to = self.text[m.end..pos].trim();
        let head = &self.text[..m.start];
        let clause = &head[crate::pattern::last_break(head, &[',', ';']).map_or(0, |i| i + 1)..];
        to.eq_ignore_ascii_case("to") && crate::pattern::find_ci(clause, " from ", 0).is_some()
    }

    /// True when `m` closes a comparison set off before `pos` ("identified 19 victims,
    /// compared with 25 the previous year, and referred 14 of them", "compared with 35 the
    /// previous year and prosecutions of 17"): the year is the comparison's.
    fn comparison_aside(&self, m: &TimeMention, pos: usize) -> bool {
        let opens = crate::pattern::last_break(&self.text[..m.start], &[',', ';', '('])
            .map_or(0, |i| i + 1);
        let rest = &self.text[m.end..pos];
        let lead = &self.text[opens..m.start];
        let broken = rest.contains([',', ';']) || rest.contains(" and ");
        // "increasing convictions compared with the year prior - including two convictions
        // ...": a comparison with no count of its own compares the clause's act, and a dash
        // ends it.
        let dash_after_countless = || {
            rest.contains(" - ")
                && COMPARISON_OPENS.find_iter(lead).last().is_some_and(|c| {
                    let from = opens + c.end();
                    !self.quantities().iter().any(|q| {
                        from <= q.start
                            && q.end <= m.start
                            && !self
                                .times()
                                .iter()
                                .any(|t| t.start <= q.start && q.end <= t.end)
                    })
                })
        };
        (broken || dash_after_countless())
            && (self.told_after_comparison(m) || COMPARISON_OPENS.is_match(lead))
    }

    /// "more traffickers than in previous years", "fewer than last reporting period", "As in
    /// previous years, ...", "unlike 2019": a time told right after a comparison's word is
    /// the comparison's.
    fn told_after_comparison(&self, m: &TimeMention) -> bool {
        self.compared_by(m).is_some()
    }

    /// The comparison a time is told in, read from the word right before it (or before its
    /// "in"): `Likened` after "as", "like" or "similar to", `Contrasted` after "than" or
    /// "unlike".
    pub fn compared_by(&self, m: &TimeMention) -> Option<Comparison> {
        let is = crate::pattern::is_one_of;
        let of_word = |w: &str| match () {
            _ if is(w, &["as", "like"]) => Some(Comparison::Likened),
            _ if is(w, &["than", "unlike"]) => Some(Comparison::Contrasted),
            _ => None,
        };
        let mut words = self.text[..m.start].trim_end().rsplit(' ');
        let last = words.next().unwrap_or("");
        if is(last, &["than", "unlike"]) {
            return Some(Comparison::Contrasted);
        }
        // "Similar to the previous reporting period, ...", "consistent with 2019".
        if is(last, &["to", "with"]) {
            let before = words.clone().next().unwrap_or("");
            if is(before, &["similar", "identical", "consistent"]) {
                return Some(Comparison::Likened);
            }
        }
        let said = &self.text[m.range()];
        let in_said = said.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("in "));
        if is(last, &["in"]) {
            of_word(words.next().unwrap_or(""))
        } else if in_said {
            of_word(last)
        } else {
            None
        }
    }

    /// The explicit absolute dates of the sentence (no relative ones), in order.
    pub fn explicit_dates(&self) -> Vec<(usize, PartialDate)> {
        self.times()
            .iter()
            .filter_map(|m| match m.expr {
                TimeExpr::Point(d) => Some((m.start, d)),
                TimeExpr::ReportYear(y) => Some((m.start, PartialDate::year(y))),
                _ => None,
            })
            .collect()
    }

    /// [`SentenceCtx::explicit_dates`] that date an assessment: not the period a report covers
    /// ("the 2025 report (covering data from 2024)").
    pub fn assessment_dates(&self) -> Vec<(usize, PartialDate)> {
        let mut dates = self.explicit_dates();
        dates.retain(|&(start, _)| !self.covered_by_a_report(start));
        dates
    }

    /// Whether the time expression at `start` is the period a report covers ("covering data
    /// from 2024", "covering April 2018 to March 2019").
    pub fn covered_by_a_report(&self, start: usize) -> bool {
        const BETWEEN: [&str; 6] = ["from", "data", "the", "period", "between", "of"];
        let mut before = self.text[..start].trim_end();
        for _ in 0..4 {
            match before.rsplit_once(' ') {
                Some((rest, w)) if BETWEEN.iter().any(|b| w.eq_ignore_ascii_case(b)) => {
                    before = rest.trim_end()
                }
                _ => break,
            }
        }
        let word = before.rsplit([' ', '(']).next().unwrap_or("");
        ["covering", "covers", "covered"]
            .iter()
            .any(|c| word.eq_ignore_ascii_case(c))
    }

    /// The years an assessment (tier, compliance) in this sentence is for: the
    /// explicit years of the sentence, else the anchor's assessment year.
    pub fn assessment_years(&self) -> Vec<i32> {
        self.assessment_years_before(self.text.len())
    }

    /// [`SentenceCtx::assessment_years`], of the explicit years starting before `end` only.
    pub fn assessment_years_before(&self, end: usize) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .assessment_dates()
            .into_iter()
            .filter(|&(start, _)| start < end)
            .map(|(_, d)| d.year)
            .collect();
        years.dedup();
        if years.is_empty() {
            years.extend(self.anchor.assessment_year());
        }
        years
    }

    /// The year of a single assessment (a profile, a score): the sentence's first
    /// explicit year, else the anchor's assessment year.
    pub fn assessment_year(&self) -> Option<i32> {
        self.assessment_dates()
            .first()
            .map(|(_, d)| d.year)
            .or(self.anchor.assessment_year())
    }

    /// The nearest explicit absolute date to `pos`, else the anchor's activity year.
    pub fn nearest_date(&self, pos: usize) -> Option<PartialDate> {
        // "extended the plan through 2020": the end of another thing's span dates no act.
        let ends_a_span = |p: usize| {
            let word = self.text[..p].split_whitespace().next_back().unwrap_or("");
            ["through", "until", "till", "to"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        };
        self.explicit_dates()
            .into_iter()
            .filter(|(p, _)| !ends_a_span(*p))
            .min_by_key(|(p, _)| p.abs_diff(pos))
            .map(|(_, d)| d)
            .or_else(|| self.anchor.activity_year().map(PartialDate::year))
    }

    /// True when the sentence is hedged: a draft, a proposal, a recommendation.
    pub fn is_hedged(&self) -> bool {
        self.hedges().any()
    }

    /// True when a hedge stands in the sentence, unless it is only a draft that was then
    /// enacted ("drafted and passed amendments to the law").
    pub fn is_hedged_unless_enacted(&self) -> bool {
        unless_enacted(self.hedges(), self.text)
    }

    /// The hedge words the sentence holds.
    pub fn hedges(&self) -> super::Hedges {
        match self.marks {
            Some(m) => m.hedges,
            None => *self.hedges.get_or_init(|| super::Hedges::of(self.text)),
        }
    }

    /// True when the sentence has a negation that may state a zero.
    pub fn is_negated(&self) -> bool {
        self.negations().any()
    }

    /// Which negations the sentence holds.
    pub fn negations(&self) -> super::Negations {
        match self.marks {
            Some(m) => m.negations,
            None => super::Negations::of(self.text),
        }
    }

    /// The whole-word occurrences `(start, end, word index)` of the
    /// [`Rule::paragraph_words`](super::Rule::paragraph_words) of the rule named `rule` in
    /// this paragraph, leftmost-longest, in order, when the paragraph scan found them.
    pub fn paragraph_words(&self, rule: &str) -> Option<&'a [(usize, usize, usize)]> {
        self.paragraph_words?
            .iter()
            .find(|(name, _)| *name == rule)
            .map(|(_, found)| found.as_slice())
    }

    /// True when the sentence has digits that could be a count (other than a bare year).
    pub fn has_count_digits(&self) -> bool {
        match self.marks {
            Some(m) => m.count_digits,
            None => crate::quantity::scan::has_count_digits(self.text),
        }
    }

    /// True when the sentence has a number word ("twelve", "two hundred").
    pub fn has_number_word(&self) -> bool {
        match self.marks {
            Some(m) => m.number_word,
            None => NUMBER_WORD_SET.find(self.text).next().is_some(),
        }
    }
}

/// "recently", "specifically": a lowercase word that may be an adverb in "-ly".
pub fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !super::lexicon::LY_NOT_ADVERBS.contains(&word)
}

/// "established", "begun": a word that may be a past participle.
pub fn is_past_participle(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    let regular = w.len() > 4 && w.ends_with("ed") && w.bytes().all(|c| c.is_ascii_lowercase());
    (regular && !NOT_PARTICIPLES.contains(&w.as_str()))
        || IRREGULAR_PARTICIPLES.contains(&w.as_str())
}

/// True when `words` (a participle and what follows it) end in a preposition leading to a
/// date, within `most` words: "established in", "adopted by decree in".
pub fn leads_to_date(words: &str, most: usize) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    words.len() <= most
        && words.len() >= 2
        && words
            .last()
            .is_some_and(|w| DATE_PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// The clause around `pos`: between the nearest `;` (or sentence edges).
pub fn clause(text: &str, pos: usize) -> (usize, usize) {
    let s = text[..pos].rfind(';').map_or(0, |i| i + 1);
    let e = text[pos..].find(';').map_or(text.len(), |i| pos + i);
    (s, e)
}

/// True when `between` crosses into another clause (", and", ", but", ";").
pub fn crosses_clause(between: &str) -> bool {
    CLAUSE_BREAK.is_match(between)
}

/// True when `between` holds the start of a contrasting clause (", but", ", while", ";"):
/// narrower than [`crosses_clause`], as ", and" may go on with the same fact.
pub fn contrasts(between: &str) -> bool {
    between.contains(';') || contrast_at(between) < between.len()
}

/// Where a leading concessive clause ends ("Although it made progress after the last report,
/// ..."): the comma closing it, if the sentence opens with one.
pub fn concessive_lead_end(text: &str) -> Option<usize> {
    const OPENERS: [&str; 6] = [
        "although ",
        "though ",
        "even though ",
        "while ",
        "whereas ",
        "despite ",
    ];
    let lead = text.trim_start();
    let offset = text.len() - lead.len();
    let opens = OPENERS.iter().any(|o| {
        lead.get(..o.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(o))
    });
    opens.then(|| lead.find(", ").map(|c| offset + c))?
}

/// Where a conjunct with a verb of its own ("and has", "and reported", "and began") starts
/// in `text`.
pub fn finite_conjunct(text: &str) -> Option<usize> {
    const AUXILIARIES: [&str; 9] = [
        "has", "have", "had", "was", "were", "is", "are", "did", "does",
    ];
    /// Irregular past verbs that open a conjunct of their own in these texts.
    const IRREGULAR_PAST: [&str; 10] = [
        "began", "took", "made", "gave", "held", "sent", "kept", "led", "set", "brought",
    ];
    text.match_indices(" and ").map(|(at, _)| at).find(|&at| {
        let next = text[at + 5..].split(' ').next().unwrap_or("");
        let past =
            next.len() > 4 && next.ends_with("ed") && next.bytes().all(|b| b.is_ascii_lowercase());
        past || AUXILIARIES.contains(&next) || IRREGULAR_PAST.contains(&next)
    })
}

/// Whether the sentence is hedged in the clause that `from` (the end of its act's verb) is
/// in: "acceded to the convention in 2023 and began drafting a bill" tells the accession
/// unhedged; the draft is the next clause's. So is what the law requires ("adopted a new law
/// requiring large companies to create plans to prevent labor exploitation").
pub fn hedged_in_clause_of(text: &str, from: usize) -> bool {
    let rest = &text[from..];
    let end = [
        ", and ",
        ", but ",
        ", though ",
        ", although ",
        ", even though ",
        ", which ",
        "; ",
        " requiring ",
        " obliging ",
        " obligating ",
        " mandating ",
    ]
    .iter()
    .filter_map(|b| rest.find(b))
    .chain(finite_conjunct(rest))
    .min()
    .map_or(text.len(), |at| from + at);
    unless_enacted(super::Hedges::of(&text[..end]), &text[..end])
}

/// The word before a past participle and its preposition that end `text[..at]` ("the statute
/// enacted in", "a report released in"), when they do.
fn word_before_dating_participle(text: &str, at: usize) -> Option<&str> {
    let mut words = text[..at].split_whitespace().rev();
    let (prep, verb, before) = (words.next()?, words.next()?, words.next()?);
    (DATE_PREPOSITIONS
        .iter()
        .any(|p| prep.eq_ignore_ascii_case(p))
        && is_past_participle(verb))
    .then_some(before)
}

/// Whether `text` is hedged, unless the only hedge is a draft then enacted.
pub fn is_hedged_unless_enacted(text: &str) -> bool {
    unless_enacted(super::Hedges::of(text), text)
}

/// Whether `hedges` hedge `text`, unless the only one is a draft then enacted ("drafted and
/// passed amendments to the law").
fn unless_enacted(hedges: super::Hedges, text: &str) -> bool {
    (hedges.any() && (hedges.any_besides(&["draft"]) || !DRAFTED_THEN_ENACTED.is_match(text)))
        || advises(text)
}

/// Whether `text` gives advice as the older reports did ("The government could further
/// improve its efforts by passing a law"): a step not yet taken.
pub fn advises(text: &str) -> bool {
    [
        "could improve",
        "could further improve",
        "could also improve",
    ]
    .iter()
    .any(|a| crate::pattern::contains_ci(text, a))
}

/// Where the first contrasting clause (", but", ", while", ", although") of `text` starts, or
/// its length.
pub fn contrast_at(text: &str) -> usize {
    const CONTRASTS: [&str; 5] = ["but", "while", "whereas", "although", "though"];
    text.match_indices(", ")
        .find(|(i, _)| {
            let next = text[i + 2..].split(' ').next().unwrap_or("");
            CONTRASTS.iter().any(|w| next.eq_ignore_ascii_case(w))
        })
        .map_or(text.len(), |(i, _)| i)
}

/// True when the verb at `verb_start` is denied: "has not ratified", "is yet to ratify",
/// "failed to pass".
pub fn negated_before(text: &str, verb_start: usize) -> bool {
    // "were no longer explicitly criminalized": an adverb may stand between.
    let mut before = &text[..verb_start];
    if let Some((rest, word)) = before.trim_end().rsplit_once(' ') {
        if is_ly_adverb(word) {
            before = &text[..rest.len() + 1];
        }
    }
    let near = crate::pattern::tail(before, 16);
    DENIALS.iter().any(|w| crate::pattern::contains_ci(near, w)) || denied_through_or(before)
}

/// Words that deny the verb after them.
const DENIALS: [&str; 5] = ["not ", "yet to", "failed to", "no longer ", "never "];

/// The last clause or conjunct of `text`: what follows its last "; ", ", and ", ", but ",
/// ", while " or ", although " (all of it when there is none).
pub fn last_conjunct(text: &str) -> &str {
    let start = ["; ", ", and ", ", but ", ", while ", ", although "]
        .iter()
        .filter_map(|b| text.rfind(b).map(|at| at + b.len()))
        .max()
        .unwrap_or(0);
    &text[start..]
}

/// Whether a verb after "or" ("nor") shares the denial of the verb before it, in its clause:
/// "did not convict a trafficker or enact a proposed amendment", "neither signed nor ratified".
fn denied_through_or(before: &str) -> bool {
    let before = before.trim_end();
    if before.ends_with(" nor") {
        return true;
    }
    let Some(first) = before.strip_suffix(" or") else {
        return false;
    };
    let first = crate::pattern::tail(last_conjunct(first.trim_end_matches(',')), 120);
    DENIALS
        .iter()
        .any(|w| crate::pattern::contains_ci(first, w))
}

/// Whether a sentence opens with a comparison of what it counts ("This compared with ...",
/// "These figures compared to ...").
fn opens_with_a_comparison(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let lead = words.next().unwrap_or("");
    (lead.eq_ignore_ascii_case("this") || lead.eq_ignore_ascii_case("these"))
        && words
            .take(3)
            .any(|w| w.eq_ignore_ascii_case("compared") || w.eq_ignore_ascii_case("compares"))
}

/// "In comparison, ...", "By comparison, ...": a sentence set against the one before it.
fn opens_in_comparison(text: &str) -> bool {
    ["in comparison,", "by comparison,"]
        .iter()
        .any(|p| crate::pattern::starts_with_ci(text, p))
}

/// Whether the words between a count and a date open a clause of some of the people counted
/// (", some of whom", ", most of whom", ", including some").
fn of_whom(between: &str) -> bool {
    crate::pattern::contains_ci(between, " of whom ")
        || crate::pattern::contains_ci(between, ", including some ")
}

/// Whether the words before a date tell a change from it ("efforts increased from last year
/// with the conviction of a trafficker"): the date is the one compared with.
fn changed_from(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("from"))
        && words
            .next()
            .is_some_and(|w| crate::pattern::is_one_of(w, CHANGE_VERBS))
}

/// The byte ranges of the balanced, unnested brackets in `text`, "(" to ")" inclusive.
fn bracketed_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|i| from + i) {
        let Some(close) = text[open..].find(')').map(|i| open + i) else {
            break;
        };
        ranges.push(open..close + 1);
        from = close + 1;
    }
    ranges
}

/// `text` without the brackets that only break a count down ("20 cases (three of forced
/// labor)"): none that compares or tells a year.
fn without_parts_in_brackets(text: &str) -> std::borrow::Cow<'_, str> {
    let breaks_down = |r: &std::ops::Range<usize>| {
        let inside = &text[r.start + 1..r.end - 1];
        !COMPARISON_BETWEEN.is_match(inside)
            && !inside
                .split(|c: char| !c.is_ascii_digit())
                .any(|d| d.len() == 4)
    };
    let ranges = bracketed_ranges(text);
    if ranges.is_empty() || !ranges.iter().all(breaks_down) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(without_brackets(text))
}

/// `text` with its balanced brackets left out.
fn without_brackets(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut from = 0;
    for r in bracketed_ranges(text) {
        kept.push_str(&text[from..r.start]);
        from = r.end;
    }
    kept.push_str(&text[from..]);
    kept
}
/// Whether "since" stands among the six words before `at`: "convicting its first trafficker
/// since its inclusion in the 2007 report" names where a span starts, no date of the acts told.
fn since_before(text: &str, at: usize) -> bool {
    text[..at]
        .split_whitespace()
        .rev()
        .take(6)
        .any(|w| w.eq_ignore_ascii_case("since"))
}
