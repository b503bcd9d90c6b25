//! Range rows: a laminar family (any two are disjoint or nested), and the
//! inheritance of every column from the most specific range that sets it.

use codetables_core::Kind;

use super::Declared;
use crate::model::Column;
use crate::model::{Class, RangeRow};
use crate::parse::Row;
use crate::{Diagnostic, Subject};

/// The ranges sorted by first code, then widest first, with each range's
/// parent and what each declares itself.
pub(super) struct Ranges {
    rows: Vec<RangeRow>,
    declared: Vec<Declared>,
    parents: Vec<Option<usize>>,
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
            rows.push(RangeRow {
                line: row.line,
                first,
                last,
                pattern: row.code_text,
                message: row.message,
                class: Class::UNCLASSIFIED,
                columns: Vec::new(),
            });
            declared.push(own);
        }
        let mut ranges = Ranges {
            rows,
            declared,
            parents,
        };
        let own_count = ranges.declared.first().map_or(0, |d| d.columns.len());
        for index in 0..ranges.rows.len() {
            let nothing = Declared {
                columns: vec![None; own_count],
                ..Declared::default()
            };
            let (class, columns) = ranges.resolve(nothing, Some(index));
            ranges.rows[index].class = class;
            ranges.rows[index].columns = columns;
        }
        ranges
    }

    /// The innermost range that contains `code`.
    pub(super) fn innermost(&self, code: i64) -> Option<usize> {
        // The last range starting at or before `code`; if it does not contain
        // `code`, only its ancestors can (the family is laminar).
        let mut candidate = self
            .rows
            .partition_point(|r| r.first <= code)
            .checked_sub(1);
        while let Some(index) = candidate {
            if self.rows[index].last >= code {
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

    /// The ranges, most specific first.
    pub(super) fn into_rows(self) -> Vec<RangeRow> {
        let mut rows = self.rows;
        // The width as i128: `i64::MIN..=i64::MAX` is wider than any i64.
        rows.sort_by_key(|r| (i128::from(r.last) - i128::from(r.first), r.first));
        rows
    }
}
