//! Reading a body by the table's [`Shape`](crate::Shape), declared or
//! built in, in one pass:
//!
//! - `body`: the body's object, and bodies that are not one;
//! - `parts`: the shape's parts, read where its paths say, in nested
//!   objects and arrays or inside a payload kept as JSON;
//! - `place`: what a key is to the shape, at the object it is in;
//! - `outcome`: whether a response is a success;
//! - `rest`: the rest of an object as the payload, streamed;
//! - `text`: the server's strings, whatever JSON type they come as;
//! - `present`: a payload that is there, even where `T` is an `Option`.

mod body;
mod outcome;
mod parts;
mod place;
mod present;
mod rest;
mod text;

#[cfg(feature = "http")]
pub(super) use self::parts::read_code_text;

use serde::de::{self, value::UnitDeserializer, Deserialize, DeserializeSeed, Deserializer};

use super::Envelope;
use crate::error::ServerSaid;
use crate::shape::Shape;
use crate::Code;

/// The shape of `C`. A constant once `C` is known: inlined, the
/// comparisons of keys with its paths compile to comparisons with literals,
/// as if the decoder had been written for this one shape.
#[inline(always)]
#[allow(clippy::inline_always)] // The point: every call site sees the constant.
fn shape<C: Code>() -> &'static Shape {
    C::SHAPE
}

/// Decodes a body into an [`Envelope::unread`] that knows the HTTP status,
/// if any.
pub(super) struct EnvelopeSeed<'a, C, T> {
    pub(super) out: &'a mut Envelope<C, T>,
}

impl<C, T> EnvelopeSeed<'_, C, T> {
    /// Whether the HTTP status rules success out.
    fn status_failed(&self) -> bool {
        self.out.status.is_some_and(|s| !(200..=299).contains(&s))
    }

    /// Where the server's strings go, as they are read.
    fn said(&mut self) -> &mut ServerSaid {
        &mut self.out.said
    }

    /// Records the code, the outcome and the payload.
    #[inline]
    fn fill(self, code: Option<C>, success: bool, data: Option<T>) {
        self.out.code = code;
        self.out.success = success;
        self.out.data = data;
    }
}

impl<'de, C: Code, T: Deserialize<'de>> DeserializeSeed<'de> for EnvelopeSeed<'_, C, T> {
    type Value = ();

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(body::BodyVisitor::new(self))
    }
}

/// The payload of a success that has none: `T` made from nothing where it
/// can be (`Option<_>`, `()`), else an error that says what to do.
pub(super) fn no_payload<'de, T: Deserialize<'de>, E: de::Error>() -> Result<T, E> {
    T::deserialize(UnitDeserializer::<E>::new()).map_err(|_: E| {
        E::custom(format_args!(
            "the response is a success without `data`, which a {} cannot be made from; \
             decode it as an `Option`",
            std::any::type_name::<T>()
        ))
    })
}
