//! Stage 3: the rules that involve several rows, and range inheritance.
//!
//! - `categories`: each category once, with a usable variant and method;
//! - `ranges`: ranges nest or are disjoint; inheritance from them;
//! - `codes`: one row per code, one variant per row (derived in any
//!   script, checked as rustc will see it), one name per row.
//!
//! Every rule is checked with hash maps or one sort, so a table of any size
//! is validated in `O(n log n)`. A row that breaks a rule is reported and
//! left out of the returned table, so that the table is always consistent
//! enough to generate a stub from.

mod categories;
mod codes;
mod ranges;

use codetables_core::Kind;

use crate::model::{CodeType, Table};
use crate::parse::{Codes, Row};
use crate::Diagnostic;

use categories::Categories;
use ranges::Ranges;

/// One code of a row (quoted in messages as `Key::Text` in backticks).
use crate::model::CodeKey as Key;

/// What one row declares itself; ranges fill in what it leaves empty.
#[derive(Debug, Clone, Default)]
struct Declared {
    category: Option<usize>,
    http: Option<u16>,
    kind: Option<Kind>,
    retry: Option<bool>,
    /// The declared own columns, in declaration order.
    columns: Vec<Option<String>>,
}

/// Validates `rows` (read with the own columns `own`) as a whole and
/// resolves every code's classification and own columns.
pub fn check(
    rows: Vec<Row>,
    own: &[String],
    text: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Table {
    let had_rows = !rows.is_empty();
    let mut categories = Categories::default();
    let mut singles = Vec::new();
    let mut ranges = Vec::new();
    let mut prefixes = Vec::new();
    for mut row in rows {
        let declared = Declared {
            category: row
                .category
                .as_deref()
                .and_then(|c| categories.intern(c, &row, diagnostics)),
            http: row.http,
            kind: row.kind,
            retry: row.retry,
            columns: std::mem::take(&mut row.columns),
        };
        match std::mem::replace(&mut row.codes, Codes::One(0)) {
            Codes::One(code) => singles.push((row, Key::Int(code), declared)),
            Codes::Text(code) => singles.push((row, Key::Text(code), declared)),
            Codes::Range { first, last } => ranges.push((row, first, last, declared)),
            Codes::Prefix(prefix) => prefixes.push((row, prefix, declared)),
        }
    }
    categories.check_against_columns(own, diagnostics);
    let ranges = if text {
        Ranges::prefixes(prefixes, diagnostics)
    } else {
        Ranges::new(ranges, diagnostics)
    };
    let codes = codes::code_rows(singles, &ranges, &categories.list, diagnostics);
    if codes.is_empty() && diagnostics.is_empty() {
        diagnostics.push(if had_rows && text {
            Diagnostic::file(
                "the table has patterns (`Prefix*` rows) but no codes; add a row for each code",
            )
        } else if had_rows {
            Diagnostic::file("the table has ranges but no codes; add a row for each code")
        } else {
            Diagnostic::file("the table has a header but no codes; add a row for each code")
        });
    }
    let ranges = ranges.into_rows();
    let code_type = if text {
        CodeType::Text
    } else {
        CodeType::of_numbers(&codes, &ranges)
    };
    Table {
        codes,
        ranges,
        categories: categories.list,
        columns: own.to_vec(),
        code_type,
    }
}

#[cfg(test)]
mod tests;
