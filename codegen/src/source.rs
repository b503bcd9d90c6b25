//! Stage 1: bytes → UTF-8 text → CSV records, each with its line number.
//!
//! `csv-core` does the RFC 4180 parsing: the `csv` crate's own parser, without
//! the serde layer that would lengthen every user's cold build. It is lenient
//! where a table author needs to hear about a mistake (an unterminated quote
//! swallows the rest of the file; `"a"b` silently becomes `ab`), so
//! [`check_quotes`] runs first and reports those with their lines.

use std::borrow::Cow;

use crate::Diagnostic;

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
    check_quotes(&text, diagnostics);

    let mut all = Vec::new();
    let mut fields = Fields::new(text.len());
    let mut input = text.as_bytes();
    let mut line = 1;
    loop {
        // Blank lines between records: counted here, so that `line` is where
        // the record's first field is.
        let blank = input
            .iter()
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .count();
        line += newlines(&input[..blank]);
        input = &input[blank..];
        if input.is_empty() {
            break;
        }
        let start_line = line;
        let read = fields.read_record(input);
        line += newlines(&input[..read]);
        input = &input[read..];
        let record: Vec<String> = fields.iter().map(|f| f.trim().to_owned()).collect();
        if all.is_empty() || record.iter().any(|f| !f.is_empty()) {
            all.push(Record {
                line: start_line,
                fields: record,
            });
        }
    }
    let mut all = all.into_iter();
    Records {
        header: all.next(),
        rows: all.collect(),
    }
}

// A table is read once per build: not worth the `bytecount` crate.
#[allow(clippy::naive_bytecount)]
fn newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

/// `csv-core`'s RFC 4180 reader (`,`, `"`, `""` inside quotes, any of `\n`,
/// `\r\n`, `\r` ending a record) with the buffers of one record.
struct Fields {
    reader: csv_core::Reader,
    /// The unquoted text of the record's fields, one after the other.
    text: Vec<u8>,
    /// Where each field ends in `text`.
    ends: Vec<usize>,
    /// How much of `ends` the current record fills.
    count: usize,
}

impl Fields {
    fn new(input_len: usize) -> Fields {
        Fields {
            reader: csv_core::Reader::new(),
            // A record's unquoted text is never longer than the input.
            text: vec![0; input_len.max(1)],
            ends: vec![0; 16],
            count: 0,
        }
    }

    /// Reads the record at the start of `input` and returns how many bytes
    /// it took, its terminator included.
    fn read_record(&mut self, input: &[u8]) -> usize {
        let (mut consumed, mut written) = (0, 0);
        self.count = 0;
        loop {
            let (result, read, wrote, ended) = self.reader.read_record(
                &input[consumed..],
                &mut self.text[written..],
                &mut self.ends[self.count..],
            );
            consumed += read;
            written += wrote;
            self.count += ended;
            match result {
                // The next call, with no input left, is the end of the file
                // and completes the last record.
                csv_core::ReadRecordResult::InputEmpty => {}
                csv_core::ReadRecordResult::OutputFull => {
                    self.text.resize(self.text.len() * 2, 0);
                }
                csv_core::ReadRecordResult::OutputEndsFull => {
                    self.ends.resize(self.ends.len() * 2, 0);
                }
                csv_core::ReadRecordResult::Record | csv_core::ReadRecordResult::End => {
                    return consumed;
                }
            }
        }
    }

    /// The fields of the record last read. Valid UTF-8 in, valid UTF-8 out:
    /// the reader only removes ASCII quotes and splits at ASCII commas.
    fn iter(&self) -> impl Iterator<Item = Cow<'_, str>> {
        let ends = &self.ends[..self.count];
        let starts = core::iter::once(0).chain(ends.iter().copied());
        starts
            .zip(ends)
            .map(|(start, &end)| String::from_utf8_lossy(&self.text[start..end]))
    }
}

fn decode<'a>(bytes: &'a [u8], diagnostics: &mut Vec<Diagnostic>) -> Cow<'a, str> {
    if let Err(error) = std::str::from_utf8(bytes) {
        let at = error.valid_up_to();
        let line = bytes[..at].split(|&b| b == b'\n').count();
        diagnostics.push(Diagnostic::at(
            line,
            format!(
                "the table is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8",
                bytes[at]
            ),
        ));
    }
    String::from_utf8_lossy(bytes)
}

/// Reports quoted fields that never close and text after a closing quote,
/// following RFC 4180: a field is quoted only if `"` is its first character,
/// and `""` inside a quoted field is one quote.
pub fn check_quotes(text: &str, diagnostics: &mut Vec<Diagnostic>) {
    let mut line = 1;
    let mut open_quote_line = None;
    let mut at_field_start = true;
    let mut after_closing_quote = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if open_quote_line.is_some() {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                }
                '"' => {
                    open_quote_line = None;
                    after_closing_quote = true;
                }
                '\n' => line += 1,
                _ => {}
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                open_quote_line = Some(line);
                at_field_start = false;
            }
            ',' | '\n' => {
                if c == '\n' {
                    line += 1;
                }
                at_field_start = true;
                after_closing_quote = false;
            }
            c if c.is_whitespace() => {}
            c if after_closing_quote => {
                diagnostics.push(Diagnostic::at(
                    line,
                    format!(
                        "text `{c}…` after the closing quote of a field; \
                         quote the whole field and write a quote inside it as `\"\"`"
                    ),
                ));
                after_closing_quote = false;
            }
            _ => at_field_start = false,
        }
    }
    if let Some(opened) = open_quote_line {
        diagnostics.push(Diagnostic::at(
            opened,
            "unterminated quote: the quoted field that starts on this line never closes; \
             add the closing `\"` (write a quote inside a field as `\"\"`)",
        ));
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
        let (records, diagnostics) = read("\u{feff}code,message\n\n,\n1,a\r\n");
        assert!(diagnostics.is_empty());
        assert_eq!(records.header.unwrap().fields, ["code", "message"]);
        assert_eq!(records.rows.len(), 1);
        assert_eq!(records.rows[0].line, 4);
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
