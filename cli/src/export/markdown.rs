//! `--to markdown`: the vendor's documentation page. `# NAME`, then a
//! section per category in table order (the rows without one first,
//! under `## Codes`), its range rows'
//! messages as the section's text, and a pipe table with the columns
//! `Code`, `Name`, `Message`, `HTTP`, `Kind`, `Retry` and the own columns;
//! a column empty in every row is left out. Every cell is escaped so that
//! CommonMark gives back its text exactly: `|`, backticks, emphasis and
//! newlines (`<br>`) survive. `codetables import` of the page gives back
//! the table.

use std::fmt::Write as _;

use codetables::Kind;
use codetables_reader::model::Class;
use codetables_reader::Table;

use crate::import::category_heading;

/// One row of the page: a code or a range.
pub struct PageRow<'a> {
    /// The code, or the range's pattern as the table writes it.
    pub code: String,
    /// Whether the code is struck out (deprecated).
    pub deprecated: bool,
    pub name: Option<&'a str>,
    pub message: &'a str,
    pub class: Class,
    pub columns: &'a [Option<String>],
    /// The table line, for the order of codes and ranges.
    pub line: usize,
}

/// The rows of the page in table order: codes and ranges by their line.
pub fn rows(table: &Table) -> Vec<PageRow<'_>> {
    let codes = table.codes.iter().map(|row| PageRow {
        code: row.code.to_string(),
        deprecated: row.deprecated.is_some(),
        name: row.name.as_deref(),
        message: &row.message,
        class: row.class,
        columns: &row.columns,
        line: row.line,
    });
    let ranges = table.ranges.iter().map(|range| PageRow {
        code: range.pattern.clone(),
        deprecated: false,
        name: None,
        message: &range.message,
        class: range.class,
        columns: &range.columns,
        line: range.line,
    });
    let mut rows: Vec<PageRow<'_>> = codes.chain(ranges).collect();
    rows.sort_by_key(|row| row.line);
    rows
}

/// The page.
pub fn page(table: &Table, name: &str) -> String {
    let rows = rows(table);
    let columns = columns(table, &rows);
    let mut out = format!("# {}\n", escape(name));
    for (category, section) in sections(table, &rows) {
        if let Some(index) = category {
            let heading = category_heading(&table.categories[index].name);
            let _ = write!(out, "\n## {}\n", escape_heading(&heading));
        } else {
            // A title that names no category, read back as none.
            out.push_str("\n## Codes\n");
        }
        for range in section.iter().filter(|r| is_pattern(table, r)) {
            if !range.message.is_empty() {
                let _ = write!(out, "\n{}\n", escape(range.message));
            }
        }
        out.push('\n');
        write_table(&mut out, &columns, &section);
    }
    out
}

/// The sections of the page: the rows without a category first, then
/// one per category in the table's order, each with its rows in table
/// order.
pub fn sections<'t, 'r>(
    table: &Table,
    rows: &'r [PageRow<'t>],
) -> Vec<(Option<usize>, Vec<&'r PageRow<'t>>)> {
    let categories = std::iter::once(None).chain((0..table.categories.len()).map(Some));
    categories
        .map(|category| {
            let section: Vec<&PageRow<'_>> = rows
                .iter()
                .filter(|row| row.class.category == category)
                .collect();
            (category, section)
        })
        .filter(|(_, section)| !section.is_empty())
        .collect()
}

/// Whether a page row is a range's.
fn is_pattern(table: &Table, row: &PageRow<'_>) -> bool {
    table.ranges.iter().any(|range| range.line == row.line)
}

/// A column of the page: its header and a row's cell.
type Column = (String, Box<dyn Fn(&PageRow<'_>) -> String>);

/// The columns some row fills, in the contract's order.
fn columns(table: &Table, rows: &[PageRow<'_>]) -> Vec<Column> {
    let mut all: Vec<Column> = vec![
        ("Code".to_owned(), Box::new(code_cell)),
        (
            "Name".to_owned(),
            Box::new(|r| r.name.map(escape).unwrap_or_default()),
        ),
        ("Message".to_owned(), Box::new(|r| escape(r.message))),
        (
            "HTTP".to_owned(),
            Box::new(|r| r.class.http.map(|s| s.to_string()).unwrap_or_default()),
        ),
        (
            "Kind".to_owned(),
            Box::new(|r| match r.class.kind {
                Kind::Unknown => String::new(),
                kind => kind.snake_name().to_owned(),
            }),
        ),
        // `no` too: the kind alone would imply retry for some codes.
        (
            "Retry".to_owned(),
            Box::new(|r| if r.class.retry { "yes" } else { "no" }.to_owned()),
        ),
    ];
    for (index, column) in table.columns.iter().enumerate() {
        all.push((
            column.clone(),
            Box::new(move |r| r.columns[index].as_deref().map(escape).unwrap_or_default()),
        ));
    }
    // The code and message columns always; the others where a row fills
    // them (`Retry` where a row is retried, or its kind alone says so).
    let says = |i: usize, cell: &dyn Fn(&PageRow<'_>) -> String| match i {
        0 | 2 => true,
        5 => rows
            .iter()
            .any(|r| r.class.retry || r.class.kind.is_retryable()),
        _ => rows.iter().any(|r| !cell(r).is_empty()),
    };
    all.into_iter()
        .enumerate()
        .filter(|(i, (_, cell))| says(*i, cell))
        .map(|(_, column)| column)
        .collect()
}

fn write_table(out: &mut String, columns: &[Column], rows: &[&PageRow<'_>]) {
    let headers: Vec<&str> = columns.iter().map(|(h, _)| h.as_str()).collect();
    let _ = writeln!(out, "| {} |", headers.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(columns.len()));
    for row in rows {
        let cells: Vec<String> = columns.iter().map(|(_, cell)| cell(row)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
}

/// The code cell: struck out where deprecated.
fn code_cell(row: &PageRow<'_>) -> String {
    let code = escape(&row.code);
    if row.deprecated {
        format!("~~{code}~~")
    } else {
        code
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
