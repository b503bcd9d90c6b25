//! `import --keep-from TABLE`: re-import a vendor page or source into an
//! existing, curated table. The import is authoritative for the texts it
//! states (each code's message, name and own columns, where it states
//! them); every other cell (variant, kind, http, retry, deprecated,
//! categories) and every text the import leaves empty are kept from the
//! table, and rows the import does not list (envelope codes, deprecated
//! codes, curated ranges) stay. New codes take their place in the
//! import's order, with every cell it states. Merging the same import
//! again changes nothing.

use std::collections::HashMap;

use super::write::{fields, Fields};
use super::Row;

/// The columns whose cells the import updates in rows the table has.
const TEXTS: [&str; 2] = ["message", "name"];

/// The standard columns a new row may bring into the table's header.
const STANDARD: [&str; 8] = [
    "name",
    "variant",
    "category",
    "http",
    "kind",
    "retry",
    "deprecated",
    "message",
];

/// The merged table as CSV records, header first, and what was kept.
///
/// # Errors
/// The existing table is not readable CSV.
pub fn merge(
    imported_rows: &[Row],
    existing: &str,
) -> Result<(Vec<Vec<String>>, Vec<String>), csv::Error> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(existing.as_bytes());
    let mut header: Vec<String> = reader
        .headers()?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let imported = fields(imported_rows);
    for column in &imported.header {
        let standard = column == "code" || STANDARD.contains(&column.as_str());
        if standard && !header.contains(column) {
            header.push(column.clone());
        }
    }
    let code_at = header.iter().position(|h| h == "code").unwrap_or(0);
    let by_code: HashMap<&str, usize> = imported_rows
        .iter()
        .enumerate()
        .map(|(i, row)| (row.code.as_str(), i))
        .collect();
    let mut records: Vec<Vec<String>> = Vec::new();
    let mut kept_only_here = Vec::new();
    for record in reader.records() {
        let mut record: Vec<String> = record?.iter().map(str::to_owned).collect();
        record.resize(header.len(), String::new());
        let code = record[code_at].trim();
        match by_code
            .get(code)
            .copied()
            .or_else(|| corrected(imported_rows, code))
        {
            Some(at) => update(&mut record, &header, &imported, at),
            None => kept_only_here.push(record[code_at].clone()),
        }
        records.push(record);
    }
    insert_new(&mut records, &header, imported_rows, &imported);
    let notes = if kept_only_here.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "kept {} rows the import does not list: {}",
            kept_only_here.len(),
            kept_only_here.join(", ")
        )]
    };
    records.insert(0, header);
    Ok((records, notes))
}

/// The import's cell of `column` for its row `at`, where it states one.
fn stated<'a>(imported: &'a Fields, at: usize, column: &str) -> Option<&'a str> {
    let index = imported.header.iter().position(|h| h == column)?;
    let value = imported.records[at][index].as_str();
    (!value.is_empty()).then_some(value)
}

/// A row the table has: the texts the import states replace its own.
fn update(record: &mut [String], header: &[String], imported: &Fields, at: usize) {
    for (index, column) in header.iter().enumerate() {
        let text = TEXTS.contains(&column.as_str()) || imported.own.contains(column);
        if let Some(value) = stated(imported, at, column).filter(|_| text) {
            value.clone_into(&mut record[index]);
        }
    }
}

/// New codes go after the row of the code that precedes them in the
/// import, with every cell the import states.
fn insert_new(records: &mut Vec<Vec<String>>, header: &[String], rows: &[Row], imported: &Fields) {
    let code_at = header.iter().position(|h| h == "code").unwrap_or(0);
    let mut previous: Option<&str> = None;
    for (at, row) in rows.iter().enumerate() {
        let in_table = records.iter().any(|r| {
            let code = r[code_at].trim();
            code == row.code || corrected(rows, code) == Some(at)
        });
        if !in_table {
            let position = previous
                .and_then(|code| records.iter().position(|r| r[code_at].trim() == code))
                .map_or(records.len(), |i| i + 1);
            let record = header
                .iter()
                .map(|column| stated(imported, at, column).unwrap_or_default().to_owned())
                .collect();
            records.insert(position, record);
        }
        previous = Some(&row.code);
    }
}

/// The import's row of a pattern the table corrected (`5xxxx` in the
/// import, `5xxxxx` in the table: same digits, more `x`s).
fn corrected(rows: &[Row], table_code: &str) -> Option<usize> {
    let digits = table_code.trim_end_matches('x');
    if digits.len() == table_code.len() || digits.is_empty() {
        return None;
    }
    rows.iter().position(|row| {
        row.code.len() < table_code.len()
            && row.code.starts_with(digits)
            && row.code[digits.len()..].bytes().all(|b| b == b'x')
            && row.code.len() > digits.len()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_text_wins_curated_columns_stay_new_codes_slot_in() {
        let existing = "code,message,name,kind\n1,Old text,ONE,ok\n9,Not on the page,,internal\n3,Three,THREE,\n";
        let page = [
            Row {
                code: "1".into(),
                message: "New text".into(),
                name: Some("ONE".into()),
                ..Row::default()
            },
            Row {
                code: "2".into(),
                message: "Two".into(),
                category: Some("c".into()),
                ..Row::default()
            },
            Row {
                code: "3".into(),
                message: "Three".into(),
                name: Some("THREE".into()),
                ..Row::default()
            },
        ];
        let (records, notes) = merge(&page, existing).unwrap();
        let lines: Vec<String> = records.iter().map(|r| r.join(",")).collect();
        assert_eq!(
            lines,
            [
                "code,message,name,kind,category",
                "1,New text,ONE,ok,",
                "2,Two,,,c",
                "9,Not on the page,,internal,",
                "3,Three,THREE,,",
            ]
        );
        assert_eq!(notes, ["kept 1 rows the import does not list: 9"]);
    }

    #[test]
    fn a_pattern_the_table_corrected_is_the_same_row() {
        let existing = "code,message\n5xxxxx,old\n";
        let page = [Row {
            code: "5xxxx".into(),
            message: "new".into(),
            ..Row::default()
        }];
        let (records, notes) = merge(&page, existing).unwrap();
        assert_eq!(records[1][..2], ["5xxxxx".to_owned(), "new".to_owned()]);
        assert_eq!(records.len(), 2);
        assert!(notes.is_empty());
    }

    /// A source that states no names or texts (an OpenAPI enum without
    /// descriptions) keeps the user's; the cells it states fill new rows,
    /// its own columns update the table's; merging again changes nothing.
    #[test]
    fn unstated_cells_stay_and_a_second_merge_changes_nothing() {
        let existing = "code,message,name,variant,kind,retry,product,doc_url\n\
                        busy,Busy: wait.,BUSY,Busy,unavailable,true,Core,https://d/busy\n";
        let source = [
            Row {
                code: "busy".into(),
                own: vec![("product".into(), "Platform".into())],
                ..Row::default()
            },
            Row {
                code: "gone".into(),
                message: "Gone.".into(),
                http: Some(410),
                retry: Some(false),
                own: vec![("product".into(), "Core".into())],
                ..Row::default()
            },
        ];
        let (records, _) = merge(&source, existing).unwrap();
        let text: String = records.iter().map(|r| r.join(",") + "\n").collect();
        assert_eq!(
            text,
            "code,message,name,variant,kind,retry,product,doc_url,http\n\
             busy,Busy: wait.,BUSY,Busy,unavailable,true,Platform,https://d/busy,\n\
             gone,Gone.,,,,false,Core,,410\n"
        );
        let (again, _) = merge(&source, &text).unwrap();
        assert_eq!(again, records);
    }
}
