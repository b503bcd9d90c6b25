//! Response bodies of vendors whose codes are text, as their documentation
//! shows them, decoded by `Envelope` with the shape each one declares.
//! Every body is a documented one (the vendor's page is named above it).

use codetables::{Code, Envelope, Kind};
use serde_json::Value;

codetables::include_codes! {
    /// Stripe: `{"error": {"code": …, "message": …, "type": …}}`.
    #[codes(text, envelope(code = "error.code", message = "error.message"))]
    pub enum Stripe = "tests/tables/stripe.csv";

    /// `OpenAI`: as Stripe, and `"code": null` on server errors.
    #[codes(text, envelope(code = "error.code", message = "error.message"))]
    pub enum OpenAi = "tests/tables/openai.csv";

    /// Anthropic: the code is `error.type`.
    #[codes(text, envelope(code = "error.type", message = "error.message", request_id = "request_id"))]
    pub enum Anthropic = "tests/tables/anthropic.csv";

    /// Slack Web API: `ok` says success, `error` is the code.
    #[codes(text, envelope(code = "error", success = "ok"))]
    pub enum Slack = "tests/tables/slack.csv";

    /// Tencent Cloud API 3.0: everything inside `Response`.
    #[codes(text, envelope(
        code = "Response.Error.Code",
        message = "Response.Error.Message",
        request_id = "Response.RequestId",
        data = "Response",
    ))]
    pub enum TencentCloud = "tests/tables/tencent_cloud.csv";

    /// Alibaba Cloud RPC APIs.
    #[codes(text, envelope(code = "Code", message = "Message", request_id = "RequestId"))]
    pub enum Alibaba = "tests/tables/alibaba.csv";

    /// Kubernetes API `Status` objects: the code is `reason`.
    #[codes(text, envelope(code = "reason", message = "message"))]
    pub enum Kubernetes = "tests/tables/kubernetes.csv";

    /// `PayPal` REST: the code is `name`, the request id `debug_id` (or the
    /// `PayPal-Debug-Id` header).
    #[codes(text, envelope(code = "name", message = "message", request_id = "debug_id", request_id_header = "Paypal-Debug-Id"))]
    pub enum PayPal = "tests/tables/paypal.csv";

    /// Square: a list of errors, the first one's `code` and `detail`.
    #[codes(text, envelope(code = "errors.0.code", message = "errors.0.detail"))]
    pub enum Square = "tests/tables/square.csv";

    /// Google APIs (AIP-193): the machine-readable code is the `reason` of
    /// the `ErrorInfo` first in `error.details`.
    #[codes(text, envelope(code = "error.details.0.reason", message = "error.message"))]
    pub enum GoogleReason = "tests/tables/google_error_reason.csv";

    /// GraphQL (Apollo Server): the first error's `extensions.code`, the
    /// result in `data`.
    #[codes(text, envelope(code = "errors.0.extensions.code", message = "errors.0.message", data = "data"))]
    pub enum Apollo = "tests/tables/apollo_graphql.csv";

    /// AWS JSON protocol (DynamoDB): `__type` is namespaced.
    #[codes(text, envelope(code = "__type", code_after = "#", message = "message"))]
    pub enum DynamoDb = "tests/tables/aws_dynamodb.csv";
}

fn decode<C: Code>(body: &str) -> Envelope<C, Value> {
    Envelope::from_json(body.as_bytes()).unwrap_or_else(|e| panic!("{body}: {e}"))
}

fn failure<C: Code>(body: &str) -> codetables::ApiError<C> {
    decode::<C>(body)
        .into_result()
        .expect_err("an error response")
}

/// <https://docs.stripe.com/api/errors>: an invalid request.
#[test]
fn stripe() {
    let body = r#"{"error": {"code": "resource_missing", "doc_url": "https://stripe.com/docs/error-codes/resource-missing", "message": "No such customer: 'cus_9BoKFrE3n6Jrpd'", "param": "customer", "type": "invalid_request_error"}}"#;
    let error = failure::<Stripe>(body);
    assert_eq!(error.code(), Stripe::ResourceMissing);
    assert_eq!(error.message(), "No such customer: 'cus_9BoKFrE3n6Jrpd'");
    assert_eq!(error.kind(), Kind::NotFound);
    // A code Stripe added after the table was written: kept as sent.
    let body = r#"{"error": {"code": "card_decline_rate_limit_exceeded", "message": "This card has been declined too many times.", "type": "card_error"}}"#;
    let error = failure::<Stripe>(body);
    assert_eq!(
        error.code(),
        Stripe::from("card_decline_rate_limit_exceeded")
    );
    assert_eq!(error.code().code(), "card_decline_rate_limit_exceeded");
    assert!(!error.code().is_known());
    assert!(error
        .to_string()
        .contains("card_decline_rate_limit_exceeded"));
    // A success is the object itself.
    let ok = decode::<Stripe>(r#"{"id": "cus_123", "object": "customer"}"#)
        .into_result()
        .unwrap();
    assert_eq!(ok["id"], "cus_123");
}

/// <https://platform.openai.com/docs/guides/error-codes>: an invalid key,
/// and a server error whose code is `null`.
#[test]
fn openai_and_a_null_code() {
    let body = r#"{"error": {"message": "Incorrect API key provided: sk-abc***. You can find your API key at https://platform.openai.com/account/api-keys.", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}"#;
    let error = failure::<OpenAi>(body);
    assert_eq!(error.code(), OpenAi::InvalidApiKey);
    assert_eq!(error.kind(), Kind::Unauthenticated);
    let body = r#"{"error": {"message": "The server had an error while processing your request. Sorry about that!", "type": "server_error", "param": null, "code": null}}"#;
    let envelope = Envelope::<OpenAi, Value>::from_response(500, body.as_bytes()).unwrap();
    assert!(!envelope.has_code());
    let error = envelope.into_result().unwrap_err();
    assert!(!error.has_code());
    assert_eq!(error.http_status(), Some(500));
    assert_eq!(error.kind(), Kind::Internal);
    assert!(error.message().starts_with("The server had an error"));
}

/// <https://docs.anthropic.com/en/api/errors>: an overloaded API.
#[test]
fn anthropic() {
    let body = r#"{"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}, "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy"}"#;
    let error = failure::<Anthropic>(body);
    assert_eq!(error.code(), Anthropic::OverloadedError);
    assert!(error.is_retryable());
    assert_eq!(error.request_id(), Some("req_011CSHoEeqs5C35K2UUqR7Fy"));
    assert_eq!(error.code().http_status(), Some(529));
}

/// <https://api.slack.com/methods/chat.postMessage>: `ok` and `error`.
#[test]
fn slack() {
    let error = failure::<Slack>(r#"{"ok": false, "error": "channel_not_found"}"#);
    assert_eq!(error.code(), Slack::ChannelNotFound);
    assert_eq!(error.message(), "Value passed for channel was invalid.");
    // `ratelimited` and `rate_limited` are two codes.
    assert_eq!(
        failure::<Slack>(r#"{"ok": false, "error": "ratelimited"}"#).code(),
        Slack::Ratelimited
    );
    assert_eq!(
        failure::<Slack>(r#"{"ok": false, "error": "rate_limited"}"#).code(),
        Slack::RateLimited
    );
    let ok = decode::<Slack>(r#"{"ok": true, "channel": "C123ABC456", "ts": "1503435956.000247"}"#)
        .into_result()
        .unwrap();
    assert_eq!(ok["channel"], "C123ABC456");
}

/// <https://www.tencentcloud.com/document/api/213/15694>: an expired
/// signature, and a success inside `Response`.
#[test]
fn tencent_cloud() {
    let body = r#"{"Response": {"Error": {"Code": "AuthFailure.SignatureExpire", "Message": "The signature expired. Timestamp and server time cannot differ by more than five minutes."}, "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;
    let error = failure::<TencentCloud>(body);
    assert_eq!(error.code(), TencentCloud::AuthFailureSignatureExpire);
    assert_eq!(
        error.request_id(),
        Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
    );
    assert_eq!(error.kind(), Kind::Unauthenticated);
    // An unlisted code under a listed prefix.
    let body = r#"{"Response": {"Error": {"Code": "AuthFailure.InvalidAuthorization", "Message": "Authorization header is invalid."}, "RequestId": "b5b41468"}}"#;
    let error = failure::<TencentCloud>(body);
    assert!(!error.code().is_known());
    assert!(error.code().is_auth_failure());
    assert_eq!(error.kind(), Kind::Unauthenticated);
    let ok = decode::<TencentCloud>(
        r#"{"Response": {"TotalCount": 0, "InstanceSet": [], "RequestId": "ee4ac4a5"}}"#,
    )
    .into_result()
    .unwrap();
    assert_eq!(ok["TotalCount"], 0);
}

/// <https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-errorcode>.
#[test]
fn alibaba_cloud() {
    let body = r#"{"RequestId": "7463B73D-35CC-4D19-A010-6B8D65D242EF", "HostId": "ecs.aliyuncs.com", "Code": "InvalidParameter.KMSKeyId.NotFound", "Message": "The specified KMSKeyId does not exist.", "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter.KMSKeyId.NotFound"}"#;
    let error = failure::<Alibaba>(body);
    assert_eq!(error.code(), Alibaba::InvalidParameterKMSKeyIdNotFound);
    assert_eq!(error.kind(), Kind::NotFound);
    assert_eq!(
        error.request_id(),
        Some("7463B73D-35CC-4D19-A010-6B8D65D242EF")
    );
    // `InvalidParamater` (sic) is its own code, not `InvalidParameter…`.
    assert_eq!(Alibaba::from("InvalidParamater"), Alibaba::InvalidParamater);
    assert_eq!(
        Alibaba::from("InvalidParameter.Other").kind(),
        Kind::InvalidArgument
    );
}

/// <https://kubernetes.io/docs/reference/using-api/api-concepts/>: a
/// `Status` of kind `NotFound`; any other object is a success.
#[test]
fn kubernetes() {
    let body = r#"{"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "pods \"grafana\" not found", "reason": "NotFound", "details": {"name": "grafana", "kind": "pods"}, "code": 404}"#;
    let error = failure::<Kubernetes>(body);
    assert_eq!(error.code(), Kubernetes::NotFound);
    assert_eq!(error.message(), "pods \"grafana\" not found");
    let pod = decode::<Kubernetes>(
        r#"{"kind": "Pod", "apiVersion": "v1", "metadata": {"name": "grafana"}}"#,
    )
    .into_result()
    .unwrap();
    assert_eq!(pod["kind"], "Pod");
}

/// <https://google.aip.dev/193>, the example of an invalid API key: the
/// `reason` of the `ErrorInfo` in `details` is the code, beside the HTTP
/// status in `error.code` and the gRPC one in `error.status`.
#[test]
fn google_error_info_reason() {
    let body = r#"{
      "error": {
        "code": 400,
        "message": "API key not valid. Please pass a valid API key.",
        "status": "INVALID_ARGUMENT",
        "details": [
          {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": "API_KEY_INVALID",
            "domain": "googleapis.com",
            "metadata": {"service": "translate.googleapis.com"}
          }
        ]
      }
    }"#;
    let envelope = Envelope::<GoogleReason, Value>::from_response(400, body.as_bytes()).unwrap();
    let error = envelope.into_result().expect_err("a 400");
    assert_eq!(error.code(), GoogleReason::ApiKeyInvalid);
    assert_eq!(
        error.message(),
        "API key not valid. Please pass a valid API key."
    );
    assert_eq!(error.kind(), Kind::InvalidArgument);
    assert!(error.code().is_api_key());
    // A reason the table does not list is kept, classified by nothing.
    let other = body.replace("API_KEY_INVALID", "LOCATION_POLICY_VIOLATED");
    let error = Envelope::<GoogleReason, Value>::from_response(400, other.as_bytes())
        .unwrap()
        .into_result()
        .expect_err("a 400");
    assert_eq!(error.code().code(), "LOCATION_POLICY_VIOLATED");
    assert!(!error.code().is_known());
    // A success is the resource itself.
    let translated = decode::<GoogleReason>(r#"{"data": {"translations": []}}"#)
        .into_result()
        .unwrap();
    assert_eq!(translated["data"]["translations"], serde_json::json!([]));
}

/// <https://www.apollographql.com/docs/apollo-server/data/errors>: a query
/// the schema rejects, and a result.
#[test]
fn graphql_extensions_code() {
    let body = r#"{
      "errors": [
        {
          "message": "Cannot query field \"__typenam\" on type \"Query\".",
          "locations": [{"line": 1, "column": 2}],
          "extensions": {
            "code": "GRAPHQL_VALIDATION_FAILED",
            "stacktrace": ["GraphQLError: Cannot query field \"__typenam\" on type \"Query\"."]
          }
        }
      ]
    }"#;
    let error = failure::<Apollo>(body);
    assert_eq!(error.code(), apollo!("GRAPHQL_VALIDATION_FAILED"));
    assert_eq!(
        error.message(),
        "Cannot query field \"__typenam\" on type \"Query\"."
    );
    let data = decode::<Apollo>(r#"{"data": {"hero": {"name": "R2-D2"}}}"#)
        .into_result()
        .unwrap();
    assert_eq!(data["hero"]["name"], "R2-D2");
}

/// What a text code's place may hold besides a string: an empty string or
/// `null` is no code, a number is kept as its digits, anything else keeps
/// the status and the body (and is an error said as a text table's).
#[test]
fn a_text_code_that_is_empty_a_number_or_no_string() {
    let empty = Envelope::<Stripe, Value>::from_response(
        402,
        br#"{"error": {"code": "", "message": "declined"}}"#,
    )
    .unwrap()
    .into_result()
    .unwrap_err();
    assert!(!empty.has_code());
    assert_eq!(empty.message(), "declined");
    let number = Envelope::<Stripe, Value>::from_response(402, br#"{"error": {"code": 42}}"#)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(number.code().code(), "42");
    let flag = Envelope::<Stripe, Value>::from_json(br#"{"error": {"code": true}}"#).unwrap_err();
    assert!(
        flag.to_string()
            .contains("expected a code of tests/tables/stripe.csv: a string or a number"),
        "{flag}"
    );
    let kept = Envelope::<Stripe, Value>::from_response(402, br#"{"error": {"code": true}}"#)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(kept.http_status(), Some(402));
    assert!(
        kept.to_string().contains(r#"{"error": {"code": true}}"#),
        "{kept}"
    );
}

/// <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html>:
/// the namespaced `__type`, with and without its namespace.
#[test]
fn aws_json_protocol() {
    let body = r#"{"__type": "com.amazonaws.dynamodb.v20120810#ThrottlingException", "message": "Rate of requests exceeds the allowed throughput."}"#;
    let error = failure::<DynamoDb>(body);
    assert_eq!(error.code(), DynamoDb::ThrottlingException);
    assert!(error.is_retryable());
    let error = failure::<DynamoDb>(
        r#"{"__type": "ResourceNotFoundException", "message": "Requested resource not found"}"#,
    );
    assert_eq!(error.code(), DynamoDb::ResourceNotFoundException);
    let error = failure::<DynamoDb>(
        r#"{"__type": "com.amazon.coral.service#UnrecognizedClientException", "message": "The security token included in the request is invalid."}"#,
    );
    assert_eq!(error.code().code(), "UnrecognizedClientException");
}

/// <https://developer.paypal.com/api/rest/responses/>: a failed business
/// validation, its details and links beside the code.
#[test]
fn paypal() {
    let body = r#"{"name": "UNPROCESSABLE_ENTITY", "message": "The requested action could not be performed, semantically incorrect, or failed business validation.", "debug_id": "90957fca61718", "details": [{"issue": "ORDER_ALREADY_CAPTURED", "description": "Order already captured."}], "links": [{"href": "https://developer.paypal.com/docs/api/orders/v2/#error-ORDER_ALREADY_CAPTURED", "rel": "information_link"}]}"#;
    let error = failure::<PayPal>(body);
    assert_eq!(error.code(), pay_pal!("UNPROCESSABLE_ENTITY"));
    assert_eq!(error.request_id(), Some("90957fca61718"));
    assert_eq!(error.kind(), Kind::FailedPrecondition);
}

/// Square's error body (developer.squareup.com, "Handling errors"): a list
/// of errors, each with `category`, `code` and `detail`. The path's `0` is
/// the first element; the others are kept in the body only.
#[test]
fn square_errors_in_a_list() {
    let body = r#"{"errors": [
        {"category": "AUTHENTICATION_ERROR", "code": "UNAUTHORIZED",
         "detail": "This request could not be authorized."},
        {"category": "INVALID_REQUEST_ERROR", "code": "NOT_FOUND", "detail": "second"}
    ]}"#;
    let error = failure::<Square>(body);
    assert_eq!(error.code(), Square::Unauthorized);
    assert_eq!(error.message(), "This request could not be authorized.");
    assert_eq!(error.code().http_status(), Some(401));
    // An empty list, or a code that is no string: no code, nothing lost.
    let empty = Envelope::<Square, Value>::from_response(400, br#"{"errors": []}"#).unwrap();
    assert!(!empty.into_result().expect_err("a 400").has_code());
    // A list where the path says so, and nothing else.
    let bad = Envelope::<Square, Value>::from_json(br#"{"errors": "UNAUTHORIZED"}"#).unwrap_err();
    assert!(bad.to_string().contains("an array at `errors`"), "{bad}");
    // The answer a Square-shaped server writes puts the code back in a list.
    let answer = serde_json::to_value(Envelope::<Square, Value>::failure(
        codetables::ApiError::new(Square::RateLimited).with_message("slow down"),
    ))
    .unwrap();
    assert_eq!(
        answer["errors"],
        serde_json::json!([{"code": "RATE_LIMITED", "detail": "slow down"}])
    );
    assert_eq!(
        failure::<Square>(&answer.to_string()).code(),
        Square::RateLimited
    );
}
