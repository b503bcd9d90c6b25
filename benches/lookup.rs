//! Looking codes and names up in the Clarifai table (336 sparse codes):
//! the generated enum against what a user would otherwise pick, in the same
//! run. 4096 lookups per iteration. The same table with every code negated
//! (`benches/tables/clarifai_negated.csv`, an `i64` enum) is looked up on the
//! same inputs, negated, to compare the two code types. A table of 170 text
//! codes (`#[codes(text)]`) is looked up by its codes, against a `match`
//! on `&str`, a phf map and strum's `EnumString`, each total; and strictly
//! (`from_code`, unlisted codes not kept), against phf and strum.
//!
//! `cargo bench --bench lookup`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;

use codetables::vendors::Clarifai;
use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};

#[path = "alternatives/clarifai.rs"]
#[rustfmt::skip] // Generated; `tests/bench_alternatives.rs` checks it is current.
#[allow(clippy::all, clippy::pedantic, dead_code)]
mod alternatives;

codetables::include_codes! {
    /// `tables/clarifai.csv` with every code negated: an `i64` table.
    enum ClarifaiNegated = "benches/tables/clarifai_negated.csv";

    /// 170 text codes (Clarifai's names as Stripe-style `snake_case` codes).
    #[codes(text)]
    pub enum Text170 = "benches/tables/text_170.csv";
}

#[path = "alternatives/text_170.rs"]
#[rustfmt::skip] // Generated; `tests/bench_alternatives.rs` checks it is current.
#[allow(clippy::all, clippy::pedantic, dead_code)]
mod text_alternatives;

const LOOKUPS: usize = 4096;

/// A deterministic xorshift stream.
struct Random(u32);

impl Random {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0
    }

    fn below(&mut self, bound: usize) -> usize {
        self.next() as usize % bound
    }
}

/// 80% codes of the table, 20% codes it does not list, in random order.
fn mixed_codes() -> Vec<u32> {
    let mut random = Random(0x2545_f491);
    (0..LOOKUPS)
        .map(|_| {
            if random.below(5) == 0 {
                loop {
                    let code = 10_000 + random.next() % 90_000;
                    if Clarifai::from_code(code).is_none() {
                        break code;
                    }
                }
            } else {
                Clarifai::ALL[random.below(Clarifai::COUNT)].code()
            }
        })
        .collect()
}

/// 95% one code (`SUCCESS`), 5% the mix above.
fn skewed_codes() -> Vec<u32> {
    let mut random = Random(0x9e37_79b9);
    let mixed = mixed_codes();
    (0..LOOKUPS)
        .map(|i| {
            if random.below(20) == 0 {
                mixed[i]
            } else {
                10_000
            }
        })
        .collect()
}

/// 80% names of the table, 20% names it does not have.
fn mixed_names() -> Vec<String> {
    let mut random = Random(0x1234_5678);
    (0..LOOKUPS)
        .map(|_| {
            let name = Clarifai::ALL[random.below(Clarifai::COUNT)].name();
            if random.below(5) == 0 {
                format!("{name}_X")
            } else {
                name.to_owned()
            }
        })
        .collect()
}

/// Benchmarks `lookup` over every input; each result goes through
/// `black_box`, so no lookup can be folded away.
fn bench<I, R>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    inputs: &[I],
    lookup: impl Fn(&I) -> R,
) {
    group.bench_function(name, |b| {
        b.iter(|| {
            for input in inputs {
                black_box(lookup(black_box(input)));
            }
        });
    });
}

fn from_code(c: &mut Criterion) {
    let hash_map: HashMap<u32, Clarifai> = Clarifai::ALL.iter().map(|&c| (c.code(), c)).collect();
    for (label, inputs) in [
        ("mixed 80/20", mixed_codes()),
        ("skewed 95% one code", skewed_codes()),
    ] {
        let mut group = c.benchmark_group(format!("from_code/{label}"));
        group.throughput(Throughput::Elements(LOOKUPS as u64));
        bench(&mut group, "codetables From<u32>", &inputs, |&code| {
            Clarifai::from(code)
        });
        let negated: Vec<i64> = inputs.iter().map(|&code| -i64::from(code)).collect();
        bench(
            &mut group,
            "codetables From<i64> (negated table)",
            &negated,
            |&code| ClarifaiNegated::from(code),
        );
        bench(&mut group, "hand-written match", &inputs, |&code| {
            alternatives::match_from_code(code)
        });
        bench(&mut group, "phf Map", &inputs, |code| {
            alternatives::PHF_BY_CODE
                .get(code)
                .copied()
                .unwrap_or(Clarifai::Unknown(*code))
        });
        bench(&mut group, "std HashMap", &inputs, |code| {
            hash_map
                .get(code)
                .copied()
                .unwrap_or(Clarifai::Unknown(*code))
        });
        bench(&mut group, "num_enum FromPrimitive", &inputs, |&code| {
            alternatives::NumEnumClarifai::from(code)
        });
        bench(&mut group, "strum FromRepr", &inputs, |&code| {
            alternatives::StrumClarifai::from_repr(code)
        });
        group.finish();
    }
}

fn from_name(c: &mut Criterion) {
    let inputs = mixed_names();
    let hash_map: HashMap<&str, Clarifai> = Clarifai::ALL.iter().map(|&c| (c.name(), c)).collect();
    let mut group = c.benchmark_group("from_name/mixed 80/20");
    group.throughput(Throughput::Elements(LOOKUPS as u64));
    bench(&mut group, "codetables from_name", &inputs, |name| {
        Clarifai::from_name(name)
    });
    bench(&mut group, "hand-written match", &inputs, |name| {
        alternatives::match_from_name(name)
    });
    bench(&mut group, "phf Map", &inputs, |name| {
        alternatives::PHF_BY_NAME.get(name.as_str()).copied()
    });
    bench(&mut group, "std HashMap", &inputs, |name| {
        hash_map.get(name.as_str()).copied()
    });
    bench(&mut group, "strum EnumString", &inputs, |name| {
        name.parse::<alternatives::StrumClarifai>().ok()
    });
    group.finish();
}

/// 80% codes of the text table, 20% codes it does not list (a listed code
/// with a suffix, or a code of another vendor), in random order.
fn mixed_text_codes() -> Vec<String> {
    let mut random = Random(0x0bad_cafe);
    let others = [
        "card_declined",
        "ThrottlingException",
        "AuthFailure.SignatureExpire",
    ];
    (0..LOOKUPS)
        .map(|_| {
            let listed = Text170::ALL[random.below(Text170::COUNT)].code();
            match random.below(10) {
                0 => format!("{listed}_v2"),
                1 => others[random.below(others.len())].to_owned(),
                _ => listed.to_owned(),
            }
        })
        .collect()
}

fn from_text(c: &mut Criterion) {
    let inputs = mixed_text_codes();
    let mut group = c.benchmark_group("from_str/text 170 mixed 80/20");
    group.throughput(Throughput::Elements(LOOKUPS as u64));
    bench(&mut group, "codetables From<&str>", &inputs, |code| {
        Text170::from(code.as_str())
    });
    bench(&mut group, "hand-written match", &inputs, |code| {
        text_alternatives::match_from_str(code)
    });
    bench(&mut group, "phf Map", &inputs, |code| {
        text_alternatives::PHF_BY_CODE
            .get(code.as_str())
            .cloned()
            .unwrap_or_else(|| Text170::Unknown(code.clone().into()))
    });
    bench(&mut group, "strum EnumString", &inputs, |code| {
        code.parse::<text_alternatives::StrumText170>()
    });
    group.finish();

    // The lookup alone: strict, an unlisted code is not found and its text
    // is not kept (the allocation `From<&str>` and strum's default variant
    // both pay for the 20% unlisted codes is left out).
    let mut group = c.benchmark_group("from_code/text 170 mixed 80/20, strict");
    group.throughput(Throughput::Elements(LOOKUPS as u64));
    bench(&mut group, "codetables from_code", &inputs, |code| {
        Text170::from_code(code)
    });
    bench(&mut group, "phf Map", &inputs, |code| {
        text_alternatives::PHF_BY_CODE.get(code.as_str()).cloned()
    });
    bench(&mut group, "strum EnumString", &inputs, |code| {
        code.parse::<text_alternatives::StrumStrictText170>()
    });
    group.finish();
}

criterion_group!(benches, from_code, from_name, from_text);
criterion_main!(benches);
