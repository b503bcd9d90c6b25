//! The committed exports of the bundled tables (`exports/`) are what
//! `codetables export` writes today, byte for byte: exporting is
//! deterministic, and a change to an exporter shows in review.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn every_bundled_table_exports_to_its_committed_files() {
    let formats = [
        ("markdown", "md"),
        ("html", "html"),
        ("openapi", "openapi.json"),
        ("typescript", "ts"),
        ("python", "py"),
        ("go", "go"),
        ("rust", "rs"),
    ];
    for table in [
        "clarifai",
        "stardust_rosetta",
        "stardust_project",
        "ai_gateway",
    ] {
        for (format, extension) in formats {
            let output = Command::new(env!("CARGO_BIN_EXE_codetables"))
                .args(["export", "--to", format, &format!("tables/{table}.csv")])
                .current_dir(root())
                .output()
                .unwrap();
            assert!(output.status.success(), "{table} {format}");
            let committed =
                std::fs::read(root().join(format!("exports/{table}.{extension}"))).unwrap();
            assert!(
                output.stdout == committed,
                "exports/{table}.{extension} differs from what `codetables export --to {format}` writes: \
                 regenerate it (exports/README.md)"
            );
        }
    }
}

#[test]
fn a_name_that_is_no_identifier_is_refused() {
    let output = Command::new(env!("CARGO_BIN_EXE_codetables"))
        .args([
            "export",
            "--to",
            "go",
            "--name",
            "my-codes",
            "tables/clarifai.csv",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr)
        .contains("--name \"my-codes\": the enum's name must be an UpperCamelCase identifier"));
}
