//! `import --keep-from TABLE`: re-import a vendor page into an existing,
//! curated table. The page is authoritative for what it gives (the message
//! and the name of each code and range); everything else (variant, kind,
//! http, retry, deprecated, categories) is kept from the table, and rows the
//! page does not list (envelope codes, deprecated codes, curated ranges)
//! stay. New codes take their place in page order, with the page's
//! category.

use std::collections::HashMap;

use super::Row;

/// The merged table as CSV records, header first, and what was kept.
///
/// # Errors
/// The existing table is not readable CSV.
pub fn merge(
    page_rows: &[Row],
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
    for column in ["code", "message", "name", "category", "http"] {
        if !header.iter().any(|h| h == column) {
            header.push(column.to_owned());
        }
    }
    let position = |column: &str| header.iter().position(|h| h == column).unwrap_or(0);
    let (code_at, message_at, name_at, category_at, http_at) = (
        position("code"),
        position("message"),
        position("name"),
        position("category"),
        position("http"),
    );
    let page: HashMap<&str, &Row> = page_rows
        .iter()
        .map(|row| (row.code.as_str(), row))
        .collect();
    // The table's own spelling of a page pattern it corrected (`5xxxx` on
    // the page, `5xxxxx` in the table: same digits, more `x`s).
    let corrected = |table_code: &str| -> Option<&Row> {
        let digits = table_code.trim_end_matches('x');
        if digits.len() == table_code.len() || digits.is_empty() {
            return None;
        }
        page_rows.iter().find(|row| {
            row.code.len() < table_code.len()
                && row.code.starts_with(digits)
                && row.code[digits.len()..].bytes().all(|b| b == b'x')
                && row.code.len() > digits.len()
        })
    };

    let mut records: Vec<Vec<String>> = Vec::new();
    let mut kept_only_here = Vec::new();
    for record in reader.records() {
        let mut record: Vec<String> = record?.iter().map(str::to_owned).collect();
        record.resize(header.len(), String::new());
        match page
            .get(record[code_at].trim())
            .copied()
            .or_else(|| corrected(record[code_at].trim()))
        {
            Some(row) => {
                record[message_at].clone_from(&row.message);
                record[name_at] = row.name.clone().unwrap_or_default();
            }
            None => kept_only_here.push(record[code_at].clone()),
        }
        records.push(record);
    }

    // New codes go after the row of the code that precedes them on the page.
    let mut previous: Option<&str> = None;
    for row in page_rows {
        let in_table = records.iter().any(|r| {
            r[code_at].trim() == row.code
                || corrected(r[code_at].trim()).is_some_and(|c| c.code == row.code)
        });
        if !in_table {
            let at = previous
                .and_then(|code| records.iter().position(|r| r[code_at].trim() == code))
                .map_or(records.len(), |i| i + 1);
            let mut record = vec![String::new(); header.len()];
            record[code_at].clone_from(&row.code);
            record[message_at].clone_from(&row.message);
            record[name_at] = row.name.clone().unwrap_or_default();
            record[category_at] = row.category.clone().unwrap_or_default();
            record[http_at] = row.http.map(|s| s.to_string()).unwrap_or_default();
            records.insert(at, record);
        }
        previous = Some(&row.code);
    }
    let notes = if kept_only_here.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "kept {} rows the page does not list: {}",
            kept_only_here.len(),
            kept_only_here.join(", ")
        )]
    };
    records.insert(0, header);
    Ok((records, notes))
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
                "code,message,name,kind,category,http",
                "1,New text,ONE,ok,,",
                "2,Two,,,c,",
                "9,Not on the page,,internal,,",
                "3,Three,THREE,,,",
            ]
        );
        assert_eq!(notes, ["kept 1 rows the page does not list: 9"]);
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
}
