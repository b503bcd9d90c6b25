//! A Markdown page (`CommonMark` with GitHub's tables and strike-through,
//! YAML front matter skipped) read with `pulldown-cmark`: its events become
//! [`Block`]s. HTML blocks are read by [`super::html`], a `<table>` whole
//! even where blank lines split it into several HTML blocks.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::styled::{Builder, Style, LINE_BREAK};
use super::{html, loose, Block, Grid, GridRow, Lines, Styled};

/// The blocks of a Markdown page.
pub fn blocks(page: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut reader = Reader {
        page,
        lines: Lines::of(page),
        out: Vec::new(),
        open: Vec::new(),
        grid: None,
        row: None,
        in_metadata: false,
        emphasis: Vec::new(),
    };
    let mut skip_until = 0;
    for (event, range) in Parser::new_ext(page, options).into_offset_iter() {
        if range.start < skip_until {
            continue;
        }
        if let Event::Start(Tag::HtmlBlock) = event {
            let extent = html_extent(page, range);
            reader.flush_all();
            skip_until = extent.end;
            let first_line = reader.lines.line(extent.start);
            reader
                .out
                .extend(html::fragment_blocks(&page[extent], first_line));
            continue;
        }
        reader.event(event, range);
    }
    reader.flush_all();
    reader.out
}

/// The bytes an HTML block takes, extended to the `</table>` of every
/// `<table>` it opens (a blank line inside a table ends an HTML block).
fn html_extent(page: &str, block: Range<usize>) -> Range<usize> {
    let lower = page.to_ascii_lowercase();
    let depth = |text: &str| {
        i64::try_from(text.matches("<table").count()).unwrap_or(i64::MAX)
            - i64::try_from(text.matches("</table").count()).unwrap_or(0)
    };
    let mut open = depth(&lower[block.clone()]);
    let mut end = block.end;
    while open > 0 {
        let next_open = lower[end..].find("<table").map(|at| end + at);
        let Some(close) = lower[end..].find("</table").map(|at| end + at) else {
            end = page.len();
            break;
        };
        match next_open {
            Some(at) if at < close => {
                open += 1;
                end = at + "<table".len();
            }
            _ => {
                open -= 1;
                end = lower[close..]
                    .find('>')
                    .map_or(page.len(), |at| close + at + 1);
            }
        }
    }
    block.start..end
}

/// What the text being read becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Heading,
    Cell,
    /// A paragraph (`true`: pushed by the paragraph itself) or a list item.
    Lines {
        paragraph: bool,
    },
    Code,
}

struct Open {
    target: Target,
    line: usize,
    builder: Builder,
}

struct Reader<'a> {
    page: &'a str,
    lines: Lines,
    out: Vec<Block>,
    open: Vec<Open>,
    grid: Option<Grid>,
    row: Option<GridRow>,
    in_metadata: bool,
    /// The marks of the emphases open (`*` or `_`).
    emphasis: Vec<char>,
}

impl Reader<'_> {
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        let line = self.lines.line(range.start);
        match event {
            Event::Start(tag) => self.start(tag, line, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) if !self.in_metadata => self.text(&text),
            Event::Code(text) => {
                if let Some(open) = self.open.last_mut() {
                    open.builder.code(&text);
                }
            }
            Event::SoftBreak | Event::HardBreak => self.line_break(),
            Event::InlineHtml(tag) | Event::Html(tag) => self.inline_html(&tag),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, line: usize, range: Range<usize>) {
        match tag {
            Tag::Heading { .. } => self.push(Target::Heading, line),
            Tag::Paragraph => match self.open.last_mut() {
                Some(open) if open.target == (Target::Lines { paragraph: false }) => {
                    if !open.builder.is_empty() {
                        open.builder.text("\n");
                    }
                }
                _ => self.push(Target::Lines { paragraph: true }, line),
            },
            Tag::Item => {
                self.push(Target::Lines { paragraph: false }, line);
                let marker = self.marker(range.start);
                if let Some(open) = self.open.last_mut() {
                    open.builder.text(&marker);
                }
            }
            Tag::List(_) => {
                // A list inside an item: the item's text so far is a line.
                if let Some(top) = self.open.len().checked_sub(1) {
                    self.flush(top, line);
                }
            }
            Tag::CodeBlock(kind) => {
                let fenced = matches!(kind, CodeBlockKind::Fenced(_));
                self.push(Target::Code, line + usize::from(fenced));
            }
            Tag::Table(_) => {
                self.grid = Some(Grid {
                    line,
                    form: "markdown table",
                    ..Grid::default()
                });
            }
            Tag::TableHead | Tag::TableRow => {
                self.row = Some(GridRow {
                    line,
                    cells: Vec::new(),
                });
            }
            Tag::TableCell => self.push(Target::Cell, line),
            Tag::Strong => self.style(Some(Style::Bold), true),
            // Emphasis keeps its marks: vendors write `*errors*` and
            // `%s_id`, and the message is kept as the page spells it.
            Tag::Emphasis => {
                let mark = self.page[range.start..].chars().next().unwrap_or('*');
                self.emphasis.push(mark);
                self.text(mark.encode_utf8(&mut [0; 4]));
            }
            Tag::Strikethrough => self.style(Some(Style::Struck), true),
            Tag::MetadataBlock(_) => self.in_metadata = true,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(level) => {
                if let Some(open) = self.pop(Target::Heading) {
                    let line = open.line;
                    let title = open.builder_text().cell().text;
                    if !title.is_empty() {
                        let level = level as u8;
                        self.out.push(Block::Heading { line, title, level });
                    }
                }
            }
            TagEnd::Paragraph => {
                if let Some(open) = self.pop(Target::Lines { paragraph: true }) {
                    self.lines(open);
                }
            }
            TagEnd::Item => {
                if let Some(open) = self.pop(Target::Lines { paragraph: false }) {
                    self.lines(open);
                }
            }
            TagEnd::CodeBlock => {
                if let Some(open) = self.pop(Target::Code) {
                    self.lines(open);
                }
            }
            TagEnd::TableCell => {
                if let Some(open) = self.pop(Target::Cell) {
                    let cell = open.builder_text().cell();
                    if let Some(row) = &mut self.row {
                        row.cells.push(cell);
                    }
                }
            }
            TagEnd::TableHead => {
                if let (Some(grid), Some(row)) = (&mut self.grid, self.row.take()) {
                    grid.header = Some(row.cells);
                }
            }
            TagEnd::TableRow => {
                if let (Some(grid), Some(row)) = (&mut self.grid, self.row.take()) {
                    grid.rows.push(row);
                }
            }
            TagEnd::Table => {
                if let Some(grid) = self.grid.take() {
                    self.out.push(Block::Grid(grid));
                }
            }
            TagEnd::Strong => self.style(Some(Style::Bold), false),
            TagEnd::Emphasis => {
                if let Some(mark) = self.emphasis.pop() {
                    self.text(mark.encode_utf8(&mut [0; 4]));
                }
            }
            TagEnd::Strikethrough => self.style(Some(Style::Struck), false),
            TagEnd::MetadataBlock(_) => self.in_metadata = false,
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(open) = self.open.last_mut() {
            open.builder.text(text);
        }
    }

    fn line_break(&mut self) {
        let Some(open) = self.open.last_mut() else {
            return;
        };
        let lines = matches!(open.target, Target::Lines { .. } | Target::Code);
        match open.target {
            Target::Cell => open.builder.text(LINE_BREAK.encode_utf8(&mut [0; 4])),
            _ => open.builder.text(if lines { "\n" } else { " " }),
        }
    }

    /// Inline HTML: the formatting it means, a line break, or (a tag no
    /// HTML page has, such as `Invalid <field>`) text.
    fn inline_html(&mut self, html: &str) {
        match html::inline_tag(html) {
            Some(html::Inline::Style(style, opens)) => self.style(Some(style), opens),
            Some(html::Inline::Break) => self.line_break(),
            Some(html::Inline::Other) => {}
            None => self.text(html),
        }
    }

    fn style(&mut self, style: Option<Style>, opens: bool) {
        let (Some(style), Some(open)) = (style, self.open.last_mut()) else {
            return;
        };
        if opens {
            open.builder.open(style);
        } else {
            open.builder.close(style);
        }
    }

    /// `- ` for a bullet, the number as written (`3. `) for a numbered item.
    fn marker(&self, at: usize) -> String {
        let rest = self.page[at..].trim_start();
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && rest[digits..].starts_with(['.', ')']) {
            format!("{} ", &rest[..=digits])
        } else {
            "- ".to_owned()
        }
    }

    fn push(&mut self, target: Target, line: usize) {
        self.open.push(Open {
            target,
            line,
            builder: Builder::default(),
        });
    }

    /// The innermost open text, if it is a `target` (an end without its
    /// start, as where an HTML block took the start, is ignored).
    fn pop(&mut self, target: Target) -> Option<Open> {
        if self.open.last().is_some_and(|open| open.target == target) {
            self.open.pop()
        } else {
            None
        }
    }

    /// The text of `open` at index `at` as lines, and a fresh start on `line`.
    fn flush(&mut self, at: usize, line: usize) {
        let open = &mut self.open[at];
        if !matches!(open.target, Target::Lines { .. }) || open.builder.is_empty() {
            return;
        }
        let text = open.builder.take();
        let first = std::mem::replace(&mut open.line, line);
        self.emit(first, &text);
    }

    /// Everything still open, as where an HTML block starts.
    fn flush_all(&mut self) {
        while let Some(open) = self.open.pop() {
            if matches!(open.target, Target::Lines { .. } | Target::Code) {
                self.lines(open);
            }
        }
        if let Some(grid) = self.grid.take() {
            self.out.push(Block::Grid(grid));
        }
    }

    fn lines(&mut self, mut open: Open) {
        let text = open.builder.take();
        self.emit(open.line, &text);
    }

    fn emit(&mut self, first_line: usize, text: &Styled) {
        let mut line = first_line;
        let lines: Vec<(usize, Styled)> = text
            .lines()
            .into_iter()
            .map(|(_, text)| {
                let at = line;
                line += 1;
                (at, text)
            })
            .collect();
        loose::blocks(&lines, &mut self.out);
    }
}

impl Open {
    fn builder_text(mut self) -> Styled {
        self.builder.take()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::kinds;
    use super::*;

    #[test]
    fn headings_tables_lists_and_lines() {
        let page = "---\ntitle: x\n---\n# Codes\r\n\r\n## 通用错误码 {#common}\r\ncode | message\r\n--- | ---\r\n1 | one\r\n2 | two \\| three\r\n\r\n**Auth**\n\n|a|b|\n|1|x\n\n- 3: y\n- ~~4~~: z\n\n40001 : bad\n40002 : worse\n\n```\n5 : five\n```\n";
        let page = page.replace("\r\n", "\n");
        let blocks = blocks(&page);
        assert_eq!(
            kinds(&blocks),
            [
                "h:Codes",
                "h:通用错误码",
                "grid:markdown table:2",
                "l:Auth",
                "grid:markdown table:1",
                "l:- 3: y",
                "l:- 4: z",
                "l:40001 : bad",
                "l:40002 : worse",
                "l:5 : five",
            ]
        );
        let Block::Grid(grid) = &blocks[2] else {
            panic!()
        };
        assert_eq!(grid.line, 7);
        assert_eq!(grid.rows[1].cells[1].text, "two | three");
        assert_eq!(grid.rows[1].line, 10);
        let line_of = |text: &str| {
            blocks.iter().find_map(|b| match b {
                Block::Line { line, text: t } if t.as_str().contains(text) => Some(*line),
                _ => None,
            })
        };
        assert_eq!(line_of("40002"), Some(21));
        assert_eq!(line_of("5 : five"), Some(24));
        let Block::Line { text, .. } = &blocks[6] else {
            panic!()
        };
        assert!(text.slice(2..3).cell().struck);
    }

    #[test]
    fn numbered_items_keep_their_numbers_and_inline_html_its_meaning() {
        let blocks = blocks(
            "40001. bad\n40005. worse\n\nA <b>bold</b> <field> and <code>X</code><br>*next* _%s_\n",
        );
        assert_eq!(
            kinds(&blocks),
            [
                "l:40001. bad",
                "l:40005. worse",
                "l:A bold <field> and X",
                "l:*next* _%s_"
            ]
        );
    }

    #[test]
    fn a_table_split_by_blank_lines_is_one_table() {
        let page = "<table>\n<tr><td>1</td><td>one</td></tr>\n\n    <tr><td>2</td><td>two</td></tr>\n</table>\n\nafter\n";
        assert_eq!(kinds(&blocks(page)), ["grid:HTML table:2", "l:after"]);
    }
}
