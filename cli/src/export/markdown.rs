//! `--to markdown`: the vendor's documentation page (see `page`): `# NAME`,
//! then a `##` section per category, its range rows' messages as the
//! section's text, and a pipe table. Every cell is escaped so that
//! CommonMark gives back its text exactly: `|`, backticks, emphasis and
//! newlines (`<br>`) survive, a deprecated code is struck out.
//! `codetables import` of the page gives back the table.

use std::fmt::Write as _;

use codetables_reader::Table;

use super::page::{self, Column, PageRow};

/// The page.
pub fn page(table: &Table, name: &str) -> String {
    let rows = page::rows(table);
    let columns = page::columns(table, &rows);
    let mut out = format!("# {}\n", escape(name));
    for section in page::sections(table, &rows) {
        // The rows without a category under a title that names none.
        let title = section
            .title
            .as_deref()
            .map_or_else(|| "Codes".to_owned(), escape_heading);
        let _ = write!(out, "\n## {title}\n");
        for range in section.rows.iter().filter(|r| r.range) {
            if !range.message.is_empty() {
                let _ = write!(out, "\n{}\n", escape(range.message));
            }
        }
        out.push('\n');
        write_table(&mut out, &columns, &section.rows);
    }
    out
}

fn write_table(out: &mut String, columns: &[Column], rows: &[&PageRow<'_>]) {
    let headers: Vec<String> = columns.iter().map(|c| escape(&c.header)).collect();
    let _ = writeln!(out, "| {} |", headers.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(columns.len()));
    for row in rows {
        let cells: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(i, column)| {
                let cell = escape(&column.cell(row));
                if i == 0 && row.deprecated {
                    format!("~~{cell}~~")
                } else {
                    cell
                }
            })
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
}

/// A heading: its code span kept, the words around it escaped.
fn escape_heading(heading: &str) -> String {
    match heading.split_once(" (`") {
        Some((words, span)) => format!("{} (`{span}", escape(words)),
        None => escape(heading),
    }
}

/// Text as CommonMark that reads back as exactly this text inside a table
/// cell: ASCII punctuation that could start markup backslash-escaped,
/// newlines as `<br>`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("<br>"),
            '\r' => {}
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}
