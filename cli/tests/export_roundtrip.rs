//! `import(export(t)) == t`: for random tables (numeric, negative, text
//! codes with patterns, own columns, Unicode and hostile text), the
//! exported Markdown and HTML pages import back with every code, name, message,
//! category, HTTP status, kind, retry and own column; the OpenAPI schema
//! with every code, its variant (as the name) and its message.
//!
//! Rows come back grouped by category (a page has a section per
//! category), each category's rows in table order.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use codetables_cli::declaration::Declaration;
use codetables_cli::export::{self, Target};
use codetables_cli::import::{self, Options};
use codetables_reader::model::{Class, CodeKey};
use codetables_reader::Table;
use proptest::prelude::*;

/// Text that breaks naive writers: Markdown and HTML markup, format
/// strings, quotes, CJK, emoji, a newline.
const PIECES: [&str; 24] = [
    "Token",
    "expired",
    "請求",
    "失败",
    "|",
    "*bold*",
    "_under_",
    "`tick`",
    "<b>",
    "&amp;",
    "{}",
    "%s",
    "\"quoted\"",
    "it's",
    "*/",
    "\\",
    "[x](y)",
    "~~s~~",
    "#1",
    "😀",
    "a\nb",
    "ÉchecÜber",
    "100%",
    "!",
];

const CATEGORIES: [Option<&str>; 5] = [
    None,
    Some("auth"),
    Some("用户管理"),
    Some("rate_limit"),
    Some("auth_errors"),
];
const KINDS: [&str; 5] = [
    "",
    "not_found",
    "unavailable",
    "resource_exhausted",
    "invalid_argument",
];

fn message() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(&PIECES[..]), 1..5).prop_map(|p| p.join(" "))
}

/// One row: (name?, message, category, http, kind, retry, solution).
type RowSpec = (
    bool,
    String,
    usize,
    Option<u16>,
    usize,
    Option<bool>,
    Option<String>,
);

fn row() -> impl Strategy<Value = RowSpec> {
    (
        any::<bool>(),
        message(),
        0..CATEGORIES.len(),
        prop::option::of(prop::sample::select(vec![400u16, 401, 404, 429, 500, 503])),
        0..KINDS.len(),
        prop::option::of(any::<bool>()),
        prop::option::of(message()),
    )
}

/// A table as CSV, and whether its codes are text.
fn table() -> impl Strategy<Value = (String, bool)> {
    (
        prop::collection::vec(row(), 1..10),
        0..3usize,
        any::<bool>(),
    )
        .prop_map(|(rows, style, range)| {
            let text = style == 2;
            let mut csv = String::from("code,message,name,category,http,kind,retry,solution\n");
            let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            for (i, (named, message, category, http, kind, retry, solution)) in
                rows.iter().enumerate()
            {
                let code = match style {
                    0 => format!("{}", 40_000 + i * 7),
                    1 => format!("-{}", 1 + i * 3),
                    _ => format!(
                        "Auth{}.Code{i}",
                        if i % 2 == 0 { "Failure" } else { "Denied" }
                    ),
                };
                let _ = writeln!(
                    csv,
                    "{code},{},{},{},{},{},{},{}",
                    quote(message),
                    if *named {
                        format!("E_{i}")
                    } else {
                        String::new()
                    },
                    CATEGORIES[*category].unwrap_or_default(),
                    http.map(|h| h.to_string()).unwrap_or_default(),
                    KINDS[*kind],
                    retry.map(|r| r.to_string()).unwrap_or_default(),
                    solution.as_deref().map(quote).unwrap_or_default(),
                );
            }
            if range {
                let pattern = match style {
                    0 => "9xxx",
                    1 => "-9xx",
                    _ => "AuthFailure.*",
                };
                let _ = writeln!(csv, "{pattern},Grouped codes,,auth,403,,,see the guide");
            }
            (csv, text)
        })
}

/// What a code row states, by code: name, message, category, class,
/// own columns by name, struck out.
type Stated = (
    Option<String>,
    String,
    Option<String>,
    Class,
    BTreeMap<String, String>,
    bool,
);

fn stated(table: &Table) -> BTreeMap<CodeKey, Stated> {
    table
        .codes
        .iter()
        .map(|row| {
            let own = table
                .columns
                .iter()
                .zip(&row.columns)
                .filter_map(|(c, v)| v.clone().map(|v| (c.clone(), v)))
                .collect();
            let category = row.class.category.map(|i| table.categories[i].name.clone());
            let mut class = row.class;
            class.category = None;
            (
                row.code.clone(),
                (
                    row.name.clone(),
                    row.message.clone(),
                    category,
                    class,
                    own,
                    row.deprecated.is_some(),
                ),
            )
        })
        .collect()
}

/// What a range row states: message, category, class, own columns.
type RangeStated = (String, Option<String>, Class, Vec<Option<String>>);

/// Each range, by pattern.
fn ranges(table: &Table) -> BTreeMap<String, RangeStated> {
    table
        .ranges
        .iter()
        .map(|range| {
            let category = range
                .class
                .category
                .map(|i| table.categories[i].name.clone());
            let mut class = range.class;
            class.category = None;
            let own: Vec<Option<String>> = range
                .columns
                .iter()
                .filter(|c| c.is_some())
                .cloned()
                .collect();
            (
                range.pattern.clone(),
                (range.message.clone(), category, class, own),
            )
        })
        .collect()
}

/// The codes of each category, in order.
fn order(table: &Table) -> BTreeMap<Option<usize>, Vec<CodeKey>> {
    let mut order: BTreeMap<Option<usize>, Vec<CodeKey>> = BTreeMap::new();
    for row in &table.codes {
        order
            .entry(row.class.category)
            .or_default()
            .push(row.code.clone());
    }
    order
}

fn read(csv: &str, text: bool) -> Option<Table> {
    let declaration = Declaration {
        text,
        columns: vec!["solution".to_owned()],
    };
    let (table, problems) = declaration.read(csv.as_bytes());
    problems.is_empty().then_some(table)
}

fn reimport(page: &str) -> Table {
    let imported = import::import(page, &Options::default());
    assert!(imported.unresolved.is_empty(), "{:?}", imported.unresolved);
    let (table, problems) = import::check(&imported.rows, imported.text);
    assert!(problems.is_empty(), "{problems:?}\n{page}");
    table
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn markdown_pages_import_back((csv, text) in table()) {
        let Some(original) = read(&csv, text) else {
            return Err(TestCaseError::reject("the table does not pass its checks"));
        };
        let page = export::export(&original, "Vendor", Target::Markdown);
        let back = reimport(&page);
        prop_assert_eq!(stated(&back), stated(&original), "{}", page);
        prop_assert_eq!(ranges(&back), ranges(&original), "{}", page);
        prop_assert_eq!(back.code_type, original.code_type);
        let names = |t: &Table| order(t).values().cloned().collect::<Vec<_>>();
        prop_assert_eq!(names(&back), names(&original));
    }

    #[test]
    fn html_pages_import_back((csv, text) in table()) {
        let Some(original) = read(&csv, text) else {
            return Err(TestCaseError::reject("the table does not pass its checks"));
        };
        let page = export::export(&original, "Vendor", Target::Html);
        let back = reimport(&page);
        prop_assert_eq!(stated(&back), stated(&original), "{}", page);
        prop_assert_eq!(ranges(&back), ranges(&original), "{}", page);
        prop_assert_eq!(back.code_type, original.code_type);
        let names = |t: &Table| order(t).values().cloned().collect::<Vec<_>>();
        prop_assert_eq!(names(&back), names(&original));
    }

    #[test]
    fn openapi_schemas_import_back((csv, text) in table()) {
        let Some(original) = read(&csv, text) else {
            return Err(TestCaseError::reject("the table does not pass its checks"));
        };
        let document = export::export(&original, "Vendor", Target::Openapi);
        let back = reimport(&document);
        let said = |t: &Table, names: bool| -> Vec<(CodeKey, String, String)> {
            t.codes
                .iter()
                .map(|r| {
                    let name = if names { r.name.clone().unwrap_or_default() } else { r.variant.clone() };
                    (r.code.clone(), name, r.message.clone())
                })
                .collect()
        };
        prop_assert_eq!(said(&back, true), said(&original, false), "{}", document);
    }
}

/// Exports are deterministic: the same table gives the same bytes.
#[test]
fn exports_are_deterministic() {
    let csv = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tables/clarifai.csv"
    ))
    .unwrap();
    let (table, problems) = Declaration::inferred(csv.as_bytes()).read(csv.as_bytes());
    assert!(problems.is_empty());
    for target in [Target::Markdown, Target::Html, Target::Openapi] {
        assert_eq!(
            export::export(&table, "Clarifai", target),
            export::export(&table, "Clarifai", target)
        );
    }
}
