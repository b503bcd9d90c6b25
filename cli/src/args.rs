//! The command line as clap reads it: the commands, their arguments and
//! the `--help` text (the doc comments).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use codetables_cli::{export, import};

use crate::check::Report;

/// Status-code tables for codetables: import, check, look up, diff, export.
#[derive(Parser)]
#[command(name = "codetables", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

// The doc comments are the `--help` text, where backticks would show.
#[allow(clippy::doc_markdown)]
#[derive(Subcommand)]
pub enum Command {
    /// Turn a vendor's code page (markdown, HTML, text copied from a page,
    /// a protobuf or other enum source, in any language) or its spec
    /// (OpenAPI, Swagger, Smithy, a JSON catalogue, errcodes.txt, a registry
    /// CSV) into a table in the format `include_codes!` reads, that passes
    /// all of its checks.
    ///
    /// Column roles come from the headers (`Error Code`, `返回码`, `说明`,
    /// `errmsg`, `解决方案`…) and the cells; headings become categories;
    /// sections that state a code pattern (`11xxx`) become range rows. A
    /// code listed twice becomes one row with both texts; where a derived
    /// variant would collide or not compile, the `variant` column is
    /// filled. Extra columns (a solution, a link) are kept as the vendor's
    /// own columns: the report says how to declare them.
    Import {
        /// The page to read.
        page: PathBuf,
        /// How to read the page.
        #[arg(long, value_enum, default_value_t = import::Format::Auto)]
        format: import::Format,
        /// Print what was found in each table of the page (rows, the role
        /// of each column, sections, merged duplicates, skipped rows) to
        /// standard error.
        #[arg(long)]
        report: bool,
        /// Fill `kind` where a row's name or message states it
        /// unambiguously (English and Chinese).
        #[arg(long)]
        infer_kinds: bool,
        /// In an OpenAPI or Swagger document, the enum to read, by its
        /// JSON pointer (`/components/schemas/ErrorCode`): where several
        /// qualify, the largest is read and the others are listed.
        #[arg(long, value_name = "POINTER")]
        schema: Option<String>,
        /// Where to write the table (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Merge into this existing table: message and name from the page,
        /// every other column and every row the page does not list from
        /// the table (how the bundled tables are regenerated).
        #[arg(long, value_name = "TABLE")]
        keep_from: Option<PathBuf>,
    },
    /// Check tables with the rules of `include_codes!`: every problem as
    /// `file:line: message`; exits 1 if there is any. Each file's own
    /// columns (a header that is no standard column, such as `solution`)
    /// are read as declared, a table whose codes are not integers as text,
    /// and the attribute that declares them is printed; `--strict`,
    /// `--text` and `--columns` check against a declaration instead.
    Check {
        /// The tables to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The vendor's own columns the tables are included with, as in
        /// `#[codes(columns(solution, doc_url))]`: `--columns solution,doc_url`;
        /// any other column is then a problem.
        #[arg(long, value_delimiter = ',', value_name = "NAMES")]
        columns: Vec<String>,
        /// Check as `include_codes!` without any option does: numeric
        /// codes (a code that is not an integer is a problem) and no own
        /// column (every column that is not a standard one is a problem).
        #[arg(long, conflicts_with = "text")]
        strict: bool,
        /// The codes are text, as in `#[codes(text)]`.
        #[arg(long)]
        text: bool,
        /// How to report problems.
        #[arg(long, value_enum, default_value_t = Report::Text)]
        format: Report,
    },
    /// Write a table for its other consumers: its documentation page
    /// (markdown, html), an OpenAPI schema, TypeScript, Python and Go
    /// modules with describe(code), the Rust file include_codes! generates.
    /// The table is read
    /// as `check` reads it (its own columns as declared, codes that are not
    /// integers as text) unless `--text` or `--columns` state it.
    Export {
        /// The table.
        table: PathBuf,
        /// What to write.
        #[arg(long = "to", value_enum)]
        target: export::Target,
        /// Where to write it (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The enum's name (default: the file's stem in UpperCamelCase).
        #[arg(long)]
        name: Option<String>,
        /// The codes are text, as in `#[codes(text)]`.
        #[arg(long)]
        text: bool,
        /// The table's own columns, as in `#[codes(columns(...))]`.
        #[arg(long, value_delimiter = ',', value_name = "NAMES")]
        columns: Vec<String>,
    },
    /// Look a code (or a symbolic name) up in the bundled tables or a table
    /// file: name, message, category, kind, HTTP status, retry, and every
    /// column of the vendor's own the table has. Codes a table does not list
    /// are classified by its ranges.
    Lookup {
        /// A code (`11001`, `-1`) or a name (`CONN_TOKEN_INVALID`).
        #[arg(allow_hyphen_values = true)]
        code: String,
        /// Only this bundled table: StardustRosetta, StardustProject,
        /// AiGateway or Clarifai (any case).
        #[arg(long, conflicts_with = "table")]
        vendor: Option<String>,
        /// A table file (or vendor page) instead of the bundled tables.
        #[arg(long)]
        table: Option<PathBuf>,
    },
    /// Codes added, removed and changed between two versions of a table,
    /// or between a table and a vendor's page or source (OpenAPI, Smithy,
    /// a JSON catalogue, errcodes.txt, a registry CSV: what the vendor
    /// documents), and the changes that break the generated API (a variant
    /// renamed, removed or moved to another code, another code type, an
    /// own column or a category gone); exits 1 if they differ. Where a side
    /// is a page or source, only what it states is compared.
    Diff {
        /// The older version (or the table).
        old: PathBuf,
        /// The newer version (or the vendor's page or source).
        new: PathBuf,
        /// Exit 1 only for changes that break the generated API (for CI:
        /// new codes and new messages pass).
        #[arg(long)]
        breaking: bool,
        /// Exit 1 only when NEW lists a code that OLD lacks (for CI: fails
        /// when the vendor documents a new code).
        #[arg(long)]
        missing: bool,
    },
}
