//! What the Rust enum of a table answers for any code, as data the
//! exporters of other languages write out: for each listed code its name
//! (`name()`), message, category, HTTP status, kind, retry and own
//! columns; for each range (most specific first, as `Table::ranges` is
//! ordered) what an unlisted code it covers gets. A code neither lists
//! nor covers is unclassified: no category, no status, kind `unknown`, no
//! retry, no own column.

use std::fmt::Write as _;

use codetables_reader::model::{Class, CodeKey, Covers};
use codetables_reader::Table;

/// The answers for one listed code.
pub struct Listed<'a> {
    pub code: &'a CodeKey,
    pub variant: &'a str,
    pub name: &'a str,
    pub message: &'a str,
    pub class: Answer<'a>,
}

/// What a code's row or range classifies it as.
#[derive(Clone, Copy)]
pub struct Answer<'a> {
    /// The category's snake_case name.
    pub category: Option<&'a str>,
    pub http: Option<u16>,
    /// The kind's snake_case name (`unknown` where none).
    pub kind: &'static str,
    pub retryable: bool,
    /// Each own column's value, in the table's column order.
    pub columns: &'a [Option<String>],
}

/// A range: the codes it covers and what they get.
pub struct Range<'a> {
    pub covers: &'a Covers,
    pub class: Answer<'a>,
}

/// The answers for every listed code, in table order.
pub fn listed(table: &Table) -> Vec<Listed<'_>> {
    table
        .codes
        .iter()
        .map(|row| Listed {
            code: &row.code,
            variant: &row.variant,
            name: row.name(),
            message: &row.message,
            class: answer(table, row.class, &row.columns),
        })
        .collect()
}

/// The ranges, most specific first.
pub fn ranges(table: &Table) -> Vec<Range<'_>> {
    table
        .ranges
        .iter()
        .map(|range| Range {
            covers: &range.covers,
            class: answer(table, range.class, &range.columns),
        })
        .collect()
}

fn answer<'a>(table: &'a Table, class: Class, columns: &'a [Option<String>]) -> Answer<'a> {
    Answer {
        category: class.category.map(|i| table.categories[i].name.as_str()),
        http: class.http,
        kind: class.kind.snake_name(),
        retryable: class.retry,
        columns,
    }
}

/// Text as a double-quoted string literal that TypeScript, Python and Go
/// all read back exactly: `\`, `"` and control characters escaped, every
/// other character as itself (UTF-8).
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
