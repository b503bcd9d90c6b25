//! `import --report`: per table of the page, what was found and how it was
//! read; then what was merged, mended and inferred, and how to include the
//! table.

use std::fmt::Write as _;

use super::{write, Imported};

/// The report as text, one table after another.
pub fn render(imported: &Imported) -> String {
    let mut out = String::new();
    for (i, table) in imported.tables.iter().enumerate() {
        let _ = write!(
            out,
            "table {} ({} at line {}",
            i + 1,
            table.form,
            table.line
        );
        if let Some(heading) = &table.heading {
            let _ = write!(out, ", under \"{heading}\"");
        }
        let _ = writeln!(out, "): {} rows", table.rows);
        for (header, role) in &table.columns {
            let _ = writeln!(out, "  column \"{header}\": {role}");
        }
        if !table.sections.is_empty() {
            let _ = writeln!(out, "  sections: {}", table.sections.join(", "));
        }
        for (line, why) in &table.skipped {
            let _ = writeln!(out, "  skipped line {line}: {why}");
        }
        if let Some(note) = &table.note {
            let _ = writeln!(out, "  {note}");
        }
    }
    let sections = categories(imported);
    if !sections.is_empty() {
        let _ = writeln!(out, "categories: {}", sections.join(", "));
    }
    for warning in &imported.warnings {
        let _ = writeln!(out, "merged/kept: {warning}");
    }
    for note in &imported.mended {
        let _ = writeln!(out, "mended so that it compiles: {note}");
    }
    for problem in &imported.unresolved {
        let _ = writeln!(out, "still refused: {problem}");
    }
    if let Some(filled) = imported.kinds_filled {
        let codes = imported
            .rows
            .iter()
            .filter(|r| super::cells::one(&r.code).is_some())
            .count();
        let _ = writeln!(out, "kinds inferred from words: {filled} of {codes} codes");
    }
    let own = write::own_columns(&imported.rows);
    let _ = writeln!(out, "{} rows written", imported.rows.len());
    if !own.is_empty() {
        let _ = writeln!(out, "# columns: {}", own.join(", "));
    }
    if let Some(attribute) = imported.attribute() {
        let _ = writeln!(out, "include it with: {attribute}");
    }
    out
}

fn categories(imported: &Imported) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for category in imported.rows.iter().filter_map(|r| r.category.as_ref()) {
        if !seen.contains(category) {
            seen.push(category.clone());
        }
    }
    seen
}
