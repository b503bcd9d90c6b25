//! [`Diagnostic`]: one problem of a table, with what it is about
//! ([`Subject`]) and what would fix it ([`Fix`]) as data, so that tools act
//! on it without reading its text.

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
    /// The fix the message suggests, where the checks know one.
    pub fix: Option<Fix>,
}

/// A change to one row that resolves a [`Diagnostic`]: what a tool that
/// mends tables (`codetables import`) applies, and what the message says
/// in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// Give the row its own `variant` (the one it has collides, is
    /// reserved or is no identifier): `suggested`, the message's (the
    /// variant with the code after it, `InvalidCredential40001`), else
    /// `plain`, `Code` and the code (`Code40001`), an identifier whatever
    /// the table says.
    Variant {
        /// The variant the message suggests.
        suggested: String,
        /// The variant that is an identifier in any case.
        plain: String,
    },
    /// Leave this column of the row empty: its value is refused, and the
    /// row is whole without one ([`Column::can_be_empty`]).
    Clear(Column),
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
    /// A problem on `line` about `subject`. A refused value of a column
    /// the row can do without is fixed by clearing it.
    #[must_use]
    pub fn at(line: usize, subject: Subject, message: impl Into<String>) -> Self {
        let fix = match subject {
            Subject::Field(column) if column.can_be_empty() => Some(Fix::Clear(column)),
            _ => None,
        };
        Diagnostic {
            line: Some(line),
            subject,
            message: message.into(),
            fix,
        }
    }

    /// The diagnostic with the fix its message suggests.
    #[must_use]
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    /// A problem with the file as a whole.
    #[must_use]
    pub fn file(message: impl Into<String>) -> Self {
        Diagnostic {
            line: None,
            subject: Subject::File,
            message: message.into(),
            fix: None,
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
