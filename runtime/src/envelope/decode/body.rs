//! A body in the table's shape, read in one pass: the shape's parts are taken where its paths say (`parts`:
//! descending into nested objects only along them), the payload is read
//! straight into `T` once the body has shown its outcome, and kept as JSON
//! only while it has not.

use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, SeqAccessDeserializer};
use serde::de::{
    self, Deserialize, Deserializer, IgnoredAny, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Map, Value};

use super::outcome::{self, Body};
use super::parts::{take, Said, TakeNamed, Taken};
use super::place::Place;
use super::present::Present;
use super::rest::{Key, RestOfMap};
use super::{no_payload, shape, EnvelopeSeed};
use crate::shape::Payload;
use crate::Code;

/// The body, read into the envelope the seed fills.
pub(super) struct BodyVisitor<'a, C, T> {
    seed: EnvelopeSeed<'a, C, T>,
}

impl<'a, C: Code, T> BodyVisitor<'a, C, T> {
    pub(super) fn new(seed: EnvelopeSeed<'a, C, T>) -> Self {
        BodyVisitor { seed }
    }
}

/// The outcome, where what was read so far settles it (the flag waited
/// for where the shape has one). A shape that reads the payload on the
/// code (the built-in ones) takes a code that says success as settling
/// it, and one that does not as settling nothing: a flag may still come.
#[inline(always)]
#[allow(clippy::inline_always)] // Constant-folded with the shape.
fn outcome<C: Code>(status_failed: bool, said: &Said<'_, C>) -> Option<bool> {
    let shape = shape::<C>();
    if shape.payload_on_code && !status_failed && said.success.is_none() {
        return said
            .code
            .as_ref()
            .filter(|code| code.is_success())
            .map(|_| true);
    }
    outcome::settled(
        status_failed,
        shape.success.is_some(),
        said.success,
        said.code.as_ref(),
    )
}

impl<'de, C: Code, T: Deserialize<'de>> Visitor<'de> for BodyVisitor<'_, C, T> {
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
        let success = outcome::is_success::<C>(self.seed.status_failed(), None, None);
        let data = if success {
            Some(T::deserialize(Present(SeqAccessDeserializer::new(seq)))?)
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
        let success = outcome::is_success::<C>(self.seed.status_failed(), None, None);
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
    visitor: BodyVisitor<'_, C, T>,
    value: D,
) -> Result<(), D::Error> {
    let success = outcome::is_success::<C>(visitor.seed.status_failed(), None, None);
    let data = if success {
        Some(T::deserialize(Present(value))?)
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
    let success = outcome::is_success(seed.status_failed(), heard.flag, heard.code.as_ref());
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
