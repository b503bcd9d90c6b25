//! A CSV with a code column and a text column, as registries publish them
//! (IANA's `http-status-codes.csv`: `Value,Description,Reference`, with
//! `104-199,Unassigned` ranges). Its columns get their roles as a page's
//! table's do, from the headers and the cells.

use super::super::pages::cells;
use super::super::pages::grid;
use super::super::pages::markup::{Cell, Grid, GridRow};
use super::{Row, TableReport};

/// Whether `text` is a CSV whose header names its columns and one of
/// whose columns holds a code in every row.
pub fn detect(text: &str) -> bool {
    let Some((header, records)) = parse(text) else {
        return false;
    };
    header.len() >= 2
        && records.len() >= 2
        && (0..header.len()).any(|column| {
            records.iter().all(|(_, fields)| {
                fields
                    .get(column)
                    .is_some_and(|field| cells::codes(field).is_some())
            })
        })
}

/// The rows of the CSV, and how its columns were read.
pub fn read(text: &str) -> (Vec<Row>, TableReport) {
    let mut report = TableReport {
        form: "CSV with a code column".to_owned(),
        line: 1,
        ..TableReport::default()
    };
    let Some((header, records)) = parse(text) else {
        return (Vec::new(), report);
    };
    let cell = |text: &str| Cell {
        text: text.to_owned(),
        ..Cell::default()
    };
    let grid = Grid {
        line: 1,
        header: Some(header.iter().map(|h| cell(h)).collect()),
        rows: records
            .iter()
            .map(|(line, fields)| GridRow {
                line: *line,
                cells: fields.iter().map(|f| cell(f)).collect(),
            })
            .collect(),
        form: "CSV",
    };
    let rows = grid::rows(&grid, None, &mut report);
    report.rows = rows.len();
    (rows, report)
}

/// A record's line and its fields.
type Record = (usize, Vec<String>);

/// The header and the records with their lines; `None` where `text` is no
/// CSV of at least two columns.
fn parse(text: &str) -> Option<(Vec<String>, Vec<Record>)> {
    let first = text.lines().next()?;
    if !first.contains(',') || first.contains('\t') {
        return None;
    }
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .ok()?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.ok()?;
        let line = record
            .position()
            .map_or(0, |p| usize::try_from(p.line()).unwrap_or(0));
        records.push((line, record.iter().map(|f| f.trim().to_owned()).collect()));
    }
    Some((header, records))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registry_with_ranges() {
        let text = "Value,Description,Reference\n100,Continue,\"[RFC9110, Section 15.2.1]\"\n\
                    104-199,Unassigned,\n200,OK,[RFC9110]\n";
        assert!(detect(text));
        let (rows, _) = read(text);
        let read: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.message.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                ("100", "Continue"),
                ("104-199", "Unassigned"),
                ("200", "OK")
            ]
        );
        assert!(!detect("| a | b |\n| 1 | x |\n"));
        assert!(!detect("code,message\nabc,x\ndef,y\n"));
    }
}
