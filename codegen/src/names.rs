//! Identifiers: variant names from the `variant`, `name` or `message` column,
//! category variants, the checked macro's name. Case conversion is `heck`'s.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Where a row's variant name came from, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The `variant` column, verbatim.
    Variant,
    /// The UpperCamelCase form of the `name` column.
    Name,
    /// The UpperCamelCase form of the message.
    Message,
}

/// The variant name of a row: the `variant` column, else the UpperCamelCase
/// form of the `name` column, else of the message (without `%s`/`{}`
/// placeholders).
///
/// # Errors
/// Why no identifier can be made, and what to write in the `variant` column.
pub fn variant(
    variant: Option<&str>,
    name: Option<&str>,
    message: &str,
) -> Result<(String, Origin), String> {
    if let Some(variant) = variant {
        return if is_camel_identifier(variant) {
            Ok((variant.to_owned(), Origin::Variant))
        } else {
            Err(format!(
                "variant `{variant}` is not an UpperCamelCase Rust identifier{}",
                suggestion(&variant.to_upper_camel_case())
                    .map(|s| format!("; write it like `{s}`"))
                    .unwrap_or_default()
            ))
        };
    }
    let (source, origin, camel) = match name {
        Some(name) => (name, Origin::Name, name.to_upper_camel_case()),
        None => (
            message,
            Origin::Message,
            strip_placeholders(message).to_upper_camel_case(),
        ),
    };
    if is_camel_identifier(&camel) {
        return Ok((camel, origin));
    }
    let what = match origin {
        Origin::Name => format!("name `{source}`"),
        _ if message.is_empty() => {
            return Err(
                "the row has no name and an empty message, so there is nothing to \
                 derive its variant from; fill in the `name` or the `variant` column"
                    .to_owned(),
            )
        }
        _ => format!("message `{source}`"),
    };
    let fix = match suggestion(&camel) {
        Some(s) => format!("give the row a `variant`, such as `{s}`"),
        None => "give the row a `variant` (an ASCII UpperCamelCase identifier)".to_owned(),
    };
    Err(if camel.is_empty() {
        format!("{what} has no letters or digits to make a variant name from; {fix}")
    } else if !camel.is_ascii() {
        format!(
            "{what} makes the variant `{camel}`, which is not ASCII (rustc warns about \
             non-ASCII identifiers); {fix}"
        )
    } else {
        format!("{what} does not make a Rust identifier (`{camel}`); {fix}")
    })
}

/// A valid variant close to `camel`, if there is an obvious one.
fn suggestion(camel: &str) -> Option<String> {
    let candidate = if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Code{camel}")
    } else if is_identifier(camel) || camel.is_empty() {
        camel.to_owned()
    } else {
        // A keyword such as `Self`.
        format!("{camel}Code")
    };
    is_camel_identifier(&candidate).then_some(candidate)
}

/// Whether `text` is a plain ASCII Rust identifier: not a keyword, not raw.
/// (Non-ASCII identifiers trip the `uncommon_codepoints` and confusables
/// lints in the user's crate, so they are not generated.)
#[must_use]
pub fn is_identifier(text: &str) -> bool {
    text.is_ascii() && !text.starts_with("r#") && syn::parse_str::<syn::Ident>(text).is_ok()
}

/// Whether `text` is an identifier that rustc's `non_camel_case_types` lint
/// accepts as a type or variant name: an upper-case first letter, no `_`.
#[must_use]
pub fn is_camel_identifier(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_uppercase()) && !text.contains('_') && is_identifier(text)
}

/// The variant of the category enum for a snake_case category name.
#[must_use]
pub fn category_variant(category: &str) -> String {
    category.to_upper_camel_case()
}

/// The checked constructor macro's name: the enum's name in snake_case,
/// with a trailing `_` where that is a keyword (`Crate` → `crate_!`).
#[must_use]
pub fn macro_name(enum_name: &str) -> String {
    let snake = enum_name.trim_start_matches("r#").to_snake_case();
    if is_identifier(&snake) {
        snake
    } else {
        format!("{snake}_")
    }
}

/// The message without printf (`%s`, `%05d`) and brace (`{}`, `{name}`)
/// placeholders, which would otherwise leave stray letters in a name.
#[must_use]
pub fn strip_placeholders(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '%' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '-') =>
            {
                while chars
                    .next_if(|n| n.is_ascii_digit() || matches!(n, '-' | '.' | '+'))
                    .is_some()
                {}
                chars.next_if(char::is_ascii_alphabetic);
                out.push(' ');
            }
            '{' => {
                let rest: String = chars
                    .clone()
                    .take_while(|&n| n != '}' && n != '{')
                    .collect();
                if chars.clone().nth(rest.chars().count()) == Some('}') {
                    chars.nth(rest.chars().count());
                    out.push(' ');
                } else {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn derived(name: Option<&str>, message: &str) -> Result<String, String> {
        variant(None, name, message).map(|(v, _)| v)
    }

    #[test]
    fn names_become_upper_camel_case() {
        let cases = [
            ("CONN_TOKEN_INVALID", "ConnTokenInvalid"),
            (
                "MODEL_TRAINING_ONE_VS_N_SINGLE_CLASS",
                "ModelTrainingOneVsNSingleClass",
            ),
            ("SUCCESS", "Success"),
            (
                "PASSWORDPOLICY_INVALID_ARGUMENT",
                "PasswordpolicyInvalidArgument",
            ),
            ("already_camel", "AlreadyCamel"),
        ];
        for (name, expected) in cases {
            assert_eq!(derived(Some(name), "ignored").as_deref(), Ok(expected));
        }
    }

    #[test]
    fn messages_become_names_without_placeholders() {
        let cases = [
            ("CampaignId not exists.", "CampaignIdNotExists"),
            (
                "helixBucketName:[%s] max size is 255.",
                "HelixBucketNameMaxSizeIs255",
            ),
            (
                "The annotaion/check/sampling/algorithm pool can output only one edge.",
                "TheAnnotaionCheckSamplingAlgorithmPoolCanOutputOnlyOneEdge",
            ),
            ("Value {} of {field} is %05d wrong", "ValueOfIsWrong"),
            ("Unbalanced { brace", "UnbalancedBrace"),
        ];
        for (message, expected) in cases {
            assert_eq!(derived(None, message).as_deref(), Ok(expected), "{message}");
        }
    }

    #[test]
    fn explicit_variants_are_verbatim_but_checked() {
        assert_eq!(
            variant(Some("HTTPError"), Some("x"), "y"),
            Ok(("HTTPError".to_owned(), Origin::Variant))
        );
        let error = variant(Some("not_found"), None, "").unwrap_err();
        assert!(error.contains("write it like `NotFound`"), "{error}");
        assert!(variant(Some("Self"), None, "").is_err());
        assert!(variant(Some("r#Match"), None, "").is_err());
        assert!(variant(Some("Café"), None, "").is_err());
    }

    #[test]
    fn names_that_cannot_become_identifiers_get_a_suggestion() {
        let error = derived(Some("404_NOT_FOUND"), "").unwrap_err();
        assert_eq!(error, "name `404_NOT_FOUND` does not make a Rust identifier (`404NotFound`); give the row a `variant`, such as `Code404NotFound`");
        let error = derived(Some("self"), "").unwrap_err();
        assert!(error.contains("such as `SelfCode`"), "{error}");
        let error = derived(None, "日本語").unwrap_err();
        assert!(
            error.contains("an ASCII UpperCamelCase identifier"),
            "{error}"
        );
        let error = derived(None, "...").unwrap_err();
        assert!(error.contains("no letters or digits"), "{error}");
        let error = derived(None, "").unwrap_err();
        assert!(error.contains("empty message"), "{error}");
    }

    #[test]
    fn macro_and_category_names() {
        assert_eq!(macro_name("StardustRosetta"), "stardust_rosetta");
        assert_eq!(macro_name("AiGateway"), "ai_gateway");
        assert_eq!(macro_name("Crate"), "crate_");
        assert_eq!(macro_name("Type"), "type_");
        assert_eq!(category_variant("model_evaluation"), "ModelEvaluation");
    }
}
