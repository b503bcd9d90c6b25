use super::*;

#[test]
fn codes_patterns_and_ranges() {
    let cases = [
        ("51006", Codes::One(51006)),
        ("0", Codes::One(0)),
        ("4294967295", Codes::One(4_294_967_295)),
        ("-1", Codes::One(-1)),
        ("-32601", Codes::One(-32601)),
        ("-9223372036854775808", Codes::One(i64::MIN)),
        ("9223372036854775807", Codes::One(i64::MAX)),
        (
            "-10xx",
            Codes::Range {
                first: -1099,
                last: -1000,
            },
        ),
        (
            "-32099..=-32000",
            Codes::Range {
                first: -32099,
                last: -32000,
            },
        ),
        ("-5 ..= 3", Codes::Range { first: -5, last: 3 }),
        (
            "100..=199",
            Codes::Range {
                first: 100,
                last: 199,
            },
        ),
        (
            "11xxx",
            Codes::Range {
                first: 11000,
                last: 11999,
            },
        ),
        (
            "2135x",
            Codes::Range {
                first: 21350,
                last: 21359,
            },
        ),
        (
            "5xxxxx",
            Codes::Range {
                first: 500_000,
                last: 599_999,
            },
        ),
        (
            "21300-21319",
            Codes::Range {
                first: 21300,
                last: 21319,
            },
        ),
        ("7 - 7", Codes::Range { first: 7, last: 7 }),
        (
            "4294967295-4294967295",
            Codes::Range {
                first: 4_294_967_295,
                last: 4_294_967_295,
            },
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_codes(text), Ok(expected), "{text}");
    }
}

#[test]
fn bad_codes_say_what_is_accepted() {
    for text in [
        "", "abc", "1.5", "x", "xx1", "1x1", "12-", "-", "--1", "-x", "-1x1", "+5", "0x10", "1..=",
        "..=5",
    ] {
        let error = parse_codes(text).expect_err(text);
        assert!(
            error.contains(&format!("`{text}`")) || text.is_empty(),
            "{text}: {error}"
        );
    }
    assert!(parse_codes("20-10")
        .unwrap_err()
        .contains("starts after it ends"));
    assert!(parse_codes("-1000..=-1099")
        .unwrap_err()
        .contains("starts after it ends"));
    for too_large in [
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999",
    ] {
        let error = parse_codes(too_large).unwrap_err();
        assert!(error.contains("out of range"), "{error}");
    }
    for beyond in [
        "93xxxxxxxxxxxxxxxxx",
        "-93xxxxxxxxxxxxxxxxx",
        "5xxxxxxxxxxxxxxxxxxxxxxx",
    ] {
        assert!(
            parse_codes(beyond).unwrap_err().contains("beyond"),
            "{beyond}"
        );
    }
    let error = parse_codes("-5-3").unwrap_err();
    assert!(error.contains("write it as `-5..=3`"), "{error}");
    let error = parse_codes("1..5").unwrap_err();
    assert!(error.contains("`1..=5`"), "{error}");
}

#[test]
fn http_kind_retry_category() {
    assert_eq!(parse_http("404"), Ok(404));
    for bad in ["99", "600", "4o4", "-1", "70000"] {
        assert!(parse_http(bad).unwrap_err().contains(bad));
    }
    assert_eq!(parse_kind("not_found"), Ok(Kind::NotFound));
    let error = parse_kind("NotFound").unwrap_err();
    assert!(error.contains("did you mean `not_found`"), "{error}");
    assert!(error.contains("resource_exhausted"));
    assert_eq!(parse_retry("true"), Ok(true));
    assert!(parse_retry("yes").is_err());
    assert_eq!(
        parse_category("model_evaluation").as_deref(),
        Ok("model_evaluation")
    );
    let error = parse_category("Model Evaluation").unwrap_err();
    assert!(error.contains("`model_evaluation`"), "{error}");
    for bad in ["_x", "x_", "a__b", "1a", "É", "ｘ"] {
        assert!(parse_category(bad).is_err(), "{bad}");
    }
    assert_eq!(parse_category("用户管理").as_deref(), Ok("用户管理"));
    assert_eq!(parse_category("é").as_deref(), Ok("é"));
}

fn parse(text: &str) -> (Vec<Row>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let records = crate::source::records(text.as_bytes(), &mut diagnostics);
    let rows = rows(&records, &[], false, &mut diagnostics);
    (rows, diagnostics)
}

#[test]
fn columns_in_any_order() {
    let (rows, diagnostics) = parse("kind,message,code,name\nnot_found,Gone,404,GONE\n");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(rows[0].codes, Codes::One(404));
    assert_eq!(rows[0].name.as_deref(), Some("GONE"));
    assert_eq!(rows[0].kind, Some(Kind::NotFound));
}

#[test]
fn header_problems_are_all_reported() {
    let (rows, diagnostics) = parse("Code,mesage,name,name,\n1,a,b,c,d\n");
    assert!(rows.is_empty());
    let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages.len(), 5, "{messages:#?}");
    assert!(messages[0].contains("write `code`"));
    assert!(messages[1].contains("unknown column `mesage`"));
    assert!(messages[2].contains("appears twice"));
    assert!(messages[3].contains("column 5 of the header has no name"));
    assert!(messages[4].contains("no `code` or `message` column"));
}

#[test]
fn every_bad_field_of_a_row_is_reported_and_the_row_kept() {
    let (rows, diagnostics) =
        parse("code,message,http,kind,retry,category\n1,a,700,nope,maybe,Bad\n");
    assert_eq!(diagnostics.len(), 4, "{diagnostics:#?}");
    assert!(diagnostics.iter().all(|d| d.line == Some(2)));
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].http, rows[0].kind, rows[0].retry),
        (None, None, None)
    );
}

#[test]
fn field_count_must_match_the_header() {
    let (rows, diagnostics) = parse("code,message\n1,a,b\n2\n3,c\n");
    assert_eq!(rows.len(), 1);
    assert_eq!(diagnostics.len(), 2);
    assert!(diagnostics[0]
        .message
        .contains("has 3 fields but the header has 2"));
}

#[test]
fn range_rows_cannot_carry_variant_columns() {
    let (rows, diagnostics) =
        parse("code,message,name,variant,deprecated\n11xxx,Connection,CONN,Conn,old\n");
    assert_eq!(rows.len(), 1);
    assert_eq!(diagnostics.len(), 3);
    assert!(diagnostics[0].message.contains("`name` column (`CONN`)"));
}

#[test]
fn empty_file_is_an_error() {
    let (rows, diagnostics) = parse("");
    assert!(rows.is_empty());
    assert!(diagnostics[0].message.contains("empty"));
}
