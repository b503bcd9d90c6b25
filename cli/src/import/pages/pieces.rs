//! The rows of a page's blocks: each table read by its columns' roles
//! (`grid`), runs of lines that state codes (`lists`), headings that are
//! codes with the paragraph below them (Stripe's error-codes page), each a
//! piece with its report, in page order.

use super::markup::{self as page, Block, Styled};
use super::{cells, grid, labels, list_rows, lists, sections, Format, Row, TableReport};

/// The code a heading is, where it is one: a text code that is no plain
/// word (`card_declined`, `AuthFailure.SignatureExpire`, `NotFound`).
fn heading_code(title: &str) -> Option<String> {
    let code = cells::text_code(title)?;
    cells::is_symbolic_name(code).then(|| code.to_owned())
}

/// Whether a heading that is a code could as well title a section: one
/// upper-case word (`## UTA`, `## RFQ`, `## UTA2` beside `## UNAUTHORIZED`).
/// What follows decides: a paragraph is its message, a table, a list or
/// another heading are its section's.
fn could_be_section(code: &str) -> bool {
    code.chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Whether `block` is the message of a heading per code: a paragraph's
/// line, not a list item or a bold title.
fn is_paragraph(block: &Block) -> bool {
    match block {
        Block::Line { text, .. } => lists::item(text).is_none() && section_title(text).is_none(),
        _ => false,
    }
}

/// A line that is wholly bold titles the section below it, unless it
/// introduces what follows (`**全局返回码说明如下：**`) or states codes.
fn section_title(line: &page::Styled) -> Option<String> {
    let cell = line.cell();
    let introduces = cell.text.ends_with([':', '：']);
    (cell.bold && !introduces && cells::codes(&cell.text).is_none()).then_some(cell.text)
}

/// The rows of the page's tables and list items, in page order.
pub(super) fn blocks(page: &str, format: Format, tables: &mut Vec<TableReport>) -> Vec<Row> {
    let kind = match format {
        Format::Html => page::Kind::Html,
        Format::Markdown | Format::Tsv => page::Kind::Markdown,
        _ => page::Kind::Auto,
    };
    let mut reader = Reader {
        markdown: match kind {
            page::Kind::Markdown => true,
            page::Kind::Html => false,
            page::Kind::Auto => !page::is_html(page),
        },
        ..Reader::default()
    };
    let blocks = page::blocks(page, kind);
    // The page's one `#` heading, where it comes first and `##` sections
    // follow, titles the page (alone above a table, it names its section).
    let levels: Vec<u8> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, .. } => Some(*level),
            _ => None,
        })
        .collect();
    reader.titled = levels.first() == Some(&1)
        && levels[1..].iter().all(|&l| l != 1)
        && levels.iter().any(|&l| l >= 2);
    for block in blocks {
        reader.block(block);
    }
    reader.finish(tables)
}

/// Each table, and each run of list items, with what was found in it, and
/// whether it is a list.
type Piece = (TableReport, Vec<Row>, bool);

/// The page read block by block.
#[derive(Default)]
struct Reader {
    pieces: Vec<Piece>,
    /// The heading of the section being read.
    heading: Option<String>,
    in_list: bool,
    /// A heading that is a code (Stripe's `card_declined`), waiting for the
    /// paragraph below it, its message.
    code_heading: Option<(String, usize)>,
    /// The title of that heading where it could title a section instead.
    section_or_code: Option<String>,
    /// The line of the last row's message, where the next line of its
    /// paragraph would continue it: a hard-wrapped Markdown paragraph (80
    /// columns) is one text, its soft line breaks spaces.
    wrapped_from: Option<usize>,
    /// Whether the page is Markdown, whose paragraphs wrap.
    markdown: bool,
    /// Whether the page starts with its only `#` heading and has `##`
    /// sections: that heading then titles the page, not a section.
    titled: bool,
    /// Whether the last row is a heading per code whose labelled items
    /// (`* **Status:** 422`) may follow.
    labels: Labels,
    /// The HTTP status the section's heading states (`HTTP status code
    /// 400`), for the codes under it.
    http: Option<u16>,
}

/// Where the labelled items of a heading per code are read.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Labels {
    /// No row takes labels.
    #[default]
    Closed,
    /// The last row takes them; `message`: its message came from a
    /// `Message:` label, so that a plain line beside it explains it.
    Open { message: bool },
}

impl Reader {
    fn block(&mut self, block: Block) {
        let continues = self.wrapped_from.take();
        if let Some(title) = self.section_or_code.take() {
            if !is_paragraph(&block) {
                self.code_heading = None;
                self.section(title);
            }
        }
        match block {
            Block::Heading { level: 1, .. } if self.titled => self.page_title(),
            Block::Heading { title, line, .. } => self.heading(title, line),
            Block::Grid(grid) => {
                self.in_list = false;
                self.labels = Labels::Closed;
                let mut report = TableReport {
                    form: grid.form.to_owned(),
                    line: grid.line,
                    heading: self.heading.clone(),
                    ..TableReport::default()
                };
                let found = grid::rows(&grid, self.heading.as_deref(), &mut report);
                self.pieces.push((report, found, false));
            }
            Block::Line { line, text } => {
                if self.labels != Labels::Closed && self.label(&text) {
                    return;
                }
                let wraps = continues.is_some_and(|last| self.markdown && line == last + 1);
                if wraps && continue_message(&mut self.pieces, &text) {
                    self.wrapped_from = Some(line);
                } else {
                    self.line(line, &text);
                }
            }
        }
    }

    /// A line under a heading per code: a labelled field of its row, or
    /// beside a labelled message the explanation, an own column
    /// `description` (as a table's explanation column is). Whether it was
    /// either.
    fn label(&mut self, text: &Styled) -> bool {
        let Some(row) = self.pieces.last_mut().and_then(|p| p.1.last_mut()) else {
            return false;
        };
        if let Some(field) = labels::field(text, true) {
            if matches!(field, labels::Field::Message(_)) {
                self.labels = Labels::Open { message: true };
            }
            labels::apply(row, field);
            return true;
        }
        let explains = self.labels == Labels::Open { message: true }
            && lists::item(text).is_none()
            && section_title(text).is_none();
        if explains {
            labels::explain(row, text.cell().text);
        }
        explains
    }

    /// The page's title: what follows it belongs to no section.
    fn page_title(&mut self) {
        self.code_heading = None;
        self.in_list = false;
        self.labels = Labels::Closed;
        self.http = None;
        self.heading = None;
    }

    /// A new section, titled `title`.
    fn section(&mut self, title: String) {
        self.in_list = false;
        self.labels = Labels::Closed;
        self.http = sections::http_status(&title);
        self.heading = Some(title);
    }

    fn heading(&mut self, title: String, line: usize) {
        self.labels = Labels::Closed;
        if let Some(code) = heading_code(&title) {
            if could_be_section(&code) {
                self.section_or_code = Some(title);
            }
            self.code_heading = Some((code, line));
            return;
        }
        self.code_heading = None;
        self.section(title);
    }

    fn line(&mut self, line: usize, text: &Styled) {
        let category = self.heading.as_deref().and_then(sections::category);
        if let Some((code, at)) = self.code_heading.take() {
            // The paragraph below is the message; labelled items give
            // their fields instead.
            let field = labels::field(text, true);
            let mut row = Row {
                code,
                message: if field.is_some() {
                    String::new()
                } else {
                    text.cell().text
                },
                category,
                http: self.http,
                line: at,
                ..Row::default()
            };
            let message = matches!(field, Some(labels::Field::Message(_)));
            if let Some(field) = field {
                labels::apply(&mut row, field);
            }
            push_heading_row(&mut self.pieces, !self.in_list, self.heading.clone(), row);
            self.in_list = true;
            self.labels = Labels::Open { message };
            self.wrapped_from = Some(line);
            return;
        }
        // A bold line titles a section, or is a code whose lines follow
        // (AWS's `**ThrottlingException**`).
        if let Some(title) = section_title(text) {
            self.heading(title, line);
            return;
        }
        let Some(item) = lists::item(text) else {
            return;
        };
        if !self.in_list {
            let report = list_report(line, self.heading.clone());
            self.pieces.push((report, Vec::new(), true));
            self.in_list = true;
        }
        let Some((_, found, _)) = self.pieces.last_mut() else {
            return;
        };
        let rows = list_rows::item_rows(&item, category.as_deref(), line);
        if rows.len() == 1 {
            self.wrapped_from = Some(line);
        }
        found.extend(rows);
    }

    /// The rows, and a report per table or list kept. A lone line that
    /// looks like an item, on a page of tables, is prose.
    fn finish(self, tables: &mut Vec<TableReport>) -> Vec<Row> {
        let in_tables: usize = self.pieces.iter().filter(|p| !p.2).map(|p| p.1.len()).sum();
        let in_lists: usize = self.pieces.iter().filter(|p| p.2).map(|p| p.1.len()).sum();
        let keep_lists = in_lists >= 2 || in_tables == 0;
        let mut rows = Vec::new();
        for (mut report, mut found, is_list) in self.pieces {
            if is_list && !keep_lists {
                continue;
            }
            report.titled = self.titled;
            if is_list {
                list_rows::statuses_as_codes_unless_all_beside_text(&mut found, &mut report);
            }
            report.rows = found.len();
            tables.push(report);
            rows.extend(found);
        }
        rows
    }
}

/// A row of a heading per code (the code its heading, the message the
/// paragraph below), in a piece of its own where `starts` says one starts.
fn push_heading_row(pieces: &mut Vec<Piece>, starts: bool, heading: Option<String>, row: Row) {
    if starts {
        let mut report = list_report(row.line, heading);
        "a heading per code".clone_into(&mut report.form);
        report.columns = vec![
            ("heading".to_owned(), "code".to_owned()),
            ("paragraph below it".to_owned(), "message".to_owned()),
        ];
        pieces.push((report, Vec::new(), true));
    }
    if let Some((_, found, _)) = pieces.last_mut() {
        found.push(row);
    }
}

/// Appends `text`, the next line of the last row's paragraph, to its
/// message, unless the line is an item or a section title of its own.
fn continue_message(pieces: &mut [Piece], text: &Styled) -> bool {
    let Some(row) = pieces.last_mut().and_then(|piece| piece.1.last_mut()) else {
        return false;
    };
    if lists::item(text).is_some() || section_title(text).is_some() {
        return false;
    }
    let more = text.cell().text;
    if !more.is_empty() {
        row.message = if row.message.is_empty() {
            more
        } else {
            format!("{} {more}", row.message)
        };
    }
    true
}

fn list_report(line: usize, heading: Option<String>) -> TableReport {
    TableReport {
        form: "list".to_owned(),
        line,
        heading,
        columns: vec![
            ("before the separator".to_owned(), "code".to_owned()),
            ("after it".to_owned(), "message".to_owned()),
        ],
        ..TableReport::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code, name and HTTP status of each row.
    type Found = Vec<(String, Option<String>, Option<u16>)>;

    fn rows(page: &str) -> (Found, Vec<TableReport>) {
        let mut reports = Vec::new();
        let rows = blocks(page, Format::Markdown, &mut reports)
            .into_iter()
            .map(|row| (row.code, row.name, row.http))
            .collect();
        (rows, reports)
    }

    #[test]
    fn a_status_beside_a_text_code_in_a_span_is_the_http_column() {
        let (found, reports) = rows(
            "- 400 - `invalid_request_error`: bad format\n\
             - 529 - `overloaded_error`: overloaded\n",
        );
        assert_eq!(
            found,
            [
                ("invalid_request_error".to_owned(), None, Some(400)),
                ("overloaded_error".to_owned(), None, Some(529)),
            ]
        );
        assert!(reports[0]
            .note
            .as_deref()
            .unwrap()
            .contains("HTTP statuses"));
    }

    #[test]
    fn numbers_stay_the_codes_unless_every_item_is_a_status_beside_text() {
        // One item is a plain numeric code: the list is numeric throughout.
        let (found, _) = rows(
            "- 400 - `bad_request`: bad\n\
             - 40001: invalid credential\n",
        );
        assert_eq!(
            found,
            [
                ("400".to_owned(), Some("bad_request".to_owned()), None),
                ("40001".to_owned(), None, None),
            ]
        );
        // Not HTTP statuses, or a name outside a code span: numeric codes.
        for page in [
            "- 40001 - `ERR_X`: bad\n- 40002 - `ERR_Y`: worse\n",
            "- 401 UNAUTHORIZED: no key\n- 403 FORBIDDEN: no right\n",
        ] {
            let (found, _) = rows(page);
            assert!(found.iter().all(|(code, name, http)| {
                code.parse::<u32>().is_ok() && name.is_some() && http.is_none()
            }));
        }
    }
}
