//! HTML in a page: `<table>`s as grids of raw cells, headings and block
//! elements as lines, inline markup as the markdown it means (so that a
//! cell is read the same way whichever the page used).

use super::document::{Grid, GridRow};

/// The HTML tags whose markup is dropped (their text kept). Anything else in
/// angle brackets is text: `Invalid <field>` is a message, not a tag.
const TAGS: [&str; 52] = [
    "a",
    "abbr",
    "article",
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "main",
    "mark",
    "ol",
    "p",
    "pre",
    "s",
    "section",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "tt",
    "u",
    "ul",
    "html",
];

/// Block elements: their edges are line breaks in the page's text.
const BLOCKS: [&str; 18] = [
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "pre",
    "hr",
    "section",
    "article",
    "dt",
    "dd",
    "blockquote",
    "header",
    "footer",
    "body",
    "html",
];

/// A tag at the start of `text` (`<td colspan="2">`, `</b>`, `<br/>`): its
/// lower-case name, whether it closes, and its length in bytes.
fn tag_at(text: &str) -> Option<(String, bool, usize)> {
    let inner = text.strip_prefix('<')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name: String = inner
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    if name.is_empty() {
        return None;
    }
    let after_name = &inner[name.len()..];
    if !after_name.starts_with(['>', ' ', '/', '\t', '\n', '\r']) {
        return None;
    }
    let end = text.find('>')?;
    Some((name, closing, end + 1))
}

fn is_known_tag(name: &str) -> bool {
    TAGS.contains(&name)
        || matches!(
            name,
            "table" | "thead" | "tbody" | "tfoot" | "tr" | "td" | "th" | "nav" | "label" | "input"
        )
}

/// Inline HTML as markdown: `<code>` → backticks, `<del>`/`<s>` → `~~`,
/// `<b>`/`<strong>` → `**`, `<br>` → a space, other known tags dropped,
/// entities decoded.
pub fn inline_to_markdown(fragment: &str) -> String {
    if !fragment.contains(['<', '&']) {
        return fragment.to_owned();
    }
    let mut out = String::with_capacity(fragment.len());
    let mut rest = fragment;
    while let Some(at) = rest.find(['<', '&']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('&') {
            let (text, used) = entity(rest).unwrap_or_else(|| ("&".to_owned(), 1));
            out.push_str(&text);
            rest = &rest[used..];
            continue;
        }
        match tag_at(rest) {
            Some((name, _, used)) if is_known_tag(&name) => {
                out.push_str(match name.as_str() {
                    "code" | "tt" | "kbd" => "`",
                    "del" | "s" | "strike" => "~~",
                    "b" | "strong" => "**",
                    "br" | "td" | "th" => " ",
                    _ => "",
                });
                rest = &rest[used..];
            }
            _ => {
                out.push('<');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The entity at the start of `text` and its length.
fn entity(text: &str) -> Option<(String, usize)> {
    // Within the first 12 bytes, on a character boundary (found by `cargo
    // fuzz run import`: `&New endpo\u{fffd}ts` sliced inside a character).
    let end = text
        .char_indices()
        .take_while(|(at, _)| *at < 12)
        .find(|(_, c)| *c == ';')?
        .0;
    let name = &text[1..end];
    let decoded = match name {
        "lt" => "<".to_owned(),
        "gt" => ">".to_owned(),
        "amp" => "&".to_owned(),
        "quot" => "\"".to_owned(),
        "apos" => "'".to_owned(),
        "nbsp" | "ensp" | "emsp" | "thinsp" => " ".to_owned(),
        "mdash" => "—".to_owned(),
        "ndash" => "–".to_owned(),
        "hellip" => "…".to_owned(),
        "ldquo" => "“".to_owned(),
        "rdquo" => "”".to_owned(),
        "lsquo" => "‘".to_owned(),
        "rsquo" => "’".to_owned(),
        "middot" => "·".to_owned(),
        "times" => "×".to_owned(),
        "minus" => "−".to_owned(),
        _ => {
            let number = name.strip_prefix('#')?;
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(value)?.to_string()
        }
    };
    Some((decoded, end + 1))
}

/// The `<table>` elements of `page`: each one's byte span and its grid (the
/// first row of header cells is the header; a row of one cell spanning the
/// table is a section title, as `**title**`).
pub fn tables(page: &str) -> Vec<(std::ops::Range<usize>, Grid)> {
    let lower = page.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<table").map(|at| from + at) {
        let end = lower[start..]
            .find("</table>")
            .map_or(page.len(), |at| start + at + "</table>".len());
        found.push((start..end, grid(page, start, &page[start..end])));
        from = end;
    }
    found
}

fn grid(page: &str, start: usize, table: &str) -> Grid {
    let line_of = |offset: usize| page[..offset].matches('\n').count() + 1;
    let lower = table.to_ascii_lowercase();
    let mut grid = Grid {
        line: line_of(start),
        ..Grid::default()
    };
    let row_starts: Vec<usize> = lower.match_indices("<tr").map(|(at, _)| at).collect();
    for (i, &row_start) in row_starts.iter().enumerate() {
        let row_end = row_starts.get(i + 1).copied().unwrap_or(table.len());
        let row = &table[row_start..row_end];
        let cells = cells(row);
        if cells.is_empty() {
            continue;
        }
        let all_headers = cells.iter().all(|(header, _, _)| *header);
        let spans = cells.len() == 1 && cells[0].2;
        let texts: Vec<String> = cells.into_iter().map(|(_, text, _)| text).collect();
        if all_headers && grid.header.is_none() && grid.rows.is_empty() && !spans {
            grid.header = Some(texts);
        } else if spans {
            grid.rows.push(GridRow {
                line: line_of(start + row_start),
                cells: vec![format!("**{}**", texts[0].trim())],
            });
        } else {
            grid.rows.push(GridRow {
                line: line_of(start + row_start),
                cells: texts,
            });
        }
    }
    grid
}

/// The cells of a `<tr>`: whether each is a `<th>`, its inner HTML, and
/// whether it spans columns.
fn cells(row: &str) -> Vec<(bool, String, bool)> {
    let lower = row.to_ascii_lowercase();
    let mut cells = Vec::new();
    let mut from = 0;
    loop {
        let td = lower[from..].find("<td").map(|at| from + at);
        let th = lower[from..].find("<th").map(|at| from + at);
        let (at, header) = match (td, th) {
            (Some(td), Some(th)) if th < td => (th, true),
            (Some(td), _) => (td, false),
            (None, Some(th)) => (th, true),
            (None, None) => break,
        };
        // `<thead>` is not a cell.
        if lower[at..].starts_with("<thead") {
            from = at + 6;
            continue;
        }
        let Some(open_end) = lower[at..].find('>').map(|e| at + e + 1) else {
            break;
        };
        let spans = lower[at..open_end].contains("colspan");
        let close = if header { "</th" } else { "</td" };
        let next_cell = ["<td", "<th", close, "</tr", "</table"]
            .iter()
            .filter_map(|mark| lower[open_end..].find(mark))
            .min()
            .map_or(row.len(), |e| open_end + e);
        cells.push((header, row[open_end..next_cell].to_owned(), spans));
        from = next_cell;
    }
    cells
}

/// HTML outside tables as lines of markdown, each with the page line it
/// starts on: `<h2>Auth</h2>` → `## Auth`, block elements (`<p>`, `<br>`,
/// `<li>` → `- `) end lines, source line breaks are spaces (as a browser
/// shows them), scripts and styles dropped.
pub fn to_lines(fragment: &str, first_line: usize) -> Vec<(usize, String)> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut line = first_line;
    let mut current_line = first_line;
    let mut rest = fragment;
    let flush = |current: &mut String, at: usize, lines: &mut Vec<(usize, String)>| {
        let text = inline_to_markdown(current);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            lines.push((at, text));
        }
        current.clear();
    };
    while let Some(c) = rest.chars().next() {
        if c == '\n' {
            line += 1;
            current.push(' ');
            rest = &rest[1..];
            continue;
        }
        if c != '<' {
            if current.trim().is_empty() {
                current_line = line;
            }
            current.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        }
        match tag_at(rest) {
            Some((name, false, used))
                if name == "script" || name == "style" || is_heading(&name) =>
            {
                flush(&mut current, current_line, &mut lines);
                let close = format!("</{name}");
                let end = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
                let inner = &rest[used.min(end)..end];
                if is_heading(&name) {
                    let level = usize::from(name.as_bytes()[1] - b'0');
                    let title = inline_to_markdown(inner);
                    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                    lines.push((line, format!("{} {title}", "#".repeat(level))));
                }
                line += rest[..end].matches('\n').count();
                rest = &rest[end..];
                if let Some((_, _, used)) = tag_at(rest) {
                    rest = &rest[used..];
                }
            }
            Some((name, closing, used)) if BLOCKS.contains(&name.as_str()) => {
                flush(&mut current, current_line, &mut lines);
                if name == "li" && !closing {
                    current.push_str("- ");
                    current_line = line;
                }
                line += rest[..used].matches('\n').count();
                rest = &rest[used..];
            }
            _ => {
                current.push('<');
                rest = &rest[1..];
            }
        }
    }
    flush(&mut current, current_line, &mut lines);
    lines
}

fn is_heading(name: &str) -> bool {
    name.len() == 2 && name.starts_with('h') && matches!(name.as_bytes()[1], b'1'..=b'6')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_with_headers_sections_and_entities() {
        let page = "<h2>Errors</h2>\n<table>\n<tr><th>Code</th><th>Description</th></tr>\n\
                    <tr><td>400</td><td>Bad &amp; <b>wrong</b> </td></tr>\n\
                    <tr>\n  <th colspan=\"2\">Business-specific Codes</th>\n</tr>\n\
                    <tr>\n <td>5308</td>\n <td>Dataset not exists</td>\n</tr>\n</table>";
        let tables = tables(page);
        assert_eq!(tables.len(), 1);
        let (span, grid) = &tables[0];
        assert_eq!(span.start, page.find("<table").unwrap());
        assert_eq!(grid.line, 2);
        assert_eq!(
            grid.header.as_deref(),
            Some(&["Code".to_owned(), "Description".to_owned()][..])
        );
        let rows: Vec<Vec<String>> = grid.rows.iter().map(|r| r.cells.clone()).collect();
        assert_eq!(rows[0], ["400", "Bad &amp; <b>wrong</b> "]);
        assert_eq!(rows[1], ["**Business-specific Codes**"]);
        assert_eq!(grid.rows[2].line, 8);
    }

    #[test]
    fn unclosed_cells_and_uppercase_tags() {
        let page = "<TABLE><TR><TD>1<TD>one<TR><TD>2<TD>two</TABLE>";
        let (_, grid) = &tables(page)[0];
        assert_eq!(grid.header, None);
        assert_eq!(grid.rows[1].cells, ["2", "two"]);
    }

    #[test]
    fn inline_markup_becomes_markdown() {
        assert_eq!(
            inline_to_markdown(
                "<code>ERR</code> a&lt;b <del>x</del> &#20320;&#x597D; Invalid <field>"
            ),
            "`ERR` a<b ~~x~~ 你好 Invalid <field>"
        );
        assert_eq!(inline_to_markdown("a<br/>b & c"), "a b & c");
        // Found by the fuzzer: a character across the 12th byte.
        assert_eq!(
            inline_to_markdown("&New endpo\u{fffd}\u{fffd}ts"),
            "&New endpo\u{fffd}\u{fffd}ts"
        );
    }

    #[test]
    fn blocks_become_lines() {
        let lines = to_lines(
            "<h3 id=\"a\">\n Auth\n</h3><p>40001 : bad<br>40002 :\n worse</p>\n<ul><li>x</li></ul><script>var a = '<p>';</script>",
            10,
        );
        assert_eq!(
            lines,
            [
                (10, "### Auth".to_owned()),
                (12, "40001 : bad".to_owned()),
                (12, "40002 : worse".to_owned()),
                (14, "- x".to_owned())
            ]
        );
    }
}
