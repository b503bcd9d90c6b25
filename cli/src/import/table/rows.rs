//! The rows of a page as one table: one row per code (a code documented
//! twice keeps both texts), dotted text codes under `Prefix.*` rows, and a
//! warning for a range that covers none of the page's codes.

use std::collections::HashMap;

use codetables_reader::parse::{parse_codes, Codes};

use super::{sections, Imported, Row};

/// One row per code: a code documented twice keeps both texts, joined by
/// ` / `, in page order.
pub fn merge_duplicates(rows: Vec<Row>) -> Imported {
    let mut imported = Imported::default();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in rows {
        if let Some(&first) = seen.get(&row.code) {
            let kept = &mut imported.rows[first];
            imported.warnings.push(format!(
                "code {} is listed twice ({:?} and {:?}); kept one row with both texts",
                row.code, kept.message, row.message
            ));
            if kept.message != row.message {
                kept.message = format!("{} / {}", kept.message, row.message);
            }
            kept.name = kept.name.take().or(row.name);
            match (kept.http, row.http) {
                // Several statuses for one code (AWS, Alibaba list a code
                // once per status): the table says none rather than one.
                (Some(one), Some(other)) if one != other => {
                    imported.warnings.push(format!(
                        "code {} comes with HTTP {one} and {other}; its `http` is left empty",
                        row.code
                    ));
                    kept.http = None;
                }
                (kept_http, other) => kept.http = kept_http.or(other),
            }
            for (column, text) in row.own {
                if !kept.own.iter().any(|(c, _)| *c == column) {
                    kept.own.push((column, text));
                }
            }
        } else {
            seen.insert(row.code.clone(), imported.rows.len());
            imported.rows.push(row);
        }
    }
    imported
}

/// Dotted text codes (`AuthFailure.SignatureExpire`) grouped under a
/// `Prefix.*` row for each first part, with a category of its own
/// (`auth_failure`), so that codes the page does not list are classified by
/// their prefix too. Written before the first code of the group.
pub fn add_prefix_rows(rows: &mut Vec<Row>) {
    let mut groups: Vec<(String, usize)> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let Some((prefix, _)) = row.code.split_once('.') else {
            continue;
        };
        if prefix.is_empty() || row.code.ends_with('*') {
            continue;
        }
        if !groups.iter().any(|(p, _)| p == prefix) {
            groups.push((prefix.to_owned(), index));
        }
    }
    for (prefix, at) in groups.into_iter().rev() {
        let pattern = format!("{prefix}.*");
        if rows.iter().any(|r| r.code == pattern) {
            continue;
        }
        let line = rows[at].line;
        rows.insert(
            at,
            Row {
                code: pattern,
                message: format!("Codes that start with {prefix}."),
                category: sections::category(&prefix),
                line,
                ..Row::default()
            },
        );
    }
}

/// A range that covers none of the page's codes while longer codes start
/// with its digits is likely a typo in the page (seed 003 writes `5xxxx`
/// for its six-digit `5xxxxx` codes): say so, keep the page's text. Every
/// range form the table reader takes is read by the reader's own parser
/// (`11xxx`, `-10xx`, `21310-21319`, `-32099..=-32000`).
pub fn warn_about_empty_ranges(imported: &mut Imported) {
    let codes: Vec<(&str, i64)> = imported
        .rows
        .iter()
        .filter_map(|r| match parse_codes(&r.code) {
            Ok(Codes::One(code)) => Some((r.code.as_str(), code)),
            _ => None,
        })
        .collect();
    for row in &imported.rows {
        let Ok(Codes::Range { first, last }) = parse_codes(&row.code) else {
            continue;
        };
        if codes.iter().any(|&(_, c)| (first..=last).contains(&c)) {
            continue;
        }
        let digits = row.code.trim_end_matches('x');
        let written_as_digits = digits.len() < row.code.len();
        let longer: Vec<&str> = codes
            .iter()
            .map(|&(text, _)| text)
            .filter(|c| c.starts_with(digits) && c.len() > row.code.len())
            .take(3)
            .collect();
        if written_as_digits && !digits.is_empty() && digits != "-" && !longer.is_empty() {
            imported.warnings.push(format!(
                "range {} covers none of the page's codes, but {}… start with its digits and are longer; \
                 did the page mean {}{}? (kept as written)",
                row.code,
                longer.join(", "),
                row.code,
                "x".repeat(longer[0].len() - row.code.len())
            ));
        }
    }
}
