//! List items → rows: one row per code an item states, or its text code
//! with the HTTP status beside it (Anthropic's `` - 529 - `overloaded_error`:
//! … ``), decided for the whole list.

use super::{cells, grid, lists, Row, TableReport};

/// The rows of one list item: one per code it states, or its text code
/// with the HTTP status beside it.
pub(super) fn item_rows(item: &lists::Item, category: Option<&str>, line: usize) -> Vec<Row> {
    let deprecated = item
        .struck
        .then(|| "struck out on the vendor's page".to_owned());
    if let Some((status, code)) = http_beside_text_code(item) {
        return vec![Row {
            code,
            message: item.message.clone(),
            http: Some(status),
            category: category.map(str::to_owned),
            deprecated,
            line,
            ..Row::default()
        }];
    }
    grid::expand(item.codes.clone())
        .into_iter()
        .map(|code| Row {
            code,
            message: item.message.clone(),
            name: item.name.clone(),
            category: category.map(str::to_owned),
            deprecated: deprecated.clone(),
            line,
            ..Row::default()
        })
        .collect()
}

/// An item whose number is an HTTP status and whose name is a text code in
/// a code span (Anthropic's `` - 400 - `invalid_request_error`: … ``): the
/// text is the code the API sends, the number its status. A number outside
/// `100..=599` or a name not in a code span (`- 40001 INVALID_CREDENTIAL`)
/// leaves the number the code.
fn http_beside_text_code(item: &lists::Item) -> Option<(u16, String)> {
    let cells::Codes::One(status) = item.codes else {
        return None;
    };
    let status = u16::try_from(status)
        .ok()
        .filter(|status| (100..=599).contains(status))?;
    let name = item.name.as_ref().filter(|_| item.name_in_span)?;
    cells::text_code(name)?;
    Some((status, name.clone()))
}

/// A list is read one way: where some items are a status beside a text
/// code and others are not, the numbers are the codes after all (the text
/// codes go back to being names); where all are, the report says so.
pub(super) fn statuses_as_codes_unless_all_beside_text(
    found: &mut [Row],
    report: &mut TableReport,
) {
    let beside = |row: &Row| row.http.is_some() && row.name.is_none();
    let count = found.iter().filter(|row| beside(row)).count();
    if count == 0 {
        return;
    }
    if count == found.len() {
        report.columns = vec![
            ("before the separator".to_owned(), "http".to_owned()),
            ("code span after it".to_owned(), "code".to_owned()),
            ("after it".to_owned(), "message".to_owned()),
        ];
        report.note = Some(
            "the numbers are HTTP statuses, each beside a text code: the codes are the text"
                .to_owned(),
        );
        return;
    }
    for row in found.iter_mut().filter(|row| beside(row)) {
        let status = row.http.take().unwrap_or_default();
        row.name = Some(std::mem::replace(&mut row.code, status.to_string()));
    }
}
