//! Prose pages, as people write them: the page is read into blocks
//! (`markup`: headings, tables from Markdown, HTML or tab-separated text,
//! lines, by the formats' parsers), each table's columns get their roles
//! from their headers and cells (`roles`, `grid`; tables of fields are
//! skipped, `field_tables`), lines that state codes are read as list items
//! (`lists`, `list_rows`, `labels`), headings become categories
//! (`sections`); `pieces` gathers them in page order. Enums and constants
//! of six languages (`enum_source`) and flattened page text (`text`) have
//! readers of their own.

pub mod cells;
mod enum_source;
mod field_tables;
pub mod grid;
mod labels;
mod list_rows;
mod lists;
pub mod markup;
mod pieces;
mod roles;
pub mod sections;
mod text;
mod titled_codes;

use super::{Format, Row, TableReport};

/// The rows of a page read as `format`, by every reader that finds
/// something, and a report per table, list or enum read.
pub fn read(page: &str, format: Format, tables: &mut Vec<TableReport>) -> Vec<Row> {
    let source = matches!(format, Format::Protobuf)
        || (format == Format::Auto && enum_source::looks_like_source(page));
    if source {
        let rows = enum_source::rows(page);
        // A documentation page may carry a code sample (`const options =
        // { … }`): read as a page, its tables and lists state more codes.
        if format == Format::Auto {
            let mut page_tables = Vec::new();
            let page_rows = pieces::blocks(page, format, &mut page_tables);
            if page_rows.len() > rows.len() {
                tables.extend(page_tables);
                return page_rows;
            }
        }
        if !rows.is_empty() || format == Format::Protobuf {
            tables.push(TableReport {
                form: "enum source".to_owned(),
                line: rows.first().map_or(1, |r| r.line),
                rows: rows.len(),
                columns: vec![
                    ("value name".to_owned(), "name".to_owned()),
                    ("value".to_owned(), "code".to_owned()),
                    ("comment above".to_owned(), "message".to_owned()),
                ],
                ..TableReport::default()
            });
            return rows;
        }
    }
    let mut rows = Vec::new();
    if format != Format::Text {
        rows = pieces::blocks(page, format, tables);
    }
    if rows.is_empty() && matches!(format, Format::Auto | Format::Text) {
        rows = text::rows(page);
        if !rows.is_empty() {
            tables.push(TableReport {
                form: "flattened text (each code running into its text)".to_owned(),
                line: 1,
                rows: rows.len(),
                ..TableReport::default()
            });
        }
    }
    rows
}
