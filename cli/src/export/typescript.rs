//! `--to typescript`: one module, no dependencies, clean under
//! `tsc --strict --target es2022 --noEmit`. `export const NAME = {
//! Variant: code, … } as const`, the type of its codes, `CodeInfo`, and
//! `describe(code)`, which answers for any code what the Rust enum does.
//! Codes are `number`s, or `bigint`s where one lies beyond ±(2^53 − 1),
//! or `string`s for text codes.

use std::fmt::Write as _;

use codetables_reader::model::{CodeKey, Covers};
use codetables_reader::Table;

use super::answers::{self, quoted, Answer};

/// The largest integer a JavaScript number holds exactly.
const SAFE: i64 = (1 << 53) - 1;

/// How codes are written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Repr {
    Number,
    BigInt,
    Text,
}

/// The module.
pub fn module(table: &Table, name: &str) -> String {
    let repr = repr(table);
    let code = |key: &CodeKey| match (key, repr) {
        (CodeKey::Int(n), Repr::BigInt) => format!("{n}n"),
        (CodeKey::Int(n), _) => n.to_string(),
        (CodeKey::Text(t), _) => quoted(t),
    };
    let code_type = match repr {
        Repr::Number => "number",
        Repr::BigInt => "bigint",
        Repr::Text => "string",
    };
    let listed = answers::listed(table);
    let mut out = format!(
        "// The codes of {name}, exported by codetables from its table. Do not edit:\n\
         // export the table again.\n\n/** Every listed code of {name}, by variant. */\n\
         export const {name} = {{\n"
    );
    for row in &listed {
        let _ = writeln!(out, "  {}: {},", key(row.variant), code(row.code));
    }
    let _ = write!(
        out,
        "}} as const;\n\n/** A listed code of {name}. */\n\
         export type {name}Code = (typeof {name})[keyof typeof {name}];\n\n"
    );
    out.push_str(&code_info(code_type, &table.columns));
    out.push_str("type Class = readonly [category: string | null, http: number | null, kind: string, retryable: boolean, columns: readonly (string | null)[]];\n\n");
    let _ = writeln!(
        out,
        "const LISTED: ReadonlyMap<{code_type}, readonly [name: string, message: string, classified: Class]> = new Map(["
    );
    for row in &listed {
        let _ = writeln!(
            out,
            "  [{}, [{}, {}, {}]],",
            code(row.code),
            quoted(row.name),
            quoted(row.message),
            class(&row.class)
        );
    }
    out.push_str("]);\n\n");
    write_ranges(&mut out, table, repr);
    write_describe(&mut out, table, repr, code_type);
    out
}

fn repr(table: &Table) -> Repr {
    if table.code_type.is_text() {
        return Repr::Text;
    }
    let beyond = |n: i64| !(-SAFE..=SAFE).contains(&n);
    let codes = table.codes.iter().filter_map(|r| r.code.number());
    let bounds = table.ranges.iter().flat_map(|r| match r.covers {
        Covers::Numbers { first, last } => vec![first, last],
        Covers::Prefix(_) => Vec::new(),
    });
    if codes.chain(bounds).any(beyond) {
        Repr::BigInt
    } else {
        Repr::Number
    }
}

/// A property name: the variant itself where it is an identifier.
fn key(variant: &str) -> String {
    let mut chars = variant.chars();
    let identifier = chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$');
    if identifier {
        variant.to_owned()
    } else {
        quoted(variant)
    }
}

fn code_info(code_type: &str, columns: &[String]) -> String {
    let names: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
    format!(
        "/** What the table says of a code, listed or not. */\n\
         export interface CodeInfo {{\n\
         \x20 readonly code: {code_type};\n\
         \x20 /** Whether the table lists the code. */\n\
         \x20 readonly known: boolean;\n\
         \x20 /** The vendor's name (or the variant); \"\" for an unlisted code. */\n\
         \x20 readonly name: string;\n\
         \x20 /** The documented message; \"\" for an unlisted code. */\n\
         \x20 readonly message: string;\n\
         \x20 readonly category: string | null;\n\
         \x20 readonly http: number | null;\n\
         \x20 /** The cross-vendor kind, snake_case (`not_found`; `unknown`). */\n\
         \x20 readonly kind: string;\n\
         \x20 readonly retryable: boolean;\n\
         \x20 /** The table's own columns by name. */\n\
         \x20 readonly columns: Readonly<Record<string, string | null>>;\n\
         }}\n\nconst COLUMNS: readonly string[] = [{}];\n\n",
        names.join(", ")
    )
}

fn class(answer: &Answer<'_>) -> String {
    let columns: Vec<String> = answer
        .columns
        .iter()
        .map(|c| c.as_deref().map_or_else(|| "null".to_owned(), quoted))
        .collect();
    format!(
        "[{}, {}, {}, {}, [{}]]",
        answer.category.map_or_else(|| "null".to_owned(), quoted),
        answer
            .http
            .map_or_else(|| "null".to_owned(), |s| s.to_string()),
        quoted(answer.kind),
        answer.retryable,
        columns.join(", ")
    )
}

fn write_ranges(out: &mut String, table: &Table, repr: Repr) {
    let bound = |n: i64| {
        if repr == Repr::BigInt {
            format!("{n}n")
        } else {
            n.to_string()
        }
    };
    let (first, last) = match repr {
        Repr::Text => ("prefix: string", "unused: null"),
        Repr::BigInt => ("first: bigint", "last: bigint"),
        Repr::Number => ("first: number", "last: number"),
    };
    let _ = writeln!(
        out,
        "/** The ranges, most specific first: an unlisted code takes the class of the first that covers it. */\n\
         const RANGES: readonly (readonly [{first}, {last}, classified: Class])[] = ["
    );
    for range in answers::ranges(table) {
        let covers = match range.covers {
            Covers::Numbers { first, last } => format!("{}, {}", bound(*first), bound(*last)),
            Covers::Prefix(prefix) => format!("{}, null", quoted(prefix)),
        };
        let _ = writeln!(out, "  [{covers}, {}],", class(&range.class));
    }
    out.push_str("];\n\n");
}

fn write_describe(out: &mut String, table: &Table, repr: Repr, code_type: &str) {
    let unclassified = format!(
        "[null, null, \"unknown\", false, [{}]]",
        vec!["null"; table.columns.len()].join(", ")
    );
    let (parameter, key, covers) = match repr {
        Repr::Text => (
            "string",
            "String(code)",
            "(range) => key.startsWith(range[0])",
        ),
        Repr::BigInt => (
            "bigint | number | string",
            "BigInt(code)",
            "(range) => key >= range[0] && key <= range[1]",
        ),
        Repr::Number => (
            "number | string",
            "Number(code)",
            "(range) => key >= range[0] && key <= range[1]",
        ),
    };
    let _ = write!(
        out,
        "const UNCLASSIFIED: Class = {unclassified};\n\n\
         /** What the table says of `code`, listed or not: exactly what the Rust enum answers. */\n\
         export function describe(code: {parameter}): CodeInfo {{\n\
         \x20 const key: {code_type} = {key};\n\
         \x20 const listed = LISTED.get(key);\n\
         \x20 const [name, message, known, [category, http, kind, retryable, values]] =\n\
         \x20   listed === undefined\n\
         \x20     ? [\"\", \"\", false, (RANGES.find({covers}) ?? [null, null, UNCLASSIFIED])[2]] as const\n\
         \x20     : [listed[0], listed[1], true, listed[2]] as const;\n\
         \x20 const columns: Record<string, string | null> = {{}};\n\
         \x20 COLUMNS.forEach((column, i) => {{\n\
         \x20   columns[column] = values[i] ?? null;\n\
         \x20 }});\n\
         \x20 return {{ code: key, known, name, message, category, http, kind, retryable, columns }};\n\
         }}\n"
    );
}
