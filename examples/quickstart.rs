//! The bundled vendor tables at work: decoding real response bodies into
//! typed results, lookups, unknown codes, categories and the compile-time
//! checked macros.
//!
//! Run with `cargo run --example quickstart`.

use codetables::vendors::{AiGateway, Clarifai, StardustProject, StardustRosetta};
use codetables::{ApiError, Code, Envelope, Kind};
use serde::Deserialize;
use serde_json::Value;

/// A payload type, as a client would declare it.
#[derive(Debug, Deserialize)]
#[allow(dead_code)] // Printed with `Debug` only.
struct Task {
    task_id: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)] // Printed with `Debug` only.
struct Predictions {
    outputs: Vec<Value>,
}

fn main() {
    section("Decode response bodies into Result<T, ApiError<Code>> (the seeds' examples)");
    respond::<StardustRosetta, Option<Value>>(
        r#"{"code": 2000, "data": null, "date": "2025-03-13 20:00:00", "message": "", "requestId": "7610aa38c0fc409d98c827a879d9cae5", "success": true}"#,
    );
    respond::<StardustRosetta, Option<Value>>(
        r#"{"code": 5000, "data": null, "date": "2025-03-13 20:00:00", "message": "Service hiccuped, please try again later", "requestId": "7610aa38c0fc409d98c827a879d9cae5", "success": false}"#,
    );
    respond::<StardustProject, Option<Value>>(
        r#"{"code": 404, "data": null, "date": "", "message": "Not Found, the resource is missing", "requestId": "", "success": false}"#,
    );
    respond::<AiGateway, Task>(r#"{"code": 0, "msg": "Success", "data": {"task_id": "img-7f3a"}}"#);
    respond::<AiGateway, Task>(
        r#"{"code": 401002, "msg": "Unauthorized (Invalid API Key/Token)", "data": null}"#,
    );
    respond::<AiGateway, Task>(r#"{"code": 429031, "msg": "QPS limit exceeded", "data": null}"#);
    respond::<Clarifai, Predictions>(
        r#"{"status": {"code": 10000, "description": "Ok", "req_id": "c7a1"}, "outputs": [{"id": "o1"}]}"#,
    );
    respond::<Clarifai, Predictions>(
        r#"{"status": {"code": "CONN_TOKEN_INVALID", "description": "Invalid authentication token used", "req_id": "c7a2"}}"#,
    );
    respond::<Clarifai, Predictions>(
        r#"{"status": {"code": 21101, "description": "Custom model is currently training", "req_id": "c7a3"}}"#,
    );

    section("Look codes up: message, kind, HTTP status (unknown codes are kept)");
    for code in [
        StardustRosetta::from(51006),
        StardustRosetta::from(54011),
        StardustRosetta::from(59999),
    ] {
        describe(&code);
    }
    for code in [
        AiGateway::from(401777),
        AiGateway::from(100777),
        AiGateway::from(777),
    ] {
        describe(&code);
    }

    section("Categories come from Clarifai's ranged sections");
    for raw in [11001, 21317, 21318, 21351, 64005, 98014, 66000] {
        let code = Clarifai::from(raw);
        let name = if code.is_known() {
            code.name().to_owned()
        } else {
            format!("(unlisted {raw})")
        };
        let category = code.category().map_or_else(
            || "(none)".to_owned(),
            |c| format!("{c}: {}", c.description()),
        );
        println!("  {raw:>6}  {name:<32} {category}");
    }

    section("The checked macros: a code that is not in the table does not compile");
    let code = StardustProject::from(404);
    let advice = match code {
        codetables::stardust_project!(401) | codetables::stardust_project!(403) => {
            "sign the request again"
        }
        codetables::stardust_project!(404) => "check the resource id",
        codetables::stardust_project!(500) => "retry later",
        _ => "report it",
    };
    println!("  match StardustProject::from(404) {{ stardust_project!(404) => … }}: {advice}");
    println!("  stardust_project!(999) would not compile:");
    println!(
        "    error: code 999 is not in tables/stardust_project.csv (the table of StardustProject)"
    );
}

/// Decodes `body` and prints the typed outcome and what a client would do.
fn respond<C: Code, T: std::fmt::Debug + for<'de> Deserialize<'de>>(body: &str) {
    println!("  {:<16} {}", short_name::<C>(), abbreviate(body, 72));
    match Envelope::<C, T>::from_json(body.as_bytes()).map(Envelope::into_result) {
        Ok(Ok(data)) => println!(
            "  {:<16} → Ok({data:?})\n  {:<16}   done: use the data\n",
            "", ""
        ),
        Ok(Err(error)) => println!(
            "  {:<16} → Err({error})\n  {:<16}   {}\n",
            "",
            "",
            next_step(&error)
        ),
        Err(error) => println!("  {:<16} → the body does not decode: {error}\n", ""),
    }
}

/// What a client does with an error, for any vendor.
fn next_step<C: Code>(error: &ApiError<C>) -> String {
    let code = error.code();
    let what = match code.kind() {
        Kind::Unauthenticated => "re-authenticate, then retry",
        Kind::Pending => "poll again later",
        _ if code.is_retryable() => "retry with backoff",
        Kind::NotFound => "report: the resource does not exist",
        Kind::InvalidArgument => "report: fix the request",
        _ => "report the error",
    };
    format!(
        "{what}  (kind {}, HTTP {})",
        code.kind(),
        code.http_status().map_or("—".into(), |s| s.to_string())
    )
}

fn describe<C: Code>(code: &C) {
    let status = code
        .http_status()
        .map_or_else(|| "—".to_owned(), |s| s.to_string());
    println!(
        "  {:<16} {:>6}  {:<40} kind {:<17} HTTP {status}",
        short_name::<C>(),
        code.code(),
        code.to_string(),
        code.kind().snake_name(),
    );
}

fn section(title: &str) {
    println!("\n{title}\n{}\n", "─".repeat(title.chars().count()));
}

fn short_name<C>() -> &'static str {
    let full = std::any::type_name::<C>();
    full.rsplit("::").next().unwrap_or(full)
}

fn abbreviate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(width - 1).collect();
        format!("{kept}…")
    }
}
