//! [`Envelope::from_http`]: a response as an HTTP client hands it over,
//! with what its headers say: the code and the request id where the body
//! has none, and `Retry-After`.

use std::time::SystemTime;

use serde::Deserialize;

use super::super::decode::read_code_text;
use super::super::Envelope;
use crate::error::ServerSaid;
use crate::Code;

/// The headers vendors send a request id in, tried in order where the
/// shape declares none (`envelope(request_id_header = "…")`).
const REQUEST_ID_HEADERS: [&str; 7] = [
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-ms-request-id",
    "x-acs-request-id",
    "x-tc-requestid",
];

impl<C: Code, T> Envelope<C, T> {
    /// Decodes a response as an HTTP client (`reqwest`, `ureq`, `hyper`)
    /// hands it over (feature `http`): as [`Envelope::from_response`] with
    /// its status and body; for a failure whose body has no code, the code
    /// from the shape's `code_header` (AWS's `x-amzn-ErrorType`, up to a
    /// `:`); the request id from a header where the body has none (the
    /// shape's `request_id_header`, else `X-Request-Id`, `Request-Id`
    /// (Stripe), `x-amzn-RequestId` (AWS), …); and
    /// `Retry-After`, in seconds or as an HTTP date, for
    /// [`ApiError::retry_after`](crate::ApiError::retry_after) (a value
    /// that is neither is ignored).
    ///
    /// # Errors
    /// As [`Envelope::from_response`]: only for a status in 200..=299.
    pub fn from_http<'de, B: AsRef<[u8]>>(
        response: &'de http::Response<B>,
    ) -> Result<Self, serde_json::Error>
    where
        T: Deserialize<'de>,
    {
        let mut envelope =
            Self::from_response(response.status().as_u16(), response.body().as_ref())?;
        let headers = response.headers();
        let code_header = C::SHAPE.code_header;
        if let (Some(name), None, false) = (code_header, &envelope.code, envelope.success) {
            if let Some(value) = headers.get(name).and_then(|value| value.to_str().ok()) {
                // AWS: `ValidationException:http://internal.amazon.com/…`.
                let value = value.split(':').next().unwrap_or(value).trim();
                read_code_text(value, &mut envelope.code, &mut envelope.said.code_name);
            }
        }
        if envelope.said.request_id.is_none() {
            let declared = C::SHAPE.request_id_header;
            let found = match declared {
                Some(name) => headers.get(name),
                None => REQUEST_ID_HEADERS
                    .iter()
                    .find_map(|name| headers.get(*name)),
            };
            envelope.said.request_id = found
                .and_then(|value| value.to_str().ok())
                .and_then(ServerSaid::kept);
        }
        envelope.retry_after = headers
            .get(http::header::RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| retry_after(value, SystemTime::now()));
        Ok(envelope)
    }

    /// How long the server asked to wait (`Retry-After`), in seconds.
    #[must_use]
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        self.retry_after
            .map(|seconds| std::time::Duration::from_secs(u64::from(seconds)))
    }
}

/// `Retry-After` in seconds: a number of seconds, or an HTTP date (the
/// time from `now` to it, zero where it has passed).
fn retry_after(value: &str, now: SystemTime) -> Option<u32> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(u32::try_from(seconds).unwrap_or(u32::MAX));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    let wait = at.duration_since(now).map_or(0, |wait| wait.as_secs());
    Some(u32::try_from(wait).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime};

    use super::retry_after;

    #[test]
    fn seconds_dates_and_nonsense() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        assert_eq!(retry_after("7", now), Some(7));
        assert_eq!(retry_after(" 120 ", now), Some(120));
        // RFC 9110's example date, 60 s after `now`.
        assert_eq!(retry_after("Sun, 06 Nov 1994 08:50:37 GMT", now), Some(60));
        assert_eq!(retry_after("Sun, 06 Nov 1994 08:48:37 GMT", now), Some(0));
        assert_eq!(retry_after("soon", now), None);
        assert_eq!(retry_after("-5", now), None);
        assert_eq!(retry_after("", now), None);
    }
}
