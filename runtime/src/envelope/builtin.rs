//! The seeds' shapes, for tables without `#[codes(envelope(...))]`: flat
//! Stardust (`code`, `message`, `requestId`, `date`, `success`, `data`),
//! flat with `msg`, and Clarifai's nested `status` with the rest of the
//! object as the payload.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};

use super::outcome::{self, Body};
use super::rest::{Key, RestOfMap};
use super::text::StringText;
use super::{no_payload, CodeField, EnvelopeSeed};
use crate::Code;

/// The keys the envelope knows; every other key is payload (nested shape),
/// borrowed from the body where it has no escapes.
enum Field<'de> {
    Code,
    Data,
    Message,
    Date,
    RequestId,
    Success,
    Status,
    Other(Key<'de>),
}

impl<'de> Deserialize<'de> for Field<'de> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Field<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Field<'de>, E> {
                Ok(match Field::known(key) {
                    Some(field) => field,
                    None => Field::Other(Key::Borrowed(key)),
                })
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Field<'de>, E> {
                Ok(match Field::known(key) {
                    Some(field) => field,
                    None => Field::Other(Key::Owned(key.into())),
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

impl Field<'_> {
    /// The envelope's own keys.
    #[inline]
    fn known(key: &str) -> Option<Self> {
        Some(match key {
            "code" => Field::Code,
            "data" => Field::Data,
            "message" | "msg" => Field::Message,
            "date" => Field::Date,
            "requestId" | "request_id" => Field::RequestId,
            "success" => Field::Success,
            "status" => Field::Status,
            _ => return None,
        })
    }
}

pub(super) struct BuiltinVisitor<'a, C, T>(pub(super) EnvelopeSeed<'a, C, T>);

impl<'de, C: Code, T: Deserialize<'de>> Visitor<'de> for BuiltinVisitor<'_, C, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a response object with a code of {}", C::TABLE)
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Self::Value, A::Error> {
        let status_failed = self.0.status_failed();
        // The server's strings go straight into the envelope's.
        let said = self.0.said();
        let mut code: Option<C> = None;
        let mut success_flag: Option<bool> = None;
        let mut status: Option<Status<C>> = None;
        let mut payload = Body::Absent;
        // A `Vec` until needed: a `Map` costs its drop even when empty.
        let mut rest: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key::<Field>()? {
            match key {
                // `"code": null` is no code, as an absent one.
                Field::Code => code = map.next_value::<CodeField<C>>()?.0,
                Field::Success => success_flag = map.next_value()?,
                Field::Message => {
                    let text = map.next_value::<StringText>()?.0;
                    if said.message.is_none() {
                        said.message = text;
                    }
                }
                Field::Date => said.date = map.next_value::<StringText>()?.0,
                Field::RequestId => said.request_id = map.next_value::<StringText>()?.0,
                Field::Status => status = Some(map.next_value()?),
                Field::Data => {
                    // Read the payload straight into `T` when the response is
                    // already known to be a success; otherwise keep the JSON,
                    // so that an error's payload cannot fail the decoding.
                    let code = status.as_ref().map_or(code.as_ref(), |s| Some(&s.code));
                    let known_success =
                        outcome::settled(status_failed, false, success_flag, code) == Some(true);
                    payload = if known_success {
                        Body::Read(map.next_value()?)
                    } else {
                        Body::Kept(map.next_value()?)
                    };
                }
                Field::Other(name) => {
                    // Nested shape, already known to be a success: the rest
                    // of the object is the payload, read straight into `T`.
                    let streaming = matches!(payload, Body::Absent)
                        && rest.is_empty()
                        && status.as_ref().is_some_and(|s| {
                            outcome::settled(status_failed, false, success_flag, Some(&s.code))
                                == Some(true)
                        });
                    if streaming {
                        let data = T::deserialize(RestOfMap::plain(name, &mut map))?;
                        payload = Body::Read(Some(data));
                        break;
                    }
                    if matches!(payload, Body::Absent) {
                        rest.push((name.into_owned(), map.next_value()?));
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
        }

        let nested = status.is_some();
        let (code, description, details, status_request_id) = match status {
            Some(status) => (
                Some(status.code),
                status.description,
                status.details,
                status.req_id,
            ),
            None => (code, None, None, None),
        };
        let code = code.ok_or_else(|| de::Error::missing_field("code"))?;
        let success = outcome::is_success(status_failed, success_flag, Some(&code));
        let data = if success {
            let data = match payload {
                Body::Read(data) => data,
                Body::Kept(value) => Option::<T>::deserialize(value).map_err(de::Error::custom)?,
                Body::Absent if nested && !rest.is_empty() => {
                    // As JSON objects are read: a repeated key's last value.
                    let rest: Map<String, Value> = rest.into_iter().collect();
                    Some(T::deserialize(Value::Object(rest)).map_err(de::Error::custom)?)
                }
                Body::Absent => None,
            };
            match data {
                Some(data) => Some(data),
                None => Some(no_payload::<T, A::Error>()?),
            }
        } else {
            None
        };
        if said.message.is_none() {
            said.message = description;
        }
        if said.request_id.is_none() {
            said.request_id = status_request_id;
        }
        said.details = details;
        self.0.fill(Some(code), success, data);
        Ok(())
    }
}

/// Clarifai's nested `status` object.
struct Status<C> {
    code: C,
    description: Option<Box<str>>,
    details: Option<Box<str>>,
    req_id: Option<Box<str>>,
}

impl<'de, C: Code> Deserialize<'de> for Status<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StatusVisitor<C>(PhantomData<C>);
        impl<'de, C: Code> Visitor<'de> for StatusVisitor<C> {
            type Value = Status<C>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a status object with a `code`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Status<C>, A::Error> {
                let (mut code, mut description, mut details, mut req_id) = (None, None, None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "code" => code = map.next_value::<CodeField<C>>()?.0,
                        "description" => description = map.next_value::<StringText>()?.0,
                        "details" => details = map.next_value::<StringText>()?.0,
                        "req_id" => req_id = map.next_value::<StringText>()?.0,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(Status {
                    code: code.ok_or_else(|| de::Error::missing_field("code"))?,
                    description,
                    details,
                    req_id,
                })
            }
        }
        deserializer.deserialize_map(StatusVisitor(PhantomData))
    }
}
