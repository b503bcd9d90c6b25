//! An API written in Rust that answers with its own table: `tables/shop.csv`
//! (in `tests/http-exchange/`) declares the codes, `#[codes(envelope(...))]`
//! the body's shape (`{code, msg, data, trace_id}`), and every handler
//! returns `Result<Envelope<Shop, T>, ApiError<Shop>>`: `IntoResponse`
//! writes the body in that shape with the error's HTTP status.
//!
//! `cargo run -p codetables-http-exchange --example axum_server`, then
//! `curl -i http://127.0.0.1:3000/orders/7` (or `/orders/8`, `/orders/x`).
//! Needs the features `serde`, `http` and `axum` of `codetables`.

use axum::extract::Path;
use axum::routing::get;
use axum::Router;
use codetables::{ApiError, Envelope};
use serde::Serialize;

codetables::include_codes! {
    /// The shop API's codes.
    #[codes(envelope(code = "code", message = "msg", data = "data", request_id = "trace_id"))]
    pub enum Shop = "tables/shop.csv";
}

/// An order.
#[derive(Serialize)]
struct Order {
    id: u32,
    item: &'static str,
}

async fn order(Path(id): Path<String>) -> Result<Envelope<Shop, Order>, ApiError<Shop>> {
    let id: u32 = id.parse().map_err(|_| {
        ApiError::new(shop!(40001)).with_message(format!("{id:?} is not an order id"))
    })?;
    match id {
        7 => Ok(Envelope::success(Order { id, item: "tea" })),
        _ => Err(ApiError::new(shop!(40401))),
    }
}

#[tokio::main]
async fn main() {
    let router = Router::new().route("/orders/{id}", get(order));
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address)
        .await
        .unwrap_or_else(|e| panic!("cannot listen on {address}: {e}"));
    println!("serving the shop API on http://{address}/orders/{{id}}");
    axum::serve(listener, router)
        .await
        .expect("the server runs");
}
