//! Stage 2: records → typed rows. Checks the header and every field on its
//! own; rules that involve several rows are in [`check`](crate::check).

use codetables_runtime::Kind;

use crate::names;
use crate::source::{Record, Records};
use crate::Diagnostic;

/// The standard columns, in the order the documentation lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// `code`: a code or a range pattern (required).
    Code,
    /// `message`: the documented text (required, may be empty).
    Message,
    /// `name`: the vendor's symbolic name.
    Name,
    /// `variant`: an explicit Rust identifier for the variant.
    Variant,
    /// `category`: a snake_case group.
    Category,
    /// `http`: the HTTP status that goes with the code.
    Http,
    /// `kind`: the cross-vendor class.
    Kind,
    /// `retry`: overrides the retry decision of the kind.
    Retry,
    /// `deprecated`: a deprecation note.
    Deprecated,
}

impl Column {
    /// Every standard column.
    pub const ALL: [Column; 9] = [
        Column::Code,
        Column::Message,
        Column::Name,
        Column::Variant,
        Column::Category,
        Column::Http,
        Column::Kind,
        Column::Retry,
        Column::Deprecated,
    ];

    /// The column's header text.
    #[must_use]
    pub const fn header(self) -> &'static str {
        match self {
            Column::Code => "code",
            Column::Message => "message",
            Column::Name => "name",
            Column::Variant => "variant",
            Column::Category => "category",
            Column::Http => "http",
            Column::Kind => "kind",
            Column::Retry => "retry",
            Column::Deprecated => "deprecated",
        }
    }

    /// Whether `text` is the header of a standard column.
    #[must_use]
    pub fn is_standard(text: &str) -> bool {
        Column::ALL.iter().any(|c| c.header() == text)
    }

    const fn is_required(self) -> bool {
        matches!(self, Column::Code | Column::Message)
    }
}

/// What a position of the header holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Standard(Column),
    /// A declared own column, by its position in the declaration.
    Own(usize),
}

/// What a row's `code` field declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codes {
    /// One code: the row becomes a variant.
    One(i64),
    /// An inclusive range (`11xxx`, `21300-21319`, `-32099..=-32000`): the
    /// row gives defaults.
    Range {
        /// The first code of the range.
        first: i64,
        /// The last code of the range.
        last: i64,
    },
}

/// A row whose fields each parsed; what the rows mean together is checked later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The line the row starts on.
    pub line: usize,
    /// The code or range.
    pub codes: Codes,
    /// The `code` field as written (`11xxx`), for messages.
    pub code_text: String,
    /// The message, verbatim (trimmed).
    pub message: String,
    /// The `name` column, if not empty.
    pub name: Option<String>,
    /// The `variant` column, if not empty (not yet checked as an identifier).
    pub variant: Option<String>,
    /// The `category` column, if not empty and valid.
    pub category: Option<String>,
    /// The `http` column, if not empty and valid.
    pub http: Option<u16>,
    /// The `kind` column, if not empty and valid.
    pub kind: Option<Kind>,
    /// The `retry` column, if not empty and valid.
    pub retry: Option<bool>,
    /// The `deprecated` column, if not empty.
    pub deprecated: Option<String>,
    /// The declared own columns, in declaration order; `None` where empty.
    pub columns: Vec<Option<String>>,
}

/// Parses every data row, reading the declared own columns `own` besides
/// the standard ones. A row whose code is unusable or whose shape is wrong
/// is left out; a row with a bad optional field is kept without that field,
/// so that the rest of the table can still be checked and generated.
pub fn rows(records: &Records, own: &[String], diagnostics: &mut Vec<Diagnostic>) -> Vec<Row> {
    let Some(header) = &records.header else {
        diagnostics.push(Diagnostic::file(
            "the table is empty; it needs a header row (`code,message,…`) and at least one code",
        ));
        return Vec::new();
    };
    let Some(slots) = header_slots(header, own, diagnostics) else {
        return Vec::new();
    };
    records
        .rows
        .iter()
        .filter_map(|record| row(record, &slots, own.len(), diagnostics))
        .collect()
}

/// Maps each header position to its column; `None` when a required column
/// is missing (then no row can be read).
fn header_slots(
    header: &Record,
    own: &[String],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<Option<Slot>>> {
    let line = header.line;
    let mut slots = Vec::with_capacity(header.fields.len());
    for (position, text) in header.fields.iter().enumerate() {
        let slot = Column::ALL
            .into_iter()
            .find(|c| c.header() == text)
            .map(Slot::Standard)
            .or_else(|| own.iter().position(|o| o == text).map(Slot::Own));
        match slot {
            None => diagnostics.push(Diagnostic::at(line, unknown_column(text, position, own))),
            Some(slot) if slots.contains(&Some(slot)) => diagnostics.push(Diagnostic::at(
                line,
                format!("column `{text}` appears twice in the header; keep one"),
            )),
            Some(_) => {}
        }
        slots.push(slot.filter(|s| !slots.contains(&Some(*s))));
    }
    for (index, name) in own.iter().enumerate() {
        if !slots.contains(&Some(Slot::Own(index))) {
            diagnostics.push(Diagnostic::at(
                line,
                format!(
                    "column `{name}` is declared in `columns(...)` but the header has no \
                     `{name}` column; add it to the header, or remove it from `columns(...)`"
                ),
            ));
        }
    }
    let missing: Vec<&str> = Column::ALL
        .into_iter()
        .filter(|c| c.is_required() && !slots.contains(&Some(Slot::Standard(*c))))
        .map(Column::header)
        .collect();
    if missing.is_empty() {
        Some(slots)
    } else {
        diagnostics.push(Diagnostic::at(
            line,
            format!(
                "the header has no `{}` column; the first row must name the columns, \
                 such as `code,message,name`",
                missing.join("` or `")
            ),
        ));
        None
    }
}

fn unknown_column(text: &str, position: usize, own: &[String]) -> String {
    let standard: Vec<&str> = Column::ALL.iter().map(|c| c.header()).collect();
    let standard = standard.join(", ");
    if text.is_empty() {
        return format!(
            "column {} of the header has no name; remove the extra comma or name it one of: {standard}",
            position + 1
        );
    }
    let lower = text.to_lowercase();
    if let Some(known) = Column::ALL
        .iter()
        .map(|c| c.header())
        .chain(own.iter().map(String::as_str))
        .find(|known| *known == lower)
    {
        return format!("unknown column `{text}`; column names are lower-case: write `{known}`");
    }
    let declare = |name: &str| format!("`#[codes(columns({name}))]`");
    let typo_of = Column::ALL
        .iter()
        .map(|c| c.header())
        .chain(own.iter().map(String::as_str))
        .find(|known| text.chars().count() > 3 && strsim::damerau_levenshtein(&lower, known) <= 2);
    if let Some(known) = typo_of {
        return format!(
            "unknown column `{text}`; did you mean `{known}`? (the standard columns are: \
             {standard}; a column of the vendor's own is declared with {})",
            declare(text)
        );
    }
    if names::own_column_problem(text).is_none() {
        format!(
            "unknown column `{text}`; to keep a column of the vendor's own, declare it in the \
             invocation, {}, which generates a `{text}()` method; the standard columns are: {standard}",
            declare(text)
        )
    } else {
        let renamed = names::snake_case(text);
        if names::own_column_problem(&renamed).is_none() {
            format!(
                "unknown column `{text}`; to keep a column of the vendor's own, rename it \
                 `{renamed}` in the header and declare it, {}; the standard columns are: {standard}",
                declare(&renamed)
            )
        } else {
            format!(
                "unknown column `{text}`; the standard columns are: {standard}; a column of the \
                 vendor's own needs a snake_case name, declared with {}",
                declare("name")
            )
        }
    }
}

fn row(
    record: &Record,
    slots: &[Option<Slot>],
    own_count: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Row> {
    let line = record.line;
    if record.fields.len() != slots.len() {
        diagnostics.push(Diagnostic::at(
            line,
            format!(
                "this row has {} fields but the header has {}; quote a field that contains \
                 a comma (`\"a, b\"`)",
                record.fields.len(),
                slots.len()
            ),
        ));
        return None;
    }
    let field_at = |wanted: Slot| -> Option<&str> {
        let position = slots.iter().position(|s| *s == Some(wanted))?;
        Some(record.fields[position].as_str()).filter(|text| !text.is_empty())
    };
    let field = |wanted: Column| field_at(Slot::Standard(wanted));
    let mut report = |message: String| diagnostics.push(Diagnostic::at(line, message));

    let code_text = field(Column::Code).unwrap_or_default();
    let codes = match parse_codes(code_text) {
        Ok(codes) => Some(codes),
        Err(message) => {
            report(message);
            None
        }
    };
    let category =
        field(Column::Category).and_then(|text| ok_or_report(parse_category(text), &mut report));
    let http = field(Column::Http).and_then(|text| ok_or_report(parse_http(text), &mut report));
    let kind = field(Column::Kind).and_then(|text| ok_or_report(parse_kind(text), &mut report));
    let retry = field(Column::Retry).and_then(|text| ok_or_report(parse_retry(text), &mut report));
    let name = field(Column::Name).map(str::to_owned);
    let variant = field(Column::Variant).map(str::to_owned);
    let deprecated = field(Column::Deprecated).map(str::to_owned);
    let columns = (0..own_count)
        .map(|index| field_at(Slot::Own(index)).map(str::to_owned))
        .collect();

    let codes = codes?;
    if let Codes::Range { .. } = codes {
        for (column, value) in [
            (Column::Name, &name),
            (Column::Variant, &variant),
            (Column::Deprecated, &deprecated),
        ] {
            if let Some(value) = value {
                report(format!(
                    "`{}` is a range row, which declares defaults and has no variant; \
                     its `{}` column (`{value}`) belongs on a row with a single code",
                    code_text,
                    column.header()
                ));
            }
        }
    }
    Some(Row {
        line,
        codes,
        code_text: code_text.to_owned(),
        message: field(Column::Message).unwrap_or_default().to_owned(),
        name,
        variant,
        category,
        http,
        kind,
        retry,
        deprecated,
        columns,
    })
}

fn ok_or_report<T>(result: Result<T, String>, report: &mut impl FnMut(String)) -> Option<T> {
    result.map_err(report).ok()
}

const CODE_FORMS: &str = "a code (`51006`, `-1`), a pattern (`11xxx`, `-10xx`) or an inclusive \
     range (`21300-21319`, `-32099..=-32000`)";

/// Parses a `code` field: a code (`51006`, `-1`), a pattern of digits then
/// `x`s (`11xxx`; `-10xx` is -1099..=-1000), or an inclusive range
/// (`21300..=21319`, `-32099..=-32000`; `21300-21319` for codes of zero
/// and above).
///
/// # Errors
/// A message quoting the field and saying what is accepted.
pub fn parse_codes(text: &str) -> Result<Codes, String> {
    if text.is_empty() {
        return Err(format!("the code is empty; write {CODE_FORMS}"));
    }
    if let Some((first, rest)) = text.split_once("..") {
        let Some(last) = rest.strip_prefix('=') else {
            return Err(format!(
                "range `{text}` does not say whether its last code is in it; write an \
                 inclusive range with `..=`, such as `{}..={}`",
                first.trim(),
                rest.trim()
            ));
        };
        let first = parse_one_code(first.trim(), text)?;
        let last = parse_one_code(last.trim(), text)?;
        return range(first, last, text);
    }
    // `a-b`: a dash after the first character (a leading one is a sign).
    if let Some((at, _)) = text.char_indices().skip(1).find(|&(_, c)| c == '-') {
        let (first, last) = (text[..at].trim(), text[at + 1..].trim());
        if first.trim_start_matches('-').is_empty() {
            return Err(format!("bad code `{text}`; write {CODE_FORMS}"));
        }
        if first.starts_with('-') || last.starts_with('-') {
            return Err(format!(
                "range `{text}` has a negative code; `a-b` is for codes of zero and above, \
                 write it as `{first}..={last}`"
            ));
        }
        let first = parse_one_code(first, text)?;
        let last = parse_one_code(last, text)?;
        return range(first, last, text);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, text),
    };
    let digits = body.trim_end_matches(['x', 'X']);
    let wildcards = body.len() - digits.len();
    if wildcards == 0 {
        return parse_one_code(text, text).map(Codes::One);
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "bad code pattern `{text}`: a pattern is digits then `x`s, such as `11xxx` \
             (11000..=11999) or `-10xx` (-1099..=-1000)"
        ));
    }
    let bounds = u32::try_from(wildcards)
        .ok()
        .and_then(|w| 10i128.checked_pow(w))
        .and_then(|scale| {
            let low = digits.parse::<i128>().ok()?.checked_mul(scale)?;
            Some((low, low.checked_add(scale - 1)?))
        })
        .map(|(low, high)| if negative { (-high, -low) } else { (low, high) })
        .and_then(|(first, last)| Some((i64::try_from(first).ok()?, i64::try_from(last).ok()?)));
    match bounds {
        Some((first, last)) => Ok(Codes::Range { first, last }),
        None => Err(format!(
            "code pattern `{text}` goes beyond the codes' range, {} to {}",
            i64::MIN,
            i64::MAX
        )),
    }
}

fn range(first: i64, last: i64, text: &str) -> Result<Codes, String> {
    if first > last {
        return Err(format!(
            "range `{text}` is empty: it starts after it ends; write the smaller code first"
        ));
    }
    Ok(Codes::Range { first, last })
}

fn parse_one_code(code: &str, field: &str) -> Result<i64, String> {
    let digits = code.strip_prefix('-').unwrap_or(code);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("bad code `{field}`; write {CODE_FORMS}"));
    }
    code.parse::<i64>().map_err(|_| {
        format!(
            "code `{code}` is out of range; codes go from {} to {}",
            i64::MIN,
            i64::MAX
        )
    })
}

/// Parses an `http` field: a status from 100 to 599.
///
/// # Errors
/// A message quoting the field.
pub fn parse_http(text: &str) -> Result<u16, String> {
    match text.parse::<u16>() {
        Ok(status @ 100..=599) => Ok(status),
        _ => Err(format!(
            "bad http status `{text}`; write a status from 100 to 599, such as `404`"
        )),
    }
}

/// Parses a `kind` field: one of [`Kind`]'s snake_case names.
///
/// # Errors
/// A message quoting the field and listing the kinds.
pub fn parse_kind(text: &str) -> Result<Kind, String> {
    Kind::from_snake_name(text).ok_or_else(|| {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.snake_name()).collect();
        let hint = Kind::ALL
            .into_iter()
            .find(|k| {
                let loose = |s: &str| s.replace(['_', '-', ' '], "").to_ascii_lowercase();
                loose(k.snake_name()) == loose(text)
            })
            .map(|k| format!(" (did you mean `{}`?)", k.snake_name()))
            .unwrap_or_default();
        format!(
            "unknown kind `{text}`{hint}; expected one of: {}",
            names.join(", ")
        )
    })
}

/// Parses a `retry` field: `true` or `false`.
///
/// # Errors
/// A message quoting the field.
pub fn parse_retry(text: &str) -> Result<bool, String> {
    match text {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(format!("bad retry value `{text}`; write `true` or `false`")),
    }
}

/// Checks a `category` field: a snake_case identifier in any script
/// (`model_evaluation`, `用户管理`), which becomes `is_<category>()`.
///
/// # Errors
/// A message quoting the field and suggesting the snake_case form.
pub fn parse_category(text: &str) -> Result<String, String> {
    match names::snake_problem(text) {
        None => Ok(text.to_owned()),
        Some(problem) => {
            let suggestion = names::snake_case(text);
            let hint = if names::snake_problem(&suggestion).is_none() {
                format!("; write it `{suggestion}`")
            } else {
                String::new()
            };
            Err(format!(
                "bad category `{text}`: {problem}; a category is snake_case (lower-case \
                 letters of any script, digits and `_`, starting with a letter){hint}"
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_patterns_and_ranges() {
        let cases = [
            ("51006", Codes::One(51006)),
            ("0", Codes::One(0)),
            ("4294967295", Codes::One(4_294_967_295)),
            ("-1", Codes::One(-1)),
            ("-32601", Codes::One(-32601)),
            ("-9223372036854775808", Codes::One(i64::MIN)),
            ("9223372036854775807", Codes::One(i64::MAX)),
            (
                "-10xx",
                Codes::Range {
                    first: -1099,
                    last: -1000,
                },
            ),
            (
                "-32099..=-32000",
                Codes::Range {
                    first: -32099,
                    last: -32000,
                },
            ),
            ("-5 ..= 3", Codes::Range { first: -5, last: 3 }),
            (
                "100..=199",
                Codes::Range {
                    first: 100,
                    last: 199,
                },
            ),
            (
                "11xxx",
                Codes::Range {
                    first: 11000,
                    last: 11999,
                },
            ),
            (
                "2135x",
                Codes::Range {
                    first: 21350,
                    last: 21359,
                },
            ),
            (
                "5xxxxx",
                Codes::Range {
                    first: 500_000,
                    last: 599_999,
                },
            ),
            (
                "21300-21319",
                Codes::Range {
                    first: 21300,
                    last: 21319,
                },
            ),
            ("7 - 7", Codes::Range { first: 7, last: 7 }),
            (
                "4294967295-4294967295",
                Codes::Range {
                    first: 4_294_967_295,
                    last: 4_294_967_295,
                },
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_codes(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn bad_codes_say_what_is_accepted() {
        for text in [
            "", "abc", "1.5", "x", "xx1", "1x1", "12-", "-", "--1", "-x", "-1x1", "+5", "0x10",
            "1..=", "..=5",
        ] {
            let error = parse_codes(text).expect_err(text);
            assert!(
                error.contains(&format!("`{text}`")) || text.is_empty(),
                "{text}: {error}"
            );
        }
        assert!(parse_codes("20-10")
            .unwrap_err()
            .contains("starts after it ends"));
        assert!(parse_codes("-1000..=-1099")
            .unwrap_err()
            .contains("starts after it ends"));
        for too_large in [
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999",
        ] {
            let error = parse_codes(too_large).unwrap_err();
            assert!(error.contains("out of range"), "{error}");
        }
        for beyond in [
            "93xxxxxxxxxxxxxxxxx",
            "-93xxxxxxxxxxxxxxxxx",
            "5xxxxxxxxxxxxxxxxxxxxxxx",
        ] {
            assert!(
                parse_codes(beyond).unwrap_err().contains("beyond"),
                "{beyond}"
            );
        }
        let error = parse_codes("-5-3").unwrap_err();
        assert!(error.contains("write it as `-5..=3`"), "{error}");
        let error = parse_codes("1..5").unwrap_err();
        assert!(error.contains("`1..=5`"), "{error}");
    }

    #[test]
    fn http_kind_retry_category() {
        assert_eq!(parse_http("404"), Ok(404));
        for bad in ["99", "600", "4o4", "-1", "70000"] {
            assert!(parse_http(bad).unwrap_err().contains(bad));
        }
        assert_eq!(parse_kind("not_found"), Ok(Kind::NotFound));
        let error = parse_kind("NotFound").unwrap_err();
        assert!(error.contains("did you mean `not_found`"), "{error}");
        assert!(error.contains("resource_exhausted"));
        assert_eq!(parse_retry("true"), Ok(true));
        assert!(parse_retry("yes").is_err());
        assert_eq!(
            parse_category("model_evaluation").as_deref(),
            Ok("model_evaluation")
        );
        let error = parse_category("Model Evaluation").unwrap_err();
        assert!(error.contains("`model_evaluation`"), "{error}");
        for bad in ["_x", "x_", "a__b", "1a", "É", "ｘ"] {
            assert!(parse_category(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_category("用户管理").as_deref(), Ok("用户管理"));
        assert_eq!(parse_category("é").as_deref(), Ok("é"));
    }

    fn parse(text: &str) -> (Vec<Row>, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let records = crate::source::records(text.as_bytes(), &mut diagnostics);
        let rows = rows(&records, &[], &mut diagnostics);
        (rows, diagnostics)
    }

    #[test]
    fn columns_in_any_order() {
        let (rows, diagnostics) = parse("kind,message,code,name\nnot_found,Gone,404,GONE\n");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(rows[0].codes, Codes::One(404));
        assert_eq!(rows[0].name.as_deref(), Some("GONE"));
        assert_eq!(rows[0].kind, Some(Kind::NotFound));
    }

    #[test]
    fn header_problems_are_all_reported() {
        let (rows, diagnostics) = parse("Code,mesage,name,name,\n1,a,b,c,d\n");
        assert!(rows.is_empty());
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages.len(), 5, "{messages:#?}");
        assert!(messages[0].contains("write `code`"));
        assert!(messages[1].contains("unknown column `mesage`"));
        assert!(messages[2].contains("appears twice"));
        assert!(messages[3].contains("column 5 of the header has no name"));
        assert!(messages[4].contains("no `code` or `message` column"));
    }

    #[test]
    fn every_bad_field_of_a_row_is_reported_and_the_row_kept() {
        let (rows, diagnostics) =
            parse("code,message,http,kind,retry,category\n1,a,700,nope,maybe,Bad\n");
        assert_eq!(diagnostics.len(), 4, "{diagnostics:#?}");
        assert!(diagnostics.iter().all(|d| d.line == Some(2)));
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (rows[0].http, rows[0].kind, rows[0].retry),
            (None, None, None)
        );
    }

    #[test]
    fn field_count_must_match_the_header() {
        let (rows, diagnostics) = parse("code,message\n1,a,b\n2\n3,c\n");
        assert_eq!(rows.len(), 1);
        assert_eq!(diagnostics.len(), 2);
        assert!(diagnostics[0]
            .message
            .contains("has 3 fields but the header has 2"));
    }

    #[test]
    fn range_rows_cannot_carry_variant_columns() {
        let (rows, diagnostics) =
            parse("code,message,name,variant,deprecated\n11xxx,Connection,CONN,Conn,old\n");
        assert_eq!(rows.len(), 1);
        assert_eq!(diagnostics.len(), 3);
        assert!(diagnostics[0].message.contains("`name` column (`CONN`)"));
    }

    #[test]
    fn empty_file_is_an_error() {
        let (rows, diagnostics) = parse("");
        assert!(rows.is_empty());
        assert!(diagnostics[0].message.contains("empty"));
    }
}
