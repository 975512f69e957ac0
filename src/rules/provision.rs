//! `legal_provision`: a standing provision and its penalties.
//!
//! ```text
//! provision := INSTRUMENT? ("prohibits" | "criminalizes" | "prescribes" | "imposes" | "punishable by" | "punishes ... with" | "penalties" | "the penalty is")
//!              ... PENALTY ("and" PENALTY)*                  one event per penalty (adult, child)
//!            | INSTRUMENT ("prohibits" | "criminalizes") ... no penalty: one event, penalty null,
//!              when an article is named or penalties are spoken of here or in the next sentence
//!            | "is" ("a crime" | "an offence" | "illegal") "under" INSTRUMENT  as prohibiting
//! INSTRUMENT:= "Article" N "of" CODE | CODE | "Law" ID | "the law" (the one last named in the paragraph)
//! ```
//! A sentence that dates a change ("Article 129 ... adopted in May 2010") is an
//! amendment, not a provision; one about what courts gave ("Courts imposed sentences of
//! five years") is neither, unless it names the law.

use super::amendment::{
    amended_in_a_relative_aside, amended_in_an_aside, article, article_of_another_law,
    article_of_named_law, articles, instrument, is_amendment, written_into,
};
use super::context::{is_ly_adverb, negated_before, SentenceCtx};
use super::lexicon::{
    COMPARED_CRIMES, ENACTING_VERBS, LAW_DETERMINERS, OFFENDER_NOUNS, PENALTY_TALK, PENALTY_WORDS,
};
use super::{Discourse, Output, Rule};
use crate::event::{EventKind, Fact};
use crate::lazy_regex;
use crate::pattern::contains_ci;
use crate::quantity::{penalties, Penalty, QuantityMention};

/// Finds standing provisions.
pub struct ProvisionRule;

// Verbs only: "Prohibition" in a law's title prohibits nothing.
// "; both articles prescribed", " - each carried", "; these sections provided": a penalty
// clause that gives its terms to every article named before it.
lazy_regex!(
    SHARED_BY_ARTICLES,
    r"(?i)(?:[;:]|\s-)\s+(?:(?:both|each|all)(?:\s+(?:of\s+)?(?:these\s+|the\s+|them\b)?(?:articles|sections|provisions)?)?|(?:these|the\s+two|the\s+three)\s+(?:articles|sections|provisions))\s+(?:also\s+)?(?:prescribe[ds]?|carr(?:y|ies|ied)|provide[ds]?)\b"
);

lazy_regex!(
    PROHIBITS,
    r"(?i)\b(?:prohibit(?:s|ed|ing)?|criminali[sz](?:e|es|ed|ing)|outlaw(?:s|ed|ing)?|penali[sz](?:e|es|ed|ing)|makes?\s+it\s+(?:a\s+crime|an\s+offen[cs]e)|it\s+is\s+(?:a\s+crime|an?\s+(?:criminal\s+)?offen[cs]e|illegal|unlawful)\s+to)\b"
);
// "is a crime in Testland under Section 98D of ...", "constitutes an offence under Article 177",
// "was a crime punishable under Article 395".
lazy_regex!(
    OFFENCE_UNDER,
    r"(?i)\b(?:is|are|was|were|constitutes?|remains?)\s+(?:a\s+|an\s+)?(?:(?:serious|criminal|separate|specific|punishable)\s+)?(?:crime|offen[cs]e|felony|illegal|unlawful)\s+(?:punishable\s+)?(?:in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+)?under\b"
);
// "Offenders face seven to 15 years' imprisonment": kept apart, as it is rare.
lazy_regex!(
    FACES_TERM,
    r"(?i)\bfac(?:e|es|ed)\s+(?:(?:a|an)\s+)?(?:possible\s+|potential\s+)?(?:prison\s+|jail\s+)?(?:imprisonment|sentences?|terms?|penalt\w*|up\s+to|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\w*\s+(?:to|years?))\b"
);
lazy_regex!(
    PRESCRIBES,
    r"(?i)\b(?:prescrib\w*|impos\w*|stipulat\w*|provides?\s+for|provided\s+for|punishable|liable\s+to|subject\s+to\s+(?:a\s+)?(?:(?:minimum|maximum|mandatory)\s+)?(?:prison|imprisonment|penalt|sentence|(?:up\s+to\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten))|carr(?:y|ies|ied)\s+(?:a\s+)?(?:[a-z]+\s+){0,2}?(?:penalt|sentence)\w*|carr(?:y|ies|ied)\s+(?:(?:a|an)\s+)?(?:(?:minimum|maximum|mandatory)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+-year\s+(?:prison\s+)?(?:terms?|sentences?)\b|penalt(?:y|ies)\s+(?:of|ranging|range|is|are|includ(?:e|es|ed))\b|penalt(?:y|ies)\s+(?:under|in)\s+(?:this|that|these|the|its)\s+(?:[\w-]+\s+){1,3}?(?:range|ranging|ranged|is|are|was|were)\b|penalt(?:y|ies)\s+(?:under|in)\s+(?-i:Articles?|Sections?|Chapter|Paragraph)\s+[\w./-]+\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?(?:range|ranging|ranged|is|are|was|were)\b|sentences\s+(?:range|ranging)\b|(?:sentences|punishes)\s+(?:those|anyone|whoever|any\s+(?:person|one))\b|(?:minimum|maximum)\s+(?:prison\s+)?sentence\s+(?:is|was)\b|sentences?\s+of|(?:penalt(?:y|ies)|punishments?|sentences?)\s+for\s+(?:[\w-]+\s+){1,10}?(?:is|are|was|were|ranges?|ranged|includ(?:e|es|ed))\b)"
);
// "penalties were increased to five to 10 years' imprisonment if such factors were involved",
// "Aggravating factors increased the maximum sentence to ...", "If the victim was a child, the
// penalties increased to ...": the law's penalties with aggravating factors (read only where
// "aggravat" occurs or a condition is set, see [`conditioned`]).
// "convictions carry ...", "convictions now carry ...", "convictions are subject to ...": what
// a conviction under the law brings, not what courts gave.
lazy_regex!(
    CONVICTIONS_CARRY,
    r"(?i)^\s+(?:(?:now|also|still|[a-z]+ly)\s+)?(?:carry|carries|(?:are|were|is|was)\s+subject\s+to)\b"
);
lazy_regex!(
    AGGRAVATED,
    r"(?i)\b(?:(?:penalt(?:y|ies)|sentences?|punishments?)\s+(?:(?:were|was|are|is)\s+)?(?:increase[sd]?|rises?|rose)\s+to|increase[sd]?\s+(?:the\s+)?(?:maximum\s+|minimum\s+)?(?:penalt(?:y|ies)|sentences?|punishments?)\s+to)\b"
);
crate::lazy_words!(
    COURT_WORDS,
    &[
        "court",
        "courts",
        "judge",
        "judges",
        "tribunal",
        "convicted",
        "convicting",
        // "continued to detain or convict foreign workers ... with sentences of three to five
        // years' imprisonment".
        "convict",
        // "obtained convictions against 11 traffickers, with sentences ranging from ...".
        "convictions",
        "handed",
        "received",
        // "convictions resulted in fines or prison sentences of less than one year".
        "resulted",
        // "with an average sentence of two to three years": a law sets no average.
        "average",
        // "Penalties in most cases were suspended sentences of two years": a court's.
        "suspended"
    ],
    true
);
// "utilized the labor law to issue fines and/or short jail sentences of six days to one
// month": sentences issued are courts', whatever law they were issued under.
lazy_regex!(
    SENTENCES_ISSUED,
    r"(?i)\bissu(?:e|ed|es|ing)\s+(?:[\w/-]+\s+){0,4}?(?:sentences?|fines|penalt(?:y|ies)|prison\s+terms?)\b"
);
// "The sentence for aggravated trafficking - in cases of serious injury, ... - is up to 30
// years": the subject's aside set off by dashes (read only where a dash stands).
lazy_regex!(
    PRESCRIBED_PAST_ASIDE,
    r"(?i)\b(?:penalt(?:y|ies)|punishments?|sentences?)\s+for\s+[^;]{1,250}?\s+-\s+(?:is|are|was|were)\b"
);
// "punishes trafficking with imprisonment of ...": read only where "punishe" occurs.
lazy_regex!(
    PUNISHES_WITH,
    r"(?i)\bpunish(?:es|ed)\s+(?:[\w-]+\s+){0,6}?(?:with|by)\b"
);
lazy_regex!(
    LAW_NOUN,
    r"(?i)\b(?:laws|statutes|provisions|law|statute)\b"
);
// "Law No. 14", "Law 263/2012", "Law 3 of 2015", "Organic Law 2016-61", "Act 2006-04",
// "Decree No. 2019-123": a numbered instrument (an act, decree or ordinance by a number with
// a separator, as "Act 1" is no name), with the kind of law before it.
lazy_regex!(
    LAW_ID,
    r"\b(?:(?:Organic|Federal|Royal|Presidential|Ministerial|Republic)\s+)?Law\s+(?:[Nn]o\.\s*)?(?:\d[\w/.-]*\d\s+of\s+\d{4}|\d[\w/.-]*\d|\d\s+of\s+\d{4}|\(\d+\)\s+of\s+\d{4})\b|\b(?:(?:Legislative|Supreme|Presidential|Royal|Executive)\s+)?(?:Act|act|Decree|Ordinance)\s+(?:[Nn]o\.\s*\d[\w/.-]*|\d+[/.-]\d[\w/.-]*)\b"
);
// "The 2018 PTPA criminalized ...", "the TVPA prescribes ...": a law known by its acronym.
lazy_regex!(
    ACRONYM_LAW,
    r"\b[Tt]he\s+(?:(?:19|20)\d\d\s+)?(?P<acronym>[A-Z]{3,7})\s+(?:(?:also|further|explicitly|specifically)\s+)?(?:criminali[sz]|prohibit|prescrib|outlaw|penali[sz]|stipulat|punish)\w*"
);
// "penalties of life imprisonment": a term with no number of years.
lazy_regex!(
    UP_TO_LIFE,
    r"(?i)\bup\s+to\s+life\s+(?:imprisonment|in\s+prison|sentences?)\b"
);
lazy_regex!(
    LIFE_TERM,
    r"(?i)\blife\s+(?:imprisonment|in\s+prison|sentences?)\b"
);
lazy_regex!(
    PRISON,
    r"(?i)\b(?:imprisonment|prison|jail|incarceration|deprivation\s+of\s+liberty|years?|months?)\b"
);

crate::lazy_cues!(PENALTY_CUES, PENALTY_WORDS);
crate::lazy_cues!(PENALTY_TALK_CUES, PENALTY_TALK);

impl Rule for ProvisionRule {
    fn name(&self) -> &'static str {
        "provision"
    }

    fn kind(&self) -> EventKind {
        EventKind::LegalProvision
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        &[&[
            "prohibit",
            "criminali",
            "prescrib",
            "penalt",
            "punishable",
            "punishes",
            "punished",
            "stipulat",
            "outlaw",
            "impos",
            "provides for",
            "provide for",
            "provided for",
            // "carries a penalty", "carries sentences": the verb screens (not "carried out").
            "carries",
            "carried a",
            "carry a",
            "carry sentences",
            // "convictions carry three- to 12-year prison terms", "10-year prison sentences",
            // "are subject to a minimum five-year prison term" (short, to keep the automaton
            // small).
            "year prison",
            "subject to a m",
            // "liable to a fine or imprisonment of up to 14 years"
            "liable to",
            "sentences of",
            // "Article 250 sentences those who ... to ten years' imprisonment".
            "sentences those",
            // "Potential prison sentences range from 5 to 15 years", "sentences ranging from"
            // (and "ranged", courts' sentences, which the rule leaves).
            "sentences rang",
            "sentence for",
            // "the minimum sentence is five years"
            "sentence is",
            "sentences for",
            "punishment",
            "a crime",
            "an offence",
            "an offense",
            "criminal offence",
            "criminal offense",
            "illegal under",
            "unlawful under",
            // "Under the Act, it is illegal to ...".
            "illegal to",
            "unlawful to",
            "aggravating",
            // "Offenders face up to 15 years' imprisonment": a bare "face" would run the rule
            // on every "victims faced ...".
            "face up to",
            "face imprisonment",
            "face prison",
            "faces up to",
            "faces imprisonment",
            "faces prison",
        ]]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, discourse: &mut Discourse, out: &mut Output) {
        let text = cx.text;
        // "...; an additional five years would be added for a child victim": a conditional
        // in a later clause leaves the law's penalties told before it.
        let hedged = match cx.hedges().any_besides(&["would "]) {
            true => true,
            false => cx.is_hedged() && !conditional_after_semicolon(text),
        };
        if hedged {
            return;
        }
        // "In 2008 the government prohibited all forms of trafficking through its 2004 law":
        // a provision told under the sentence's own lead-in year is dated by it.
        let told_on = crate::temporal::lead_in_year(text).map(crate::temporal::PartialDate::year);
        // Terms of prison are what a clause about courts could take from the law.
        let mut has_prison = PRISON.is_match(text);
        let end = match has_prison {
            true => law_clause_end(text),
            false => text.len(),
        };
        if end < text.len() {
            has_prison = PRISON.is_match(&text[..end]);
        }
        let text = &text[..end];
        let mentions = cx.quantities();
        let mentions = &mentions[..mentions.partition_point(|m| m.end <= text.len())];
        let first_prohibition = PROHIBITS.find(text);
        // "While the penal code was amended in 2014, Article 3 of the Anti-Trafficking Act
        // prescribes ...": the article of the law it is named of, beside the change.
        let beside_a_change = article_of_another_law(text);
        // "the Anti-Trafficking Law (Law No. 28 of 2012)": the title, which the number names.
        let named_instrument = beside_a_change
            .clone()
            .or_else(|| {
                // Not the law a change was made by ("as amended by Law No. 1 of 2015").
                LAW_ID
                    .find_iter(text)
                    .find(|m| {
                        !crate::pattern::ends_with_ci(text[..m.start()].trim_end(), "amended by")
                    })
                    .filter(|m| super::law::title_before_aside(&text[..m.start()]).is_none())
                    .map(|m| m.as_str().to_string())
            })
            .or_else(|| law_prohibiting(text, first_prohibition.as_ref()?))
            .or_else(|| law_named(text))
            .or_else(|| {
                national_law(text, first_prohibition?.start()).filter(|_| !detailed_later(cx))
            });
        let named_article = article(text);
        let named = named_instrument.is_some() || named_article.is_some();
        if is_amendment(text)
            && !amended_in_a_relative_aside(text)
            && !amended_in_an_aside(text)
            && beside_a_change.is_none()
            && !first_prohibition.is_some_and(|p| amended_subject(&text[..p.start()]))
        {
            if named {
                // "incorporated its law into the penal code as Section 342-1": the code's.
                let changed = crate::pattern::find_ci(text, "incorporat", 0)
                    .and_then(|at| written_into(&text[at..]));
                discourse.instrument = Some((changed.or(named_instrument), named_article));
            }
            return;
        }
        // The code's own verb: not a purpose ("amend the code to criminalize") or a denial.
        let prohibits = first_prohibition.is_some()
            && PROHIBITS.find_iter(text).any(|m| {
                !text[..m.start()].ends_with("to ")
                    && !negated_before(text, m.start())
                    && !no_law_before(&text[..m.start()])
                    && !future_before(&text[..m.start()])
            })
            || (contains_ci(text, " under ") && OFFENCE_UNDER.is_match(text));
        // "Penalties of less than one year ... are not sufficiently stringent": a judgement of
        // penalties in general, not a law's.
        let judged = text
            .get(..13)
            .is_some_and(|h| h.eq_ignore_ascii_case("penalties of "))
            && contains_ci(text, " stringent");
        let prescribes = !judged
            && (PRESCRIBES.is_match(text)
                || (contains_ci(text, "face") && FACES_TERM.is_match(text))
                || (text.contains(" - ") && PRESCRIBED_PAST_ASIDE.is_match(text))
                || (contains_ci(text, "punishe") && PUNISHES_WITH.is_match(text))
                || ((contains_ci(text, "aggravat") || conditioned(text))
                    && AGGRAVATED.is_match(text)));
        let mut terms = if has_prison {
            let own: Vec<QuantityMention>;
            let mentions = match COMPARED_CRIMES.iter().any(|c| contains_ci(text, c)) {
                true => {
                    own = mentions
                        .iter()
                        .filter(|m| !of_another_crime(text, m.start))
                        .cloned()
                        .collect();
                    &own[..]
                }
                false => mentions,
            };
            penalties(text, mentions)
        } else {
            Vec::new()
        };
        // "Article 600 ... prescribed the same penalties": the last provision's, not those of
        // another crime ("the same penalties as for rape").
        let copied_from = discourse.penalties_article.clone();
        let copied = terms.is_empty() && same_penalties(text, copied_from.as_deref());
        if copied {
            terms.clone_from(&discourse.penalties);
        }
        // "The 2018 PTPA ... prescribed penalties": a law known by its acronym, when it sets
        // penalties ("the ITPA also criminalizes prostitution" tells no provision of note).
        let has_terms = !terms.is_empty();
        let life = prescribes && LIFE_TERM.is_match(text);
        let named_instrument = named_instrument.or_else(|| {
            (!terms.is_empty() || life)
                .then(|| Some(ACRONYM_LAW.captures(text)?["acronym"].to_string()))
                .flatten()
        });
        let named = named || named_instrument.is_some();
        // "under laws against kidnapping, which carry penalties ...": other laws, not the one
        // named before.
        // "The penal code criminalized ... . Article 324 prescribed penalties": an article
        // alone is one of the law named before.
        let (instr, art) = match &discourse.instrument {
            Some(before) if !named && !other_laws(text) => before.clone(),
            Some((Some(law), _))
                if named_instrument.is_none()
                    && !other_laws(text)
                    && !article_of_named_law(text) =>
            {
                (Some(law.clone()), named_article.clone())
            }
            _ => (named_instrument.clone(), named_article.clone()),
        };
        // "Courts imposed sentences of five years on traffickers", "sentenced 14 traffickers to
        // at least one year ... (the penalties prescribed in the law)": what courts gave, not
        // what a law sets.
        // Not "prescribes penalties ... for convicted offenders": those a law's penalties are
        // for ("Sentences for convicted traffickers ranged ..." are courts').
        let for_the_convicted = |at: usize| {
            let before = text[..at].trim_end();
            ["prescrib", "provide", "stipulat", "punishable"]
                .iter()
                .any(|v| crate::pattern::contains_ci(before, v))
                && ["for", "on", "upon", "against"]
                    .iter()
                    .any(|p| before.rsplit(' ').next() == Some(*p))
        };
        let by_courts = || {
            sentences_of_offenders(text)
                || average_sentence(text)
                || (!named
                    && COURT_WORDS
                        .find(text)
                        .any(|(at, end, _)| match &text[at..end] {
                            "convicted" | "convict" => !for_the_convicted(at),
                            // "Penalties for convictions under this law range from ...";
                            // "slavery convictions carry three- to 12-year prison terms".
                            "convictions" => {
                                !matches!(
                                    text[..at].trim_end().rsplit(' ').next(),
                                    Some("for" | "upon" | "on" | "after")
                                ) && !CONVICTIONS_CARRY.is_match(&text[end..])
                            }
                            "received" => penalty_received(&text[end..]),
                            // "... the death penalty if the exploitation resulted in the
                            // victim's death": a condition of the law's.
                            "resulted" => !in_condition(&text[..at]),
                            _ => true,
                        }))
                || contains_ci(text, "sentenced ")
                || (contains_ci(text, "issu") && SENTENCES_ISSUED.is_match(text))
                || courts_sentencing(text)
                // "Trafficking sentences ranged from fines to 14 years": not "range".
                || contains_ci(text, "sentences ranged")
        };
        // Terms in a sentence naming no law are a punishment only beside a word of one.
        let punitive = || named || PENALTY_CUES.any_in(text);
        if !terms.is_empty() && (prescribes || prohibits) && punitive() && !by_courts() {
            discourse.penalties.clone_from(&terms);
            discourse.penalties_article.clone_from(&art);
            // "Article 600 criminalized ..., and Article 602 criminalized ... - both prescribed
            // the same penalties as Article 601": each article named gets them.
            let each_named: Vec<Provision> = if copied {
                articles(text)
                    .skip(1)
                    .filter(|(_, _, number)| copied_from.as_deref() != Some(number))
                    .flat_map(|(_, _, number)| {
                        let law = instr.clone();
                        terms
                            .iter()
                            .map(move |p| (law.clone(), Some(number.clone()), *p))
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let mut termless = None;
            // "Article 203 criminalized ..., and Article 204.3 criminalized ...; both articles
            // prescribed ...": the penalties of each article named.
            let shared = (named_article.is_some() && SHARED_BY_ARTICLES.is_match(text))
                .then(|| {
                    let named: Vec<String> = articles(text).map(|(_, _, n)| n).collect();
                    (named.len() >= 2).then(|| {
                        named
                            .into_iter()
                            .flat_map(|n| terms.iter().map(move |p| (n.clone(), *p)))
                            .map(|(n, p)| (instr.clone(), Some(n), p))
                            .collect::<Vec<Provision>>()
                    })
                })
                .flatten();
            // Only a sentence naming an article may give its articles their own penalties.
            let provisions = shared
                .or_else(|| {
                    named_article
                        .is_some()
                        .then(|| penalties_by_article(text, mentions, &instr, &art))
                        .flatten()
                })
                // Each penalty to the law whose clause tells it; the sentence's own law, left
                // with none of them ("criminalized bonded labor and prescribed a fine, and the
                // Child Labour Act ... up to one year"), is a provision with no term.
                .or_else(|| {
                    let by_law = penalties_by_law(text, mentions, &instr, &art)?;
                    if instr.is_some() && !by_law.iter().any(|(law, _, _)| *law == instr) {
                        termless = Some((instr.clone(), art.clone()));
                    }
                    Some(by_law)
                })
                .unwrap_or_else(|| {
                    let each = |p| (instr.clone(), art.clone(), p);
                    terms.into_iter().map(each).collect()
                });
            // "... up to 25 years' imprisonment for the trafficking of adults and up to life
            // imprisonment for the trafficking of children": a life term of its own beside them.
            // The article it is of is the last one named before it.
            let life_of_its_own = UP_TO_LIFE.find(text).filter(|_| life).map(|m| {
                let of = articles(&text[..m.start()]).last().map(|(_, _, n)| n);
                let unbounded = Penalty {
                    min_years: None,
                    max_years: None,
                };
                (instr.clone(), of.or_else(|| art.clone()), unbounded)
            });
            let provisions = provisions
                .into_iter()
                .chain(each_named)
                .chain(life_of_its_own);
            let termless = termless.map(|(instrument, article)| (instrument, article, None));
            let provisions = termless
                .into_iter()
                .chain(provisions.map(|(law, article, p)| (law, article, Some(p))));
            // "Article 323 ... criminalized sex trafficking. Article 324 prescribed penalties
            // of ...": an article opening a sentence that only sets penalties, and the only
            // article it names, right after a sentence whose bare article defined the
            // offense, sets that offense's penalties.
            let one_article = || {
                let mut numbers = articles(text).map(|(_, _, number)| number);
                let first = numbers.next();
                numbers.all(|n| Some(n) == first)
            };
            let defined_before = (!prohibits && opens_with_article(text) && one_article())
                .then(|| bare_article_just_before(cx, &out.events, &instr, art.as_deref()))
                .flatten()
                .map(|at| out.events.remove(at));
            let first_new = out.events.len();
            for (instrument, article, penalty) in provisions {
                out.events.push(cx.event(
                    Fact::LegalProvision {
                        instrument,
                        article,
                        penalty,
                    },
                    told_on,
                    false,
                    self.name(),
                ));
            }
            if let Some(defined) = defined_before {
                match out.events.get_mut(first_new) {
                    Some(first) => first.evidence.splice(0..0, defined.evidence).for_each(drop),
                    None => out.events.push(defined),
                }
            }
        } else {
            // "penalties of life imprisonment", "from fines to life imprisonment": a penalty
            // with no number of years.
            let life = life && !by_courts();
            // "The law provides for penalties of up to life imprisonment": the law told before.
            let known = named || (life && instr.is_some());
            // "Bonded labor is prohibited through the 2002 Bonded Labor (Prohibition) Act",
            // "Testlandian law prohibits ...": a law named by its title, kind or country is a
            // provision; "the law" needs its article or a word of its penalties here or in the
            // next sentence.
            let penalties_next = || {
                cx.index_in_paragraph()
                    .and_then(|i| cx.paragraph.get(i + 1))
                    .is_some_and(|next| tells_penalties(next))
            };
            let specific = named_instrument.is_some()
                || named_article.is_some()
                || life
                || tells_penalties(text)
                || penalties_next();
            if (prohibits || life)
                && known
                && specific
                && !enacts(text, named_instrument.as_deref())
            {
                let penalty = life.then_some(Penalty {
                    min_years: None,
                    max_years: None,
                });
                let others = match named_article {
                    Some(_) => articles_of_their_own(text, &instr),
                    None => Vec::new(),
                };
                for (instrument, article) in [(instr.clone(), art)].into_iter().chain(others) {
                    out.events.push(cx.event(
                        Fact::LegalProvision {
                            instrument,
                            article,
                            penalty,
                        },
                        told_on,
                        false,
                        self.name(),
                    ));
                }
            }
        }
        if named {
            // An article alone keeps the law it was read as part of.
            discourse.instrument = Some((named_instrument.or(instr), named_article));
        } else if has_terms && other_laws(text) {
            // "Other laws criminalized ...: profiting ... carried penalties of ...": the law
            // named before is no longer the one told of.
            discourse.instrument = None;
        }
    }
}

/// Whether a sentence opens with an article or section ("Article 324 prescribed ...").
fn opens_with_article(text: &str) -> bool {
    ["Article ", "Section "]
        .iter()
        .any(|w| crate::pattern::starts_with_ci(text, w))
}

/// The index of a provision of `instrument` by one article other than `article`, with no
/// penalty, told by the sentence just before this one.
fn bare_article_just_before(
    cx: &SentenceCtx<'_>,
    events: &[crate::event::Event],
    instrument: &Option<String>,
    article: Option<&str>,
) -> Option<usize> {
    let just_before = |e: &crate::event::Event| {
        e.evidence
            .last()
            .is_some_and(|ev| ev.end <= cx.span.start && cx.span.start - ev.end <= 2)
    };
    // Past events of this sentence, the last provision, if the sentence before told it.
    let this_sentence = |e: &crate::event::Event| {
        e.evidence
            .first()
            .is_some_and(|ev| ev.start >= cx.span.start)
    };
    let at = events.iter().rposition(|e| {
        !this_sentence(e) && (matches!(e.fact, Fact::LegalProvision { .. }) || !just_before(e))
    })?;
    let e = &events[at];
    let Fact::LegalProvision {
        instrument: told,
        article: Some(told_article),
        penalty: None,
    } = &e.fact
    else {
        return None;
    };
    let one_article = crate::merge::listed_articles(told_article).len() == 1;
    (just_before(e) && told == instrument && Some(told_article.as_str()) != article && one_article)
        .then_some(at)
}

/// Where the clause telling a law's penalties ends when a later clause tells of courts
/// ("Procurement crimes carried lesser penalties of two to 10 years' imprisonment, and
/// prosecutors often brought these cases before magistrate judges who ... could only issue
/// sentences of up to two years"): what courts did there leaves the law's terms before it.
fn law_clause_end(text: &str) -> usize {
    let Some(court) = COURT_WORDS.find(text).next().map(|(at, _, _)| at) else {
        return text.len();
    };
    let Some(prescribed) = PRESCRIBES.find(&text[..court]) else {
        return text.len();
    };
    super::lexicon::CLAUSE_BREAKS
        .iter()
        .filter_map(|b| text[prescribed.end()..court].rfind(b))
        .map(|at| prescribed.end() + at)
        .max()
        .filter(|&at| PRISON.is_match(&text[..at]))
        .unwrap_or(text.len())
}

/// Whether `text` sets a condition ("If the victim was a child, ...", "... if the offense
/// involved a child"): an increase told under one is the law's aggravated penalty, not a
/// change ("Sentences were increased to 10 years on appeal").
fn conditioned(text: &str) -> bool {
    ["if ", "where ", "when ", "in cases "].iter().any(|c| {
        text.get(..c.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(c))
    }) || contains_ci(text, " if ")
}

/// Whether the clause ending `before` is a condition opened by "if", "where" or "when".
fn in_condition(before: &str) -> bool {
    let clause =
        crate::pattern::last_break(before, &[',', ';']).map_or(before, |at| &before[at + 1..]);
    [" if ", " where ", " when "]
        .iter()
        .any(|c| contains_ci(clause, c))
}

/// Whether every "would" of `text` stands in a clause after a semicolon.
fn conditional_after_semicolon(text: &str) -> bool {
    let Some(semicolon) = text.find(';') else {
        return false;
    };
    !contains_ci(&text[..semicolon], "would ")
}

/// A provision as read: its law, its article and one of its penalties.
type Provision = (Option<String>, Option<String>, Penalty);

/// "Section 154 of the Penal Code prescribed three to five years' imprisonment; Section 227
/// from five to nine years; and Section 224 of the CCPA from five to nine years": an article
/// opening a clause of its own sets the penalties told after it, under the law it names
/// ("of the CCPA") or else the sentence's. None when no such article is followed by a penalty.
fn penalties_by_article(
    text: &str,
    mentions: &[QuantityMention],
    law: &Option<String>,
    article: &Option<String>,
) -> Option<Vec<Provision>> {
    let found: Vec<(usize, usize, String)> = articles(text)
        .filter(|&(start, _, _)| opens_clause(&text[..start]))
        .collect();
    let openers = found
        .iter()
        .enumerate()
        .map(|(i, (start, named_end, number))| {
            let next = found.get(i + 1).map_or(text.len(), |f| f.0);
            let own_law = law_after_article(&text[*named_end..next]).or_else(|| law.clone());
            (*start, own_law, Some(number.clone()))
        })
        .collect();
    penalties_by_clause(text, mentions, (law, article), openers)
}

/// "The Anti-Trafficking Act prescribes up to 10 years' imprisonment, and the Labor Code
/// prescribes up to two years": a law opening a clause of its own sets the penalties told
/// after it. None when no such law is followed by a penalty.
fn penalties_by_law(
    text: &str,
    mentions: &[QuantityMention],
    law: &Option<String>,
    article: &Option<String>,
) -> Option<Vec<Provision>> {
    let mut openers: Vec<Opener> =
        super::lexicon::CLAUSE_BREAKS
            .iter()
            .flat_map(|b| text.match_indices(b).map(move |(at, _)| at + b.len()))
            .filter_map(|start| Some((start, Some(law_opening(&text[start..])?), None)))
            // "... and the Child Labour Act criminalized ...": without a comma, a law with a verb.
            .chain(
                text.match_indices(" and ")
                    .map(|(at, _)| at + " and ".len())
                    .filter(|&start| !text[..start].ends_with(", and "))
                    // Not an "and" inside the sentence's law's own title ("the Sexual Offences
                    // and Domestic Violence Act prescribed ...").
                    .filter(|&start| !inside_name(text, law.as_deref(), start))
                    .filter_map(|start| {
                        let name = law_opening(&text[start..])?;
                        let after = &text[start..];
                        let at = crate::pattern::find_ci(after, &name, 0)? + name.len();
                        let verb = after[at..].split_whitespace().next()?;
                        (verb.len() > 4 && (verb.ends_with("ed") || verb.ends_with("es")))
                            .then_some((start, Some(name), None))
                    }),
            )
            .filter(|(_, own, _)| own != law)
            .collect();
    openers.sort_by_key(|o| o.0);
    penalties_by_clause(text, mentions, (law, article), openers)
}

/// Whether `at` falls inside an occurrence of `name` in `text`.
fn inside_name(text: &str, name: Option<&str>, at: usize) -> bool {
    name.is_some_and(|name| {
        text.match_indices(name)
            .any(|(start, _)| start < at && at < start + name.len())
    })
}

/// The law a clause opens with: "the Labor Code prescribes ...", "its penal code punishes ...".
fn law_opening(clause: &str) -> Option<String> {
    let rest = ["the ", "its ", "their "]
        .iter()
        .find_map(|a| clause.strip_prefix(a))
        .unwrap_or(clause);
    let head = crate::pattern::head(rest, 80);
    let head = &head[..head.find([',', ';']).unwrap_or(head.len())];
    super::law::law_name(head)
        .filter(|name| head.starts_with(name.as_str()))
        .or_else(|| instrument(head).filter(|name| crate::pattern::starts_with_ci(head, name)))
}

/// Where a clause opens, the law and the article it sets penalties under.
type Opener = (usize, Option<String>, Option<String>);

/// Splits the sentence into its own clause, then one clause per opener: the penalties told in
/// each are its law's and article's. None when no opener is followed by a penalty.
fn penalties_by_clause(
    text: &str,
    mentions: &[QuantityMention],
    (law, article): (&Option<String>, &Option<String>),
    openers: Vec<Opener>,
) -> Option<Vec<Provision>> {
    if openers.is_empty() {
        return None;
    }
    let ends: Vec<usize> = openers.iter().map(|o| o.0).chain([text.len()]).collect();
    let own = [(0, law.clone(), article.clone())];
    let mut out = Vec::new();
    let mut later_penalty = false;
    for (i, ((start, own_law, own_article), end)) in
        own.into_iter().chain(openers).zip(ends).enumerate()
    {
        let first = mentions.partition_point(|m| m.start < start);
        let last = mentions.partition_point(|m| m.start < end);
        for p in penalties(text, &mentions[first..last]) {
            later_penalty |= i > 0;
            out.push((own_law.clone(), own_article.clone(), p));
        }
    }
    later_penalty.then_some(out)
}

/// "prohibits slavery under Article 260 of its penal code and coerced prostitution through
/// Article 220": an article after the first, brought in by its own preposition after "and",
/// is a provision of its own, of the law it names or else the sentence's; so is one with a
/// prohibition of its own after it ("section 259 prohibiting slavery and section 251
/// prohibiting forced labor"). Not an article that amends ("as amended by Article 5").
fn articles_of_their_own(
    text: &str,
    law: &Option<String>,
) -> Vec<(Option<String>, Option<String>)> {
    const BRINGING: [&str; 4] = ["under", "through", "in", "by"];
    const PROHIBITING: [&str; 5] = [
        " prohibiting ",
        " criminalizing ",
        " criminalising ",
        " outlawing ",
        " penalizing ",
    ];
    let found: Vec<(usize, usize, String)> = articles(text).collect();
    let mut own = Vec::new();
    for (i, (start, end, number)) in found.iter().enumerate().skip(1) {
        let between = &text[found[i - 1].1..*start];
        let word = between.trim_end().rsplit(' ').next().unwrap_or("");
        let joined = between.contains(" and ") || between.contains(", ");
        let prohibits = || PROHIBITING.iter().any(|p| text[*end..].starts_with(p));
        if (BRINGING.contains(&word) || prohibits()) && joined && !contains_ci(between, "amend") {
            let next = found.get(i + 1).map_or(text.len(), |f| f.0);
            let own_law = law_after_article(&text[*end..next]).or_else(|| law.clone());
            own.push((own_law, Some(number.clone())));
        }
    }
    own
}

/// Whether an article after `before` opens a clause: after a comma or a semicolon, or a
/// joining word ("; and Section 224", "while Article 203"), not inside one ("penalties set
/// forth in article 318").
fn opens_clause(before: &str) -> bool {
    let before = before.trim_end();
    let (rest, word) = before.rsplit_once(' ').unwrap_or(("", before));
    match word {
        "while" | "whereas" => true,
        "and" | "but" => rest.ends_with([',', ';']),
        _ => before.ends_with([',', ';']),
    }
}

/// The law an article names right after it: "of the CCPA", "of the Labor Code".
fn law_after_article(rest: &str) -> Option<String> {
    let rest = rest.trim_start().strip_prefix("of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let word = rest.split([' ', ',', ';']).next()?;
    if word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) {
        return Some(word.to_string());
    }
    let head = &rest[..rest.find([',', ';']).unwrap_or(rest.len())];
    instrument(head).or_else(|| super::law::law_name(head))
}

/// Whether the sentence tells the enactment of the law it names, an enacting verb before the
/// law's name ("passed the Children's Act, which prohibits child trafficking"): what the law
/// prohibits describes the new law, and only a penalty makes it a provision of its own
/// ("The Children's Act, adopted in 2005, prohibits ..." states the provision).
fn enacts(text: &str, law: Option<&str>) -> bool {
    let Some(at) = law.and_then(|l| crate::pattern::find_ci(text, l, 0)) else {
        return false;
    };
    text[..at]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| ENACTING_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
}

/// Whether "sentencing" tells of courts sentencing someone, not of rules for it ("guidance on
/// sentencing", "sentencing guidelines").
fn courts_sentencing(text: &str) -> bool {
    let mut from = 0;
    while let Some(at) = crate::pattern::find_ci(text, "sentencing ", from) {
        let rules = text[..at].ends_with(" on ")
            || crate::pattern::starts_with_ci(&text[at + "sentencing ".len()..], "guideline");
        if !rules {
            return true;
        }
        from = at + "sentencing ".len();
    }
    false
}

/// Whether "received" is followed by a penalty: "traffickers received sentences of five
/// years", not "the confiscation of any property received for trafficking".
fn penalty_received(after: &str) -> bool {
    const PENALTY_WORDS: [&str; 7] = [
        "sentence", "prison", "imprison", "jail", "year", "term", "fine",
    ];
    after.split_whitespace().take(5).any(|w| {
        PENALTY_WORDS
            .iter()
            .any(|p| crate::pattern::starts_with_ci(w, p))
    })
}

/// "reported the sentences of two traffickers under the anti-trafficking law": the terms given
/// to offenders, an offender noun within three words after "sentences of".
fn sentences_of_offenders(text: &str) -> bool {
    let mut at = 0;
    while let Some(found) = crate::pattern::find_ci(text, "sentences of ", at) {
        at = found + "sentences of ".len();
        let offender = text[at..]
            .split_whitespace()
            .take(3)
            .any(|w| crate::pattern::is_one_of(w.trim_end_matches([',', ';']), OFFENDER_NOUNS));
        if offender {
            return true;
        }
    }
    false
}

/// "The average sentence imposed on offenders convicted under the law was 6.5 years", "the
/// average prison term": a mean of what courts gave.
fn average_sentence(text: &str) -> bool {
    let mut at = 0;
    while let Some(found) = crate::pattern::find_ci(text, "average ", at) {
        at = found + "average ".len();
        let term = text[at..].split_whitespace().take(2).any(|w| {
            crate::pattern::is_one_of(
                w.trim_end_matches(|c: char| !c.is_alphanumeric()),
                &[
                    "sentence",
                    "sentences",
                    "term",
                    "terms",
                    "penalty",
                    "punishment",
                ],
            )
        });
        if term {
            return true;
        }
    }
    false
}

/// Whether the sentence sets "the same penalties" (punishment, sentences) as the provision
/// before it, not as another crime's ("the same penalties as those for rape").
fn same_penalties(text: &str, last_article: Option<&str>) -> bool {
    const SAME: [&str; 4] = [
        "the same penalt",
        "the same punishment",
        "the same sentence",
        "the same prison term",
    ];
    SAME.iter().any(|s| {
        crate::pattern::find_ci(text, s, 0).is_some_and(|at| {
            let rest = &text[at + s.len()..];
            let clause = &rest[..rest.find([',', ';']).unwrap_or(rest.len())];
            // "as Article 601": the same as the last provision's, when that is the article.
            let as_last = clause.find(" as ").is_some_and(|a| {
                let named = articles(&clause[a..]).next().map(|(_, _, n)| n);
                last_article.is_some_and(|l| named.as_deref() == Some(l))
            });
            !clause.contains(" as ") || as_last
        })
    })
}

/// "Guinean law prohibits most forms of trafficking": the country's law as a whole, the
/// subject of the prohibiting verb.
fn national_law(text: &str, verb_start: usize) -> Option<String> {
    let before = text[..verb_start].trim_end();
    let mut words = before.rsplit(' ').peekable();
    // "Qatari law specifically prohibits", "Peruvian law also criminalized": an adverb may
    // stand before the verb.
    words.next_if(|w| is_ly_adverb(w) || ["also", "further", "still"].contains(w));
    let noun = words.next()?;
    let name = words.next()?;
    // "the Trafficking in Persons law": the end of a longer name.
    let in_name = words
        .next()
        .is_some_and(|w| ["in", "of", "on", "for", "against", "to"].contains(&w));
    let national = !in_name
        && ["law", "laws", "legislation"].contains(&noun)
        && name.len() > 2
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && !LAW_DETERMINERS.contains(&name);
    national.then(|| format!("{name} {noun}"))
}

/// True when a later sentence of the paragraph names an article, a section or a law: the
/// provisions that a general statement of the country's law sums up ("Indian law criminalized
/// sex trafficking. Section 370 of the Indian Penal Code criminalized ...").
fn detailed_later(cx: &SentenceCtx<'_>) -> bool {
    let Some(i) = cx.index_in_paragraph() else {
        return false;
    };
    cx.paragraph[i + 1..]
        .iter()
        .any(|s| article(s).is_some() || LAW_ID.is_match(s) || super::law::law_name(s).is_some())
}

/// "Articles 143 and 144, as amended in 2016, criminalized ...", "The Act of 2005 and 2014
/// amendments to the criminal code criminalized ...": the law as amended is the subject of
/// the standing verb; the change is told by the amendment rule, the provision here.
fn amended_subject(before_verb: &str) -> bool {
    let mut rest = before_verb;
    let mut seen = false;
    while let Some(at) = crate::pattern::find_ci(rest, "amend", 0) {
        let head = rest[..at].trim_end();
        let word = rest[at..].split_whitespace().next().unwrap_or("");
        let aside =
            crate::pattern::ends_with_ci(head, " as") && word.eq_ignore_ascii_case("amended");
        let noun = word.to_ascii_lowercase().starts_with("amendment");
        if !aside && !noun {
            return false;
        }
        seen = true;
        rest = &rest[at + word.len().max(5)..];
    }
    // A verb of its own before the standing one makes the sentence a change.
    let verbs = before_verb.split_whitespace().any(|w| {
        super::lexicon::MAKING_VERB_STEMS
            .iter()
            .any(|v| crate::pattern::starts_with_ci(w, v) && w.ends_with("ed"))
    });
    seen && !verbs
}

/// The law a text names: a title holding a kind of law after words of its own ("The
/// Anti-Human Trafficking Law"; "Criminal Code" is the kind), else the one told first.
fn law_named(text: &str) -> Option<String> {
    let kind = instrument(text);
    let title = super::law::law_name(text);
    let words_before = |t: &str, k: &str| crate::pattern::find_ci(t, k, 0).is_some_and(|at| at > 0);
    let first = |t: &str, k: &str| {
        let at = |w: &str| crate::pattern::find_ci(text, w, 0).unwrap_or(usize::MAX);
        at(t) < at(k)
    };
    match (kind, title) {
        (Some(k), Some(t)) if words_before(&t, &k) || first(&t, &k) => Some(t),
        (k, t) => k.or(t),
    }
}

/// "Although the Trafficking in Persons Act is not yet in force, trafficking is criminalised
/// under the Prevention of Organised Crime Act": the law brought in by a preposition right
/// after the verb that prohibits is the instrument, whatever laws were named before it.
fn law_prohibiting(text: &str, verb: &crate::pattern::Match<'_>) -> Option<String> {
    const BRINGING: [&str; 3] = ["under", "through", "by"];
    if article(&text[..verb.start()]).is_some() {
        return None;
    }
    let rest = &text[verb.end()..];
    let clause = &rest[..rest.find([',', ';', '(']).unwrap_or(rest.len())];
    let mut offset = 0;
    for word in clause.split(' ').take(8) {
        let at = offset;
        offset += word.len() + 1;
        if !BRINGING.iter().any(|b| word.eq_ignore_ascii_case(b)) {
            continue;
        }
        let object = &clause[at + word.len()..];
        let name = law_named(object)?;
        // The name right after the preposition and its determiner.
        let starts = crate::pattern::find_ci(object, &name, 0)?;
        return (object[..starts].split_whitespace().count() <= 2).then_some(name);
    }
    None
}

/// Whether a sentence speaks of penalties, with or without their terms ("prescribes severe
/// penalties", "punishable by a fine").
fn tells_penalties(text: &str) -> bool {
    PENALTY_TALK_CUES.any_in(text)
}

/// "there are no laws prohibiting": a law denied just before the verb.
/// "a law which will expand the forms of trafficking criminalized": a verb told of a time to
/// come, in its clause, prohibits nothing yet.
fn future_before(before: &str) -> bool {
    let clause = before.rsplit([',', ';']).next().unwrap_or(before);
    clause
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("will"))
}

fn no_law_before(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(5)
        .map(str::to_ascii_lowercase)
        .collect();
    words.iter().position(|w| w == "no").is_some_and(|i| {
        words[..i].iter().any(|w| {
            ["law", "legislation", "statute"]
                .iter()
                .any(|n| w.starts_with(n))
        })
    })
}

/// Whether the term at `at` is told in a clause about another crime, set beside the law's
/// for comparison ("while the crime of rape has a minimum penalty of five years'
/// imprisonment, forcing a female into ... carries a minimum of one year").
fn of_another_crime(text: &str, at: usize) -> bool {
    let start = text[..at].rfind([';', ',', ':']).map_or(0, |p| p + 1);
    let end = text[at..].find([';', ',']).map_or(text.len(), |p| at + p);
    let clause = &text[start..end];
    // Not a law's own article on the crime ("Article 12 prescribes ... for kidnapping").
    let of_a_law = ["article", "section", "code", "law", " act"];
    COMPARED_CRIMES.iter().any(|c| contains_ci(clause, c))
        && !["traffick", "exploit", "forced", "servitude", "slavery"]
            .iter()
            .chain(&of_a_law)
            .any(|w| contains_ci(clause, w))
}

/// True when the sentence names laws other than one named before: "laws against kidnapping",
/// "a separate law", "other statutes" (not "the law").
fn other_laws(text: &str) -> bool {
    const DETERMINERS: [&str; 6] = ["a", "an", "other", "separate", "existing", "general"];
    LAW_NOUN.find_iter(text).any(|m| {
        let noun = m.as_str();
        if !noun.eq_ignore_ascii_case("law") && !noun.eq_ignore_ascii_case("statute") {
            return true;
        }
        // "a law", "a general criminal law": a determiner one or two words before.
        text[..m.start()]
            .split_whitespace()
            .rev()
            .take(2)
            .any(|w| DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{report, run, run_paragraph, wiki};

    #[test]
    fn a_law_that_sentences_or_punishes_those_who_offend() {
        insta::assert_snapshot!(run(&ProvisionRule, "Article 250 of the penal code sentences those who illegally confine persons for any reason to ten years' imprisonment.", report(2008)), @"undated legal_provision: penal code article 250, penalty 10..=10 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The penal code punishes anyone who forces a child into prostitution with five to 10 years' imprisonment.", report(2008)), @"undated legal_provision: penal code, penalty 5..=10 years");
        // The rule's cues let the sentence through.
        let text = "= Testland (Tier 2) \u{2014} 2008 Trafficking in Persons Report =\n\nArticle 250 of the penal code sentences those who illegally confine persons for any reason to ten years' imprisonment.\n";
        assert_eq!(
            crate::rules::testing::facts_of_kind(text, EventKind::LegalProvision),
            ["penal code article 250, penalty 10..=10 years"]
        );
        // What courts gave is no provision.
        insta::assert_snapshot!(run(&ProvisionRule, "Courts handed down sentences ranging from two to five years.", report(2008)), @"");
    }

    #[test]
    fn provisions_with_penalties() {
        insta::assert_snapshot!(run(&ProvisionRule, "Article 132 of the criminal code prohibits all forms of trafficking and prescribes penalties of three to 10 years' imprisonment.", report(2015)), @"undated legal_provision: criminal code article 132, penalty 3..=10 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Article seven of Law 006/PR/2018 prescribed penalties of four to 30 years' imprisonment and a fine of 250,000 to 5 million CFA francs ($470 to $9,450).", report(2021)), @"undated legal_provision: Law 006/PR/2018 article 7, penalty 4..=30 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Articles 317 through 320 of the penal code criminalize trafficking, punishable by six months to 20 years in prison.", report(2012)), @"undated legal_provision: penal code article 317 through 320, penalty 0.5..=20 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Article 281bis of the penal code prohibits sex trafficking, with penalties of up to 15 years.", report(2012)), @"undated legal_provision: penal code article 281bis, penalty ?..=15 years");
    }

    #[test]
    fn terms_of_care_are_no_penalties() {
        // Months of care "provided for" a victim: no law named, no word of punishment.
        insta::assert_snapshot!(run(&ProvisionRule, "Emergency assistance was provided for five days and could be extended for an additional three days; medium-term assistance was provided for up to six months.", report(2018)), @"");
        insta::assert_snapshot!(run(&ProvisionRule, "Shelter is provided for up to three months, after which victims may apply for residence.", report(2018)), @"");
        // The same verb with a punishment, or with a law named, still sets one.
        insta::assert_snapshot!(run(&ProvisionRule, "The law provides for up to six months' imprisonment for confiscating a worker's passport.", report(2018)), @"undated legal_provision: (unnamed instrument), penalty ?..=0.5 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Article 3 of the labor code provides for terms of up to six months.", report(2018)), @"undated legal_provision: labor code article 3, penalty ?..=0.5 years");
    }

    #[test]
    fn an_article_opening_a_clause_sets_the_penalties_after_it() {
        insta::assert_snapshot!(run(&ProvisionRule, "Article 12 of the criminal code prescribed penalties of two to eight years' imprisonment; Article 13 from four to 12 years; and Article 14 of the Child Protection Law from six to 15 years.", report(2019)), @r"
        undated legal_provision: criminal code article 12, penalty 2..=8 years
        undated legal_provision: criminal code article 13, penalty 4..=12 years
        undated legal_provision: Child Protection Law article 14, penalty 6..=15 years
        ");
        insta::assert_snapshot!(run(&ProvisionRule, "Article 210 of the penal code criminalizes forced labor, with penalties of up to five years, while Article 211 penalizes pimping, with penalties of up to 10 years' imprisonment.", report(2016)), @r"
        undated legal_provision: penal code article 210, penalty ?..=5 years
        undated legal_provision: penal code article 211, penalty ?..=10 years
        ");
        insta::assert_snapshot!(run(&ProvisionRule, "Section 88 of the penal code prescribed sentences of three to seven years, Section 89 prescribed from seven years to life imprisonment, and Section 90 of the TPA prescribed from 10 to 20 years.", report(2021)), @r"
        undated legal_provision: penal code article 88, penalty 3..=7 years
        undated legal_provision: penal code article 89, penalty 7..=? years
        undated legal_provision: TPA article 90, penalty 10..=20 years
        ");
        // An article inside a clause, or before no penalty of its own, sets none.
        insta::assert_snapshot!(run(&ProvisionRule, "Article 40 of the penal code prescribes penalties of five to 10 years' imprisonment, as set forth in Article 41.", report(2018)), @"undated legal_provision: penal code article 40, penalty 5..=10 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Articles 5 and 6 of the labor code prescribe penalties of one to three years for adults and three to five years for children, and Article 9 defines forced labor.", report(2018)), @r"
        undated legal_provision: labor code article 5 and 6, penalty 1..=3 years
        undated legal_provision: labor code article 5 and 6, penalty 3..=5 years
        ");
    }

    #[test]
    fn rules_for_sentencing_are_no_courts() {
        insta::assert_snapshot!(run(&ProvisionRule, "The regulations provided specific guidance on sentencing; in general, the term is not less than five years' imprisonment and not more than 25 years' imprisonment, but a parent who facilitates trafficking is liable to a fine, five to 10 years' imprisonment, or both.", report(2023)), @r"
        undated legal_provision: (unnamed instrument), penalty 5..=25 years
        undated legal_provision: (unnamed instrument), penalty 5..=10 years
        ");
        // Courts sentencing someone still are.
        assert_eq!(run(&ProvisionRule, "Courts continued sentencing traffickers to five to 10 years' imprisonment under the law.", report(2023)), "");
    }

    #[test]
    fn a_provision_told_under_the_sentence_s_lead_in_takes_its_year() {
        insta::assert_snapshot!(run(&ProvisionRule, "In 2008 the government prohibited all forms of trafficking in persons through its 2004 Law on Combating Human Trafficking, which prescribes severe penalties.", wiki()), @"2008 legal_provision: Law on Combating Human Trafficking");
        // A year elsewhere in the sentence is no lead-in.
        insta::assert_snapshot!(run(&ProvisionRule, "The government prohibits all forms of trafficking through its 2004 Law on Combating Human Trafficking, which prescribes severe penalties.", wiki()), @"undated legal_provision: Law on Combating Human Trafficking");
    }

    #[test]
    fn penalties_offenders_face_are_the_laws() {
        insta::assert_snapshot!(run(&ProvisionRule, "Under the anti-trafficking law, offenders face imprisonment of seven to 15 years.", wiki()), @"undated legal_provision: anti-trafficking law, penalty 7..=15 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Traffickers face up to 10 years in prison under Article 171 of the criminal code.", wiki()), @"undated legal_provision: criminal code article 171, penalty ?..=10 years");
        // The cue reaches the rule through the whole pipeline.
        let text = "= Human trafficking in Testland =\n\nUnder the anti-trafficking law, offenders face up to 15 years' imprisonment.";
        let found =
            crate::rules::testing::facts_of_kind(text, crate::event::EventKind::LegalProvision);
        assert_eq!(found, ["anti-trafficking law, penalty ?..=15 years"]);
        // Sentences faced by the convicted, and other things faced, are no provision.
        insta::assert_snapshot!(run(&ProvisionRule, "Convicted traffickers faced sentences of three to five years.", wiki()), @"");
        insta::assert_snapshot!(run(&ProvisionRule, "Victims faced difficulties in accessing services for five years.", wiki()), @"");
    }

    #[test]
    fn a_law_told_with_its_history_still_sets_its_penalties() {
        insta::assert_snapshot!(run(&ProvisionRule, "The country's anti-trafficking law, passed in 2005 and amended in 2011, sets penalties of 8 to 15 years' imprisonment.", wiki()), @"undated legal_provision: anti-trafficking law, penalty 8..=15 years");
        // Amendments passed that prescribe are the change's.
        insta::assert_snapshot!(run(&ProvisionRule, "Parliament passed in 2011 amendments to the criminal code that prescribe penalties of up to 15 years' imprisonment.", wiki()), @"");
    }

    #[test]
    fn a_law_opening_a_clause_sets_the_penalties_after_it() {
        insta::assert_snapshot!(run(&ProvisionRule, "The Anti-Trafficking Act prescribes penalties of up to 10 years' imprisonment for sex trafficking, and the Labor Code prescribes penalties of up to two years' imprisonment for forced labor.", report(2019)), @r"
        undated legal_provision: Anti-Trafficking Act, penalty ?..=10 years
        undated legal_provision: Labor Code, penalty ?..=2 years
        ");
        insta::assert_snapshot!(run(&ProvisionRule, "The penal code prescribes penalties of three to eight years for sex trafficking, while the labor code punishes forced labor with up to two years' imprisonment.", report(2019)), @r"
        undated legal_provision: penal code, penalty 3..=8 years
        undated legal_provision: labor code, penalty ?..=2 years
        ");
        // An "and" inside the law's own title opens no clause.
        insta::assert_snapshot!(run(&ProvisionRule, "The Sexual Offences and Domestic Violence Act prescribed penalties of up to 20 years' imprisonment for adults and up to 25 years' imprisonment for children.", report(2021)), @r"
        undated legal_provision: Sexual Offences and Domestic Violence Act, penalty ?..=20 years
        undated legal_provision: Sexual Offences and Domestic Violence Act, penalty ?..=25 years
        ");
        insta::assert_snapshot!(run(&ProvisionRule, "Section 77 of the Children's Protection and Welfare Act criminalized child sex trafficking and prescribed penalties of 30 months' imprisonment.", report(2019)), @"undated legal_provision: Children's Protection and Welfare Act article 77, penalty 2.5..=2.5 years");
        // The same law again, or a clause that opens with no law, keeps the sentence's law.
        insta::assert_snapshot!(run(&ProvisionRule, "The penal code prescribes penalties of five to 10 years for adults, and the penal code prescribes 10 to 15 years for children.", report(2019)), @r"
        undated legal_provision: penal code, penalty 5..=10 years
        undated legal_provision: penal code, penalty 10..=15 years
        ");
        insta::assert_snapshot!(run(&ProvisionRule, "The penal code prescribes penalties of five to 10 years for adults, and the penalties rise to 15 years for children.", report(2019)), @r"
        undated legal_provision: penal code, penalty 5..=10 years
        undated legal_provision: penal code, penalty 15..=15 years
        "); // One term told after another law, joined by "and" with no comma: that law's; the
            // sentence's own law, with no term, is a provision without one.
        insta::assert_snapshot!(run(&ProvisionRule, "The 2002 Bonded Labor (Prohibition) Act criminalized bonded labor and prescribed penalties of a fine between 15,000 and 25,000 rupees and the Child Labour Act criminalized forced child labor and prescribed penalties of up to one year imprisonment.", report(2020)), @r"
        undated legal_provision: Bonded Labor (Prohibition) Act
        undated legal_provision: Child Labour Act, penalty ?..=1 years
        ");
        // "and" before a law with no verb of its own starts no clause.
        insta::assert_snapshot!(run(&ProvisionRule, "Trafficking is criminalized under the Penal Code and the Labor Code, which prescribe penalties of up to five years.", report(2020)), @"undated legal_provision: penal code, penalty ?..=5 years");
    }

    #[test]
    fn the_sentences_of_offenders_are_the_courts() {
        assert_eq!(run(&ProvisionRule, "Officials reported the sentences of three offenders under the anti-trafficking law, the first to four years' imprisonment and the others to six years.", report(2016)), "");
        // Sentences of a term, for offenders, are the law's.
        insta::assert_snapshot!(run(&ProvisionRule, "The 2010 act prescribes sentences of four to 12 years for offenders.", report(2016)), @"undated legal_provision: (unnamed instrument), penalty 4..=12 years");
        // An average of what courts gave, under a law named.
        for sentence in [
            "The average sentence imposed on offenders convicted under the country's trafficking law was 6.5 years in prison.",
            "Under the anti-trafficking act, the average prison term was four years.",
        ] {
            assert_eq!(run(&ProvisionRule, sentence, report(2016)), "", "{sentence}");
        }
    }

    #[test]
    fn a_crime_made_subject_to_a_term() {
        insta::assert_snapshot!(run(&ProvisionRule, "Section 57 of the Children's Act makes it a crime to induce a child to engage in prostitution, subject to two to five years imprisonment and/or a fine.", report(2017)), @"undated legal_provision: Children's Act article 57, penalty 2..=5 years");
        // Victims subject to arrest: no law's term.
        assert_eq!(run(&ProvisionRule, "Trafficking victims continued to be subject to arrest and detention for crimes committed as a result of being trafficked.", report(2017)), "");
    }

    #[test]
    fn only_penalties_received_are_the_courts() {
        insta::assert_snapshot!(run(&ProvisionRule, "Trafficking in persons carries a penalty of five to ten years' imprisonment and the confiscation of any money or property received for trafficking activities.", report(2005)), @"undated legal_provision: (unnamed instrument), penalty 5..=10 years");
        // Terms received in a clause of their own after the law's: the law's alone.
        insta::assert_snapshot!(run(&ProvisionRule, "Trafficking carries a penalty of five to ten years' imprisonment, and two traffickers received prison terms of six years.", report(2005)), @"undated legal_provision: (unnamed instrument), penalty 5..=10 years");
        assert_eq!(
            run(
                &ProvisionRule,
                "Two traffickers received prison terms of six years.",
                report(2005)
            ),
            ""
        );
    }

    #[test]
    fn sentences_that_range_are_the_laws_and_those_that_ranged_the_courts() {
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &["New anti-trafficking legislation criminalizes all forms of trafficking.", "Potential prison sentences range from 5 to 15 years and property may be confiscated."], report(2004)), @"undated legal_provision: (unnamed instrument), penalty 5..=15 years");
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &["Testland criminalizes sex trafficking through Article 367 of its penal code.", "Penalties under this statute range from three to 20 years' imprisonment."], report(2007)), @r"
        undated legal_provision: penal code article 367
        undated legal_provision: penal code article 367, penalty 3..=20 years
        ");
        assert_eq!(
            run(
                &ProvisionRule,
                "Sentences for convicted traffickers ranged from two to 10 years' imprisonment.",
                report(2004)
            ),
            ""
        );
    }

    #[test]
    fn a_title_naming_a_prohibition_prohibits_nothing() {
        assert_eq!(run(&ProvisionRule, "In 2009, the President signed into law the Trafficking in Persons (Prohibition) Enforcement and Administration Act.", report(2012)), "");
        insta::assert_snapshot!(run(&ProvisionRule, "Section 3 of the Trafficking in Persons (Prohibition) Act prohibits all forms of trafficking.", report(2012)), @"undated legal_provision: Trafficking in Persons (Prohibition) Act article 3");
    }

    #[test]
    fn a_purpose_or_a_denial_prohibits_nothing() {
        for s in [
            "In 2015, the government did not amend its criminal code to criminalize forced labor.",
            "The criminal code does not prohibit labor trafficking.",
            // A law still needed.
            "The government needs to enact a comprehensive trafficking law that criminalizes all forms of trafficking.",
        ] {
            assert_eq!(run(&ProvisionRule, s, report(2016)), "", "{s}");
        }
    }

    fn provisions_of(text: &str) -> Vec<String> {
        crate::rules::testing::facts_of_kind(text, EventKind::LegalProvision)
    }

    #[test]
    fn a_law_enacted_prohibiting_is_no_provision_without_a_penalty() {
        for s in [
            "In June 2005, the National Assembly passed the Children's Act, which prohibits child trafficking.",
            "During 2009, the government enacted a new labour code prohibiting forced labor.",
        ] {
            assert_eq!(run(&ProvisionRule, s, report(2010)), "", "{s}");
        }
        // A penalty makes it one; an enactment told after the law's name leaves the provision.
        insta::assert_snapshot!(run(&ProvisionRule, "The National Assembly passed the Children's Act, which prohibits child trafficking and prescribes penalties of up to 10 years' imprisonment.", report(2010)), @"undated legal_provision: Children's Act, penalty ?..=10 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The Children's Act, adopted in 2005, prohibits child trafficking with severe penalties.", report(2010)), @"undated legal_provision: Children's Act");
    }

    #[test]
    fn a_prohibition_by_a_law_named_is_a_provision() {
        // A law named by its title or kind: what it prohibits is a provision, with no penalty.
        for (s, provision) in [
            ("The 2014 penal code prohibits involuntary commercial sexual exploitation and forced labor.", "undated legal_provision: penal code"),
            ("Bonded labor is prohibited through the 2002 Bonded Labor (Prohibition) Act.", "undated legal_provision: Bonded Labor (Prohibition) Act"),
            ("The Employment Act of 2007 outlaws forced labour.", "undated legal_provision: Employment Act of 2007"),
        ] {
            assert_eq!(run(&ProvisionRule, s, report(2017)), provision, "{s}");
        }
        // A law with no name needs more.
        assert_eq!(
            run(
                &ProvisionRule,
                "The law prohibits forced labor.",
                report(2017)
            ),
            ""
        );
        // Its article or its penalties make it one.
        insta::assert_snapshot!(run(&ProvisionRule, "Sections 103 and 118 of the Crimes Act criminalize slavery and debt bondage.", report(2019)), @"undated legal_provision: Crimes Act article 103 and 118");
        insta::assert_snapshot!(run(&ProvisionRule, "The 2009 Sponsorship Law prohibits the withholding of passports, punishable by a fine.", report(2015)), @"undated legal_provision: Sponsorship Law");
    }

    #[test]
    fn an_increase_told_in_a_later_conditional_clause() {
        insta::assert_snapshot!(run(&ProvisionRule, "The 2004 Law prescribed penalties of 10 to 15 years' imprisonment if the offense involved an adult victim; an additional five years would be added to the principal penalty for offenses involving a child victim.", report(2020)), @"undated legal_provision: (unnamed instrument), penalty 10..=15 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Law 5 prescribes five years' imprisonment, and two years are added if the victim is a child.", report(2020)), @"undated legal_provision: (unnamed instrument), penalty 5..=5 years");
        // A conditional before the semicolon still hedges the whole sentence.
        insta::assert_snapshot!(run(&ProvisionRule, "The draft law would prescribe 10 years' imprisonment; the current law prescribes five.", report(2020)), @"");
        insta::assert_snapshot!(run(&ProvisionRule, "Law 5 would prescribe 10 years' imprisonment; it awaits a vote.", report(2020)), @"");
    }

    #[test]
    fn penalties_with_aggravating_factors_are_provisions() {
        let text = "= Testland (Tier 2) - 2019 Trafficking in Persons Report =\n\nLaw 12 criminalized sex trafficking and prescribed penalties of four to eight years' imprisonment. The law established the use of force as an aggravating factor; penalties were increased to five to 10 years' imprisonment if such factors were involved.\n";
        assert_eq!(
            provisions_of(text),
            [
                "Law 12, penalty 4..=8 years",
                "Law 12, penalty 5..=10 years"
            ]
        );
        insta::assert_snapshot!(run(&ProvisionRule, "Aggravating factors increased the maximum sentence to between 10 and 15 years' imprisonment.", report(2020)), @"undated legal_provision: (unnamed instrument), penalty 10..=15 years");
        // What the condition says "resulted" is no court's outcome.
        insta::assert_snapshot!(run(&ProvisionRule, "Aggravating factors increased the maximum sentence to between 10 and 15 years' and the death penalty if the exploitation resulted in the victim's death.", report(2020)), @"undated legal_provision: (unnamed instrument), penalty 10..=15 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Where the case went to trial, convictions resulted in prison sentences of five to 10 years.", report(2020)), @"");
        // A condition sets the aggravating factor too.
        insta::assert_snapshot!(run(&ProvisionRule, "If the offense involved a victim younger than 15, the penalties increased to 15 to 20 years' imprisonment.", report(2020)), @"undated legal_provision: (unnamed instrument), penalty 15..=20 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The penalty rises to 12 years' imprisonment if the victim is a child.", report(2020)), @"undated legal_provision: (unnamed instrument), penalty 12..=12 years");
        insta::assert_snapshot!(run(&ProvisionRule, "When the victim is a minor, the minimum sentence is five years.", report(2005)), @"undated legal_provision: (unnamed instrument), penalty 5..=? years");
        // A sentence a court gave is none.
        assert_eq!(
            run(&ProvisionRule, "His sentence was five years.", report(2005)),
            ""
        );
        // Without aggravating factors or a condition an increase is no standing provision here.
        for s in [
            "Sentences were increased to 10 years on appeal.",
            "Penalties were increased to 20 years' imprisonment in 2015.",
        ] {
            assert_eq!(run(&ProvisionRule, s, report(2020)), "", "{s}");
        }
    }

    #[test]
    fn penalties_both_articles_prescribed_are_each_articles() {
        let text = |s: &str| {
            format!("= Testland (Tier 2) - 2019 Trafficking in Persons Report =\n\n{s}\n")
        };
        assert_eq!(
            provisions_of(&text("Article 203 of the penal code criminalized forced prostitution, and Article 204.3 criminalized child prostitution; both articles prescribed punishments of one to 10 years' imprisonment.")),
            [
                "penal code article 203, penalty 1..=10 years",
                "penal code article 204.3, penalty 1..=10 years"
            ]
        );
        assert_eq!(
            provisions_of(&text("Section 5 of the penal code criminalized sex trafficking and Section 6 criminalized labor trafficking; these sections prescribed penalties of up to 15 years' imprisonment.")),
            [
                "penal code article 5, penalty ?..=15 years",
                "penal code article 6, penalty ?..=15 years"
            ]
        );
        // Each article's own clause still sets its own penalties.
        assert_eq!(
            provisions_of(&text("Article 203 of the penal code criminalized forced prostitution; it prescribed penalties of one to 10 years' imprisonment, and Article 204 prescribed two to 12 years' imprisonment.")),
            [
                "penal code article 203, penalty 1..=10 years",
                "penal code article 204, penalty 2..=12 years"
            ]
        );
    }

    #[test]
    fn the_same_penalties_are_the_last_provisions() {
        let provisions = provisions_of("= Testland (Tier 2) - 2019 Trafficking in Persons Report =\n\nArticle 301 of the penal code criminalized sex trafficking and prescribed penalties of five to 10 years' imprisonment. Article 302 of the penal code criminalized forced labor and prescribed the same penalties.\n");
        assert_eq!(
            provisions,
            [
                "penal code article 301, penalty 5..=10 years",
                "penal code article 302, penalty 5..=10 years"
            ]
        );
        // The same as the article named, when that article's penalties were told last: each
        // article of the sentence gets them.
        let provisions = provisions_of("= Testland (Tier 2) - 2023 Trafficking in Persons Report =\n\nArticle 601 of the penal code criminalized trafficking and prescribed penalties of eight to 20 years' imprisonment. These penalties were sufficiently stringent. Article 600 criminalized slavery, and Article 602 criminalized the sale of slaves - both prescribed the same penalties as Article 601.\n");
        assert_eq!(
            provisions,
            [
                "penal code article 601, penalty 8..=20 years",
                "penal code article 600, penalty 8..=20 years",
                "penal code article 602, penalty 8..=20 years"
            ]
        );
        // The same as another crime's: no penalty is told.
        let provisions = provisions_of("= Testland (Tier 2) - 2019 Trafficking in Persons Report =\n\nArticle 301 of the penal code criminalized sex trafficking and prescribed penalties of five to 10 years' imprisonment. Article 302 of the penal code criminalized forced labor and prescribed the same penalties as those for rape.\n");
        assert_eq!(
            provisions,
            [
                "penal code article 301, penalty 5..=10 years",
                "penal code article 302"
            ]
        );
        // With no provision before, nothing to copy.
        assert_eq!(
            run(
                &ProvisionRule,
                "Article 302 of the penal code prescribed the same penalties.",
                report(2019)
            ),
            ""
        );
    }

    #[test]
    fn a_law_named_in_the_paragraph_is_the_instrument() {
        let provisions = provisions_of("Human trafficking in Testland\n\nThe Anti-Trafficking in Persons Law (Law No. 14 of 2008) was passed in 2008. It sets out penalties of up to 15 years' imprisonment.\n");
        assert_eq!(
            provisions,
            ["Anti-Trafficking in Persons Law, penalty ?..=15 years"]
        );
    }

    #[test]
    fn a_law_enacted_without_a_name_ends_the_one_named_before() {
        let provisions = provisions_of("Human trafficking in Testland\n\nThe 2002 Bonded Labor (Prohibition) Act criminalized bonded labor. A May 2008 law prohibited all forms of trafficking, with penalties of five to 20 years' imprisonment.\n");
        assert_eq!(
            provisions,
            [
                "Bonded Labor (Prohibition) Act",
                "(unnamed instrument), penalty 5..=20 years"
            ]
        );
    }

    #[test]
    fn an_article_alone_is_one_of_the_law_named_before() {
        let provisions = provisions_of("Human trafficking in Testland\n\nThe Crimes Act of 1975, as amended, criminalized sex trafficking. Section 44C prescribed penalties of up to 12 years' imprisonment. Section 44D prescribed penalties of up to 14 years' imprisonment. Article 9 of the Seafarers' Charter prescribed penalties of up to two years' imprisonment.\n");
        assert_eq!(
            provisions,
            [
                "Crimes Act of 1975 article 44C, penalty ?..=12 years",
                "Crimes Act of 1975 article 44D, penalty ?..=14 years",
                "(unnamed instrument) article 9, penalty ?..=2 years"
            ]
        );
    }

    #[test]
    fn courts_told_of_in_a_later_clause_leave_the_law_its_penalties() {
        let provisions = provisions_of("Human trafficking in Testland\n\nSection 12 of the penal code criminalized procurement. Procurement crimes carried lesser penalties of two to 10 years' imprisonment and fines, and prosecutors often brought these cases before magistrate judges who could only issue sentences of up to two years.\n");
        assert_eq!(provisions, ["penal code article 12, penalty 2..=10 years"]);
        // Courts in the clause of the terms: what they gave, not the law's.
        let provisions = provisions_of("Human trafficking in Testland\n\nSection 12 of the penal code criminalized procurement. Judges imposed sentences of two to 10 years' imprisonment.\n");
        assert_eq!(provisions, ["penal code article 12"]);
    }

    #[test]
    fn a_code_on_children_is_its_own_instrument() {
        let provisions = provisions_of("Human trafficking in Testland\n\nArticle 124 of the criminal code prescribed penalties of five to 10 years' imprisonment. Article 15 of the code on children prohibits forced child labor.\n");
        assert_eq!(
            provisions,
            [
                "criminal code article 124, penalty 5..=10 years",
                "code on children article 15"
            ]
        );
    }

    #[test]
    fn each_article_brought_in_by_its_own_preposition_is_a_provision() {
        let provisions = provisions_of("Human trafficking in Testland\n\nKestonia prohibits debt bondage under Article 77 of its criminal code and forced begging through Article 81. The labor code prohibits forced labor in Section 12, and sex trafficking under Section 45 of the Penal Code. Articles 105 and 106 of the penal code prohibit trafficking. Article 143 of the criminal code prohibits all forms of trafficking in line with Article 3 of the Palermo Protocol.\n");
        assert_eq!(
            provisions,
            [
                "criminal code article 77",
                "criminal code article 81",
                "labor code article 12",
                "penal code article 45",
                "penal code article 105 and 106",
                "criminal code article 143"
            ]
        );
        // Or by a prohibition of its own after it.
        let provisions = provisions_of("Human trafficking in Testland\n\nElements of trafficking are criminalized in the penal code, including section 259 prohibiting slavery and section 251 prohibiting forced labor.\n");
        assert_eq!(
            provisions,
            ["penal code article 259", "penal code article 251"]
        );
    }

    #[test]
    fn an_article_that_only_sets_penalties_sets_those_of_the_article_before() {
        let provisions = provisions_of("= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\nArticle 323 of the penal code criminalized sex trafficking and labor trafficking. Article 324 prescribed penalties of three to seven years' imprisonment for adult trafficking and five to 10 years' imprisonment for child trafficking.\n");
        assert_eq!(
            provisions,
            [
                "penal code article 324, penalty 3..=7 years",
                "penal code article 324, penalty 5..=10 years"
            ]
        );
        let doc = crate::extract("= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\nArticle 323 of the penal code criminalized sex trafficking. Article 324 prescribed penalties of three to seven years' imprisonment.\n");
        let spans: Vec<usize> = doc.events.iter().map(|e| e.evidence.len()).collect();
        // The bare article's sentence stays as evidence.
        assert_eq!(spans, [1, 2]);
        // Not an article prohibiting an offense of its own, nor one past a sentence between,
        // nor a sentence setting penalties by several articles.
        for (text, kept) in [
            ("Article 241 criminalizes the purchase of children. Article 358 criminalizes forced prostitution, which is punishable by five to 10 years' imprisonment.", "penal code article 241"),
            ("Article 323 of the penal code criminalized sex trafficking. These laws were rarely used. Article 324 prescribed penalties of three to seven years' imprisonment.", "penal code article 323"),
            ("Article 60 of the penal code prohibits the sale of children. Article 68 prescribes penalties of three to five years' imprisonment, and Article 122 prescribes penalties of up to one year's imprisonment.", "penal code article 60"),
        ] {
            let text = format!("= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\nThe penal code prohibits trafficking. {text}\n");
            assert!(provisions_of(&text).iter().any(|p| p == kept), "{text}");
        }
    }

    #[test]
    fn the_law_refers_back() {
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &[
            "Articles 165 and 206 of the criminal code criminalized sex trafficking and labor trafficking.",
            "The law prescribed penalties of six to 12 years' imprisonment for trafficking crimes involving an adult victim and 10 to 12 years' imprisonment for those involving a child victim.",
            "These penalties were sufficiently stringent.",
            "Article 168 of the criminal code also criminalized forced labor and imposed penalties of up to three years' imprisonment.",
        ], report(2023)), @r"
        undated legal_provision: criminal code article 165 and 206
        undated legal_provision: criminal code article 165 and 206, penalty 6..=12 years
        undated legal_provision: criminal code article 165 and 206, penalty 10..=12 years
        undated legal_provision: criminal code article 168, penalty ?..=3 years
        ");
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &[
            "Lebanon's 2011 anti-trafficking law prohibits all forms of human trafficking.",
            "Prescribed penalties for sex trafficking and forced labor range from five to 15 years' imprisonment, which are sufficiently stringent.",
        ], report(2015)), @r"
        undated legal_provision: anti-trafficking law
        undated legal_provision: anti-trafficking law, penalty 5..=15 years
        ");
        // Other laws named in the sentence are not the law named before.
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &[
            "Article 36 of the Constitution prohibits slavery and servitude.",
            "Traffickers may be prosecuted under laws against kidnapping, which carry penalties of two to eight years' imprisonment.",
        ], report(2009)), @r"
        undated legal_provision: constitution article 36
        undated legal_provision: (unnamed instrument), penalty 2..=8 years
        ");
    }

    #[test]
    fn named_acts() {
        insta::assert_snapshot!(run(&ProvisionRule, "In 2011 the government enacted the Anti-Trafficking in Persons Act, which prescribes penalties of up to 20 years' imprisonment.", report(2012)), @"2011 legal_provision: Anti-Trafficking in Persons Act, penalty ?..=20 years");
        // An amending act in force sets penalties as any act does.
        insta::assert_snapshot!(run(&ProvisionRule, "The Children's Amendment Act of 2005 prescribes penalties of five to 15 years' imprisonment.", report(2021)), @"undated legal_provision: Children's Amendment Act of 2005, penalty 5..=15 years");
    }

    #[test]
    fn a_law_known_by_its_acronym() {
        insta::assert_snapshot!(run(&ProvisionRule, "The 2018 PTPA criminalized sex trafficking and prescribed penalties of up to seven years' imprisonment.", report(2019)), @"undated legal_provision: PTPA, penalty ?..=7 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The TVPA prescribes penalties of up to 20 years' imprisonment.", report(2019)), @"undated legal_provision: TVPA, penalty ?..=20 years");
        // Without a penalty, it tells no provision; an organization that acts is no law.
        insta::assert_snapshot!(run(&ProvisionRule, "However, the ITPA also criminalizes other offenses, including prostitution.", report(2015)), @"");
        insta::assert_snapshot!(run(&ProvisionRule, "The IOM provided shelter; the penal code prescribes penalties of up to 20 years' imprisonment.", report(2019)), @"undated legal_provision: penal code, penalty ?..=20 years");
    }

    #[test]
    fn penalties_for_convicted_offenders_are_the_laws() {
        insta::assert_snapshot!(run(&ProvisionRule, "It prescribes penalties of 8 to 15 years' imprisonment for convicted trafficking offenders.", report(2007)), @"undated legal_provision: (unnamed instrument), penalty 8..=15 years");
        // What courts did is not.
        insta::assert_snapshot!(run(&ProvisionRule, "Courts convicted 12 traffickers and prescribed penalties of 8 to 15 years' imprisonment.", report(2007)), @"");
    }

    #[test]
    fn numbered_acts_and_decrees() {
        insta::assert_snapshot!(run(&ProvisionRule, "However, act 2006-04 prescribes much lower penalties - six months' to two years' imprisonment or fines - for labor trafficking.", report(2015)), @"undated legal_provision: act 2006-04, penalty 0.5..=2 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Decree No. 2019-123 prescribes penalties of five to 10 years' imprisonment.", report(2021)), @"undated legal_provision: Decree No. 2019-123, penalty 5..=10 years");
        // A number alone names no act.
        insta::assert_snapshot!(run(&ProvisionRule, "Act 1 of the play prescribes penalties of five years' imprisonment.", report(2021)), @"undated legal_provision: (unnamed instrument), penalty 5..=5 years");
    }

    #[test]
    fn the_law_as_amended_is_a_provision_beside_its_amendment() {
        // The law as amended, subject of the standing verb: a provision.
        insta::assert_snapshot!(run(&ProvisionRule, "Articles 143 and 144 of the criminal code, as amended in 2016, criminalized sex trafficking and labor trafficking and prescribed penalties of four to 12 years.", report(2018)), @"undated legal_provision: criminal code article 143 and 144, penalty 4..=12 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The Trafficking Act of 2005 and 2014 amendments to the criminal code criminalized sex and labor trafficking and prescribed penalties of 10 to 50 years imprisonment.", report(2018)), @"undated legal_provision: Trafficking Act of 2005, penalty 10..=50 years");
        // A change told by its own verb is none.
        insta::assert_snapshot!(run(&ProvisionRule, "Amendments to the criminal code adopted in 2016 criminalized labor trafficking and prescribed penalties of four to 12 years.", report(2018)), @"");
        insta::assert_snapshot!(run(&ProvisionRule, "In December 2003, the president signed legislative amendments to the Criminal Code outlawing trafficking in persons.", report(2004)), @"");
        insta::assert_snapshot!(run(&ProvisionRule, "In 2016, parliament amended the criminal code, which criminalized labor trafficking and prescribed penalties of four to 12 years.", report(2018)), @"");
    }

    #[test]
    fn penalties_provided_for_or_carried() {
        insta::assert_snapshot!(run(&ProvisionRule, "The anti-trafficking law provides for sentences of between four and 12 years.", report(2015)), @"undated legal_provision: anti-trafficking law, penalty 4..=12 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The law provides for punishment of up to 10 years in prison for trafficking.", report(2015)), @"undated legal_provision: (unnamed instrument), penalty ?..=10 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Forced labor carries a sentence of three to seven years' imprisonment.", report(2015)), @"undated legal_provision: (unnamed instrument), penalty 3..=7 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Offenders are liable to a fine or imprisonment of up to 14 years.", report(2015)), @"undated legal_provision: (unnamed instrument), penalty ?..=14 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Trafficking carries penalties of up to 10 years' imprisonment.", report(2015)), @"undated legal_provision: (unnamed instrument), penalty ?..=10 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Section 12 of the act punishes trafficking with imprisonment of 10 to 20 years.", report(2015)), @"undated legal_provision: (unnamed instrument) article 12, penalty 10..=20 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The penal code stipulates imprisonment of five to 15 years for trafficking.", report(2015)), @"undated legal_provision: penal code, penalty 5..=15 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The penalty for trafficking is five to 15 years' imprisonment.", report(2015)), @"undated legal_provision: (unnamed instrument), penalty 5..=15 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The maximum sentence for forced labor is 12 years.", report(2015)), @"undated legal_provision: (unnamed instrument), penalty ?..=12 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The sentence for trafficking in persons and conspiracy to commit trafficking is up to 20 years imprisonment, a fine, or both.", report(2017)), @"undated legal_provision: (unnamed instrument), penalty ?..=20 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The anti-trafficking law also carries stiff penalties, including up to 10 years' imprisonment.", report(2006)), @"undated legal_provision: anti-trafficking law, penalty ?..=10 years");
        // What the penalties include.
        insta::assert_snapshot!(run(&ProvisionRule, "Under the criminal code, penalties for trafficking of children include fines and imprisonment from 2 to 7 years.", report(2001)), @"undated legal_provision: criminal code, penalty 2..=7 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Penalties include five to 15 years' imprisonment and confiscation of assets.", report(2015)), @"undated legal_provision: (unnamed instrument), penalty 5..=15 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Penalties for trafficking include fines.", report(2015)), @"");
    }

    #[test]
    fn what_convictions_carry_is_a_provision() {
        // The rule's cues let these through, with the law told before.
        let text = "= Testland (Tier 2) \u{2014} 2017 Trafficking in Persons Report =\n\nThe penal code criminalizes slavery. Child trafficking convictions are subject to a minimum five-year prison term, while slavery convictions carry three- to 12-year prison terms.\n";
        assert_eq!(
            crate::rules::testing::facts_of_kind(text, EventKind::LegalProvision),
            [
                "penal code, penalty 5..=? years",
                "penal code, penalty 3..=12 years"
            ]
        );
        insta::assert_snapshot!(run(&ProvisionRule, "Trafficking offenses carry 10-year prison sentences under the penal code.", report(2017)), @"undated legal_provision: penal code, penalty 10..=10 years");
        // An adverb between.
        insta::assert_snapshot!(run(&ProvisionRule, "Trafficking convictions now carry sentences ranging from three years to life imprisonment.", report(2005)), @"undated legal_provision: (unnamed instrument), penalty 3..=? years");
        insta::assert_snapshot!(run(&ProvisionRule, "Labor trafficking convictions typically carry penalties of five to 10 years.", report(2005)), @"undated legal_provision: (unnamed instrument), penalty 5..=10 years");
        // What convictions were given is courts', not the law's.
        for sentence in [
            "Trafficking convictions carried sentences of five to 10 years in 2019.",
            "Two of the convictions resulted in five-year prison terms.",
            "One trafficker received a five-year prison sentence, and the other a minimum seven-year prison term.",
        ] {
            assert_eq!(run(&ProvisionRule, sentence, report(2020)), "", "{sentence}");
        }
    }

    #[test]
    fn sentences_courts_gave_are_not_provisions() {
        for sentence in [
            "Courts imposed sentences ranging from five to 10 years' imprisonment on convicted traffickers.",
            "The judiciary handed down sentences ranging from 12 to 21 years imprisonment.",
            "The government demonstrated efforts by convicting 26 traffickers with sentences ranging from 12 to 21 years.",
            "Convicted traffickers received sentences of two to eight years' imprisonment.",
            "Half of the convictions resulted in suspended sentences or prison terms of less than two years.",
            "Judges imposed penalties of three years in prison on two traffickers.",
            "Convicted traffickers were punished with three to five years in prison.",
            "The sentences for the convicted traffickers were three to five years.",
            "Courts sentenced 14 traffickers to at least one year imprisonment; only six received sentences in compliance with penalties prescribed in the 2005 anti-trafficking law.",
            "The state tried its first case under the forced labor statute, convicting five traffickers and sentencing three of them to six years' imprisonment and two to sentences of only one year.",
            "Trafficking sentences ranged from fines to 14 years' imprisonment, with an average sentence of two to three years' imprisonment.",
            "Prison sentences ranged between one and six years.",
            "The average sentence of those found guilty was four years.",
            "Penalties in most cases were suspended sentences of two years.",
            "Authorities continued to detain or convict foreign workers for immigration violations with sentences of three to five years' imprisonment.",
        ] {
            assert_eq!(run(&ProvisionRule, sentence, report(2016)), "", "{sentence}");
        }
    }

    #[test]
    fn penalties_under_a_numbered_article_are_its() {
        for (sentence, want) in [
            ("Penalties under Section 12 range from five to 25 years' imprisonment and a fine.", "undated legal_provision: (unnamed instrument) article 12, penalty 5..=25 years"),
            ("Penalties under Article 3 of the Anti-Trafficking Act are up to 15 years in prison.", "undated legal_provision: Anti-Trafficking Act article 3, penalty ?..=15 years"),
        ] {
            assert_eq!(run(&ProvisionRule, sentence, report(2016)), want, "{sentence}");
        }
    }

    #[test]
    fn a_title_holding_a_kind_of_law_names_the_instrument() {
        insta::assert_snapshot!(run(&ProvisionRule, "The Anti-Human Trafficking Law criminalizes all forms of trafficking and prescribes punishments of up to 15 years' imprisonment.", report(2015)), @"undated legal_provision: Anti-Human Trafficking Law, penalty ?..=15 years");
        // A kind of law alone keeps its kind.
        insta::assert_snapshot!(run(&ProvisionRule, "The anti-trafficking law prescribes penalties of up to 15 years' imprisonment.", report(2015)), @"undated legal_provision: anti-trafficking law, penalty ?..=15 years");
    }

    #[test]
    fn the_law_a_crime_is_prohibited_under_is_the_instrument() {
        let provisions = provisions_of("Human trafficking in Testland\n\nAlthough the Trafficking in Persons Act is not yet in force, trafficking is criminalised under the Prevention of Organised Crime Act. Section 15 of the said Act prescribes penalties of up to 20 years' imprisonment.\n");
        assert_eq!(
            provisions,
            ["Prevention of Organised Crime Act article 15, penalty ?..=20 years"]
        );
        insta::assert_snapshot!(run(&ProvisionRule, "While the Labour Act bans forced labor, sex trafficking is prohibited through the Combating of Trafficking Act, which prescribes penalties of up to 50 years.", report(2020)), @"undated legal_provision: Combating of Trafficking Act, penalty ?..=50 years");
        // An article named before the verb keeps its law.
        insta::assert_snapshot!(run(&ProvisionRule, "Article 132 of the criminal code prohibits trafficking under the terms of the Labor Code and prescribes penalties of three to 10 years.", report(2015)), @"undated legal_provision: criminal code article 132, penalty 3..=10 years");
    }

    #[test]
    fn the_law_opening_a_paragraph_is_the_one_named_before_in_its_section() {
        let provisions = provisions_of("TESTLAND: Tier 2\n\n==Prosecution==\nLaw 12.05 criminalized sex trafficking and labor trafficking and prescribed penalties of five to 10 years' imprisonment.\n\nThe law criminalized child trafficking as an aggravated offense, with prescribed penalties of 20 to 30 years' imprisonment.\n\n==Protection==\nThe law prescribed penalties of up to one year for employers who withheld passports.\n");
        assert_eq!(
            provisions,
            [
                "Law 12.05, penalty 5..=10 years",
                "Law 12.05, penalty 20..=30 years",
                "(unnamed instrument), penalty ?..=1 years"
            ]
        );
    }

    #[test]
    fn an_article_changed_in_an_aside_still_provides() {
        insta::assert_snapshot!(run(&ProvisionRule, "Article 181 of the criminal code, amended in 2014, prescribes penalties of five to 12 years' imprisonment for sex trafficking.", report(2016)), @"undated legal_provision: criminal code article 181, penalty 5..=12 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Articles 171 and 172 of the penal code (amended in 2016) criminalised sex trafficking and prescribed penalties of up to 15 years.", report(2018)), @"undated legal_provision: penal code article 171 and 172, penalty ?..=15 years");
        // A change told as the sentence's own verb sets no provision.
        insta::assert_snapshot!(run(&ProvisionRule, "Article 181 of the criminal code was amended in 2014 and prescribes penalties of five to 12 years.", report(2016)), @"");
    }

    #[test]
    fn a_law_changed_in_a_relative_clause_still_provides() {
        insta::assert_snapshot!(run(&ProvisionRule, "Testland prohibits trafficking through Section 370 of the penal code, which was amended in 2013 through a new act, and prescribes penalties of seven to 10 years' imprisonment.", wiki()), @"undated legal_provision: penal code article 370, penalty 7..=10 years");
    }

    #[test]
    fn a_numbered_law_keeps_its_kind() {
        insta::assert_snapshot!(run(&ProvisionRule, "Organic Law 2016-61 criminalized sex trafficking and prescribed penalties of 10 years' imprisonment.", wiki()), @"undated legal_provision: Organic Law 2016-61, penalty 10..=10 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Federal Law No. 51 prescribes penalties of five to 15 years' imprisonment for trafficking.", wiki()), @"undated legal_provision: Federal Law No. 51, penalty 5..=15 years");
    }

    #[test]
    fn an_article_written_into_a_code_is_the_codes() {
        let text = "Human trafficking in Testland\n\nIn 2016, the government incorporated its 2011 anti-trafficking law into the criminal code as Article 342. Article 342 prescribes penalties of 10 to 20 years' imprisonment.\n";
        let kind = crate::event::EventKind::LegalProvision;
        assert_eq!(
            crate::rules::testing::facts_of_kind(text, kind),
            ["criminal code article 342, penalty 10..=20 years"]
        );
    }

    #[test]
    fn convictions_obtained_with_sentences_are_no_penalties_of_the_law_before() {
        let law = "Testland's criminal code prohibits trafficking in persons.";
        for courts in [
            "During the reporting period, the government obtained convictions against 11 traffickers, with sentences ranging from three to ten years.",
            "The government secured seven convictions in 2018, with sentences ranging from two to eight years' imprisonment.",
        ] {
            let text = format!("{law} {courts}");
            assert_eq!(provisions_of(&text), ["criminal code"], "{courts}");
        }
        // Penalties "for convictions" under a law are the law's.
        assert_eq!(
            provisions_of(&format!("{law} Penalties for convictions under this law range from five to 12 years' imprisonment.")),
            ["criminal code, penalty 5..=12 years"]
        );
    }

    #[test]
    fn a_life_term_beside_terms_in_years_is_a_provision_too() {
        insta::assert_snapshot!(run(&ProvisionRule, "The anti-trafficking act prescribed penalties of up to 25 years' imprisonment for the trafficking of adults and up to life imprisonment for the trafficking of children.", report(2021)), @r"
        undated legal_provision: anti-trafficking act, penalty ?..=25 years
        undated legal_provision: anti-trafficking act, penalty ?..=? years
        ");
        // Of the article told before it.
        insta::assert_snapshot!(run(&ProvisionRule, "Section 370 of the penal code prescribed penalties of up to seven years' imprisonment, and Section 371 prescribed penalties of up to life imprisonment.", report(2019)), @r"
        undated legal_provision: penal code article 370, penalty ?..=7 years
        undated legal_provision: penal code article 371, penalty ?..=? years
        ");
        // Not the end of a range in years.
        insta::assert_snapshot!(run(&ProvisionRule, "The act prescribed penalties of 10 years to life imprisonment.", report(2021)), @"undated legal_provision: (unnamed instrument), penalty 10..=? years");
    }

    #[test]
    fn a_sentence_for_a_crime_told_past_an_aside_in_dashes() {
        insta::assert_snapshot!(run(&ProvisionRule, "The sentence for aggravated trafficking in persons - in cases of serious injury, repeat offenses, or by a person in a position of authority - is up to 30 years imprisonment, a fine, or both.", report(2017)), @"undated legal_provision: (unnamed instrument), penalty ?..=30 years");
    }

    #[test]
    fn an_offence_under_a_law() {
        insta::assert_snapshot!(run(&ProvisionRule, "Trafficking is a criminal offence under Article 177 of the Criminal Code.", report(2015)), @"undated legal_provision: criminal code article 177");
        insta::assert_snapshot!(run(&ProvisionRule, "Forced labour is a crime in Testland under Section 12B of the Crimes Act.", report(2015)), @"undated legal_provision: Crimes Act article 12B");
        insta::assert_snapshot!(run(&ProvisionRule, "Passport retention was a crime punishable under Article 395 of the penal code.", report(2018)), @"undated legal_provision: penal code article 395");
        // "Under X, it is a crime to ...": the law named first.
        insta::assert_snapshot!(run(&ProvisionRule, "Under Article 128 of the criminal code, it is a crime to recruit a person for forced labor.", report(2015)), @"undated legal_provision: criminal code article 128");
        insta::assert_snapshot!(run(&ProvisionRule, "Under the criminal code, it is illegal to traffic persons, punishable by up to 10 years.", report(2015)), @"undated legal_provision: criminal code, penalty ?..=10 years");
        assert_eq!(
            run(
                &ProvisionRule,
                "It is illegal to traffic persons.",
                report(2015)
            ),
            ""
        );
        assert_eq!(
            run(
                &ProvisionRule,
                "Under the labor code, it is not a crime to beg.",
                report(2015)
            ),
            ""
        );
        // Through the whole pipeline: "illegal to" is a cue of its own.
        assert_eq!(
            crate::rules::testing::facts_of_kind(
                "= Testland =\n\nUnder the Anti-Trafficking Act, it is illegal to harbour a victim of trafficking, an offence punishable by a fine.\n",
                crate::event::EventKind::LegalProvision
            ),
            ["Anti-Trafficking Act"]
        );
        assert_eq!(
            run(
                &ProvisionRule,
                "Begging is not a crime under the labor code.",
                report(2015)
            ),
            ""
        );
        assert_eq!(
            run(
                &ProvisionRule,
                "Organized crime is a growing problem under the new government.",
                report(2015)
            ),
            ""
        );
    }

    #[test]
    fn a_penalty_told_with_a_copula() {
        insta::assert_snapshot!(run(&ProvisionRule, "Under Article 260 of the criminal code, when the victim is younger than 14 years, the penalty is 10 to 15 years' imprisonment.", report(2017)), @"undated legal_provision: criminal code article 260, penalty 10..=15 years");
        assert_eq!(
            run(
                &ProvisionRule,
                "These penalties are sufficiently stringent and commensurate with those for rape.",
                report(2017)
            ),
            ""
        );
    }

    #[test]
    fn not_provisions() {
        assert_eq!(run(&ProvisionRule, "Courts sanctioned the perpetrators with five years' imprisonment and a fine of $1,000.", report(2021)), "");
        assert_eq!(run(&ProvisionRule, "These penalties are commensurate with those prescribed for other serious crimes, such as rape.", report(2021)), "");
        assert_eq!(run(&ProvisionRule, "Penalties of less than one year imprisonment are not sufficiently stringent, and the prescribed punishment is not commensurate with those for rape.", report(2021)), "");
        assert_eq!(run(&ProvisionRule, "Although there are no laws prohibiting trafficking in persons, traffickers may be prosecuted under various articles of the penal code.", report(2008)), "");
        assert_eq!(
            run(
                &ProvisionRule,
                "There is no specific legislation criminalizing forced labor in the labor code.",
                report(2008)
            ),
            ""
        );
        // A law's penalties judged in the same sentence are still the law's.
        insta::assert_snapshot!(run(&ProvisionRule, "Penalties prescribed under Article 130 range from 5 to 20 years' imprisonment, which are sufficiently stringent.", report(2021)), @"undated legal_provision: (unnamed instrument) article 130, penalty 5..=20 years");
        // Law enforcement is no law.
        assert_eq!(run(&ProvisionRule, "The government improved its anti-trafficking law enforcement by passing legislation that prohibits forced labor.", report(2012)), "");
        assert_eq!(run(&ProvisionRule, "The government prohibits all forms of trafficking through Article 129 of its criminal code - adopted in May 2010 - which prescribes penalties ranging from four to 25 years' imprisonment.", report(2010)), "");
        // A law told as what it will do prohibits nothing yet.
        assert_eq!(run(&ProvisionRule, "The government passed the 2017 Labor Law, which reportedly will expand the forms of trafficking criminalized in the country.", report(2018)), "");
        assert_eq!(
            run(
                &ProvisionRule,
                "The new penal code will criminalize all forms of trafficking.",
                report(2018)
            ),
            ""
        );
        // What will come in another clause leaves the law's own verb.
        insta::assert_snapshot!(run(&ProvisionRule, "The Labor Law prohibits forced labor under penalty of fines, and the ministry will publish guidance.", report(2018)), @"undated legal_provision: Labor Law");
    }

    #[test]
    fn the_countrys_law_as_a_whole_is_a_provision_unless_detailed_after() {
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &["Testlandian law prohibits most forms of trafficking in persons.", "Penalties are severe."], report(2006)), @"undated legal_provision: Testlandian law");
        // With no word of its penalties, it is one with no penalty.
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &["Testlandian law prohibits most forms of trafficking in persons.", "The government investigated four cases."], report(2006)), @"undated legal_provision: Testlandian law");
        // A lowercase act named by what it is against.
        insta::assert_snapshot!(run(&ProvisionRule, "The government prohibits all forms of trafficking through a 2008 human trafficking act, amended in 2013, which prescribes penalties up to 12 years.", report(2015)), @"undated legal_provision: trafficking act, penalty ?..=12 years");
        // What a conviction or an offense carries.
        insta::assert_snapshot!(run(&ProvisionRule, "Under the anti-trafficking law, trafficking convictions now carry sentences ranging from three to 15 years.", report(2005)), @"undated legal_provision: anti-trafficking law, penalty 3..=15 years");
        // A prohibition no longer in force, an adverb between.
        assert_eq!(run(&ProvisionRule, "Therefore, child sex trafficking was no longer explicitly criminalized under Article 91 of the penal code.", report(2022)), "");
        // An adverb before the verb.
        insta::assert_snapshot!(run(&ProvisionRule, "Testlandian law specifically prohibits trafficking in persons and punishes it with imprisonment.", report(2003)), @"undated legal_provision: Testlandian law");
        assert_eq!(
            run(
                &ProvisionRule,
                "The law specifically prohibits sex trafficking.",
                report(2019)
            ),
            ""
        );
        // The provisions it sums up follow: one fact, told by them.
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &["Testlandian law criminalized sex trafficking.", "Section 370 of the Penal Code prescribed penalties of seven to 10 years' imprisonment."], report(2019)), @"undated legal_provision: penal code article 370, penalty 7..=10 years");
        // Not a name's last word, not "The law".
        assert_eq!(
            run(
                &ProvisionRule,
                "The Trafficking in Persons law prohibits sex trafficking.",
                report(2019)
            ),
            ""
        );
        assert_eq!(
            run(
                &ProvisionRule,
                "The law prohibits sex trafficking.",
                report(2019)
            ),
            ""
        );
    }

    #[test]
    fn an_ordinance_or_proclamation_is_the_instrument() {
        insta::assert_snapshot!(run(&ProvisionRule, "Trafficking is prohibited through the Prevention and Control of Human Trafficking Ordinance (PACHTO), which prescribes penalties of seven to 14 years' imprisonment.", report(2015)), @"undated legal_provision: Prevention and Control of Human Trafficking Ordinance, penalty 7..=14 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The Anti-Trafficking Proclamation prescribes penalties of five to 20 years' imprisonment.", report(2015)), @"undated legal_provision: Anti-Trafficking Proclamation, penalty 5..=20 years");
    }

    #[test]
    fn a_life_term_is_a_penalty_with_no_years() {
        insta::assert_snapshot!(run(&ProvisionRule, "The Child Welfare Act prescribes penalties of life imprisonment for the sale of children.", report(2016)), @"undated legal_provision: Child Welfare Act, penalty ?..=? years");
        insta::assert_snapshot!(run(&ProvisionRule, "The Anti-Slavery Act provides for life sentences for forced labor of children.", report(2016)), @"undated legal_provision: Anti-Slavery Act, penalty ?..=? years");
        insta::assert_snapshot!(run(&ProvisionRule, "Several sections of the penal code criminalize slavery, prescribing punishments that range from fines to life imprisonment.", report(2016)), @"undated legal_provision: penal code, penalty ?..=? years");
        // A prohibition alone is a provision with no penalty.
        insta::assert_snapshot!(run(&ProvisionRule, "The Anti-Slavery Act prohibits forced labor.", report(2016)), @"undated legal_provision: Anti-Slavery Act");
        // What courts gave is no provision.
        insta::assert_snapshot!(run(&ProvisionRule, "A court sentenced the trafficker to life imprisonment under the Child Welfare Act.", report(2016)), @"");
    }

    #[test]
    fn a_life_term_of_a_law_known_by_its_acronym_or_told_before() {
        insta::assert_snapshot!(run(&ProvisionRule, "The PCTA prescribes penalties of up to life imprisonment for trafficking of children.", report(2018)), @"undated legal_provision: PCTA, penalty ?..=? years");
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &["The 2012 Child Protection Act criminalizes child trafficking.", "The law provides for penalties of up to life imprisonment when the victim is under 12."], report(2018)), @r"
    undated legal_provision: Child Protection Act
    undated legal_provision: Child Protection Act, penalty ?..=? years
    ");
        // With no law named or told before, a life term is no provision.
        insta::assert_snapshot!(run(&ProvisionRule, "Penalties of up to life imprisonment were prescribed.", report(2018)), @"");
    }

    #[test]
    fn a_law_the_country_lacks_is_no_instrument() {
        insta::assert_snapshot!(run(&ProvisionRule, "Although Testland does not have a comprehensive anti-trafficking law, it prohibits slavery under Article 260 of its penal code.", report(2007)), @"undated legal_provision: penal code article 260");
    }

    #[test]
    fn a_term_of_another_crime_set_beside_for_comparison_is_not_the_laws() {
        let text = "= Testland - 2007 Trafficking in Persons Report =\n\nArticles 523, 526, and 527 of the Penal Code criminalize sex trafficking. The penalties for sex trafficking are not commensurate with those for other grave crimes; while the crime of rape has a minimum penalty of five years' imprisonment, forcing a female into commercial sexual exploitation only carries a minimum prison sentence of one year.\n";
        let terms: Vec<_> = crate::extract(text)
            .events
            .iter()
            .filter_map(|e| match &e.fact {
                Fact::LegalProvision { penalty, .. } => Some(*penalty),
                _ => None,
            })
            .collect();
        assert_eq!(
            terms,
            [Some(Penalty {
                min_years: Some(1.0),
                max_years: None
            })]
        );
        // A law's own term for such a crime is a provision.
        insta::assert_snapshot!(run(&ProvisionRule, "The penal code prescribes up to eight years for kidnapping, and up to 10 years for trafficking.", report(2019)), @r"
        undated legal_provision: penal code, penalty ?..=8 years
        undated legal_provision: penal code, penalty ?..=10 years
        ");
    }

    #[test]
    fn a_title_is_written_as_the_text_writes_it() {
        insta::assert_snapshot!(run(&ProvisionRule, "The Anti-Trafficking Act prescribes penalties of five to 10 years' imprisonment.", report(2019)), @"undated legal_provision: Anti-Trafficking Act, penalty 5..=10 years");
        insta::assert_snapshot!(run(&ProvisionRule, "The Immigration Act prescribes penalties of up to five years' imprisonment.", report(2019)), @"undated legal_provision: Immigration Act, penalty ?..=5 years");
        // A kind in lower case stays the kind.
        insta::assert_snapshot!(run(&ProvisionRule, "The anti-trafficking act prescribes penalties of five to 10 years' imprisonment.", report(2019)), @"undated legal_provision: anti-trafficking act, penalty 5..=10 years");
    }

    #[test]
    fn the_law_as_amended_by_a_numbered_law_provides() {
        insta::assert_snapshot!(run(&ProvisionRule, "The penal code, as amended by Law No. 1 of 2015, prescribed penalties of five to 15 years.", report(2017)), @"undated legal_provision: penal code, penalty 5..=15 years");
        insta::assert_snapshot!(run(&ProvisionRule, "Federal Law No. 51 of 2006, as amended by Federal Law No. 1 of 2015, criminalized sex trafficking and prescribed penalties of five to 15 years.", report(2017)), @"undated legal_provision: Federal Law No. 51 of 2006, penalty 5..=15 years");
    }

    #[test]
    fn a_law_numbered_in_brackets() {
        insta::assert_snapshot!(run(&ProvisionRule, "Article 2 of Law No. (1) of 2008 prescribes penalties of three to 15 years.", report(2012)), @"undated legal_provision: Law No. (1) of 2008 article 2, penalty 3..=15 years");
    }

    #[test]
    fn a_decree_by_its_number_and_laws_told_of_as_others() {
        insta::assert_snapshot!(run(&ProvisionRule, "Article 168-B of Legislative Decree No.1232 prescribed a six-year minimum sentence for forced labor.", report(2018)), @"undated legal_provision: Legislative Decree No.1232 article 168-B, penalty 6..=? years");
        // "Other laws" with their penalties end the law named before: the sentences after are
        // not of it.
        insta::assert_snapshot!(run_paragraph(&ProvisionRule, &[
            "Article 153 of the penal code criminalized sex trafficking, prescribing penalties of eight to 15 years imprisonment.",
            "Other laws criminalized elements of sex trafficking: pimping carried penalties of two to five years imprisonment.",
            "The law also criminalized child sex tourism and prescribed penalties ranging from four to eight years imprisonment.",
        ], report(2018)), @r"
        undated legal_provision: penal code article 153, penalty 8..=15 years
        undated legal_provision: (unnamed instrument), penalty 2..=5 years
        undated legal_provision: (unnamed instrument), penalty 4..=8 years
        ");
        // A country's law with an adverb before its verb.
        insta::assert_snapshot!(run(&ProvisionRule, "Testlandic law also criminalized child sex tourism and prescribed penalties ranging from four to eight years imprisonment.", report(2018)), @"undated legal_provision: Testlandic law, penalty 4..=8 years");
    }

    #[test]
    fn sentences_issued_are_no_provision() {
        insta::assert_snapshot!(run(&ProvisionRule, "The government did not issue criminal penalties under the anti-trafficking law; instead, it utilized the labor law to issue fines and short jail sentences of six days to one month.", report(2022)), @"");
        insta::assert_snapshot!(run(&ProvisionRule, "Judges issued sentences of two to five years under the anti-trafficking law.", wiki()), @"");
        insta::assert_snapshot!(run(&ProvisionRule, "The anti-trafficking law prescribes sentences of two to five years.", wiki()), @"undated legal_provision: anti-trafficking law, penalty 2..=5 years");
    }
}
