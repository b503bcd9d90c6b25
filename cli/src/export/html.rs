//! `--to html`: the documentation page (see `page`) as one file that works
//! offline: no external asset, the style and the script inline. Each row
//! has `id="code-<code>"` and a link to itself, so that a `doc_url` can
//! point at it; the row the URL's fragment names is highlighted (CSS
//! `:target`); a search box filters the rows by code, name or message as
//! the user types. Text is escaped as HTML, a newline is a `<br>`, a
//! deprecated code is struck out. `codetables import` of the page gives
//! back the table.

use std::fmt::Write as _;

use codetables_reader::Table;

use super::page::{self, Column, PageRow};

const STYLE: &str = "\
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328;background:#fff}
h1{font-size:1.8rem;margin-bottom:.5rem}h2{font-size:1.3rem;margin-top:2rem}
#search{font:inherit;padding:.4rem .6rem;width:min(28rem,100%);border:1px solid #d0d7de;border-radius:6px}
#count{color:#59636e;margin-left:.75rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;white-space:nowrap}
td.code a{color:inherit;text-decoration:none}td.code a:hover{text-decoration:underline}
tr:target{background:#fff8c5;outline:2px solid #d4a72c}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}th{background:#161b22}th,td,#search{border-color:#30363d}#search{background:#0d1117;color:inherit}tr:target{background:#3b2e00}}
";

const SCRIPT: &str = "\
(function () {
  var input = document.getElementById('search');
  var count = document.getElementById('count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr'));
  var texts = rows.map(function (row) {
    return Array.prototype.map.call(row.querySelectorAll('.code, .name, .message'), function (cell) {
      return cell.textContent;
    }).join(' ').toLowerCase();
  });
  var sections = Array.prototype.slice.call(document.querySelectorAll('section'));
  function filter() {
    var query = input.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row, i) {
      var hit = query === '' || texts[i].indexOf(query) !== -1;
      row.hidden = !hit;
      if (hit) { shown += 1; }
    });
    sections.forEach(function (section) {
      section.hidden = section.querySelector('tbody tr:not([hidden])') === null;
    });
    count.textContent = query === '' ? rows.length + ' codes' : shown + ' of ' + rows.length + ' codes';
  }
  input.addEventListener('input', filter);
  filter();
})();
";

/// The page.
pub fn page(table: &Table, name: &str) -> String {
    let rows = page::rows(table);
    let columns = page::columns(table, &rows);
    let name = escape(name);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{name}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<h1>{name}</h1>\n\
         <p><input type=\"search\" id=\"search\" placeholder=\"Filter by code, name or message\" \
         aria-label=\"Filter by code, name or message\" autocomplete=\"off\"><span id=\"count\"></span></p>\n"
    );
    for section in page::sections(table, &rows) {
        let title = section
            .title
            .as_deref()
            .map_or_else(|| "Codes".to_owned(), heading);
        let _ = write!(out, "<section>\n<h2>{title}</h2>\n");
        for range in section.rows.iter().filter(|r| r.range) {
            if !range.message.is_empty() {
                let _ = writeln!(out, "<p>{}</p>", escape(range.message));
            }
        }
        write_table(&mut out, &columns, &section.rows);
        out.push_str("</section>\n");
    }
    let _ = write!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

fn write_table(out: &mut String, columns: &[Column], rows: &[&PageRow<'_>]) {
    out.push_str("<table>\n<thead><tr>");
    for column in columns {
        let _ = write!(out, "<th>{}</th>", escape(&column.header));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        let id = format!("code-{}", attribute(&row.code));
        let _ = write!(out, "<tr id=\"{id}\">");
        for (i, column) in columns.iter().enumerate() {
            let text = escape(&column.cell(row));
            let class = match column.header.as_str() {
                _ if i == 0 => " class=\"code\"",
                "Name" if i == 1 => " class=\"name\"",
                "Message" => " class=\"message\"",
                _ => "",
            };
            let text = match i {
                0 if row.deprecated => format!("<a href=\"#{id}\"><del>{text}</del></a>"),
                0 => format!("<a href=\"#{id}\">{text}</a>"),
                _ => text,
            };
            let _ = write!(out, "<td{class}>{text}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A section's title with its code span: `Auth (<code>auth</code>)`.
fn heading(title: &str) -> String {
    match title.split_once(" (`") {
        Some((words, span)) => {
            let span = span.trim_end_matches(')').trim_end_matches('`');
            format!("{} (<code>{}</code>)", escape(words), escape(span))
        }
        None => escape(title),
    }
}

/// Text as HTML: `&`, `<`, `>` and `"` escaped, a newline a `<br>`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Text inside an attribute and a URL fragment: escaped as HTML, and the
/// characters a fragment cannot hold written as `_`.
fn attribute(text: &str) -> String {
    escape(&text.replace(|c: char| c.is_whitespace() || c == '#', "_"))
}
