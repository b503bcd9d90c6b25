//! Stage 3: the rules that involve several rows, and range inheritance.
//!
//! Every rule is checked with hash maps or one sort, so a table of any size
//! is validated in `O(n log n)`. A row that breaks a rule is reported and
//! left out of the returned table, so that the table is always consistent
//! enough to generate a stub from.

use std::collections::HashMap;

use codetables_runtime::Kind;

use crate::model::{Category, Class, CodeRow, RangeRow, Table};
use crate::names::{self, Origin};
use crate::parse::{Codes, Row};
use crate::Diagnostic;

/// Variant names that the generated enum already uses.
const RESERVED_VARIANTS: [&str; 3] = ["Unknown", "ALL", "COUNT"];
/// Categories whose `is_<category>()` would clash with a generated method.
const RESERVED_CATEGORIES: [&str; 3] = ["known", "success", "retryable"];

/// What one row declares itself; ranges fill in what it leaves empty.
#[derive(Debug, Clone, Copy, Default)]
struct Declared {
    category: Option<usize>,
    http: Option<u16>,
    kind: Option<Kind>,
    retry: Option<bool>,
}

/// Validates `rows` as a whole and resolves every code's classification.
pub fn check(rows: Vec<Row>, diagnostics: &mut Vec<Diagnostic>) -> Table {
    let had_rows = !rows.is_empty();
    let mut categories = Categories::default();
    let mut singles = Vec::new();
    let mut ranges = Vec::new();
    for row in rows {
        let declared = Declared {
            category: row
                .category
                .as_deref()
                .and_then(|c| categories.intern(c, &row, diagnostics)),
            http: row.http,
            kind: row.kind,
            retry: row.retry,
        };
        match row.codes {
            Codes::One(code) => singles.push((row, code, declared)),
            Codes::Range { first, last } => ranges.push((row, first, last, declared)),
        }
    }
    let ranges = Ranges::new(ranges, diagnostics);
    let codes = code_rows(singles, &ranges, diagnostics);
    if codes.is_empty() && diagnostics.is_empty() {
        diagnostics.push(if had_rows {
            Diagnostic::file("the table has ranges but no codes; add a row for each code")
        } else {
            Diagnostic::file("the table has a header but no codes; add a row for each code")
        });
    }
    Table {
        codes,
        ranges: ranges.into_rows(),
        categories: categories.list,
    }
}

#[derive(Default)]
struct Categories {
    list: Vec<Category>,
    by_name: HashMap<String, Option<usize>>,
    by_variant: HashMap<String, (String, usize)>,
}

impl Categories {
    /// The index of `name`, registering it on first sight; `None` (after one
    /// report) for a category that cannot be generated.
    fn intern(
        &mut self,
        name: &str,
        row: &Row,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<usize> {
        if let Some(&index) = self.by_name.get(name) {
            if let Some(index) = index {
                let category: &mut Category = &mut self.list[index];
                if category.description.is_none() && matches!(row.codes, Codes::Range { .. }) {
                    category.description = Some(row.message.clone());
                }
            }
            return index;
        }
        let variant = names::category_variant(name);
        let index = if RESERVED_CATEGORIES.contains(&name) {
            diagnostics.push(Diagnostic::at(
                row.line,
                format!(
                    "category `{name}` would generate `is_{name}()`, which every code enum \
                     already has; rename the category"
                ),
            ));
            None
        } else if !names::is_camel_identifier(&variant)
            || RESERVED_VARIANTS[1..].contains(&variant.as_str())
        {
            diagnostics.push(Diagnostic::at(
                row.line,
                format!("category `{name}` cannot become a variant of the category enum (`{variant}`); rename it"),
            ));
            None
        } else if let Some((other, line)) = self.by_variant.get(&variant) {
            diagnostics.push(Diagnostic::at(
                row.line,
                format!(
                    "category `{name}` and category `{other}` (line {line}) both become the \
                     category variant `{variant}`; use one spelling"
                ),
            ));
            None
        } else {
            self.by_variant
                .insert(variant.clone(), (name.to_owned(), row.line));
            self.list.push(Category {
                name: name.to_owned(),
                variant,
                description: matches!(row.codes, Codes::Range { .. }).then(|| row.message.clone()),
            });
            Some(self.list.len() - 1)
        };
        self.by_name.insert(name.to_owned(), index);
        index
    }
}

/// The range rows as a laminar family (any two are disjoint or nested),
/// sorted by first code, then widest first, with each range's parent and
/// what each declares itself.
struct Ranges {
    rows: Vec<RangeRow>,
    declared: Vec<Declared>,
    parents: Vec<Option<usize>>,
}

impl Ranges {
    fn new(mut input: Vec<(Row, u32, u32, Declared)>, diagnostics: &mut Vec<Diagnostic>) -> Ranges {
        input.sort_by_key(|(row, first, last, _)| (*first, std::cmp::Reverse(*last), row.line));
        let mut kept: Vec<(Row, u32, u32, Declared)> = Vec::with_capacity(input.len());
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

        let declared: Vec<Declared> = kept.iter().map(|k| k.3).collect();
        let rows = kept
            .into_iter()
            .map(|(row, first, last, _)| RangeRow {
                line: row.line,
                first,
                last,
                pattern: row.code_text,
                message: row.message,
                class: Class::UNCLASSIFIED,
            })
            .collect();
        let mut ranges = Ranges {
            rows,
            declared,
            parents,
        };
        for index in 0..ranges.rows.len() {
            ranges.rows[index].class = ranges.resolve(Declared::default(), Some(index));
        }
        ranges
    }

    /// The innermost range that contains `code`.
    fn innermost(&self, code: u32) -> Option<usize> {
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
    fn resolve(&self, own: Declared, innermost: Option<usize>) -> Class {
        let mut merged = own;
        let mut next = innermost;
        while let Some(index) = next {
            let range = self.declared[index];
            merged.category = merged.category.or(range.category);
            merged.http = merged.http.or(range.http);
            merged.kind = merged.kind.or(range.kind);
            merged.retry = merged.retry.or(range.retry);
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
        Class {
            category: merged.category,
            http,
            kind,
            retry: merged.retry.unwrap_or(kind.is_retryable()),
        }
    }

    /// The ranges, most specific first.
    fn into_rows(self) -> Vec<RangeRow> {
        let mut rows = self.rows;
        rows.sort_by_key(|r| (r.last - r.first, r.first));
        rows
    }
}

/// Derives variants, rejects duplicates and collisions, resolves classes.
fn code_rows(
    singles: Vec<(Row, u32, Declared)>,
    ranges: &Ranges,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<CodeRow> {
    let mut by_code: HashMap<u32, usize> = HashMap::with_capacity(singles.len());
    let mut by_variant: HashMap<String, (usize, Origin)> = HashMap::with_capacity(singles.len());
    let mut by_name: HashMap<String, usize> = HashMap::with_capacity(singles.len());
    let mut codes = Vec::with_capacity(singles.len());
    for (row, code, declared) in singles {
        let line = row.line;
        let mut report = |message: String| diagnostics.push(Diagnostic::at(line, message));
        if let Some(first) = by_code.get(&code) {
            report(format!(
                "duplicate code {code} (first defined at line {first}); keep one row per code \
                 (a code documented twice keeps both texts in one message)"
            ));
            continue;
        }
        by_code.insert(code, line);
        let (variant, origin) =
            match names::variant(row.variant.as_deref(), row.name.as_deref(), &row.message) {
                Ok(found) => found,
                Err(message) => {
                    report(format!("code {code}: {message}"));
                    continue;
                }
            };
        if RESERVED_VARIANTS.contains(&variant.as_str()) {
            report(format!(
                "code {code}: the variant `{variant}` {}is already generated by the macro \
                 (`{variant}` is {}); give the row another `variant`, such as `{variant}Code`",
                describe(origin, &row),
                if variant == "Unknown" {
                    "the variant for codes not in the table"
                } else {
                    "an associated constant"
                },
            ));
            continue;
        }
        if let Some(&(first, first_origin)) = by_variant.get(&variant) {
            report(format!(
                "code {code}: the variant `{variant}` {}is also the variant of line {first} \
                 ({}); give one of the rows its own `variant`",
                describe(origin, &row),
                match first_origin {
                    Origin::Variant => "its `variant` column",
                    Origin::Name => "from its name",
                    Origin::Message => "from its message",
                },
            ));
            continue;
        }
        let name = row.name.clone().unwrap_or_else(|| variant.clone());
        if let Some(first) = by_name.get(&name) {
            report(format!(
                "code {code}: the name `{name}` is also the name of line {first}, so `from_name` \
                 could not tell them apart; names must be unique"
            ));
            continue;
        }
        by_variant.insert(variant.clone(), (line, origin));
        by_name.insert(name, line);
        codes.push(CodeRow {
            line,
            code,
            class: ranges.resolve(declared, ranges.innermost(code)),
            message: row.message,
            name: row.name,
            variant,
            deprecated: row.deprecated,
        });
    }
    codes
}

fn describe(origin: Origin, row: &Row) -> String {
    match origin {
        Origin::Variant => String::new(),
        Origin::Name => format!(
            "(from the name `{}`) ",
            row.name.as_deref().unwrap_or_default()
        ),
        Origin::Message => format!("(from the message `{}`) ", row.message),
    }
}

#[cfg(test)]
mod tests {
    use codetables_runtime::Kind;

    use crate::model::Class;
    use crate::{read_table, Diagnostic, Table};

    fn read(text: &str) -> (Table, Vec<Diagnostic>) {
        read_table(text.as_bytes())
    }

    fn class_of(table: &Table, code: u32) -> Class {
        table
            .codes
            .iter()
            .find(|row| row.code == code)
            .unwrap()
            .class
    }

    #[test]
    fn duplicates_keep_the_first_row_and_name_its_line() {
        let (table, diagnostics) = read("code,message\n7,a\n8,b\n7,c\n");
        assert_eq!(table.codes.len(), 2);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].line, Some(4));
        assert!(diagnostics[0]
            .message
            .starts_with("duplicate code 7 (first defined at line 2)"));
    }

    #[test]
    fn variant_and_name_collisions_are_reported_with_both_lines() {
        let (table, diagnostics) =
            read("code,message,name,variant\n1,x,A_B,\n2,x,a_b,\n3,x,C,AB\n4,x,A_B,Other\n");
        assert_eq!(table.codes.len(), 1);
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert!(
            messages[0]
                .contains("the variant `AB` (from the name `a_b`) is also the variant of line 2"),
            "{messages:?}"
        );
        assert!(
            messages[1].contains("the variant `AB` is also the variant of line 2"),
            "{messages:?}"
        );
        assert!(
            messages[2].contains("the name `A_B` is also the name of line 2"),
            "{messages:?}"
        );
    }

    #[test]
    fn reserved_variants_and_categories() {
        let (_, diagnostics) =
            read("code,message,variant,category\n1,x,Unknown,\n2,x,ALL,\n3,x,Fine,known\n");
        assert_eq!(diagnostics.len(), 3, "{diagnostics:?}");
        assert!(diagnostics[2].message.contains("`is_known()`"));
    }

    #[test]
    fn the_most_specific_range_that_sets_a_column_wins() {
        let table = "code,message,category,http,kind,retry\n\
                     4xxxxx,all,outer,400,,\n\
                     401xxx,auth,,401,,\n\
                     401500-401599,inner,inner,,,false\n\
                     401550,listed,,,,\n\
                     401001,own,,,not_found,\n\
                     499999,outer only,,,,\n";
        let (table, diagnostics) = read(table);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let inner = table.categories.iter().position(|c| c.name == "inner");
        let outer = table.categories.iter().position(|c| c.name == "outer");
        // Category from the innermost range, status from the middle one,
        // kind inferred from that status, retry from the innermost.
        let listed = class_of(&table, 401_550);
        assert_eq!(
            (listed.category, listed.http, listed.kind, listed.retry),
            (inner, Some(401), Kind::Unauthenticated, false)
        );
        // The row's own kind wins; the status stays the range's.
        let own = class_of(&table, 401_001);
        assert_eq!(
            (own.category, own.http, own.kind),
            (outer, Some(401), Kind::NotFound)
        );
        let outer_only = class_of(&table, 499_999);
        assert_eq!(
            (outer_only.http, outer_only.kind),
            (Some(400), Kind::InvalidArgument)
        );
        // Ranges come most specific first, each with the class of an
        // unlisted code whose innermost range it is.
        let patterns: Vec<&str> = table.ranges.iter().map(|r| r.pattern.as_str()).collect();
        assert_eq!(patterns, ["401500-401599", "401xxx", "4xxxxx"]);
        assert_eq!(table.ranges[0].class.http, Some(401));
        assert!(!table.ranges[0].class.retry);
        assert!(table.ranges[2].class.category == outer && table.ranges[2].class.http == Some(400));
    }

    #[test]
    fn kind_implies_status_and_status_implies_kind() {
        let (table, _) =
            read("code,message,http,kind\n1,a,,not_found\n2,b,429,\n3,c,,\n4,d,,unknown\n");
        assert_eq!(class_of(&table, 1).http, Some(404));
        assert_eq!(class_of(&table, 2).kind, Kind::ResourceExhausted);
        assert!(class_of(&table, 2).retry);
        assert_eq!(
            (class_of(&table, 3).kind, class_of(&table, 3).http),
            (Kind::Unknown, None)
        );
        assert_eq!(class_of(&table, 4).http, None);
    }

    #[test]
    fn ranges_must_nest_or_be_disjoint() {
        let (table, diagnostics) =
            read("code,message\n10-20,a\n15-30,b\n10-20,c\n12-14,d\n40-50,e\n1,x\n");
        assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
        assert!(diagnostics
            .iter()
            .any(|d| d.line == Some(3) && d.message.contains("overlaps")));
        assert!(diagnostics
            .iter()
            .any(|d| d.line == Some(4) && d.message.contains("same codes")));
        assert_eq!(table.ranges.len(), 3);
    }

    #[test]
    fn empty_tables() {
        assert!(read("code,message\n").1[0].message.contains("no codes"));
        assert!(read("code,message\n1xx,only a range\n").1[0]
            .message
            .contains("ranges but no codes"));
    }
}
