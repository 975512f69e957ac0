//! The syntax of expressions built on a year, scanned by hand around each year:
//!
//! ```text
//! year_phrase := DAY " " MONTH "."? ","? " " YEAR          "3 May 2010"
//!              | MONTH "."? " " DAY ","? " " YEAR           "May 3, 2010"
//!              | MONTH "."? ","? " " ("of ")? YEAR          "May 2010", "March of 2012"
//!              | "between " "the years "? LEAD? YEAR " and " LEAD? YEAR     "between April 2018 and March 2019", "between 2004 and the start of 2012"
//!              | "from " "the years "? LEAD? YEAR " " ("to"|"until"|"through"|"till") " " LEAD? YEAR
//!              | "between " MONTH " and " MONTH " " YEAR    "between January and June 2015" (one year)
//!              | "from " MONTH " " ("to"|...) " " MONTH " " YEAR
//!              | YEAR " "? "-" " "? (YEAR | DD)             "2022-2024", "2019-20"
//!              | "since " YEAR
//!              | ("mid"|"early"|"late"|"the end of"|...) ("-"|" ") YEAR
//!              | YEAR
//! YEAR := 18dd | 19dd | 20dd, ending a word;  DAY := one or two digits;  MONTH := a name of [`MONTHS`]
//! LEAD := MONTH " " | ("mid"|"early"|"late"|"the end of"|...) ("-"|" ")
//! ```
//!
//! Months and the linking words are matched as written, "between", "from",
//! "since" and the qualifiers in any case. Each expression starts at a word start
//! and ends a word; they do not overlap and are taken leftmost first, in the order
//! above. Expressions without a year ("the previous reporting period") are left to
//! [`super::recognize()`]. The scanner only looks around years, so text without
//! one costs a byte search.

use super::lexicon::MONTHS;
use std::ops::Range;

/// What was found around a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearForm {
    /// A calendar date: the day (if any) and the month.
    Date {
        /// The day of the month.
        day: Option<Range<usize>>,
        /// The month's name.
        month: Range<usize>,
    },
    /// A span of years.
    Span {
        /// The last year (two digits when written "2019-20").
        to: Range<usize>,
        /// Written with a dash.
        dash: bool,
    },
    /// "since 2017".
    Since,
    /// "mid-2019", "the end of 2019".
    Qualified,
    /// A year alone.
    Bare,
}

/// An expression built on a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearPhrase {
    /// Start of the expression.
    pub start: usize,
    /// End of the expression.
    pub end: usize,
    /// The (first) year.
    pub year: Range<usize>,
    /// The rest.
    pub form: YearForm,
}

/// How far before its year an expression can start ("the beginning of 2010").
const LOOK_BACK: usize = 24;
/// How far a span of months can start ("between September and November 2010").
const MONTH_SPAN_LOOK_BACK: usize = 36;

const QUALIFIERS: &[&str] = &[
    "mid",
    "early",
    "late",
    "the end of",
    "the beginning of",
    "the start of",
    "the middle of",
    "end of",
];

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// True when a word starts at `at`.
fn word_start(b: &[u8], at: usize) -> bool {
    at < b.len() && is_word(b[at]) && (at == 0 || !is_word(b[at - 1]))
}

/// True when `at` ends a word.
fn word_end(b: &[u8], at: usize) -> bool {
    at > 0 && is_word(b[at - 1]) && (at == b.len() || !is_word(b[at]))
}

/// End of a year token starting at `at` (it need not end a word).
fn year_at(b: &[u8], at: usize) -> Option<usize> {
    let t = b.get(at..at + 4)?;
    let century = matches!(&t[..2], b"18" | b"19" | b"20");
    (century && t[2].is_ascii_digit() && t[3].is_ascii_digit()).then_some(at + 4)
}

/// End of a year token at `at` that ends a word.
fn whole_year_at(b: &[u8], at: usize) -> Option<usize> {
    year_at(b, at).filter(|&e| word_end(b, e))
}

/// End of `lit` at `at`, matched exactly or (with `fold`) ASCII-case-insensitively.
fn lit(b: &[u8], at: usize, lit: &str, fold: bool) -> Option<usize> {
    let (first, want) = (*b.get(at)?, lit.as_bytes()[0]);
    if first != want && !(fold && first.eq_ignore_ascii_case(&want)) {
        return None;
    }
    let end = at + lit.len();
    let t = b.get(at..end)?;
    let same = if fold {
        t.eq_ignore_ascii_case(lit.as_bytes())
    } else {
        t == lit.as_bytes()
    };
    same.then_some(end)
}

/// `at` plus one if the byte there is `c`, else `at` (an optional character).
fn opt(b: &[u8], at: usize, c: u8) -> usize {
    at + usize::from(b.get(at) == Some(&c))
}

/// Ends of the one- and two-digit day numbers at `at`, longest first.
fn days_at(b: &[u8], at: usize) -> impl Iterator<Item = usize> {
    let digits = b[at.min(b.len())..]
        .iter()
        .take(2)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (1..=digits).rev().map(move |n| at + n)
}

/// Indexes into [`MONTHS`], longest names first (the order they are tried in).
static MONTH_ORDER: std::sync::LazyLock<Vec<usize>> = std::sync::LazyLock::new(|| {
    let mut order: Vec<usize> = (0..MONTHS.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(MONTHS[i].0.len()));
    order
});

/// Ends of the month names at `at`, longest first.
fn months_at(b: &[u8], at: usize) -> impl Iterator<Item = usize> + '_ {
    let initial = b
        .get(at)
        .is_some_and(|c| matches!(c, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'));
    MONTH_ORDER
        .iter()
        .take_while(move |_| initial)
        .filter_map(move |&i| lit(b, at, MONTHS[i].0, false))
}

/// The expressions built on a year in `text`, left to right.
pub fn year_phrases(text: &str) -> Vec<YearPhrase> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(4);
    let mut pos = 0;
    let mut at = 0;
    while let Some(digit) = crate::pattern::next_digit(b, at) {
        at = digit + 1;
        if digit < pos || year_at(b, digit).is_none() {
            continue;
        }
        // Every word start that could begin an expression reaching this year.
        let first = digit.saturating_sub(LOOK_BACK).max(pos);
        let found = (first..=digit)
            .filter(|&s| word_start(b, s))
            .find_map(|s| phrase_at(b, s))
            .map(|p| month_span_before(b, p, pos));
        if let Some(p) = found {
            pos = p.end;
            at = p.end;
            out.push(p);
        }
    }
    out
}

/// "between January and June 2015": a month with its year (`p`) that ends a span of months
/// starting further back than other expressions do (not before `pos`); else `p`.
fn month_span_before(b: &[u8], p: YearPhrase, pos: usize) -> YearPhrase {
    if !matches!(p.form, YearForm::Date { day: None, .. }) {
        return p;
    }
    let first = p.year.start.saturating_sub(MONTH_SPAN_LOOK_BACK).max(pos);
    (first..p.start)
        .filter(|&s| matches!(b[s] | 0x20, b'b' | b'f') && word_start(b, s))
        .find_map(|s| {
            span_at(b, s, "between", &["and"])
                .or_else(|| span_at(b, s, "from", &["to", "until", "through", "till"]))
        })
        .filter(|span| span.end == p.end)
        .unwrap_or(p)
}

/// The bytes a word opening an expression can start with: a digit, a month's capital, or
/// the first letter of "between", "from", "since" or a qualifier (either case).
static PHRASE_INITIALS: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = b'0';
    while c <= b'9' {
        table[c as usize] = true;
        c += 1;
    }
    let letters = b"JFMASONDbBfFsSmMeElLtT";
    let mut i = 0;
    while i < letters.len() {
        table[letters[i] as usize] = true;
        i += 1;
    }
    table
};

/// The expression that starts at `s`, trying the forms in order.
fn phrase_at(b: &[u8], s: usize) -> Option<YearPhrase> {
    if !PHRASE_INITIALS[usize::from(b[s])] {
        return None;
    }
    if b[s].is_ascii_digit() {
        date_at(b, s)
            .or_else(|| dash_span_at(b, s))
            .or_else(|| bare_at(b, s))
    } else {
        month_day_at(b, s)
            .or_else(|| month_at(b, s))
            .or_else(|| span_at(b, s, "between", &["and"]))
            .or_else(|| span_at(b, s, "from", &["to", "until", "through", "till"]))
            .or_else(|| since_at(b, s))
            .or_else(|| qualified_at(b, s))
    }
}

fn phrase(start: usize, end: usize, year: Range<usize>, form: YearForm) -> YearPhrase {
    YearPhrase {
        start,
        end,
        year,
        form,
    }
}

/// DAY MONTH YEAR
fn date_at(b: &[u8], s: usize) -> Option<YearPhrase> {
    days_at(b, s).find_map(|day| {
        let month = lit(b, day, " ", false)?;
        months_at(b, month).find_map(|m| {
            let y = lit(b, opt(b, opt(b, m, b'.'), b','), " ", false)?;
            let e = whole_year_at(b, y)?;
            let form = YearForm::Date {
                day: Some(s..day),
                month: month..m,
            };
            Some(phrase(s, e, y..e, form))
        })
    })
}

/// MONTH DAY, YEAR
fn month_day_at(b: &[u8], s: usize) -> Option<YearPhrase> {
    months_at(b, s).find_map(|m| {
        let d = lit(b, opt(b, m, b'.'), " ", false)?;
        days_at(b, d).find_map(|day| {
            let y = lit(b, opt(b, day, b','), " ", false)?;
            let e = whole_year_at(b, y)?;
            let form = YearForm::Date {
                day: Some(d..day),
                month: s..m,
            };
            Some(phrase(s, e, y..e, form))
        })
    })
}

/// MONTH (of) YEAR
fn month_at(b: &[u8], s: usize) -> Option<YearPhrase> {
    months_at(b, s).find_map(|m| {
        let at = lit(b, opt(b, opt(b, m, b'.'), b','), " ", false)?;
        [lit(b, at, "of ", false), Some(at)]
            .into_iter()
            .flatten()
            .find_map(|y| {
                let e = whole_year_at(b, y)?;
                let form = YearForm::Date {
                    day: None,
                    month: s..m,
                };
                Some(phrase(s, e, y..e, form))
            })
    })
}

/// "between YEAR and YEAR", "from YEAR to YEAR", each year with an optional month
/// ("between April 2018 and March 2019"), or months of one year ("between January and June 2015")
fn span_at(b: &[u8], s: usize, word: &str, links: &[&str]) -> Option<YearPhrase> {
    let from = lit(b, lit(b, s, word, true)?, " ", false)?;
    year_span_at(b, s, from, links).or_else(|| month_span_at(b, s, from, links))
}

fn year_span_at(b: &[u8], s: usize, from: usize, links: &[&str]) -> Option<YearPhrase> {
    // "from the years 2016 to 2018".
    let from = lit(b, from, "the years ", false).unwrap_or(from);
    let y = after_lead(b, from);
    let ye = year_at(b, y)?;
    let link = lit(b, ye, " ", false)?;
    links.iter().find_map(|l| {
        let y2 = after_lead(b, lit(b, lit(b, link, l, false)?, " ", false)?);
        let e = whole_year_at(b, y2)?;
        let form = YearForm::Span {
            to: y2..e,
            dash: false,
        };
        Some(phrase(s, e, y..ye, form))
    })
}

/// MONTH LINK MONTH YEAR, from `from` (just past "between " or "from "): one year's months.
fn month_span_at(b: &[u8], s: usize, from: usize, links: &[&str]) -> Option<YearPhrase> {
    let link = months_at(b, from).find_map(|m| lit(b, m, " ", false))?;
    links.iter().find_map(|l| {
        let second = lit(b, lit(b, link, l, false)?, " ", false)?;
        let y = months_at(b, second).find_map(|m| lit(b, m, " ", false))?;
        let e = whole_year_at(b, y)?;
        let form = YearForm::Span {
            to: y..e,
            dash: false,
        };
        Some(phrase(s, e, y..e, form))
    })
}

/// Where the year after a month or a qualifier at `at` starts ("March 2012", "the start of
/// 2012", "mid-2012"), or `at` without one.
fn after_lead(b: &[u8], at: usize) -> usize {
    let qualified = || {
        QUALIFIERS.iter().find_map(|q| {
            let end = lit(b, at, q, true)?;
            matches!(b.get(end), Some(b'-' | b' ')).then_some(end + 1)
        })
    };
    months_at(b, at)
        .find_map(|m| lit(b, m, " ", false))
        .or_else(qualified)
        .unwrap_or(at)
}

/// YEAR-YEAR, YEAR-DD
fn dash_span_at(b: &[u8], s: usize) -> Option<YearPhrase> {
    let ye = year_at(b, s)?;
    let after = lit(b, opt(b, ye, b' '), "-", false)?;
    let y2 = opt(b, after, b' ');
    let e = whole_year_at(b, y2).or_else(|| {
        let e = y2 + 2;
        (b.get(y2..e)?.iter().all(u8::is_ascii_digit) && word_end(b, e)).then_some(e)
    })?;
    let form = YearForm::Span {
        to: y2..e,
        dash: true,
    };
    Some(phrase(s, e, s..ye, form))
}

/// since YEAR
fn since_at(b: &[u8], s: usize) -> Option<YearPhrase> {
    let y = lit(b, lit(b, s, "since", true)?, " ", false)?;
    let e = whole_year_at(b, y)?;
    Some(phrase(s, e, y..e, YearForm::Since))
}

/// mid-YEAR, the end of YEAR
fn qualified_at(b: &[u8], s: usize) -> Option<YearPhrase> {
    QUALIFIERS.iter().find_map(|q| {
        let at = lit(b, s, q, true)?;
        if !matches!(b.get(at), Some(b'-' | b' ')) {
            return None;
        }
        let e = whole_year_at(b, at + 1)?;
        Some(phrase(s, e, at + 1..e, YearForm::Qualified))
    })
}

/// YEAR
fn bare_at(b: &[u8], s: usize) -> Option<YearPhrase> {
    let e = whole_year_at(b, s)?;
    Some(phrase(s, e, s..e, YearForm::Bare))
}

#[cfg(test)]
mod tests {
    //! The scanner against the same grammar written as one regex (the reference).
    use super::*;
    use crate::temporal::lexicon::{month_alternation, ordinal_alternation};
    use proptest::prelude::*;

    static REFERENCE: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(
        || {
            crate::pattern::compile(&format!(
                r"(?x)
            \b(?P<dmy_d>\d{{1,2}})\ (?P<dmy_m>{m})\.?,?\ (?P<dmy_y>{y})\b
          | \b(?P<mdy_m>{m})\.?\ (?P<mdy_d>\d{{1,2}}),?\ (?P<mdy_y>{y})\b
          | \b(?P<my_m>{m})\.?,?\ (?:of\ )?(?P<my_y>{y})\b
          | \b(?i:between)\ (?:the\ years\ )?(?:(?:{m})\ |{q}[-\ ])?(?P<rb_a>{y})\ and\ (?:(?:{m})\ |{q}[-\ ])?(?P<rb_b>{y})\b
          | \b(?i:from)\ (?:the\ years\ )?(?:(?:{m})\ |{q}[-\ ])?(?P<rf_a>{y})\ (?:to|until|through|till)\ (?:(?:{m})\ |{q}[-\ ])?(?P<rf_b>{y})\b
          | \b(?i:between)\ (?:{m})\ and\ (?:{m})\ (?P<mb>{y})\b
          | \b(?i:from)\ (?:{m})\ (?:to|until|through|till)\ (?:{m})\ (?P<mf>{y})\b
          | \b(?P<rd_a>{y})\ ?-\ ?(?P<rd_b>{y}|\d\d)\b
          | \b(?i:since)\ (?P<since>{y})\b
          | \b(?i:mid|early|late|the\ end\ of|the\ beginning\ of|the\ start\ of|the\ middle\ of|end\ of)[-\ ](?P<qual>{y})\b
          | \b(?i:(?:the\ )?(?:previous|prior|last|next|this)?\ ?reporting\ (?:period|year))\b
          | \b(?i:for\ (?:the|an?)\ (?:{o})\ (?:consecutive|straight|successive)\ year)
          | \b(?P<year>{y})\b
            ",
                m = month_alternation(),
                o = ordinal_alternation(),
                q = r"(?i:mid|early|late|the\ end\ of|the\ beginning\ of|the\ start\ of|the\ middle\ of|end\ of)",
                y = r"(?:1[89]\d\d|20\d\d)"
            ))
        },
    );

    fn by_reference(text: &str) -> Vec<YearPhrase> {
        REFERENCE
            .captures_iter(text)
            .filter_map(|c| {
                let r = |n: &str| c.name(n).map(|m| m.range());
                let m = c.get(0).expect("match");
                let (year, form) = if let Some(y) = r("dmy_y") {
                    let form = YearForm::Date {
                        day: r("dmy_d"),
                        month: r("dmy_m")?,
                    };
                    (y, form)
                } else if let Some(y) = r("mdy_y") {
                    let form = YearForm::Date {
                        day: r("mdy_d"),
                        month: r("mdy_m")?,
                    };
                    (y, form)
                } else if let Some(y) = r("my_y") {
                    let form = YearForm::Date {
                        day: None,
                        month: r("my_m")?,
                    };
                    (y, form)
                } else if let Some(y) = r("rb_a").or(r("rf_a")) {
                    let form = YearForm::Span {
                        to: r("rb_b").or(r("rf_b"))?,
                        dash: false,
                    };
                    (y, form)
                } else if let Some(y) = r("mb").or(r("mf")) {
                    let form = YearForm::Span {
                        to: y.clone(),
                        dash: false,
                    };
                    (y, form)
                } else if let Some(y) = r("rd_a") {
                    let form = YearForm::Span {
                        to: r("rd_b")?,
                        dash: true,
                    };
                    (y, form)
                } else if let Some(y) = r("since") {
                    (y, YearForm::Since)
                } else if let Some(y) = r("qual") {
                    (y, YearForm::Qualified)
                } else {
                    (r("year")?, YearForm::Bare)
                };
                Some(phrase(m.start(), m.end(), year, form))
            })
            .collect()
    }

    #[track_caller]
    fn agree(text: &str) {
        assert_eq!(year_phrases(text), by_reference(text), "{text:?}");
    }

    #[test]
    fn written_phrases() {
        let first = year_phrases("On 3 May 2010 and in mid-2019");
        assert_eq!(first.len(), 2);
        assert_eq!((first[0].start, first[0].year.clone()), (3, 9..13));
        for text in [
            "ratified in March 2005 and on 3 May 2010, June 4, 2011, mid-2019",
            "Sept. 5, 2010; Sep 2010; Jan., 2011; March of 2012; 13 May 2010; 123 May 2010",
            "between 2014 and 2019, since 2017, from 2015 to 2018, the 2022-2024 NAP",
            "from the years 2016 to 2018, between the years 2010 and 2012, the years 2010",
            "between January and June 2015, from September through November 2012",
            "between April 2018 and March 2019, from May 2010 to 2011, between May and 2010",
            "from January to the end of 2015, between June 2015 and July",
            "between 2004 and the start of 2012, from mid-2010 to late 2011, between early 2009 and 2010",
            "2019-20, 2019 - 2020, 2019-2020x, 2019-201, 2019 -20, 2010-12-01",
            "Between 2014 And 2019, FROM 2015 until 2018, from 2015 To 2018, SINCE 2010",
            "the end of 2019, The Beginning of 2020, end-2018, late 2017, middle 2016",
            "x2010, 12010, 2010s, $2010, 1799, 2100, 1899, 2099, 20101, 2010.5",
            "the previous reporting period, the 2019 reporting period in 2020",
            "for the second consecutive year in 2019; May 2019 reporting period",
            "Mayday 2010, 3 Mayday 2010, the mid-2010s, mid 2010",
            "",
            "2010",
            "May",
            "between",
            "3 May",
        ] {
            agree(text);
        }
    }

    #[test]
    fn real_sentences() {
        let Ok(dir) = std::fs::read_dir("../shared/corpus/dev/tip") else {
            crate::testing_notice("skipped: ../shared/corpus/dev is absent");
            return;
        };
        let wiki = std::fs::read_dir("../shared/corpus/dev/wiki")
            .into_iter()
            .flatten();
        let mut phrases = 0;
        for entry in dir.flatten().chain(wiki.flatten()) {
            let text = std::fs::read_to_string(entry.path()).expect("readable");
            for line in text.lines() {
                agree(line);
                phrases += year_phrases(line).len();
            }
        }
        assert!(phrases > 100, "only {phrases} year phrases in the corpus");
    }

    proptest! {
        #[test]
        fn any_mix_of_parts(parts in proptest::collection::vec(prop_oneof![
            Just("2010"), Just("1999"), Just("20"), Just("3"), Just("13"), Just(" "), Just("-"),
            Just("."), Just(","), Just("May"), Just("Sept"), Just("September"), Just("of"),
            Just("between"), Just("and"), Just("from"), Just("to"), Just("since"), Just("mid"),
            Just("between May and "), Just("from May to "), Just("May 2010 and "),
            Just("the end of"), Just("x"), Just("$"), Just("é"), Just("reporting period"),
            Just("from the years "), Just("between the years "),
        ], 0..12)) {
            let text: String = parts.concat();
            prop_assert_eq!(year_phrases(&text), by_reference(&text), "{:?}", text);
        }
    }
}
