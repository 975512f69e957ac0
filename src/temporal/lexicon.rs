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
    // "the last two years", "over the last year", "compared with two cases last year".
    "last ",
    "the past",
    "previous year",
    "past years",
    "recent years",
    "earlier years",
    "over the years",
    "prior year",
    "preceding year",
    "next year",
    "following year",
    "coming year",
    "subsequent year",
    "year's report",
    "year's tip",
    "year's trafficking",
    "previous report",
    "prior report",
    "preceding report",
    "last report",
    "previous tip",
    "prior tip",
    "previous trafficking in",
    "previous period",
    "previous two",
    "previous three",
    "prior two",
    "prior three",
    "preceding two",
    "preceding three",
    "prior period",
    "preceding period",
    "previous fiscal",
    "prior fiscal",
    "preceding fiscal",
];

/// Ordinals used in "for the second consecutive year".
pub const ORDINALS: &[(&str, u32)] = &[
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
    ("2nd", 2),
    ("3rd", 3),
    ("4th", 4),
    ("5th", 5),
    ("6th", 6),
    ("7th", 7),
    ("8th", 8),
    ("9th", 9),
    ("10th", 10),
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
];

/// Looks a month name up.
pub fn month_number(name: &str) -> Option<u8> {
    let name = name.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

/// Looks an ordinal up, case-insensitively.
pub fn ordinal_number(word: &str) -> Option<u32> {
    ORDINALS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, n)| *n)
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

/// The regex alternation of every ordinal.
pub fn ordinal_alternation() -> String {
    ORDINALS
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join("|")
}
