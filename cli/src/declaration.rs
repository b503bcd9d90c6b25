//! [`Declaration`]: what a table is included with, `#[codes(text,
//! columns(...))]`, stated or inferred from its file, and the table read
//! with it: what `check` reports against, `lookup` and `diff` read with,
//! and `import` prints.

use codetables_reader::{codes_are_text, extra_columns, read_table_as, Diagnostic, Table};

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
