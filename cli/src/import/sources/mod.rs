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
//! - `smithy`: a Smithy JSON AST (AWS's models), its error shapes;
//! - `openapi`: an OpenAPI 3.x or Swagger 2.0 document, JSON or YAML
//!   (`document` reads either into one tree), the enum of its error codes.

mod csv;
mod document;
mod errcodes;
mod json;
mod openapi;
mod smithy;

use super::{Row, TableReport};

/// A kind of source.
pub struct Source {
    /// Its name, as `--format` and the report give it.
    pub name: &'static str,
    /// Whether `text` is a document of this kind.
    pub detect: fn(&str) -> bool,
    /// Its rows, and what was read and skipped (a note says what the
    /// user should know: other lists it could have read, or why none).
    pub read: fn(&str, &Choices) -> (Vec<Row>, TableReport),
}

/// What the user chose, for a source that holds several lists.
#[derive(Debug, Clone, Default)]
pub struct Choices {
    /// The JSON pointer of the enum to read (`--schema`).
    pub schema: Option<String>,
}

/// Every kind of source, in the order they are tried.
pub const SOURCES: [Source; 5] = [
    Source {
        name: "openapi",
        detect: openapi::detect,
        read: openapi::read,
    },
    Source {
        name: "smithy",
        detect: smithy::detect,
        read: |text, _| smithy::read(text),
    },
    Source {
        name: "json",
        detect: json::detect,
        read: |text, _| json::read(text),
    },
    Source {
        name: "errcodes",
        detect: errcodes::detect,
        read: |text, _| errcodes::read(text),
    },
    Source {
        name: "csv",
        detect: csv::detect,
        read: |text, _| csv::read(text),
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
