//! `codetables import` of 20,000 codes from each kind of machine-readable
//! source, against what a user would otherwise write first: parsing the
//! document with the standard crate for its format and nothing more. The
//! ratio is what reading the codes out of it, naming them, checking and
//! mending the table costs on top of the parse.
//!
//! `cargo bench -p codetables-cli --bench import_sources`
#![allow(missing_docs)] // criterion_group! writes an undocumented function.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use codetables_cli::import::{self, Format, Options};
use criterion::{criterion_group, criterion_main, Criterion};

const ROWS: usize = 20_000;

/// A word-like name per code (`RequestQuotaExceeded17`).
fn name(n: usize) -> String {
    const WORDS: [&str; 8] = [
        "Request", "Quota", "Token", "Invalid", "Expired", "Missing", "Server", "Busy",
    ];
    format!("{}{}{n}", WORDS[n % 8], WORDS[(n / 8) % 8])
}

fn message(n: usize) -> String {
    format!("The request failed for reason {n}: check the parameters and retry.")
}

fn openapi_json() -> String {
    let codes: Vec<String> = (0..ROWS).map(|n| (100_000 + n).to_string()).collect();
    let names: Vec<String> = (0..ROWS).map(|n| format!("\"{}\"", name(n))).collect();
    let texts: Vec<String> = (0..ROWS).map(|n| format!("\"{}\"", message(n))).collect();
    format!(
        r#"{{"openapi": "3.1.0", "info": {{"title": "Big", "version": "1"}},
"components": {{"schemas": {{"ErrorCode": {{"type": "integer", "enum": [{}],
"x-enum-varnames": [{}], "x-enum-descriptions": [{}]}}}}}}}}"#,
        codes.join(","),
        names.join(","),
        texts.join(",")
    )
}

fn openapi_yaml() -> String {
    let mut out = String::from(
        "openapi: 3.1.0\ninfo: {title: Big, version: '1'}\ncomponents:\n  schemas:\n    ErrorCode:\n      type: integer\n      enum:\n",
    );
    for n in 0..ROWS {
        let _ = writeln!(out, "        - {}", 100_000 + n);
    }
    out.push_str("      x-enum-varnames:\n");
    for n in 0..ROWS {
        let _ = writeln!(out, "        - {}", name(n));
    }
    out.push_str("      x-enum-descriptions:\n");
    for n in 0..ROWS {
        let _ = writeln!(out, "        - \"{}\"", message(n));
    }
    out
}

fn smithy() -> String {
    let shapes: Vec<String> = (0..ROWS)
        .map(|n| {
            format!(
                r#""com.example#{}Exception": {{"type": "structure", "traits": {{"smithy.api#error": "client", "smithy.api#httpError": 400, "smithy.api#documentation": "<p>{}</p>"}}}}"#,
                name(n),
                message(n)
            )
        })
        .collect();
    format!(
        r#"{{"smithy": "2.0", "shapes": {{{}}}}}"#,
        shapes.join(",\n")
    )
}

fn json_catalogue() -> String {
    let records: Vec<String> = (0..ROWS)
        .map(|n| {
            format!(
                r#"{{"code": {}, "message": "{}", "product": "Core"}}"#,
                100_000 + n,
                message(n)
            )
        })
        .collect();
    format!("[{}]", records.join(","))
}

fn errcodes() -> String {
    let mut out = String::new();
    for n in 0..ROWS {
        if n % 1000 == 0 {
            let _ = writeln!(
                out,
                "\nSection: Class {:02} - Group {}\n",
                n / 1000,
                n / 1000
            );
        }
        let _ = writeln!(
            out,
            "{:02}{:03}    E    ERRCODE_CODE_{n:<20} code_{n}",
            n / 1000 + 10,
            n % 1000
        );
    }
    out
}

fn registry_csv() -> String {
    let mut out = String::from("Value,Description,Reference\n");
    for n in 0..ROWS {
        let _ = writeln!(out, "{},\"{}\",[RFC{n}]", 100_000 + n, message(n));
    }
    out
}

fn import_sources(c: &mut Criterion) {
    let kinds: [(&str, Format, String); 6] = [
        ("openapi_json", Format::Openapi, openapi_json()),
        ("openapi_yaml", Format::Openapi, openapi_yaml()),
        ("smithy", Format::Smithy, smithy()),
        ("json", Format::Json, json_catalogue()),
        ("errcodes", Format::Errcodes, errcodes()),
        ("csv", Format::Csv, registry_csv()),
    ];
    let mut group = c.benchmark_group("import 20,000 codes");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (kind, format, text) in &kinds {
        let options = Options {
            format: *format,
            ..Options::default()
        };
        let imported = import::import(text, &options);
        assert_eq!(imported.rows.len(), ROWS, "{kind}");
        assert!(imported.unresolved.is_empty(), "{kind}");
        group.bench_function(format!("codetables import/{kind}"), |b| {
            b.iter(|| import::import(black_box(text), &options).rows.len());
        });
        group.bench_function(format!("parse only/{kind}"), |b| {
            b.iter(|| parse_only(kind, black_box(text)));
        });
    }
    group.finish();
}

/// The document parsed by the standard crate for its format, nothing read
/// out of it.
fn parse_only(kind: &str, text: &str) -> usize {
    match kind {
        "openapi_yaml" => yaml_rust2::YamlLoader::load_from_str(text).map_or(0, |d| d.len()),
        "errcodes" => text.lines().filter(|l| l.contains("ERRCODE_")).count(),
        "csv" => csv::Reader::from_reader(text.as_bytes()).records().count(),
        _ => serde_json::from_str::<serde_json::Value>(text)
            .map_or(0, |v| usize::from(v.is_object())),
    }
}

criterion_group!(benches, import_sources);
criterion_main!(benches);
