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
    /// lengths first.
    #[inline]
    pub(crate) fn lookup(&self, prefix: &[&str], key: &str) -> Found {
        let data = match self.data {
            Payload::Field(path) | Payload::FieldElseRest(path) => Some(path),
            Payload::Rest => None,
        };
        let mut found = Found::Nothing;
        for (role, path) in [
            (Role::Code, Some(self.code)),
            (Role::Message, self.message),
            (Role::RequestId, self.request_id),
            (Role::Date, self.date),
            (Role::Success, self.success),
            (Role::Data, data),
        ] {
            let Some(path) = path else { continue };
            match step(path, prefix, key) {
                Some(true) => return Found::Leaf(role),
                Some(false) => found = Found::Object(&path[..=prefix.len()]),
                None => {}
            }
        }
        found
    }
}

/// Whether `path` goes through `key` inside `prefix`: `Some(true)` if it
/// ends there, `Some(false)` if it goes on, `None` if it does not.
#[cfg(feature = "serde")]
#[inline]
fn step(path: FieldPath, prefix: &[&str], key: &str) -> Option<bool> {
    let depth = prefix.len();
    let segment = path.get(depth)?;
    if segment.len() != key.len() || *segment != key {
        return None;
    }
    if depth > 0 && path[..depth] != *prefix {
        return None;
    }
    Some(path.len() == depth + 1)
}

/// See `Shape::lookup`.
#[cfg(feature = "serde")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    Leaf(Role),
    /// An object on the way to a field: its path from the root.
    Object(FieldPath),
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
