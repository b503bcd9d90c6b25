//! Machine-readable sources: the lists vendors publish as data rather than
//! as pages. Each source is a file of its own that says whether a document
//! is one of its kind and reads it into rows and a report; nothing else of
//! the importer changes when a source is added.
//!
//! - `errcodes`: PostgreSQL's `errcodes.txt` (`SQLSTATE` codes under
//!   `Section:` lines);
//! - `csv`: a CSV with a code column and a text column (IANA's HTTP status
//!   registry, with its `104-199` ranges);
//! - `json`: a JSON catalogue, the largest list of records in the document;
//! - `smithy`: a Smithy JSON AST (AWS's models), its error shapes.

mod csv;
mod errcodes;
mod json;
mod smithy;

use super::{Row, TableReport};

/// A kind of source.
pub struct Source {
    /// Its name, as `--format` and the report give it.
    pub name: &'static str,
    /// Whether `text` is a document of this kind.
    pub detect: fn(&str) -> bool,
    /// Its rows, and what was read and skipped.
    pub read: fn(&str) -> (Vec<Row>, TableReport),
}

/// Every kind of source, in the order they are tried.
pub const SOURCES: [Source; 4] = [
    Source {
        name: "smithy",
        detect: smithy::detect,
        read: smithy::read,
    },
    Source {
        name: "json",
        detect: json::detect,
        read: json::read,
    },
    Source {
        name: "errcodes",
        detect: errcodes::detect,
        read: errcodes::read,
    },
    Source {
        name: "csv",
        detect: csv::detect,
        read: csv::read,
    },
];

/// The source `name` names.
#[must_use]
pub fn named(name: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| source.name == name)
}

/// The source `text` is, where it is one.
#[must_use]
pub fn detect(text: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| (source.detect)(text))
}
