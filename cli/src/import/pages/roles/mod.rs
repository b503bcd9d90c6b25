//! What each column of a table holds: from its header, in English, Chinese,
//! Japanese, Korean, Spanish or German (`hints`), checked against its cells (a column headed `status`
//! may hold the codes, HTTP statuses or symbolic names; its cells decide).

mod classes;
mod hints;
mod labels;

pub use classes::flag;
use hints::{hint, normalize, Hint};
pub use labels::{label, Label};

use super::cells::{self, Cell};

/// The role of one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The codes.
    Code,
    /// The HTTP status that goes with each code.
    Http,
    /// The vendor's symbolic name.
    Name,
    /// The message (what the server returns, else the explanation).
    Message,
    /// A group per row.
    Category,
    /// The kind of each code (`not_found`).
    Kind,
    /// Whether to retry each code (`yes` / `no`).
    Retry,
    /// Kept as an own column of the table, under this name.
    Own(String),
    /// Left out, and why.
    Dropped(&'static str),
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Role::Code => f.write_str("code"),
            Role::Http => f.write_str("http"),
            Role::Name => f.write_str("name"),
            Role::Message => f.write_str("message"),
            Role::Category => f.write_str("category"),
            Role::Kind => f.write_str("kind"),
            Role::Retry => f.write_str("retry"),
            Role::Own(name) => write!(f, "own column `{name}`"),
            Role::Dropped(why) => write!(f, "left out ({why})"),
        }
    }
}

/// The share of a column's non-empty cells that pass `test` (0 when empty).
fn share(column: &[&Cell], test: impl Fn(&Cell) -> bool) -> f64 {
    let filled: Vec<&&Cell> = column.iter().filter(|c| !c.text.is_empty()).collect();
    if filled.is_empty() {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss)] // a table has far fewer than 2^52 rows
    let ratio = filled.iter().filter(|c| test(c)).count() as f64 / filled.len() as f64;
    ratio
}

fn is_code(cell: &Cell) -> bool {
    cells::codes(&cell.text).is_some()
}

fn is_status(cell: &Cell) -> bool {
    leading_status(&cell.text).is_some()
}

/// The HTTP status a cell starts with: `404`, `404 Not Found`.
pub fn leading_status(text: &str) -> Option<u16> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let rest = &text[digits.len()..];
    if !rest.is_empty() && !rest.starts_with([' ', '(', '-', ':']) {
        return None;
    }
    digits.parse().ok().filter(|s| (100..=599).contains(s))
}

/// A column that numbers the rows (`序号`, `#`): 1, 2, 3… in every row.
fn counts_rows(column: &[&Cell]) -> bool {
    column.len() > 2
        && column
            .iter()
            .enumerate()
            .all(|(i, c)| c.text.parse::<usize>().ok() == Some(i + 1))
}

/// The columns with nothing to import: empty ones, and row numbers.
fn unusable(columns: &[Vec<&Cell>]) -> Vec<Option<Role>> {
    let mut roles: Vec<Option<Role>> = vec![None; columns.len()];
    for (i, column) in columns.iter().enumerate() {
        // Row numbers only beside another column of codes: codes may be
        // 1, 2, 3… too.
        let codes_beside = columns
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && share(other, is_code) >= 0.5);
        if column.iter().all(|c| c.text.is_empty()) {
            roles[i] = Some(Role::Dropped("no cell has text"));
        } else if counts_rows(column) && codes_beside {
            roles[i] = Some(Role::Dropped("row numbers"));
        }
    }
    roles
}

/// The roles of a table's columns, from its header (may be empty strings)
/// and its cells (`columns[i]` holds column `i`'s cells of every data row).
pub fn assign(header: &[String], columns: &[Vec<&Cell>]) -> Vec<Role> {
    let hints: Vec<Hint> = (0..columns.len())
        .map(|i| header.get(i).map_or(Hint::None, |h| hint(h)))
        .collect();
    let mut roles = unusable(columns);
    let free = |roles: &[Option<Role>], i: usize| roles[i].is_none();

    // The codes: a column headed as codes whose cells are codes (one not
    // headed `status` first, which is the HTTP status beside a vendor code),
    // else an HTTP column of codes, else the column of codes.
    let coded = |i: usize| share(&columns[i], is_code) >= 0.5;
    let headed_code: Vec<usize> = (0..columns.len())
        .filter(|&i| free(&roles, i) && hints[i] == Hint::Code && coded(i))
        .collect();
    let status_like = |i: usize| {
        header
            .get(i)
            .is_some_and(|h| normalize(h).contains("status") || h.contains("状态"))
    };
    // A column headed as codes whose cells are text codes (`card_declined`,
    // `AuthFailure.SignatureExpire`, `SE01`), before any column of HTTP
    // statuses beside it.
    let text_coded = |i: usize| share(&columns[i], |c| cells::text_code(&c.text).is_some()) >= 0.8;
    // A column headed as names (Slack's `Error`) is the codes only where
    // no column but HTTP statuses holds numbers.
    let numbers_beside = (0..columns.len())
        .any(|i| free(&roles, i) && coded(i) && hints[i] != Hint::Http && !status_like(i));
    let headed_text_code = (0..columns.len())
        .find(|&i| free(&roles, i) && hints[i] == Hint::Code && text_coded(i))
        .or_else(|| {
            (0..columns.len()).find(|&i| {
                free(&roles, i) && hints[i] == Hint::Name && text_coded(i) && !numbers_beside
            })
        });
    let code = headed_code
        .iter()
        .copied()
        .find(|&i| !status_like(i))
        .or(headed_text_code)
        .or_else(|| headed_code.first().copied())
        .or_else(|| {
            (0..columns.len()).find(|&i| free(&roles, i) && hints[i] == Hint::Http && coded(i))
        })
        .or_else(|| {
            (0..columns.len()).find(|&i| free(&roles, i) && share(&columns[i], is_code) >= 0.8)
        });
    let Some(code) = code else {
        return roles
            .into_iter()
            .map(|r| r.unwrap_or(Role::Dropped("the table has no column of codes")))
            .collect();
    };
    roles[code] = Some(Role::Code);

    for i in 0..columns.len() {
        if !free(&roles, i) {
            continue;
        }
        let is_http = (hints[i] == Hint::Http || (hints[i] == Hint::Code && status_like(i)))
            && share(&columns[i], is_status) >= 0.5;
        if is_http {
            roles[i] = Some(Role::Http);
        }
    }

    for i in 0..columns.len() {
        if free(&roles, i) {
            roles[i] = header.get(i).and_then(|h| classes::role(h, &columns[i]));
        }
    }

    if let Some(name) = name_column(&hints, columns, &roles) {
        roles[name] = Some(Role::Name);
    }

    // The message: what the server returns, else the explanation, else the
    // first column of text.
    let message = [
        Hint::ServerMessage,
        Hint::Explanation,
        Hint::None,
        Hint::Name,
        Hint::Code,
    ]
    .iter()
    .find_map(|wanted| (0..columns.len()).find(|&i| free(&roles, i) && hints[i] == *wanted));
    if let Some(message) = message {
        roles[message] = Some(Role::Message);
    }

    let mut taken: Vec<String> = Vec::new();
    for i in 0..columns.len() {
        if roles[i].is_some() {
            continue;
        }
        let role = match hints[i] {
            Hint::Category => Role::Category,
            Hint::Solution => own("solution", &mut taken),
            Hint::Link => own("doc_url", &mut taken),
            Hint::Explanation => own("description", &mut taken),
            Hint::Http => Role::Dropped("not HTTP statuses"),
            _ => match header.get(i).map(|h| own_name(h)) {
                Some(Some(name)) => own(&name, &mut taken),
                _ => Role::Dropped("its header cannot name a column"),
            },
        };
        roles[i] = Some(role);
    }
    roles
        .into_iter()
        .map(|r| r.unwrap_or(Role::Dropped("unused")))
        .collect()
}

/// The column of names: one headed as names (or as codes, such as gRPC's
/// `Status`) whose cells are symbolic, else an unheaded one whose cells all
/// are, else one headed as the server's message whose cells all are names
/// (`REQUEST_TIMEOUT`) beside a column of prose, which is then the message.
fn name_column(hints: &[Hint], columns: &[Vec<&Cell>], roles: &[Option<Role>]) -> Option<usize> {
    let free = |i: usize| roles[i].is_none();
    let symbolic = |i: usize| share(&columns[i], |c| cells::is_symbolic_name(&c.text));
    let prose_beside = |i: usize| {
        (0..columns.len()).any(|j| {
            j != i
                && free(j)
                && matches!(hints[j], Hint::Explanation | Hint::None)
                && symbolic(j) < 0.5
        })
    };
    (0..columns.len())
        .find(|&i| free(i) && matches!(hints[i], Hint::Name | Hint::Code) && symbolic(i) >= 0.6)
        .or_else(|| {
            (0..columns.len()).find(|&i| free(i) && hints[i] == Hint::None && symbolic(i) >= 0.9)
        })
        .or_else(|| {
            (0..columns.len()).find(|&i| {
                free(i) && hints[i] == Hint::ServerMessage && symbolic(i) >= 0.9 && prose_beside(i)
            })
        })
}

/// An own column named `base`, or `base_2`… where that is taken.
fn own(base: &str, taken: &mut Vec<String>) -> Role {
    let mut name = base.to_owned();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}_{n}");
        n += 1;
    }
    taken.push(name.clone());
    Role::Own(name)
}

/// A declarable column name for a header: its snake_case form, where that
/// can be one (`Error level` → `error_level`, `级别` → `级别`).
fn own_name(header: &str) -> Option<String> {
    let snake = codetables_reader::names::snake_case(header);
    codetables_reader::names::own_column_problem(&snake)
        .is_none()
        .then_some(snake)
        .filter(|s| s.chars().count() <= 40)
}

#[cfg(test)]
mod tests;
