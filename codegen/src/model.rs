//! The validated table: what [`check`](crate::check) produces and
//! [`expand`](mod@crate::expand) consumes. Every code has its variant, and every
//! code and range its resolved classification.

use codetables_runtime::Kind;

/// A validated table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// One entry per code row, in table order.
    pub codes: Vec<CodeRow>,
    /// The range rows, most specific (fewest codes) first: the first range
    /// that contains a code is the one that classifies it.
    pub ranges: Vec<RangeRow>,
    /// The categories, in order of first appearance.
    pub categories: Vec<Category>,
}

/// How a code is classified once ranges and inference have been applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class {
    /// Index into [`Table::categories`].
    pub category: Option<usize>,
    /// The HTTP status, given or implied by the kind.
    pub http: Option<u16>,
    /// The kind, given or implied by the HTTP status; [`Kind::Unknown`] when neither.
    pub kind: Kind,
    /// Whether to retry: the `retry` column, else the kind's default.
    pub retry: bool,
}

impl Class {
    /// The class of a code that no row or range says anything about.
    pub const UNCLASSIFIED: Class = Class {
        category: None,
        http: None,
        kind: Kind::Unknown,
        retry: false,
    };
}

/// A row with one code: one variant of the enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    /// The line of the row in the table.
    pub line: usize,
    /// The code.
    pub code: u32,
    /// The documented message, verbatim.
    pub message: String,
    /// The vendor's symbolic name, if the table gives one.
    pub name: Option<String>,
    /// The variant identifier.
    pub variant: String,
    /// The deprecation note, if the code is deprecated.
    pub deprecated: Option<String>,
    /// The resolved classification.
    pub class: Class,
}

impl CodeRow {
    /// What `name()` returns: the `name` column, else the variant identifier.
    #[must_use]
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.variant)
    }
}

/// A range row: defaults for the codes it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeRow {
    /// The line of the row in the table.
    pub line: usize,
    /// The first code covered.
    pub first: u32,
    /// The last code covered (inclusive).
    pub last: u32,
    /// The `code` field as written (`11xxx`).
    pub pattern: String,
    /// The description of the group.
    pub message: String,
    /// The classification of a code this is the innermost range of.
    pub class: Class,
}

/// A category: a variant of the generated category enum and an `is_…` method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// The snake_case name from the table.
    pub name: String,
    /// The UpperCamelCase variant.
    pub variant: String,
    /// The message of the first range row that declares it, if any.
    pub description: Option<String>,
}
