//! The outcome of a response, decided in one place for every shape: the
//! HTTP status, else the body's success flag, else the table's
//! classification of its code, else (no code at all) success. Also what
//! every shape keeps of the payload field while the outcome is not known.

use serde_json::Value;

use crate::Code;

/// Whether the response is a success, as far as what was read settles it;
/// `None` while it does not. `flag_declared`: the shape has a success flag,
/// so that the code does not decide before the flag was read.
#[inline(always)]
#[allow(clippy::inline_always)] // Constant-folded with the shape.
pub(super) fn settled<C: Code>(
    status_failed: bool,
    flag_declared: bool,
    flag: Option<bool>,
    code: Option<&C>,
) -> Option<bool> {
    if status_failed {
        Some(false)
    } else if flag.is_some() {
        flag
    } else if flag_declared {
        None
    } else {
        code.map(C::is_success)
    }
}

/// Whether the response is a success, once the whole body is read: a body
/// with neither a flag nor a code is a success unless its status says not.
#[inline(always)]
#[allow(clippy::inline_always)]
pub(super) fn is_success<C: Code>(
    status_failed: bool,
    flag: Option<bool>,
    code: Option<&C>,
) -> bool {
    settled(status_failed, false, flag, code).unwrap_or(true)
}

/// The payload field, while the body is read.
pub(super) enum Body<T> {
    /// Not met (yet).
    Absent,
    /// Read straight into `T`: the outcome was already known to be a success.
    Read(Option<T>),
    /// Kept as JSON until the outcome is known.
    Kept(Value),
}
