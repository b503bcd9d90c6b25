//! `codetables check`: tables through the rules of `include_codes!`, each
//! read with the declaration it is stated with, or else the one its file
//! implies (printed, so that the user can copy it).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use codetables_cli::declaration::Declaration;

/// How `check` reports problems.
#[derive(Clone, Copy, ValueEnum)]
pub enum Report {
    /// `file:line: message`, one per line.
    Text,
    /// A JSON array of `{"file", "line", "message"}`, for editors and CI.
    Json,
}

/// Checks `files` with the declaration `declared`, or (`None`) with the one
/// each file implies.
pub fn run(
    files: &[PathBuf],
    declared: Option<&Declaration>,
    format: Report,
) -> Result<ExitCode, String> {
    for column in declared.map(|d| d.columns.as_slice()).unwrap_or_default() {
        if let Some(problem) = codetables_reader::names::own_column_problem(column) {
            return Err(format!(
                "--columns: column `{column}` cannot be declared: {problem}"
            ));
        }
    }
    let mut problems = Vec::new();
    for file in files {
        let shown = file.display().to_string();
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(error) => {
                problems.push((shown, None, format!("cannot read: {error}")));
                continue;
            }
        };
        let inferred;
        let declaration = if let Some(declaration) = declared {
            declaration
        } else {
            inferred = Declaration::inferred(&bytes);
            &inferred
        };
        let (table, diagnostics) = declaration.read(&bytes);
        if diagnostics.is_empty() && matches!(format, Report::Text) {
            eprintln!(
                "{shown}: ok ({} codes, {} ranges, {} categories)",
                table.codes.len(),
                table.ranges.len(),
                table.categories.len()
            );
            if let (None, Some(attribute)) = (declared, declaration.attribute()) {
                eprintln!("{shown}: include it with {attribute}");
            }
        }
        problems.extend(
            diagnostics
                .into_iter()
                .map(|d| (shown.clone(), d.line, d.message)),
        );
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
                .map(|(file, line, message)| {
                    serde_json::json!({"file": file, "line": line, "message": message})
                })
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
