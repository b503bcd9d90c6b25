//! The response bodies of the envelope benchmarks, one case per shape: the
//! seeds' three (built in) and the declared ones. Each case decodes its
//! body with `Envelope` and with a plain `#[derive(Deserialize)]` struct of
//! the same body (what a user would otherwise write), and says whether the
//! response was a success. Shared by `envelope.rs` (criterion) and
//! `envelope_instructions.rs` (instruction counts), which decode each body
//! from a heap buffer, as a body from an HTTP client is: the strings' offsets
//! from an alignment boundary change the cost of checking their UTF-8, so a
//! constant in the binary, wherever the linker puts it, would make the
//! figures depend on the layout of the binary.

use codetables::vendors::{Clarifai, StardustRosetta};
use codetables::Envelope;
use serde::Deserialize;

/// One body shape, decoded both ways.
pub struct Case {
    /// The shape, as the README's table names it.
    pub name: &'static str,
    /// The response body.
    pub body: &'static [u8],
    /// Decodes a body with `Envelope`; whether it was a success.
    pub envelope: fn(&[u8]) -> bool,
    /// Decodes a body with a plain struct; whether it was a success.
    pub plain: fn(&[u8]) -> bool,
}

pub const CASES: [Case; 7] = [
    Case {
        name: "stardust success",
        body: SUCCESS,
        envelope: |body| {
            Envelope::<StardustRosetta, CampaignInfo>::from_json(body)
                .unwrap()
                .into_result()
                .is_ok()
        },
        plain: |body| plain::<CampaignInfo>(body).is_ok(),
    },
    Case {
        name: "stardust failure",
        body: FAILURE,
        envelope: |body| {
            Envelope::<StardustRosetta, CampaignInfo>::from_json(body)
                .unwrap()
                .into_result()
                .is_ok()
        },
        plain: |body| plain::<CampaignInfo>(body).is_ok(),
    },
    Case {
        name: "clarifai success",
        body: CLARIFAI,
        envelope: |body| {
            Envelope::<Clarifai, Outputs>::from_json(body)
                .unwrap()
                .into_result()
                .is_ok()
        },
        plain: |body| {
            let plain: ClarifaiPlain = serde_json::from_slice(body).unwrap();
            match (plain.status.code, plain.outputs) {
                (10000, Some(outputs)) => Ok(outputs),
                (code, _) => Err((code, plain.status.description, plain.status.req_id)),
            }
            .is_ok()
        },
    },
    Case {
        name: "renamed flat, result",
        body: RENAMED,
        envelope: |body| {
            Envelope::<DingTalk, CampaignInfo>::from_json(body)
                .unwrap()
                .into_result()
                .is_ok()
        },
        plain: |body| {
            let plain: RenamedPlain<CampaignInfo> = serde_json::from_slice(body).unwrap();
            match (plain.errcode, plain.result) {
                (0, Some(result)) => Ok(result),
                (code, _) => Err((code, plain.errmsg, plain.request_id)),
            }
            .is_ok()
        },
    },
    Case {
        name: "nested error.code",
        body: NESTED,
        envelope: |body| {
            Envelope::<Google, Option<CampaignInfo>>::from_response(404, body)
                .unwrap()
                .into_result()
                .is_ok()
        },
        plain: |body| {
            let plain: NestedPlain = serde_json::from_slice(body).unwrap();
            match plain.error {
                Some(error) => Err((error.code, error.message)),
                None => Ok(()),
            }
            .is_ok()
        },
    },
    Case {
        name: "flag, result",
        body: FLAG,
        envelope: |body| {
            Envelope::<Telegram, CampaignInfo>::from_json(body)
                .unwrap()
                .into_result()
                .is_ok()
        },
        plain: |body| {
            let plain: FlagPlain<CampaignInfo> = serde_json::from_slice(body).unwrap();
            match (plain.ok, plain.result) {
                (true, Some(result)) => Ok(result),
                _ => Err((plain.error_code, plain.description)),
            }
            .is_ok()
        },
    },
    Case {
        name: "payload = rest",
        body: REST,
        envelope: |body| {
            Envelope::<FeishuAuth, Tenant>::from_json(body)
                .unwrap()
                .into_result()
                .is_ok()
        },
        plain: |body| {
            let plain: RestPlain = serde_json::from_slice(body).unwrap();
            match plain.code {
                0 => Ok(Tenant {
                    tenant_access_token: plain.tenant_access_token,
                    expire: plain.expire,
                }),
                code => Err((code, plain.msg)),
            }
            .is_ok()
        },
    },
];

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)] // Only decoded.
struct CampaignInfo {
    campaign_id: String,
    campaign_name: String,
    status: String,
    pool_ids: Vec<u32>,
}

/// The hand-written alternative: the wire shape with a bare `u32` code.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PlainEnvelope<T> {
    code: u32,
    data: Option<T>,
    #[allow(dead_code)] // Decoded like the envelope does.
    date: String,
    message: String,
    request_id: String,
    success: bool,
}

fn plain<T: for<'de> Deserialize<'de>>(body: &[u8]) -> Result<T, (u32, String, String)> {
    let plain: PlainEnvelope<T> =
        serde_json::from_slice(body).map_err(|e| (0, e.to_string(), String::new()))?;
    match (plain.success, plain.data) {
        (true, Some(data)) => Ok(data),
        _ => Err((plain.code, plain.message, plain.request_id)),
    }
}

const SUCCESS: &[u8] = br#"{"code": 2000, "data": {"campaignId": "c-7f3a", "campaignName": "Lidar batch 7", "status": "running", "poolIds": [1, 2, 3, 5, 8]}, "date": "2025-03-13 20:00:00", "message": "", "requestId": "7610aa38c0fc409d98c827a879d9cae5", "success": true}"#;
const FAILURE: &[u8] = br#"{"code": 51006, "data": null, "date": "2025-03-13 20:00:00", "message": "CampaignId not exists.", "requestId": "7610aa38c0fc409d98c827a879d9cae5", "success": false}"#;

#[derive(Deserialize)]
struct ClarifaiPlainStatus {
    code: u32,
    description: String,
    req_id: String,
}

#[derive(Deserialize)]
struct ClarifaiPlain {
    status: ClarifaiPlainStatus,
    outputs: Option<Vec<serde_json::Value>>,
}

#[derive(Deserialize)]
#[allow(dead_code)] // Only decoded.
struct Outputs {
    outputs: Vec<serde_json::Value>,
}

codetables::include_codes! {
    /// DingTalk-style: renamed flat fields, the payload in `result`.
    #[codes(envelope(code = "errcode", message = "errmsg", request_id = "request_id", data = "result"))]
    enum DingTalk = "tests/tables/vendors/dingtalk.csv";

    /// Google-style: `{"error": {"code", "message", "status"}}`.
    #[codes(envelope(code = "error.code", message = "error.message"))]
    enum Google = "tests/tables/vendors/google.csv";

    /// Telegram-style: an `ok` flag and `result`.
    #[codes(envelope(code = "error_code", message = "description", success = "ok", data = "result"))]
    enum Telegram = "tests/tables/vendors/telegram.csv";

    /// Feishu's auth endpoints: the payload is the rest of the object.
    #[codes(envelope(code = "code", message = "msg"))]
    enum FeishuAuth = "tests/tables/vendors/feishu.csv";
}

const RENAMED: &[u8] = br#"{"errcode": 0, "errmsg": "ok", "result": {"campaignId": "c-7f3a", "campaignName": "Lidar batch 7", "status": "running", "poolIds": [1, 2, 3, 5, 8]}, "request_id": "4jzllmte0wau"}"#;

#[derive(Deserialize)]
struct RenamedPlain<T> {
    errcode: i64,
    errmsg: String,
    result: Option<T>,
    request_id: String,
}

const NESTED: &[u8] = br#"{"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}"#;

#[derive(Deserialize)]
struct NestedPlainError {
    code: u32,
    message: String,
    #[allow(dead_code)] // Decoded like the envelope does.
    status: String,
}

#[derive(Deserialize)]
struct NestedPlain {
    error: Option<NestedPlainError>,
}

const FLAG: &[u8] = br#"{"ok": true, "result": {"campaignId": "c-7f3a", "campaignName": "Lidar batch 7", "status": "running", "poolIds": [1, 2, 3, 5, 8]}}"#;

#[derive(Deserialize)]
struct FlagPlain<T> {
    ok: bool,
    result: Option<T>,
    error_code: Option<u32>,
    description: Option<String>,
}

const REST: &[u8] = br#"{"code": 0, "msg": "ok", "tenant_access_token": "t-caecc734c2e3328a62489fe0648c4b98779515d3", "expire": 7200}"#;

#[derive(Deserialize)]
#[allow(dead_code)] // Only decoded.
struct Tenant {
    tenant_access_token: String,
    expire: u32,
}

#[derive(Deserialize)]
struct RestPlain {
    code: u32,
    msg: String,
    tenant_access_token: String,
    expire: u32,
}

const CLARIFAI: &[u8] = br#"{"status": {"code": 10000, "description": "Ok", "req_id": "c7a1"}, "outputs": [{"id": "o1", "data": {"concepts": [{"name": "dog", "value": 0.98}]}}]}"#;
