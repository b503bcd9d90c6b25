//! Stage 1: bytes → UTF-8 text → CSV records, each with its line number.
//!
//! RFC 4180, read in one pass that also reports what a CSV library accepts
//! silently but a table author needs to hear about, with its line: a quoted
//! field that never closes (it would swallow the rest of the file) and text
//! after a closing quote (`"a"b` would become `ab`). The rules are those of
//! the `csv` crate's reader (`,`, `"`, `""` inside quotes, records ending
//! at `\n`, `\r\n` or `\r`, blank lines skipped; `tests/table_properties.rs`
//! reads back what `csv::Writer` writes), plus one leniency of hand-edited
//! tables: spaces before a field's opening quote (`1, "a, b"`) are allowed.
//! It is written here rather than taken from `csv-core` because that pass
//! is needed anyway, and `csv-core` would add itself and `memchr` to every
//! user's cold build.

use std::borrow::Cow;

use crate::{Diagnostic, Subject};

/// One CSV record: its fields, trimmed, and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The 1-based line the record starts on.
    pub line: usize,
    /// The fields, trimmed of surrounding whitespace.
    pub fields: Vec<String>,
}

/// The records of a table: the header, then the data rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Records {
    /// The first record, `None` for an empty file.
    pub header: Option<Record>,
    /// Every following record that is not blank.
    pub rows: Vec<Record>,
}

/// Decodes and splits `bytes`, reporting encoding and quoting errors.
///
/// Invalid UTF-8 is reported and replaced (so that the other rows are still
/// checked); a leading byte-order mark is skipped; blank rows (no text in any
/// field) are skipped.
pub fn records(bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Records {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = decode(bytes, diagnostics);
    let mut reader = Reader {
        chars: text.chars().peekable(),
        line: 1,
    };
    let mut all: Vec<Record> = Vec::new();
    while let Some(record) = reader.record(diagnostics) {
        if all.is_empty() || record.fields.iter().any(|f| !f.is_empty()) {
            all.push(record);
        }
    }
    let mut all = all.into_iter();
    Records {
        header: all.next(),
        rows: all.collect(),
    }
}

/// The line breaks in `text` as the reader counts them (and editors show
/// them): `\n`, `\r\n` and a lone `\r` are one each. For tools that write
/// a table and must know the line each row will be read at.
#[must_use]
pub fn line_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(at, &b)| b == b'\n' || (b == b'\r' && bytes.get(at + 1) != Some(&b'\n')))
        .count()
}

fn decode<'a>(bytes: &'a [u8], diagnostics: &mut Vec<Diagnostic>) -> Cow<'a, str> {
    if let Err(error) = std::str::from_utf8(bytes) {
        let at = error.valid_up_to();
        let line = bytes[..at].split(|&b| b == b'\n').count();
        diagnostics.push(Diagnostic::at(
            line,
            Subject::File,
            format!(
                "the table is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8",
                bytes[at]
            ),
        ));
    }
    String::from_utf8_lossy(bytes)
}

/// The text being read, and the line of its next character.
struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
}

/// How a field ended.
enum End {
    /// At a `,`: another field follows.
    Comma,
    /// At the end of a line or of the text: the record is complete.
    Record,
}

impl Reader<'_> {
    /// The next record, after any blank lines; `None` at the end.
    fn record(&mut self, diagnostics: &mut Vec<Diagnostic>) -> Option<Record> {
        while let Some(&c) = self.chars.peek() {
            if c != '\n' && c != '\r' {
                break;
            }
            self.newline();
        }
        self.chars.peek()?;
        let line = self.line;
        let mut fields = Vec::new();
        loop {
            let (field, end) = self.field(diagnostics);
            fields.push(field.trim().to_owned());
            if let End::Record = end {
                return Some(Record { line, fields });
            }
        }
    }

    /// Reads one field and what ends it.
    fn field(&mut self, diagnostics: &mut Vec<Diagnostic>) -> (String, End) {
        let mut field = String::new();
        // Spaces before an opening quote are kept only if no quote follows.
        while let Some(&c) = self.chars.peek() {
            if c == '\n' || c == '\r' || !c.is_whitespace() {
                break;
            }
            field.push(c);
            self.chars.next();
        }
        if self.chars.peek() == Some(&'"') {
            self.chars.next();
            field.clear();
            self.quoted(&mut field, diagnostics);
        }
        loop {
            match self.chars.peek() {
                None => return (field, End::Record),
                Some('\n' | '\r') => {
                    self.newline();
                    return (field, End::Record);
                }
                Some(',') => {
                    self.chars.next();
                    return (field, End::Comma);
                }
                Some(&c) => {
                    field.push(c);
                    self.chars.next();
                }
            }
        }
    }

    /// The rest of a quoted field, after its opening quote, up to its closing
    /// quote; then any text before the next `,` or line end, reported.
    fn quoted(&mut self, field: &mut String, diagnostics: &mut Vec<Diagnostic>) {
        let opened = self.line;
        loop {
            match self.chars.next() {
                None => {
                    diagnostics.push(Diagnostic::at(
                        opened,
                        Subject::Record,
                        "unterminated quote: the quoted field that starts on this line never \
                         closes; add the closing `\"` (write a quote inside a field as `\"\"`)",
                    ));
                    return;
                }
                Some('"') if self.chars.peek() == Some(&'"') => {
                    self.chars.next();
                    field.push('"');
                }
                Some('"') => break,
                Some(c) => {
                    if c == '\n' || (c == '\r' && self.chars.peek() != Some(&'\n')) {
                        self.line += 1;
                    }
                    field.push(c);
                }
            }
        }
        // After the closing quote: spaces are fine, anything else is a mistake
        // (kept, as CSV readers do, and reported).
        let mut reported = false;
        while let Some(&c) = self.chars.peek() {
            if c == ',' || c == '\n' || c == '\r' {
                break;
            }
            if !c.is_whitespace() && !reported {
                diagnostics.push(Diagnostic::at(
                    self.line,
                    Subject::Record,
                    format!(
                        "text `{c}…` after the closing quote of a field; \
                         quote the whole field and write a quote inside it as `\"\"`"
                    ),
                ));
                reported = true;
            }
            field.push(c);
            self.chars.next();
        }
    }

    /// Consumes a line ending: `\n`, `\r\n` or `\r`.
    fn newline(&mut self) {
        if self.chars.next() == Some('\r') && self.chars.peek() == Some(&'\n') {
            self.chars.next();
        }
        self.line += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Records, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let records = records(text.as_bytes(), &mut diagnostics);
        (records, diagnostics)
    }

    #[test]
    fn fields_are_trimmed_and_lines_counted_from_record_starts() {
        let (records, diagnostics) = read("code , message\n1,\" two\nlines \"\n2, x \n");
        assert!(diagnostics.is_empty());
        assert_eq!(records.header.unwrap().fields, ["code", "message"]);
        assert_eq!(records.rows[0].line, 2);
        assert_eq!(records.rows[0].fields, ["1", "two\nlines"]);
        assert_eq!(records.rows[1].line, 4);
        assert_eq!(records.rows[1].fields, ["2", "x"]);
    }

    #[test]
    fn blank_rows_and_bom_are_skipped() {
        // `"",""` too: found by `cargo fuzz run structured_table`, whose own
        // invariant had counted it as a row.
        let (records, diagnostics) = read("\u{feff}code,message\n\n,\n\"\", \"  \"\n1,a\r\n");
        assert!(diagnostics.is_empty());
        assert_eq!(records.header.unwrap().fields, ["code", "message"]);
        assert_eq!(records.rows.len(), 1);
        assert_eq!(records.rows[0].line, 5);
    }

    #[test]
    fn unterminated_quote_is_reported_where_it_opens() {
        let (_, diagnostics) = read("code,message\n1,ok\n2,\"never closed\n3,x\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].line, Some(3));
        assert!(diagnostics[0].message.starts_with("unterminated quote"));
    }

    #[test]
    fn escaped_quotes_and_quotes_inside_unquoted_fields_are_fine() {
        let (records, diagnostics) = read("code,message\n1,\"say \"\"hi\"\"\"\n2,5\" screen\n");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(records.rows[0].fields[1], "say \"hi\"");
        assert_eq!(records.rows[1].fields[1], "5\" screen");
    }

    #[test]
    fn text_after_closing_quote_is_reported() {
        let (_, diagnostics) = read("code,message\n1,\"a\"b\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].line, Some(2));
    }

    #[test]
    fn invalid_utf8_is_reported_and_the_rest_still_read() {
        let mut diagnostics = Vec::new();
        let records = records(b"code,message\n1,ok\n2,\xFF\n", &mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].line, Some(3));
        assert!(diagnostics[0].message.contains("0xFF"));
        assert_eq!(records.rows.len(), 2);
    }

    #[test]
    fn spaces_before_an_opening_quote_are_allowed() {
        let (records, diagnostics) = read("code,message\n1,  \"a, b\"  \n2, \"\n");
        assert_eq!(records.rows[0].fields, ["1", "a, b"]);
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert!(diagnostics[0].message.starts_with("unterminated quote"));
        assert_eq!(diagnostics[0].line, Some(3));
    }

    #[test]
    fn line_breaks_count_as_the_reader_counts() {
        for text in [
            "a\nb",
            "a\r\nb\rc\n",
            "\r",
            "\r\n\r\n",
            "x",
            "\"q\"\"\r\n\r\"",
        ] {
            let table = format!(
                "code,message\n1,\"{}\"\n2,next\n",
                text.replace('"', "\"\"")
            );
            let (records, _) = read(&table);
            assert_eq!(records.rows[1].line, 3 + line_breaks(text), "{text:?}");
        }
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        let (records, diagnostics) = read("code,message\r1,a\r2,\"b\rc\"\r3,d");
        assert!(diagnostics.is_empty());
        let lines: Vec<usize> = records.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 3, 5]);
        assert_eq!(records.rows[1].fields, ["2", "b\rc"]);
    }

    #[test]
    fn crlf_blank_lines_and_wide_records_keep_their_lines() {
        let wide = (0..40)
            .map(|i| format!("c{i}"))
            .collect::<Vec<_>>()
            .join(",");
        let text = format!("code,message\r\n\r\n\r\n1,\"a\r\nb\"\r\n{wide}\r\n2,last");
        let (records, diagnostics) = read(&text);
        assert!(diagnostics.is_empty());
        let lines: Vec<usize> = records.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [4, 6, 7]);
        assert_eq!(records.rows[0].fields, ["1", "a\r\nb"]);
        assert_eq!(records.rows[1].fields.len(), 40);
        assert_eq!(records.rows[1].fields[39], "c39");
        assert_eq!(records.rows[2].fields, ["2", "last"]);
    }

    #[test]
    fn empty_input_has_no_header() {
        let (records, diagnostics) = read("");
        assert!(diagnostics.is_empty());
        assert!(records.header.is_none());
    }
}
