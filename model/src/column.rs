//! [`Column`]: the standard columns of a table, named once for the reader,
//! the diagnostics that point at them, and the tools that write tables.

/// The standard columns, in the order the documentation lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// `code`: a code or a range pattern (required).
    Code,
    /// `message`: the documented text (required, may be empty).
    Message,
    /// `name`: the vendor's symbolic name.
    Name,
    /// `variant`: an explicit Rust identifier for the variant.
    Variant,
    /// `category`: a snake_case group.
    Category,
    /// `http`: the HTTP status that goes with the code.
    Http,
    /// `kind`: the cross-vendor class.
    Kind,
    /// `retry`: overrides the retry decision of the kind.
    Retry,
    /// `deprecated`: a deprecation note.
    Deprecated,
}

impl Column {
    /// Every standard column.
    pub const ALL: [Column; 9] = [
        Column::Code,
        Column::Message,
        Column::Name,
        Column::Variant,
        Column::Category,
        Column::Http,
        Column::Kind,
        Column::Retry,
        Column::Deprecated,
    ];

    /// The column's header text.
    #[must_use]
    pub const fn header(self) -> &'static str {
        match self {
            Column::Code => "code",
            Column::Message => "message",
            Column::Name => "name",
            Column::Variant => "variant",
            Column::Category => "category",
            Column::Http => "http",
            Column::Kind => "kind",
            Column::Retry => "retry",
            Column::Deprecated => "deprecated",
        }
    }

    /// Whether a row is whole without a value in this column, so that a
    /// value the checks refuse can be cleared rather than the row dropped
    /// (a name another row has, a category, an HTTP status, a kind, a
    /// retry decision).
    #[must_use]
    pub const fn can_be_empty(self) -> bool {
        matches!(
            self,
            Column::Name | Column::Category | Column::Http | Column::Kind | Column::Retry
        )
    }

    /// Whether `text` is the header of a standard column.
    #[must_use]
    pub fn is_standard(text: &str) -> bool {
        Column::ALL.iter().any(|c| c.header() == text)
    }

    /// Whether every table must have the column.
    #[must_use]
    pub const fn is_required(self) -> bool {
        matches!(self, Column::Code | Column::Message)
    }
}
