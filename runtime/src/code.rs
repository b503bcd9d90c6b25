//! The [`Code`] trait that every generated enum implements, and
//! [`CodeRepr`], the integer type its codes are written in.

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

use crate::{Kind, Shape};

mod sealed {
    pub trait Sealed {}
    impl Sealed for u32 {}
    impl Sealed for i64 {}
}

/// The integer type a table's codes are written in: `u32` when every code
/// and range of the table lies in `0..=4294967295`, `i64` when any is
/// negative or larger (`-1` "system busy", JSON-RPC's `-32601`).
///
/// Implemented for `u32` and `i64` only.
pub trait CodeRepr:
    sealed::Sealed
    + Copy
    + Eq
    + Ord
    + Hash
    + fmt::Debug
    + fmt::Display
    + FromStr
    + Into<i64>
    + TryFrom<i64>
    + TryFrom<u64>
    + Send
    + Sync
    + 'static
{
    /// Whether the type has negative values (`i64`).
    const SIGNED: bool;
}

impl CodeRepr for u32 {
    const SIGNED: bool = false;
}

impl CodeRepr for i64 {
    const SIGNED: bool = true;
}

/// What generic code needs of a generated status-code enum.
///
/// `include_codes!` implements it for every enum it generates, so a client can
/// decide what to do with a response (retry, re-authenticate, report) for any
/// vendor; the `codetables` crate documentation shows such a function.
///
/// Every method is total: a code that is not in the table is the enum's
/// `Unknown(n)` variant, classified by the table's ranges where one covers it.
///
/// Conversions go through the table's code type, [`Code::Repr`]: `C::from(raw)`
/// is total (unknown codes become `Unknown(raw)`), `raw = code.into()`.
pub trait Code:
    Copy
    + Eq
    + Hash
    + fmt::Debug
    + fmt::Display
    + From<<Self as Code>::Repr>
    + Into<<Self as Code>::Repr>
    + Send
    + Sync
    + 'static
{
    /// The integer type of the codes: `u32`, or `i64` for a table with
    /// codes below zero or above `u32::MAX`.
    type Repr: CodeRepr;

    /// The path of the table the enum was generated from, as written in
    /// `include_codes!` (for messages and diagnostics).
    const TABLE: &'static str;

    /// Where the vendor's response bodies keep each part, from
    /// `#[codes(envelope(...))]`; `None` for the seeds' built-in shapes.
    const SHAPE: Option<&'static Shape> = None;

    /// The code of a successful response that sends no code: the table's
    /// first row of kind `ok`, else [`Code::MISSING`].
    const SUCCESS: Self;

    /// The code of a response that sends none, where no other applies:
    /// `Unknown(0)` (not known, whatever the table lists).
    const MISSING: Self;

    /// Every code of the table, in table order (`Unknown` excluded).
    fn all() -> &'static [Self];

    /// The numeric code.
    fn code(self) -> Self::Repr;

    /// The documented message; `""` for an unknown code.
    fn message(self) -> &'static str;

    /// The vendor's symbolic name (or the variant name where the table has
    /// none); `""` for an unknown code.
    fn name(self) -> &'static str;

    /// Whether the code is in the table.
    fn is_known(self) -> bool;

    /// The variant for `code`, or `None` where the table has no such code.
    fn from_code(code: Self::Repr) -> Option<Self>;

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
