//! Property test over generated tables: random tables with hostile strings,
//! extreme codes of both code types (`u32`, and `i64` with negative codes)
//! and variants in several scripts are compiled into a scratch crate, which
//! checks that every row round-trips (code, message, name) and that unknown
//! codes are kept. The expectations are written as Rust's own `Debug`
//! literals, so they do not depend on the generator's escaping.

mod support;

use std::collections::BTreeSet;
use std::fmt::Write as _;

const TABLES: usize = 12;

struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound as u64).unwrap()
    }
}

/// Pieces that break naive generators: quotes, braces, format and comment
/// syntax, escapes, line breaks, bidi controls, non-ASCII.
const PIECES: &[&str] = &[
    "\"", "\"\"", "{}", "{0}", "{{", "}", "%s", "%d", "*/", "/*", "//", "\\", "\\n", "\n", "\r\n",
    "\t", "\u{202e}", "\u{2066}", "\u{200b}", "é", "日本", "🎉", "'", "`", "#", "$crate", "r#",
    ",", ";", "a", "B", "0", " ", "  ",
];

struct Row {
    code: i64,
    message: String,
    name: String,
}

/// Every third table has signed codes (an `i64` enum), the others `u32`.
fn is_signed(table: usize) -> bool {
    table % 3 == 1
}

/// A random code of the table's code type, small or large.
fn random_code(random: &mut Random, table: usize) -> i64 {
    if is_signed(table) {
        #[allow(clippy::cast_possible_wrap)] // Any bits: any i64.
        let code = random.next() as i64;
        code >> random.below(64)
    } else {
        i64::from(u32::try_from(random.next() >> 32).unwrap() >> random.below(32))
    }
}

/// Variant names in a script chosen by the table: ASCII, Chinese, Cyrillic.
fn variant(table: usize, index: usize) -> String {
    match table % 4 {
        1 => format!("变体{index}"),
        3 => format!("Вариант{index}"),
        _ => format!("V{index}"),
    }
}

fn random_table(random: &mut Random, table: usize) -> Vec<Row> {
    let mut codes = BTreeSet::new();
    if table % 3 == 0 {
        codes.insert(0);
        codes.insert(i64::from(u32::MAX));
    }
    if is_signed(table) && table % 2 == 1 {
        codes.extend([i64::MIN, -1, 0, i64::MAX]);
    }
    let rows = 1 + random.below(40);
    while codes.len() < rows {
        codes.insert(random_code(random, table));
    }
    codes
        .into_iter()
        .enumerate()
        .map(|(index, code)| {
            let text = |random: &mut Random| -> String {
                (0..random.below(8))
                    .map(|_| PIECES[random.below(PIECES.len())])
                    .collect()
            };
            Row {
                code,
                // Fields are trimmed; inner whitespace and line breaks are kept.
                message: text(random).trim().to_owned(),
                // Unique, and never empty so that it is the name verbatim.
                name: format!("n{index}{}", text(random)).trim().to_owned(),
            }
        })
        .collect()
}

fn csv_field(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

#[test]
fn random_tables_round_trip_every_row() {
    let mut random = Random(0x0dd_b1a5_e5ba_5e11);
    let mut main = String::new();
    let mut checks = String::new();
    let mut files = Vec::new();
    for table in 0..TABLES {
        let rows = random_table(&mut random, table);
        let mut csv = String::from("variant,code,name,message\n");
        for (index, row) in rows.iter().enumerate() {
            writeln!(
                csv,
                "{},{},{},{}",
                variant(table, index),
                row.code,
                csv_field(&row.name),
                csv_field(&row.message)
            )
            .unwrap();
        }
        files.push((format!("tables/t{table}.csv"), csv));
        writeln!(main, "codetables::include_codes! {{\n    /// Random table {table}.\n    pub enum T{table} = \"tables/t{table}.csv\";\n}}").unwrap();
        writeln!(checks, "    assert_eq!(T{table}::COUNT, {});", rows.len()).unwrap();
        for (index, row) in rows.iter().enumerate() {
            writeln!(
                checks,
                "    check(T{table}::from({code}), T{table}::{variant}, {code}, {message:?}, {name:?});",
                variant = variant(table, index),
                code = row.code,
                message = row.message,
                name = row.name,
            )
            .unwrap();
        }
        for _ in 0..20 {
            let code = random_code(&mut random, table);
            if rows.iter().all(|row| row.code != code) {
                writeln!(
                    checks,
                    "    unknown(T{table}::from({code}), T{table}::Unknown({code}), {code});"
                )
                .unwrap();
            }
        }
    }
    main.push_str(
        "\nfn check<C: codetables::Code + Copy + std::str::FromStr>(code: C, variant: C, raw: C::Repr, message: &str, name: &str) where C::Repr: Copy {\n    \
         assert_eq!(code, variant);\n    assert_eq!(code.code(), raw);\n    assert_eq!(code.message(), message);\n    \
         assert_eq!(code.name(), name);\n    assert_eq!(C::from_name(name), Some(code));\n    \
         assert_eq!(C::from_code(raw), Some(code));\n    \
         assert_eq!(code.to_string(), if message.is_empty() { name } else { message });\n}\n\n\
         fn unknown<C: codetables::Code + Copy>(code: C, expected: C, raw: C::Repr) where C::Repr: Copy {\n    assert_eq!(code, expected);\n    \
         assert!(!code.is_known());\n    assert_eq!(code.code(), raw);\n    assert_eq!(code.message(), \"\");\n    \
         assert_eq!(code.to_string(), format!(\"unknown code {raw}\"));\n}\n\nfn main() {\n",
    );
    main.push_str(&checks);
    main.push_str("    println!(\"ok\");\n}\n");
    let scratch = support::Scratch::new("random_tables", &main);
    for (path, csv) in &files {
        scratch.write(path, csv);
    }
    assert_eq!(scratch.run(&[]).trim(), "ok");
}
