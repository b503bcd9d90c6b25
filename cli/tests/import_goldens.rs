//! Workspace-only (left out of the package: it reads `../seeds`).
//!
//! `codetables import` on a hand-made page of every shape it reads (in
//! `tests/pages/`) and on every seed page: the table it writes is the one
//! reviewed in `tests/pages/imported/` (set `CODETABLES_BLESS=1` to
//! rewrite them after a deliberate change), passes `codetables check` with
//! the columns the report names, and keeps what each page says. The root
//! crate's `tests/generated/imported_tables.rs` compiles every one of them with
//! `include_codes!`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_owned()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codetables"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

/// Every page and the file its table is kept in.
fn pages() -> Vec<(PathBuf, PathBuf)> {
    let mut pages: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(root().join("tests/pages"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.ends_with("no_codes.md"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_str().unwrap().to_owned();
            (p, root().join(format!("tests/pages/imported/{stem}.csv")))
        })
        .collect();
    for seed in std::fs::read_dir(root().join("../seeds")).unwrap() {
        let seed = seed.unwrap().path();
        if seed.extension().is_some_and(|e| e == "txt") {
            let prefix = &seed.file_name().unwrap().to_str().unwrap()[..3];
            let kept = root().join(format!("tests/pages/imported/seed_{prefix}.csv"));
            pages.push((seed, kept));
        }
    }
    pages.sort();
    pages
}

/// The page imported with `--infer-kinds`: the table and the report.
fn import(page: &Path) -> (String, String) {
    let output = run(&[
        "import",
        page.to_str().unwrap(),
        "--infer-kinds",
        "--report",
    ]);
    let report = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.success(), "{}: {report}", page.display());
    (String::from_utf8(output.stdout).unwrap(), report)
}

#[test]
fn every_page_gives_the_reviewed_table_and_it_passes_the_checks() {
    let bless = std::env::var_os("CODETABLES_BLESS").is_some();
    for (page, kept) in pages() {
        let (table, report) = import(&page);
        if bless {
            std::fs::create_dir_all(kept.parent().unwrap()).unwrap();
            std::fs::write(&kept, &table).unwrap();
        }
        let reviewed = std::fs::read_to_string(&kept)
            .unwrap_or_else(|e| panic!("{}: {e}; run with CODETABLES_BLESS=1", kept.display()));
        if let Some((now, kept_line)) = table.lines().zip(reviewed.lines()).find(|(a, b)| a != b) {
            panic!(
                "{} imports differently; review and bless (CODETABLES_BLESS=1):
  now:  {now}
  kept: {kept_line}",
                page.display()
            );
        }
        assert_eq!(
            table.len(),
            reviewed.len(),
            "{}: review and bless",
            page.display()
        );
        assert!(!report.contains("still refused"), "{report}");
        let columns = report
            .lines()
            .find_map(|l| l.strip_prefix("# columns: "))
            .unwrap_or_default()
            .replace(' ', "");
        // As written, and against the attribute the report prints.
        let as_written = run(&["check", kept.to_str().unwrap()]);
        assert!(
            as_written.status.success(),
            "{}: {}",
            kept.display(),
            String::from_utf8_lossy(&as_written.stdout)
        );
        // `--strict` is the macro without options; a text table states `--text`.
        let text = report.contains("include it with: #[codes(text");
        let declared = run(&[
            "check",
            if text { "--text" } else { "--strict" },
            "--columns",
            &columns,
            kept.to_str().unwrap(),
        ]);
        assert!(
            declared.status.success(),
            "{}: {}",
            kept.display(),
            String::from_utf8_lossy(&declared.stdout)
        );
    }
}

/// The rows of a kept table, by code.
fn rows(stem: &str) -> Vec<csv::StringRecord> {
    let path = root().join(format!("tests/pages/imported/{stem}.csv"));
    csv::Reader::from_path(path)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

fn header(stem: &str) -> Vec<String> {
    let path = root().join(format!("tests/pages/imported/{stem}.csv"));
    csv::Reader::from_path(path)
        .unwrap()
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect()
}

/// The field `column` of the row of `code`.
fn field(stem: &str, code: &str, column: &str) -> String {
    let at = header(stem).iter().position(|h| h == column).unwrap();
    rows(stem)
        .iter()
        .find(|r| &r[0] == code)
        .unwrap_or_else(|| panic!("{stem}: no code {code}"))[at]
        .to_owned()
}

#[test]
fn chinese_headers_sections_negative_codes_and_collisions() {
    let t = "chinese_sections";
    assert_eq!(rows(t).len(), 13);
    assert_eq!(field(t, "-1", "message"), "系统繁忙，此时请开发者稍候再试");
    assert_eq!(field(t, "-1", "category"), "全局");
    assert_eq!(field(t, "60102", "category"), "用户管理");
    assert_eq!(field(t, "60102", "solution"), "换一个UserID");
    // 部门id / 部门ID make one identifier: the second gets a variant.
    assert_eq!(field(t, "60003", "variant"), "");
    assert_eq!(field(t, "60004", "variant"), "不合法的部门Id60004");
    assert_eq!(field(t, "48002", "kind"), "permission_denied");
}

#[test]
fn loose_pipes_links_backticks_and_struck_codes() {
    let t = "loose_pipes";
    assert_eq!(field(t, "401", "name"), "ERR_INVALID_TOKEN");
    assert_eq!(field(t, "401", "message"), "The token is invalid");
    assert_eq!(field(t, "40102", "name"), "ERR_TOKEN_EXPIRED");
    assert_eq!(
        field(t, "40103", "deprecated"),
        "struck out on the vendor's page"
    );
    assert_eq!(
        field(t, "40104", "message"),
        "Unknown client id {client_id}"
    );
    assert_eq!(
        field(t, "42902", "message"),
        "Daily quota of %d calls used up"
    );
    assert_eq!(field(t, "42902", "description"), "Buy more quota");
    assert_eq!(field(t, "42901", "category"), "rate_limits");
}

#[test]
fn html_headings_tables_and_br_lines() {
    let t = "html_sections";
    assert_eq!(rows(t).len(), 9);
    assert_eq!(
        field(t, "1000", "message"),
        "Unknown error — contact support"
    );
    assert_eq!(field(t, "1001", "message"), "Parameter <name> is required");
    assert_eq!(field(t, "1001", "http"), "400");
    assert_eq!(
        field(t, "1002", "deprecated"),
        "struck out on the vendor's page"
    );
    assert_eq!(
        field(t, "2001", "message"),
        "Card declined: insufficient funds"
    );
    assert_eq!(field(t, "2001", "category"), "card");
    assert_eq!(field(t, "3002", "message"), "Refund already issued");
    assert_eq!(field(t, "3002", "category"), "refund");
}

#[test]
fn protobuf_lists_copied_text_and_status_tables() {
    let t = "grpc_codes";
    assert_eq!(field(t, "5", "name"), "NOT_FOUND");
    assert!(field(t, "5", "message").starts_with("Some requested entity"));
    assert_eq!(field(t, "16", "http"), "401");
    assert!(!field(t, "17", "deprecated").is_empty());
    let t = "lists";
    assert_eq!(field(t, "-1", "message"), "system busy, retry later");
    assert_eq!(field(t, "40002", "message"), "invalid grant_type");
    assert_eq!(field(t, "45015", "name"), "RESPONSE_TIMEOUT");
    assert_eq!(field(t, "45016", "category"), "messages");
    let t = "copied_from_page";
    assert_eq!(
        header(t),
        ["code", "message", "http", "kind", "description"]
    );
    assert_eq!(field(t, "10003", "description"), "Use a new nonce per call");
    let t = "status_values";
    assert_eq!(field(t, "429", "kind"), "resource_exhausted");
}

#[test]
fn the_report_says_how_each_table_was_read() {
    let (_, report) = import(&root().join("tests/pages/chinese_sections.md"));
    for line in [
        "table 1 (markdown table at line 7, under \"全局返回码\"): 8 rows",
        "  column \"返回码\": code",
        "  column \"解决方案\": own column `solution`",
        "categories: 全局, 用户管理",
        "mended so that it compiles: 60004: variant `不合法的部门Id60004`",
        "kinds inferred from words: 13 of 13 codes",
        "include it with: #[codes(columns(solution))]",
    ] {
        assert!(report.contains(line), "{line:?} not in\n{report}");
    }
    let seed = pages()
        .into_iter()
        .find(|(p, _)| p.to_str().unwrap().contains("000_"))
        .unwrap()
        .0;
    let (_, report) = import(&seed);
    assert!(report.contains("code 51002 is listed twice"), "{report}");
}

#[test]
fn a_page_without_a_code_table_is_an_error() {
    let output = run(&["import", "tests/pages/no_codes.md"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("none of the page's 1 tables has a column of codes"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

/// A layout table around the data tables (read as the page it holds), a
/// message column of names beside the prose (the prose is the message, the
/// names the names, and the report says so), Korean section titles without
/// their filler words.
#[test]
fn layout_tables_names_beside_prose_and_korean_sections() {
    let t = "nested_layout";
    assert_eq!(rows(t).len(), 5);
    assert_eq!(
        field(t, "1001", "message"),
        "The upstream service did not answer in time."
    );
    assert_eq!(field(t, "1001", "name"), "REQUEST_TIMEOUT");
    assert_eq!(field(t, "1001", "category"), "공통");
    assert_eq!(field(t, "2001", "category"), "결제");
    assert_eq!(
        field(t, "2002", "deprecated"),
        "struck out on the vendor's page"
    );
    assert!(!header(t).contains(&"description".to_owned()));
    let (_, report) = import(&root().join("tests/pages/nested_layout.html"));
    for line in [
        "table 1 (HTML table at line 10, under \"공통 에러 코드\"): 3 rows",
        "  column \"Error message\": name",
        "  column \"Possible reason\": message",
    ] {
        assert!(report.contains(line), "{line:?} not in\n{report}");
    }
}

/// An HTML table that blank lines split into several HTML blocks of a
/// Markdown page is one table; Japanese section titles without their
/// filler words; emphasis kept as the page spells it.
#[test]
fn html_tables_in_markdown_and_japanese_sections() {
    let t = "html_in_markdown";
    assert_eq!(rows(t).len(), 4);
    assert_eq!(
        field(t, "40102", "message"),
        "トークンの有効期限が切れています"
    );
    assert_eq!(field(t, "40101", "category"), "認証");
    assert_eq!(field(t, "50001", "category"), "共通");
    assert_eq!(
        field(t, "50001", "description"),
        "*しばらくしてから* 再試行してください"
    );
}

/// Pages whose codes are text: the report says how to include the table,
/// a code listed at two statuses is kept once without a status, and a
/// column of text codes is the codes even beside a column of statuses.
#[test]
fn text_code_pages_say_to_declare_text() {
    let (_, report) = import(&root().join("tests/pages/alibaba_text.md"));
    for line in [
        "  column \"Error code\": code",
        "  column \"HttpCode\": http",
        "code Throttling comes with HTTP 400 and 503; its `http` is left empty",
        "include it with: #[codes(text, columns(description))]",
    ] {
        assert!(report.contains(line), "{line:?} not in\n{report}");
    }
    let (table, report) = import(&root().join("tests/pages/se_codes.md"));
    assert!(report.contains("  column \"Code\": code"), "{report}");
    assert!(
        table.contains("\nSE04,Order not found.,service,404\n"),
        "{table}"
    );
    let t = "tencent_text";
    assert_eq!(field(t, "AuthFailure.*", "category"), "auth_failure");
    assert_eq!(field(t, "AuthFailure.SignatureExpire", "category"), "公共");
    let t = "stripe_codes";
    assert_eq!(
        field(t, "expired_card", "message"),
        "The card has expired. Check the expiration date or use a different card."
    );
}
