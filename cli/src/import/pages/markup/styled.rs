//! Text as a browser shows it, with what its markup said kept on the side
//! ([`Styled`]), and one cell of a table read from it ([`Cell`]). Made by
//! the page's parsers from their events and elements; nothing here reads
//! markup.

use std::ops::Range;

/// A line break inside a cell (`<br>`), kept apart from the whitespace
/// that collapses: U+2028 LINE SEPARATOR, which no page writes as text.
pub const LINE_BREAK: char = '\u{2028}';

/// What inline markup said about a stretch of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A code span (`` `ERR_X` ``, `<code>`).
    Code,
    /// Struck out (`~~40001~~`, `<del>`, `<s>`).
    Struck,
    /// Bold (`**Auth**`, `<b>`, `<strong>`).
    Bold,
}

/// Text with the stretches its markup styled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Styled {
    text: String,
    marks: Vec<(Style, Range<usize>)>,
}

impl Styled {
    /// Text without markup.
    #[cfg(test)]
    pub fn plain(text: &str) -> Styled {
        Styled {
            text: text.to_owned(),
            marks: Vec::new(),
        }
    }

    /// The text, markup removed.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Appends `text` with the styles `open` (Code spans start anew at each
    /// call whose `new_span` is set, so that two adjacent spans stay two).
    pub fn push(&mut self, text: &str, open: &[Style], new_span: bool) {
        if text.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(text);
        let end = self.text.len();
        for &style in open {
            let extends = !(style == Style::Code && new_span);
            match self.marks.iter_mut().rev().find(|(s, _)| *s == style) {
                Some((_, range)) if extends && range.end == start => range.end = end,
                _ => self.marks.push((style, start..end)),
            }
        }
    }

    /// The part of the text at `range` (byte offsets on character
    /// boundaries), with its marks.
    pub fn slice(&self, range: Range<usize>) -> Styled {
        let marks = self
            .marks
            .iter()
            .filter(|(_, r)| r.start < range.end && r.end > range.start)
            .map(|(style, r)| {
                (
                    *style,
                    r.start.max(range.start) - range.start..r.end.min(range.end) - range.start,
                )
            })
            .collect();
        Styled {
            text: self.text[range].to_owned(),
            marks,
        }
    }

    /// The text split at each `\n`, with the offset of each line.
    pub fn lines(&self) -> Vec<(usize, Styled)> {
        let mut lines = Vec::new();
        let mut start = 0;
        for (at, _) in self.text.match_indices('\n').chain([(self.text.len(), "")]) {
            lines.push((start, self.slice(start..at)));
            start = at + 1;
        }
        lines
    }

    /// Whether every visible character is styled `style` (and there is one).
    fn wholly(&self, style: Style) -> bool {
        let mut visible = self
            .text
            .char_indices()
            .filter(|(_, c)| !c.is_whitespace())
            .peekable();
        visible.peek().is_some()
            && visible.all(|(at, _)| {
                self.marks
                    .iter()
                    .any(|(s, r)| *s == style && r.contains(&at))
            })
    }

    /// The text read as one cell.
    pub fn cell(&self) -> Cell {
        let code_spans = self
            .marks
            .iter()
            .filter(|(style, _)| *style == Style::Code)
            .map(|(_, range)| self.text[range.clone()].trim().to_owned())
            .filter(|span| !span.is_empty())
            .collect();
        // Whitespace collapses as a browser collapses it, but a line break
        // the markup asked for (`<br>`) is a newline of the text.
        let lines: Vec<String> = self
            .text
            .split(LINE_BREAK)
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        Cell {
            text: lines.join("\n").trim_matches('\n').to_owned(),
            struck: self.wholly(Style::Struck),
            bold: self.wholly(Style::Bold),
            code_spans,
        }
    }
}

/// A cell's text and what its markup said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// The text as shown: no markup, whitespace collapsed, trimmed; a
    /// `<br>` is a newline.
    pub text: String,
    /// The whole cell is struck out (`~~40001~~`, `<del>`).
    pub struck: bool,
    /// The whole cell is bold (`**Generic**`, `<strong>`): a section title
    /// where the code is missing.
    pub bold: bool,
    /// The texts of its code spans (`` `ERR_INVALID_TOKEN` ``), in order.
    pub code_spans: Vec<String>,
}

/// Builds a [`Styled`] while a parser reports text and the opening and
/// closing of styles.
#[derive(Debug, Default)]
pub struct Builder {
    styled: Styled,
    open: Vec<Style>,
    code_started: bool,
}

impl Builder {
    /// Text in the styles open now.
    pub fn text(&mut self, text: &str) {
        let new_span = std::mem::take(&mut self.code_started);
        self.styled.push(text, &self.open, new_span);
    }

    /// A code span's text: a span of its own.
    pub fn code(&mut self, text: &str) {
        self.open(Style::Code);
        self.text(text);
        self.close(Style::Code);
    }

    /// A style starts.
    pub fn open(&mut self, style: Style) {
        self.code_started |= style == Style::Code;
        self.open.push(style);
    }

    /// The innermost open `style` ends.
    pub fn close(&mut self, style: Style) {
        if let Some(at) = self.open.iter().rposition(|s| *s == style) {
            self.open.remove(at);
        }
    }

    /// Whether the text so far ends in whitespace (or there is none).
    pub fn ends_in_space(&self) -> bool {
        self.styled
            .text
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
    }

    /// Whether no text was added.
    pub fn is_empty(&self) -> bool {
        self.styled.text.is_empty()
    }

    /// The text so far, and a fresh start (styles still open stay open).
    pub fn take(&mut self) -> Styled {
        std::mem::take(&mut self.styled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_say_what_their_markup_said() {
        let mut b = Builder::default();
        b.open(Style::Struck);
        b.text("40103");
        b.close(Style::Struck);
        let cell = b.take().cell();
        assert!(cell.struck && !cell.bold);
        b.text(" ");
        b.open(Style::Bold);
        b.text("Auth");
        b.close(Style::Bold);
        b.text(" ");
        assert!(b.take().cell().bold);
        b.code("ERR_A");
        b.code("ERR_B");
        b.text(" two  spans\n here");
        let cell = b.take().cell();
        assert_eq!(cell.code_spans, ["ERR_A", "ERR_B"]);
        assert_eq!(cell.text, "ERR_AERR_B two spans here");
        assert!(!Styled::default().cell().bold);
    }

    #[test]
    fn slices_and_lines_keep_their_marks() {
        let mut b = Builder::default();
        b.text("- ");
        b.open(Style::Struck);
        b.text("40009");
        b.close(Style::Struck);
        b.text(": gone\nnext ");
        b.code("X");
        let styled = b.take();
        let lines = styled.lines();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].1.slice(2..7).cell().struck);
        assert!(!lines[0].1.cell().struck);
        assert_eq!(lines[1].0, 14);
        assert_eq!(lines[1].1.slice(5..6).cell().code_spans, ["X"]);
    }
}
