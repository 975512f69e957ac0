//! Layer 1: document structure.
//!
//! Splits an input into a title, sections (`== Heading ==` at any level, or a known
//! section name on a line of its own),
//! blocks (paragraphs and bullet items, hard-wrapped lines joined) and
//! sentences, each with byte spans into the original input.
//!
//! ```text
//! document  := BOM? line*
//! title     := "=" text "="                 (first non-blank line only)
//!            | NAME "(" TIER ")" ...        (a report narrative's header line)
//! heading   := "="{2,} text "="{1,}         (level = number of leading "=")
//!            | "#"{1,6} " " text            (Markdown: level = number of "#"; a short line
//!                                           that ends no sentence)
//!            | SECTION_NAME ("(" YEAR ")")? ":"?   (level 2; in capitals, after a blank line or with ":")
//! bullet    := ("-" | "*" | "•") " " text   (continuation lines join the item)
//! paragraph := non-blank lines up to a blank line, heading or bullet
//! ```

pub mod lexicon;
pub mod normalize;
pub mod sentences;
pub mod wikitext;

use crate::pattern::{ends_word, starts_word};
use crate::span::Span;
use lexicon::BULLETS;
use normalize::Normalized;
use std::ops::Range;

/// Sentences longer than this are cut at a space so that no rule ever sees
/// an unbounded sentence (a limit of the design, documented in DESIGN.md).
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The document title line.
    Title,
    /// A prose paragraph.
    Paragraph,
    /// One bullet item.
    ListItem,
}

/// A section heading.
#[derive(Debug, Clone)]
pub struct Section {
    /// Heading text (normalized), e.g. "Prosecution (2009)".
    pub heading: String,
    /// Number of leading `=`.
    pub level: u8,
    /// Span of the heading text in the input.
    pub span: Span,
    /// A year named in the heading ("Prosecution (2009)", "Background in 2010").
    pub year: Option<i32>,
}

/// One sentence of a block.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Range in the block's normalized text.
    pub norm: Range<usize>,
    /// Span in the original input.
    pub span: Span,
}

/// A paragraph, bullet item or the title, with its sentences.
#[derive(Debug, Clone)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Span in the original input.
    pub span: Span,
    /// Index into [`Structure::sections`] of the enclosing section.
    pub section: Option<usize>,
    /// The normalized text of the block.
    pub norm: Normalized,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
}

impl Block {
    /// The normalized text of a sentence of this block.
    pub fn text(&self, s: &Sentence) -> &str {
        &self.norm.text[s.norm.clone()]
    }
}

/// The structure of one input text.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    /// The title block's index in `blocks`, if the text has a title.
    pub title: Option<usize>,
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Blocks in order.
    pub blocks: Vec<Block>,
    /// Lines that started like a heading but could not be read as one.
    pub malformed_headings: Vec<Span>,
    /// Wiki tables (`{|` to `|}`): rows and cells, not prose, so no sentences are read.
    pub tables: Vec<Span>,
}

impl Structure {
    /// The normalized title text.
    pub fn title_text(&self) -> Option<&str> {
        self.title.map(|i| self.blocks[i].norm.text.as_str())
    }
}

/// The longest line a hard-wrapped text has (in bytes); a longer one holds a whole paragraph.
const MAX_WRAPPED_LINE: usize = 200;

struct OpenBlock {
    kind: BlockKind,
    start: usize,
    end: usize,
}

/// Parses the structure of `input`.
pub fn parse(input: &str) -> Structure {
    let mut st = Structure::default();
    let mut open: Option<OpenBlock> = None;
    let mut section: Option<usize> = None;
    let mut first_content = true;
    let mut pos = if input.starts_with('\u{FEFF}') { 3 } else { 0 };
    while pos < input.len() {
        let line_end =
            memchr::memchr(b'\n', &input.as_bytes()[pos..]).map_or(input.len(), |i| pos + i);
        let (ls, le) = trim_span(input, pos, line_end);
        let next = (line_end + 1).min(input.len()).max(line_end);
        let line = &input[ls..le];
        if ls == le {
            close(&mut st, input, &mut open, section);
        } else if line.starts_with("{|") {
            close(&mut st, input, &mut open, section);
            let end = table_end(input, ls);
            st.tables.push(Span::new(ls, end));
            first_content = false;
            let after =
                memchr::memchr(b'\n', &input.as_bytes()[end..]).map_or(input.len(), |i| end + i);
            if after >= input.len() {
                break;
            }
            pos = after + 1;
            continue;
        } else if let Some(h) =
            heading(input, ls, le).or_else(|| plain_heading(input, ls, le, open.is_none()))
        {
            close(&mut st, input, &mut open, section);
            if first_content && h.level == 1 {
                st.title = Some(st.blocks.len());
                push_block(&mut st, input, BlockKind::Title, h.text.0, h.text.1, None);
            } else {
                let text = Normalized::new(&input[h.text.0..h.text.1], h.text.0).text;
                let year = heading_year(&text);
                st.sections.push(Section {
                    heading: text,
                    level: h.level,
                    span: Span::new(h.text.0, h.text.1),
                    year,
                });
                section = Some(st.sections.len() - 1);
            }
            first_content = false;
        } else if line.starts_with("==") {
            close(&mut st, input, &mut open, section);
            st.malformed_headings.push(Span::new(ls, le));
            first_content = false;
        } else if let Some(content) = bullet(line).filter(|_| starts_item(input, open.as_ref())) {
            close(&mut st, input, &mut open, section);
            let cs = ls + content;
            if cs < le {
                open = Some(OpenBlock {
                    kind: BlockKind::ListItem,
                    start: cs,
                    end: le,
                });
            }
            first_content = false;
        } else if first_content
            && (looks_like_report_header(line)
                || (looks_like_article_title(line) && stands_alone(input, next)))
        {
            st.title = Some(st.blocks.len());
            push_block(&mut st, input, BlockKind::Title, ls, le, None);
            first_content = false;
        } else if open.is_none()
            && section.is_none()
            && st.title.is_some_and(|t| t + 1 == st.blocks.len())
            && looks_like_report_header(line)
        {
            // "2020 Trafficking in Persons Report: Nepal" then "NEPAL: Tier 2": the title's tier.
            push_block(&mut st, input, BlockKind::Title, ls, le, None);
        } else if open.is_none()
            && section.is_none()
            && st.title.is_none()
            && st.blocks.len() <= MAX_BANNER_BLOCKS
            && st
                .blocks
                .iter()
                .all(|b| b.span.end - b.span.start <= MAX_BANNER_LINE)
            && stands_alone(input, next)
            && looks_like_report_header(line)
        {
            // "Country Narratives -- Countries H through P" then "HAITI (TIER 2 - WATCH LIST)":
            // a page's banner, then the narrative's title on a line of its own.
            st.title = Some(st.blocks.len());
            push_block(&mut st, input, BlockKind::Title, ls, le, None);
            first_content = false;
        } else {
            // A line break beside a line longer than any wrapped line ends a paragraph: text
            // with one paragraph per line, not hard-wrapped text.
            let unwrapped = |b: &OpenBlock| {
                let last_line = input[b.start..b.end]
                    .rfind('\n')
                    .map_or(b.start, |i| b.start + i + 1);
                b.end - last_line > MAX_WRAPPED_LINE || le - ls > MAX_WRAPPED_LINE
            };
            if open.as_ref().is_some_and(unwrapped) {
                close(&mut st, input, &mut open, section);
            }
            match open.as_mut() {
                Some(b) => b.end = le,
                None => {
                    open = Some(OpenBlock {
                        kind: BlockKind::Paragraph,
                        start: ls,
                        end: le,
                    })
                }
            }
            first_content = false;
        }
        if line_end >= input.len() {
            break;
        }
        pos = next;
    }
    close(&mut st, input, &mut open, section);
    st
}

/// Where the wiki table opened at `start` ends: after its closing `|}` line (nested tables
/// counted), or at the end of the input when it never closes.
fn table_end(input: &str, start: usize) -> usize {
    let mut depth = 0usize;
    let mut pos = start;
    while pos < input.len() {
        let line_end =
            memchr::memchr(b'\n', &input.as_bytes()[pos..]).map_or(input.len(), |i| pos + i);
        let line = input[pos..line_end].trim();
        if line.starts_with("{|") {
            depth += 1;
        } else if line.starts_with("|}") {
            depth -= 1;
            if depth == 0 {
                return pos + input[pos..line_end].find("|}").map_or(0, |i| i + 2);
            }
        }
        pos = line_end + 1;
    }
    input.len()
}

fn close(st: &mut Structure, input: &str, open: &mut Option<OpenBlock>, section: Option<usize>) {
    if let Some(b) = open.take() {
        push_block(st, input, b.kind, b.start, b.end, section);
    }
}

fn push_block(
    st: &mut Structure,
    input: &str,
    kind: BlockKind,
    start: usize,
    end: usize,
    section: Option<usize>,
) {
    let norm = Normalized::new(&input[start..end], start);
    let ranges = if kind == BlockKind::Title {
        std::iter::once(0..norm.text.len()).collect()
    } else {
        sentences::split(&norm.text)
    };
    let mut sentences = Vec::with_capacity(ranges.len());
    for r in ranges {
        cap_length(&norm.text, r, |piece| {
            if piece.is_empty() {
                return;
            }
            let span = Span::new(norm.orig_start(piece.start), norm.orig_end(piece.end));
            if !span.is_empty() {
                sentences.push(Sentence { norm: piece, span });
            }
        });
    }
    st.blocks.push(Block {
        kind,
        span: Span::new(start, end),
        section,
        norm,
        sentences,
    });
}

/// Cuts an over-long sentence into pieces of at most `MAX_SENTENCE_BYTES`, at spaces
/// where possible, and hands each piece to `out`.
fn cap_length(text: &str, r: Range<usize>, mut out: impl FnMut(Range<usize>)) {
    if r.len() <= MAX_SENTENCE_BYTES {
        return out(r);
    }
    let mut s = r.start;
    while r.end - s > MAX_SENTENCE_BYTES {
        let mut cut = s + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = match text[s..cut].rfind(' ') {
            Some(p) if p > 0 => s + p,
            _ => cut,
        };
        out(s..cut);
        s = cut;
        while s < r.end && text.as_bytes()[s] == b' ' {
            s += 1;
        }
    }
    if s < r.end {
        out(s..r.end);
    }
}

fn trim_span(input: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let text = &input[s..e];
    let lead = text.len() - text.trim_start_matches(is_blank).len();
    s += lead;
    let text = &input[s..e];
    e -= text.len() - text.trim_end_matches(is_blank).len();
    (s, e)
}

fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

struct Heading {
    level: u8,
    text: (usize, usize),
}

fn heading(input: &str, ls: usize, le: usize) -> Option<Heading> {
    let line = &input[ls..le];
    if line.starts_with('#') {
        return markdown_heading(input, ls, le);
    }
    if !line.starts_with('=') || !line.ends_with('=') || line.len() < 3 {
        return None;
    }
    let lead = line.len() - line.trim_start_matches('=').len();
    let trail = line.len() - line.trim_end_matches('=').len();
    if lead + trail >= line.len() || lead > 6 {
        return None;
    }
    let (ts, te) = trim_span(input, ls + lead, le - trail);
    if ts >= te {
        return None;
    }
    Some(Heading {
        level: lead as u8,
        text: (ts, te),
    })
}

/// A Markdown heading: "# Title" or "## Background in 2010", a line that ends no sentence,
/// below the title a known section name or a few words in capitals (a wiki list item also
/// starts with "#": "## the next point.").
fn markdown_heading(input: &str, ls: usize, le: usize) -> Option<Heading> {
    let line = &input[ls..le];
    let level = line.len() - line.trim_start_matches('#').len();
    let rest = &line[level..];
    if level > 6 || !rest.starts_with(' ') {
        return None;
    }
    let (ts, te) = trim_span(
        input,
        ls + level,
        le - (rest.len() - rest.trim_end_matches('#').len()),
    );
    let name = input.get(ts..te).filter(|n| !n.is_empty())?;
    let ends_no_sentence = !name.ends_with(['.', '!', '?', ';', ',', ':']);
    let fits = match level {
        1 => name.len() <= 120 && ends_no_sentence,
        // "## Background in 2010"; not an item of a numbered list ("## the next point.").
        _ => {
            is_section_name(name)
                || (ends_no_sentence
                    && name.starts_with(|c: char| c.is_uppercase())
                    && name.split_whitespace().count() <= 8)
        }
    };
    fits.then_some(Heading {
        level: level as u8,
        text: (ts, te),
    })
}

/// A section name of the report narratives or articles ("Prosecution", "Prosecution (2009)",
/// "Recommendations for Chad"), in any case.
fn is_section_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    // "Prosecution (2009)": a year in brackets after the name.
    let bare = match lower.rfind(" (") {
        Some(i) if lower.ends_with(')') && heading_year(&lower[i..]).is_some() => &lower[..i],
        _ => lower.as_str(),
    };
    lexicon::SECTION_NAMES.contains(&bare)
        || lexicon::BACK_MATTER.contains(&bare)
        || bare.starts_with("recommendations for ")
}

/// A section name on a line of its own ("PROSECUTION", "Prioritized Recommendations:",
/// "Prosecution (2009)", "Recommendations for Chad"), in capitals, after a blank line
/// (`after_break`) or ending in a colon: a plain-text heading at level 2.
fn plain_heading(input: &str, ls: usize, le: usize, after_break: bool) -> Option<Heading> {
    let line = &input[ls..le];
    if line.len() > 80 || !line.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let capitals = !line.bytes().any(|b| b.is_ascii_lowercase());
    if !(after_break || capitals || line.ends_with(':')) {
        return None;
    }
    let name = line.trim_end_matches(':').trim_end();
    is_section_name(name).then(|| Heading {
        level: 2,
        text: (ls, ls + name.len()),
    })
}

/// A bullet marker starts an item unless it continues a hard-wrapped sentence
/// ("... Article 129 of its criminal code\n- adopted in May 2010 -").
fn starts_item(input: &str, open: Option<&OpenBlock>) -> bool {
    match open {
        None => true,
        Some(b) if b.kind == BlockKind::ListItem => true,
        Some(b) => input[b.start..b.end]
            .trim_end()
            .ends_with(['.', '!', '?', ':', ';']),
    }
}

fn bullet(line: &str) -> Option<usize> {
    // A wiki list item: "*item", "** item", "# item" (not "#hashtag").
    let marks = line.len() - line.trim_start_matches(['*', '#']).len();
    let spaced = line[marks..].starts_with(is_blank);
    if marks > 0 && (line.starts_with('*') || spaced) {
        let content = line[marks..].trim_start_matches(is_blank);
        return (!content.is_empty()).then(|| line.len() - content.len());
    }
    let c = line.chars().next()?;
    if !BULLETS.contains(&c) {
        return None;
    }
    let rest = &line[c.len_utf8()..];
    let after = rest.chars().next()?;
    if !after.is_whitespace() {
        return None;
    }
    let content = rest.trim_start_matches(is_blank);
    Some(line.len() - content.len())
}

/// "Armenia (Tier 1) — 2014 Trafficking in Persons Report", "KAZAKHSTAN: Tier 2".
/// How many blocks of a page's banner may stand before a narrative's title, and how long
/// each may be (a banner is a few short lines; text has begun after a paragraph).
const MAX_BANNER_BLOCKS: usize = 3;
const MAX_BANNER_LINE: usize = 100;

/// Whether the line after the one ending before `next` is blank, or there is none.
fn stands_alone(input: &str, next: usize) -> bool {
    let rest = &input[next.min(input.len())..];
    rest.split('\n').next().is_none_or(|l| l.trim().is_empty())
}

/// "Human trafficking in Thailand" on a line of its own: an article's title copied without
/// its "=" marks.
fn looks_like_article_title(line: &str) -> bool {
    let line = line.trim();
    line.len() <= MAX_BANNER_LINE
        && !has_lead_markup(line)
        && !line.ends_with(['.', ':', ';', ','])
        && lexicon::ARTICLE_TITLE_OPENINGS.iter().any(|o| {
            line.len() > o.len()
                && line
                    .get(..o.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(o))
        })
}

/// Whether a line holds what a wiki lead sentence has and a title line never does: the
/// title in bold, a footnote or a template ("'''Human trafficking in X''' is ...<ref>...").
fn has_lead_markup(line: &str) -> bool {
    ["'''", "<ref", "{{"].iter().any(|m| line.contains(m))
}

fn looks_like_report_header(line: &str) -> bool {
    if line.len() > 160 || line.ends_with('.') || has_lead_markup(line) {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    // "2021 Trafficking in Persons Report: Kenya", "Kenya - 2021 TIP Report"
    let names_report = ["trafficking in persons report", "tip report"]
        .iter()
        .any(|r| lower.contains(r));
    if names_report && heading_year(&lower).is_some() {
        return true;
    }
    let Some(t) = lower.find("tier ") else {
        return false;
    };
    let before = lower[..t].trim_end();
    // "Chad (Tier 2)", "CHAD: Tier 2", "Chad — Tier 2" (a dash, not a hyphen).
    let dash = before.ends_with(['\u{2013}', '\u{2014}'])
        || (before.ends_with('-') && before[..before.len() - 1].ends_with(' '));
    (before.ends_with('(') || before.ends_with(':') || dash) && before.len() > 2
}

fn heading_year(text: &str) -> Option<i32> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let w = &b[i..i + 4];
        let bounded = starts_word(b, i) && ends_word(b, i + 4);
        if bounded
            && w.iter().all(u8::is_ascii_digit)
            && (w[0] == b'1' && w[1] == b'9' || w[0] == b'2' && w[1] == b'0')
        {
            std::str::from_utf8(w).ok()?.parse().ok()
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_sections_paragraphs_bullets() {
        let input = "\u{feff}= Human trafficking in X =\r\n\r\nFirst para line one\r\nline two. Second.\r\n\r\n==Prosecution (2009)==\r\nText here.\r\n=== Sub ==\r\n- item one\r\n  continues\r\n* item two\r\n";
        let st = parse(input);
        assert_eq!(st.title_text(), Some("Human trafficking in X"));
        assert_eq!(st.sections.len(), 2);
        assert_eq!(st.sections[0].heading, "Prosecution (2009)");
        assert_eq!(st.sections[0].year, Some(2009));
        assert_eq!(st.sections[1].level, 3);
        let texts: Vec<&str> = st
            .blocks
            .iter()
            .flat_map(|b| b.sentences.iter().map(|s| s.span.slice(input)))
            .collect();
        assert_eq!(
            texts,
            [
                "Human trafficking in X",
                "First para line one\r\nline two.",
                "Second.",
                "Text here.",
                "item one\r\n  continues",
                "item two"
            ]
        );
        assert_eq!(
            st.blocks[1].text(&st.blocks[1].sentences[0]),
            "First para line one line two."
        );
        assert_eq!(st.blocks[4].section, Some(1));
    }

    #[test]
    fn wiki_list_items_with_or_without_a_space() {
        let input = "Efforts:\n*investigated 34 cases;\n** prosecuted 20 suspects;\n# convicted 12.\n#hashtag line";
        let st = parse(input);
        let kinds: Vec<(BlockKind, &str)> = st
            .blocks
            .iter()
            .map(|b| (b.kind, b.norm.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Paragraph, "Efforts:"),
                (BlockKind::ListItem, "investigated 34 cases;"),
                (BlockKind::ListItem, "prosecuted 20 suspects;"),
                (BlockKind::ListItem, "convicted 12. #hashtag line"),
            ]
        );
    }

    #[test]
    fn dash_at_line_start_inside_a_sentence_is_not_a_bullet() {
        let st = parse("Article 129 of its criminal code\n- adopted in May 2010 - prescribes penalties.\nThe list:\n- one\n- two");
        let texts: Vec<&str> = st.blocks.iter().map(|b| b.norm.text.as_str()).collect();
        assert_eq!(texts, ["Article 129 of its criminal code - adopted in May 2010 - prescribes penalties. The list:", "one", "two"]);
    }

    #[test]
    fn a_paragraph_per_line_is_told_from_hard_wrapping() {
        let long = "The government identified 40 victims of trafficking during the reporting period and referred all of them to care, compared with 35 victims in the previous reporting period, and it trained 120 officials on victim identification.";
        assert!(long.len() > MAX_WRAPPED_LINE);
        let input = format!("{long}\nIn 2019, police identified 12 victims.\n{long}\n");
        let st = parse(&input);
        assert_eq!(st.blocks.len(), 3);
        // A short line before a long one is a line of its own ("COUNTRY (Tier 2)").
        let input = format!("= T =\n\nIntro.\n\nTESTLAND (Tier 2 Watch List)\n{long}");
        let st = parse(&input);
        assert_eq!(st.blocks.len(), 4);
        let span = st.blocks[3].sentences[0].span;
        assert_eq!(&input[span.start..span.end], long);
        // Hard-wrapped lines stay one paragraph.
        let st = parse("The government identified 40 victims\nand referred them to care. Police\ninvestigated 12 cases.\n");
        assert_eq!(st.blocks.len(), 1);
    }

    #[test]
    fn article_title_without_equals_is_a_title() {
        let st = parse("Human trafficking in Thailand\n\nThailand is a source country.");
        assert_eq!(st.title_text(), Some("Human trafficking in Thailand"));
        let st = parse("Trafficking in persons in the Philippines\n");
        assert_eq!(
            st.title_text(),
            Some("Trafficking in persons in the Philippines")
        );
        // A wiki lead sentence, its title bolded and its end a footnote, is text.
        let st = parse("'''Human trafficking in Testland''' is a problem.<ref>{{cite web|title=2015 TIP Report}}</ref>\n\nMore text.");
        assert_eq!(st.title, None);
        let st = parse(
            "'''Human trafficking in Testland''' is a problem{{sfn|Smith|2010}}\n\nMore text.",
        );
        assert_eq!(st.title, None);
        // A sentence that opens the same way is text.
        let st = parse("Human trafficking in Thailand is a serious problem\nthat grows.");
        assert_eq!(st.title, None);
        let st = parse("Human trafficking in Thailand is widespread.\n\nMore text.");
        assert_eq!(st.title, None);
    }

    #[test]
    fn report_header_without_equals_is_a_title() {
        let st = parse("KAZAKHSTAN: Tier 2\n\nText.");
        assert_eq!(st.title_text(), Some("KAZAKHSTAN: Tier 2"));
        let st = parse("Guinea-Bissau \u{2014} Tier 2\n\nText.");
        assert_eq!(st.title_text(), Some("Guinea-Bissau - Tier 2"));
        let st = parse("Kazakhstan is a source country.\n");
        assert_eq!(st.title, None);
        // A hyphen is no separator.
        let st = parse("Non-Tier 2 countries are listed below\n\nText.");
        assert_eq!(st.title, None);
        // The report's own title, and its tier on the line after it.
        let st = parse("2020 Trafficking in Persons Report: Nepal\n\nNEPAL: Tier 2\n\nText.");
        assert_eq!(
            st.title_text(),
            Some("2020 Trafficking in Persons Report: Nepal")
        );
        let kinds: Vec<BlockKind> = st.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [BlockKind::Title, BlockKind::Title, BlockKind::Paragraph]
        );
        let st = parse("The 2020 Trafficking in Persons Report placed Nepal on Tier 2.\n");
        assert_eq!(st.title, None);
        // A page's banner, then the narrative's title on a line of its own.
        let st = parse(
            "Country Narratives -- Countries H through P\n\nHAITI (TIER 2 - WATCH LIST)\n\nText.",
        );
        assert_eq!(st.title_text(), Some("HAITI (TIER 2 - WATCH LIST)"));
        // Not a line that runs on, nor one after the text has begun.
        let st = parse("Banner\n\nHAITI (TIER 2)\nHaiti is a source country.\n");
        assert_eq!(st.title, None);
        let st = parse("One.\n\nTwo.\n\nThree.\n\nFour.\n\nHAITI (TIER 2)\n\nText.");
        assert_eq!(st.title, None);
        let long = "Haiti is a source country for children in forced labor and sex trafficking in the Dominican Republic.";
        let st = parse(&format!(
            "{long}\n\n-2016 Trafficking in Persons Report\n\nText."
        ));
        assert_eq!(st.title, None);
        // A tier line later in the text is no title.
        let st = parse("= Nepal =\n\nText.\n\nNEPAL: Tier 2\n");
        assert_eq!(
            st.blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Title)
                .count(),
            1
        );
    }

    #[test]
    fn headings_in_every_style() {
        for h in [
            "== X (2010) ==",
            "==X (2010)==",
            "==X (2010) ==",
            "=== X (2010) ===",
            "=== X (2010) ==",
        ] {
            let st = parse(&format!("= T =\n{h}\nBody."));
            assert_eq!(st.sections[0].heading, "X (2010)", "{h}");
            assert_eq!(st.sections[0].year, Some(2010));
        }
    }

    #[test]
    fn markdown_headings_are_headings_and_wiki_list_items_are_not() {
        let input = "# Testland (Tier 2) - 2020 Trafficking in Persons Report\n\n## Prosecution (2019)\nPolice investigated 12 cases.\n\n### Background in 2010 ##\nText.\n\n## the government should train judges.\n#hashtag\n";
        let st = parse(input);
        let title = st.title.map(|t| st.blocks[t].span);
        assert_eq!(
            title.map(|s| &input[s.start..s.end]),
            Some("Testland (Tier 2) - 2020 Trafficking in Persons Report")
        );
        let headings: Vec<(&str, u8, Option<i32>)> = st
            .sections
            .iter()
            .map(|s| (s.heading.as_str(), s.level, s.year))
            .collect();
        assert_eq!(
            headings,
            [
                ("Prosecution (2019)", 2, Some(2019)),
                ("Background in 2010", 3, Some(2010)),
            ]
        );
        let items = st.blocks.iter().filter(|b| b.kind == BlockKind::ListItem);
        assert_eq!(items.count(), 1);
    }

    #[test]
    fn plain_text_section_names_are_headings() {
        let input = "Testland (Tier 2) - 2020 Trafficking in Persons Report\n\nPRIORITIZED RECOMMENDATIONS:\nTrain 200 officers.\n\nProsecution (2019)\nPolice investigated 12 cases.\nPROTECTION\nThe government identified 40 victims.\nPrevention:\nThe government ran campaigns.";
        let st = parse(input);
        let headings: Vec<(&str, Option<i32>)> = st
            .sections
            .iter()
            .map(|s| (s.heading.as_str(), s.year))
            .collect();
        assert_eq!(
            headings,
            [
                ("PRIORITIZED RECOMMENDATIONS", None),
                ("Prosecution (2019)", Some(2019)),
                ("PROTECTION", None),
                ("Prevention", None),
            ]
        );
        // Not headings: a capitalized section word that continues a paragraph, a lower-case
        // line, a longer line that only starts with a section word.
        let st = parse("The government made efforts in\nPrevention\nand protection.\n\nprevention\n\nProsecution of traffickers increased.");
        assert!(st.sections.is_empty(), "{:?}", st.sections);
    }

    #[test]
    fn very_long_sentences_are_cut() {
        let input = "word ".repeat(3000);
        let st = parse(&input);
        let n: usize = st.blocks[0].sentences.len();
        assert!(n >= 4);
        assert!(st.blocks[0]
            .sentences
            .iter()
            .all(|s| s.span.len() <= MAX_SENTENCE_BYTES));
    }
}
