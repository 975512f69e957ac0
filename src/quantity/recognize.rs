//! Recognition of numbers with their bounds, and of what they measure.

use super::lexicon::{
    ARTICLE_WORDS, BOUNDS, CURRENCIES, CURRENCY_SYMBOLS, SCALES, SCALE_WORDS, VAGUE_MULTIPLIERS,
};
use super::scan::number_phrases_with;
use super::words::parse_words;
use super::{Qualifier, Quantity};
use crate::pattern::ends_with_ci;

/// A unit of time after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    /// years
    Years,
    /// months
    Months,
    /// weeks
    Weeks,
    /// days
    Days,
    /// hours
    Hours,
}

/// What a number measures. Only [`QuantityKind::Count`] can be a statistic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantityKind {
    /// A count of people, cases or acts.
    Count,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// An age.
    Age,
    /// A length of time (sentences, penalties, programs).
    Duration {
        /// The unit after the (last) number.
        unit: TimeUnit,
        /// The unit after the first number of a range ("six months to 20 years").
        first_unit: Option<TimeUnit>,
    },
    /// An article, law or document number.
    Article,
    /// A score ("8.5 out of 10").
    Score,
    /// The scale of a score ("out of 10").
    Scale,
    /// A calendar year.
    Year,
    /// A fraction that is not a count.
    Decimal,
}

/// A number in a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuantityMention {
    /// Start in the sentence text (including any bound words).
    pub start: usize,
    /// Start of the first number itself.
    pub number_start: usize,
    /// End in the sentence text.
    pub end: usize,
    /// The value.
    pub quantity: Quantity,
    /// The first number as written, exactly (for scores and decimals).
    pub first_value: f64,
    /// The last number as written, exactly ("2.5 to 7.5 years": 7.5); the first when alone.
    pub last_value: f64,
    /// What it measures.
    pub kind: QuantityKind,
}

/// Parses one number as written ("1,200", "1.9 million", "2 thousand", "twenty-five", "two and a
/// half"):
/// its value rounded to a whole number, and as written.
pub fn parse_number(s: &str) -> Option<(u64, f64)> {
    let s = s.trim();
    if let Some(v) = plain_integer(s) {
        return Some((v, v as f64));
    }
    if let Some(whole) = without_half(s) {
        let (_, v) = parse_number(whole)?;
        let v = v + 0.5;
        return Some((v.round() as u64, v));
    }
    let lower = s.to_ascii_lowercase();
    let (digits, scale) = if let Some(d) = lower.strip_suffix("thousand") {
        (d.trim(), 1_000.0)
    } else if let Some(d) = lower.strip_suffix("million") {
        (d.trim(), 1_000_000.0)
    } else if let Some(d) = lower.strip_suffix("billion") {
        (d.trim(), 1_000_000_000.0)
    } else {
        (lower.as_str(), 1.0)
    };
    if digits.starts_with(|c: char| c.is_ascii_digit()) {
        let clean: String = digits.chars().filter(|c| *c != ',').collect();
        let v: f64 = clean.parse().ok()?;
        let scaled = v * scale;
        if !scaled.is_finite() || scaled > 1e18 {
            return None;
        }
        Some((scaled.round() as u64, v))
    } else {
        let v = parse_words(s)?;
        Some((v, v as f64))
    }
}

/// The number before a trailing "and a half" ("two and a half", "2-and-a-half").
fn without_half(s: &str) -> Option<&str> {
    let lower = s.as_bytes();
    let n = lower.len();
    if n < 5 || !lower[n - 4..].eq_ignore_ascii_case(b"half") {
        return None;
    }
    let rest = s[..n - 4].trim_end_matches([' ', '\t', '\n', '\r', '-']);
    let rest = rest.strip_suffix(['a', 'A'])?;
    let rest = rest.trim_end_matches([' ', '\t', '\n', '\r', '-']);
    let cut = rest.len().checked_sub(3)?;
    rest.get(cut..)
        .filter(|and| and.eq_ignore_ascii_case("and"))
        .map(|_| rest[..cut].trim_end_matches([' ', '\t', '\n', '\r', '-']))
}

/// Digits with thousands separators ("1,200"), read without allocating; `None` for
/// anything else and for values a float would not hold exactly.
fn plain_integer(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    if !b.first()?.is_ascii_digit() || !b.iter().all(|c| c.is_ascii_digit() || *c == b',') {
        return None;
    }
    let mut v: u64 = 0;
    for c in b.iter().filter(|c| c.is_ascii_digit()) {
        v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
    }
    (v <= 1 << 53).then_some(v)
}

/// Finds the numbers of a sentence and classifies them.
pub fn recognize(text: &str) -> Vec<QuantityMention> {
    recognize_with(text, true)
}

/// As [`recognize`]; `number_words` false says the text has no number word
/// (the sentence scan knows), which spares reading its words.
pub fn recognize_with(text: &str, number_words: bool) -> Vec<QuantityMention> {
    let mut out: Vec<QuantityMention> = Vec::with_capacity(4);
    for p in number_phrases_with(text, number_words) {
        let bound = p.bound.clone().map(|b| qualifier(&text[b]));
        let a = p.first.clone();
        // Two numbers, not a range: "from 57 to 73" is a change; "in 2016 to 30" and "in 2017
        // to nine" are a year, then a count of its own.
        let change = p.from && p.between.is_none() && is_change(&text[..p.whole_start]);
        let year_then_count = |b: &std::ops::Range<usize>| {
            let year = plain_integer(&text[a.clone()]).filter(|y| (1900..2100).contains(y));
            let smaller =
                parse_number(&text[b.clone()]).is_some_and(|(n, _)| year.is_some_and(|y| n < y));
            smaller && p.first_unit.is_none() && text[a.end..b.start].trim() == "to"
        };
        if let Some(b) = p.second.clone().filter(|b| change || year_then_count(b)) {
            push(
                &mut out, text, a.start, a.start, a.end, &text[a], None, bound, None,
            );
            push(
                &mut out, text, b.start, b.start, b.end, &text[b], None, None, None,
            );
            continue;
        }
        let start = p
            .bound
            .as_ref()
            .map(|b| b.start)
            .or(p.between)
            .unwrap_or(a.start);
        let pushed = out.len();
        let vague = vague_multiple(text, a.clone());
        push(
            &mut out,
            text,
            start,
            a.start,
            p.end,
            &text[a],
            p.second.map(|b| &text[b]),
            bound,
            p.first_unit.map(|u| &text[u]),
        );
        if let (Some(m), Some(vague)) = (out.get_mut(pushed), vague) {
            m.start = m.start.min(vague);
            m.quantity = Quantity::bounded(Qualifier::AtLeast, 2 * m.quantity.min.unwrap_or(0));
        }
    }
    continue_lists(text, &mut out);
    out
}

/// Where the vague word before a bare scale starts ("several hundred", "a few dozen"):
/// such a number says at least two of the scale.
fn vague_multiple(text: &str, number: std::ops::Range<usize>) -> Option<usize> {
    let word = &text[number.clone()];
    let scale = SCALES
        .iter()
        .chain(&["dozen"])
        .any(|s| word.eq_ignore_ascii_case(s));
    if !scale {
        return None;
    }
    let before = text[..number.start].trim_end();
    VAGUE_MULTIPLIERS.iter().find_map(|v| {
        let at = before.len().checked_sub(v.len())?;
        // `at` may fall inside a wide character: then no word starts there.
        let word_start = at == 0 || before.get(..at).is_some_and(|b| b.ends_with(' '));
        (word_start && before.get(at..)?.eq_ignore_ascii_case(v)).then_some(at)
    })
}

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<QuantityMention>,
    text: &str,
    start: usize,
    number_start: usize,
    end: usize,
    a: &str,
    b: Option<&str>,
    bound: Option<Qualifier>,
    first_unit: Option<&str>,
) {
    // Part of an identifier or a word: "COVID-19", "006/PR/2018".
    let before = &text[..number_start];
    let identifier = before.ends_with('/')
        || (before.ends_with('-')
            && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_alphabetic()))
        || text[end..].starts_with('/');
    if identifier {
        out.push(mention(
            start,
            number_start,
            end,
            Quantity::exact(0),
            (0.0, 0.0),
            QuantityKind::Article,
        ));
        return;
    }
    let Some((va, fa)) = parse_number(a) else {
        return;
    };
    let vb = b.and_then(parse_number);
    let quantity = match (vb, bound) {
        (Some((vb, _)), _) => Quantity::range(va, vb),
        (None, Some(q)) => Quantity::bounded(q, va),
        (None, None) => Quantity::exact(va),
    };
    let kind = classify(text, start, number_start, end, a, b.is_some(), first_unit);
    let last = vb.map_or(fa, |(_, fb)| fb);
    out.push(mention(
        start,
        number_start,
        end,
        quantity,
        (fa, last),
        kind,
    ));
}

/// A mention; `values` are its first and last numbers as written.
fn mention(
    start: usize,
    number_start: usize,
    end: usize,
    quantity: Quantity,
    values: (f64, f64),
    kind: QuantityKind,
) -> QuantityMention {
    QuantityMention {
        start,
        number_start,
        end,
        quantity,
        first_value: values.0,
        last_value: values.1,
        kind,
    }
}

/// "an increase from 57 to 73", "rose from": a change, not a range ("increased penalties,
/// ranging from two to 10 years" is a range).
fn is_change(before: &str) -> bool {
    if ends_in_range_word(before) {
        return false;
    }
    let window = crate::pattern::tail(before, 40).to_ascii_lowercase();
    [
        "increase", "decrease", "rose", "fell", "grew", "rise", "drop", "change", "went", "up ",
        "down ", "declin", "jump", "climb", "moved",
    ]
    .iter()
    .any(|w| window.contains(w))
}

/// Whether `before` (the text up to a "from") ends in a word of a range ("ranging").
pub(super) fn ends_in_range_word(before: &str) -> bool {
    let last = before.split_whitespace().next_back().unwrap_or("");
    super::lexicon::RANGE_WORDS
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

fn qualifier(bound: &str) -> Qualifier {
    let norm: String = bound
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    BOUNDS
        .iter()
        .find(|(w, _)| *w == norm)
        .map_or(Qualifier::Exact, |(_, q)| *q)
}

fn unit(word: &str) -> Option<TimeUnit> {
    let w = word.trim().trim_start_matches('-');
    let w = w.trim_end_matches(['\'', 's', 'S']);
    [
        ("year", TimeUnit::Years),
        ("month", TimeUnit::Months),
        ("week", TimeUnit::Weeks),
        ("day", TimeUnit::Days),
        ("hour", TimeUnit::Hours),
    ]
    .iter()
    .find(|(u, _)| w.eq_ignore_ascii_case(u))
    .map(|(_, t)| *t)
}

/// Whether the word after the pool of an "out of" names what it counts ("out of 43
/// investigations"), unlike a score's scale ("out of 10", "out of 10 points").
fn names_a_pool(word: Option<&str>) -> bool {
    word.map(|w| w.trim_end_matches([',', ';', '.', ')']))
        .is_some_and(|w| {
            w.len() >= 4 && w.bytes().all(|b| b.is_ascii_lowercase()) && !SCALE_WORDS.contains(&w)
        })
}

fn classify(
    text: &str,
    start: usize,
    number_start: usize,
    end: usize,
    a: &str,
    ranged: bool,
    first_unit: Option<&str>,
) -> QuantityKind {
    let before = &text[..number_start];
    let before_l = crate::pattern::tail(before, 24).trim_end();
    let after_l = crate::pattern::head(&text[end..], 40);
    let starts = |p: &str| crate::pattern::starts_with_ci(after_l, p);
    let ends = |p: &str| ends_with_ci(before_l, p);
    if CURRENCY_SYMBOLS.iter().any(|s| ends(s)) {
        return QuantityKind::Money;
    }
    if starts("%") || starts(" percent") || starts(" per cent") {
        return QuantityKind::Percent;
    }
    if ends("aged")
        || ends("age of")
        || ends("ages of")
        || ends("ages")
        || ends("younger than")
        || ends("older than")
        || starts(" years old")
        || starts("-year-old")
        || starts(" year-old")
        || starts(" years of age")
        || starts(" year olds")
        || starts("-year-olds")
    {
        return QuantityKind::Age;
    }
    // "7 out of 10", not "99 out of 102 victims": a count of a pool named after it.
    if starts(" out of ") {
        let pool = text[end..].split_whitespace().nth(3);
        let plural = pool.is_some_and(|w| w.trim_end_matches([',', ';', '.', ')']).ends_with('s'));
        if !(plural && names_a_pool(pool)) {
            return QuantityKind::Score;
        }
    }
    // "8.5 out of 10", "five traffickers, out of 43 investigations": the scale of a number
    // before; "Out of 44 traffickers detained, six ...": a whole, told first.
    let numbered = |before: &str| {
        before.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '.');
            let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
            !year && parse_number(w).is_some()
        })
    };
    // "five traffickers, out of 43 investigations": a pool named by its noun, after a count
    // with a noun of its own, is a count; not in "12 out of 40 defendants".
    if ends("out of") {
        let lead = before.trim_end();
        let head = lead[..lead.len() - "out of".len()].trim_end();
        let after_a_noun = head
            .rsplit(' ')
            .next()
            .is_some_and(|w| parse_number(w.trim_end_matches(',')).is_none());
        let named_pool = after_a_noun
            && names_a_pool(after_l.strip_prefix(' ').and_then(|a| a.split(' ').next()));
        if numbered(head) && !named_pool {
            return QuantityKind::Scale;
        }
    }
    let next_word = after_l
        .trim_start_matches([' ', '-'])
        .split([' ', ',', ';', '.', ')'])
        .next()
        .unwrap_or("");
    let glued = after_l.starts_with(' ') || after_l.starts_with('-');
    if let (true, Some(u)) = (glued, unit(next_word)) {
        return QuantityKind::Duration {
            unit: u,
            first_unit: first_unit.and_then(unit),
        };
    }
    let prev_word = before_l.rsplit(' ').next().unwrap_or("");
    if ARTICLE_WORDS
        .iter()
        .any(|w| prev_word.eq_ignore_ascii_case(w))
    {
        return QuantityKind::Article;
    }
    if currency_follows(after_l) {
        return QuantityKind::Money;
    }
    let digits_only = a.bytes().all(|c| c.is_ascii_digit());
    if digits_only
        && a.len() == 4
        && (a.starts_with("19") || a.starts_with("20") || a.starts_with("18"))
    {
        return QuantityKind::Year;
    }
    // "1.9 million", "1.2 thousand": a decimal times a scale counts whole things.
    let scaled = ["illion", "thousand"]
        .iter()
        .any(|w| crate::pattern::contains_ci(a, w));
    if a.contains('.') && !scaled {
        return QuantityKind::Decimal;
    }
    let _ = (start, ranged);
    QuantityKind::Count
}

/// The currency words, lowercase.
static CURRENCY_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static [u8]>> =
    std::sync::LazyLock::new(|| CURRENCIES.iter().map(|w| w.as_bytes()).collect());

/// A currency word within the next four words, before any punctuation.
fn currency_follows(after: &str) -> bool {
    let b = after.as_bytes();
    let head = &b[..b
        .iter()
        .position(|c| matches!(c, b',' | b';' | b'.' | b')' | b'('))
        .unwrap_or(b.len())];
    head.split(|c| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| {
            let mut lower = [0u8; 16];
            let Some(buf) = lower.get_mut(..w.len()) else {
                return false;
            };
            buf.copy_from_slice(w);
            buf.make_ascii_lowercase();
            CURRENCY_WORDS.contains(&*buf)
        })
}

/// "Articles 165 and 206", "ages of 16 and 30", "138 (...) and 182": a number
/// listed right after another takes its kind.
fn continue_lists(text: &str, out: &mut [QuantityMention]) {
    for i in 1..out.len() {
        let prev = out[i - 1];
        let cur = out[i];
        let inheritable = matches!(
            prev.kind,
            QuantityKind::Article | QuantityKind::Age | QuantityKind::Money | QuantityKind::Percent
        );
        if !inheritable || cur.kind != QuantityKind::Count || cur.start < prev.end {
            continue;
        }
        let between = &text[prev.end..cur.start];
        let between = strip_parenthetical(between);
        if matches!(
            between.trim(),
            "and" | "," | "or" | "to" | "through" | ", and" | "-"
        ) {
            out[i].kind = prev.kind;
        }
    }
}

fn strip_parenthetical(s: &str) -> String {
    let mut depth = 0;
    let mut out = String::new();
    for ch in s.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        recognize(text)
            .iter()
            .map(|m| format!("{}={}:{:?}", &text[m.start..m.end], m.quantity, m.kind))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn a_vague_multiple_of_a_scale_is_at_least_two_of_it() {
        insta::assert_snapshot!(show("several hundred cases, a few thousand migrants, several dozen suspects"), @"several hundred=at_least 200:Count | a few thousand=at_least 2000:Count | several dozen=at_least 24:Count");
        // A scale with a number of its own, or "a", is that number.
        insta::assert_snapshot!(show("a hundred cases, two hundred victims, many more than 30 suspects"), @"hundred=100:Count | two hundred=200:Count | more than 30=more_than 30:Count");
        // A wide character before the scale is no vague word, and is read safely.
        insta::assert_snapshot!(show("an estimated 1.9 \u{4e2d}\u{6587} million"), @"an estimated 1.9=approximately 2:Decimal | million=1000000:Count");
        insta::assert_snapshot!(show("\u{e9}\u{e9} hundred victims"), @"hundred=100:Count");
    }

    #[test]
    fn counts_ranges_and_bounds() {
        insta::assert_snapshot!(show("training for 10 to 15 prosecutors and more than 100 officials"), @"10 to 15=range 10..=15:Count | more than 100=more_than 100:Count");
        insta::assert_snapshot!(show("identified 1,200 victims, twenty-five cases, two hundred suspects"), @"1,200=1200:Count | twenty-five=25:Count | two hundred=200:Count");
        insta::assert_snapshot!(show("between 10 and 15 cases, 10-15 cases, at least 7, nearly 40, fewer than 9, up to 30"), @"between 10 and 15=range 10..=15:Count | 10-15=range 10..=15:Count | at least 7=at_least 7:Count | nearly 40=approximately 40:Count | fewer than 9=fewer_than 9:Count | up to 30=at_most 30:Count");
        insta::assert_snapshot!(show("an increase from 57 to 73"), @"57=57:Count | 73=73:Count");
        insta::assert_snapshot!(show("increased penalties, ranging from two to 10 years"), @"two to 10=range 2..=10:Duration { unit: Years, first_unit: None }");
        insta::assert_snapshot!(show("rose from 12 in 2016 to 30 in 2017"), @"12=12:Count | 2016=2016:Year | 30=30:Count | 2017=2017:Year");
        insta::assert_snapshot!(show("from two in 2017 to nine in 2019"), @"two=2:Count | 2017=2017:Year | nine=9:Count | 2019=2019:Year");
        insta::assert_snapshot!(show("from 2016 to 2019"), @"2016 to 2019=range 2016..=2019:Year");
    }

    #[test]
    fn plain_integers_parse_as_the_general_path_does() {
        for s in [
            "0",
            "7",
            "1,200",
            "181,000",
            "9007199254740992",
            "9007199254740993",
            "12,,3",
        ] {
            let general: String = s.chars().filter(|c| *c != ',').collect();
            let v: f64 = general.parse().expect("digits");
            assert_eq!(parse_number(s), Some((v.round() as u64, v)), "{s}");
        }
        assert_eq!(plain_integer("1.5"), None);
        assert_eq!(plain_integer(",5"), None);
        assert_eq!(plain_integer("99999999999999999999999"), None);
        assert_eq!(parse_number("1.9 million"), Some((1_900_000, 1.9)));
        assert_eq!(parse_number("2 thousand"), Some((2_000, 2.0)));
        assert_eq!(parse_number("1.2 thousand"), Some((1_200, 1.2)));
        // A decimal with a scale counts whole things.
        insta::assert_snapshot!(show("trained over 1.2 thousand officers and 2 thousand guards"), @"over 1.2 thousand=more_than 1200:Count | 2 thousand=2000:Count");
    }

    #[test]
    fn out_of_is_a_scale_only_after_a_number() {
        insta::assert_snapshot!(show("seven out of 10 and 3.5 out of 5"), @"seven=7:Score | 10=10:Scale | 3.5=4:Score | 5=5:Scale");
        insta::assert_snapshot!(show("convicted two traffickers, out of 31 investigations"), @"two=2:Count | 31=31:Count");
        insta::assert_snapshot!(show("a score of 6 out of 10 points, 3.5 out of 5 with"), @"6=6:Score | 10=10:Scale | 3.5=4:Score | 5=5:Scale");
        insta::assert_snapshot!(show("convicted 12 out of 40 defendants, 7 out of 10 overall"), @"12=12:Count | 40=40:Scale | 7=7:Score | 10=10:Scale");
        // A whole told first, a year before it or not.
        insta::assert_snapshot!(show("Out of 44 traffickers detained, six were convicted"), @"44=44:Count | six=6:Count");
        insta::assert_snapshot!(show("In 2011, out of 90 victims, 12 were children"), @"2011=2011:Year | 90=90:Count | 12=12:Count");
    }

    #[test]
    fn non_counts() {
        insta::assert_snapshot!(show("four to 25 years' imprisonment"), @"four to 25=range 4..=25:Duration { unit: Years, first_unit: None }");
        insta::assert_snapshot!(show("six months to 20 years"), @"six months to 20=range 6..=20:Duration { unit: Years, first_unit: Some(Months) }");
        insta::assert_snapshot!(show("16.2 million MDL ($849,060) and 24 percent"), @"16.2 million=16200000:Money | 849,060=849060:Money | 24=24:Percent");
        insta::assert_snapshot!(show("Article 129 and Articles 165 and 206, Law 006/PR/2018"), @"129=129:Article | 165=165:Article | 206=206:Article | 006=0:Article | 2018=0:Article");
        insta::assert_snapshot!(show("a score of 8.5 out of 10, aged 18-54, between the ages of 16 and 30"), @"8.5=9:Score | 10=10:Scale | 18-54=range 18..=54:Age | 16=16:Age | 30=30:Age");
        insta::assert_snapshot!(show("when the victim is younger than 14 years, or older than 60 years"), @"14=14:Age | 60=60:Age");
        insta::assert_snapshot!(show("in 2009 and COVID-19, 21% of 181,000"), @"2009=2009:Year | 19=0:Article | 21=21:Percent | 181,000=181000:Count");
    }
}
