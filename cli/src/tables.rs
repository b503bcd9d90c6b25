//! Reading tables for the commands: CSV tables through the same pipeline as
//! `include_codes!`, vendor pages through `import` first.

use std::path::Path;

use codetables_codegen::{
    codes_are_text, extra_columns, read_table, read_table_as, Diagnostic, Table,
};

use crate::import::{self, Format};

/// The bundled vendor tables, as `include_codes!` sees them: the facade's
/// own files (`codetables::vendors::TABLES`), so that this crate packages
/// without reaching outside its directory.
///
/// Read them with [`bundled`].
pub const BUNDLED: [(&str, &str); 4] = codetables::vendors::TABLES;

/// A table and its problems, read with every column of the vendor's own
/// that its header has. A file that is not `.csv` is taken for a vendor
/// page and imported first.
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
        return Ok(read_table_as(
            &bytes,
            &extra_columns(&bytes),
            codes_are_text(&bytes),
        ));
    }
    let page = String::from_utf8_lossy(&bytes);
    let imported = import::import(
        &page,
        import::Options {
            format: Format::Auto,
            infer_kinds: false,
        },
    );
    let (csv, _) = import::write_table(&imported.rows).map_err(|e| e.to_string())?;
    Ok(read_table_as(
        &csv,
        &import::own_columns(&imported.rows),
        codes_are_text(&csv),
    ))
}

/// A bundled table, read.
#[must_use]
pub fn bundled(text: &str) -> Table {
    read_table(text.as_bytes(), &[]).0
}
