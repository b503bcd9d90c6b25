//! Stage 2: records → typed rows. Checks the header and every field on its
//! own; rules that involve several rows are in [`check`](crate::check).
//!
//! This file maps the header to columns (standard and declared) and reads
//! rows; `codes` reads the `code` field (codes, patterns, ranges), `fields`
//! the other typed fields.

mod codes;
mod fields;

pub use codes::{parse_codes, parse_text_code};
pub use fields::{parse_category, parse_http, parse_kind, parse_retry};

use codetables_core::Kind;

pub use crate::model::Column;
use crate::names;
use crate::source::{Record, Records};
use crate::{Diagnostic, Subject};

/// What a position of the header holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Standard(Column),
    /// A declared own column, by its position in the declaration.
    Own(usize),
}

/// What a row's `code` field declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Codes {
    /// One code: the row becomes a variant.
    One(i64),
    /// An inclusive range (`11xxx`, `21300-21319`, `-32099..=-32000`): the
    /// row gives defaults.
    Range {
        /// The first code of the range.
        first: i64,
        /// The last code of the range.
        last: i64,
    },
    /// One text code (`card_declined`), in a table of text codes.
    Text(String),
    /// Every text code that starts with this prefix (`AuthFailure.*`).
    Prefix(String),
}

impl Codes {
    /// Whether the row declares defaults for a group of codes (a range or
    /// a prefix) rather than one code.
    #[must_use]
    pub fn is_group(&self) -> bool {
        matches!(self, Codes::Range { .. } | Codes::Prefix(_))
    }
}

/// A row whose fields each parsed; what the rows mean together is checked later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The line the row starts on.
    pub line: usize,
    /// The code or range.
    pub codes: Codes,
    /// The `code` field as written (`11xxx`), for messages.
    pub code_text: String,
    /// The message, verbatim (trimmed).
    pub message: String,
    /// The `name` column, if not empty.
    pub name: Option<String>,
    /// The `variant` column, if not empty (not yet checked as an identifier).
    pub variant: Option<String>,
    /// The `category` column, if not empty and valid.
    pub category: Option<String>,
    /// The `http` column, if not empty and valid.
    pub http: Option<u16>,
    /// The `kind` column, if not empty and valid.
    pub kind: Option<Kind>,
    /// The `retry` column, if not empty and valid.
    pub retry: Option<bool>,
    /// The `deprecated` column, if not empty.
    pub deprecated: Option<String>,
    /// The declared own columns, in declaration order; `None` where empty.
    pub columns: Vec<Option<String>>,
}

/// Parses every data row, reading the declared own columns `own` besides
/// the standard ones. A row whose code is unusable or whose shape is wrong
/// is left out; a row with a bad optional field is kept without that field,
/// so that the rest of the table can still be checked and generated.
pub fn rows(
    records: &Records,
    own: &[String],
    text: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Row> {
    let Some(header) = &records.header else {
        diagnostics.push(Diagnostic::file(
            "the table is empty; it needs a header row (`code,message,…`) and at least one code",
        ));
        return Vec::new();
    };
    let Some(slots) = header_slots(header, own, diagnostics) else {
        return Vec::new();
    };
    records
        .rows
        .iter()
        .filter_map(|record| row(record, &slots, own.len(), text, diagnostics))
        .collect()
}

/// Maps each header position to its column; `None` when a required column
/// is missing (then no row can be read).
fn header_slots(
    header: &Record,
    own: &[String],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<Option<Slot>>> {
    let line = header.line;
    let mut slots = Vec::with_capacity(header.fields.len());
    for (position, text) in header.fields.iter().enumerate() {
        let slot = Column::ALL
            .into_iter()
            .find(|c| c.header() == text)
            .map(Slot::Standard)
            .or_else(|| own.iter().position(|o| o == text).map(Slot::Own));
        match slot {
            None => diagnostics.push(Diagnostic::at(
                line,
                Subject::Header,
                unknown_column(text, position, own),
            )),
            Some(slot) if slots.contains(&Some(slot)) => diagnostics.push(Diagnostic::at(
                line,
                Subject::Header,
                format!("column `{text}` appears twice in the header; keep one"),
            )),
            Some(_) => {}
        }
        slots.push(slot.filter(|s| !slots.contains(&Some(*s))));
    }
    for (index, name) in own.iter().enumerate() {
        if !slots.contains(&Some(Slot::Own(index))) {
            diagnostics.push(Diagnostic::at(
                line,
                Subject::Header,
                format!(
                    "column `{name}` is declared in `columns(...)` but the header has no \
                     `{name}` column; add it to the header, or remove it from `columns(...)`"
                ),
            ));
        }
    }
    let missing: Vec<&str> = Column::ALL
        .into_iter()
        .filter(|c| c.is_required() && !slots.contains(&Some(Slot::Standard(*c))))
        .map(Column::header)
        .collect();
    if missing.is_empty() {
        Some(slots)
    } else {
        diagnostics.push(Diagnostic::at(
            line,
            Subject::Header,
            format!(
                "the header has no `{}` column; the first row must name the columns, \
                 such as `code,message,name`",
                missing.join("` or `")
            ),
        ));
        None
    }
}

fn unknown_column(text: &str, position: usize, own: &[String]) -> String {
    let standard: Vec<&str> = Column::ALL.iter().map(|c| c.header()).collect();
    let standard = standard.join(", ");
    if text.is_empty() {
        return format!(
            "column {} of the header has no name; remove the extra comma or name it one of: {standard}",
            position + 1
        );
    }
    let lower = text.to_lowercase();
    if let Some(known) = Column::ALL
        .iter()
        .map(|c| c.header())
        .chain(own.iter().map(String::as_str))
        .find(|known| *known == lower)
    {
        return format!("unknown column `{text}`; column names are lower-case: write `{known}`");
    }
    let declare = |name: &str| format!("`#[codes(columns({name}))]`");
    let typo_of = crate::typo::closest(
        &lower,
        Column::ALL
            .iter()
            .map(|c| c.header())
            .chain(own.iter().map(String::as_str)),
    );
    if let Some(known) = typo_of {
        return format!(
            "unknown column `{text}`; did you mean `{known}`? (the standard columns are: \
             {standard}; a column of the vendor's own is declared with {})",
            declare(text)
        );
    }
    if names::own_column_problem(text).is_none() {
        format!(
            "unknown column `{text}`; to keep a column of the vendor's own, declare it in the \
             invocation, {}, which generates a `{text}()` method; the standard columns are: {standard}",
            declare(text)
        )
    } else {
        let renamed = names::snake_case(text);
        if names::own_column_problem(&renamed).is_none() {
            format!(
                "unknown column `{text}`; to keep a column of the vendor's own, rename it \
                 `{renamed}` in the header and declare it, {}; the standard columns are: {standard}",
                declare(&renamed)
            )
        } else {
            format!(
                "unknown column `{text}`; the standard columns are: {standard}; a column of the \
                 vendor's own needs a snake_case name, declared with {}",
                declare("name")
            )
        }
    }
}

fn row(
    record: &Record,
    slots: &[Option<Slot>],
    own_count: usize,
    text: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Row> {
    let line = record.line;
    if record.fields.len() != slots.len() {
        diagnostics.push(Diagnostic::at(
            line,
            Subject::Record,
            format!(
                "this row has {} fields but the header has {}; quote a field that contains \
                 a comma (`\"a, b\"`)",
                record.fields.len(),
                slots.len()
            ),
        ));
        return None;
    }
    let field_at = |wanted: Slot| -> Option<&str> {
        let position = slots.iter().position(|s| *s == Some(wanted))?;
        Some(record.fields[position].as_str()).filter(|text| !text.is_empty())
    };
    let field = |wanted: Column| field_at(Slot::Standard(wanted));
    let mut report = |column: Column, message: String| {
        diagnostics.push(Diagnostic::at(line, Subject::Field(column), message));
    };

    let code_text = field(Column::Code).unwrap_or_default();
    let parsed = if text {
        parse_text_code(code_text)
    } else {
        parse_codes(code_text)
    };
    let codes = match parsed {
        Ok(codes) => Some(codes),
        Err(message) => {
            report(Column::Code, message);
            None
        }
    };
    let category = field(Column::Category)
        .and_then(|text| ok_or_report(parse_category(text), |m| report(Column::Category, m)));
    let http = field(Column::Http)
        .and_then(|text| ok_or_report(parse_http(text), |m| report(Column::Http, m)));
    let kind = field(Column::Kind)
        .and_then(|text| ok_or_report(parse_kind(text), |m| report(Column::Kind, m)));
    let retry = field(Column::Retry)
        .and_then(|text| ok_or_report(parse_retry(text), |m| report(Column::Retry, m)));
    let name = field(Column::Name).map(str::to_owned);
    let variant = field(Column::Variant).map(str::to_owned);
    let deprecated = field(Column::Deprecated).map(str::to_owned);
    let columns = (0..own_count)
        .map(|index| field_at(Slot::Own(index)).map(str::to_owned))
        .collect();

    let codes = codes?;
    if codes.is_group() {
        for (column, value) in [
            (Column::Name, &name),
            (Column::Variant, &variant),
            (Column::Deprecated, &deprecated),
        ] {
            if let Some(value) = value {
                report(
                    column,
                    format!(
                        "`{}` is a range row, which declares defaults and has no variant; \
                     its `{}` column (`{value}`) belongs on a row with a single code",
                        code_text,
                        column.header()
                    ),
                );
            }
        }
    }
    Some(Row {
        line,
        codes,
        code_text: code_text.to_owned(),
        message: field(Column::Message).unwrap_or_default().to_owned(),
        name,
        variant,
        category,
        http,
        kind,
        retry,
        deprecated,
        columns,
    })
}

fn ok_or_report<T>(result: Result<T, String>, report: impl FnMut(String)) -> Option<T> {
    result.map_err(report).ok()
}

#[cfg(test)]
mod tests;
