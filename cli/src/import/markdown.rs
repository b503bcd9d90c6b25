//! Markdown pages: pipe tables. Column roles come from the header (code,
//! name/error, description/message/meaning). A row with an empty code and a
//! bold title is a section (a category; a range row when the title ends
//! with a pattern such as `11xxx`); a blank row ends the section; a `-` row
//! saying "through N" is a range up to N. A table whose header names an HTTP
//! code states ranges: "Corresponds to 100xxx" becomes a range row with the
//! HTTP status.

use super::{category, Row};

#[derive(Default)]
struct Columns {
    code: Option<usize>,
    name: Option<usize>,
    message: Option<usize>,
    http_table: bool,
    meaning: Option<usize>,
}

pub fn rows(page: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut columns: Option<Columns> = None;
    let mut section: Option<String> = None;
    for line in page.lines() {
        let line = line.trim();
        if !line.starts_with('|') {
            columns = None;
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':')))
            && cells.iter().any(|c| c.contains('-'))
        {
            continue;
        }
        let Some(roles) = &columns else {
            columns = Some(header(&cells));
            section = None;
            continue;
        };
        let cell = |index: Option<usize>| {
            index
                .and_then(|i| cells.get(i))
                .copied()
                .unwrap_or_default()
        };
        let code = cell(roles.code);
        if roles.http_table {
            rows.extend(status_range(code, cell(roles.meaning), cell(roles.message)));
        } else if !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) {
            let name = cell(roles.name);
            rows.push(Row {
                code: code.to_owned(),
                message: cell(roles.message).to_owned(),
                name: (!name.is_empty()).then(|| name.to_owned()),
                category: section.clone(),
                http: None,
            });
        } else if code == "-" {
            if let Some(row) = through_range(&cells, section.as_ref()) {
                rows.push(row);
            }
        } else if let Some(title) = cells.iter().find(|c| c.starts_with("**")) {
            let title = title.trim_matches('*').trim();
            let (name, pattern) = match title.rsplit_once(':') {
                Some((name, pattern)) if is_pattern(pattern.trim()) => {
                    (name.trim(), Some(pattern.trim()))
                }
                _ => (title, None),
            };
            section = category(name);
            if let Some(pattern) = pattern {
                rows.push(Row {
                    code: pattern.to_owned(),
                    message: title.to_owned(),
                    category: section.clone(),
                    ..Row::default()
                });
            }
        } else if cells.iter().all(|c| c.is_empty()) {
            section = None;
        }
    }
    rows
}

fn header(cells: &[&str]) -> Columns {
    let lower: Vec<String> = cells.iter().map(|c| c.to_lowercase()).collect();
    let find = |words: &[&str]| {
        lower
            .iter()
            .position(|c| words.iter().any(|w| c.contains(w)))
    };
    let code = find(&["code"]);
    let http_table = lower.iter().any(|c| c.contains("http"));
    Columns {
        code,
        name: find(&["error", "name"]).filter(|&i| Some(i) != code),
        message: find(&["description", "message"]).or_else(|| find(&["meaning"])),
        http_table,
        meaning: find(&["meaning"]),
    }
}

fn is_pattern(text: &str) -> bool {
    let digits = text.trim_end_matches('x');
    !digits.is_empty() && digits.len() < text.len() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// "Corresponds to (business codes) 100xxx" in an HTTP status table.
fn status_range(status: &str, meaning: &str, description: &str) -> Option<Row> {
    let (_, rest) = description.split_once("Corresponds to ")?;
    let rest = rest.trim_start_matches("business codes ");
    let pattern: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == 'x')
        .collect();
    is_pattern(&pattern).then(|| Row {
        code: pattern,
        message: description.to_owned(),
        category: category(meaning),
        http: status.parse().ok(),
        ..Row::default()
    })
}

/// "Status codes through 21319 (inclusive) reserved for …": the range of
/// the ten codes up to 21319.
fn through_range(cells: &[&str], section: Option<&String>) -> Option<Row> {
    let text = cells.iter().find(|c| c.contains("through "))?;
    let (_, rest) = text.split_once("through ")?;
    let last: u32 = rest
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    Some(Row {
        code: format!("{}-{last}", last - last % 10),
        message: (*text).to_owned(),
        category: section.cloned(),
        ..Row::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_ranges_and_blank_rows() {
        let page = "| CODE | ERROR | DESCRIPTION |\n| :--- | :--- |:--- |\n\
                    | | **Generic** | |\n| 10000 | SUCCESS | Ok |\n\
                    | | **Model Evaluation Codes: 213xx** | |\n| 21301 |MODEL_EVALUATING | Model is evaluating |\n\
                    | - | -| Status codes through 21319 (inclusive) reserved |\n| | | |\n| 66000 | LIST_OBJECTS_FAILED | |\n\
                    | 24153 | | Annotation in progress |\n";
        let rows = rows(page);
        let summary: Vec<(&str, Option<&str>, Option<&str>)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.name.as_deref(), r.category.as_deref()))
            .collect();
        assert_eq!(
            summary,
            [
                ("10000", Some("SUCCESS"), Some("generic")),
                ("213xx", None, Some("model_evaluation")),
                ("21301", Some("MODEL_EVALUATING"), Some("model_evaluation")),
                ("21310-21319", None, Some("model_evaluation")),
                ("66000", Some("LIST_OBJECTS_FAILED"), None),
                ("24153", None, None),
            ]
        );
    }

    #[test]
    fn http_tables_state_ranges() {
        let page = "| HTTP Code | Meaning | Description |\n|---|\n| 200 | OK | Fine. |\n\
                    | 400 | Bad Request | Invalid. Corresponds to business codes 100xxx. |\n\
                    Business Error Codes\n| Code | Message |\n|---|\n| 100001 | Binding failed |\n";
        let rows = rows(page);
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (
                rows[0].code.as_str(),
                rows[0].http,
                rows[0].category.as_deref()
            ),
            ("100xxx", Some(400), Some("bad_request"))
        );
        assert_eq!(
            (rows[1].code.as_str(), rows[1].message.as_str()),
            ("100001", "Binding failed")
        );
    }
}
