//! `codetables diff`: what changed between two versions of a table, or
//! between a table and what a vendor's page or source documents.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use codetables_reader::model::CodeKey;
use codetables_reader::model::CodeType;
use codetables_reader::{CodeRow, Table};

/// One side of a diff: a table, and the fields it states.
pub struct Side<'a> {
    table: &'a Table,
    /// `None` for a table (it states every field); for an imported page or
    /// source, the fields some row of it fills (its variants are derived,
    /// never stated).
    stated: Option<Vec<&'static str>>,
}

impl<'a> Side<'a> {
    /// A table file's side.
    #[must_use]
    pub fn table(table: &'a Table) -> Self {
        Side {
            table,
            stated: None,
        }
    }

    /// The side of a page or source, read through `import`.
    #[must_use]
    pub fn imported(table: &'a Table) -> Self {
        let rows = &table.codes;
        let any = |filled: &dyn Fn(&CodeRow) -> bool| rows.iter().any(filled);
        let stated = [
            ("message", any(&|r| !r.message.is_empty())),
            ("name", any(&|r| r.name.is_some())),
            ("category", any(&|r| r.class.category.is_some())),
            ("http", any(&|r| r.class.http.is_some())),
            ("retry", any(&|r| r.class.retry)),
            ("deprecated", any(&|r| r.deprecated.is_some())),
        ];
        Side {
            table,
            stated: Some(
                stated
                    .into_iter()
                    .filter_map(|(field, filled)| filled.then_some(field))
                    .collect(),
            ),
        }
    }

    fn states(&self, field: &str) -> bool {
        self.stated.as_ref().is_none_or(|s| s.contains(&field))
    }

    /// Both tables, or both imported: every field compares.
    fn is_like(&self, other: &Side<'_>) -> bool {
        self.stated.is_some() == other.stated.is_some()
    }
}

/// When `diff` exits 1.
#[derive(Debug, Clone, Copy, Default)]
pub struct FailOn {
    /// Only for changes that break the generated API.
    pub breaking: bool,
    /// Only for codes the newer side lists and the older lacks.
    pub missing: bool,
}

/// What changed between two versions of a table.
pub struct Diff {
    /// One line per difference (`+` added, `-` removed, `~` changed), then
    /// one per change that breaks the generated API (`!`), then the counts.
    pub text: String,
    /// Rows added, removed or changed.
    pub differences: usize,
    /// Codes the newer side lists and the older lacks.
    pub added: usize,
    /// Changes that break code written against the older version.
    pub breaking: usize,
}

impl Diff {
    /// Whether `diff` exits 1: for any difference, or only for what
    /// `fail_on` names.
    #[must_use]
    pub fn fails(&self, fail_on: FailOn) -> bool {
        if !fail_on.breaking && !fail_on.missing {
            return self.differences > 0;
        }
        fail_on.breaking && self.breaking > 0 || fail_on.missing && self.added > 0
    }
}

/// The differences between `old` and `new`, in plain text. Between a
/// table and an imported page or source, only the fields both state are
/// compared, and no change is breaking (the table's variants are its own,
/// the import's derived). Two tables, or two versions of a page, compare
/// in full.
#[must_use]
pub fn diff(old_side: &Side<'_>, new_side: &Side<'_>) -> Diff {
    let (old, new) = (old_side.table, new_side.table);
    let old_rows: BTreeMap<CodeKey, &CodeRow> =
        old.codes.iter().map(|r| (r.code.clone(), r)).collect();
    let new_rows: BTreeMap<CodeKey, &CodeRow> =
        new.codes.iter().map(|r| (r.code.clone(), r)).collect();
    let mut out = String::new();
    let (mut added, mut removed, mut changed) = (0, 0, 0);
    for (code, row) in &new_rows {
        match old_rows.get(code) {
            None => {
                added += 1;
                let _ = writeln!(out, "+ {code} {}", summary(row));
            }
            Some(before) => {
                let differences = changes((old_side, before), (new_side, row));
                if !differences.is_empty() {
                    changed += 1;
                    let _ = writeln!(out, "~ {code} {}", differences.join("; "));
                }
            }
        }
    }
    for (code, row) in &old_rows {
        if !new_rows.contains_key(code) {
            removed += 1;
            let _ = writeln!(out, "- {code} {}", summary(row));
        }
    }
    let breaking = if old_side.is_like(new_side) {
        breaking_changes(old, &old_rows, new, &new_rows)
    } else {
        Vec::new()
    };
    for change in &breaking {
        let _ = writeln!(out, "! breaking: {change}");
    }
    let _ = writeln!(
        out,
        "{added} added, {removed} removed, {changed} changed; {} breaking",
        breaking.len()
    );
    Diff {
        text: out,
        differences: added + removed + changed,
        added,
        breaking: breaking.len(),
    }
}

/// What code written against `old`'s enum would no longer compile, or
/// would mean something else, with `new`'s: a variant removed or renamed,
/// a variant that now stands for another code, another code type, an own
/// column's method or a category's `is_*` method gone.
fn breaking_changes(
    old: &Table,
    old_rows: &BTreeMap<CodeKey, &CodeRow>,
    new: &Table,
    new_rows: &BTreeMap<CodeKey, &CodeRow>,
) -> Vec<String> {
    let mut breaking = Vec::new();
    let (old_type, new_type) = (old.code_type, new.code_type);
    if old_type != new_type {
        breaking.push(format!(
            "the code type changes from {} to {}",
            code_type(old_type),
            code_type(new_type)
        ));
    }
    let new_variants: BTreeMap<&str, &CodeKey> = new_rows
        .iter()
        .map(|(key, row)| (row.variant.as_str(), key))
        .collect();
    for (code, row) in old_rows {
        let variant = row.variant.as_str();
        match (new_rows.get(code), new_variants.get(variant)) {
            (Some(after), _) if after.variant != variant => {
                breaking.push(format!(
                    "variant {variant} (code {code}) is renamed {}",
                    after.variant
                ));
            }
            (_, Some(&moved)) if moved != code => {
                breaking.push(format!(
                    "variant {variant} moves from code {code} to code {moved}"
                ));
            }
            (None, None) => breaking.push(format!("variant {variant} (code {code}) is removed")),
            _ => {}
        }
    }
    for column in &old.columns {
        if !new.columns.contains(column) {
            breaking.push(format!("column {column} (method {column}()) is removed"));
        }
    }
    for category in &old.categories {
        if !new.categories.iter().any(|c| c.name == category.name) {
            breaking.push(format!("category {} is removed", category.name));
        }
    }
    breaking
}

fn code_type(code_type: CodeType) -> &'static str {
    match code_type {
        CodeType::U32 => "u32",
        CodeType::I64 => "i64",
        CodeType::Text => "text",
    }
}

/// A value as plain text: quoted text, or `(none)`.
fn shown(value: Option<&str>) -> String {
    value.map_or_else(|| "(none)".to_owned(), |text| format!("\"{text}\""))
}

fn summary(row: &CodeRow) -> String {
    match &row.name {
        Some(name) => format!("{name}: {}", shown(Some(&row.message))),
        None => shown(Some(&row.message)),
    }
}

fn changes(
    (old_side, before): (&Side<'_>, &CodeRow),
    (new_side, after): (&Side<'_>, &CodeRow),
) -> Vec<String> {
    let (old, new) = (old_side.table, new_side.table);
    let category = |table: &Table, row: &CodeRow| {
        shown(
            row.class
                .category
                .map(|i| table.categories[i].name.as_str()),
        )
    };
    let http = |row: &CodeRow| {
        row.class
            .http
            .map_or_else(|| "(none)".to_owned(), |s| s.to_string())
    };
    let fields = [
        ("variant", before.variant.clone(), after.variant.clone()),
        (
            "message",
            shown(Some(&before.message)),
            shown(Some(&after.message)),
        ),
        (
            "name",
            shown(before.name.as_deref()),
            shown(after.name.as_deref()),
        ),
        ("category", category(old, before), category(new, after)),
        (
            "kind",
            before.class.kind.snake_name().to_owned(),
            after.class.kind.snake_name().to_owned(),
        ),
        ("http", http(before), http(after)),
        (
            "retry",
            before.class.retry.to_string(),
            after.class.retry.to_string(),
        ),
        (
            "deprecated",
            shown(before.deprecated.as_deref()),
            shown(after.deprecated.as_deref()),
        ),
    ];
    let mut differences: Vec<String> = fields
        .into_iter()
        .filter(|(field, _, _)| {
            old_side.is_like(new_side) || old_side.states(field) && new_side.states(field)
        })
        .filter(|(_, a, b)| a != b)
        .map(|(field, a, b)| format!("{field}: {a} -> {b}"))
        .collect();
    // The vendor's own columns, by name: a column only one version has
    // reads as empty in the other.
    let own = |table: &Table, row: &CodeRow, column: &str| {
        table
            .columns
            .iter()
            .position(|c| c == column)
            .and_then(|index| row.columns[index].clone())
    };
    let mut columns: Vec<&String> = old.columns.iter().chain(&new.columns).collect();
    columns.sort();
    columns.dedup();
    // Beside an imported side, only the columns both have are compared.
    if !old_side.is_like(new_side) {
        columns.retain(|c| old.columns.contains(c) && new.columns.contains(c));
    }
    for column in columns {
        let (a, b) = (own(old, before, column), own(new, after, column));
        if a != b {
            differences.push(format!(
                "{column}: {} -> {}",
                shown(a.as_deref()),
                shown(b.as_deref())
            ));
        }
    }
    differences
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(old: &Table, new: &Table) -> Diff {
        super::diff(&Side::table(old), &Side::table(new))
    }

    fn table(csv: &str, columns: &[&str]) -> Table {
        let columns: Vec<String> = columns.iter().map(|c| (*c).to_owned()).collect();
        codetables_reader::read_table(csv.as_bytes(), &columns).0
    }

    #[test]
    fn added_removed_changed() {
        let old = table("code,message,name\n1,One,ONE\n2,Two,TWO\n", &[]);
        let new = table("code,message,name\n1,One!,ONE\n3,Three,THREE\n", &[]);
        let found = diff(&old, &new);
        assert_eq!((found.differences, found.breaking), (3, 1));
        assert_eq!(
            found.text,
            "~ 1 message: \"One\" -> \"One!\"\n+ 3 THREE: \"Three\"\n- 2 TWO: \"Two\"\n\
             ! breaking: variant Two (code 2) is removed\n\
             1 added, 1 removed, 1 changed; 1 breaking\n"
        );
        assert_eq!(diff(&old, &old).differences, 0);
    }

    #[test]
    fn negative_codes_and_own_columns() {
        let old = table("code,message,solution\n-1,busy,wait\n", &["solution"]);
        let new = table("code,message\n-1,busy\n-2,gone\n", &[]);
        let found = diff(&old, &new);
        assert_eq!(found.differences, 2);
        assert_eq!(
            found.text,
            "+ -2 \"gone\"\n~ -1 solution: \"wait\" -> (none)\n\
             ! breaking: column solution (method solution()) is removed\n\
             1 added, 0 removed, 1 changed; 1 breaking\n"
        );
    }

    #[test]
    fn each_api_breaking_change_is_named() {
        let old = table(
            "code,message,name,variant,category\n1,a,A,,auth\n2,b,B,,\n3,c,C,Third,\n",
            &[],
        );
        // 1 renamed; `B` moves from 2 to 4; 3 keeps its variant.
        let new = table(
            "code,message,name,variant\n1,a,A,First\n4,b,B,\n3,c,C,Third\n",
            &[],
        );
        let found = diff(&old, &new);
        let breaking: Vec<&str> = found.text.lines().filter(|l| l.starts_with('!')).collect();
        assert_eq!(
            breaking,
            [
                "! breaking: variant A (code 1) is renamed First",
                "! breaking: variant B moves from code 2 to code 4",
                "! breaking: category auth is removed",
            ]
        );
        // New codes and new messages break nothing.
        let grown = table(
            "code,message,name,variant,category\n1,a!,A,,auth\n2,b,B,,\n3,c,C,Third,\n9,n,N,,\n",
            &[],
        );
        assert_eq!(diff(&old, &grown).breaking, 0);
        // Another code type: a negative code turns `u32` into `i64`.
        let signed = table(
            "code,message,name,variant,category\n1,a,A,,auth\n2,b,B,,\n3,c,C,Third,\n-1,m,M,,\n",
            &[],
        );
        assert!(diff(&old, &signed)
            .text
            .contains("! breaking: the code type changes from u32 to i64"));
    }
}
