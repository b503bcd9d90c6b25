//! `codetables export --to rust` and `codetables_build::Generate`: the file
//! compiles in a user crate and behaves as `include_codes!` of the same
//! table (every listed code and codes around every range answer alike,
//! the checked macro included); a `build.rs` writes the same into
//! `OUT_DIR`; the file is what rustfmt leaves, and the same table gives the
//! same bytes.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;

#[path = "../../tests/support/mod.rs"]
#[allow(dead_code)]
mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn export(table: &str, name: &str, extra: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_codetables"))
        .args(["export", "--to", "rust", "--name", name, table])
        .args(extra)
        .current_dir(root().join(".."))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The tables: path, the attribute `include_codes!` takes, probes.
const TABLES: [(&str, &str, &str, &str); 3] = [
    (
        "tables/clarifai.csv",
        "",
        "Clarifai",
        "[10000u32, 11001, 21318, 98765, 0]",
    ),
    (
        "cli/tests/export_tables/negative.csv",
        "#[codes(columns(solution, doc_url))]",
        "Negative",
        "[-1i64, -2, -1001, -1050, -32000, -32050, 0, 7]",
    ),
    (
        "cli/tests/export_tables/text.csv",
        "#[codes(text, columns(doc_url))]",
        "Text",
        "[\"AuthFailure.TokenFailure\", \"AuthFailure.Other\", \"card_declined\", \"nope\"]",
    ),
];

#[test]
fn the_file_behaves_as_the_macro() {
    let mut main = String::from("#![deny(warnings)]\n");
    let mut checks = String::new();
    let crate_root = root().join("..");
    let mut files = Vec::new();
    for (table, attribute, name, probes) in TABLES {
        let mut args = Vec::new();
        if attribute.contains("text") {
            args.push("--text");
        }
        let columns = attribute.split("columns(").nth(1).map(|c| {
            c.trim_end_matches(")]")
                .trim_end_matches(')')
                .replace(' ', "")
        });
        if let Some(columns) = &columns {
            args.extend(["--columns", columns.as_str()]);
        }
        let file = export(table, &format!("{name}File"), &args);
        assert_eq!(
            file,
            export(table, &format!("{name}File"), &args),
            "deterministic"
        );
        let lower = name.to_lowercase();
        files.push((format!("src/{lower}_file.rs"), file));
        let file_name = table.rsplit('/').next().unwrap();
        let _ = write!(
            main,
            "mod {lower}_file {{\n    include!(\"{lower}_file.rs\");\n}}\n\
             mod {lower}_macro {{\n    codetables::include_codes! {{\n        {attribute}\n        \
             pub enum {name}Macro = \"tables/{file_name}\";\n    }}\n}}\n\
             use {lower}_file::{name}File;\nuse {lower}_macro::{name}Macro;\n"
        );
        let mut own = String::new();
        for c in columns.iter().flat_map(|c| c.split(',')) {
            let _ = write!(own, " assert_eq!(a.{c}(), b.{c}());");
        }
        let _ = write!(
            checks,
            "    assert_eq!({name}File::COUNT, {name}Macro::COUNT);\n\
             \x20   for (a, b) in {name}File::ALL.iter().zip({name}Macro::ALL) {{ same!(a, b);{own} }}\n\
             \x20   for p in {probes} {{ let (a, b) = ({name}File::from(p), {name}Macro::from(p)); same!(&a, &b);{own} }}\n"
        );
        let _ = crate_root.join(table);
    }
    main.push_str(
        "macro_rules! same {\n    ($a:expr, $b:expr) => {{\n        let (a, b) = ($a, $b);\n        \
         assert_eq!(a.code(), b.code());\n        assert_eq!(a.message(), b.message());\n        \
         assert_eq!(a.name(), b.name());\n        assert_eq!(a.is_known(), b.is_known());\n        \
         assert_eq!(a.kind(), b.kind());\n        assert_eq!(a.http_status(), b.http_status());\n        \
         assert_eq!(a.is_retryable(), b.is_retryable());\n        \
         assert_eq!(a.category().map(|c| c.name()), b.category().map(|c| c.name()));\n        \
         assert_eq!(a.to_string(), b.to_string());\n    }};\n}\n\nfn main() {\n",
    );
    main.push_str(&checks);
    // The checked macro of the file, in expressions and patterns.
    main.push_str(
        "    assert_eq!(clarifai_file!(11001), ClarifaiFile::ConnTokenInvalid);\n\
         \x20   assert!(matches!(NegativeFile::from(-1i64), negative_file!(-1)));\n\
         \x20   assert_eq!(text_file!(\"card_declined\").code(), \"card_declined\");\n\
         \x20   println!(\"same answers\");\n}\n",
    );
    let crate_ = support::Scratch::of(&crate_root, "rust_export", &main);
    for (path, file) in &files {
        crate_.write(path, file);
    }
    for (table, ..) in TABLES {
        let file_name = table.rsplit('/').next().unwrap();
        crate_.write(
            &format!("tables/{file_name}"),
            &std::fs::read_to_string(crate_root.join(table)).unwrap(),
        );
    }
    assert!(crate_.run(&[]).ends_with("same answers\n"));
    // As quiet as the macro under clippy's pedantic lints.
    let clippy = crate_.cargo(&[
        "clippy",
        "--quiet",
        "--",
        "-D",
        "warnings",
        "-W",
        "clippy::pedantic",
    ]);
    assert!(
        clippy.status.success(),
        "{}",
        String::from_utf8_lossy(&clippy.stderr)
    );
}

#[test]
fn a_build_script_writes_it_to_out_dir() {
    let crate_root = root().join("..");
    let main = "include!(concat!(env!(\"OUT_DIR\"), \"/codes.rs\"));\n\n\
                fn main() {\n    assert_eq!(Clarifai::from(11001u32), clarifai!(11001));\n    \
                assert_eq!(Clarifai::ConnTokenInvalid.http_status(), Some(401));\n    \
                println!(\"{} codes\", Clarifai::COUNT);\n}\n";
    let crate_ = support::Scratch::of(&crate_root, "build_script_export", main);
    let manifest = format!(
        "[package]\nname = \"build_script_export\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\ncodetables = {{ path = '{root}' }}\n\n\
         [build-dependencies]\ncodetables-build = {{ path = '{root}/build' }}\n\n[workspace]\n",
        root = crate_root.display()
    );
    crate_.write("Cargo.toml", &manifest);
    crate_.write(
        "build.rs",
        "fn main() {\n    codetables_build::Generate::new(\"tables/clarifai.csv\", \"Clarifai\")\n        \
         .write_to_out_dir(\"codes.rs\")\n        .unwrap();\n}\n",
    );
    crate_.write(
        "tables/clarifai.csv",
        &std::fs::read_to_string(crate_root.join("tables/clarifai.csv")).unwrap(),
    );
    assert_eq!(crate_.run(&[]), "336 codes\n");
}
