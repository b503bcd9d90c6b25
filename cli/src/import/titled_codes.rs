//! Codes written with a title in one cell (`OpenAI`'s `401 - Invalid
//! Authentication`): the column split in two, the codes and a `Message`
//! beside them, before the columns get their roles.

use super::cells::{self, Cell};

/// A code and a title in one cell, `401 - Invalid Authentication`.
fn code_and_title(text: &str) -> Option<(String, String)> {
    let (code, title) = [" - ", " – ", " — "]
        .iter()
        .find_map(|separator| text.split_once(separator))?;
    cells::codes(code)?;
    let title = title.trim();
    (!title.is_empty()).then(|| (code.trim().to_owned(), title.to_owned()))
}

/// Where every filled cell of a column is a code with a title (`OpenAI`'s
/// `401 - Invalid Authentication`), the titles become a column of their
/// own, a `Message` beside the codes. Whether it did.
pub(super) fn split(body: &mut [(usize, Vec<Cell>)], header: &mut Vec<String>) -> bool {
    let width = body.iter().map(|(_, cells)| cells.len()).max().unwrap_or(0);
    let titled = (0..width).find(|&i| {
        let filled: Vec<&Cell> = body
            .iter()
            .filter_map(|(_, cells)| cells.get(i))
            .filter(|cell| !cell.text.is_empty())
            .collect();
        filled.len() >= 2
            && filled
                .iter()
                .all(|cell| code_and_title(&cell.text).is_some())
    });
    let Some(at) = titled else {
        return false;
    };
    for (_, cells) in body.iter_mut() {
        let Some(cell) = cells.get_mut(at) else {
            continue;
        };
        let title = match code_and_title(&cell.text) {
            Some((code, title)) => {
                cell.text = code;
                Cell {
                    text: title,
                    ..Cell::default()
                }
            }
            None => Cell::default(),
        };
        cells.insert(at + 1, title);
    }
    if header.len() > at {
        header.insert(at + 1, "Message".to_owned());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::grid::rows as grid_rows;
    use super::super::page::{blocks, Block, Kind};
    use super::super::{Row, TableReport};
    use super::*;

    fn rows(page: &str) -> Vec<Row> {
        blocks(page, Kind::Auto)
            .iter()
            .filter_map(|b| match b {
                Block::Grid(grid) => Some(grid_rows(grid, None, &mut TableReport::default())),
                _ => None,
            })
            .flatten()
            .collect()
    }

    #[test]
    fn codes_written_with_a_title_split_into_code_and_message() {
        let page = "| Code | Overview |\n|---|---|\n\
                    | 401 - Invalid Authentication | Cause: a bad key. |\n\
                    | 429 - Rate limit reached for requests | Cause: too fast. |\n";
        let rows = rows(page);
        let summary: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.message.as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                ("401", "Invalid Authentication"),
                ("429", "Rate limit reached for requests")
            ]
        );
        assert_eq!(
            rows[0].own,
            [("overview".to_owned(), "Cause: a bad key.".to_owned())]
        );
        // A title in one cell only is no column of titles.
        assert_eq!(
            code_and_title("401 - Invalid Authentication").unwrap().0,
            "401"
        );
        assert_eq!(code_and_title("Invalid - Authentication"), None);
        assert_eq!(code_and_title("401 - "), None);
    }
}
