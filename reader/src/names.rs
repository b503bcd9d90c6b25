//! Identifiers in any script: variant names from the `variant`, `name` or
//! `message` column, category variants, the methods of declared columns, the
//! checked macro's name.
//!
//! The rule (documented in the README, "Variant names"):
//! 1. The text is read in Unicode compatibility form (NFKC), so full-width
//!    `Ａ１` are `A1` and half-width `ｶ` is `カ`; ASCII text is unchanged.
//! 2. ASCII text is converted by `heck` (`CONN_TOKEN_INVALID` →
//!    `ConnTokenInvalid`), exactly as it always was.
//! 3. Other text is split into words at every character that cannot be part
//!    of an identifier (spaces, punctuation of any width, emoji) and where
//!    a cased script meets a caseless one (`的access`); each word starts with
//!    a capital where its script has one (`ÉchecÜberÅngström`,
//!    `未找到请求的资源`), and marks inside words are kept (`त्रुटि`).
//! 4. A message whose variant would not be ASCII keeps only its first clause
//!    (the text before the first `，。；：！？`, bracket, or `. `) when it has
//!    more, unless another row's first clause is the same: then the whole
//!    message (see [`Derived::whole`]).

mod case;
mod substitute;

pub use case::{code_camel, snake_case, strip_placeholders, upper_camel};
pub use substitute::{code_suffix, plain_variant, variant_with_code};

use unicode_normalization::UnicodeNormalization;

use case::{first_clause, is_xid_continue};

use crate::lints;
use crate::reserved;

/// Where a row's variant name came from, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The `variant` column, verbatim.
    Variant,
    /// The UpperCamelCase form of the `name` column.
    Name,
    /// The UpperCamelCase form of the message.
    Message,
    /// The UpperCamelCase form of a text code.
    Code,
}

/// A row's variant name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    /// The variant identifier (NFC).
    pub variant: String,
    /// Where it came from.
    pub origin: Origin,
    /// For a variant made from the first clause of a longer non-ASCII
    /// message: the variant of the whole message, used instead when another
    /// row makes the same first-clause variant.
    pub whole: Option<String>,
}

/// The variant name of a row of a table of text codes: the `variant`
/// column, else the UpperCamelCase form of the `name` column, else of the
/// code ([`code_camel`]).
///
/// # Errors
/// Why no identifier can be made, and what to write in the `variant` column.
pub fn text_code_variant(
    variant: Option<&str>,
    name: Option<&str>,
    code: &str,
) -> Result<Derived, Unusable> {
    if variant.is_some() || name.is_some() {
        return self::variant(variant, name, "");
    }
    let derived = code_camel(code);
    match camel_problem(&derived) {
        None => Ok(Derived {
            variant: derived,
            origin: Origin::Code,
            whole: None,
        }),
        Some(problem) => Err(problem.unusable(&format!("code `{code}`"), &derived)),
    }
}

/// Why no variant can be made from a row: the message, and the variant it
/// suggests where one is close to the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unusable {
    /// What is wrong, and what to write in the `variant` column.
    pub message: String,
    /// The identifier the message suggests, if any.
    pub suggestion: Option<String>,
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Why a text cannot be an identifier, and a valid one close to it.
struct Problem {
    what: String,
    suggestion: Option<String>,
}

impl Problem {
    /// The error of a row whose text (`source`: ``message `…` ``, ``code
    /// `…` ``) makes the variant `derived`, which has this problem.
    fn unusable(self, source: &str, derived: &str) -> Unusable {
        let fix = match &self.suggestion {
            Some(s) => format!("give the row a `variant`, such as `{s}`"),
            None => "give the row a `variant` (an UpperCamelCase identifier)".to_owned(),
        };
        let message = if derived.is_empty() {
            format!("{source} has no letters or digits to make a variant name from; {fix}")
        } else {
            format!(
                "{source} makes the variant `{derived}`, which {}; {fix}",
                self.what
            )
        };
        Unusable {
            message,
            suggestion: self.suggestion,
        }
    }
}

/// The variant name of a row: the `variant` column, else the UpperCamelCase
/// form of the `name` column, else of the message (without `%s`/`{}`
/// placeholders; see the module documentation for the rule).
///
/// # Errors
/// Why no identifier can be made, and what to write in the `variant` column.
pub fn variant(
    variant: Option<&str>,
    name: Option<&str>,
    message: &str,
) -> Result<Derived, Unusable> {
    if let Some(variant) = variant {
        let variant: String = variant.nfc().collect();
        return match camel_problem(&variant) {
            None => Ok(Derived {
                variant,
                origin: Origin::Variant,
                whole: None,
            }),
            Some(problem) => Err(Unusable {
                message: format!(
                    "variant `{variant}` {}{}",
                    problem.what,
                    problem
                        .suggestion
                        .as_ref()
                        .map(|s| format!("; write it like `{s}`"))
                        .unwrap_or_default()
                ),
                suggestion: problem.suggestion,
            }),
        };
    }
    let (what, origin, whole, clause) = match name {
        Some(name) => (
            format!("name `{name}`"),
            Origin::Name,
            upper_camel(name),
            None,
        ),
        None if message.is_empty() => {
            return Err(Unusable {
                message: "the row has no name and an empty message, so there is nothing to \
                          derive its variant from; fill in the `name` or the `variant` column"
                    .to_owned(),
                suggestion: None,
            })
        }
        None => {
            let text = strip_placeholders(message);
            let whole = upper_camel(&text);
            let clause = if whole.is_ascii() {
                None
            } else {
                first_clause(&text).filter(|clause| *clause != whole)
            };
            (
                format!("message `{message}`"),
                Origin::Message,
                whole,
                clause,
            )
        }
    };
    let whole_problem = camel_problem(&whole);
    match (clause, whole_problem) {
        (Some(clause), whole_problem) if camel_problem(&clause).is_none() => Ok(Derived {
            variant: clause,
            origin,
            whole: whole_problem.is_none().then_some(whole),
        }),
        (_, None) => Ok(Derived {
            variant: whole,
            origin,
            whole: None,
        }),
        (_, Some(problem)) => Err(problem.unusable(&what, &whole)),
    }
}

/// Why `text` cannot be a variant (or type) name that rustc accepts without
/// a warning, if it cannot: an identifier (not a keyword) that does not
/// start with a lower-case letter, has no `_`, and has no character that
/// rustc's `uncommon_codepoints` lint warns about.
fn camel_problem(text: &str) -> Option<Problem> {
    let Some(first) = text.chars().next() else {
        return Some(Problem {
            what: "is empty".to_owned(),
            suggestion: None,
        });
    };
    let uncommon = lints::uncommon_chars(text);
    let (what, suggestion) = if !uncommon.is_empty() {
        // Full-width or compatibility forms have a plain form (NFKC);
        // characters of restricted scripts can only be left out.
        let plain = upper_camel(text);
        let kept = if lints::uncommon_chars(&plain).is_empty() {
            plain
        } else {
            text.chars().filter(|c| !uncommon.contains(c)).collect()
        };
        (
            format!(
                "has {}, which rustc warns about in identifiers (`uncommon_codepoints`)",
                lints::describe_chars(&uncommon)
            ),
            kept,
        )
    } else if first.is_ascii_digit() {
        ("starts with a digit".to_owned(), format!("Code{text}"))
    } else if first.is_lowercase() || text.contains('_') {
        (
            "is not an UpperCamelCase identifier".to_owned(),
            upper_camel(text),
        )
    } else if !is_identifier(text) {
        if is_identifier(&text.to_lowercase()) || text == "Self" {
            ("is a Rust keyword".to_owned(), format!("{text}Code"))
        } else {
            (
                "is not a Rust identifier".to_owned(),
                upper_camel(
                    &text
                        .chars()
                        .filter(|c| is_xid_continue(*c))
                        .collect::<String>(),
                ),
            )
        }
    } else {
        return None;
    };
    let suggestion = Some(suggestion)
        .filter(|s| s != text)
        .filter(|s| is_camel_identifier(s));
    Some(Problem { what, suggestion })
}

/// Why `text` is not a snake_case identifier rustc accepts without a warning
/// as a method name (`is_用户管理`), if it is not.
#[must_use]
pub fn snake_problem(text: &str) -> Option<String> {
    let Some(first) = text.chars().next() else {
        return Some("it is empty".to_owned());
    };
    let uncommon = lints::uncommon_chars(text);
    if !uncommon.is_empty() {
        Some(format!(
            "it has {}, which rustc warns about in identifiers",
            lints::describe_chars(&uncommon)
        ))
    } else if !unicode_ident::is_xid_start(first) {
        Some(format!("it starts with `{first}`, not a letter"))
    } else if text.contains(char::is_whitespace) {
        Some("it has spaces".to_owned())
    } else if let Some(c) = text.chars().find(|c| !is_xid_continue(*c)) {
        Some(format!("`{c}` cannot be part of an identifier"))
    } else if text.chars().any(char::is_uppercase) {
        Some("it has upper-case letters".to_owned())
    } else if text.contains("__") || text.ends_with('_') {
        Some("it has `__` or ends with `_`".to_owned())
    } else if !text.nfc().eq(text.chars()) {
        Some("it is not in Unicode normal form C".to_owned())
    } else {
        None
    }
}

/// Why `name` cannot be a declared column (a `name()` method), if it cannot.
/// (A clash with a category's `is_<category>()` is checked with the table.)
#[must_use]
pub fn own_column_problem(name: &str) -> Option<String> {
    if let Some(problem) = snake_problem(name) {
        return Some(format!(
            "a declared column becomes a method, so its name must be snake_case: {problem}"
        ));
    }
    if crate::model::Column::is_standard(name) {
        return Some(format!(
            "`{name}` is a standard column, read without declaring it"
        ));
    }
    if reserved::is_method(name) {
        return Some(format!(
            "every code enum already has a `{name}` method; name the column otherwise \
             (rename it in the table's header too)"
        ));
    }
    if !is_identifier(name) {
        return Some(format!(
            "`{name}` is a Rust keyword; name the column otherwise (rename it in the table's \
             header too)"
        ));
    }
    None
}

/// Whether `text` is a Rust identifier: XID characters (or `_`), not `_`
/// alone, not a keyword, not raw.
#[must_use]
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|first| first == '_' || unicode_ident::is_xid_start(first))
        && chars.all(unicode_ident::is_xid_continue)
        && text != "_"
        && !KEYWORDS.contains(&text)
}

/// The words no identifier can be, in every edition: strict, reserved and
/// weak-in-name-position keywords (the list `syn` refuses as an `Ident`, plus
/// `gen`, reserved in edition 2024, so a table still compiles when its user
/// moves edition).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether `text` is an identifier that rustc accepts as a type or variant
/// name without a warning: not starting with a lower-case letter, no `_`, no
/// character that `uncommon_codepoints` warns about.
#[must_use]
pub fn is_camel_identifier(text: &str) -> bool {
    camel_problem(text).is_none()
}

/// The variant of the category enum for a snake_case category name.
#[must_use]
pub fn category_variant(category: &str) -> String {
    upper_camel(category)
}

/// The checked constructor macro's name: the enum's name in snake_case,
/// with a trailing `_` where that is a keyword (`Crate` → `crate_!`).
#[must_use]
pub fn macro_name(enum_name: &str) -> String {
    let snake = snake_case(enum_name.trim_start_matches("r#"));
    if is_identifier(&snake) {
        snake
    } else {
        format!("{snake}_")
    }
}

#[cfg(test)]
mod tests;
