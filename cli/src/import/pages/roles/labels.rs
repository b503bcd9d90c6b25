//! What the label of an item under a heading per code (`Status:`,
//! `Message:`, `Suggested action:`) gives its row.

use super::hints::{self, Hint};
use super::own_name;

/// What the label of an item under a heading per code gives its row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// The HTTP status: a label a status column is headed with, and a
    /// status for a value.
    Http(u16),
    /// The message.
    Message,
    /// A column of the vendor's own, under this name.
    Own(String),
}

/// What `label` (`Status`, `Message`, `Suggested action`) gives the row of
/// a heading per code, with `value` beside it; `None` for a label that
/// names the code itself or nothing a column could be.
#[must_use]
pub fn label(label: &str, value: &str) -> Option<Label> {
    let status = value
        .parse::<u16>()
        .ok()
        .filter(|s| (100..=599).contains(s));
    match hints::hint(label) {
        Hint::Http | Hint::Code if status.is_some() => status.map(Label::Http),
        Hint::Code | Hint::Name => None,
        Hint::ServerMessage | Hint::Explanation => Some(Label::Message),
        Hint::Solution | Hint::Link | Hint::Category | Hint::Http | Hint::None => {
            own_name(label).map(Label::Own)
        }
    }
}
