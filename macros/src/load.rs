//! Finds and reads a table: paths are relative to the including crate's
//! `CARGO_MANIFEST_DIR`, like `include_str!` paths in a build script.

use std::path::{Path, PathBuf};

use codetables_reader::Diagnostic;

pub struct Loaded {
    pub bytes: Vec<u8>,
    /// The absolute path, for `include_bytes!` (so Cargo tracks the file);
    /// `None` if it is not UTF-8 and so cannot be a string literal.
    pub tracked_file: Option<String>,
}

pub fn read(table_path: &str) -> Result<Loaded, Diagnostic> {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let full = match &manifest_dir {
        Some(dir) => dir.join(table_path),
        None if Path::new(table_path).is_absolute() => PathBuf::from(table_path),
        None => return Err(Diagnostic::file(
            "CARGO_MANIFEST_DIR is not set, so the relative path has no base; build with Cargo \
                 or give an absolute path",
        )),
    };
    match std::fs::read(&full) {
        Ok(bytes) => Ok(Loaded {
            bytes,
            tracked_file: full.to_str().map(str::to_owned),
        }),
        Err(error) => Err(Diagnostic::file(format!(
            "cannot read the table: {error} (looked for {}{})",
            full.display(),
            match &manifest_dir {
                Some(dir) => format!(
                    "; paths are relative to the crate's directory, {}",
                    dir.display()
                ),
                None => String::new(),
            }
        ))),
    }
}
