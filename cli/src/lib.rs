//! The library behind the `codetables` command line: the importer of vendor
//! pages ([`import`]), the declaration a table is read with
//! ([`declaration`]), the writers of a table for its other consumers
//! ([`export`]), and the reading of tables and pages for the commands
//! ([`tables`]). A library so that the fuzz targets (`fuzz/`) and other
//! tools can drive the importer without a process.

pub mod declaration;
pub mod export;
pub mod import;
pub mod tables;
