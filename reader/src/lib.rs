//! The table reader, validator and code generator behind `codetables::include_codes!`.
//!
//! Plain Rust with no proc-macro API, so that it is unit-tested without
//! spans and reusable from build scripts and tools. The pipeline:
//!
//! 1. [`source`]: bytes → UTF-8 text → CSV records with their line numbers.
//! 2. [`parse`]: records → typed rows (one code or one range each, with
//!    the declared own columns); field errors.
//! 3. [`check`]: cross-row rules (duplicates, collisions, overlapping ranges,
//!    identifiers rustc would warn about) and range inheritance → a
//!    validated [`Table`].
//! 4. [`expand`](fn@expand) (the `codetables-expand` crate): a [`Table`] → the
//!    tokens of the enum and its impls.
//!
//! Every stage collects all of its [`Diagnostic`]s instead of stopping at
//! the first, and none of them panics on any input.

pub mod check;
pub mod lints;
pub mod names;
pub mod parse;
pub mod source;
pub mod typo;

pub use codetables_core::Part;
pub use codetables_expand::{hash, reserved};
pub use codetables_model as model;
pub use codetables_model::{
    envelope, Category, CodeRow, CodeType, DataSpec, Diagnostic, EnumSpec, EnvelopeSpec, Fix,
    MacroVisibility, RangeRow, Subject, Table,
};

/// Stage 4: the code for `table` (see [`codetables_expand::expand`]), its
/// checked constructor macro named after the enum (`StardustRosetta` →
/// `stardust_rosetta!`).
#[must_use]
pub fn expand(
    spec: &EnumSpec,
    table: &Table,
    diagnostics: &[Diagnostic],
) -> proc_macro2::TokenStream {
    let macro_name = names::macro_name(&spec.ident.to_string());
    codetables_expand::expand(spec, table, diagnostics, &macro_name)
}

/// Reads a whole table, with the vendor's own columns `own_columns`
/// (`#[codes(columns(...))]`; check them with [`names::own_column_problem`]
/// first): every stage, every error.
///
/// Returns the table made of the rows that passed every check (so that a
/// caller can still generate a usable stub when there are errors) and all
/// the diagnostics, in line order.
#[must_use]
pub fn read_table(bytes: &[u8], own_columns: &[String]) -> (Table, Vec<Diagnostic>) {
    read_table_as(bytes, own_columns, false)
}

/// [`read_table`] for a table whose codes are text (`text`,
/// `#[codes(text)]`) or numbers.
#[must_use]
pub fn read_table_as(bytes: &[u8], own_columns: &[String], text: bool) -> (Table, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let records = source::records(bytes, &mut diagnostics);
    read_records(&records, own_columns, text, diagnostics)
}

/// [`read_table_as`] for records already split into fields, with the
/// lines they are known by: a tool that builds a table in memory
/// (`codetables import`) checks it without writing it out, and each
/// diagnostic's line names its record. `diagnostics` are those found so
/// far.
#[must_use]
pub fn read_records(
    records: &source::Records,
    own_columns: &[String],
    text: bool,
    mut diagnostics: Vec<Diagnostic>,
) -> (Table, Vec<Diagnostic>) {
    let rows = parse::rows(records, own_columns, text, &mut diagnostics);
    let table = check::check(rows, own_columns, text, &mut diagnostics);
    diagnostics.sort_by_key(|d| d.line.unwrap_or(0));
    (table, diagnostics)
}

/// Whether a table's codes are text (`card_declined`, `AuthFailure.*`)
/// rather than numbers: a tool that reads any table (`codetables check`,
/// `lookup`, `diff`) reads it as `#[codes(text)]` would then. A code with a
/// letter other than the `x` of a numeric pattern, or ending in `*`, is
/// text.
#[must_use]
pub fn codes_are_text(bytes: &[u8]) -> bool {
    let records = source::records(bytes, &mut Vec::new());
    let Some(header) = records.header else {
        return false;
    };
    let Some(at) = header.fields.iter().position(|f| f == "code") else {
        return false;
    };
    records.rows.iter().any(|row| {
        row.fields.get(at).is_some_and(|code| {
            code.ends_with('*')
                || code
                    .chars()
                    .any(|c| c.is_alphabetic() && !matches!(c, 'x' | 'X'))
        })
    })
}

/// The columns of a table's header that are not standard ones but could be
/// declared as the vendor's own (`solution`, `doc_url`): what a tool that
/// shows every column, such as `codetables lookup`, reads a table with.
#[must_use]
pub fn extra_columns(bytes: &[u8]) -> Vec<String> {
    let records = source::records(bytes, &mut Vec::new());
    let Some(header) = records.header else {
        return Vec::new();
    };
    header
        .fields
        .into_iter()
        .filter(|f| !parse::Column::is_standard(f) && names::own_column_problem(f).is_none())
        .collect()
}
