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

/// A table and its problems, read as its file states it
/// ([`Declaration::inferred`]). A file that is not `.csv` is taken for a
/// vendor page and imported first (its problems then name rows by their
/// position).
///
/// # Errors
/// The file cannot be read.
pub fn load(path: &Path) -> Result<(Table, Vec<Diagnostic>), String> {
    let bytes =
        std::fs::read(path).map_err(|error| format!("{}: cannot read: {error}", path.display()))?;
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        return Ok(Declaration::inferred(&bytes).read(&bytes));
    }
    let page = String::from_utf8_lossy(&bytes);
    let imported = import::import(&page, &import::Options::default());
    // Read as the table `import` would write, without writing it.
    Ok(import::check(&imported.rows, imported.text))
}

/// A bundled table, read.
#[must_use]
pub fn bundled(text: &str) -> Table {
    read_table(text.as_bytes(), &[]).0
}
