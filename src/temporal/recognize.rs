//! Recognition: text → time expressions with their positions. No resolution here.

use super::lexicon::{
    month_number, ordinal_alternation, ordinal_number, period_shift, CASE_NOUNS,
    LAST_YEAR_COMPARED, LAW_VERBS, NAMED_OF_YEAR, NAME_DETERMINERS, NAME_NOUNS, PLAN_NOUNS,
    RELATIVE_CUES, REPORT_NOUNS,
};
use super::scan::{year_phrases, YearForm, YearPhrase};
use super::{PartialDate, TimeExpr};
use crate::lazy_regex;
use std::ops::Range;

/// A time expression and where it stands in the (normalized) sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeMention {
    /// Byte range in the sentence text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// What was recognized.
    pub expr: TimeExpr,
}

impl TimeMention {
    /// The byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

lazy_regex!(
    RELATIVE,
    format!(
        r"(?x)
        \b(?i:(?:the\ )?(?P<rp_shift>previous|prior|last|preceding|past|next|following|coming|subsequent|current|same|this)?\ ?reporting\ (?:period|year))\b
      | \b(?i:(?:last\ year's|the\ (?:previous|prior|preceding)\ year's|the\ (?:previous|prior|preceding|last))\ (?:TIP\ |Trafficking\ in\ Persons\ )?report)\b
      | \b(?i:(?:over|in|during|within)\ the\ (?:last|past)\ (?:year|12\ months|twelve\ months))\b
      | \b(?i:an?\ (?:previous|prior|preceding|earlier)\ (?:reporting\ )?(?:year|period))\b
      | \b(?i:(?:the\ )?(?P<yr_shift>previous|prior|preceding|next|following|coming|subsequent)\ (?:(?:[a-z]+\ )?fiscal\ )?(?:year|period))\b
      | \b(?i:(?P<last_year>last)\ (?:fiscal\ )?year)\b
      | \b(?i:(?P<year_before>the\ year\ (?:before|prior)|(?:a|one)\ year\ (?:earlier|before|prior)))\b
      | \b(?i:(?P<year_later>(?:a|one)\ year\ later))\b
      | \b(?i:the\ (?P<rec_shift>last|past|previous|prior|preceding)\ (?P<rec_n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\ (?:reporting\ periods|years))\b
      | \b(?i:the\ (?P<rec_n_first>two|three|four|five|six|seven|eight|nine|ten|[2-9])\ (?P<rec_shift_after>last|past|previous|prior|preceding)\ (?:reporting\ periods|years))\b
      | \b(?P<earlier>(?i:(?:in|during)\ (?:the\ )?(?:previous|prior|past|recent|earlier)|over\ the)\ years)\b
      | \b(?i:for\ (?:at\ least\ )?(?:the|an?)\ (?P<cons_a>{o})\ (?:consecutive|straight|successive)\ (?:year|reporting\ period|time))
      | \b(?i:for\ (?:at\ least\ )?(?P<cons_c>{n})\ (?:consecutive|straight|successive)\ (?:years|reporting\ periods))
      | \b(?i:for\ (?:at\ least\ )?(?P<cons_d>{n})\ years\ (?:straight|running|in\ a\ row))
      | \b(?i:(?:for\ )?(?:at\ least\ )?(?:the\ )?(?P<cons_b>{o})\ (?:year|time)\ in\ a\ row)
      | \b(?i:for\ (?:at\ least\ )?(?:the|an?)\ (?P<cons_e>{o})\ year)\b
        ",
        o = ordinal_alternation(),
        n = RUN_LENGTHS,
    )
);
crate::lazy_cues!(RELATIVE_CUE_SET, RELATIVE_CUES);

/// How many years a run told by a cardinal may last ("for 13 consecutive years"): no more
/// than the reports have.
const RUN_LENGTHS: &str = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|1[0-9]|2[0-5]|[2-9]";

/// Finds the time expressions of a sentence, left to right, without overlaps.
pub fn recognize(text: &str) -> Vec<TimeMention> {
    recognize_with(text, RELATIVE_CUE_SET.any_in(text))
}

/// As [`recognize()`], told whether the sentence has a word of
/// [`RELATIVE_CUES`] (known from a scan made for other reasons): without one,
/// only expressions built on a year are looked for.
pub fn recognize_with(text: &str, has_relative_cue: bool) -> Vec<TimeMention> {
    let mut found: Vec<TimeMention> = year_phrases(text)
        .iter()
        .filter_map(|p| {
            let expr = year_expr(text, p)?;
            Some(TimeMention {
                start: p.start,
                end: p.end,
                expr,
            })
        })
        .collect();
    if has_relative_cue {
        let before = found.len();
        found.extend(
            RELATIVE
                .find_iter(text)
                .filter(|m| !year_of_something(text, m))
                .map(|m| TimeMention {
                    start: m.start(),
                    end: m.end(),
                    expr: match relative_expr(m.as_str()) {
                        // "produced no prosecutions last year": the year reported on;
                        // "compared with two cases last year", "unlike last year": the one
                        // before it.
                        TimeExpr::ReportingPeriod { offset: -1 }
                            if starts_with_last(m.as_str())
                                && !compared_before(&text[..m.start()]) =>
                        {
                            TimeExpr::ReportingPeriod { offset: 0 }
                        }
                        e => e,
                    },
                }),
        );
        if found.len() > before {
            // Leftmost first, without overlaps.
            found.sort_by_key(|t| t.start);
            let mut end = 0;
            found.retain(|t| {
                let keep = t.start >= end;
                if keep {
                    end = t.end;
                }
                keep
            });
        }
    }
    mark_listed_names(text, &mut found);
    years_later(text, &mut found);
    found
}

/// "for the second year of the program", "for the first year": an ordinal year told with no
/// word of a run, that is no run. It is one where its clause ends or goes on after it ("For
/// the second year, the government did not ...").
fn year_of_something(text: &str, m: &crate::pattern::Match<'_>) -> bool {
    let found = m.as_str();
    let mut words = found.split_whitespace().rev();
    let (Some(year), Some(ordinal)) = (words.next(), words.next()) else {
        return false;
    };
    let opens_with_for = found
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("for"));
    if !year.eq_ignore_ascii_case("year") || !opens_with_for {
        return false;
    }
    let Some(n) = ordinal_number(ordinal) else {
        return false;
    };
    let rest = &text[m.end()..];
    let next = rest.split_whitespace().next().unwrap_or("");
    let goes_on = next.is_empty()
        || rest.starts_with([',', ';', '.', ')'])
        || crate::pattern::is_one_of(next, &["and", "but", "despite", "although"]);
    n < 2 || !goes_on
}

lazy_regex!(
    YEARS_LATER,
    r"\b(?i:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+later)\b"
);

/// "signed the convention in 2006 and ratified it two years later": counted on from the
/// date told before it in the sentence, a point of its own. With no date before it, "a year
/// later" stays the period after the reporting period.
fn years_later(text: &str, found: &mut Vec<TimeMention>) {
    crate::lazy_finder!(LATER, "later");
    if found.is_empty() || LATER.find(text.as_bytes()).is_none() {
        return;
    }
    for m in YEARS_LATER.captures_iter(text) {
        let whole = m.get(0).expect("group 0");
        let told_before = found.iter().rev().find_map(|t| match t.expr {
            TimeExpr::Point(d) if t.end <= whole.start() => Some(d.year),
            _ => None,
        });
        let (Some(year), Some(n)) = (told_before, m.name("n")) else {
            continue;
        };
        let n = match n.as_str() {
            a if a.eq_ignore_ascii_case("a") => 1,
            n => count_of(n),
        };
        let expr = point(year + n as i32, None, None);
        found.retain(|t| t.end <= whole.start() || t.start >= whole.end());
        let at = found.partition_point(|t| t.start < whole.start());
        found.insert(
            at,
            TimeMention {
                start: whole.start(),
                end: whole.end(),
                expr,
            },
        );
    }
}

/// "last year", "Last fiscal year".
fn starts_with_last(found: &str) -> bool {
    found
        .get(..5)
        .is_some_and(|h| h.eq_ignore_ascii_case("last "))
}

/// Whether the clause up to a time compares with it ("compared with two cases", "unlike").
fn compared_before(before: &str) -> bool {
    let clause = &before[crate::pattern::last_break(before, &[',', ';']).map_or(0, |i| i + 1)..];
    let clause = clause.to_ascii_lowercase();
    LAST_YEAR_COMPARED.iter().any(|w| clause.contains(w))
}

/// What an expression built on a year says; `None` for a number that only looks like one.
fn year_expr(text: &str, p: &YearPhrase) -> Option<TimeExpr> {
    let num = |r: &std::ops::Range<usize>| text[r.clone()].parse::<i32>().ok();
    let year = num(&p.year)?;
    Some(match &p.form {
        YearForm::Date { day, month } => {
            point(year, Some(&text[month.clone()]), day.as_ref().and_then(num))
        }
        // "from January 2019 to June 2019" lies within one year; "between October 2017 and
        // September 2018" and "from October 2021 through December 2022", months of two
        // years, in the year holding most of them: of twelve months or fewer split evenly
        // ("July 2016 to June 2017", a fiscal year), the later; of more, none (January 2020 to
        // December 2021).
        YearForm::Span {
            to: to_range,
            dash: false,
        } => match num(to_range)? {
            to if to == year => TimeExpr::Point(PartialDate::year(year)),
            to => match months_across(text, p.year.start, to_range.start) {
                Some((first, last)) if to == year + 1 && (last < first || 13 - first != last) => {
                    let main = if 13 - first > last { year } else { to };
                    TimeExpr::Point(PartialDate::year(main))
                }
                _ => TimeExpr::Range { from: year, to },
            },
        },
        YearForm::Span { to, dash: true } => {
            if !plain_number_edges(text, p.start, p.end) {
                return None;
            }
            let to = num(to).unwrap_or(0);
            let to = if to < 100 { year / 100 * 100 + to } else { to };
            if to < year {
                return None; // "2019-10": not a range of years
            }
            match used_as_name(text, p.start, p.end, year) {
                Some(TimeExpr::NamedYear(y)) => TimeExpr::NamedYear(y),
                _ if period_of_a_plan(&text[..p.start]) => TimeExpr::NamedYear(year),
                _ => TimeExpr::Range { from: year, to },
            }
        }
        YearForm::Since => TimeExpr::Since(year),
        YearForm::Qualified => TimeExpr::Point(PartialDate::year(year)),
        YearForm::Bare => {
            if !plain_number_edges(text, p.start, p.end) {
                return None;
            }
            classify_year(text, p.start, p.end, year)
        }
    })
}

/// What an expression without a year (a [`RELATIVE`] match) says.
fn relative_expr(found: &str) -> TimeExpr {
    // "a previous year", "an earlier reporting period": some year before, not the one before.
    let mut words = found.split(' ');
    if words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
        && words.next().is_some_and(|w| {
            ["previous", "prior", "preceding", "earlier"]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
        })
    {
        return TimeExpr::EarlierYears;
    }
    // The common form, "the (previous) reporting period", is read without capture groups.
    // Not "for the third consecutive reporting period", a run read below.
    let several = found.ends_with('s')
        || found.ends_with('S')
        || crate::pattern::contains_ci(found, "consecutive");
    if let Some(at) = crate::pattern::find_ci(found, "reporting", 0).filter(|_| !several) {
        let offset = found[..at]
            .split_whitespace()
            .last()
            .and_then(period_shift)
            .unwrap_or(0);
        return TimeExpr::ReportingPeriod { offset };
    }
    // "last year's report", "the previous TIP report": the only form ending in "report".
    if found.len() > 6 && found.as_bytes()[found.len() - 6..].eq_ignore_ascii_case(b"report") {
        return TimeExpr::RelativeReport { offset: -1 };
    }
    let Some(c) = RELATIVE.captures(found) else {
        return TimeExpr::ReportingPeriod { offset: 0 };
    };
    // "compared with two cases last year": the period before.
    // "compared with 17 the year before", "a year earlier": the period before too.
    if let Some(s) = c
        .name("yr_shift")
        .or(c.name("last_year"))
        .or(c.name("year_before"))
    {
        TimeExpr::ReportingPeriod {
            offset: period_shift(s.as_str()).unwrap_or(-1),
        }
    } else if c.name("year_later").is_some() {
        // "and 25 a year later": the period after.
        TimeExpr::ReportingPeriod { offset: 1 }
    } else if let (Some(shift), Some(n)) = (
        c.name("rec_shift").or(c.name("rec_shift_after")),
        c.name("rec_n").or(c.name("rec_n_first")),
    ) {
        // "the past two reporting periods" ends with the current one; "the previous two
        // years" ("the two previous years") before it.
        let offset = match shift.as_str().to_ascii_lowercase().as_str() {
            "last" | "past" => 0,
            _ => -1,
        };
        TimeExpr::RecentPeriods {
            count: count_of(n.as_str()),
            offset,
        }
    } else if c.name("earlier").is_some() {
        TimeExpr::EarlierYears
    } else if let Some(o) = c.name("cons_a").or(c.name("cons_b")).or(c.name("cons_e")) {
        TimeExpr::Consecutive(ordinal_number(o.as_str()).unwrap_or(2))
    } else if let Some(n) = c.name("cons_c").or(c.name("cons_d")) {
        TimeExpr::Consecutive(count_of(n.as_str()))
    } else {
        // "over the last year": the reporting period itself.
        TimeExpr::ReportingPeriod { offset: 0 }
    }
}

/// A small count written in digits or words ("three", "3"); two when unreadable.
fn count_of(n: &str) -> u32 {
    n.parse::<u32>()
        .ok()
        .or_else(|| crate::quantity::words::word_value(n).and_then(|v| u32::try_from(v).ok()))
        .unwrap_or(2)
}

fn point(year: i32, month: Option<&str>, day: Option<i32>) -> TimeExpr {
    let month = month.and_then(month_number);
    let day = day.and_then(|d| u8::try_from(d).ok());
    match PartialDate::new(year, month, day) {
        Ok(d) => TimeExpr::Point(d),
        Err(_) => TimeExpr::Invalid,
    }
}

/// The months named right before the two years of a span ("October 2017 and September 2018").
fn months_across(text: &str, first_year: usize, second_year: usize) -> Option<(u8, u8)> {
    let month_before = |at: usize| {
        let before = text.get(..at)?.trim_end();
        let word = before.rsplit(' ').next()?;
        month_number(word)
    };
    Some((month_before(first_year)?, month_before(second_year)?))
}

/// A bare number is not part of "$2010", "1,2010", "2010.5", "2010%", "006/2010" (that one is a name, see below).
fn plain_number_edges(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let before = start.checked_sub(1).map(|i| b[i]);
    let after = b.get(end).copied();
    let after2 = b.get(end + 1).copied();
    if matches!(before, Some(b'$' | b'.' | b',')) && start >= 2 && b[start - 2].is_ascii_digit() {
        return false;
    }
    if before == Some(b'$') {
        return false;
    }
    if matches!(after, Some(b'.' | b',')) && after2.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    after != Some(b'%')
}

/// A year is a name part when it follows "Law ... of", a slash, or a determiner
/// and precedes a law, treaty or report noun within three words.
fn classify_year(text: &str, start: usize, end: usize, year: i32) -> TimeExpr {
    let before = &text[..start];
    if before.ends_with('/') {
        return TimeExpr::NamedYear(year);
    }
    // "the Trafficking Victims Protection Act 2000", "the ... Act, 2012": how acts are titled.
    if before.ends_with("Act ") || before.ends_with("Act, ") {
        return TimeExpr::NamedYear(year);
    }
    if let Some(prefix) = before.strip_suffix(" of ") {
        // "Law No. 91 of 2013", "Law 263 of 2012", "Decree 12 of 2010"
        let last_words: Vec<&str> = prefix.rsplit(' ').take(3).collect();
        if last_words
            .first()
            .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))
            && last_words.iter().any(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "law" | "no." | "decree" | "act" | "resolution" | "order"
                )
            })
        {
            return TimeExpr::NamedYear(year);
        }
        // "the Employment Act of 2007", "the Penal Code of 1997", "the ... Act (TVPA) of 2000"
        let mut words = prefix.rsplit(' ');
        let mut noun = words.next().unwrap_or("");
        if noun.len() > 2 && noun.starts_with('(') && noun.ends_with(')') {
            noun = words.next().unwrap_or("");
        }
        if NAMED_OF_YEAR.iter().any(|n| noun.eq_ignore_ascii_case(n)) {
            return TimeExpr::NamedYear(year);
        }
    }
    used_as_name(text, start, end, year).unwrap_or(TimeExpr::Point(PartialDate::year(year)))
}

/// A year (or span of years) between a determiner and the noun of a name or a report
/// ("the 2008 immigration law", "its 2018-2020 national action plan", "the 2019 report").
fn used_as_name(text: &str, start: usize, end: usize, year: i32) -> Option<TimeExpr> {
    let prev = text[..start].trim_end().rsplit(' ').next().unwrap_or("");
    let determiner = NAME_DETERMINERS
        .iter()
        .any(|d| prev.eq_ignore_ascii_case(d))
        || prev.ends_with("'s")
        || prev.ends_with("'S")
        || prev.ends_with("s'")
        || prev.ends_with("S'");
    if !determiner {
        return None;
    }
    match following_noun(&text[..start], &text[end..])? {
        NounKind::Name => Some(TimeExpr::NamedYear(year)),
        NounKind::Report => Some(TimeExpr::ReportYear(year)),
    }
}

/// Whether a span of years follows a plan and "for" or "covering" ("a national strategy for
/// 2021-2026"): the period the plan names, not a time of the sentence.
fn period_of_a_plan(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let (Some(link), Some(noun)) = (words.next(), words.next()) else {
        return false;
    };
    ["for", "covering"]
        .iter()
        .any(|l| link.eq_ignore_ascii_case(l))
        && PLAN_NOUNS.iter().any(|n| noun.eq_ignore_ascii_case(n))
}

enum NounKind {
    Name,
    Report,
}

/// Looks at up to four words after a year (skipping "and 2019") for a name or report noun.
fn following_noun(before: &str, rest: &str) -> Option<NounKind> {
    const TITLE_LINKS: [&str; 8] = ["in", "of", "on", "and", "against", "for", "the", "to"];
    if acronym_of_a_law(before, rest) {
        return Some(NounKind::Name);
    }
    let mut seen = 0;
    // A title's words ("the 2015 Combating Trafficking in Persons Act") may be more.
    let mut title = true;
    for raw in rest.split(' ').filter(|w| !w.is_empty()) {
        // "the 2002 Bonded Labor (Prohibition) Act": a bracketed word of the title.
        let bracketed_title_word = title
            && seen > 0
            && raw.len() > 3
            && raw.starts_with('(')
            && raw.ends_with(')')
            && raw.as_bytes()[1].is_ascii_uppercase();
        if raw.starts_with([',', ';', '(', ':']) && !bracketed_title_word {
            return None;
        }
        // "the 2013 ... act's provisions": the owner's noun.
        let w = raw
            .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
            .trim_end_matches("'s")
            .trim_end_matches("\u{2019}s")
            .trim_matches(|c: char| !c.is_ascii_alphanumeric())
            .to_ascii_lowercase();
        if REPORT_NOUNS.contains(&w.as_str()) {
            return Some(NounKind::Report);
        }
        // "the 2019 Anti-Trafficking in Persons Order", not "a 2019 court order".
        let titled_order = w == "order" && title && raw.starts_with('O');
        if NAME_NOUNS.contains(&w.as_str()) || CASE_NOUNS.contains(&w.as_str()) || titled_order {
            return Some(NounKind::Name);
        }
        if raw.ends_with([',', ';', ':', '.']) {
            return None;
        }
        let is_year = w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit());
        if !(is_year || w == "and") {
            seen += 1;
        }
        title &= raw.starts_with(|c: char| c.is_ascii_uppercase())
            || bracketed_title_word
            || TITLE_LINKS.contains(&raw);
        if seen >= if title { 9 } else { 4 } {
            return None;
        }
    }
    None
}

/// "the 2007 HTTCA criminalized ..." (an acronym that a law's verb follows) or "prohibits
/// trafficking through the 2007 HTTCA" (an acronym of an act, law or code, `before` ending
/// in the preposition and determiner that lead to a law).
pub fn acronym_of_a_law(before: &str, rest: &str) -> bool {
    acronym_before_a_law_verb(rest) || acronym_as_instrument(before, rest)
}

fn acronym_as_instrument(before: &str, rest: &str) -> bool {
    let mut back = before.trim_end().rsplit(' ');
    let (Some(determiner), Some(preposition)) = (back.next(), back.next()) else {
        return false;
    };
    let led = ["through", "under"]
        .iter()
        .any(|p| preposition.eq_ignore_ascii_case(p))
        && ["the", "its", "their"]
            .iter()
            .any(|d| determiner.eq_ignore_ascii_case(d));
    let mut words = rest.split_whitespace();
    let Some(acronym) = words
        .next()
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
    else {
        return false;
    };
    led && (3..=7).contains(&acronym.len())
        && acronym.bytes().all(|c| c.is_ascii_uppercase())
        && acronym.ends_with(['A', 'L', 'C'])
        && words
            .next()
            .is_none_or(|w| !w.starts_with(|c: char| c.is_ascii_uppercase()))
}

fn acronym_before_a_law_verb(rest: &str) -> bool {
    let rest = rest.trim_start();
    if !rest.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut words = rest.split_whitespace();
    let (Some(acronym), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    (2..=7).contains(&acronym.len())
        && acronym.bytes().all(|c| c.is_ascii_uppercase())
        && LAW_VERBS.iter().any(|v| verb.starts_with(v))
}

/// "its 2018 and 2019 Trafficking in Persons Report": the second year of a
/// listed pair takes the kind of the first when the first is a report or name year.
/// The first may have words of its own before the joining word ("the 2003 anti-trafficking
/// or 2015 anti-slavery laws").
fn mark_listed_names(text: &str, out: &mut [TimeMention]) {
    for i in (1..out.len()).rev() {
        let (a, b) = (out[i - 1], out[i]);
        let between = &text[a.end..b.start];
        let own_words = |joiner: &str| {
            between.strip_suffix(joiner).is_some_and(|words| {
                let words: Vec<&str> = words.split_whitespace().collect();
                (1..=2).contains(&words.len())
                    && words
                        .iter()
                        .all(|w| w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-'))
            })
        };
        let listed = matches!(between, " and " | ", " | " or " | " and the ")
            || own_words(" or ")
            || own_words(" and ");
        if !listed {
            continue;
        }
        if let TimeExpr::Point(d) = b.expr {
            if d.month.is_none() {
                if let Some(kind) = following_noun(&text[..b.start], &text[b.end..]) {
                    let y = d.year;
                    let first = match a.expr {
                        TimeExpr::Point(p) if p.month.is_none() => Some(p.year),
                        TimeExpr::ReportYear(y) | TimeExpr::NamedYear(y) => Some(y),
                        _ => None,
                    };
                    if let (Some(ay), true) = (first, is_determined(text, a.start)) {
                        let (ea, eb) = match kind {
                            NounKind::Report => (TimeExpr::ReportYear(ay), TimeExpr::ReportYear(y)),
                            NounKind::Name => (TimeExpr::NamedYear(ay), TimeExpr::NamedYear(y)),
                        };
                        out[i - 1].expr = ea;
                        out[i].expr = eb;
                    }
                }
            }
        }
    }
}

fn is_determined(text: &str, start: usize) -> bool {
    let prev = text[..start]
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    NAME_DETERMINERS.contains(&prev.as_str()) || prev.ends_with("'s")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        recognize(text)
            .iter()
            .map(|m| format!("{}={}", &text[m.range()], m.expr))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn absolute_dates() {
        insta::assert_snapshot!(show("ratified in March 2005 and on 3 May 2010, June 4, 2011, mid-2019"), @"March 2005=2005-03 | 3 May 2010=2010-05-03 | June 4, 2011=2011-06-04 | mid-2019=2019");
        insta::assert_snapshot!(show("placed in Tier 3 in 2017 and 2023"), @"2017=2017 | 2023=2023");
        insta::assert_snapshot!(show("between 2014 and 2019, since 2017, from 2015 to 2018, in 2022-2024"), @"between 2014 and 2019=2014..=2019 | since 2017=since 2017 | from 2015 to 2018=2015..=2018 | 2022-2024=2022..=2024");
        insta::assert_snapshot!(show("between April 2018 and March 2019, from January 2019 to June 2019"), @"between April 2018 and March 2019=2018 | from January 2019 to June 2019=2019");
        insta::assert_snapshot!(show("from the years 2016 to 2018, between the years 2010 and 2012"), @"from the years 2016 to 2018=2016..=2018 | between the years 2010 and 2012=2010..=2012");
        // A year qualified at either end still bounds the span.
        insta::assert_snapshot!(show("between 2004 and the start of 2012, from mid-2010 to late 2011"), @"between 2004 and the start of 2012=2004..=2012 | from mid-2010 to late 2011=2010..=2011");
        // Months across two years: the year holding most of them (of twelve months or fewer, a
        // tie is the later; of more, no year).
        insta::assert_snapshot!(show("between October 2017 and September 2018, from July 2016 to June 2017, from January 2017 to March 2018"), @"between October 2017 and September 2018=2018 | from July 2016 to June 2017=2017 | from January 2017 to March 2018=2017");
        insta::assert_snapshot!(show("From October 2021 through December 2022, from January 2020 to December 2021, between July 2015 and October 2016"), @"From October 2021 through December 2022=2022 | from January 2020 to December 2021=2020..=2021 | between July 2015 and October 2016=2016");
        insta::assert_snapshot!(show("from March 2018 to May 2020"), @"from March 2018 to May 2020=2018..=2020");
        insta::assert_snapshot!(show("Between January and June 2015, and from April through September 2009"), @"Between January and June 2015=2015 | from April through September 2009=2009");
    }

    #[test]
    fn years_inside_names_are_not_dates() {
        insta::assert_snapshot!(show("Turkmenistan ratified the 2000 UN TIP Protocol in March 2005"), @"2000=named 2000 | March 2005=2005-03");
        insta::assert_snapshot!(show("The 2007 trafficking law has provisions"), @"2007=named 2007");
        insta::assert_snapshot!(show("under Law No. 91 of 2013 and Law 006/PR/2018"), @"2013=named 2013 | 2018=named 2018");
        insta::assert_snapshot!(show("as required by the country's 2018 law"), @"2018=named 2018");
        insta::assert_snapshot!(show("The 2007 HTTCA criminalized it; the 2002 Bonded Labor (Prohibition) Act; the 2019 TIP report; the 2010 UN study"), @"2007=named 2007 | 2002=named 2002 | 2019=report 2019 | 2010=named 2010");
        insta::assert_snapshot!(show("The 2007 HTTCA team met; in 2007 HTTCA criminalized it; the 2002 Labor (prohibition) rules"), @"2007=2007 | 2007=2007 | 2002=2002");
        insta::assert_snapshot!(show("the standards of the Trafficking Victims Protection Act of 2000 and the Penal Code of 1997, since 2001; the law of 2005"), @"2000=named 2000 | 1997=named 1997 | since 2001=since 2001 | 2005=named 2005");
        insta::assert_snapshot!(show("the Trafficking Victims Protection Act (TVPA) of 2000's standards, but (as in) of 2003"), @"2000=named 2000 | 2003=2003");
        insta::assert_snapshot!(show("under the Trafficking Victims Protection Act 2000; the Child Act, 2012; the Act in 2012"), @"2000=named 2000 | 2012=named 2012 | 2012=2012");
        insta::assert_snapshot!(show("In its 2018 and 2019 Trafficking in Persons Report, it said"), @"2018=report 2018 | 2019=report 2019");
        insta::assert_snapshot!(show("did not train judges on the 2003 anti-trafficking or 2015 anti-slavery laws"), @"2003=named 2003 | 2015=named 2015");
        insta::assert_snapshot!(show("The 2018 report highlighted three prosecutions"), @"2018=report 2018");
        insta::assert_snapshot!(show("In 2023 the Organised Crime Index gave"), @"2023=2023");
        insta::assert_snapshot!(show("The 2015 Combating Trafficking in Persons Act prohibits it"), @"2015=named 2015");
        // A span of years names a plan as a single year does.
        insta::assert_snapshot!(show("finalizing the 2018-2020 national action plan; its 2022-24 NAP; in 2018-2020 the plan"), @"2018-2020=named 2018 | 2022-24=named 2022 | 2018-2020=2018..=2020");
        // Not a title: a year four plain words before a name noun is a date.
        insta::assert_snapshot!(show("the 2015 changes to the labor law"), @"2015=2015");
        // A case named by the year it began; a law named after an adjective of its age.
        insta::assert_snapshot!(show("continued to try a 2017 forced labor case; cases opened in 2016"), @"2017=named 2017 | 2016=2016");
        insta::assert_snapshot!(show("under the pre-existing 2009 law and its former 2003 code"), @"2009=named 2009 | 2003=named 2003");
        insta::assert_snapshot!(show("adopted a national strategy for 2021-2026 and a plan covering 2019-2023; from 2015-2018 it"), @"2021-2026=named 2021 | 2019-2023=named 2019 | 2015-2018=2015..=2018");
    }

    #[test]
    fn relative_expressions() {
        insta::assert_snapshot!(show("during the reporting period and the previous reporting period"), @"the reporting period=reporting period +0 | the previous reporting period=reporting period -1");
        insta::assert_snapshot!(show("During the previous year, over the next year, over the last year"), @"the previous year=reporting period -1 | the next year=reporting period +1 | over the last year=reporting period +0");
        insta::assert_snapshot!(show("compared with two cases last year; unlike last year, in last year's report"), @"last year=reporting period -1 | last year=reporting period -1 | last year's report=report -1");
        insta::assert_snapshot!(show("compared with 17 the year before, 31 a year earlier and 12 the year prior"), @"the year before=reporting period -1 | a year earlier=reporting period -1 | the year prior=reporting period -1");
        insta::assert_snapshot!(show("and 25 a year later; one year later, it"), @"a year later=reporting period +1 | one year later=reporting period +1");
        // Some year before, not the one before.
        insta::assert_snapshot!(show("one prosecution initiated in a previous year; cases from an earlier reporting period"), @"a previous year=earlier years | an earlier reporting period=earlier years");
        // Counted on from a date told before it.
        insta::assert_snapshot!(show("signed the convention in 2006 and ratified it two years later"), @"2006=2006 | two years later=2008");
        insta::assert_snapshot!(show("adopted in May 2010 and amended a year later"), @"May 2010=2010-05 | a year later=2011");
        // Told of itself, the year reported on.
        insta::assert_snapshot!(show("Authorities produced no prosecutions last year."), @"last year=reporting period +0");
        insta::assert_snapshot!(show("for the second consecutive year; for the third year in a row"), @"for the second consecutive year=consecutive 2 | for the third year in a row=consecutive 3");
        insta::assert_snapshot!(show("for a second consecutive year, for two consecutive years"), @"for a second consecutive year=consecutive 2 | for two consecutive years=consecutive 2");
        insta::assert_snapshot!(show("for the third consecutive reporting period, for two consecutive reporting periods"), @"for the third consecutive reporting period=consecutive 3 | for two consecutive reporting periods=consecutive 2");
        insta::assert_snapshot!(show("for an eighth consecutive year"), @"for an eighth consecutive year=consecutive 8");
        // An ordinal year is a run where its clause ends or goes on after it; not one of a thing.
        insta::assert_snapshot!(show("For the second year, police made no arrests; none for a third year."), @"For the second year=consecutive 2 | for a third year=consecutive 3");
        insta::assert_snapshot!(show("for the second year of the plan; for the first year, it; for the third year and"), @"for the third year=consecutive 3");
        insta::assert_snapshot!(show("for the third time in a row; for a second consecutive time"), @"for the third time in a row=consecutive 3 | for a second consecutive time=consecutive 2");
        // Runs longer than ten, and "years straight", "years running".
        insta::assert_snapshot!(show("for 13 consecutive years, for twelve years straight, for 11 years running"), @"for 13 consecutive years=consecutive 13 | for twelve years straight=consecutive 12 | for 11 years running=consecutive 11");
        // A run told as a floor is read as its length.
        insta::assert_snapshot!(show("for at least the fifth consecutive year; for at least three years in a row"), @"for at least the fifth consecutive year=consecutive 5 | for at least three years in a row=consecutive 3");
        // No run of one year, nor one longer than the reports.
        insta::assert_snapshot!(show("for one year straight, for 40 years running"), @"");
        insta::assert_snapshot!(show("in last year's report, the previous TIP report, the prior year's Trafficking in Persons Report"), @"last year's report=report -1 | the previous TIP report=report -1 | the prior year's Trafficking in Persons Report=report -1");
        // Reports that are no TIP report: "last year's" tells only the year.
        insta::assert_snapshot!(show("a report by the previous government; last year's reports of abuse"), @"last year=reporting period +0");
        insta::assert_snapshot!(show("during the past two reporting periods, zero the previous three years, the last 4 years"), @"the past two reporting periods=2 periods to +0 | the previous three years=3 periods to -1 | the last 4 years=4 periods to +0");
        // The number may come before the shift word.
        insta::assert_snapshot!(show("in the two previous years, the three prior reporting periods, the two past years"), @"the two previous years=2 periods to -1 | the three prior reporting periods=3 periods to -1 | the two past years=2 periods to +0");
        insta::assert_snapshot!(show("In previous years, in recent years and over the years"), @"In previous years=earlier years | in recent years=earlier years | over the years=earlier years");
    }

    #[test]
    fn not_years() {
        insta::assert_snapshot!(show("$2010 fine, 2,010 victims, 2019.5 score, 2015% and Article 129"), @"");
        insta::assert_snapshot!(show("February 30, 2010"), @"February 30, 2010=invalid");
    }
}
