//! `codetables`: import a vendor's code page as a table, check tables with
//! the same rules as `include_codes!`, look codes up, diff two versions.

mod check;
mod diff;
mod lookup;

use codetables_cli::{export, import, tables};

use check::Report;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Status-code tables for codetables: import, check, look up, diff.
#[derive(Parser)]
#[command(name = "codetables", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

// The doc comments are the `--help` text, where backticks would show.
#[allow(clippy::doc_markdown)]
#[derive(Subcommand)]
enum Command {
    /// Turn a vendor's code page (markdown, HTML, text copied from a page,
    /// a protobuf or other enum source, in any language) into a table in
    /// the format `include_codes!` reads, that passes all of its checks.
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
    /// Write a table for its other consumers: the vendor's documentation
    /// page (markdown), the codes as an OpenAPI schema. The table is read
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

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Import {
            page,
            format,
            report,
            infer_kinds,
            schema,
            output,
            keep_from,
        } => run_import(
            &page,
            &import::Options {
                format,
                infer_kinds,
                choices: import::Choices { schema },
            },
            report,
            output.as_ref(),
            keep_from.as_ref(),
        ),
        Command::Check {
            files,
            mut columns,
            strict,
            text,
            format,
        } => {
            columns.retain(|c| !c.is_empty());
            let stated = strict || text || !columns.is_empty();
            let declared =
                stated.then_some(codetables_cli::declaration::Declaration { text, columns });
            check::run(&files, declared.as_ref(), format)
        }
        Command::Lookup {
            code,
            vendor,
            table,
        } => run_lookup(&code, vendor.as_deref(), table.as_ref()),
        Command::Export {
            table,
            target,
            output,
            name,
            text,
            mut columns,
        } => {
            columns.retain(|c| !c.is_empty());
            let stated = (text || !columns.is_empty())
                .then_some(codetables_cli::declaration::Declaration { text, columns });
            run_export(&table, target, output.as_ref(), name, stated)
        }
        Command::Diff {
            old,
            new,
            breaking,
            missing,
        } => run_diff(&old, &new, diff::FailOn { breaking, missing }),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run_import(
    page: &PathBuf,
    options: &import::Options,
    report: bool,
    output: Option<&PathBuf>,
    keep_from: Option<&PathBuf>,
) -> Result<ExitCode, String> {
    let bytes = std::fs::read(page).map_err(|e| format!("{}: cannot read: {e}", page.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let imported = import::import(text, options);
    if report {
        eprint!("{}", imported.report());
    } else {
        for warning in &imported.warnings {
            eprintln!("warning: {}: {warning}", page.display());
        }
        // What a source says beside its rows: the other lists it could read.
        let sources = imported.tables.iter().filter(|t| t.source.is_some());
        for note in sources.filter_map(|t| t.note.as_ref()) {
            if !imported.rows.is_empty() {
                eprintln!("note: {}: {note}", page.display());
            }
        }
        if let Some(attribute) = imported.attribute() {
            eprintln!("note: include the table with {attribute}");
        }
    }
    if imported.rows.is_empty() {
        let tables = imported.tables.len();
        let source = imported.tables.iter().find(|t| t.source.is_some());
        if let Some(problem) = source.and_then(|t| t.note.as_ref()) {
            return Err(format!("{}: {problem}", page.display()));
        }
        return Err(if tables == 0 {
            format!(
                "{}: no code table found: no table, list or enum on the page states codes \
                 (read as {:?}; see --format)",
                page.display(),
                options.format
            )
        } else {
            format!(
                "{}: none of the page's {tables} tables has a column of codes; \
                 run with --report to see how each was read",
                page.display()
            )
        });
    }
    let mut table = Vec::new();
    match keep_from {
        None => {
            table = import::write_table(&imported.rows)
                .map_err(|e| e.to_string())?
                .0;
        }
        Some(existing) => {
            let text = std::fs::read_to_string(existing)
                .map_err(|e| format!("{}: cannot read: {e}", existing.display()))?;
            let (records, notes) = import::merge(&imported.rows, &text)
                .map_err(|e| format!("{}: {e}", existing.display()))?;
            for note in notes {
                eprintln!("note: {}: {note}", existing.display());
            }
            let mut writer = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(&mut table);
            for record in records {
                writer.write_record(&record).map_err(|e| e.to_string())?;
            }
            writer.flush().map_err(|e| e.to_string())?;
        }
    }
    match output {
        Some(path) => std::fs::write(path, &table)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?,
        None => std::io::stdout()
            .write_all(&table)
            .map_err(|e| e.to_string())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_export(
    path: &PathBuf,
    target: export::Target,
    output: Option<&PathBuf>,
    name: Option<String>,
    declared: Option<codetables_cli::declaration::Declaration>,
) -> Result<ExitCode, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let declaration =
        declared.unwrap_or_else(|| codetables_cli::declaration::Declaration::inferred(&bytes));
    let (table, problems) = declaration.read(&bytes);
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{}", problem.located(&path.display().to_string()));
        }
        return Err(format!(
            "{}: {} problems; the table must pass `codetables check` to be exported",
            path.display(),
            problems.len()
        ));
    }
    let name = name.unwrap_or_else(|| export::name_of(path));
    let text = match target {
        export::Target::Rust => export::rust(path, &name, &declaration)?,
        _ => export::export(&table, &name, target),
    };
    match output {
        Some(file) => std::fs::write(file, text)
            .map_err(|e| format!("{}: cannot write: {e}", file.display()))?,
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_lookup(
    query: &str,
    vendor: Option<&str>,
    table: Option<&PathBuf>,
) -> Result<ExitCode, String> {
    let mut sources: Vec<(String, codetables_reader::Table)> = Vec::new();
    if let Some(path) = table {
        let tables::Loaded {
            table, problems, ..
        } = tables::load(path)?;
        for diagnostic in problems {
            eprintln!(
                "warning: {}",
                diagnostic.located(&path.display().to_string())
            );
        }
        sources.push((path.display().to_string(), table));
    } else {
        for (name, text) in tables::BUNDLED {
            if vendor.is_none_or(|v| v.eq_ignore_ascii_case(name)) {
                sources.push((name.to_owned(), tables::bundled(text)));
            }
        }
        if sources.is_empty() {
            let names: Vec<&str> = tables::BUNDLED.iter().map(|(n, _)| *n).collect();
            return Err(format!(
                "no bundled table {:?}; the tables are {}",
                vendor.unwrap_or_default(),
                names.join(", ")
            ));
        }
    }
    let found: Vec<String> = sources
        .iter()
        .filter_map(|(name, table)| lookup::describe(name, table, query))
        .collect();
    if found.is_empty() {
        println!("{query}: in none of the tables, and in none of their ranges");
        return Ok(ExitCode::FAILURE);
    }
    println!("{}", found.join("\n").trim_end());
    Ok(ExitCode::SUCCESS)
}

/// A loaded table as a side of a diff.
fn side(loaded: &tables::Loaded) -> diff::Side<'_> {
    if loaded.imported {
        diff::Side::imported(&loaded.table)
    } else {
        diff::Side::table(&loaded.table)
    }
}

fn run_diff(old: &PathBuf, new: &PathBuf, fail_on: diff::FailOn) -> Result<ExitCode, String> {
    let (old_table, new_table) = (tables::load(old)?, tables::load(new)?);
    for (path, loaded) in [(old, &old_table), (new, &new_table)] {
        for problem in &loaded.problems {
            eprintln!(
                "warning: {} (row left out)",
                problem.located(&path.display().to_string())
            );
        }
    }
    let diff = diff::diff(&side(&old_table), &side(&new_table));
    print!("{}", diff.text);
    Ok(if diff.fails(fail_on) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
