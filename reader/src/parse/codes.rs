//! The `code` field: one code of any sign, a pattern (`11xxx`, `-10xx`), or
//! an inclusive range (`21300-21319`, `-32099..=-32000`); in a table of
//! text codes, a code as the vendor sends it or a `Prefix*` pattern.

use super::Codes;

const CODE_FORMS: &str = "a code (`51006`, `-1`), a pattern (`11xxx`, `-10xx`) or an inclusive \
     range (`21300-21319`, `-32099..=-32000`)";

/// Parses a `code` field: a code (`51006`, `-1`), a pattern of digits then
/// `x`s (`11xxx`; `-10xx` is -1099..=-1000), or an inclusive range
/// (`21300..=21319`, `-32099..=-32000`; `21300-21319` for codes of zero
/// and above).
///
/// # Errors
/// A message quoting the field and saying what is accepted.
pub fn parse_codes(text: &str) -> Result<Codes, String> {
    if text.is_empty() {
        return Err(format!("the code is empty; write {CODE_FORMS}"));
    }
    if text.ends_with('*') {
        return Err(format!(
            "`{text}` is a pattern of text codes, for a table whose codes are text: declare it \
             with `#[codes(text)]` in the invocation; a numeric table writes ranges as {CODE_FORMS}"
        ));
    }
    if let Some((first, rest)) = text.split_once("..") {
        let Some(last) = rest.strip_prefix('=') else {
            return Err(format!(
                "range `{text}` does not say whether its last code is in it; write an \
                 inclusive range with `..=`, such as `{}..={}`",
                first.trim(),
                rest.trim()
            ));
        };
        let first = parse_one_code(first.trim(), text)?;
        let last = parse_one_code(last.trim(), text)?;
        return range(first, last, text);
    }
    // `a-b`: a dash after the first character (a leading one is a sign).
    if let Some((at, _)) = text.char_indices().skip(1).find(|&(_, c)| c == '-') {
        let (first, last) = (text[..at].trim(), text[at + 1..].trim());
        if first.trim_start_matches('-').is_empty() {
            return Err(format!("bad code `{text}`; write {CODE_FORMS}"));
        }
        if first.starts_with('-') || last.starts_with('-') {
            return Err(format!(
                "range `{text}` has a negative code; `a-b` is for codes of zero and above, \
                 write it as `{first}..={last}`"
            ));
        }
        let first = parse_one_code(first, text)?;
        let last = parse_one_code(last, text)?;
        return range(first, last, text);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, text),
    };
    let digits = body.trim_end_matches(['x', 'X']);
    let wildcards = body.len() - digits.len();
    if wildcards == 0 {
        return parse_one_code(text, text).map(Codes::One);
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "bad code pattern `{text}`: a pattern is digits then `x`s, such as `11xxx` \
             (11000..=11999) or `-10xx` (-1099..=-1000)"
        ));
    }
    let bounds = u32::try_from(wildcards)
        .ok()
        .and_then(|w| 10i128.checked_pow(w))
        .and_then(|scale| {
            let low = digits.parse::<i128>().ok()?.checked_mul(scale)?;
            Some((low, low.checked_add(scale - 1)?))
        })
        .map(|(low, high)| if negative { (-high, -low) } else { (low, high) })
        .and_then(|(first, last)| Some((i64::try_from(first).ok()?, i64::try_from(last).ok()?)));
    match bounds {
        Some((first, last)) => Ok(Codes::Range { first, last }),
        None => Err(format!(
            "code pattern `{text}` goes beyond the codes' range, {} to {}",
            i64::MIN,
            i64::MAX
        )),
    }
}

fn range(first: i64, last: i64, text: &str) -> Result<Codes, String> {
    if first > last {
        return Err(format!(
            "range `{text}` is empty: it starts after it ends; write the smaller code first"
        ));
    }
    Ok(Codes::Range { first, last })
}

/// Parses a `code` field of a table of text codes (`#[codes(text)]`): the
/// code as the vendor sends it (`card_declined`,
/// `AuthFailure.SignatureExpire`), or a pattern `Prefix*` for every code
/// that starts with `Prefix`.
///
/// # Errors
/// An empty code, or a `*` anywhere but at the end.
pub fn parse_text_code(text: &str) -> Result<Codes, String> {
    if text.is_empty() {
        return Err(
            "the code is empty; write the code as the vendor sends it (`card_declined`), or a \
             pattern such as `AuthFailure.*`"
                .to_owned(),
        );
    }
    let (body, pattern) = match text.strip_suffix('*') {
        Some(prefix) => (prefix, true),
        None => (text, false),
    };
    if body.contains('*') {
        return Err(format!(
            "`{text}` has a `*` inside it; a `*` may only end a pattern (`AuthFailure.*`, every \
             code that starts with `AuthFailure.`)"
        ));
    }
    if pattern {
        if body.is_empty() {
            return Err(
                "the pattern `*` covers every code; write the prefix before the `*` \
                 (`AuthFailure.*`), or leave the defaults to the rows"
                    .to_owned(),
            );
        }
        return Ok(Codes::Prefix(body.to_owned()));
    }
    Ok(Codes::Text(text.to_owned()))
}

fn parse_one_code(code: &str, field: &str) -> Result<i64, String> {
    let digits = code.strip_prefix('-').unwrap_or(code);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        // A word (`card_declined`), not a mistyped number (`5100x6`).
        if field
            .chars()
            .any(|c| c.is_alphabetic() && !matches!(c, 'x' | 'X'))
        {
            return Err(format!(
                "bad code `{field}`: not a number; if the vendor's codes are text \
                 (`card_declined`), declare it with `#[codes(text)]` in the invocation; \
                 otherwise write {CODE_FORMS}"
            ));
        }
        return Err(format!("bad code `{field}`; write {CODE_FORMS}"));
    }
    code.parse::<i64>().map_err(|_| {
        format!(
            "code `{code}` is out of range; codes go from {} to {}",
            i64::MIN,
            i64::MAX
        )
    })
}
