//! OpenAPI 3.x and Swagger 2.0 documents, JSON or YAML: the enum of error
//! codes they state (`candidates` finds them, `members` reads one).
//!
//! Where several enums qualify, the largest is read and the report names
//! the others by their JSON pointers; `--schema POINTER` picks one (any
//! enum of the document, qualified or not). Where none does, the error
//! lists the document's enums.

mod candidates;
mod members;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

use super::document;
use super::{Choices, Row, TableReport};
use candidates::Candidate;

/// Whether `text` is an OpenAPI or Swagger document: a JSON object with
/// an `openapi` or `swagger` key (anywhere: key order is free), or YAML
/// with such a top-level line.
pub fn detect(text: &str) -> bool {
    let yaml_key = text
        .lines()
        .any(|line| line.starts_with("openapi:") || line.starts_with("swagger:"));
    let json_key = text.trim_start().starts_with('{')
        && (text.contains("\"openapi\"") || text.contains("\"swagger\""));
    (yaml_key || json_key)
        && document::parse(text).is_some_and(|document| version(&document).is_some())
}

/// The rows of the chosen enum, and what was found.
pub fn read(text: &str, choices: &Choices) -> (Vec<Row>, TableReport) {
    let mut report = TableReport {
        form: "OpenAPI document".to_owned(),
        line: 1,
        ..TableReport::default()
    };
    let Some(document) = document::parse(text) else {
        report.note = Some("neither JSON nor YAML".to_owned());
        return (Vec::new(), report);
    };
    if let Some(version) = version(&document) {
        report.form = version;
    }
    let found = candidates::find(&document);
    let chosen = match &choices.schema {
        Some(pointer) => candidates::at(&document, pointer).ok_or_else(|| {
            format!(
                "--schema {pointer}: no enum there{}",
                listing(&found.enums, "; the document's enums")
            )
        }),
        None => largest(&found).ok_or_else(|| {
            format!(
                "no enum of error codes (a property code, error_code, type or reason \
                 of an error schema or response, or an enum with x-enum-varnames){}; \
                 pick one with --schema POINTER",
                listing(&found.enums, "; the document's enums")
            )
        }),
    };
    let candidate = match chosen {
        Ok(candidate) => candidate,
        Err(problem) => {
            report.note = Some(problem);
            return (Vec::new(), report);
        }
    };
    report.heading = Some(candidate.pointer.clone());
    report.columns = columns(candidate.schema);
    let others: BTreeMap<String, usize> = found
        .candidates
        .values()
        .filter(|other| other.pointer != candidate.pointer)
        .map(|other| (other.pointer.clone(), other.len()))
        .collect();
    if choices.schema.is_none() && !others.is_empty() {
        report.note = Some(format!(
            "read the enum at {} ({} codes); {} more qualify{}; pick one with --schema POINTER",
            candidate.pointer,
            candidate.len(),
            others.len(),
            listing(&others, ":")
        ));
    }
    let rows = members::rows(&candidate, &mut report);
    report.rows = rows.len();
    (rows, report)
}

/// `OpenAPI 3.1.0` or `Swagger 2.0`, where the document states it.
fn version(document: &Value) -> Option<String> {
    let stated = |key: &str| match document.get(key)? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    };
    stated("openapi")
        .map(|v| format!("OpenAPI {v}"))
        .or_else(|| stated("swagger").map(|v| format!("Swagger {v}")))
}

/// The candidate with the most values; the first by pointer among equals.
fn largest<'a>(found: &candidates::Found<'a>) -> Option<Candidate<'a>> {
    found
        .candidates
        .values()
        .fold(None, |best: Option<&Candidate<'a>>, candidate| {
            Some(match best {
                Some(best) if best.len() >= candidate.len() => best,
                _ => candidate,
            })
        })
        .cloned()
}

/// `lead /a (3 values), /b (2 values)`, or nothing for no enum.
fn listing(enums: &BTreeMap<String, usize>, lead: &str) -> String {
    let mut out = String::new();
    for (i, (pointer, size)) in enums.iter().enumerate() {
        let separator = if i == 0 { lead } else { "," };
        let _ = write!(out, "{separator} {pointer} ({size} values)");
    }
    out
}

/// What each column of the table is read from.
fn columns(schema: &Value) -> Vec<(String, String)> {
    let stated = |key: &str| schema.get(key).is_some();
    let from = |field: &str, role: &str| (field.to_owned(), role.to_owned());
    let mut columns = vec![from(
        if stated("enum") {
            "enum"
        } else {
            "oneOf/anyOf const"
        },
        "code",
    )];
    if stated("x-enum-varnames") || stated("x-enumNames") || stated("x-enum-names") {
        columns.push(from("x-enum-varnames", "name"));
    }
    if stated("x-enum-descriptions") || stated("x-enumDescriptions") {
        columns.push(from("x-enum-descriptions", "message"));
    }
    columns
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `NO` is text in YAML 1.2 (a YAML 1.1 reader gives `false`).
    const YAML: &str = r"openapi: 3.1.0
info: {title: Example, version: '1'}
components:
  schemas:
    ApiError:
      type: object
      properties:
        code:
          type: string
          enum: [NO, rate_limited, 'card_declined']
          description: |
            - `NO`: Not allowed.
            - `rate_limited`: Too many requests.
    Plan:
      type: string
      enum: [free, pro]
";

    #[test]
    fn yaml_with_a_description_list() {
        assert!(detect(YAML));
        let (rows, report) = read(YAML, &Choices::default());
        let said: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.message.as_str()))
            .collect();
        assert_eq!(
            said,
            [
                ("NO", "Not allowed."),
                ("rate_limited", "Too many requests."),
                ("card_declined", "")
            ]
        );
        assert_eq!(report.form, "OpenAPI 3.1.0");
        assert_eq!(
            report.heading.as_deref(),
            Some("/components/schemas/ApiError/properties/code")
        );
    }

    #[test]
    fn schema_picks_and_none_lists_the_enums() {
        let choices = Choices {
            schema: Some("#/components/schemas/Plan".to_owned()),
        };
        assert_eq!(read(YAML, &choices).0.len(), 2);
        let plain = "openapi: 3.0.0\ncomponents: {schemas: {Plan: {enum: [free, pro]}}}\n";
        let (rows, report) = read(plain, &Choices::default());
        assert!(rows.is_empty());
        let note = report.note.unwrap();
        assert!(
            note.contains("the document's enums /components/schemas/Plan (2 values)"),
            "{note}"
        );
        let wrong = Choices {
            schema: Some("/nowhere".to_owned()),
        };
        assert!(read(plain, &wrong)
            .1
            .note
            .unwrap()
            .starts_with("--schema /nowhere: no enum there"));
    }

    #[test]
    fn not_a_specification() {
        assert!(!detect("# openapi\n\n| code | message |\n"));
        assert!(!detect(r#"{"swagger_ui": true}"#));
    }
}
