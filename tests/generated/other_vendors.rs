//! Tables of vendors unlike the seeds, every row round-tripped: a 273-row
//! Chinese message-only table (`DingTalk`'s style), a Binance-style table of
//! negative codes with `-10xx` ranges, JSON-RPC 2.0 with `..=` ranges, and a
//! WeChat-style table with three columns of the vendor's own.
//!
//! Under `#![deny(warnings, missing_docs)]` here, and clippy pedantic in CI
//! (`cargo clippy --all-targets -- -D warnings` with the workspace lints).
//! The expected values come from `codetables-reader`'s reading of the same
//! CSV: what the compiled enum answers must be what the table says.
#![deny(warnings, missing_docs)]

use codetables::{Code, Kind};
use codetables_reader::model::{CodeKey, Covers};
use codetables_reader::{read_table, Table};

#[macro_use]
mod vendors {
    codetables::include_codes! {
        /// A Chinese, message-only table: variants from the messages.
        pub enum Chinese = "tests/tables/chinese_messages.csv";

        /// Binance-style: negative codes, names, `-10xx` ranges.
        pub enum Binance = "tests/tables/binance_style.csv";

        /// JSON-RPC 2.0: nested `..=` ranges of negative codes.
        pub enum JsonRpc = "tests/tables/json_rpc.csv";

        /// WeChat-style, with the vendor's own columns.
        #[codes(columns(solution, doc_url, message_en))]
        pub enum WeChat = "tests/tables/wechat_style.csv";
    }
}

use vendors::{
    Binance, BinanceCategory, Chinese, ChineseCategory, JsonRpc, JsonRpcCategory, WeChat,
    WeChatCategory,
};

/// The table as the macro read it.
fn model(path: &str, own: &[&str]) -> Table {
    let own: Vec<String> = own.iter().map(|c| (*c).to_owned()).collect();
    let bytes = std::fs::read(path).unwrap();
    let (table, diagnostics) = read_table(&bytes, &own);
    assert!(diagnostics.is_empty(), "{path}: {diagnostics:?}");
    table
}

/// What a generated enum answers that the `Code` trait does not cover.
struct Extra<C> {
    category: fn(C) -> Option<&'static str>,
    columns: fn(C) -> Vec<Option<&'static str>>,
}

/// Every row: code, message, `Display`, name, `from_name`, `FromStr`,
/// `Debug`, class, category, own columns. Every range: codes it covers that
/// are not rows are `Unknown`, classified by it. Returns the rows checked.
fn round_trip<C>(table: &Table, extra: &Extra<C>) -> usize
where
    C: Code + Copy + std::str::FromStr,
    C::Repr: Copy + TryFrom<i64> + Into<i64>,
    <C::Repr as TryFrom<i64>>::Error: std::fmt::Debug,
{
    let category_name = |index: Option<usize>| index.map(|i| table.categories[i].name.as_str());
    let owned = |values: Vec<Option<&str>>| -> Vec<Option<String>> {
        values.into_iter().map(|v| v.map(str::to_owned)).collect()
    };
    assert_eq!(C::all().len(), table.codes.len());
    for (row, &code) in table.codes.iter().zip(C::all()) {
        let number = row.code.number().unwrap();
        let raw = C::Repr::try_from(number).unwrap();
        assert_eq!(C::from(raw), code, "{}", row.code);
        assert_eq!(C::from_code(raw), Some(code));
        assert_eq!(code.code().into(), number);
        assert_eq!(code.message(), row.message);
        let shown = if row.message.is_empty() {
            row.name()
        } else {
            &row.message
        };
        assert_eq!(code.to_string(), shown);
        assert_eq!(code.name(), row.name());
        assert_eq!(C::from_name(row.name()), Some(code));
        assert!(row.name().parse::<C>().ok() == Some(code));
        assert_eq!(format!("{code:?}"), row.variant);
        assert_eq!(
            (code.kind(), code.http_status(), code.is_retryable()),
            (row.class.kind, row.class.http, row.class.retry),
            "{}",
            row.code
        );
        assert_eq!((extra.category)(code), category_name(row.class.category));
        assert_eq!(owned((extra.columns)(code)), row.columns, "{}", row.code);
    }
    for range in &table.ranges {
        let Covers::Numbers { first, last } = range.covers else {
            panic!("a numeric range")
        };
        let middle = first + (last - first) / 2;
        for probe in [first, middle, last] {
            if table
                .codes
                .iter()
                .any(|row| row.code == CodeKey::Int(probe))
            {
                continue;
            }
            let innermost = table
                .ranges
                .iter()
                .find(|r| r.covers.contains(&CodeKey::Int(probe)))
                .unwrap();
            let code = C::from(C::Repr::try_from(probe).unwrap());
            assert!(!code.is_known());
            assert_eq!(code.to_string(), format!("unknown code {probe}"));
            assert_eq!(code.kind(), innermost.class.kind, "{probe}");
            assert_eq!(code.http_status(), innermost.class.http, "{probe}");
            assert_eq!(
                (extra.category)(code),
                category_name(innermost.class.category)
            );
            assert_eq!(owned((extra.columns)(code)), innermost.columns, "{probe}");
        }
    }
    table.codes.len()
}

#[test]
fn a_chinese_message_only_table() {
    let table = model("tests/tables/chinese_messages.csv", &[]);
    let extra = Extra::<Chinese> {
        category: |code| code.category().map(ChineseCategory::name),
        columns: |_| Vec::new(),
    };
    assert_eq!(round_trip(&table, &extra), 273);
    // Variants from the first clause; embedded ASCII words capitalized;
    // full-width digits read as ASCII; the whole message where two rows
    // share a first clause.
    assert_eq!(chinese!(-1), Chinese::系统繁忙);
    assert_eq!(chinese!(40001), Chinese::获取AccessToken时AppSecret错误);
    assert_eq!(Chinese::from(40006), Chinese::不合法的文件大小);
    assert_eq!(Chinese::不合法的部门Id.code(), 40017);
    assert_eq!(
        Chinese::from(60123),
        Chinese::不合法的部门Id部门Id必须为正整数
    );
    assert_eq!(
        Chinese::参数错误请检查请求参数.to_string(),
        "参数错误，请检查请求参数"
    );
    assert_eq!(Chinese::from(-2), Chinese::Unknown(-2));
    let code: i64 = Chinese::系统繁忙.into();
    assert_eq!(code, -1);
}

#[test]
fn a_binance_style_table_of_negative_codes() {
    let table = model("tests/tables/binance_style.csv", &[]);
    let extra = Extra::<Binance> {
        category: |code| code.category().map(BinanceCategory::name),
        columns: |_| Vec::new(),
    };
    assert_eq!(round_trip(&table, &extra), 39);
    assert_eq!(binance!(-1121), Binance::BadSymbol);
    assert_eq!(Binance::BadSymbol.name(), "BAD_SYMBOL");
    assert_eq!(Binance::from_name("UNKNOWN"), Some(Binance::UnknownError));
    // A code the table does not list, classified by its `-11xx` range.
    let unlisted = Binance::from(-1199);
    assert_eq!(unlisted, Binance::Unknown(-1199));
    assert_eq!(unlisted.category(), Some(BinanceCategory::Request));
    assert_eq!(unlisted.kind(), Kind::InvalidArgument);
    assert!(Binance::from(-1003).is_retryable());
    match Binance::from(-2013) {
        binance!(-2013) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn json_rpc_with_nested_inclusive_ranges() {
    let table = model("tests/tables/json_rpc.csv", &[]);
    let extra = Extra::<JsonRpc> {
        category: |code| code.category().map(JsonRpcCategory::name),
        columns: |_| Vec::new(),
    };
    assert_eq!(round_trip(&table, &extra), 6);
    assert_eq!(json_rpc!(-32601), JsonRpc::MethodNotFound);
    let server = JsonRpc::from(-32050);
    assert_eq!(server.category(), Some(JsonRpcCategory::ServerError));
    assert!(server.is_retryable());
    assert_eq!(
        JsonRpc::from(-32500).category(),
        Some(JsonRpcCategory::Reserved)
    );
    assert_eq!(JsonRpc::from(-32500).kind(), Kind::Unknown);
    assert_eq!(JsonRpc::from(-1).category(), None);
    assert_eq!(JsonRpc::from(i64::MIN), JsonRpc::Unknown(i64::MIN));
}

#[test]
fn a_wechat_style_table_with_its_own_columns() {
    let table = model(
        "tests/tables/wechat_style.csv",
        &["solution", "doc_url", "message_en"],
    );
    let extra = Extra::<WeChat> {
        category: |code| code.category().map(WeChatCategory::name),
        columns: |code| vec![code.solution(), code.doc_url(), code.message_en()],
    };
    assert_eq!(round_trip(&table, &extra), 10);
    let busy = we_chat!(-1);
    assert_eq!(busy.message_en(), Some("System busy"));
    assert!(busy.is_retryable());
    // The row's own cell, else the innermost range's, for unknown codes too.
    assert_eq!(
        WeChat::from(40002).solution(),
        Some("grant_type 应为 client_credential")
    );
    assert_eq!(
        WeChat::from(40002).doc_url(),
        Some("https://developers.example.com/errors#credentials")
    );
    assert_eq!(WeChat::from(40099).solution(), Some("检查请求参数"));
    assert_eq!(WeChat::from(40099).kind(), Kind::Unauthenticated);
    assert_eq!(
        WeChat::from(42001).message_en(),
        Some("Access token expired")
    );
    assert_eq!(WeChat::from(7).solution(), None);
}

#[test]
fn generic_code_works_for_every_code_type() {
    fn next_step<C: Code>(code: &C) -> &'static str {
        if code.is_success() {
            "done"
        } else if code.is_retryable() {
            "retry"
        } else {
            "report"
        }
    }
    assert_eq!(next_step(&WeChat::from(0)), "done");
    assert_eq!(next_step(&WeChat::from(-1)), "retry");
    assert_eq!(next_step(&JsonRpc::from(-32601)), "report");
    assert_eq!(
        next_step(&codetables::vendors::Clarifai::from(10000)),
        "done"
    );
}

#[test]
fn signed_codes_through_serde_and_the_envelope() {
    // As the number; read from a number, a numeric string or a name.
    assert_eq!(serde_json::to_string(&WeChat::from(-1)).unwrap(), "-1");
    assert_eq!(serde_json::to_string(&WeChat::Unknown(-7)).unwrap(), "-7");
    let read = |json: &str| serde_json::from_str::<Binance>(json).unwrap();
    assert_eq!(read("-1121"), Binance::BadSymbol);
    assert_eq!(read("\"-1121\""), Binance::BadSymbol);
    assert_eq!(read("\"BAD_SYMBOL\""), Binance::BadSymbol);
    assert_eq!(read("-1999"), Binance::Unknown(-1999));
    assert!(serde_json::from_str::<Binance>("1e3").is_err());
    // A `u32` table refuses a negative code rather than losing it.
    let error = serde_json::from_str::<codetables::vendors::Clarifai>("-1").unwrap_err();
    assert!(
        error.to_string().contains("invalid value: integer `-1`"),
        "{error}"
    );

    // The seeds' flat shape, with a negative code.
    let body = r#"{"code": -1, "msg": "系统繁忙", "data": null}"#;
    let error = codetables::Envelope::<WeChat, Option<String>>::from_json(body.as_bytes())
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), we_chat!(-1));
    assert!(error.is_retryable());
    assert_eq!(error.message(), "系统繁忙");
    assert!(
        error.to_string().starts_with("error -1 系统繁忙"),
        "{error}"
    );
}
