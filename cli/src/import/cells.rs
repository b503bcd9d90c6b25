//! One cell of a page (a table cell, the parts of a list item) read as a
//! browser shows it: markdown and inline HTML markup removed, entities
//! decoded, whitespace collapsed; what the markup said (struck out, bold,
//! code spans) kept on the side. And the codes a cell states.

use super::html;

/// A cell's text and what its markup said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// The text as shown: no markup, whitespace collapsed, trimmed.
    pub text: String,
    /// The whole cell is struck out (`~~40001~~`, `<del>`).
    pub struck: bool,
    /// The whole cell is bold (`**Generic**`, `<strong>`): a section title
    /// where the code is missing.
    pub bold: bool,
    /// The texts of its code spans (`` `ERR_INVALID_TOKEN` ``), in order.
    pub code_spans: Vec<String>,
}

/// Reads a cell written in markdown, inline HTML, or both.
pub fn read(raw: &str) -> Cell {
    let markdown = html::inline_to_markdown(raw);
    let trimmed = markdown.trim();
    let struck = trimmed.len() > 4 && trimmed.starts_with("~~") && trimmed.ends_with("~~");
    let bold = wholly_bold(trimmed);
    let mut code_spans = Vec::new();
    let text = strip_markdown(trimmed, &mut code_spans);
    Cell {
        text: collapse_whitespace(&text),
        struck,
        bold,
        code_spans,
    }
}

fn wholly_bold(text: &str) -> bool {
    ["**", "__"].iter().any(|mark| {
        text.len() > 2 * mark.len()
            && text.starts_with(mark)
            && text.ends_with(mark)
            && !text[mark.len()..text.len() - mark.len()].contains(mark)
    })
}

/// Removes links (keeping their text), code-span backticks (recording the
/// spans), bold and strike-through markers and backslash escapes.
fn strip_markdown(text: &str, code_spans: &mut Vec<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '\\' if after.starts_with(|n: char| n.is_ascii_punctuation()) => {
                let escaped = after.chars().next().unwrap_or('\\');
                out.push(escaped);
                rest = &after[escaped.len_utf8()..];
            }
            '`' => {
                let ticks = rest.len() - rest.trim_start_matches('`').len();
                let fence = &rest[..ticks];
                if let Some(end) = rest[ticks..].find(fence) {
                    let span = rest[ticks..ticks + end].trim();
                    code_spans.push(span.to_owned());
                    out.push_str(span);
                    rest = &rest[ticks + end + ticks..];
                } else {
                    out.push_str(fence);
                    rest = &rest[ticks..];
                }
            }
            '[' => {
                if let Some((label, used)) = link(rest) {
                    out.push_str(&strip_markdown(label, code_spans));
                    rest = &rest[used..];
                } else {
                    out.push('[');
                    rest = after;
                }
            }
            '*' | '_' | '~'
                if rest.starts_with("**") || rest.starts_with("__") || rest.starts_with("~~") =>
            {
                // `snake__case` keeps its underscores: only markers at a
                // word's edge are markup.
                let edge = out.is_empty()
                    || out.ends_with(char::is_whitespace)
                    || rest[2..].is_empty()
                    || rest[2..]
                        .starts_with(|n: char| n.is_whitespace() || n.is_ascii_punctuation());
                if c == '_' && !edge {
                    out.push_str("__");
                }
                rest = &rest[2..];
            }
            _ => {
                out.push(c);
                rest = after;
            }
        }
    }
    out
}

/// `[label](target)` at the start of `text`: the label and the bytes used.
fn link(text: &str) -> Option<(&str, usize)> {
    let close = text.find("](")?;
    let label = &text[1..close];
    if label.contains('[') {
        return None;
    }
    let target_end = text[close + 2..].find(')')?;
    Some((label, close + 2 + target_end + 1))
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

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
    fn markup_is_read_as_shown() {
        let cell = read("[401](#unauthorized)");
        assert_eq!(cell.text, "401");
        let cell = read("`40001`");
        assert_eq!((cell.text.as_str(), cell.code_spans.len()), ("40001", 1));
        let cell = read("~~40002~~");
        assert!(cell.struck);
        assert_eq!(cell.text, "40002");
        let cell = read("<del>40003</del>");
        assert!(cell.struck);
        let cell = read("**Generic**");
        assert!(cell.bold);
        assert_eq!(cell.text, "Generic");
        assert_eq!(read("a\\|b &amp; <b>c</b>").text, "a|b & c");
        assert_eq!(
            read("keeps snake__case and %s {}").text,
            "keeps snake__case and %s {}"
        );
        assert_eq!(read("  two\n lines ").text, "two lines");
        assert_eq!(read("not [a link] here").text, "not [a link] here");
    }

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
