//! What real HTTP delivers, decoded with the status it came with: an empty
//! 429 from a proxy, an HTML 502 page, a 204, `"code": null`, an array
//! where a resource was expected. None of it loses the status or becomes a
//! bare parse error; a 2xx body that does not decode stays a serde error
//! with its line and column.

use codetables::{Envelope, Kind};
use serde_json::Value;

codetables::include_codes! {
    /// Discord-like: `{"code": …, "message": …}`, or the resource itself.
    #[codes(envelope(code = "code", message = "message"))]
    pub(crate) enum Discord = "tests/tables/vendors/discord.csv";

    /// OpenAI-like, text codes under `error`.
    #[codes(text, envelope(code = "error.code", message = "error.message"))]
    pub(crate) enum OpenAi = "tests/tables/openai.csv";
}

#[test]
fn a_body_that_is_not_an_object_is_the_payload_for_any_t() {
    let list = Envelope::<Discord, Option<Vec<u32>>>::from_response(200, b"[]")
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(list, Some(vec![]));
    let list = Envelope::<Discord, Option<Vec<u32>>>::from_json(b"[1, 2]")
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(list, Some(vec![1, 2]));
    let text = Envelope::<Discord, Option<String>>::from_json(br#""pong""#)
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(text.as_deref(), Some("pong"));
    let number = Envelope::<Discord, Option<u64>>::from_json(b"42")
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(number, Some(42));
    let value = Envelope::<OpenAi, Option<Value>>::from_json(b"[{}]")
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(value, Some(serde_json::json!([{}])));
}

#[test]
fn a_null_code_is_no_code() {
    let body = br#"{"error": {"message": "The server had an error while processing your request.", "type": "server_error", "param": null, "code": null}}"#;
    let error = Envelope::<OpenAi, Value>::from_response(500, body)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert!(!error.has_code());
    assert_eq!(error.http_status(), Some(500));
    assert_eq!(error.kind(), Kind::Internal);
    assert!(error.message().starts_with("The server had an error"));
}

#[test]
fn an_empty_429_keeps_its_status_and_retry() {
    for body in [&b""[..], b"  \r\n"] {
        let error = Envelope::<Discord, Value>::from_response(429, body)
            .unwrap()
            .into_result()
            .unwrap_err();
        assert!(!error.has_code());
        assert_eq!(error.http_status(), Some(429));
        assert_eq!(error.kind(), Kind::ResourceExhausted);
        assert!(error.is_retryable());
        assert_eq!(error.details(), None);
    }
}

#[test]
fn an_html_502_page_is_an_error_with_the_page_as_details() {
    let page = b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center></body></html>";
    let error = Envelope::<Discord, Value>::from_response(502, page)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert!(!error.has_code());
    assert_eq!(error.http_status(), Some(502));
    assert!(error.is_retryable());
    assert!(error.details().unwrap().contains("502 Bad Gateway"));
    // Not UTF-8 either: kept, lossily.
    let error = Envelope::<Discord, Value>::from_response(503, b"\xff\xfe busy")
        .unwrap()
        .into_result()
        .unwrap_err();
    assert!(error.details().unwrap().ends_with("busy"));
    // A JSON body of another shape, with a failure status.
    let error = Envelope::<Discord, Value>::from_response(400, br#"{"code": [1]}"#)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert!(!error.has_code());
    assert_eq!(error.kind(), Kind::InvalidArgument);
    assert_eq!(error.details(), Some(r#"{"code": [1]}"#));
}

#[test]
fn a_204_without_a_body_is_a_success_without_payload() {
    Envelope::<Discord, ()>::from_response(204, b"")
        .unwrap()
        .into_result()
        .unwrap();
    let none = Envelope::<Discord, Option<Value>>::from_response(200, b"")
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(none, None);
    // A payload that cannot be absent: a decoding error that says so.
    let error = Envelope::<Discord, Vec<u32>>::from_response(200, b"").unwrap_err();
    assert!(
        error.to_string().contains("decode it as an `Option`"),
        "{error}"
    );
}

#[test]
fn a_2xx_body_that_does_not_decode_is_a_serde_error_with_its_place() {
    let error = Envelope::<Discord, Value>::from_response(200, b"{\n  \"code\": [}").unwrap_err();
    assert_eq!((error.line(), error.column()), (2, 11), "{error}");
    let error = Envelope::<Discord, Value>::from_json(b"<html>").unwrap_err();
    assert_eq!(error.line(), 1);
}

codetables::include_codes! {
    /// AWS Lambda (REST JSON): the code in `x-amzn-ErrorType` where the
    /// body has none, else the body's namespaced `__type`.
    #[codes(text, envelope(code = "__type", code_after = "#", code_header = "x-amzn-ErrorType", message = "Message"))]
    pub(crate) enum Lambda = "tests/tables/aws_lambda.csv";

    /// Stripe, whose request id is a header.
    #[codes(text, envelope(code = "error.code", message = "error.message", request_id_header = "Request-Id"))]
    pub(crate) enum Stripe = "tests/tables/stripe.csv";
}

fn response(
    status: u16,
    headers: &[(&str, &str)],
    body: &'static str,
) -> http::Response<&'static str> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body).unwrap()
}

#[test]
fn from_http_reads_the_status_the_request_id_header_and_retry_after() {
    let declined = response(
        402,
        &[("Request-Id", "req_gQ3rCnh1xT0bW2")],
        r#"{"error": {"code": "card_declined", "message": "Your card was declined.", "type": "card_error"}}"#,
    );
    let error = Envelope::<Stripe, Value>::from_http(&declined)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), Stripe::CardDeclined);
    assert_eq!(error.request_id(), Some("req_gQ3rCnh1xT0bW2"));
    assert_eq!(error.http_status(), Some(402));
    assert_eq!(error.retry_after(), None);
    // An empty 429 from a proxy, with a wait in seconds.
    let limited = response(429, &[("Retry-After", "7"), ("X-Request-Id", "abc")], "");
    let error = Envelope::<Discord, Value>::from_http(&limited)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert!(error.is_retryable());
    assert_eq!(error.retry_after(), Some(std::time::Duration::from_secs(7)));
    assert_eq!(error.request_id(), Some("abc"));
    // An HTTP date in the past is no wait; nonsense is ignored.
    let past = response(503, &[("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")], "");
    let error = Envelope::<Discord, Value>::from_http(&past)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.retry_after(), Some(std::time::Duration::ZERO));
    let nonsense = response(503, &[("Retry-After", "later")], "");
    let error = Envelope::<Discord, Value>::from_http(&nonsense)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.retry_after(), None);
    // AWS's request id header, a body-less 204, and a `Vec<u8>` body.
    let deleted = http::Response::builder()
        .status(204)
        .header("x-amzn-RequestId", "c6f7f4a1")
        .body(Vec::new())
        .unwrap();
    let envelope = Envelope::<Discord, ()>::from_http(&deleted).unwrap();
    assert_eq!(envelope.request_id(), Some("c6f7f4a1"));
    envelope.into_result().unwrap();
}

/// <https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html>: Lambda's
/// errors carry their code in the `x-amzn-ErrorType` header, the body only
/// `Type` and `Message` (AWS's REST JSON protocol).
#[test]
fn from_http_reads_a_code_the_body_does_not_carry_from_its_header() {
    let missing = response(
        404,
        &[
            ("x-amzn-ErrorType", "ResourceNotFoundException"),
            ("x-amzn-RequestId", "0b3fdf2a-7c7b-4c8e-9a4e-1b3c2c9d1d77"),
        ],
        r#"{"Type": "User", "Message": "Function not found: arn:aws:lambda:us-west-2:123456789012:function:my-function"}"#,
    );
    let error = Envelope::<Lambda, Value>::from_http(&missing)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), Lambda::ResourceNotFoundException);
    assert!(error.message().starts_with("Function not found"));
    assert_eq!(
        error.request_id(),
        Some("0b3fdf2a-7c7b-4c8e-9a4e-1b3c2c9d1d77")
    );
    // AWS may append `:` and a URL; an unlisted code is kept.
    let throttled = response(
        429,
        &[(
            "x-amzn-ErrorType",
            "TooManyRequestsException:http://internal.amazon.com/coral/com.amazon.coral.service/",
        )],
        r#"{"Reason": "ReservedFunctionConcurrentInvocationLimitExceeded", "Type": "User", "message": "Rate Exceeded."}"#,
    );
    let error = Envelope::<Lambda, Value>::from_http(&throttled)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), Lambda::TooManyRequestsException);
    assert!(error.is_retryable());
    let unlisted = response(400, &[("x-amzn-ErrorType", "EC2ThrottledException")], "{}");
    let error = Envelope::<Lambda, Value>::from_http(&unlisted)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.code().code(), "EC2ThrottledException");
    // The body's code wins over the header; a success reads no header.
    let both = response(
        400,
        &[("x-amzn-ErrorType", "ServiceException")],
        r#"{"__type": "InvalidParameterValueException", "Message": "bad"}"#,
    );
    let error = Envelope::<Lambda, Value>::from_http(&both)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), Lambda::InvalidParameterValueException);
    let invoked = response(
        200,
        &[("x-amzn-ErrorType", "ServiceException")],
        r#"{"ok": 1}"#,
    );
    let payload = Envelope::<Lambda, Value>::from_http(&invoked)
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(payload["ok"], 1);
}
