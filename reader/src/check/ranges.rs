//! Range rows: a laminar family (any two are disjoint or nested), and the
//! inheritance of every column from the most specific range that sets it.

use codetables_core::Kind;

use super::{Declared, Key};
use crate::model::Column;
use crate::model::{Class, Covers, RangeRow};
use crate::parse::Row;
use crate::{Diagnostic, Subject};

/// The first and last code a numeric range covers.
fn bounds(range: &RangeRow) -> (i64, i64) {
    match range.covers {
        Covers::Numbers { first, last } => (first, last),
        Covers::Prefix(_) => (0, 0),
    }
}

/// The prefix a pattern of text codes covers.
fn prefix(range: &RangeRow) -> &str {
    match &range.covers {
        Covers::Prefix(prefix) => prefix,
        Covers::Numbers { .. } => "",
    }
}

/// The ranges sorted by first code, then widest first, with each range's
/// parent and what each declares itself.
pub(super) struct Ranges {
    rows: Vec<RangeRow>,
    declared: Vec<Declared>,
    parents: Vec<Option<usize>>,
}

/// A range row before its classification is resolved.
fn range_row(row: Row, covers: Covers) -> RangeRow {
    RangeRow {
        line: row.line,
        covers,
        pattern: row.code_text,
        message: row.message,
        class: Class::UNCLASSIFIED,
        columns: Vec::new(),
    }
}

impl Ranges {
    pub(super) fn new(
        mut input: Vec<(Row, i64, i64, Declared)>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Ranges {
        input.sort_by_key(|(row, first, last, _)| (*first, std::cmp::Reverse(*last), row.line));
        let mut kept: Vec<(Row, i64, i64, Declared)> = Vec::with_capacity(input.len());
        let mut parents = Vec::with_capacity(input.len());
        // Indices into `kept` of the ranges that contain the current range's start.
        let mut open: Vec<usize> = Vec::new();
        for (row, first, last, declared) in input {
            while open.last().is_some_and(|&i| kept[i].2 < first) {
                open.pop();
            }
            if let Some(&outer) = open.last() {
                let (outer_row, outer_first, outer_last, _) = &kept[outer];
                let conflict = if (*outer_first, *outer_last) == (first, last) {
                    Some("covers the same codes as")
                } else if *outer_last < last {
                    Some("overlaps, without nesting inside it,")
                } else {
                    None
                };
                if let Some(conflict) = conflict {
                    let (earlier, later) = if outer_row.line < row.line {
                        (outer_row, &row)
                    } else {
                        (&row, outer_row)
                    };
                    diagnostics.push(Diagnostic::at(
                        later.line,
                        Subject::Field(Column::Code),
                        format!(
                            "range `{}` {conflict} range `{}` (line {}); ranges must be disjoint \
                             or one inside the other, so that the most specific one is clear",
                            later.code_text, earlier.code_text, earlier.line
                        ),
                    ));
                    continue;
                }
            }
            parents.push(open.last().copied());
            open.push(kept.len());
            kept.push((row, first, last, declared));
        }

        let mut rows = Vec::with_capacity(kept.len());
        let mut declared = Vec::with_capacity(kept.len());
        for (row, first, last, own) in kept {
            rows.push(range_row(row, Covers::Numbers { first, last }));
            declared.push(own);
        }
        Ranges {
            rows,
            declared,
            parents,
        }
        .classified()
    }

    /// The `Prefix*` rows of a table of text codes: a code is covered by
    /// every prefix it starts with, so any two are disjoint or nested; the
    /// innermost is the longest. The same prefix twice is an error.
    pub(super) fn prefixes(
        mut input: Vec<(Row, String, Declared)>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Ranges {
        // In byte order a prefix comes before every code it covers.
        input.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.line.cmp(&b.0.line)));
        let mut rows: Vec<RangeRow> = Vec::with_capacity(input.len());
        let mut declared = Vec::with_capacity(input.len());
        let mut parents = Vec::with_capacity(input.len());
        let mut open: Vec<usize> = Vec::new();
        for (row, prefix, own) in input {
            if let Some(same) = rows.last().filter(|r| self::prefix(r) == prefix) {
                diagnostics.push(Diagnostic::at(
                    row.line,
                    Subject::Field(Column::Code),
                    format!(
                        "pattern `{}` covers the same codes as pattern `{}` (line {}); keep one \
                         row per pattern",
                        row.code_text, same.pattern, same.line
                    ),
                ));
                continue;
            }
            while open
                .last()
                .is_some_and(|&i| !prefix.starts_with(self::prefix(&rows[i])))
            {
                open.pop();
            }
            parents.push(open.last().copied());
            open.push(rows.len());
            rows.push(range_row(row, Covers::Prefix(prefix)));
            declared.push(own);
        }
        Ranges {
            rows,
            declared,
            parents,
        }
        .classified()
    }

    /// Each range's own classification and columns, inherited from the
    /// ranges around it.
    fn classified(mut self) -> Ranges {
        let own_count = self.declared.first().map_or(0, |d| d.columns.len());
        for index in 0..self.rows.len() {
            let nothing = Declared {
                columns: vec![None; own_count],
                ..Declared::default()
            };
            let (class, columns) = self.resolve(nothing, Some(index));
            self.rows[index].class = class;
            self.rows[index].columns = columns;
        }
        self
    }

    /// The innermost range or prefix that covers `key`.
    pub(super) fn innermost_of(&self, key: &Key) -> Option<usize> {
        match key {
            Key::Int(code) => self.innermost(*code),
            Key::Text(code) => self.innermost_prefix(code),
        }
    }

    /// The longest prefix that `code` starts with. The last prefix at or
    /// before `code` in byte order is the only candidate besides its
    /// ancestors: a prefix of `code` that sorts before it is one of its
    /// prefixes too.
    fn innermost_prefix(&self, code: &str) -> Option<usize> {
        let mut candidate = self
            .rows
            .partition_point(|r| prefix(r) <= code)
            .checked_sub(1);
        while let Some(index) = candidate {
            if code.starts_with(prefix(&self.rows[index])) {
                return Some(index);
            }
            candidate = self.parents[index];
        }
        None
    }

    /// The innermost range that contains `code`.
    pub(super) fn innermost(&self, code: i64) -> Option<usize> {
        // The last range starting at or before `code`; if it does not contain
        // `code`, only its ancestors can (the family is laminar).
        let mut candidate = self
            .rows
            .partition_point(|r| bounds(r).0 <= code)
            .checked_sub(1);
        while let Some(index) = candidate {
            if bounds(&self.rows[index]).1 >= code {
                return Some(index);
            }
            candidate = self.parents[index];
        }
        None
    }

    /// Fills each column `own` leaves empty from the innermost range, starting
    /// at `innermost`, that declares it; then infers kind from status or
    /// status from kind, and retry from kind.
    pub(super) fn resolve(
        &self,
        own: Declared,
        innermost: Option<usize>,
    ) -> (Class, Vec<Option<String>>) {
        let mut merged = own;
        let mut next = innermost;
        while let Some(index) = next {
            let range = &self.declared[index];
            merged.category = merged.category.or(range.category);
            merged.http = merged.http.or(range.http);
            merged.kind = merged.kind.or(range.kind);
            merged.retry = merged.retry.or(range.retry);
            for (value, inherited) in merged.columns.iter_mut().zip(&range.columns) {
                if value.is_none() {
                    value.clone_from(inherited);
                }
            }
            next = self.parents[index];
        }
        let kind = match (merged.kind, merged.http) {
            (Some(kind), _) => kind,
            (None, Some(status)) => Kind::from_http_status(status),
            (None, None) => Kind::Unknown,
        };
        let http = match merged.http {
            Some(status) => Some(status),
            None if kind == Kind::Unknown => None,
            None => Some(kind.http_status()),
        };
        let class = Class {
            category: merged.category,
            http,
            kind,
            retry: merged.retry.unwrap_or(kind.is_retryable()),
        };
        (class, merged.columns)
    }

    /// The ranges, most specific first (for prefixes: longest first).
    pub(super) fn into_rows(self) -> Vec<RangeRow> {
        let mut rows = self.rows;
        if rows.iter().any(|r| matches!(r.covers, Covers::Prefix(_))) {
            rows.sort_by_key(|r| std::cmp::Reverse(prefix(r).len()));
            return rows;
        }
        // The width as i128: `i64::MIN..=i64::MAX` is wider than any i64.
        rows.sort_by_key(|r| {
            let (first, last) = bounds(r);
            (i128::from(last) - i128::from(first), first)
        });
        rows
    }
}
