//! A page as a sequence of blocks: headings, tables and lines of text,
//! read with the standard parsers of each format: `CommonMark` with GitHub's
//! tables (`pulldown-cmark`, in [`markdown`]) and HTML5 (`html5ever`
//! through `scraper`, in [`html`]), HTML blocks of a Markdown page
//! included. What no parser reads, text copied from a rendered table (tab
//! separated) and pipe rows without a delimiter row, is found among plain
//! lines ([`loose`]). Inline markup arrives as [`Styled`] text: this
//! module and its parsers are the only code of the importer that knows
//! about tags.

mod html;
mod loose;
mod markdown;
mod styled;

pub use styled::{Cell, Styled};

/// A table of cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    /// The page line the table starts on.
    pub line: usize,
    /// The header cells, where the table marks a header row.
    pub header: Option<Vec<Cell>>,
    /// The other rows.
    pub rows: Vec<GridRow>,
    /// How the page wrote it, for the report.
    pub form: &'static str,
}

/// One row of a [`Grid`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GridRow {
    /// The page line of the row.
    pub line: usize,
    /// Its cells.
    pub cells: Vec<Cell>,
}

/// A part of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `## Title`, `<h2>Title</h2>`.
    Heading {
        line: usize,
        title: String,
        /// 1 for `#` and `<h1>`, to 6.
        level: u8,
    },
    /// A table.
    Grid(Grid),
    /// A line of text: a paragraph's line, a list item (`- ` or its number
    /// before it, as the page wrote it), a line of a code block.
    Line { line: usize, text: Styled },
}

/// How to read a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// HTML if it starts with a tag, else Markdown.
    Auto,
    /// HTML, even without a tag at the start.
    Html,
    /// Markdown, with its HTML blocks read as HTML.
    Markdown,
}

/// Whether [`Kind::Auto`] reads `page` as HTML.
pub fn is_html(page: &str) -> bool {
    html::is_document(page)
}

/// The blocks of `page`, in page order.
pub fn blocks(page: &str, kind: Kind) -> Vec<Block> {
    let page = page.replace("\r\n", "\n").replace('\r', "\n");
    let html = match kind {
        Kind::Auto => html::is_document(&page),
        Kind::Html => true,
        Kind::Markdown => false,
    };
    if html {
        html::blocks(&page, 1)
    } else {
        markdown::blocks(&page)
    }
}

/// The lines of a text, to find the line of a byte offset in `O(log n)`
/// (counting newlines from the start for every event made reading a long
/// page quadratic: 20,000 rows took two minutes).
struct Lines {
    /// The offset of each line's first byte.
    starts: Vec<usize>,
}

impl Lines {
    fn of(text: &str) -> Lines {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Lines { starts }
    }

    /// The 1-based line of byte `offset`.
    fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

/// The one cell of `text` written as a Markdown table cell, for tests.
#[cfg(test)]
pub fn markdown_cell(text: &str) -> Cell {
    let table = format!("| x |\n| --- |\n| {text} |\n");
    match markdown::blocks(&table).into_iter().next() {
        Some(Block::Grid(mut grid)) if !grid.rows.is_empty() => grid.rows.remove(0).cells.remove(0),
        _ => Cell::default(),
    }
}

/// `text` read as one line of a Markdown page, for tests.
#[cfg(test)]
pub fn markdown_line(text: &str) -> Styled {
    markdown::blocks(text)
        .into_iter()
        .find_map(|block| match block {
            Block::Line { text, .. } => Some(text),
            _ => None,
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page's blocks, each in a word: `h:` heading, `grid:` form and rows,
    /// `l:` line.
    pub(super) fn kinds(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Heading { title, .. } => format!("h:{title}"),
                Block::Grid(g) => format!("grid:{}:{}", g.form, g.rows.len()),
                Block::Line { text, .. } => format!("l:{}", text.as_str().trim()),
            })
            .filter(|k| k != "l:")
            .collect()
    }

    #[test]
    fn an_html_document_and_a_markdown_page_with_html_in_it() {
        let html = "<!DOCTYPE html><h2>A</h2><table><tr><td>1</td><td>x</td></tr></table>\n<p>40001 : bad<br/>40002 :\n worse</p>\n";
        assert_eq!(
            kinds(&blocks(html, Kind::Auto)),
            [
                "h:A",
                "grid:HTML table:1",
                "l:40001 : bad",
                "l:40002 : worse"
            ]
        );
        let markdown = "# Codes\n\n<table>\n<tr><th>Code</th><th>Text</th></tr>\n\n<tr><td>1</td><td>one</td></tr>\n</table>\n\n- 2: two\n";
        assert_eq!(
            kinds(&blocks(markdown, Kind::Auto)),
            ["h:Codes", "grid:HTML table:1", "l:- 2: two"]
        );
    }
}
