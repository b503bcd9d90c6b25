//! Labelled items under a heading per code: `* **Status:** 422`,
//! `* **Message:** …`, `* **Suggested action:** …`. Each label is read as
//! a column's header would be (in any of the languages headers are read
//! in): an HTTP status, the message, or a column of the vendor's own.

use super::markup::Styled;
use super::roles;
use super::Row;

/// What a labelled item gives its row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// The HTTP status (`Status: 422`, `HTTP status code: 404`).
    Http(u16),
    /// The message (`Message:`, `Description:`).
    Message(String),
    /// Whether to retry (`OK to retry? Yes`).
    Retry(bool),
    /// A column of the vendor's own (`Suggested action:` →
    /// `suggested_action`).
    Own(String, String),
}

/// The field of a list item `Label: value`, if its label says one: a
/// label any header could be (`Status`, `Message`), or a bold one of at
/// most four words for a column of the vendor's own (`**Suggested
/// action:**`). With `lines`, a line without a list marker is read too
/// (AWS's `Message: …` under a bold code), and `OK to retry? Yes`.
#[must_use]
pub fn field(line: &Styled, lines: bool) -> Option<Field> {
    let raw = line.as_str();
    let start = raw.len() - body(raw, lines)?.len();
    let text = line.cell().text;
    let text = body(&text, lines)?;
    if let Some(retry) = retry(text) {
        return Some(Field::Retry(retry));
    }
    let colon = start + raw.get(start..)?.find([':', '：'])?;
    let bold = line.slice(start..colon).cell().bold;
    let (label, value) = text.split_once([':', '：'])?;
    let (label, value) = (label.trim(), value.trim());
    // A label is a few words, fewer where no markup says it is one.
    let words = label.split_whitespace().count();
    let most = if bold { 4 } else { 3 };
    if value.is_empty() || words == 0 || words > most || label.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    match roles::label(label, value)? {
        roles::Label::Http(status) => Some(Field::Http(status)),
        roles::Label::Message => Some(Field::Message(unemphasized(value).to_owned())),
        roles::Label::Own(column) if bold => Some(Field::Own(column, value.to_owned())),
        roles::Label::Own(_) => None,
    }
}

/// A value the page sets wholly in italics (AWS's `Message: *Access
/// denied.*`) without its marks; emphasis inside a message is the
/// vendor's spelling and stays.
fn unemphasized(value: &str) -> &str {
    for mark in ['*', '_'] {
        if let Some(inner) = value.strip_prefix(mark).and_then(|v| v.strip_suffix(mark)) {
            if !inner.is_empty() && !inner.contains(mark) {
                return inner;
            }
        }
    }
    value
}

/// The text of a list item after its marker; with `lines`, also a line
/// without one.
fn body(text: &str, lines: bool) -> Option<&str> {
    strip_marker(text).or_else(|| lines.then(|| text.trim_start()))
}

/// `OK to retry? Yes`, `Retryable: no`: whether to retry.
fn retry(text: &str) -> Option<bool> {
    let (label, value) = text.split_once(['?', ':', '：'])?;
    let label = label.trim().to_lowercase();
    if !(label == "ok to retry" || label == "retryable" || label == "retry") {
        return None;
    }
    match value.trim().trim_end_matches('.').to_lowercase().as_str() {
        "yes" | "true" => Some(true),
        "no" | "false" => Some(false),
        _ => None,
    }
}

/// The own column that holds the explanation beside a labelled message.
const EXPLANATION: &str = "description";

/// Adds `text` to the explanation of `row`, beside its labelled message.
pub fn explain(row: &mut Row, text: String) {
    if text.is_empty() {
        return;
    }
    match row.own.iter_mut().find(|(column, _)| column == EXPLANATION) {
        Some((_, explanation)) => *explanation = format!("{explanation} {text}"),
        None => row.own.push((EXPLANATION.to_owned(), text)),
    }
}

/// Sets `field` on `row`: a second message joins the first.
pub fn apply(row: &mut Row, field: Field) {
    match field {
        Field::Http(status) => row.http = Some(status),
        Field::Message(text) if row.message.is_empty() => row.message = text,
        Field::Message(text) => row.message = format!("{} {text}", row.message),
        Field::Retry(retry) => row.retry = Some(retry),
        Field::Own(column, text) => row.own.push((column, text)),
    }
}

/// The item's text without its list marker (`- `, `* `, `+ `, `1. `);
/// `None` for a line that is no list item.
fn strip_marker(text: &str) -> Option<&str> {
    let text = text.trim_start();
    if let Some(rest) = text.strip_prefix(['-', '*', '+', '•']) {
        return rest.strip_prefix(' ');
    }
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (digits > 0)
        .then(|| text[digits..].strip_prefix(". "))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::pages::markup::Styled;

    fn line(text: &str) -> Styled {
        Styled::plain(text)
    }

    #[test]
    fn labels_are_read_as_headers_are() {
        assert_eq!(field(&line("- Status: 422"), false), Some(Field::Http(422)));
        assert_eq!(
            field(&line("* HTTP status code: 404"), false),
            Some(Field::Http(404))
        );
        assert_eq!(
            field(&line("- Message: The amount is too small."), false),
            Some(Field::Message("The amount is too small.".to_owned()))
        );
        // A column of the vendor's own only where the page makes its label
        // bold.
        assert_eq!(
            field(&line("- Suggested action: Retry later."), false),
            None
        );
        // A code item, prose, or no list item: no label.
        assert_eq!(field(&line("- 40001: bad token"), false), None);
        assert_eq!(field(&line("Status: 422"), false), None);
        assert_eq!(
            field(
                &line("- Note that the field: is required in every request body"),
                false
            ),
            None
        );
        // Under a code, lines need no marker; AWS says whether to retry.
        assert_eq!(
            field(&line("Message: *Access denied.*"), true),
            Some(Field::Message("Access denied.".to_owned()))
        );
        assert_eq!(
            field(&line("OK to retry? No"), true),
            Some(Field::Retry(false))
        );
        assert_eq!(
            field(&line("- Retryable: yes"), false),
            Some(Field::Retry(true))
        );
    }
}
