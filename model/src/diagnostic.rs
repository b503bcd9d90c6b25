//! [`Diagnostic`]: one problem of a table, with what it is about as data
//! ([`Subject`]), so that tools act on it without reading its text.

use std::fmt;

use crate::Column;

/// One problem found in a table: where, what it is about, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The 1-based line of the table the problem is on; `None` for problems
    /// with the file as a whole.
    pub line: Option<usize>,
    /// What part of the table the problem is about, set where it is found.
    pub subject: Subject,
    /// Lower-case, says what is wrong and how to fix it; quotes the value.
    pub message: String,
}

/// What a [`Diagnostic`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// The file as a whole: unreadable, not UTF-8, empty, no codes.
    File,
    /// A line of the CSV: quoting, the number of fields.
    Record,
    /// The header row: an unknown, repeated or missing column.
    Header,
    /// The value of a standard column of one row (a bad code, a duplicate
    /// code, a refused category, HTTP status or kind).
    Field(Column),
    /// The row's variant, given or derived: it collides, is reserved, or
    /// cannot be an identifier.
    Variant,
}

impl Diagnostic {
    /// A problem on `line` about `subject`.
    #[must_use]
    pub fn at(line: usize, subject: Subject, message: impl Into<String>) -> Self {
        Diagnostic {
            line: Some(line),
            subject,
            message: message.into(),
        }
    }

    /// A problem with the file as a whole.
    #[must_use]
    pub fn file(message: impl Into<String>) -> Self {
        Diagnostic {
            line: None,
            subject: Subject::File,
            message: message.into(),
        }
    }

    /// The diagnostic as `path:line: message`, the form compilers use.
    #[must_use]
    pub fn located(&self, path: &str) -> String {
        match self.line {
            Some(line) => format!("{path}:{line}: {}", self.message),
            None => format!("{path}: {}", self.message),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}
