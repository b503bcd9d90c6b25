//! The imported table always compiles: the checks of `include_codes!` run
//! on the rows in memory, and each row they refuse is mended with the fix
//! the diagnostic carries, the least intrusive first: the variant the
//! checks suggest (`InvalidCredential40001`), then the plain one
//! (`Code40001`); a refused category, HTTP status or kind, or a name
//! another row has, is cleared; a
//! row refused for anything else, or still refused after that, is left
//! out, with the checks' reason. Every naming rule is the reader's
//! (`codetables_reader::names`); this module only applies fixes.

use codetables_reader::model::Column;
use codetables_reader::source::{Record, Records};
use codetables_reader::{read_records, Diagnostic, Fix, Table};

use super::{write, Row};

/// What was mended, for the report.
#[derive(Debug, Default)]
pub struct Mended {
    /// `code: what was done`.
    pub notes: Vec<String>,
    /// Problems left (with the whole table), for the report.
    pub unresolved: Vec<String>,
}

/// The rows read as `include_codes!` reads the table they make (with
/// their own columns declared; `text`: `#[codes(text)]`), without writing
/// it: each row is the record of its position, 1 for the first.
#[must_use]
pub fn check(rows: &[Row], text: bool) -> (Table, Vec<Diagnostic>) {
    let fields = write::fields(rows);
    // As the reader splits a file: every field trimmed.
    let record = |line, fields: Vec<String>| Record {
        line,
        fields: fields.into_iter().map(|f| f.trim().to_owned()).collect(),
    };
    let records = Records {
        header: Some(record(0, fields.header)),
        rows: fields
            .records
            .into_iter()
            .enumerate()
            .map(|(index, fields)| record(index + 1, fields))
            .collect(),
    };
    read_records(&records, &fields.own, text, Vec::new())
}

/// How many variants a row is given before it is left out: the suggested
/// one, then the plain one.
const VARIANT_FIXES: u8 = 2;

/// Mends `rows` until the table passes every check of `include_codes!`.
/// `text`: the codes are text (`#[codes(text)]`).
pub fn mend(rows: &mut Vec<Row>, text: bool) -> Mended {
    let mut mended = Mended::default();
    // Per row, how many variants it was given.
    let mut given: Vec<u8> = vec![0; rows.len()];
    // Every round changes or drops a row for each diagnostic, and a row
    // changes a bounded number of times (three fields cleared, two
    // variants), so this many rounds always suffice.
    let rounds = 6 * rows.len() + 1;
    for round in 0..=rounds {
        let (_, diagnostics) = check(rows, text);
        if diagnostics.is_empty() {
            return mended;
        }
        if round == rounds {
            // Not reached in practice; if it were, say what is left instead
            // of writing a table that does not compile without a word.
            mended.unresolved = located(&diagnostics);
            return mended;
        }
        let mut drop = Vec::new();
        for diagnostic in &diagnostics {
            let Some(index) = diagnostic
                .line
                .and_then(|line| line.checked_sub(1))
                .filter(|&index| index < rows.len())
            else {
                mended.unresolved = located(&diagnostics);
                return mended;
            };
            let problem = &diagnostic.message;
            let note = match &diagnostic.fix {
                Some(Fix::Clear(Column::Category)) if rows[index].category.is_some() => {
                    // The spelling is refused, not the row: every row that
                    // uses it loses it (found by `cargo fuzz run import`:
                    // one row a round took more rounds than there were).
                    let refused = rows[index].category.take();
                    for other in rows.iter_mut() {
                        if other.category == refused {
                            other.category = None;
                        }
                    }
                    format!("category cleared ({problem})")
                }
                Some(Fix::Clear(Column::Name)) if rows[index].name.is_some() => {
                    // Another row has the name (PostgreSQL lists one
                    // condition under two SQLSTATEs): the code stays.
                    rows[index].name = None;
                    format!("name cleared ({problem})")
                }
                Some(Fix::Clear(Column::Http)) if rows[index].http.is_some() => {
                    rows[index].http = None;
                    format!("http cleared ({problem})")
                }
                Some(Fix::Clear(Column::Kind)) if rows[index].kind.is_some() => {
                    rows[index].kind = None;
                    format!("kind cleared ({problem})")
                }
                Some(Fix::Variant { suggested, plain }) if given[index] < VARIANT_FIXES => {
                    let variant = if given[index] == 0 { suggested } else { plain };
                    given[index] += 1;
                    rows[index].variant = Some(variant.clone());
                    format!("variant `{variant}` ({problem})")
                }
                _ => {
                    drop.push(index);
                    format!("left out: {problem}")
                }
            };
            mended.notes.push(format!("{}: {note}", rows[index].code));
        }
        drop.sort_unstable();
        drop.dedup();
        for index in drop.into_iter().rev() {
            rows.remove(index);
            given.remove(index);
        }
    }
    mended
}

/// The diagnostics as `table:line: message`.
fn located(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics.iter().map(|d| d.located("table")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use codetables_reader::read_table;

    fn row(code: &str, message: &str) -> Row {
        Row {
            code: code.into(),
            message: message.into(),
            ..Row::default()
        }
    }

    #[test]
    fn collisions_empty_texts_and_reserved_names_get_variants() {
        let mut rows = vec![
            row("40001", "不合法的部门id"),
            row("40002", "不合法的部门ID"),
            row("40003", ""),
            row("-1000", "Unknown"),
            row("0", "Self"),
            row("1", "ok"),
        ];
        rows[5].category = Some("success".into());
        let mended = mend(&mut rows, false);
        assert!(mended.unresolved.is_empty(), "{mended:?}");
        let variants: Vec<Option<&str>> = rows.iter().map(|r| r.variant.as_deref()).collect();
        assert_eq!(
            variants,
            [
                None,
                Some("不合法的部门Id40002"),
                Some("Code40003"),
                Some("UnknownMinus1000"),
                Some("SelfCode"),
                None
            ]
        );
        assert_eq!(rows[5].category, None);
        let (csv, _) = write::table(&rows).unwrap();
        let (_, diagnostics) = read_table(&csv, &[]);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
    }

    /// Two codes whose messages say `http` collide on their variant: the
    /// variant is mended and the HTTP status stays (it was cleared while
    /// the mending read the diagnostic's words).
    #[test]
    fn a_collision_whose_message_says_http_keeps_the_status() {
        let mut rows = vec![row("40001", "http timeout"), row("40002", "http timeout")];
        for row in &mut rows {
            row.http = Some(504);
            row.kind = Some("deadline_exceeded".into());
            row.category = Some("http".into());
        }
        let mended = mend(&mut rows, false);
        assert!(mended.unresolved.is_empty(), "{mended:?}");
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|r| r.http == Some(504)), "{rows:?}");
        assert!(rows
            .iter()
            .all(|r| r.kind.as_deref() == Some("deadline_exceeded")));
        assert!(rows.iter().all(|r| r.category.as_deref() == Some("http")));
        assert_eq!(rows[1].variant.as_deref(), Some("HttpTimeout40002"));
        assert_eq!(mended.notes.len(), 1, "{:?}", mended.notes);
        assert!(mended.notes[0].starts_with("40002: variant `HttpTimeout40002`"));
    }

    /// The checks run on the rows as they are, each row the record of its
    /// position, and every diagnostic carries its fix.
    #[test]
    fn rows_are_checked_in_memory_and_each_problem_carries_its_fix() {
        let mut rows = vec![row("40001", "http timeout"), row("-7", "http timeout")];
        rows[1].http = Some(42);
        let (_, diagnostics) = check(&rows, false);
        let found: Vec<(Option<usize>, Option<Fix>)> =
            diagnostics.into_iter().map(|d| (d.line, d.fix)).collect();
        assert_eq!(
            found,
            [
                (Some(2), Some(Fix::Clear(Column::Http))),
                (
                    Some(2),
                    Some(Fix::Variant {
                        suggested: "HttpTimeoutMinus7".to_owned(),
                        plain: "CodeMinus7".to_owned()
                    })
                ),
            ]
        );
    }

    /// Found by `cargo fuzz run import`: two spellings of one category on
    /// more rows than the mending had rounds.
    #[test]
    fn a_refused_category_spelling_is_cleared_on_every_row() {
        let mut rows: Vec<Row> = (0..12)
            .map(|n| {
                let mut row = row(&format!("6012{n:02}"), &format!("错误 {n}"));
                row.category = Some(
                    if n == 0 {
                        "用户管理"
                    } else {
                        "用户_管理"
                    }
                    .into(),
                );
                row
            })
            .collect();
        let mended = mend(&mut rows, false);
        assert!(mended.unresolved.is_empty(), "{mended:?}");
        assert_eq!(rows.len(), 12);
        assert_eq!(rows[0].category.as_deref(), Some("用户管理"));
        assert!(rows[1..].iter().all(|r| r.category.is_none()));
        let (csv, _) = write::table(&rows).unwrap();
        assert!(read_table(&csv, &[]).1.is_empty());
    }
}
