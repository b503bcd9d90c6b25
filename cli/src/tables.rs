//! Reading tables for the commands, in one place: a CSV table through the
//! same pipeline as `include_codes!`, with the [`Declaration`] it is
//! included with (stated, or inferred from the file); a vendor page
//! through `import` first.

use std::path::Path;

use codetables_reader::{read_table, Diagnostic, Table};

use crate::declaration::Declaration;
use crate::import;

/// The bundled vendor tables, as `include_codes!` sees them: the facade's
/// own files (`codetables::vendors::TABLES`), so that this crate packages
/// without reaching outside its directory.
///
/// Read them with [`bundled`].
pub const BUNDLED: [(&str, &str); 4] = codetables::vendors::TABLES;

/// A table read for a command, and what it is.
pub struct Loaded {
    /// The table.
    pub table: Table,
    /// Its problems (rows left out).
    pub problems: Vec<Diagnostic>,
    /// Whether it was imported from a vendor's page or source rather than
    /// read as a table: it then states only what the page or source does
    /// (its variants are derived, its other columns often empty).
    pub imported: bool,
}

/// A table and its problems, read as its file states it
/// ([`Declaration::inferred`]). A file that is no table (not `.csv`, or a
/// CSV without a `code` column, such as IANA's registry) is taken for a
/// vendor page or source and imported first (its problems then name rows
/// by their position).
///
/// # Errors
/// The file cannot be read.
pub fn load(path: &Path) -> Result<Loaded, String> {
    let bytes =
        std::fs::read(path).map_err(|error| format!("{}: cannot read: {error}", path.display()))?;
    if is_table(path, &bytes) {
        let (table, problems) = Declaration::inferred(&bytes).read(&bytes);
        return Ok(Loaded {
            table,
            problems,
            imported: false,
        });
    }
    let page = String::from_utf8_lossy(&bytes);
    let imported = import::import(&page, &import::Options::default());
    // Read as the table `import` would write, without writing it.
    let (table, problems) = import::check(&imported.rows, imported.text);
    Ok(Loaded {
        table,
        problems,
        imported: true,
    })
}

/// A `.csv` file whose header has a `code` column.
fn is_table(path: &Path, bytes: &[u8]) -> bool {
    let csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let header = String::from_utf8_lossy(header);
    csv && header
        .trim_start_matches('\u{feff}')
        .split(',')
        .any(|column| column.trim().trim_matches('"').eq_ignore_ascii_case("code"))
}

/// A bundled table, read.
#[must_use]
pub fn bundled(text: &str) -> Table {
    read_table(text.as_bytes(), &[]).0
}
