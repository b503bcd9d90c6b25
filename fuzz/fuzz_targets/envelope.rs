//! Envelope decoding on arbitrary bodies, for every shape: the seeds' three
//! built-in ones and declared ones (flat renamed, nested `error.code`, a
//! flag with `result`, payload = rest of the object, payload holding the
//! other parts, a code sent as a name) and tables of text codes (Stripe's
//! `error.code`, AWS's namespaced `__type`), with and without an HTTP
//! status. Never a panic, never an error outside 2xx; an error response
//! keeps the code the body carried.
#![no_main]

use codetables::{Code, Envelope};
use libfuzzer_sys::fuzz_target;

mod vendors {
    codetables::include_codes! {
        /// Flat, renamed.
        #[codes(envelope(code = "errcode", message = "errmsg"))]
        pub enum WeChat = "../tests/tables/vendors/wechat.csv";

        /// Payload `result`, else the rest.
        #[codes(envelope(code = "errcode", message = "errmsg", request_id = "request_id", data = "result|*"))]
        pub enum DingTalk = "../tests/tables/vendors/dingtalk.csv";

        /// Nested.
        #[codes(envelope(code = "error.code", message = "error.message"))]
        pub enum Google = "../tests/tables/vendors/google.csv";

        /// A flag and `result`.
        #[codes(envelope(code = "error_code", message = "description", success = "ok", data = "result"))]
        pub enum Telegram = "../tests/tables/vendors/telegram.csv";

        /// The payload object holds the other parts.
        #[codes(envelope(code = "Response.Error.Code", message = "Response.Error.Message", request_id = "Response.RequestId", data = "Response"))]
        pub enum TencentCloud = "../tests/tables/vendors/tencent_cloud.csv";

        /// Codes sent as names.
        #[codes(envelope(code = "error", success = "ok"))]
        pub enum Slack = "../tests/tables/vendors/slack.csv";

        /// Text codes, nested.
        #[codes(text, envelope(code = "error.code", message = "error.message"))]
        pub enum Stripe = "../tests/tables/stripe.csv";

        /// Text codes behind a namespace.
        #[codes(text, envelope(code = "__type", code_after = "#", message = "message"))]
        pub enum DynamoDb = "../tests/tables/aws_dynamodb.csv";
    }
}

fn decode<C: Code + 'static>(status: Option<u16>, body: &[u8]) {
    let envelope = match status {
        Some(status) => Envelope::<C, serde_json::Value>::from_response(status, body),
        None => Envelope::<C, serde_json::Value>::from_json(body),
    };
    // Outside 2xx a response is always an answer, whatever its body.
    if let (Some(status), Err(error)) = (status, &envelope) {
        assert!((200..=299).contains(&status), "{status}: {error}");
    }
    if let Ok(envelope) = envelope {
        let _ = envelope.code();
        let _ = envelope.has_code();
        if let Err(error) = envelope.into_result() {
            let _ = (error.kind(), error.is_retryable(), error.to_string());
        }
    }
}

fuzz_target!(|input: &[u8]| {
    let Some((&selector, body)) = input.split_first() else {
        return;
    };
    let status = match selector >> 4 {
        0 => None,
        1 => Some(200),
        2 => Some(429),
        3 => Some(404),
        n => Some(100 + u16::from(n) * 31),
    };
    match selector % 11 {
        0 => decode::<codetables::vendors::StardustRosetta>(status, body),
        1 => decode::<codetables::vendors::AiGateway>(status, body),
        2 => decode::<codetables::vendors::Clarifai>(status, body),
        3 => decode::<vendors::WeChat>(status, body),
        4 => decode::<vendors::DingTalk>(status, body),
        5 => decode::<vendors::Google>(status, body),
        6 => decode::<vendors::Telegram>(status, body),
        7 => decode::<vendors::TencentCloud>(status, body),
        8 => decode::<vendors::Slack>(status, body),
        9 => decode::<vendors::Stripe>(status, body),
        _ => decode::<vendors::DynamoDb>(status, body),
    }
});
