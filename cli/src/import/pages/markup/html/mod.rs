//! HTML read with `html5ever` (through `scraper`): a whole document, or
//! an HTML block of a Markdown page. Tables become [`Grid`]s (a table
//! nested in another's cell is a table of its own, as layout tables hold
//! the data ones), headings [`Block::Heading`]s, and the text between
//! them lines, broken where block elements and `<br>` break them.

mod sink;

use ego_tree::NodeRef;
use scraper::Node;

use super::styled::{Builder, Style, LINE_BREAK};
use super::{Block, Cell, Grid, GridRow};

/// Whether `page` is an HTML document rather than Markdown: it starts
/// with a tag, a doctype or a comment.
pub fn is_document(page: &str) -> bool {
    // The whole content decides, not the first character: generated and
    // licensed Markdown starts with an HTML comment, and a README with a
    // `<div>` banner.
    let lower = page.to_ascii_lowercase();
    if ["<!doctype html", "<html", "<body"]
        .iter()
        .any(|tag| lower.contains(tag))
    {
        return true;
    }
    if has_markdown_structure(page) {
        return false;
    }
    let start = without_leading_comments(page);
    start.starts_with('<') && start[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '!')
}

/// Whether a line of `page` is a Markdown heading (`## Title`) or the
/// delimiter row of a Markdown table (`| --- | :---: |`).
fn has_markdown_structure(page: &str) -> bool {
    page.lines().any(|line| {
        let line = line.trim();
        let hashes = line.len() - line.trim_start_matches('#').len();
        let heading = (1..=6).contains(&hashes) && line[hashes..].starts_with(' ');
        let delimiter = line.contains('-')
            && line.contains('|')
            && line
                .chars()
                .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'));
        heading || delimiter
    })
}

/// `page` from its first character that is not white space, a byte-order
/// mark or inside a leading `<!-- … -->` comment.
fn without_leading_comments(page: &str) -> &str {
    let mut rest = page;
    loop {
        rest = rest.trim_start_matches(['\u{feff}', ' ', '\t', '\n']);
        match rest
            .strip_prefix("<!--")
            .and_then(|body| body.find("-->").map(|end| &body[end + 3..]))
        {
            Some(after) => rest = after,
            None => return rest,
        }
    }
}

/// The blocks of a whole HTML document whose first line is `first_line`.
pub fn blocks(page: &str, first_line: usize) -> Vec<Block> {
    read(&sink::document(page), first_line)
}

/// The blocks of an HTML fragment (an HTML block of a Markdown page) whose
/// first line is `first_line` of the page.
pub fn fragment_blocks(fragment: &str, first_line: usize) -> Vec<Block> {
    read(&sink::fragment(fragment), first_line)
}

/// What an inline tag of a Markdown page means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline {
    /// A style starts (`true`) or ends.
    Style(Style, bool),
    /// `<br>`.
    Break,
    /// Markup that changes nothing in the text (`<a …>`, `<span>`, a comment).
    Other,
}

/// The meaning of `tag` (`<code>`, `</b>`, `<br/>`), if it is a tag of
/// HTML's inline elements; `None` for anything else in angle brackets,
/// which is text (`Invalid <field>`).
pub fn inline_tag(tag: &str) -> Option<Inline> {
    if tag.starts_with("<!--") {
        return Some(Inline::Other);
    }
    let inner = tag.strip_prefix('<')?;
    let (closes, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name: String = inner
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    let opens = !closes;
    Some(match name.as_str() {
        "code" | "tt" | "kbd" | "samp" => Inline::Style(Style::Code, opens),
        "del" | "s" | "strike" => Inline::Style(Style::Struck, opens),
        "b" | "strong" => Inline::Style(Style::Bold, opens),
        "br" => Inline::Break,
        "a" | "abbr" | "big" | "cite" | "em" | "font" | "i" | "img" | "ins" | "mark" | "q"
        | "small" | "span" | "sub" | "sup" | "u" | "var" | "wbr" => Inline::Other,
        _ => return None,
    })
}

/// Elements whose edges break lines.
const BLOCKS: [&str; 26] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "ul",
];

/// Elements whose content is not text of the page.
const HIDDEN: [&str; 7] = [
    "head", "script", "style", "template", "noscript", "title", "svg",
];

fn read(parsed: &sink::Parsed, first_line: usize) -> Vec<Block> {
    let mut walker = Walker {
        parsed,
        first_line,
        out: Vec::new(),
        line: first_line,
        text: Builder::default(),
        text_line: None,
        in_pre: false,
    };
    walker.children(parsed.html.tree.root());
    walker.flush();
    walker.out
}

struct Walker<'a> {
    parsed: &'a sink::Parsed,
    first_line: usize,
    out: Vec<Block>,
    /// The page line the walk is at.
    line: usize,
    /// The line being read, and where it starts.
    text: Builder,
    text_line: Option<usize>,
    in_pre: bool,
}

impl<'a> Walker<'a> {
    /// The page line `node` starts on.
    fn line_of(&self, node: NodeRef<'a, Node>) -> usize {
        self.parsed
            .lines
            .get(&node.id())
            .map_or(self.line, |&line| {
                self.first_line + usize::try_from(line.saturating_sub(1)).unwrap_or(0)
            })
    }

    fn children(&mut self, node: NodeRef<'a, Node>) {
        for child in node.children() {
            self.node(child);
        }
    }

    fn node(&mut self, node: NodeRef<'a, Node>) {
        match node.value() {
            Node::Text(text) => self.text(text),
            Node::Element(element) => {
                self.line = self.line_of(node);
                let name = element.name();
                if HIDDEN.contains(&name) {
                    return;
                }
                match name {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        self.flush();
                        let title = inline(node).cell().text;
                        if !title.is_empty() {
                            self.out.push(Block::Heading {
                                line: self.line,
                                title,
                                level: name.as_bytes()[1] - b'0',
                            });
                        }
                    }
                    // A table whose cells hold tables lays a page out: its
                    // cells are read as the page they hold.
                    "table" if is_layout(node) => {
                        self.flush();
                        for cell in node.descendants().filter(|n| is_cell(*n, node)) {
                            self.children(cell);
                            self.flush();
                        }
                    }
                    "table" => {
                        self.flush();
                        self.table(node);
                    }
                    "br" => self.flush(),
                    "pre" => {
                        self.flush();
                        self.in_pre = true;
                        self.children(node);
                        self.in_pre = false;
                        self.flush();
                    }
                    _ if BLOCKS.contains(&name) => {
                        self.flush();
                        if name == "li" {
                            self.text.text("- ");
                            self.text_line = Some(self.line);
                        }
                        self.children(node);
                        self.flush();
                    }
                    _ => match style_of(name) {
                        Some(style) => {
                            self.text.open(style);
                            self.children(node);
                            self.text.close(style);
                        }
                        None => self.children(node),
                    },
                }
            }
            _ => self.children(node),
        }
    }

    fn text(&mut self, text: &str) {
        let mut rest = text;
        if self.in_pre {
            while let Some(at) = rest.find('\n') {
                self.add(&rest[..at]);
                self.flush();
                self.line += 1;
                rest = &rest[at + 1..];
            }
            self.add(rest);
            return;
        }
        // Source line breaks are spaces, as a browser shows them; the line
        // a text starts on is where its first visible character is.
        let blank = rest.len() - rest.trim_start().len();
        if self.text_line.is_none() && blank < rest.len() {
            self.line += rest[..blank].matches('\n').count();
            rest = &rest[blank..];
            self.text_line = Some(self.line);
        }
        self.line += rest.matches('\n').count();
        // Runs of whitespace are one space, as a browser shows them.
        let mut shown = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        if rest.starts_with(char::is_whitespace) && !self.text.ends_in_space() {
            shown.insert(0, ' ');
        }
        if rest.ends_with(char::is_whitespace) && !shown.ends_with(' ') {
            shown.push(' ');
        }
        self.add(&shown);
    }

    fn add(&mut self, text: &str) {
        if self.text_line.is_none() && !text.trim().is_empty() {
            self.text_line = Some(self.line);
        }
        self.text.text(text);
    }

    /// The line read so far, as a block.
    fn flush(&mut self) {
        let text = self.text.take();
        let line = self.text_line.take().unwrap_or(self.line);
        if !text.as_str().trim().is_empty() {
            self.out.push(Block::Line { line, text });
        }
    }

    /// A table's grid: the first row of header cells is the header; a row
    /// of one cell spanning the table is a section title, bold.
    fn table(&mut self, table: NodeRef<'a, Node>) {
        let mut grid = Grid {
            line: self.line_of(table),
            form: "HTML table",
            ..Grid::default()
        };
        for row in table.descendants().filter(|n| is_element(*n, "tr")) {
            if nearest_table(row) != Some(table.id()) {
                continue;
            }
            let cells: Vec<(bool, Cell, bool)> = row
                .children()
                .filter_map(|cell| {
                    let element = cell.value().as_element()?;
                    let header = match element.name() {
                        "th" => true,
                        "td" => false,
                        _ => return None,
                    };
                    let spans = element.attr("colspan").is_some_and(|n| n.trim() != "1");
                    Some((header, inline(cell).cell(), spans))
                })
                .collect();
            if cells.is_empty() {
                continue;
            }
            let all_headers = cells.iter().all(|(header, _, _)| *header);
            let spans = cells.len() == 1 && cells[0].2;
            let mut cells: Vec<Cell> = cells.into_iter().map(|(_, cell, _)| cell).collect();
            if all_headers && grid.header.is_none() && grid.rows.is_empty() && !spans {
                grid.header = Some(cells);
                continue;
            }
            if spans {
                cells[0].bold = !cells[0].text.is_empty();
            }
            grid.rows.push(GridRow {
                line: self.line_of(row),
                cells,
            });
        }
        self.out.push(Block::Grid(grid));
    }
}

/// The text of `node` as one cell (a cell's, a heading's): block edges are
/// spaces, a `<br>` a newline (see `LINE_BREAK`).
fn inline(node: NodeRef<'_, Node>) -> super::Styled {
    fn walk(node: NodeRef<'_, Node>, out: &mut Builder) {
        for child in node.children() {
            match child.value() {
                Node::Text(text) => out.text(&text.replace('\n', " ")),
                Node::Element(element) => {
                    let name = element.name();
                    if HIDDEN.contains(&name) {
                        continue;
                    }
                    if let Some(style) = style_of(name) {
                        out.open(style);
                        walk(child, out);
                        out.close(style);
                    } else {
                        if name == "br" {
                            out.text(LINE_BREAK.encode_utf8(&mut [0; 4]));
                        } else if BLOCKS.contains(&name) {
                            out.text(" ");
                        }
                        walk(child, out);
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Builder::default();
    walk(node, &mut out);
    out.take()
}

/// Whether `table` lays a page out: a table in one of its cells.
fn is_layout(table: NodeRef<'_, Node>) -> bool {
    table.descendants().skip(1).any(|n| is_element(n, "table"))
}

/// Whether `node` is a cell of `table` itself (not of a table inside it).
fn is_cell(node: NodeRef<'_, Node>, table: NodeRef<'_, Node>) -> bool {
    (is_element(node, "td") || is_element(node, "th")) && nearest_table(node) == Some(table.id())
}

fn style_of(name: &str) -> Option<Style> {
    match name {
        "code" | "tt" | "kbd" | "samp" => Some(Style::Code),
        "del" | "s" | "strike" => Some(Style::Struck),
        "b" | "strong" => Some(Style::Bold),
        _ => None,
    }
}

fn is_element(node: NodeRef<'_, Node>, name: &str) -> bool {
    node.value().as_element().is_some_and(|e| e.name() == name)
}

fn nearest_table(node: NodeRef<'_, Node>) -> Option<ego_tree::NodeId> {
    node.ancestors()
        .find(|n| is_element(*n, "table"))
        .map(|n| n.id())
}

#[cfg(test)]
mod tests {
    use super::super::tests::kinds;
    use super::*;

    /// The whole page decides whether it is HTML, not its first character.
    #[test]
    fn a_page_is_html_by_its_content() {
        assert!(!is_document(
            "<!-- generated -->\n# Errors\n\n| Code | Message |\n| --- | --- |\n"
        ));
        assert!(!is_document(
            "<div align=\"center\"><img src=\"logo.png\"></div>\n\n## Codes\n"
        ));
        assert!(is_document(
            "<!-- generated -->\n<table><tr><td>1</td></tr></table>"
        ));
        assert!(is_document(
            "<!DOCTYPE html>\n<html><body><h2># of codes</h2></body></html>"
        ));
        assert!(!is_document("Some text\n\n- 40001: bad token\n"));
    }

    fn grids(blocks: &[Block]) -> Vec<&Grid> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Grid(grid) => Some(grid),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn tables_with_headers_sections_and_entities() {
        let page = "<h2>Errors</h2>\n<table>\n<tr><th>Code</th><th>Description</th></tr>\n\
                    <tr><td>400</td><td>Bad &amp; <b>wrong</b> </td></tr>\n\
                    <tr>\n  <th colspan=\"2\">Business-specific Codes</th>\n</tr>\n\
                    <tr>\n <td>5308</td>\n <td>Dataset not exists</td>\n</tr>\n</table>";
        let blocks = blocks(page, 1);
        let grid = grids(&blocks)[0];
        assert_eq!(grid.line, 2);
        let header: Vec<&str> = grid
            .header
            .iter()
            .flatten()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(header, ["Code", "Description"]);
        assert_eq!(grid.rows[0].cells[1].text, "Bad & wrong");
        assert!(grid.rows[1].cells[0].bold);
        assert_eq!(grid.rows[1].cells[0].text, "Business-specific Codes");
        assert_eq!(grid.rows[2].line, 8);
    }

    #[test]
    fn unclosed_cells_uppercase_tags_and_struck_codes() {
        let page = "<TABLE><TR><TD><DEL>1</DEL><TD>one<TR><TD>2<TD>two</TABLE>";
        let blocks = blocks(page, 1);
        let grid = grids(&blocks)[0];
        assert_eq!(grid.header, None);
        assert!(grid.rows[0].cells[0].struck);
        let texts: Vec<&str> = grid.rows[1].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["2", "two"]);
    }

    #[test]
    fn layout_tables_are_unpicked() {
        let page = "<table><tr><td><nav>menu</nav></td><td>\n\
                    <table><tr><th>Code</th><th>Text</th></tr><tr><td>1</td><td>one</td></tr></table>\n\
                    </td></tr></table>";
        let blocks = blocks(page, 1);
        let grids = grids(&blocks);
        assert_eq!(grids.len(), 1, "{blocks:?}");
        assert_eq!(grids[0].rows[0].cells[1].text, "one");
        assert_eq!(kinds(&blocks), ["l:menu", "grid:HTML table:1"]);
        // Only tables: the layout gives nothing of its own.
        let page =
            "<table><tr><td><table><tr><td>1</td><td>one</td></tr></table></td></tr></table>";
        assert_eq!(kinds(&super::blocks(page, 1)), ["grid:HTML table:1"]);
    }

    #[test]
    fn blocks_become_lines() {
        let blocks = blocks(
            "<h3 id=\"a\">\n Auth\n</h3><p>40001 : bad<br>40002 :\n worse</p>\n<ul><li>x</li></ul><script>var a = '<p>';</script><pre>1 : one\n2 : two</pre>",
            10,
        );
        let lines: Vec<(usize, String)> = blocks
            .iter()
            .map(|b| match b {
                Block::Heading { line, title, .. } => (*line, format!("# {title}")),
                Block::Line { line, text } => (*line, text.as_str().trim().to_owned()),
                Block::Grid(_) => (0, String::new()),
            })
            .collect();
        assert_eq!(
            lines,
            [
                (10, "# Auth".to_owned()),
                (12, "40001 : bad".to_owned()),
                (12, "40002 : worse".to_owned()),
                (14, "- x".to_owned()),
                (14, "1 : one".to_owned()),
                (15, "2 : two".to_owned()),
            ]
        );
    }

    #[test]
    fn inline_tags_of_markdown() {
        assert_eq!(inline_tag("<code>"), Some(Inline::Style(Style::Code, true)));
        assert_eq!(inline_tag("</B>"), Some(Inline::Style(Style::Bold, false)));
        assert_eq!(inline_tag("<br/>"), Some(Inline::Break));
        assert_eq!(inline_tag("<a href=\"#x\">"), Some(Inline::Other));
        assert_eq!(inline_tag("<field>"), None);
    }
}
