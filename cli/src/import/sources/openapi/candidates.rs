//! The enums of an OpenAPI or Swagger document that may be its error
//! codes, each with its JSON pointer:
//!
//! - the enum of a property `code`, `error_code`, `errorCode`, `type` or
//!   `reason` of a schema or response whose name says error (`ApiError`,
//!   `components/responses/NotFoundError`), or that an error response
//!   (`4XX`, `503`, `default`) refers to;
//! - a schema that is itself an enum and is named for errors
//!   (`ErrorCode`), or states `x-enum-varnames` / `x-enum-descriptions`
//!   (as `export --to openapi` writes).
//!
//! An enum is an `enum` array, or a `oneOf` / `anyOf` whose members each
//! state a `const`. Local `$ref`s are followed, each target once.

use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

/// The properties of an error schema that hold its code.
const CODE_PROPERTIES: [&str; 5] = ["code", "error_code", "errorCode", "type", "reason"];

/// An enum that may be the document's error codes.
#[derive(Clone)]
pub struct Candidate<'a> {
    /// Its JSON pointer (`/definitions/ErrorCode`).
    pub pointer: String,
    /// The enum's schema.
    pub schema: &'a Value,
    /// The descriptions around it (the property's, then the enum's): a
    /// Markdown list or table in them may give each code's text.
    pub descriptions: Vec<&'a str>,
}

impl Candidate<'_> {
    /// How many values the enum has.
    pub fn len(&self) -> usize {
        members(self.schema).map_or(0, <[Value]>::len)
    }
}

/// The enum's values or `oneOf` / `anyOf` members.
pub fn members(schema: &Value) -> Option<&[Value]> {
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return Some(values);
    }
    ["oneOf", "anyOf"].iter().find_map(|key| {
        let members = schema.get(*key)?.as_array()?;
        let constant = |m: &Value| {
            m.get("const").is_some()
                || m.get("enum").and_then(Value::as_array).map(Vec::len) == Some(1)
        };
        (!members.is_empty() && members.iter().all(constant)).then_some(members.as_slice())
    })
}

/// What the document holds: the candidates by pointer, and every enum
/// (pointer and size) for a report that finds none.
pub struct Found<'a> {
    pub candidates: BTreeMap<String, Candidate<'a>>,
    pub enums: BTreeMap<String, usize>,
}

/// Every candidate of `document`.
pub fn find(document: &Value) -> Found<'_> {
    let mut walk = Walk {
        root: document,
        found: Found {
            candidates: BTreeMap::new(),
            enums: BTreeMap::new(),
        },
        followed: HashSet::new(),
    };
    walk.visit(document, "", false);
    walk.found
}

/// The enum at `pointer` (`/definitions/X`, `#/definitions/X`), or the
/// enum a property there holds or refers to.
pub fn at<'a>(document: &'a Value, pointer: &str) -> Option<Candidate<'a>> {
    let pointer = pointer.trim().trim_start_matches('#');
    let node = document.pointer(pointer)?;
    let walk = Walk {
        root: document,
        found: Found {
            candidates: BTreeMap::new(),
            enums: BTreeMap::new(),
        },
        followed: HashSet::new(),
    };
    walk.enum_of(node, pointer.to_owned())
}

struct Walk<'a> {
    root: &'a Value,
    found: Found<'a>,
    /// The `$ref` targets visited as part of an error.
    followed: HashSet<String>,
}

impl<'a> Walk<'a> {
    fn visit(&mut self, value: &'a Value, pointer: &str, error: bool) {
        match value {
            Value::Object(object) => {
                if let Some(size) = members(value).map(<[Value]>::len) {
                    self.found.enums.insert(pointer.to_owned(), size);
                    let named = last_segment(pointer);
                    let stated = ["x-enum-varnames", "x-enum-descriptions", "x-enumNames"]
                        .iter()
                        .any(|key| object.contains_key(*key));
                    if stated || says_error(named) {
                        self.add(value, pointer.to_owned());
                    }
                }
                if error {
                    self.error_properties(value, pointer);
                    if let Some(target) = object.get("$ref").and_then(Value::as_str) {
                        self.follow(target);
                    }
                }
                let responses = last_segment(pointer) == "responses";
                for (key, child) in object {
                    let error = error || says_error(key) || responses && is_error_status(key);
                    self.visit(child, &format!("{pointer}/{}", escape(key)), error);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    self.visit(item, &format!("{pointer}/{index}"), error);
                }
            }
            _ => {}
        }
    }

    /// The code properties of a schema that is part of an error.
    fn error_properties(&mut self, schema: &'a Value, pointer: &str) {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            return;
        };
        for name in CODE_PROPERTIES {
            if let Some(property) = properties.get(name) {
                let at = format!("{pointer}/properties/{name}");
                if let Some(candidate) = self.enum_of(property, at) {
                    self.found
                        .candidates
                        .entry(candidate.pointer.clone())
                        .or_insert(candidate);
                }
            }
        }
    }

    /// Visits a `$ref`'s target as part of an error, once.
    fn follow(&mut self, target: &str) {
        let Some(pointer) = target.strip_prefix('#') else {
            return;
        };
        if self.followed.insert(pointer.to_owned()) {
            if let Some(node) = self.root.pointer(pointer) {
                self.visit(node, pointer, true);
            }
        }
    }

    /// The enum a schema is, or refers to (`$ref`, or an `allOf` of one
    /// `$ref` beside a description), with the descriptions on the way.
    fn enum_of(&self, schema: &'a Value, pointer: String) -> Option<Candidate<'a>> {
        let mut descriptions = Vec::new();
        let (mut schema, mut pointer) = (schema, pointer);
        // A chain of references, bounded (a cycle ends it).
        for _ in 0..8 {
            if let Some(text) = schema.get("description").and_then(Value::as_str) {
                descriptions.push(text);
            }
            if members(schema).is_some() {
                return Some(Candidate {
                    pointer,
                    schema,
                    descriptions,
                });
            }
            let reference = schema.get("$ref").or_else(|| {
                let all = schema.get("allOf")?.as_array()?;
                (all.len() == 1).then(|| all[0].get("$ref"))?
            });
            let target = reference?.as_str()?.strip_prefix('#')?;
            schema = self.root.pointer(target)?;
            target.clone_into(&mut pointer);
        }
        None
    }

    /// An enum schema that is a candidate by itself.
    fn add(&mut self, schema: &'a Value, pointer: String) {
        let descriptions = schema
            .get("description")
            .and_then(Value::as_str)
            .into_iter()
            .collect();
        self.found
            .candidates
            .entry(pointer.clone())
            .or_insert(Candidate {
                pointer,
                schema,
                descriptions,
            });
    }
}

/// The last segment of a JSON pointer, unescaped enough to read.
fn last_segment(pointer: &str) -> &str {
    pointer.rsplit('/').next().unwrap_or_default()
}

/// A key as a JSON pointer segment (RFC 6901).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Whether a name says error: `ApiError`, `error_code`, `ServiceFault`,
/// `NotFoundException`.
fn says_error(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["error", "fault", "exception", "failure"]
        .iter()
        .any(|word| lower.contains(word))
}

/// A response key for an error: `4XX`, `503`, `default`.
fn is_error_status(key: &str) -> bool {
    let bytes = key.as_bytes();
    key == "default" || bytes.len() == 3 && matches!(bytes[0], b'4' | b'5')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_error_responses_code_property_through_references() {
        let document = json!({
            "swagger": "2.0",
            "paths": {"/a": {"get": {"responses": {
                "403": {"schema": {"$ref": "#/definitions/Forbidden"}},
                "200": {"schema": {"$ref": "#/definitions/Ok"}}}}}},
            "definitions": {
                "Forbidden": {"properties": {"code": {"$ref": "#/definitions/AuthCode"}}},
                "AuthCode": {"type": "string", "enum": ["denied", "expired"]},
                "Ok": {"properties": {"type": {"$ref": "#/definitions/Kind"}}},
                "Kind": {"type": "string", "enum": ["a", "b", "c"]},
                "ErrorCode": {"type": "string", "enum": ["x", "y", "z", "w"]}
            }
        });
        let found = find(&document);
        let pointers: Vec<&str> = found.candidates.keys().map(String::as_str).collect();
        assert_eq!(
            pointers,
            ["/definitions/AuthCode", "/definitions/ErrorCode"]
        );
        assert_eq!(found.enums.len(), 3);
        assert_eq!(found.candidates["/definitions/ErrorCode"].len(), 4);
        assert!(at(&document, "#/definitions/Kind").is_some());
        assert!(at(&document, "/definitions/Ok/properties/type").is_some());
        assert!(at(&document, "/definitions/Ok").is_none());
    }

    #[test]
    fn inline_enums_and_const_members() {
        let document = json!({
            "openapi": "3.1.0",
            "components": {"schemas": {
                "ApiError": {"properties": {"reason": {
                    "description": "Why.",
                    "oneOf": [{"const": "busy", "title": "Busy"}, {"const": "gone"}]}}},
                "Codes": {"type": "integer", "enum": [1, 2], "x-enum-varnames": ["A", "B"]}
            }}
        });
        let found = find(&document);
        let reason = &found.candidates["/components/schemas/ApiError/properties/reason"];
        assert_eq!(
            (reason.len(), reason.descriptions.clone()),
            (2, vec!["Why."])
        );
        assert!(found.candidates.contains_key("/components/schemas/Codes"));
    }
}
