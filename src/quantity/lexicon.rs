//! Word lists for quantities.

/// Number words and their values; scales are marked by [`SCALES`].
pub const NUMBER_WORDS: &[(&str, u64)] = &[
    ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17),
    ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40),
    ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ("hundred", 100), ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000),
    ("dozen", 12),
];

/// Multiplying words.
pub const SCALES: &[&str] = &["hundred", "thousand", "million", "billion"];

/// Bound words before a number and the qualifier they give.
pub const BOUNDS: &[(&str, super::Qualifier)] = {
    use super::Qualifier::*;
    &[
        ("more than", MoreThan), ("over", MoreThan), ("in excess of", MoreThan), ("upwards of", MoreThan),
        ("greater than", MoreThan), ("at least", AtLeast), ("a minimum of", AtLeast),
        ("no fewer than", AtLeast), ("no less than", AtLeast), ("not less than", AtLeast),
        ("nearly", Approximately), ("almost", Approximately), ("approximately", Approximately),
        ("about", Approximately), ("around", Approximately), ("roughly", Approximately),
        ("an estimated", Approximately), ("estimated", Approximately), ("some", Approximately),
        ("close to", Approximately), ("approx.", Approximately), ("fewer than", FewerThan),
        ("less than", FewerThan), ("under", FewerThan), ("below", FewerThan), ("up to", AtMost),
        ("at most", AtMost), ("a maximum of", AtMost), ("no more than", AtMost), ("not more than", AtMost),
    ]
};

/// Currency words after a number.
pub const CURRENCIES: &[&str] = &[
    "dollars", "dollar", "usd", "euros", "euro", "eur", "pounds", "gbp", "mdl", "cfa", "francs",
    "franc", "lei", "leu", "rubles", "roubles", "ruble", "tenge", "som", "soms", "manat", "rupees",
    "rupee", "ringgit", "baht", "dinars", "dinar", "shillings", "naira", "pesos", "peso", "yuan",
    "rmb", "yen", "won", "lari", "gel", "dram", "drams", "hryvnia", "hryvnias", "uah", "riyals",
    "riyal", "dirhams", "dirham", "lempiras", "birr", "kip", "riels", "taka", "kwacha", "cedis",
    "rand", "reais", "real", "soles", "guaranies", "lira", "liras", "denars", "kuna", "leva",
    "zloty", "forint", "koruna", "rials", "afghanis", "kyat", "dong", "rupiah", "ariary", "kina",
    "vatu", "tala", "pa'anga", "quetzales", "colones", "cordobas", "bolivianos", "nakfa",
];

/// Words before a number that make it an article or document number.
pub const ARTICLE_WORDS: &[&str] = &[
    "article", "articles", "art.", "arts.", "section", "sections", "no.", "nos.", "number",
    "paragraph", "paragraphs", "chapter", "chapters", "law", "laws", "decree", "resolution",
    "convention", "conventions", "clause", "part", "annex", "item", "order", "act", "code",
    "provision", "provisions", "#",
];

/// Currency symbols before a number.
pub const CURRENCY_SYMBOLS: &[&str] = &["$", "\u{20ac}", "\u{a3}", "\u{a5}", "US$", "USD", "EUR"];
