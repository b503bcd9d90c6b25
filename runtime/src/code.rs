//! The [`Code`] trait that every generated enum implements.

use core::fmt;
use core::hash::Hash;

use crate::Kind;

/// What generic code needs of a generated status-code enum.
///
/// `include_codes!` implements it for every enum it generates, so a client can
/// decide what to do with a response (retry, re-authenticate, report) for any
/// vendor; the `codetables` crate documentation shows such a function.
///
/// Every method is total: a code that is not in the table is the enum's
/// `Unknown(n)` variant, classified by the table's ranges where one covers it.
pub trait Code:
    Copy + Eq + Hash + fmt::Debug + fmt::Display + From<u32> + Into<u32> + Send + Sync + 'static
{
    /// The path of the table the enum was generated from, as written in
    /// `include_codes!` (for messages and diagnostics).
    const TABLE: &'static str;

    /// Every code of the table, in table order (`Unknown` excluded).
    fn all() -> &'static [Self];

    /// The numeric code.
    fn code(self) -> u32;

    /// The documented message; `""` for an unknown code.
    fn message(self) -> &'static str;

    /// The vendor's symbolic name (or the variant name where the table has
    /// none); `""` for an unknown code.
    fn name(self) -> &'static str;

    /// Whether the code is in the table.
    fn is_known(self) -> bool;

    /// The variant for `code`, or `None` where the table has no such code.
    fn from_code(code: u32) -> Option<Self>;

    /// The variant whose [`name`](Code::name) is `name`, exactly.
    fn from_name(name: &str) -> Option<Self>;

    /// The cross-vendor class of the code.
    fn kind(self) -> Kind;

    /// The HTTP status that goes with the code, where the table gives or implies one.
    fn http_status(self) -> Option<u16>;

    /// Whether the code means success.
    fn is_success(self) -> bool;

    /// Whether asking again later can give a different answer.
    fn is_retryable(self) -> bool;

    /// The HTTP status as an [`http::StatusCode`] (feature `http`).
    #[cfg(feature = "http")]
    fn status_code(self) -> Option<http::StatusCode> {
        self.http_status()
            .and_then(|status| http::StatusCode::from_u16(status).ok())
    }
}

/// The error of a generated enum's `FromStr`: the text is not a name in the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCodeError {
    enum_name: &'static str,
    input: Box<str>,
}

impl ParseCodeError {
    /// An error for `input`, which is not a name of the enum `enum_name`.
    #[must_use]
    pub fn new(enum_name: &'static str, input: &str) -> Self {
        ParseCodeError {
            enum_name,
            input: input.into(),
        }
    }

    /// The text that was not recognized.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The name of the enum whose names were searched.
    #[must_use]
    pub fn enum_name(&self) -> &'static str {
        self.enum_name
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not the name of a {} code",
            self.input, self.enum_name
        )
    }
}

impl std::error::Error for ParseCodeError {}
