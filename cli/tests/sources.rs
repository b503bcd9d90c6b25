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

/// `codetables import PATH ARGS…`: standard output and standard error.
fn import_with(path: &Path, args: &[&str]) -> (String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_codetables"))
        .arg("import")
        .arg(path)
        .args(args)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{said}");
    (String::from_utf8(output.stdout).unwrap(), said)
}

#[test]
fn openfga_swagger_every_error_enum_by_its_pointer() {
    let Some(path) = fixture("openfga.swagger.json") else {
        return;
    };
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let enum_of = |name: &str| -> Vec<String> {
        spec["definitions"][name]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    // The largest error enum, and the others named with their pointers.
    let (table, said) = import_with(&path, &[]);
    assert_eq!(codes(&table), enum_of("ErrorCode"));
    assert_eq!(codes(&table).len(), 50);
    for other in [
        "AuthErrorCode",
        "InternalErrorCode",
        "NotFoundErrorCode",
        "UnprocessableContentErrorCode",
    ] {
        assert!(said.contains(&format!("/definitions/{other} (")), "{said}");
        let (picked, _) = import_with(&path, &["--schema", &format!("/definitions/{other}")]);
        assert_eq!(codes(&picked), enum_of(other));
    }
    // Any enum of the document, by its pointer.
    let (picked, _) = import_with(&path, &["--schema", "#/definitions/TupleOperation"]);
    assert_eq!(codes(&picked), enum_of("TupleOperation"));
    compiles(
        "openfga",
        &table,
        "#[codes(text)]",
        r#"
        assert!(Codes::from("validation_error").is_known());
        assert_eq!(Codes::from("validation_error").code(), "validation_error");
        assert!(!Codes::from("a_code_from_next_year").is_known());
        "#,
    );
}

#[test]
fn an_openapi_yaml_spec_with_varnames_and_descriptions() {
    let path = root().join("tests/specs/payments.openapi.yaml");
    let (table, said) = import_with(&path, &[]);
    assert!(!said.contains("include the table with"), "{said}");
    assert_eq!(
        codes(&table),
        ["0", "40001", "40002", "40003", "42901", "50000", "-1"]
    );
    compiles(
        "openapi_yaml",
        &table,
        "",
        r#"
        assert_eq!(Codes::TokenInvalid.message(), "The token is invalid: check {token}.");
        assert_eq!(Codes::AmountTooSmall.message(), "Amount must be at least 50 cents (\"0.50\").");
        assert_eq!(Codes::Busy.code(), -1);
        assert_eq!(Codes::Busy.to_string(), "系统繁忙，请稍后重试");
        assert_eq!(Codes::from(50000).message(), "Internal error */ 100% of the time.");
        "#,
    );
}

#[test]
fn a_swagger_yaml_spec_with_const_members() {
    let path = root().join("tests/specs/ledger.swagger.yaml");
    let (table, said) = import_with(&path, &[]);
    assert!(said.contains("#[codes(text)]"), "{said}");
    compiles(
        "swagger_yaml",
        &table,
        "#[codes(text)]",
        r#"
        assert_eq!(Codes::EntryUnbalanced.message(), "Debits and credits differ: 0.01 ≠ 0.00.");
        assert_eq!(Codes::LedgerClosed.code(), "Ledger.Closed");
        assert!(Codes::from("Ledger.Archived").is_ledger());
        "#,
    );
}

#[test]
fn a_spec_without_an_error_enum_lists_its_enums() {
    let dir = std::env::temp_dir().join("codetables_no_error_enum");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("plans.yaml");
    std::fs::write(
        &path,
        "openapi: 3.0.3\ncomponents:\n  schemas:\n    Plan: {type: string, enum: [free, pro]}\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_codetables"))
        .arg("import")
        .arg(&path)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{said}");
    assert!(
        said.contains("no enum of error codes")
            && said.contains("the document's enums /components/schemas/Plan (2 values)")
            && said.contains("--schema POINTER"),
        "{said}"
    );
}
