use codetables_core::Kind;

use crate::model::Class;
use crate::{read_table, Diagnostic, Table};

fn read(text: &str) -> (Table, Vec<Diagnostic>) {
    read_table(text.as_bytes(), &[])
}

fn class_of(table: &Table, code: i64) -> Class {
    table
        .codes
        .iter()
        .find(|row| row.code == crate::model::CodeKey::Int(code))
        .unwrap()
        .class
}

#[test]
fn duplicates_keep_the_first_row_and_name_its_line() {
    let (table, diagnostics) = read("code,message\n7,a\n8,b\n7,c\n");
    assert_eq!(table.codes.len(), 2);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].line, Some(4));
    assert!(diagnostics[0]
        .message
        .starts_with("duplicate code 7 (first defined at line 2)"));
}

#[test]
fn variant_and_name_collisions_are_reported_with_both_lines() {
    let (table, diagnostics) =
        read("code,message,name,variant\n1,x,A_B,\n2,x,a_b,\n3,x,C,AB\n4,x,A_B,Other\n");
    assert_eq!(table.codes.len(), 1);
    let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages[0]
            .contains("the variant `AB` (from the name `a_b`) is also the variant of line 2"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("the variant `AB` is also the variant of line 2"),
        "{messages:?}"
    );
    assert!(
        messages[2].contains("the name `A_B` is also the name of line 2"),
        "{messages:?}"
    );
}

#[test]
fn reserved_variants_and_categories() {
    let (_, diagnostics) =
        read("code,message,variant,category\n1,x,Unknown,\n2,x,ALL,\n3,x,Fine,known\n");
    assert_eq!(diagnostics.len(), 3, "{diagnostics:?}");
    assert!(diagnostics[2].message.contains("`is_known()`"));
}

#[test]
fn the_most_specific_range_that_sets_a_column_wins() {
    let table = "code,message,category,http,kind,retry\n\
                 4xxxxx,all,outer,400,,\n\
                 401xxx,auth,,401,,\n\
                 401500-401599,inner,inner,,,false\n\
                 401550,listed,,,,\n\
                 401001,own,,,not_found,\n\
                 499999,outer only,,,,\n";
    let (table, diagnostics) = read(table);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let inner = table.categories.iter().position(|c| c.name == "inner");
    let outer = table.categories.iter().position(|c| c.name == "outer");
    // Category from the innermost range, status from the middle one,
    // kind inferred from that status, retry from the innermost.
    let listed = class_of(&table, 401_550);
    assert_eq!(
        (listed.category, listed.http, listed.kind, listed.retry),
        (inner, Some(401), Kind::Unauthenticated, false)
    );
    // The row's own kind wins; the status stays the range's.
    let own = class_of(&table, 401_001);
    assert_eq!(
        (own.category, own.http, own.kind),
        (outer, Some(401), Kind::NotFound)
    );
    let outer_only = class_of(&table, 499_999);
    assert_eq!(
        (outer_only.http, outer_only.kind),
        (Some(400), Kind::InvalidArgument)
    );
    // Ranges come most specific first, each with the class of an
    // unlisted code whose innermost range it is.
    let patterns: Vec<&str> = table.ranges.iter().map(|r| r.pattern.as_str()).collect();
    assert_eq!(patterns, ["401500-401599", "401xxx", "4xxxxx"]);
    assert_eq!(table.ranges[0].class.http, Some(401));
    assert!(!table.ranges[0].class.retry);
    assert!(table.ranges[2].class.category == outer && table.ranges[2].class.http == Some(400));
}

#[test]
fn kind_implies_status_and_status_implies_kind() {
    let (table, _) =
        read("code,message,http,kind\n1,a,,not_found\n2,b,429,\n3,c,,\n4,d,,unknown\n");
    assert_eq!(class_of(&table, 1).http, Some(404));
    assert_eq!(class_of(&table, 2).kind, Kind::ResourceExhausted);
    assert!(class_of(&table, 2).retry);
    assert_eq!(
        (class_of(&table, 3).kind, class_of(&table, 3).http),
        (Kind::Unknown, None)
    );
    assert_eq!(class_of(&table, 4).http, None);
}

#[test]
fn ranges_must_nest_or_be_disjoint() {
    let (table, diagnostics) =
        read("code,message\n10-20,a\n15-30,b\n10-20,c\n12-14,d\n40-50,e\n1,x\n");
    assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
    assert!(diagnostics
        .iter()
        .any(|d| d.line == Some(3) && d.message.contains("overlaps")));
    assert!(diagnostics
        .iter()
        .any(|d| d.line == Some(4) && d.message.contains("same codes")));
    assert_eq!(table.ranges.len(), 3);
}

#[test]
fn empty_tables() {
    assert!(read("code,message\n").1[0].message.contains("no codes"));
    assert!(read("code,message\n1xx,only a range\n").1[0]
        .message
        .contains("ranges but no codes"));
}

#[test]
fn negative_codes_and_ranges_nest() {
    let table = "code,message,category,kind\n\
                 -11xx,Request issues,request,invalid_argument\n\
                 -1121..=-1120,Symbols,,not_found\n\
                 -1,System busy,,unavailable\n\
                 -1121,Invalid symbol.,,\n\
                 -1100,Illegal characters,,\n\
                 4294967296,Beyond u32,,\n";
    let (table, diagnostics) = read(table);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(table.code_type, crate::CodeType::I64);
    let request = table.categories.iter().position(|c| c.name == "request");
    let symbol = class_of(&table, -1121);
    assert_eq!((symbol.category, symbol.kind), (request, Kind::NotFound));
    assert_eq!(class_of(&table, -1100).kind, Kind::InvalidArgument);
    assert!(class_of(&table, -1).retry);
    let patterns: Vec<&str> = table.ranges.iter().map(|r| r.pattern.as_str()).collect();
    assert_eq!(patterns, ["-1121..=-1120", "-11xx"]);
    assert_eq!(
        table.ranges[1].covers,
        crate::model::Covers::Numbers {
            first: -1199,
            last: -1100
        }
    );
    assert_eq!(
        read("code,message\n1,a\n").0.code_type,
        crate::CodeType::U32
    );
}

#[test]
fn own_columns_are_inherited_like_categories() {
    let text = "code,message,solution,doc_url\n\
                4xxxx,Client errors,Check the request,https://x/4\n\
                401xx,Auth,Log in again,\n\
                40101,Expired,,\n\
                40001,Bad,Fix the field,\n\
                50000,Server,,\n";
    let own = ["solution".to_owned(), "doc_url".to_owned()];
    let (table, diagnostics) = read_table(text.as_bytes(), &own);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let columns = |code: i64| {
        table
            .codes
            .iter()
            .find(|r| r.code == crate::model::CodeKey::Int(code))
            .unwrap()
            .columns
            .clone()
    };
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(columns(40101), [some("Log in again"), some("https://x/4")]);
    assert_eq!(columns(40001), [some("Fix the field"), some("https://x/4")]);
    assert_eq!(columns(50000), [None, None]);
    // The innermost range's columns, for codes that are not rows.
    assert_eq!(
        table.ranges[0].columns,
        [some("Log in again"), some("https://x/4")]
    );
    assert_eq!(table.columns, own);
}

#[test]
fn own_column_problems() {
    let own = ["solution".to_owned(), "is_auth".to_owned()];
    let (_, diagnostics) = read_table(b"code,message,is_auth,extra\n1,a,,\n2,b,,\n3xx,r,,\n", &own);
    let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("unknown column `extra`")
                && m.contains("`#[codes(columns(extra))]`")),
        "{messages:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("column `solution` is declared")),
        "{messages:#?}"
    );
    let (_, diagnostics) = read_table(b"code,message,category,is_auth\n1,a,auth,\n", &own[1..]);
    assert!(
        diagnostics[0]
            .message
            .contains("generates `is_auth()`, and so does the declared column"),
        "{diagnostics:?}"
    );
    let (_, diagnostics) = read("code,message,Doc URL\n1,a,b\n");
    assert!(
        diagnostics[0].message.contains("rename it `doc_url`"),
        "{diagnostics:?}"
    );
}

#[test]
fn shared_first_clauses_fall_back_on_the_whole_message() {
    let (table, diagnostics) = read(
        "code,message\n1,参数错误，缺少签名\n2,参数错误，缺少时间戳\n3,系统繁忙，请稍后再试\n4,系统繁忙\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let variants: Vec<&str> = table.codes.iter().map(|r| r.variant.as_str()).collect();
    // 3's first clause is 4's whole message: 3 falls back, 4 has nothing to fall back on.
    assert_eq!(
        variants,
        [
            "参数错误缺少签名",
            "参数错误缺少时间戳",
            "系统繁忙请稍后再试",
            "系统繁忙"
        ]
    );
    let (_, diagnostics) = read("code,message\n1,系统错误\n2,系统错误\n");
    assert!(
        diagnostics[0]
            .message
            .contains("is also the variant of line 2"),
        "{diagnostics:?}"
    );
}

#[test]
fn identifiers_rustc_would_warn_about_are_errors() {
    let (table, diagnostics) = read("code,message,variant\n1,a,Ok\n2,b,Оk\n3,c,Fine\n");
    assert_eq!(table.codes.len(), 2);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(
        diagnostics[0].message.contains("`confusable_idents`"),
        "{diagnostics:?}"
    );
    assert_eq!(diagnostics[0].line, Some(3));
    let (_, diagnostics) = read("code,message,variant\n1,a,Сo\n");
    assert!(
        diagnostics[0]
            .message
            .contains("`mixed_script_confusables`"),
        "{diagnostics:?}"
    );
    assert!(
        diagnostics[0].message.contains("Cyrillic"),
        "{diagnostics:?}"
    );
}
