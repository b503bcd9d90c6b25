//! [`ApiError`]: a vendor's error response, typed.

use std::fmt;

use crate::{Code, Kind};

/// An error response from a vendor's API: the typed code and what the
/// server said about it.
///
/// Made by `Envelope::into_result` (with the
/// `serde` feature), or by hand with [`ApiError::new`] and the `with_…`
/// methods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError<C> {
    code: C,
    said: ServerSaid,
    /// The HTTP status of the response, where the caller gave it.
    status: Option<u16>,
    /// Whether the response carried a code at all.
    code_sent: bool,
    /// `Retry-After`, in seconds, where the response had one.
    retry_after: Option<u32>,
}

/// What a server said in a response besides its code; empty strings are
/// kept as `None`. Shared by [`ApiError`] and the envelope, which hands its
/// part over whole.
///
/// Boxed strings (16 bytes, not a `String`'s 24): every `Envelope` and
/// `ApiError` carries this and is returned by value, so each byte saved
/// here is a byte less to copy per response (80 bytes rather than 120).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ServerSaid {
    /// The code as sent, where it is a name the table does not list.
    pub(crate) code_name: Option<Box<str>>,
    pub(crate) message: Option<Box<str>>,
    pub(crate) details: Option<Box<str>>,
    pub(crate) request_id: Option<Box<str>>,
    pub(crate) date: Option<Box<str>>,
}

impl ServerSaid {
    /// `text` as kept: `None` if it is empty or blank. Checked before
    /// anything is allocated.
    #[cfg(feature = "serde")]
    #[inline]
    pub(crate) fn kept(text: &str) -> Option<Box<str>> {
        says_something(text).then(|| Box::from(text))
    }

    /// [`ServerSaid::kept`] for a string already owned.
    #[inline]
    pub(crate) fn kept_owned(text: String) -> Option<Box<str>> {
        says_something(&text).then(|| text.into_boxed_str())
    }
}

/// Whether `text` is neither empty nor blank. Stops at the first character
/// that is not whitespace (`trim` would decode from both ends); a first
/// byte that is visible ASCII settles it without decoding.
#[inline]
fn says_something(text: &str) -> bool {
    match text.as_bytes().first() {
        None => false,
        Some(&b) if b.is_ascii_graphic() => true,
        Some(_) => text.chars().any(|c| !c.is_whitespace()),
    }
}

impl<C: Code> ApiError<C> {
    /// An error with `code` and nothing else from the server.
    #[must_use]
    pub fn new(code: C) -> Self {
        ApiError {
            code,
            said: ServerSaid::default(),
            status: None,
            code_sent: true,
            retry_after: None,
        }
    }

    /// An error for a response that carried no code (Discord's 429 body):
    /// its [`code`](Self::code) is [`Code::MISSING`], and [`kind`](Self::kind)
    /// comes from the HTTP status.
    #[must_use]
    pub fn without_code(status: u16) -> Self {
        ApiError {
            code: C::MISSING,
            said: ServerSaid::default(),
            status: Some(status),
            code_sent: false,
            retry_after: None,
        }
    }

    #[cfg(feature = "serde")]
    #[inline]
    pub(crate) fn decoded(
        code: Option<C>,
        said: ServerSaid,
        status: Option<u16>,
        retry_after: Option<u32>,
    ) -> Self {
        let code_sent = code.is_some();
        ApiError {
            code: code.unwrap_or(C::MISSING),
            said,
            status,
            code_sent,
            retry_after,
        }
    }

    /// How long the server asked the client to wait before it tries again
    /// (`Retry-After`, in seconds or as an HTTP date, read by
    /// `Envelope::from_http`); `None` where it
    /// did not say or said something that is neither.
    #[must_use]
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        self.retry_after
            .map(|seconds| std::time::Duration::from_secs(u64::from(seconds)))
    }

    /// With a wait before retrying, as a server says it in `Retry-After`
    /// (whole seconds).
    #[must_use]
    pub fn with_retry_after(mut self, wait: std::time::Duration) -> Self {
        self.retry_after = Some(u32::try_from(wait.as_secs()).unwrap_or(u32::MAX));
        self
    }

    /// With the HTTP status of the response.
    #[must_use]
    pub fn with_http_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// With the server's message (ignored if empty).
    #[must_use]
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.said.message = ServerSaid::kept_owned(message.into());
        self
    }

    /// With the server's details (ignored if empty).
    #[must_use]
    pub fn with_details(mut self, details: impl Into<String>) -> Self {
        self.said.details = ServerSaid::kept_owned(details.into());
        self
    }

    /// With the request id (ignored if empty).
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.said.request_id = ServerSaid::kept_owned(request_id.into());
        self
    }

    /// With the response date (ignored if empty).
    #[must_use]
    pub fn with_date(mut self, date: impl Into<String>) -> Self {
        self.said.date = ServerSaid::kept_owned(date.into());
        self
    }

    /// The code, `Unknown(n)` if the table does not list it;
    /// [`Code::MISSING`] if the response carried none (see
    /// [`has_code`](Self::has_code)).
    #[must_use]
    pub fn code(&self) -> C {
        self.code.clone()
    }

    /// The code, what the server said, and whether the response had a code.
    #[cfg(feature = "serde")]
    pub(crate) fn parts(self) -> (C, ServerSaid, bool) {
        (self.code, self.said, self.code_sent)
    }

    /// The code, borrowed (no copy of an unknown text code's text).
    #[must_use]
    pub fn code_ref(&self) -> &C {
        &self.code
    }

    /// Whether the response carried a code.
    #[must_use]
    pub fn has_code(&self) -> bool {
        self.code_sent
    }

    /// The code as the server wrote it, where it is a name the table does
    /// not list (`"channel_not_found"`); [`code`](Self::code) is then
    /// [`Code::MISSING`].
    #[must_use]
    pub fn code_name(&self) -> Option<&str> {
        self.said.code_name.as_deref()
    }

    /// The HTTP status of the response, where it is known
    /// (`Envelope::from_response`).
    #[must_use]
    pub fn http_status(&self) -> Option<u16> {
        self.status
    }

    /// The server's message, falling back to the table's message for the
    /// code; `""` if neither has one.
    #[must_use]
    pub fn message(&self) -> &str {
        self.said.message.as_deref().unwrap_or(self.code.message())
    }

    /// The server's message exactly as sent, if it sent a non-empty one.
    #[must_use]
    pub fn server_message(&self) -> Option<&str> {
        self.said.message.as_deref()
    }

    /// Further details the server sent (Clarifai's `status.details`).
    #[must_use]
    pub fn details(&self) -> Option<&str> {
        self.said.details.as_deref()
    }

    /// The request id, to quote to the vendor's support.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.said.request_id.as_deref()
    }

    /// The date the server put on the response.
    #[must_use]
    pub fn date(&self) -> Option<&str> {
        self.said.date.as_deref()
    }

    /// Whether the code classifies this error: it was sent, and its kind is
    /// neither `unknown` nor `ok` (an error is never ok).
    fn code_says(&self) -> bool {
        self.code_sent && !matches!(self.code.kind(), Kind::Unknown | Kind::Ok)
    }

    /// The class of the error: the code's kind where the code says, else
    /// the HTTP status's (429 → `resource_exhausted`), else the code's.
    #[must_use]
    pub fn kind(&self) -> Kind {
        match self.status {
            Some(status) if !self.code_says() && !(200..=299).contains(&status) => {
                Kind::from_http_status(status)
            }
            _ => self.code.kind(),
        }
    }

    /// Whether asking again later can succeed: the code's decision (its
    /// table's `retry` column or kind) where the code says, else the HTTP
    /// status's kind's (429 and 503 are retryable).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        if self.code_says() {
            self.code.is_retryable()
        } else {
            self.kind().is_retryable()
        }
    }
}

impl<C: Code> fmt::Display for ApiError<C> {
    /// `error 11001 CONN_TOKEN_INVALID: Invalid authentication token used [request 7610aa…]`;
    /// `HTTP 429 (no code): You are being rate limited.` for a response
    /// without a code.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.code_sent {
            match self.status {
                Some(status) => write!(f, "HTTP {status} (no code)")?,
                None => f.write_str("error (no code)")?,
            }
        } else if let Some(name) = &self.said.code_name {
            write!(f, "error {name} (not in {})", C::TABLE)?;
        } else if self.code.is_known() {
            let (code, name) = (self.code.code(), self.code.name());
            // A text code is usually its own name: said once.
            if code.to_string() == name {
                write!(f, "error {code}")?;
            } else {
                write!(f, "error {code} {name}")?;
            }
        } else {
            write!(f, "error {} (not in {})", self.code.code(), C::TABLE)?;
        }
        let message = self.message();
        if !message.is_empty() {
            write!(f, ": {message}")?;
        }
        if let Some(details) = &self.said.details {
            write!(f, " ({details})")?;
        }
        if let Some(request_id) = &self.said.request_id {
            write!(f, " [request {request_id}]")?;
        }
        match self.status {
            Some(status) if self.code_sent => write!(f, " [HTTP {status}]"),
            _ => Ok(()),
        }
    }
}

impl<C: Code> std::error::Error for ApiError<C> {}

#[cfg(test)]
mod tests {
    use super::ServerSaid;

    #[test]
    fn blank_messages_are_none_whatever_their_whitespace() {
        for blank in ["", " ", "\t\r\n", "\u{0B}\u{0C}", "\u{3000}", " \u{A0}"] {
            assert_eq!(ServerSaid::kept(blank), None, "{blank:?}");
            assert_eq!(ServerSaid::kept_owned(blank.to_owned()), None, "{blank:?}");
        }
        for text in ["ok", " ok", "\u{0B}x", "\u{3000}成功", "0"] {
            assert_eq!(ServerSaid::kept(text).as_deref(), Some(text));
            assert_eq!(
                ServerSaid::kept_owned(text.to_owned()).as_deref(),
                Some(text)
            );
        }
    }
}
