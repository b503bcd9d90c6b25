//! `codetables import`: a vendor's code page or machine-readable source →
//! a table in the format `include_codes!` reads, that always passes its
//! checks. Three parts, each behind one small interface (rows, and a
//! report per list read):
//!
//! - `pages`: prose pages as people write them (Markdown, HTML, text
//!   copied from a page, enums and constants in source code);
//! - `sources`: what vendors publish as data (OpenAPI, Smithy, JSON
//!   catalogues, `errcodes.txt`, registry CSVs), a file per kind;
//! - `table`: the table built from the rows: one row per code, patterns
//!   for dotted text codes, kinds from words if asked, whatever the checks
//!   refuse mended, then written (or merged into a curated table).
//!
//! [`Imported`] says what was found and decided.

mod pages;
mod sources;
mod table;

pub use pages::sections::category_heading;
pub use sources::Choices;
pub use table::mend::check;
pub use table::merge::merge;
pub use table::write::{own_columns, table as write_table};

use pages::cells;
use table::rows::{add_prefix_rows, merge_duplicates, warn_about_empty_ranges};
use table::{kinds, mend, report};

/// The page formats `import` reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Decide from the page (tables of any kind, lists, enum sources,
    /// flattened text).
    #[default]
    Auto,
    /// Markdown: pipe tables, headings, list items.
    Markdown,
    /// HTML: `<table>`s, `<h1>`–`<h6>`, `CODE : text` lines.
    Html,
    /// Text copied from a rendered table: tab-separated columns.
    Tsv,
    /// Protobuf (or C, Java, TypeScript) enums with their comments.
    Protobuf,
    /// PostgreSQL's `errcodes.txt`.
    Errcodes,
    /// A CSV with a code column and a text column (IANA's status registry).
    Csv,
    /// A JSON catalogue: an array of error records, or an object keyed by
    /// code.
    Json,
    /// A Smithy JSON AST (AWS's service models): its error shapes.
    Smithy,
    /// An OpenAPI 3.x or Swagger 2.0 document, JSON or YAML: the enum of
    /// its error codes (`--schema` picks one).
    Openapi,
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
    /// Whether to retry, where the page says (`OK to retry? Yes`).
    pub retry: Option<bool>,
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
    /// The kind of machine-readable source it is (`openapi`), where it is
    /// one: its note is then said without `--report` too.
    pub source: Option<&'static str>,
    /// Whether its page has a title and sections of its own (`#`, then
    /// `##`s, as `export` writes it): the page groups its codes, and the
    /// importer infers no groups of its own.
    pub titled: bool,
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How to read the page.
    pub format: Format,
    /// Fill `kind` from the words of names and messages.
    pub infer_kinds: bool,
    /// What to pick in a source that holds several lists.
    pub choices: Choices,
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
    /// Whether the codes are text (`card_declined`): the table is included
    /// with `#[codes(text)]`.
    pub text: bool,
}

impl Imported {
    /// The report of `import --report`.
    #[must_use]
    pub fn report(&self) -> String {
        report::render(self)
    }

    /// The `#[codes(...)]` attribute the table is included with, where it
    /// needs one: `text` for text codes, `columns(...)` for own columns.
    #[must_use]
    pub fn attribute(&self) -> Option<String> {
        self.declaration().attribute()
    }

    /// What the table is included with: text codes, and the own columns
    /// the rows fill.
    #[must_use]
    pub fn declaration(&self) -> crate::declaration::Declaration {
        crate::declaration::Declaration {
            text: self.text,
            columns: own_columns(&self.rows),
        }
    }
}

/// Imports `page`.
#[must_use]
pub fn import(page: &str, options: &Options) -> Imported {
    let mut tables = Vec::new();
    let rows = read(page, options, &mut tables);
    let mut imported = merge_duplicates(rows);
    imported.tables = tables;
    imported.text = imported
        .rows
        .iter()
        .any(|r| cells::text_code(&r.code).is_some());
    if imported.text {
        if !imported.tables.iter().any(|t| t.titled) {
            add_prefix_rows(&mut imported.rows);
        }
    } else {
        warn_about_empty_ranges(&mut imported);
    }
    if options.infer_kinds {
        imported.kinds_filled = Some(kinds::fill(&mut imported.rows));
    }
    // Ranges alone (an HTTP-status table that states them, with no table of
    // codes) make no enum: the page has no code table.
    if !imported.text && !imported.rows.iter().any(|r| cells::one(&r.code).is_some()) {
        if !imported.rows.is_empty() {
            imported.warnings.push(format!(
                "the page states {} ranges but no single code; nothing to import",
                imported.rows.len()
            ));
        }
        imported.rows.clear();
    }
    if !imported.rows.is_empty() {
        let mended = mend::mend(&mut imported.rows, imported.text);
        imported.mended = mended.notes;
        imported.unresolved = mended.unresolved;
    }
    imported
}

/// The rows of the page, by the reader `format` names or by every reader
/// that finds something.
fn read(page: &str, options: &Options, tables: &mut Vec<TableReport>) -> Vec<Row> {
    let format = options.format;
    // A source is named by its format's name (`--format openapi`).
    let named = match format {
        Format::Auto => sources::detect(page),
        other => clap::ValueEnum::to_possible_value(&other)
            .and_then(|value| sources::named(value.get_name())),
    };
    if let Some(source) = named {
        let (rows, mut report) = (source.read)(page, &options.choices);
        report.source = Some(source.name);
        tables.push(report);
        return rows;
    }
    pages::read(page, format, tables)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_sample_on_a_page_of_codes_is_no_source() {
        let page = "```js\nconst options = {\n  apiKey: 'sk_test',\n};\n```\n\n\
                    | Error code | Description |\n| --- | --- |\n\
                    | card_declined | Declined. |\n| expired_card | Expired. |\n";
        let mut tables = Vec::new();
        let codes: Vec<String> = read(page, &Options::default(), &mut tables)
            .into_iter()
            .map(|row| row.code)
            .collect();
        assert_eq!(codes, ["card_declined", "expired_card"]);
    }

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
        let imported = import(page, &Options::default());
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
