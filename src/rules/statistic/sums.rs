//! Shares of a whole told sentence by sentence.
//!
//! "cantonal authorities reported identifying 117 victims ... Under article 182, authorities
//! identified 53 ... Under article 195, authorities reported identifying 64 victims": counts
//! of one metric and year, each told in a sentence of its own, that add up exactly to a count
//! of that metric and year told elsewhere in the paragraph (before them or after them, "The
//! 212 investigations in total") are that whole shared out by agency, law or place: no counts
//! of their own. The counts each share is compared with in its sentence go with it when they
//! are less than their own year's whole. A whole told between its shares adds up to them by
//! chance: agencies counting apart may count the same people.
//!
//! Read once a paragraph's sentences are all read, as a whole may be told after its shares.

use crate::event::{Event, Fact, Metric};
use std::collections::BTreeMap;

/// A statistic stated as an exact non-zero count: its metric, year and number.
fn exact_statistic(event: &Event) -> Option<(Metric, Option<i32>, u64)> {
    match &event.fact {
        Fact::Statistic {
            metric, quantity, ..
        } if !event.inferred && !event.fact.about_complicit_officials() => {
            let n = quantity.min.filter(|&n| quantity.max == Some(n) && n > 0)?;
            Some((*metric, event.date.map(|d| d.year), n))
        }
        _ => None,
    }
}

/// The sentence an event was read from (where it starts in the input).
fn sentence_of(event: &Event) -> Option<usize> {
    event.evidence.first().map(|e| e.start)
}

/// The most counts of a whole's metric and year looked at on each side of it for its shares:
/// shares are told in the sentences next to their whole, and the bound keeps a paragraph
/// restating one count thousands of times linear.
const MOST_SHARES: usize = 8;

/// Drops, from the events found in one paragraph (`events[from..]`), the shares of a whole
/// told in other sentences of it, and the counts compared with those shares that are less
/// than their own year's whole.
pub(crate) fn drop_shares_of_wholes(events: &mut Vec<Event>, from: usize) {
    let found = &events[from..];
    let counts: Vec<Option<(Metric, Option<i32>, u64)>> =
        found.iter().map(exact_statistic).collect();
    if counts.iter().flatten().nth(2).is_none() {
        return;
    }
    // Each metric and year's counts, in the order told.
    let mut told: BTreeMap<(Metric, Option<i32>), Vec<usize>> = BTreeMap::new();
    for (i, c) in counts.iter().enumerate() {
        if let Some((m, y, _)) = *c {
            told.entry((m, y)).or_default().push(i);
        }
    }
    let value = |i: usize| counts[i].map_or(0, |c| c.2);
    let mut drop = vec![false; found.len()];
    for list in told.values().filter(|l| l.len() >= 3) {
        for (at, &w) in list.iter().enumerate() {
            let whole_sentence = sentence_of(&found[w]);
            // The shares all after the whole or all before it: a whole told between its
            // shares ("21 ... 41 ... 20") adds up to them by chance.
            let before = &list[at.saturating_sub(MOST_SHARES)..at];
            let after = &list[at + 1..(at + 1 + MOST_SHARES).min(list.len())];
            for side in [after, before] {
                let others: Vec<usize> = side
                    .iter()
                    .copied()
                    .filter(|&i| !drop[i] && sentence_of(&found[i]) != whole_sentence)
                    .collect();
                let shares = run_adding_up(&others, value, value(w))
                    .filter(|run| one_per_sentence(found, run));
                if let Some(shares) = shares {
                    for &i in shares {
                        drop[i] = true;
                    }
                    break;
                }
            }
        }
    }
    if !drop.contains(&true) {
        return;
    }
    // "The federal government identified 140 victims, compared to 194 in 2016 and 876 in
    // 2015": a count beside a share, of its metric and another year, less than that year's
    // whole, is a share of that whole.
    let mut share_years: BTreeMap<(Option<usize>, Metric), Vec<Option<i32>>> = BTreeMap::new();
    for i in (0..found.len()).filter(|&i| drop[i]) {
        if let Some((m, y, _)) = counts[i] {
            share_years
                .entry((sentence_of(&found[i]), m))
                .or_default()
                .push(y);
        }
    }
    let mut wholes: BTreeMap<(Metric, Option<i32>), u64> = BTreeMap::new();
    for (i, c) in counts.iter().enumerate() {
        if let (Some((m, y, n)), false) = (*c, drop[i]) {
            let whole = wholes.entry((m, y)).or_default();
            *whole = (*whole).max(n);
        }
    }
    for i in 0..found.len() {
        let Some((metric, year, n)) = counts[i].filter(|_| !drop[i]) else {
            continue;
        };
        let beside_a_share = share_years
            .get(&(sentence_of(&found[i]), metric))
            .is_some_and(|years| years.iter().any(|&y| y != year));
        if beside_a_share && wholes.get(&(metric, year)).is_some_and(|&w| n < w) {
            drop[i] = true;
        }
    }
    let mut index = 0;
    events.retain(|_| {
        index += 1;
        index <= from || !drop[index - from - 1]
    });
}

/// The first run of two or more consecutive items whose values add up to `total`.
fn run_adding_up(items: &[usize], value: impl Fn(usize) -> u64, total: u64) -> Option<&[usize]> {
    (0..items.len()).find_map(|start| {
        let mut sum = 0;
        for end in start..items.len() {
            sum += value(items[end]);
            if sum == total && end > start {
                return Some(&items[start..=end]);
            }
            if sum >= total {
                return None;
            }
        }
        None
    })
}

/// Whether each share is told in a sentence of its own.
fn one_per_sentence(found: &[Event], run: &[usize]) -> bool {
    run.windows(2)
        .all(|pair| sentence_of(&found[pair[0]]) != sentence_of(&found[pair[1]]))
}

#[cfg(test)]
mod tests {
    use crate::event::EventKind;
    use crate::rules::testing::dated_facts_of_kind;

    fn counts(text: &str) -> Vec<String> {
        dated_facts_of_kind(
            &format!("= Utopia (Tier 2) — 2021 Trafficking in Persons Report =\n\n{text}\n"),
            EventKind::Statistic,
        )
    }

    #[test]
    fn shares_told_after_their_whole_are_no_counts_of_their_own() {
        insta::assert_snapshot!(counts(
            "Regional authorities reported identifying 90 victims in 2020 (75 in 2019). Under the trafficking article, authorities identified 40 victims, compared with 30 victims in 2019. Under the exploitation article, authorities identified 50 victims, compared with 45 in 2019."
        ).join("\n"), @r"
        2019 victims_identified 75 (victims)
        2020 victims_identified 90 (victims)
        ");
    }

    #[test]
    fn shares_told_before_their_total_are_no_counts_of_their_own() {
        insta::assert_snapshot!(counts(
            "In 2020, the national police investigated 12 cases of sex trafficking. Border police investigated 30 suspected trafficking cases involving migrant workers. The 42 investigations in total were more than the 35 of the previous year."
        ).join("\n"), @r"
        2019 investigations 35
        2020 investigations 42
        ");
    }

    #[test]
    fn counts_that_add_up_to_no_count_told_stand() {
        insta::assert_snapshot!(counts(
            "In 2020, the government identified 90 victims. Police identified 40 victims in the capital. NGOs identified 45 victims in rural areas."
        ).join("\n"), @r"
        2020 victims_identified 90 (victims)
        2020 victims_identified 40 (victims)
        2020 victims_identified 45 (victims)
        ");
    }

    #[test]
    fn a_count_told_between_two_that_add_up_to_it_is_no_whole_of_theirs() {
        insta::assert_snapshot!(counts(
            "In 2020, the response team provided services to all 21 reported victims. The victims' office reported serving 41 trafficking victims. The women's institute provided services to 20 female victims."
        ).join("\n"), @r"
        2020 victims_assisted 21 (reported victims)
        2020 victims_assisted 41 (trafficking victims)
        2020 victims_assisted 20 (female victims)
        ");
    }

    #[test]
    fn parts_in_one_sentence_are_left_to_the_sentence_rules() {
        insta::assert_snapshot!(counts(
            "In 2020, the government identified two confirmed victims and 129 potential victims. It assisted all 131 victims identified."
        ).join("\n"), @r"
        2020 victims_identified 2 (confirmed victims)
        2020 victims_identified 129 (potential victims)
        2020 victims_assisted 131 (victims)
        ");
    }
}
