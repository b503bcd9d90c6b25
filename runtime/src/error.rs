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
    message: Option<String>,
    details: Option<String>,
    request_id: Option<String>,
    date: Option<String>,
}

impl<C: Code> ApiError<C> {
    /// An error with `code` and nothing else from the server.
    #[must_use]
    pub fn new(code: C) -> Self {
        ApiError {
            code,
            message: None,
            details: None,
            request_id: None,
            date: None,
        }
    }

    /// With the server's message (ignored if empty).
    #[must_use]
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = non_empty(message.into());
        self
    }

    /// With the server's details (ignored if empty).
    #[must_use]
    pub fn with_details(mut self, details: impl Into<String>) -> Self {
        self.details = non_empty(details.into());
        self
    }

    /// With the request id (ignored if empty).
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = non_empty(request_id.into());
        self
    }

    /// With the response date (ignored if empty).
    #[must_use]
    pub fn with_date(mut self, date: impl Into<String>) -> Self {
        self.date = non_empty(date.into());
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
        self.message.as_deref().unwrap_or(self.code.message())
    }

    /// The server's message exactly as sent, if it sent a non-empty one.
    #[must_use]
    pub fn server_message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Further details the server sent (Clarifai's `status.details`).
    #[must_use]
    pub fn details(&self) -> Option<&str> {
        self.details.as_deref()
    }

    /// The request id, to quote to the vendor's support.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The date the server put on the response.
    #[must_use]
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }

    /// Whether asking again later can succeed (see [`Code::is_retryable`]).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.code.is_retryable()
    }
}

fn non_empty(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
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
        if let Some(details) = &self.details {
            write!(f, " ({details})")?;
        }
        if let Some(request_id) = &self.request_id {
            write!(f, " [request {request_id}]")?;
        }
        Ok(())
    }
}

impl<C: Code> std::error::Error for ApiError<C> {}
