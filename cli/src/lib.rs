//! The library behind the `codetables` command line: the importer of vendor
//! pages ([`import`]) and the reading of tables and pages for the commands
//! ([`tables`]). A library so that the fuzz targets (`fuzz/`) and other
//! tools can drive the importer without a process.

pub mod import;
pub mod tables;
