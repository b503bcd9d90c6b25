//! [`ApiError`]: a vendor's error response, typed.

use std::fmt;

use crate::Code;

/// An error response from a vendor's API: the typed code and what the
/// server said about it.
///
/// Made by [`Envelope::into_result`](crate::Envelope::into_result) (with the
/// `serde` feature), or by hand with [`ApiError::new`] and the `with_…`
/// methods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError<C> {
    code: C,
    said: ServerSaid,
}

/// What a server said in a response besides its code; empty strings are
/// kept as `None`. Shared by [`ApiError`] and the envelope, which hands its
/// part over whole.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ServerSaid {
    pub(crate) message: Option<String>,
    pub(crate) details: Option<String>,
    pub(crate) request_id: Option<String>,
    pub(crate) date: Option<String>,
}

impl ServerSaid {
    /// `text` unless it is empty or blank.
    pub(crate) fn non_empty(text: Option<String>) -> Option<String> {
        text.filter(|t| !t.trim().is_empty())
    }
}

impl<C: Code> ApiError<C> {
    /// An error with `code` and nothing else from the server.
    #[must_use]
    pub fn new(code: C) -> Self {
        ApiError {
            code,
            said: ServerSaid::default(),
        }
    }

    #[cfg(feature = "serde")]
    pub(crate) fn with_said(code: C, said: ServerSaid) -> Self {
        ApiError { code, said }
    }

    /// With the server's message (ignored if empty).
    #[must_use]
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.said.message = ServerSaid::non_empty(Some(message.into()));
        self
    }

    /// With the server's details (ignored if empty).
    #[must_use]
    pub fn with_details(mut self, details: impl Into<String>) -> Self {
        self.said.details = ServerSaid::non_empty(Some(details.into()));
        self
    }

    /// With the request id (ignored if empty).
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.said.request_id = ServerSaid::non_empty(Some(request_id.into()));
        self
    }

    /// With the response date (ignored if empty).
    #[must_use]
    pub fn with_date(mut self, date: impl Into<String>) -> Self {
        self.said.date = ServerSaid::non_empty(Some(date.into()));
        self
    }

    /// The code, `Unknown(n)` if the table does not list it.
    #[must_use]
    pub fn code(&self) -> C {
        self.code
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

    /// Whether asking again later can succeed (see [`Code::is_retryable`]).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.code.is_retryable()
    }
}

impl<C: Code> fmt::Display for ApiError<C> {
    /// `error 11001 CONN_TOKEN_INVALID: Invalid authentication token used (request 7610aa…)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error {}", self.code.code())?;
        if self.code.is_known() {
            write!(f, " {}", self.code.name())?;
        } else {
            write!(f, " (not in {})", C::TABLE)?;
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
        Ok(())
    }
}

impl<C: Code> std::error::Error for ApiError<C> {}
