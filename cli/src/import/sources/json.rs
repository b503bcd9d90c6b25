//! A JSON catalogue of codes: the largest list of records in the document,
//! an array of objects (`[{"code": 20003, "message": "…"}]`, Twilio's
//! catalogue) or an object keyed by code (`{"card_declined": {…}}`,
//! `{"40001": "…"}`). A record's `code` / `error_code` / `errorCode` / `id`
//! (or its key) is the code, `name` the name, `message` / `description` /
//! `desc` / `msg` the message; its other text fields are offered as own
//! columns. OpenAPI, Swagger and Smithy documents are not catalogues.

use serde_json::{Map, Value};

use super::super::pages::cells;
use super::{Row, TableReport};

/// The fields that hold a record's code.
const CODE_FIELDS: [&str; 5] = ["code", "error_code", "errorCode", "errcode", "id"];

/// The fields that hold its message, the first present winning.
const MESSAGE_FIELDS: [&str; 5] = ["message", "description", "desc", "msg", "errmsg"];

/// Whether `text` is a JSON document with a list of records of codes.
pub fn detect(text: &str) -> bool {
    let trimmed = text.trim_start();
    if !trimmed.starts_with(['{', '[']) {
        return false;
    }
    serde_json::from_str::<Value>(trimmed)
        .ok()
        .filter(|document| !is_spec(document))
        .and_then(|document| largest(&document).map(|list| list.len() >= 2))
        .unwrap_or(false)
}

/// The rows of the largest list of records, and what was read and skipped.
pub fn read(text: &str) -> (Vec<Row>, TableReport) {
    let mut report = TableReport {
        form: "JSON catalogue".to_owned(),
        line: 1,
        ..TableReport::default()
    };
    let Ok(document) = serde_json::from_str::<Value>(text.trim_start()) else {
        report.note = Some("not JSON".to_owned());
        return (Vec::new(), report);
    };
    let Some(records) = largest(&document) else {
        return (Vec::new(), report);
    };
    let mut rows = Vec::with_capacity(records.len());
    for (index, (key, record)) in records.into_iter().enumerate() {
        match row(key, record) {
            Some(row) => rows.push(row),
            None => report
                .skipped
                .push((index + 1, format!("record {} states no code", index + 1))),
        }
    }
    report.columns = vec![
        ("code / its key".to_owned(), "code".to_owned()),
        ("message".to_owned(), "message".to_owned()),
    ];
    report.rows = rows.len();
    (rows, report)
}

/// An API specification, read by a source of its own.
fn is_spec(document: &Value) -> bool {
    ["openapi", "swagger", "smithy"]
        .iter()
        .any(|key| document.get(key).is_some())
}

/// A record and the key it stands under (an object keyed by code).
type Record<'a> = (Option<&'a str>, &'a Value);

/// The largest list of records anywhere in `value`.
fn largest(value: &Value) -> Option<Vec<Record<'_>>> {
    let mut best: Option<Vec<Record<'_>>> = None;
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        let list: Vec<Record<'_>> = match value {
            Value::Array(items) => {
                stack.extend(items);
                let records: Vec<Record<'_>> = items
                    .iter()
                    .filter(|item| item.as_object().is_some_and(|o| code_of(o).is_some()))
                    .map(|item| (None, item))
                    .collect();
                if records.len() * 2 > items.len() {
                    records
                } else {
                    Vec::new()
                }
            }
            Value::Object(object) => {
                stack.extend(object.values());
                let keyed: Vec<Record<'_>> = object
                    .iter()
                    .filter(|(key, value)| is_code(key) && (value.is_string() || value.is_object()))
                    .map(|(key, value)| (Some(key.as_str()), value))
                    .collect();
                if keyed.len() * 2 > object.len() && keyed.len() >= 2 {
                    keyed
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        };
        if !list.is_empty() && best.as_ref().is_none_or(|b| list.len() > b.len()) {
            best = Some(list);
        }
    }
    best
}

/// Whether an object's key is a code: a number, or a symbolic name.
fn is_code(key: &str) -> bool {
    cells::codes(key).is_some() || cells::is_symbolic_name(key)
}

/// The code field of a record, as text.
fn code_of(object: &Map<String, Value>) -> Option<String> {
    CODE_FIELDS
        .iter()
        .find_map(|field| match object.get(*field)? {
            Value::Number(number) => Some(number.to_string()),
            Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
            _ => None,
        })
}

/// The row of a record.
fn row(key: Option<&str>, record: &Value) -> Option<Row> {
    let (code, object) = match (key, record) {
        (Some(key), Value::String(message)) => {
            return Some(Row {
                code: key.to_owned(),
                message: message.clone(),
                ..Row::default()
            })
        }
        (Some(key), Value::Object(object)) => (key.to_owned(), object),
        (None, Value::Object(object)) => (code_of(object)?, object),
        _ => return None,
    };
    let text = |field: &str| object.get(field).and_then(Value::as_str).map(str::trim);
    let message = MESSAGE_FIELDS.iter().find_map(|field| text(field));
    let mut row = Row {
        code,
        message: message.unwrap_or_default().to_owned(),
        name: text("name").filter(|n| !n.is_empty()).map(str::to_owned),
        ..Row::default()
    };
    let taken = |field: &str| {
        CODE_FIELDS.contains(&field)
            || field == "name"
            || message.is_some()
                && MESSAGE_FIELDS.iter().find(|f| text(f).is_some()) == Some(&field)
    };
    for (field, value) in object {
        let Some(value) = value.as_str().map(str::trim).filter(|v| !v.is_empty()) else {
            continue;
        };
        if taken(field) {
            continue;
        }
        let column = codetables_reader::names::snake_case(field);
        if codetables_reader::names::own_column_problem(&column).is_none() {
            row.own.push((column, value.to_owned()));
        }
    }
    Some(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_array_of_records_with_own_columns() {
        let text = r#"{"version": 2, "errors": [
            {"code": 20003, "message": "Permission Denied", "secondary_message": "Check the token.", "product": "Auth"},
            {"code": 20404, "message": "Not Found", "product": "Core"},
            {"code": "30001", "description": "Queue overflow"}
        ]}"#;
        assert!(detect(text));
        let (rows, report) = read(text);
        let read: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.message.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                ("20003", "Permission Denied"),
                ("20404", "Not Found"),
                ("30001", "Queue overflow")
            ]
        );
        assert_eq!(
            rows[0].own,
            [
                ("product".to_owned(), "Auth".to_owned()),
                (
                    "secondary_message".to_owned(),
                    "Check the token.".to_owned()
                )
            ]
        );
        assert!(report.skipped.is_empty());
    }

    #[test]
    fn an_object_keyed_by_code() {
        let text = r#"{"card_declined": {"message": "The card was declined."},
                       "expired_card": "The card has expired."}"#;
        assert!(detect(text));
        let (rows, _) = read(text);
        assert_eq!(rows.len(), 2);
        assert!(rows
            .iter()
            .any(|r| r.code == "expired_card" && r.message == "The card has expired."));
        assert!(!detect(
            r#"{"openapi": "3.1.0", "components": {"a": [{"code": 1}, {"code": 2}]}}"#
        ));
        assert!(!detect("[1, 2, 3]"));
    }

    /// One line of 20,000 records reads in linear time (a page reader took
    /// time quadratic in its length).
    #[test]
    fn a_long_one_line_catalogue() {
        let records: Vec<String> = (0..20_000)
            .map(|n| format!(r#"{{"code": {}, "message": "Error {n}"}}"#, 100_000 + n))
            .collect();
        let text = format!("[{}]", records.join(","));
        assert!(detect(&text));
        assert_eq!(read(&text).0.len(), 20_000);
    }
}
