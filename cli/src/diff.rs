//! `codetables diff`: what changed between two versions of a table.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use codetables_codegen::model::CodeKey;
use codetables_codegen::{CodeRow, Table};

/// The differences, one line each (`+` added, `-` removed, `~` changed),
/// and their count.
#[must_use]
pub fn diff(old: &Table, new: &Table) -> (String, usize) {
    let old_rows: BTreeMap<CodeKey, &CodeRow> = old.codes.iter().map(|r| (r.key(), r)).collect();
    let new_rows: BTreeMap<CodeKey, &CodeRow> = new.codes.iter().map(|r| (r.key(), r)).collect();
    let mut out = String::new();
    let (mut added, mut removed, mut changed) = (0, 0, 0);
    for (code, row) in &new_rows {
        match old_rows.get(code) {
            None => {
                added += 1;
                let _ = writeln!(out, "+ {code} {}", summary(row));
            }
            Some(before) => {
                let differences = changes(old, before, new, row);
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
    let _ = writeln!(out, "{added} added, {removed} removed, {changed} changed");
    (out, added + removed + changed)
}

fn summary(row: &CodeRow) -> String {
    match &row.name {
        Some(name) => format!("{name}: {:?}", row.message),
        None => format!("{:?}", row.message),
    }
}

fn changes(old: &Table, before: &CodeRow, new: &Table, after: &CodeRow) -> Vec<String> {
    let category =
        |table: &Table, row: &CodeRow| row.class.category.map(|i| table.categories[i].name.clone());
    let fields = [
        (
            "message",
            format!("{:?}", before.message),
            format!("{:?}", after.message),
        ),
        (
            "name",
            format!("{:?}", before.name),
            format!("{:?}", after.name),
        ),
        (
            "category",
            format!("{:?}", category(old, before)),
            format!("{:?}", category(new, after)),
        ),
        (
            "kind",
            before.class.kind.snake_name().to_owned(),
            after.class.kind.snake_name().to_owned(),
        ),
        (
            "http",
            format!("{:?}", before.class.http),
            format!("{:?}", after.class.http),
        ),
        (
            "retry",
            before.class.retry.to_string(),
            after.class.retry.to_string(),
        ),
        (
            "deprecated",
            format!("{:?}", before.deprecated),
            format!("{:?}", after.deprecated),
        ),
    ];
    let mut differences: Vec<String> = fields
        .into_iter()
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
    columns.dedup();
    columns.sort();
    columns.dedup();
    for column in columns {
        let (a, b) = (own(old, before, column), own(new, after, column));
        if a != b {
            differences.push(format!("{column}: {a:?} -> {b:?}"));
        }
    }
    differences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_removed_changed() {
        let old =
            codetables_codegen::read_table(b"code,message,name\n1,One,ONE\n2,Two,TWO\n", &[]).0;
        let new =
            codetables_codegen::read_table(b"code,message,name\n1,One!,ONE\n3,Three,THREE\n", &[])
                .0;
        let (text, count) = diff(&old, &new);
        assert_eq!(count, 3);
        assert_eq!(
            text,
            "~ 1 message: \"One\" -> \"One!\"\n+ 3 THREE: \"Three\"\n- 2 TWO: \"Two\"\n1 added, 1 removed, 1 changed\n"
        );
        assert_eq!(diff(&old, &old).1, 0);
    }

    #[test]
    fn negative_codes_and_own_columns() {
        let solution = ["solution".to_owned()];
        let old =
            codetables_codegen::read_table(b"code,message,solution\n-1,busy,wait\n", &solution).0;
        let new = codetables_codegen::read_table(b"code,message\n-1,busy\n-2,gone\n", &[]).0;
        let (text, count) = diff(&old, &new);
        assert_eq!(count, 2);
        assert_eq!(
            text,
            "+ -2 \"gone\"\n~ -1 solution: Some(\"wait\") -> None\n1 added, 0 removed, 1 changed\n"
        );
    }
}
