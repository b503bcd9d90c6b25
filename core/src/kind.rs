//! [`Kind`]: the cross-vendor class of a status code.

use core::fmt;

/// The cross-vendor class of a status code: what a client should make of it,
/// whatever the vendor calls it.
///
/// The variants follow the canonical gRPC codes (`google.rpc.Code`, as used by
/// Google's AIP-193), plus [`Kind::Pending`] for the "accepted, still working"
/// statuses that asynchronous APIs report. Each kind has a usual HTTP status
/// ([`Kind::http_status`]) and a default retry decision
/// ([`Kind::is_retryable`]); a table's `http` and `retry` columns override them
/// per code.
///
/// In a table's `kind` column a kind is written in snake case
/// (`invalid_argument`), see [`Kind::snake_name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// The request succeeded.
    Ok,
    /// Accepted and still in progress (queued, training, uploading): ask again later.
    Pending,
    /// The operation was cancelled, typically by the caller.
    Cancelled,
    /// The request is malformed or has an invalid parameter, whatever the server's state.
    InvalidArgument,
    /// The operation did not finish in time.
    DeadlineExceeded,
    /// A requested resource does not exist.
    NotFound,
    /// The resource the request tried to create already exists.
    AlreadyExists,
    /// The caller is known but may not do this.
    PermissionDenied,
    /// The caller's credentials are missing, invalid or expired.
    Unauthenticated,
    /// A rate limit or quota ran out.
    ResourceExhausted,
    /// The system is not in the state the operation needs (fix the state, then retry).
    FailedPrecondition,
    /// The operation was aborted by a concurrency conflict.
    Aborted,
    /// A value is outside its valid range.
    OutOfRange,
    /// The operation is not implemented or not supported.
    Unimplemented,
    /// An internal error of the server.
    Internal,
    /// The service is temporarily unavailable.
    Unavailable,
    /// Unrecoverable data loss or corruption.
    DataLoss,
    /// The table does not say; also the class of codes no row or range covers.
    Unknown,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 18] = [
        Kind::Ok,
        Kind::Pending,
        Kind::Cancelled,
        Kind::InvalidArgument,
        Kind::DeadlineExceeded,
        Kind::NotFound,
        Kind::AlreadyExists,
        Kind::PermissionDenied,
        Kind::Unauthenticated,
        Kind::ResourceExhausted,
        Kind::FailedPrecondition,
        Kind::Aborted,
        Kind::OutOfRange,
        Kind::Unimplemented,
        Kind::Internal,
        Kind::Unavailable,
        Kind::DataLoss,
        Kind::Unknown,
    ];

    /// The name used in a table's `kind` column, such as `"invalid_argument"`.
    #[must_use]
    pub const fn snake_name(self) -> &'static str {
        match self {
            Kind::Ok => "ok",
            Kind::Pending => "pending",
            Kind::Cancelled => "cancelled",
            Kind::InvalidArgument => "invalid_argument",
            Kind::DeadlineExceeded => "deadline_exceeded",
            Kind::NotFound => "not_found",
            Kind::AlreadyExists => "already_exists",
            Kind::PermissionDenied => "permission_denied",
            Kind::Unauthenticated => "unauthenticated",
            Kind::ResourceExhausted => "resource_exhausted",
            Kind::FailedPrecondition => "failed_precondition",
            Kind::Aborted => "aborted",
            Kind::OutOfRange => "out_of_range",
            Kind::Unimplemented => "unimplemented",
            Kind::Internal => "internal",
            Kind::Unavailable => "unavailable",
            Kind::DataLoss => "data_loss",
            Kind::Unknown => "unknown",
        }
    }

    /// The kind whose [`snake_name`](Kind::snake_name) is `name`, exactly.
    #[must_use]
    pub fn from_snake_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.snake_name() == name)
    }

    /// The HTTP status that usually goes with this kind (AIP-193's mapping;
    /// `202 Accepted` for [`Kind::Pending`], `499` for [`Kind::Cancelled`] as
    /// gRPC gateways send it).
    #[must_use]
    pub const fn http_status(self) -> u16 {
        match self {
            Kind::Ok => 200,
            Kind::Pending => 202,
            Kind::InvalidArgument | Kind::FailedPrecondition | Kind::OutOfRange => 400,
            Kind::Unauthenticated => 401,
            Kind::PermissionDenied => 403,
            Kind::NotFound => 404,
            Kind::AlreadyExists | Kind::Aborted => 409,
            Kind::ResourceExhausted => 429,
            Kind::Cancelled => 499,
            Kind::Internal | Kind::DataLoss | Kind::Unknown => 500,
            Kind::Unimplemented => 501,
            Kind::Unavailable => 503,
            Kind::DeadlineExceeded => 504,
        }
    }

    /// The kind an HTTP status implies when a table gives a status but no kind.
    ///
    /// The inverse of [`Kind::http_status`] where that is one-to-one; where it
    /// is not, the choice that is safe for a client: `400` is
    /// [`Kind::InvalidArgument`] (fix the request), `409` is
    /// [`Kind::AlreadyExists`] (not retried blindly), `402 Payment Required`
    /// is [`Kind::FailedPrecondition`] (the account must change before a retry
    /// can succeed), `413` is [`Kind::InvalidArgument`], `502` is
    /// [`Kind::Unavailable`] like `503`. Other 2xx are [`Kind::Ok`], other 4xx
    /// [`Kind::InvalidArgument`], other 5xx [`Kind::Internal`], and 1xx, 3xx
    /// and anything outside 100..=599 [`Kind::Unknown`].
    #[must_use]
    pub const fn from_http_status(status: u16) -> Kind {
        match status {
            202 => Kind::Pending,
            200..=299 => Kind::Ok,
            401 => Kind::Unauthenticated,
            402 | 412 => Kind::FailedPrecondition,
            403 => Kind::PermissionDenied,
            404 => Kind::NotFound,
            408 | 504 => Kind::DeadlineExceeded,
            409 => Kind::AlreadyExists,
            416 => Kind::OutOfRange,
            429 => Kind::ResourceExhausted,
            499 => Kind::Cancelled,
            400..=498 => Kind::InvalidArgument,
            501 => Kind::Unimplemented,
            502 | 503 => Kind::Unavailable,
            500..=599 => Kind::Internal,
            _ => Kind::Unknown,
        }
    }

    /// Whether asking again later can give a different answer, by default.
    ///
    /// `true` for [`Kind::Pending`] (poll), [`Kind::Unavailable`],
    /// [`Kind::ResourceExhausted`] (with backoff), [`Kind::Aborted`] and
    /// [`Kind::DeadlineExceeded`]; `false` for everything else, including
    /// [`Kind::Internal`] (AIP-194 does not retry it; a table marks the codes
    /// whose docs say "try again" with `retry = true`).
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(
            self,
            Kind::Pending
                | Kind::Unavailable
                | Kind::ResourceExhausted
                | Kind::Aborted
                | Kind::DeadlineExceeded
        )
    }

    /// Whether this kind means success.
    #[must_use]
    pub const fn is_success(self) -> bool {
        matches!(self, Kind::Ok)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.snake_name())
    }
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn snake_names_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_snake_name(kind.snake_name()), Some(kind));
        }
        assert_eq!(Kind::from_snake_name("InvalidArgument"), None);
        assert_eq!(Kind::from_snake_name(""), None);
    }

    #[test]
    fn http_status_inference_agrees_with_the_usual_status() {
        // Where the mapping is one-to-one, status -> kind -> status is the identity.
        for kind in Kind::ALL {
            let status = kind.http_status();
            let back = Kind::from_http_status(status);
            assert_eq!(back.http_status(), status, "{kind} -> {status} -> {back}");
        }
        assert_eq!(Kind::from_http_status(429), Kind::ResourceExhausted);
        assert_eq!(Kind::from_http_status(402), Kind::FailedPrecondition);
        assert_eq!(Kind::from_http_status(418), Kind::InvalidArgument);
        assert_eq!(Kind::from_http_status(302), Kind::Unknown);
        assert_eq!(Kind::from_http_status(0), Kind::Unknown);
    }

    #[test]
    fn only_transient_kinds_are_retryable() {
        let retryable: Vec<Kind> = Kind::ALL.into_iter().filter(|k| k.is_retryable()).collect();
        assert_eq!(
            retryable,
            [
                Kind::Pending,
                Kind::DeadlineExceeded,
                Kind::ResourceExhausted,
                Kind::Aborted,
                Kind::Unavailable
            ]
        );
    }
}
