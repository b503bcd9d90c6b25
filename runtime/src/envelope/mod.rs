//! [`Envelope`]: the vendors' JSON response bodies, decoded into
//! `Result<T, ApiError<C>>` and written back in the table's shape.
//!
//! - `decode/`: a body read by the table's [`Shape`](crate::Shape), declared
//!   or built in, in one pass;
//! - `encode`: an envelope written in that shape (`Serialize`), for the
//!   server side;
//! - `transport/`: what HTTP adds, for clients (`http`: status, headers)
//!   and servers (`axum`: `IntoResponse`).

mod decode;
mod encode;
mod transport;

use serde::de::{Deserialize, DeserializeSeed, Deserializer};

use crate::error::ServerSaid;
use crate::{ApiError, Code};

use decode::{no_payload, EnvelopeSeed};

/// A vendor's response body: a status code of the table `C`, what the server
/// said, and on success the payload `T`.
///
/// The body is read where the table's [`Shape`](crate::Shape) says
/// ([`Code::SHAPE`]), declared or built in; one decoder reads both.
///
/// **Without `#[codes(envelope(...))]`** the built-in shapes read every
/// shape the bundled vendors use:
///
/// - flat, Stardust: `{"code": 2000, "data": …, "date": "…", "message": "…",
///   "requestId": "…", "success": true}`;
/// - flat with `msg` (the AI gateway): `{"code": 0, "msg": "Success", "data": …}`;
/// - nested, Clarifai: `{"status": {"code": 10000, "description": "Ok",
///   "details": "…", "req_id": "…"}, "outputs": […]}`, where the payload is
///   the rest of the object.
///
/// **With `#[codes(envelope(code = "errcode", message = "errmsg", …))]`**
/// each part is where the declaration says: a field or a dotted path
/// (`"error.code"`); the payload the declared `data` field (`"data|*"`:
/// else the rest of the object), or without one the object without the
/// fields the shape names.
///
/// A body without a code (no `errcode`, no `error` object), or that is not
/// an object, is a success whose payload is the whole body (or the `data`
/// field, where it has one), and whose code is [`Code::SUCCESS`].
///
/// The code may be a number, a numeric string (`"2000"`) or the vendor's
/// symbolic name (`"CONN_TOKEN_INVALID"`); a code the table does not list is
/// kept as `Unknown(n)`.
///
/// **Success** is, in order: never, where the HTTP status is outside
/// 200..=299 ([`Envelope::from_response`]); the response's success flag
/// where the vendor sends one; else the table's classification of the code
/// ([`Code::is_success`]: a code of 0 is not success by itself); else the
/// absence of a code. The flag wins over the table
/// because it is the server's statement about this very response, while the
/// table is documentation that can lag behind.
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
    /// The code the body carried, `None` where it carried none.
    code: Option<C>,
    success: bool,
    said: ServerSaid,
    status: Option<u16>,
    /// `Retry-After`, in seconds ([`Envelope::from_http`]).
    retry_after: Option<u32>,
    data: Option<T>,
}

impl<C: Code, T> Envelope<C, T> {
    /// Decodes a JSON body.
    ///
    /// # Errors
    /// Malformed JSON, a body of none of the shapes above, a code that is
    /// neither a number nor a string, a declared path that leads to a value
    /// of the wrong type, or a payload that does not decode as `T`; the
    /// error gives the line and column. (A code the table does not list,
    /// by number or by name, is not an error: it is kept.)
    #[inline]
    pub fn from_json<'de>(body: &'de [u8]) -> Result<Self, serde_json::Error>
    where
        T: Deserialize<'de>,
    {
        Self::decode(None, body)
    }

    /// Decodes a JSON body that came with the HTTP `status`: a status
    /// outside 200..=299 is never a success, even for a body without a code
    /// (Discord's 429 `{"message": "You are being rate limited.", …}`), and
    /// the error keeps the status ([`ApiError::http_status`]). With such a
    /// status, a body that is empty, not JSON (an HTML 502 page) or not in
    /// the shape is still an error response: no code
    /// ([`ApiError::has_code`] is `false`), the status's kind and retry
    /// decision, and the body's text in [`ApiError::details`]. An empty
    /// body with a 2xx status is a success without a payload.
    ///
    /// # Errors
    /// With a status in 200..=299, as [`Envelope::from_json`]; never with
    /// another status.
    #[inline]
    pub fn from_response<'de>(status: u16, body: &'de [u8]) -> Result<Self, serde_json::Error>
    where
        T: Deserialize<'de>,
    {
        Self::decode(Some(status), body)
    }

    #[inline]
    fn decode<'de>(status: Option<u16>, body: &'de [u8]) -> Result<Self, serde_json::Error>
    where
        T: Deserialize<'de>,
    {
        let failed = status.is_some_and(|s| !(200..=299).contains(&s));
        // An empty body is no JSON, but over HTTP it is an answer (a 204, a
        // proxy's bare 429).
        if status.is_some() && body.iter().all(u8::is_ascii_whitespace) {
            return Self::empty(status, failed);
        }
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        // Filled where it is returned from, rather than moved there.
        let mut decoded = Ok(Envelope::unread(status));
        if let Ok(envelope) = &mut decoded {
            let read = EnvelopeSeed { out: envelope }.deserialize(&mut deserializer);
            if let Err(error) = read.and_then(|()| deserializer.end()) {
                decoded = if failed {
                    // A failure status is never lost to a body that does not
                    // decode (an HTML 502 page, a proxy's text): the error
                    // keeps the status and the body's text.
                    Ok(Self::unreadable(status, body))
                } else {
                    Err(error)
                };
            }
        }
        decoded
    }

    /// The envelope of an empty body: a success without a payload, or the
    /// failure its status says (an empty 429 from a proxy).
    #[cold]
    fn empty<'de>(status: Option<u16>, failed: bool) -> Result<Self, serde_json::Error>
    where
        T: Deserialize<'de>,
    {
        let mut envelope = Envelope::unread(status);
        if !failed {
            envelope.success = true;
            envelope.data = Some(no_payload::<T, serde_json::Error>()?);
        }
        Ok(envelope)
    }

    /// The envelope of a failure whose body does not decode: no code, the
    /// body's text as the details.
    #[cold]
    fn unreadable(status: Option<u16>, body: &[u8]) -> Self {
        let mut envelope = Envelope::unread(status);
        let text = String::from_utf8_lossy(body);
        envelope.said.details = ServerSaid::kept(text.trim());
        envelope
    }

    /// An envelope before its body is read, which the decoder fills in
    /// place: returned through serde's layers instead, the envelope would
    /// be moved at each, which on a small body costs a fifth of decoding it.
    #[inline]
    fn unread(status: Option<u16>) -> Self {
        Envelope {
            code: None,
            success: false,
            said: ServerSaid::default(),
            status,
            retry_after: None,
            data: None,
        }
    }

    /// The code: the one the body carried, `Unknown(n)` if the table does not
    /// list it; for a body without one, [`Code::SUCCESS`] on success, else
    /// [`Code::MISSING`].
    #[must_use]
    pub fn code(&self) -> C {
        match &self.code {
            Some(code) => code.clone(),
            None if self.success => C::SUCCESS,
            None => C::MISSING,
        }
    }

    /// Whether the body carried a code.
    #[must_use]
    pub fn has_code(&self) -> bool {
        self.code.is_some()
    }

    /// The code as the server wrote it, where it is a name the table does
    /// not list (declared shapes keep it; [`code`](Self::code) is then
    /// [`Code::MISSING`]).
    #[must_use]
    pub fn code_name(&self) -> Option<&str> {
        self.said.code_name.as_deref()
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

    /// The request id, if the server sent a non-empty one (a number is
    /// given as its digits).
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.said.request_id.as_deref()
    }

    /// The response date, if the server sent a non-empty one.
    #[must_use]
    pub fn date(&self) -> Option<&str> {
        self.said.date.as_deref()
    }

    /// The HTTP status, where it was given ([`Envelope::from_response`]).
    #[must_use]
    pub fn http_status(&self) -> Option<u16> {
        self.status
    }

    /// The payload of a success, or the error.
    ///
    /// # Errors
    /// An [`ApiError`] with the code, the HTTP status and everything the
    /// server said, when the response is not a success.
    #[inline]
    pub fn into_result(self) -> Result<T, ApiError<C>> {
        match (self.success, self.data) {
            (true, Some(data)) => Ok(data),
            _ => Err(ApiError::decoded(
                self.code,
                self.said,
                self.status,
                self.retry_after,
            )),
        }
    }
}

impl<'de, C: Code, T: Deserialize<'de>> Deserialize<'de> for Envelope<C, T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut envelope = Envelope::unread(None);
        EnvelopeSeed { out: &mut envelope }.deserialize(deserializer)?;
        Ok(envelope)
    }
}
