//! `index_score`: a score on an index ("the Organised Crime Index gave the
//! country a score of 8.5 out of 10 for human trafficking").
//!
//! ```text
//! score := INDEX_NAME ... ("a score of" | "scored" | "gave" X)? NUMBER "out of" NUMBER ("for" INDICATOR)?
//!        | ("a" INDICATOR? "score of" | "scored") NUMBER ... INDEX_NAME ("for" INDICATOR)?   no scale: "scored 5.5 on the ... Index",
//!                                                  "a criminality score of 5.2 and a resilience score of 4.9" (one each)
//!        | INDEX_NAME ... ("rated" | "scored") INDICATOR ("in" COUNTRY)? ("at" | "as") NUMBER   no scale
//! ```
//! An index named with no score gives no event; a score in a later sentence of the paragraph
//! ("Testland received a vulnerability score of 38.5 out of 100") is on the index named last. An edition's year ("the 2021 Organised
//! Crime Index") dates the score; an indicator may come before "score" ("its human
//! trafficking score").

use super::context::SentenceCtx;
use super::lexicon::{CHANGE_NOUNS, COMPARED_WITH};
use super::{Discourse, Output, Rule};
use crate::event::{EventKind, Fact};
use crate::lazy_regex;
use crate::pattern::contains_ci;
use crate::temporal::PartialDate;

/// Finds index scores.
pub struct IndexScoreRule;

lazy_regex!(INDEX, r"\b(?P<name>(?:[A-Z][\w'-]*\s+){1,5}Index)\b");
lazy_regex!(
    SCORE,
    r"(?i)\b(?P<score>\d+(?:\.\d+)?)(?:\s+out\s+of\s+|\s*/\s*|\s*\(\s*out\s+of\s+)(?P<scale>\d+(?:\.\d+)?)\b\)?(?:\s+(?:for|on|in)\s+(?:the\s+)?(?P<ind>(?-i:[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3})))?"
);
lazy_regex!(
    SCORE_WITHOUT_SCALE,
    r"(?i)\b(?:(?:a|an|its|the)\s+(?:(?P<pre>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+)?score\s+of|score(?:\s+for\s+(?P<post>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}))?\s+(?:was|is|stood\s+at|reached)|scored|scores|scoring)\s+(?P<score>\d+(?:\.\d+)?)\b"
);
// "..., up from 5.0 in 2021": the same indicator's score in an earlier edition.
lazy_regex!(
    EARLIER_SCORE,
    format!(
        r"(?i)\b(?:(?:up|down)\s+from|(?:an?\s+)?(?:{CHANGE_NOUNS})\s+from|{COMPARED_WITH})\s+(?:a\s+score\s+of\s+)?(?P<score>\d+(?:\.\d+)?)\s+in\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b"
    )
);
// "rated human trafficking in Testland at 7.5" (or "as 7.5", "scored ... at 5.50"): the
// indicator rated, and its score when no scale follows.
lazy_regex!(
    RATED_INDICATOR,
    r"(?i)\b(?:rat|scor)(?:ed|es|ing)\s+(?P<ind>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:in\s+(?-i:[A-Z])[\w'-]*\s+)?(?:at|as)\s+(?P<score>\d+(?:\.\d+)?)\b"
);
lazy_regex!(
    INDICATOR_AFTER,
    r"(?i)^\s+(?:for|on|in)\s+(?:the\s+)?(?P<ind>(?-i:[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}))"
);

const INDICATOR_STOPS: &[&str] = &[
    "its",
    "their",
    "overall",
    "total",
    "average",
    "highest",
    "lowest",
    "on",
    "by",
    "from",
    "under",
    "at",
    "to",
    "noting",
    "which",
    "with",
    "and",
    "in",
    "as",
    "according",
    "while",
    "making",
    "the",
    "a",
    // "on the human trafficking indicator", "in the human trafficking category".
    "indicator",
    "category",
];

impl Rule for IndexScoreRule {
    fn name(&self) -> &'static str {
        "index_score"
    }

    fn kind(&self) -> EventKind {
        EventKind::IndexScore
    }

    fn cues(&self) -> &'static [&'static [&'static str]] {
        // An index named without a score is remembered for a score after it.
        &[&["index", "score"]]
    }

    fn apply(&self, cx: &SentenceCtx<'_>, d: &mut Discourse, out: &mut Output) {
        let text = cx.text;
        // The index this sentence names, else the one the paragraph named last, for a score
        // stated after it ("The index ... . Testland received a vulnerability score of 38.5 out of 100").
        let named = INDEX.captures(text).and_then(|c| c.name("name"));
        let (name, index, edition) = match named {
            Some(m) => {
                // "Testland's Organised Crime Index": the owner is not the index's name.
                let name = m.as_str().trim_start_matches("The ");
                let name = name
                    .rfind("'s ")
                    .map_or(name, |at| &name[at + 3..])
                    .to_string();
                // "in the 2021 Organised Crime Index", "the Global Organized Crime Index
                // 2023": the edition's year dates the score.
                let year_of = |w: &str| w.parse::<i32>().ok().filter(|y| (1990..2100).contains(y));
                let edition = text[..m.start()]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .and_then(year_of)
                    .or_else(|| {
                        let after = text[m.end()..].strip_prefix(' ')?;
                        let year = after.get(..4)?;
                        let ends = !after[4..].starts_with(|c: char| c.is_ascii_alphanumeric());
                        year_of(year).filter(|_| ends)
                    });
                d.index = Some((name.clone(), edition));
                (name, m.range(), edition)
            }
            None => match d.index.clone() {
                Some((name, edition)) if crate::pattern::contains_ci(text, "score") => {
                    (name, 0..0, edition)
                }
                _ => return,
            },
        };
        // The score usually follows the index's name, but may come first ("scored 6.1 out of 10 on the ... Index").
        let scored = SCORE
            .captures(&text[index.end..])
            .or_else(|| SCORE.captures(&text[..index.start]));
        let mut others: Vec<(f64, String)> = Vec::new();
        let (score, scale, mut indicator) = match scored {
            Some(s) => (
                s.name("score").map(|v| v.as_str()),
                s.name("scale").and_then(|v| v.as_str().parse::<f64>().ok()),
                s.name("ind").and_then(|i| indicator_words(i.as_str())),
            ),
            // "scored 5.5 on the ... Index for human trafficking": a score with no scale.
            None => 'bare: {
                let mut bare = SCORE_WITHOUT_SCALE.captures_iter(text).filter(|c| {
                    c.name("score")
                        .is_some_and(|v| is_bare_score(&text[v.end()..]))
                });
                let Some(first) = bare.next() else {
                    // "The ... Index 2023 scored human trafficking in Testland at 5.50".
                    let Some(rated) = RATED_INDICATOR.captures(text).filter(|c| {
                        c.name("score")
                            .is_some_and(|v| is_bare_score(&text[v.end()..]))
                    }) else {
                        return;
                    };
                    let indicator = rated.name("ind").and_then(|i| indicator_words(i.as_str()));
                    break 'bare (rated.name("score").map(|v| v.as_str()), None, indicator);
                };
                let s = first.name("score").expect("score");
                let indicator = named_before(&first).or_else(|| {
                    [&text[s.end()..], &text[index.end..]]
                        .into_iter()
                        .find_map(|after| {
                            indicator_words(INDICATOR_AFTER.captures(after)?.name("ind")?.as_str())
                        })
                });
                // "a criminality score of 5.2 and a resilience score of 4.9": each indicator its score.
                for other in bare {
                    let (Some(indicator), Some(v)) = (named_before(&other), other.name("score"))
                    else {
                        continue;
                    };
                    others.extend(v.as_str().parse::<f64>().ok().map(|v| (v, indicator)));
                }
                (Some(s.as_str()), None, indicator)
            }
        };
        let Some(score) = score.and_then(|v| v.parse::<f64>().ok()) else {
            return;
        };
        if scale.is_some_and(|sc| score > sc) {
            return;
        }
        // "Testland's human trafficking score was ...": the indicator before "score".
        if indicator.is_none() {
            indicator = indicator_before_score(text);
        }
        if indicator.is_none() {
            indicator = RATED_INDICATOR
                .captures(text)
                .and_then(|c| indicator_words(c.name("ind")?.as_str()));
        }
        let year = edition.or_else(|| cx.assessment_year());
        let compares = ["from", "compared"].iter().any(|w| contains_ci(text, w));
        let earlier = compares
            .then(|| EARLIER_SCORE.captures(text))
            .flatten()
            .and_then(|c| {
                let v = c.name("score")?.as_str().parse::<f64>().ok()?;
                let y = c.name("year")?.as_str().parse::<i32>().ok()?;
                (scale.is_none_or(|sc| v <= sc)).then_some((indicator.clone(), v, Some(y)))
            });
        for (indicator, score, year) in std::iter::once((indicator, score, year))
            .chain(others.into_iter().map(|(v, ind)| (Some(ind), v, year)))
            .chain(earlier)
        {
            out.events.push(cx.event(
                Fact::IndexScore {
                    index: name.clone(),
                    indicator,
                    score,
                    scale,
                },
                year.map(PartialDate::year),
                false,
                self.name(),
            ));
        }
    }
}

/// The indicator named between the article and "score" ("a criminality score of 5.2"): the
/// words after the last one that cannot be part of it ("the country a score of 42" has none);
/// or after "score" ("its score for human trafficking was 6.5").
fn named_before(c: &crate::pattern::Captures<'_>) -> Option<String> {
    if let Some(post) = c.name("post") {
        return indicator_words(post.as_str());
    }
    let words: Vec<&str> = c.name("pre")?.as_str().split_whitespace().collect();
    let from = words
        .iter()
        .rposition(|w| INDICATOR_STOPS.contains(&w.to_ascii_lowercase().as_str()))
        .map_or(0, |i| i + 1);
    (from < words.len()).then(|| words[from..].join(" "))
}

/// The indicator's words, up to the first that cannot be part of it ("human trafficking, noting").
fn indicator_words(found: &str) -> Option<String> {
    let words: Vec<&str> = found
        .split_whitespace()
        // "the country's ranking": an owner's noun is no indicator.
        .take_while(|w| !INDICATOR_STOPS.contains(w) && !w.contains(['\'', '\u{2019}']))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The lowercase words right before "score" ("Testland's human trafficking score"), at most three.
fn indicator_before_score(text: &str) -> Option<String> {
    let mut from = 0;
    let at = loop {
        let at = crate::pattern::find_ci(text, " score", from)?;
        if crate::pattern::ends_word(text.as_bytes(), at + 6) {
            break at;
        }
        from = at + 6;
    };
    let mut words: Vec<&str> = text[..at]
        .rsplit(' ')
        .take(3)
        .take_while(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !INDICATOR_STOPS.contains(w)
        })
        .collect();
    words.reverse();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Whether what follows a number leaves it a score: not a share ("45 percent") or a part ("3 out of 10").
fn is_bare_score(after: &str) -> bool {
    let after = after.trim_start().to_ascii_lowercase();
    !["%", "percent", "per cent", "out of", "of "]
        .iter()
        .any(|p| after.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{run, run_paragraph, wiki};

    #[test]
    fn scores() {
        insta::assert_snapshot!(run(&IndexScoreRule, "In 2023, the Organised Crime Index gave Turkmenistan a score of 8.5 out of 10 for human trafficking, noting that efforts were negligible.", wiki()), @"2023 index_score: Organised Crime Index (human trafficking): 8.5 out of 10");
        insta::assert_snapshot!(run(&IndexScoreRule, "In 2023, the Organised Crime Index gave the country 5.5 out of 10 for human trafficking.", wiki()), @"2023 index_score: Organised Crime Index (human trafficking): 5.5 out of 10");
        insta::assert_snapshot!(run(&IndexScoreRule, "The Global Slavery Index scored it 42 out of 100 in 2018.", wiki()), @"2018 index_score: Global Slavery Index: 42 out of 100");
    }

    #[test]
    fn an_edition_year_after_the_name_and_a_rated_indicator() {
        insta::assert_snapshot!(run(&IndexScoreRule, "According to the Global Organized Crime Index 2023, Testland scores 5.50 for human trafficking.", wiki()), @"2023 index_score: Global Organized Crime Index (human trafficking): 5.5");
        insta::assert_snapshot!(run(&IndexScoreRule, "The 2021 Organized Crime Index rated human trafficking in Testland at 7.5 (out of 10).", wiki()), @"2021 index_score: Organized Crime Index (human trafficking): 7.5 out of 10");
        // A rating of the country names no indicator.
        insta::assert_snapshot!(run(&IndexScoreRule, "The 2021 Organized Crime Index rated the country at 7.5 (out of 10).", wiki()), @"2021 index_score: Organized Crime Index: 7.5 out of 10");
        insta::assert_snapshot!(run(&IndexScoreRule, "The 2023 Organised Crime Index rated human trafficking in Testland as 6.00 out of 10.", wiki()), @"2023 index_score: Organised Crime Index (human trafficking): 6 out of 10");
        // No scale told: the score alone; not a percentage.
        insta::assert_snapshot!(run(&IndexScoreRule, "The Global Organized Crime Index 2023 scored human trafficking in Testland at 5.50.", wiki()), @"2023 index_score: Global Organized Crime Index (human trafficking): 5.5");
        insta::assert_snapshot!(run(&IndexScoreRule, "The 2019 Global Slavery Index rated Testland at 12 percent.", wiki()), @"");
    }

    #[test]
    fn a_score_after_the_sentence_naming_its_index() {
        insta::assert_snapshot!(run_paragraph(&IndexScoreRule, &[
            "According to the 2018 Global Slavery Index, an estimated 12,000 people were living in modern slavery in Testland.",
            "The index ranked Testland 45th of 167 countries.",
            "Testland received a vulnerability score of 38.5 out of 100.",
        ], wiki()), @"2018 index_score: Global Slavery Index (vulnerability): 38.5 out of 100");
        // No index named before: no score; and a share is no score.
        assert_eq!(
            run_paragraph(
                &IndexScoreRule,
                &["Testland received a vulnerability score of 38.5 out of 100."],
                wiki()
            ),
            ""
        );
        assert_eq!(
            run_paragraph(
                &IndexScoreRule,
                &[
                    "The 2018 Global Slavery Index covered Testland.",
                    "Of the victims, 15 out of 20 were women.",
                ],
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn indicators_named_before_score() {
        insta::assert_snapshot!(run(&IndexScoreRule, "The 2021 Organised Crime Index gave Testland a criminality score of 5.2 and a resilience score of 4.9.", wiki()), @r"
        2021 index_score: Organised Crime Index (criminality): 5.2
        2021 index_score: Organised Crime Index (resilience): 4.9
        ");
        insta::assert_snapshot!(run(&IndexScoreRule, "In the 2023 Global Organized Crime Index, Testland had a human trafficking score of 7.", wiki()), @"2023 index_score: Global Organized Crime Index (human trafficking): 7");
    }

    #[test]
    fn an_indicator_named_as_such_after_the_score() {
        insta::assert_snapshot!(run(&IndexScoreRule, "Testland scored 7 out of 10 on the human trafficking indicator of the 2021 Organised Crime Index.", wiki()), @"2021 index_score: Organised Crime Index (human trafficking): 7 out of 10");
        insta::assert_snapshot!(run(&IndexScoreRule, "In 2023, the Organised Crime Index gave Testland 6 out of 10 in the human trafficking category.", wiki()), @"2023 index_score: Organised Crime Index (human trafficking): 6 out of 10");
        // An owner's noun is none.
        insta::assert_snapshot!(run(&IndexScoreRule, "The 2023 Organised Crime Index gave Testland a score of 6 out of 10 in the country's ranking.", wiki()), @"2023 index_score: Organised Crime Index: 6 out of 10");
    }

    #[test]
    fn score_before_the_index() {
        insta::assert_snapshot!(run(&IndexScoreRule, "In 2021, the country scored 6.5 out of 10 for human trafficking on the Global Organized Crime Index.", wiki()), @"2021 index_score: Global Organized Crime Index (human trafficking): 6.5 out of 10");
    }

    #[test]
    fn edition_year_and_indicator_before_score() {
        insta::assert_snapshot!(run(&IndexScoreRule, "Testland scored 7 out of 10 for human trafficking in the 2021 Organised Crime Index.", wiki()), @"2021 index_score: Organised Crime Index (human trafficking): 7 out of 10");
        insta::assert_snapshot!(run(&IndexScoreRule, "Testland's human trafficking score on the Organised Crime Index was 5.5 out of 10 in 2023.", wiki()), @"2023 index_score: Organised Crime Index (human trafficking): 5.5 out of 10");
        // Not an indicator: the scorer, or a word before "scored".
        insta::assert_snapshot!(run(&IndexScoreRule, "In 2019 the country scored 42 out of 100 on the Global Slavery Index.", wiki()), @"2019 index_score: Global Slavery Index: 42 out of 100");
        insta::assert_snapshot!(run(&IndexScoreRule, "In 2019 its overall score on the Global Slavery Index was 42 out of 100.", wiki()), @"2019 index_score: Global Slavery Index: 42 out of 100");
    }

    #[test]
    fn an_earlier_score_compared() {
        insta::assert_snapshot!(run(&IndexScoreRule, "According to the 2023 Global Organized Crime Index, Testland scored 5.5 on human trafficking, up from 5.0 in 2021.", wiki()), @r"
        2023 index_score: Global Organized Crime Index (human trafficking): 5.5
        2021 index_score: Global Organized Crime Index (human trafficking): 5
        ");
        insta::assert_snapshot!(run(&IndexScoreRule, "The Organised Crime Index gave Testland a score of 6.5 out of 10 for human trafficking in 2023, compared with 7 in 2021.", wiki()), @r"
        2023 index_score: Organised Crime Index (human trafficking): 6.5 out of 10
        2021 index_score: Organised Crime Index (human trafficking): 7 out of 10
        ");
        // No year, no earlier score.
        insta::assert_snapshot!(run(&IndexScoreRule, "In 2023 the Organised Crime Index gave Testland 6.5 out of 10 for human trafficking, up from 5.0.", wiki()), @"2023 index_score: Organised Crime Index (human trafficking): 6.5 out of 10");
    }

    #[test]
    fn a_scale_after_a_slash_or_in_brackets() {
        insta::assert_snapshot!(run(&IndexScoreRule, "In the 2021 Global Organized Crime Index, Testland received a score of 6.5/10 for human trafficking.", wiki()), @"2021 index_score: Global Organized Crime Index (human trafficking): 6.5 out of 10");
        insta::assert_snapshot!(run(&IndexScoreRule, "The 2023 Global Slavery Index gave Testland a government response rating of 42/100.", wiki()), @"2023 index_score: Global Slavery Index: 42 out of 100");
        insta::assert_snapshot!(run(&IndexScoreRule, "The country received a score of 5.5 (out of 10) for human trafficking from the Organised Crime Index in 2023.", wiki()), @"2023 index_score: Organised Crime Index (human trafficking): 5.5 out of 10");
    }

    #[test]
    fn scores_without_a_scale() {
        insta::assert_snapshot!(run(&IndexScoreRule, "Testland scored 5.5 on the Global Organized Crime Index for human trafficking in 2023.", wiki()), @"2023 index_score: Global Organized Crime Index (human trafficking): 5.5");
        insta::assert_snapshot!(run(&IndexScoreRule, "In 2018 the Global Slavery Index gave the country a score of 42.", wiki()), @"2018 index_score: Global Slavery Index: 42");
        // The score told by a copula after the index's name, with its indicator or none.
        assert_eq!(
            run(
                &IndexScoreRule,
                "The country's Global Slavery Index score was 42 in 2018.",
                wiki()
            ),
            "2018 index_score: Global Slavery Index: 42"
        );
        assert_eq!(
            run(&IndexScoreRule, "Testland's Organised Crime Index score for human trafficking stood at 6.5 in 2021.", wiki()),
            "2021 index_score: Organised Crime Index (human trafficking): 6.5"
        );
        assert_eq!(
            run(
                &IndexScoreRule,
                "The Global Slavery Index found the country scored 45 percent on awareness.",
                wiki()
            ),
            ""
        );
    }

    #[test]
    fn no_score_no_event() {
        assert_eq!(
            run(
                &IndexScoreRule,
                "In 2023, the Organised Crime Index noted the significance of bride kidnapping.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &IndexScoreRule,
                "A survey by the index found that 3 out of 10 workers were unpaid.",
                wiki()
            ),
            ""
        );
        assert_eq!(
            run(
                &IndexScoreRule,
                "The Organised Crime Index rated it 12 out of 10.",
                wiki()
            ),
            ""
        );
    }
}
