//! Codes written as lines of text: list items (`- 40001: invalid
//! credential`), `CODE : text` lines (between `<br>`s in HTML), a code and
//! its text apart by a tab or by two spaces, with a name where the page
//! gives one (`- 40001 INVALID_CREDENTIAL: …`, `` `ERR_X` (40001): … ``).

use super::cells::{self, Codes};
use super::markup::Styled;

/// One line that states codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The codes.
    pub codes: Codes,
    /// The vendor's symbolic name, where the line gives one.
    pub name: Option<String>,
    /// The text after the code.
    pub message: String,
    /// The code is struck out.
    pub struck: bool,
    /// The name is a code span after the separator (`` 400 - `api_error`:
    /// … ``): a value as the API sends it, not a constant's name.
    pub name_in_span: bool,
}

/// What can stand between a code and its text, with whether a single space
/// counts (only in a bulleted item, where the bullet says "this is an entry").
const SEPARATORS: [&str; 11] = [
    ": ", "：", ":", " - ", " – ", " — ", " = ", "\t", "  ", " | ", "，",
];

/// The codes a line states, if it is such a line (the page's parser puts
/// `- ` before a bulleted item and keeps a numbered item's number).
pub fn item(line: &Styled) -> Option<Item> {
    let line = trim(line);
    let text = line.as_str();
    if let Some(bullet) = ["- ", "* ", "+ ", "• ", "· ", "◦ ", "▪ "]
        .iter()
        .find(|bullet| text.starts_with(**bullet))
    {
        return split(&trim(&line.slice(bullet.len()..text.len())), true);
    }
    // `1. 40001: …`: a numbered item.
    let number_end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
    if number_end > 0 && text[number_end..].starts_with([')', '.']) {
        let rest = trim(&line.slice(number_end + 1..text.len()));
        if rest.as_str().len() + number_end + 1 < text.len() {
            if let Some(item) = split(&rest, false) {
                return Some(item);
            }
        }
    }
    split(&line, false)
}

/// `line` without the whitespace around it.
fn trim(line: &Styled) -> Styled {
    let text = line.as_str();
    let start = text.len() - text.trim_start().len();
    line.slice(start..text.trim_end().len().max(start))
}

/// The earliest separator whose left side states codes.
fn split(styled: &Styled, bulleted: bool) -> Option<Item> {
    let line = styled.as_str();
    let mut cuts: Vec<(usize, usize)> = SEPARATORS
        .iter()
        .flat_map(|sep| line.match_indices(sep).map(|(at, s)| (at, s.len())))
        .collect();
    // At one place, the longest separator: `: ` before `:`.
    cuts.sort_unstable_by_key(|&(at, len)| (at, std::cmp::Reverse(len)));
    // A bullet makes a single space a separator too, after the others
    // (`- 40001 NAME: text` keeps its name).
    if bulleted {
        cuts.extend(line.match_indices(' ').map(|(at, _)| (at, 1)));
    }
    cuts.into_iter().find_map(|(at, len)| {
        let (codes, name, struck) = head(&styled.slice(0..at))?;
        let message = styled.slice(at + len..line.len()).cell();
        let mut item = Item {
            codes,
            name,
            message: message.text.clone(),
            struck,
            name_in_span: false,
        };
        if item.name.is_none() {
            if let Some(span) = message.code_spans.first() {
                if cells::is_symbolic_name(span) && message.text.starts_with(span.as_str()) {
                    item.name = Some(span.clone());
                    item.name_in_span = true;
                    message.text[span.len()..]
                        .trim_start_matches([' ', ':', '：', '-', '–', '—', ','])
                        .clone_into(&mut item.message);
                }
            }
        }
        (!item.message.is_empty() || item.name.is_some()).then_some(item)
    })
}

/// The left side of an item: `40001`, `` `40001` ``, `40001 NAME`,
/// `NAME (40001)`.
fn head(text: &Styled) -> Option<(Codes, Option<String>, bool)> {
    let mut cell = text.cell();
    // `Error 20003`, `错误码 40001`: a word that says "code" before it.
    for word in [
        "Error code",
        "Error",
        "Code",
        "Status",
        "错误码",
        "返回码",
        "错误代码",
        "状态码",
    ] {
        if let Some(rest) = cell.text.strip_prefix(word) {
            if rest.starts_with(' ') || !word.is_ascii() {
                let rest = rest.trim_start_matches([' ', '#']).to_owned();
                if cells::codes(&rest).is_some() {
                    cell.text = rest;
                    break;
                }
            }
        }
    }
    if let Some(codes) = cells::codes(&cell.text) {
        return Some((codes, None, cell.struck));
    }
    // A text code in a code span (`` `card_declined` ``), or written as one
    // (`card_declined`, `AuthFailure.SignatureExpire`: not a plain word).
    let spanned = cell.code_spans.len() == 1 && cell.code_spans[0] == cell.text;
    if let Some(code) = cells::text_code(&cell.text) {
        if spanned || cells::is_symbolic_name(code) && code.contains(['_', '.']) {
            return Some((Codes::Text(code.to_owned()), None, cell.struck));
        }
    }
    let (first, second) = cell.text.split_once(' ')?;
    let second = second.trim();
    if let Some(codes) = cells::codes(first) {
        let name = second.trim_matches(['(', ')']);
        return cells::is_symbolic_name(name).then(|| (codes, Some(name.to_owned()), cell.struck));
    }
    let code = second.strip_prefix('(')?.strip_suffix(')')?;
    let codes = cells::codes(code)?;
    cells::is_symbolic_name(first).then(|| (codes, Some(first.to_owned()), cell.struck))
}

#[cfg(test)]
mod tests {
    use super::super::markup::markdown_line;
    use super::*;

    fn parsed(line: &str) -> Option<(Codes, Option<String>, String)> {
        item(&markdown_line(line)).map(|i| (i.codes, i.name, i.message))
    }

    #[test]
    fn items_of_every_shape() {
        let one = |code, name: Option<&str>, message: &str| {
            Some((
                Codes::One(code),
                name.map(str::to_owned),
                message.to_owned(),
            ))
        };
        assert_eq!(
            parsed("- 40001: invalid credential"),
            one(40001, None, "invalid credential")
        );
        assert_eq!(
            parsed("* `40001` - invalid credential"),
            one(40001, None, "invalid credential")
        );
        assert_eq!(parsed("-1 : 系统繁忙"), one(-1, None, "系统繁忙"));
        assert_eq!(parsed("- -1 系统繁忙"), one(-1, None, "系统繁忙"));
        assert_eq!(
            parsed("40001：不合法的凭证"),
            one(40001, None, "不合法的凭证")
        );
        assert_eq!(
            parsed("40001\tinvalid credential"),
            one(40001, None, "invalid credential")
        );
        assert_eq!(
            parsed("40001    invalid credential"),
            one(40001, None, "invalid credential")
        );
        assert_eq!(parsed("3. 40001: bad"), one(40001, None, "bad"));
        assert_eq!(
            parsed("- 40001 INVALID_CREDENTIAL: bad: really"),
            one(40001, Some("INVALID_CREDENTIAL"), "bad: really")
        );
        assert_eq!(
            parsed("`ERR_X` (40001): bad"),
            one(40001, Some("ERR_X"), "bad")
        );
        assert_eq!(
            parsed("- **40001**: `ERR_X` bad"),
            one(40001, Some("ERR_X"), "bad")
        );
        assert!(item(&markdown_line("- ~~40009~~: gone")).is_some_and(|i| i.struck));
        assert_eq!(
            parsed("Error 20003: Authentication Error"),
            one(20003, None, "Authentication Error")
        );
        assert_eq!(
            parsed("错误码 40001：不合法的凭证"),
            one(40001, None, "不合法的凭证")
        );
        let text = |code: &str, message: &str| {
            Some((Codes::Text(code.to_owned()), None, message.to_owned()))
        };
        assert_eq!(
            parsed("- `card_declined`: The card has been declined."),
            text("card_declined", "The card has been declined.")
        );
        assert_eq!(
            parsed("* AuthFailure.SignatureExpire - Signature expired."),
            text("AuthFailure.SignatureExpire", "Signature expired.")
        );
    }

    #[test]
    fn prose_is_not_an_item() {
        for line in [
            "Note: 2 things",
            "1. Install the SDK",
            "50522The pool vertex information is incorrect.",
            "2024-01-01: released",
            "- see below",
            "40001 then prose without a separator",
            "- 40001:",
        ] {
            assert_eq!(item(&markdown_line(line)), None, "{line}");
        }
    }
}
