//! The variant a row is given where its own cannot be used (it collides,
//! is reserved, or is no identifier): one rule, which the checks suggest
//! and `codetables import` applies.

use super::is_camel_identifier;
use crate::model::CodeKey;

/// What a code adds to a variant to tell its row apart: the number, with
/// `Minus` for `-` (`-1` → `Minus1`); for a text code, the row's `line`.
#[must_use]
pub fn code_suffix(code: &CodeKey, line: usize) -> String {
    match code {
        CodeKey::Int(code) if *code < 0 => format!("Minus{}", code.unsigned_abs()),
        CodeKey::Int(code) => code.to_string(),
        CodeKey::Text(_) => line.to_string(),
    }
}

/// `variant` with the code after it (`InvalidCredential40001`), where that
/// is an identifier rustc takes without a warning; else
/// [`plain_variant`]. What the checks suggest for a row whose variant
/// cannot be used.
#[must_use]
pub fn variant_with_code(variant: &str, code: &CodeKey, line: usize) -> String {
    let candidate = format!("{variant}{}", code_suffix(code, line));
    if variant.is_empty() || !is_camel_identifier(&candidate) {
        plain_variant(code, line)
    } else {
        candidate
    }
}

/// `Code` and the code's suffix (`Code40001`, `CodeMinus1`, `Code7`): a
/// variant whatever the row's text.
#[must_use]
pub fn plain_variant(code: &CodeKey, line: usize) -> String {
    format!("Code{}", code_suffix(code, line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_variant_takes_its_code_else_code_and_the_code() {
        let negative = CodeKey::Int(-1000);
        assert_eq!(code_suffix(&negative, 9), "Minus1000");
        assert_eq!(
            variant_with_code("Unknown", &negative, 9),
            "UnknownMinus1000"
        );
        assert_eq!(
            variant_with_code("HttpTimeout", &CodeKey::Int(40002), 3),
            "HttpTimeout40002"
        );
        // A text code is told apart by its row's line.
        let text = CodeKey::Text("card_declined".to_owned());
        assert_eq!(variant_with_code("CardDeclined", &text, 7), "CardDeclined7");
        // Nothing to start from, or no identifier: `Code` and the code.
        assert_eq!(variant_with_code("", &CodeKey::Int(40003), 4), "Code40003");
        assert_eq!(variant_with_code("not_camel", &text, 7), "Code7");
        assert_eq!(plain_variant(&negative, 9), "CodeMinus1000");
    }
}
