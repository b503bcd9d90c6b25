//! A client of two vendors over real HTTP: a Stripe-like API with text
//! codes and a WeChat-like one with numeric codes. A small server on
//! `127.0.0.1` plays both (it answers the first calls with a 429 and a
//! `Retry-After`, as a rate limiter does); the client decodes every answer
//! with `Envelope::from_http` and retries what `is_retryable()` says,
//! waiting what `retry_after()` asks.
//!
//! `cargo run -p codetables-http-exchange --example http_client`
//! (features `serde` and `http` of `codetables`; the server uses `axum`).

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use codetables::{ApiError, Code, Envelope};
use codetables_http_exchange::{get as fetch, serve};
use serde_json::Value;

codetables::include_codes! {
    /// Stripe-like: text codes.
    #[codes(text, envelope(code = "error.code", message = "error.message", request_id_header = "Request-Id"))]
    pub enum Stripe = "../tables/stripe.csv";

    /// WeChat-like: numbers.
    #[codes(envelope(code = "errcode", message = "errmsg"))]
    pub enum WeChat = "../tables/vendors/wechat.csv";
}

/// Calls `url` until it answers with something other than a retryable
/// error, at most `attempts` times.
fn call<C: Code>(url: &str, attempts: u32) -> Result<Value, ApiError<C>> {
    let mut attempt = 1;
    loop {
        let response = fetch(url).expect("the server answers");
        let result = Envelope::<C, Value>::from_http(&response)
            .expect("a 2xx body decodes")
            .into_result();
        match result {
            Err(error) if error.is_retryable() && attempt < attempts => {
                let wait = error.retry_after().unwrap_or(Duration::from_millis(200));
                println!("  attempt {attempt}: {error}; retrying in {wait:?}");
                std::thread::sleep(wait.min(Duration::from_secs(2)));
                attempt += 1;
            }
            other => return other,
        }
    }
}

fn main() {
    static CALLS: AtomicU32 = AtomicU32::new(0);
    let limited = |body: &'static str| {
        move || async move {
            if CALLS.fetch_add(1, Ordering::SeqCst) % 2 == 0 {
                (StatusCode::TOO_MANY_REQUESTS, [("Retry-After", "1")], "").into_response_parts()
            } else {
                (StatusCode::OK, [("Retry-After", "0")], body).into_response_parts()
            }
        }
    };
    let router = Router::new()
        .route("/v1/customers/cus_123", get(limited(r#"{"id": "cus_123", "email": "jenny@example.com"}"#)))
        .route("/v1/charges", get(|| async {
            (StatusCode::PAYMENT_REQUIRED, [("Request-Id", "req_8Hq0")],
             r#"{"error": {"code": "card_declined", "message": "Your card was declined.", "type": "card_error"}}"#)
        }))
        .route("/cgi-bin/token", get(limited(r#"{"errcode": 40013, "errmsg": "invalid appid"}"#)));
    let base = format!("http://{}", serve(router));

    println!("Stripe-like, a customer (rate limited first):");
    match call::<Stripe>(&format!("{base}/v1/customers/cus_123"), 3) {
        Ok(customer) => println!("  ok: {}", customer["email"]),
        Err(error) => println!("  failed: {error}"),
    }
    println!("Stripe-like, a charge:");
    if let Err(error) = call::<Stripe>(&format!("{base}/v1/charges"), 3) {
        let advice = match error.code() {
            stripe!("card_declined") | stripe!("expired_card") => "ask for another card",
            Stripe::Unknown(_) => "report the undocumented code",
            _ => "report",
        };
        println!("  {error}\n  → {advice}");
    }
    println!("WeChat-like, a token (rate limited first; errors come with a 200):");
    if let Err(error) = call::<WeChat>(&format!("{base}/cgi-bin/token"), 3) {
        println!("  {error} (retryable: {})", error.is_retryable());
    }
}

/// The parts of a response as a handler returns them.
trait IntoResponseParts {
    fn into_response_parts(self) -> axum::response::Response;
}

impl<T: axum::response::IntoResponse> IntoResponseParts for T {
    fn into_response_parts(self) -> axum::response::Response {
        self.into_response()
    }
}
