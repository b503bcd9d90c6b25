//! Instructions per decode for every case of `shared/envelope_cases.rs`,
//! `Envelope` against the plain struct: deterministic where wall-clock time
//! on a shared machine is not. Run under callgrind by
//! `bash benches/envelope_instructions.sh`, which prints the ratios.
//!
//! `envelope_instructions <case index> <envelope|plain> <decodes>`; without
//! arguments (as `cargo bench` runs it) it does nothing.

#![allow(missing_docs)]

#[path = "shared/envelope_cases.rs"]
mod cases;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [case, side, decodes] = args.as_slice() else {
        println!("usage: envelope_instructions <case> <envelope|plain> <decodes>; cases:");
        for (index, case) in cases::CASES.iter().enumerate() {
            println!("  {index}: {}", case.name);
        }
        return;
    };
    let case = &cases::CASES[case.parse::<usize>().expect("a case index")];
    let decode = if side == "envelope" {
        case.envelope
    } else {
        case.plain
    };
    // In a heap buffer, as a body from an HTTP client is (see the cases).
    let body = case.body.to_vec();
    for _ in 0..decodes.parse::<usize>().expect("a number of decodes") {
        std::hint::black_box(decode(std::hint::black_box(&body)));
    }
}
