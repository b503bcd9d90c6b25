//! A Smithy JSON AST, as AWS publishes its service models: every shape
//! with the `smithy.api#error` trait is a code. The code is the shape's
//! name after `#`, or the `code` of `aws.protocols#awsQueryError` where
//! the shape has one (that is what the wire carries); the message its
//! `smithy.api#documentation` as text; `http` its `smithy.api#httpError`,
//! else 400 for a client error and 500 for a server one; `retry` where it
//! is `smithy.api#retryable`, and `resource_exhausted` where that says
//! `throttling`; the category `client` or `server`.

use serde_json::Value;

use super::{Row, TableReport};

/// Whether `text` is a Smithy JSON AST.
pub fn detect(text: &str) -> bool {
    let head: String = text.chars().take(200).collect();
    head.trim_start().starts_with('{')
        && head.contains("\"smithy\"")
        && serde_json::from_str::<Value>(text)
            .is_ok_and(|document| document.get("shapes").is_some_and(Value::is_object))
}

/// The error shapes' rows, and the shapes read.
pub fn read(text: &str) -> (Vec<Row>, TableReport) {
    let mut report = TableReport {
        form: "Smithy JSON AST (shapes with smithy.api#error)".to_owned(),
        line: 1,
        columns: vec![
            (
                "shape name, or awsQueryError's code".to_owned(),
                "code".to_owned(),
            ),
            ("smithy.api#documentation".to_owned(), "message".to_owned()),
            ("smithy.api#httpError".to_owned(), "http".to_owned()),
            ("smithy.api#error".to_owned(), "category".to_owned()),
        ],
        ..TableReport::default()
    };
    let Ok(document) = serde_json::from_str::<Value>(text) else {
        report.note = Some("not JSON".to_owned());
        return (Vec::new(), report);
    };
    let Some(shapes) = document.get("shapes").and_then(Value::as_object) else {
        return (Vec::new(), report);
    };
    let mut rows = Vec::new();
    for (id, shape) in shapes {
        let Some(traits) = shape.get("traits").and_then(Value::as_object) else {
            continue;
        };
        let Some(fault) = traits.get("smithy.api#error").and_then(Value::as_str) else {
            continue;
        };
        let name = id.rsplit('#').next().unwrap_or(id);
        let wire = traits
            .get("aws.protocols#awsQueryError")
            .and_then(|query| query.get("code"))
            .and_then(Value::as_str);
        let http = traits
            .get("smithy.api#httpError")
            .and_then(Value::as_u64)
            .and_then(|status| u16::try_from(status).ok())
            .unwrap_or(if fault == "server" { 500 } else { 400 });
        let retryable = traits.get("smithy.api#retryable");
        let throttling = retryable
            .and_then(|r| r.get("throttling"))
            .and_then(Value::as_bool)
            == Some(true);
        let message = traits
            .get("smithy.api#documentation")
            .and_then(Value::as_str)
            .map(text_of)
            .unwrap_or_default();
        rows.push(Row {
            code: wire.unwrap_or(name).to_owned(),
            // The shape's name where the wire carries another code.
            name: wire.map(|_| name.to_owned()),
            message,
            category: Some(fault.to_owned()),
            http: Some(http),
            retry: retryable.map(|_| true),
            kind: throttling.then(|| "resource_exhausted".to_owned()),
            line: 1,
            ..Row::default()
        });
    }
    report.rows = rows.len();
    (rows, report)
}

/// Documentation as text: tags removed, the common entities decoded,
/// whitespace collapsed.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    let words: Vec<&str> = text.split_whitespace().collect();
    // No space before punctuation a tag was closed in front of.
    words
        .join(" ")
        .replace(" .", ".")
        .replace(" ,", ",")
        .replace("( ", "(")
        .replace(" )", ")")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: &str = r#"{"smithy": "2.0", "shapes": {
        "com.example#ThrottlingException": {"type": "structure", "traits": {
            "smithy.api#error": "client", "smithy.api#httpError": 429,
            "smithy.api#retryable": {"throttling": true},
            "smithy.api#documentation": "<p>Too many requests: wait &amp; retry.</p>"}},
        "com.example#InternalError": {"type": "structure", "traits": {
            "smithy.api#error": "server", "smithy.api#retryable": {}}},
        "com.example#NotAnError": {"type": "structure"},
        "com.example#LimitExceeded": {"type": "structure", "traits": {
            "smithy.api#error": "client",
            "aws.protocols#awsQueryError": {"code": "LimitExceeded.Quota", "httpResponseCode": 400}}}
    }}"#;

    /// What a row says: code, name, status, retry, kind.
    type Said<'a> = (
        &'a str,
        Option<&'a str>,
        Option<u16>,
        Option<bool>,
        Option<&'a str>,
    );

    #[test]
    fn error_shapes_with_their_traits() {
        assert!(detect(MODEL));
        let (rows, _) = read(MODEL);
        let read: Vec<Said<'_>> = rows
            .iter()
            .map(|r| {
                (
                    r.code.as_str(),
                    r.name.as_deref(),
                    r.http,
                    r.retry,
                    r.kind.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("InternalError", None, Some(500), Some(true), None),
                (
                    "LimitExceeded.Quota",
                    Some("LimitExceeded"),
                    Some(400),
                    None,
                    None
                ),
                (
                    "ThrottlingException",
                    None,
                    Some(429),
                    Some(true),
                    Some("resource_exhausted")
                ),
            ]
        );
        assert_eq!(rows[2].message, "Too many requests: wait & retry.");
        assert!(!detect(r#"{"shapes": {}}"#));
    }
}
