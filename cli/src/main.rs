//! `codetables`: import a vendor's code page as a table, check tables with
//! the same rules as `include_codes!`, look codes up, diff two versions.

mod diff;
mod import;
mod lookup;
mod tables;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

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
    /// Turn a vendor's code page (HTML, markdown or flattened text) into a
    /// table in the format `include_codes!` reads.
    ///
    /// Sections become categories, sections that state a code pattern
    /// (`11xxx`) and HTTP-status tables that state one become range rows.
    /// A code listed twice becomes one row with both texts (with a warning).
    Import {
        /// The page to read.
        page: PathBuf,
        /// How to read the page.
        #[arg(long, value_enum, default_value_t = import::Format::Auto)]
        format: import::Format,
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
    /// `file:line: message`; exits 1 if there is any.
    Check {
        /// The tables to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The vendor's own columns the tables are included with, as in
        /// `#[codes(columns(solution, doc_url))]`: `--columns solution,doc_url`.
        #[arg(long, value_delimiter = ',', value_name = "NAMES")]
        columns: Vec<String>,
        /// How to report problems.
        #[arg(long, value_enum, default_value_t = Report::Text)]
        format: Report,
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
    /// Codes added, removed and changed between two versions of a table
    /// (or of a vendor page); exits 1 if they differ.
    Diff {
        /// The older version.
        old: PathBuf,
        /// The newer version.
        new: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Report {
    /// `file:line: message`, one per line.
    Text,
    /// A JSON array of `{"file", "line", "message"}`, for editors and CI.
    Json,
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Import {
            page,
            format,
            output,
            keep_from,
        } => run_import(&page, format, output.as_ref(), keep_from.as_ref()),
        Command::Check {
            files,
            columns,
            format,
        } => run_check(&files, &columns, format),
        Command::Lookup {
            code,
            vendor,
            table,
        } => run_lookup(&code, vendor.as_deref(), table.as_ref()),
        Command::Diff { old, new } => run_diff(&old, &new),
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
    format: import::Format,
    output: Option<&PathBuf>,
    keep_from: Option<&PathBuf>,
) -> Result<ExitCode, String> {
    let bytes = std::fs::read(page).map_err(|e| format!("{}: cannot read: {e}", page.display()))?;
    let imported = import::import(&String::from_utf8_lossy(&bytes), format);
    for warning in &imported.warnings {
        eprintln!("warning: {}: {warning}", page.display());
    }
    if imported.rows.is_empty() {
        return Err(format!(
            "{}: no codes found; try another --format",
            page.display()
        ));
    }
    let mut table = Vec::new();
    match keep_from {
        None => import::write_table(&imported.rows, &mut table).map_err(|e| e.to_string())?,
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

fn run_check(files: &[PathBuf], columns: &[String], format: Report) -> Result<ExitCode, String> {
    for column in columns {
        if let Some(problem) = codetables_codegen::names::own_column_problem(column) {
            return Err(format!(
                "--columns: column `{column}` cannot be declared: {problem}"
            ));
        }
    }
    let mut problems = Vec::new();
    for file in files {
        let shown = file.display().to_string();
        match std::fs::read(file) {
            Err(error) => problems.push((shown, None, format!("cannot read: {error}"))),
            Ok(bytes) => {
                let (table, diagnostics) = codetables_codegen::read_table(&bytes, columns);
                if diagnostics.is_empty() && matches!(format, Report::Text) {
                    eprintln!(
                        "{shown}: ok ({} codes, {} ranges, {} categories)",
                        table.codes.len(),
                        table.ranges.len(),
                        table.categories.len()
                    );
                }
                problems.extend(
                    diagnostics
                        .into_iter()
                        .map(|d| (shown.clone(), d.line, d.message)),
                );
            }
        }
    }
    match format {
        Report::Text => {
            for (file, line, message) in &problems {
                match line {
                    Some(line) => println!("{file}:{line}: {message}"),
                    None => println!("{file}: {message}"),
                }
            }
        }
        Report::Json => {
            let json: Vec<serde_json::Value> = problems
                .iter()
                .map(|(file, line, message)| serde_json::json!({"file": file, "line": line, "message": message}))
                .collect();
            println!("{}", serde_json::Value::Array(json));
        }
    }
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn run_lookup(
    query: &str,
    vendor: Option<&str>,
    table: Option<&PathBuf>,
) -> Result<ExitCode, String> {
    let mut sources: Vec<(String, codetables_codegen::Table)> = Vec::new();
    if let Some(path) = table {
        let (table, diagnostics) = tables::load(path)?;
        for diagnostic in diagnostics {
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

fn run_diff(old: &PathBuf, new: &PathBuf) -> Result<ExitCode, String> {
    let (old_table, old_problems) = tables::load(old)?;
    let (new_table, new_problems) = tables::load(new)?;
    for (path, problems) in [(old, old_problems), (new, new_problems)] {
        for problem in problems {
            eprintln!(
                "warning: {} (row left out)",
                problem.located(&path.display().to_string())
            );
        }
    }
    let (text, differences) = diff::diff(&old_table, &new_table);
    print!("{text}");
    Ok(if differences == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
