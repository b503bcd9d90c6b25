//! Invariants that hold for every table, checked on random tables written
//! as CSV and read back through the whole pipeline: every row keeps its
//! code, message and name; the lookup tables find every code and name and
//! nothing else; a code takes each column it leaves empty from the most
//! specific covering range that sets it. Ranges are `x` patterns of either
//! sign, which always nest or are disjoint, so every generated table is
//! valid.

use std::collections::{BTreeMap, BTreeSet};

use codetables_core::hash::{name_slot, signed_code_slot};
use codetables_reader::hash::{code_table, name_table};
use codetables_reader::read_table;
use proptest::prelude::*;

/// A range row: `prefix` then `wildcards` x's, negative if `negative`.
#[derive(Debug, Clone)]
struct Range {
    negative: bool,
    prefix: u32,
    wildcards: u32,
    category: Option<String>,
    solution: Option<String>,
}

impl Range {
    fn pattern(&self) -> String {
        let sign = if self.negative { "-" } else { "" };
        format!(
            "{sign}{}{}",
            self.prefix,
            "x".repeat(self.wildcards as usize)
        )
    }

    fn bounds(&self) -> (i64, i64) {
        let scale = 10i64.pow(self.wildcards);
        let low = i64::from(self.prefix) * scale;
        let high = low + scale - 1;
        if self.negative {
            (-high, -low)
        } else {
            (low, high)
        }
    }

    fn width(&self) -> i64 {
        10i64.pow(self.wildcards)
    }
}

#[derive(Debug, Clone)]
struct Row {
    code: i64,
    message: String,
    name: String,
    category: Option<String>,
    solution: Option<String>,
}

/// Text that survives a CSV field as written: no surrounding whitespace
/// (fields are trimmed), anything inside, quotes and commas included.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ,\"{}%$\\-\\n\u{4e00}-\u{4e0f}é]{0,24}".prop_map(|t| t.trim().to_owned())
}

fn optional(strategy: impl Strategy<Value = String>) -> impl Strategy<Value = Option<String>> {
    prop::option::of(strategy).prop_map(|o| o.filter(|t| !t.is_empty()))
}

/// Categories from a fixed set: random ones could collide after case
/// conversion (`a1`, `a_1`), which is a table error of its own.
fn category() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["auth", "billing", "user_admin", "net2", "用户管理"])
        .prop_map(str::to_owned)
}

/// A chain of nested patterns under the 5-digit `base`, of one sign:
/// `1xxxx ⊃ 12xxx ⊃ 123xx ⊃ 1234x`, each with or without a category and a
/// solution, so that inheritance has several levels to choose from.
fn ranges(negative: bool, base: u32) -> impl Strategy<Value = Vec<Range>> {
    prop::collection::vec((any::<bool>(), optional(category()), optional(text())), 4).prop_map(
        move |levels| {
            levels
                .into_iter()
                .enumerate()
                .filter(|(_, (kept, _, _))| *kept)
                .map(|(level, (_, category, solution))| {
                    let wildcards = 4 - u32::try_from(level).unwrap();
                    Range {
                        negative,
                        prefix: base / 10u32.pow(wildcards),
                        wildcards,
                        category,
                        solution,
                    }
                })
                .collect()
        },
    )
}

fn table() -> impl Strategy<Value = (Vec<Range>, Vec<Row>)> {
    (any::<bool>(), 10_000u32..100_000).prop_flat_map(|(negative, base)| {
        let sign = if negative { -1 } else { 1 };
        let outer = i64::from(base / 10_000) * 10_000;
        // Mostly codes inside the chain's outer range, some anywhere.
        let code = prop_oneof![
            3 => (0i64..10_000).prop_map(move |low| sign * (outer + low)),
            1 => any::<i64>(),
            1 => Just(0i64),
        ];
        let codes = prop::collection::btree_set(code, 1..40);
        (ranges(negative, base), codes).prop_flat_map(|(ranges, codes)| {
            let count = codes.len();
            let rows = (
                prop::collection::vec(text(), count),
                prop::collection::vec(optional(category()), count),
                prop::collection::vec(optional(text()), count),
            )
                .prop_map(move |(messages, categories, solutions)| {
                    codes
                        .iter()
                        .zip(messages)
                        .zip(categories)
                        .zip(solutions)
                        .enumerate()
                        .map(|(index, (((&code, message), category), solution))| Row {
                            code,
                            message,
                            name: format!("CODE_{index}"),
                            category,
                            solution,
                        })
                        .collect::<Vec<_>>()
                });
            (Just(ranges), rows)
        })
    })
}

fn csv(ranges: &[Range], rows: &[Row]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["code", "message", "name", "category", "solution"])
        .unwrap();
    let cell = |value: &Option<String>| value.clone().unwrap_or_default();
    for range in ranges {
        let record = [
            range.pattern(),
            format!("range {}", range.pattern()),
            String::new(),
            cell(&range.category),
            cell(&range.solution),
        ];
        writer.write_record(&record).unwrap();
    }
    for row in rows {
        let record = [
            row.code.to_string(),
            row.message.clone(),
            row.name.clone(),
            cell(&row.category),
            cell(&row.solution),
        ];
        writer.write_record(&record).unwrap();
    }
    writer.into_inner().unwrap()
}

/// The value of a column for `code`: its own, else the first set by the
/// covering ranges from the most specific outwards.
fn inherited(
    own: Option<&String>,
    code: i64,
    ranges: &[Range],
    column: fn(&Range) -> Option<&String>,
) -> Option<String> {
    let mut covering: Vec<&Range> = ranges
        .iter()
        .filter(|r| {
            let (first, last) = r.bounds();
            (first..=last).contains(&code)
        })
        .collect();
    covering.sort_by_key(|r| r.width());
    own.or_else(|| covering.iter().find_map(|r| column(r)))
        .cloned()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_row_keeps_what_it_says((ranges, rows) in table()) {
        let own = ["solution".to_owned()];
        let (table, diagnostics) = read_table(&csv(&ranges, &rows), &own);
        prop_assert!(diagnostics.is_empty(), "{:?}", diagnostics);
        prop_assert_eq!(table.codes.len(), rows.len());
        let categories: BTreeMap<usize, &str> = table
            .categories
            .iter()
            .enumerate()
            .map(|(index, c)| (index, c.name.as_str()))
            .collect();
        for (read, written) in table.codes.iter().zip(&rows) {
            prop_assert_eq!(read.code.number(), Some(written.code));
            prop_assert_eq!(&read.message, &written.message);
            prop_assert_eq!(read.name(), written.name.as_str());
            let category = read.class.category.map(|i| categories[&i].to_owned());
            prop_assert_eq!(
                category,
                inherited(written.category.as_ref(), written.code, &ranges, |r| r.category.as_ref())
            );
            prop_assert_eq!(
                read.columns[0].clone(),
                inherited(written.solution.as_ref(), written.code, &ranges, |r| r.solution.as_ref())
            );
        }
        let variants: BTreeSet<&str> = table.codes.iter().map(|r| r.variant.as_str()).collect();
        prop_assert_eq!(variants.len(), rows.len());
    }

    #[test]
    fn lookups_find_every_key_and_nothing_else(
        codes in prop::collection::btree_set(any::<i64>(), 0..300),
        absent in prop::collection::vec(any::<i64>(), 0..50),
    ) {
        let codes: Vec<i64> = codes.into_iter().collect();
        let table = code_table(&codes);
        let lookup = |code: i64| {
            table.find(signed_code_slot(code, table.parameter, table.shift), |i| codes[i] == code)
        };
        for (index, &code) in codes.iter().enumerate() {
            prop_assert_eq!(lookup(code), Some(index));
        }
        for code in absent {
            prop_assert_eq!(lookup(code).is_some(), codes.contains(&code));
        }
        let names: Vec<String> = codes.iter().map(|c| format!("NAME_{c}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let by_name = name_table(&names);
        for (index, name) in names.iter().enumerate() {
            let home = name_slot(name.as_bytes(), by_name.parameter, by_name.shift);
            prop_assert_eq!(by_name.find(home, |i| names[i] == *name), Some(index));
        }
    }
}
