//! What `include_codes!` generates, as a user crate sees it: hostile tables,
//! text codes, the bundled vendors, other vendors' tables, every
//! combination of the `#[codes(...)]` options, and the tables `codetables
//! import` writes. One test binary, a module per subject; the modules that
//! hold a user's public enums are public, so that `missing_docs` sees them.

mod bundled;
pub mod imported_tables;
mod numeric;
mod options;
pub mod other_vendors;
mod text;
