//! `codetables export`: one table, every consumer. The table read as
//! `include_codes!` reads it (the model's `Table`, every class resolved)
//! is written as the vendor's documentation page (`markdown`, `html`; both
//! from `page`), the codes
//! as an OpenAPI schema (`openapi`), and more; each target is a file of
//! its own that reads the model and returns text. Exporting is
//! deterministic: the same table gives the same bytes.

mod answers;
mod go;
mod html;
mod markdown;
mod openapi;
mod page;
mod python;
mod typescript;

use codetables_reader::Table;

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    /// The vendor's documentation page: a section per category, a pipe
    /// table of every column the table states.
    Markdown,
    /// The same page as one HTML file that works offline: a search box
    /// that filters the rows, an anchor per row (`#code-40001`), the row
    /// the URL names highlighted.
    Html,
    /// The codes as an OpenAPI 3.1 schema, with `x-enum-varnames` and
    /// `x-enum-descriptions`.
    Openapi,
    /// A TypeScript module: the codes as constants, `describe(code)`.
    Typescript,
    /// A Python module: an enum of the codes, `describe(code)`.
    Python,
    /// A Go file: a type, a constant per code, `Describe(code)`, `String()`.
    Go,
    /// A Rust file: what `include_codes!` generates, formatted, to commit
    /// or `include!` (the same as `codetables_build::Generate`).
    Rust,
}

/// The table `table`, named `name` (the enum's name), as `target`; for
/// [`Target::Rust`], see [`rust`] (it reads the file itself).
#[must_use]
pub fn export(table: &Table, name: &str, target: Target) -> String {
    match target {
        Target::Rust => String::new(),
        Target::Markdown => markdown::page(table, name),
        Target::Html => html::page(table, name),
        Target::Openapi => openapi::document(table, name),
        Target::Typescript => typescript::module(table, name),
        Target::Python => python::module(table, name),
        Target::Go => go::file(table, name),
    }
}

/// `--to rust`: what `include_codes!` of the table at `path`, declared
/// as `declaration` says, generates for the public enum `name`.
///
/// # Errors
/// The table cannot be read or has problems.
pub fn rust(
    path: &std::path::Path,
    name: &str,
    declaration: &crate::declaration::Declaration,
) -> Result<String, String> {
    codetables_build::Generate::new(path, name)
        .text(declaration.text)
        .columns(&declaration.columns)
        .generate()
        .map_err(|e| e.to_string())
}

/// The enum's name for a table file: its stem in UpperCamelCase
/// (`tables/ai_gateway.csv` → `AiGateway`).
#[must_use]
pub fn name_of(path: &std::path::Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = codetables_reader::names::upper_camel(&stem);
    if codetables_reader::names::is_camel_identifier(&name) {
        name
    } else {
        "Codes".to_owned()
    }
}
