//! The server side: an `Envelope` made from a payload or an `ApiError`,
//! written in the table's shape and decoded back, gives the same code,
//! message, request id, success and payload, for every shape of the suite
//! (flat renamed, nested, a flag with `result`, the payload holding the
//! other parts, text codes with a flag, the seeds' flat shape), numeric and
//! text tables alike.

use codetables::{ApiError, Code, Envelope};
use proptest::prelude::*;
use serde::Serialize;
use serde_json::{json, Value};

codetables::include_codes! {
    #[codes(envelope(code = "errcode", message = "errmsg", request_id = "request_id"))]
    pub(crate) enum WeChat = "tests/tables/vendors/wechat.csv";
    #[codes(envelope(code = "error.code", message = "error.message", request_id = "error.request_id"))]
    pub(crate) enum Google = "tests/tables/vendors/google.csv";
    #[codes(envelope(code = "error_code", message = "description", success = "ok", data = "result"))]
    pub(crate) enum Telegram = "tests/tables/vendors/telegram.csv";
    #[codes(envelope(code = "Response.Error.Code", message = "Response.Error.Message", request_id = "Response.RequestId", data = "Response"))]
    pub(crate) enum TencentCloud = "tests/tables/vendors/tencent_cloud.csv";
    #[codes(text, envelope(code = "error", success = "ok", request_id = "request_id"))]
    pub(crate) enum Slack = "tests/tables/slack.csv";
    #[codes(text, envelope(code = "error.code", message = "error.message", request_id = "error.request_id"))]
    pub(crate) enum Stripe = "tests/tables/stripe.csv";
    #[codes(text, builtin = "nested")]
    pub(crate) enum StripeNested = "tests/tables/stripe.csv";
}

/// What both ends must agree on.
#[derive(Debug, PartialEq)]
struct Seen<C> {
    success: bool,
    code: Option<C>,
    message: Option<String>,
    request_id: Option<String>,
    payload: Option<Value>,
}

fn seen<C: Code>(envelope: Envelope<C, Value>) -> Seen<C> {
    let code = envelope.has_code().then(|| envelope.code());
    let (message, request_id) = (
        envelope.message().map(str::to_owned),
        envelope.request_id().map(str::to_owned),
    );
    let success = envelope.is_success();
    Seen {
        success,
        code,
        message,
        request_id,
        payload: envelope.into_result().ok(),
    }
}

fn round_trip<C>(envelope: &Envelope<C, Value>, status: u16) -> Envelope<C, Value>
where
    C: Code + Serialize,
{
    let body = serde_json::to_vec(envelope).unwrap();
    Envelope::from_response(status, &body)
        .unwrap_or_else(|e| panic!("{}: {e}", String::from_utf8_lossy(&body)))
}

fn check<C: Code + Serialize>(
    code: Option<usize>,
    message: &str,
    request_id: &str,
    payload: &Value,
) -> Result<(), TestCaseError> {
    let sent = match code {
        None => Envelope::<C, Value>::success(payload.clone()),
        Some(index) => {
            let code = C::all()[index % C::all().len()].clone();
            let error = ApiError::new(code)
                .with_message(message)
                .with_request_id(request_id)
                .with_http_status(400);
            if code_is_success(&error) {
                return Ok(());
            }
            Envelope::failure(error)
        }
    };
    let status = if code.is_some() { 400 } else { 200 };
    // What the shape has a place for.
    let (has_message, has_request_id) = (C::SHAPE.message.is_some(), C::SHAPE.request_id.is_some());
    let expected = Seen {
        success: sent.is_success(),
        code: sent.has_code().then(|| sent.code()),
        message: sent.message().filter(|_| has_message).map(str::to_owned),
        request_id: sent
            .request_id()
            .filter(|_| has_request_id)
            .map(str::to_owned),
        payload: sent.data().cloned(),
    };
    let decoded = round_trip(&sent, status);
    let mut got = seen(decoded);
    // A failure's message is the server's, else the table's: as sent.
    if expected.message.is_none() {
        got.message = None;
    }
    prop_assert_eq!(got, expected);
    Ok(())
}

fn code_is_success<C: Code>(error: &ApiError<C>) -> bool {
    error.code().is_success()
}

fn payload() -> impl Strategy<Value = Value> {
    (any::<u32>(), "[a-z ]{0,12}")
        .prop_map(|(id, name)| json!({"id": id, "name": name, "tags": [name]}))
}

proptest! {
    #[test]
    fn what_is_written_decodes_back(
        code in proptest::option::of(any::<usize>()),
        message in "[A-Za-z0-9 .,]{1,24}",
        request_id in "[a-f0-9]{1,16}",
        payload in payload(),
    ) {
        check::<WeChat>(code, &message, &request_id, &payload)?;
        check::<Google>(code, &message, &request_id, &payload)?;
        check::<Telegram>(code, &message, &request_id, &payload)?;
        check::<TencentCloud>(code, &message, &request_id, &payload)?;
        check::<Slack>(code, &message, &request_id, &payload)?;
        check::<Stripe>(code, &message, &request_id, &payload)?;
        check::<codetables::vendors::StardustRosetta>(code, &message, &request_id, &payload)?;
        check::<codetables::vendors::AiGateway>(code, &message, &request_id, &payload)?;
        check::<codetables::vendors::Clarifai>(code, &message, &request_id, &payload)?;
    }
}

#[test]
fn the_seeds_flat_shape_and_a_declared_nested_one() {
    let error = ApiError::new(codetables::vendors::StardustRosetta::CampaignIdNotExists)
        .with_request_id("7610aa38");
    let body = serde_json::to_value(Envelope::<_, Value>::failure(error)).unwrap();
    assert_eq!(
        body,
        json!({"code": 51006, "message": "CampaignId not exists.", "requestId": "7610aa38", "success": false})
    );
    let body = serde_json::to_value(Envelope::<Stripe, Value>::from(Err(ApiError::new(
        Stripe::CardDeclined,
    )
    .with_message("Your card was declined."))))
    .unwrap();
    assert_eq!(
        body,
        json!({"error": {"code": "card_declined", "message": "Your card was declined."}})
    );
    let body =
        serde_json::to_value(Envelope::<Telegram, Value>::success(json!({"id": 1}))).unwrap();
    assert_eq!(body["ok"], true);
    assert_eq!(body["result"], json!({"id": 1}));
}

#[test]
fn the_seeds_three_shapes_in_their_own_format() {
    use codetables::vendors::{AiGateway, Clarifai};
    let body = serde_json::to_value(Envelope::<AiGateway, Value>::failure(ApiError::new(
        AiGateway::from(401002),
    )))
    .unwrap();
    assert_eq!(body["code"], 401002);
    assert!(
        body["msg"].is_string() && body.get("message").is_none(),
        "{body}"
    );
    let body = serde_json::to_value(Envelope::<Clarifai, Value>::failure(
        ApiError::new(Clarifai::from(11001)).with_request_id("c7a2"),
    ))
    .unwrap();
    assert_eq!(
        body,
        json!({"status": {"code": 11001, "description": "Invalid authentication token used", "req_id": "c7a2"}})
    );
    let body =
        serde_json::to_value(Envelope::<Clarifai, Value>::success(json!({"outputs": []}))).unwrap();
    assert_eq!(
        body,
        json!({"status": {"code": 10000, "description": "Ok"}, "outputs": []})
    );
}

#[test]
fn a_payload_that_does_not_serialize_is_an_error() {
    let mut map = std::collections::HashMap::new();
    map.insert((1, 2), "a tuple key is no JSON key");
    let error = serde_json::to_string(&Envelope::<WeChat, _>::success(map)).unwrap_err();
    assert!(
        error.to_string().contains("key must be a string"),
        "{error}"
    );
}

/// A success written by every bundled table decodes back to its payload,
/// with the code it was written with: a table without an `ok` row
/// (Stardust's project table) writes no code, which reads as a success.
#[test]
fn every_bundled_table_reads_its_own_success() {
    use codetables::vendors::{AiGateway, Clarifai, StardustProject, StardustRosetta};
    fn check<C: Code + Serialize + for<'de> serde::Deserialize<'de>>() {
        let sent = Envelope::<C, Value>::success(json!({"id": 7}));
        let body = serde_json::to_vec(&sent).unwrap();
        let decoded = Envelope::<C, Value>::from_json(&body)
            .unwrap_or_else(|error| panic!("{}: {error}", C::TABLE));
        assert_eq!(decoded.code(), sent.code(), "{}", C::TABLE);
        assert_eq!(
            decoded.into_result().ok(),
            Some(json!({"id": 7})),
            "{}",
            C::TABLE
        );
    }
    check::<StardustRosetta>();
    check::<StardustProject>();
    check::<AiGateway>();
    check::<Clarifai>();
}

/// A text table answers in the built-in shape it names, as a numeric one
/// does (it used to write the flat shape whatever `builtin` said).
#[test]
fn a_text_table_writes_the_built_in_shape_it_names() {
    let body = serde_json::to_value(Envelope::<StripeNested, Value>::failure(
        ApiError::new(StripeNested::CardDeclined).with_message("declined"),
    ))
    .unwrap();
    assert_eq!(
        body,
        json!({"status": {"code": "card_declined", "description": "declined"}})
    );
    let decoded = Envelope::<StripeNested, Value>::from_json(body.to_string().as_bytes()).unwrap();
    assert_eq!(decoded.code(), StripeNested::CardDeclined);
}
