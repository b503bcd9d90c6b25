//! A page as a sequence of blocks: headings, tables (grids of raw cells)
//! and lines of text, whatever the page was written in. Markdown pipe
//! tables (with or without outer pipes), HTML `<table>`s and runs of
//! tab-separated lines all become [`Grid`]s; `#` headings and `<h1>`–`<h6>`
//! become [`Block::Heading`]s; everything else is [`Block::Line`]s for the
//! list and text readers.

use super::html;

/// A table of raw cells (markup still in them: [`super::cells`] reads it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    /// The page line the table starts on.
    pub line: usize,
    /// The header cells, where the table marks a header row.
    pub header: Option<Vec<String>>,
    /// The other rows.
    pub rows: Vec<GridRow>,
    /// How the page wrote it, for the report.
    pub form: &'static str,
}

/// One row of a [`Grid`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GridRow {
    /// The page line of the row.
    pub line: usize,
    /// Its raw cells.
    pub cells: Vec<String>,
}

/// A part of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `## Title`, `<h2>Title</h2>`, or a line that is wholly bold.
    Heading { line: usize, title: String },
    /// A table.
    Grid(Grid),
    /// A line of text (markdown or inline HTML left in it).
    Line { line: usize, text: String },
}

/// The blocks of `page`, in page order.
pub fn blocks(page: &str) -> Vec<Block> {
    let page = page.replace("\r\n", "\n").replace('\r', "\n");
    let mut blocks = Vec::new();
    let mut from = 0;
    for (span, mut grid) in html::tables(&page) {
        text_blocks(&page, from, span.start, &mut blocks);
        grid.form = "HTML table";
        blocks.push(Block::Grid(grid));
        from = span.end;
    }
    text_blocks(&page, from, page.len(), &mut blocks);
    blocks
}

fn line_of(page: &str, offset: usize) -> usize {
    page[..offset].matches('\n').count() + 1
}

/// The blocks of the text between two HTML tables.
fn text_blocks(page: &str, start: usize, end: usize, blocks: &mut Vec<Block>) {
    let fragment = &page[start..end];
    let first_line = line_of(page, start);
    let lines: Vec<(usize, String)> = if is_html(fragment) {
        html::to_lines(fragment, first_line)
    } else {
        fragment
            .split('\n')
            .enumerate()
            .map(|(i, text)| (first_line + i, text.to_owned()))
            .collect()
    };
    markdown_blocks(&lines, blocks);
}

/// Text with block-level HTML, where line breaks are the tags' and not the
/// source's.
fn is_html(fragment: &str) -> bool {
    let lower = fragment.to_ascii_lowercase();
    [
        "<p>", "<p ", "<br", "<li", "<div", "<h1", "<h2", "<h3", "<h4", "<body", "<html",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}

fn markdown_blocks(lines: &[(usize, String)], blocks: &mut Vec<Block>) {
    let mut i = 0;
    let mut in_fence = false;
    let mut in_front_matter = false;
    while i < lines.len() {
        let (line, text) = (&lines[i].0, lines[i].1.as_str());
        let trimmed = text.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            i += 1;
            continue;
        }
        if *line == 1 && trimmed == "---" {
            in_front_matter = true;
            i += 1;
            continue;
        }
        if in_front_matter {
            in_front_matter = trimmed != "---";
            i += 1;
            continue;
        }
        if in_fence {
            blocks.push(Block::Line {
                line: *line,
                text: text.to_owned(),
            });
            i += 1;
            continue;
        }
        if let Some(title) = heading(trimmed) {
            blocks.push(Block::Heading { line: *line, title });
            i += 1;
            continue;
        }
        if let Some(used) = pipe_table(&lines[i..], blocks) {
            i += used;
            continue;
        }
        if let Some(used) = tab_table(&lines[i..], blocks) {
            i += used;
            continue;
        }
        blocks.push(Block::Line {
            line: *line,
            text: text.to_owned(),
        });
        i += 1;
    }
}

/// `## Title` (any level) or a line that is wholly bold: its title.
fn heading(line: &str) -> Option<String> {
    let hashes = line.len() - line.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) {
        let rest = &line[hashes..];
        if rest.is_empty() || rest.starts_with(char::is_whitespace) {
            let title = rest.trim().trim_end_matches('#').trim();
            // `## Auth errors {#auth}`: an anchor, not part of the title.
            let title = match title.rsplit_once("{#") {
                Some((title, anchor)) if anchor.ends_with('}') => title.trim(),
                _ => title,
            };
            let title = super::cells::read(title).text;
            return (!title.is_empty()).then_some(title);
        }
    }
    // A bold sentence that ends in a colon introduces what follows
    // (`**全局返回码说明如下：**`); it does not title a section.
    let cell = super::cells::read(line);
    let introduces = cell.text.ends_with([':', '：']);
    (cell.bold && !introduces && !cell.text.is_empty() && super::cells::codes(&cell.text).is_none())
        .then_some(cell.text)
}

/// Splits a pipe-table line into raw cells: outer pipes optional, `\|` and
/// pipes inside code spans kept in their cell.
pub fn pipe_cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = match line.strip_suffix('|') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => line,
    };
    let mut cells = Vec::new();
    let mut current = String::new();
    let mut in_code = false;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '|' if !escaped && !in_code => cells.push(std::mem::take(&mut current)),
            '`' => {
                in_code = !in_code;
                current.push(c);
            }
            _ => current.push(c),
        }
        escaped = c == '\\' && !escaped;
    }
    cells.push(current);
    // An unmatched backtick must not swallow the rest of the row.
    if in_code && cells.len() == 1 {
        return line.split('|').map(str::to_owned).collect();
    }
    cells
}

fn is_delimiter_row(line: &str) -> bool {
    let line = line.trim();
    line.contains('-')
        && line.contains(['|', ':'])
        && pipe_cells(line)
            .iter()
            .all(|c| c.trim().chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// A pipe table at the start of `lines`: a line with a pipe followed by a
/// delimiter row, or two lines that start with a pipe. Returns the lines
/// used.
fn pipe_table(lines: &[(usize, String)], blocks: &mut Vec<Block>) -> Option<usize> {
    let first = lines[0].1.trim();
    let second = lines.get(1).map(|l| l.1.trim())?;
    let delimited = first.contains('|') && is_delimiter_row(second);
    let piped = first.starts_with('|') && second.starts_with('|');
    if !delimited && !piped {
        return None;
    }
    let mut grid = Grid {
        line: lines[0].0,
        header: Some(pipe_cells(first)),
        form: "markdown table",
        ..Grid::default()
    };
    let mut used = 1;
    for (line, text) in &lines[1..] {
        let text = text.trim();
        if text.is_empty() || !text.contains('|') {
            break;
        }
        used += 1;
        if is_delimiter_row(text) {
            continue;
        }
        grid.rows.push(GridRow {
            line: *line,
            cells: pipe_cells(text),
        });
    }
    blocks.push(Block::Grid(grid));
    Some(used)
}

/// Two or more lines with tabs: text copied from a rendered table.
fn tab_table(lines: &[(usize, String)], blocks: &mut Vec<Block>) -> Option<usize> {
    let run = lines
        .iter()
        .take_while(|(_, text)| text.contains('\t') && !text.trim().is_empty())
        .count();
    if run < 2 {
        return None;
    }
    let grid = Grid {
        line: lines[0].0,
        header: None,
        rows: lines[..run]
            .iter()
            .map(|(line, text)| GridRow {
                line: *line,
                cells: text.trim_end().split('\t').map(str::to_owned).collect(),
            })
            .collect(),
        form: "tab-separated text",
    };
    blocks.push(Block::Grid(grid));
    Some(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Heading { title, .. } => format!("h:{title}"),
                Block::Grid(g) => format!("grid:{}:{}", g.form, g.rows.len()),
                Block::Line { text, .. } => format!("l:{}", text.trim()),
            })
            .filter(|k| k != "l:")
            .collect()
    }

    #[test]
    fn markdown_headings_tables_and_lines() {
        let page = "---\ntitle: x\n---\n# Codes\r\n\r\n## 通用错误码\r\ncode | message\r\n--- | ---\r\n1 | one\r\n2 | two \\| three\r\n\r\n**Auth**\n|a|b|\n|1|x\n- 3: y\n";
        let blocks = blocks(page);
        assert_eq!(
            kinds(&blocks),
            [
                "h:Codes",
                "h:通用错误码",
                "grid:markdown table:2",
                "h:Auth",
                "grid:markdown table:1",
                "l:- 3: y"
            ]
        );
        let grids: Vec<&Grid> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Grid(grid) => Some(grid),
                _ => None,
            })
            .collect();
        assert_eq!(grids[0].line, 7);
        assert_eq!(grids[0].rows[1].cells, ["2 ", " two \\| three"]);
        assert_eq!(grids[1].rows[0].cells, ["1", "x"]);
    }

    #[test]
    fn html_pages_and_tab_separated_text() {
        let page = "<h2>A</h2><table><tr><td>1</td><td>x</td></tr></table>\n<p>40001 : bad<br/>40002 :\n worse</p>\n";
        assert_eq!(
            kinds(&blocks(page)),
            [
                "h:A",
                "grid:HTML table:1",
                "l:40001 : bad",
                "l:40002 : worse",
            ]
        );
        assert_eq!(
            kinds(&blocks("Codes\n\nCode\tMessage\n1\tone\n-1\tminus one\n")),
            ["l:Codes", "grid:tab-separated text:3"]
        );
    }

    #[test]
    fn pipes_in_code_spans_and_escapes_stay_in_their_cell() {
        assert_eq!(pipe_cells("| `a|b` | c \\| d |"), [" `a|b` ", " c \\| d "]);
        assert_eq!(pipe_cells("1 | x"), ["1 ", " x"]);
        assert_eq!(
            pipe_cells("| 1 | unclosed ` tick |"),
            [" 1 ", " unclosed ` tick "]
        );
    }
}
