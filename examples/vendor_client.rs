//! A client for two vendors whose response bodies are not the seeds':
//! WeChat (`{"errcode", "errmsg", …}`, and no code at all on success) and
//! Telegram (`{"ok", "error_code", "description", "result"}`). Each table
//! declares its shape with `#[codes(envelope(...))]`; every exchange below
//! replays a vendor's documented answers, and the client retries when
//! `is_retryable()` says so.
//!
//! `cargo run --example vendor_client`

use std::error::Error;

use codetables::{ApiError, Code, Envelope};
use serde::de::DeserializeOwned;
use serde::Deserialize;

codetables::include_codes! {
    /// WeChat's global return codes (a few of them).
    #[codes(envelope(code = "errcode", message = "errmsg"))]
    pub enum WeChat = "examples/tables/wechat.csv";

    /// Telegram Bot API error codes.
    #[codes(envelope(code = "error_code", message = "description", success = "ok", data = "result"))]
    pub enum Telegram = "examples/tables/telegram.csv";
}

/// One answer of a server: the HTTP status and the body.
struct Reply {
    status: u16,
    body: &'static str,
}

/// Calls an endpoint (here: takes its next recorded reply) until it
/// succeeds, or fails with an error that retrying will not fix.
fn call<C: Code, T: DeserializeOwned>(
    endpoint: &str,
    replies: &[Reply],
) -> Result<T, Box<dyn Error>> {
    let mut last_error = None;
    for (attempt, reply) in replies.iter().enumerate() {
        let envelope = Envelope::<C, T>::from_response(reply.status, reply.body.as_bytes())?;
        match envelope.into_result() {
            Ok(payload) => {
                println!("{endpoint}: attempt {}: success", attempt + 1);
                return Ok(payload);
            }
            Err(error) if error.is_retryable() => {
                println!("{endpoint}: attempt {}: {error} (retrying)", attempt + 1);
                last_error = Some(error);
            }
            Err(error) => return Err(give_up(endpoint, error)),
        }
    }
    Err(last_error.map_or_else(|| "no reply".into(), |e| give_up(endpoint, e)))
}

fn give_up<C: Code>(endpoint: &str, error: ApiError<C>) -> Box<dyn Error> {
    println!("{endpoint}: {error} (kind {:?}, not retried)", error.kind());
    Box::new(error)
}

#[derive(Debug, Deserialize)]
struct AccessToken {
    access_token: String,
    expires_in: u32,
}

#[derive(Debug, Deserialize)]
struct Sent {
    message_id: u64,
}

fn main() {
    // WeChat: "system busy" (-1) first, then the token, which carries no
    // `errcode` at all: the body is the payload.
    let token = call::<WeChat, AccessToken>(
        "wechat /cgi-bin/token",
        &[
            Reply {
                status: 200,
                body: r#"{"errcode":-1,"errmsg":"system error"}"#,
            },
            Reply {
                status: 200,
                body: r#"{"access_token":"ACCESS_TOKEN","expires_in":7200}"#,
            },
        ],
    );
    if let Ok(token) = &token {
        println!("  token {} for {} s", token.access_token, token.expires_in);
    }

    // WeChat: a wrong AppID is not worth retrying.
    let _ = call::<WeChat, AccessToken>(
        "wechat /cgi-bin/token (wrong appid)",
        &[Reply {
            status: 200,
            body: r#"{"errcode":40013,"errmsg":"invalid appid"}"#,
        }],
    );

    // Telegram: rate limited (429, retryable), then sent.
    let sent = call::<Telegram, Sent>(
        "telegram sendMessage",
        &[
            Reply {
                status: 429,
                body: r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 5","parameters":{"retry_after":5}}"#,
            },
            Reply {
                status: 200,
                body: r#"{"ok":true,"result":{"message_id":42,"chat":{"id":7},"text":"hello"}}"#,
            },
        ],
    );
    if let Ok(sent) = &sent {
        println!("  message {}", sent.message_id);
    }

    // Telegram: an unknown chat is not worth retrying.
    let _ = call::<Telegram, Sent>(
        "telegram sendMessage (unknown chat)",
        &[Reply {
            status: 400,
            body: r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#,
        }],
    );
}
