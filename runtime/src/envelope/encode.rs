//! The server side: an [`Envelope`] made from a payload or an [`ApiError`],
//! and written in the table's shape (`Serialize`), so that the API that
//! answers with a table's codes writes the bodies its clients decode.

use serde::ser::{Error as _, Serialize, Serializer};
use serde_json::{Map, Value};

use super::Envelope;
use crate::error::ServerSaid;
use crate::shape::{FieldPath, Payload};
use crate::{ApiError, Code};

impl<C: Code, T> Envelope<C, T> {
    /// A success with `data` as its payload (and the table's success code,
    /// where it has one).
    #[must_use]
    pub fn success(data: T) -> Self {
        let mut envelope = Envelope::unread(None);
        envelope.success = true;
        envelope.code = C::SUCCESS.is_known().then_some(C::SUCCESS);
        envelope.data = Some(data);
        envelope
    }

    /// The failure `error` says: its code (where it has one), message,
    /// request id, date, HTTP status and wait before retrying.
    #[must_use]
    pub fn failure(error: ApiError<C>) -> Self {
        let mut envelope = Envelope::unread(error.http_status());
        envelope.retry_after = error
            .retry_after()
            .map(|wait| u32::try_from(wait.as_secs()).unwrap_or(u32::MAX));
        let (code, said) = error.into_parts();
        envelope.code = code;
        envelope.said = said;
        envelope
    }
}

impl<C: Code, T> From<Result<T, ApiError<C>>> for Envelope<C, T> {
    fn from(result: Result<T, ApiError<C>>) -> Self {
        match result {
            Ok(data) => Envelope::success(data),
            Err(error) => Envelope::failure(error),
        }
    }
}

impl<C: Code + Serialize, T: Serialize> Serialize for Envelope<C, T> {
    /// The body in the table's shape ([`Code::SHAPE`]: declared, else
    /// Stardust's `{code, message, data, requestId, date, success}` unless
    /// `#[codes(builtin = "flat_msg")]` or `"nested"` says otherwise; nested
    /// paths as nested objects, aliases never written): the code as the
    /// vendor sends it, the message (the server's, else the table's), the
    /// request id and date where set, the success flag where the shape has
    /// one, the payload where it belongs. A payload that does not serialize
    /// is the serializer's error.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_body()
            .map_err(S::Error::custom)?
            .serialize(serializer)
    }
}

impl<C: Code + Serialize, T: Serialize> Envelope<C, T> {
    fn to_body(&self) -> Result<Value, serde_json::Error> {
        let code = self.code.as_ref().map(serde_json::to_value).transpose()?;
        let message: Option<&str> = self.said.message.as_deref().or_else(|| {
            self.code
                .as_ref()
                .map(Code::message)
                .filter(|m| !m.is_empty())
        });
        let payload = match (&self.data, self.success) {
            (Some(data), true) => Some(serde_json::to_value(data)?),
            _ => None,
        };
        let said = &self.said;
        let shape = C::SHAPE;
        let mut body = Map::new();
        put_at(&mut body, Some(shape.code), code);
        put_at(&mut body, shape.message, message.map(Value::from));
        put_at(
            &mut body,
            shape.request_id,
            text(said.request_id.as_deref()),
        );
        put_at(&mut body, shape.date, text(said.date.as_deref()));
        put_at(&mut body, shape.success, Some(Value::Bool(self.success)));
        put_at(&mut body, shape.details, text(said.details.as_deref()));
        match (shape.data, payload) {
            (Payload::Field(path) | Payload::FieldElseRest(path), payload) => {
                put_at(&mut body, Some(path), payload);
            }
            (Payload::Rest, Some(Value::Object(entries))) => {
                for (key, value) in entries {
                    body.entry(key).or_insert(value);
                }
            }
            // A payload that is not an object is the whole body.
            (Payload::Rest, Some(payload)) if body.is_empty() || self.code.is_none() => {
                return Ok(payload);
            }
            (Payload::Rest, Some(payload)) => {
                return Err(serde_json::Error::custom(format_args!(
                    "the payload {payload} is not an object, and {} keeps the payload as the \
                     rest of the body's object; declare `data = \"…\"`",
                    C::TABLE
                )));
            }
            (Payload::Rest, None) => {}
        }
        Ok(Value::Object(body))
    }
}

fn text(value: Option<&str>) -> Option<Value> {
    value.map(Value::from)
}

fn put_at(body: &mut Map<String, Value>, path: Option<FieldPath>, value: Option<Value>) {
    if let Some(path) = path {
        put(body, path, value);
    }
}

/// `value` at `path`, the objects (and arrays, for a position such as the
/// `0` of `errors.0.code`) on the way made where missing.
fn put(body: &mut Map<String, Value>, path: &[&str], value: Option<Value>) {
    let (Some(value), Some((first, rest))) = (value, path.split_first()) else {
        return;
    };
    let entry = body.entry((*first).to_owned()).or_insert(Value::Null);
    put_in(entry, rest, value);
}

/// The positions an answer writes: a path's `0` of `errors.0.code`; a
/// larger number names a key.
const MAX_POSITION: usize = 64;

fn put_in(at: &mut Value, path: &[&str], value: Value) {
    let Some((key, rest)) = path.split_first() else {
        *at = value;
        return;
    };
    let child = match key.parse::<usize>() {
        Ok(index) if index < MAX_POSITION => {
            if !at.is_array() {
                *at = Value::Array(Vec::new());
            }
            let Value::Array(items) = at else { return };
            if items.len() <= index {
                items.resize(index + 1, Value::Null);
            }
            &mut items[index]
        }
        _ => {
            if !at.is_object() {
                *at = Value::Object(Map::new());
            }
            let Value::Object(object) = at else { return };
            object.entry((*key).to_owned()).or_insert(Value::Null)
        }
    };
    put_in(child, rest, value);
}

impl<C: Code> ApiError<C> {
    /// The code where the response had one, and what the server said.
    pub(crate) fn into_parts(self) -> (Option<C>, ServerSaid) {
        let (code, said, sent) = self.parts();
        (sent.then_some(code), said)
    }
}
