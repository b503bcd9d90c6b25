//! `codetables import`: a vendor's code page → a table in the format
//! `include_codes!` reads, that always passes its checks.
//!
//! The page is read into blocks (`page`: headings, tables from
//! markdown, HTML or tab-separated text, lines, by the formats' parsers), each table's columns get
//! their roles from their headers and cells (`roles`, `grid`), lines
//! that state codes are read as list items (`lists`); enum sources
//! (`protobuf`) and flattened page text (`text`) have readers of their
//! own. Then one row per code (`merge_duplicates`), kinds from words if
//! asked (`kinds`), and whatever the checks refuse is mended
//! (`compile`). [`Imported`] says what was found and decided.

mod cells;
mod compile;
mod grid;
mod kinds;
mod lists;
mod merge;
mod page;
mod protobuf;
mod report;
mod roles;
mod sections;
mod text;
mod write;

pub use merge::merge;

use codetables_codegen::parse::{parse_codes, Codes};
pub use write::{own_columns, table as write_table};

use std::collections::HashMap;

use page::Block;

/// The page formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Decide from the page (tables of any kind, lists, enum sources,
    /// flattened text).
    Auto,
    /// Markdown: pipe tables, headings, list items.
    Markdown,
    /// HTML: `<table>`s, `<h1>`–`<h6>`, `CODE : text` lines.
    Html,
    /// Text copied from a rendered table: tab-separated columns.
    Tsv,
    /// Protobuf (or C, Java, TypeScript) enums with their comments.
    Protobuf,
    /// Flattened page text, one `CODEDescription` per line.
    Text,
}

/// One row of the imported table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// A code, or a range pattern for a section that states one.
    pub code: String,
    /// The documented text.
    pub message: String,
    /// The vendor's symbolic name.
    pub name: Option<String>,
    /// An explicit variant, where the derived one would not compile.
    pub variant: Option<String>,
    /// The section's category.
    pub category: Option<String>,
    /// The HTTP status.
    pub http: Option<u16>,
    /// The kind (`--infer-kinds`).
    pub kind: Option<String>,
    /// Why the code is deprecated (struck out on the page).
    pub deprecated: Option<String>,
    /// The vendor's own columns: `(column, text)`.
    pub own: Vec<(String, String)>,
    /// The page line it was read from.
    pub line: usize,
}

/// What the importer found in one table (or list, or enum) of the page.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TableReport {
    /// How the page wrote it: `markdown table`, `list`, `protobuf enum`…
    pub form: String,
    /// The page line it starts on.
    pub line: usize,
    /// The page's heading above it.
    pub heading: Option<String>,
    /// The rows it gave.
    pub rows: usize,
    /// Each column's header and the role it was given.
    pub columns: Vec<(String, String)>,
    /// The section titles inside it.
    pub sections: Vec<String>,
    /// Rows skipped: page line and why.
    pub skipped: Vec<(usize, String)>,
    /// Anything else to say about it.
    pub note: Option<String>,
}

/// How to import.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// How to read the page.
    pub format: Format,
    /// Fill `kind` from the words of names and messages.
    pub infer_kinds: bool,
}

/// An imported table and what the importer had to decide.
#[derive(Debug, Default)]
pub struct Imported {
    /// The rows, in page order; each code once.
    pub rows: Vec<Row>,
    /// Things the user should know (merged duplicates, suspicious ranges).
    pub warnings: Vec<String>,
    /// Per table of the page, what was found.
    pub tables: Vec<TableReport>,
    /// Rows mended so that the table compiles, and how.
    pub mended: Vec<String>,
    /// Problems that mending could not solve (none expected).
    pub unresolved: Vec<String>,
    /// How many rows `--infer-kinds` gave a kind.
    pub kinds_filled: Option<usize>,
}

impl Imported {
    /// The report of `import --report`.
    #[must_use]
    pub fn report(&self) -> String {
        report::render(self)
    }
}

/// Imports `page`.
#[must_use]
pub fn import(page: &str, options: Options) -> Imported {
    let mut tables = Vec::new();
    let rows = read(page, options.format, &mut tables);
    let mut imported = merge_duplicates(rows);
    imported.tables = tables;
    warn_about_empty_ranges(&mut imported);
    if options.infer_kinds {
        imported.kinds_filled = Some(kinds::fill(&mut imported.rows));
    }
    // Ranges alone (an HTTP-status table that states them, with no table of
    // codes) make no enum: the page has no code table.
    if !imported.rows.iter().any(|r| cells::one(&r.code).is_some()) {
        if !imported.rows.is_empty() {
            imported.warnings.push(format!(
                "the page states {} ranges but no single code; nothing to import",
                imported.rows.len()
            ));
        }
        imported.rows.clear();
    }
    if !imported.rows.is_empty() {
        let mended = compile::mend(&mut imported.rows);
        imported.mended = mended.notes;
        imported.unresolved = mended.unresolved;
    }
    imported
}

/// The rows of the page, by the reader `format` names or by every reader
/// that finds something.
fn read(page: &str, format: Format, tables: &mut Vec<TableReport>) -> Vec<Row> {
    let source = matches!(format, Format::Protobuf)
        || (format == Format::Auto && protobuf::looks_like_source(page));
    if source {
        let rows = protobuf::rows(page);
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
        rows = blocks(page, format, tables);
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

/// A line that is wholly bold titles the section below it, unless it
/// introduces what follows (`**全局返回码说明如下：**`) or states codes.
fn section_title(line: &page::Styled) -> Option<String> {
    let cell = line.cell();
    let introduces = cell.text.ends_with([':', '：']);
    (cell.bold && !introduces && cells::codes(&cell.text).is_none()).then_some(cell.text)
}

/// The rows of the page's tables and list items, in page order.
fn blocks(page: &str, format: Format, tables: &mut Vec<TableReport>) -> Vec<Row> {
    // Each table, and each run of list items, with what was found in it.
    let mut pieces: Vec<(TableReport, Vec<Row>, bool)> = Vec::new();
    let mut heading: Option<String> = None;
    let mut in_list = false;
    let kind = match format {
        Format::Html => page::Kind::Html,
        Format::Markdown | Format::Tsv => page::Kind::Markdown,
        _ => page::Kind::Auto,
    };
    for block in page::blocks(page, kind) {
        match block {
            Block::Heading { title, .. } => {
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

/// One row per code: a code documented twice keeps both texts, joined by
/// ` / `, in page order.
fn merge_duplicates(rows: Vec<Row>) -> Imported {
    let mut imported = Imported::default();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in rows {
        if let Some(&first) = seen.get(&row.code) {
            let kept = &mut imported.rows[first];
            imported.warnings.push(format!(
                "code {} is listed twice ({:?} and {:?}); kept one row with both texts",
                row.code, kept.message, row.message
            ));
            if kept.message != row.message {
                kept.message = format!("{} / {}", kept.message, row.message);
            }
            kept.name = kept.name.take().or(row.name);
            kept.http = kept.http.or(row.http);
            for (column, text) in row.own {
                if !kept.own.iter().any(|(c, _)| *c == column) {
                    kept.own.push((column, text));
                }
            }
        } else {
            seen.insert(row.code.clone(), imported.rows.len());
            imported.rows.push(row);
        }
    }
    imported
}

/// A range that covers none of the page's codes while longer codes start
/// with its digits is likely a typo in the page (seed 003 writes `5xxxx`
/// for its six-digit `5xxxxx` codes): say so, keep the page's text. Every
/// range form the table reader takes is read by the reader's own parser
/// (`11xxx`, `-10xx`, `21310-21319`, `-32099..=-32000`).
fn warn_about_empty_ranges(imported: &mut Imported) {
    let codes: Vec<(&str, i64)> = imported
        .rows
        .iter()
        .filter_map(|r| match parse_codes(&r.code) {
            Ok(Codes::One(code)) => Some((r.code.as_str(), code)),
            _ => None,
        })
        .collect();
    for row in &imported.rows {
        let Ok(Codes::Range { first, last }) = parse_codes(&row.code) else {
            continue;
        };
        if codes.iter().any(|&(_, c)| (first..=last).contains(&c)) {
            continue;
        }
        let digits = row.code.trim_end_matches('x');
        let written_as_digits = digits.len() < row.code.len();
        let longer: Vec<&str> = codes
            .iter()
            .map(|&(text, _)| text)
            .filter(|c| c.starts_with(digits) && c.len() > row.code.len())
            .take(3)
            .collect();
        if written_as_digits && !digits.is_empty() && digits != "-" && !longer.is_empty() {
            imported.warnings.push(format!(
                "range {} covers none of the page's codes, but {}… start with its digits and are longer; \
                 did the page mean {}{}? (kept as written)",
                row.code,
                longer.join(", "),
                row.code,
                "x".repeat(longer[0].len() - row.code.len())
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_merge_and_warn() {
        let rows = vec![
            Row {
                code: "1".into(),
                message: "a".into(),
                ..Row::default()
            },
            Row {
                code: "2".into(),
                message: "b".into(),
                ..Row::default()
            },
            Row {
                code: "1".into(),
                message: "c".into(),
                ..Row::default()
            },
        ];
        let imported = merge_duplicates(rows);
        assert_eq!(imported.rows.len(), 2);
        assert_eq!(imported.rows[0].message, "a / c");
        assert_eq!(imported.warnings.len(), 1);
    }

    /// Found by `cargo fuzz run import`: a page whose only table states
    /// ranges wrote a table `include_codes!` refuses.
    #[test]
    fn ranges_without_codes_are_no_table() {
        let page = "| HTTP Code | Meaning | Description |\n|---|---|---|\n\
                    | 400 | Bad Request | Invalid. Corresponds to business codes 100xxx. |\n";
        let imported = import(
            page,
            Options {
                format: Format::Auto,
                infer_kinds: false,
            },
        );
        assert!(imported.rows.is_empty());
        assert!(imported.warnings[0].contains("1 ranges but no single code"));
    }

    fn ranges_and_codes(codes: &[&str]) -> Imported {
        let mut imported = Imported {
            rows: codes
                .iter()
                .map(|code| Row {
                    code: (*code).into(),
                    message: "m".into(),
                    ..Row::default()
                })
                .collect(),
            ..Imported::default()
        };
        warn_about_empty_ranges(&mut imported);
        imported
    }

    /// Every range form is read, negative ones included (`-10xx` and
    /// `a..=b` were not, so their empty ranges went unnoticed).
    #[test]
    fn empty_ranges_of_every_form_are_warned_about() {
        let imported = ranges_and_codes(&["5xxxx", "500001", "500002"]);
        assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
        assert!(imported.warnings[0].contains("did the page mean 5xxxxx?"));
        let imported = ranges_and_codes(&["-10xx", "-10001", "-10002"]);
        assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
        assert!(imported.warnings[0].contains("did the page mean -10xxx?"));
        // Covered ranges, of every form: nothing to say.
        let imported = ranges_and_codes(&[
            "-10xx",
            "-1001",
            "-32099..=-32000",
            "-32601",
            "213xx",
            "21310",
            "100-199",
            "150",
        ]);
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    }
}
