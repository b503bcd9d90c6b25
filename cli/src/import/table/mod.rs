//! The table built from the rows a page or source gave: one row per code
//! and patterns for dotted text codes (`rows`), kinds from words if asked
//! (`kinds`), the checks of `include_codes!` run on the rows in memory and
//! whatever they refuse mended (`mend`), then the fields written as CSV
//! (`write`) or merged into a curated table (`merge`), and what was
//! decided told (`report`).

pub mod kinds;
pub mod mend;
pub mod merge;
pub mod report;
pub mod rows;
pub mod write;

use super::pages::{cells, sections};
use super::{Imported, Row};
