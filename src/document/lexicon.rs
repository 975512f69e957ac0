//! Word lists for the document layer.

/// Tokens that end in a full stop without ending a sentence (compared without
/// the final stop; dotted forms such as `U.S` keep their inner stops).
pub const ABBREVIATIONS: &[&str] = &[
    "U.S", "U.A.E", "U.K", "U.N", "E.U", "D.C", "No", "Nos", "no", "Art", "Arts", "art", "Dr",
    "Mr", "Mrs", "Ms", "St", "Jr", "Sr", "vs", "e.g", "i.e", "Gen", "Gov", "Sen", "Rep", "Prof",
    "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "para", "paras", "p", "pp", "approx", "cf", "al", "Fig", "Vol", "Ch",
    "Sec", "Mt", "Ft", "Lt", "Col", "Capt", "Hon", "Messrs", "Op", "Ref", "Reg",
];

/// Characters that may open a bullet item.
pub const BULLETS: &[char] = &['-', '*', '\u{2022}', '\u{00b7}', '\u{2023}', '\u{25e6}'];

/// Section names that stand on a line of their own in plain-text copies of reports and
/// articles ("PROSECUTION", "Prioritized Recommendations:"), compared in lower case; the
/// names of [`BACK_MATTER`] are section names too.
pub const SECTION_NAMES: &[&str] = &[
    "prosecution",
    "protection",
    "prevention",
    "trafficking profile",
    "prioritized recommendations",
    "recommendations",
    "overview",
    "background",
    "legislation",
    "government efforts",
];

/// Sections that hold no facts about the country, in lower case.
pub const BACK_MATTER: &[&str] = &[
    "see also",
    "references",
    "external links",
    "further reading",
    "notes",
    "sources",
    "bibliography",
];

/// How the titles of articles of the family open ("Human trafficking in Thailand"), compared
/// in any case.
pub const ARTICLE_TITLE_OPENINGS: &[&str] = &[
    "human trafficking in ",
    "trafficking in persons in ",
    "trafficking in human beings in ",
    "sex trafficking in ",
    "labor trafficking in ",
    "labour trafficking in ",
    "child trafficking in ",
];

/// Namespaces of wiki links that show no words in the text (an image with its caption, a
/// category), compared in any case.
pub const HIDDEN_LINK_NAMESPACES: &[&str] = &["File:", "Image:", "Category:", "Media:"];

/// HTML tags of wiki markup dropped with their brackets; what they enclose is kept (a
/// footnote's `ref` is dropped whole where it opens).
pub const HTML_TAGS: &[&str] = &[
    "ref",
    "references",
    "br",
    "small",
    "big",
    "sup",
    "sub",
    "span",
    "div",
    "center",
    "u",
    "s",
    "i",
    "b",
    "em",
    "strong",
    "nowiki",
    "blockquote",
    "abbr",
    "p",
    "font",
    "poem",
    "onlyinclude",
    "noinclude",
    "includeonly",
];
