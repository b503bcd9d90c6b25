//! The `codetables` binary as a user runs it: every command on the seed
//! pages and the bundled tables, reading its real output and exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codetables"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn seed(prefix: &str) -> String {
    let entry = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .unwrap();
    entry.strip_prefix(root()).unwrap().display().to_string()
}

fn table(path: &Path) -> codetables_reader::Table {
    let (table, diagnostics) = codetables_reader::read_table(&std::fs::read(path).unwrap(), &[]);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    table
}

/// Imports a seed page to a file, checks it with `check`, and returns it.
fn import_and_check(prefix: &str) -> codetables_reader::Table {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("imported_{prefix}.csv"));
    let output = run(&["import", &seed(prefix), "-o", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let check = run(&["check", out.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stdout(&check));
    assert!(String::from_utf8_lossy(&check.stderr).contains(": ok ("));
    table(&out)
}

/// The codes a numeric range covers.
fn bounds(range: &codetables_reader::RangeRow) -> (i64, i64) {
    match range.covers {
        codetables_reader::model::Covers::Numbers { first, last } => (first, last),
        codetables_reader::model::Covers::Prefix(_) => panic!("a numeric range"),
    }
}

/// Every code the import found has the bundled table's message and name.
fn assert_matches_bundled(
    imported: &codetables_reader::Table,
    bundled: &str,
    skip: &[i64],
) -> usize {
    let bundled = table(&root().join("tables").join(bundled));
    let mut compared = 0;
    for row in imported
        .codes
        .iter()
        .filter(|r| !r.code.number().is_some_and(|c| skip.contains(&c)))
    {
        let theirs = bundled
            .codes
            .iter()
            .find(|b| b.code == row.code)
            .unwrap_or_else(|| panic!("{}", row.code));
        assert_eq!(row.message, theirs.message, "message of {}", row.code);
        assert_eq!(row.name, theirs.name, "name of {}", row.code);
        compared += 1;
    }
    compared
}

#[test]
fn importing_every_seed_gives_the_bundled_codes_and_messages() {
    // The newer Stardust page, and the older one's codes it no longer has.
    assert_eq!(
        assert_matches_bundled(&import_and_check("001"), "stardust_rosetta.csv", &[]),
        52
    );
    let newer: Vec<i64> = import_and_check("001")
        .codes
        .iter()
        .filter_map(|r| r.code.number())
        .collect();
    assert_eq!(
        assert_matches_bundled(&import_and_check("000"), "stardust_rosetta.csv", &newer),
        1
    );
    assert_eq!(
        assert_matches_bundled(&import_and_check("002"), "stardust_project.csv", &[]),
        20
    );
    assert_eq!(
        assert_matches_bundled(&import_and_check("003"), "ai_gateway.csv", &[]),
        17
    );
    assert_eq!(
        assert_matches_bundled(&import_and_check("004"), "clarifai.csv", &[]),
        336
    );
}

#[test]
fn imported_sections_and_ranges_follow_the_page() {
    let clarifai = import_and_check("004");
    assert_eq!(clarifai.ranges.len(), 47);
    let bundled = table(&root().join("tables/clarifai.csv"));
    let mut theirs: Vec<(i64, i64)> = bundled.ranges.iter().map(bounds).collect();
    let mut ours: Vec<(i64, i64)> = clarifai.ranges.iter().map(bounds).collect();
    theirs.sort_unstable();
    ours.sort_unstable();
    assert_eq!(ours, theirs);
    // The gateway's status table: ranges with their HTTP status; the page's
    // `5xxxx` is kept as written, with a warning.
    let output = run(&["import", &seed("003")]);
    let warnings = String::from_utf8_lossy(&output.stderr);
    assert!(warnings.contains("did the page mean 5xxxxx?"), "{warnings}");
    assert!(stdout(&output).contains("100xxx,\"Invalid parameters"));
    // Duplicates are merged with a warning.
    let output = run(&["import", &seed("000")]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("code 51002 is listed twice"));
    assert!(stdout(&output).contains("51002,Unknown annotation type. / Unknown campaignType."));
}

#[test]
fn check_reports_every_problem_with_its_line() {
    let bad = "tests/ui/tables/many_errors.csv";
    let output = run(&["check", bad, "tables/clarifai.csv"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 5, "{text}");
    assert!(
        text.starts_with("tests/ui/tables/many_errors.csv:3: duplicate code 1"),
        "{text}"
    );
    let json = run(&["check", bad, "--format", "json"]);
    let problems: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(problems.as_array().unwrap().len(), 5);
    assert_eq!(problems[0]["line"], 3);
    assert_eq!(
        run(&["check", "tables/clarifai.csv"]).status.code(),
        Some(0)
    );
}

/// A table that `import` just wrote checks as it is, own columns and all,
/// and `check` says the attribute that includes it; `--strict` and
/// `--columns` check against a declaration.
#[test]
fn check_reads_the_own_columns_a_table_has() {
    let file = "tests/tables/wechat_style_solution.csv";
    let output = run(&["check", file]);
    let said = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{}{said}", stdout(&output));
    assert!(
        said.contains("include it with #[codes(columns(solution))]"),
        "{said}"
    );
    let strict = run(&["check", "--strict", file]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(stdout(&strict).contains("unknown column `solution`"));
    assert_eq!(
        run(&["check", "--columns", "solution", file]).status.code(),
        Some(0)
    );
}

/// `--strict` is the macro without options: a code that is not an integer
/// is an error of its own, not a reason to read the table as text; `--text`
/// states the other declaration.
#[test]
fn check_strict_reads_numbers_and_text_reads_text() {
    let dir = std::env::temp_dir().join(format!("codetables-strict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("mixed.csv");
    std::fs::write(&file, "code,message\n100,a\n100,b\nabc,c\n").unwrap();
    let file = file.to_str().unwrap();
    let strict = stdout(&run(&["check", "--strict", file]));
    assert!(
        strict.contains("mixed.csv:3: duplicate code 100"),
        "{strict}"
    );
    assert!(strict.contains("mixed.csv:4: bad code `abc`"), "{strict}");
    let text = stdout(&run(&["check", "--text", file]));
    assert!(text.contains("mixed.csv:3: duplicate code `100`"), "{text}");
    assert!(!text.contains("bad code"), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn lookup_by_code_name_and_range() {
    let output = run(&["lookup", "11001"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.starts_with("Clarifai 11001 CONN_TOKEN_INVALID\n"),
        "{text}"
    );
    assert!(text.contains("kind      unauthenticated"));
    assert_eq!(
        stdout(&run(&[
            "lookup",
            "CONN_TOKEN_INVALID",
            "--vendor",
            "clarifai"
        ])),
        text
    );
    // A code several vendors know: every one of them answers.
    let text = stdout(&run(&["lookup", "51001"]));
    assert!(
        text.contains("StardustRosetta 51001") && text.contains("Clarifai 51001 WORKER_ACTIVE"),
        "{text}"
    );
    let text = stdout(&run(&["lookup", "100777"]));
    assert!(
        text.contains("AiGateway 100777: not in the table; in range 100xxx"),
        "{text}"
    );
    let missing = run(&["lookup", "424242"]);
    assert_eq!(missing.status.code(), Some(1));
    let text = stdout(&run(&["lookup", "1", "--table", "tests/tables/small.csv"]));
    assert!(text.contains("tests/tables/small.csv 1 ONE"), "{text}");
    let unknown_vendor = run(&["lookup", "1", "--vendor", "nope"]);
    assert_eq!(unknown_vendor.status.code(), Some(2));
}

#[test]
fn diff_of_the_two_stardust_page_versions() {
    let output = run(&["diff", &seed("000"), &seed("001")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("+ 54010 \"Provide bucket name, can not use bucket path.\""),
        "{text}"
    );
    assert!(text.contains("- 54007 \"Bucket connection failed. Check whether the bucket exists.\""));
    // The new message renames the variant derived from it: breaking.
    assert!(text.contains(
        "~ 54006 variant: HelixBucketNameAlreadyExists -> FolderNameIsNotExists; \
         message: \"HelixBucketName already exists.\" -> \"folderName is not exists.\""
    ));
    assert!(text.contains(
        "! breaking: variant HelixBucketNameAlreadyExists (code 54006) is renamed FolderNameIsNotExists\n"
    ));
    assert!(
        text.ends_with("10 added, 1 removed, 2 changed; 3 breaking\n"),
        "{text}"
    );
    let breaking = run(&["diff", "--breaking", &seed("000"), &seed("001")]);
    assert_eq!(breaking.status.code(), Some(1));
    let same = run(&["diff", "tables/clarifai.csv", "tables/clarifai.csv"]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(stdout(&same), "0 added, 0 removed, 0 changed; 0 breaking\n");
}

#[test]
fn diff_breaking_passes_a_table_that_only_grew() {
    let dir = std::env::temp_dir().join(format!("codetables-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (old, new) = (dir.join("old.csv"), dir.join("new.csv"));
    std::fs::write(&old, "code,message,name\n1,One,ONE\n").unwrap();
    std::fs::write(&new, "code,message,name\n1,One.,ONE\n2,Two,TWO\n").unwrap();
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    assert_eq!(run(&["diff", old, new]).status.code(), Some(1));
    let grown = run(&["diff", "--breaking", old, new]);
    assert_eq!(grown.status.code(), Some(0));
    assert!(stdout(&grown).ends_with("1 added, 0 removed, 1 changed; 0 breaking\n"));
    let shrunk = run(&["diff", "--breaking", new, old]);
    assert_eq!(shrunk.status.code(), Some(1));
    assert!(stdout(&shrunk).contains("! breaking: variant Two (code 2) is removed"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn help_names_every_command() {
    let text = stdout(&run(&["--help"]));
    for command in ["import", "check", "lookup", "diff"] {
        assert!(text.contains(&format!("  {command} ")), "{text}");
    }
}

/// The bundled tables are the seed pages, imported into the curated tables:
/// regenerating them with the documented command changes nothing.
#[test]
fn regenerating_the_bundled_tables_reproduces_them() {
    for (page, table) in [
        ("001", "stardust_rosetta.csv"),
        ("002", "stardust_project.csv"),
        ("003", "ai_gateway.csv"),
        ("004", "clarifai.csv"),
    ] {
        let path = format!("tables/{table}");
        let output = run(&["import", &seed(page), "--keep-from", &path]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let committed = std::fs::read_to_string(root().join(&path)).unwrap();
        assert!(
            stdout(&output) == committed,
            "regenerating {path} from seed {page} changes it"
        );
    }
}

/// `check`, `lookup` and `diff` read a table of text codes as
/// `#[codes(text)]` does: codes as sent, unlisted ones classified by their
/// longest pattern.
#[test]
fn text_tables_check_look_up_and_diff() {
    let tencent = "tests/tables/tencent_cloud.csv";
    let check = run(&["check", tencent]);
    let said = String::from_utf8_lossy(&check.stderr).into_owned();
    assert_eq!(check.status.code(), Some(0), "{said}");
    assert!(said.contains("include it with #[codes(text)]"), "{said}");
    let known = stdout(&run(&[
        "lookup",
        "--table",
        tencent,
        "AuthFailure.SignatureExpire",
    ]));
    assert!(known.contains("kind      unauthenticated"), "{known}");
    let unlisted = stdout(&run(&["lookup", "--table", tencent, "LimitExceeded.Cpu"]));
    assert!(
        unlisted.contains("not in the table; under pattern LimitExceeded.*"),
        "{unlisted}"
    );
    assert!(unlisted.contains("retry     yes"), "{unlisted}");
    let dir = std::env::temp_dir().join("codetables_cli_text_diff");
    std::fs::create_dir_all(&dir).unwrap();
    let newer = dir.join("tencent_newer.csv");
    let table = std::fs::read_to_string(root().join(tencent)).unwrap();
    let edited = table
        .replace(
            "InternalError,Internal error.",
            "InternalError,An internal error occurred.",
        )
        .replace(
            "ResourceNotFound,The resource does not exist.,,404,not_found\n",
            "",
        )
        + "ResourceInUse,The resource is in use.,,409,aborted\n";
    std::fs::write(&newer, edited).unwrap();
    let diff = stdout(&run(&["diff", tencent, newer.to_str().unwrap()]));
    assert!(diff.contains("+ ResourceInUse"), "{diff}");
    assert!(diff.contains("- ResourceNotFound"), "{diff}");
    assert!(diff.contains("~ InternalError message"), "{diff}");
    assert!(diff.contains("1 added, 1 removed, 1 changed"), "{diff}");
}
