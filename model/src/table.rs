//! The validated table: what `codetables_codegen::check` produces and
//! the generator (`codetables-expand`) consumes. Every code has its variant, and every
//! code and range its resolved classification.

use codetables_core::Kind;

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
    /// The vendor's own columns the table was read with (`solution`,
    /// `doc_url`), in declaration order; every row's `columns` follows it.
    pub columns: Vec<String>,
    /// Whether the codes are text (`#[codes(text)]`): each code row has its
    /// [`CodeRow::text`], each range its [`RangeRow::prefix`].
    pub text: bool,
}

/// The type of a table's codes, as generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeType {
    /// Every code and range lies in `0..=4294967295`.
    U32,
    /// Some code or range is negative or larger than `u32::MAX`.
    I64,
    /// The codes are text (`#[codes(text)]`).
    Text,
}

impl Table {
    /// Text for a table of text codes; else `u32` when every code and range
    /// fits one, else `i64`.
    #[must_use]
    pub fn code_type(&self) -> CodeType {
        if self.text {
            return CodeType::Text;
        }
        let fits = |code: i64| u32::try_from(code).is_ok();
        let all_fit = self.codes.iter().all(|row| fits(row.code))
            && self
                .ranges
                .iter()
                .all(|range| fits(range.first) && fits(range.last));
        if all_fit {
            CodeType::U32
        } else {
            CodeType::I64
        }
    }
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
    /// The code (`0` in a table of text codes, whose code is `text`).
    pub code: i64,
    /// The code of a table of text codes, as the vendor sends it.
    pub text: Option<String>,
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
    /// The vendor's own columns ([`Table::columns`]), each from the row or
    /// else the most specific range that sets it; `None` where empty.
    pub columns: Vec<Option<String>>,
}

impl CodeRow {
    /// What `name()` returns: the `name` column, else the text code, else
    /// the variant identifier.
    #[must_use]
    pub fn name(&self) -> &str {
        self.name
            .as_deref()
            .or(self.text.as_deref())
            .unwrap_or(&self.variant)
    }

    /// The code as the table writes it: the text, or the number.
    #[must_use]
    pub fn code_text(&self) -> String {
        match &self.text {
            Some(text) => text.clone(),
            None => self.code.to_string(),
        }
    }
}

/// A code as the table writes it: a number, or text in a table of text
/// codes. Ordered numbers first (by value), then text (by bytes).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CodeKey {
    /// A numeric code.
    Int(i64),
    /// A text code.
    Text(String),
}

impl std::fmt::Display for CodeKey {
    /// `51006`, `card_declined`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeKey::Int(code) => write!(f, "{code}"),
            CodeKey::Text(code) => f.write_str(code),
        }
    }
}

impl CodeRow {
    /// The row's code as a [`CodeKey`].
    #[must_use]
    pub fn key(&self) -> CodeKey {
        match &self.text {
            Some(text) => CodeKey::Text(text.clone()),
            None => CodeKey::Int(self.code),
        }
    }
}

/// A range row: defaults for the codes it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeRow {
    /// The line of the row in the table.
    pub line: usize,
    /// The first code covered (`0` for a prefix).
    pub first: i64,
    /// The last code covered, inclusive (`0` for a prefix).
    pub last: i64,
    /// The prefix of a `Prefix*` row of a table of text codes: every code
    /// that starts with it is covered.
    pub prefix: Option<String>,
    /// The `code` field as written (`11xxx`).
    pub pattern: String,
    /// The description of the group.
    pub message: String,
    /// The classification of a code this is the innermost range of.
    pub class: Class,
    /// The own columns of a code this is the innermost range of.
    pub columns: Vec<Option<String>>,
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
