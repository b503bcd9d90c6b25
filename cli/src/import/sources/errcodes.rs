//! PostgreSQL's `errcodes.txt`: `Section: Class 08 - Connection Exception`
//! lines, then `sqlstate E/W/S ERRCODE_MACRO spec_name` lines. The
//! SQLSTATE is the code, as text (`08000`, `22P02`), `spec_name` the name,
//! the section the category; the file states no message.

use super::super::pages::sections;
use super::{Row, TableReport};

/// Whether `text` has the file's entry lines.
pub fn detect(text: &str) -> bool {
    let entries = text.lines().filter(|line| entry(line).is_some()).count();
    entries >= 3 && text.lines().any(|line| line.starts_with("Section:"))
}

/// The rows of the file, and what was read.
pub fn read(text: &str) -> (Vec<Row>, TableReport) {
    let mut rows = Vec::new();
    let mut report = TableReport {
        form: "PostgreSQL errcodes.txt".to_owned(),
        line: 1,
        columns: vec![
            ("sqlstate".to_owned(), "code".to_owned()),
            ("spec_name".to_owned(), "name".to_owned()),
            ("Section:".to_owned(), "category".to_owned()),
        ],
        ..TableReport::default()
    };
    let mut category = None;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if let Some(section) = line.strip_prefix("Section:") {
            // `Class 08 - Connection Exception`: the words after the class.
            let title = section
                .split_once(" - ")
                .map_or(section, |(_, title)| title);
            let title = title.split(" (").next().unwrap_or(title);
            category = sections::category(title.trim());
            report.sections.push(title.trim().to_owned());
            continue;
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match entry(line) {
            Some((code, name)) => rows.push(Row {
                code: code.to_owned(),
                name: name.map(str::to_owned),
                category: category.clone(),
                line: number,
                ..Row::default()
            }),
            None => report
                .skipped
                .push((number, format!("not an entry line: {}", line.trim()))),
        }
    }
    report.rows = rows.len();
    (rows, report)
}

/// `08000    E    ERRCODE_CONNECTION_EXCEPTION    connection_exception`:
/// the SQLSTATE and the spec name, where the line is an entry.
fn entry(line: &str) -> Option<(&str, Option<&str>)> {
    let mut fields = line.split_whitespace();
    let code = fields.next()?;
    let severity = fields.next()?;
    let macro_name = fields.next()?;
    let name = fields.next();
    let well_formed = code.len() == 5
        && code
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && matches!(severity, "E" | "W" | "S")
        && macro_name.starts_with("ERRCODE_")
        && fields.next().is_none();
    well_formed.then_some((code, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# comment\n\nSection: Class 00 - Successful Completion\n\
        00000    S    ERRCODE_SUCCESSFUL_COMPLETION    successful_completion\n\
        Section: Class 22 - Data Exception\n\
        22P02    E    ERRCODE_INVALID_TEXT_REPRESENTATION    invalid_text_representation\n\
        2200D    E    ERRCODE_INVALID_ESCAPE_OCTET    invalid_escape_octet\n\
        01000    W    ERRCODE_WARNING\n";

    #[test]
    fn entries_sections_and_codes_as_text() {
        assert!(detect(FILE));
        let (rows, report) = read(FILE);
        let read: Vec<(&str, Option<&str>, Option<&str>)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.name.as_deref(), r.category.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                (
                    "00000",
                    Some("successful_completion"),
                    Some("successful_completion")
                ),
                (
                    "22P02",
                    Some("invalid_text_representation"),
                    Some("data_exception")
                ),
                (
                    "2200D",
                    Some("invalid_escape_octet"),
                    Some("data_exception")
                ),
                ("01000", None, Some("data_exception")),
            ]
        );
        assert!(report.skipped.is_empty());
        assert!(!detect("40001 bad token\n40002 worse\n"));
    }
}
