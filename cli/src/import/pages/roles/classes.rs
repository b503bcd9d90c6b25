//! Columns that classify each code, as `export` writes them and curated
//! pages show them: `Kind` (the cross-vendor kind, `not_found`) and
//! `Retry` (`yes` / `no`). A column is one only where its header says so
//! and every filled cell is one: a vendor's own `Kind` column of other
//! words stays an own column.

use codetables::Kind;

use super::super::cells::Cell;
use super::Role;

/// The classifying role of a column headed `header` with `cells`.
pub(super) fn role(header: &str, cells: &[&Cell]) -> Option<Role> {
    let header = header.trim().to_lowercase();
    let filled: Vec<&str> = cells
        .iter()
        .map(|c| c.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    if filled.is_empty() {
        return None;
    }
    if header == "kind" && filled.iter().all(|t| kind(t).is_some()) {
        return Some(Role::Kind);
    }
    let retry = header.contains("retry") || header.contains("retryable");
    (retry && filled.iter().all(|t| flag(t).is_some())).then_some(Role::Retry)
}

/// The kind a cell names (`not_found`).
fn kind(text: &str) -> Option<Kind> {
    Kind::from_snake_name(text.trim())
}

/// The answer a cell gives: `yes` / `no`, `true` / `false`.
pub fn flag(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "true" | "y" => Some(true),
        "no" | "false" | "n" => Some(false),
        _ => None,
    }
}
