//! The typed fields besides the code: `http`, `kind`, `retry`, `category`.

use codetables_core::Kind;

use crate::names;

/// Parses an `http` field: a status from 100 to 599.
///
/// # Errors
/// A message quoting the field.
pub fn parse_http(text: &str) -> Result<u16, String> {
    match text.parse::<u16>() {
        Ok(status @ 100..=599) => Ok(status),
        _ => Err(format!(
            "bad http status `{text}`; write a status from 100 to 599, such as `404`"
        )),
    }
}

/// Parses a `kind` field: one of [`Kind`]'s snake_case names.
///
/// # Errors
/// A message quoting the field and listing the kinds.
pub fn parse_kind(text: &str) -> Result<Kind, String> {
    Kind::from_snake_name(text).ok_or_else(|| {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.snake_name()).collect();
        let hint = Kind::ALL
            .into_iter()
            .find(|k| {
                let loose = |s: &str| s.replace(['_', '-', ' '], "").to_ascii_lowercase();
                loose(k.snake_name()) == loose(text)
            })
            .map(|k| format!(" (did you mean `{}`?)", k.snake_name()))
            .unwrap_or_default();
        format!(
            "unknown kind `{text}`{hint}; expected one of: {}",
            names.join(", ")
        )
    })
}

/// Parses a `retry` field: `true` or `false`.
///
/// # Errors
/// A message quoting the field.
pub fn parse_retry(text: &str) -> Result<bool, String> {
    match text {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(format!("bad retry value `{text}`; write `true` or `false`")),
    }
}

/// Checks a `category` field: a snake_case identifier in any script
/// (`model_evaluation`, `用户管理`), which becomes `is_<category>()`.
///
/// # Errors
/// A message quoting the field and suggesting the snake_case form.
pub fn parse_category(text: &str) -> Result<String, String> {
    match names::snake_problem(text) {
        None => Ok(text.to_owned()),
        Some(problem) => {
            let suggestion = names::snake_case(text);
            let hint = if names::snake_problem(&suggestion).is_none() {
                format!("; write it `{suggestion}`")
            } else {
                String::new()
            };
            Err(format!(
                "bad category `{text}`: {problem}; a category is snake_case (lower-case \
                 letters of any script, digits and `_`, starting with a letter){hint}"
            ))
        }
    }
}
