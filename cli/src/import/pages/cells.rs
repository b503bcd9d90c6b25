//! What a cell of a page states: codes (one, several, a range), or a
//! vendor's symbolic name rather than prose. The cell itself, its text as
//! shown and what its markup said, comes from the page's parsers
//! ([`Cell`]).

pub use super::markup::Cell;

/// What a code cell states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Codes {
    /// One code: `40001`, `-1`, `0x1F`.
    One(i64),
    /// Several codes with one text: `40001, 40002`, `40001/40002`.
    Several(Vec<i64>),
    /// A range pattern or an inclusive range, written as the table format
    /// takes it: `11xxx`, `-10xx`, `40000-40099`, `-32099..=-32000`.
    Range(String),
    /// A text code (`card_declined`), in a table of text codes.
    Text(String),
}

/// The codes a cell's text states, if that is all it states.
pub fn codes(text: &str) -> Option<Codes> {
    let text: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => {
                char::from(b'0' + u8::try_from(u32::from(c) - u32::from('０')).unwrap_or(0))
            }
            '−' | '－' => '-',
            'X' => 'x',
            _ => c,
        })
        .collect();
    let text = text.trim_end_matches(['*', '†']).trim();
    if let Some(code) = one(text) {
        return Some(Codes::One(code));
    }
    if let Some(pattern) = pattern(text) {
        return Some(Codes::Range(pattern));
    }
    for separator in ["..=", "~", " - ", "–", "—", " to ", "-"] {
        if let Some((first, last)) = text.split_once(separator) {
            if let (Some(first), Some(last)) = (one(first.trim()), one(last.trim())) {
                if first < last {
                    return Some(Codes::Range(if first >= 0 {
                        format!("{first}-{last}")
                    } else {
                        format!("{first}..={last}")
                    }));
                }
            }
        }
    }
    let several: Option<Vec<i64>> = text
        .split([',', '/', '、', '，', ';'])
        .map(|part| one(part.trim()))
        .collect();
    several.filter(|codes| codes.len() > 1).map(Codes::Several)
}

/// One integer: decimal with an optional sign, or `0x` hexadecimal.
pub fn one(text: &str) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let value = if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        i64::from_str_radix(hex, 16).ok()?
    } else {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()?
    };
    Some(if negative { -value } else { value })
}

/// `11xxx`, `-10xx`: digits then `x`s.
fn pattern(text: &str) -> Option<String> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let digits = unsigned.trim_end_matches('x');
    let is_pattern = !digits.is_empty()
        && digits.len() < unsigned.len()
        && digits.bytes().all(|b| b.is_ascii_digit());
    is_pattern.then(|| text.to_owned())
}

/// The text code a cell states, if that is all it states: one word of
/// letters, digits and `._-:/#` with a letter in it (`card_declined`,
/// `AuthFailure.SignatureExpire`, `SE01`), not a number or a numeric
/// pattern, not a link; or a pattern of them (`AuthFailure.*`).
pub fn text_code(text: &str) -> Option<&str> {
    let text = text.trim();
    // A pattern of text codes (`AuthFailure.*`) is shaped as its prefix.
    let prefix = text.strip_suffix('*').unwrap_or(text);
    let shaped = !prefix.is_empty()
        && text.len() <= 100
        && prefix.bytes().any(|b| b.is_ascii_alphabetic())
        && prefix
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':' | '/' | '#'))
        && !text.contains("://");
    (shaped && codes(text).is_none()).then_some(text)
}

/// Whether `text` looks like a vendor's symbolic name rather than prose:
/// `ERR_INVALID_TOKEN`, `NOT_FOUND`, `invalid_request`, `InvalidArgument`,
/// `auth.token_expired`.
pub fn is_symbolic_name(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let shaped = first.is_ascii_alphabetic()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    let humps = text.chars().filter(char::is_ascii_uppercase).count();
    shaped
        && (text.contains(['_', '.'])
            || (text.len() > 1 && text.chars().all(|c| !c.is_ascii_lowercase()))
            || (first.is_ascii_uppercase() && humps > 1 && !text.contains('-')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_every_form() {
        assert_eq!(codes("40001"), Some(Codes::One(40001)));
        assert_eq!(codes("-1"), Some(Codes::One(-1)));
        assert_eq!(codes("−1"), Some(Codes::One(-1)));
        assert_eq!(codes("４０００１"), Some(Codes::One(40001)));
        assert_eq!(codes("0x1F"), Some(Codes::One(31)));
        assert_eq!(codes("11XXX"), Some(Codes::Range("11xxx".into())));
        assert_eq!(codes("-10xx"), Some(Codes::Range("-10xx".into())));
        assert_eq!(
            codes("40000 ~ 40099"),
            Some(Codes::Range("40000-40099".into()))
        );
        assert_eq!(
            codes("-32099 to -32000"),
            Some(Codes::Range("-32099..=-32000".into()))
        );
        assert_eq!(
            codes("40001, 40002"),
            Some(Codes::Several(vec![40001, 40002]))
        );
        assert_eq!(
            codes("40001、40002"),
            Some(Codes::Several(vec![40001, 40002]))
        );
        assert_eq!(codes("OK"), None);
        assert_eq!(codes("4xx errors"), None);
        assert_eq!(codes(""), None);
        assert_eq!(codes("99999999999999999999"), None);
    }

    #[test]
    fn text_codes_and_what_is_not_one() {
        for code in [
            "card_declined",
            "AuthFailure.SignatureExpire",
            "SE01",
            "NotFound",
            "rate_limit",
        ] {
            assert_eq!(text_code(code), Some(code));
        }
        for other in ["40001", "11xxx", "", "two words", "https://x.io/a", "-1"] {
            assert_eq!(text_code(other), None, "{other}");
        }
    }

    #[test]
    fn symbolic_names_and_prose() {
        for name in [
            "ERR_INVALID_TOKEN",
            "NOT_FOUND",
            "invalid_request",
            "InvalidArgument",
            "auth.expired",
            "OK",
        ] {
            assert!(is_symbolic_name(name), "{name}");
        }
        for prose in [
            "Success",
            "invalid token",
            "Bad Request",
            "",
            "不存在",
            "e-mail",
        ] {
            assert!(!is_symbolic_name(prose), "{prose}");
        }
    }
}
