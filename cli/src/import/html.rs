//! HTML pages: the rows of every `<table>`. A `<th colspan>` row starts a
//! section (a category); header rows of `<th>` cells are skipped.

use super::{category, Row};

pub fn rows(page: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut section: Option<String> = None;
    for table in page.split("<table").skip(1) {
        let table = table.split("</table>").next().unwrap_or_default();
        for row in table.split("<tr").skip(1) {
            let row = row.split("</tr>").next().unwrap_or_default();
            let data = cells(row, "td");
            let headers = cells(row, "th");
            if data.is_empty() {
                if row.contains("colspan") {
                    section = headers.first().and_then(|title| category(title));
                }
                continue;
            }
            if let [code, message, ..] = data.as_slice() {
                if !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) {
                    rows.push(Row {
                        code: code.clone(),
                        message: message.clone(),
                        category: section.clone(),
                        ..Row::default()
                    });
                }
            }
        }
    }
    rows
}

/// The texts of the `<tag …>…</tag>` cells of a row, entities decoded,
/// whitespace trimmed.
fn cells(row: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    row.split(open.as_str())
        .skip(1)
        .filter_map(|cell| {
            let (_, content) = cell.split_once('>')?;
            let content = content.split(close.as_str()).next()?;
            Some(decode_entities(&strip_tags(content)).trim().to_owned())
        })
        .collect()
}

fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_sections_and_entities() {
        let page = "<table>\n<tr><th>Code</th><th>Description</th></tr>\n\
                    <tr><td>400</td><td>Bad &amp; <b>wrong</b> </td></tr>\n\
                    <tr>\n  <th colspan=\"2\">Business-specific Codes</th>\n</tr>\n\
                    <tr>\n <td>5308</td>\n <td>Dataset not exists</td>\n</tr>\n</table>";
        let rows = rows(page);
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].code.as_str(), rows[0].message.as_str()),
            ("400", "Bad & wrong")
        );
        assert_eq!(rows[0].category, None);
        assert_eq!(rows[1].category.as_deref(), Some("business_specific"));
    }
}
