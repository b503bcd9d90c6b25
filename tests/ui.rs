//! Compile-fail tests: one per kind of defect in a table or in the macro's
//! input, each with the compiler output a user sees (`tests/ui/fail/*.stderr`),
//! and pass tests for generated code under strict lints.
//!
//! trybuild compiles the cases in its own project under
//! `target/tests/trybuild/codetables/`, and `include_codes!` reads tables
//! relative to that project's directory; the fixtures are copied there.
//! Regenerate the snapshots with `TRYBUILD=overwrite cargo test --test ui`.

use std::path::Path;

#[test]
fn ui() {
    stage_tables();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}

fn stage_tables() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
    let project = target.join("tests/trybuild/codetables/tables");
    std::fs::create_dir_all(&project).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui/tables");
    for entry in std::fs::read_dir(fixtures).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, project.join(path.file_name().unwrap())).unwrap();
    }
}
