//! A structured document, JSON or YAML, as one JSON value: the sources
//! that accept both (OpenAPI, Swagger) read it once and walk one tree.
//!
//! YAML is read by `yaml-rust2`: YAML 1.2, whose core schema keeps `NO`,
//! `on` and `y` as text (a YAML 1.1 reader turns an enum of country or
//! status codes into booleans), in pure Rust with three small
//! dependencies. `serde_yaml` is archived; its forks `serde_yaml_ng` and
//! `serde_norway` carry `unsafe-libyaml` (C translated to unsafe Rust) and
//! a serde layer this importer does not need; `saphyr` is the same
//! maintainers' next version with more dependencies.

use serde_json::{Map, Number, Value};
use yaml_rust2::{Yaml, YamlLoader};

/// Deeper than this, a YAML node is read as null (a JSON reader stops at
/// 128 levels; no specification nests that deep).
const DEEPEST: usize = 256;

/// `text` as a JSON value: JSON where it is JSON, else its first YAML
/// document; `None` where it is neither.
pub fn parse(text: &str) -> Option<Value> {
    let trimmed = text.trim_start();
    if trimmed.starts_with(['{', '[']) {
        if let Ok(value) = serde_json::from_str(trimmed) {
            return Some(value);
        }
    }
    let documents = YamlLoader::load_from_str(text).ok()?;
    documents.first().map(|yaml| value_of(yaml, 0))
}

/// A YAML node as a JSON value. Keys that are numbers or booleans become
/// their text (`200:` in a responses map); an alias the reader could not
/// resolve is null.
fn value_of(yaml: &Yaml, depth: usize) -> Value {
    if depth > DEEPEST {
        return Value::Null;
    }
    match yaml {
        Yaml::Real(text) => text
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map_or_else(|| Value::String(text.clone()), Value::Number),
        Yaml::Integer(number) => Value::Number((*number).into()),
        Yaml::String(text) => Value::String(text.clone()),
        Yaml::Boolean(flag) => Value::Bool(*flag),
        Yaml::Array(items) => Value::Array(items.iter().map(|i| value_of(i, depth + 1)).collect()),
        Yaml::Hash(entries) => {
            let mut object = Map::new();
            for (key, value) in entries {
                if let Some(key) = key_of(key) {
                    object.insert(key, value_of(value, depth + 1));
                }
            }
            Value::Object(object)
        }
        Yaml::Alias(_) | Yaml::Null | Yaml::BadValue => Value::Null,
    }
}

/// A mapping key as text.
fn key_of(yaml: &Yaml) -> Option<String> {
    match yaml {
        Yaml::String(text) | Yaml::Real(text) => Some(text.clone()),
        Yaml::Integer(number) => Some(number.to_string()),
        Yaml::Boolean(flag) => Some(flag.to_string()),
        Yaml::Null => Some("null".to_owned()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_yaml_give_the_same_value() {
        let json = parse(r#"{"a": [1, "NO", true], "200": {"b": null}}"#).unwrap();
        let yaml = parse("a:\n  - 1\n  - NO\n  - true\n200:\n  b: ~\n").unwrap();
        assert_eq!(json, yaml);
    }

    #[test]
    fn anchors_resolve_and_reals_stay_numbers() {
        let yaml = parse("base: &b {code: 1.5}\nother: *b\n").unwrap();
        assert_eq!(yaml["other"]["code"], serde_json::json!(1.5));
    }

    #[test]
    fn neither_is_none() {
        assert_eq!(parse("a: [unclosed"), None);
        assert_eq!(parse(""), None);
    }
}
