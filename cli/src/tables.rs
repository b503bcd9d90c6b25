//! Reading tables for the commands, in one place: a CSV table through the
//! same pipeline as `include_codes!`, with the [`Declaration`] it is
//! included with (stated, or inferred from the file); a vendor page
//! through `import` first.

use std::path::Path;

use codetables_reader::{
    codes_are_text, extra_columns, read_table, read_table_as, Diagnostic, Table,
};

use crate::import::{self, Format};

/// The bundled vendor tables, as `include_codes!` sees them: the facade's
/// own files (`codetables::vendors::TABLES`), so that this crate packages
/// without reaching outside its directory.
///
/// Read them with [`bundled`].
pub const BUNDLED: [(&str, &str); 4] = codetables::vendors::TABLES;

/// What a table is included with: `#[codes(text, columns(...))]`. The
/// default is `include_codes!` without options (numeric codes, no own
/// columns).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Declaration {
    /// `text`: the codes are text.
    pub text: bool,
    /// `columns(...)`: the vendor's own columns, in order.
    pub columns: Vec<String>,
}

impl Declaration {
    /// What a table's file states: text where a code is not an integer (or
    /// a numeric pattern), and every column of its header that is not a
    /// standard one as an own column.
    #[must_use]
    pub fn inferred(bytes: &[u8]) -> Declaration {
        Declaration {
            text: codes_are_text(bytes),
            columns: extra_columns(bytes),
        }
    }

    /// The attribute that declares this, `#[codes(text, columns(a, b))]`;
    /// `None` where the macro needs no option.
    #[must_use]
    pub fn attribute(&self) -> Option<String> {
        let mut options = Vec::new();
        if self.text {
            options.push("text".to_owned());
        }
        if !self.columns.is_empty() {
            options.push(format!("columns({})", self.columns.join(", ")));
        }
        (!options.is_empty()).then(|| format!("#[codes({})]", options.join(", ")))
    }

    /// Reads `bytes` as `include_codes!` with this declaration does.
    #[must_use]
    pub fn read(&self, bytes: &[u8]) -> (Table, Vec<Diagnostic>) {
        read_table_as(bytes, &self.columns, self.text)
    }
}

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
    let imported = import::import(
        &page,
        import::Options {
            format: Format::Auto,
            infer_kinds: false,
        },
    );
    // Read as the table `import` would write, without writing it.
    Ok(import::check(&imported.rows, imported.text))
}

/// A bundled table, read.
#[must_use]
pub fn bundled(text: &str) -> Table {
    read_table(text.as_bytes(), &[]).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declaration_reads_as_the_macro_with_its_attribute() {
        let table = b"code,message,solution\n100,a,x\n100,b,y\nabc,c,z\n";
        let inferred = Declaration::inferred(table);
        assert_eq!(
            inferred.attribute().as_deref(),
            Some("#[codes(text, columns(solution))]")
        );
        // Without options: numbers only, so `abc` is an error of its own
        // beside the duplicate, and `solution` is undeclared.
        let (_, problems) = Declaration::default().read(table);
        let lines: Vec<Option<usize>> = problems.iter().map(|d| d.line).collect();
        assert!(
            lines.contains(&Some(3)) && lines.contains(&Some(4)),
            "{problems:?}"
        );
        assert_eq!(Declaration::default().attribute(), None);
    }
}
