//! Machine-readable sources, read from the real files their publishers
//! keep (`../shared/fixtures/specs/`, beside the checkout; a test skips
//! with a message where the folder is absent): every code of the file is
//! in the table, as the file states it, and the table compiles with
//! `include_codes!` and the attribute the import prints.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "../../tests/support/mod.rs"]
#[allow(dead_code)]
mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixture `name`, or `None` (and a message) where the folder is absent.
fn fixture(name: &str) -> Option<PathBuf> {
    let path = root().join("../../shared/fixtures/specs").join(name);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

/// `codetables import PATH`: the table and the attribute the note prints.
fn import(path: &Path) -> (String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_codetables"))
        .arg("import")
        .arg(path)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{said}");
    let attribute = said
        .lines()
        .find_map(|l| l.strip_prefix("note: include the table with "))
        .unwrap_or_default()
        .to_owned();
    (String::from_utf8(output.stdout).unwrap(), attribute)
}

/// The first field of every line of `table` after its header.
fn codes(table: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(table.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().get(0).unwrap().to_owned())
        .collect()
}

#[test]
fn postgresql_errcodes_every_sqlstate_with_its_name_and_class() {
    let Some(path) = fixture("errcodes.txt") else {
        return;
    };
    let file = std::fs::read_to_string(&path).unwrap();
    let stated: BTreeSet<&str> = file
        .lines()
        .filter(|l| {
            l.split_whitespace()
                .nth(2)
                .is_some_and(|m| m.starts_with("ERRCODE_"))
        })
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let (table, attribute) = import(&path);
    let read: BTreeSet<String> = codes(&table).into_iter().collect();
    let stated: BTreeSet<String> = stated.into_iter().map(str::to_owned).collect();
    assert_eq!(read, stated);
    assert_eq!(read.len(), 260);
    assert_eq!(attribute, "#[codes(text)]");
    assert!(
        table.contains("\n22P02,,invalid_text_representation,,data_exception\n"),
        "{table}"
    );
    compiles(
        "errcodes",
        &table,
        &attribute,
        r#"
        assert_eq!(Codes::from("22P02").name(), "invalid_text_representation");
        assert!(Codes::from("08006").is_connection_exception());
        assert_eq!(Codes::from("22P02").to_string(), "22P02");
        assert!(!Codes::from("ZZ999").is_known());
        "#,
    );
}

#[test]
fn the_iana_status_registry_every_code_and_range() {
    let Some(path) = fixture("http-status-codes-1.csv") else {
        return;
    };
    let file = std::fs::read_to_string(&path).unwrap();
    let stated: Vec<String> = codes(&file);
    let (table, attribute) = import(&path);
    assert_eq!(codes(&table), stated);
    // Every description as the registry writes it.
    let mut registry = csv::Reader::from_reader(file.as_bytes());
    let mut imported = csv::Reader::from_reader(table.as_bytes());
    for (theirs, ours) in registry.records().zip(imported.records()) {
        let (theirs, ours) = (theirs.unwrap(), ours.unwrap());
        assert_eq!(theirs.get(1), ours.get(1), "{theirs:?}");
    }
    compiles(
        "iana",
        &table,
        &attribute,
        r#"
        assert_eq!(Codes::from(404).message(), "Not Found");
        assert_eq!(Codes::from(150).message(), "");
        assert!(!Codes::from(150).is_known());
        "#,
    );
}

/// Builds a user crate that includes `table` with `attribute` and runs
/// `checks` in its `main`.
fn compiles(name: &str, table: &str, attribute: &str, checks: &str) {
    let main = format!(
        "codetables::include_codes! {{\n    /// The imported table.\n    {attribute}\n    \
         pub enum Codes = \"tables/codes.csv\";\n}}\n\nfn main() {{\n{checks}\n    \
         println!(\"{{}} codes\", Codes::COUNT);\n}}\n"
    );
    let scratch = support::Scratch::of(&root().join(".."), &format!("source_{name}"), &main);
    scratch.write("tables/codes.csv", table);
    let out = scratch.run(&[]);
    assert!(out.ends_with("codes\n"), "{out}");
}

#[test]
fn aws_dynamodb_smithy_model_every_error_shape() {
    let Some(path) = fixture("aws_dynamodb.smithy.json") else {
        return;
    };
    let model: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let errors: BTreeSet<String> = model["shapes"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, shape)| shape["traits"].get("smithy.api#error").is_some())
        .map(|(id, _)| id.rsplit('#').next().unwrap().to_owned())
        .collect();
    let (table, attribute) = import(&path);
    let read: BTreeSet<String> = codes(&table).into_iter().collect();
    assert_eq!(read, errors);
    assert_eq!(read.len(), 34);
    assert_eq!(attribute, "#[codes(text)]");
    compiles(
        "smithy",
        &table,
        &attribute,
        r#"
        let server = Codes::from("InternalServerError");
        assert_eq!(server.http_status(), Some(500));
        assert!(server.is_server());
        assert_eq!(server.message(), "An error occurred on the server side.");
        assert_eq!(Codes::from("ConditionalCheckFailedException").http_status(), Some(400));
        "#,
    );
}
