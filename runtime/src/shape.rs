//! [`Shape`]: where a vendor's response body keeps each part, as declared
//! with `#[codes(envelope(...))]` or built in ([`Shape::FLAT`],
//! [`Shape::FLAT_MSG`], [`Shape::NESTED`]): one value that the decoder
//! reads bodies by and the encoder writes them by.

use codetables_core::Part;

/// A field name, or the names leading into nested objects
/// (`["error", "code"]` for `"error.code"`); a number is a position in an
/// array (`["errors", "0", "code"]`: the first error's code).
pub type FieldPath = &'static [&'static str];

/// Where a vendor's response body keeps each part, so that
/// `Envelope` reads it and writes it. Declared in the invocation:
///
/// ```ignore
/// codetables::include_codes! {
///     #[codes(envelope(code = "errcode", message = "errmsg"))]
///     pub enum WeChat = "tables/wechat.csv";
/// }
/// ```
///
/// which generates `const SHAPE` in the enum's [`Code`](crate::Code) impl;
/// without a declaration the table gets a built-in shape
/// ([`Shape::FLAT`] unless `#[codes(builtin = "…")]` names another).
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
    /// Details beside the message (Clarifai's `status.details`).
    pub details: Option<FieldPath>,
    /// Where the payload is.
    pub data: Payload,
    /// Other places a part is read from, never written: the built-in
    /// shapes read one another's bodies. An alias is looked at only for a
    /// key that none of the shape's own paths reaches; the first
    /// [`Shape::MAX_ALIASES`] are read.
    pub aliases: &'static [(Part, FieldPath)],
    /// Whether the payload is read as soon as the code says success, before
    /// a success flag that comes after it (the flag still decides the
    /// outcome). The built-in shapes do: their vendors' flags only ever
    /// agree with the code, and the payload is then read straight into `T`
    /// rather than kept as JSON until the flag. A declared shape with a
    /// flag waits for it.
    pub payload_on_code: bool,
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
            details: None,
            data: Payload::Rest,
            aliases: &[],
            payload_on_code: false,
        }
    }

    /// How many [`aliases`](Shape::aliases) are read.
    pub const MAX_ALIASES: usize = 25;

    /// Stardust's flat body, `{code, message, data, requestId, date,
    /// success}`; reads the other built-in shapes too.
    pub const FLAT: Shape = Shape::new(&["code"])
        .with_message(&["message"])
        .with_data(Payload::FieldElseRest(&["data"]))
        .with_request_id(&["requestId"])
        .with_date(&["date"])
        .with_success(&["success"])
        .with_aliases(&BUILTIN_ALIASES)
        .with_payload_on_code();

    /// The AI gateway's flat body with `msg`, `{code, msg, data}`; reads the
    /// other built-in shapes too.
    pub const FLAT_MSG: Shape = Shape::new(&["code"])
        .with_message(&["msg"])
        .with_data(Payload::FieldElseRest(&["data"]))
        .with_aliases(&BUILTIN_ALIASES)
        .with_payload_on_code();

    /// Clarifai's nested body, `{status: {code, description, details,
    /// req_id}, …payload}`, the payload the rest of the object; reads the
    /// other built-in shapes too.
    pub const NESTED: Shape = Shape::new(&["status", "code"])
        .with_message(&["status", "description"])
        .with_details(&["status", "details"])
        .with_request_id(&["status", "req_id"])
        .with_aliases(&BUILTIN_ALIASES)
        .with_payload_on_code();

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

    /// Details beside the message are at `path`.
    #[must_use]
    pub const fn with_details(mut self, path: FieldPath) -> Shape {
        self.details = Some(path);
        self
    }

    /// The payload is at `data`.
    #[must_use]
    pub const fn with_data(mut self, data: Payload) -> Shape {
        self.data = data;
        self
    }

    /// Parts are also read at these places (never written there).
    #[must_use]
    pub const fn with_aliases(mut self, aliases: &'static [(Part, FieldPath)]) -> Shape {
        self.aliases = aliases;
        self
    }

    /// The payload is read as soon as the code says success (see
    /// [`payload_on_code`](Shape::payload_on_code)).
    #[must_use]
    pub const fn with_payload_on_code(mut self) -> Shape {
        self.payload_on_code = true;
        self
    }
}

/// Every place of the three built-in shapes, so that each reads the
/// others' bodies (a place that is also a shape's own path is found as
/// that first).
const BUILTIN_ALIASES: [(Part, FieldPath); 12] = [
    (Part::Code, &["code"]),
    (Part::Code, &["status", "code"]),
    (Part::Message, &["message"]),
    (Part::Message, &["msg"]),
    (Part::Message, &["status", "description"]),
    (Part::Details, &["status", "details"]),
    (Part::RequestId, &["requestId"]),
    (Part::RequestId, &["request_id"]),
    (Part::RequestId, &["status", "req_id"]),
    (Part::Date, &["date"]),
    (Part::Success, &["success"]),
    (Part::Data, &["data"]),
];

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
            details: None,
            data: Payload::Field(&["data"]),
            aliases: &[],
            payload_on_code: false,
        };
        assert_eq!(SHAPE, expected);
        let bare = Shape::new(&["errcode"]);
        assert_eq!((bare.message, bare.data), (None, Payload::Rest));
        assert_eq!(bare.code_header, None);
    }
}
