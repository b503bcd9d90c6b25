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
    /// Every named field with its role.
    pub(crate) fn fields(&self) -> impl Iterator<Item = (Role, FieldPath)> + '_ {
        let data = match self.data {
            Payload::Field(path) | Payload::FieldElseRest(path) => Some(path),
            Payload::Rest => None,
        };
        [
            (Role::Code, Some(self.code)),
            (Role::Message, self.message),
            (Role::RequestId, self.request_id),
            (Role::Date, self.date),
            (Role::Success, self.success),
            (Role::Data, data),
        ]
        .into_iter()
        .filter_map(|(role, path)| Some((role, path?)))
    }

    /// What `key`, inside the object at `prefix`, is to the shape: a leaf
    /// with its role, an object on the way to one, or nothing.
    pub(crate) fn lookup<S: AsRef<str>>(&self, prefix: &[S], key: &str) -> Found {
        let mut found = Found::Nothing;
        let depth = prefix.len();
        for (role, path) in self.fields() {
            let on_path = path.len() > depth
                && path[depth] == key
                && path.iter().zip(prefix).all(|(a, b)| *a == b.as_ref());
            if on_path {
                if path.len() == depth + 1 {
                    return Found::Leaf(role);
                }
                found = Found::Object;
            }
        }
        found
    }
}

/// See `Shape::lookup`.
#[cfg(feature = "serde")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    Leaf(Role),
    Object,
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
        assert_eq!(GOOGLE.lookup::<&str>(&[], "error"), Found::Object);
        assert_eq!(GOOGLE.lookup(&["error"], "code"), Found::Leaf(Role::Code));
        assert_eq!(
            GOOGLE.lookup(&["error"], "message"),
            Found::Leaf(Role::Message)
        );
        assert_eq!(GOOGLE.lookup::<&str>(&[], "code"), Found::Nothing);
        assert_eq!(GOOGLE.lookup(&["error"], "status"), Found::Nothing);
    }
}
