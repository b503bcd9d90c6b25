//! Tables built from structured input (codes of both signs, patterns and
//! ranges, texts of any script, categories, kinds, an own column), so that
//! the fuzzer spends its time past the CSV layer: read, checked, expanded.
//! A table without diagnostics keeps every row it was given that is not
//! blank (found by this target: `"",""` is a blank row, rightly skipped).
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum CodeCell {
    One(i64),
    Small(u16),
    Pattern(u16, u8),
    NegativePattern(u16, u8),
    Range(i32, u16),
    Text(String),
}

#[derive(Arbitrary, Debug)]
struct Row {
    code: CodeCell,
    message: String,
    name: Option<String>,
    variant: Option<String>,
    category: Option<u8>,
    http: Option<u16>,
    kind: Option<u8>,
    solution: Option<String>,
}

const CATEGORIES: [&str; 5] = ["auth", "用户管理", "success", "", "billing_2"];
const KINDS: [&str; 6] = ["ok", "not_found", "internal", "unavailable", "bogus", ""];

fn quote(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

fn code(cell: &CodeCell) -> String {
    match cell {
        CodeCell::One(code) => code.to_string(),
        CodeCell::Small(code) => code.to_string(),
        CodeCell::Pattern(digits, x) => format!("{digits}{}", "x".repeat(usize::from(x % 5))),
        CodeCell::NegativePattern(digits, x) => format!("-{digits}{}", "x".repeat(usize::from(x % 5))),
        CodeCell::Range(first, len) => {
            let last = i64::from(*first) + i64::from(*len);
            if *first >= 0 {
                format!("{first}-{last}")
            } else {
                format!("{first}..={last}")
            }
        }
        CodeCell::Text(text) => quote(text),
    }
}

fuzz_target!(|rows: Vec<Row>| {
    let mut csv = String::from("code,message,name,variant,category,http,kind,solution\n");
    // A row whose every field is blank is a blank line to the reader.
    let mut written = 0;
    for row in &rows {
        let fields = [
            code(&row.code),
            quote(&row.message),
            row.name.as_deref().map(quote).unwrap_or_default(),
            row.variant.as_deref().map(quote).unwrap_or_default(),
            row.category
                .map(|c| CATEGORIES[usize::from(c) % CATEGORIES.len()].to_owned())
                .unwrap_or_default(),
            row.http.map(|h| h.to_string()).unwrap_or_default(),
            row.kind
                .map(|k| KINDS[usize::from(k) % KINDS.len()].to_owned())
                .unwrap_or_default(),
            row.solution.as_deref().map(quote).unwrap_or_default(),
        ];
        let code_text = match &row.code {
            CodeCell::Text(text) => text.as_str(),
            _ => "0",
        };
        let blank = row.http.is_none()
            && [
                Some(code_text),
                Some(row.message.as_str()),
                row.name.as_deref(),
                row.variant.as_deref(),
                row.category.map(|c| CATEGORIES[usize::from(c) % CATEGORIES.len()]),
                row.kind.map(|k| KINDS[usize::from(k) % KINDS.len()]),
                row.solution.as_deref(),
            ]
            .iter()
            .all(|field| field.is_none_or(|text| text.trim().is_empty()));
        written += usize::from(!blank);
        csv.push_str(&fields.join(","));
        csv.push('\n');
    }
    let own = ["solution".to_owned()];
    let (table, diagnostics) = codetables_reader::read_table(csv.as_bytes(), &own);
    if diagnostics.is_empty() {
        assert_eq!(table.codes.len() + table.ranges.len(), written);
    }
    let _ = codetables_reader::expand(
        &codetables_reader::EnumSpec::plain("Codes", "tables/codes.csv"),
        &table,
        &diagnostics,
    ).to_string();
});

