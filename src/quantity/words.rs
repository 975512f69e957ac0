//! Number words: "twenty-five" → 25, "two hundred" → 200, "Thirty thousand" → 30000.

use super::lexicon::NUMBER_WORDS;

/// The value of one number word, case-insensitively.
pub fn word_value(word: &str) -> Option<u64> {
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}

/// The value of a sequence of number words separated by spaces, hyphens or "and".
pub fn parse_words(text: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut any = false;
    for w in text
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
    {
        let v = word_value(w)?;
        any = true;
        match v {
            100 => current = current.max(1).checked_mul(100)?,
            1_000 | 1_000_000 | 1_000_000_000 => {
                total = total.checked_add(current.max(1).checked_mul(v)?)?;
                current = 0;
            }
            _ => current = current.checked_add(v)?,
        }
    }
    any.then_some(total + current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        let cases = [
            ("two", 2),
            ("eleven", 11),
            ("twenty-five", 25),
            ("Forty-four", 44),
            ("two hundred", 200),
            ("one thousand two hundred and five", 1205),
            ("Thirty thousand", 30_000),
            ("two million", 2_000_000),
        ];
        for (w, v) in cases {
            assert_eq!(parse_words(w), Some(v), "{w}");
        }
        assert_eq!(parse_words("twenty twelve-ish"), None);
        assert_eq!(parse_words(""), None);
    }
}
