//! Keeping a table matched to what the vendor publishes, as a CI job and
//! its maintainer do it: `diff TABLE SOURCE --missing` fails when the
//! vendor documents a code the table lacks, and `import SOURCE --keep-from
//! TABLE -o TABLE` brings the new codes and texts in, keeps every cell the
//! maintainer added, and changes nothing when run again.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn codetables(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codetables"))
        .args(args)
        .output()
        .unwrap()
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codetables_drift_{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// The hand-made payments spec, and its next version: one code added,
/// one text reworded.
fn specs(dir: &Path) -> (PathBuf, PathBuf) {
    let spec = text(&root().join("tests/specs/payments.openapi.yaml"));
    let next = spec
        .replace(
            "enum: [0, 40001, 40002, 40003,",
            "enum: [0, 40001, 40002, 40003, 40004,",
        )
        .replace("AmountTooSmall,", "AmountTooSmall, CurrencyUnsupported,")
        .replace(
            "        - Too many requests, retry after 1 s.",
            "        - The currency is not supported.\n        - Too many requests, retry after 1 s.",
        )
        .replace("The token has expired; sign in again.", "The token expired.");
    assert_ne!(spec, next);
    let (old, new) = (dir.join("payments.yaml"), dir.join("payments-next.yaml"));
    std::fs::write(&old, spec).unwrap();
    std::fs::write(&new, next).unwrap();
    (old, new)
}

/// The maintainer's work on an imported table: a kind, retry and a link
/// of their own on some rows, and a row the spec does not list.
fn curate(table: &str) -> String {
    let mut reader = csv::Reader::from_reader(table.as_bytes());
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer
        .write_record(["code", "message", "name", "kind", "retry", "doc_url"])
        .unwrap();
    for record in reader.records() {
        let record = record.unwrap();
        let mut fields: Vec<&str> = record.iter().collect();
        fields.extend(match fields[0] {
            "42901" => ["resource_exhausted", "true", "https://docs.example.com/429"],
            "40002" => ["unauthenticated", "", ""],
            _ => ["", "", ""],
        });
        writer.write_record(&fields).unwrap();
    }
    writer
        .write_record(["99999", "Envelope only", "", "unknown", "", ""])
        .unwrap();
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

#[test]
fn a_new_code_fails_the_job_and_keep_from_brings_it_in() {
    let dir = scratch("payments");
    let (old, new) = specs(&dir);
    let table = dir.join("payments.csv");
    let table_arg = table.to_str().unwrap();
    let imported = codetables(&["import", old.to_str().unwrap(), "-o", table_arg]);
    assert!(imported.status.success(), "{}", said(&imported));
    // The maintainer curates: a kind, retry, a link of their own, a row
    // the spec does not list.
    let curated = curate(&text(&table));
    std::fs::write(&table, &curated).unwrap();

    // Up to date with the spec it came from: the job passes.
    let same = codetables(&["diff", table_arg, old.to_str().unwrap(), "--missing"]);
    assert_eq!(same.status.code(), Some(0), "{}", said(&same));
    // The vendor documents a new code: the job fails and names it.
    let drifted = codetables(&["diff", table_arg, new.to_str().unwrap(), "--missing"]);
    assert_eq!(drifted.status.code(), Some(1), "{}", said(&drifted));
    let out = said(&drifted);
    assert!(
        out.contains("+ 40004 CurrencyUnsupported: \"The currency is not supported.\""),
        "{out}"
    );
    assert!(
        out.contains(
            "~ 40002 message: \"The token has expired; sign in again.\" -> \"The token expired.\""
        ),
        "{out}"
    );
    // Cells only the table states are not differences (kind, retry, doc_url).
    assert!(!out.contains("kind") && !out.contains("doc_url"), "{out}");
    // The codes only the table lists show as removed, and do not fail it.
    assert!(out.contains("- 99999"), "{out}");

    // The update path.
    let update = [
        "import",
        new.to_str().unwrap(),
        "--keep-from",
        table_arg,
        "-o",
        table_arg,
    ];
    let merged = codetables(&update);
    assert!(merged.status.success(), "{}", said(&merged));
    let after = text(&table);
    assert!(
        after.contains("\n40004,The currency is not supported.,CurrencyUnsupported,,,\n"),
        "{after}"
    );
    assert!(
        after.contains("\n40002,The token expired.,TokenExpired,unauthenticated,,\n"),
        "{after}"
    );
    assert!(
        after.contains("RateLimited,resource_exhausted,true,https://docs.example.com/429\n"),
        "{after}"
    );
    assert!(
        after.ends_with("99999,Envelope only,,unknown,,\n"),
        "{after}"
    );
    let fixed = codetables(&["diff", table_arg, new.to_str().unwrap(), "--missing"]);
    assert_eq!(fixed.status.code(), Some(0), "{}", said(&fixed));
    // Idempotent: a second run writes the same bytes.
    assert!(codetables(&update).status.success());
    assert_eq!(text(&table), after);
    // And the table passes the macro's checks, its own column declared.
    let check = codetables(&["check", table_arg, "--columns", "doc_url"]);
    assert_eq!(check.status.code(), Some(0), "{}", said(&check));
}

/// The same job against a real published spec: a table one code behind
/// OpenFGA's Swagger document fails, and catches up.
#[test]
fn a_table_behind_openfgas_spec_fails_until_updated() {
    let spec = root().join("../../shared/fixtures/specs/openfga.swagger.json");
    if !spec.exists() {
        eprintln!("skipped: {} is absent", spec.display());
        return;
    }
    let spec = spec.to_str().unwrap();
    let dir = scratch("openfga");
    let table = dir.join("openfga.csv");
    let table_arg = table.to_str().unwrap();
    assert!(codetables(&["import", spec, "-o", table_arg])
        .status
        .success());
    let behind = text(&table).replace("\ninvalid_tuple_set,\n", "\n");
    std::fs::write(&table, &behind).unwrap();
    let job = codetables(&["diff", table_arg, spec, "--missing"]);
    assert_eq!(job.status.code(), Some(1), "{}", said(&job));
    assert!(said(&job).contains("+ invalid_tuple_set"), "{}", said(&job));
    let update = ["import", spec, "--keep-from", table_arg, "-o", table_arg];
    assert!(codetables(&update).status.success());
    let job = codetables(&["diff", table_arg, spec, "--missing"]);
    assert_eq!(job.status.code(), Some(0), "{}", said(&job));
    let caught_up = text(&table);
    assert!(codetables(&update).status.success());
    assert_eq!(text(&table), caught_up);
}

/// A registry CSV is a source on either side of a diff, not a table.
#[test]
fn a_registry_csv_is_read_as_a_source() {
    let registry = root().join("../../shared/fixtures/specs/http-status-codes-1.csv");
    if !registry.exists() {
        eprintln!("skipped: {} is absent", registry.display());
        return;
    }
    let dir = scratch("iana");
    let table = dir.join("http.csv");
    std::fs::write(&table, "code,message\n200,OK\n404,Not Found\n").unwrap();
    let job = codetables(&[
        "diff",
        table.to_str().unwrap(),
        registry.to_str().unwrap(),
        "--missing",
    ]);
    assert_eq!(job.status.code(), Some(1), "{}", said(&job));
    let out = said(&job);
    assert!(out.contains("+ 418 \"(Unused)\""), "{out}");
    assert!(!out.contains("~ 404"), "{out}");
}
