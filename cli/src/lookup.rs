//! `codetables lookup`: a code or name in the bundled tables or a table file.

use std::fmt::Write as _;

use codetables_reader::model::{Class, CodeKey, Covers};
use codetables_reader::{CodeRow, Table};

/// What `table` says about `query` (a code or a name), or `None` where it
/// says nothing: not a row, and for codes not in any range either.
#[must_use]
pub fn describe(vendor: &str, table: &Table, query: &str) -> Option<String> {
    // The query as the table's code type reads it, where it is a code.
    let key = if table.code_type.is_text() {
        Some(CodeKey::Text(query.to_owned()))
    } else {
        query.parse().ok().map(CodeKey::Int)
    };
    let row = table
        .codes
        .iter()
        .find(|row| Some(&row.code) == key.as_ref() || row.name() == query);
    let mut out = String::new();
    let (class, columns) = if let Some(row) = row {
        describe_row(&mut out, vendor, row);
        (row.class, &row.columns)
    } else {
        // A code the table does not list: its innermost range or longest
        // pattern (most specific first).
        let key = key?;
        let range = table.ranges.iter().find(|r| r.covers.contains(&key))?;
        let under = match range.covers {
            Covers::Prefix(_) => "under pattern",
            Covers::Numbers { .. } => "in range",
        };
        let _ = writeln!(
            out,
            "{vendor} {key}: not in the table; {under} {} ({})",
            range.pattern, range.message
        );
        (range.class, &range.columns)
    };
    describe_class(&mut out, table, class);
    describe_columns(&mut out, table, columns);
    Some(out)
}

fn describe_row(out: &mut String, vendor: &str, row: &CodeRow) {
    if row.code.text() == Some(row.name()) {
        let _ = writeln!(out, "{vendor} {}", row.code);
    } else {
        let _ = writeln!(out, "{vendor} {} {}", row.code, row.name());
    }
    let message = if row.message.is_empty() {
        "(none)"
    } else {
        &row.message
    };
    let _ = writeln!(out, "  message   {message}");
    if let Some(note) = &row.deprecated {
        let _ = writeln!(out, "  deprecated {note}");
    }
}

fn describe_class(out: &mut String, table: &Table, class: Class) {
    let category = class.category.map_or_else(
        || "(none)".to_owned(),
        |i| {
            let category = &table.categories[i];
            match &category.description {
                Some(description) => format!("{} ({description})", category.name),
                None => category.name.clone(),
            }
        },
    );
    let _ = writeln!(out, "  category  {category}");
    let _ = writeln!(out, "  kind      {}", class.kind.snake_name());
    let _ = writeln!(
        out,
        "  http      {}",
        class
            .http
            .map_or_else(|| "(none)".to_owned(), |s| s.to_string())
    );
    let _ = writeln!(
        out,
        "  retry     {}",
        if class.retry { "yes" } else { "no" }
    );
}

/// The vendor's own columns, under the others (their values aligned with
/// the others' where the names allow).
fn describe_columns(out: &mut String, table: &Table, values: &[Option<String>]) {
    let width = table
        .columns
        .iter()
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0)
        .max(9);
    for (column, value) in table.columns.iter().zip(values) {
        let value = value.as_deref().unwrap_or("(none)");
        let _ = writeln!(out, "  {column:<width$} {value}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use codetables_cli::tables::BUNDLED;

    fn bundled(name: &str) -> Table {
        let (_, text) = BUNDLED.iter().find(|(n, _)| *n == name).unwrap();
        codetables_cli::tables::bundled(text)
    }

    #[test]
    fn codes_names_and_ranges() {
        let clarifai = bundled("Clarifai");
        let by_code = describe("Clarifai", &clarifai, "11001").unwrap();
        assert!(
            by_code.starts_with("Clarifai 11001 CONN_TOKEN_INVALID\n"),
            "{by_code}"
        );
        assert!(by_code.contains("kind      unauthenticated"));
        assert_eq!(
            describe("Clarifai", &clarifai, "CONN_TOKEN_INVALID"),
            Some(by_code)
        );
        let unlisted = describe("AiGateway", &bundled("AiGateway"), "100777").unwrap();
        assert!(
            unlisted.contains("not in the table; in range 100xxx"),
            "{unlisted}"
        );
        assert!(unlisted.contains("http      400"));
        assert_eq!(describe("Clarifai", &clarifai, "7"), None);
        assert_eq!(describe("Clarifai", &clarifai, "NOPE"), None);
    }

    #[test]
    fn negative_codes_unicode_and_own_columns() {
        let text = "code,message,solution\n-10xx,服务器错误,稍后重试\n-1,系统繁忙,\n40001,凭证无效,重新获取\n";
        let table = codetables_reader::read_table(text.as_bytes(), &["solution".to_owned()]).0;
        let busy = describe("WeChat", &table, "-1").unwrap();
        assert!(busy.starts_with("WeChat -1 系统繁忙\n"), "{busy}");
        assert!(busy.contains("  solution  (none)"), "{busy}");
        let unlisted = describe("WeChat", &table, "-1042").unwrap();
        assert!(
            unlisted.contains("in range -10xx (服务器错误)"),
            "{unlisted}"
        );
        assert!(unlisted.contains("  solution  稍后重试"), "{unlisted}");
        assert!(describe("WeChat", &table, "凭证无效")
            .unwrap()
            .contains("重新获取"));
    }
}
