//! The rows of a page's blocks: each table read by its columns' roles
//! (`grid`), runs of lines that state codes (`lists`), headings that are
//! codes with the paragraph below them (Stripe's error-codes page), each a
//! piece with its report, in page order.

use super::page::{self, Block};
use super::{cells, grid, lists, sections, Format, Row, TableReport};

/// The code a heading is, where it is one: a text code that is no plain
/// word (`card_declined`, `AuthFailure.SignatureExpire`, `NotFound`).
fn heading_code(title: &str) -> Option<String> {
    let code = cells::text_code(title)?;
    cells::is_symbolic_name(code).then(|| code.to_owned())
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
    // Each table, and each run of list items, with what was found in it.
    let mut pieces: Vec<(TableReport, Vec<Row>, bool)> = Vec::new();
    let mut heading: Option<String> = None;
    let mut in_list = false;
    // A heading that is a code (Stripe's `card_declined`), waiting for the
    // paragraph below it, its message.
    let mut code_heading: Option<(String, usize)> = None;
    let kind = match format {
        Format::Html => page::Kind::Html,
        Format::Markdown | Format::Tsv => page::Kind::Markdown,
        _ => page::Kind::Auto,
    };
    for block in page::blocks(page, kind) {
        match block {
            Block::Heading { title, line } => {
                if let Some(code) = heading_code(&title) {
                    code_heading = Some((code, line));
                    continue;
                }
                code_heading = None;
                in_list = false;
                heading = Some(title);
            }
            Block::Grid(grid) => {
                in_list = false;
                let mut report = TableReport {
                    form: grid.form.to_owned(),
                    line: grid.line,
                    heading: heading.clone(),
                    ..TableReport::default()
                };
                let found = grid::rows(&grid, heading.as_deref(), &mut report);
                pieces.push((report, found, false));
            }
            Block::Line { line, text } => {
                if let Some((code, at)) = code_heading.take() {
                    let message = text.cell().text;
                    if !in_list {
                        let mut report = list_report(at, heading.clone());
                        "a heading per code".clone_into(&mut report.form);
                        report.columns = vec![
                            ("heading".to_owned(), "code".to_owned()),
                            ("paragraph below it".to_owned(), "message".to_owned()),
                        ];
                        pieces.push((report, Vec::new(), true));
                        in_list = true;
                    }
                    if let Some((_, found, _)) = pieces.last_mut() {
                        found.push(Row {
                            code,
                            message,
                            category: heading.as_deref().and_then(sections::category),
                            line: at,
                            ..Row::default()
                        });
                    }
                    continue;
                }
                if let Some(title) = section_title(&text) {
                    in_list = false;
                    heading = Some(title);
                    continue;
                }
                let Some(item) = lists::item(&text) else {
                    continue;
                };
                if !in_list {
                    pieces.push((list_report(line, heading.clone()), Vec::new(), true));
                    in_list = true;
                }
                let category = heading.as_deref().and_then(sections::category);
                let Some((_, found, _)) = pieces.last_mut() else {
                    continue;
                };
                for code in grid::expand(item.codes) {
                    found.push(Row {
                        code,
                        message: item.message.clone(),
                        name: item.name.clone(),
                        category: category.clone(),
                        deprecated: item
                            .struck
                            .then(|| "struck out on the vendor's page".to_owned()),
                        line,
                        ..Row::default()
                    });
                }
            }
        }
    }
    // A lone line that looks like an item, on a page of tables, is prose.
    let in_tables: usize = pieces.iter().filter(|p| !p.2).map(|p| p.1.len()).sum();
    let in_lists: usize = pieces.iter().filter(|p| p.2).map(|p| p.1.len()).sum();
    let keep_lists = in_lists >= 2 || in_tables == 0;
    let mut rows = Vec::new();
    for (mut report, found, is_list) in pieces {
        if is_list && !keep_lists {
            continue;
        }
        report.rows = found.len();
        tables.push(report);
        rows.extend(found);
    }
    rows
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
