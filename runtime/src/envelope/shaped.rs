//! A body in the shape declared with `#[codes(envelope(...))]`, read in one
//! pass: the shape's fields are taken where its paths say (descending into
//! nested objects only along them), the payload is read straight into `T`
//! once the body has shown its outcome, and kept as JSON only while it has
//! not.

use std::fmt;

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
struct Said<C> {
    code: Option<C>,
    success: Option<bool>,
    /// The strings, as the error keeps them (blank ones dropped as read).
    server: ServerSaid,
    /// The value of a `data` path inside an object (boxed: rare, and `Said`
    /// is moved along with the decoder's state).
    nested_data: Option<Box<Value>>,
}

impl<C> Default for Said<C> {
    fn default() -> Self {
        Said {
            code: None,
            success: None,
            server: ServerSaid::default(),
            nested_data: None,
        }
    }
}

impl<C: Code> Said<C> {
    /// Reads the value of a field of `role`.
    fn read<'de, D: Deserializer<'de>>(&mut self, role: Role, value: D) -> Result<(), D::Error> {
        let server = &mut self.server;
        match role {
            Role::Code => {
                let sent = SentCode::<C>::deserialize(value)?;
                self.code = Some(sent.code);
                server.code_name = sent.unlisted_name.map(String::into_boxed_str);
            }
            Role::Message => server.message = Text::deserialize(value)?.0,
            Role::RequestId => server.request_id = Text::deserialize(value)?.0,
            Role::Date => server.date = Text::deserialize(value)?.0,
            Role::Success => self.success = Flag::deserialize(value)?.0,
            Role::Data => self.nested_data = Some(Box::new(Value::deserialize(value)?)),
        }
        Ok(())
    }
}

/// A code as sent: a number, a numeric string or a name; a name the table
/// does not list is kept (the code is then [`Code::MISSING`]), so that a
/// vendor's new error name does not make its responses undecodable.
struct SentCode<C> {
    code: C,
    unlisted_name: Option<String>,
}

impl<'de, C: Code> Deserialize<'de> for SentCode<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SentCodeVisitor<C>(std::marker::PhantomData<C>);
        impl<C: Code> Visitor<'_> for SentCodeVisitor<C> {
            type Value = SentCode<C>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(
                    f,
                    "a code of {}: a number, a numeric string or a name",
                    C::TABLE
                )
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
                CodeVisitor::<C>(std::marker::PhantomData)
                    .visit_u64(value)
                    .map(SentCode::known)
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
                CodeVisitor::<C>(std::marker::PhantomData)
                    .visit_i64(value)
                    .map(SentCode::known)
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                match CodeVisitor::<C>(std::marker::PhantomData).visit_str::<E>(value) {
                    Ok(code) => Ok(SentCode::known(code)),
                    // A number that does not fit stays an error; a name is kept.
                    Err(_) if value.bytes().any(|b| !b.is_ascii_digit() && b != b'-') => {
                        Ok(SentCode {
                            code: C::MISSING,
                            unlisted_name: Some(value.to_owned()),
                        })
                    }
                    Err(error) => Err(error),
                }
            }
        }
        deserializer.deserialize_any(SentCodeVisitor(std::marker::PhantomData))
    }
}

impl<C> SentCode<C> {
    fn known(code: C) -> Self {
        SentCode {
            code,
            unlisted_name: None,
        }
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

/// The value of one field of the shape.
struct Field<'s, C> {
    role: Role,
    said: &'s mut Said<C>,
}

impl<'de, C: Code> DeserializeSeed<'de> for Field<'_, C> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.said.read(self.role, deserializer)
    }
}

/// An object on the way to fields of the shape (`error` of `error.code`).
struct Nested<'s, C> {
    place: Place,
    said: &'s mut Said<C>,
}

impl<'de, C: Code> DeserializeSeed<'de> for Nested<'_, C> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, C: Code> Visitor<'de> for Nested<'_, C> {
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
    said: &mut Said<C>,
) -> Result<Taken, A::Error> {
    let shape = shape::<C>();
    match shape.lookup(place, key) {
        Found::Leaf(Role::Data) if place.is_root() => return Ok(Taken::Data),
        Found::DataHolding(inside) => {
            let value: Value = map.next_value()?;
            take_from_value(shape, inside, &value, said).map_err(de::Error::custom)?;
            if place.is_root() {
                return Ok(Taken::DataHolding(value));
            }
            said.nested_data = Some(Box::new(value));
        }
        Found::Leaf(role) => map.next_value_seed(Field { role, said })?,
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
    said: &mut Said<C>,
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
struct TakeNamed<'s, C> {
    said: &'s mut Said<C>,
}

impl<'de, C: Code> Intercept<'de> for TakeNamed<'_, C> {
    fn take<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        // Streaming happens only for a shape without a data field.
        Ok(take(Place::ROOT, key, map, self.said)? == Taken::Read)
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

    /// The outcome, where what was read so far settles it: the status, else
    /// the flag (waited for where the shape has one), else the code.
    fn outcome(&self, said: &Said<C>) -> Option<bool> {
        if self.seed.status_failed() {
            Some(false)
        } else if shape::<C>().success.is_some() {
            said.success
        } else {
            said.code.map(C::is_success)
        }
    }
}

impl<'de, C: Code, T: Deserialize<'de>> Visitor<'de> for ShapedVisitor<'_, C, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a response body of {}", C::TABLE)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let shape = shape::<C>();
        let mut said = Said::<C>::default();
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
                body = match self.outcome(&said) {
                    Some(true) => Body::Read(map.next_value()?),
                    Some(false) => {
                        map.next_value::<IgnoredAny>()?;
                        Body::Absent
                    }
                    None => Body::Kept(map.next_value()?),
                };
                continue;
            }
            let outcome = self.outcome(&said);
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
        finish(self, said, body, rest)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let success = !self.seed.status_failed();
        let data = if success {
            Some(T::deserialize(SeqAccessDeserializer::new(seq))?)
        } else {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            None
        };
        self.seed.fill(None, success, ServerSaid::default(), data);
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
        self.seed.fill(None, success, ServerSaid::default(), data);
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
    visitor
        .seed
        .fill(None, success, ServerSaid::default(), data);
    Ok(())
}

/// The envelope, once the whole object is read.
#[inline] // Called once; inlined, `said` is not moved.
fn finish<'de, C: Code, T: Deserialize<'de>, E: de::Error>(
    visitor: ShapedVisitor<'_, C, T>,
    mut said: Said<C>,
    body: Body<T>,
    rest: Vec<(String, Value)>,
) -> Result<(), E> {
    let code_sent = said.code.is_some();
    let success = !visitor.seed.status_failed()
        && match (said.success, said.code) {
            (Some(flag), _) => flag,
            (None, Some(code)) => code.is_success(),
            (None, None) => true,
        };
    let data = if success {
        let field = match body {
            Body::Read(payload) => Some(payload),
            Body::Kept(value) => Some(Option::<T>::deserialize(value).map_err(E::custom)?),
            Body::Absent => said
                .nested_data
                .take()
                .map(|value| Option::<T>::deserialize(*value))
                .transpose()
                .map_err(E::custom)?,
        };
        // The data field decides, `null` meaning no payload. Without one:
        // for a body with no code, the whole body; else the rest of the
        // object, where the shape says the payload can be that.
        let rest_is_payload =
            !code_sent || !matches!(shape::<C>().data, Payload::Field(_)) && !rest.is_empty();
        let payload = match field {
            Some(payload) => payload,
            None if rest_is_payload => {
                // Collected as JSON objects are read: a repeated key's last value.
                let rest: Map<String, Value> = rest.into_iter().collect();
                Some(T::deserialize(Value::Object(rest)).map_err(E::custom)?)
            }
            None => None,
        };
        Some(payload.map_or_else(no_payload::<T, E>, Ok)?)
    } else {
        None
    };
    let code = said.code;
    visitor.seed.fill(code, success, said.server, data);
    Ok(())
}
