//! [`Shape`]: where a vendor's response body keeps each part, as declared
//! with `#[codes(envelope(...))]`.

/// A field name, or the names leading into nested objects
/// (`["error", "code"]` for `"error.code"`).
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// The response date.
    pub date: Option<FieldPath>,
    /// A boolean that states success (`"ok"`, `"success"`).
    pub success: Option<FieldPath>,
    /// Where the payload is.
    pub data: Payload,
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
