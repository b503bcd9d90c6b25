//! Enums in source form: protobuf (`NOT_FOUND = 5;`), and the C, Java or
//! TypeScript enums that vendors publish the same way (`NOT_FOUND = 5,`),
//! with text values too (TypeScript's `NotFound = "NotFound",`, Go's typed
//! constants `StatusReasonNotFound StatusReason = "NotFound"` in a
//! `const (…)` block, TypeScript's `as const` objects: `export const
//! ErrorCode = { CardDeclined: 'card_declined', … }`).
//! The comment above a value (its `//` or `/* */` paragraphs) is the
//! message, the value's name is the name; `HTTP Mapping: 404 Not Found` in
//! it gives the HTTP status, `[deprecated = true]` a deprecation. With
//! several enums in the file, each one's name is its values' category.

use heck::ToSnakeCase;

use super::Row;

/// Whether `page` has an enum value line.
pub fn looks_like_source(page: &str) -> bool {
    let lines = || page.lines().map(str::trim);
    lines().any(|line| value(line, Separator::Equals).is_some())
        && (page.contains("enum ") || page.contains("const ("))
        || lines().any(|line| object_start(line).is_some())
            && lines().any(|line| value(line, Separator::Colon).is_some())
}

/// What stands between a value's name and its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    /// An enum or a constant: `NOT_FOUND = 5`.
    Equals,
    /// A property of an object literal: `NotFound: 'not_found'`.
    Colon,
}

/// The values of every enum in `page`.
pub fn rows(page: &str) -> Vec<Row> {
    let enums = enums(page);
    let several = enums.len() > 1;
    enums
        .into_iter()
        .flat_map(|(name, rows)| {
            let category = several
                .then(|| name.to_snake_case())
                .and_then(|c| super::sections::category(&c));
            rows.into_iter().map(move |mut row| {
                row.category.clone_from(&category);
                row
            })
        })
        .collect()
}

fn enums(page: &str) -> Vec<(String, Vec<Row>)> {
    let mut enums = Vec::new();
    let mut current: Option<(String, Vec<Row>)> = None;
    let mut separator = Separator::Equals;
    let mut comment: Vec<String> = Vec::new();
    let mut in_block_comment = false;
    for (index, raw) in page.lines().enumerate() {
        let line = raw.trim();
        let block = if in_block_comment {
            Some(line)
        } else {
            line.strip_prefix("/*")
        };
        if let Some(text) = block {
            let (text, closed) = match text.split_once("*/") {
                Some((text, _)) => (text, true),
                None => (text, false),
            };
            comment.push(text.trim_start_matches('*').trim().to_owned());
            in_block_comment = !closed;
            continue;
        }
        if let Some(text) = line.strip_prefix("//") {
            comment.push(text.trim_start_matches('/').trim().to_owned());
            continue;
        }
        let start = enum_start(line)
            .map(|name| (name, Separator::Equals))
            .or_else(|| object_start(line).map(|name| (name, Separator::Colon)));
        if let Some((name, separated_by)) = start {
            if let Some(done) = current.take() {
                enums.push(done);
            }
            current = Some((name, Vec::new()));
            separator = separated_by;
            comment.clear();
            continue;
        }
        if line.starts_with('}') || line.starts_with(')') {
            if let Some(done) = current.take() {
                enums.push(done);
            }
            comment.clear();
            continue;
        }
        let Some((name, code, trailing, deprecated)) = value(line, separator) else {
            if line.is_empty() {
                // A blank line ends what a comment was about.
                comment.clear();
            } else {
                comment.clear();
            }
            continue;
        };
        let Some((_, rows)) = current.as_mut() else {
            comment.clear();
            continue;
        };
        let mut paragraphs = paragraphs(&comment);
        if paragraphs.is_empty() {
            paragraphs.extend(trailing);
        }
        let mut http = paragraphs.iter().find_map(|p| http_mapping(p));
        // The mapping became the `http` column (a bare `HTTP Mapping:`
        // says nothing): it is not part of the message.
        paragraphs.retain(|p| !p.starts_with(HTTP_MAPPING));
        // Kubernetes' Go comments end with `Status code 404`.
        for paragraph in &mut paragraphs {
            if let Some((before, status)) = paragraph.rsplit_once(STATUS_CODE) {
                if let Some(status) = super::roles::leading_status(status.trim()) {
                    http = http.or(Some(status));
                    *paragraph = before.trim_end().to_owned();
                }
            }
        }
        paragraphs.retain(|p| !p.is_empty());
        rows.push(Row {
            code,
            message: paragraphs.join("\n\n"),
            name: Some(name),
            http,
            deprecated: deprecated.then(|| "deprecated in the vendor's definition".to_owned()),
            line: index + 1,
            ..Row::default()
        });
        comment.clear();
    }
    if let Some(done) = current.take() {
        enums.push(done);
    }
    enums.retain(|(_, rows)| !rows.is_empty());
    enums
}

/// `enum Code {`, `export enum ErrorCode {`, `public enum Status {`, and
/// Go's `const (` (named by the type of its constants, where they have one).
fn enum_start(line: &str) -> Option<String> {
    if line == "const (" {
        return Some(String::new());
    }
    let at = line.find("enum ")?;
    if at > 0 && !line[..at].ends_with(' ') {
        return None;
    }
    let rest = line[at + 5..].trim_start();
    let rest = rest.strip_prefix("class ").unwrap_or(rest);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// `export const ErrorCode = {` (and `const`, `let`, `var`): an object
/// literal of constants, named by its variable.
fn object_start(line: &str) -> Option<String> {
    let line = line.strip_prefix("export ").unwrap_or(line);
    let rest = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| line.strip_prefix(keyword))?;
    let (name, value) = rest.split_once('=')?;
    // `const ErrorCode: Record<string, string> = {`: the type is no name.
    let name = name.split(':').next().unwrap_or_default().trim();
    let is_identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    (is_identifier && value.trim() == "{").then(|| name.to_owned())
}

/// `NAME = 5;`, `NAME = -1, // text`, `NAME = 3 [deprecated = true];`,
/// `NotFound = "NotFound",`, `StatusReasonNotFound StatusReason =
/// "NotFound"`, and in an object literal `NotFound: 'not_found',`: the
/// name, the code (a number, or the text of a string in either quotes), a
/// trailing comment and whether it is deprecated.
fn value(line: &str, separator: Separator) -> Option<(String, String, Option<String>, bool)> {
    let (declared, rest) = match separator {
        Separator::Equals => line.split_once('=')?,
        Separator::Colon => line.split_once(':')?,
    };
    // An object's keys may be quoted: `'not_found': …`.
    let declared = declared.trim().trim_matches(['"', '\'']);
    let is_identifier = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    // Go writes the constant's type after its name.
    let mut words = declared.split_whitespace();
    let name = words.next()?;
    let typed = words.next();
    if !is_identifier(name) || !typed.is_none_or(is_identifier) || words.next().is_some() {
        return None;
    }
    let rest = rest.trim_start();
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''));
    let (code, after) = if let Some(quote) = quote {
        let (text, after) = rest[1..].split_once(quote)?;
        if text.is_empty() || text.contains('\\') {
            return None;
        }
        (text.to_owned(), after)
    } else {
        let number_end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(rest.len());
        let code = super::cells::one(&rest[..number_end])?;
        (code.to_string(), &rest[number_end..])
    };
    let after = after.trim_start();
    let (options, after) = match after.strip_prefix('[') {
        Some(options) => options.split_once(']').unwrap_or((options, "")),
        None => ("", after),
    };
    let after = after.trim_start();
    let after = after
        .strip_prefix([';', ','])
        .or_else(|| after.is_empty().then_some(after))?;
    let trailing = after
        .trim()
        .strip_prefix("//")
        .map(|c| c.trim_start_matches('/').trim().to_owned())
        .filter(|c| !c.is_empty());
    let deprecated = options.replace(' ', "").contains("deprecated=true");
    Some((name.to_owned(), code, trailing, deprecated))
}

/// Comment lines as paragraphs: lines joined by spaces, blank lines apart.
fn paragraphs(lines: &[String]) -> Vec<String> {
    lines
        .split(String::is_empty)
        .map(|p| p.join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// How a proto comment states a code's HTTP status.
const HTTP_MAPPING: &str = "HTTP Mapping:";

/// How a Go comment ends with a code's HTTP status.
const STATUS_CODE: &str = "Status code ";

/// `HTTP Mapping: 404 Not Found` → 404.
fn http_mapping(paragraph: &str) -> Option<u16> {
    let rest = paragraph.strip_prefix(HTTP_MAPPING)?;
    super::roles::leading_status(rest.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    type Summary<'a> = (&'a str, Option<&'a str>, &'a str, Option<u16>, bool);

    #[test]
    fn protobuf_enum_with_comment_paragraphs() {
        let page = "syntax = \"proto3\";\n\n// The codes.\nenum Code {\n  // Not an error; returned on success.\n  //\n  // HTTP Mapping: 200 OK\n  OK = 0;\n\n\
                    \x20 // Some requested entity (e.g., file or directory) was not\n  // found.\n  NOT_FOUND = 5;\n  LEGACY = 6 [deprecated = true]; // Old.\n  // Gone.\n  //\n  // HTTP Mapping:\n  GONE = 7;\n}\n";
        assert!(looks_like_source(page));
        let rows = rows(page);
        let summary: Vec<Summary> = rows
            .iter()
            .map(|r| {
                (
                    r.code.as_str(),
                    r.name.as_deref(),
                    r.message.as_str(),
                    r.http,
                    r.deprecated.is_some(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "0",
                    Some("OK"),
                    "Not an error; returned on success.",
                    Some(200),
                    false
                ),
                (
                    "5",
                    Some("NOT_FOUND"),
                    "Some requested entity (e.g., file or directory) was not found.",
                    None,
                    false
                ),
                ("6", Some("LEGACY"), "Old.", None, true),
                ("7", Some("GONE"), "Gone.", None, false),
            ]
        );
        assert_eq!(rows[0].category, None);
    }

    #[test]
    fn string_constants_of_typescript_and_go() {
        let page = "export enum StatusReason {\n  /** The resource was not found. */\n  NotFound = \"NotFound\",\n  // It exists already.\n  AlreadyExists = \"AlreadyExists\",\n}\n";
        assert!(looks_like_source(page));
        let found = rows(page);
        let codes: Vec<(&str, Option<&str>, &str)> = found
            .iter()
            .map(|r| (r.code.as_str(), r.name.as_deref(), r.message.as_str()))
            .collect();
        assert_eq!(
            codes,
            [
                ("NotFound", Some("NotFound"), "The resource was not found."),
                ("AlreadyExists", Some("AlreadyExists"), "It exists already."),
            ]
        );
        let go = "const (\n\t// Gone.\n\t// Status code 410\n\tStatusReasonGone StatusReason = \"Gone\"\n)\n";
        let found = rows(go);
        assert_eq!(found[0].code, "Gone");
        assert_eq!(found[0].http, Some(410));
        assert_eq!(found[0].message, "Gone.");
    }

    #[test]
    fn typescript_objects_of_constants() {
        let page = "export const ErrorCode = {\n  /** Declined. */\n  CardDeclined: 'card_declined',\n  'expired_card': \"expired_card\", // Expired.\n  Retries: 3,\n} as const;\n";
        assert!(looks_like_source(page));
        let found: Vec<(String, Option<String>, String)> = rows(page)
            .into_iter()
            .map(|r| (r.code, r.name, r.message))
            .collect();
        let row = |code: &str, name: &str, message: &str| {
            (code.to_owned(), Some(name.to_owned()), message.to_owned())
        };
        assert_eq!(
            found,
            [
                row("card_declined", "CardDeclined", "Declined."),
                row("expired_card", "expired_card", "Expired."),
                row("3", "Retries", ""),
            ]
        );
        // `key: value` lines outside an object of constants are no source.
        assert!(!looks_like_source("Note: 1,\ncode: 'x',\n"));
        assert!(!looks_like_source("const answer = 42;\nkey: 'x',\n"));
    }

    #[test]
    fn several_source_enums_are_categories() {
        let page = "export enum AuthError {\n  /** Token expired. */\n  TOKEN_EXPIRED = -1001,\n}\npublic enum PayError {\n  NO_FUNDS = 2001, // Not enough funds\n}\n";
        let rows = rows(page);
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (
                rows[0].code.as_str(),
                rows[0].message.as_str(),
                rows[0].category.as_deref()
            ),
            ("-1001", "Token expired.", Some("auth"))
        );
        assert_eq!(
            (rows[1].message.as_str(), rows[1].category.as_deref()),
            ("Not enough funds", Some("pay"))
        );
        assert!(!looks_like_source("a = 1;\nb = 2;"));
    }
}
