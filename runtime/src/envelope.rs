//! [`Envelope`]: the vendors' JSON response bodies, decoded into
//! `Result<T, ApiError<C>>`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, value::UnitDeserializer, Deserialize, DeserializeSeed, Deserializer, IgnoredAny,
    IntoDeserializer, MapAccess, Visitor,
};
use serde_json::{Map, Value};

use crate::error::ServerSaid;
use crate::serde_support::CodeVisitor;
use crate::{ApiError, Code};

/// A vendor's response body: a status code of the table `C`, what the server
/// said, and on success the payload `T`.
///
/// One type reads every shape the bundled vendors use:
///
/// - flat, Stardust: `{"code": 2000, "data": …, "date": "…", "message": "…",
///   "requestId": "…", "success": true}`;
/// - flat with `msg` (the AI gateway): `{"code": 0, "msg": "Success", "data": …}`;
/// - nested, Clarifai: `{"status": {"code": 10000, "description": "Ok",
///   "details": "…", "req_id": "…"}, "outputs": […]}`, where the payload is
///   the rest of the object.
///
/// The code may be a number, a numeric string (`"2000"`) or the vendor's
/// symbolic name (`"CONN_TOKEN_INVALID"`); a code the table does not list is
/// kept as `Unknown(n)`.
///
/// **Success** is the response's `success` flag where the vendor sends one,
/// else the table's classification of the code ([`Code::is_success`]). The
/// flag wins when they disagree because it is the server's statement about
/// this very response, while the table is documentation that can lag behind
/// (and cannot judge codes it does not list).
///
/// A success without a payload (`"data": null`, or nothing besides the
/// status) decodes only if `T` can be absent (`Option<_>`, `()`); otherwise
/// it is a decoding error, as is any malformed body. Decoding never panics.
///
/// ```
/// use codetables::vendors::StardustRosetta;
/// use codetables::Envelope;
///
/// let body = br#"{"code": 51006, "data": null, "date": "2025-03-13 20:00:00",
///                 "message": "", "requestId": "7610aa38", "success": false}"#;
/// let error = Envelope::<StardustRosetta, Option<String>>::from_json(body)?
///     .into_result()
///     .unwrap_err();
/// assert_eq!(error.code(), StardustRosetta::CampaignIdNotExists);
/// assert_eq!(error.message(), "CampaignId not exists."); // the table's, as the server sent none
/// assert_eq!(error.request_id(), Some("7610aa38"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope<C, T> {
    code: C,
    success: bool,
    said: ServerSaid,
    data: Option<T>,
}

impl<C: Code, T> Envelope<C, T> {
    /// Decodes a JSON body.
    ///
    /// # Errors
    /// Malformed JSON, a body of none of the shapes above, an unknown code
    /// name, or a payload that does not decode as `T`; the error gives the
    /// line and column.
    pub fn from_json<'de>(body: &'de [u8]) -> Result<Self, serde_json::Error>
    where
        T: Deserialize<'de>,
    {
        serde_json::from_slice(body)
    }

    /// The code, `Unknown(n)` if the table does not list it.
    #[must_use]
    pub fn code(&self) -> C {
        self.code
    }

    /// Whether the response is a success (see the type's documentation).
    #[must_use]
    pub fn is_success(&self) -> bool {
        self.success
    }

    /// The payload of a success.
    #[must_use]
    pub fn data(&self) -> Option<&T> {
        self.data.as_ref()
    }

    /// The server's message, if it sent a non-empty one.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.said.message.as_deref()
    }

    /// The request id, if the server sent a non-empty one.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.said.request_id.as_deref()
    }

    /// The response date, if the server sent a non-empty one.
    #[must_use]
    pub fn date(&self) -> Option<&str> {
        self.said.date.as_deref()
    }

    /// The payload of a success, or the error.
    ///
    /// # Errors
    /// An [`ApiError`] with the code and everything the server said, when
    /// the response is not a success.
    pub fn into_result(self) -> Result<T, ApiError<C>> {
        match (self.success, self.data) {
            (true, Some(data)) => Ok(data),
            _ => Err(ApiError::with_said(self.code, self.said)),
        }
    }
}

impl<'de, C: Code, T: Deserialize<'de>> Deserialize<'de> for Envelope<C, T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EnvelopeVisitor(PhantomData))
    }
}

/// A code field: through the same rules as the code enums' `Deserialize`.
struct CodeField<C>(C);

impl<'de, C: Code> Deserialize<'de> for CodeField<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(CodeVisitor(PhantomData))
            .map(CodeField)
    }
}

/// The keys the envelope knows; every other key is payload (nested shape).
enum Key {
    Code,
    Data,
    Message,
    Date,
    RequestId,
    Success,
    Status,
    Other(String),
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "code" => Key::Code,
                    "data" => Key::Data,
                    "message" | "msg" => Key::Message,
                    "date" => Key::Date,
                    "requestId" | "request_id" => Key::RequestId,
                    "success" => Key::Success,
                    "status" => Key::Status,
                    other => Key::Other(other.to_owned()),
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// Where the payload is, while the body is being read.
enum Payload<T> {
    /// No `data` field (yet).
    Absent,
    /// `data` read directly as `T`: the outcome was already known to be a success.
    Read(Option<T>),
    /// `data` kept as JSON until the outcome is known.
    Kept(Value),
}

struct EnvelopeVisitor<C, T>(PhantomData<(C, T)>);

impl<'de, C: Code, T: Deserialize<'de>> Visitor<'de> for EnvelopeVisitor<C, T> {
    type Value = Envelope<C, T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a response object with a code of {}", C::TABLE)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut code: Option<C> = None;
        let mut success_flag: Option<bool> = None;
        let mut message: Option<String> = None;
        let mut sent_date: Option<String> = None;
        let mut request_id: Option<String> = None;
        let mut status: Option<Status<C>> = None;
        let mut payload = Payload::Absent;
        let mut rest = Map::new();
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Code => code = Some(map.next_value::<CodeField<C>>()?.0),
                Key::Success => success_flag = map.next_value()?,
                Key::Message => message = message.or(map.next_value()?),
                Key::Date => sent_date = map.next_value()?,
                Key::RequestId => request_id = map.next_value()?,
                Key::Status => status = Some(map.next_value()?),
                Key::Data => {
                    // Read the payload straight into `T` when the response is
                    // already known to be a success; otherwise keep the JSON,
                    // so that an error's payload cannot fail the decoding.
                    let known_success = success_flag.unwrap_or(false)
                        || (success_flag.is_none()
                            && status
                                .as_ref()
                                .map_or(code, |s| Some(s.code))
                                .is_some_and(C::is_success));
                    payload = if known_success {
                        Payload::Read(map.next_value()?)
                    } else {
                        Payload::Kept(map.next_value()?)
                    };
                }
                Key::Other(name) => {
                    // Nested shape, already known to be a success: the rest
                    // of the object is the payload, read straight into `T`.
                    let streaming = matches!(payload, Payload::Absent)
                        && rest.is_empty()
                        && success_flag != Some(false)
                        && status.as_ref().is_some_and(|s| s.code.is_success());
                    if streaming {
                        let data = T::deserialize(RestOfMap {
                            first_key: Some(name),
                            map: &mut map,
                        })?;
                        payload = Payload::Read(Some(data));
                        break;
                    }
                    if matches!(payload, Payload::Absent) {
                        rest.insert(name, map.next_value()?);
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
        let success = success_flag.unwrap_or_else(|| code.is_success());
        let data = if success {
            let data = match payload {
                Payload::Read(data) => data,
                Payload::Kept(value) => {
                    Option::<T>::deserialize(value).map_err(de::Error::custom)?
                }
                Payload::Absent if nested && !rest.is_empty() => {
                    Some(T::deserialize(Value::Object(rest)).map_err(de::Error::custom)?)
                }
                Payload::Absent => None,
            };
            match data {
                Some(data) => Some(data),
                None => Some(T::deserialize(UnitDeserializer::<A::Error>::new()).map_err(
                    |_| {
                        de::Error::custom(format_args!(
                        "the response is a success without `data`, which a {} cannot be made from; \
                         decode it as an `Option`",
                        std::any::type_name::<T>()
                    ))
                    },
                )?),
            }
        } else {
            None
        };
        Ok(Envelope {
            code,
            success,
            said: ServerSaid {
                message: ServerSaid::non_empty(message.or(description)),
                details: ServerSaid::non_empty(details),
                request_id: ServerSaid::non_empty(request_id.or(status_request_id)),
                date: ServerSaid::non_empty(sent_date),
            },
            data,
        })
    }
}

/// The entries of a map from a given key on, as a map of their own: the
/// payload of a nested body, without buffering it.
struct RestOfMap<'a, A> {
    first_key: Option<String>,
    map: &'a mut A,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for RestOfMap<'_, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for RestOfMap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.first_key.take() {
            Some(key) => seed.deserialize(key.into_deserializer()).map(Some),
            None => self.map.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// Clarifai's nested `status` object.
struct Status<C> {
    code: C,
    description: Option<String>,
    details: Option<String>,
    req_id: Option<String>,
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
                        "code" => code = Some(map.next_value::<CodeField<C>>()?.0),
                        "description" => description = map.next_value()?,
                        "details" => details = map.next_value()?,
                        "req_id" => req_id = map.next_value()?,
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
