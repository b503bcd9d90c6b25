//! `codetables`: import a vendor's code page as a table, check tables with
//! the same rules as `include_codes!`, look codes up, diff two versions.

mod args;
mod check;
mod diff;
mod lookup;

use codetables_cli::{export, import, tables};

use args::{Cli, Command};

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser as _;

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
    if !codetables_reader::names::is_camel_identifier(&name) {
        return Err(format!(
            "--name {name:?}: the enum's name must be an UpperCamelCase identifier, \
             such as `MyVendor`"
        ));
    }
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
