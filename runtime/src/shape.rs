//! [`Shape`]: where a vendor's response body keeps each part, as declared
//! with `#[codes(envelope(...))]`.

/// A field name, or the names leading into nested objects
/// (`["error", "code"]` for `"error.code"`).
pub type FieldPath = &'static [&'static str];

/// Where a vendor's response body keeps each part, so that
/// [`Envelope`](crate::Envelope) reads it. Declared in the invocation:
///
/// ```ignore
/// codetables::include_codes! {
///     #[codes(envelope(code = "errcode", message = "errmsg"))]
///     pub enum WeChat = "tables/wechat.csv";
/// }
/// ```
///
/// which generates `const SHAPE` in the enum's [`Code`](crate::Code) impl.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// The status code (`"errcode"`, `"error.code"`).
    pub code: FieldPath,
    /// The server's message.
    pub message: Option<FieldPath>,
    /// The request id (a string or a number).
    pub request_id: Option<FieldPath>,
    /// The response date.
    pub date: Option<FieldPath>,
    /// A boolean that states success (`"ok"`, `"success"`).
    pub success: Option<FieldPath>,
    /// Where the payload is.
    pub data: Payload,
}

/// Where a successful response's payload is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload {
    /// The value of this field (`"data"`, `"result"`); absent or `null`: no
    /// payload.
    Field(FieldPath),
    /// The value of this field, else the rest of the object (`"data|*"`).
    FieldElseRest(FieldPath),
    /// The object without the fields the shape names; nothing left: no
    /// payload.
    Rest,
}

/// What a field of the shape is.
#[cfg(feature = "serde")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Code,
    Message,
    RequestId,
    Date,
    Success,
    Data,
}

#[cfg(feature = "serde")]
impl Shape {
    /// What `key`, inside the object at `prefix`, is to the shape: a leaf
    /// with its role, an object on the way to one, or nothing. Runs for
    /// every key of every body: each declared path is checked in place,
    /// lengths first. Inlined where the shape is a constant (the envelope's
    /// `C::SHAPE`), the paths become literals.
    #[inline(always)]
    #[allow(clippy::inline_always)]
    pub(crate) fn lookup(&self, prefix: &[&str], key: &str) -> Found {
        let mut found = Found::Nothing;
        let mut check = |role: Role, path: FieldPath| match step(path, prefix, key) {
            Some(true) => Some(Found::Leaf(role)),
            Some(false) => {
                found = Found::Object(&path[..=prefix.len()]);
                None
            }
            None => None,
        };
        if let Some(leaf) = check(Role::Code, self.code) {
            return leaf;
        }
        for (role, path) in [
            (Role::Message, self.message),
            (Role::RequestId, self.request_id),
            (Role::Date, self.date),
            (Role::Success, self.success),
        ] {
            if let Some(leaf) = path.and_then(|path| check(role, path)) {
                return leaf;
            }
        }
        if let Payload::Field(path) | Payload::FieldElseRest(path) = self.data {
            if let Some(leaf) = check(Role::Data, path) {
                // The payload object holding other parts (Tencent Cloud).
                return match found {
                    Found::Object(_) => Found::DataHolding(&path[..=prefix.len()]),
                    _ => leaf,
                };
            }
        }
        found
    }

    /// Every part but the payload, with its path.
    pub(crate) fn parts(&self) -> [(Role, Option<FieldPath>); 5] {
        [
            (Role::Code, Some(self.code)),
            (Role::Message, self.message),
            (Role::RequestId, self.request_id),
            (Role::Date, self.date),
            (Role::Success, self.success),
        ]
    }
}

/// Whether `path` goes through `key` inside `prefix`: `Some(true)` if it
/// ends there, `Some(false)` if it goes on, `None` if it does not.
#[cfg(feature = "serde")]
#[inline]
fn step(path: FieldPath, prefix: &[&str], key: &str) -> Option<bool> {
    let depth = prefix.len();
    let segment = path.get(depth)?;
    if !same(segment, key) {
        return None;
    }
    if !path.iter().zip(prefix).all(|(a, b)| same(a, b)) {
        return None;
    }
    Some(path.len() == depth + 1)
}

/// String equality, lengths first, then the same pointer (a prefix is a
/// part of one of the shape's own paths), then the bytes.
#[cfg(feature = "serde")]
#[inline]
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && (std::ptr::eq(a.as_ptr(), b.as_ptr()) || a == b)
}

/// See `Shape::lookup`.
#[cfg(feature = "serde")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    Leaf(Role),
    /// An object on the way to a field: its path from the root.
    Object(FieldPath),
    /// The payload field, an object that holds other parts: its path.
    DataHolding(FieldPath),
    Nothing,
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;

    const GOOGLE: Shape = Shape {
        code: &["error", "code"],
        message: Some(&["error", "message"]),
        request_id: None,
        date: None,
        success: None,
        data: Payload::Rest,
    };

    #[test]
    fn keys_are_found_by_their_place() {
        assert_eq!(GOOGLE.lookup(&[], "error"), Found::Object(&["error"]));
        assert_eq!(GOOGLE.lookup(&["error"], "code"), Found::Leaf(Role::Code));
        assert_eq!(
            GOOGLE.lookup(&["error"], "message"),
            Found::Leaf(Role::Message)
        );
        assert_eq!(GOOGLE.lookup(&[], "code"), Found::Nothing);
        assert_eq!(GOOGLE.lookup(&["error"], "status"), Found::Nothing);
    }
}
