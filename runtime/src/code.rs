//! The [`Code`] trait that every generated enum implements, and
//! [`CodeRepr`], the type its codes are written in (an integer, or text).

use core::fmt;
use core::hash::Hash;
use std::borrow::Cow;

use crate::{Kind, Shape};

mod sealed {
    pub trait Sealed {}
    impl Sealed for u32 {}
    impl Sealed for i64 {}
    impl Sealed for std::borrow::Cow<'static, str> {}
}

/// The type a table's codes are written in: `u32` when every code and
/// range of the table lies in `0..=4294967295`, `i64` when any is negative
/// or larger (`-1` "system busy", JSON-RPC's `-32601`), and for a table of
/// text codes (`#[codes(text)]`: Stripe's `card_declined`) `Cow<'static,
/// str>`: borrowed from the table for a listed code, owned for the text of
/// one it does not list.
///
/// Implemented for `u32`, `i64` and `Cow<'static, str>` only.
pub trait CodeRepr:
    sealed::Sealed + Clone + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// Whether the type has negative values (`i64`).
    const SIGNED: bool;

    /// Whether codes are text.
    const TEXT: bool;

    /// The code `value`, where it is one of this type (never for text).
    fn from_u64(value: u64) -> Option<Self>;

    /// The code `value`, where it is one of this type (never for text).
    fn from_i64(value: i64) -> Option<Self>;

    /// The code `text` writes: a decimal integer of this type, or for text
    /// the text itself.
    fn parse(text: &str) -> Option<Self>;
}

impl CodeRepr for u32 {
    const SIGNED: bool = false;
    const TEXT: bool = false;

    fn from_u64(value: u64) -> Option<u32> {
        u32::try_from(value).ok()
    }

    fn from_i64(value: i64) -> Option<u32> {
        u32::try_from(value).ok()
    }

    fn parse(text: &str) -> Option<u32> {
        text.parse().ok()
    }
}

impl CodeRepr for i64 {
    const SIGNED: bool = true;
    const TEXT: bool = false;

    fn from_u64(value: u64) -> Option<i64> {
        i64::try_from(value).ok()
    }

    fn from_i64(value: i64) -> Option<i64> {
        Some(value)
    }

    fn parse(text: &str) -> Option<i64> {
        text.parse().ok()
    }
}

impl CodeRepr for Cow<'static, str> {
    const SIGNED: bool = false;
    const TEXT: bool = true;

    fn from_u64(_: u64) -> Option<Self> {
        None
    }

    fn from_i64(_: i64) -> Option<Self> {
        None
    }

    fn parse(text: &str) -> Option<Self> {
        Some(Cow::Owned(text.to_owned()))
    }
}

/// What generic code needs of a generated status-code enum, numeric or
/// text.
///
/// `include_codes!` implements it for every enum it generates, so a client can
/// decide what to do with a response (retry, re-authenticate, report) for any
/// vendor; the `codetables` crate documentation shows such a function.
///
/// Every method is total: a code that is not in the table is the enum's
/// `Unknown` variant, classified by the table's ranges (or, for text codes,
/// `Prefix*` patterns) where one covers it.
///
/// Conversions go through the table's code type, [`Code::Repr`]: `C::from(raw)`
/// is total (unknown codes become `Unknown`), `raw = code.into()`. A
/// numeric enum is also `Copy`; a text one also converts from `&str`.
pub trait Code:
    Clone
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
    /// The type of the codes: `u32`, or `i64` for a table with codes
    /// below zero or above `u32::MAX`, or `Cow<'static, str>` for text
    /// codes.
    type Repr: CodeRepr;

    /// The path of the table the enum was generated from, as written in
    /// `include_codes!` (for messages and diagnostics).
    const TABLE: &'static str;

    /// Where the vendor's response bodies keep each part, from
    /// `#[codes(envelope(...))]`, else the built-in shape
    /// `#[codes(builtin = "…")]` names ([`Shape::FLAT`] by default). Bodies
    /// are read and written by it.
    const SHAPE: &'static Shape = &Shape::FLAT;

    /// The code of a successful response that sends no code: the table's
    /// first row of kind `ok`, else [`Code::MISSING`].
    const SUCCESS: Self;

    /// The code of a response that sends none, where no other applies:
    /// `Unknown(0)` (`Unknown("")` for text; not known, whatever the table
    /// lists).
    const MISSING: Self;

    /// Every code of the table, in table order (`Unknown` excluded).
    fn all() -> &'static [Self];

    /// The code, as the vendor sends it (borrowed from the table for a
    /// listed text code).
    fn code(&self) -> Self::Repr;

    /// The documented message; `""` for an unknown code.
    fn message(&self) -> &'static str;

    /// The vendor's symbolic name (or the variant name where the table has
    /// none; for text codes, the code); `""` for an unknown code.
    fn name(&self) -> &'static str;

    /// Whether the code is in the table.
    fn is_known(&self) -> bool;

    /// The variant for `code`, or `None` where the table has no such code.
    fn from_code(code: Self::Repr) -> Option<Self>;

    /// The variant whose [`name`](Code::name) is `name`, exactly.
    fn from_name(name: &str) -> Option<Self>;

    /// The cross-vendor class of the code.
    fn kind(&self) -> Kind;

    /// The HTTP status that goes with the code, where the table gives or implies one.
    fn http_status(&self) -> Option<u16>;

    /// Whether the code means success.
    fn is_success(&self) -> bool;

    /// Whether asking again later can give a different answer.
    fn is_retryable(&self) -> bool;

    /// The variant for a text code as sent, without copying the text of a
    /// listed code; `None` for a numeric table. Not public API: what the
    /// decoders of text codes call.
    #[doc(hidden)]
    #[must_use]
    fn __from_text(text: &str) -> Option<Self> {
        let _ = text;
        None
    }

    /// The HTTP status as an [`http::StatusCode`] (feature `http`).
    #[cfg(feature = "http")]
    fn status_code(&self) -> Option<http::StatusCode> {
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
