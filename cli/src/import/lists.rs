//! Codes written as lines of text: list items (`- 40001: invalid
//! credential`), `CODE : text` lines (between `<br>`s in HTML), a code and
//! its text apart by a tab or by two spaces, with a name where the page
//! gives one (`- 40001 INVALID_CREDENTIAL: …`, `` `ERR_X` (40001): … ``).

use super::cells::{self, Codes};

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
}

/// What can stand between a code and its text, with whether a single space
/// counts (only in a bulleted item, where the bullet says "this is an entry").
const SEPARATORS: [&str; 11] = [
    ": ", "：", ":", " - ", " – ", " — ", " = ", "\t", "  ", " | ", "，",
];

/// The codes a line states, if it is such a line.
pub fn item(line: &str) -> Option<Item> {
    let trimmed = line.trim();
    if let Some(item) = bulleted(trimmed) {
        return Some(item);
    }
    // `1. 40001: …`: a numbered item.
    let number_end = trimmed.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
    if number_end > 0 && trimmed[number_end..].starts_with([')', '.']) {
        let rest = trimmed[number_end + 1..].trim_start();
        if rest.len() + number_end + 1 < trimmed.len() {
            if let Some(item) = split(rest, false) {
                return Some(item);
            }
        }
    }
    split(trimmed, false)
}

fn bulleted(line: &str) -> Option<Item> {
    let rest = ["- ", "* ", "+ ", "• ", "· ", "◦ ", "▪ "]
        .iter()
        .find_map(|bullet| line.strip_prefix(bullet))?;
    split(rest.trim_start(), true)
}

/// The earliest separator whose left side states codes.
fn split(line: &str, bulleted: bool) -> Option<Item> {
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
        let (codes, name, struck) = head(&line[..at])?;
        let message = cells::read(&line[at + len..]);
        let mut item = Item {
            codes,
            name,
            message: message.text.clone(),
            struck,
        };
        if item.name.is_none() {
            if let Some(span) = message.code_spans.first() {
                if cells::is_symbolic_name(span) && message.text.starts_with(span.as_str()) {
                    item.name = Some(span.clone());
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
fn head(text: &str) -> Option<(Codes, Option<String>, bool)> {
    let mut cell = cells::read(text);
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
    use super::*;

    fn parsed(line: &str) -> Option<(Codes, Option<String>, String)> {
        item(line).map(|i| (i.codes, i.name, i.message))
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
        assert!(item("- ~~40009~~: gone").is_some_and(|i| i.struck));
        assert_eq!(
            parsed("Error 20003: Authentication Error"),
            one(20003, None, "Authentication Error")
        );
        assert_eq!(
            parsed("错误码 40001：不合法的凭证"),
            one(40001, None, "不合法的凭证")
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
            assert_eq!(item(line), None, "{line}");
        }
    }
}
