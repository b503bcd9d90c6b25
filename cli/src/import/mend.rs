//! The imported table always compiles: the checks of `include_codes!` run
//! on what `import` wrote, and each row they reject is mended the least
//! intrusive way that works, one step at a time: a `variant` made of the
//! derived one and the code (`InvalidCredential40001`), then `Code40001`;
//! a category, HTTP status or kind the checks refuse is cleared; a row
//! still refused after that is left out, with the checks' reason.

use codetables_reader::model::Column;
use codetables_reader::{names, read_table_as, Subject};

use super::{write, Row};

/// What was mended, for the report.
#[derive(Debug, Default)]
pub struct Mended {
    /// `code: what was done`.
    pub notes: Vec<String>,
    /// Problems left (with the whole table), for the report.
    pub unresolved: Vec<String>,
}

/// Mends `rows` until the table passes every check of `include_codes!`
/// (with its own columns declared).
/// `text`: the codes are text (`#[codes(text)]`).
pub fn mend(rows: &mut Vec<Row>, text: bool) -> Mended {
    let mut mended = Mended::default();
    let mut steps: Vec<u8> = vec![0; rows.len()];
    // Every round changes or drops a row for each diagnostic, and a row can
    // be changed only a few times (three fields cleared, two variants), so
    // this many rounds always suffice.
    let rounds = 6 * rows.len() + 1;
    for _ in 0..rounds {
        let Ok((csv, starts)) = write::table(rows) else {
            break;
        };
        let own = write::own_columns(rows);
        let (_, diagnostics) = read_table_as(&csv, &own, text);
        if diagnostics.is_empty() {
            return mended;
        }
        let mut drop = Vec::new();
        for diagnostic in &diagnostics {
            let Some(index) = diagnostic
                .line
                .and_then(|line| starts.iter().position(|&s| s == line))
            else {
                mended
                    .unresolved
                    .clone_from(&diagnostics.iter().map(|d| d.located("table")).collect());
                return mended;
            };
            let row = &mut rows[index];
            let problem = &diagnostic.message;
            // What the diagnostic is about decides, never its words: a
            // message may quote a row whose text says `http` or `kind`.
            let about = diagnostic.subject;
            let note = if about == Subject::Field(Column::Category) && row.category.is_some() {
                // The spelling is refused, not the row: every row that uses
                // it loses it (found by `cargo fuzz run import`: one row a
                // round took more rounds than there were).
                let refused = row.category.take();
                for other in rows.iter_mut() {
                    if other.category == refused {
                        other.category = None;
                    }
                }
                let row = &rows[index];
                mended
                    .notes
                    .push(format!("{}: category cleared ({problem})", row.code));
                continue;
            } else if about == Subject::Field(Column::Http) && row.http.is_some() {
                row.http = None;
                format!("http cleared ({problem})")
            } else if about == Subject::Field(Column::Kind) && row.kind.is_some() {
                row.kind = None;
                format!("kind cleared ({problem})")
            } else if about == Subject::Variant && steps[index] == 0 && is_code(&row.code, text) {
                steps[index] = 1;
                row.variant = Some(if text {
                    with_number(row, index + 1)
                } else {
                    with_code(row)
                });
                format!(
                    "variant `{}` ({problem})",
                    row.variant.as_deref().unwrap_or_default()
                )
            } else if about == Subject::Variant && steps[index] <= 1 && is_code(&row.code, text) {
                steps[index] = 2;
                row.variant = Some(if text {
                    format!("Code{}", index + 1)
                } else {
                    format!("Code{}", code_suffix(&row.code))
                });
                format!(
                    "variant `{}` ({problem})",
                    row.variant.as_deref().unwrap_or_default()
                )
            } else {
                drop.push(index);
                format!("left out: {problem}")
            };
            mended.notes.push(format!("{}: {note}", row.code));
        }
        drop.sort_unstable();
        drop.dedup();
        for index in drop.into_iter().rev() {
            rows.remove(index);
            steps.remove(index);
        }
    }
    // Not reached in practice; if it were, say what is left instead of
    // writing a table that does not compile without a word.
    if let Ok((csv, _)) = write::table(rows) {
        let (_, diagnostics) = read_table_as(&csv, &write::own_columns(rows), text);
        mended.unresolved = diagnostics.iter().map(|d| d.located("table")).collect();
    }
    mended
}

/// Whether `code` is one code (not a range or a pattern).
fn is_code(code: &str, text: bool) -> bool {
    if text {
        !code.ends_with('*')
    } else {
        super::cells::one(code).is_some()
    }
}

/// A text code's variant with a number after it (`InvalidParameterValueTooLarge3`).
fn with_number(row: &Row, number: usize) -> String {
    let derived = names::text_code_variant(None, row.name.as_deref(), &row.code)
        .map(|d| d.variant)
        .unwrap_or_default();
    let candidate = format!("{derived}{number}");
    if derived.is_empty() || !names::is_camel_identifier(&candidate) {
        format!("Code{number}")
    } else {
        candidate
    }
}

/// `-1` → `Minus1`, `40001` → `40001`.
fn code_suffix(code: &str) -> String {
    match code.strip_prefix('-') {
        Some(digits) => format!("Minus{digits}"),
        None => code.to_owned(),
    }
}

/// The derived variant with the code after it, where one is derived.
fn with_code(row: &Row) -> String {
    let derived = names::variant(None, row.name.as_deref(), &row.message)
        .map(|d| d.variant)
        .unwrap_or_default();
    let candidate = format!("{derived}{}", code_suffix(&row.code));
    if derived.is_empty() || !names::is_camel_identifier(&candidate) {
        format!("Code{}", code_suffix(&row.code))
    } else {
        candidate
    }
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
                Some("Code0"),
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
