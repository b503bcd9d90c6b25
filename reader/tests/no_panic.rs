//! No input makes the pipeline panic: the bundled tables, mutated byte by
//! byte, and random bytes go through reading, checking and expansion. Every
//! rejected table says why, with a line wherever the problem has one.
//!
//! Workspace-only (left out of the package): it reads `../tables`.

use codetables_reader::{expand, extra_columns, read_table, EnumSpec};

fn spec() -> EnumSpec {
    EnumSpec::plain("Codes", "tables/codes.csv")
}

/// Rounds per test: a quick smoke run by default; set `CODETABLES_FUZZ_ROUNDS`
/// for a long one (`CODETABLES_FUZZ_ROUNDS=1000000 cargo test --release -p
/// codetables-reader --test no_panic`).
fn rounds() -> usize {
    std::env::var("CODETABLES_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(2_000)
}

/// Every how many mutated tables the expansion runs too (it costs far more
/// than reading): `CODETABLES_FUZZ_EXPAND_EVERY`, 16 by default.
fn expand_every() -> usize {
    std::env::var("CODETABLES_FUZZ_EXPAND_EVERY")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(16)
        .max(1)
}

struct Random(u64);

impl Random {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % (1 << 31)).unwrap()
    }
}

/// Bytes that matter to CSV and to the column parsers.
const INTERESTING: &[u8] = b",\"\n\r x-0123456789abcxyzXY_.%{}\\\xff\xc3\xa9";

/// Whole characters and pieces that matter to identifiers in any script and
/// to signed codes: full-width punctuation, confusables, a restricted
/// script, emoji, a combining mark, `..=`.
const PIECES: &[&str] = &[
    "，", "。", "（", "о", "С", "ⴰ", "🎉", "Ｘ", "१", "\u{94d}", "é", "..=", "-", "--", "ﬁ", "_",
];

fn mutate(random: &mut Random, input: &mut Vec<u8>) {
    for _ in 0..=random.next() % 6 {
        let at = random.next() % (input.len() + 1);
        match random.next() % 6 {
            0 if at < input.len() => input[at] = INTERESTING[random.next() % INTERESTING.len()],
            1 if at < input.len() => {
                input.remove(at);
            }
            2 => input.insert(at, INTERESTING[random.next() % INTERESTING.len()]),
            4 => {
                let piece = PIECES[random.next() % PIECES.len()].as_bytes();
                input.splice(at..at, piece.iter().copied());
            }
            3 if at < input.len() => {
                // Duplicate a stretch: duplicate codes, names, ranges.
                let end = (at + random.next() % 64).min(input.len());
                let stretch = input[at..end].to_vec();
                let to = random.next() % (input.len() + 1);
                input.splice(to..to, stretch);
            }
            _ => input.truncate(at),
        }
    }
}

/// Reads (and, when `expand_too`, expands) `input` with the own columns
/// `own`; whether it was accepted.
fn check(input: &[u8], own: &[String], expand_too: bool) -> bool {
    let (table, diagnostics) = read_table(input, own);
    if expand_too {
        // The stub expansion must work with any subset the checks kept.
        let tokens = expand(&spec(), &table, &diagnostics);
        assert!(!tokens.is_empty());
    }
    // Lines as an editor shows them: ended by `\n`, `\r\n` or a lone `\r`.
    let lone_returns = input
        .windows(2)
        .filter(|pair| pair[0] == b'\r' && pair[1] != b'\n')
        .count()
        + usize::from(input.last() == Some(&b'\r'));
    let lines = input.split(|&b| b == b'\n').count() + lone_returns;
    for diagnostic in &diagnostics {
        assert!(!diagnostic.message.is_empty());
        match diagnostic.line {
            Some(line) => assert!(line >= 1 && line <= lines, "{diagnostic:?}"),
            // Only problems of the file as a whole have no line.
            None => assert!(
                diagnostic.message.starts_with("the table "),
                "{diagnostic:?}"
            ),
        }
    }
    // A table with no error has codes, so a non-empty enum.
    assert!(!diagnostics.is_empty() || !table.codes.is_empty());
    diagnostics.is_empty()
}

#[test]
fn mutated_tables_never_panic() {
    // Seeds: the bundled tables and the vendor-style test tables (Chinese
    // messages, negative codes, own columns) cut into pieces of ten rows
    // under their header (small inputs mutate into more distinct cases per
    // second), each with the own columns its header has, and a row using
    // every column. (`tests/tables/large` is left out: hundreds of pieces
    // of one generated table would crowd out the rest.)
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut seeds: Vec<(Vec<u8>, Vec<String>)> = Vec::new();
    for dir in ["tables", "tests/tables", "tests/tables/vendors"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "csv") {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            let own = extra_columns(text.as_bytes());
            let mut lines = text.lines();
            let header = lines.next().unwrap();
            let rows: Vec<&str> = lines.collect();
            for piece in rows.chunks(10) {
                let seed = format!("{header}\n{}\n", piece.join("\n")).into_bytes();
                seeds.push((seed, own.clone()));
            }
        }
    }
    seeds.push(("code,message,name,variant,category,http,kind,retry,deprecated,solution\n1,a,A,,x,404,not_found,true,old,s\n11xxx,r,,,y,,,,,t\n2,\"q \"\"x\"\"\",,B2,x,,,,,\n-5..=-1,neg,,,z,,,,,u\n-3,\u{7cfb}\u{7edf}\u{7e41}\u{5fd9}\u{ff0c}\u{8bf7}\u{7a0d}\u{540e},,,,,,,,\n".as_bytes().to_vec(), vec!["solution".to_owned()]));
    let mut random = Random(0x2545_f491_4f6c_dd1d);
    let (mut accepted, mut rejected) = (0, 0);
    let rounds = rounds();
    let expand_every = expand_every();
    for round in 0..rounds {
        let (seed, own) = &seeds[round % seeds.len()];
        let mut input = seed.clone();
        mutate(&mut random, &mut input);
        if check(&input, own, round % expand_every == 0) {
            accepted += 1;
        } else {
            rejected += 1;
        }
    }
    // Both outcomes are exercised.
    assert!(
        accepted * 20 > rounds && rejected * 20 > rounds,
        "{accepted} accepted, {rejected} rejected"
    );
    println!(
        "{rounds} mutated tables from {} seeds: {accepted} accepted, {rejected} rejected, none panicked",
        seeds.len()
    );
}

#[test]
fn random_bytes_never_panic() {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let expand_every = expand_every();
    for round in 0..rounds() {
        let length = random.next() % 200;
        let input: Vec<u8> = (0..length)
            .map(|_| INTERESTING[random.next() % INTERESTING.len()])
            .collect();
        check(&input, &[], false);
        let mut with_header = b"code,message\n".to_vec();
        with_header.extend_from_slice(&input);
        check(&with_header, &[], round % expand_every == 0);
    }
    println!("{} random inputs, none panicked", 2 * rounds());
}
