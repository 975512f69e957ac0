//! Wiki markup in articles read as their source (a `.wiki` file, a database dump).
//!
//! Normalization drops markup and keeps the words a reader sees: `[[Nepal]]` reads "Nepal",
//! `[[Ratification|ratified]]` reads "ratified", `'''bold'''` and `''italic''` lose their
//! quotes, and footnotes (`<ref>...</ref>`), templates (`{{cite web|...}}`), comments and
//! file links disappear whole. Plain text has none of these marks, so it is read unchanged.

use super::lexicon::{HIDDEN_LINK_NAMESPACES, HTML_TAGS};

/// Where markup starts matter: what normalization does with the bytes from there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// Drop this many bytes.
    Drop(usize),
    /// Drop this many bytes, and the single byte at this offset from here (the `]` that
    /// closes an external link's label).
    DropAndClose(usize, usize),
}

/// The farthest a tag or an external link's closing bracket is looked for.
const MAX_TAG: usize = 300;

/// Pairs of `{{ }}` and of `[[ ]]` in a block, matched once, and the ends of footnotes and
/// comments found so far: each byte of a block is scanned a bounded number of times however
/// the marks nest or fail to close.
#[derive(Default)]
pub struct Scanner {
    templates: Option<Vec<(usize, usize)>>,
    links: Option<Vec<(usize, usize)>>,
    ref_close: Option<Found>,
    comment_close: Option<Found>,
}

/// The result of a forward search for a closing mark made from `from`: its offset, or none.
#[derive(Clone, Copy)]
struct Found {
    from: usize,
    at: Option<usize>,
}

impl Scanner {
    /// The markup at offset `i` of `block`, if any.
    pub fn at(&mut self, block: &[u8], i: usize) -> Option<Markup> {
        let b = &block[i..];
        match *b.first()? {
            b'\'' => {
                let run = b.iter().take_while(|&&c| c == b'\'').count();
                (run >= 2).then_some(Markup::Drop(run))
            }
            b'{' if b.starts_with(b"{{") => {
                let pairs = self
                    .templates
                    .get_or_insert_with(|| matched_pairs(block, b"{{", b"}}"));
                pair_end(pairs, i).map(|end| Markup::Drop(end - i))
            }
            b'[' if b.starts_with(b"[[") => self.link(block, i),
            b']' if b.starts_with(b"]]") => Some(Markup::Drop(2)),
            b'[' => external_link(b),
            b'<' => self.tag(block, i),
            _ => None,
        }
    }

    /// `[[Target|label]]` drops up to the label, `[[Target]]` its brackets, and a file or
    /// category link all of itself.
    fn link(&mut self, block: &[u8], i: usize) -> Option<Markup> {
        let pairs = self
            .links
            .get_or_insert_with(|| matched_pairs(block, b"[[", b"]]"));
        let Some(end) = pair_end(pairs, i) else {
            return Some(Markup::Drop(2));
        };
        let inner = &block[i + 2..end - 2];
        let hidden = HIDDEN_LINK_NAMESPACES.iter().any(|ns| {
            inner
                .get(..ns.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(ns.as_bytes()))
        });
        if hidden {
            return Some(Markup::Drop(end - i));
        }
        match inner.iter().position(|&c| c == b'|') {
            Some(bar) if !inner[..bar].contains(&b'[') => Some(Markup::Drop(bar + 3)),
            _ => Some(Markup::Drop(2)),
        }
    }

    /// Footnotes and comments whole; other known tags alone, keeping what they enclose.
    fn tag(&mut self, block: &[u8], i: usize) -> Option<Markup> {
        let b = &block[i..];
        if b.starts_with(b"<!--") {
            let end = find_after(&mut self.comment_close, block, i + 4, b"-->")
                .map_or(block.len(), |at| at + 3);
            return Some(Markup::Drop(end - i));
        }
        let close = b.iter().take(MAX_TAG).position(|&c| c == b'>')?;
        let name_start = usize::from(b.get(1) == Some(&b'/')) + 1;
        let name_len = b[name_start..close]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let name = &b[name_start..name_start + name_len];
        let self_closing = b[..close].ends_with(b"/");
        if name.eq_ignore_ascii_case(b"ref") && name_start == 1 && !self_closing {
            let end = find_after(&mut self.ref_close, block, i + close + 1, b"</ref")
                .and_then(|at| {
                    let rest = &block[at..];
                    rest.iter()
                        .take(MAX_TAG)
                        .position(|&c| c == b'>')
                        .map(|g| at + g + 1)
                })
                .unwrap_or(i + close + 1);
            return Some(Markup::Drop(end - i));
        }
        HTML_TAGS
            .iter()
            .any(|t| name.eq_ignore_ascii_case(t.as_bytes()))
            .then_some(Markup::Drop(close + 1))
    }
}

/// `[https://example.org label]` drops the address and, later, the closing bracket; with no
/// label, the whole link.
fn external_link(b: &[u8]) -> Option<Markup> {
    let address = [&b"[http://"[..], b"[https://", b"[//"]
        .iter()
        .any(|p| b.len() > p.len() && b[..p.len()].eq_ignore_ascii_case(p));
    if !address {
        return None;
    }
    let close = b.iter().take(MAX_TAG).position(|&c| c == b']')?;
    match b[..close].iter().position(|&c| c == b' ') {
        Some(space) => Some(Markup::DropAndClose(space + 1, close)),
        None => Some(Markup::Drop(close + 1)),
    }
}

/// Every `open` matched with its `close`, nesting counted, as (start of open, end of close),
/// in order of start. Unmatched marks are left out.
fn matched_pairs(block: &[u8], open: &[u8; 2], close: &[u8; 2]) -> Vec<(usize, usize)> {
    let mut stack = Vec::new();
    let mut pairs = Vec::new();
    let mut i = 0;
    while i + 1 < block.len() {
        let two = [block[i], block[i + 1]];
        if &two == open {
            stack.push(i);
            i += 2;
        } else if &two == close {
            if let Some(s) = stack.pop() {
                pairs.push((s, i + 2));
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    pairs.sort_unstable();
    pairs
}

fn pair_end(pairs: &[(usize, usize)], start: usize) -> Option<usize> {
    pairs
        .binary_search_by_key(&start, |p| p.0)
        .ok()
        .map(|k| pairs[k].1)
}

/// The first `needle` at or after `from`, reusing the last search: a search that found
/// nothing, or found a mark at or after `from`, answers every later one up to that mark.
fn find_after(memo: &mut Option<Found>, block: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if let Some(f) = *memo {
        if from >= f.from && f.at.is_none_or(|at| from <= at) {
            return f.at;
        }
    }
    let at = memchr::memmem::find(&block[from.min(block.len())..], needle).map(|k| from + k);
    *memo = Some(Found { from, at });
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The markup found reading `text` as normalization does, skipping what is dropped.
    fn all(text: &str) -> Vec<(usize, Markup)> {
        let mut scanner = Scanner::default();
        let b = text.as_bytes();
        let mut found = Vec::new();
        let mut i = 0;
        while i < b.len() {
            match scanner.at(b, i) {
                Some(m) => {
                    found.push((i, m));
                    i += match m {
                        Markup::Drop(n) | Markup::DropAndClose(n, _) => n,
                    };
                }
                None => i += 1,
            }
        }
        found
    }

    #[test]
    fn links_keep_their_label() {
        assert_eq!(
            all("[[Ratification|ratified]]")[..2],
            [(0, Markup::Drop(15)), (23, Markup::Drop(2))]
        );
        assert_eq!(all("[[Nepal]]")[0], (0, Markup::Drop(2)));
        assert_eq!(
            all("[[File:A.jpg|thumb|A [[b]] c]] x")[0],
            (0, Markup::Drop(30))
        );
    }

    #[test]
    fn templates_nest_and_unclosed_ones_stay() {
        assert_eq!(all("{{a|{{b}}}} x")[0], (0, Markup::Drop(11)));
        assert!(all("{{a| x").is_empty());
    }

    #[test]
    fn footnotes_comments_and_tags() {
        let t = "x<ref name=\"a\">{{cite}}</ref> y<ref name=b/> z<!-- c --> <small>w</small>";
        let at = |s: &str| t.find(s).unwrap();
        assert_eq!(
            all(t),
            [
                (1, Markup::Drop(at(" y") - 1)),
                (at("<ref name=b"), Markup::Drop(13)),
                (at("<!--"), Markup::Drop(10)),
                (at("<small>"), Markup::Drop(7)),
                (at("</small>"), Markup::Drop(8)),
            ]
        );
        // A comparison is not a tag.
        assert!(all("fewer than <5 victims> here").is_empty());
    }

    #[test]
    fn external_links_keep_their_label() {
        assert_eq!(
            all("[https://x.org/a report] and [http://y.org]"),
            [(0, Markup::DropAndClose(17, 23)), (29, Markup::Drop(14))]
        );
    }

    #[test]
    fn bold_and_italic_quotes_go_and_an_apostrophe_stays() {
        assert_eq!(
            all("'''Nepal''' isn't"),
            [(0, Markup::Drop(3)), (8, Markup::Drop(3))]
        );
    }

    #[test]
    fn unclosed_footnotes_drop_their_tag_only() {
        let found = all(&"<ref>a ".repeat(1_000));
        assert_eq!(found.len(), 1_000);
        assert!(found.iter().all(|&(_, m)| m == Markup::Drop(5)));
    }
}
