//! `Envelope` on the documented response bodies of twelve vendors whose
//! shapes are not the seeds': each declares its shape with
//! `#[codes(envelope(...))]`, and each test names the vendor whose
//! documentation the bodies follow (`tests/tables/vendors/` holds a few of
//! each vendor's codes).

// Each test declares its payload types beside the bodies they decode.
#![allow(clippy::items_after_statements)]

use crate::mutate;

use codetables::{Code, Envelope, Kind};
use serde::Deserialize;
use serde_json::Value;

mod vendors {
    codetables::include_codes! {
        /// WeChat: `errcode`/`errmsg`; the rest of the object is the payload.
        #[codes(envelope(code = "errcode", message = "errmsg"))]
        pub(crate) enum WeChat = "tests/tables/vendors/wechat.csv";

        /// DingTalk: `errcode`/`errmsg`/`request_id`; `result`, or at the
        /// top level on older endpoints.
        #[codes(envelope(code = "errcode", message = "errmsg", request_id = "request_id", data = "result|*"))]
        pub(crate) enum DingTalk = "tests/tables/vendors/dingtalk.csv";

        /// Baidu AI: `error_code`/`error_msg` and a numeric `log_id`.
        #[codes(envelope(code = "error_code", message = "error_msg", request_id = "log_id"))]
        pub(crate) enum Baidu = "tests/tables/vendors/baidu.csv";

        /// Feishu: `code`/`msg`, `error.log_id`; `data`, or the rest on auth endpoints.
        #[codes(envelope(code = "code", message = "msg", request_id = "error.log_id", data = "data|*"))]
        pub(crate) enum Feishu = "tests/tables/vendors/feishu.csv";

        /// Weibo: `error_code`, the message in `error`, the path in `request`.
        #[codes(envelope(code = "error_code", message = "error", request_id = "request"))]
        pub(crate) enum Weibo = "tests/tables/vendors/weibo.csv";

        /// Bilibili: `code`/`message`/`ttl`/`data`.
        #[codes(envelope(code = "code", message = "message", data = "data"))]
        pub(crate) enum Bilibili = "tests/tables/vendors/bilibili.csv";

        /// Google APIs: `{"error": {"code", "message", "status"}}`, the resource itself on success.
        #[codes(envelope(code = "error.code", message = "error.message"))]
        pub(crate) enum Google = "tests/tables/vendors/google.csv";

        /// JSON-RPC 2.0: `error.code`/`error.message`, `result` on success.
        #[codes(envelope(code = "error.code", message = "error.message", request_id = "id", data = "result"))]
        pub(crate) enum JsonRpc2 = "tests/tables/vendors/json_rpc2.csv";

        /// Telegram Bot API: `ok`, `error_code`, `description`, `result`.
        #[codes(envelope(code = "error_code", message = "description", success = "ok", data = "result"))]
        pub(crate) enum Telegram = "tests/tables/vendors/telegram.csv";

        /// Discord: `code`/`message` on errors, the resource on success.
        #[codes(envelope(code = "code", message = "message"))]
        pub(crate) enum Discord = "tests/tables/vendors/discord.csv";

        /// Zoom: `code`/`message` on errors, the resource on success.
        #[codes(envelope(code = "code", message = "message"))]
        pub(crate) enum Zoom = "tests/tables/vendors/zoom.csv";

        /// Tencent Cloud API 3.0: everything inside `Response`, the error
        /// code a name (`AuthFailure.SignatureFailure`).
        #[codes(envelope(code = "Response.Error.Code", message = "Response.Error.Message", request_id = "Response.RequestId", data = "Response"))]
        pub(crate) enum TencentCloud = "tests/tables/vendors/tencent_cloud.csv";

        /// Alipay open API: the method's response object holds `code` and
        /// `msg` beside the payload.
        #[codes(envelope(code = "alipay_trade_query_response.code", message = "alipay_trade_query_response.sub_msg", data = "alipay_trade_query_response"))]
        pub(crate) enum Alipay = "tests/tables/vendors/alipay.csv";

        /// Slack Web API: `ok`, and the error as a name only.
        #[codes(envelope(code = "error", success = "ok"))]
        pub(crate) enum Slack = "tests/tables/vendors/slack.csv";

        /// Twilio: `code`/`message`/`more_info`/`status` on errors.
        #[codes(envelope(code = "code", message = "message"))]
        pub(crate) enum Twilio = "tests/tables/vendors/twilio.csv";
    }
}

use vendors::{
    Alipay, Baidu, Bilibili, DingTalk, Discord, Feishu, Google, JsonRpc2, Slack, Telegram,
    TencentCloud, Twilio, WeChat, Weibo, Zoom,
};

fn json<C: Code, T: for<'de> Deserialize<'de>>(body: &str) -> Envelope<C, T> {
    Envelope::from_json(body.as_bytes()).unwrap_or_else(|e| panic!("{body}: {e}"))
}

fn response<C: Code, T: for<'de> Deserialize<'de>>(status: u16, body: &str) -> Envelope<C, T> {
    Envelope::from_response(status, body.as_bytes()).unwrap_or_else(|e| panic!("{body}: {e}"))
}

#[derive(Debug, Deserialize, PartialEq)]
struct Token {
    access_token: String,
    expires_in: u32,
}

#[test]
fn wechat_errcode_errmsg_and_the_rest_as_payload() {
    let error = json::<WeChat, Value>(r#"{"errcode":40013,"errmsg":"invalid appid"}"#)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), WeChat::from(40013));
    assert_eq!(error.message(), "invalid appid");
    assert_eq!(error.kind(), Kind::InvalidArgument);
    let busy = json::<WeChat, Value>(r#"{"errcode":-1,"errmsg":"system error"}"#);
    assert!(busy.into_result().unwrap_err().is_retryable());
    // A success with a code: the payload is the rest of the object.
    #[derive(Debug, Deserialize, PartialEq)]
    struct Sent {
        msgid: u64,
    }
    let sent = json::<WeChat, Sent>(r#"{"errcode":0,"errmsg":"ok","msgid":200228332}"#);
    assert_eq!(sent.code(), WeChat::from(0));
    assert_eq!(sent.into_result(), Ok(Sent { msgid: 200_228_332 }));
    // The access token: no `errcode` at all, the body is the payload.
    let token = json::<WeChat, Token>(r#"{"access_token":"ACCESS_TOKEN","expires_in":7200}"#);
    assert!(!token.has_code());
    assert_eq!(token.code(), WeChat::请求成功);
    assert_eq!(token.into_result().unwrap().expires_in, 7200);
}

#[test]
fn dingtalk_result_or_the_top_level() {
    #[derive(Debug, Deserialize, PartialEq)]
    struct User {
        userid: String,
    }
    let user = json::<DingTalk, User>(
        r#"{"errcode":0,"errmsg":"ok","result":{"userid":"manager4220"},"request_id":"4jzllmte0wau"}"#,
    );
    assert_eq!(user.request_id(), Some("4jzllmte0wau"));
    assert_eq!(user.into_result().unwrap().userid, "manager4220");
    // The older gettoken endpoint answers at the top level.
    let token = json::<DingTalk, Token>(
        r#"{"errcode":0,"access_token":"fw8ef8we8f76e6f7s8df8s","errmsg":"ok","expires_in":7200}"#,
    );
    assert_eq!(
        token.into_result().unwrap().access_token,
        "fw8ef8we8f76e6f7s8df8s"
    );
    let error = json::<DingTalk, User>(
        r#"{"errcode":40014,"errmsg":"不合法的access_token","request_id":"4jzllmte0wau"}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(error.kind(), Kind::Unauthenticated);
    assert_eq!(error.request_id(), Some("4jzllmte0wau"));
}

#[test]
fn baidu_error_code_and_a_numeric_log_id() {
    let error = json::<Baidu, Value>(
        r#"{"log_id": 2379833457405409470, "error_code": 18, "error_msg": "Open api qps request limit reached"}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(error.code(), Baidu::from(18));
    // A request id beyond `u32` (and `i64`'s digits kept) as its text.
    assert_eq!(error.request_id(), Some("2379833457405409470"));
    assert!(error.is_retryable());
    // Success: the result itself, with its log_id, and no error_code.
    #[derive(Debug, Deserialize)]
    struct Words {
        words_result_num: u32,
    }
    let words = json::<Baidu, Words>(
        r#"{"log_id": 3914473683, "words_result_num": 2, "words_result": [{"words": "a"}, {"words": "b"}]}"#,
    );
    assert_eq!(words.request_id(), Some("3914473683"));
    assert_eq!(words.into_result().unwrap().words_result_num, 2);
}

#[test]
fn feishu_code_msg_nested_log_id_and_auth_at_the_top_level() {
    #[derive(Debug, Deserialize)]
    struct Chats {
        has_more: bool,
    }
    let chats =
        json::<Feishu, Chats>(r#"{"code":0,"msg":"success","data":{"has_more":false,"items":[]}}"#);
    assert!(!chats.into_result().unwrap().has_more);
    #[derive(Debug, Deserialize)]
    struct Tenant {
        tenant_access_token: String,
        expire: u32,
    }
    let tenant = json::<Feishu, Tenant>(
        r#"{"code":0,"msg":"ok","tenant_access_token":"t-caecc734c2e3328a62489fe0648c4b98779515d3","expire":7200}"#,
    )
    .into_result()
    .unwrap();
    assert!(tenant.tenant_access_token.starts_with("t-") && tenant.expire == 7200);
    let error = json::<Feishu, Chats>(
        r#"{"code":99991663,"msg":"Invalid access token for authorization.","error":{"log_id":"202401011230301234567"}}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(error.request_id(), Some("202401011230301234567"));
    assert_eq!(error.kind(), Kind::Unauthenticated);
}

#[test]
fn weibo_error_code_as_number_or_string() {
    for body in [
        r#"{"error":"invalid_access_token","error_code":21332,"request":"/2/statuses/home_timeline.json"}"#,
        r#"{"error":"invalid_access_token","error_code":"21332","request":"/2/statuses/home_timeline.json"}"#,
    ] {
        let error = json::<Weibo, Value>(body).into_result().unwrap_err();
        assert_eq!(error.code(), Weibo::from(21332));
        assert_eq!(error.message(), "invalid_access_token");
        assert_eq!(error.request_id(), Some("/2/statuses/home_timeline.json"));
    }
}

#[test]
fn bilibili_code_message_ttl_and_data() {
    #[derive(Debug, Deserialize)]
    struct Nav {
        mid: u64,
    }
    let nav = json::<Bilibili, Nav>(
        r#"{"code":0,"message":"0","ttl":1,"data":{"isLogin":true,"mid":2}}"#,
    );
    assert_eq!(nav.into_result().unwrap().mid, 2);
    // Success without `data`: no payload; `ttl` is not one.
    let done = json::<Bilibili, Option<Nav>>(r#"{"code":0,"message":"0","ttl":1}"#);
    assert!(done.into_result().unwrap().is_none());
    let error = json::<Bilibili, Nav>(r#"{"code":-101,"message":"账号未登录","ttl":1}"#)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), Bilibili::from(-101));
    assert_eq!(error.kind(), Kind::Unauthenticated);
    assert_eq!(error.message(), "账号未登录");
}

#[test]
fn google_error_object_and_the_resource_itself() {
    let body = r#"{"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}"#;
    let error = response::<Google, Value>(404, body)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), Google::NotFound);
    assert_eq!(error.message(), "Requested entity was not found.");
    assert_eq!(error.http_status(), Some(404));
    #[derive(Debug, Deserialize)]
    struct Bucket {
        name: String,
    }
    let bucket =
        response::<Google, Bucket>(200, r#"{"kind": "storage#bucket", "name": "my-bucket"}"#);
    assert_eq!(bucket.code(), Google::Ok);
    assert_eq!(bucket.into_result().unwrap().name, "my-bucket");
    // A list answered as an array: the body is the payload.
    let list = response::<Google, Vec<u32>>(200, "[1, 2, 3]");
    assert_eq!(list.into_result(), Ok(vec![1, 2, 3]));
}

#[test]
fn json_rpc_error_object_and_result_null_is_a_success() {
    let error = json::<JsonRpc2, Value>(
        r#"{"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": 1}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(error.code(), JsonRpc2::MethodNotFound);
    assert_eq!(error.request_id(), Some("1"));
    let sum = json::<JsonRpc2, i64>(r#"{"jsonrpc": "2.0", "result": 19, "id": 3}"#);
    assert_eq!(sum.into_result(), Ok(19));
    let nothing =
        json::<JsonRpc2, Option<i64>>(r#"{"jsonrpc": "2.0", "result": null, "id": "abc"}"#);
    assert!(nothing.is_success());
    assert_eq!(nothing.request_id(), Some("abc"));
    assert_eq!(nothing.into_result(), Ok(None));
    // Bitcoin Core's JSON-RPC 1.0 style: `"error": null` on success, as if
    // absent.
    let height = json::<JsonRpc2, i64>(r#"{"result": 870000, "error": null, "id": "curltest"}"#);
    assert!(height.is_success());
    assert_eq!(height.into_result(), Ok(870_000));
    // A server error of the implementation-defined range.
    let busy = json::<JsonRpc2, Value>(
        r#"{"jsonrpc":"2.0","error":{"code":-32050,"message":"busy"},"id":4}"#,
    );
    assert!(busy.into_result().unwrap_err().is_retryable());
}

#[test]
fn telegram_ok_flag_and_result() {
    let sent = json::<Telegram, bool>(r#"{"ok": true, "result": true}"#);
    assert_eq!(sent.into_result(), Ok(true));
    let error = json::<Telegram, bool>(
        r#"{"ok": false, "error_code": 400, "description": "Bad Request: chat not found"}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(error.code(), Telegram::from(400));
    assert_eq!(error.message(), "Bad Request: chat not found");
    assert_eq!(error.kind(), Kind::InvalidArgument);
    let limited = json::<Telegram, bool>(
        r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 5","parameters":{"retry_after":5}}"#,
    );
    assert!(limited.into_result().unwrap_err().is_retryable());
}

#[test]
fn discord_status_decides_and_code_zero_is_an_error() {
    // 429: no code at all; the status makes it an error, retryable.
    let limited = response::<Discord, Value>(
        429,
        r#"{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}"#,
    )
    .into_result()
    .unwrap_err();
    assert!(!limited.has_code());
    assert_eq!(limited.http_status(), Some(429));
    assert_eq!(limited.kind(), Kind::ResourceExhausted);
    assert!(limited.is_retryable());
    assert_eq!(limited.message(), "You are being rate limited.");
    assert_eq!(
        limited.to_string(),
        "HTTP 429 (no code): You are being rate limited."
    );
    // The same, built by hand: a proxy's 503 with no body at all.
    let proxy = codetables::ApiError::<Discord>::without_code(503);
    assert_eq!(proxy.code(), Discord::MISSING);
    assert!(!proxy.has_code() && proxy.is_retryable());
    assert_eq!(proxy.kind(), Kind::Unavailable);
    assert_eq!(proxy.to_string(), "HTTP 503 (no code)");
    // Code 0 is Discord's "General error", not a success.
    let general = response::<Discord, Value>(401, r#"{"message": "401: Unauthorized", "code": 0}"#)
        .into_result()
        .unwrap_err();
    assert_eq!(general.code(), Discord::from(0));
    assert_eq!(general.kind(), Kind::Unauthenticated);
    let invalid = response::<Discord, Value>(
        400,
        r#"{"code": 50035, "errors": {"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]}}, "message": "Invalid Form Body"}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(invalid.code(), Discord::InvalidFormBody);
    // Success: the resource, here an array of messages.
    #[derive(Debug, Deserialize)]
    struct Message {
        id: String,
    }
    let messages = response::<Discord, Vec<Message>>(200, r#"[{"id": "1"}, {"id": "2"}]"#);
    let ids: Vec<String> = messages
        .into_result()
        .unwrap()
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(ids, ["1", "2"]);
}

#[test]
fn zoom_code_200_is_an_error_and_the_status_says_so() {
    let error = response::<Zoom, Value>(400, r#"{"code": 200, "message": "No permission."}"#)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), Zoom::from(200));
    assert_eq!(error.kind(), Kind::PermissionDenied);
    let expired =
        response::<Zoom, Value>(401, r#"{"code": 124, "message": "Invalid access token."}"#);
    assert_eq!(
        expired.into_result().unwrap_err().kind(),
        Kind::Unauthenticated
    );
    #[derive(Debug, Deserialize)]
    struct Meeting {
        id: u64,
    }
    let meeting = response::<Zoom, Meeting>(201, r#"{"id": 85746065432, "topic": "Standup"}"#);
    assert_eq!(meeting.into_result().unwrap().id, 85_746_065_432);
}

#[test]
fn twilio_error_body_and_resource() {
    let error = response::<Twilio, Value>(
        404,
        r#"{"code": 20404, "message": "The requested resource /2010-04-01/Accounts/AC123/Messages/SM456.json was not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(error.code(), Twilio::from(20404));
    assert_eq!(error.kind(), Kind::NotFound);
    #[derive(Debug, Deserialize)]
    struct Sms {
        sid: String,
    }
    let sms = response::<Twilio, Sms>(
        201,
        r#"{"sid": "SM456", "status": "queued", "error_code": null}"#,
    );
    assert_eq!(sms.into_result().unwrap().sid, "SM456");
}

#[test]
fn tencent_cloud_code_and_payload_inside_response() {
    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Zones {
        total_count: u32,
    }
    let error = json::<TencentCloud, Zones>(
        r#"{"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "The provided credentials could not be validated."}, "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(
        error.code(),
        TencentCloud::from_name("AuthFailure.SignatureFailure").unwrap()
    );
    assert_eq!(error.kind(), Kind::Unauthenticated);
    assert_eq!(
        error.request_id(),
        Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
    );
    // Success: no `Error`, the payload is `Response` itself.
    let zones = json::<TencentCloud, Zones>(
        r#"{"Response": {"TotalCount": 2, "ZoneSet": [], "RequestId": "b1c9d0f2"}}"#,
    );
    assert!(!zones.has_code());
    assert_eq!(zones.request_id(), Some("b1c9d0f2"));
    assert_eq!(zones.into_result().unwrap().total_count, 2);
}

#[test]
fn alipay_code_beside_the_payload_in_the_method_response() {
    #[derive(Debug, Deserialize)]
    struct Trade {
        trade_status: String,
    }
    let trade = json::<Alipay, Trade>(
        r#"{"alipay_trade_query_response": {"code": "10000", "msg": "Success", "trade_no": "2013112011001004330000121536", "trade_status": "TRADE_SUCCESS"}, "sign": "ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE"}"#,
    );
    assert_eq!(trade.code(), Alipay::from(10000));
    assert_eq!(trade.into_result().unwrap().trade_status, "TRADE_SUCCESS");
    let error = json::<Alipay, Trade>(
        r#"{"alipay_trade_query_response": {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.TRADE_NOT_EXIST", "sub_msg": "交易不存在"}, "sign": "ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE"}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(error.code(), Alipay::from(40004));
    assert_eq!(error.message(), "交易不存在");
    assert_eq!(error.kind(), Kind::FailedPrecondition);
}

#[test]
fn slack_errors_are_names_and_unlisted_names_are_kept() {
    #[derive(Debug, Deserialize)]
    struct Channel {
        id: String,
    }
    #[derive(Debug, Deserialize)]
    struct Info {
        channel: Channel,
    }
    let info = response::<Slack, Info>(
        200,
        r#"{"ok": true, "channel": {"id": "C123", "name": "general"}}"#,
    );
    assert_eq!(info.into_result().unwrap().channel.id, "C123");
    let missing = response::<Slack, Info>(200, r#"{"ok": false, "error": "channel_not_found"}"#)
        .into_result()
        .unwrap_err();
    assert_eq!(missing.code(), Slack::ChannelNotFound);
    assert_eq!(missing.kind(), Kind::NotFound);
    let limited = response::<Slack, Info>(429, r#"{"ok": false, "error": "ratelimited"}"#)
        .into_result()
        .unwrap_err();
    assert!(limited.is_retryable());
    // A name the table does not list yet: kept, and the status decides the kind.
    let new = response::<Slack, Info>(200, r#"{"ok": false, "error": "team_access_not_granted"}"#)
        .into_result()
        .unwrap_err();
    assert!(new.has_code());
    assert_eq!(new.code(), Slack::MISSING);
    assert_eq!(new.code_name(), Some("team_access_not_granted"));
    assert_eq!(
        new.to_string(),
        "error team_access_not_granted (not in tests/tables/vendors/slack.csv) [HTTP 200]"
    );
    let new_503 = response::<Slack, Info>(503, r#"{"ok": false, "error": "fatal_error"}"#)
        .into_result()
        .unwrap_err();
    assert_eq!(new_503.kind(), Kind::Unavailable);
    // A code that is a number too large is still an error, not a name.
    assert!(
        Envelope::<WeChat, Value>::from_json(br#"{"errcode": "99999999999999999999"}"#).is_err()
    );
}

#[test]
fn a_status_outside_2xx_is_never_a_success() {
    // A body that would be a success on its own.
    let body = r#"{"errcode":0,"errmsg":"ok"}"#;
    let error = response::<WeChat, Option<Value>>(503, body)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), WeChat::from(0));
    assert_eq!(error.http_status(), Some(503));
    // The code's kind is `ok`, which no error is: the status's kind applies.
    assert_eq!(error.kind(), Kind::Unavailable);
    assert!(error.is_retryable());
    // A code that says something wins over the status.
    let error = response::<WeChat, Value>(500, r#"{"errcode":40013,"errmsg":"invalid appid"}"#)
        .into_result()
        .unwrap_err();
    assert_eq!(error.kind(), Kind::InvalidArgument);
    assert!(!error.is_retryable());
}

#[test]
fn bad_bodies_are_errors_with_positions_and_unknown_codes_are_kept() {
    // The declared object is a string.
    let error = Envelope::<Google, Value>::from_json(br#"{"error": "invalid_grant"}"#).unwrap_err();
    assert!(
        error.to_string().contains("an object at `error`"),
        "{error}"
    );
    assert_eq!((error.line(), error.column()), (1, 25));
    // Deep nesting: skipped on an error (the code kept), and serde_json's
    // recursion limit where it would be the payload; never a stack overflow.
    let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_error = format!("{{\"errcode\": 40013, \"x\": {nested}}}");
    let deep_error = Envelope::<WeChat, Value>::from_json(deep_error.as_bytes()).unwrap();
    assert_eq!(deep_error.code(), WeChat::from(40013));
    let deep_success = format!("{{\"errcode\": 0, \"x\": {nested}}}");
    let error = Envelope::<WeChat, Value>::from_json(deep_success.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("recursion limit"), "{error}");
    // Huge numbers: as a code, an error; as a request id, kept as text.
    assert!(Envelope::<WeChat, Value>::from_json(br#"{"errcode": 1e400}"#).is_err());
    let error =
        Envelope::<WeChat, Value>::from_json(br#"{"errcode": 99999999999999999999}"#).unwrap_err();
    assert!(error.to_string().contains("expected a code of"), "{error}");
    assert_eq!(error.column(), 32);
    let huge_id = json::<Baidu, Value>(
        r#"{"error_code": 110, "error_msg": "x", "log_id": 18446744073709551615}"#,
    );
    assert_eq!(huge_id.request_id(), Some("18446744073709551615"));
    // Duplicate keys: the last one is the code.
    let twice = json::<WeChat, Value>(
        r#"{"errcode": 0, "errcode": 45009, "errmsg": "api freq out of limit"}"#,
    );
    assert_eq!(twice.code(), WeChat::from(45009));
    // An unknown code keeps its number and the server's message verbatim.
    let unknown =
        json::<WeChat, Value>(r#"{"errcode": 61451, "errmsg": "参数错误 (invalid parameter)"}"#)
            .into_result()
            .unwrap_err();
    assert_eq!(unknown.code(), WeChat::Unknown(61451));
    assert_eq!(unknown.message(), "参数错误 (invalid parameter)");
    // A message that is not a string is kept as its JSON.
    let odd =
        json::<WeChat, Value>(r#"{"errcode": 40013, "errmsg": {"zh": "不合法", "en": "invalid"}}"#);
    assert_eq!(odd.message(), Some(r#"{"en":"invalid","zh":"不合法"}"#));
}

/// The value at a dotted path of a JSON body.
fn at<'v>(body: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(body, |value, key| value.get(key))
}

/// Mutates documented bodies of every declared shape: none panics, and a
/// body that decodes reports exactly the code it carried (or none).
fn mutate_and_check<C: Code>(bodies: &[&str], code_path: &[&str], rounds: usize) -> usize
where
    C::Repr: Into<i64>,
{
    let mut random = mutate::Random(0x2545_f491);
    let mut decoded = 0;
    for round in 0..rounds {
        let mut body = bodies[round % bodies.len()].as_bytes().to_vec();
        mutate::mutate(&mut random, &mut body);
        let status = [200, 400, 429, 503][random.next() % 4];
        let Ok(envelope) = Envelope::<C, Value>::from_response(status, &body) else {
            continue;
        };
        decoded += 1;
        // A number out of `f64`'s range in a field the envelope skips: the
        // envelope reads the body, the oracle cannot.
        let Ok(value) = serde_json::from_slice::<Value>(&body) else {
            continue;
        };
        match at(&value, code_path) {
            Some(sent) if envelope.code_name().is_some() => {
                assert_name_kept(sent, &envelope);
            }
            Some(sent) if envelope.has_code() => {
                let code: i64 = envelope.code().code().into();
                assert!(
                    sent.as_i64() == Some(code) || sent.as_str() == Some(&code.to_string()),
                    "{} decoded as {code}",
                    String::from_utf8_lossy(&body)
                );
            }
            Some(Value::Null) | None => assert!(!envelope.has_code()),
            // With a failure status a body that does not decode (a code
            // `4.4`) is still an error response: no code, the body as
            // details.
            Some(_) if status != 200 && !envelope.has_code() => {
                let error = envelope.into_result().unwrap_err();
                assert_eq!(error.details(), Some(String::from_utf8_lossy(&body).trim()));
                continue;
            }
            Some(sent) => assert!(sent.is_string(), "{sent} kept no code"),
        }
        if status != 200 {
            assert!(!envelope.is_success());
        }
    }
    decoded
}

/// A code sent as a name the table does not list is that name, verbatim.
fn assert_name_kept<C: Code>(sent: &Value, envelope: &Envelope<C, Value>) {
    assert_eq!(sent.as_str(), envelope.code_name(), "{sent}");
    assert_eq!(envelope.code(), C::MISSING);
}

#[test]
fn mutated_vendor_bodies_never_panic_and_keep_their_code() {
    let wechat = [
        r#"{"errcode":40013,"errmsg":"invalid appid"}"#,
        r#"{"errcode":0,"errmsg":"ok","msgid":200228332}"#,
        r#"{"access_token":"ACCESS_TOKEN","expires_in":7200}"#,
    ];
    let google = [
        r#"{"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}"#,
        r#"{"kind": "storage#bucket", "name": "my-bucket"}"#,
        "[1, 2, 3]",
    ];
    let telegram = [
        r#"{"ok": true, "result": true}"#,
        r#"{"ok": false, "error_code": 400, "description": "Bad Request: chat not found"}"#,
    ];
    let json_rpc = [
        r#"{"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": 1}"#,
        r#"{"jsonrpc": "2.0", "result": null, "id": "abc"}"#,
    ];
    let rounds = 5_000;
    assert!(mutate_and_check::<WeChat>(&wechat, &["errcode"], rounds) > 200);
    assert!(mutate_and_check::<Google>(&google, &["error", "code"], rounds) > 200);
    assert!(mutate_and_check::<Telegram>(&telegram, &["error_code"], rounds) > 200);
    assert!(mutate_and_check::<JsonRpc2>(&json_rpc, &["error", "code"], rounds) > 200);
}

#[test]
fn escaped_keys_are_the_keys_they_spell_wherever_they_are() {
    // Feishu's auth body with its keys written with escapes, and the
    // message after the payload's fields have begun: the message is taken
    // out of the payload's stream, the payload gets its own keys.
    #[derive(Debug, Deserialize, PartialEq)]
    struct Tenant {
        tenant_access_token: String,
        expire: u32,
    }
    let tenant = json::<Feishu, Tenant>(
        r#"{"c\u006fde":0,"tenant_\u0061ccess_token":"t-1","msg":"ok","expir\u0065":7200}"#,
    );
    assert_eq!(tenant.message(), Some("ok"));
    assert_eq!(
        tenant.into_result().unwrap(),
        Tenant {
            tenant_access_token: "t-1".into(),
            expire: 7200
        }
    );
    // Google's nested error, both levels escaped.
    let error = response::<Google, Value>(
        404,
        r#"{"err\u006fr": {"c\u006fde": 404, "m\u0065ssage": "Requested entity was not found."}}"#,
    )
    .into_result()
    .unwrap_err();
    assert_eq!(error.code(), Google::from(404));
    assert_eq!(error.message(), "Requested entity was not found.");
}
