//! A real exchange over sockets: an axum server on `127.0.0.1` answers with
//! vendors' bodies and statuses, and ureq fetches each; `Envelope::from_http`
//! decodes them. Then a service of our own answers with its table through
//! `IntoResponse`, read back by the same client.

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::Duration;

use axum::body::Body;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use axum::Router;
use codetables::{ApiError, Envelope, Kind};
use codetables_http_exchange::{fetch, serve};
use serde::{Deserialize, Serialize};
use serde_json::Value;

codetables::include_codes! {
    /// Stripe: text codes under `error`, the request id in a header.
    #[codes(text, envelope(code = "error.code", message = "error.message", request_id_header = "Request-Id"))]
    pub enum Stripe = "../tables/stripe.csv";

    /// `OpenAI`: text codes, `null` on server errors.
    #[codes(text, envelope(code = "error.code", message = "error.message"))]
    pub enum OpenAi = "../tables/openai.csv";

    /// WeChat: numbers, errors with a 200.
    #[codes(envelope(code = "errcode", message = "errmsg"))]
    pub enum WeChat = "../tables/vendors/wechat.csv";

    /// Our own shop API: `{code, msg, data}`.
    #[codes(envelope(code = "code", message = "msg", data = "data", request_id = "trace_id"))]
    pub enum Shop = "tables/shop.csv";

    /// AWS Lambda: the code in the `x-amzn-ErrorType` header.
    #[codes(text, envelope(code = "__type", code_after = "#", code_header = "x-amzn-ErrorType", message = "Message"))]
    pub enum Lambda = "../tables/aws_lambda.csv";
}

fn raw(status: u16, headers: &[(&'static str, &'static str)], body: impl Into<Body>) -> Response {
    let mut response = Response::new(body.into());
    *response.status_mut() = StatusCode::from_u16(status).unwrap();
    for (name, value) in headers {
        response.headers_mut().insert(*name, value.parse().unwrap());
    }
    response
}

/// An order of the shop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Order {
    id: u32,
    item: String,
}

/// The shop's handler: its errors are its table's codes.
async fn order(Path(id): Path<String>) -> Result<Envelope<Shop, Order>, ApiError<Shop>> {
    let id: u32 = id
        .parse()
        .map_err(|_| ApiError::new(shop!(40001)).with_request_id("trace-1"))?;
    match id {
        7 => Ok(Envelope::success(Order {
            id,
            item: "tea".into(),
        })),
        429 => Err(ApiError::new(shop!(42901)).with_retry_after(Duration::from_secs(3))),
        500 => Err(ApiError::new(Shop::OrderServiceFailed).with_message("database down")),
        _ => Err(ApiError::new(shop!(40401))),
    }
}

fn server() -> SocketAddr {
    static ADDRESS: OnceLock<SocketAddr> = OnceLock::new();
    *ADDRESS.get_or_init(|| {
        let router = Router::new()
            .route("/v1/customers/cus_123", get(|| async {
                raw(200, &[("Request-Id", "req_ok1"), ("Content-Type", "application/json")],
                    r#"{"id": "cus_123", "object": "customer", "email": "jenny@example.com"}"#)
            }))
            .route("/v1/charges", get(|| async {
                raw(402, &[("Request-Id", "req_gQ3rCnh1xT0bW2")],
                    r#"{"error": {"code": "card_declined", "decline_code": "insufficient_funds", "message": "Your card has insufficient funds.", "type": "card_error"}}"#)
            }))
            .route("/v1/refunds", get(|| async {
                raw(400, &[], r#"{"error": {"code": "charge_already_refunded", "message": "Charge ch_1 has already been refunded.", "type": "invalid_request_error"}}"#)
            }))
            .route("/v1/chat/completions", get(|| async {
                raw(500, &[], r#"{"error": {"message": "The server had an error while processing your request. Sorry about that!", "type": "server_error", "param": null, "code": null}}"#)
            }))
            .route("/limited", get(|| async { raw(429, &[("Retry-After", "7")], "") }))
            .route("/gateway", get(|| async {
                raw(502, &[("Content-Type", "text/html")], "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>")
            }))
            .route("/v1/customers/cus_9", delete(|| async { StatusCode::NO_CONTENT }))
            .route("/chunked", get(|| async {
                let parts = ["[{\"id\": 1}", ", {\"id\": 2}", ", {\"id\": 3}]"];
                let stream = futures_util::stream::iter(
                    parts.map(|p| Ok::<_, std::convert::Infallible>(p.as_bytes().to_vec())),
                );
                (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], Body::from_stream(stream)).into_response()
            }))
            .route("/cgi-bin/token", get(|| async {
                raw(200, &[], r#"{"errcode": 40013, "errmsg": "invalid appid"}"#)
            }))
            .route("/shop/orders/{id}", get(order))
            .route("/lambda/functions/{name}", get(|Path(name): Path<String>| async move {
                Err::<Envelope<Lambda, Value>, _>(
                    ApiError::new(Lambda::ResourceNotFoundException)
                        .with_message(format!("Function not found: {name}")),
                )
            }));
        serve(router)
    })
}

fn url(path: &str) -> String {
    format!("http://{}{path}", server())
}

fn decode<C: codetables::Code, T: for<'de> Deserialize<'de>>(
    method: &str,
    path: &str,
) -> Envelope<C, T> {
    let response = fetch(method, &url(path)).expect("the server answers");
    Envelope::from_http(&response).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_success_with_its_payload_and_header_request_id() {
    let envelope = decode::<Stripe, Value>("GET", "/v1/customers/cus_123");
    assert_eq!(envelope.request_id(), Some("req_ok1"));
    let customer = envelope.into_result().unwrap();
    assert_eq!(customer["email"], "jenny@example.com");
}

#[test]
fn error_codes_known_and_unknown() {
    let error = decode::<Stripe, Value>("GET", "/v1/charges")
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), stripe!("card_declined"));
    assert_eq!(error.http_status(), Some(402));
    assert_eq!(error.request_id(), Some("req_gQ3rCnh1xT0bW2"));
    assert_eq!(error.message(), "Your card has insufficient funds.");
    let error = decode::<Stripe, Value>("GET", "/v1/refunds")
        .into_result()
        .unwrap_err();
    assert!(!error.code().is_known());
    assert_eq!(error.code().code(), "charge_already_refunded");
    assert_eq!(error.kind(), Kind::InvalidArgument);
    // WeChat answers errors with a 200.
    let error = decode::<WeChat, Value>("GET", "/cgi-bin/token")
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), WeChat::from(40013));
}

#[test]
fn what_proxies_and_gateways_send() {
    let error = decode::<OpenAi, Value>("GET", "/v1/chat/completions")
        .into_result()
        .unwrap_err();
    assert!(!error.has_code());
    assert_eq!(
        (error.http_status(), error.kind()),
        (Some(500), Kind::Internal)
    );
    let error = decode::<Stripe, Value>("GET", "/limited")
        .into_result()
        .unwrap_err();
    assert!(error.is_retryable());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
    let error = decode::<Stripe, Value>("GET", "/gateway")
        .into_result()
        .unwrap_err();
    assert_eq!(error.http_status(), Some(502));
    assert!(error.is_retryable());
    assert!(error.details().unwrap().contains("502 Bad Gateway"));
    decode::<Stripe, ()>("DELETE", "/v1/customers/cus_9")
        .into_result()
        .unwrap();
    let ids: Option<Vec<Value>> = decode::<Stripe, Option<Vec<Value>>>("GET", "/chunked")
        .into_result()
        .unwrap();
    assert_eq!(ids.map(|ids| ids.len()), Some(3));
}

#[test]
fn our_own_service_answers_with_its_table() {
    let order = decode::<Shop, Order>("GET", "/shop/orders/7")
        .into_result()
        .unwrap();
    assert_eq!(
        order,
        Order {
            id: 7,
            item: "tea".into()
        }
    );
    let response = fetch("GET", &url("/shop/orders/8")).unwrap();
    assert_eq!(response.status(), 404);
    let body: Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"code": 40401, "msg": "The order does not exist."})
    );
    let error = Envelope::<Shop, Order>::from_http(&response)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), shop!(40401));
    let error = decode::<Shop, Order>("GET", "/shop/orders/x")
        .into_result()
        .unwrap_err();
    assert_eq!(
        (error.code(), error.http_status()),
        (Shop::OrderIdInvalid, Some(400))
    );
    assert_eq!(error.request_id(), Some("trace-1"));
    let error = decode::<Shop, Order>("GET", "/shop/orders/429")
        .into_result()
        .unwrap_err();
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3)));
    assert!(error.is_retryable());
    let error = decode::<Shop, Order>("GET", "/shop/orders/500")
        .into_result()
        .unwrap_err();
    assert_eq!(error.message(), "database down");
    assert_eq!(error.http_status(), Some(500));
}

#[test]
fn a_code_header_is_written_and_read_back() {
    let response = fetch("GET", &url("/lambda/functions/my-function")).unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["x-amzn-ErrorType"],
        "ResourceNotFoundException"
    );
    let error = Envelope::<Lambda, Value>::from_http(&response)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), Lambda::ResourceNotFoundException);
    assert_eq!(error.message(), "Function not found: my-function");
}
