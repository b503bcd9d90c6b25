//! `--to openapi`: the codes as an OpenAPI 3.1 schema,
//! `components.schemas.NAME`: `type` (`integer` or `string`), `enum` (the
//! codes in table order), `x-enum-varnames` (the variants, as
//! openapi-generator names its constants) and `x-enum-descriptions` (the
//! messages). `codetables import` reads it back.

use serde_json::{json, Value};

use codetables_reader::model::CodeKey;
use codetables_reader::Table;

/// The OpenAPI document, pretty-printed JSON with a final newline.
pub fn document(table: &Table, name: &str) -> String {
    let codes: Vec<Value> = table
        .codes
        .iter()
        .map(|row| match &row.code {
            CodeKey::Int(code) => json!(code),
            CodeKey::Text(code) => json!(code),
        })
        .collect();
    let variants: Vec<&str> = table.codes.iter().map(|r| r.variant.as_str()).collect();
    let messages: Vec<&str> = table.codes.iter().map(|r| r.message.as_str()).collect();
    let kind = if table.code_type.is_text() {
        "string"
    } else {
        "integer"
    };
    let document = json!({
        "openapi": "3.1.0",
        "info": {
            "title": name,
            "version": "1",
            "description": format!("The codes of {name}, exported by codetables."),
        },
        "paths": {},
        "components": {"schemas": {name: {
            "type": kind,
            "enum": codes,
            "x-enum-varnames": variants,
            "x-enum-descriptions": messages,
        }}},
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}
