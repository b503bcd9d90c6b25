//! A body in the shape declared with `#[codes(envelope(...))]`, read in one
//! pass: the shape's fields are taken where its paths say (descending into
//! nested objects only along them), the payload is read straight into `T`
//! once the body has shown its outcome, and kept as JSON only while it has
//! not.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{BorrowedStrDeserializer, SeqAccessDeserializer};
use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, IntoDeserializer, MapAccess,
    SeqAccess, Visitor,
};
use serde_json::{Map, Value};

use super::rest::{Intercept, Key, RestOfMap};
use super::text::{Flag, Text};
use super::{no_payload, EnvelopeSeed};
use crate::error::ServerSaid;
use crate::serde_support::CodeVisitor;
use crate::shape::{Found, Payload, Place, Role, Shape};
use crate::Code;

/// What the body said besides its payload.
struct Said<'a, C> {
    code: Option<C>,
    success: Option<bool>,
    /// The strings, written straight into the envelope's (blank ones
    /// dropped as read).
    server: &'a mut ServerSaid,
    /// The value of a `data` path inside an object (boxed: rare).
    nested_data: Option<Box<Value>>,
}

impl<'a, C> Said<'a, C> {
    fn new(server: &'a mut ServerSaid) -> Self {
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
    fn read<'de, S: Source<'de>>(&mut self, role: Role, source: S) -> Result<(), S::Error> {
        let server = &mut *self.server;
        match role {
            Role::Code => source.seed(SentCode {
                code: &mut self.code,
                unlisted_name: &mut server.code_name,
            })?,
            Role::Message => server.message = source.get::<Text>()?.0,
            Role::RequestId => server.request_id = source.get::<Text>()?.0,
            Role::Date => server.date = source.get::<Text>()?.0,
            Role::Success => self.success = source.get::<Flag>()?.0,
            Role::Data => self.nested_data = Some(Box::new(source.get::<Value>()?)),
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
        write!(
            f,
            "a code of {}: a number, a numeric string or a name",
            C::TABLE
        )
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

    fn visit_str<E: de::Error>(self, value: &str) -> Result<(), E> {
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

/// The declared shape of `C`. A constant once `C` is known: inlined, the
/// comparisons of keys with its paths compile to comparisons with literals,
/// as if the decoder had been written for this one shape.
#[inline(always)]
#[allow(clippy::inline_always)] // The point: every call site sees the constant.
fn shape<C: Code>() -> &'static Shape {
    /// Never used: a `ShapedVisitor` is made only for a `C` with a shape.
    static NONE: Shape = Shape {
        code: &[],
        message: None,
        request_id: None,
        date: None,
        success: None,
        data: Payload::Rest,
    };
    match C::SHAPE {
        Some(shape) => shape,
        None => &NONE,
    }
}

/// An object on the way to fields of the shape (`error` of `error.code`).
struct Nested<'s, 'a, C> {
    place: Place,
    said: &'s mut Said<'a, C>,
}

impl<'de, C: Code> DeserializeSeed<'de> for Nested<'_, '_, C> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, C: Code> Visitor<'de> for Nested<'_, '_, C> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.place.roles().find_map(|role| shape::<C>().path(role));
        let prefix = path.map_or(&[][..], |path| &path[..self.place.depth()]);
        write!(
            f,
            "an object at `{}`, as the envelope declares",
            prefix.join(".")
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<Key<'de>>()? {
            take(self.place, key.as_str(), &mut map, self.said)?;
        }
        Ok(())
    }
}

/// What [`take`] did with a key.
#[derive(PartialEq, Eq)]
enum Taken {
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
fn take<'de, A: MapAccess<'de>, C: Code>(
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
        Found::Leaf(Role::Data) if place.is_root() => return Ok(Taken::Data),
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
    for role in inside.roles() {
        let Some(path) = shape.path(role) else {
            continue;
        };
        let below = path.get(inside.depth()..).unwrap_or_default();
        let found = below.iter().try_fold(value, |value, key| value.get(key));
        if let Some(found) = found {
            said.read(role, found)?;
        }
    }
    Ok(())
}

/// The shape's fields met among the payload's, while it is streamed.
struct TakeNamed<'s, 'a, C> {
    said: &'s mut Said<'a, C>,
}

impl<'de, C: Code> Intercept<'de> for TakeNamed<'_, '_, C> {
    type Part = Found;

    #[inline]
    fn find(&self, key: &str) -> Option<Found> {
        match shape::<C>().lookup(Place::ROOT, key) {
            Found::Nothing => None,
            found => Some(found),
        }
    }

    fn take<A: MapAccess<'de>>(&mut self, found: Found, map: &mut A) -> Result<(), A::Error> {
        // Streaming happens only for a shape without a data field, so
        // `found` is a part or an object on the way to some.
        take_found(Place::ROOT, found, map, self.said).map(drop)
    }
}

/// The `data` field, while the body is being read.
enum Body<T> {
    /// Not met (yet).
    Absent,
    /// Read straight into `T`: the outcome was already known to be a success.
    Read(Option<T>),
    /// Kept as JSON until the outcome is known.
    Kept(Value),
}

pub(super) struct ShapedVisitor<'a, C, T> {
    seed: EnvelopeSeed<'a, C, T>,
}

impl<'a, C: Code, T> ShapedVisitor<'a, C, T> {
    pub(super) fn new(seed: EnvelopeSeed<'a, C, T>) -> Self {
        ShapedVisitor { seed }
    }
}

/// The outcome, where what was read so far settles it: the status, else
/// the flag (waited for where the shape has one), else the code.
fn outcome<C: Code>(status_failed: bool, said: &Said<'_, C>) -> Option<bool> {
    if status_failed {
        Some(false)
    } else if shape::<C>().success.is_some() {
        said.success
    } else {
        said.code.map(C::is_success)
    }
}

impl<'de, C: Code, T: Deserialize<'de>> Visitor<'de> for ShapedVisitor<'_, C, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a response body of {}", C::TABLE)
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Self::Value, A::Error> {
        let shape = shape::<C>();
        let status_failed = self.seed.status_failed();
        let mut said = Said::<C>::new(self.seed.said());
        let mut body = Body::<T>::Absent;
        // Entries that may be the payload: the rest of the object, or the
        // whole body if no code comes. (A `Vec` until needed: a `Map` costs
        // its drop even when empty, on every body.)
        let mut rest: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let taken = take(Place::ROOT, key.as_str(), &mut map, &mut said)?;
            if taken == Taken::Read {
                continue;
            }
            if let Taken::DataHolding(value) = taken {
                body = Body::Kept(value);
                continue;
            }
            if taken == Taken::Data {
                body = match outcome(status_failed, &said) {
                    Some(true) => Body::Read(map.next_value()?),
                    Some(false) => {
                        map.next_value::<IgnoredAny>()?;
                        Body::Absent
                    }
                    None => Body::Kept(map.next_value()?),
                };
                continue;
            }
            let outcome = outcome(status_failed, &said);
            let streams = outcome == Some(true) && rest.is_empty() && shape.data == Payload::Rest;
            if streams {
                let intercept = TakeNamed { said: &mut said };
                let payload = T::deserialize(RestOfMap::intercepted(key, &mut map, intercept))?;
                body = Body::Read(Some(payload));
                break;
            }
            let needed = match shape.data {
                Payload::Field(_) => said.code.is_none() && outcome != Some(false),
                Payload::FieldElseRest(_) | Payload::Rest => outcome != Some(false),
            };
            if needed {
                rest.push((key.into_owned(), map.next_value()?));
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        let heard = Heard::from(said);
        finish(self.seed, heard, body, rest)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let success = !self.seed.status_failed();
        let data = if success {
            Some(T::deserialize(SeqAccessDeserializer::new(seq))?)
        } else {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            None
        };
        self.seed.fill(None, success, data);
        Ok(())
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
        scalar(self, BorrowedStrDeserializer::new(text))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        scalar(self, text.to_owned().into_deserializer())
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
        scalar(self, value.into_deserializer())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        scalar(self, value.into_deserializer())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        scalar(self, value.into_deserializer())
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        scalar(self, value.into_deserializer())
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        let success = !self.seed.status_failed();
        let data = if success {
            Some(no_payload::<T, E>()?)
        } else {
            None
        };
        self.seed.fill(None, success, data);
        Ok(())
    }
}

/// A body that is one scalar: a success whose payload it is.
fn scalar<'de, C: Code, T: Deserialize<'de>, D: Deserializer<'de>>(
    visitor: ShapedVisitor<'_, C, T>,
    value: D,
) -> Result<(), D::Error> {
    let success = !visitor.seed.status_failed();
    let data = if success {
        Some(T::deserialize(value)?)
    } else {
        None
    };
    visitor.seed.fill(None, success, data);
    Ok(())
}

/// What the body said besides the server's strings, once the whole object
/// is read.
struct Heard<C> {
    code: Option<C>,
    flag: Option<bool>,
    nested_data: Option<Box<Value>>,
}

impl<C> From<Said<'_, C>> for Heard<C> {
    fn from(said: Said<'_, C>) -> Self {
        Heard {
            code: said.code,
            flag: said.success,
            nested_data: said.nested_data,
        }
    }
}

/// Fills the envelope once the whole object is read: the outcome, the code
/// and the payload.
#[inline] // Called once; inlined, nothing is moved twice.
fn finish<'de, C: Code, T: Deserialize<'de>, E: de::Error>(
    seed: EnvelopeSeed<'_, C, T>,
    heard: Heard<C>,
    body: Body<T>,
    rest: Vec<(String, Value)>,
) -> Result<(), E> {
    let success = !seed.status_failed()
        && match (heard.flag, heard.code) {
            (Some(flag), _) => flag,
            (None, Some(code)) => code.is_success(),
            (None, None) => true,
        };
    let data = if success {
        let field = match body {
            Body::Read(payload) => Some(payload),
            Body::Kept(value) => Some(from_kept(value)?),
            Body::Absent => heard
                .nested_data
                .map(|value| from_kept(*value))
                .transpose()?,
        };
        // The data field decides, `null` meaning no payload. Without one:
        // for a body with no code, the whole body; else the rest of the
        // object, where the shape says the payload can be that.
        let rest_is_payload = heard.code.is_none()
            || !matches!(shape::<C>().data, Payload::Field(_)) && !rest.is_empty();
        let payload = match field {
            Some(payload) => payload,
            None if rest_is_payload => Some(from_rest(rest)?),
            None => None,
        };
        Some(payload.map_or_else(no_payload::<T, E>, Ok)?)
    } else {
        None
    };
    seed.fill(heard.code, success, data);
    Ok(())
}

/// The payload from the `data` field, kept as JSON while the outcome was
/// not known. Out of line: the common bodies read it straight into `T`.
#[inline(never)]
fn from_kept<'de, T: Deserialize<'de>, E: de::Error>(value: Value) -> Result<Option<T>, E> {
    Option::<T>::deserialize(value).map_err(E::custom)
}

/// The payload from the rest of the object, collected as JSON objects are
/// read (a repeated key's last value). Out of line, as [`from_kept`].
#[inline(never)]
fn from_rest<'de, T: Deserialize<'de>, E: de::Error>(rest: Vec<(String, Value)>) -> Result<T, E> {
    let rest: Map<String, Value> = rest.into_iter().collect();
    T::deserialize(Value::Object(rest)).map_err(E::custom)
}
