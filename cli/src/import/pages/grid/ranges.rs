//! The ranges a table states beside its codes: in an HTTP-status table's
//! descriptions ("Corresponds to business codes 100xxx"), and in rows that
//! say "Status codes through 21319".

use super::super::cells::{self, Cell, Codes};
use super::super::sections::category;
use super::{Layout, Row};

/// Whether `text` is a numeric pattern (`11xxx`).
pub(super) fn is_pattern(text: &str) -> bool {
    matches!(cells::codes(text), Some(Codes::Range(p)) if p.contains('x'))
}

/// The ranges an HTTP-status table states in its descriptions.
pub(super) fn status_ranges(
    body: &[(usize, Vec<Cell>)],
    layout: &Layout,
    header: &[String],
) -> Vec<Row> {
    // The short meaning (`Bad Request`) names the category; the long
    // description says which codes.
    let meaning = header
        .iter()
        .position(|h| h.to_lowercase().contains("meaning"))
        .filter(|&i| Some(i) != layout.message);
    let description = layout
        .own
        .iter()
        .map(|(i, _)| *i)
        .chain(layout.message)
        .filter(|&i| Some(i) != meaning)
        .max();
    body.iter()
        .filter_map(|(line, cells)| {
            let text =
                |i: Option<usize>| i.and_then(|i| cells.get(i)).map_or("", |c| c.text.as_str());
            let description = text(description);
            let (_, rest) = description.split_once("Corresponds to ")?;
            let rest = rest.trim_start_matches("business codes ");
            let pattern: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == 'x')
                .collect();
            is_pattern(&pattern).then(|| Row {
                code: pattern,
                message: description.to_owned(),
                category: category(text(meaning.or(layout.message))),
                http: text(Some(layout.code)).parse().ok(),
                line: *line,
                ..Row::default()
            })
        })
        .collect()
}

/// "Status codes through 21319 (inclusive) reserved for …": the range of
/// the ten codes up to 21319.
pub(super) fn through_range(cells: &[Cell], line: usize, section: Option<&String>) -> Option<Row> {
    let text = &cells.iter().find(|c| c.text.contains("through "))?.text;
    let (_, rest) = text.split_once("through ")?;
    let last: u32 = rest
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    Some(Row {
        code: format!("{}-{last}", last - last % 10),
        message: text.clone(),
        category: section.cloned(),
        line,
        ..Row::default()
    })
}
