//! The validated table: what `codetables_reader::check` produces and
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
    /// The type of the codes: text where the table is declared so
    /// (`#[codes(text)]`: every code is a [`CodeKey::Text`], every range a
    /// [`Covers::Prefix`]), else the narrowest integer type that holds every
    /// code and range ([`CodeType::of_numbers`]).
    pub code_type: CodeType,
}

/// The type of a table's codes, as generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CodeType {
    /// Every code and range lies in `0..=4294967295`.
    #[default]
    U32,
    /// Some code or range is negative or larger than `u32::MAX`.
    I64,
    /// The codes are text (`#[codes(text)]`).
    Text,
}

impl CodeType {
    /// `u32` when every code and range of a numeric table fits one, else
    /// `i64`.
    #[must_use]
    pub fn of_numbers(codes: &[CodeRow], ranges: &[RangeRow]) -> CodeType {
        let fits = |code: i64| u32::try_from(code).is_ok();
        let all_fit = codes.iter().all(|row| match row.code {
            CodeKey::Int(code) => fits(code),
            CodeKey::Text(_) => true,
        }) && ranges.iter().all(|range| match range.covers {
            Covers::Numbers { first, last } => fits(first) && fits(last),
            Covers::Prefix(_) => true,
        });
        if all_fit {
            CodeType::U32
        } else {
            CodeType::I64
        }
    }

    /// Whether the codes are text.
    #[must_use]
    pub fn is_text(self) -> bool {
        self == CodeType::Text
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
    /// The code, as the vendor sends it.
    pub code: CodeKey,
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
        match (&self.name, &self.code) {
            (Some(name), _) => name,
            (None, CodeKey::Text(text)) => text,
            (None, CodeKey::Int(_)) => &self.variant,
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

impl CodeKey {
    /// The number, for a numeric code.
    #[must_use]
    pub fn number(&self) -> Option<i64> {
        match self {
            CodeKey::Int(code) => Some(*code),
            CodeKey::Text(_) => None,
        }
    }

    /// The text, for a text code.
    #[must_use]
    pub fn text(&self) -> Option<&str> {
        match self {
            CodeKey::Int(_) => None,
            CodeKey::Text(code) => Some(code),
        }
    }

    /// The code as messages quote it: `51006`, `` `card_declined` ``.
    #[must_use]
    pub fn quoted(&self) -> String {
        match self {
            CodeKey::Int(code) => code.to_string(),
            CodeKey::Text(code) => format!("`{code}`"),
        }
    }
}

/// A range row: defaults for the codes it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeRow {
    /// The line of the row in the table.
    pub line: usize,
    /// The codes it covers.
    pub covers: Covers,
    /// The `code` field as written (`11xxx`).
    pub pattern: String,
    /// The description of the group.
    pub message: String,
    /// The classification of a code this is the innermost range of.
    pub class: Class,
    /// The own columns of a code this is the innermost range of.
    pub columns: Vec<Option<String>>,
}

/// The codes a range row covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Covers {
    /// The integers from `first` to `last`, inclusive (`11xxx`,
    /// `-32099..=-32000`).
    Numbers {
        /// The first code covered.
        first: i64,
        /// The last code covered.
        last: i64,
    },
    /// Every text code that starts with this (`AuthFailure.*`).
    Prefix(String),
}

impl Covers {
    /// Whether `code` is covered.
    #[must_use]
    pub fn contains(&self, code: &CodeKey) -> bool {
        match (self, code) {
            (Covers::Numbers { first, last }, CodeKey::Int(code)) => (first..=last).contains(&code),
            (Covers::Prefix(prefix), CodeKey::Text(code)) => code.starts_with(prefix.as_str()),
            _ => false,
        }
    }
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
