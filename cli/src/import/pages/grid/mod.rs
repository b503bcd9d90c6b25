//! A table of cells → rows: the roles of its columns ([`roles`]), then each
//! row read by them. Within a table, a row with no code and one bold (or
//! spanning) title starts a section (a category; a range row when the title
//! ends with a pattern such as `11xxx`), a blank row ends it, and a `-` row
//! saying "through N" is a range up to N. A table of HTTP statuses whose
//! descriptions say "Corresponds to 100xxx" states ranges with their status.

use super::cells::{self, Cell, Codes};
use super::markup::Grid;
use super::roles::{self, Role};
use super::sections::category;
use super::{field_tables, titled_codes};
use super::{Row, TableReport};

mod ranges;

use ranges::{is_pattern, status_ranges, through_range};

/// The rows of `grid`, under the section `heading` (the page's nearest
/// heading above it), and what was decided, in `report`.
pub fn rows(grid: &Grid, heading: Option<&str>, report: &mut TableReport) -> Vec<Row> {
    let mut body: Vec<(usize, Vec<Cell>)> = grid
        .rows
        .iter()
        .map(|row| (row.line, row.cells.clone()))
        .collect();
    let mut header: Vec<String> = match &grid.header {
        Some(header) => header.iter().map(|h| h.text.clone()).collect(),
        // Copied text: the first row is the header when it states no code.
        None if body.len() > 1 && !body[0].1.iter().any(|c| cells::codes(&c.text).is_some()) => {
            body.remove(0).1.into_iter().map(|c| c.text).collect()
        }
        None => Vec::new(),
    };
    if titled_codes::split(&mut body, &mut header) {
        report.note = Some(
            "codes written with a title (`401 - Invalid Authentication`): the title is the message"
                .to_owned(),
        );
    }
    let width = body
        .iter()
        .map(|(_, cells)| cells.len())
        .chain([header.len()])
        .max()
        .unwrap_or(0);
    let data: Vec<&Vec<Cell>> = body
        .iter()
        .map(|(_, cells)| cells)
        .filter(|cells| {
            section_title(cells, width).is_none() && cells.iter().any(|c| !c.text.is_empty())
        })
        .collect();
    let columns: Vec<Vec<&Cell>> = (0..width)
        .map(|i| data.iter().filter_map(|row| row.get(i)).collect())
        .collect();
    let roles = roles::assign(&header, &columns);
    report.columns = (0..width)
        .map(|i| {
            let shown = header.get(i).filter(|h| !h.is_empty()).cloned();
            (
                shown.unwrap_or_else(|| format!("column {}", i + 1)),
                roles[i].to_string(),
            )
        })
        .collect();
    if let Some(column) = field_tables::describes_fields(&header, &columns) {
        report.note = Some(format!(
            "a table of fields (its column {column:?} gives types or whether a field is \
             required): not a code table"
        ));
        return Vec::new();
    }
    let Some(code_at) = roles.iter().position(|r| *r == Role::Code) else {
        report.note = Some("no column of codes: not a code table".to_owned());
        return Vec::new();
    };
    let at = |role: &Role| roles.iter().position(|r| r == role);
    let layout = Layout {
        code: code_at,
        name: at(&Role::Name),
        message: at(&Role::Message),
        http: at(&Role::Http),
        category: at(&Role::Category),
        kind: at(&Role::Kind),
        retry: at(&Role::Retry),
        own: roles
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match r {
                Role::Own(name) => Some((i, name.clone())),
                _ => None,
            })
            .collect(),
        code_is_http: header
            .get(code_at)
            .is_some_and(|h| h.to_lowercase().contains("http")),
        text: {
            let filled: Vec<&&Cell> = columns[code_at]
                .iter()
                .filter(|c| !c.text.is_empty())
                .collect();
            let texts = filled
                .iter()
                .filter(|c| cells::text_code(&c.text).is_some())
                .count();
            texts * 2 > filled.len()
        },
    };
    if layout.code_is_http && layout.message.is_some() {
        let ranges = status_ranges(&body, &layout, &header);
        if !ranges.is_empty() {
            report.note = Some("a table of HTTP statuses: the ranges it states".to_owned());
            return ranges;
        }
    }
    read_rows(&body, &layout, width, heading, report)
}

/// Where each part of a row is.
struct Layout {
    code: usize,
    name: Option<usize>,
    message: Option<usize>,
    http: Option<usize>,
    category: Option<usize>,
    kind: Option<usize>,
    retry: Option<usize>,
    own: Vec<(usize, String)>,
    code_is_http: bool,
    /// The codes are text (`card_declined`), not numbers.
    text: bool,
}

/// A row that titles a section: no code, and a bold cell or a single cell
/// across a wider table.
fn section_title(cells: &[Cell], width: usize) -> Option<&Cell> {
    let filled: Vec<&Cell> = cells.iter().filter(|c| !c.text.is_empty()).collect();
    if filled.len() != 1 || cells::codes(&filled[0].text).is_some() {
        return None;
    }
    (filled[0].bold || (cells.len() == 1 && width > 1)).then_some(filled[0])
}

fn read_rows(
    body: &[(usize, Vec<Cell>)],
    layout: &Layout,
    width: usize,
    heading: Option<&str>,
    report: &mut TableReport,
) -> Vec<Row> {
    let has_sections = body
        .iter()
        .any(|(_, cells)| section_title(cells, width).is_some());
    let heading_category = if has_sections {
        None
    } else {
        heading.and_then(category)
    };
    let mut section = heading_category.clone();
    let mut rows = Vec::new();
    let empty = Cell::default();
    for (line, cells) in body {
        let cell = |index: Option<usize>| index.and_then(|i| cells.get(i)).unwrap_or(&empty);
        let code_cell = cell(Some(layout.code));
        let codes = if layout.text {
            cells::text_code(&code_cell.text).map(|code| Codes::Text(code.to_owned()))
        } else {
            cells::codes(&code_cell.text)
        };
        let Some(codes) = codes else {
            if cells.iter().all(|c| c.text.is_empty()) {
                section.clone_from(&heading_category);
            } else if code_cell.text == "-" {
                rows.extend(through_range(cells, *line, section.as_ref()));
            } else if let Some(title) = section_title(cells, width) {
                let (name, pattern) = match title.text.rsplit_once(':') {
                    Some((name, pattern)) if is_pattern(pattern.trim()) => {
                        (name.trim(), Some(pattern.trim()))
                    }
                    _ => (title.text.as_str(), None),
                };
                section = category(name);
                report.sections.push(title.text.clone());
                if let Some(pattern) = pattern {
                    rows.push(Row {
                        code: pattern.to_owned(),
                        message: title.text.clone(),
                        category: section.clone(),
                        line: *line,
                        ..Row::default()
                    });
                }
            } else {
                let why = if code_cell.text.is_empty() {
                    "no code".to_owned()
                } else {
                    format!("`{}` is not a code", code_cell.text)
                };
                report.skipped.push((*line, why));
            }
            continue;
        };
        let mut row = Row {
            message: cell(layout.message).text.clone(),
            name: Some(cell(layout.name).text.clone()).filter(|n| !n.is_empty()),
            category: layout
                .category
                .and_then(|i| cells.get(i))
                .and_then(|c| category(&c.text))
                .or_else(|| section.clone()),
            http: layout
                .http
                .and_then(|i| cells.get(i))
                .and_then(|c| roles::leading_status(&c.text)),
            kind: Some(cell(layout.kind).text.trim().to_owned()).filter(|k| !k.is_empty()),
            retry: roles::flag(&cell(layout.retry).text),
            line: *line,
            ..Row::default()
        };
        if code_cell.struck {
            row.deprecated = Some("struck out on the vendor's page".to_owned());
        }
        if row.name.is_none() {
            split_symbolic_name(&mut row, cell(layout.message));
        }
        for (i, column) in &layout.own {
            let text = cell(Some(*i)).text.clone();
            if !text.is_empty() {
                row.own.push((column.clone(), text));
            }
        }
        for code in expand(codes) {
            let mut row = row.clone();
            if layout.code_is_http && row.http.is_none() {
                row.http = roles::leading_status(&code);
            }
            row.code = code;
            rows.push(row);
        }
    }
    rows
}

/// A message that starts with the vendor's name in a code span
/// (`` `ERR_INVALID_TOKEN` The token is invalid ``): the name apart.
fn split_symbolic_name(row: &mut Row, message: &Cell) {
    let Some(span) = message.code_spans.first() else {
        return;
    };
    if !cells::is_symbolic_name(span) || !message.text.starts_with(span.as_str()) {
        return;
    }
    let rest = message.text[span.len()..]
        .trim_start_matches([' ', ':', '：', '-', '–', '—', ',', '(', ')'])
        .trim();
    row.name = Some(span.clone());
    rest.clone_into(&mut row.message);
}

/// The code texts of a cell's codes, one row each.
pub fn expand(codes: Codes) -> Vec<String> {
    match codes {
        Codes::One(code) => vec![code.to_string()],
        Codes::Several(codes) => codes.iter().map(ToString::to_string).collect(),
        Codes::Range(pattern) | Codes::Text(pattern) => vec![pattern],
    }
}

#[cfg(test)]
mod tests;
