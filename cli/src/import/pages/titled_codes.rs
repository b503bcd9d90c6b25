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
    use super::*;

    fn cell(text: &str) -> Cell {
        Cell {
            text: text.to_owned(),
            ..Cell::default()
        }
    }

    #[test]
    fn a_column_of_codes_with_titles_becomes_two() {
        let mut body = vec![
            (
                3,
                vec![cell("401 - Invalid Authentication"), cell("a bad key")],
            ),
            (4, vec![cell("429 – Rate limit reached"), cell("too fast")]),
        ];
        let mut header = vec!["Code".to_owned(), "Overview".to_owned()];
        assert!(split(&mut body, &mut header));
        assert_eq!(header, ["Code", "Message", "Overview"]);
        let texts: Vec<Vec<&str>> = body
            .iter()
            .map(|(_, cells)| cells.iter().map(|c| c.text.as_str()).collect())
            .collect();
        assert_eq!(
            texts,
            [
                ["401", "Invalid Authentication", "a bad key"],
                ["429", "Rate limit reached", "too fast"]
            ]
        );
    }

    #[test]
    fn a_title_must_follow_a_code_in_every_filled_cell() {
        assert_eq!(code_and_title("Invalid - Authentication"), None);
        assert_eq!(code_and_title("401 - "), None);
        let mut body = vec![
            (3, vec![cell("401 - Invalid Authentication")]),
            (4, vec![cell("429")]),
        ];
        let mut header = vec!["Code".to_owned()];
        assert!(!split(&mut body, &mut header));
        assert_eq!(body[1].1[0].text, "429");
    }
}
