//! Word lists for dates.

/// Month names and abbreviations with their numbers.
pub const MONTHS: &[(&str, u8)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// Words without which no expression lacks a year: "the previous reporting period",
/// "over the last year", "for the second consecutive year", "the third year in a row".
pub const RELATIVE_CUES: &[&str] = &[
    "reporting",
    "consecutive",
    "successive",
    "straight",
    "in a row",
    "years running",
    // "For the second year, the government did not ...": a run of two or three years (a
    // longer one gives only the year told, as it would without the cue).
    "second year",
    "third year",
    // "the last two years", "over the last year", "compared with two cases last year".
    "last ",
    "the past",
    "past years",
    "recent years",
    "over the years",
    // One cue for each shift word: "the previous year", "the prior two years", "the
    // preceding report", "the year prior", "in earlier years", "a year earlier".
    "previous ",
    "prior",
    "preceding",
    "earlier",
    "year before",
    "year later",
    "next year",
    "following year",
    "coming year",
    "subsequent year",
    "year's report",
    "year's tip",
    "year's trafficking",
    "last report",
    // "the previous (Nepali) fiscal year".
    "fiscal",
];

/// Ordinals used in "for the second consecutive year"; "twenty-" compounds and digits
/// ("15th", "21st") are read by [`ordinal_number`].
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
];

/// Words before "last year" in its clause that make it the year compared with, the one
/// before the year reported on ("compared with two cases last year", "unlike last year").
pub const LAST_YEAR_COMPARED: &[&str] = &["compar", "unlike", "than", "versus", "from", "same as"];

/// Words that, shifting "reporting period", give its offset.
pub const PERIOD_SHIFTS: &[(&str, i32)] = &[
    ("previous", -1),
    ("prior", -1),
    ("last", -1),
    ("preceding", -1),
    ("past", -1),
    ("next", 1),
    ("following", 1),
    ("coming", 1),
    ("subsequent", 1),
    ("current", 0),
    ("same", 0),
    ("this", 0),
];

/// Nouns that make a year before them part of a name ("the 2007 trafficking law").
pub const NAME_NOUNS: &[&str] = &[
    "law",
    "laws",
    "protocol",
    "convention",
    "act",
    "legislation",
    "decree",
    "ordinance",
    "proclamation",
    "code",
    "nap",
    "plan",
    "strategy",
    "amendment",
    "amendments",
    "constitution",
    "statute",
    "bill",
    "policy",
    "program",
    "programme",
    "agreement",
    "memorandum",
    "resolution",
    "regulation",
    "regulations",
    "census",
    "survey",
    "study",
    "campaign",
    "conference",
    "edition",
    "index",
];

/// Nouns of plans whose period a span of years after "for" names ("a strategy for 2021-2026").
pub const PLAN_NOUNS: &[&str] = &[
    "plan",
    "strategy",
    "nap",
    "programme",
    "program",
    "framework",
    "roadmap",
];

/// Nouns of cases named by the year they began ("continued to investigate a 2019 case"), and
/// of a victim named by the year told of ("support to the 2015 victim"): that year dates no
/// fact of the sentence. Not instruments: "57 cases prosecuted in 2005" is dated.
pub const CASE_NOUNS: &[&str] = &["case", "cases", "victim"];

/// Verbs (stems) of what a law does, after its name: an acronym before one names a law.
pub const LAW_VERBS: &[&str] = &[
    "criminaliz",
    "prohibit",
    "prescrib",
    "penaliz",
    "punish",
    "defin",
    "outlaw",
    "provid",
    "establish",
    "mandat",
    "requir",
];

/// Nouns of an instrument named with its year after "of" ("the Employment Act of 2007").
pub const NAMED_OF_YEAR: &[&str] = &[
    "act",
    "law",
    "code",
    "decree",
    "ordinance",
    "proclamation",
    "convention",
    "protocol",
    "constitution",
    "statute",
    "bill",
];

/// Nouns that make a year before them the year of a report.
pub const REPORT_NOUNS: &[&str] = &["report", "reports"];

/// Words that may stand right before a year used as a name ("the", "its", "Lebanon's").
pub const NAME_DETERMINERS: &[&str] = &[
    "the",
    "its",
    "their",
    "his",
    "her",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "whose",
    // "the 2020 and subsequent 2021 TIP reports".
    "subsequent",
    // "the amended 2015 Penal Code", "its new 2012 law", "its recent 2018 law".
    "amended",
    "revised",
    "updated",
    "new",
    "recent",
    // "the pre-existing 2004 law", "its previous 2008 law".
    "existing",
    "pre-existing",
    "previous",
    "former",
    "original",
];

/// Looks a month name up.
pub fn month_number(name: &str) -> Option<u8> {
    let name = name.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

/// Reads an ordinal, case-insensitively: a word of [`ORDINALS`], "twenty-first" (hyphen
/// or space) or digits with their suffix ("15th", "21st").
pub fn ordinal_number(word: &str) -> Option<u32> {
    let word_value = |w: &str| {
        ORDINALS
            .iter()
            .find(|(o, _)| o.eq_ignore_ascii_case(w))
            .map(|(_, n)| *n)
    };
    if let Some(n) = word_value(word) {
        return Some(n);
    }
    let lower = word.to_ascii_lowercase();
    if let Some(unit) = lower
        .strip_prefix("twenty-")
        .or_else(|| lower.strip_prefix("twenty "))
    {
        return word_value(unit).filter(|&n| n < 10).map(|n| 20 + n);
    }
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lower[digits.len()..];
    let n: u32 = digits.parse().ok()?;
    let expected = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    (suffix == expected).then_some(n)
}

/// The offset a shift word gives "reporting period".
pub fn period_shift(word: &str) -> Option<i32> {
    PERIOD_SHIFTS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, n)| *n)
}

/// The regex alternation of every month name, longest first.
pub fn month_alternation() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
}

/// The regex alternation of every ordinal [`ordinal_number`] reads, past "first".
pub fn ordinal_alternation() -> String {
    let units = ORDINALS[..9]
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join("|");
    let words = ORDINALS[1..]
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join("|");
    format!(r"twenty[-\ ](?:{units})|(?:{words})|[1-9]?\d(?:st|nd|rd|th)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_words_compounds_and_digits() {
        let read = |w: &str| ordinal_number(w);
        assert_eq!(read("second"), Some(2));
        assert_eq!(read("Fifteenth"), Some(15));
        assert_eq!(read("twentieth"), Some(20));
        assert_eq!(read("twenty-first"), Some(21));
        assert_eq!(read("twenty third"), Some(23));
        assert_eq!(read("15th"), Some(15));
        assert_eq!(read("21st"), Some(21));
        assert_eq!(read("22nd"), Some(22));
        assert_eq!(read("11th"), Some(11));
        assert_eq!(read("12th"), Some(12));
        // A suffix that does not fit its number, or a word that is no ordinal.
        assert_eq!(read("21th"), None);
        assert_eq!(read("11st"), None);
        assert_eq!(read("twenty-tenth"), None);
        assert_eq!(read("fifteen"), None);
        let any = regex::Regex::new(&format!("^(?:{})$", ordinal_alternation())).unwrap();
        for w in [
            "second",
            "nineteenth",
            "twenty-fourth",
            "twenty first",
            "8th",
            "23rd",
        ] {
            assert!(any.is_match(w), "{w}");
            assert!(read(w).is_some(), "{w}");
        }
    }
}
