//! Invariants of enums of text codes, over arbitrary text: `From<&str>` is
//! total and keeps the text exactly (`E::from(code).code() == code`, listed
//! or not), `from_code` accepts exactly the listed codes, and an unlisted
//! code is classified by the longest `Prefix*` pattern it starts with,
//! checked against a brute-force reading of the table.

use std::borrow::Cow;

use codetables::{Code, Kind};
use codetables_reader::model::CodeKey;
use codetables_reader::read_table_as;
use proptest::prelude::*;

codetables::include_codes! {
    /// Tencent Cloud, with nested patterns (`InvalidParameter` is a code and a prefix).
    #[codes(text)]
    pub enum Tencent = "tests/tables/tencent_cloud.csv";
    /// Alibaba Cloud, with a pattern inside a pattern's codes.
    #[codes(text)]
    pub enum Alibaba = "tests/tables/alibaba.csv";
}

/// The kind the table gives a code: its row's, else the longest pattern's
/// (found by trying every pattern), else `Unknown`.
fn oracle_kind(path: &str, code: &str) -> Kind {
    let (table, diagnostics) = read_table_as(&std::fs::read(path).unwrap(), &[], true);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    if let Some(row) = table.codes.iter().find(|r| r.code.text() == Some(code)) {
        return row.class.kind;
    }
    table
        .ranges
        .iter()
        .filter(|r| r.covers.contains(&CodeKey::Text(code.to_owned())))
        .max_by_key(|r| r.pattern.len())
        .map_or(Kind::Unknown, |r| r.class.kind)
}

/// Text near the table's codes: listed codes, their prefixes with
/// something after them, changed case, one character changed, and anything
/// at all.
fn near<C: Code<Repr = Cow<'static, str>>>() -> impl Strategy<Value = String> {
    let listed: Vec<String> = C::all().iter().map(|c| c.code().into_owned()).collect();
    prop_oneof![
        ".{0,32}",
        prop::sample::select(listed.clone()),
        (prop::sample::select(listed.clone()), "[.A-Za-z0-9_]{0,12}").prop_map(|(code, tail)| {
            let cut = code.find('.').map_or(code.len(), |at| at + 1);
            format!("{}{tail}", &code[..cut])
        }),
        prop::sample::select(listed.clone()).prop_map(|code| code.to_lowercase()),
        // One character changed anywhere, the length kept: the lookup must
        // compare every byte, of short and long codes alike.
        (
            prop::sample::select(listed),
            any::<prop::sample::Index>(),
            "[a-z_.]"
        )
            .prop_map(|(code, at, with)| {
                let chars: Vec<char> = code.chars().collect();
                let at = at.index(chars.len().max(1));
                chars
                    .iter()
                    .enumerate()
                    .map(|(i, &c)| if i == at { with.clone() } else { c.to_string() })
                    .collect()
            }),
    ]
}

fn check<C>(path: &str, text: &str) -> Result<(), TestCaseError>
where
    C: Code<Repr = Cow<'static, str>> + for<'a> From<&'a str>,
{
    let code = C::from(text);
    prop_assert_eq!(code.code(), text);
    let listed = C::all().iter().find(|c| c.code() == text).cloned();
    prop_assert_eq!(code.is_known(), listed.is_some());
    prop_assert_eq!(C::from_code(Cow::Owned(text.to_owned())), listed);
    prop_assert_eq!(code.kind(), oracle_kind(path, text), "{}", text);
    if !code.is_known() {
        prop_assert_eq!(code.to_string(), format!("unknown code {text}"));
    }
    Ok(())
}

proptest! {
    #[test]
    fn from_is_total_and_patterns_are_longest_first(
        tencent in near::<Tencent>(),
        alibaba in near::<Alibaba>(),
    ) {
        check::<Tencent>("tests/tables/tencent_cloud.csv", &tencent)?;
        check::<Alibaba>("tests/tables/alibaba.csv", &alibaba)?;
    }
}
