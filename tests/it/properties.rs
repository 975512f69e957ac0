//! Property tests: no panic, valid spans, determinism, and form-independence.

use super::messy::hard_wrap;
use super::{assert_spans, facts, seed_text};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Fragments that steer random text towards the rules.
const PIECES: &[&str] = &[
    "Tier 2 Watch List",
    "Tier 3",
    "in 2017 and 2023",
    "for the second consecutive year",
    "ratified the 2000 UN TIP Protocol in March 2005",
    "investigated 12 cases involving 20 suspects",
    "did not prosecute any traffickers",
    "(53 sex trafficking, 97 labor trafficking)",
    "Article 129 of the criminal code",
    "four to 25 years' imprisonment",
    "a score of 8.5 out of 10",
    "In 2010, ",
    ". ",
    "\n\n",
    "==X (2009)==\n",
    "- ",
    "\u{201c}",
    "\u{2019}",
    "\u{2013}",
    "\u{200b}",
    "\u{a0}",
    "\r\n",
    "U.S.",
    "No. 5",
    "1,200",
    "twenty-five",
    "more than 100",
    "é",
    "人",
];

fn steered() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(PIECES).prop_map(str::to_string),
            "[a-zA-Z0-9 ,.;:()'\"-]{0,12}",
            any::<String>()
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        let d = tipline::extract(&s);
        assert_spans(&s, &d);
    }

    #[test]
    fn steered_strings_are_deterministic(s in steered()) {
        let d = tipline::extract(&s);
        assert_spans(&s, &d);
        prop_assert_eq!(&d, &tipline::extract(&s));
    }

    #[test]
    fn mutated_seed(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), prop::sample::select(PIECES)), 1..8)) {
        let mut t = seed_text();
        for (at, len, piece) in edits {
            let mut a = at.index(t.len() + 1);
            while !t.is_char_boundary(a) { a -= 1; }
            let mut b = (a + len.index(40)).min(t.len());
            while !t.is_char_boundary(b) { b -= 1; }
            t.replace_range(a..b, piece);
        }
        let d = tipline::extract(&t);
        assert_spans(&t, &d);
    }

    #[test]
    fn wrapping_does_not_change_events(width in 20usize..140) {
        let t = seed_text();
        let wrapped = hard_wrap(&t, width);
        let d = tipline::extract(&wrapped);
        assert_spans(&wrapped, &d);
        prop_assert_eq!(facts(&tipline::extract(&t)), facts(&d));
    }

    #[test]
    fn line_endings_and_bom_do_not_change_events(crlf in any::<bool>(), bom in any::<bool>()) {
        let t = seed_text();
        let mut m = if crlf { t.replace('\n', "\r\n") } else { t.clone() };
        if bom { m.insert(0, '\u{feff}'); }
        let d = tipline::extract(&m);
        assert_spans(&m, &d);
        prop_assert_eq!(facts(&tipline::extract(&t)), facts(&d));
    }
}
