//! The pipeline: structure → anchors → rules → merge → timeline order.

use crate::diagnostic::{Diagnostic, DiagnosticCode};
use crate::document::{self, BlockKind, Structure};
use crate::error::Error;
use crate::event::Event;
use crate::lazy_regex;
use crate::merge::merge;
use crate::rules::{BlockScan, Discourse, Instrument, Output, RuleSet, SentenceCtx};
use crate::span::Span;
use crate::temporal::{lead_in_shift, lead_in_year, Anchor, Resolved, TimeExpr};
use crate::timeline;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The default largest input, in bytes (64 MiB).
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// What an extraction produces: the contract's Document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The title line, when the text has one.
    pub title: Option<String>,
    /// The country the text is about, when it can be told.
    pub country: Option<String>,
    /// The year of the report, for a TIP report narrative.
    #[serde(default)]
    pub report_year: Option<i32>,
    /// Events in timeline order.
    pub events: Vec<Event>,
    /// Text that was seen but could not be interpreted.
    #[serde(default)]
    pub diagnostics: Vec<Diagnostic>,
}

/// How to extract.
#[derive(Debug, Clone)]
pub struct Options {
    /// Inputs larger than this are refused with [`Error::TooLarge`].
    pub max_input_bytes: usize,
    /// Replace invalid UTF-8 instead of refusing it (offsets then refer to the decoded text).
    pub lossy: bool,
    /// The year of the report a text comes from, for a narrative whose title line tells none
    /// (copied without it): the year its caller knows from the text's address or file name.
    /// A year the title tells wins.
    pub report_year: Option<i32>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            lossy: false,
            report_year: None,
        }
    }
}

/// An extractor: the rules compiled once, reusable across documents and threads.
pub struct Extractor {
    options: Options,
    rules: &'static RuleSet,
}

static STANDARD_RULES: LazyLock<RuleSet> = LazyLock::new(RuleSet::standard);

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new(Options::default())
    }
}

impl Extractor {
    /// An extractor with the standard rules.
    pub fn new(options: Options) -> Self {
        Extractor {
            options,
            rules: &STANDARD_RULES,
        }
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extracts from text, refusing inputs over the size limit and empty ones (nothing but
    /// whitespace). [`extract()`] takes any text.
    pub fn extract(&self, input: &str) -> Result<Document, Error> {
        if input.len() > self.options.max_input_bytes {
            return Err(Error::TooLarge {
                size: input.len(),
                limit: self.options.max_input_bytes,
            });
        }
        if input.trim().is_empty() {
            return Err(Error::Empty);
        }
        Ok(self.extract_unchecked(input))
    }

    /// Extracts from raw bytes: checks size, refuses binary data and empty input, decodes
    /// UTF-8 (or replaces bad bytes with `lossy`, noting it in a diagnostic).
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Document, Error> {
        if bytes.len() > self.options.max_input_bytes {
            return Err(Error::TooLarge {
                size: bytes.len(),
                limit: self.options.max_input_bytes,
            });
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::Empty);
        }
        check_binary(bytes)?;
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(self.extract_unchecked(s)),
            Err(e) if self.options.lossy => {
                let text = String::from_utf8_lossy(bytes);
                let mut doc = self.extract_unchecked(&text);
                doc.diagnostics.insert(
                    0,
                    Diagnostic {
                        code: DiagnosticCode::Uninterpreted,
                        span: Span::new(e.valid_up_to(), e.valid_up_to()),
                        message: format!(
                            "expected UTF-8, but found invalid bytes from offset {}: replaced with U+FFFD (offsets refer to the decoded text)",
                            e.valid_up_to()
                        ),
                    },
                );
                Ok(doc)
            }
            Err(e) => Err(Error::InvalidUtf8 {
                offset: e.valid_up_to(),
            }),
        }
    }

    /// The facts a block of recommendations takes for granted.
    fn presupposed(
        &self,
        block: &document::Block,
        section: Option<&document::Section>,
        meta: &Meta,
        scan: &mut BlockScan,
        out: &mut Output,
    ) {
        let texts: Vec<&str> = block.sentences.iter().map(|s| block.text(s)).collect();
        // What a recommendation takes for granted is a law known by its year.
        if !texts.iter().any(|t| crate::pattern::holds_a_year(t)) {
            return;
        }
        let ranges: Vec<std::ops::Range<usize>> =
            block.sentences.iter().map(|s| s.norm.clone()).collect();
        self.rules.scan_block_into(&block.norm.text, &ranges, scan);
        for ((sentence, text), found) in block.sentences.iter().zip(&texts).zip(&scan.sentences) {
            let anchor = Anchor {
                report_year: meta.report_year,
                section_year: section.and_then(|s| s.year),
                lead_in: None,
            };
            let mut cx = SentenceCtx::new(text, sentence.span, anchor, &texts);
            cx.section = section.map(|s| s.heading.as_str());
            cx.country = meta.country.as_deref();
            cx.marks = Some(found.marks);
            cx.paragraph_words = Some(&scan.words);
            self.rules.apply_presupposed(found.rules, &cx, out);
        }
    }

    fn extract_unchecked(&self, input: &str) -> Document {
        // Lines broken by carriage returns alone (old Mac text) are read as if broken by line
        // feeds: one byte for one, so every offset is still the input's.
        let line_fed;
        let input = match memchr::memchr(b'\r', input.as_bytes()).is_some()
            && memchr::memchr(b'\n', input.as_bytes()).is_none()
        {
            true => {
                line_fed = input.replace('\r', "\n");
                line_fed.as_str()
            }
            false => input,
        };
        let st = document::parse(input);
        let mut meta = Meta::of(&st);
        meta.report_year = meta.report_year.or(self.options.report_year);
        let mut out = Output::default();
        for span in &st.malformed_headings {
            out.diagnostics.push(Diagnostic {
                code: DiagnosticCode::MalformedHeading,
                span: *span,
                message: "expected a heading like \"== Heading ==\", but found a line of equals signs with no text".into(),
            });
        }
        for span in &st.tables {
            out.diagnostics.push(Diagnostic {
                code: DiagnosticCode::Uninterpreted,
                span: *span,
                message: "expected prose, but found a wiki table (\"{| ... |}\"): its rows and cells are not read".into(),
            });
        }
        let mut carried: Option<i32> = None;
        // An article's paragraph opened by a year and the country's profile ("In 2008 Latvia
        // was a source ..."): that year, and its section, for the undated assessment of a later
        // paragraph.
        let mut section_lead_in: Option<(Option<usize>, i32)> = None;
        // "The law criminalized child trafficking ..." opening a paragraph: the law last named
        // in the same section.
        let mut law_before: Option<(Option<usize>, Instrument)> = None;
        // A section's wholes reach its later paragraphs, for breakdowns told there.
        let mut wholes_before: Option<(Option<usize>, Vec<crate::rules::Whole>)> = None;
        // "In 2018, the government:" dates every item of the list it opens.
        let mut list_intro: Option<i32> = None;
        let back_matter: Vec<bool> = st
            .sections
            .iter()
            .map(|s| is_back_matter(&s.heading))
            .collect();
        let recommends: Vec<bool> = st
            .sections
            .iter()
            .map(|s| is_recommendations(&s.heading))
            .collect();
        // Per-block buffers, reused from block to block.
        let mut texts: Vec<&str> = Vec::new();
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        let mut scan = BlockScan::default();
        for block in &st.blocks {
            let section = block.section.map(|i| &st.sections[i]);
            if block.kind != BlockKind::ListItem {
                list_intro = None;
            }
            if block.section.is_some_and(|i| back_matter[i]) {
                carried = None;
                if block.section.is_some_and(|i| recommends[i]) {
                    self.presupposed(block, section, &meta, &mut scan, &mut out);
                }
                continue;
            }
            texts.clear();
            texts.extend(block.sentences.iter().map(|s| block.text(s)));
            let mut lead_in = carried.take().or(list_intro);
            let mut last_own = None;
            let mut year_counted = None;
            let mut discourse = Discourse {
                instrument: law_before
                    .take()
                    .filter(|(at, _)| *at == block.section)
                    .map(|(_, law)| law),
                wholes: wholes_before
                    .take()
                    .filter(|(at, _)| *at == block.section)
                    .map(|(_, w)| w)
                    .unwrap_or_default(),
                ..Discourse::default()
            };
            ranges.clear();
            ranges.extend(block.sentences.iter().map(|s| s.norm.clone()));
            self.rules
                .scan_block_into(&block.norm.text, &ranges, &mut scan);
            let block_events = out.events.len();
            for (i, ((sentence, text), found)) in block
                .sentences
                .iter()
                .zip(&texts)
                .zip(&scan.sentences)
                .enumerate()
            {
                // "Two years later, ..." moves the paragraph's year for this sentence on;
                // "The following year, ..." for the ones after it (its own words count the year).
                let mut shift_after = 0;
                let own = lead_in_year(text);
                last_own = own;
                // "Of those, 27 persons were tried": a part of those the sentence before
                // counted, in their year.
                let year_of_the_whole = own
                    .is_none()
                    .then(|| year_counted.filter(|_| opens_with_part_of_those(text)))
                    .flatten();
                // In a report narrative only the paragraph's opening year carries: a year
                // told mid-paragraph ("In 2019, ...") is an aside from the reporting period.
                // An article tells its years in order, so there one earlier than the last is a recall.
                let carries = i == 0
                    || (meta.report_year.is_none()
                        && own.zip(lead_in).is_none_or(|(y, last)| y >= last));
                if let Some(y) = own.filter(|_| carries) {
                    lead_in = Some(y);
                } else if let Some((now, after)) = lead_in.and_then(|_| lead_in_shift(text)) {
                    lead_in = lead_in.map(|y| y + now);
                    shift_after = after;
                }
                let anchor = Anchor {
                    report_year: meta.report_year,
                    section_year: section.and_then(|s| s.year),
                    lead_in: own.or(year_of_the_whole).or(lead_in),
                };
                let mut cx = SentenceCtx::new(text, sentence.span, anchor, &texts);
                cx.section = section.map(|s| s.heading.as_str());
                cx.is_title = block.kind == BlockKind::Title;
                cx.country = meta.country.as_deref();
                cx.marks = Some(found.marks);
                cx.paragraph_words = Some(&scan.words);
                cx.earlier_lead_in = section_lead_in
                    .filter(|(at, _)| *at == block.section)
                    .map(|(_, year)| year);
                let sentence_events = out.events.len();
                self.rules
                    .apply_rules(found.rules, &cx, &mut discourse, &mut out);
                year_counted = the_one_year_counted(&out.events[sentence_events..]);
                // Only where the lead-in is what "the following year" counts from.
                if meta.report_year.is_none() && section.and_then(|s| s.year).is_none() {
                    lead_in = lead_in.map(|y| y + shift_after);
                }
                if let Some(times) = cx.computed_times() {
                    for t in times {
                        let problem = match t.expr {
                            TimeExpr::Invalid => Some((DiagnosticCode::InvalidDate, "expected a real calendar date")),
                            TimeExpr::ReportingPeriod { .. } | TimeExpr::RelativeReport { .. } if cx.resolve(t) == Resolved::Unresolved => Some((
                                DiagnosticCode::UnresolvedDate,
                                "expected a report year, a year in the heading or a lead-in year to resolve",
                            )),
                            _ => None,
                        };
                        if let Some((code, expected)) = problem {
                            out.diagnostics.push(Diagnostic {
                                code,
                                span: sentence.span,
                                message: format!(
                                    "{expected}, but found only {:?}",
                                    &text[t.range()]
                                ),
                            });
                        }
                    }
                }
            }
            crate::rules::statistic::drop_shares_of_wholes(&mut out.events, block_events);
            // Read in articles only: a report's assessment takes the report's year.
            if meta.report_year.is_none() {
                if let Some(year) = texts.first().and_then(|t| lead_in_year(t)) {
                    let opens_with_profile = block.sentences.first().is_some_and(|first| {
                        out.events[block_events..].iter().any(|e| {
                            matches!(e.fact, crate::event::Fact::TraffickingProfile { .. })
                                && e.evidence
                                    .first()
                                    .is_some_and(|v| v.start == first.span.start)
                        })
                    });
                    section_lead_in = opens_with_profile.then_some((block.section, year));
                }
            }
            law_before = discourse.instrument.take().map(|law| (block.section, law));
            wholes_before = Some((block.section, std::mem::take(&mut discourse.wholes)));
            // "In 2010 the Department reported:" dates the quote that follows.
            if block.kind != BlockKind::Title && texts.last().is_some_and(|t| t.ends_with(':')) {
                carried = last_own.or(lead_in);
                if block.kind != BlockKind::ListItem {
                    list_intro = carried;
                }
            }
        }
        let mut events = merge(out.events);
        crate::merge::fold_period_acts_into_dated(&mut events, input, meta.report_year);
        timeline::sort(&mut events);
        Document {
            title: meta.title,
            country: meta.country,
            report_year: meta.report_year,
            events,
            diagnostics: out.diagnostics,
        }
    }
}

/// Sections that state no facts about the country.
/// The year of a sentence's counts, when they share one.
fn the_one_year_counted(events: &[Event]) -> Option<i32> {
    let mut years = events
        .iter()
        .filter(|e| matches!(e.fact, crate::event::Fact::Statistic { .. }))
        .filter_map(|e| e.date.map(|d| d.year));
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// "Of these, ...", "Among them, ...": a sentence about a part of those counted before it.
fn opens_with_part_of_those(sentence: &str) -> bool {
    sentence.split_once(',').is_some_and(|(lead, _)| {
        crate::pattern::is_one_of(lead, crate::rules::lexicon::PART_OF_THOSE_LEADS)
    })
}

fn is_back_matter(heading: &str) -> bool {
    let h = heading.to_ascii_lowercase();
    crate::document::lexicon::BACK_MATTER.contains(&h.as_str()) || is_recommendations(heading)
}

/// Recommendations, which state no facts but take some for granted (a law named with its
/// year): see [`crate::rules::Rule::apply_presupposed`].
fn is_recommendations(heading: &str) -> bool {
    crate::pattern::contains_ci(heading, "recommendation")
}

/// How many of `bytes` satisfy `pred`. Counted in byte-wide sums of at most 255 bytes,
/// which the compiler vectorizes sixteen or more bytes at a time.
fn count_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| n + u8::from(pred(b)));
            usize::from(n)
        })
        .sum()
}

/// Refuses data with NUL bytes or mostly control characters near the start.
fn check_binary(bytes: &[u8]) -> Result<(), Error> {
    // UTF-16 holds NUL bytes in every ASCII character: told by its byte order mark.
    match bytes {
        [0xFF, 0xFE, ..] => {
            return Err(Error::Utf16 {
                order: "little-endian",
            })
        }
        [0xFE, 0xFF, ..] => {
            return Err(Error::Utf16 {
                order: "big-endian",
            })
        }
        _ => {}
    }
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(offset) = memchr::memchr(0, head) {
        return Err(Error::Binary {
            reason: "a NUL byte",
            offset,
        });
    }
    // Counted as all control bytes less the whitespace ones: simple counts vectorize.
    let below_space = count_bytes(head, |b| b < 0x20);
    let too_many = |control: usize| head.len() >= 32 && control * 10 > head.len();
    if too_many(below_space)
        && too_many(below_space - count_bytes(head, |b| matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
    {
        return Err(Error::Binary {
            reason: "mostly control characters",
            offset: 0,
        });
    }
    Ok(())
}

// The report's own name with its year: "2021 Trafficking in Persons Report",
// "Trafficking in Persons Report 2008", "Trafficking in Persons Report, June 2009", "..., June, 2004".
lazy_regex!(
    REPORT_YEAR,
    r"(?i)\b(?:(?:19|20)\d\d\s+(?:Trafficking\s+in\s+Persons|TIP)\s+Report\b|(?:Trafficking\s+in\s+Persons|TIP)\s+Report,?\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+)?(?:19|20)\d\d\b)"
);

/// Where the report's name with its year stands in `title`, and the year.
fn report_year_in(title: &str) -> Option<(std::ops::Range<usize>, i32)> {
    let m = REPORT_YEAR.find(title)?;
    let name = m.as_str();
    // The year opens or closes the match.
    let year = match name.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => name.get(..4)?,
        _ => name.get(name.len().checked_sub(4)?..)?,
    };
    Some((m.range(), year.parse().ok()?))
}
lazy_regex!(
    WIKI_TITLE_HEAD,
    r"(?i)^(?:human\s+trafficking|trafficking\s+in\s+persons|sex\s+trafficking|forced\s+labou?r)\s+in\s+(?:the\s+)?"
);
lazy_regex!(
    GOVERNMENT_OF,
    r"\bGovernment\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,3})"
);

struct Meta {
    title: Option<String>,
    country: Option<String>,
    report_year: Option<i32>,
}

impl Meta {
    fn of(st: &Structure) -> Meta {
        let title = st.title_text().map(str::to_string);
        let report_year = title.as_deref().and_then(report_year_in).map(|(_, y)| y);
        let country = title
            .as_deref()
            .and_then(|t| wiki_title_country(t).or_else(|| report_title_country(t)))
            .map(str::to_string)
            .or_else(|| title.is_none().then(|| lead_country(st)).flatten())
            .or_else(|| most_named_government(st))
            .map(|c| title_case(&c));
        Meta {
            title,
            country,
            report_year,
        }
    }
}

/// "Human trafficking in the Gambia" → "Gambia"; "... in Georgia (country)" → "Georgia": a
/// page title's "(country)" is no part of the name (while "(U.S. state)" tells a state).
fn wiki_title_country(title: &str) -> Option<&str> {
    let head = WIKI_TITLE_HEAD.find(title)?;
    let name = title[head.end()..].trim_end();
    let name = ["(country)", "(nation)"]
        .iter()
        .find(|d| crate::pattern::ends_with_ci(name, d))
        .map_or(name, |d| name[..name.len() - d.len()].trim_end());
    Some(name).filter(|c| !c.is_empty())
}

/// "Chad (Tier 2 Watch List) — 2021 ...", "KAZAKHSTAN: Tier 2" or "Chad — Tier 2 — 2021 ..."
/// → the name before the tier.
/// Also "Kenya - 2021 Trafficking in Persons Report" and "2021 Trafficking in Persons Report: Kenya".
fn report_title_country(title: &str) -> Option<&str> {
    let starts_with =
        |s: &str, w: &str| s.get(..w.len()).is_some_and(|a| a.eq_ignore_ascii_case(w));
    // The first bracket, colon or dash with a tier, or a dash with the report's year, after it
    // ("Guinea-Bissau (Tier 2)", "Kenya - 2021 Trafficking in Persons Report").
    let cut = title
        .match_indices(['(', ':', '-'])
        .map(|(i, _)| i)
        .find(|&i| {
            let after = title[i + 1..].trim_start();
            let report_year = title[i..].starts_with("- ")
                && report_year_in(after).is_some_and(|(r, _)| r.start == 0);
            report_year || ["tier", "special"].iter().any(|w| starts_with(after, w))
        });
    let name = match cut {
        Some(cut) => title[..cut].trim(),
        None => {
            // The name after the report's own title and a colon or a dash, and after the
            // last dash of a page's title ("... Report 2016 - Country Narratives - Haiti").
            let (r, _) = report_year_in(title)?;
            let after = title[r.end..].trim_start().strip_prefix([':', '-'])?;
            after.rsplit(" - ").next().unwrap_or(after).trim()
        }
    };
    // "[ Human Trafficking, Country-by-Country ] ANGOLA (Tier 2)": a site's label before it.
    let name = name
        .rsplit([']', '|', '\u{2013}', '\u{2014}'])
        .next()
        .unwrap_or(name)
        .trim();
    (!name.is_empty()).then_some(name)
}

/// An article's first sentence that opens with its subject, as an article's source does
/// ("'''Human trafficking in the Gambia''' is ..."): the country's name after it, in words
/// that open with a capital ("Bosnia and Herzegovina", "Democratic Republic of the Congo").
fn lead_country(st: &Structure) -> Option<String> {
    let text = st
        .blocks
        .iter()
        .map(|b| b.norm.text.trim_start())
        .find(|t| !t.is_empty())?;
    let rest = &text[WIKI_TITLE_HEAD.find(text)?.end()..];
    let mut words: Vec<&str> = Vec::new();
    for w in rest.split(' ').take(8) {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        let capital = bare.starts_with(|c: char| c.is_uppercase());
        if !capital && !matches!(bare, "and" | "of" | "the") {
            break;
        }
        words.push(bare);
        if bare.len() < w.len() {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| matches!(*w, "and" | "of" | "the"))
    {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

fn most_named_government(st: &Structure) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for b in st.blocks.iter().take(50) {
        for c in GOVERNMENT_OF.captures_iter(&b.norm.text) {
            // "the Government of Cambodia's efforts": the country, not its possessive.
            let name = c["c"]
                .trim_end_matches("'s")
                .trim_end_matches('\'')
                .to_string();
            match counts.iter_mut().find(|(n, _)| *n == name) {
                Some((_, k)) => *k += 1,
                None => counts.push((name, 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|(_, k)| *k).map(|(n, _)| n)
}

/// "KAZAKHSTAN" → "Kazakhstan"; mixed case is kept, and so is an acronym ("UAE": no country's
/// name is one word of three letters; "PAPUA NEW GUINEA" → "Papua New Guinea").
fn title_case(s: &str) -> String {
    if s.chars().any(|c| c.is_lowercase()) {
        return s.to_string();
    }
    let acronym = s
        .split(' ')
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .count()
        == 1;
    s.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            if matches!(lower.as_str(), "of" | "and" | "the") {
                return lower;
            }
            if w.len() <= 3 && acronym {
                return w.to_string();
            }
            let mut c = lower.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Extracts with the default options and no size limit: never fails.
pub fn extract(input: &str) -> Document {
    Extractor::default().extract_unchecked(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::EventKind;

    #[test]
    fn control_bytes_mark_binary_data_but_whitespace_does_not() {
        let x = Extractor::default();
        let mut control = b"Tier 2. ".repeat(4);
        control.extend([1u8, 2, 3, 4].repeat(4));
        assert!(matches!(
            x.extract_bytes(&control),
            Err(Error::Binary {
                reason: "mostly control characters",
                ..
            })
        ));
        let spaced = b"Tier 2.\n\n\t\r\x0c".repeat(8);
        assert!(x.extract_bytes(&spaced).is_ok());
        let mut few = b"Tier 2.\n".repeat(8);
        few.push(7);
        assert!(x.extract_bytes(&few).is_ok());
    }

    #[test]
    fn byte_counts_hold_across_their_chunks() {
        // 2,000 bytes, every third a control byte: counts of 255-byte chunks must add up.
        let bytes: Vec<u8> = (0..2000)
            .map(|i| if i % 3 == 0 { 1 } else { b'a' })
            .collect();
        assert_eq!(count_bytes(&bytes, |b| b < 0x20), 667);
        assert_eq!(count_bytes(&bytes[..255], |b| b < 0x20), 85);
        assert_eq!(count_bytes(&[], |b| b < 0x20), 0);
        assert_eq!(count_bytes(&[0x1f; 300], |b| b < 0x20), 300);
    }

    #[test]
    fn a_report_carries_only_its_paragraphs_opening_year() {
        let dated = |text: &str| -> Vec<String> {
            extract(text)
                .events
                .iter()
                .filter(|e| e.kind() == EventKind::Statistic)
                .map(|e| e.date.map_or("-".into(), |d| d.to_string()))
                .collect()
        };
        // Mid-paragraph, "In 2019, ..." is an aside from the reporting period.
        let report = "= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nThe government identified 40 victims. In 2019, it identified 35 victims. The government referred 30 victims to shelters.\n\nIn 2018, police identified 12 victims. Police referred 10 victims to care.\n";
        assert_eq!(dated(report), ["2018", "2018", "2019", "2020", "2020"]);
        // An article tells its years in order: a year told mid-paragraph carries on.
        let article = "= Human trafficking in Testland =\n\nTestland is a source country. In 2008, it identified 40 victims. It also referred 30 victims to care.\n";
        assert_eq!(dated(article), ["2008", "2008"]);
        // Unless it goes back in time: then it recalls, for its own sentence.
        let recall = "= Human trafficking in Testland =\n\nIn 2010, police identified 40 victims. In 2008, they had identified 12 victims. The police referred 30 victims to care.\n";
        assert_eq!(dated(recall), ["2008", "2010", "2010"]);
        // A sentence that introduces a quote dates it, whichever way it goes.
        let quote = "= Human trafficking in Testland =\n\nIn 2017, Testland was placed on Tier 3. In 2010 the Department reported:\n\nPolice identified 40 victims.\n";
        assert_eq!(dated(quote), ["2010"]);
        // "Of those, ..." is a part of those counted the sentence before, in their year.
        let part = "= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nThe government opened 30 cases. For example, in 2018 police charged 66 persons. Of those, 27 persons were tried. Prosecutors tried 12 persons.\n";
        assert_eq!(dated(part), ["2018", "2018", "2020", "2020"]);
        // Not when the sentence before counted in two years.
        let two = "= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nThe government opened 30 cases. Police charged 66 persons in 2019, up from 50 in 2018. Of those, 27 persons were tried.\n";
        assert_eq!(dated(two), ["2018", "2019", "2020", "2020"]);
    }

    #[test]
    fn a_report_year_given_dates_a_narrative_whose_title_tells_none() {
        let given = |year, text: &str| {
            let x = Extractor::new(Options {
                report_year: year,
                ..Options::default()
            });
            let doc = x.extract(text).expect("text");
            let dated: Vec<String> = doc
                .events
                .iter()
                .map(|e| format!("{} {}", e.date.map_or(0, |d| d.year), e.kind()))
                .collect();
            (doc.report_year, dated)
        };
        let body = "The government convicted 12 traffickers.";
        let untitled = format!("TESTLAND: Tier 2\n\n{body}\n");
        assert_eq!(
            given(Some(2016), &untitled),
            (
                Some(2016),
                vec![
                    "2015 statistic".to_string(),
                    "2016 tier_placement".to_string()
                ]
            )
        );
        assert_eq!(
            given(None, &untitled),
            (
                None,
                vec!["0 tier_placement".to_string(), "0 statistic".to_string()]
            )
        );
        // A year the title tells wins.
        let titled =
            format!("= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\n{body}\n");
        assert_eq!(given(Some(2016), &titled).0, Some(2020));
    }

    #[test]
    fn an_articles_assessment_takes_the_year_its_profile_paragraph_opened_with() {
        let assessed = |text: &str| -> Vec<String> {
            crate::rules::testing::dated_facts_of_kind(text, EventKind::ComplianceAssessment)
        };
        let profile = "In 2008 Testland was a source and destination country for women trafficked for commercial sexual exploitation.";
        let assessment = "The Government of Testland does not fully comply with the minimum standards for the elimination of trafficking; however, it is making significant efforts to do so.";
        let article = |between: &str| {
            format!("= Human trafficking in Testland =\n\n{profile}\n\n{between}{assessment}\n")
        };
        assert_eq!(
            assessed(&article("")),
            ["2008 meets minimum standards: false, significant efforts: true"]
        );
        // Past a paragraph of the profile in the present tense.
        assert_eq!(
            assessed(&article(
                "Women from Testland are subjected to forced labor abroad.\n\n"
            )),
            ["2008 meets minimum standards: false, significant efforts: true"]
        );
        // Not from another section, nor from a year opening a paragraph of another fact.
        assert_eq!(
            assessed(&article("==Prosecution==\n")),
            ["0 meets minimum standards: false, significant efforts: true"]
        );
        let law_first = format!("= Human trafficking in Testland =\n\nIn 2008 the government prohibited trafficking through its 2004 law.\n\n{assessment}\n");
        assert_eq!(
            assessed(&law_first),
            ["0 meets minimum standards: false, significant efforts: true"]
        );
    }

    #[test]
    fn years_counted_on_from_the_lead_in() {
        let d = extract("= Human trafficking in Testland =\n\nIn 2008, Testland ratified the Palermo Protocol. The following year, it adopted the Law on Combating Trafficking in Persons. In the same year, police identified 40 victims. Two years later, the law was amended. That year, courts convicted 12 traffickers.\n");
        let dated: Vec<String> = d
            .events
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e.date.map_or("-".into(), |d| d.to_string()),
                    e.kind()
                )
            })
            .collect();
        assert_eq!(
            dated,
            [
                "2008 treaty_ratification",
                "2009 law_enacted",
                "2009 statistic",
                "2011 legal_amendment",
                "2011 statistic"
            ]
        );
        // A report narrative's "following year" counts from its reporting period (see DESIGN.md),
        // so it does not move the paragraph's lead-in either.
        let d = extract("= Testland (Tier 2) — 2012 Trafficking in Persons Report =\n\nIn 2009, police identified 40 victims. The following year, police identified 52 victims. That year, courts convicted 12 traffickers.\n");
        let convictions = d
            .events
            .iter()
            .find(|e| e.fact.to_string().starts_with("convictions"))
            .and_then(|e| e.date);
        assert_eq!(convictions.map(|d| d.year), Some(2009));
    }

    #[test]
    fn an_article_read_from_its_wiki_source() {
        let source = "{{Short description|Overview}}\n{{Infobox\n| name = x\n}}\n'''Human trafficking in [[Bosnia and Herzegovina]]''' is a crime.<ref>{{cite web|url=https://x.org|title=2019}}</ref>\n\n\
            == Law ==\n[[Bosnia and Herzegovina]] [[Ratification|ratified]] the [[Protocol to Prevent, Suppress and Punish Trafficking in Persons|2000 UN TIP Protocol]] in April 2002.<ref name=\"un\"/>\n\n\
            In 2018, the government:\n*investigated 34 cases;\n* prosecuted 20 suspects; and\n* convicted 12 traffickers.\n\n[[Category:Crime in Bosnia and Herzegovina]]\n";
        let d = extract(source);
        assert_eq!(d.country.as_deref(), Some("Bosnia and Herzegovina"));
        let got: Vec<String> = d
            .events
            .iter()
            .map(|e| {
                let span = &e.evidence[0];
                format!(
                    "{} {:?} {}",
                    e.date.map_or(0, |d| d.year),
                    e.kind().as_str(),
                    &source[span.start..span.end]
                )
            })
            .collect();
        assert_eq!(got.len(), 4, "{got:#?}");
        assert!(
            got[0].starts_with(
                "2002 \"treaty_ratification\" Bosnia and Herzegovina]] [[Ratification|ratified]]"
            ),
            "{got:#?}"
        );
        for (i, metric) in ["investigated 34", "prosecuted 20", "convicted 12"]
            .iter()
            .enumerate()
        {
            assert!(got[i + 1].starts_with("2018 \"statistic\""), "{got:#?}");
            assert!(got[i + 1].contains(metric), "{got:#?}");
        }
    }

    #[test]
    fn lines_broken_by_carriage_returns_alone() {
        let lf = "Human trafficking in Testland\n\nIn 2017, the government convicted 12 traffickers.\nIn 2018, it convicted 14 traffickers.\n";
        let cr = lf.replace('\n', "\r");
        let (a, b) = (extract(lf), extract(&cr));
        assert_eq!(b.country.as_deref(), Some("Testland"));
        assert_eq!(b.title, a.title);
        assert_eq!(b.events, a.events);
        assert_eq!(b.events.len(), 2);
    }

    #[test]
    fn a_wiki_lead_citing_a_report_is_no_title() {
        let source = "'''Human trafficking in Testland''' is a problem.<ref>{{cite web|title=2015 TIP Report}}</ref>\n\nIn 2017, the government convicted 12 traffickers.\n";
        let d = extract(source);
        assert_eq!(d.title, None);
        assert_eq!(d.country.as_deref(), Some("Testland"));
        assert_eq!(d.report_year, None);
    }

    #[test]
    fn a_wiki_table_is_reported_not_read() {
        let table =
            "{| class=\"wikitable\"\n! Year !! Tier\n|-\n| 2015 || Tier 2\n{|\n| nested\n|}\n|}";
        let source = format!("= Human trafficking in Testland =\n\n{table}\nIn 2017, the government convicted 12 traffickers.\n");
        let d = extract(&source);
        assert_eq!(d.diagnostics.len(), 1, "{:?}", d.diagnostics);
        let span = d.diagnostics[0].span;
        assert_eq!(d.diagnostics[0].code, DiagnosticCode::Uninterpreted);
        assert_eq!(&source[span.start..span.end], table);
        // The prose after the table is read.
        assert_eq!(d.events.len(), 1, "{:?}", d.events);
        // A table never closed runs to the end, reported whole.
        let open = "Testland is a country.\n\n{|\n| 2015 || Tier 2\n";
        let d = extract(open);
        assert_eq!(d.diagnostics.len(), 1, "{:?}", d.diagnostics);
        assert_eq!(d.diagnostics[0].span.start, open.find("{|").unwrap());
        assert_eq!(d.diagnostics[0].span.end, open.len());
    }

    #[test]
    fn metadata() {
        let d = extract("= Armenia (Tier 1) — 2014 Trafficking in Persons Report =\n\nText.");
        assert_eq!(d.country.as_deref(), Some("Armenia"));
        assert_eq!(d.report_year, Some(2014));
        let d = extract("= Human trafficking in the Maldives =\n\nText.");
        assert_eq!(d.country.as_deref(), Some("Maldives"));
        assert_eq!(d.report_year, None);
        let d = extract("Human Trafficking in the UAE\n\nText.");
        assert_eq!(d.country.as_deref(), Some("UAE"));
        // A page title's disambiguation is no part of the name.
        let d = extract("= Human trafficking in Georgia (country) =\n\nText.");
        assert_eq!(d.country.as_deref(), Some("Georgia"));
        let d = extract("PAPUA NEW GUINEA: Tier 3\n\nText.");
        assert_eq!(d.country.as_deref(), Some("Papua New Guinea"));
        let d = extract("KAZAKHSTAN: Tier 2\n\nThe Government of Kazakhstan does things.");
        assert_eq!(d.country.as_deref(), Some("Kazakhstan"));
        assert_eq!(
            d.events.len(),
            1,
            "the title's tier, undated: {:?}",
            d.events
        );
        assert_eq!(d.events[0].date, None);
        let d =
            extract("KAZAKHSTAN (Tier 2 Watch List) - 2007 Trafficking in Persons Report\n\nText.");
        assert_eq!(d.report_year, Some(2007));
        assert_eq!(d.events[0].date, Some(crate::PartialDate::year(2007)));
        // A dash before the tier; a hyphen inside the name.
        let d = extract("= Testland - Tier 3 - 2011 Trafficking in Persons Report =\n\nText.");
        assert_eq!(d.country.as_deref(), Some("Testland"));
        assert_eq!(d.events.len(), 1, "{:?}", d.events);
        assert_eq!(d.events[0].date, Some(crate::PartialDate::year(2011)));
        let d = extract(
            "= Guinea-Bissau (Tier 2) \u{2014} 2012 Trafficking in Persons Report =\n\nText.",
        );
        assert_eq!(d.country.as_deref(), Some("Guinea-Bissau"));
        let d = extract("The Government of Chad did this. The Government of Chad did that.");
        assert_eq!(d.title, None);
        assert_eq!(d.country.as_deref(), Some("Chad"));
        // A possessive is the country's; a site's label before a title is not the name.
        let d = extract("The Government of Chad's efforts grew. The Government of Chad acted.");
        assert_eq!(d.country.as_deref(), Some("Chad"));
        let d = extract(
            "[ Trafficking, Country-by-Country ] TESTLAND (Tier 2) \u{2013} Extracted\n\nText.",
        );
        assert_eq!(d.country.as_deref(), Some("Testland"));
        // Titles without a tier: the report's year and the country still come from them.
        let d = extract("= Kenya \u{2014} 2021 Trafficking in Persons Report =\n\nText.");
        assert_eq!(
            (d.country.as_deref(), d.report_year),
            (Some("Kenya"), Some(2021))
        );
        let d = extract("2020 Trafficking in Persons Report: Nepal\n\nNEPAL: Tier 2\n\nText.");
        assert_eq!(
            (d.country.as_deref(), d.report_year),
            (Some("Nepal"), Some(2020))
        );
        assert_eq!(d.events.len(), 1, "the title's tier: {:?}", d.events);
        // The year after the report's name, with or without a month.
        let d = extract("Trafficking in Persons Report 2008 - Country Narratives - Westland\n\nWESTLAND (Tier 3)\n\nText.");
        assert_eq!(
            (d.country.as_deref(), d.report_year),
            (Some("Westland"), Some(2008))
        );
        assert_eq!(d.events[0].date, Some(crate::PartialDate::year(2008)));
        let d = extract("EASTLAND (TIER 1) [Extracted from the Trafficking in Persons Report, June 2009]\n\nText.");
        assert_eq!(
            (d.country.as_deref(), d.report_year),
            (Some("Eastland"), Some(2009))
        );
        // A comma after the month.
        let d = extract("The fourth annual trafficking in persons report, June, 2004\n\nText.");
        assert_eq!(d.report_year, Some(2004));
        // A report named in a sentence is no title.
        let d = extract("The Trafficking in Persons Report 2008 placed Westland on Tier 3.\n");
        assert_eq!(d.report_year, None);
    }

    #[test]
    fn unresolved_and_invalid_dates_are_reported() {
        let d = extract("During the reporting period, the government convicted five traffickers.");
        assert_eq!(d.events.len(), 1);
        assert_eq!(d.events[0].date, None);
        assert_eq!(d.diagnostics[0].code, DiagnosticCode::UnresolvedDate);
        assert!(
            d.diagnostics[0]
                .message
                .contains("\"the reporting period\""),
            "{}",
            d.diagnostics[0].message
        );
        let d = extract("On February 30, 2010, the government convicted five traffickers.");
        assert!(d
            .diagnostics
            .iter()
            .any(|x| x.code == DiagnosticCode::InvalidDate));
    }

    #[test]
    fn recommendations_and_back_matter_hold_no_facts() {
        let text = "= X (Tier 2) - 2018 Trafficking in Persons Report =\n\n==Prioritized Recommendations==\n- Prosecute traffickers under Law No. 5 of 2010 and convict 20 officials.\n\n==See also==\n- In 2017 X was placed on Tier 3.\n";
        let d = extract(text);
        let kinds: Vec<_> = d.events.iter().map(|e| e.kind()).collect();
        // A law named with its year is taken for granted by the recommendation.
        assert_eq!(
            kinds,
            [
                crate::EventKind::LawEnacted,
                crate::EventKind::TierPlacement
            ],
            "{:?}",
            d.events
        );
        assert!(d.events[0].inferred);
        assert_eq!(d.events[0].fact.to_string(), "Law No. 5 of 2010");
        // The same under a plain-text heading, as copied from a report's web page.
        let plain = "X (Tier 2) - 2018 Trafficking in Persons Report\n\nPRIORITIZED RECOMMENDATIONS:\nTrain at least 200 police officers. • Amend the penal code. • Increase funding for the 10 shelters.\n\nPROSECUTION\nPolice investigated 12 cases.\n";
        let d = extract(plain);
        let kinds: Vec<_> = d.events.iter().map(|e| e.kind()).collect();
        assert_eq!(
            kinds,
            [crate::EventKind::Statistic, crate::EventKind::TierPlacement],
            "{:?}",
            d.events
        );
    }

    #[test]
    fn bytes_errors() {
        let x = Extractor::default();
        assert!(matches!(
            x.extract_bytes(b"abc\xff def"),
            Err(Error::InvalidUtf8 { offset: 3 })
        ));
        assert!(matches!(
            x.extract_bytes(b"abc\0def"),
            Err(Error::Binary { offset: 3, .. })
        ));
        // UTF-16 is told as such, by its byte order mark.
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("In 2010".bytes().flat_map(|b| [b, 0]))
            .collect();
        let err = x.extract_bytes(&utf16).unwrap_err();
        assert!(matches!(
            err,
            Error::Utf16 {
                order: "little-endian"
            }
        ));
        assert!(err.to_string().contains("convert it to UTF-8"), "{err}");
        assert!(matches!(
            x.extract_bytes(&[0xFE, 0xFF, 0, b'I']),
            Err(Error::Utf16 {
                order: "big-endian"
            })
        ));
        let lossy = Extractor::new(Options {
            lossy: true,
            ..Options::default()
        });
        let d = lossy
            .extract_bytes(b"In 2010 it was placed on Tier 3.\xff")
            .unwrap();
        assert_eq!(d.events.len(), 1);
        assert!(d.diagnostics[0].message.contains("replaced"));
        let small = Extractor::new(Options {
            max_input_bytes: 4,
            ..Options::default()
        });
        assert!(matches!(
            small.extract("hello"),
            Err(Error::TooLarge { size: 5, limit: 4 })
        ));
        // Nothing but whitespace is refused by the checked entry points; `extract` takes it.
        assert!(matches!(x.extract_bytes(b""), Err(Error::Empty)));
        assert!(matches!(x.extract(" \n\t"), Err(Error::Empty)));
        assert_eq!(crate::extract("").events.len(), 0);
    }
}
