//! The parts of a declared shape (code, message, request id, date, success
//! flag, a nested payload), read where the shape's paths say: in the body's
//! object, in the objects and arrays on the way to them (`errors.0.code`:
//! the first element of `errors`), or inside a payload kept as JSON.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::Value;

use super::rest::{Intercept, Key};
use super::shape;
use super::text::{Flag, Text};
use crate::error::ServerSaid;
use crate::serde_support::CodeVisitor;
use codetables_core::Part;

use super::place::{Found, Place};
use crate::shape::Shape;
use crate::{Code, CodeRepr};

/// What the body said besides its payload.
pub(super) struct Said<'a, C> {
    pub(super) code: Option<C>,
    pub(super) success: Option<bool>,
    /// The strings, written straight into the envelope's (blank ones
    /// dropped as read).
    pub(super) server: &'a mut ServerSaid,
    /// The value of a `data` path inside an object (boxed: rare).
    pub(super) nested_data: Option<Box<Value>>,
}

impl<'a, C> Said<'a, C> {
    pub(super) fn new(server: &'a mut ServerSaid) -> Self {
        Said {
            code: None,
            success: None,
            server,
            nested_data: None,
        }
    }
}

impl<C: Code> Said<'_, C> {
    /// Reads the value of a field of `role` from `source`. Each role reads
    /// its own type straight from the source, so that every arm is a small
    /// call of its own rather than one seed that holds them all.
    #[inline(always)]
    #[allow(clippy::inline_always)] // Called with a constant role where it can be.
    fn read<'de, S: Source<'de>>(&mut self, role: Part, source: S) -> Result<(), S::Error> {
        let server = &mut *self.server;
        match role {
            Part::Code => source.seed(SentCode {
                code: &mut self.code,
                unlisted_name: &mut server.code_name,
            })?,
            Part::Message => server.message = source.get::<Text>()?.0,
            Part::RequestId => server.request_id = source.get::<Text>()?.0,
            Part::Date => server.date = source.get::<Text>()?.0,
            Part::Details => server.details = source.get::<Text>()?.0,
            Part::Success => self.success = source.get::<Flag>()?.0,
            Part::Data => self.nested_data = Some(Box::new(source.get::<Value>()?)),
        }
        Ok(())
    }
}

/// Where a part's value is read from: the value of the current entry of an
/// object being read, or a value of its own (inside a payload kept as JSON).
trait Source<'de>: Sized {
    type Error: de::Error;

    fn seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Self::Error>;

    #[inline]
    fn get<V: Deserialize<'de>>(self) -> Result<V, Self::Error> {
        self.seed(PhantomData)
    }
}

/// The value of the entry whose key was just read.
struct NextValue<'m, A>(&'m mut A);

impl<'de, A: MapAccess<'de>> Source<'de> for NextValue<'_, A> {
    type Error = A::Error;

    #[inline]
    fn seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(seed)
    }
}

/// A whole value, as a deserializer gives it (an element of an array).
struct Whole<D>(D);

impl<'de, D: Deserializer<'de>> Source<'de> for Whole<D> {
    type Error = D::Error;

    #[inline]
    fn seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, D::Error> {
        seed.deserialize(self.0)
    }
}

impl<'de> Source<'de> for &'de Value {
    type Error = serde_json::Error;

    fn seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, serde_json::Error> {
        seed.deserialize(self)
    }
}

/// A code as sent, read into its place: a number, a numeric string or a
/// name; a name the table does not list is kept (the code is then
/// [`Code::MISSING`]), so that a vendor's new error name does not make its
/// responses undecodable.
struct SentCode<'s, C> {
    code: &'s mut Option<C>,
    unlisted_name: &'s mut Option<Box<str>>,
}

impl<C> SentCode<'_, C> {
    fn known(self, code: C) {
        *self.code = Some(code);
        *self.unlisted_name = None;
    }
}

impl<'de, C: Code> DeserializeSeed<'de> for SentCode<'_, C> {
    type Value = ();

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<C: Code> Visitor<'_> for SentCode<'_, C> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if <C::Repr as CodeRepr>::TEXT {
            write!(f, "a code of {}: a string or a number", C::TABLE)
        } else {
            write!(
                f,
                "a code of {}: a number, a numeric string or a name",
                C::TABLE
            )
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<(), E> {
        let code = CodeVisitor::<C>(PhantomData).visit_u64(value)?;
        self.known(code);
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<(), E> {
        let code = CodeVisitor::<C>(PhantomData).visit_i64(value)?;
        self.known(code);
        Ok(())
    }

    /// `"code": null` is no code, as an absent one (`OpenAI`'s server errors).
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<(), E> {
        let value = match shape::<C>().code_after {
            // AWS: `com.amazonaws.dynamodb.v20120810#ThrottlingException`.
            Some(separator) => value.rsplit(separator).next().unwrap_or(value),
            None => value,
        };
        // `"code": ""` says no code, as `null` does (no table has an
        // empty code).
        if value.is_empty() {
            return Ok(());
        }
        match CodeVisitor::<C>(PhantomData).visit_str::<E>(value) {
            Ok(code) => self.known(code),
            // A number that does not fit stays an error; a name is kept.
            Err(_) if value.bytes().any(|b| !b.is_ascii_digit() && b != b'-') => {
                *self.code = Some(C::MISSING);
                *self.unlisted_name = Some(value.into());
            }
            Err(error) => return Err(error),
        }
        Ok(())
    }
}

/// Reads a code sent as text outside the body (a header's value) into
/// `code`, as a body's string is read: `code_after` applies, an unlisted
/// name is kept, and a number that fits no code is no code.
#[cfg(feature = "http")]
pub(in crate::envelope) fn read_code_text<C: Code>(
    value: &str,
    code: &mut Option<C>,
    unlisted_name: &mut Option<Box<str>>,
) {
    let read = SentCode {
        code,
        unlisted_name,
    }
    .visit_str::<serde_json::Error>(value);
    // The status stays the answer where the value fits no code.
    drop(read);
}

/// An object or array on the way to fields of the shape (`error` of
/// `error.code`, `errors` of `errors.0.code`).
struct Nested<'s, 'a, C> {
    place: Place,
    said: &'s mut Said<'a, C>,
}

impl<'de, C: Code> DeserializeSeed<'de> for Nested<'_, '_, C> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, C: Code> Visitor<'de> for Nested<'_, '_, C> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.place.paths(shape::<C>()).next().map(|(_, path)| path);
        let prefix = path.map_or(&[][..], |path| &path[..self.place.depth()]);
        // The segment below says which: a position needs an array.
        let next = path.and_then(|path| path.get(self.place.depth()));
        let what = if next.is_some_and(|key| key.parse::<usize>().is_ok()) {
            "an array"
        } else {
            "an object"
        };
        write!(
            f,
            "{what} at `{}`, as the envelope declares",
            prefix.join(".")
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<Key<'de>>()? {
            take(self.place, key.as_str(), &mut map, self.said)?;
        }
        Ok(())
    }

    /// `null` where the path goes on: nothing there, as if absent (a
    /// JSON-RPC success's `"error": null`, GraphQL's `"errors": null`).
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    /// An array: each element is looked up by its position, as the path
    /// writes it (`"0"`).
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut digits = [0u8; 20];
        for index in 0.. {
            let more = match shape::<C>().lookup(self.place, position(index, &mut digits)) {
                Found::Leaf(role) => seq
                    .next_element_seed(Element {
                        role,
                        said: &mut *self.said,
                    })?
                    .is_some(),
                Found::Object(place) => seq
                    .next_element_seed(Nested {
                        place,
                        said: &mut *self.said,
                    })?
                    .is_some(),
                // A payload that holds other parts, inside an array: no
                // vendor sends one; skipped like the elements off the paths.
                Found::DataHolding(_) | Found::Nothing => {
                    seq.next_element::<IgnoredAny>()?.is_some()
                }
            };
            if !more {
                break;
            }
        }
        Ok(())
    }
}

/// `index` in decimal, written into `digits`, without allocating.
fn position(index: usize, digits: &mut [u8; 20]) -> &str {
    let mut at = digits.len();
    let mut rest = index;
    loop {
        at -= 1;
        // `rest % 10` is a digit: the cast keeps it whole.
        #[allow(clippy::cast_possible_truncation)]
        let digit = (rest % 10) as u8;
        digits[at] = b'0' + digit;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    std::str::from_utf8(&digits[at..]).unwrap_or_default()
}

/// An array element that is a part of the shape (`errors.0` where the code
/// is the first element of `errors`).
struct Element<'s, 'a, C> {
    role: Part,
    said: &'s mut Said<'a, C>,
}

impl<'de, C: Code> DeserializeSeed<'de> for Element<'_, '_, C> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.said.read(self.role, Whole(deserializer))
    }
}

/// What [`take`] did with a key.
#[derive(PartialEq, Eq)]
pub(super) enum Taken {
    /// Read into `said` (or skipped, inside a nested object).
    Read,
    /// The top-level `data` field: left unread, for the caller.
    Data,
    /// The top-level `data` field holding other parts: read, the parts taken.
    DataHolding(Value),
    /// Not the shape's: left unread.
    Other,
}

/// Reads the value of `key` (inside the object at `place`) into `said` if
/// the shape names it, or an object on the way to a field it names. At the
/// top level, leaves the data field and keys the shape does not name unread.
#[inline(always)]
#[allow(clippy::inline_always)]
pub(super) fn take<'de, A: MapAccess<'de>, C: Code>(
    place: Place,
    key: &str,
    map: &mut A,
    said: &mut Said<'_, C>,
) -> Result<Taken, A::Error> {
    take_found(place, shape::<C>().lookup(place, key), map, said)
}

/// [`take`], once the key is looked up.
#[inline(always)]
#[allow(clippy::inline_always)]
fn take_found<'de, A: MapAccess<'de>, C: Code>(
    place: Place,
    found: Found,
    map: &mut A,
    said: &mut Said<'_, C>,
) -> Result<Taken, A::Error> {
    match found {
        Found::Leaf(Part::Data) if place.is_root() => return Ok(Taken::Data),
        Found::DataHolding(inside) => {
            let value: Value = map.next_value()?;
            take_from_value(shape::<C>(), inside, &value, said).map_err(de::Error::custom)?;
            if place.is_root() {
                return Ok(Taken::DataHolding(value));
            }
            said.nested_data = Some(Box::new(value));
        }
        Found::Leaf(role) => said.read(role, NextValue(map))?,
        Found::Object(place) => map.next_value_seed(Nested { place, said })?,
        Found::Nothing if !place.is_root() => {
            map.next_value::<IgnoredAny>()?;
        }
        Found::Nothing => return Ok(Taken::Other),
    }
    Ok(Taken::Read)
}

/// Takes the parts inside the payload object `value`, the object at `inside`.
fn take_from_value<C: Code>(
    shape: &Shape,
    inside: Place,
    value: &Value,
    said: &mut Said<'_, C>,
) -> Result<(), serde_json::Error> {
    for (role, path) in inside.paths(shape) {
        let below = path.get(inside.depth()..).unwrap_or_default();
        let found = below.iter().try_fold(value, |value, key| child(value, key));
        if let Some(found) = found {
            said.read(role, found)?;
        }
    }
    Ok(())
}

/// The value at `key` of an object, or at position `key` of an array.
fn child<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Array(items) => items.get(key.parse::<usize>().ok()?),
        _ => value.get(key),
    }
}

/// The shape's fields met among the payload's, while it is streamed.
pub(super) struct TakeNamed<'s, 'a, C> {
    pub(super) said: &'s mut Said<'a, C>,
}

impl<'de, C: Code> Intercept<'de> for TakeNamed<'_, '_, C> {
    type Part = Found;

    #[inline]
    fn find(&self, key: &str) -> Option<Found> {
        match shape::<C>().lookup(Place::ROOT, key) {
            // A data field met while the rest is streamed is the rest's.
            Found::Nothing | Found::Leaf(Part::Data) => None,
            found => Some(found),
        }
    }

    fn take<A: MapAccess<'de>>(&mut self, found: Found, map: &mut A) -> Result<(), A::Error> {
        // `find` leaves the data field to the rest, so `found` is a part or
        // an object on the way to some.
        take_found(Place::ROOT, found, map, self.said).map(drop)
    }
}
