//! serde for code enums: a numeric code is written as its number and read
//! from a number, a numeric string (`"2000"`) or the vendor's symbolic
//! name; a text code is written and read as its text.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

use crate::{Code, CodeRepr};

/// Reads a code of `C`: for a numeric table from a number, a numeric
/// string or a symbolic name; for a text table from any string (a number
/// is read as its decimal text).
///
/// Codes the table does not list are kept (`Unknown`); for a numeric table
/// a name the table does not list, a fractional number, or a number outside
/// the table's code type ([`Code::Repr`]: a negative number for a `u32`
/// table) is an error. Non-self-describing formats read the code type
/// itself.
///
/// # Errors
/// The deserializer's error, or one of the above.
pub fn deserialize_code<'de, C: Code, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(CodeVisitor(PhantomData))
    } else if <C::Repr as CodeRepr>::TEXT {
        deserializer.deserialize_str(CodeVisitor(PhantomData))
    } else if <C::Repr as CodeRepr>::SIGNED {
        deserializer.deserialize_i64(CodeVisitor(PhantomData))
    } else {
        deserializer.deserialize_u32(CodeVisitor(PhantomData))
    }
}

/// The visitor behind [`deserialize_code`], also used by the envelope.
pub(crate) struct CodeVisitor<C>(pub(crate) PhantomData<C>);

impl<C: Code> Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if <C::Repr as CodeRepr>::TEXT {
            write!(f, "a code of {}: a string", C::TABLE)
        } else {
            write!(
                f,
                "a code of {}: a number, a numeric string or a code name",
                C::TABLE
            )
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<C, E> {
        if <C::Repr as CodeRepr>::TEXT {
            return self.visit_str(&value.to_string());
        }
        <C::Repr as CodeRepr>::from_u64(value)
            .map(C::from)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<C, E> {
        if <C::Repr as CodeRepr>::TEXT {
            return self.visit_str(&value.to_string());
        }
        <C::Repr as CodeRepr>::from_i64(value)
            .map(C::from)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Signed(value), &self))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<C, E> {
        if let Some(code) = C::__from_text(value) {
            return Ok(code);
        }
        let digits = value.strip_prefix('-').unwrap_or(value);
        let numeric = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        if <C::Repr as CodeRepr>::TEXT || numeric {
            return <C::Repr as CodeRepr>::parse(value)
                .map(C::from)
                .ok_or_else(|| E::invalid_value(de::Unexpected::Str(value), &self));
        }
        C::from_name(value).ok_or_else(|| {
            E::custom(format_args!(
                "unknown code name {value:?}: not a name in {} (and not a number)",
                C::TABLE
            ))
        })
    }
}
