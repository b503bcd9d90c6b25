//! `--to python`: one module, standard library only, clean under
//! `mypy --strict`, Python 3.9 or later. `class NAME(enum.IntEnum)` (or
//! `(str, enum.Enum)` for text codes) with a member per variant,
//! `class CodeInfo(typing.NamedTuple)` and `describe(code)`, which answers
//! for any code what the Rust enum does. A variant that is a Python
//! keyword (`None`, `True`, `False`) gets a trailing `_`.

use std::fmt::Write as _;

use codetables_reader::model::{CodeKey, Covers};
use codetables_reader::Table;

use super::answers::{self, quoted, Answer};

/// Keywords a variant (UpperCamelCase) could be.
const KEYWORDS: [&str; 3] = ["None", "True", "False"];

/// The module.
pub fn module(table: &Table, name: &str) -> String {
    let text = table.code_type.is_text();
    let code = |key: &CodeKey| match key {
        CodeKey::Int(n) => n.to_string(),
        CodeKey::Text(t) => quoted(t),
    };
    let code_type = if text { "str" } else { "int" };
    let listed = answers::listed(table);
    let base = if text {
        "str, enum.Enum"
    } else {
        "enum.IntEnum"
    };
    let mut out = format!(
        "\"\"\"The codes of {name}, exported by codetables from its table.\n\n\
         Do not edit: export the table again.\n\"\"\"\n\n\
         from __future__ import annotations\n\nimport enum\nimport typing\n\n\n\
         class {name}({base}):\n    \"\"\"Every listed code of {name}, by variant.\"\"\"\n\n"
    );
    for row in &listed {
        let _ = writeln!(out, "    {} = {}", member(row.variant), code(row.code));
    }
    let _ = write!(
        out,
        "\n\nclass CodeInfo(typing.NamedTuple):\n\
         \x20   \"\"\"What the table says of a code, listed or not.\"\"\"\n\n\
         \x20   code: {code_type}\n\
         \x20   known: bool\n\
         \x20   name: str\n\
         \x20   message: str\n\
         \x20   category: typing.Optional[str]\n\
         \x20   http: typing.Optional[int]\n\
         \x20   kind: str\n\
         \x20   retryable: bool\n\
         \x20   columns: typing.Mapping[str, typing.Optional[str]]\n\n\n\
         _Class = typing.Tuple[\n\
         \x20   typing.Optional[str], typing.Optional[int], str, bool, typing.Tuple[typing.Optional[str], ...]\n\
         ]\n\n_COLUMNS: typing.Tuple[str, ...] = ({})\n\n\
         _LISTED: typing.Dict[{code_type}, typing.Tuple[str, str, _Class]] = {{\n",
        tuple(&table.columns.iter().map(|c| quoted(c)).collect::<Vec<_>>())
    );
    for row in &listed {
        let _ = writeln!(
            out,
            "    {}: ({}, {}, {}),",
            code(row.code),
            quoted(row.name),
            quoted(row.message),
            class(&row.class)
        );
    }
    out.push_str("}\n\n");
    write_ranges(&mut out, table, code_type);
    write_describe(&mut out, table, name, code_type);
    out
}

/// A member's name: the variant, with `_` after a keyword.
fn member(variant: &str) -> String {
    if KEYWORDS.contains(&variant) {
        format!("{variant}_")
    } else {
        variant.to_owned()
    }
}

/// A tuple literal (`()`, `("a",)`, `("a", "b")`).
fn tuple(items: &[String]) -> String {
    match items {
        [] => "()".to_owned(),
        [one] => format!("({one},)"),
        _ => format!("({})", items.join(", ")),
    }
}

fn optional(text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_owned(), quoted)
}

fn class(answer: &Answer<'_>) -> String {
    let columns: Vec<String> = answer
        .columns
        .iter()
        .map(|c| optional(c.as_deref()))
        .collect();
    format!(
        "({}, {}, {}, {}, {})",
        optional(answer.category),
        answer
            .http
            .map_or_else(|| "None".to_owned(), |s| s.to_string()),
        quoted(answer.kind),
        if answer.retryable { "True" } else { "False" },
        tuple(&columns)
    )
}

fn write_ranges(out: &mut String, table: &Table, code_type: &str) {
    let bounds = if code_type == "str" {
        "str, None"
    } else {
        "int, int"
    };
    let _ = writeln!(
        out,
        "# The ranges, most specific first: an unlisted code takes the class of the\n\
         # first that covers it.\n\
         _RANGES: typing.Tuple[typing.Tuple[{bounds}, _Class], ...] = ("
    );
    for range in answers::ranges(table) {
        let covers = match range.covers {
            Covers::Numbers { first, last } => format!("{first}, {last}"),
            Covers::Prefix(prefix) => format!("{}, None", quoted(prefix)),
        };
        let _ = writeln!(out, "    ({covers}, {}),", class(&range.class));
    }
    out.push_str(")\n\n");
}

fn write_describe(out: &mut String, table: &Table, name: &str, code_type: &str) {
    let unclassified = tuple(&vec!["None".to_owned(); table.columns.len()]);
    let (key, covers) = if code_type == "str" {
        (
            "str(code.value) if isinstance(code, enum.Enum) else str(code)",
            "key.startswith(first)",
        )
    } else {
        ("int(code)", "first <= key <= last")
    };
    let _ = write!(
        out,
        "_UNCLASSIFIED: _Class = (None, None, \"unknown\", False, {unclassified})\n\n\n\
         def describe(code: typing.Union[int, str, {name}]) -> CodeInfo:\n\
         \x20   \"\"\"What the table says of `code`, listed or not: what the Rust enum answers.\"\"\"\n\
         \x20   key: {code_type} = {key}\n\
         \x20   listed = _LISTED.get(key)\n\
         \x20   if listed is not None:\n\
         \x20       name, message, found = listed\n\
         \x20       known = True\n\
         \x20   else:\n\
         \x20       name, message, known = \"\", \"\", False\n\
         \x20       found = next(\n\
         \x20           (cls for first, last, cls in _RANGES if {covers}), _UNCLASSIFIED\n\
         \x20       )\n\
         \x20   category, http, kind, retryable, values = found\n\
         \x20   return CodeInfo(\n\
         \x20       key, known, name, message, category, http, kind, retryable, dict(zip(_COLUMNS, values))\n\
         \x20   )\n"
    );
}
