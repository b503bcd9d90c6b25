//! Wall-clock time per decode for every case of `shared/envelope_cases.rs`,
//! `Envelope` against the plain struct, measured so that a busy machine
//! does not decide the ratio: the two sides run in alternating blocks of
//! decodes, so that whatever else the machine does falls on both alike,
//! and each side's figure is its fastest block (interference only ever adds
//! time). On this project's shared virtual machine criterion's means of two
//! identical runs differ by up to 50%; these figures move by a few percent.
//!
//! `cargo bench --bench envelope_paired`

#![allow(missing_docs)]

use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "shared/envelope_cases.rs"]
mod cases;

/// Decodes per block: long enough to time (tens of microseconds), short
/// enough that many blocks run free of interruptions.
const BLOCK: u32 = 200;
/// Blocks per side.
const ROUNDS: u32 = 2_000;

fn fastest_block(decode: fn(&[u8]) -> bool, body: &[u8]) -> Duration {
    let start = Instant::now();
    for _ in 0..BLOCK {
        black_box(decode(black_box(body)));
    }
    start.elapsed()
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and
    // then there is nothing to time.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|arg| arg == "--bench") {
        return;
    }
    // `cargo bench --bench envelope_paired -- rest` times the shapes whose
    // names contain "rest".
    let filters: Vec<&String> = args.iter().filter(|arg| !arg.starts_with("--")).collect();
    println!(
        "{:<22} {:>10} {:>10} {:>7}",
        "shape", "envelope", "plain", "ratio"
    );
    let chosen = cases::CASES.iter().filter(|case| {
        filters.is_empty() || filters.iter().any(|f| case.name.contains(f.as_str()))
    });
    for case in chosen {
        // In a heap buffer, as a body from an HTTP client is.
        let body = case.body.to_vec();
        let (mut envelope, mut plain) = (Duration::MAX, Duration::MAX);
        for _ in 0..ROUNDS {
            envelope = envelope.min(fastest_block(case.envelope, &body));
            plain = plain.min(fastest_block(case.plain, &body));
        }
        let per_decode = |block: Duration| block.as_secs_f64() * 1e9 / f64::from(BLOCK);
        println!(
            "{:<22} {:>8.1}ns {:>8.1}ns {:>6.2}x",
            case.name,
            per_decode(envelope),
            per_decode(plain),
            envelope.as_secs_f64() / plain.as_secs_f64()
        );
    }
}
