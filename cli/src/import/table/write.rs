//! An imported table's fields, with the columns that have any value: as
//! CSV (the file `import` writes), or as they are, for the checks.

use super::Row;

/// The vendor's own columns the rows use, in first-use order.
#[must_use]
pub fn own_columns(rows: &[Row]) -> Vec<String> {
    let mut columns: Vec<String> = Vec::new();
    for (name, _) in rows.iter().flat_map(|r| &r.own) {
        if !columns.contains(name) {
            columns.push(name.clone());
        }
    }
    columns
}

/// A standard column: its name and a row's value in it.
type Column = (&'static str, fn(&Row) -> Option<String>);

/// A table's fields, as the rows fill them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    /// `code`, `message`, the standard columns any row fills, then the
    /// own columns.
    pub header: Vec<String>,
    /// The own columns, in first-use order (the end of the header).
    pub own: Vec<String>,
    /// Each row's fields, in the header's order.
    pub records: Vec<Vec<String>>,
}

/// The table's header and each row's fields.
#[must_use]
pub fn fields(rows: &[Row]) -> Fields {
    let own = own_columns(rows);
    let standard: [Column; 7] = [
        ("name", |r| r.name.clone()),
        ("variant", |r| r.variant.clone()),
        ("category", |r| r.category.clone()),
        ("http", |r| r.http.map(|s| s.to_string())),
        ("kind", |r| r.kind.clone()),
        ("retry", |r| r.retry.map(|r| r.to_string())),
        ("deprecated", |r| r.deprecated.clone()),
    ];
    let used: Vec<&Column> = standard
        .iter()
        .filter(|(_, get)| rows.iter().any(|r| get(r).is_some()))
        .collect();
    let mut header = vec!["code".to_owned(), "message".to_owned()];
    header.extend(used.iter().map(|(name, _)| (*name).to_owned()));
    header.extend(own.iter().cloned());
    let records = rows
        .iter()
        .map(|row| {
            let mut record = vec![row.code.clone(), row.message.clone()];
            record.extend(used.iter().map(|(_, get)| get(row).unwrap_or_default()));
            record.extend(own.iter().map(|column| {
                row.own
                    .iter()
                    .find(|(name, _)| name == column)
                    .map(|(_, value)| value.clone())
                    .unwrap_or_default()
            }));
            record
        })
        .collect();
    Fields {
        header,
        own,
        records,
    }
}

/// The table as CSV, and the line each row starts on.
///
/// # Errors
/// An I/O error of the in-memory writer (none in practice).
pub fn table(rows: &[Row]) -> csv::Result<(Vec<u8>, Vec<usize>)> {
    let Fields {
        header, records, ..
    } = fields(rows);
    let mut out = Vec::new();
    let mut starts = Vec::with_capacity(rows.len());
    let mut line = 2;
    {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(&mut out);
        writer.write_record(&header)?;
        for record in &records {
            starts.push(line);
            line += 1 + record
                .iter()
                .map(|f| codetables_reader::source::line_breaks(f))
                .sum::<usize>();
            writer.write_record(record)?;
        }
        writer.flush()?;
    }
    Ok((out, starts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_used_columns_and_row_lines() {
        let rows = [
            Row {
                code: "1".into(),
                message: "two\nlines".into(),
                own: vec![("solution".into(), "retry".into())],
                ..Row::default()
            },
            Row {
                code: "2".into(),
                message: "x".into(),
                http: Some(404),
                ..Row::default()
            },
        ];
        let (csv, starts) = table(&rows).unwrap();
        assert_eq!(
            String::from_utf8(csv).unwrap(),
            "code,message,http,solution\n1,\"two\nlines\",,retry\n2,x,404,\n"
        );
        assert_eq!(starts, [2, 4]);
    }

    /// Found by `cargo fuzz run import`: a message with a lone `\r` put the
    /// rows after it on lines the reader does not, so a refused variant was
    /// not mended.
    #[test]
    fn row_lines_are_the_readers_whatever_the_line_breaks() {
        let rows: Vec<Row> = ["a\rb", "c\r\nd\n", "e", "\r\r"]
            .iter()
            .enumerate()
            .map(|(code, message)| Row {
                code: code.to_string(),
                message: (*message).into(),
                ..Row::default()
            })
            .collect();
        let (csv, starts) = table(&rows).unwrap();
        let records = codetables_reader::source::records(&csv, &mut Vec::new());
        let read: Vec<usize> = records.rows.iter().map(|r| r.line).collect();
        assert_eq!(starts, read);
    }
}
