use super::super::markup::{blocks, Block, Kind};
use super::*;

fn import(page: &str) -> Vec<Row> {
    blocks(page, Kind::Auto)
        .iter()
        .filter_map(|b| match b {
            Block::Grid(grid) => Some(rows(
                grid,
                Some("Payment Errors"),
                &mut TableReport::default(),
            )),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn sections_ranges_and_blank_rows() {
    let page = "| CODE | ERROR | DESCRIPTION |\n| :--- | :--- |:--- |\n\
                | | **Generic** | |\n| 10000 | SUCCESS | Ok |\n\
                | | **Model Evaluation Codes: 213xx** | |\n| 21301 |MODEL_EVALUATING | Model is evaluating |\n\
                | - | -| Status codes through 21319 (inclusive) reserved |\n| | | |\n| 66000 | LIST_OBJECTS_FAILED | |\n\
                | 24153 | | Annotation in progress |\n";
    let summary: Vec<(String, Option<String>, Option<String>)> = import(page)
        .into_iter()
        .map(|r| (r.code, r.name, r.category))
        .collect();
    let expected = [
        ("10000", Some("SUCCESS"), Some("generic")),
        ("213xx", None, Some("model_evaluation")),
        ("21301", Some("MODEL_EVALUATING"), Some("model_evaluation")),
        ("21310-21319", None, Some("model_evaluation")),
        ("66000", Some("LIST_OBJECTS_FAILED"), None),
        ("24153", None, None),
    ];
    let expected: Vec<(String, Option<String>, Option<String>)> = expected
        .iter()
        .map(|(c, n, s)| ((*c).to_owned(), n.map(str::to_owned), s.map(str::to_owned)))
        .collect();
    assert_eq!(summary, expected);
}

#[test]
fn codes_written_with_a_title_give_their_message() {
    let rows = import(
        "| Code | Overview |\n|---|---|\n| 401 - Invalid Authentication | Cause: a bad key. |\n\
         | 429 - Rate limit reached | Cause: too fast. |\n",
    );
    assert_eq!(
        (rows[0].code.as_str(), rows[0].message.as_str()),
        ("401", "Invalid Authentication")
    );
    assert_eq!(
        rows[1].own,
        [("overview".to_owned(), "Cause: too fast.".to_owned())]
    );
}

#[test]
fn http_tables_state_ranges() {
    let page = "| HTTP Code | Meaning | Description |\n|---|\n| 200 | OK | Fine. |\n\
                | 400 | Bad Request | Invalid. Corresponds to business codes 100xxx. |\n\
                Business Error Codes\n| Code | Message |\n|---|\n| 100001 | Binding failed |\n";
    let rows = import(page);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (
            rows[0].code.as_str(),
            rows[0].http,
            rows[0].category.as_deref()
        ),
        ("100xxx", Some(400), Some("bad_request"))
    );
    assert_eq!(
        (
            rows[1].code.as_str(),
            rows[1].message.as_str(),
            rows[1].category.as_deref()
        ),
        ("100001", "Binding failed", Some("payment"))
    );
}

#[test]
fn links_backticks_struck_codes_and_names_in_messages() {
    let page = "code | message\n---|---\n[401](#unauthorized) | `ERR_INVALID_TOKEN` The token is invalid\n\
                `-1` | 系统繁忙\n~~40003~~ | old\n40004, 40005 | two codes\nabc | not a code\n";
    let rows = import(page);
    let summary: Vec<(&str, Option<&str>, &str, bool)> = rows
        .iter()
        .map(|r| {
            (
                r.code.as_str(),
                r.name.as_deref(),
                r.message.as_str(),
                r.deprecated.is_some(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "401",
                Some("ERR_INVALID_TOKEN"),
                "The token is invalid",
                false
            ),
            ("-1", None, "系统繁忙", false),
            ("40003", None, "old", true),
            ("40004", None, "two codes", false),
            ("40005", None, "two codes", false),
        ]
    );
}

#[test]
fn own_columns_http_and_skips_are_reported() {
    let page = "| 错误码 | 错误信息 | 解决方案 | HTTP状态码 |\n|--|--|--|--|\n| 40001 | 不合法的凭证 | 重新获取 | 401 |\n| | 续行 | | |\n";
    let grid = match &blocks(page, Kind::Auto)[0] {
        Block::Grid(grid) => grid.clone(),
        other => panic!("{other:?}"),
    };
    let mut report = TableReport::default();
    let rows = rows(&grid, None, &mut report);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].own,
        [("solution".to_owned(), "重新获取".to_owned())]
    );
    assert_eq!(rows[0].http, Some(401));
    assert_eq!(report.skipped, [(4, "no code".to_owned())]);
    assert_eq!(
        report.columns[2],
        ("解决方案".to_owned(), "own column `solution`".to_owned())
    );
}
