use std::fmt;

/// One problem found in a table: where, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The 1-based line of the table the problem is on; `None` for problems
    /// with the file as a whole.
    pub line: Option<usize>,
    /// Lower-case, says what is wrong and how to fix it; quotes the value.
    pub message: String,
}

impl Diagnostic {
    /// A problem on `line`.
    #[must_use]
    pub fn at(line: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            line: Some(line),
            message: message.into(),
        }
    }

    /// A problem with the file as a whole.
    #[must_use]
    pub fn file(message: impl Into<String>) -> Self {
        Diagnostic {
            line: None,
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
