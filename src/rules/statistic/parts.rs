//! How a count stands to the ones before it: a part of a whole, a breakdown in
//! brackets, a sum of parts, a year aside, a comparison.

use super::nouns::{classify_noun, metric_of_counted, NounClass};
use super::verbs::{
    care_given_by, metric_of_pair, metric_of_word, pair_around, passive_verb, verb_metrics,
    VERB_WORD,
};
use super::{is_year, push, push_inferred, trim_word, words_of, Found};
use crate::event::{Fact, Metric};
use crate::lazy_regex;
use crate::pattern::contains_ci;
use crate::quantity::{Quantity, QuantityMention};
use crate::rules::context::{clause, negated_before, SentenceCtx};
use crate::rules::lexicon::{
    is_victim_metric, ADULT_WORDS, BODY_NAME_NOUNS, CHILD_WORDS, CLAUSE_CONNECTIVES,
    COMPARISON_WORDS, EXPLOITED_WORDS, FORMS, GROUPS_OF_PEOPLE, GROUP_ADJECTIVES, KINDS_OF_PERSON,
    NOUN_MODIFIERS, OTHER_COUNT_LINKS, PART_LINKS, RELAYING_VERBS,
};
use crate::rules::{PeopleCount, Whole};
use crate::temporal::PartialDate;

// "..., and eight cases in 2019": a count with a year of its own ends a list of parts.
lazy_regex!(
    pub(super) NOUN_THEN_YEAR,
    r"^\s+(?:[\w-]+\s+){0,3}?(?:in|during)\s+(?:19|20)\d\d\b"
);

lazy_regex!(
    pub(super) YEAR_ASIDE,
    r"^[\w,-]+(?P<noun>(?:\s+[a-z]+){0,3}?)\s+(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:preceding|previous|prior|last)\s+(?:reporting\s+)?(?:period|year))\s*(?:[),;]|and\s)"
);

/// "190 victims, including 56 children", "40 cases, of which 12 ...": a part of the count
/// just before, not a count of its own.
pub(super) fn is_part_of(text: &str, previous: &QuantityMention, q: &QuantityMention) -> bool {
    let between = &text[previous.end..q.start];
    let words = between.split_whitespace().count();
    let lower = between.trim_end().to_ascii_lowercase();
    // "including only five": the link with its limiting word.
    let lower = lower.strip_suffix(" only").unwrap_or(&lower);
    // "victims during the reporting period—including three ..." (the dash normalized to
    // " - "): a dash for the comma.
    let dashed = lower
        .strip_suffix(" - including")
        .map(|s| format!("{s}, including"));
    let lower = dashed.as_deref().unwrap_or(lower);
    // "383 victims - 51 men, ...", "75 victims: 30 women, ...": a list of the parts follows.
    let opens_list = lower.ends_with(" -") || lower.ends_with(':');
    // "eight investigations under article 124 in 2016, including five ...": a longer
    // description of the whole, with no verb of its own, still ends in its parts; so does
    // one with the whole's passive ("six individuals were indicted for trafficking crimes,
    // including three ...").
    let verb_of_its_own = || {
        let mut ws = between.split_whitespace().peekable();
        let mut last = "";
        std::iter::from_fn(|| {
            let w = ws.next()?;
            let before = std::mem::replace(&mut last, w);
            Some((before, w, ws.peek().copied().unwrap_or("")))
        })
        .any(|(before, w, next)| {
            (metric_of_word(w).is_some() || metric_of_pair(w, next).is_some())
                && classify_noun(trim_word(w)).is_none()
                && !matches!(before, "were" | "was" | "been")
        })
    };
    let near = words <= 6 || (words <= 12 && lower.ends_with(", including") && !verb_of_its_own());
    near && !between.contains([';', '.'])
        && (opens_list || PART_LINKS.iter().any(|w| lower.ends_with(w)))
}

/// "Of the 55 convicted traffickers, 17 were ...", "Out of 44 traffickers detained, six were
/// ...", "Of the 131 confirmed and potential victims
/// the government identified in 2017, 127 victims ...": a count `q` after the whole it is a
/// part of, named first at the start of a clause.
pub(super) fn after_named_whole(
    text: &str,
    previous: &QuantityMention,
    q: &QuantityMention,
) -> bool {
    let between = &text[previous.end..q.start];
    between.trim_end().ends_with(',')
        && between.split_whitespace().count() <= 16
        && !between.contains([';', '.'])
        && whole_leads(text, previous.start)
}

/// Whether the clause opens with a whole its later counts are parts of, right before `at`
/// ("Of the 44 ...", "Out of the 120 ...").
fn whole_leads(text: &str, at: usize) -> bool {
    const LEADS: [&str; 7] = [
        "of the",
        "of these",
        "of those",
        "among the",
        "among these",
        "out of",
        "out of the",
    ];
    let before = text[..at].trim_end();
    LEADS.iter().any(|lead| {
        let cut = before.len().saturating_sub(lead.len());
        before.len() >= lead.len()
            && before.is_char_boundary(cut)
            && before[cut..].eq_ignore_ascii_case(lead)
            && clause_opens(&before[..cut])
    })
}

/// Whether a phrase may start right after `before`: at the sentence start or after a
/// clause break.
pub(super) fn clause_opens(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty() || before.ends_with([',', ';', ':'])
}

/// For each count: whether it is a part of an earlier count of the sentence that its run of
/// parts adds up to ("120 cases, ... involving 56 sex trafficking and 64 labor trafficking
/// cases"; "1,451 victims, comprising 1,214 ... and 237 ..."). Two parts at least, all exact,
/// in one clause, with no bracket, comparison or metric verb before or between them
/// ("identified 40 victims, referred 25 to shelters and 15 to NGOs" counts what was done to
/// them; bracketed breakdowns are [`inside_breakdown`]'s).
///
/// Brackets are asides to the run ("254 victims (210 in 2021), including 29 ..., 171 ...
/// (including three ...), and 54 ..."): they are read as blank, and counts in them are no parts.
///
/// So are the shares of agents in a total of the same act, see [`summed_by_agents`].
pub(super) fn summed_parts(text: &str, counts: &[&QuantityMention]) -> Vec<bool> {
    let flat = match text.contains('(') {
        true => std::borrow::Cow::Owned(blank_brackets(text)),
        false => std::borrow::Cow::Borrowed(text),
    };
    let outside: Vec<usize> = (0..counts.len())
        .filter(|&i| flat.as_bytes().get(counts[i].start) != Some(&b' '))
        .collect();
    let kept: Vec<&QuantityMention> = outside.iter().map(|&i| counts[i]).collect();
    let mut parts = summed_by_agents(&flat, counts, &outside);
    for (k, is_part) in summed_parts_in(&flat, &kept).into_iter().enumerate() {
        parts[outside[k]] |= is_part;
    }
    parts
}

/// Whether the clause up to `end`, from the start of the one holding `from`, tells of one act
/// only: the metric words in it are all of one metric ("identified 30 women and referred 12
/// children" tells two).
fn one_act_told(text: &str, from: usize, end: usize) -> bool {
    let start = text[..from].rfind(';').map_or(0, |i| i + 1);
    verb_metrics(&text[start..end]).len() <= 1
}

/// Words that bring in the total of the counts told before them ("convicted 66 traffickers
/// and ... 89 traffickers for a total of 155 convictions", "30 women and 12 children, totaling
/// 42 victims").
const TOTAL_AFTER: [&str; 5] = ["a total of", "totaling", "totalling", "totaled", "totalled"];

/// For each count: whether it is one of a run of counts, two at least and all exact, that the
/// total told right after them in the same clause adds up.
pub(super) fn parts_before_total(text: &str, counts: &[&QuantityMention]) -> Vec<bool> {
    let mut parts = vec![false; counts.len()];
    if !contains_ci(text, "total") {
        return parts;
    }
    for (k, total) in counts.iter().enumerate().skip(2) {
        let lead = text[..total.start].trim_end();
        let brought = TOTAL_AFTER
            .iter()
            .any(|t| crate::pattern::ends_with_ci(lead, t));
        let (Some(whole), true) = (exact_value(total), brought) else {
            continue;
        };
        let mut sum = 0;
        for j in (0..k).rev() {
            let Some(v) = exact_value(counts[j]) else {
                break;
            };
            if text[counts[j].end..total.start].contains([';', '.']) {
                break;
            }
            sum += v;
            if sum == whole && k - j >= 2 && one_act_told(text, counts[j].start, total.start) {
                parts[j..k].iter_mut().for_each(|p| *p = true);
                break;
            }
            if sum > whole {
                break;
            }
        }
    }
    parts
}

/// Which counts are the shares of agents in a total of the same act told just before them
/// ("First responders referred 193 potential victims ...; law enforcement referred 89, social
/// welfare organizations referred 45, other government entities referred 21, and 38 were
/// referred by civil society"): each share told with the total's verb, active before it or
/// passive after it, two shares at least, adding up to the total. `flat` is the text with its
/// brackets blanked, `outside` the counts not in them (those in brackets are asides).
fn summed_by_agents(flat: &str, counts: &[&QuantityMention], outside: &[usize]) -> Vec<bool> {
    /// Most shares a total is split into.
    const MOST_SHARES: usize = 8;
    let mut shares = vec![false; counts.len()];
    let word_before = |at: usize| flat[..at].split_whitespace().next_back().unwrap_or("");
    for (n, &i) in outside.iter().enumerate() {
        let Some(total) = exact_value(counts[i]).filter(|&v| v >= 2) else {
            continue;
        };
        let verb = word_before(counts[i].start);
        if verb.len() < 4 || !verb.ends_with("ed") || metric_of_word(verb).is_none() {
            continue;
        }
        // Not counts of other years ("...; in 2017, courts convicted 7").
        let dated = |from: usize, to: usize| {
            flat[from..to]
                .split_whitespace()
                .any(|w| is_year(w.trim_end_matches([',', ';', '.'])))
                || contains_ci(&flat[from..to], "previous")
        };
        let told_with_verb = |p: usize| {
            let q = counts[p];
            if dated(counts[i].end, q.start) {
                return false;
            }
            let mut after = flat[q.end..].split_whitespace();
            word_before(q.start) == verb
                || (matches!(after.next(), Some("were" | "was")) && after.next() == Some(verb))
        };
        let mut sum = 0;
        for (k, &p) in outside[n + 1..].iter().enumerate().take(MOST_SHARES) {
            let Some(v) = exact_value(counts[p]).filter(|_| told_with_verb(p)) else {
                break;
            };
            sum += v;
            if sum == total && k > 0 {
                for &share in &outside[n + 1..=n + 1 + k] {
                    shares[share] = true;
                }
                break;
            }
            if sum > total {
                break;
            }
        }
    }
    shares
}

/// `text` with every bracketed stretch, brackets included, turned to spaces (offsets kept).
pub(super) fn blank_brackets(text: &str) -> String {
    let mut depth = 0usize;
    let bytes: Vec<u8> = text
        .bytes()
        .map(|b| {
            let inside = depth > 0 || b == b'(';
            match b {
                b'(' => depth += 1,
                b')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if inside {
                b' '
            } else {
                b
            }
        })
        .collect();
    // Only ASCII bytes were written over whole characters' bytes, or left alone.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// For each count: whether it is one of a run of parts that adds up exactly to a whole the
/// clause opens with ("Of the 589 alleged traffickers, 373 were charged with sex trafficking,
/// 81 with labor trafficking, ..."; "Of the 130 convictions, courts convicted 68 ... for sex
/// trafficking, 31 for forced labor, and 31 ..."): a breakdown of that whole by form, under
/// the verb of its first part. Two parts at least, all exact, in the whole's clause, each
/// told with a form of trafficking, the later ones with no verb of their own ("six were
/// convicted and 38 were acquitted" tells two outcomes, "30 were referred to shelters and 20
/// to NGOs" two destinations).
pub(super) fn breakdown_of_leading_whole(text: &str, counts: &[&QuantityMention]) -> Vec<bool> {
    let mut parts = vec![false; counts.len()];
    for (w, whole) in counts.iter().enumerate() {
        let leads = whole_leads(text, whole.start);
        let named = text[whole.end..]
            .find(',')
            .is_some_and(|c| text[whole.end..whole.end + c].split_whitespace().count() <= 5);
        let (Some(total), true, true) = (exact_value(whole), leads, named) else {
            continue;
        };
        let (_, ce) = clause(text, whole.start);
        let after = |j: usize| {
            let end = counts.get(j + 1).map_or(ce, |next| next.start.min(ce));
            text.get(counts[j].end..end.max(counts[j].end))
                .unwrap_or("")
        };
        let verbless = |j: usize| {
            !words_of(after(j)).any(|w| {
                crate::pattern::is_one_of(w, &["was", "were", "is", "are", "had", "has", "have"])
                    || metric_of_word(w).is_some()
            })
        };
        let of_a_form = |j: usize| {
            ["trafficking", "labor", "labour", "exploitation"]
                .iter()
                .any(|f| contains_ci(after(j), f))
        };
        let mut sum = 0;
        for (j, part) in counts.iter().enumerate().skip(w + 1) {
            let fits = part.end <= ce && of_a_form(j) && (j == w + 1 || verbless(j));
            let Some(value) = exact_value(part).filter(|_| fits) else {
                break;
            };
            sum += value;
            if sum >= total {
                if sum == total && j > w + 1 {
                    parts[w + 1..=j].fill(true);
                }
                break;
            }
        }
    }
    parts
}

/// A count's value when it is stated exactly.
fn exact_value(q: &QuantityMention) -> Option<u64> {
    (q.quantity.qualifier == crate::quantity::Qualifier::Exact)
        .then_some(q.quantity.min)
        .flatten()
}

fn summed_parts_in(text: &str, counts: &[&QuantityMention]) -> Vec<bool> {
    /// Most counts a run of parts holds, and most counts between a total and its parts.
    const MOST_PARTS: usize = 8;
    const MOST_BETWEEN: usize = 4;
    let mut parts = vec![false; counts.len()];
    let one_clause = |w: &str| !w.contains([';', '.', '(', ')']);
    // No metric word between parts; before the first, the count's own noun may stand
    // ("15 investigations, two for ...").
    let free_of_verbs = |from: usize, to: usize, first: bool| {
        text.get(from..to).is_some_and(|w| {
            let lower = w.to_ascii_lowercase();
            one_clause(w)
                && !VERB_WORD.find_iter(w).any(|v| {
                    !first || !(v.as_str().ends_with("ion") || v.as_str().ends_with("ions"))
                })
                && after_comparison(w, 0, w.len()) == 0
                && !lower.contains("up from")
                && !lower.contains("down from")
        })
    };
    // Sums first: the words are read only for a run that adds up.
    // A part with a year of its own ("and eight cases in 2019") is another year's count.
    // "nine traffickers in eight cases, including one case of ...": a part of a part is no
    // sibling of it.
    let part_of_part = |p: usize| {
        let link = text[counts[p - 1].end..counts[p].start]
            .trim_end()
            .to_ascii_lowercase();
        PART_LINKS.iter().any(|w| link.ends_with(w))
    };
    // "seven cases involving six suspects and ... one ...": the people in the cases.
    let in_the_cases = |total: &QuantityMention, first: &QuantityMention| {
        text.get(total.end..first.start).is_some_and(|link| {
            let link = link.trim_end();
            OTHER_COUNT_LINKS
                .iter()
                .any(|w| crate::pattern::ends_with_ci(link, w))
        })
    };
    let parts_of = |total: &QuantityMention, j: usize, k: usize| {
        text.get(total.end..counts[k].start).is_some_and(one_clause)
            && !in_the_cases(total, counts[j])
            && (j..=k).all(|p| {
                free_of_verbs(counts[p - 1].end, counts[p].start, p == j)
                    && !NOUN_THEN_YEAR.is_match(&text[counts[p].end..])
                    && (p == j || !part_of_part(p))
            })
    };
    for (i, total) in counts.iter().enumerate() {
        // A part is no total of further parts: "24 ... and 16 ..., and eight" adds up by chance.
        if parts[i] {
            continue;
        }
        let Some(whole) = exact_value(total).filter(|&v| v >= 2) else {
            continue;
        };
        // Parts follow within the total's clause.
        let clause_end = memchr::memchr3(b';', b'.', b'(', &text.as_bytes()[total.end..])
            .map_or(text.len(), |k| total.end + k);
        let last_start = counts.len().min(i + 2 + MOST_BETWEEN);
        'runs: for j in i + 1..last_start {
            if counts[j].start > clause_end {
                break;
            }
            let mut sum = 0;
            for k in j..counts.len().min(j + MOST_PARTS) {
                let Some(v) = exact_value(counts[k]) else {
                    continue 'runs;
                };
                sum += v;
                if sum == whole && k > j && parts_of(total, j, k) {
                    parts[j..=k].iter_mut().for_each(|p| *p = true);
                    break 'runs;
                }
                if sum >= whole {
                    continue 'runs;
                }
            }
        }
    }
    parts_by_agent(text, counts, &mut parts);
    parts
}

/// "referred 130 potential victims; law enforcement referred 59 potential victims, social
/// welfare organizations referred 43 potential victims, ...": counts of the total's own noun
/// right after it, each with its own agent and verb, that add up to it exactly, are its parts.
fn parts_by_agent(text: &str, counts: &[&QuantityMention], parts: &mut [bool]) {
    const MOST_PARTS: usize = 10;
    let head = |q: &QuantityMention| {
        super::nouns::noun_after(text, q.end)
            .and_then(|n| super::nouns::head_noun(&n.subject).map(str::to_ascii_lowercase))
    };
    for i in 0..counts.len().saturating_sub(2) {
        let Some(whole) = exact_value(counts[i]).filter(|&w| w >= 2 && !parts[i]) else {
            continue;
        };
        // Sums first: the nouns are read only for a run that adds up.
        let mut sum = 0;
        for k in i + 1..counts.len().min(i + 1 + MOST_PARTS) {
            let between = &text[counts[k - 1].end..counts[k].start];
            // A part with a year of its own is another year's count.
            let dated = between.split(|c: char| !c.is_ascii_digit()).any(is_year);
            let Some(v) = exact_value(counts[k]).filter(|_| !dated) else {
                break;
            };
            sum += v;
            if sum == whole && k > i + 1 {
                // Each part names the total's noun, or leaves it out after the total's own
                // verb ("the government referred 81, social welfare organizations referred
                // 42, ...").
                let noun = head(counts[i]);
                let verb_before =
                    |q: &QuantityMention| text[..q.start].split_whitespace().next_back();
                let bare = |p: usize| {
                    bare_count(text, counts[p]) && verb_before(counts[p]) == verb_before(counts[i])
                };
                if noun.is_some() && (i + 1..=k).all(|p| bare(p) || head(counts[p]) == noun) {
                    parts[i + 1..=k].iter_mut().for_each(|p| *p = true);
                }
                break;
            }
            if sum > whole {
                break;
            }
        }
    }
}

/// Whether a count stands with no noun of its own: a comma, semicolon, "and" or the end
/// right after it.
fn bare_count(text: &str, q: &QuantityMention) -> bool {
    let rest = text[q.end..].trim_start();
    rest.is_empty() || rest.starts_with([',', ';', '.']) || rest.starts_with("and ")
}

/// Whether the words between two parts of a count continue their list ("51 adult males,
/// 176 ...", "207 local victims (126 in 2019) and 360 ..."): a bracket before them is skipped.
pub(super) fn continues_parts(between: &str) -> bool {
    let after_aside = between.rfind(')').map_or(between, |i| &between[i + 1..]);
    if continues_list(after_aside) {
        return true;
    }
    let mut words: Vec<&str> = after_aside.split_whitespace().collect();
    let Some(&last) = words.last() else {
        return false;
    };
    // "26 adult victims from Nigeria and 433 ...": a part's origin, a name, stands aside.
    if let Some(from) = origin_before_last(&words) {
        words.drain(from..words.len() - 1);
    }
    // "352 identified as female, 78 ...": a participle before "as" tells what the part is;
    // one after a preposition modifies a noun ("73 victims of forced begging and ...").
    let verb_at = |i: usize| {
        words[i].trim_end_matches(',').ends_with("ed")
            && words.get(i + 1) != Some(&"as")
            && !(i > 0 && matches!(words[i - 1], "of" | "for" | "in" | "into" | "to" | "with"))
    };
    // "...; two were foreign victims (none in 2018); and one child victim": a list of parts
    // may be joined by semicolons, the last by "; and".
    let joined = after_aside.trim_start();
    let joined = joined
        .strip_prefix(';')
        .filter(|rest| rest.trim() == "and")
        .unwrap_or(after_aside);
    // "nine girls and five women exploited in sex trafficking; one woman and ...; and four
    // girls": parts set apart by semicolons, each told what it was exploited in.
    let exploited_at = |i: usize| {
        crate::pattern::is_one_of(words[i].trim_end_matches([',', ';']), EXPLOITED_WORDS)
    };
    let list = after_aside.trim_end();
    let list = list.strip_suffix(" and").map_or(list, str::trim_end);
    let by_semicolon = list.strip_suffix(';').is_some_and(|list| {
        !list.contains([';', '.', ':'])
            && words.len() <= 6
            && (0..words.len()).any(exploited_at)
            && (0..words.len()).filter(|&i| verb_at(i)).all(exploited_at)
    });
    // "11 victims of both sex trafficking and forced labor, and five ...": the words of a
    // form of exploitation name what the part is, however many.
    let named = || words.iter().filter(|w| !is_form_word(w)).count();
    // "forced labor" names a form; "forced" alone may be a verb ("women forced into ...").
    let form_at =
        |i: usize| is_form_word(words[i]) && words.get(i + 1).is_some_and(|w| is_form_word(w));
    by_semicolon
        || ((matches!(last, "and" | "or") || last.ends_with(','))
            && (words.len() <= 6 || named() <= 6)
            && !joined.contains([';', '.', ':'])
            && !(0..words.len()).any(|i| verb_at(i) && !form_at(i)))
}

/// A word of a form of exploitation ("sex", "trafficking", "forced", "labor"), or "both"
/// joining two.
fn is_form_word(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';']);
    word.eq_ignore_ascii_case("both")
        || FORMS
            .iter()
            .any(|(phrase, _)| phrase.split(' ').any(|w| w.eq_ignore_ascii_case(word)))
}

/// Where an origin told by name ends a part's words ("adult victims from Nigeria and", "men
/// from the Gambia,"): the index of its "from", so that all but the last word may go.
fn origin_before_last(words: &[&str]) -> Option<usize> {
    let joined = matches!(words.last(), Some(&("and" | "or")));
    let named = &words[..words.len() - usize::from(joined)];
    let from = named.iter().rposition(|w| *w == "from")?;
    let name = &named[from + 1..];
    let name = name.strip_prefix(&["the"]).unwrap_or(name);
    let capitalized = |w: &&str| w.starts_with(|c: char| c.is_ascii_uppercase());
    (!name.is_empty() && name.len() <= 3 && name.iter().all(capitalized)).then_some(from)
}

/// Whether the words between two counts continue a list: modifiers, perhaps the first
/// count's own noun ("215 sex trafficking victims and 96 ..."), then "and", "or" or a comma.
pub(super) fn continues_list(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    let Some((&last, modifiers)) = words.split_last() else {
        return false;
    };
    (matches!(last, "and" | "or") || last.ends_with(','))
        && !between.contains([';', '.'])
        && modifiers.len() <= 4
        && modifiers.iter().enumerate().all(|(i, w)| {
            let w = w.trim_end_matches(',').to_ascii_lowercase();
            NOUN_MODIFIERS.contains(&w.as_str())
                || w == "and"
                || w == "or"
                || (i + 1 == modifiers.len() && classify_noun(&w).is_some())
        })
}

/// Where a count in brackets with its own earlier year ends ("(29 in 2017, 19 in 2016)",
/// "(convictions in eight cases in 2017, six in 2016)"); `None` for any other count.
pub(super) fn year_aside(
    text: &str,
    q: &QuantityMention,
    first_open: Option<usize>,
) -> Option<usize> {
    first_open.filter(|&o| o < q.start)?;
    let before = &text[..q.start];
    let open = open_bracket_before(text, q.start)?;
    // "(... a total of 121 victims comprising 112 females and 32 children in 2020)": a part of
    // a count in the bracket.
    let in_bracket = before[open..].to_ascii_lowercase();
    if PART_LINKS.iter().any(|w| in_bracket.contains(w))
        || opens_with_a_metric_verb(&before[open + 1..])
        || has_a_metric_verb(&before[open + 1..])
    {
        return None;
    }
    let c = YEAR_ASIDE.captures(&text[q.start..])?;
    // "(124 potential victims in 2019)": a noun of several words repeats the one counted.
    let mut noun = c["noun"].split_whitespace();
    if noun.clone().count() > 1 {
        let head = noun.next_back()?;
        let counted = text[..open].split_whitespace().rev().take(3);
        if !counted.into_iter().any(|w| w.eq_ignore_ascii_case(head)) {
            return None;
        }
    }
    Some(q.start + c.get(0)?.end())
}

lazy_regex!(
    WHOLE_LEAD,
    r"(?i)^\s*(?:of|among)\s+(?:the|these|those)(?:\s+[\d,]+)?(?P<noun>(?:\s+[\w-]+){0,6})\s*,"
);

/// The metric of the act a whole is named by, read before its "of" if need be: "identified
/// victims of sex trafficking" (as in "Among the identified victims of sex trafficking, there
/// were 183 girls, ...").
pub(super) fn metric_of_whole(counted: &str) -> Option<Metric> {
    metric_of_counted(counted).or_else(|| {
        counted
            .split_once(" of ")
            .and_then(|(head, _)| metric_of_counted(head))
    })
}

/// "Of these 495 investigations, officials investigated 127 at the federal level and 368 at
/// the regional level, compared with 27 ... in 2020": counts of the act of a whole the
/// sentence opens with are parts of it, and go (not a count with a noun of its own in
/// another year than the whole's, "compared with 55 victims identified in 2019").
pub(super) fn drop_parts_of_leading_whole(text: &str, first: usize, out: &mut Found) {
    let opens = |w: &str| crate::pattern::starts_with_ci(text.trim_start(), w);
    if !opens("of ") && !opens("among ") {
        return;
    }
    let Some(lead) = WHOLE_LEAD.captures(text) else {
        return;
    };
    let (Some(whole), Some(noun)) = (lead.get(0), lead.name("noun")) else {
        return;
    };
    let Some(metric) = metric_of_whole(noun.as_str()) else {
        return;
    };
    let whole_start = text[..noun.start()]
        .rfind(|c: char| !c.is_ascii_digit() && c != ',')
        .map_or(0, |i| i + 1);
    let whole_date = out[first..]
        .iter()
        .find(|(pos, _)| *pos == whole_start)
        .map(|(_, e)| e.date);
    let mut told = out.split_off(first);
    told.retain(|(pos, e)| {
        let Fact::Statistic {
            metric: m, subject, ..
        } = &e.fact
        else {
            return true;
        };
        let part = *pos >= whole.end()
            && *m == metric
            && (subject.is_none() || whole_date.is_none_or(|d| d == e.date));
        !part
    });
    out.append(&mut told);
}

/// Whether a clause, up to a count, opens with the victims the count is some of ("Of the
/// 611, the GPS identified 304", "Of the 83 victims identified, ..."); not a whole of
/// another kind ("Of the 74 referrals, ...").
pub(super) fn led_by_whole(clause_before: &str) -> bool {
    WHOLE_LEAD.captures(clause_before).is_some_and(|c| {
        let noun = &c["noun"];
        noun.trim().is_empty()
            || noun
                .split_whitespace()
                .any(|w| w.to_ascii_lowercase().starts_with("victim"))
    })
}

/// The index in `before` of the count that `q`, in a bracket telling a year, gives another
/// year of: the last ending shortly before the bracket, in its clause ("four were male
/// victims (85 female and six male victims in 2019)").
pub(super) fn earlier_year_of(
    text: &str,
    before: &[&QuantityMention],
    q: &QuantityMention,
    first_open: Option<usize>,
) -> Option<usize> {
    first_open.filter(|&o| o < q.start)?;
    let open = text[..q.start].rfind('(')?;
    // Not a bracket comparing another total ("(compared with a total of 121 victims ...)").
    if text[open..q.start].contains(')') || after_comparison(text, open, q.start) != open {
        return None;
    }
    let close = text[q.start..]
        .find(')')
        .map_or(text.len(), |c| q.start + c);
    if !crate::pattern::holds_a_year(&text[q.end..close]) {
        return None;
    }
    let owner = before.iter().rposition(|c| c.end <= open)?;
    let between = &text[before[owner].end..open];
    (between.split_whitespace().count() <= 8 && !between.contains([';', '(', ')'])).then_some(owner)
}

/// Whether the count `counts[i]`, or the list it ends, is told by what its members are ("one
/// was a foreign victim", "85 were female victims", "there were five adults and one child"):
/// a description of some of a whole, not an act counted.
pub(super) fn described_by_copula(text: &str, counts: &[&QuantityMention], mut i: usize) -> bool {
    let copula = |w: Option<&str>| w.is_some_and(|w| w == "was" || w == "were");
    // "150 victims, 67 of whom were sex trafficking victims": the copula after its relative;
    // not a passive ("three of whom were returned").
    let mut relative = text[counts[i].end..].split_whitespace();
    if relative.next() == Some("of")
        && relative.next().is_some_and(|w| w == "whom" || w == "which")
        && copula(relative.next())
        && !relative
            .next()
            .is_some_and(crate::rules::context::is_past_participle)
    {
        return true;
    }
    while i > 0 && continues_parts(&text[counts[i - 1].end..counts[i].start]) {
        i -= 1;
    }
    let q = counts[i];
    // "There were 15 convictions", "there were 14 male victims identified" tell a count of
    // cases or acts, not what a part is ("of these, there were seven women").
    let mut before = text[..q.start].split_whitespace().rev();
    let after = text[q.end..].split_whitespace().next();
    let (word, word_before) = (before.next(), before.next());
    let told_act = || {
        text[q.end..]
            .split_whitespace()
            .take(4)
            .any(|w| metric_of_word(w).is_some())
    };
    let cases = (matches!(
        after.and_then(|w| classify_noun(trim_word(w))),
        Some(NounClass::Metric(_))
    ) || told_act())
        && word_before.is_some_and(|w| w.eq_ignore_ascii_case("there"));
    copula(after) || (copula(word) && !cases)
}

/// Whether the count is described by a copula after its noun ("89 victims of trafficking
/// were men and boys"): a part, not an act ("12 victims were identified"), nor a noun a
/// relative clause tells ("1,341 children who were victims of sexual exploitation").
pub(super) fn described_after_its_noun(text: &str, q: &QuantityMention) -> bool {
    let words: Vec<&str> = text[q.end..].split_whitespace().take(5).collect();
    let Some(at) = words.iter().position(|w| *w == "was" || *w == "were") else {
        return false;
    };
    at >= 1
        && !matches!(words[at - 1], "who" | "that" | "which")
        && words[..at]
            .iter()
            .all(|w| trim_word(w) == *w && metric_of_word(w).is_none())
        && words
            .get(at + 1)
            .is_some_and(|w| !w.ends_with("ed") && metric_of_word(trim_word(w)).is_none())
}

pub(super) fn inside_breakdown(
    text: &str,
    q: &QuantityMention,
    counts: &[&QuantityMention],
    first_open: Option<usize>,
) -> bool {
    if first_open.is_none_or(|o| o >= q.start) {
        return false;
    }
    let Some(open) = open_bracket_before(text, q.start) else {
        return false;
    };
    // A count shortly before the bracket: the bracket breaks it down; not one opened by a
    // comparison ("(compared with a total of 121 victims ... in 2020)"). Its noun may go on
    // with what they were victims of ("41 child victims of forced labor (37 girls and ...)").
    // Or with its time ("291 victims in the previous reporting period (225 ... and 66 ...)").
    let near = |gap: &str| {
        let words = gap.split_whitespace().take(9).count();
        let no_break = !gap.contains([',', ';']);
        words <= 4
            || (words <= 7 && gap.contains(" of ") && no_break)
            || (words <= 8 && no_break && YEAR_CLOSES.is_match(gap.trim_end()))
    };
    counts
        .iter()
        .rev()
        .find(|c| c.end <= open)
        .is_some_and(|c| near(&text[c.end..open]))
        && after_comparison(text, open, q.start) == open
        && !opens_with_a_metric_verb(&text[open + 1..])
        && !has_a_metric_verb(&text[open + 1..q.start])
        && restated_in_another_year(text, q, Some(open)).is_none()
        // "identified 700 victims, 49 percent (339) of whom ...": the count of a share.
        && !super::nouns::is_count_of_share(text, q)
}

lazy_regex!(
    YEAR_CLOSES,
    r"(?i)\b(?:(?:in|during)\s+(?:19|20)\d\d|the\s+(?:preceding|previous|prior)\s+(?:reporting\s+)?(?:period|year))$"
);

/// "investigated 18 cases involving 27 suspects (nine cases involving 11 suspects in 2020)": a
/// count in a bracket ending in another year that names again what was counted before the
/// bracket is that count in that year, no breakdown. Its noun and the bracket's end.
pub(super) fn restated_in_another_year<'t>(
    text: &'t str,
    q: &QuantityMention,
    first_open: Option<usize>,
) -> Option<(&'t str, usize)> {
    first_open.filter(|&o| o < q.start)?;
    let open = text[..q.start].rfind('(')?;
    if text[open..q.start].contains(')') {
        return None;
    }
    let close = q.end + text[q.end..].find(')')?;
    if !YEAR_CLOSES.is_match(text[open + 1..close].trim_end()) {
        return None;
    }
    // "(including 53 children in 2019)": a part, not the whole again.
    // "(police identified 86 victims in 2019)": a bracket telling its own act.
    let lead = text[open + 1..q.start].to_ascii_lowercase();
    if PART_LINKS.iter().any(|w| lead.contains(w)) || has_a_metric_verb(&lead) {
        return None;
    }
    let noun = noun_head_after(&text[q.end..close])?;
    (noun.len() > 2
        && noun.bytes().all(|b| b.is_ascii_alphabetic())
        && crate::pattern::tail(&text[..open], 80)
            .split_whitespace()
            .any(|w| trim_word(w).eq_ignore_ascii_case(noun)))
    .then_some((noun, close))
}

/// The noun a count in brackets names: its first word, or the first counted noun within its
/// first three words ("96 potential victims", "seven officially recognized victims").
fn noun_head_after(rest: &str) -> Option<&str> {
    let mut words = rest.split_whitespace().map(trim_word);
    let first = words.next()?;
    if classify_noun(first).is_some() {
        return Some(first);
    }
    std::iter::once(first)
        .chain(words.take(2))
        .take_while(|w| !crate::pattern::is_one_of(w, &["in", "during", "and", "or"]))
        .find(|w| classify_noun(w).is_some())
        .or(Some(first))
}

/// "(mobile teams identified 86 potential victims ...": a bracket telling its own act, in
/// the clause of the bracket that leads to a count.
fn has_a_metric_verb(lead: &str) -> bool {
    let clause = &lead[lead.rfind([';', ',']).map_or(0, |c| c + 1)..];
    clause.split_whitespace().any(is_metric_verb_form)
}

/// "(identified 104 potential victims and assisted 390 in 2018)": a bracket that tells counts
/// with verbs of their own restates them, it breaks nothing down.
fn opens_with_a_metric_verb(bracket: &str) -> bool {
    bracket
        .split_whitespace()
        .next()
        .is_some_and(is_metric_verb_form)
}

/// A participle or gerund of a metric's verb ("identified", "assisting").
fn is_metric_verb_form(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    (lower.ends_with("ed") || lower.ends_with("ing")) && metric_of_word(word).is_some()
}

/// "410 were foreign nationals; 372 of the 410 identified foreign victims were Ivoirian": the
/// whole of a part (`counts[i]`) whose number the sentence told before restates that count,
/// counted or described there.
pub(super) fn whole_told_before(counts: &[&QuantityMention], i: usize) -> bool {
    exact_value(counts[i]).is_some_and(|whole| {
        whole >= 2
            && counts[..i.saturating_sub(1)]
                .iter()
                .any(|c| exact_value(c) == Some(whole))
    })
}

/// "Fourteen of the 23 victims": `q` is the whole that the count before it is a part of.
pub(super) fn is_partitive(text: &str, part: &QuantityMention, q: &QuantityMention) -> bool {
    let between = text
        .get(super::nouns::past_share(text, part)..q.start)
        .unwrap_or("");
    let mut words = between.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words.next().is_some_and(|w| {
            ["the", "these", "those"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
        })
        && words.next().is_none()
}

/// Whether the words after a count's verb show it a participle that only names the whole
/// ("identified were children", "assisted by NGOs were women", "convicted under a trafficking
/// statute served jail time"): a verb of the part's own follows.
pub(super) fn participle_of_whole(after_verb: &str) -> bool {
    after_verb
        .split([',', ';'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(6)
        .any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "had"
                    | "have"
                    | "has"
                    | "remained"
                    | "included"
                    | "served"
                    | "received"
                    | "faced"
                    | "spent"
                    // "38 of the 46 victims identified by police involved Slovak victims".
                    | "involved"
            )
        })
}

/// Words before a count that tell it adds to the one before ("and an additional 23").
const MORE_OF_THE_SAME: [&str; 3] = [" an additional", " a further", " another"];

/// The words before a count without those telling it adds to the one before.
fn without_more_of_the_same(between: &str) -> &str {
    MORE_OF_THE_SAME
        .iter()
        .find(|more| crate::pattern::ends_with_ci(between, more))
        .map_or(between, |more| &between[..between.len() - more.len()])
}

/// Whether the words before a count add it to the one before, its verb and noun left out:
/// "identified 12 victims and another 23".
pub(super) fn adds_more_of_the_same(between: &str) -> bool {
    let rest = without_more_of_the_same(between);
    rest.len() < between.len() && rest.ends_with(" and") && !VERB_WORD.is_match(rest)
}

/// Whether the words from `from` to a count at `to` join it to the count before ("..., and"),
/// with no verb of its own.
pub(super) fn coordinated_with_previous(text: &str, from: usize, to: usize) -> bool {
    let between = text.get(from..to).unwrap_or("").trim_end();
    // "identified 12 victims and an additional 23": more of the same.
    let between = without_more_of_the_same(between);
    ((between.ends_with(" and") || between.ends_with(',') || between.ends_with(", and"))
        || gapped_subject(between))
        && !VERB_WORD.is_match(between)
}

/// Whether the words before a count name another subject of the verb before, the verb left
/// out: "identified 199 victims and NGOs an additional five", "and the police 12".
pub(super) fn gapped_subject(between: &str) -> bool {
    let Some((_, rest)) = between.rsplit_once(" and ") else {
        return false;
    };
    let mut words: Vec<&str> = without_more_of_the_same(rest).split_whitespace().collect();
    if words.first() == Some(&"the") {
        words.remove(0);
    }
    // "NGOs", "the Prosecutor General's Office", "the police", "law enforcement".
    let named = words
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    let state_agent =
        || crate::pattern::is_one_of(&words.join(" "), crate::rules::lexicon::STATE_AGENTS);
    (1..=3).contains(&words.len()) && (named || state_agent())
}

/// Whether a part of a count of `whole` told as `told` says more than the whole: victims
/// done something else to, or cases taken further ("12 cases, two of which were prosecuted").
pub(super) fn done_further(whole: Metric, told: Metric) -> bool {
    told != whole && (is_victim_metric(told) || later_stage(whole, told))
}

/// Whether `then` is a later stage of a case than `first` (investigated, then prosecuted,
/// then convicted).
pub(super) fn later_stage(first: Metric, then: Metric) -> bool {
    let stage = |m: Metric| match m {
        Metric::Investigations => Some(0),
        Metric::Prosecutions => Some(1),
        Metric::Convictions => Some(2),
        _ => None,
    };
    stage(first).zip(stage(then)).is_some_and(|(a, b)| b > a)
}

/// Where the window `from..to` starts once the words up to a comparison in it are skipped
/// ("compared with", "a decline from": "did not convict any traffickers, a decline from
/// five cases prosecuted": the verbs before are not the count's).
pub(super) fn after_comparison(text: &str, from: usize, to: usize) -> usize {
    crate::lazy_phrases!(COMPARING, COMPARISON_WORDS);
    COMPARING
        .last_first_end(&text[from..to])
        .map_or(from, |end| from + end)
}

/// Where the window `from..to` starts once a passive verb opening it ("were investigated")
/// is skipped.
pub(super) fn after_passive(text: &str, from: usize, to: usize) -> usize {
    let window = &text[from..to];
    let mut words = words_of(window);
    let Some(first) = words.next() else {
        return from;
    };
    match passive_verb(first, &mut words) {
        Some(verb) => {
            let verb_end = verb.as_ptr() as usize - window.as_ptr() as usize + verb.len();
            from + verb_end
        }
        None => from,
    }
}

// "30 victims, all of whom were referred", "identified 112 victims and referred all of them
// (them, all victims, the victims) to care", "identified a victim and referred the victim",
// "referred 65 victims to services and all received services".
// The restating words are found first; the verb is the word before them. "identified 1,204
// victims, whom it referred to services": the whole is the object of the relative clause.
lazy_regex!(
    RESTATED_WHOLE,
    r"(?i)\ball\s+of\s+(?:whom|them|these)\s+(?:were|was|had\s+been|have\s+been)\s+(?:subsequently\s+|later\s+)?(?P<verb>[a-z]+)|(?:\band|;)\s+all\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:subsequently\s+|later\s+)?(?P<all_verb>[a-z]+)|received\s+(?P<received>[a-z]+))|,\s+(?:whom|which)\s+(?:it|they|the\s+government|authorities|officials)\s+(?:reportedly\s+|subsequently\s+|later\s+|then\s+|also\s+)?(?P<rel_verb>[a-z]+)|\b(?:all\s+of\s+them|them|all\s+(?:of\s+)?(?:the\s+|these\s+)?(?:identified\s+)?(?:potential\s+)?(?P<all>victims)|(?:the|these)\s+(?:identified\s+)?(?P<the>victims?))\b"
);

/// The verb of the care given "to" the people restated after `to_end` ("provided shelter and
/// services to all victims": "provided"), told as done: a past or a gerund whose pair is
/// the care word right before "to"; not one of two acts either of which was done ("referred
/// or directly provided assistance to all victims").
fn care_verb_before(text: &str, to_end: usize) -> Option<&str> {
    let before = text[clause(text, to_end).0..to_end].strip_suffix(" to")?;
    let (verb, _) = care_given_by(before, 10)?;
    let lead = &before[..verb.as_ptr() as usize - before.as_ptr() as usize];
    let either = lead
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| crate::pattern::is_one_of(w, &["or", "either"]));
    ((verb.ends_with("ed") || verb.ends_with("ing")) && !either).then_some(verb)
}

/// Phrases one of which a restatement holds (each form of [`RESTATED_WHOLE`]).
const RESTATING: [&str; 8] = [
    // "all of whom", "all victims", "and all received", "; all were".
    "all ",
    ", whom ",
    ", which ",
    " them",
    "the victim",
    "these victim",
    "the identified victim",
    "these identified victim",
];

/// "identified 440 victims. ... identified 31 sex trafficking victims and nine forced labor
/// victims": counts of one metric and year told apart by form of exploitation, whose whole is
/// told too (in the sentence or earlier in the paragraph, `wholes`), are a breakdown: not
/// counts of their own. So is one form's count alone, smaller than a whole told in an earlier
/// sentence ("investigated 51 cases ... . MOM investigated 21 suspected labor trafficking
/// cases, compared with six cases in 2018"), with the counts it is compared with; one told
/// "also" or "in addition" adds to the whole. The sentence's counts without a form join `wholes`.
pub(super) fn form_breakdown(
    cx: &SentenceCtx<'_>,
    out: &mut Found,
    wholes: &mut Vec<crate::rules::Whole>,
) {
    let key = |event: &crate::event::Event| match &event.fact {
        Fact::Statistic {
            metric, quantity, ..
        } if quantity.max != Some(0) => Some((*metric, event.date.map(|d| d.year))),
        _ => None,
    };
    let value = |event: &crate::event::Event| match &event.fact {
        Fact::Statistic { quantity, .. } if quantity.min == quantity.max => quantity.min,
        _ => None,
    };
    // The form named in the first words from each count to the next.
    let forms: Vec<Option<&str>> = (0..out.len())
        .map(|i| {
            let (pos, event) = &out[i];
            key(event)?;
            let next = out.get(i + 1).map_or(cx.text.len(), |(p, _)| *p).max(*pos);
            let end = crate::pattern::words_ahead(cx.text, *pos, 7).min(next);
            form_named(&cx.text[*pos..end])
        })
        .collect();
    let told_before: &[Whole] = wholes;
    // Not a whole another named body told ("RCMP officers identified 58 victims. CBSA
    // identified four potential forced labor victims"): each body's count is its own.
    let whole_before = |k: (Metric, Option<i32>), n: Option<u64>, teller: Option<&str>| {
        told_before.iter().any(|w| {
            (w.metric, w.year) == k
                && w.value.zip(n).is_some_and(|(w, n)| n < w)
                && teller
                    .zip(w.teller.as_deref())
                    .is_none_or(|(part, whole)| part.eq_ignore_ascii_case(whole))
        })
    };
    let formless: Vec<(usize, Whole)> = (out.iter().zip(&forms))
        .enumerate()
        .filter(|(_, (_, form))| form.is_none())
        .filter_map(|(i, ((_, event), _))| {
            key(event).map(|(metric, year)| {
                let value = value(event);
                let teller = None;
                (
                    i,
                    Whole {
                        metric,
                        year,
                        value,
                        teller,
                    },
                )
            })
        })
        .collect();
    let two_forms = forms.iter().flatten().nth(1).is_some();
    let added = std::cell::OnceCell::new();
    let added = || {
        *added.get_or_init(|| {
            ["in addition", "additional", "separately", " also "]
                .iter()
                .any(|w| contains_ci(cx.text, w))
        })
    };
    let mut drop: Vec<bool> = (0..out.len())
        .map(|i| {
            let (Some(form), Some(k)) = (forms[i], key(&out[i].1)) else {
                return false;
            };
            let other_form = (0..out.len())
                .any(|j| key(&out[j].1) == Some(k) && forms[j].is_some_and(|f| f != form));
            let whole = told_before
                .iter()
                .chain(formless.iter().map(|(_, w)| w))
                .any(|w| (w.metric, w.year) == k);
            let teller = || named_body(cx.text, out[i].0);
            (two_forms && other_form && whole && !added())
                || (!two_forms
                    && whole_before(k, value(&out[i].1), teller().as_deref())
                    && !added())
        })
        .collect();
    // "... 21 labor trafficking cases, an increase compared with six cases in 2018": the
    // count compared with a part is a part of that year's whole.
    for i in 1..out.len() {
        let (pos, event) = &out[i];
        let (prev_pos, _) = &out[i - 1];
        let compared = contains_ci(&cx.text[*prev_pos..*pos], "compared");
        if drop[i - 1]
            && forms[i].is_none()
            && compared
            && key(event).is_some_and(|k| whole_before(k, value(event), None))
        {
            drop[i] = true;
        }
    }
    // Each whole once, with its teller: a fact restated adds nothing to look through.
    for (i, whole) in formless.into_iter().filter(|(i, _)| !drop[*i]) {
        let whole = Whole {
            teller: named_body(cx.text, out[i].0),
            ..whole
        };
        if !wholes.contains(&whole) {
            wholes.push(whole);
        }
    }
    let mut index = 0;
    out.retain(|_| {
        index += 1;
        !drop[index - 1]
    });
}

/// "provided services to all 77 potential victims. ... providing two of the potential victims
/// with additional services": a part of people counted before in the paragraph, counted by
/// the same metric, is no count of its own; counted by another, it is of the whole's date
/// when its sentence tells none. "identified two confirmed and 129 potential victims ... Of
/// the 131 victims identified": a whole opening a clause that adds up counts of its metric
/// and date told before is their total restated. Each count of people found joins `people`.
pub(super) fn parts_of_people_counted(
    cx: &SentenceCtx<'_>,
    out: &mut Found,
    people: &mut Vec<PeopleCount>,
    identified_totals: &mut Vec<(Option<PartialDate>, u64)>,
) {
    if out.is_empty() {
        return;
    }
    let undated = || cx.explicit_dates().is_empty();
    let text = cx.text;
    // The date of a count restated whole ("Of the 105 victims identified, 60 were referred"):
    // the date of the sentence's other counts when it tells none.
    let mut restated_date = None;
    // This sentence's counts of people, nearer wholes than the paragraph's ("identified eight
    // victims; it assisted six of the victims").
    let compared_at =
        |pos: usize| super::counts::COMPARISON.is_match(crate::pattern::tail(&text[..pos], 40));
    let here: Vec<(usize, PeopleCount)> = out
        .iter()
        .filter_map(|(pos, event)| {
            let count = people_count(event)?;
            Some((
                *pos,
                PeopleCount {
                    compared: compared_at(*pos),
                    ..count
                },
            ))
        })
        .collect();
    // The metric and people of the last part dropped, for a count sharing its noun ("267 of
    // these individuals under the ... law and 120 under the criminal code").
    let mut part_dropped: Option<(Metric, String)> = None;
    // Where the last count of victims found abroad starts.
    let mut found_abroad: Option<usize> = None;
    out.retain_mut(|(pos, event)| {
        let Fact::Statistic {
            metric,
            subject,
            quantity,
            ..
        } = &event.fact
        else {
            return true;
        };
        // "identified 47 trafficking victims ... The government identified 12 women and
        // girls ... and 35 female victims (20 in 2018; 31 in 2017)": a group of people, or a
        // bare figure in brackets, fewer than the victims identified before in the year, is a
        // part of them.
        // Only of identification: people given care in one place ("referred 17 women to the
        // Tesfa shelter") are counted of their own. The group is read first: the paragraph's
        // counts are walked only for a count that may be a part.
        // Victims found abroad are counted apart from those found at home ("196 Mexican
        // forced labor victims abroad", "authorities abroad identified 313 victims").
        let abroad = || {
            let is_abroad =
                |w: &str| crate::pattern::is_one_of(trim_word(w), &["abroad", "overseas"]);
            let after = &text[*pos..];
            let clause_after = &after[..after.find([',', ';', '(']).unwrap_or(after.len())];
            let before = &text[..*pos];
            let clause_before = &before
                [crate::pattern::last_break(before, &[',', ';', '(']).map_or(0, |c| c + 1)..];
            // "eight Tunisian victims in other Arab countries": other countries than the text's.
            let in_countries = || {
                let words: Vec<&str> = clause_after.split_whitespace().take(8).collect();
                words.iter().enumerate().any(|(at, w)| {
                    *w == "in"
                        && words[at + 1..]
                            .iter()
                            .take(3)
                            .any(|w| trim_word(w).eq_ignore_ascii_case("countries"))
                })
            };
            clause_after.split_whitespace().take(8).any(is_abroad)
                || in_countries()
                || clause_before
                    .split_whitespace()
                    .rev()
                    .take(8)
                    .any(is_abroad)
        };
        // "two victims from Uzbekistan": people of an origin named after their noun.
        let from_origin = || {
            let mut words = text[*pos..].split_whitespace().skip(1).take(5);
            words.any(|w| w == "from")
                && words
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        };
        // "three potential victims younger than 15 years old": people of an age told after
        // their noun.
        let of_an_age = || {
            let words: Vec<&str> = text[*pos..].split_whitespace().skip(1).take(6).collect();
            words.windows(2).any(|pair| {
                matches!(
                    [pair[0], pair[1]],
                    ["younger" | "older", "than"] | ["under" | "over", "the"] | ["aged", _]
                )
            })
        };
        // "identified one victim exploited abroad, compared with 150 in 2020": the figure
        // compared is of victims abroad too.
        let abroad_before = found_abroad;
        let compared_with_abroad = || {
            abroad_before.is_some_and(|at| {
                at < *pos
                    && super::counts::COMPARISON.is_match(crate::pattern::tail(&text[..*pos], 40))
                    && !text[at..*pos].contains([';', '.'])
            })
        };
        let is_abroad = *metric == Metric::VictimsIdentified && abroad();
        if is_abroad {
            found_abroad = Some(*pos);
        }
        let a_part = *metric == Metric::VictimsIdentified
            && match subject {
                Some(subject) => names_a_group_of_people(subject) || from_origin() || of_an_age(),
                None => open_bracket_before(text, *pos).is_some(),
            }
            && !is_abroad
            && !compared_with_abroad();
        // "identified 47 adult victims ... two child trafficking victims": a group the whole
        // leaves out is no part of it.
        let left_out_of = |whole: u64| {
            let part = subject.as_deref().unwrap_or("");
            people.iter().any(|p| {
                p.metric == Metric::VictimsIdentified
                    && p.date == event.date
                    && p.exact == Some(whole)
                    && disjoint_ages(&p.noun_phrase, part)
            })
        };
        // Of the same date; or, when the sentence tells none and no whole is of its date, of
        // any ("identified 22,955 victims in 2016 ... The government identified 8,651 boys,
        // 7,238 women ...").
        let fewer = || {
            let Some(n) = exact_count(quantity) else {
                return false;
            };
            let any_date = undated() && identified_totals.iter().all(|(d, _)| *d != event.date);
            identified_totals.iter().any(|&(date, whole)| {
                (any_date || date == event.date) && whole > n && !left_out_of(whole)
            })
        };
        if a_part && fewer() && !told_by_a_named_body(text, *pos) {
            return false;
        }
        let Some(subject) = subject else {
            return true;
        };
        let Some(head) = subject.rsplit(' ').next().map(str::to_ascii_lowercase) else {
            return true;
        };
        if whole_leads(text, *pos) {
            // One count told before, restated: its number, metric and people, this sentence
            // telling no other date.
            let told = people.iter().rev().find(|p| {
                p.metric == *metric
                    && p.head == head
                    && p.exact.is_some()
                    && p.exact == exact_count(quantity)
                    && (p.date == event.date || undated())
            });
            if let Some(told) = told {
                restated_date = told.date;
                return false;
            }
            let same: Vec<u64> = people
                .iter()
                .filter(|p| p.metric == *metric && p.date == event.date)
                .filter_map(|p| p.exact)
                .collect();
            return !(same.len() >= 2 && exact_count(quantity) == Some(same.iter().sum()));
        }
        let own_noun = || {
            text[*pos..]
                .split_whitespace()
                .skip(1)
                .take(3)
                .any(|w| trim_word(w).eq_ignore_ascii_case(&head))
        };
        if part_dropped == Some((*metric, head.clone())) && !own_noun() {
            return false;
        }
        let Some(of_number) = part_of_a_group(&text[*pos..]) else {
            return true;
        };
        let part_at = *pos;
        let wholes = here
            .iter()
            .rev()
            .filter(|(at, _)| *at < part_at)
            .map(|(_, p)| p)
            .chain(people.iter().rev())
            .filter(|p| p.head == head && of_number.is_none_or(|n| p.exact == Some(n)));
        // Not some of them done the act in another year, told by the part's own date
        // ("convicted six traffickers ... in March 2021, three of the traffickers were
        // convicted").
        let same_year = |whole: &PeopleCount| {
            undated()
                || whole
                    .date
                    .zip(event.date)
                    .is_none_or(|(whole, part)| whole.year == part.year)
        };
        if wholes.clone().any(|p| p.metric == *metric && same_year(p)) {
            part_dropped = Some((*metric, head));
            return false;
        }
        // "identified 1,381 trafficking victims ... compared to 1,547 potential child
        // trafficking victims ... repatriated 249 of the trafficking victims": the whole
        // told by the same words, before the nearest of the same noun; a bare noun ("six of
        // the victims") names no whole but the nearest.
        // Not a figure compared ("identified 301 victims, up from 251 in 2019 ... 211 of
        // these victims"): the count it was compared with is the one told.
        let mut wholes = wholes.filter(|p| !p.compared);
        let same_words = wholes
            .clone()
            .filter(|_| subject.contains(' '))
            .find(|p| p.noun_phrase.eq_ignore_ascii_case(subject));
        if let Some(date) = same_words
            .or_else(|| wholes.next())
            .and_then(|p| p.date)
            .filter(|_| undated())
        {
            event.date = Some(date);
        }
        true
    });
    if let Some(date) = restated_date.filter(|_| undated()) {
        for (_, event) in out.iter_mut().filter(|(_, e)| e.date.is_none()) {
            event.date = Some(date);
        }
    }
    for (_, event) in out.iter() {
        let Fact::Statistic {
            metric: Metric::VictimsIdentified,
            quantity,
            subject: Some(subject),
            ..
        } = &event.fact
        else {
            continue;
        };
        // "at least 214 victims": a whole of at least its lower bound.
        let Some(n) = quantity.min.filter(|_| subject.ends_with("victims")) else {
            continue;
        };
        match identified_totals.iter_mut().find(|(d, _)| *d == event.date) {
            Some((_, most)) => *most = (*most).max(n),
            None => identified_totals.push((event.date, n)),
        }
    }
    // "identified 47 adult victims, compared with 37 victims in 2019, 41 in 2018": the
    // figures of other years told after a group, by its bare noun, count that group.
    let mut group: Option<PeopleCount> = None;
    // Whether each was a figure compared is read once, for this sentence's counts above.
    let compared_here = |pos: usize| here.iter().any(|(at, c)| *at == pos && c.compared);
    let counted = out.iter().filter_map(|(pos, event)| {
        let count = people_count(event)?;
        Some(PeopleCount {
            compared: compared_here(*pos),
            ..count
        })
    });
    for count in counted {
        let of_group = group.as_ref().filter(|g| {
            count.noun_phrase == count.head
                && g.head == count.head
                && g.metric == count.metric
                && g.date != count.date
        });
        let count = match of_group {
            Some(g) => PeopleCount {
                noun_phrase: g.noun_phrase.clone(),
                ..count
            },
            None => {
                if names_an_age(&count.noun_phrase) {
                    group = Some(count.clone());
                }
                count
            }
        };
        people.push(count);
    }
}

/// A count of people with its noun, for a part of them told later; not a zero.
fn people_count(event: &crate::event::Event) -> Option<PeopleCount> {
    match &event.fact {
        Fact::Statistic {
            metric,
            quantity,
            subject: Some(subject),
            ..
        } if quantity.max != Some(0) => Some(PeopleCount {
            metric: *metric,
            head: subject.rsplit(' ').next()?.to_ascii_lowercase(),
            noun_phrase: subject.to_ascii_lowercase(),
            date: event.date,
            exact: exact_count(quantity),
            compared: false,
        }),
        _ => None,
    }
}

/// Whether a counted noun names a group of people by sex, age or origin ("women", "girls",
/// "female sex trafficking victims", "child victims").
fn names_a_group_of_people(subject: &str) -> bool {
    let first = subject.split(' ').next().unwrap_or("");
    let head = subject.rsplit(' ').next().unwrap_or("");
    // "Italian national victims", "Nigerian victims": victims of one origin.
    let of_an_origin = || {
        subject.contains(' ')
            && first.starts_with(|c: char| c.is_ascii_uppercase())
            && first.chars().skip(1).all(|c| c.is_ascii_lowercase())
    };
    crate::pattern::is_one_of(head, GROUPS_OF_PEOPLE)
        || (crate::pattern::is_one_of(head, &["victims", "victim"])
            && (crate::pattern::is_one_of(first, GROUP_ADJECTIVES) || of_an_origin()))
}

/// Whether the clause of the count at `pos` is told by a body named by its name or acronym
/// ("The Philippine Overseas Employment Administration (POEA) reported identifying 215
/// female victims", "SENNAF identified 80 foreign victims", "NGOs identified 12 child
/// victims"): a count of that body's own, not a part of a total told before.
fn told_by_a_named_body(text: &str, pos: usize) -> bool {
    named_body(text, pos).is_some()
}

/// The name of the body the clause of the count at `pos` opens with (see
/// `told_by_a_named_body`), its words as written past a leading "the".
fn named_body(text: &str, pos: usize) -> Option<String> {
    let before = &text[..pos];
    let start = crate::pattern::last_break(before, &[';']).map_or(0, |at| at + 1);
    let mut words: Vec<&str> = before[start..].split_whitespace().collect();
    // "for example, the Ministry of Health identified ...": past a connective.
    if let Some(comma) = words.iter().take(2).position(|w| w.ends_with(',')) {
        let opener = &words[..=comma];
        let is_connective = |c: &&[&str]| {
            c.len() == opener.len()
                && c.iter()
                    .zip(opener)
                    .all(|(c, w)| trim_word(w).eq_ignore_ascii_case(c))
        };
        if CLAUSE_CONNECTIVES.iter().any(is_connective) {
            words.drain(..=comma);
        }
    }
    // "In 2019, the Ministry of Interior identified ...": past a date opening the clause.
    let opens_with_a_date = words.first().is_some_and(|w| {
        crate::pattern::is_one_of(
            w,
            &["in", "during", "since", "from", "between", "throughout"],
        )
    });
    if let Some(comma) = words.iter().take(6).position(|w| w.ends_with(',')) {
        let dated = words[..=comma]
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if opens_with_a_date && dated {
            words.drain(..=comma);
        }
    }
    let in_name = |w: &&&str| {
        w.starts_with(|c: char| c.is_ascii_uppercase() || c == '(')
            || crate::pattern::is_one_of(w, &["the", "of", "and", "for", "on", "to"])
    };
    let is_acronym = |w: &str| {
        let letters = w.strip_suffix('s').unwrap_or(w);
        letters.len() >= 2 && letters.bytes().all(|b| b.is_ascii_uppercase())
    };
    let name_at = |from: usize| {
        let name: Vec<&str> = words[from..]
            .iter()
            .take_while(in_name)
            .map(|w| trim_word(w))
            .skip_while(|w| w.eq_ignore_ascii_case("the"))
            .collect();
        name.iter()
            .any(|w| is_acronym(w) || BODY_NAME_NOUNS.contains(w))
            .then(|| name.join(" "))
    };
    // "The government reported NGOs identified 63 adult victims": the body whose count
    // another one reports.
    name_at(0).or_else(|| {
        let verb = words
            .iter()
            .take(4)
            .position(|w| crate::pattern::is_one_of(w, RELAYING_VERBS))?;
        let that = words
            .get(verb + 1)
            .is_some_and(|w| w.eq_ignore_ascii_case("that"));
        name_at(verb + 1 + usize::from(that))
    })
}

/// Whether one noun phrase names adults and the other children ("adult victims", "child
/// trafficking victims"): groups neither of which holds the other.
fn disjoint_ages(a: &str, b: &str) -> bool {
    (names_any(a, ADULT_WORDS) && names_any(b, CHILD_WORDS))
        || (names_any(a, CHILD_WORDS) && names_any(b, ADULT_WORDS))
}

/// Whether a noun phrase names adults or children.
fn names_an_age(phrase: &str) -> bool {
    names_any(phrase, ADULT_WORDS) || names_any(phrase, CHILD_WORDS)
}

/// Whether a word of `phrase` is one of `words`.
fn names_any(phrase: &str, words: &[&str]) -> bool {
    phrase
        .split_whitespace()
        .any(|w| crate::pattern::is_one_of(trim_word(w), words))
}

/// Where the bracket `pos` stands in opens, if it stands in one.
pub(super) fn open_bracket_before(text: &str, pos: usize) -> Option<usize> {
    let before = &text[..pos];
    before
        .rfind('(')
        .filter(|&open| !before[open..].contains(')'))
}

/// The number of an exact count.
fn exact_count(quantity: &Quantity) -> Option<u64> {
    quantity.min.filter(|_| quantity.min == quantity.max)
}

/// Whether a count opens "N of the|these|those ...", a part of a group told before: with the
/// whole's number, when it tells one ("eight of the 10 individuals"), or none ("two of the
/// potential victims").
fn part_of_a_group(from_count: &str) -> Option<Option<u64>> {
    let mut words = from_count.split_whitespace().skip(1);
    let of_the = words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words
            .next()
            .is_some_and(|w| crate::pattern::is_one_of(w, &["the", "these", "those"]));
    let next = words.next().filter(|_| of_the)?;
    if !next.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(crate::quantity::words::word_value(next));
    }
    next.replace(',', "").parse().ok().map(Some)
}

/// Forms that tell a breakdown's parts apart: [`FORMS`], then two more.
const BREAKDOWN_FORMS: [(&str, &str); 2] = [
    ("illegal recruitment", "illegal recruitment"),
    ("unspecified", "unspecified"),
];

crate::lazy_cues!(
    FORM_CUES,
    &form_phrases().map(|(p, _)| p).collect::<Vec<_>>()
);

/// The phrases of [`FORMS`] and [`BREAKDOWN_FORMS`] with their canonical forms.
fn form_phrases() -> impl Iterator<Item = (&'static str, &'static str)> {
    FORMS.iter().chain(&BREAKDOWN_FORMS).copied()
}

/// The form of exploitation a count's words name ("sex trafficking victims", "victims of
/// unspecified forms"), canonical.
fn form_named(words: &str) -> Option<&'static str> {
    let mut found = None;
    FORM_CUES.scan(words, |i, _| {
        found = form_phrases().nth(i).map(|(_, f)| f);
        false
    });
    found
}

/// Whether any count found so far counts victims.
fn victims_counted(out: &Found) -> bool {
    out.iter().any(
        |(_, e)| matches!(&e.fact, Fact::Statistic { metric, .. } if is_victim_metric(*metric)),
    )
}

/// The whole counted before, restated and done something else to: each restatement gives
/// the whole's count again with the metric of its own verb.
/// "identified 79 victims ... . The government reported referring all victims to care": all
/// the victims identified in the paragraph (`identified`, the first told), restated in a
/// later sentence, are counted by its verb too, inferred.
pub(super) fn restated_whole(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    identified: &[(Option<PartialDate>, u64)],
) {
    let text = cx.text;
    // With no victims counted here, only "all ... victims" restates the paragraph's.
    // The cheap checks first: most sentences count no victims.
    let told_here = victims_counted(out);
    if !told_here && (identified.is_empty() || !contains_ci(text, "all ")) {
        return;
    }
    if !RESTATING.iter().any(|w| contains_ci(text, w)) {
        return;
    }
    for c in RESTATED_WHOLE.captures_iter(text) {
        let m = c.get(0).expect("group 0");
        let own_verb = c.name("verb").or(c.name("rel_verb")).or(c.name("all_verb"));
        // "reported all identified victims received care": what the clause's own subject
        // received.
        let mut after = text[m.end()..].split_whitespace();
        let received = c.name("received").map(|r| r.as_str()).or_else(|| {
            (c.name("all").is_some() && after.next() == Some("received"))
                .then(|| after.next().map(trim_word))
                .flatten()
        });
        let (verb, at) = match own_verb.or(c.name("received")) {
            Some(v) => (v.as_str(), m.start()),
            None if received.is_some() => {
                let from = m.end() + text[m.end()..].find("received").unwrap_or(0);
                (&text[from..from + "received".len()], m.start())
            }
            None => {
                // "reported all victims were offered services": the subject of a clause of
                // its own, not the object of the verb before.
                let subject_of_clause =
                    text[m.end()..].split_whitespace().next().is_some_and(|w| {
                        crate::pattern::is_one_of(w, &["were", "was", "had", "have", "are", "is"])
                    });
                if subject_of_clause {
                    continue;
                }
                let before = text[..m.start()].trim_end();
                let verb = before.rsplit(' ').next().unwrap_or("");
                (verb, before.len() - verb.len())
            }
        };
        // "provided them with support services": a pair told around the restating words.
        let told = match received {
            Some(what) => super::verbs::metric_received(what),
            None => metric_of_word(verb)
                .or_else(|| pair_around(&text[..at + verb.len()], &text[m.end()..]))
                // "provided shelter and legal, medical, and psychological services to all
                // identified potential victims": the care given to them.
                .or_else(|| {
                    (verb == "to" && care_verb_before(text, at + verb.len()).is_some())
                        .then_some(Metric::VictimsAssisted)
                }),
        };
        let Some(told) = told.filter(|t| is_victim_metric(*t)) else {
            continue;
        };
        // The last count before it, of victims counted by another metric; not a figure of
        // another year in brackets ("140 children (229 in 2015); all received ...") or
        // compared ("40 victims, compared with 35 in 2021, and referred all of them").
        let bracketed = |pos: usize| open_bracket_before(text, pos).is_some();
        let victims_counted = |(pos, e): &(usize, crate::event::Event)| match &e.fact {
            Fact::Statistic {
                metric,
                quantity,
                subject,
                ..
            } if is_victim_metric(*metric) => Some((*pos, *metric, *quantity, subject.clone())),
            _ => None,
        };
        let mut before_it = out
            .iter()
            .rev()
            .filter(|(pos, _)| *pos < at && !bracketed(*pos) && !bare_figure_compared(text, *pos))
            .filter_map(victims_counted);
        let last = before_it.next();
        // "identified 539 child victims (...) and 63 adult victims and referred them": the
        // counts listed with the last, sharing its verb, are restated with it.
        let mut listed = Vec::new();
        if let Some((mut next, whole, ..)) = last {
            for (pos, metric, quantity, subject) in before_it {
                if metric != whole || !listed_before(text, pos, next) {
                    break;
                }
                listed.push((quantity, subject));
                next = pos;
            }
        }
        let Some((whole, quantity, subject)) = last
            .map(|(_, metric, quantity, subject)| (metric, quantity, subject))
            // "did not identify any victims and repatriated all potential victims": "all"
            // restates no whole of none ("or refer them to services" does, denied too).
            .filter(|(whole, quantity, _)| {
                *whole != told && !(*quantity == Quantity::exact(0) && c.name("all").is_some())
            })
        else {
            // Told as done: "referred all victims", "reported referring all victims"; not
            // a duty or a policy ("requires officials to refer all victims"). Care given
            // "to" them is done by the verb of the care ("provided shelter to all victims").
            let (verb, at) = match care_verb_before(text, at + verb.len()) {
                Some(care) if verb == "to" => {
                    (care, care.as_ptr() as usize - text.as_ptr() as usize)
                }
                _ => (verb, at),
            };
            let done = verb.ends_with("ed")
                || verb.ends_with("ing")
                    && text[..at].split_whitespace().next_back().is_some_and(|w| {
                        w.eq_ignore_ascii_case("reported") || w.eq_ignore_ascii_case("reportedly")
                    });
            let told_before = identified.first().filter(|_| {
                done && c.name("all").is_some()
                    && told != Metric::VictimsIdentified
                    && !out.iter().any(|(pos, e)| {
                        *pos < at
                            && matches!(&e.fact, Fact::Statistic { metric, .. } if is_victim_metric(*metric))
                    })
                    && !negated_before(text, at)
            });
            // A sentence dated otherwise tells of other victims.
            let other_year = |date: Option<PartialDate>| {
                cx.explicit_dates()
                    .iter()
                    .any(|(_, d)| Some(d.year) != date.map(|w| w.year))
            };
            if let Some(&(date, n)) = told_before.filter(|(date, _)| !other_year(*date)) {
                push_inferred(cx, rule, out, told, Quantity::exact(n), None, at, date);
            }
            continue;
        };
        // "the victim" restates a count of one, "the victims" any other.
        let one = quantity == Quantity::exact(1);
        if c.name("the")
            .is_some_and(|n| n.as_str().ends_with('s') == one)
        {
            continue;
        }
        // "identified three victims but did not refer them to care": none were referred.
        let negated = negated_before(text, at);
        let restated = |quantity: Quantity| match negated {
            true => Quantity::exact(0),
            false => quantity,
        };
        let quantity = restated(quantity);
        let (_, ce) = clause(text, at);
        push(cx, rule, out, told, quantity, subject.clone(), at, ce);
        for (listed_quantity, listed_subject) in listed {
            push(
                cx,
                rule,
                out,
                told,
                restated(listed_quantity),
                listed_subject,
                at,
                ce,
            );
        }
        // "identified 131 victims and referred them to services in 2022, compared to 155 in
        // 2021": a bare figure compared after the restatement is one of its metric too.
        let compared: Vec<_> = out
            .iter()
            .filter(|(pos, _)| *pos > m.end() && *pos < ce && bare_figure_compared(text, *pos))
            .filter_map(|(pos, e)| match &e.fact {
                Fact::Statistic {
                    metric,
                    quantity,
                    subject,
                    ..
                } if *metric == whole => Some((*pos, *quantity, subject.clone(), e.date)),
                _ => None,
            })
            .collect();
        for (pos, quantity, subject, date) in compared {
            super::push_dated(cx, rule, out, told, quantity, subject, pos, date);
        }
        // "For the third consecutive year, ... did not report identifying any victims or
        // referring them to services": the whole's zeros of the years before are theirs too.
        if quantity == Quantity::exact(0) {
            let earlier: Vec<_> = out
                .iter()
                .filter_map(|(_, e)| match &e.fact {
                    Fact::Statistic {
                        metric, quantity, ..
                    } if *metric == whole && *quantity == Quantity::exact(0) && e.inferred => {
                        Some(e.date)
                    }
                    _ => None,
                })
                .collect();
            for date in earlier {
                push_inferred(cx, rule, out, told, quantity, subject.clone(), at, date);
            }
        }
    }
}

/// Whether the count at `pos` is listed right before the one at `next`, with no verb of its
/// own between them past its brackets ("539 child victims (271 girls and 268 boys) and").
fn listed_before(text: &str, pos: usize, next: usize) -> bool {
    let between = blank_brackets(text.get(pos..next).unwrap_or(""));
    let between = between.trim_end();
    (between.ends_with(" and") || between.ends_with(','))
        && !between.contains(';')
        && !VERB_WORD.is_match(between)
}

/// Whether the count at `pos` is a figure compared with another, with a year and no noun of
/// its own ("compared to 155 in 2021").
fn bare_figure_compared(text: &str, pos: usize) -> bool {
    let number_end = text[pos..].find(' ').map_or(text.len(), |e| pos + e);
    super::counts::COMPARISON.is_match(crate::pattern::tail(&text[..pos], 40))
        && super::counts::YEAR_AFTER.is_match(&text[number_end..])
}

// "eight victims who were provided government shelter and services", "12 victims, all of whom
// received shelter", "56 victims, to whom they provided temporary shelter": what was done to
// the people just counted, told in a clause about them.
lazy_regex!(
    DONE_TO_COUNTED,
    r"(?i)\b(?:who|all\s+of\s+whom|to\s+whom\s+(?:[\w-]+\s+){1,3}?)\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:subsequently\s+|later\s+|then\s+|also\s+)?(?P<verb>received|provided|offered|placed|referred|repatriated|assisted|sheltered)\b"
);

/// Most words between a count and the clause telling what was done to its people.
const MOST_WORDS_TO_CLAUSE: usize = 8;

/// The people counted just before a clause about them, done something else to in it ("eight
/// victims who were provided shelter and services"): each such clause gives the count again
/// with its own metric. The count must be a victims' count, the clause right after its noun.
pub(super) fn done_to_counted(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found) {
    let text = cx.text;
    if !victims_counted(out)
        || !(contains_ci(text, " who ")
            || contains_ci(text, "of whom")
            || contains_ci(text, "to whom"))
    {
        return;
    }
    for c in DONE_TO_COUNTED.captures_iter(text) {
        let (m, verb) = (c.get(0).expect("group 0"), &c["verb"]);
        let after = &text[m.end()..];
        let told = metric_of_word(verb)
            .or_else(|| pair_around(&text[..m.end()], after))
            .or_else(|| {
                let mut words = after.split_whitespace().take(4);
                words.find_map(|w| metric_of_pair(verb, w))
            });
        let Some(told) = told.filter(|t| is_victim_metric(*t)) else {
            continue;
        };
        // The count right before the clause: its noun and no other number between.
        let Some((quantity, subject)) = out
            .iter()
            .rev()
            .find(|(pos, _)| *pos < m.start())
            .filter(|(pos, _)| {
                // Only its noun between: no other count ("20 victims, including five
                // children who ..."), and a comma only right before the clause.
                let between = text[*pos..m.start()].trim_end().trim_end_matches(',');
                between.split_whitespace().count() <= MOST_WORDS_TO_CLAUSE
                    && !between.contains([';', '(', ')', ','])
                    && !cx
                        .quantities()
                        .iter()
                        .any(|q| q.start > *pos && q.start < m.start())
            })
            .and_then(|(_, e)| match &e.fact {
                Fact::Statistic {
                    metric,
                    quantity,
                    subject,
                    ..
                } if is_victim_metric(*metric) && *metric != told && quantity.max != Some(0) => {
                    Some((*quantity, subject.clone()))
                }
                _ => None,
            })
        else {
            continue;
        };
        let (_, ce) = clause(text, m.start());
        // "19 victims who were referred in 2019": an act of another time tells how they came,
        // not a count of its own; nor is one already counted ("all of whom were referred").
        let dated = cx.times().iter().any(|t| t.start > m.end() && t.start < ce);
        let counted = out.iter().any(|(_, e)| {
            matches!(&e.fact, Fact::Statistic { metric, quantity: q, .. } if *metric == told && *q == quantity)
        });
        if !dated && !counted {
            push(cx, rule, out, told, quantity, subject, m.start(), ce);
        }
    }
}

/// "Only one victim identified in 2017 was male", "22 victims were Zambian nationals": people
/// counted and described by what they are (a word of [`KINDS_OF_PERSON`] or a nationality
/// after "was" or "were") are a part of those counted, not a count of their own. Not a whole
/// restated ("All 46 victims identified were women").
pub(super) fn described_as_a_kind(before_count: &str, after_noun: &str) -> bool {
    const RESTATING: [&str; 4] = ["all", "the", "these", "those"];
    const CLAUSE_WORDS: [&str; 6] = ["and", "but", "while", "who", "which", "whom"];
    const HEDGES: [&str; 6] = ["also", "reportedly", "all", "both", "a", "an"];
    let restated = before_count
        .split_whitespace()
        .next_back()
        .is_some_and(|w| RESTATING.iter().any(|r| w.eq_ignore_ascii_case(r)));
    if restated {
        return false;
    }
    let mut words = after_noun.split_whitespace();
    for word in words.by_ref().take(8) {
        if word.contains([',', ';', '(', ')']) || CLAUSE_WORDS.contains(&word) {
            return false;
        }
        if word == "was" || word == "were" {
            return words.find(|w| !HEDGES.contains(w)).is_some_and(|kind| {
                let kind = kind.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
                KINDS_OF_PERSON.iter().any(|k| kind.eq_ignore_ascii_case(k))
                    || kind.starts_with(|c: char| c.is_ascii_uppercase())
            });
        }
    }
    false
}

/// "Of the 611, the GPS identified 304 potential victims ... . The GIS identified 280
/// potential trafficking victims compared with 55 in 2018 ... . The EOCO ... identified 27":
/// a whole shared out among agents, one sentence each, opened by "Of the N,". A later
/// sentence that opens with another agent and counts by the same metric no more than is
/// left of the whole tells a share: its counts, and the other year beside them, are no counts
/// of their own. "In addition, NGOs identified ..." adds to the whole, and an agent counting
/// more than is left ends the sharing.
pub(super) fn agency_shares(
    cx: &SentenceCtx<'_>,
    out: &mut Found,
    shared: &mut Option<(Metric, u64)>,
) {
    let text = cx.text;
    if let Some(opened) = whole_shared_out(cx) {
        *shared = Some(opened);
        return;
    }
    let Some((metric, left)) = *shared else {
        return;
    };
    let of_metric = |e: &crate::event::Event| matches!(&e.fact, Fact::Statistic { metric: m, .. } if *m == metric);
    // A sentence counting something else leaves the whole as it was.
    let Some(share) = out.iter().position(|(_, e)| of_metric(e)) else {
        return;
    };
    let fits = matches!(&out[share].1.fact, Fact::Statistic { quantity, .. }
        if quantity.min == quantity.max && quantity.min.is_some_and(|n| n <= left));
    // A sentence led in otherwise ("In their sex trafficking cases, ...") tells no share, and
    // an agent counting more than is left starts a count of its own.
    if !opens_with_an_agent(text) {
        return;
    }
    if !fits {
        *shared = None;
        return;
    }
    let Fact::Statistic { quantity, .. } = &out[share].1.fact else {
        return;
    };
    let value = quantity.min.unwrap_or(0);
    let (_, clause_end) = clause(text, out[share].0);
    let first = out[share].0;
    out.retain(|(pos, e)| !(of_metric(e) && *pos >= first && *pos < clause_end));
    *shared = Some((metric, left - value));
}

/// The metric of the first share and what is left of the whole, when a sentence opens with
/// "Of the N," and goes on with an agent's count of it ("Of the 348, the GPS identified 285").
fn whole_shared_out(cx: &SentenceCtx<'_>) -> Option<(Metric, u64)> {
    let text = cx.text;
    let rest = ["Of the ", "Of these ", "Out of the ", "Out of "]
        .iter()
        .find_map(|lead| text.strip_prefix(lead))?;
    let counts = cx.quantities();
    let whole = counts
        .first()
        .filter(|q| q.start == text.len() - rest.len())?;
    let comma = text[whole.end..].find(", ").map(|c| whole.end + c)?;
    let part = counts.iter().find(|q| q.start > comma)?;
    let metric = text[comma..part.start]
        .split_whitespace()
        .find_map(metric_of_word)?;
    // A whole named by another act ("Of the 34 identified victims, the police referred
    // eight ...") is not shared out: each agent's referral is a count of its own.
    let named = text[whole.end..comma]
        .split_whitespace()
        .find_map(metric_of_word);
    if named.is_some_and(|named| named != metric) {
        return None;
    }
    let (whole, part) = (whole.quantity.min?, part.quantity.min?);
    (part <= whole).then_some((metric, whole - part))
}

/// Whether a sentence opens with an agent ("The GIS ...", "The EOCO, the Bureau of ...",
/// "Police ..."), not with an addition ("In addition, NGOs ...") or a lead-in.
fn opens_with_an_agent(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let word = match first {
        "The" => text.split_whitespace().nth(1).unwrap_or(""),
        _ => first,
    };
    word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase())
        || (first == "The" && word.starts_with(|c: char| c.is_ascii_uppercase()))
}
