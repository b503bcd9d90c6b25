//! Text to words to a case: UpperCamelCase and snake_case in any script
//! (`heck` for ASCII), a message's first clause, placeholders left out.

use heck::{ToSnakeCase, ToUpperCamelCase};
use unicode_normalization::UnicodeNormalization;

/// The variant of the first clause of `text` that has letters or digits,
/// if `text` has more than one clause.
pub(super) fn first_clause(text: &str) -> Option<String> {
    let text: String = text.nfkc().collect();
    let text = text.as_str();
    let mut clauses = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let ends_clause = match c {
            // After NFKC, full-width `，；：！？（）` are the ASCII ones.
            ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '\n' | '。' | '、' | '【'
            | '】' | '「' | '」' | '『' | '』' | '《' | '》' | '〈' | '〉' | '…' | '—' | '¿'
            | '¡' => true,
            '.' => chars.peek().is_none_or(|(_, next)| next.is_whitespace()),
            _ => false,
        };
        if ends_clause {
            clauses.push(&text[start..at]);
            start = at + c.len_utf8();
        }
    }
    clauses.push(&text[start..]);
    let mut with_words = clauses.iter().filter(|c| !upper_camel(c).is_empty());
    let first = with_words.next()?;
    with_words.next()?;
    Some(upper_camel(first))
}

/// `text` in UpperCamelCase: `heck` for ASCII, words of any script otherwise
/// (see the module documentation).
#[must_use]
pub fn upper_camel(text: &str) -> String {
    let text: String = text.nfkc().collect();
    if text.is_ascii() {
        return text.to_upper_camel_case();
    }
    let mut out = String::with_capacity(text.len());
    for word in words(&text) {
        if word.chars().all(char::is_alphanumeric) {
            out.push_str(&word.to_upper_camel_case());
        } else {
            // heck would drop the marks (a virama, a vowel sign) inside it.
            let mut chars = word.chars();
            out.extend(chars.next().into_iter().flat_map(char::to_uppercase));
            out.extend(chars);
        }
    }
    out.nfc().collect()
}

/// A text code as an UpperCamelCase identifier: its parts apart by `.`,
/// `_`, `-`, `:`, `/` or spaces, each with a capital first letter and the
/// rest as written where it already mixes cases (`AuthFailure.SignatureExpire`
/// → `AuthFailureSignatureExpire`, `SecurityRisk.3DVerification` →
/// `SecurityRisk3DVerification`, `InvalidParameter.KMSKeyId` →
/// `InvalidParameterKMSKeyId`), else in title case (`card_declined` →
/// `CardDeclined`, `RATE_LIMITED` → `RateLimited`). Non-ASCII parts are
/// read as [`upper_camel`] reads them.
#[must_use]
pub fn code_camel(code: &str) -> String {
    let code: String = code.nfkc().collect();
    let mut out = String::with_capacity(code.len());
    for part in code.split(|c: char| !(c.is_alphanumeric() || is_xid_continue(c)) || c == '_') {
        if part.is_empty() {
            continue;
        }
        if !part.is_ascii() {
            out.push_str(&upper_camel(part));
            continue;
        }
        let has_lower = part.bytes().any(|b| b.is_ascii_lowercase());
        let has_upper = part.bytes().any(|b| b.is_ascii_uppercase());
        let mut chars = part.chars();
        let first = chars.next().map(|c| c.to_ascii_uppercase());
        out.extend(first);
        if has_lower && has_upper {
            out.extend(chars);
        } else {
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    out.nfc().collect()
}

/// `text` in snake_case: `heck` for ASCII, words of any script otherwise.
#[must_use]
pub fn snake_case(text: &str) -> String {
    let text: String = text.nfkc().collect();
    if text.is_ascii() {
        return text.to_snake_case();
    }
    let words: Vec<String> = words(&text)
        .map(|word| {
            if word.chars().all(char::is_alphanumeric) {
                word.to_snake_case()
            } else {
                word.to_lowercase()
            }
        })
        .collect();
    words.join("_").nfc().collect()
}

/// The words of non-ASCII text: runs of identifier characters, split at `_`
/// and where a cased letter meets a caseless one (`的a`, `a的`).
fn words(text: &str) -> impl Iterator<Item = &str> {
    let has_case = |c: char| c.is_lowercase() || c.is_uppercase();
    let mut pieces = Vec::new();
    let mut start = None;
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let in_word = c != '_' && is_xid_continue(c);
        if !in_word {
            if let Some(s) = start.take() {
                pieces.push(&text[s..at]);
            }
        } else if let (Some(s), Some(p)) = (start, previous) {
            let script_break = p.is_alphabetic() && c.is_alphabetic() && has_case(p) != has_case(c);
            if script_break {
                pieces.push(&text[s..at]);
                start = Some(at);
            }
        } else {
            start = Some(at);
        }
        previous = Some(c);
    }
    if let Some(s) = start {
        pieces.push(&text[s..]);
    }
    pieces.into_iter().filter(|w| !w.is_empty())
}

pub(super) fn is_xid_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
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
