//! Feature `axum`: an [`Envelope`] or an [`ApiError`] as the response of an
//! axum handler, written in the table's shape.

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{HeaderValue, CONTENT_TYPE, RETRY_AFTER};
use http::StatusCode;
use serde::Serialize;

use super::super::Envelope;
use crate::{ApiError, Code};

impl<C: Code + Serialize, T: Serialize> IntoResponse for Envelope<C, T> {
    /// The body in the table's shape (see `Serialize`), as JSON; the status
    /// 200 for a success, else the error's status, else the code's HTTP
    /// status, else 500; `Retry-After`, and the shape's request id and code
    /// headers, where the error has them. A payload that does not serialize
    /// is a 500 with the serializer's message.
    fn into_response(self) -> Response {
        let status = if self.success {
            200
        } else {
            self.status
                .or_else(|| self.code.as_ref().and_then(Code::http_status))
                .unwrap_or(500)
        };
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = match serde_json::to_vec(&self) {
            Ok(body) => body,
            Err(error) => {
                let mut response = Response::new(Body::from(error.to_string()));
                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                return response;
            }
        };
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = status;
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Some(seconds) = self.retry_after {
            headers.insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        let shape = C::SHAPE;
        let request_id = self.said.request_id.as_deref();
        if let (Some(name), Some(id)) = (shape.request_id_header, request_id) {
            insert(headers, name, id);
        }
        // The code in its header too, where the shape reads it from one.
        let code_header = shape.code_header;
        if let (Some(name), Some(code), false) = (code_header, &self.code, self.success) {
            // A name the table does not list is written as it was read.
            let text = self
                .said
                .code_name
                .as_deref()
                .map_or_else(|| code.code().to_string(), str::to_owned);
            insert(headers, name, &text);
        }
        response
    }
}

/// `name: value`, where both make a header (the shape's names do; a value
/// with a line break does not, and is left out rather than fail the answer).
fn insert(headers: &mut http::HeaderMap, name: &'static str, value: &str) {
    if let (Ok(name), Ok(value)) = (
        http::header::HeaderName::try_from(name),
        HeaderValue::try_from(value),
    ) {
        headers.insert(name, value);
    }
}

impl<C: Code + Serialize> IntoResponse for ApiError<C> {
    /// The failure's body in the table's shape, with the error's status (else
    /// the code's, else 500): as [`Envelope::failure`].
    fn into_response(self) -> Response {
        Envelope::<C, ()>::failure(self).into_response()
    }
}
