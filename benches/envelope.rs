//! Decoding a response body with `Envelope` against what a user would
//! otherwise write: a plain `#[derive(Deserialize)]` struct of the same body
//! with a bare integer code, then a check of the outcome. Every shape: the
//! seeds' three (built in) and the declared ones (flat with renamed fields,
//! nested `error.code`, a flag with `result`, the payload as the rest of the
//! object). Same bodies, same run; the cases are in `shared/envelope_cases.rs`.
//!
//! `cargo bench --bench envelope`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

#[path = "shared/envelope_cases.rs"]
mod cases;

fn decode(c: &mut Criterion) {
    let mut group = c.benchmark_group("decode");
    for case in &cases::CASES {
        // In a heap buffer, as a body from an HTTP client is.
        let body = case.body.to_vec();
        group.bench_function(format!("{}/codetables Envelope", case.name), |b| {
            b.iter(|| (case.envelope)(black_box(&body)));
        });
        group.bench_function(format!("{}/plain struct", case.name), |b| {
            b.iter(|| (case.plain)(black_box(&body)));
        });
    }
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
