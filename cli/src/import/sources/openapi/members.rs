//! The rows of one enum: each value a code, its name from
//! `x-enum-varnames` (or a `oneOf` member's `title`), its message from
//! `x-enum-descriptions` (or the member's `description`, or the line of a
//! Markdown list or table in the descriptions around the enum that names
//! the code), else empty.

use std::collections::HashMap;

use serde_json::Value;

use super::super::{Row, TableReport};
use super::candidates::{members, Candidate};

/// The spellings generators use for the names and the texts of an enum's
/// values.
const NAMES: [&str; 3] = ["x-enum-varnames", "x-enumNames", "x-enum-names"];
const TEXTS: [&str; 2] = ["x-enum-descriptions", "x-enumDescriptions"];

/// The enum's rows; values that are no code are skipped in the report.
pub fn rows(candidate: &Candidate<'_>, report: &mut TableReport) -> Vec<Row> {
    let schema = candidate.schema;
    let values = members(schema).unwrap_or_default();
    let names = aligned(schema, &NAMES);
    let texts = aligned(schema, &TEXTS);
    let listed = listed_texts(&candidate.descriptions);
    let mut rows = Vec::with_capacity(values.len());
    for (index, member) in values.iter().enumerate() {
        let value = member.get("const").or_else(|| member.get("enum")?.get(0));
        let value = if schema.get("enum").is_some() {
            member
        } else {
            value.unwrap_or(&Value::Null)
        };
        let Some(code) = code_of(value) else {
            report
                .skipped
                .push((index + 1, format!("value {value} is no code")));
            continue;
        };
        let member_text = |field: &str| member.get(field).and_then(text);
        let name = names
            .get(index)
            .and_then(text)
            .or_else(|| member_text("title"))
            .filter(|n| !n.is_empty());
        let message = texts
            .get(index)
            .and_then(text)
            .or_else(|| member_text("description"))
            .or_else(|| listed.get(code.as_str()).cloned())
            .unwrap_or_default();
        rows.push(Row {
            code,
            name,
            message,
            line: index + 1,
            ..Row::default()
        });
    }
    rows
}

/// An `x-enum-*` array, one entry per value; an object keyed by value
/// (some generators write that) is spread the same way.
fn aligned(schema: &Value, keys: &[&str]) -> Vec<Value> {
    let Some(found) = keys.iter().find_map(|key| schema.get(*key)) else {
        return Vec::new();
    };
    match found {
        Value::Array(items) => items.clone(),
        Value::Object(by_value) => members(schema)
            .unwrap_or_default()
            .iter()
            .map(|value| {
                code_of(value)
                    .and_then(|code| by_value.get(&code).cloned())
                    .unwrap_or(Value::Null)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A name's or a text's entry, trimmed.
fn text(entry: &Value) -> Option<String> {
    entry.as_str().map(|text| text.trim().to_owned())
}

/// A value as a code: a string, or an integer.
fn code_of(value: &Value) -> Option<String> {
    match value {
        Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
        Value::Number(number) if number.is_i64() || number.is_u64() => Some(number.to_string()),
        _ => None,
    }
}

/// The texts a Markdown list or table in the descriptions gives codes:
/// `- CODE: text`, `` * `CODE` - text ``, `| CODE | text |`.
fn listed_texts<'a>(descriptions: &[&'a str]) -> HashMap<&'a str, String> {
    let mut texts = HashMap::new();
    for line in descriptions.iter().flat_map(|d| d.lines()) {
        if let Some((code, text)) = listed(line) {
            texts.entry(code).or_insert(text);
        }
    }
    texts
}

/// The code a description line names first, and its text.
fn listed(line: &str) -> Option<(&str, String)> {
    let line = line.trim();
    if let Some(row) = line.strip_prefix('|') {
        let cells: Vec<&str> = row
            .split('|')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let code = bare(cells.first()?);
        let text = cells.last().filter(|_| cells.len() > 1)?;
        return Some((code, (*text).to_owned()));
    }
    let item = line
        .strip_prefix(['-', '*', '+'])
        .or_else(|| {
            let digits = line.find(|c: char| !c.is_ascii_digit())?;
            (digits > 0).then(|| line[digits..].strip_prefix(['.', ')']))?
        })?
        .trim_start();
    let end = item.find([':', '=', ' ', '\u{2013}', '\u{2014}'])?;
    let code = bare(&item[..end]);
    let text = item[end..]
        .trim_start_matches([':', '=', ' ', '-', '\u{2013}', '\u{2014}'])
        .trim();
    (!code.is_empty() && !text.is_empty()).then(|| (code, text.to_owned()))
}

/// A code without the markup around it: `` `CODE` ``, `**CODE**`, `"CODE"`.
fn bare(cell: &str) -> &str {
    cell.trim_matches(['`', '*', '"', '\'', '_'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn candidate(schema: &Value, descriptions: Vec<&'static str>) -> Vec<Row> {
        let candidate = Candidate {
            pointer: String::new(),
            schema,
            descriptions,
        };
        rows(&candidate, &mut TableReport::default())
    }

    fn said(rows: &[Row]) -> Vec<(&str, Option<&str>, &str)> {
        rows.iter()
            .map(|r| (r.code.as_str(), r.name.as_deref(), r.message.as_str()))
            .collect()
    }

    #[test]
    fn varnames_and_descriptions() {
        let schema = json!({"type": "integer", "enum": [-1, 40001, 1.5],
            "x-enum-varnames": ["Busy", "TokenInvalid", "Half"],
            "x-enum-descriptions": ["System busy {}", "Token invalid", ""]});
        let mut report = TableReport::default();
        let candidate = Candidate {
            pointer: String::new(),
            schema: &schema,
            descriptions: Vec::new(),
        };
        let rows = rows(&candidate, &mut report);
        assert_eq!(
            said(&rows),
            [
                ("-1", Some("Busy"), "System busy {}"),
                ("40001", Some("TokenInvalid"), "Token invalid")
            ]
        );
        assert_eq!(report.skipped, [(3, "value 1.5 is no code".to_owned())]);
    }

    #[test]
    fn const_members_with_titles() {
        let schema = json!({"oneOf": [
            {"const": "card_declined", "title": "CardDeclined", "description": "Declined."},
            {"enum": ["expired_card"]}]});
        assert_eq!(
            said(&candidate(&schema, Vec::new())),
            [
                ("card_declined", Some("CardDeclined"), "Declined."),
                ("expired_card", None, "")
            ]
        );
    }

    #[test]
    fn markdown_lists_and_tables_in_descriptions() {
        let schema = json!({"type": "string", "enum": ["UNSPECIFIED", "FAST", "SAFE", "OTHER"]});
        let descriptions = vec![
            "Consistency.\n\n - UNSPECIFIED: Default if not set.\n * `FAST` - Low latency.",
            "| Code | Meaning |\n| --- | --- |\n| **SAFE** | Higher consistency. |",
        ];
        assert_eq!(
            said(&candidate(&schema, descriptions)),
            [
                ("UNSPECIFIED", None, "Default if not set."),
                ("FAST", None, "Low latency."),
                ("SAFE", None, "Higher consistency."),
                ("OTHER", None, "")
            ]
        );
    }
}
