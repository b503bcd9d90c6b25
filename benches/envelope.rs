//! Decoding a response body with `Envelope<StardustRosetta, _>` against what
//! a user would otherwise write: a plain `#[derive(Deserialize)]` struct with
//! `code: u32`, then a check of `success`. Same bodies, same run.
//!
//! `cargo bench --bench envelope`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use codetables::vendors::{Clarifai, StardustRosetta};
use codetables::Envelope;
use criterion::{criterion_group, criterion_main, Criterion};
use serde::Deserialize;

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

const CLARIFAI: &[u8] = br#"{"status": {"code": 10000, "description": "Ok", "req_id": "c7a1"}, "outputs": [{"id": "o1", "data": {"concepts": [{"name": "dog", "value": 0.98}]}}]}"#;

fn envelope(c: &mut Criterion) {
    let mut group = c.benchmark_group("decode");
    group.bench_function("stardust success/codetables Envelope", |b| {
        b.iter(|| {
            Envelope::<StardustRosetta, CampaignInfo>::from_json(black_box(SUCCESS))
                .unwrap()
                .into_result()
        });
    });
    group.bench_function("stardust success/plain struct, code: u32", |b| {
        b.iter(|| plain::<CampaignInfo>(black_box(SUCCESS)));
    });
    group.bench_function("stardust failure/codetables Envelope", |b| {
        b.iter(|| {
            Envelope::<StardustRosetta, CampaignInfo>::from_json(black_box(FAILURE))
                .unwrap()
                .into_result()
        });
    });
    group.bench_function("stardust failure/plain struct, code: u32", |b| {
        b.iter(|| plain::<CampaignInfo>(black_box(FAILURE)));
    });
    group.bench_function("clarifai success/codetables Envelope", |b| {
        b.iter(|| {
            Envelope::<Clarifai, Outputs>::from_json(black_box(CLARIFAI))
                .unwrap()
                .into_result()
        });
    });
    group.bench_function("clarifai success/plain struct, code: u32", |b| {
        b.iter(|| {
            let plain: ClarifaiPlain = serde_json::from_slice(black_box(CLARIFAI)).unwrap();
            match (plain.status.code, plain.outputs) {
                (10000, Some(outputs)) => Ok(outputs),
                (code, _) => Err((code, plain.status.description, plain.status.req_id)),
            }
        });
    });
    group.finish();
}

criterion_group!(benches, envelope);
criterion_main!(benches);
