//! Compile-fail tests: one per kind of defect in a table or in the macro's
//! input, each with the compiler output a user sees (`tests/ui/fail/*.stderr`),
//! and pass tests for generated code under strict lints.
//!
//! trybuild compiles the cases in its own project under
//! `<target>/tests/trybuild/codetables/`, and `include_codes!` reads tables
//! relative to that project's directory; the fixtures are copied there.
//! Regenerate the snapshots with `TRYBUILD=overwrite cargo test --test ui`.

use std::path::{Path, PathBuf};

/// The case whose message names the project's directory, which is inside
/// the checkout only where the target directory is.
const NAMES_THE_PROJECT: &str = "unreadable_file";

#[test]
fn ui() {
    let target = target_dir();
    stage_tables(&target);
    let cases = trybuild::TestCases::new();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    if target.starts_with(manifest) {
        cases.compile_fail("tests/ui/fail/*.rs");
    } else {
        // A target directory elsewhere (`CARGO_TARGET_DIR` on a shared
        // machine): every other case as it is, and that one with the
        // snapshot's directory where the project really is.
        for case in fail_cases(manifest) {
            if case
                .file_stem()
                .is_some_and(|stem| stem == NAMES_THE_PROJECT)
            {
                cases.compile_fail(stage_elsewhere(manifest, &target, &case));
            } else {
                cases.compile_fail(case);
            }
        }
    }
    cases.pass("tests/ui/pass/*.rs");
}

fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn stage_tables(target: &Path) {
    let project = target.join("tests/trybuild/codetables/tables");
    std::fs::create_dir_all(&project).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui/tables");
    for entry in std::fs::read_dir(fixtures).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, project.join(path.file_name().unwrap())).unwrap();
    }
}

fn fail_cases(manifest: &Path) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(manifest.join("tests/ui/fail"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    cases.sort();
    cases
}

/// `case` and its snapshot copied beside the target directory, the
/// snapshot saying where the project and the copy are.
fn stage_elsewhere(manifest: &Path, target: &Path, case: &Path) -> PathBuf {
    let staged_dir = target.join("tests/ui-staged");
    std::fs::create_dir_all(&staged_dir).unwrap();
    let staged = staged_dir.join(case.file_name().unwrap());
    std::fs::copy(case, &staged).unwrap();
    let relative = case.strip_prefix(manifest).unwrap().to_str().unwrap();
    let snapshot = std::fs::read_to_string(case.with_extension("stderr")).unwrap();
    let project = target.join("tests/trybuild/codetables");
    let snapshot = snapshot
        .replace(
            "$DIR/target/tests/trybuild/codetables",
            project.to_str().unwrap(),
        )
        .replace(relative, staged.to_str().unwrap());
    std::fs::write(staged.with_extension("stderr"), snapshot).unwrap();
    staged
}
