//! The documentation page a table makes, whatever it is written in: its
//! rows (codes and ranges, in table order), its sections (the rows without
//! a category first, then one per category in table order) and its columns
//! (`Code`, `Name`, `Message`, `HTTP`, `Kind`, `Retry` and the own
//! columns, each where some row fills it). Cells are plain text here; the
//! writers (`markdown`, `html`) escape them.

use codetables::Kind;
use codetables_reader::model::Class;
use codetables_reader::Table;

use crate::import::category_heading;

/// One row of the page: a code or a range.
pub struct PageRow<'a> {
    /// The code, or the range's pattern as the table writes it.
    pub code: String,
    /// Whether the code is deprecated (struck out on the page).
    pub deprecated: bool,
    /// Whether the row is a range's.
    pub range: bool,
    pub name: Option<&'a str>,
    pub message: &'a str,
    pub class: Class,
    pub columns: &'a [Option<String>],
    /// The table line, for the order of codes and ranges.
    line: usize,
}

/// A section: its title (`None` for the rows without a category) and rows.
pub struct Section<'t, 'r> {
    /// ``Auth failure (`auth_failure`)``, as the importer reads it back.
    pub title: Option<String>,
    pub rows: Vec<&'r PageRow<'t>>,
}

/// A column: its header and a row's cell, as plain text.
pub struct Column {
    pub header: String,
    cell: Box<dyn Fn(&PageRow<'_>) -> String>,
}

impl Column {
    /// The cell of `row`.
    pub fn cell(&self, row: &PageRow<'_>) -> String {
        (self.cell)(row)
    }
}

/// The rows of the page in table order: codes and ranges by their line.
pub fn rows(table: &Table) -> Vec<PageRow<'_>> {
    let codes = table.codes.iter().map(|row| PageRow {
        code: row.code.to_string(),
        deprecated: row.deprecated.is_some(),
        range: false,
        name: row.name.as_deref(),
        message: &row.message,
        class: row.class,
        columns: &row.columns,
        line: row.line,
    });
    let ranges = table.ranges.iter().map(|range| PageRow {
        code: range.pattern.clone(),
        deprecated: false,
        range: true,
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

/// The sections of the page, each with its rows in table order.
pub fn sections<'t, 'r>(table: &Table, rows: &'r [PageRow<'t>]) -> Vec<Section<'t, 'r>> {
    let categories = std::iter::once(None).chain((0..table.categories.len()).map(Some));
    categories
        .map(|category| Section {
            title: category.map(|i| category_heading(&table.categories[i].name)),
            rows: rows
                .iter()
                .filter(|row| row.class.category == category)
                .collect(),
        })
        .filter(|section| !section.rows.is_empty())
        .collect()
}

/// The columns some row fills, in the contract's order: the code and the
/// message always, `Retry` where a row is retried or its kind alone would
/// say so (then `no` is written too).
pub fn columns(table: &Table, rows: &[PageRow<'_>]) -> Vec<Column> {
    let column = |header: &str, cell: Box<dyn Fn(&PageRow<'_>) -> String>| Column {
        header: header.to_owned(),
        cell,
    };
    let mut all = vec![
        column("Code", Box::new(|r| r.code.clone())),
        column("Name", Box::new(|r| r.name.unwrap_or_default().to_owned())),
        column("Message", Box::new(|r| r.message.to_owned())),
        column(
            "HTTP",
            Box::new(|r| r.class.http.map(|s| s.to_string()).unwrap_or_default()),
        ),
        column(
            "Kind",
            Box::new(|r| match r.class.kind {
                Kind::Unknown => String::new(),
                kind => kind.snake_name().to_owned(),
            }),
        ),
        column(
            "Retry",
            Box::new(|r| if r.class.retry { "yes" } else { "no" }.to_owned()),
        ),
    ];
    for (index, name) in table.columns.iter().enumerate() {
        all.push(column(
            name,
            Box::new(move |r| r.columns[index].clone().unwrap_or_default()),
        ));
    }
    let says = |i: usize, column: &Column| match i {
        0 | 2 => true,
        5 => rows
            .iter()
            .any(|r| r.class.retry || r.class.kind.is_retryable()),
        _ => rows.iter().any(|r| !column.cell(r).is_empty()),
    };
    all.into_iter()
        .enumerate()
        .filter(|(i, column)| says(*i, column))
        .map(|(_, column)| column)
        .collect()
}
