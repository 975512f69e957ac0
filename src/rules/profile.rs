//! `trafficking_profile`: the country as a source, transit or destination,
//! where victims are taken, and the forms of exploitation.
//!
//! ```text
//! profile := ("is" | "was" | "remains" | "serves as") "a"? ROLE (("," | "and" | "as well as" | "but also" | "to a (much) lesser extent/degree") ROLE)* ... ("country" | "point" | "for")
//!          | "a country of" ROLE ("," ROLE)*
//! ```
//! Forms and destinations are read from the whole paragraph.

use super::context::SentenceCtx;
use super::lexicon::{FORMS, PLACES, ROLES};
use super::{Discourse, Output, Rule};
use crate::event::{EventKind, Fact, Role};
use crate::temporal::PartialDate;
use crate::{lazy_regex, lazy_words};
use rustc_hash::FxHashMap;

/// The phrases of [`FORMS`], as the rule's paragraph words.
static FORM_WORDS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| FORMS.iter().map(|(p, _)| *p).collect());
lazy_words!(FORM_SET, &FORM_WORDS, true);

/// Places by their first word, for looking a place up where one may start.
static PLACES_BY_FIRST_WORD: std::sync::LazyLock<FxHashMap<&'static str, Vec<&'static str>>> =
    std::sync::LazyLock::new(|| {
        let mut index: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for place in PLACES {
            let first = place
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or(place);
            index.entry(first).or_default().push(place);
        }
        index
    });

/// The bytes a place's name can start with: most words after a preposition are not places.
static PLACE_INITIALS: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
    let mut initials = [false; 256];
    for place in PLACES {
        initials[usize::from(place.as_bytes()[0])] = true;
    }
    initials
});

/// The longest place named, as a whole word, at `at`.
pub(crate) fn place_at(s: &str, at: usize) -> Option<&'static str> {
    let rest = &s[at..];
    if !PLACE_INITIALS[usize::from(*rest.as_bytes().first()?)] {
        return None;
    }
    let first = rest.split(|c: char| !c.is_alphanumeric()).next()?;
    PLACES_BY_FIRST_WORD
        .get(first)?
        .iter()
        .filter(|p| rest.starts_with(**p) && crate::pattern::ends_word(rest.as_bytes(), p.len()))
        .max_by_key(|p| p.len())
        .copied()
}

/// Finds trafficking profiles.
pub struct ProfileRule;

lazy_words!(
    ROLE_WORDS,
    &["source", "transit", "destination", "origin"],
    true
);
lazy_regex!(
    ROLE_SEPARATOR,
    r"(?i)^(?:\s*,\s*|\s+and,?\s*|\s+or,?\s*|\s*,?\s*to\s+a\s+(?:(?:much|far|somewhat)\s+)?(?:lesser|smaller)\s+(?:extent|degree),?\s*|\s+as\s+well\s+as\s*|\s+increasingly\s+(?:a\s+)?|\s*,?\s*but(?:\s+also)?|\s+a\b|\s+country(?:\s*,)?(?:\s+of\b)?|\s+(?:temporary|final|major|minor)\b)+\s*$"
);
lazy_regex!(
    COPULA_BEFORE,
    r"(?i)\b(?:is|was|are|were|remains|remained|been|became|be|(?:serves|served|acts|acted|functions)\s+as)\s+(?:(?:also|still|primarily|mainly|largely|both|reported\s+to\s+be|considered|a|an|suspected|significant|major|primary|main|leading|growing|key|one\s+of(?:\s+the)?|among(?:\s+the)?)\s+)*$"
);
lazy_regex!(COUNTRY_OF_BEFORE, r"(?i)\bcountry\s+of\s+$");
lazy_regex!(
    NOUN_AFTER,
    r"(?i)^[^.;]{0,30}?\b(?:country|countries|point|hub|nation|for|of)\b"
);
// "a source of women": the victims it is a source of ("a source of concern" is none).
lazy_regex!(
    OF_VICTIMS_AFTER,
    r"(?i)^\s+of\s+(?:(?:trafficked|trafficking|young|foreign|female|male|child|adult|migrant)\s+)*(?:men|women|children|girls|boys|victims|persons|people|migrants|workers|laborers|labourers)\b"
);

/// The role words of the first "source, transit, and destination country" phrase, if any.
fn role_phrase(text: &str) -> Option<std::ops::Range<usize>> {
    let words: Vec<(usize, usize)> = ROLE_WORDS.find(text).map(|(s, e, _)| (s, e)).collect();
    let mut i = 0;
    while i < words.len() {
        let (start, mut end) = words[i];
        let mut j = i + 1;
        while j < words.len() && ROLE_SEPARATOR.is_match(&text[end..words[j].0]) {
            end = words[j].1;
            j += 1;
        }
        let before = crate::pattern::tail(&text[..start], 80);
        let of_other = crate::pattern::starts_with_ci(&text[end..], " of ")
            && !OF_VICTIMS_AFTER.is_match(&text[end..]);
        if of_other {
            i = j;
            continue;
        }
        if COUNTRY_OF_BEFORE.is_match(before)
            || (COPULA_BEFORE.is_match(before) && NOUN_AFTER.is_match(&text[end..]))
        {
            return Some(start..end);
        }
        i = j;
    }
    None
}

impl Rule for ProfileRule {
    fn name(&self) -> &'static str {
        "profile"
    }

    fn kind(&self) -> EventKind {
        EventKind::TraffickingProfile
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        &[
            &["source", "transit", "destination", "origin"],
            &["countr", "point", "for ", "of "],
        ]
    }

    fn paragraph_words(&self) -> &'static [&'static str] {
        &FORM_WORDS
    }

    fn apply(&self, cx: &SentenceCtx<'_>, d: &mut Discourse, out: &mut Output) {
        let Some(phrase) = role_phrase(cx.text) else {
            return;
        };
        let roles_text = cx.text[phrase.clone()].to_ascii_lowercase();
        let mut roles: Vec<Role> = ROLES
            .iter()
            .filter(|(w, _)| roles_text.contains(w))
            .map(|(_, r)| *r)
            .collect();
        roles.sort();
        roles.dedup();
        if roles.is_empty() {
            return;
        }
        let (forms, destinations) = d
            .profile
            .get_or_insert_with(|| paragraph_profile(cx, self.name(), &cx.text[..phrase.start]));
        let owned = |words: &[&str]| words.iter().map(|w| w.to_string()).collect();
        let (forms, destinations) = (owned(forms), owned(destinations));
        let year = cx.assessment_year();
        out.events.push(cx.event(
            Fact::TraffickingProfile {
                roles,
                destinations,
                forms,
            },
            year.map(PartialDate::year),
            false,
            self.name(),
        ));
    }
}

/// The forms of exploitation and the destinations named in the paragraph; no place named in
/// `subject` (the words before the roles: "Nigeria serves as a source") is one.
fn paragraph_profile(
    cx: &SentenceCtx<'_>,
    rule: &str,
    subject: &str,
) -> (Vec<&'static str>, Vec<&'static str>) {
    let one = [cx.text];
    let paragraph: &[&str] = if cx.paragraph.is_empty() {
        &one
    } else {
        cx.paragraph
    };
    let mut forms: Vec<&'static str> = Vec::new();
    let mut add_form = |i: usize| {
        let canonical = FORMS[i].1;
        if !forms.contains(&canonical) {
            forms.push(canonical);
        }
    };
    // Found by the paragraph scan, or (a sentence read on its own) looked for here.
    match cx.paragraph_words(rule) {
        Some(found) => found.iter().for_each(|&(_, _, i)| add_form(i)),
        None => paragraph
            .iter()
            .flat_map(|s| FORM_SET.find(s).map(|(_, _, i)| i))
            .for_each(add_form),
    }
    let mut destinations: Vec<&'static str> = Vec::new();
    for s in paragraph {
        places_to(s, |place| {
            let own = cx.country.is_some_and(|c| c.eq_ignore_ascii_case(place))
                || names_place(subject, place);
            if !own && !destinations.contains(&place) {
                destinations.push(place);
            }
        });
    }
    (forms, destinations)
}

/// Whether `text` names `place` as words of their own ("Nigeria", and no "Niger" in it).
fn names_place(text: &str, place: &str) -> bool {
    let b = text.as_bytes();
    text.match_indices(place).any(|(i, _)| {
        crate::pattern::starts_word(b, i) && crate::pattern::ends_word(b, i + place.len())
    })
}

/// Places named after "to", "in", "into", "including" or "throughout" (and an
/// optional "the"), or continuing a list of such places; not after "from".
fn places_to(s: &str, mut found: impl FnMut(&'static str)) {
    const PREPOSITIONS: [&str; 5] = ["to ", "in ", "into ", "including ", "throughout "];
    const LIST: [&str; 8] = [
        ", ",
        " and ",
        ", and ",
        ", the ",
        " and the ",
        ", and the ",
        " or ",
        ", or ",
    ];
    let b = s.as_bytes();
    let initials: &[bool; 256] = &PLACE_INITIALS;
    // A preposition ending `head` at a word start.
    let after_preposition = |head: &[u8]| {
        PREPOSITIONS.iter().any(|p| {
            head.len() >= p.len()
                && head[head.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
                && (head.len() == p.len() || head[head.len() - p.len() - 1] == b' ')
        })
    };
    let mut done = 0;
    // A place starts with a capital after a preposition and its space.
    let mut next = 0;
    while let Some(w) = crate::pattern::next_capital(b, next) {
        next = w + 1;
        if w < done || !initials[usize::from(b[w])] || w == 0 || b[w - 1] != b' ' {
            continue;
        }
        let head = &b[..w];
        let after_the = head.len() >= 4 && head[head.len() - 4..].eq_ignore_ascii_case(b"the ");
        let placed =
            after_preposition(head) || (after_the && after_preposition(&head[..head.len() - 4]));
        if !placed || origin_continued(&s[..w]) {
            continue;
        }
        let Some(place) = place_at(s, w) else {
            continue;
        };
        let (mut start, mut place) = (w, place);
        // "to Russia, Turkey, and the United Arab Emirates": a list continues the destination.
        loop {
            found(place);
            let end = start + place.len();
            done = end;
            let after = end + s[end..].len() - s[end..].trim_start_matches(')').len();
            let next = LIST.iter().find_map(|sep| {
                let at = after + sep.len();
                (s[after..].starts_with(sep)).then(|| place_at(s, at).map(|pl| (at, pl)))?
            });
            match next {
                Some((at, pl)) => (start, place) = (at, pl),
                None => break,
            }
        }
    }
}

/// Whether the words before a place go on with an origin: "originate from neighboring
/// countries and elsewhere in Eastern Europe", "come from many countries throughout Asia",
/// "from Asia, including India".
fn origin_continued(head: &str) -> bool {
    const PREPOSITIONS: [&str; 6] = [
        " in",
        " in the",
        " throughout",
        " throughout the",
        " across",
        " across the",
    ];
    /// Words for places that a place after them narrows.
    const PLACES_NARROWED: [&str; 6] = [
        " elsewhere",
        " countries",
        " nations",
        " regions",
        " parts",
        " areas",
    ];
    let head = head.trim_end();
    // "from Asia, including India": the places an origin includes.
    let including = head
        .strip_suffix(" including")
        .map(|h| h.trim_end_matches(','));
    let Some(before) = including.or_else(|| {
        PREPOSITIONS
            .iter()
            .find_map(|p| head.strip_suffix(p))
            .and_then(|h| PLACES_NARROWED.iter().find_map(|w| h.strip_suffix(w)))
    }) else {
        return false;
    };
    // The last preposition before it is "from".
    let clause = before
        .rsplit([';', ','])
        .next()
        .unwrap_or(before)
        .to_ascii_lowercase();
    let last = |p: &str| clause.rfind(p);
    last(" from ").is_some_and(|from| {
        [" in ", " to ", " into "]
            .iter()
            .all(|p| last(p).is_none_or(|at| at < from))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{lead, report};
    use crate::span::Span;

    #[test]
    fn profile_of_a_paragraph() {
        let para = [
            "In 2010 Turkmenistan was a source country for women subjected to human trafficking, specifically forced prostitution and for men in forced labor.",
            "Women from Turkmenistan were subjected to forced prostitution in Turkey.",
            "Men and women from Turkmenistan were subjected to conditions of forced labor in Turkey, including domestic servitude.",
        ];
        let mut cx = SentenceCtx::new(para[0], Span::new(0, 1), lead(2010), &para);
        cx.country = Some("Turkmenistan");
        let mut out = Output::default();
        ProfileRule.apply(&cx, &mut Discourse::default(), &mut out);
        insta::assert_snapshot!(crate::rules::testing::render(&out.events), @"2010 trafficking_profile: source country; to Turkey; forced prostitution, forced labor, domestic servitude");
    }

    #[test]
    fn forms_in_other_words() {
        let para = [
            "Testland is a source country for men subjected to bonded labour and labour exploitation.",
            "Children are subjected to forced child labor; reports describe organ harvesting.",
        ];
        let cx = SentenceCtx::new(para[0], Span::new(0, 1), lead(2015), &para);
        let mut out = Output::default();
        ProfileRule.apply(&cx, &mut Discourse::default(), &mut out);
        insta::assert_snapshot!(crate::rules::testing::render(&out.events), @"2015 trafficking_profile: source country; bonded labor, forced labor, organ removal");
    }

    #[test]
    fn a_role_told_as_one_among_others() {
        let profile = |sentence: &str| {
            let para = [sentence];
            let cx = SentenceCtx::new(para[0], Span::new(0, 1), lead(2015), &para);
            let mut out = Output::default();
            ProfileRule.apply(&cx, &mut Discourse::default(), &mut out);
            crate::rules::testing::render(&out.events)
        };
        insta::assert_snapshot!(profile("Testland is one of the source, transit, and destination country for men, women, and children subjected to forced labor."), @"2015 trafficking_profile: source/transit/destination country; forced labor");
        insta::assert_snapshot!(profile("Testland is among the leading destination countries for trafficked women."), @"2015 trafficking_profile: destination country");
    }

    fn places(s: &str) -> Vec<&'static str> {
        let mut out = Vec::new();
        places_to(s, |p| out.push(p));
        out
    }

    #[test]
    fn destinations_follow_their_prepositions() {
        assert_eq!(
            places(
                "Women are taken to Russia, Turkey, and the United Arab Emirates, and from Iran."
            ),
            vec!["Russia", "Turkey", "United Arab Emirates"]
        );
        assert_eq!(
            places("In Chad and Niger, children work within Libya; exploitation throughout India or Nepal."),
            vec!["Chad", "Niger", "India", "Nepal"]
        );
        // Places that go on with an origin are no destinations.
        assert_eq!(
            places("Victims originate from neighboring countries and elsewhere in Eastern Europe."),
            Vec::<&str>::new()
        );
        assert_eq!(
            places("Women from Testland are exploited in Turkey and elsewhere in Europe."),
            vec!["Turkey", "Europe"]
        );
        assert_eq!(
            places("Victims have come from many countries throughout Asia, such as India."),
            Vec::<&str>::new()
        );
        assert_eq!(
            places("Women are trafficked to countries in the Middle East."),
            vec!["Middle East"]
        );
        assert_eq!(
            places("Migrants from the Caribbean region and from Asia, including India and China, are vulnerable."),
            Vec::<&str>::new()
        );
        assert_eq!(
            places("Women are exploited in Europe, including Italy."),
            vec!["Europe", "Italy"]
        );
        assert_eq!(
            places("They are moved into the Netherlands, including Belgium (mostly) and France."),
            vec!["Netherlands", "Belgium"]
        );
        // Regions are named without their article, as countries are.
        assert_eq!(
            places("Women are trafficked to Western Europe, the Middle East and the Caribbean."),
            vec!["Western Europe", "Middle East", "Caribbean"]
        );
        assert!(places("Victims come from Georgia and Armenia.").is_empty());
        assert!(places("sent to georgia, or to Chadian towns").is_empty());
    }

    #[test]
    fn the_subject_of_the_roles_is_no_destination() {
        let one =
            |t: &str| crate::rules::testing::run(&ProfileRule, t, crate::rules::testing::wiki());
        insta::assert_snapshot!(one("Nigeria serves as a source and transit country; victims are sent to Niger and within Nigeria."), @"undated trafficking_profile: source/transit country; to Niger");
        insta::assert_snapshot!(one("Nepal is a source country for women subjected to sex trafficking in India and forced labor in Nepal."), @"undated trafficking_profile: source country; to India; sex trafficking, forced labor");
    }

    #[test]
    fn places_start_with_a_capital() {
        // `places_to` looks for places at capitals only.
        assert!(PLACES.iter().all(|p| p.as_bytes()[0].is_ascii_uppercase()));
    }

    #[test]
    fn roles() {
        let one = |s: &str| {
            let cx = SentenceCtx::standalone(s, report(2003));
            let mut out = Output::default();
            ProfileRule.apply(&cx, &mut Discourse::default(), &mut out);
            crate::rules::testing::render(&out.events)
        };
        insta::assert_snapshot!(one("The Kyrgyz Republic is a country of origin, transit and, to a lesser extent, destination for trafficked women."), @"2003 trafficking_profile: source/transit/destination country");
        insta::assert_snapshot!(one("Armenia is a source and, to a lesser extent, destination country for men."), @"2003 trafficking_profile: source/destination country");
        insta::assert_snapshot!(one("Testland serves as a source and transit country for women."), @"2003 trafficking_profile: source/transit country");
        insta::assert_snapshot!(one("Moldova is primarily a source country and, to a lesser extent, a transit and destination country for women."), @"2003 trafficking_profile: source/transit/destination country");
        // The lesser roles told in other words.
        insta::assert_snapshot!(one("Testland is a source country, and to a much lesser extent, a destination for men."), @"2003 trafficking_profile: source/destination country");
        insta::assert_snapshot!(one("Testland is a destination and, to a lesser degree, a transit country for women."), @"2003 trafficking_profile: transit/destination country");
        insta::assert_snapshot!(one("Testland is a source as well as a destination country for women."), @"2003 trafficking_profile: source/destination country");
        insta::assert_snapshot!(one("Testland is a country of transit, but also a country of origin and temporary destination for women."), @"2003 trafficking_profile: source/transit/destination country");
        insta::assert_snapshot!(one("Testland is primarily a transit country but also a source country for women."), @"2003 trafficking_profile: source/transit country");
        // A role denied after "but" is none.
        insta::assert_snapshot!(one("Testland is a source country, but not a destination country, for women."), @"2003 trafficking_profile: source country");
        // The victims it is a source of.
        insta::assert_snapshot!(one("It is also a source of women trafficked to Japan."), @"2003 trafficking_profile: source country; to Japan");
        insta::assert_snapshot!(one("Testland is a major source of trafficking victims for Europe."), @"2003 trafficking_profile: source country");
        // Read in a whole document too: the rule's cues take "of".
        let found = crate::extract(
            "= Human trafficking in Testland =\n\nIt is also a source of women trafficked to Japan.\n",
        );
        assert!(found
            .events
            .iter()
            .any(|e| matches!(e.fact, Fact::TraffickingProfile { .. })));
        assert_eq!(
            one("Testland is a source of concern for the region's women."),
            ""
        );
        // A role with words of its own after it is told apart.
        insta::assert_snapshot!(one("Testland is a source country for migrants, and to a lesser extent, a destination for tourists."), @"2003 trafficking_profile: source country");
        insta::assert_snapshot!(one("In 2008, Lebanon was a destination for Asian and African women trafficked for the purpose of domestic servitude."), @"2008 trafficking_profile: destination country; domestic servitude");
        assert_eq!(
            one("Common destinations for trafficking victims are Phnom Penh."),
            ""
        );
    }
}
