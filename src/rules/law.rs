//! `law_enacted`: a law adopted.
//!
//! ```text
//! named   := LAW_NAME ("(" ASIDE ")")? ","? ("which was")? ("adopted" | "passed" | "enacted" | "approved") ("in" DATE)?
//! verb    := ("adopted" | "passed" | "enacted" | "adopting" ...) ("a" | "the" | "new")? WORD{0,4} ("law" | "legislation" | "act")
//! passive := DET? WORD{0,4} ("law" | "legislation" | "Act") (("on" | "against" | "criminalizing") WORD{1,5})?
//!            ("(" ASIDE ")")? ","? ("which" | "that")? ("was" | "has been")? ("adopted" | "passed" | "enacted" | ...)
//!            "The anti-trafficking law was adopted in 2006"; "a new law ... entered into force"
//! new code:= VERB ("a" | "the") "new" CODE  |  ("a" | "the") "new" CODE ","? ("was")? VERB   (CODE: "criminal code", "penal code", ...)
//! codified:= "codified into law" | "signed" (LAW_NAME | "the bill")? "into law"
//! new law := ^ "a"? "new" WORD{0,3} ("law" | "legislation") ("on" WORD{1,6})? ("established" | "created" | ...)
//!            "A new law on victim protection established ...", dated by its sentence or reporting period
//! referred:= ^ ("It" | "The law") "was" ("enacted" | "passed" | ...)   the law the sentence before titles
//! by year := DET YEAR WORD{0,2} ("law" | "act")  "the 2011 anti-trafficking law" (inferred)
//!          | DET YEAR TITLE ("Code" | "Order" | "Decree" | ...)  "the 2010 Child Protection Code" (inferred)
//!          | "Law" ("No" "."? | "Number")? ID "of" YEAR | "Law" .../YEAR   "Law No. 91 of 2013", "Law 006/PR/2018" (inferred)
//!          | "Law" "No."? ID "of" DATE                 "Law 2012-023 of July 12, 2012" (inferred)
//!          | LAW_NAME ("(" ACRONYM ")")? ("of" | ",")? MONTH? YEAR  "the Human Trafficking Prevention Act of 2000",
//!                                                         "the Trafficking in Persons Act 2008",
//!                                                         "the Child Protection Code of 2003",
//!                                                         "the Law on the Protection of Children of August 2012" (inferred)
//! ```
//! Drafts, bills, consultations and amended legislation are not enactments.

use super::context::{negated_before, SentenceCtx};
use super::lexicon::{
    LAW_CHANGE_NOUNS, LAW_KIND_WORDS, LAW_PROCESS_NOUNS, TITLE_OPENERS, TITLE_POSSESSIVES, US_LAWS,
    US_PLACES,
};
use super::{Discourse, Output, Rule, DIGIT_CUE};
use crate::event::{EventKind, Fact};
use crate::lazy_regex;
use crate::pattern::contains_ci;
use crate::temporal::recognize::acronym_of_a_law;
use crate::temporal::{PartialDate, TimeExpr};

/// Finds laws enacted.
pub struct LawRule;

/// A number after a law's title, as part of it ("Law No. 51", "Organic Law 5/2010",
/// "Federal Law 162-FZ"); not a bare year ("Crimes Act 1961" is titled by its year).
macro_rules! law_number {
    () => {
        r"(?:\s+(?:(?:No\.?|Number)\s*\d(?:[\w/.-]*\w)?|(?:\d{1,3}|[03-9]\d{3}|1[0-8]\d\d|2[1-9]\d\d|\d{5,})(?:[/.-]\w(?:[\w/.-]*\w)?)?\b|(?:19|20)\d\d[/.-]\w(?:[\w/.-]*\w)?))?"
    };
}

/// The words that end a law's title ("the Labour Act", "the Prevention and Control of Human
/// Trafficking Ordinance").
const TITLE_WORDS: [&str; 5] = ["Act", "Law", "Code", "Ordinance", "Proclamation"];

const NAME: &str = concat!(
    r#"\b(?:(?:Law|Act|Code)\s+(?:on|of|for|to|against|Against|[A-Z][a-z]+ing)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|on|in|and|the|against|for|to)|(?:,\s+[A-Z][\w'-]*)+,?\s+and\s+[A-Z][\w'-]*)*|[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\([A-Z][\w'-]*(?:,?\s+[\w'-]+){0,5}\)|of|on|in|and|the|against|for|to)|,\s+(?:and\s+)?[A-Z][\w'-]*){0,8}?\s+(?:(?:Law|Code)\s+\([A-Z][\w'-]*(?:,?\s+[\w'-]+){0,5}\)\s+Act|Act|Law|Code|Ordinance|Proclamation)"#,
    law_number!(),
    r#"(?:\s+of\s+\d{4})?)"#
);

/// A relative clause between a law and its verb, skipped when the verb is not in it ("The new
/// Criminal Code, which replaced the 1997 code, entered into force in 2014").
const RELATIVE_CLAUSE: &str = r"(?:,\s+(?:which|that)\s+(?-i:[^,;.()\x{250}-\x{10FFFF}]){1,80},)??";

/// Those whose signature enacts a law ("the ... Act signed by the president in July 2013").
const SIGNERS: &str = r"(?:[Pp]resident|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Mm]onarch|[Gg]overnor(?:-[Gg]eneral)?|[Hh]ead\s+of\s+[Ss]tate)\b";

lazy_regex!(
    NAMED,
    format!(
        r#"(?P<name>{NAME}|\bLaw\s+(?:[Nn]o\.\s*)?(?:\d(?:[\w/.-]*\d)?|\(\d+\))(?:\s+of\s+\d{{4}})?(?:\s+on\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|on|in|and|the|against|for))*)?)"?(?P<aside>\s*\((?:[^()]|\(\d{{1,6}}\)){{1,60}}\))?{RELATIVE_CLAUSE}"?,?"?\s+(?:(?:which|that)\s+(?:(?:was|were)\s+)?|was\s+|were\s+)?(?:(?:formally|officially|finally|unanimously)\s+)?(?P<verb>adopted|passed|enacted|approved|promulgated|proclaimed|(?:was|were)\s+established|(?:was|were)\s+signed|signed\s+into\s+law|signed\s+by\s+(?:the\s+)?{SIGNERS}|entered\s+into\s+force|came\s+into\s+force|(?:came|went|entered)\s+into\s+effect|took\s+effect|became\s+law|gazetted|(?:became\s+)?effective)\b"#
    )
);
/// What a verb that enacts a law takes: "(and entered into force) the ... law (on Name)".
const LAW_OBJECT: &str = concat!(
    r#"\s+(?:and\s+[a-z]+\s+(?:into\s+force\s+)?)?(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"?(?P<obj>(?:[\w'-]+\s+|\((?-i:[A-Z])[\w'-]*(?:,?\s+[\w'-]+){0,4}\)\s+|(?-i:[A-Z][\w'-]*),\s+(?:and\s+)?){0,7}?(?:law|laws|legislation|act|statute|ordinance|proclamation|(?-i:Code))\b"#,
    "(?-i:",
    law_number!(),
    ")",
    r#"(?:\s+(?:on|of|against|(?-i:[A-Z][a-z]+ing))\s+(?-i:(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|on|in|and|the|against|for)|(?:,\s+[A-Z][\w'-]*)+,?\s+and\s+[A-Z][\w'-]*)*))?)"#
);
lazy_regex!(
    VERB_LAW,
    format!(
        r"(?i)\b(?P<verb>adopted|passed|enacted|approved|promulgated|proclaimed|adopting|passing|enacting|approving|promulgating|proclaiming|adopts|passes|enacts|promulgates|did\s+(?:adopt|pass|enact|approve)){LAW_OBJECT}"
    )
);
// Kept apart, as they are rarer: a larger alternation would slow the common verbs' search.
lazy_regex!(
    SIGNED_LAW,
    format!(
        r"(?i)\b(?P<verb>signed|ratified|voted\s+to\s+(?:adopt|pass|approve|enact)){LAW_OBJECT}"
    )
);
// "the adoption of the Law on ... in 2010", "passage of the new criminal code", "the passage
// and implementation of its 2006 law": the act named by its noun.
lazy_regex!(
    NOMINAL_LAW,
    format!(
        r"(?i)\b(?P<verb>(?:adoption|enactment|passage|promulgation)(?:\s+and\s+(?:implementation|enforcement|enactment|entry\s+into\s+force))?(?:\s+in\s+(?:[a-z]+\s+)?(?:19|20)\d\d)?\s+of){LAW_OBJECT}"
    )
);
lazy_regex!(
    NOMINAL_NEW_CODE,
    format!(
        r"(?i)\b(?P<verb>(?:adoption|enactment|passage|promulgation)\s+of)\s+(?:a|an|the|its|their)\s+new\s+{NEW_CODE_NAME}"
    )
);
lazy_regex!(
    LAW_THEN_VERB,
    format!(
        r"(?i)\b(?P<obj>(?:(?:a|an|the|its|their|this|[\w-]+'s)\s+)?(?:[\w'-]+\s+){{0,4}}?(?:law|legislation|statute|(?-i:Act)))(?:\s+(?:on|against|criminali[sz]ing|prohibiting)(?:\s+[\w'-]+){{1,5}}?)?(?P<aside>\s*\((?:[^()]|\(\d{{1,6}}\)){{1,60}}\))?{RELATIVE_CLAUSE}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:formally|officially|finally|unanimously|first)\s+)?(?P<verb>adopted|passed|enacted|approved|promulgated|proclaimed|entered\s+into\s+force|came\s+into\s+force|(?:came|went|entered)\s+into\s+effect|took\s+effect|became\s+law|gazetted)\b"
    )
);
lazy_regex!(
    CODIFIED,
    r"(?i)\b(?:codified|enshrined|written|signed)\s+(?P<obj>(?:[\w'(),-]+\s+){0,12}?)into\s+law\b"
);
// A bill signed by whoever enacts it: "the president signed the Combating of Trafficking in
// Persons Bill", "by signing the Anti-Trafficking Bill"; the bill is named by its title.
lazy_regex!(
    SIGNED_BILL,
    r"(?i:\b(?:signed|signing|signs)\s+)(?:(?i:the)\s+)?(?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\([A-Z][\w'-]*\)|of|on|in|and|the|against|for|to)){0,10}?\s+Bill)\b(?:\s+(?:No\.\s*\d+|of\s+(?P<of_year>\d{4})|(?P<year>\d{4})))?"
);
/// A code made anew: "adopted a new Criminal Code" (its name as written).
const NEW_CODE_NAME: &str = r"(?P<name>(?:criminal|penal|labou?r|administrative|family|migration)\s+(?:procedure\s+)?code)\b";
lazy_regex!(
    VERB_NEW_CODE,
    format!(
        r"(?i)\b(?P<verb>adopted|passed|enacted|approved|promulgated|proclaimed|adopting|passing|enacting|approving|promulgating|proclaiming|adopts|passes|enacts|promulgates)\s+(?:(?:a|an|the|its|their)\s+new|an?\s+(?:updated|revised))\s+{NEW_CODE_NAME}"
    )
);
lazy_regex!(
    NEW_CODE_THEN_VERB,
    format!(
        r"(?i)\b(?:a|the|its|their)\s+new\s+{NEW_CODE_NAME}{RELATIVE_CLAUSE}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?P<verb>adopted|passed|enacted|approved|promulgated|proclaimed|entered\s+into\s+force|came\s+into\s+force|(?:came|went|entered)\s+into\s+effect|took\s+effect|became\s+law|gazetted)\b"
    )
);
// "the Counter-trafficking in persons act", "the anti-trafficking in human beings law": a title
// in lowercase, known by what it counters.
lazy_regex!(
    LOWERCASE_TITLE,
    r"(?i)\b(?:anti|counter|combating)[- ]trafficking\s+in\s+(?:persons|human\s+beings)\s+(?:act|law|proclamation|decree)\b"
);
lazy_regex!(
    LAW_ID,
    format!(
        r"\b(?:(?:{kinds})\s+)?(?:(?:Law|Proclamation)\s+(?:(?:[Nn]o\.?|[Nn]umber)\s*)?|(?:Act|Decree|Ordinance)\s+(?:[Nn]o\.?|[Nn]umber)\s*)(?:\((?P<bracketed_id>{id})\)|(?P<id>{id}))(?:\s+of\s+(?P<of>\d{{4}}))?(?:\s+on\s+(?P<topic>(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|on|in|and|the|against|for))*)|,\s+(?:On|Regarding|Concerning|Relating\s+to)\s+(?:the\s+)?[A-Z][\w'-]*(?:(?:\s+(?:of|on|in|and|the|against|for|to))*\s+[A-Z][\w'-]*)*(?:\s+of\s+(?P<titled_of>\d{{4}}))?)?",
        kinds = LAW_KIND_WORDS.join("|"),
        id = r"\d(?:[\w/.-]*\d)?\([IVX]+\)(?:/\d{4})?|\d(?:[\w/.-]*\d)?"
    )
);
// "the Law of 12 May 2009 on the Prevention of Trafficking in Persons": a law titled by the
// date it was passed.
lazy_regex!(
    LAW_OF_DATE,
    format!(
        r"\bLaw\s+of\s+(?:(?P<day>\d{{1,2}})\s+(?P<month>{m})|(?P<month_first>{m})\s+(?P<day_after>\d{{1,2}}),?)\s+(?P<year>(?:19|20)\d\d)(?:\s+on\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|on|in|and|the|against|for))*)?",
        m = crate::temporal::lexicon::month_alternation()
    )
);
lazy_regex!(
    ACT_OF_YEAR,
    format!(
        r"\b(?P<name>[A-Z][\w'-]*(?:\s+(?:\([A-Z][\w'-]*(?:\s+[\w'-]+){{0,5}}\)|[A-Z][\w'-]*|of|on|in|and|the|against|for|to)){{0,10}}?\s+(?:Act|Law|Code)|Law\s+(?:on|for|against)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|on|in|and|the|against|for|to)){{0,10}}?)(?:\s+\([A-Z]{{2,}}\))?(?P<sep>\s+of|,)?\s+(?:(?P<month>{})\s+)?(?P<year>(?:19|20)\d\d)\b",
        crate::temporal::lexicon::month_alternation()
    )
);
/// A code named in lowercase after its year ("the 2018 criminal code").
const CODE_AFTER_YEAR: &str = r"^\s+(?:new\s+|revised\s+)?(?:criminal|penal|labou?r|child(?:\s+protection|ren['\x{2019}]s)?|family|administrative)\s+code\b";
lazy_regex!(
    YEARS_OF_LAWS,
    r"(?i)\bthe\s+(?P<first>(?:19|20)\d\d)\s+(?:[\w'-]+\s+){0,2}?(?:and|or)\s+(?P<second>(?:19|20)\d\d)\s+(?:[\w'-]+\s+){0,2}?laws\b"
);
lazy_regex!(
    YEAR_LAW,
    format!(
        r"(?i)^(?:\s+[\w'-]+){{0,2}}?\s+(?:law|legislation|statute|(?-i:Act))\b|^(?:\s+[\w'-]+)?\s+[\w-]*trafficking\s+(?:act|proclamation|decree|ordinance)\b|{CODE_AFTER_YEAR}|^(?-i:(?:\s+(?:[A-Z][\w'-]*|\([A-Z][\w'-]*\)|in|of|on|and|against|for|the|to)){{1,9}}?\s+(?:Law|Act|law|act|Code|Order|Decree|Ordinance|Proclamation))\b"
    )
);
lazy_regex!(LOWERCASE_CODE, CODE_AFTER_YEAR);
// The title after a year that names its law: "the 2010 Child Protection Code", "The 2019
// Anti-Trafficking in Persons Order".
lazy_regex!(
    TITLE_AFTER_YEAR,
    r"^\s+(?:[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\([A-Z][\w'-]*\)|of|on|in|and|the|against|for|to)){0,8}?\s+(?:Act|Law|Code|Order|Decree|Ordinance|Proclamation|act|law)|(?:Law|Act|Code)\s+(?:on|of|for|to|against|Against|[A-Z][a-z]+ing)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|on|in|and|the|against|for|to))*)\b"
);

/// Words of an enactment, after a digit: the law rule's second cue group. Past the digit they
/// also screen a sentence for a stated enactment ("adopted", "entered into force", "signed").
const ENACTMENT_CUES: &[&str] = &[
    DIGIT_CUE,
    "adopt",
    "pass",
    "enact",
    "approv",
    "promulgat",
    "proclaim",
    "codified",
    "enshrined",
    "written into",
    // "Federal Law 51, which was established in 2006".
    "was established",
    "were established",
    "into law",
    "into force",
    "took effect",
    "into effect",
    "effective",
    "became law",
    "gazetted",
    "signed",
    "signing ",
    "ratified",
    "voted to",
    // Last, and not words of an enactment: a law told as new by what it did ("A new law on
    // victim protection established ...", see [`new_law_as_subject`]).
    "new law",
    "new legislation",
];
/// How many cues at the end of [`ENACTMENT_CUES`] tell a new law rather than its enactment.
const NEW_LAW_CUES: usize = 2;
crate::lazy_cues!(
    ENACTING_WORDS,
    &ENACTMENT_CUES[1..ENACTMENT_CUES.len() - NEW_LAW_CUES]
);

const NOT_ENACTED: &[&str] = &[
    "amend",
    "draft",
    "bill",
    "decree",
    "regulation",
    "resolution",
];

impl Rule for LawRule {
    fn name(&self) -> &'static str {
        "law"
    }

    fn kind(&self) -> EventKind {
        EventKind::LawEnacted
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        &[
            &[
                "law$",
                "laws$",
                "statute$",
                "legislation",
                "act$",
                "acts$",
                "code$",
                "order$",
                "decree$",
                "ordinance$",
                "proclamation$",
                // "signing the Combating of Trafficking in Persons Bill"
                "bill$",
                // "It was enacted in July 2007": the law the sentence before named.
                "it was",
                "it has been",
                "new criminal",
                "new penal",
                "new labor",
                "new labour",
                "new administrative",
                "new family",
                "new migration",
                // "The 2007 HTTCA criminalized ...": a law known by its acronym and its verb.
                "criminali",
                "prohibit",
                "prescrib",
                "outlaw",
                // "PACOTIP ... since its enactment in 2013": a law by its acronym.
                "its enact",
                "its adopt",
                "its passage",
            ],
            ENACTMENT_CUES,
        ]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, d: &mut Discourse, out: &mut Output) {
        let first_event = out.events.len();
        let stated = stated_laws(cx, out);
        laws_named_with_a_year(cx, &stated, out);
        enacted_as_told_before(cx, &mut out.events[first_event..]);
        if out.events.len() == first_event {
            enacted_by_pronoun(cx, out);
        }
        if out.events.len() == first_event {
            new_law_as_subject(cx, out);
        }
        // "Proclamation No. 909/2015 is the most recent law adopted": a law told with no name
        // and no date beside a named one is that one.
        let names_one = out.events[first_event..]
            .iter()
            .any(|e| matches!(&e.fact, Fact::LawEnacted { name: Some(_) }));
        if names_one {
            let told = out.events.split_off(first_event);
            out.events.extend(told.into_iter().filter(|e| {
                e.date.is_some() || !matches!(&e.fact, Fact::LawEnacted { name: None })
            }));
        }
        // "The X Law was passed in 2008. It sets out penalties ...": the law named last is the
        // paragraph's instrument; a law enacted without a name ends the one named before.
        let laws = &out.events[first_event..];
        let named = laws.iter().rev().find_map(|e| match &e.fact {
            Fact::LawEnacted { name: Some(n) } => Some(n.clone()),
            _ => None,
        });
        if let Some(name) = named {
            d.instrument = Some((Some(name), None));
        } else if !laws.is_empty() {
            d.instrument = None;
        }
    }

    fn apply_presupposed(&self, cx: &SentenceCtx<'_>, out: &mut Output) {
        laws_named_with_a_year(cx, &Stated::default(), out);
    }
}

// "It was enacted in July 2007", "In 2007, the law was finally passed": a law of the
// sentence before.
lazy_regex!(
    REFERRED_ENACTED,
    r"(?i)^(?:[\w\s'-]{0,40},\s+)?(?P<subject>it|the\s+(?:law|act|bill|legislation))\s+(?:was|has\s+been|had\s+been)\s+(?:(?:formally|officially|finally|eventually|subsequently|later|unanimously)\s+)?(?:enacted|passed|adopted|approved|promulgated|signed\s+into\s+law)\b"
);

/// The title of the law the sentence before this one in its paragraph names, when this
/// sentence opens by referring back to a law enacted ("It was enacted in 2007").
fn law_told_before(cx: &SentenceCtx<'_>) -> Option<(bool, Option<String>)> {
    let c = REFERRED_ENACTED.captures(cx.text)?;
    let before = cx.paragraph.get(..cx.index_in_paragraph()?)?.last()?;
    let pronoun = c["subject"].eq_ignore_ascii_case("it");
    Some((pronoun, law_name(before)))
}

/// "The Anti-Trafficking Act was drafted in 2005. The law was passed in July 2007.": the
/// unnamed law enacted is the one named before.
fn enacted_as_told_before(cx: &SentenceCtx<'_>, found: &mut [crate::event::Event]) {
    let unnamed = |e: &crate::event::Event| matches!(e.fact, Fact::LawEnacted { name: None });
    if found.len() != 1 || !unnamed(&found[0]) {
        return;
    }
    if let Some((false, Some(name))) = law_told_before(cx) {
        found[0].fact = Fact::LawEnacted { name: Some(name) };
    }
}

/// "The parliament drafted the Anti-Trafficking Act in 2005. It was enacted in July 2007.":
/// "it" is the law the sentence before names by its title; with no title there, no law.
fn enacted_by_pronoun(cx: &SentenceCtx<'_>, out: &mut Output) {
    let Some((true, Some(name))) = law_told_before(cx) else {
        return;
    };
    if cx.is_hedged_unless_enacted() {
        return;
    }
    let date = cx.activity_date(0, cx.text.len()).point();
    emit(cx, out, Some(name), date, false);
}

// "A new law on victim protection established ...", "In 2013, new legislation created ...":
// a law told as new by what it did.
lazy_regex!(
    NEW_LAW_SUBJECT,
    r"(?i)^(?:[\w\s'-]{0,40},\s+)?(?:a\s+)?new\s+(?:[\w-]+\s+){0,3}?(?:law|legislation)\b(?:\s+(?:on|against|for|to|regarding)\s+(?:[\w-]+\s+){0,5}?[\w-]+)?\s*,?\s+(?:(?:also|further|additionally)\s+)?(?P<verb>established|created|introduced|provided|required|allowed|granted|expanded|increased|criminali[sz]ed|prohibited|defined|extended|entitled|guaranteed|mandated|set\s+out|set\s+up)\b"
);

/// A law told as new by what it did, as the sentence's subject: enacted when the sentence
/// (or, in a report, its reporting period) dates it.
fn new_law_as_subject(cx: &SentenceCtx<'_>, out: &mut Output) {
    if !contains_ci(cx.text, "new ") || cx.hedges().any() || cx.is_negated() {
        return;
    }
    let Some(c) = NEW_LAW_SUBJECT.captures(cx.text) else {
        return;
    };
    let verb = c.name("verb").expect("verb");
    let date = cx.activity_date(verb.start(), cx.text.len()).point();
    if date.is_some() {
        emit(cx, out, None, date, false);
    }
}

/// Where a sentence's laws stated as enacted are named: their titles' ends, and the asides
/// after them ("(Law No. 14 of 2008)"), which name the same laws.
#[derive(Default)]
struct Stated {
    names: Vec<usize>,
    asides: Vec<std::ops::Range<usize>>,
}

/// Whether the words signed or passed name a code as changed ("signed Gabon's revised penal
/// code into law", "the amended criminal code"), no new law; not "a revised code", one made
/// anew.
fn names_a_changed_code(words: &str) -> bool {
    contains_ci(words, " code")
        && ["revised ", "amended ", "updated "]
            .iter()
            .any(|w| contains_ci(words, w))
        && !(crate::pattern::starts_with_ci(words, "a ")
            || crate::pattern::starts_with_ci(words, "an "))
}

/// Whether a title names changes made to a law ("Changes to the German Penal Code",
/// "Revisions to the Labor Code"): the amendment rule's.
fn names_changes(name: &str) -> bool {
    let mut words = name.split(' ');
    words.next().is_some_and(|w| LAW_CHANGE_NOUNS.contains(&w)) && words.next() == Some("to")
}

/// Adds a law enacted, unless it is another country's, an amending act (the amendment
/// rule's: "the Evidence (Amendment) Act of 2015") or of a year after the report's, which is
/// no year of this calendar ("Labour Act 2074").
fn emit(
    cx: &SentenceCtx<'_>,
    out: &mut Output,
    name: Option<String>,
    date: Option<PartialDate>,
    inferred: bool,
) {
    let home_law = |name: &str| is_home_law(cx.country, name);
    let after_report = date
        .zip(cx.anchor.report_year)
        .is_some_and(|(d, r)| d.year > r);
    if !name.as_deref().is_none_or(home_law)
        || name
            .as_deref()
            .is_some_and(|n| n.contains("Amendment") || names_changes(n))
        || after_report
    {
        return;
    }
    // "the Law on Combating Trafficking and the Law on Social Protection": two laws.
    let names = match name.as_deref().and_then(two_titles) {
        Some((first, second)) => vec![Some(first.to_string()), Some(second.to_string())],
        None => vec![name],
    };
    for name in names {
        out.events
            .push(cx.event(Fact::LawEnacted { name }, date, inferred, "law"));
    }
}

/// The two titles a name joins with "and the" when each is a law's title ("Criminal Code and
/// the Labor Code"), not one title going on ("Law on the Prevention of Trafficking and the
/// Protection of Victims").
fn two_titles(name: &str) -> Option<(&str, &str)> {
    let (first, second) = name.split_once(" and the ")?;
    let second = second.strip_prefix("new ").unwrap_or(second);
    let titled = |t: &str| {
        t.split_whitespace()
            .any(|w| TITLE_WORDS.contains(&w.trim_end_matches(',')))
    };
    (titled(first) && titled(second) && second.starts_with(|c: char| c.is_uppercase()))
        .then_some((first, second))
}

/// Laws stated as enacted: named ones with their verb, unnamed ones, new codes, laws signed.
fn stated_laws(cx: &SentenceCtx<'_>, out: &mut Output) -> Stated {
    let text = cx.text;
    // Titles need a capitalised "Law", "Act" or "Code": a substring search is cheaper
    // than the patterns that read them.
    let titled = TITLE_WORDS.iter().any(|w| text.contains(w));
    // Stated enactments need one of their verbs; many law sentences are only dated.
    let has_verb = ENACTING_WORDS.any_in(text);
    // Where the names of laws stated as enacted end: a title with its year is not dated again.
    let mut stated_names: Vec<usize> = Vec::new();
    // Asides right after a stated law's name ("(Law No. 14 of 2008)") name the same law.
    let mut asides: Vec<std::ops::Range<usize>> = Vec::new();
    // Hedged: by a hedge before the first enacting word or in its clause ("a draft law was
    // adopted"; not one of a later clause, "enacted a new law ..., and it announced plans to
    // use that law"), or by a later clause where the same law still waits.
    let hedged = has_verb
        && first_enactment_end(text).is_some_and(|verb_end| {
            let rest = &text[verb_end..];
            (cx.is_hedged_unless_enacted()
                && (super::context::hedged_in_clause_of(text, verb_end)
                    || still_pending_after(rest)))
                || awaits_a_next_step(rest)
        });
    if has_verb {
        let mut stated = false;
        for c in titled
            .then(|| NAMED.captures_iter(text))
            .into_iter()
            .flatten()
        {
            let verb = c.name("verb").expect("verb");
            if negated_before(text, verb.start()) {
                continue;
            }
            // "Promulgation of the ... Act signed by the president in July 2013 remained
            // pending": a hedge after the signature is of what was to follow it.
            let signed_before_hedge = verb.as_str().starts_with("signed by")
                && !super::Hedges::of(&text[..verb.start()]).any();
            if hedged && !signed_before_hedge {
                continue;
            }
            let name = c.name("name").expect("name").as_str();
            let name_range = c.name("name").expect("name").range();
            // "A memorandum on the ... Act was adopted": what was adopted is the memorandum.
            // "was signed by 40 NGOs": not those whose signature enacts a law.
            let signed_by_others =
                verb.as_str().ends_with("signed") && text[verb.end()..].starts_with(" by ");
            if object_of_another_noun(&text[..name_range.start])
                || signed_by_others
                || names_a_part(name)
                || part_named_before(&text[..name_range.start])
            {
                continue;
            }
            stated_names.push(name_range.end);
            asides.extend(c.name("aside").map(|a| a.range()));
            let in_force = ["force", "effect"]
                .iter()
                .any(|w| contains_ci(verb.as_str(), w));
            let told = cx
                .activity_date(verb.start(), clause_end(text, verb.end()))
                .point();
            // "The ... Law (Law No. 28 of 2012) was adopted": the year of its number, when
            // the sentence gives none.
            let aside_year = c
                .name("aside")
                .and_then(|a| year_of_numbered_law(a.as_str()))
                .filter(|_| told.is_none());
            let (date, inferred) = match year_in_title(name) {
                // "the ... Act of 2010, which came into force in September 2012": enacted in
                // the year its title gives (inferred), in force later.
                Some(y) if in_force && told.is_none_or(|d| d.year != y) => {
                    (Some(PartialDate::year(y)), true)
                }
                // "The ... Act of 2005 was passed": enacted the year its title gives, unless
                // the sentence dates the act itself.
                Some(y) if !in_force && !told_outside(cx, told, name_range) => {
                    (Some(PartialDate::year(y)), false)
                }
                None if aside_year.is_some() => (aside_year.map(PartialDate::year), true),
                _ => (told, false),
            };
            emit(cx, out, Some(clean_name(name)), date, inferred);
            stated = true;
        }
        if hedged {
            return Stated {
                names: stated_names,
                asides,
            };
        }
        if !stated {
            let signed = contains_ci(text, "signed")
                || contains_ci(text, "ratified")
                || contains_ci(text, "voted");
            let signers = signed.then(|| SIGNED_LAW.captures_iter(text));
            let nominal = named_by_noun(text);
            let nominals = nominal.then(|| NOMINAL_LAW.captures_iter(text));
            for c in VERB_LAW
                .captures_iter(text)
                .chain(signers.into_iter().flatten())
                .chain(nominals.into_iter().flatten())
            {
                let obj = c.name("obj").expect("obj").as_str();
                let lower = obj.to_ascii_lowercase();
                // "signed a memorandum to implement the law": the law is not what was signed.
                let through = lower.contains(" to ")
                    || ["memorand", "agreement", "plan"]
                        .iter()
                        .any(|w| lower.contains(w));
                // "enacted legislation that increased the minimum penalty": a change to a law.
                let obj_end = c.name("obj").expect("obj").end();
                // "approved the 2009 act's implementing regulations": the act only owns
                // what was approved.
                let owner = ["'s ", "\u{2019}s "]
                    .iter()
                    .any(|p| text[obj_end..].starts_with(p));
                // "adopted a referral mechanism for use by law enforcement": no law.
                let enforcement = text[obj_end..]
                    .trim_start()
                    .get(..11)
                    .is_some_and(|w| w.eq_ignore_ascii_case("enforcement"));
                // "passed several laws ..., including the 2015 Law on ...": the laws are the
                // ones listed, read by their names.
                let listed = lower.ends_with("laws")
                    && ["including ", "such as ", "namely "].iter().any(|w| {
                        crate::pattern::find_ci(&text[obj_end..], w, 0).is_some_and(|at| {
                            let list = crate::pattern::head(&text[obj_end + at..], 80);
                            TITLE_WORDS.iter().any(|t| list.contains(t))
                        })
                    });
                // "passed An Act to amend the Criminal Code", "enacted the Penal Code
                // (Amendment) Act", "signed the Penal Code amendments": a change, titled by it.
                let amending = ["to amend", "(amendment)", "amendment"]
                    .iter()
                    .any(|w| crate::pattern::starts_with_ci(text[obj_end..].trim_start(), w));
                if NOT_ENACTED.iter().any(|w| lower.contains(w))
                    || names_a_changed_code(obj)
                    || lower.starts_with("into law")
                    || through
                    || amending
                    || owner
                    || enforcement
                    || listed
                    // "a new law that increased penalties" is enacted, its increase its own.
                    || (changes_a_law(&text[obj_end..])
                        && !lower.split_whitespace().any(|w| w == "new"))
                    // "passed legislation to close a loophole in the 2005 law": a change.
                    || super::amendment::law_to_change(text)
                        .is_some_and(|m| m.start() <= c.get(0).map_or(0, |o| o.start()) && obj_end <= m.end())
                {
                    continue;
                }
                let verb = c.name("verb").expect("verb");
                if negated_before(text, verb.start()) || sought(&text[..verb.start()]) {
                    continue;
                }
                // "since the enactment of the 2016 anti-trafficking law": the year in its name.
                let obj_range = c.name("obj").expect("obj").range();
                // "passed the Anti-Trafficking Act 2012": the year that titles the act.
                let titles_it = |at: usize| {
                    at >= obj_range.end && matches!(text[obj_range.end..at].trim(), "" | ",")
                };
                let named_year = cx.times().iter().find_map(|t| match t.expr {
                    TimeExpr::NamedYear(y)
                        if obj_range.contains(&t.start) || titles_it(t.start) =>
                    {
                        Some(y)
                    }
                    _ => None,
                });
                // "passed the Child Code of 2008": the title goes on with its year, which
                // dates the act unless the sentence dates it.
                let title_year = TITLE_WORDS
                    .iter()
                    .any(|w| obj.ends_with(w))
                    .then(|| title_year_after(text, obj_end))
                    .flatten();
                if let Some((_, end)) = title_year {
                    stated_names.push(end);
                }
                let name = law_name(&text[obj_range.start..title_year.map_or(obj_end, |(_, e)| e)])
                    .or_else(|| appositive_name(&text[obj_end..]))
                    // "passed Law 26.842": a law known by its number.
                    .or_else(|| numbered_law_at(&text[obj_range.start..]).map(|(n, _)| n))
                    // "passed the Counter-trafficking in persons act": a title written in
                    // lowercase.
                    .or_else(|| {
                        LOWERCASE_TITLE
                            .find(&text[obj_range.clone()])
                            .map(|m| m.as_str().to_string())
                    })
                    // "enacted a new anti-trafficking law (Law 13.344)": by the number in
                    // brackets.
                    .or_else(|| {
                        let (name, brackets) = numbered_law_in_brackets(&text[obj_end..])?;
                        asides.push(obj_end + brackets.start..obj_end + brackets.end);
                        Some(name)
                    });
                let date = match named_year {
                    Some(y) => Some(PartialDate::year(y)),
                    None => {
                        let changes = dates_of_later_changes(cx, verb.end());
                        let told = cx
                            .activity_date_except(
                                verb.start(),
                                clause_end(text, verb.end()),
                                &changes,
                            )
                            .point();
                        title_year
                            .filter(|&(_, end)| !told_outside(cx, told, obj_range.start..end))
                            .map(|(y, _)| PartialDate::year(y))
                            .or(told)
                    }
                };
                // "welcomed the adoption of the law", "Prior to enacting the law, ...": a law
                // told before, restated with no date of its own (the reporting period is
                // none), tells nothing new.
                let obj_start = c.name("obj").expect("obj").start();
                let restated = (date.is_none() || cx.times().is_empty())
                    && ["law", "legislation", "act", "statute"].contains(&lower.trim())
                    && ["the ", "this "].iter().any(|d| {
                        text[..obj_start]
                            .get(obj_start.saturating_sub(d.len())..)
                            .is_some_and(|t| t.eq_ignore_ascii_case(d))
                    });
                if restated {
                    continue;
                }
                let named_first = name.is_some();
                emit(cx, out, name, date, false);
                stated = true;
                // "passed the Labor Migration Act and the Child Protection Act": each title
                // joined to the first is enacted with it.
                if named_first {
                    let end = title_year.map_or(obj_end, |(_, e)| e);
                    for joined in titles_joined_after(text, end) {
                        emit(cx, out, Some(joined), date, false);
                    }
                }
            }
        }
        if !stated
            && (contains_ci(text, "new ")
                || contains_ci(text, "updated ")
                || contains_ci(text, "revised "))
        {
            // "adopted a new Criminal Code", "The new Penal Code entered into force in 2015"
            let nominal_codes = named_by_noun(text).then(|| NOMINAL_NEW_CODE.captures_iter(text));
            for c in VERB_NEW_CODE
                .captures_iter(text)
                .chain(NEW_CODE_THEN_VERB.captures_iter(text))
                .chain(nominal_codes.into_iter().flatten())
            {
                let verb = c.name("verb").expect("verb");
                if negated_before(text, verb.start()) || sought(&text[..verb.start()]) {
                    continue;
                }
                emit(
                    cx,
                    out,
                    c.name("name").map(|n| n.as_str().to_string()),
                    cx.activity_date(verb.start(), clause_end(text, verb.end()))
                        .point(),
                    false,
                );
                stated = true;
            }
        }
        if !stated {
            // "The anti-trafficking law was adopted in 2006", "Testland's law, enacted in 2005, ..."
            for c in LAW_THEN_VERB.captures_iter(text) {
                let obj = c.name("obj").expect("obj").as_str();
                let lower = obj.to_ascii_lowercase();
                let verb = c.name("verb").expect("verb");
                if negated_before(text, verb.start()) {
                    continue;
                }
                // "The law came into force in 2009" refers to a law told of before; only
                // "a (new) law ... entered into force" introduces one.
                let in_force =
                    contains_ci(verb.as_str(), "force") || contains_ci(verb.as_str(), "effect");
                let introduced = lower.starts_with("a ") || lower.starts_with("an ");
                // "Amendments to the 2010 labor law, passed in 2016, ...": the change's verb.
                let changed = changed_law(&text[..c.name("obj").expect("obj").end()]);
                if NOT_ENACTED.iter().any(|w| lower.contains(w))
                    || (in_force && !introduced)
                    || changed
                {
                    continue;
                }
                // "A new law (Law 13.344) was adopted": the number in brackets names it.
                let name = law_name(obj).or_else(|| {
                    c.name("aside")
                        .and_then(|a| numbered_law_in_brackets(a.as_str()))
                        .map(|(name, _)| name)
                });
                emit(
                    cx,
                    out,
                    name,
                    cx.activity_date(verb.start(), clause_end(text, verb.end()))
                        .point(),
                    false,
                );
                asides.extend(c.name("aside").map(|a| a.range()));
                stated = true;
            }
        }
        if !stated {
            // "signed into law an update to the criminal code": a change to a law.
            let change_signed = |m: crate::pattern::Match<'_>| {
                let after = text[m.end()..].trim_start();
                let after = after
                    .strip_prefix("an ")
                    .or_else(|| after.strip_prefix("a "))
                    .unwrap_or(after);
                ["update", "amendment", "change", "revision"]
                    .iter()
                    .any(|w| after.starts_with(w))
            };
            if let Some(c) = CODIFIED.captures(text).filter(|c| {
                let m = c.get(0).expect("group 0");
                !change_signed(m) && !names_a_changed_code(m.as_str())
            }) {
                let m = c.get(0).expect("group 0");
                let obj = c.name("obj").map_or("", |o| o.as_str());
                // "signed the Anti-Trafficking in Persons Act into law", "signed into law the ... Act"
                let name = if obj.is_empty() {
                    NAMED_IN_OBJ
                        .find(&text[m.end()..])
                        .filter(|n| {
                            text[m.end()..m.end() + n.start()].trim() == "the" || n.start() <= 1
                        })
                        .map(|n| clean_name(n.as_str()))
                } else {
                    law_name(obj).or_else(|| {
                        SIGNED_BILL
                            .captures(&text[m.start()..])
                            .map(|b| clean_name(b.name("name").expect("name").as_str()))
                    })
                };
                emit(
                    cx,
                    out,
                    name,
                    cx.activity_date(m.start(), clause_end(text, m.end()))
                        .point(),
                    false,
                );
                stated = true;
            }
        }
        if !stated {
            stated = signed_bill(cx, out);
        }
        if !stated {
            enacted_by_its_noun(cx, out);
        }
    }
    Stated {
        names: stated_names,
        asides,
    }
}

/// Words that may follow a signed bill's title.
const BILL_FOLLOWERS: &[&str] = &[
    "into", "in", "on", "and", "which", "that", "by", "at", "during", "after", "before", "while",
    "as", "with", "to",
];

/// A bill signed is a law enacted ("signed the Combating of Trafficking in Persons Bill"), but
/// not one that amends a law, one not signed, nor a title that goes on as another noun's
/// ("signed the ... Bill petition").
fn signed_bill(cx: &SentenceCtx<'_>, out: &mut Output) -> bool {
    let text = cx.text;
    let Some(c) = SIGNED_BILL.captures(text) else {
        return false;
    };
    let m = c.get(0).expect("group 0");
    let name = c.name("name").expect("name").as_str();
    let amends = ["Amendment", "Amending", "(Amendment)"]
        .iter()
        .any(|w| name.split_whitespace().any(|n| n == *w));
    // "signed the ... Bill petition": the bill's title must end its noun phrase.
    let after = text[m.end()..].trim_start();
    let ends_phrase = after.is_empty()
        || after.starts_with([',', '.', ';', ':', ')'])
        || after
            .split_whitespace()
            .next()
            .is_some_and(|w| BILL_FOLLOWERS.contains(&w.trim_end_matches([',', '.', ';'])));
    if amends || !ends_phrase || negated_before(text, m.start()) {
        return false;
    }
    // "the ... Bill 2014": the title's year names the bill; the signature has its own date.
    let title_year: Vec<usize> = ["year", "of_year"]
        .iter()
        .filter_map(|g| c.name(g).map(|y| y.start()))
        .collect();
    let date = cx
        .activity_date_except(m.start(), clause_end(text, m.end()), &title_year)
        .point();
    emit(cx, out, Some(clean_name(name)), date, false);
    true
}

// "since its enactment in 2013", "the law's adoption in 2010": a law of the sentence, dated
// by the noun of its enactment.
lazy_regex!(
    ITS_ENACTMENT,
    r"(?i)\b(?:its|the\s+(?:law|act|code)'s)\s+(?P<verb>enactment|adoption|passage|promulgation)\s+in\s+"
);

/// A law enacted as told by its possessed noun: "PACOTIP's provisions have not been promulgated
/// since its enactment in 2013", "The ... Act has rarely been used since its adoption in 2010".
/// Named by the title or acronym of the sentence, else unnamed.
fn enacted_by_its_noun(cx: &SentenceCtx<'_>, out: &mut Output) {
    let text = cx.text;
    let Some(c) = ITS_ENACTMENT.captures(text) else {
        return;
    };
    let verb = c.name("verb").expect("verb");
    let Some(date) = cx
        .activity_date(
            verb.start(),
            clause_end(text, c.get(0).expect("group 0").end()),
        )
        .point()
    else {
        return;
    };
    // Only a law of the sentence is "its" referent.
    let acronym = || {
        text.split_whitespace()
            .map(|w| {
                w.trim_end_matches([',', '.', ';', ':'])
                    .trim_end_matches("'s")
                    .trim_end_matches("\u{2019}s")
            })
            .find(|w| {
                (3..=8).contains(&w.len())
                    && w.bytes().all(|b| b.is_ascii_uppercase())
                    && w.ends_with(['A', 'L', 'C', 'P'])
            })
            .map(str::to_string)
    };
    let name = law_name(text).or_else(acronym);
    // "on the child trafficking law since its passage in 2003": a law noun just before.
    let unnamed_law = || {
        let words: Vec<&str> = text[..verb.start()]
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', ';']))
            .collect();
        let near = words.len().saturating_sub(8);
        words.iter().enumerate().skip(near).any(|(i, w)| {
            ["law", "act", "legislation", "statute"]
                .iter()
                .any(|n| w.eq_ignore_ascii_case(n))
                && words
                    .get(i + 1)
                    .is_none_or(|next| !next.to_ascii_lowercase().starts_with("enforce"))
        })
    };
    if name.is_some() || unnamed_law() {
        emit(cx, out, name, Some(date), false);
    }
}

/// Whether the words before a law's year call it revised that year ("the revised 2021 ...
/// law"). Not "the amended 2015 Penal Code": the code of 2015, as amended since.
fn revised_before(before: &str) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("revised"))
}

/// Laws known by their year ("the 2012 anti-trafficking law"), their number ("Law No.
/// 2014-040") or a title with its year ("the ... Act of 2000"): enactments inferred.
fn laws_named_with_a_year(cx: &SentenceCtx<'_>, stated: &Stated, out: &mut Output) {
    let text = cx.text;
    // "the 2015 anti-slavery and 2020 anti-trafficking laws": each year names one of them.
    if contains_ci(text, " laws") {
        for c in YEARS_OF_LAWS.captures_iter(text) {
            for year in ["first", "second"].map(|g| c[g].parse::<i32>()) {
                emit(cx, out, None, year.ok().map(PartialDate::year), true);
            }
        }
    }
    // "Law 263/2012", "Proclamation 1178/2020": a numbered law.
    let law = text.contains("Law") || text.contains("Proclamation");
    let titled = law || text.contains("Act") || text.contains("Code");
    // A law known by its year, or by its month ("A May 2008 law prohibited ...").
    for t in cx.times() {
        let date = match t.expr {
            TimeExpr::NamedYear(y) => PartialDate::year(y),
            TimeExpr::Point(d) if d.month.is_some() && !stated.names.is_empty() => continue,
            TimeExpr::Point(d) if d.month.is_some() && after_article(&text[..t.start]) => d,
            _ => continue,
        };
        let rest = &text[t.end..];
        // "the 2015 penal code amendments": changes of that year, not the law.
        let changed = |m: crate::pattern::Match<'_>| {
            let after = rest[m.end()..].trim_start();
            ["amend", "revision", "reform"].iter().any(|w| {
                after
                    .get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w))
            })
        };
        // "the 2020 draft anti-trafficking law": a law not yet made.
        let unmade = |m: crate::pattern::Match<'_>| {
            ["draft", "proposed", "pending"]
                .iter()
                .any(|w| contains_ci(m.as_str(), w))
        };
        // "the July 2019 law enforcement agreement": no law (not "the 2003 Trafficking in
        // Persons Law Enforcement and Administration Act", a title).
        let enforcement = |m: crate::pattern::Match<'_>| {
            m.as_str().ends_with("law") && rest[m.end()..].starts_with(" enforcement")
        };
        let named = YEAR_LAW
            .find(rest)
            .is_some_and(|m| !changed(m) && !unmade(m) && !enforcement(m));
        if (named || acronym_of_a_law(&text[..t.start], rest))
            && !text[..t.start].ends_with('/')
            && !text[..t.start].ends_with(" of ")
        {
            // "the 2005 Law on Combating Trafficking in Persons" names the law too.
            // "the 2018 criminal code": a code is named by its own words.
            // "The 2016 Law No. 133, On the Fight Against ...": the numbered law.
            let numbered = LAW_ID
                .find(rest)
                .filter(|m| rest[..m.start()].trim().is_empty())
                .map(|m| clean_name(m.as_str()));
            let name = numbered
                .or_else(|| {
                    TITLE_AFTER_YEAR
                        .find(rest)
                        .and_then(|m| title_end(rest, m.end()))
                        .map(|end| clean_name(rest[..end].trim_start()))
                })
                .or_else(|| {
                    LOWERCASE_CODE
                        .find(rest)
                        .map(|m| clean_name(m.as_str().trim_start()))
                })
                .or_else(|| {
                    // "The 2016 law (Law 13.344)": the number in brackets names it.
                    YEAR_LAW
                        .find(rest)
                        .and_then(|m| numbered_law_in_brackets(&rest[m.end()..]))
                        .map(|(name, _)| name)
                })
                .or_else(|| {
                    // "the 2007 HTTCA criminalized": the acronym names it.
                    acronym_of_a_law(&text[..t.start], rest)
                        .then(|| {
                            rest.split_whitespace()
                                .next()
                                .map(|w| w.trim_end_matches([',', '.', ';', ':']).to_string())
                        })
                        .flatten()
                });
            // "under the revised 2021 anti-trafficking law": the law as changed that year.
            if let Some(instrument) = revised_before(&text[..t.start])
                .then(|| YEAR_LAW.find(rest))
                .flatten()
            {
                let instrument = name.or_else(|| Some(instrument.as_str().trim().to_string()));
                let fact = Fact::LegalAmendment {
                    instrument,
                    article: None,
                    penalty: None,
                    description: None,
                };
                out.events.push(cx.event(fact, Some(date), true, "law"));
                continue;
            }
            emit(cx, out, name, Some(date), true);
        }
    }
    let numbered = law || text.contains("No") || text.contains("Number");
    for c in numbered
        .then(|| LAW_ID.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let whole = c.get(0).expect("group 0");
        // "the Penal Code (Amendment) Act No. 16 of 2006": the number of an amending act.
        let amending = ["(Amendment) ", "Amendment "]
            .iter()
            .any(|w| text[..whole.start()].ends_with(w));
        if stated.asides.iter().any(|a| a.contains(&whole.start()))
            || stated.names.contains(&whole.end())
            || amending
        {
            continue;
        }
        // "the Penal Code (Law No. 5 of 2004)": the number names the title before it, which a
        // year of its own dates already.
        let alias = title_before_aside(&text[..whole.start()]);
        if alias.is_some_and(|(_, dated)| dated) {
            continue;
        }
        let year = year_of_law_id(&c);
        // "Law 2012-023 of July 12, 2012": the date the law is known by, when it has one.
        let Some(date) = dated_by(cx, whole.end()).or(year.map(PartialDate::year)) else {
            continue;
        };
        let title = alias.and_then(|(end, _)| {
            NAMED_IN_OBJ
                .find_iter(&text[..end])
                .find(|m| m.end() == end)
                .and_then(|m| law_title(m.as_str()))
        });
        let name = title.unwrap_or_else(|| clean_name(whole.as_str()));
        emit(cx, out, Some(name), Some(date), true);
    }
    for c in (law && text.contains("Law of "))
        .then(|| LAW_OF_DATE.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let whole = c.get(0).expect("group 0");
        if stated.names.contains(&whole.end()) {
            continue;
        }
        let month = c.name("month").or(c.name("month_first"));
        let day = c.name("day").or(c.name("day_after"));
        let date = PartialDate::new(
            c["year"].parse().unwrap_or(0),
            month.and_then(|m| crate::temporal::lexicon::month_number(m.as_str())),
            day.and_then(|d| d.as_str().parse().ok()),
        );
        if let Ok(date) = date {
            emit(cx, out, Some(whole.as_str().to_string()), Some(date), true);
        }
    }
    // "the Human Trafficking Prevention Act of 2000", "the ... Act, 2012", "the Child
    // Protection Code of 2003", "the Penal Code of 1960".
    for c in titled
        .then(|| ACT_OF_YEAR.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let whole = c.get(0).expect("group 0");
        if stated.names.contains(&whole.end())
            || stated.asides.iter().any(|a| a.contains(&whole.start()))
        {
            continue;
        }
        let name = c.name("name").expect("name").as_str();
        // "Act, 2012" and "Act 2008" are how acts are titled; a law needs "of".
        let of = c.name("sep").is_some_and(|s| s.as_str().trim() == "of");
        let year = c.name("year").expect("year").as_str().parse::<i32>();
        let (Some(name), Ok(year)) = (law_title(name), year) else {
            continue;
        };
        // An amending act told as the change it made is the amendment rule's.
        let changes = || super::amendment::is_amendment(text);
        if (!of && !name.ends_with("Act")) || (contains_ci(&name, "amend") && changes()) {
            continue;
        }
        // "the Law on the Protection of Children of August 2012".
        let month = c
            .name("month")
            .and_then(|m| crate::temporal::lexicon::month_number(m.as_str()));
        let date = PartialDate::new(year, month, None).unwrap_or(PartialDate::year(year));
        emit(cx, out, Some(name), Some(date), true);
    }
}

/// Whether a title stands as the object of another noun's preposition ("A memorandum on the",
/// "regulations under the", "an agreement implementing the"); not a preposition opening the
/// sentence ("Under the ... Act, passed in 2013, ...").
fn object_of_another_noun(before: &str) -> bool {
    const LINKS: [&str; 11] = [
        "on",
        "to",
        "under",
        "implementing",
        "regarding",
        "concerning",
        "about",
        "amending",
        "amend",
        "amends",
        "for",
    ];
    let mut words = before.split_whitespace().rev().peekable();
    if words
        .peek()
        .is_some_and(|w| crate::pattern::is_one_of(w, &["the", "its", "this", "their"]))
    {
        words.next();
    }
    let Some(link) = words.next() else {
        return false;
    };
    crate::pattern::is_one_of(link, &LINKS)
        && words
            .next()
            .is_some_and(|noun| noun.chars().all(|ch| ch.is_ascii_alphabetic()))
}

/// Whether the words after a law enacted tell of it as a change ("that increased penalties",
/// "increasing the penalties").
fn changes_a_law(after: &str) -> bool {
    let changes = |verb: &str| {
        [
            "increas",
            "rais",
            "amend",
            "toughen",
            "strengthen",
            "extend",
            "lengthen",
        ]
        .iter()
        .any(|v| verb.starts_with(v))
    };
    let mut words = after.split_whitespace();
    let of_penalties = |mut words: std::str::SplitWhitespace<'_>| {
        words.by_ref().take(4).any(|w| {
            ["penalt", "punish", "sentenc", "prison"]
                .iter()
                .any(|p| w.to_ascii_lowercase().starts_with(p))
        })
    };
    match words.next() {
        // Not "a new law that strengthened victim protection".
        Some("that" | "which") => words
            .next()
            .is_some_and(|verb| verb.starts_with("amend") || changes(verb) && of_penalties(words)),
        // Not "a new law strengthening the country's legal framework".
        Some(verb) => verb.ends_with("ing") && changes(verb) && of_penalties(words),
        None => false,
    }
}

/// The year a law's title ends with ("Act of 2010", "Act, 2012", "Act 2008"), if any.
/// Where the law's title ends that a numbered law in brackets right after it names again, and
/// whether the title has its year ("the ... Act, 2018 (Act No. 1 of 2018)", "the ... Law (Law
/// No. 28 of 2012)").
pub(super) fn title_before_aside(before: &str) -> Option<(usize, bool)> {
    let title = before.trim_end().strip_suffix('(')?.trim_end();
    // "The "Anti-Trafficking in Persons Law" (Law No. 28 of 2012)": a title in quotes.
    let title = title.trim_end_matches(['"', '\u{201d}']);
    // "Act, 2018", "Act 2018": the title's year.
    let (head, dated) = match title.rsplit_once([' ', ',']) {
        Some((head, year)) if year_in_title(year).is_some() => {
            (head.trim_end_matches(',').trim_end(), true)
        }
        _ => (title, false),
    };
    let titled = TITLE_WORDS
        .iter()
        .any(|w| head.strip_suffix(w).is_some_and(|h| h.ends_with(' ')));
    titled.then_some((title.len(), dated))
}

/// A numbered law that `text` opens with, after "by" or "through" and a determiner ("by
/// Federal Law No. 1 of 2015"): its name and the year it carries.
pub(super) fn numbered_law_after(text: &str) -> Option<(String, Option<i32>)> {
    let rest = text.trim_start();
    let rest = ["by ", "through "]
        .iter()
        .find_map(|p| crate::pattern::starts_with_ci(rest, p).then(|| &rest[p.len()..]))?;
    numbered_law_at(rest)
}

/// The name of the numbered law in the brackets `text` opens with, when they hold only it
/// ("(Law 13.344)", "(Law No. 28 of 2012)").
pub(super) fn numbered_law_in_brackets(text: &str) -> Option<(String, std::ops::Range<usize>)> {
    let open = text.len() - text.trim_start().len();
    let inside = text[open..].strip_prefix('(')?;
    let whole = LAW_ID.find(inside).filter(|m| m.start() == 0)?;
    inside[whole.end()..]
        .starts_with(')')
        .then(|| (clean_name(whole.as_str()), open..open + whole.end() + 2))
}

/// The numbered law `text` opens with, after "the" ("Law 26.364", "the Law No. 3 of 2011"):
/// its name and the year it carries.
pub(super) fn numbered_law_at(text: &str) -> Option<(String, Option<i32>)> {
    let rest = text.trim_start();
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let c = LAW_ID
        .captures(rest)
        .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))?;
    let whole = c.get(0)?.as_str();
    Some((clean_name(whole), year_of_law_id(&c)))
}

/// The first numbered law named in `text` other than `besides` ("Law No. 51 of 2006 was
/// amended by Law No. 1 of 2015").
pub(super) fn first_numbered_law(text: &str, besides: Option<&str>) -> Option<String> {
    LAW_ID
        .find_iter(text)
        .map(|m| clean_name(m.as_str()))
        .find(|name| Some(name.as_str()) != besides)
}

/// The year of a numbered law in brackets ("(Law No. 28 of 2012)", "(Act 5/2010)").
fn year_of_numbered_law(aside: &str) -> Option<i32> {
    year_of_law_id(&LAW_ID.captures(aside)?)
}

/// The year a numbered law carries: after "of", a slash or before a dash ("Law No. 91 of
/// 2013", "Law 263/2012", "Law No. 2014-040"); "Law 2033" is only a number.
fn year_of_law_id(c: &crate::pattern::Captures<'_>) -> Option<i32> {
    let id = c.name("id").or_else(|| c.name("bracketed_id"))?.as_str();
    c.name("of")
        .or(c.name("titled_of"))
        .map(|y| y.as_str())
        .or_else(|| id.rsplit_once('/').map(|(_, y)| y).filter(|y| y.len() == 4))
        .or_else(|| id.split_once('-').map(|(y, _)| y).filter(|y| y.len() == 4))?
        .parse()
        .ok()
        .filter(|y| (1900..2100).contains(y))
}

fn year_in_title(name: &str) -> Option<i32> {
    let last = name.trim_end().rsplit([' ', ',']).next()?;
    let year: i32 = last.parse().ok()?;
    (1900..2100).contains(&year).then_some(year)
}

/// The year that ends a title going on past `at` (" of 2008", ", 2012"), and where it ends.
fn title_year_after(text: &str, at: usize) -> Option<(i32, usize)> {
    let rest = &text[at..];
    let digits = rest
        .strip_prefix(" of ")
        .or_else(|| rest.strip_prefix(", "))?;
    let year = digits.get(..4)?;
    let ends = digits[4..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_ascii_alphanumeric());
    let year: i32 = year.parse().ok().filter(|y| (1900..2100).contains(y))?;
    ends.then_some((year, text.len() - digits.len() + 4))
}

/// Whether the date `told` of an act is written in the sentence, outside `title` (the law's
/// name with its year), rather than taken from the paragraph or the report.
fn told_outside(
    cx: &SentenceCtx<'_>,
    told: Option<PartialDate>,
    title: std::ops::Range<usize>,
) -> bool {
    told.is_some_and(|d| {
        cx.times().iter().any(|t| {
            (t.end <= title.start || t.start >= title.end)
                && cx.resolve(t) == crate::temporal::Resolved::Point(d)
        })
    })
}

/// Whether `before` ends with an article or an owner ("A May 2008 law", "the June 2010 Act").
fn after_article(before: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    // "The government's September 2004 Law on Women", "its June 2012 law".
    let possessive = word.ends_with("'s") || word.ends_with("s'");
    possessive
        || ["a", "an", "the", "its", "their"]
            .iter()
            .any(|a| word.eq_ignore_ascii_case(a))
}

/// A law's title without the sentence's words before it ("Under the", "Kenya's"); `None`
/// when nothing but "Act" or "Law" is left.
fn law_title(found: &str) -> Option<String> {
    const BEFORE: [&str; 14] = [
        "under", "in", "by", "with", "from", "through", "its", "their", "the", "this", "that", "a",
        "an", "and",
    ];
    // Possessives that belong to a title ("the Children's Act"), not to its country.
    const TITLE_POSSESSIVES: [&str; 4] = ["Children's", "Women's", "People's", "Men's"];
    let words: Vec<&str> = found.split_whitespace().collect();
    let skip = words
        .iter()
        .take_while(|w| {
            BEFORE.iter().any(|b| w.eq_ignore_ascii_case(b))
                || (w.ends_with("'s") && !TITLE_POSSESSIVES.contains(w))
        })
        .count();
    (words.len() > skip + 1).then(|| words[skip..].join(" "))
}

/// Whether the law that ends `head` is the object of a change ("Amendments to the 2010 labor
/// law", "a revision of the code").
fn changed_law(head: &str) -> bool {
    let mut words = head.split_whitespace().rev().skip(1);
    let preposition = |w: &&str| w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("of");
    if !words.by_ref().take(5).any(|w| preposition(&w)) {
        return false;
    }
    words.next().is_some_and(|noun| {
        [
            "amendment",
            "amendments",
            "revision",
            "revisions",
            "changes",
        ]
        .iter()
        .any(|n| noun.eq_ignore_ascii_case(n))
    })
}

/// "(New) Provisions of the Labor Code", "Amendments to the Penal Code": a part or a change
/// of a law, which enacts no law of its own.
fn names_a_part(name: &str) -> bool {
    let name = name
        .get(..4)
        .filter(|w| w.eq_ignore_ascii_case("new "))
        .map_or(name, |_| &name[4..]);
    let mut words = name.split_whitespace();
    let part = words.next().is_some_and(|w| {
        super::lexicon::LAW_PARTS
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    });
    part && words
        .next()
        .is_some_and(|w| ["of", "to", "in"].iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// "new provisions of the Labor Code": a part of the law named next.
fn part_named_before(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().peekable();
    words.next_if(|w| w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("its"));
    let joined = words
        .next()
        .is_some_and(|w| ["of", "to", "in"].iter().any(|p| w.eq_ignore_ascii_case(p)));
    joined
        && words.next().is_some_and(|w| {
            super::lexicon::LAW_PARTS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
}

/// Whether the words before an enactment told by its noun ask for it rather than tell it
/// ("called for the adoption of", "awaiting passage of").
fn sought(before: &str) -> bool {
    const ASKING: [&str; 17] = [
        "preventing",
        "prevented",
        "blocking",
        "blocked",
        "delaying",
        "for",
        "toward",
        "towards",
        "awaiting",
        "await",
        "pending",
        "delayed",
        "stalled",
        "urged",
        "encouraged",
        "advocated",
        "lobbied",
    ];
    // "the", "formal", "the final": words that may stand between.
    const BETWEEN: [&str; 5] = ["the", "formal", "final", "official", "full"];
    let word = before
        .split_whitespace()
        .rev()
        .take(3)
        .find(|w| !BETWEEN.iter().any(|b| w.eq_ignore_ascii_case(b)));
    word.is_some_and(|w| ASKING.iter().any(|a| w.eq_ignore_ascii_case(a)))
        || listed_as_not_done(before)
}

/// "a plan that added action items, such as new shelters and enactment of a new law",
/// "commitments to take additional steps, including the adoption of legislation": an item of
/// a plan's or a commitment's list, a goal. "its failure to show increasing efforts, such as
/// passing comprehensive legislation": an item of what was not done.
fn listed_as_not_done(before: &str) -> bool {
    let Some(list) = ["such as", "including"]
        .iter()
        .filter_map(|w| before.rfind(w))
        .max()
    else {
        return false;
    };
    let lead = &before[..list];
    const GOALS: [&str; 6] = [
        "plan",
        "action item",
        "priorit",
        "goal",
        "objective",
        "commitment",
    ];
    // A failure in the list's own conjunct ("did not convict anyone, but made progress,
    // including passing a law" lists what was done).
    const FAILURES: [&str; 4] = ["failure to", "failed to", "lack of", "did not"];
    let own = super::context::last_conjunct(lead);
    GOALS.iter().any(|w| contains_ci(lead, w)) || FAILURES.iter().any(|w| contains_ci(own, w))
}

/// Whether an enactment may be told by its noun ("the adoption of", "passage of").
fn named_by_noun(text: &str) -> bool {
    // The noun alone: a date may stand before "of" ("the enactment in 2012 of the Law ...").
    ["adoption", "enactment", "passage ", "promulgation"]
        .iter()
        .any(|w| contains_ci(text, w))
}

/// The date right after "of" at `at` ("of July 12, 2012", "of 3 May 2010").
fn dated_by(cx: &SentenceCtx<'_>, at: usize) -> Option<PartialDate> {
    let after = cx.text.get(at..)?;
    let gap = after.len() - after.strip_prefix(" of ")?.len();
    cx.times().iter().find_map(|t| match t.expr {
        TimeExpr::Point(d) if t.start == at + gap && d.month.is_some() => Some(d),
        _ => None,
    })
}

fn clause_end(text: &str, from: usize) -> usize {
    text[from..]
        .find([';', ','])
        .map_or(text.len(), |i| from + i)
}

/// The starts of the dates told after a change to the law enacted ("enacted specific
/// legislation, which was most recently amended in 2015"): the change's, not the enactment's.
fn dates_of_later_changes(cx: &SentenceCtx<'_>, from: usize) -> Vec<usize> {
    let rest = &cx.text[from..];
    let Some(change) = ["amended", "revised", "amendment"]
        .iter()
        .filter_map(|w| crate::pattern::find_ci(rest, w, 0))
        .min()
    else {
        return Vec::new();
    };
    cx.times()
        .iter()
        .filter(|t| t.start >= from + change)
        .map(|t| t.start)
        .collect()
}

/// Where a title found to end at `end` ends: "Law" or "Act" followed by a capitalised word
/// is a word inside it ("Trafficking in Persons Law Enforcement and Administration Act"),
/// when the words after it go on to an "Act", "Law" or "Code" of their own; None when they
/// do not, as the name is then another's ("the Anti-Trafficking Law Enforcement Agency").
fn title_end(text: &str, end: usize) -> Option<usize> {
    const LINKS: [&str; 8] = ["of", "on", "in", "and", "the", "against", "for", "to"];
    // "the Labour Act Section 5": a part of the law named after it.
    const PARTS: [&str; 5] = ["Article", "Articles", "Section", "Sections", "Chapter"];
    let mut title_end = None;
    let mut at = end;
    for i in 0..12 {
        let Some(rest) = text[at..].strip_prefix(' ') else {
            break;
        };
        let len = rest.find(' ').unwrap_or(rest.len());
        let word = &rest[..len];
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        let capitalised = bare.starts_with(|c: char| c.is_ascii_uppercase());
        // "... in Persons (PACOTIP) act": an acronym in brackets inside the title.
        let acronym = bare.len() > 2
            && bare.starts_with('(')
            && bare.ends_with(')')
            && bare[1..bare.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_uppercase());
        if i == 0 && (!capitalised || PARTS.contains(&bare)) {
            return Some(end);
        }
        let after_acronym = text[..at].ends_with(')');
        let lowercase_act =
            after_acronym && bare.trim_end_matches(['\'', '\u{2019}', 's']) == "act";
        if !(capitalised || acronym || lowercase_act || LINKS.contains(&bare)) {
            break;
        }
        at += 1 + len;
        if TITLE_WORDS.contains(&bare) {
            title_end = Some(at - (word.len() - bare.len()));
        }
        if lowercase_act {
            title_end = Some(at - len + "act".len());
            break;
        }
        if bare.len() < word.len() {
            break;
        }
    }
    title_end.or(Some(end).filter(|_| at == end))
}

/// The titles joined one after another to a law named up to `end` (", the ... Act", "and the
/// ... Law"), up to the first joined phrase that is no title.
fn titles_joined_after(text: &str, end: usize) -> Vec<String> {
    const JOINERS: [&str; 6] = [", and the ", ", and ", " and the ", " and ", ", the ", ", "];
    let mut found = Vec::new();
    let mut listed = false;
    let mut at = end;
    while let Some(joiner) = JOINERS.iter().find(|j| text[at..].starts_with(*j)) {
        let start = at + joiner.len();
        let rest = &text[start..];
        if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            break;
        }
        let head = crate::pattern::head(rest, 120);
        let Some(title) = NAMED_IN_OBJ.find(head).filter(|m| m.start() == 0) else {
            break;
        };
        let Some(title_end) = title_end(head, title.end()) else {
            break;
        };
        // "the Criminal Code and Labor Code amendments": a title that goes on as a noun's
        // modifier is no law joined.
        let next = rest[title_end..].split_whitespace().next().unwrap_or("");
        if next.starts_with(|c: char| c.is_ascii_lowercase())
            && ![
                "and", "in", "on", "which", "that", "to", "into", "by", "as", "was", "were",
            ]
            .contains(&next.trim_end_matches([',', '.', ';']))
        {
            break;
        }
        found.push(clean_name(&head[..title_end]));
        listed |= joiner.contains(" and ");
        at = start + title_end;
    }
    // "Republic Act No. 9208, the Anti-Trafficking in Persons Act,": a title set beside the
    // law with no "and" is its other name, not a law of its own.
    if !listed {
        found.clear();
    }
    found
}

/// The first law named in `text` ("Anti-Trafficking in Persons Act", "Law on Social Assistance").
pub fn law_name(text: &str) -> Option<String> {
    // "The Law on Combating Trafficking": not "The Law", a bare noun, but the title after it.
    let mut at = 0;
    while let Some(m) = NAMED_IN_OBJ.find_at(text, at) {
        // "Amendments to the Law on Foreigners": the title is the law's, after the change.
        if crate::pattern::starts_with_ci(m.as_str(), "amendment") {
            at = m.start() + text[m.start()..].find(' ').unwrap_or(m.len()).max(1);
            continue;
        }
        let Some(end) = title_end(text, m.end()) else {
            at = m.end();
            continue;
        };
        let name = clean_name(&text[m.start()..end]);
        if name.contains(' ') {
            return Some(name);
        }
        at = m.start() + text[m.start()..].find(' ').unwrap_or(m.len()).max(1);
    }
    None
}

/// "passed new legislation, the Anti-Trafficking Act, ...": the title set beside a law
/// told by its kind, right after it.
fn appositive_name(after: &str) -> Option<String> {
    let rest = after
        .strip_prefix(", the ")
        .or_else(|| after.strip_prefix(", its "))
        .or_else(|| after.strip_prefix(" - the "))?;
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let end = rest.find([',', ';', '(']).unwrap_or(rest.len());
    let name = law_name(&format!("the {}", rest[..end].trim_end_matches('.')))?;
    (name.split(' ').count() > 1).then_some(name)
}

fn clean_name(name: &str) -> String {
    const CONNECTORS: [&str; 8] = ["of", "on", "in", "and", "the", "against", "for", "to"];
    let mut words: Vec<&str> = name
        .trim()
        .trim_start_matches("the ")
        .trim_start_matches("The ")
        .trim_matches(|c: char| c == '"' || c == ',')
        .split_whitespace()
        .collect();
    // "the Law on Foreigners to protect victims", "... in Persons in December": a title ends
    // with a name word, and no month is one.
    while words.len() > 1
        && words.last().is_some_and(|w| {
            CONNECTORS.contains(w) || crate::temporal::lexicon::month_number(w).is_some()
        })
    {
        words.pop();
    }
    // "Under the ... Act": a sentence's first word is not the title's.
    // "Testland's Penal Code": the owner is not the title's.
    if words.len() > 2 {
        let owner = words[0]
            .strip_suffix("'s")
            .or_else(|| words[0].strip_suffix("\u{2019}s"));
        if owner.is_some_and(|o| {
            o.starts_with(|c: char| c.is_ascii_uppercase()) && !TITLE_POSSESSIVES.contains(&o)
        }) {
            words.remove(0);
        }
    }
    // "Promulgation of the ... Act": what was done to the law.
    if words.len() > 3 && LAW_PROCESS_NOUNS.contains(&words[0]) && words[1] == "of" {
        let skip = if words[2].eq_ignore_ascii_case("the") {
            3
        } else {
            2
        };
        words.drain(..skip);
    }
    if words.len() > 2 && TITLE_OPENERS.contains(&words[0]) {
        let skip = if words[1].eq_ignore_ascii_case("the") {
            2
        } else {
            1
        };
        words.drain(..skip);
    }
    words.join(" ")
}

lazy_regex!(NAMED_IN_OBJ, NAME);

/// Whether a law named `name` can be the country's own: not one of the United States' acts
/// by whose standards the reports measure every country, unless the country is the US.
pub fn is_home_law(country: Option<&str>, name: &str) -> bool {
    country.is_some_and(is_us_place) || !US_LAWS.iter().any(|w| contains_ci(name, w))
}

/// Whether a document's country is the United States or one of its states ("the United
/// States", "New York", "Washington (state)"): there the US acts are the place's own.
fn is_us_place(country: &str) -> bool {
    let country = country.strip_prefix("the ").unwrap_or(country);
    US_PLACES.iter().any(|p| {
        country == *p
            || country
                .strip_prefix(p)
                .is_some_and(|rest| rest.starts_with(" (") || rest == " State")
    })
}

/// Where the first enacting word of the sentence ends.
fn first_enactment_end(text: &str) -> Option<usize> {
    let mut verb_end = None;
    ENACTING_WORDS.scan(text, |_, end| {
        verb_end = Some(end);
        false
    });
    verb_end
}

/// Whether a later clause tells the law just enacted still waits: "...; this law is pending
/// Presidential signature".
fn still_pending_after(rest: &str) -> bool {
    let Some(at) = rest.find("; ") else {
        return false;
    };
    let next = &rest[at + 2..];
    let next = &next[..next.find([';', '.']).unwrap_or(next.len())];
    ["this law ", "the law ", "this bill ", "the bill ", "it "]
        .iter()
        .any(|r| {
            next.get(..r.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(r))
        })
        && ["pending", "await"].iter().any(|w| contains_ci(next, w))
}

/// Whether the enactment's own subject goes on, in a clause joined after it, to wait for
/// another step: "was adopted by the National Assembly in 2003 and was under consideration
/// by the Senate", "passed the lower house but still awaits the president's signature".
/// `rest`: the sentence after its first enacting word.
fn awaits_a_next_step(rest: &str) -> bool {
    // The subject again ("and it", "but the bill") and the verb's auxiliaries.
    const SAME_SUBJECT: [&str; 12] = [
        "it",
        "the",
        "this",
        "law",
        "bill",
        "legislation",
        "was",
        "is",
        "remains",
        "remained",
        "has",
        "been",
    ];
    const WAITING: [&str; 5] = [
        "under consideration",
        "under review",
        "awaiting",
        "awaits",
        "pending",
    ];
    let rest = &rest[..rest.find([';', '.']).unwrap_or(rest.len())];
    [" and ", " but "].iter().any(|joint| {
        rest.match_indices(joint).any(|(at, _)| {
            let mut next = &rest[at + joint.len()..];
            loop {
                let word = next.split(' ').next().unwrap_or("");
                if !(SAME_SUBJECT.contains(&word) || word == "still") {
                    break;
                }
                next = next[word.len()..].trim_start();
            }
            WAITING
                .iter()
                .any(|w| crate::pattern::starts_with_ci(next, w))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{lead, report, run, wiki};

    #[test]
    fn named_laws() {
        // The change's noun before a title is not part of it.
        assert_eq!(
            law_name("Amendments to the Law on Foreigners adopted in June 2020 provide for a recovery period."),
            Some("Law on Foreigners".to_string())
        );
        insta::assert_snapshot!(run(&LawRule, "The Law Countering Child Labor and Trafficking in Children (child labor law), which went into effect in January 2015, criminalizes slavery.", report(2017)), @"2015-01 law_enacted: Law Countering Child Labor and Trafficking in Children");
        insta::assert_snapshot!(run(&LawRule, "In 2014, the government adopted the Law Combating Trafficking in Persons.", wiki()), @"2014 law_enacted: Law Combating Trafficking in Persons");
        insta::assert_snapshot!(run(&LawRule, r#"The government has indicated its commitment to implement the "Law on Combating Trafficking in Persons," adopted in December 2007."#, lead(2010)), @"2007-12 law_enacted: Law on Combating Trafficking in Persons");
        insta::assert_snapshot!(run(&LawRule, "Despite implementation of the Law on Social Assistance, passed in April 2005, which provided a mechanism, funding remained nominal.", report(2007)), @"2005-04 law_enacted: Law on Social Assistance");
        insta::assert_snapshot!(run(&LawRule, "The Law Countering Child Labor and Trafficking in Children (child labor law), effective January 2015, criminalized slavery.", report(2018)), @"2015-01 law_enacted: Law Countering Child Labor and Trafficking in Children");
        // A title with its year was enacted that year, whenever it came into force.
        insta::assert_snapshot!(run(&LawRule, "The Prevention of Trafficking in Persons Act of 2010, which came into force in September 2012, prohibits all forms of trafficking.", report(2014)), @"2010 law_enacted: Prevention of Trafficking in Persons Act of 2010 (inferred)");
        // Numbered acts and decrees, and a law titled by its date.
        insta::assert_snapshot!(run(&LawRule, "Act No. 4 of 2012 criminalizes sex and labor trafficking.", report(2014)), @"2012 law_enacted: Act No. 4 of 2012 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The Law of 12 May 2009 on the Prevention of Trafficking in Persons criminalizes all forms of trafficking.", report(2014)), @"2009-05-12 law_enacted: Law of 12 May 2009 on the Prevention of Trafficking in Persons (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Under the Law of May 12, 2009, trafficking is a crime.", report(2014)), @"2009-05-12 law_enacted: Law of May 12, 2009 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Act 1 of the play was staged in 2012.", report(2014)), @"");
        // A part of a law taking effect enacts no law.
        for part in [
            "Provisions of the Labor Code",
            "New provisions of the Labor Code",
            "Amendments to the Criminal Code",
            "Chapters of the Child Act",
        ] {
            let text = format!("{part} took effect in January 2018.");
            assert_eq!(run(&LawRule, &text, report(2019)), "", "{text}");
        }
        insta::assert_snapshot!(run(&LawRule, "The Labor Code took effect in January 2018.", report(2019)), @"2018-01 law_enacted: Labor Code");
        insta::assert_snapshot!(run(&LawRule, "The Anti-Trafficking Act of 2012 was adopted in March 2013.", report(2014)), @"2013-03 law_enacted: Anti-Trafficking Act of 2012");
        insta::assert_snapshot!(run(&LawRule, "The Anti-Trafficking Act effectively criminalizes sex trafficking.", report(2018)), @"");
        // An enactment told by its noun.
        insta::assert_snapshot!(run(&LawRule, "The adoption of the Law on Combating Trafficking in Persons in 2010 was a milestone.", wiki()), @"2010 law_enacted: Law on Combating Trafficking in Persons");
        // "the law" restated without a date is the law told before.
        assert_eq!(
            run(
                &LawRule,
                "Observers have welcomed the adoption of the law while noting its uneven use.",
                wiki()
            ),
            ""
        );
        // Nor in a report, whose reporting period is no date of its own.
        insta::assert_snapshot!(run(&LawRule, "Prior to enacting the law, the government pursued very few criminal cases.", report(2012)), @"");
        insta::assert_snapshot!(run(&LawRule, "The government enacted a law criminalizing forced labor.", report(2012)), @"2011 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Parliament adopted the law in 2005.", wiki()), @"2005 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Upon passage of the new criminal code in 2017, forced labor was criminalized.", wiki()), @"2017 law_enacted: criminal code");
        insta::assert_snapshot!(run(&LawRule, "Cases declined after the passage and implementation of the anti-trafficking law in 2008.", wiki()), @"2008 law_enacted: (unnamed law)");
        for s in [
            "The government called for the adoption of a new anti-trafficking law.",
            "The bill remained pending passage of the implementing act.",
            "NGOs advocated for the adoption of a new criminal code.",
            "Draft regulations remained under review, preventing formal promulgation of the act.",
            "A dispute between ministries delayed the final adoption of the new law.",
            // The change's participle, not the law's.
            "Amendments to the labor law, passed in 2016, increased penalties for non-payment of wages.",
        ] {
            assert_eq!(run(&LawRule, s, report(2017)), "", "{s}");
        }
        // A name in quotes after its verb, its date after it.
        insta::assert_snapshot!(run(&LawRule, r#"The government made progress by adopting the "Law on the Battle against Trafficking in Persons" in December 2007."#, report(2008)), @"2007-12 law_enacted: Law on the Battle against Trafficking in Persons");
        insta::assert_snapshot!(run(&LawRule, "The government made progress by adopting the Law on the Battle against Trafficking in Persons in December 2007.", report(2008)), @"2007-12 law_enacted: Law on the Battle against Trafficking in Persons");
    }

    #[test]
    fn a_long_title_named_with_its_year() {
        insta::assert_snapshot!(run(&LawRule, "Prosecutors relied on the 2012 Prevention and Suppression of Trafficking in Persons (PSTIP) Act.", report(2021)), @"2012 law_enacted: Prevention and Suppression of Trafficking in Persons (PSTIP) Act (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Police applied the 2012 Prevention and Suppression of Trafficking in Persons (PSTIP) act's immigration provisions.", report(2021)), @"2012 law_enacted: Prevention and Suppression of Trafficking in Persons (PSTIP) act (inferred)");
    }

    #[test]
    fn a_plan_for_law_enforcement_is_no_law() {
        insta::assert_snapshot!(run(&LawRule, "As part of the July 2019 law enforcement agreement with its neighbor, police raided brothels.", report(2020)), @"");
        insta::assert_snapshot!(run(&LawRule, "Under the 2019 law enforcement cooperation agreement, police arrested suspects.", report(2020)), @"");
        insta::assert_snapshot!(run(&LawRule, "It prohibits trafficking through its 2003 Trafficking in Persons Law Enforcement and Administration Act.", report(2007)), @"2003 law_enacted: Trafficking in Persons Law Enforcement and Administration Act (inferred)");
        insta::assert_snapshot!(run(&LawRule, "In May 2015, the ministry adopted a screening protocol for use by law enforcement at border crossings.", report(2016)), @"");
        // A law about law enforcement is still a law.
        insta::assert_snapshot!(run(&LawRule, "In May 2015, parliament adopted a law on law enforcement cooperation.", report(2016)), @"2015-05 law_enacted: (unnamed law)");
    }

    #[test]
    fn a_title_with_commas_is_one_name() {
        insta::assert_snapshot!(run(&LawRule, "The government also passed the Children, Young People, and Family Welfare Act in 2013.", wiki()), @"2013 law_enacted: Children, Young People, and Family Welfare Act");
        insta::assert_snapshot!(run(&LawRule, "The Immigration, Asylum and Nationality Act was adopted in 2006.", wiki()), @"2006 law_enacted: Immigration, Asylum and Nationality Act");
        // A title opening with its kind lists its topics the same way.
        insta::assert_snapshot!(run(&LawRule, "In 2005, the assembly passed the Law on the Prevention, Suppression and Punishment of Trafficking in Persons.", wiki()), @"2005 law_enacted: Law on the Prevention, Suppression and Punishment of Trafficking in Persons");
        insta::assert_snapshot!(run(&LawRule, "The Law against Sexual Violence, Exploitation, and Trafficking in Persons was approved in 2009.", wiki()), @"2009 law_enacted: Law against Sexual Violence, Exploitation, and Trafficking in Persons");
        // Other laws listed after a title are not part of it: they are enacted with it.
        insta::assert_snapshot!(run(&LawRule, "In 2011, parliament adopted the Law on Migration, Labor Code and Criminal Code.", wiki()), @r"
        2011 law_enacted: Law on Migration
        2011 law_enacted: Labor Code
        2011 law_enacted: Criminal Code
        ");
    }

    #[test]
    fn ordinances_and_proclamations_are_laws() {
        insta::assert_snapshot!(run(&LawRule, "In 2002, the government enacted the Prevention and Control of Human Trafficking Ordinance.", wiki()), @"2002 law_enacted: Prevention and Control of Human Trafficking Ordinance");
        insta::assert_snapshot!(run(&LawRule, "The Overseas Employment Proclamation was adopted in 2016.", wiki()), @"2016 law_enacted: Overseas Employment Proclamation");
    }

    #[test]
    fn titles_joined_to_a_law_enacted_are_enacted_with_it() {
        insta::assert_snapshot!(run(&LawRule, "In 2016, the government passed the Labor Migration Act and the Child Protection Act.", wiki()), @r"
        2016 law_enacted: Labor Migration Act
        2016 law_enacted: Child Protection Act
        ");
        insta::assert_snapshot!(run(&LawRule, "In 2018, parliament adopted the Anti-Trafficking Law, the Witness Protection Act, and the Law on Foreigners.", wiki()), @r"
        2018 law_enacted: Anti-Trafficking Law
        2018 law_enacted: Witness Protection Act
        2018 law_enacted: Law on Foreigners
        ");
        // A title that goes on as a modifier, or a capitalised word that is no title, is none.
        insta::assert_snapshot!(run(&LawRule, "In 2020, parliament passed the Family Code and Labor Code regulations.", wiki()), @"2020 law_enacted: Family Code");
        insta::assert_snapshot!(run(&LawRule, "In 2022, parliament passed the Victims Act and Parliament also debated other bills.", wiki()), @"2022 law_enacted: Victims Act");
        // Two titles read as one name ("Law on ..." going on): split where each is a title.
        insta::assert_snapshot!(run(&LawRule, "In 2005, the Law on Combating Trafficking and the Law on Social Protection were adopted.", wiki()), @r"
        2005 law_enacted: Law on Combating Trafficking
        2005 law_enacted: Law on Social Protection
        ");
        insta::assert_snapshot!(run(&LawRule, "The Criminal Code and the Labor Code were adopted in 2003.", wiki()), @r"
        2003 law_enacted: Criminal Code
        2003 law_enacted: Labor Code
        ");
        // One title going on past "and the": one law.
        insta::assert_snapshot!(run(&LawRule, "In 2005, the government adopted the Law on the Prevention of Trafficking and the Protection of Victims.", wiki()), @"2005 law_enacted: Law on the Prevention of Trafficking and the Protection of Victims");
    }

    #[test]
    fn laws_passed_as_a_list_are_the_ones_named() {
        insta::assert_snapshot!(run(&LawRule, "The government passed several laws to combat trafficking, including the 2015 Law on Preventing and Combating Human Trafficking.", wiki()), @"2015 law_enacted: Law on Preventing and Combating Human Trafficking (inferred)");
        // A plural told alone, or listing no title, is one enactment.
        insta::assert_snapshot!(run(&LawRule, "In 2016, parliament passed new laws against forced labor.", wiki()), @"2016 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "In 2016, parliament passed new laws, including measures to protect victims.", wiki()), @"2016 law_enacted: (unnamed law)");
    }

    #[test]
    fn a_law_named_by_its_year_as_revised_is_that_year_s_amendment() {
        insta::assert_snapshot!(run(&LawRule, "Train officials on prosecuting cases under the revised 2021 anti-trafficking law.", report(2023)), @"2021 legal_amendment: anti-trafficking law (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Prosecutors charged traffickers under the revised 2012 criminal code.", wiki()), @"2012 legal_amendment: criminal code (inferred)");
        // Not changed: the law of that year.
        insta::assert_snapshot!(run(&LawRule, "Prosecutors charged traffickers under the 2012 anti-trafficking law.", wiki()), @"2012 law_enacted: (unnamed law) (inferred)");
    }

    #[test]
    fn a_law_told_unnamed_and_undated_beside_a_named_one_is_that_one() {
        insta::assert_snapshot!(run(&LawRule, "Proclamation No. 909/2015 is the most recent law adopted to deal with trafficking.", wiki()), @"2015 law_enacted: Proclamation No. 909/2015 (inferred)");
        // A dated law beside it stays its own.
        insta::assert_snapshot!(run(&LawRule, "Parliament adopted a law on migration in 2012, replacing Law No. 15/2003.", wiki()), @r"
        2012 law_enacted: (unnamed law)
        2003 law_enacted: Law No. 15/2003 (inferred)
        ");
    }

    #[test]
    fn numbered_titles_keep_their_kind_and_number() {
        insta::assert_snapshot!(run(&LawRule, "In 2003, the Philippines enacted Republic Act No. 9208, the Anti-Trafficking in Persons Act.", wiki()), @"2003 law_enacted: Republic Act No. 9208");
        insta::assert_snapshot!(run(&LawRule, "Federal Law No. 51 of 2006 criminalizes all forms of trafficking.", wiki()), @"2006 law_enacted: Federal Law No. 51 of 2006 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Under Federal Law 51, which was established in 2006, trafficking is a crime.", wiki()), @"2006 law_enacted: Federal Law 51");
        insta::assert_snapshot!(run(&LawRule, "Organic Law 5/2010 introduced trafficking as a crime.", wiki()), @"2010 law_enacted: Organic Law 5/2010 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The Anti-Trafficking Act No. 3 of 2012 was passed by parliament.", wiki()), @"2012 law_enacted: Anti-Trafficking Act No. 3 of 2012");
        // A title set off by commas after the number, and the year it goes on with.
        insta::assert_snapshot!(run(&LawRule, "Law No. 111, Regarding the Fight Against Terrorism and Other Serious Crimes of 2011, remained in effect.", wiki()), @"2011 law_enacted: Law No. 111, Regarding the Fight Against Terrorism and Other Serious Crimes of 2011 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Law No. 2011-023, On the Fight Against Trafficking in Persons, criminalizes trafficking.", wiki()), @"2011 law_enacted: Law No. 2011-023, On the Fight Against Trafficking in Persons (inferred)");
        // Known by its year before its number.
        insta::assert_snapshot!(run(&LawRule, "The 2016 Law No. 133 criminalized labor and sex trafficking.", wiki()), @"2016 law_enacted: Law No. 133 (inferred)");
        // "established" enacts only a law told before it in the passive.
        insta::assert_snapshot!(run(&LawRule, "The Labor Code established a minimum wage in 2010.", wiki()), @"");
    }

    #[test]
    fn a_numbered_law_on_a_topic_is_dated_by_its_verb() {
        insta::assert_snapshot!(run(&LawRule, "Law 45/2019 on the Prevention of Trafficking, adopted in July 2019, set up a referral mechanism.", wiki()), @"2019-07 law_enacted: Law 45/2019 on the Prevention of Trafficking");
        insta::assert_snapshot!(run(&LawRule, "Law No. 12 of 2015 on Combating Trafficking was passed in March 2015.", wiki()), @"2015-03 law_enacted: Law No. 12 of 2015 on Combating Trafficking");
        // Told with no verb, it is known by the year of its number.
        insta::assert_snapshot!(run(&LawRule, "Law 45/2019 on the Prevention of Trafficking set up a referral mechanism.", wiki()), @"2019 law_enacted: Law 45/2019 on the Prevention of Trafficking (inferred)");
    }

    #[test]
    fn unnamed_laws() {
        insta::assert_snapshot!(run(&LawRule, "The Government also demonstrated its commitment in March 2008, by adopting a comprehensive anti-trafficking law.", lead(2008)), @"2008-03 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Over the last year, the government increased efforts, passed anti-trafficking legislation, and educated officials.", report(2006)), @"2005 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Prosecutors used the anti-trafficking statute enacted in 2003.", report(2005)), @"2003 law_enacted: (unnamed law)");
        // The year in the law's name dates its enactment (the two merge into one fact).
        insta::assert_snapshot!(run(&LawRule, "These efforts included convicting the largest number of traffickers since the enactment of the 2016 anti-trafficking law.", report(2023)), @r"
        2016 law_enacted: (unnamed law)
        2016 law_enacted: (unnamed law) (inferred)
        ");
        // A plan named by its span of years does not date the law beside it.
        insta::assert_snapshot!(run(&LawRule, "These efforts included adopting comprehensive anti-trafficking legislation, finalizing the 2018-2020 national action plan, and establishing a council.", report(2019)), @"2018 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "The government demonstrated increasing efforts by enacting a comprehensive trafficking law with increased penalties.", report(2018)), @"2017 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Funding for victim assistance programs codified into law in 2005 remained unrealized.", lead(2009)), @"2005 law_enacted: (unnamed law)");
        // The date of what is scheduled to come is not the enactment's.
        insta::assert_snapshot!(run(&LawRule, "Parliament adopted the Law on Identification and Assistance to Victims of Trafficking, which was scheduled to come into force in June 2015, pending presidential ratification.", report(2015)), @"2014 law_enacted: Law on Identification and Assistance");
        // A time ahead of the report dates no act told beside it.
        insta::assert_snapshot!(run(&LawRule, "This assessment is based in part on the government's commitment to undertake additional action over the coming year, particularly enforcement of its newly-enacted comprehensive anti-trafficking legislation.", report(2010)), @"2009 law_enacted: (unnamed law)");
        // A plan the law requires of others hedges no enactment; a plan to adopt it does.
        insta::assert_snapshot!(run(&LawRule, "These efforts included adopting a new law requiring large companies to create plans to prevent labor exploitation by sub-contractors.", report(2018)), @"2017 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "The government plans to adopt a new law requiring large companies to report.", report(2018)), @"");
    }

    #[test]
    fn a_title_set_beside_a_law_told_by_its_kind() {
        insta::assert_snapshot!(run(&LawRule, "Testland enacted its first anti-trafficking law, the Law on Combating Trafficking in Persons, in 2008.", wiki()), @"2008 law_enacted: Law on Combating Trafficking in Persons");
        insta::assert_snapshot!(run(&LawRule, "In 2008, the government passed new legislation, the Anti-Trafficking Act, which criminalizes all forms of trafficking.", wiki()), @"2008 law_enacted: Anti-Trafficking Act");
        // Not a title.
        insta::assert_snapshot!(run(&LawRule, "In 2008, the government passed a law, the first in the region, that criminalizes trafficking.", wiki()), @"2008 law_enacted: (unnamed law)");
    }

    #[test]
    fn law_then_its_verb() {
        insta::assert_snapshot!(run(&LawRule, "The anti-trafficking law was adopted in 2006.", wiki()), @"2006 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Testland's anti-trafficking law, enacted in 2005, prohibits all forms of trafficking.", wiki()), @"2005 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "A comprehensive anti-trafficking law was passed by parliament in March 2007.", wiki()), @"2007-03 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "The country's first anti-trafficking legislation was approved in 2008.", wiki()), @"2008 law_enacted: (unnamed law)");
        // What a law owns is not the law: nothing approved in the reporting period, only the
        // year in the law's name.
        insta::assert_snapshot!(run(&LawRule, "The government approved and published the 2009 anti-trafficking act's implementing regulations.", report(2019)), @"2009 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The government approved and published the 2009 anti-trafficking act\u{2019}s implementing regulations.", report(2019)), @"2009 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&LawRule, "New legislation criminalizing forced labor was enacted in 2009.", wiki()), @"2009 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Legislation adopted in 2012 created a national referral mechanism.", wiki()), @"2012 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "In 2014, a new law against trafficking in persons entered into force.", wiki()), @"2014 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "The law was passed in 2010.", report(2012)), @"2010 law_enacted: (unnamed law)");
        // Not enactments: amended, not adopted, a law told of before now in force, no law.
        insta::assert_snapshot!(run(&LawRule, "The 2010 law on trafficking was amended in 2013.", wiki()), @"2010 law_enacted: (unnamed law) (inferred)");
        for sentence in [
            "The anti-trafficking law was not adopted in 2006.",
            "The government has not adopted a comprehensive anti-trafficking law.",
            "Parliament has yet to pass the Law on Combating Trafficking.",
            "The government failed to enact legislation criminalizing forced labor.",
            "The Anti-Trafficking Act, which has not entered into force, criminalizes sex trafficking.",
            "The law came into force on 1 January 2009.",
            "Law enforcement officials approved the plan in 2012.",
            "The draft law was approved by the cabinet in 2015.",
        ] {
            assert_eq!(run(&LawRule, sentence, wiki()), "", "{sentence}");
        }
    }

    #[test]
    fn an_enactment_told_with_did() {
        insta::assert_snapshot!(run(&LawRule, "Public corruption is rampant, although the government did pass legislation in February 2004 to create an Anti-Corruption Commission.", report(2004)), @"2004-02 law_enacted: (unnamed law)");
        assert_eq!(
            run(
                &LawRule,
                "The government did not pass legislation in 2004.",
                report(2005)
            ),
            ""
        );
    }

    #[test]
    fn a_title_that_goes_on_with_its_year_dates_the_act() {
        // One enactment, of the year its title gives, whichever way the sentence runs.
        for sentence in [
            "The government enacted the Child Code of 2008, which prohibits child trafficking.",
            "Parliament passed the Child Code of 2008.",
            "The Child Code of 2008 was enacted by parliament.",
        ] {
            insta::allow_duplicates! {
                insta::assert_snapshot!(run(&LawRule, sentence, report(2019)), @"2008 law_enacted: Child Code of 2008");
            }
        }
        // A date told in the sentence is the act's own.
        insta::assert_snapshot!(run(&LawRule, "In 2010, the government enacted the Child Code of 2008.", report(2019)), @"2010 law_enacted: Child Code of 2008");
        insta::assert_snapshot!(run(&LawRule, "The Child Code of 2008 was enacted by parliament in 2009.", report(2019)), @"2009 law_enacted: Child Code of 2008");
        // In force later: enacted in its title's year (inferred), as before.
        insta::assert_snapshot!(run(&LawRule, "The Child Code of 2008 came into force in 2010.", report(2019)), @"2008 law_enacted: Child Code of 2008 (inferred)");
    }

    #[test]
    fn a_title_ending_with_a_lowercase_law() {
        insta::assert_snapshot!(run(&LawRule, "The 2012 Prevention of Human Trafficking law prescribes penalties of five to 15 years.", report(2019)), @"2012 law_enacted: Prevention of Human Trafficking law (inferred)");
        // Lowercase words before it are no title.
        insta::assert_snapshot!(run(&LawRule, "The 2003 anti-trafficking law criminalized sex trafficking.", report(2019)), @"2003 law_enacted: (unnamed law) (inferred)");
    }

    #[test]
    fn a_statute_known_by_its_year() {
        insta::assert_snapshot!(run(&LawRule, "The 2008 anti-trafficking statute prohibits all forms of trafficking.", wiki()), @"2008 law_enacted: (unnamed law) (inferred)");
        // Two laws named by their years, sharing their noun.
        insta::assert_snapshot!(run(&LawRule, "Prosecutors used the 2004 labor and 2016 anti-trafficking laws.", wiki()), @r"
        2004 law_enacted: (unnamed law) (inferred)
        2016 law_enacted: (unnamed law) (inferred)
        ");
    }

    #[test]
    fn a_title_with_a_bracketed_part() {
        insta::assert_snapshot!(run(&LawRule, "In 2010, parliament passed the Child Labour and Trafficking (Prevention) Act.", wiki()), @"2010 law_enacted: Child Labour and Trafficking (Prevention) Act");
        insta::assert_snapshot!(run(&LawRule, "The Penal Code (Sexual Offences and Related Matters) Act was adopted in 2007.", wiki()), @"2007 law_enacted: Penal Code (Sexual Offences and Related Matters) Act");
    }

    #[test]
    fn a_hedge_in_a_later_clause_leaves_the_enactment() {
        insta::assert_snapshot!(run(&LawRule, "In February 2009, Testland enacted a new migrant worker sponsorship law, and it announced plans to use that law to prevent trafficking.", wiki()), @"2009-02 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "The National Assembly passed a law prohibiting child trafficking in January 2006, though the government still needs to promulgate the law before it can be enforced.", report(2006)), @"2006-01 law_enacted: (unnamed law)");
        for sentence in [
            "The government plans to adopt a new anti-trafficking law in 2010.",
            "In 2009, the parliament adopted a draft law on trafficking.",
            "The cabinet approved a draft anti-trafficking law in 2009, and parliament passed it later.",
            // Advice, as the older reports gave it.
            "In 2004, the government could improve its response by enacting a comprehensive anti-trafficking law.",
            "The authorities could further improve by adopting a law against forced labor in 2005.",
        ] {
            assert_eq!(run(&LawRule, sentence, wiki()), "", "{sentence}");
        }
    }

    #[test]
    fn gazetted_in_effect_or_become_law() {
        insta::assert_snapshot!(run(&LawRule, "The Combating of Trafficking in Persons Act was gazetted in March 2014.", wiki()), @"2014-03 law_enacted: Combating of Trafficking in Persons Act");
        insta::assert_snapshot!(run(&LawRule, "The Trafficking in Persons Act became law in 2011.", wiki()), @"2011 law_enacted: Trafficking in Persons Act");
        insta::assert_snapshot!(run(&LawRule, "The Prevention of Trafficking Act came into effect in January 2009.", wiki()), @"2009-01 law_enacted: Prevention of Trafficking Act");
        // Proclaimed: brought into force.
        insta::assert_snapshot!(run(&LawRule, "The Trafficking in Persons Act was proclaimed in January 2013.", wiki()), @"2013-01 law_enacted: Trafficking in Persons Act");
        insta::assert_snapshot!(run(&LawRule, "In 2012, the government made progress by proclaiming its anti-trafficking law.", wiki()), @"2012 law_enacted: (unnamed law)");
        assert_eq!(
            run(
                &LawRule,
                "In 2012, the government proclaimed a national day against trafficking.",
                wiki()
            ),
            ""
        );
        // A law told of before, now in effect, is no enactment.
        assert_eq!(
            run(&LawRule, "The law came into effect in 2009.", wiki()),
            ""
        );
    }

    #[test]
    fn an_enactment_told_by_its_noun_may_be_dated_before_its_of() {
        insta::assert_snapshot!(run(&LawRule, "The adoption in June 2016 of the Law on Combating Trafficking was a milestone.", wiki()), @"2016-06 law_enacted: Law on Combating Trafficking");
        insta::assert_snapshot!(run(&LawRule, "She mentioned the enactment in 2012 of the Law on Combating Trafficking in Persons, which standardized punishment.", wiki()), @"2012 law_enacted: Law on Combating Trafficking in Persons");
        assert_eq!(
            run(
                &LawRule,
                "The passage in 2012 of migrants through the country increased.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn a_later_change_does_not_date_the_enactment() {
        insta::assert_snapshot!(run(&LawRule, "Testland has enacted specific legislation related to trafficking in persons, which was most recently amended in 2015.", wiki()), @"undated law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Testland enacted an anti-trafficking law in 2005, which was amended in 2015.", wiki()), @"2005 law_enacted: (unnamed law)");
    }

    #[test]
    fn a_relative_clause_between_a_law_and_its_verb_is_passed_over() {
        insta::assert_snapshot!(run(&LawRule, "A new Criminal Code, which replaced the 1997 code, entered into force in July 2014.", wiki()), @"2014-07 law_enacted: Criminal Code");
        insta::assert_snapshot!(run(&LawRule, "The Law on Combating Trafficking in Human Beings, which replaced an earlier decree, was adopted in March 2005.", wiki()), @"2005-03 law_enacted: Law on Combating Trafficking in Human Beings");
        insta::assert_snapshot!(run(&LawRule, "In 2012 Testland passed a law, which it drafted with NGOs, that criminalizes forced labor.", wiki()), @"2012 law_enacted: (unnamed law)");
        // The verb inside the clause wins over one after it.
        insta::assert_snapshot!(run(&LawRule, "The Trafficking Act, which was adopted in 2003, entered into force in 2004.", wiki()), @"2003 law_enacted: Trafficking Act");
        // A clause that denies the enactment stays a denial.
        assert_eq!(run(&LawRule, "The Trafficking Act, which parliament debated for years, has not entered into force.", wiki()), "");
    }

    #[test]
    fn a_new_code_is_a_law_enacted() {
        insta::assert_snapshot!(run(&LawRule, "In May 2018 the National Assembly approved a new Penal Code that criminalizes trafficking.", wiki()), @"2018-05 law_enacted: Penal Code");
        insta::assert_snapshot!(run(&LawRule, "The new Criminal Code, which entered into force in July 2015, increased penalties for trafficking.", wiki()), @"2015-07 law_enacted: Criminal Code");
        insta::assert_snapshot!(run(&LawRule, "In 2014 the government adopted a new criminal procedure code.", wiki()), @"2014 law_enacted: criminal procedure code");
        // "an updated code", "a revised code": a code made anew.
        insta::assert_snapshot!(run(&LawRule, "In November 2018, the government promulgated an updated penal code.", wiki()), @"2018-11 law_enacted: penal code");
        insta::assert_snapshot!(run(&LawRule, "Parliament passed a revised criminal code in 2015.", wiki()), @"2015 law_enacted: criminal code");
        // Amending a code, or a code not new, is no enactment.
        for s in [
            "In 2015, parliament revised the labor code.",
            "In 2015, the government updated its criminal code to increase penalties.",
            "In 2014 the government adopted amendments to the criminal code.",
            "The criminal code was adopted in 1997.",
            "The government did not adopt a new labor code.",
            "In 2015, the government has not adopted a new criminal code.",
        ] {
            assert_eq!(run(&LawRule, s, wiki()), "", "{s}");
        }
    }

    #[test]
    fn a_law_enacted_as_it_or_the_law_is_the_one_titled_in_the_sentence_before() {
        let laws = |text: &str| {
            crate::rules::testing::facts_of_kind(
                &format!("= Human trafficking in Testland =\n\n{text}\n"),
                EventKind::LawEnacted,
            )
        };
        for text in [
            "The parliament drafted the Anti-Trafficking Act in 2005. It was enacted in July 2007.",
            "The Anti-Trafficking Act was drafted in 2005. In 2007, the law was finally passed.",
        ] {
            assert_eq!(laws(text), ["Anti-Trafficking Act"], "{text}");
        }
        // No title before, another kind of text before, or no enactment.
        for text in [
            "Parliament debated the issue in 2005. It was passed in 2007.",
            "The government drafted a national action plan in 2005. It was adopted in 2007.",
            "The Child Protection Act was drafted in 2005. It was widely criticized in 2007.",
            "The Child Protection Act was drafted in 2005. It was not adopted until 2009.",
            "The Child Protection Act was drafted in 2005. It may be adopted in 2009.",
        ] {
            assert!(laws(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_owner_before_a_title_is_not_part_of_it() {
        for (text, want) in [
            (
                "Testland's Anti-Trafficking Act was adopted in 2010.",
                "2010 law_enacted: Anti-Trafficking Act",
            ),
            (
                "Testland\u{2019}s Anti-Trafficking Act was adopted in 2010.",
                "2010 law_enacted: Anti-Trafficking Act",
            ),
            // People a title is of are part of it.
            (
                "The Children's Protection Act was adopted in 2010.",
                "2010 law_enacted: Children's Protection Act",
            ),
        ] {
            assert_eq!(run(&LawRule, text, wiki()), want, "{text}");
        }
    }

    #[test]
    fn a_new_law_told_by_what_it_did_is_enacted_when_dated() {
        for (text, anchor) in [
            ("A new law on victim protection established, among other innovations, a residency permit for foreign trafficking victims.", report(2014)),
            ("In 2013, new legislation created a victim compensation fund.", wiki()),
        ] {
            assert_eq!(run(&LawRule, text, anchor), "2013 law_enacted: (unnamed law)", "{text}");
        }
        // Through the whole pipeline: its cue ("new law") lets the sentence reach the rule.
        let text = "= Kosovo — 2014 Trafficking in Persons Report =\n\nA new law on victim protection established a residency permit for foreign victims.\n";
        assert_eq!(
            crate::rules::testing::facts_of_kind(text, EventKind::LawEnacted),
            ["(unnamed law)"]
        );
        // A law told before ("The new law"), not new, hedged, undated, or no law at all.
        for (text, anchor) in [
            (
                "The new law on foreigners introduced a reflection period for victims.",
                report(2014),
            ),
            (
                "A new law would establish a victim compensation fund.",
                report(2014),
            ),
            (
                "New law enforcement units established contacts with NGOs.",
                report(2014),
            ),
            ("A new law on victim protection established a fund.", wiki()),
        ] {
            assert_eq!(run(&LawRule, text, anchor), "", "{text}");
        }
    }

    #[test]
    fn a_law_signed_by_the_head_of_state_is_enacted_whatever_waits_after() {
        for (s, want) in [
            ("The Anti-Trafficking Act was signed by the King in March 2008.", "2008-03 law_enacted: Anti-Trafficking Act"),
            ("The Labour Act, signed by President Banda in 2013, prohibits forced labor.", "2013 law_enacted: Labour Act"),
            // The hedge is of what follows the signature.
            ("Promulgation of the Child Protection Act signed by the president in July 2013 remained pending.", "2013-07 law_enacted: Child Protection Act"),
            ("The Child Protection Act signed by the president in 2013 has not entered into force.", "2013 law_enacted: Child Protection Act"),
        ] {
            assert_eq!(run(&LawRule, s, report(2015)), want, "{s}");
        }
        // A signature to come, or hedged before it, or by another hand, enacts nothing.
        for s in [
            "The Anti-Trafficking Act will be signed by the president in 2016.",
            "The draft Anti-Trafficking Act was signed by the president in 2013.",
            "The Anti-Trafficking Act was signed by the minister in 2013.",
        ] {
            assert_eq!(run(&LawRule, s, report(2015)), "", "{s}");
        }
    }

    #[test]
    fn signed_ratified_or_voted_to_adopt() {
        insta::assert_snapshot!(run(&LawRule, "In 2009, the President signed the Anti-Trafficking Act.", wiki()), @"2009 law_enacted: Anti-Trafficking Act");
        insta::assert_snapshot!(run(&LawRule, "In 2014 the parliament ratified a law on the protection of victims.", wiki()), @"2014 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "In 2020 the parliament voted to adopt a law on child protection.", wiki()), @"2020 law_enacted: (unnamed law)");
        // What was signed is not the law.
        for s in [
            "In 2009, the government signed a memorandum with IOM to implement the law.",
            "In 2009, the ministries signed an agreement under the labor law.",
        ] {
            assert_eq!(run(&LawRule, s, wiki()), "", "{s}");
        }
    }

    #[test]
    fn a_bill_signed_is_a_law_enacted() {
        for (s, want) in [
            ("The government demonstrated increasing efforts by signing the Combating of Trafficking in Persons Bill; prosecuting more traffickers.", "2014 law_enacted: Combating of Trafficking in Persons Bill"),
            ("In June 2014, the president signed the Trafficking in Persons (Prohibition) Bill 2014.", "2014-06 law_enacted: Trafficking in Persons (Prohibition) Bill"),
            ("In March 2014 the king signed the Anti-Trafficking Bill into law.", "2014-03 law_enacted: Anti-Trafficking Bill"),
            ("The governor-general signed the Child Protection Bill in May 2012, and it entered into force in 2013.", "2012-05 law_enacted: Child Protection Bill"),
        ] {
            assert_eq!(run(&LawRule, s, report(2015)), want, "{s}");
        }
        // A bill not signed, one that changes a law, or a title that is another noun's.
        for s in [
            "The president has not yet signed the Anti-Trafficking Bill.",
            "In 2014 the president signed the Penal Code Amendment Bill.",
            "In 2012, 40 members signed the Trafficking Victims Bill petition.",
            "The king signed the Bill of Rights in 2010.",
            "Parliament passed the Anti-Trafficking Bill in 2014.",
        ] {
            assert_eq!(run(&LawRule, s, report(2015)), "", "{s}");
        }
    }

    #[test]
    fn signed_into_law_with_the_law_between() {
        insta::assert_snapshot!(run(&LawRule, "The president signed the Anti-Trafficking in Persons Act into law.", lead(2018)), @"2018 law_enacted: Anti-Trafficking in Persons Act");
        insta::assert_snapshot!(run(&LawRule, "In 2015 the president signed the bill into law.", wiki()), @"2015 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "The president signed into law an update to the existing criminal code that will bring article 124 in line with international standards.", wiki()), @"");
        insta::assert_snapshot!(run(&LawRule, "In July 2019, the president signed the country's revised penal code into law.", wiki()), @"");
        insta::assert_snapshot!(run(&LawRule, "In 2014 the president signed the amended criminal code into law.", wiki()), @"");
        // A word in brackets inside a title.
        insta::assert_snapshot!(run(&LawRule, "In 2009, the President signed into law the Trafficking in Persons (Prohibition) Enforcement and Administration Act.", wiki()), @"2009 law_enacted: Trafficking in Persons (Prohibition) Enforcement and Administration Act");
        // A title signed, not as the object of another noun.
        insta::assert_snapshot!(run(&LawRule, "The Anti-Trafficking Act was signed in February 2013.", wiki()), @"2013-02 law_enacted: Anti-Trafficking Act");
        assert_eq!(
            run(
                &LawRule,
                "A memorandum on the Anti-Trafficking Act was signed in 2013.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &LawRule,
                "Regulations under the Anti-Trafficking Act were adopted in 2014.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &LawRule,
                "The Anti-Trafficking Act was signed by 40 NGOs as a petition in 2013.",
                wiki()
            ),
            ""
        );
        insta::assert_snapshot!(run(&LawRule, "Under the Anti-Trafficking Act, passed in 2013, trafficking is a crime.", wiki()), @"2013 law_enacted: Anti-Trafficking Act");
        // A parenthesis with a list in the title.
        insta::assert_snapshot!(run(&LawRule, "In 2015, Testland enacted the Trafficking in Persons (Prevention, Suppression and Punishment) Act.", wiki()), @"2015 law_enacted: Trafficking in Persons (Prevention, Suppression and Punishment) Act");
        insta::assert_snapshot!(run(&LawRule, "The Human Trafficking and Transportation (Control) Act was passed in 2007.", wiki()), @"2007 law_enacted: Human Trafficking and Transportation (Control) Act");
        assert_eq!(
            run(
                &LawRule,
                "The bill should be signed into law next year.",
                lead(2018)
            ),
            ""
        );
    }

    #[test]
    fn an_aside_between_a_law_and_its_verb() {
        // The aside names the same law: no second, inferred enactment from it.
        insta::assert_snapshot!(run(&LawRule, "The Anti-Trafficking in Persons Law (Law No. 14 of 2008) was passed by the National Assembly in 2008.", wiki()), @"2008 law_enacted: Anti-Trafficking in Persons Law");
        insta::assert_snapshot!(run(&LawRule, "The Combating Trafficking in Persons Act (CTPA) was enacted in 2000.", wiki()), @"2000 law_enacted: Combating Trafficking in Persons Act");
        insta::assert_snapshot!(run(&LawRule, "The Law on Combating Trafficking in Human Beings (No. 241-XVI) was adopted in October 2005.", wiki()), @"2005-10 law_enacted: Law on Combating Trafficking in Human Beings");
        insta::assert_snapshot!(run(&LawRule, "The anti-trafficking law (Law 3064) was passed in 2002.", wiki()), @"2002 law_enacted: Law 3064");
        insta::assert_snapshot!(run(&LawRule, "The new law (which replaced a 1999 decree) was approved by parliament in 2011.", wiki()), @"2011 law_enacted: (unnamed law)");
        assert_eq!(
            run(
                &LawRule,
                "The Penal Code (amended in 2014) was used to prosecute traffickers in 2016.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &LawRule,
                "A draft law (the Migrant Workers Bill) was approved by the cabinet in 2019.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn laws_known_by_a_year_before_a_bracketed_title_or_by_a_month() {
        insta::assert_snapshot!(run(&LawRule, "The 2002 Bonded Labor (Prohibition) Act criminalized bonded labor.", report(2019)), @"2002 law_enacted: Bonded Labor (Prohibition) Act (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The 2007 Human Trafficking and Transportation (Control) Act (HTTCA) criminalized some forms of trafficking.", report(2019)), @"2007 law_enacted: Human Trafficking and Transportation (Control) Act (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The 2003 Measures Against Trafficking in Persons law criminalized sex trafficking.", report(2019)), @"2003 law_enacted: Measures Against Trafficking in Persons law (inferred)");
        insta::assert_snapshot!(run(&LawRule, "A May 2008 law prohibited all forms of trafficking.", wiki()), @"2008-05 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The government's September 2004 Law on Women provides for the protection of victims.", report(2006)), @"2004-09 law_enacted: Law on Women (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Its June 2012 anti-trafficking law prescribes penalties of five to 15 years.", report(2013)), @"2012-06 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&LawRule, "It approved the government's June 2012 national action plan.", report(2013)), @"");
        insta::assert_snapshot!(run(&LawRule, "It prohibits trafficking through a 2008 human trafficking act.", wiki()), @"2008 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The government increased its use of the 2020 anti-trafficking proclamation.", report(2023)), @"2020 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Courts applied the 2012 human trafficking decree in two cases.", report(2015)), @"2012 law_enacted: (unnamed law) (inferred)");
        // Not a law's date: a month of a plan, or a month when something happened to a law.
        assert_eq!(
            run(&LawRule, "A May 2008 plan addressed trafficking.", wiki()),
            ""
        );
        assert_eq!(
            run(
                &LawRule,
                "In May 2008 the law criminalized trafficking.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn laws_known_by_year() {
        insta::assert_snapshot!(run(&LawRule, "Lebanon's 2011 anti-trafficking law prohibits all forms of human trafficking.", report(2015)), @"2011 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Law 006/PR/2018 on Combatting Trafficking in Persons criminalized sex trafficking.", report(2021)), @"2018 law_enacted: Law 006/PR/2018 on Combatting Trafficking in Persons (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Cases were tried under Law No. 91 of 2013.", wiki()), @"2013 law_enacted: Law No. 91 of 2013 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Cases were tried under Proclamation 909/2015.", wiki()), @"2015 law_enacted: Proclamation 909/2015 (inferred)");
        // A number that holds no year names no year.
        insta::assert_snapshot!(run(&LawRule, "Proclamation 82 set up a committee.", wiki()), @"");
        insta::assert_snapshot!(run(&LawRule, "Cases were tried under Law No. 5 of 2010.", wiki()), @"2010 law_enacted: Law No. 5 of 2010 (inferred)");
        // "No" without its full stop, and "Number", mark the number too.
        insta::assert_snapshot!(run(&LawRule, "It prohibits trafficking through Federal Law No 51 of 2006.", wiki()), @"2006 law_enacted: Federal Law No 51 of 2006 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Cases were tried under Law Number 91 of 2013.", wiki()), @"2013 law_enacted: Law Number 91 of 2013 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Law 2012-023 of July 12, 2012, criminalizes all forms of trafficking.", report(2018)), @"2012-07-12 law_enacted: Law 2012-023 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Law No. 14/2004 of 3 May 2004 prohibits forced labor.", report(2018)), @"2004-05-03 law_enacted: Law No. 14/2004 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Law no. 678/2001 prohibits all forms of trafficking.", report(2007)), @"2001 law_enacted: Law no. 678/2001 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Law No.2014-040 criminalized sex trafficking and labor trafficking.", report(2020)), @"2014 law_enacted: Law No.2014-040 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Law No. 09-01 criminalized sex trafficking.", report(2020)), @"");
        insta::assert_snapshot!(run(&LawRule, "The 2017 Labour Act 2074, which is enforced by labor courts, criminalized forced labor.", report(2020)), @"2017 law_enacted: Labour Act (inferred)");
        // A number alone is no year, even one that reads as a year.
        insta::assert_snapshot!(run(&LawRule, "Article 321 of Law 2033, which criminalized pimping, was used to prosecute sex trafficking.", report(2019)), @"");
        // A numbered law stated as enacted.
        insta::assert_snapshot!(run(&LawRule, "Trafficking is prohibited through a comprehensive statute, Law 985, which was enacted in 2005 and prescribes penalties.", report(2007)), @"2005 law_enacted: Law 985");
        insta::assert_snapshot!(run(&LawRule, "Law No. 14/2004, which was adopted in May 2004, prohibits forced labor.", report(2018)), @"2004-05 law_enacted: Law No. 14/2004");
        // Changes of a year told by the law's name are no law of that year.
        insta::assert_snapshot!(run(&LawRule, "Other laws that predate the 2015 penal code amendments also address trafficking offenses.", report(2017)), @"");
        insta::assert_snapshot!(run(&LawRule, "The 2012 anti-trafficking law reforms raised penalties.", report(2017)), @"");
        insta::assert_snapshot!(run(&LawRule, "The 2005 Human Trafficking Act criminalized sex trafficking.", wiki()), @"2005 law_enacted: Human Trafficking Act (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The 2015 Combating Trafficking in Persons Act criminalized sex trafficking.", wiki()), @"2015 law_enacted: Combating Trafficking in Persons Act (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Prosecutors relied on the 2014 Child Rights Protection Code.", wiki()), @"2014 law_enacted: Child Rights Protection Code (inferred)");
        // A title's lowercase words after "on" are not read as more of it ("to" is no purpose).
        insta::assert_snapshot!(run(&LawRule, "In May 2009, the assembly enacted the Special Law on the Protection of Girls to a Safe Life.", wiki()), @"2009-05 law_enacted: Special Law");
        insta::assert_snapshot!(run(&LawRule, "The 2020 Anti-Human Smuggling and Trafficking Order criminalized labor trafficking.", wiki()), @"2020 law_enacted: Anti-Human Smuggling and Trafficking Order (inferred)");
        assert_eq!(
            run(&LawRule, "A 2016 court order closed 4 brothels.", wiki()),
            ""
        );
        // A code known by its year was enacted then, whatever its name.
        insta::assert_snapshot!(run(&LawRule, "Article 215 of the 2018 Penal Code criminalized sex trafficking.", wiki()), @"2018 law_enacted: Penal Code (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Article 510 of the 2018 criminal code criminalized sex trafficking and labor trafficking.", report(2020)), @"2018 law_enacted: criminal code (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The 2007 child code prohibits all forms of child trafficking.", report(2015)), @"2007 law_enacted: child code (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Under the 2003 child protection code, trafficking is a crime.", report(2015)), @"2003 law_enacted: child protection code (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The 2010 children’s code and the 2005 family code prohibit forced marriage.", report(2015)), @r"
        2010 law_enacted: children’s code (inferred)
        2005 law_enacted: family code (inferred)
        ");
        assert_eq!(
            run(
                &LawRule,
                "In its 2005 decision to act, the court cited the law.",
                wiki()
            ),
            ""
        );
        insta::assert_snapshot!(run(&LawRule, "The Human Trafficking Prevention Act of 2000 defines severe forms of trafficking.", wiki()), @"2000 law_enacted: Human Trafficking Prevention Act (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The Prevention of Trafficking in Persons Act, 2012 criminalizes sex trafficking.", wiki()), @"2012 law_enacted: Prevention of Trafficking in Persons Act (inferred)");
        // A titled code known by its year.
        insta::assert_snapshot!(run(&LawRule, "Article 25 of the Child Protection Code of 2003 prohibits the sale of children.", wiki()), @"2003 law_enacted: Child Protection Code (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The Penal Code of 1960 and the Labor Code of 1998 prohibit forced labor.", wiki()), @r"
        1960 law_enacted: Penal Code (inferred)
        1998 law_enacted: Labor Code (inferred)
        ");
        insta::assert_snapshot!(run(&LawRule, "The Human Trafficking and Transportation (Control) Act (HTTCA) of 2007 criminalized some forms of trafficking.", wiki()), @"2007 law_enacted: Human Trafficking and Transportation (Control) Act (inferred)");
        // "Law on ..." titled by its subject, known by its month and year.
        insta::assert_snapshot!(run(&LawRule, "The Law on the Protection and Integral Development of Children of August 2012 prohibits the exploitation of children.", wiki()), @"2012-08 law_enacted: Law on the Protection and Integral Development of Children (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The Child Protection Code of May 2003 prohibits child labor.", wiki()), @"2003-05 law_enacted: Child Protection Code (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Kenya's Counter-Trafficking in Persons Act, 2010 criminalizes all forms of trafficking.", wiki()), @"2010 law_enacted: Counter-Trafficking in Persons Act (inferred)");
        // An amending act in force, not told as a change; a bracket of several words in a title.
        // An amending act is a change to a law, not a law of its own (the amendment rule's).
        insta::assert_snapshot!(run(&LawRule, "The Children's Amendment Act of 2005 prescribes penalties of five to 15 years.", wiki()), @"");
        insta::assert_snapshot!(run(&LawRule, "New laws include the Evidence (Amendment) Act of 2015 and the DNA Evidence Act of 2015.", wiki()), @"2015 law_enacted: DNA Evidence Act (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The Criminal Law (Sexual Offences and related matters) Amendment Act, 2007 criminalizes sex trafficking.", wiki()), @"");
        // Not enactments by year: an amending act, a bare "the Act", a law's edition after a comma.
        for s in [
            "The Criminal Law (Amendment) Act of 2013 raised penalties.",
            "Under the Act of 2010, courts may seize assets.",
            "The government amended the Penal Code, 2012 and the Labor Law, 2015.",
        ] {
            assert_eq!(run(&LawRule, s, wiki()), "", "{s}");
        }
        insta::assert_snapshot!(run(&LawRule, "In June 2020, the president signed into law the Anti-Trafficking in Persons Act.", wiki()), @"2020-06 law_enacted: Anti-Trafficking in Persons Act");
        insta::assert_snapshot!(run(&LawRule, "Section 13 of the Prevention of Trafficking in Persons Act 2008 prescribes penalties.", wiki()), @"2008 law_enacted: Prevention of Trafficking in Persons Act (inferred)");
        // A law number gives a date only when a year leads or ends it.
        insta::assert_snapshot!(run(&LawRule, "Law 2012-023 criminalizes all forms of trafficking.", report(2018)), @"2012 law_enacted: Law 2012-023 (inferred)");
        assert_eq!(
            run(
                &LawRule,
                "Law 263 criminalizes all forms of trafficking.",
                report(2018)
            ),
            ""
        );
        insta::assert_snapshot!(run(&LawRule, "Law 263 of 2012 criminalizes all forms of trafficking.", wiki()), @"2012 law_enacted: Law 263 of 2012 (inferred)");
        // Numbers of a series ("(I)") as some parliaments number their laws.
        insta::assert_snapshot!(run(&LawRule, "Law 60(I) of 2014 and Law 87(I)/2007 criminalize trafficking.", wiki()), @r"
        2014 law_enacted: Law 60(I) of 2014 (inferred)
        2007 law_enacted: Law 87(I)/2007 (inferred)
        ");
        insta::assert_snapshot!(run(&LawRule, "Albania's 2005 Law on Combating Trafficking in Persons remained in force.", wiki()), @"2005 law_enacted: Law on Combating Trafficking in Persons (inferred)");
    }

    #[test]
    fn a_law_known_by_its_acronym_is_read_in_a_document() {
        // The acronym is no cue: the law's verb is.
        let laws = crate::rules::testing::dated_facts_of_kind(
            "The 2007 HTTCA criminalized some forms of sex trafficking.\n",
            EventKind::LawEnacted,
        );
        assert_eq!(laws, ["2007 HTTCA"]);
    }

    #[test]
    fn a_law_known_by_its_acronym_is_read_after_the_preposition_that_leads_to_it() {
        let laws = |text: &str| -> Vec<String> {
            crate::rules::testing::dated_facts_of_kind(text, EventKind::LawEnacted)
        };
        assert_eq!(
            laws("Nepal prohibits most forms of trafficking through the 2007 HTTCA and the 2008 regulation.\n"),
            ["2007 HTTCA"]
        );
        assert_eq!(
            laws("Trafficking is prohibited under its 2007 PTPA.\n"),
            ["2007 PTPA"]
        );
        // Neither a plan nor a treaty's title.
        assert!(laws("The government acted through the 2019 NAP and other plans.\n").is_empty());
        assert!(laws("The country acted under the 2000 UN TIP Protocol.\n").is_empty());
    }

    #[test]
    fn a_draft_named_by_its_year_is_no_law() {
        insta::assert_snapshot!(run(&LawRule, "The 2020 draft anti-trafficking law remained pending in parliament.", report(2021)), @"");
        insta::assert_snapshot!(run(&LawRule, "The 2020 anti-trafficking law remained unenforced.", report(2021)), @"2020 law_enacted: (unnamed law) (inferred)");
    }

    #[test]
    fn a_law_named_by_its_year_after_an_adjective() {
        insta::assert_snapshot!(run(&LawRule, "Vietnam prohibits trafficking through the amended 2015 Penal Code.", wiki()), @"2015 law_enacted: Penal Code (inferred)");
        insta::assert_snapshot!(run(&LawRule, "Vietnam prohibits trafficking through its new 2012 anti-trafficking law.", wiki()), @"2012 law_enacted: (unnamed law) (inferred)");
        insta::assert_snapshot!(run(&LawRule, "It convicted one trafficker for the first time under its recent 2018 law.", report(2020)), @"2018 law_enacted: (unnamed law) (inferred)");
    }

    #[test]
    fn titles_that_open_with_against() {
        insta::assert_snapshot!(run(&LawRule, "In 2012, the government adopted the Law Against Human Trafficking.", wiki()), @"2012 law_enacted: Law Against Human Trafficking");
        insta::assert_snapshot!(run(&LawRule, "The 2003 Law Against Trafficking in Persons prohibits all forms of trafficking.", wiki()), @"2003 law_enacted: Law Against Trafficking in Persons (inferred)");
        insta::assert_snapshot!(run(&LawRule, "In 2012, the government adopted a law against trafficking in persons.", wiki()), @"2012 law_enacted: (unnamed law)");
    }

    #[test]
    fn act_names() {
        insta::assert_snapshot!(run(&LawRule, "The government enacted the Prevention of Trafficking in Persons Act in 2012.", wiki()), @"2012 law_enacted: Prevention of Trafficking in Persons Act");
        insta::assert_snapshot!(run(&LawRule, "The Anti-Trafficking in Persons Act of 2003 entered into force in June 2003.", wiki()), @"2003-06 law_enacted: Anti-Trafficking in Persons Act of 2003");
        insta::assert_snapshot!(run(&LawRule, "In 2019, parliament adopted a new anti-trafficking law that criminalized all forms of trafficking.", wiki()), @"2019 law_enacted: (unnamed law)");
        // A sentence's opening preposition is not part of the title.
        assert_eq!(
            law_name("Under the Prevention and Suppression of Human Trafficking Act, trafficking is a crime."),
            Some("Prevention and Suppression of Human Trafficking Act".to_string())
        );
        // "Law" inside a title goes on to the title's own last word; not into another title.
        assert_eq!(
            law_name("Cases were tried under the Trafficking in Persons Law Enforcement and Administration Act, as amended."),
            Some("Trafficking in Persons Law Enforcement and Administration Act".to_string())
        );
        assert_eq!(
            law_name("Cases were tried under the Child Protection Law and the Labor Act."),
            Some("Child Protection Law".to_string())
        );
        assert_eq!(
            law_name("The Anti-Trafficking Law Enforcement Agency reported cases."),
            None
        );
        // A title in brackets of several words.
        assert_eq!(
            law_name("Bonded labor is criminalized in the Scheduled Castes and Scheduled Tribes (Prevention of Atrocities) Act, which prescribes penalties."),
            Some("Scheduled Castes and Scheduled Tribes (Prevention of Atrocities) Act".to_string())
        );
    }

    #[test]
    fn the_united_states_acts_are_its_own_only() {
        let standard = "Testland is on Tier 2, a designation given to countries that do not meet the minimum standards of the Trafficking Victims Protection Act of 2000 (TVPA).";
        assert_eq!(run(&LawRule, standard, wiki()), "");
        let reauthorized = "It did not meet the standards of the TVPRA of 2003.";
        assert_eq!(run(&LawRule, reauthorized, wiki()), "");
        // The act's full title.
        let full = "Its government does not fully meet the minimum standards described in the Victims of Trafficking and Violence Protection Act of 2000 (TVPA).";
        assert_eq!(run(&LawRule, full, wiki()), "");
        let text = "= Human trafficking in the United States =\n\nThe Trafficking Victims Protection Act of 2000 was signed into law in October 2000.";
        let laws = crate::rules::testing::facts_of_kind(text, EventKind::LawEnacted);
        assert_eq!(laws.len(), 1, "{laws:?}");
        // A state's article: the acts are its country's own; a hedge in a clause about the
        // act's aims leaves the enactment stated.
        let passed = "The United States Congress passed the Victims of Trafficking and Violence Protection Act in 2000, which not only criminalizes human trafficking but aims to support its victims.";
        for title in [
            "Florida",
            "New York",
            "Georgia (U.S. state)",
            "Washington (state)",
        ] {
            let text = format!("= Human trafficking in {title} =\n\n{passed}\n");
            let laws = crate::rules::testing::facts_of_kind(&text, EventKind::LawEnacted);
            assert_eq!(laws.len(), 1, "{title}: {laws:?}");
        }
        for title in ["Georgia", "Mexico", "New Zealand"] {
            let text = format!("= Human trafficking in {title} =\n\n{passed}\n");
            let laws = crate::rules::testing::facts_of_kind(&text, EventKind::LawEnacted);
            assert!(laws.is_empty(), "{title}: {laws:?}");
        }
    }

    #[test]
    fn a_draft_then_enacted_is_enacted() {
        insta::assert_snapshot!(run(&LawRule, "In 2020, the government drafted and adopted a new anti-trafficking law.", wiki()), @"2020 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "In 2020, the government drafted a new anti-trafficking law.", wiki()), @"");
        insta::assert_snapshot!(run(&LawRule, "In 2020, the government drafted and adopted a law, but plans to amend it soon.", wiki()), @"2020 law_enacted: (unnamed law)");
    }

    #[test]
    fn an_enactment_listed_among_a_plans_items_is_a_goal() {
        insta::assert_snapshot!(run(&LawRule, "The council approved a supplement to the national action plan that added action items, such as new shelters and enactment of a new domestic worker law.", report(2020)), @"");
        insta::assert_snapshot!(run(&LawRule, "The plan's priorities include training, such as the adoption of a new anti-trafficking law.", report(2020)), @"");
        insta::assert_snapshot!(run(&LawRule, "It was placed on Tier 2 Watch List based on its commitments to take additional steps, including the adoption of comprehensive anti-trafficking legislation.", report(2006)), @"");
        // A plan beside an enactment told as done leaves it an enactment.
        insta::assert_snapshot!(run(&LawRule, "In line with its action plan, the government oversaw the enactment of a new anti-trafficking law in 2019.", report(2020)), @"2019 law_enacted: (unnamed law)");
    }

    #[test]
    fn a_code_named_by_its_title_is_enacted_unless_still_pending() {
        insta::assert_snapshot!(run(&LawRule, "In 1995, the government passed the Child Protection Code, which protects children from hazardous labor.", wiki()), @"1995 law_enacted: Child Protection Code");
        // A later clause telling the same law still waits.
        assert_eq!(run(&LawRule, "The Senate passed the Child Protection Code in August 2009; this law is pending presidential signature.", wiki()), "");
        // A later clause of the same subject still waiting for the next step.
        assert_eq!(run(&LawRule, "Anti-trafficking legislation was adopted by the National Assembly in late 2003 and was under consideration by the Senate in March 2004.", report(2004)), "");
        assert_eq!(run(&LawRule, "The lower house passed the Anti-Trafficking Act in May 2015 but it still awaits the president's signature.", report(2016)), "");
        assert_eq!(run(&LawRule, "The National Assembly passed the Anti-Trafficking Act in May 2015 and it is pending presidential assent.", report(2016)), "");
        // A new subject's step is not the law's.
        assert_eq!(run(&LawRule, "Parliament passed the Anti-Trafficking Act in May 2015 and 12 cases were under review by prosecutors.", report(2016)), "2015-05 law_enacted: Anti-Trafficking Act");
        // A code amended is no code enacted.
        assert_eq!(
            run(
                &LawRule,
                "In 2012, the government passed amendments to the Penal Code.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn an_enactment_listed_among_what_was_not_done_is_none() {
        insta::assert_snapshot!(run(&LawRule, "Testland's movement to Tier 2 reflects its failure to provide evidence of increasing efforts to combat trafficking, such as passing comprehensive trafficking legislation and prosecuting traffickers.", report(2004)), @"");
        insta::assert_snapshot!(run(&LawRule, "The government did not show progress in key areas, including passing a new anti-trafficking law.", report(2012)), @"");
        insta::assert_snapshot!(run(&LawRule, "The government made progress in key areas, including passing a new anti-trafficking law.", report(2012)), @"2011 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "The government did not convict any traffickers, but it made progress in key areas, including passing a new anti-trafficking law.", report(2012)), @"2011 law_enacted: (unnamed law)");
    }

    #[test]
    fn not_enactments() {
        assert_eq!(
            run(
                &LawRule,
                "In 2013, the Government of Armenia developed a draft law on identification.",
                wiki()
            ),
            ""
        );
        assert_eq!(run(&LawRule, "Parliament passed and entered into force amended legislation empowering inspectors.", report(2023)), "");
        assert_eq!(run(&LawRule, "The government remained without an explicit law to prohibit passport confiscation.", report(2015)), "");
        // A change to a law, told as a law enacted: the amendment rule's.
        assert_eq!(run(&LawRule, "In January 2010, the government enacted legislation that increased the minimum penalty to five years.", wiki()), "");
        assert_eq!(
            run(
                &LawRule,
                "In 2015, parliament adopted legislation raising the penalties for forced labor.",
                wiki()
            ),
            ""
        );
        // A change of something else is a new law's own.
        insta::assert_snapshot!(run(&LawRule, "In 2015, parliament adopted a law strengthening the labor inspectorate.", wiki()), @"2015 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "In 2015, parliament adopted a new law that strengthened victim protection.", wiki()), @"2015 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "These efforts included promulgating a new anti-trafficking law.", report(2016)), @"2015 law_enacted: (unnamed law)");
        // Still a change: "that" and a change of penalties or an amendment.
        insta::assert_snapshot!(run(&LawRule, "In 2015, parliament adopted a law that increased penalties for forced labor.", wiki()), @"");
        // A new law's increase is its own: the law is enacted.
        insta::assert_snapshot!(run(&LawRule, "In 2015, parliament adopted a new law that increased penalties for forced labor.", wiki()), @"2015 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "In January 2010, the government enacted legislation that criminalized forced labor.", wiki()), @"2010-01 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "In April 2005, the National Assembly passed a comprehensive anti-trafficking statute.", wiki()), @"2005-04 law_enacted: (unnamed law)");
        assert_eq!(
            run(
                &LawRule,
                "Prosecute traffickers according to Law 006/PR/18.",
                report(2021)
            ),
            ""
        );
    }

    #[test]
    fn a_law_made_to_change_another_is_no_new_law() {
        insta::assert_snapshot!(run(&LawRule, "In 2006, the government passed legislation to close a major legal loophole in the 2005 anti-trafficking law.", wiki()), @"2005 law_enacted: (unnamed law) (inferred)");
        assert_eq!(
            run(
                &LawRule,
                "In 2012, the government passed legislation to amend the penal code.",
                wiki()
            ),
            ""
        );
        insta::assert_snapshot!(run(&LawRule, "In 2012, parliament passed a new law to fill gaps in victim protection.", wiki()), @"2012 law_enacted: (unnamed law)");
    }

    #[test]
    fn a_numbered_law_in_brackets_after_a_title_is_the_same_law() {
        // The title's year dates it; the number is no second law.
        insta::assert_snapshot!(run(&LawRule, "Namibia enacted the Combating of Trafficking in Persons Act, 2018 (Act No. 1 of 2018).", wiki()), @"2018 law_enacted: Combating of Trafficking in Persons Act");
        insta::assert_snapshot!(run(&LawRule, "Trafficking is criminalized under the Counter-Trafficking in Persons Act, 2010 (Act No. 8 of 2010).", wiki()), @"2010 law_enacted: Counter-Trafficking in Persons Act (inferred)");
        // A title with no year takes the number's, named by the title.
        insta::assert_snapshot!(run(&LawRule, "The Anti-Trafficking in Persons Law (Law No. 28 of 2012) was adopted by the Council of Representatives.", wiki()), @"2012 law_enacted: Anti-Trafficking in Persons Law (inferred)");
        insta::assert_snapshot!(run(&LawRule, "The Penal Code (Law No. 5 of 2004) prohibits forced labor.", wiki()), @"2004 law_enacted: Penal Code (inferred)");
        // A date of the sentence is the enactment's.
        insta::assert_snapshot!(run(&LawRule, "The Anti-Trafficking in Persons Law (Law No. 28 of 2012) was adopted in 2013.", wiki()), @"2013 law_enacted: Anti-Trafficking in Persons Law");
        // A number of its own is still a law.
        insta::assert_snapshot!(run(&LawRule, "The government prosecuted cases under Law No. 28 of 2012.", wiki()), @"2012 law_enacted: Law No. 28 of 2012 (inferred)");
        // A law passed known by its number alone.
        insta::assert_snapshot!(run(&LawRule, "In 2012, Congress passed Law 26.842, which amended Law 26.364.", wiki()), @"2012 law_enacted: Law 26.842");
        // A title in quotes, a number in brackets of its own.
        insta::assert_snapshot!(run(&LawRule, "The \"Anti-Trafficking in Persons Law\" (Law No. (28) of 2012) was adopted in 2013.", wiki()), @"2013 law_enacted: Anti-Trafficking in Persons Law");
        let laws = crate::rules::testing::dated_facts_of_kind(
            "In 2008, parliament passed Law No. (1) of 2008 with Respect to Combating Trafficking in Persons.\n",
            EventKind::LawEnacted,
        );
        assert_eq!(laws, ["2008 Law No. (1) of 2008"]);
    }

    #[test]
    fn a_law_told_by_its_noun_is_named_by_the_number_in_brackets_after_it() {
        insta::assert_snapshot!(run(&LawRule, "The 2016 law (Law 13.344) entered into force in November.", wiki()), @"2016 law_enacted: Law 13.344 (inferred)");
        insta::assert_snapshot!(run(&LawRule, "In 2016 the government enacted a new anti-trafficking law (Law 13.344).", wiki()), @"2016 law_enacted: Law 13.344");
        insta::assert_snapshot!(run(&LawRule, "A new anti-trafficking law (Law No. 5 of 2014) was adopted in 2014.", wiki()), @"2014 law_enacted: Law No. 5 of 2014");
        // Brackets that hold more than the number leave the law unnamed.
        insta::assert_snapshot!(run(&LawRule, "The government adopted a new law (which took effect in 2014).", wiki()), @"undated law_enacted: (unnamed law)");
        // The bracket closing an aside is not the number's.
        insta::assert_snapshot!(run(&LawRule, "The government adopted a new anti-trafficking law (Law 5/2014) in 2014.", wiki()), @"2014 law_enacted: Law 5/2014");
    }

    #[test]
    fn a_title_written_in_lowercase_names_the_law() {
        insta::assert_snapshot!(run(&LawRule, "In 2010, Testland passed the Counter-trafficking in persons act which criminalizes human trafficking.", wiki()), @"2010 law_enacted: Counter-trafficking in persons act");
        insta::assert_snapshot!(run(&LawRule, "In 2010, Testland adopted an anti-trafficking in human beings law.", wiki()), @"2010 law_enacted: anti-trafficking in human beings law");
        // A law told only by what it is against has no title.
        insta::assert_snapshot!(run(&LawRule, "In 2010, Testland passed an anti-trafficking law.", wiki()), @"2010 law_enacted: (unnamed law)");
    }

    #[test]
    fn an_amending_act_and_its_number_are_no_law_enacted() {
        assert_eq!(
            run(
                &LawRule,
                "In 2006 the government enacted the Penal Code (Amendment) Act No. 16 of 2006.",
                wiki()
            ),
            ""
        );
        // Changes to a code, named in title case.
        for sentence in [
            "Changes to the German Penal Code enacted in February 2005 broadened the definition of exploitation.",
            "Revisions to the Labor Code adopted in 2015 covered domestic workers.",
        ] {
            assert_eq!(run(&LawRule, sentence, wiki()), "", "{sentence}");
        }
    }

    #[test]
    fn a_clause_opener_is_not_part_of_a_title() {
        insta::assert_snapshot!(run(&LawRule, "While the Anti-Trafficking Act was passed in 2012, it was not implemented.", wiki()), @"2012 law_enacted: Anti-Trafficking Act");
        insta::assert_snapshot!(run(&LawRule, "Although the Child Protection Act was adopted in 2015, courts rarely applied it.", wiki()), @"2015 law_enacted: Child Protection Act");
    }

    #[test]
    fn a_law_enacted_told_by_its_possessed_noun() {
        insta::assert_snapshot!(run(&LawRule, "The Anti-Trafficking Act has rarely been used since its adoption in 2010.", wiki()), @"2010 law_enacted: Anti-Trafficking Act");
        // A law noun of the sentence is the referent of "its".
        insta::assert_snapshot!(run(&LawRule, "The government has failed to train prosecutors on the child trafficking law since its passage in 2003.", report(2006)), @"2003 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Officials have applied the anti-slavery legislation, rarely, since its adoption in 2007.", report(2012)), @"2007 law_enacted: (unnamed law)");
        insta::assert_snapshot!(run(&LawRule, "Police trained law enforcement officers on the action plan since its adoption in 2010.", report(2012)), @"");
        insta::assert_snapshot!(run(&LawRule, "Since its passage in 2015, the Child Protection Act has been applied in 12 cases.", wiki()), @"2015 law_enacted: Child Protection Act");
        insta::assert_snapshot!(run(&LawRule, "The law has not been fully implemented since its enactment in 2013.", wiki()), @"2013 law_enacted: (unnamed law)");
        // Known by its acronym, the cue of the noun runs the rule.
        let text = "= Testland - 2018 Trafficking in Persons Report =\n\nPACOTIP's immigration provisions have not been promulgated since its enactment in 2013.\n";
        assert_eq!(
            crate::rules::testing::dated_facts_of_kind(text, EventKind::LawEnacted),
            ["2013 PACOTIP"]
        );
        // Not another thing's.
        insta::assert_snapshot!(run(&LawRule, "The committee has met twice since its adoption in 2014 of the action plan.", wiki()), @"");
        insta::assert_snapshot!(run(&LawRule, "The government has funded the shelter since its opening in 2012.", wiki()), @"");
    }
}
