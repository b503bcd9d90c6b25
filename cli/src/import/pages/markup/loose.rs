//! Tables that no parser reads, found among plain lines (a paragraph's, a
//! code block's): text copied from a rendered table, whose columns are
//! apart by tabs, and pipe rows without GitHub's delimiter row
//! (`|a|b|` on two lines or more).

use super::{Block, Cell, Grid, GridRow, Styled};

/// The blocks of a run of lines: tables where they are, lines elsewhere.
pub fn blocks(lines: &[(usize, Styled)], out: &mut Vec<Block>) {
    let mut i = 0;
    while i < lines.len() {
        let rest = &lines[i..];
        if let Some(used) = tab_table(rest, out).or_else(|| pipe_table(rest, out)) {
            i += used;
            continue;
        }
        let (line, text) = lines[i].clone();
        out.push(Block::Line { line, text });
        i += 1;
    }
}

/// Two or more lines with tabs: text copied from a rendered table.
fn tab_table(lines: &[(usize, Styled)], out: &mut Vec<Block>) -> Option<usize> {
    let run = lines
        .iter()
        .take_while(|(_, text)| text.as_str().contains('\t') && !text.as_str().trim().is_empty())
        .count();
    if run < 2 {
        return None;
    }
    out.push(Block::Grid(Grid {
        line: lines[0].0,
        header: None,
        rows: lines[..run]
            .iter()
            .map(|(line, text)| GridRow {
                line: *line,
                cells: split(text, '\t', false),
            })
            .collect(),
        form: "tab-separated text",
    }));
    Some(run)
}

/// Two or more lines that start with a pipe: the first is the header.
fn pipe_table(lines: &[(usize, Styled)], out: &mut Vec<Block>) -> Option<usize> {
    let run = lines
        .iter()
        .take_while(|(_, text)| text.as_str().trim_start().starts_with('|'))
        .count();
    if run < 2 {
        return None;
    }
    // A delimiter row GitHub did not take (its cells do not match the
    // header's) still only delimits.
    let mut rows = lines[..run]
        .iter()
        .map(|(line, text)| GridRow {
            line: *line,
            cells: split(text, '|', true),
        })
        .filter(|row| !row.cells.iter().all(|c| is_delimiter(&c.text)));
    let header = rows.next().map(|row| row.cells);
    out.push(Block::Grid(Grid {
        line: lines[0].0,
        header,
        rows: rows.collect(),
        form: "markdown table",
    }));
    Some(run)
}

/// `---`, `:---:`: a cell of a delimiter row.
fn is_delimiter(text: &str) -> bool {
    text.contains('-') && text.chars().all(|c| matches!(c, '-' | ':' | ' '))
}

/// The cells of a line apart by `separator` (outside code spans); with
/// `outer`, one separator at each end of the line is no column.
fn split(text: &Styled, separator: char, outer: bool) -> Vec<Cell> {
    let raw = text.as_str();
    let mut start = 0;
    let mut end = raw.trim_end().len();
    if outer {
        let leading = raw.len() - raw.trim_start().len();
        if raw[leading..].starts_with(separator) {
            start = leading + separator.len_utf8();
        }
        if raw[..end].ends_with(separator) && end > start {
            end -= separator.len_utf8();
        }
    }
    let mut cells = Vec::new();
    let mut from = start;
    for (at, _) in raw[start..end].match_indices(separator) {
        let at = start + at;
        if text.slice(at..at + 1).cell().code_spans.is_empty() {
            cells.push(text.slice(from..at).cell());
            from = at + 1;
        }
    }
    cells.push(text.slice(from..end).cell());
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(block: &Block) -> Vec<Vec<String>> {
        let Block::Grid(grid) = block else {
            panic!("{block:?} is not a table")
        };
        grid.header
            .iter()
            .chain(grid.rows.iter().map(|r| &r.cells))
            .map(|cells| cells.iter().map(|c| c.text.clone()).collect())
            .collect()
    }

    #[test]
    fn tabs_and_loose_pipes_are_tables() {
        let lines = |text: &str| {
            text.lines()
                .enumerate()
                .map(|(i, l)| (i + 1, Styled::plain(l)))
                .collect::<Vec<_>>()
        };
        let mut out = Vec::new();
        blocks(
            &lines("Codes\nCode\tMessage\n1\tone\n-1\tminus one"),
            &mut out,
        );
        assert_eq!(out.len(), 2);
        assert_eq!(texts(&out[1])[2], ["-1", "minus one"]);
        let mut out = Vec::new();
        blocks(&lines("|a|b|\n|---|\n|1|x"), &mut out);
        assert_eq!(texts(&out[0]), [["a", "b"], ["1", "x"]]);
    }
}
