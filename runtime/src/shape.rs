//! [`Shape`]: where a vendor's response body keeps each part, as declared
//! with `#[codes(envelope(...))]`.

/// A field name, or the names leading into nested objects
/// (`["error", "code"]` for `"error.code"`); a number is a position in an
/// array (`["errors", "0", "code"]`: the first error's code).
pub type FieldPath = &'static [&'static str];

/// Where a vendor's response body keeps each part, so that
/// `Envelope` reads it. Declared in the invocation:
///
/// ```ignore
/// codetables::include_codes! {
///     #[codes(envelope(code = "errcode", message = "errmsg"))]
///     pub enum WeChat = "tables/wechat.csv";
/// }
/// ```
///
/// which generates `const SHAPE` in the enum's [`Code`](crate::Code) impl.
///
/// New parts may be added (`#[non_exhaustive]`): outside this crate a
/// shape is built with [`Shape::new`] and the `with_*` methods, all
/// `const`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Shape {
    /// The status code (`"errcode"`, `"error.code"`).
    pub code: FieldPath,
    /// Where a text code comes with a namespace, the separator after which
    /// the code is (`"#"` for AWS's
    /// `"com.amazonaws.dynamodb.v20120810#ThrottlingException"`): the text
    /// after its last occurrence, or the whole text without one.
    pub code_after: Option<&'static str>,
    /// The server's message.
    pub message: Option<FieldPath>,
    /// The request id (a string or a number).
    pub request_id: Option<FieldPath>,
    /// The header that carries the request id where the body does not
    /// (`"Request-Id"` for Stripe), read by `Envelope::from_http`.
    pub request_id_header: Option<&'static str>,
    /// The header that carries the code where the body does not (AWS's
    /// REST JSON protocol: `x-amzn-ErrorType`), read by
    /// `Envelope::from_http` for a failure: its value up to a `:` (AWS
    /// appends one and a URL), then as a body's code (`code_after`
    /// applies).
    pub code_header: Option<&'static str>,
    /// The response date.
    pub date: Option<FieldPath>,
    /// A boolean that states success (`"ok"`, `"success"`).
    pub success: Option<FieldPath>,
    /// Where the payload is.
    pub data: Payload,
}

impl Shape {
    /// A body whose code is at `code`, with no other part, its payload the
    /// rest of the object.
    #[must_use]
    pub const fn new(code: FieldPath) -> Shape {
        Shape {
            code,
            code_after: None,
            message: None,
            request_id: None,
            request_id_header: None,
            code_header: None,
            date: None,
            success: None,
            data: Payload::Rest,
        }
    }

    /// The code is the text after the last `separator` (`"#"` for AWS).
    #[must_use]
    pub const fn with_code_after(mut self, separator: &'static str) -> Shape {
        self.code_after = Some(separator);
        self
    }

    /// The server's message is at `path`.
    #[must_use]
    pub const fn with_message(mut self, path: FieldPath) -> Shape {
        self.message = Some(path);
        self
    }

    /// The request id is at `path`.
    #[must_use]
    pub const fn with_request_id(mut self, path: FieldPath) -> Shape {
        self.request_id = Some(path);
        self
    }

    /// The request id comes in the response header `name`.
    #[must_use]
    pub const fn with_request_id_header(mut self, name: &'static str) -> Shape {
        self.request_id_header = Some(name);
        self
    }

    /// The code comes in the response header `name` where the body has
    /// none.
    #[must_use]
    pub const fn with_code_header(mut self, name: &'static str) -> Shape {
        self.code_header = Some(name);
        self
    }

    /// The response date is at `path`.
    #[must_use]
    pub const fn with_date(mut self, path: FieldPath) -> Shape {
        self.date = Some(path);
        self
    }

    /// A boolean that states success is at `path`.
    #[must_use]
    pub const fn with_success(mut self, path: FieldPath) -> Shape {
        self.success = Some(path);
        self
    }

    /// The payload is at `data`.
    #[must_use]
    pub const fn with_data(mut self, data: Payload) -> Shape {
        self.data = data;
        self
    }
}

/// Which of the seeds' built-in shapes a table without
/// `#[codes(envelope(...))]` writes its bodies in (`#[codes(builtin =
/// "…")]`); decoding reads all three.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum BuiltinShape {
    /// `{code, message, data, requestId, date, success}` (Stardust).
    #[default]
    Flat,
    /// `{code, msg, data}` (the AI gateway).
    FlatMsg,
    /// `{status: {code, description, details, req_id}, …payload}` (Clarifai).
    Nested,
}

/// Where a successful response's payload is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builder_sets_each_part_and_nothing_else() {
        const SHAPE: Shape = Shape::new(&["error", "code"])
            .with_code_after("#")
            .with_message(&["error", "message"])
            .with_request_id(&["id"])
            .with_request_id_header("Request-Id")
            .with_code_header("x-amzn-ErrorType")
            .with_date(&["date"])
            .with_success(&["ok"])
            .with_data(Payload::Field(&["data"]));
        let expected = Shape {
            code: &["error", "code"],
            code_after: Some("#"),
            message: Some(&["error", "message"]),
            request_id: Some(&["id"]),
            request_id_header: Some("Request-Id"),
            code_header: Some("x-amzn-ErrorType"),
            date: Some(&["date"]),
            success: Some(&["ok"]),
            data: Payload::Field(&["data"]),
        };
        assert_eq!(SHAPE, expected);
        let bare = Shape::new(&["errcode"]);
        assert_eq!((bare.message, bare.data), (None, Payload::Rest));
        assert_eq!(bare.code_header, None);
    }
}
