//! Invariants of every generated enum, over the whole code type: `From` is
//! total and keeps the raw code (`Unknown(n)` for codes the table does not
//! list), `Into` gives it back, `Display` is the message verbatim (the name
//! where the message is empty, `unknown code n` for unknown codes), and
//! `from_name` accepts exactly the table's names. Tables of both code
//! types: the bundled `u32` ones and `i64` vendor-style ones.

use codetables::vendors::{AiGateway, Clarifai, StardustProject, StardustRosetta};
use codetables::Code;
use proptest::prelude::*;

mod signed {
    codetables::include_codes! {
        /// Binance-style negative codes.
        pub enum Binance = "tests/tables/binance_style.csv";
        /// JSON-RPC 2.0.
        pub enum JsonRpc = "tests/tables/json_rpc.csv";
        /// Chinese messages, `-1` included.
        pub enum Chinese = "tests/tables/chinese_messages.csv";
    }
}

use signed::{Binance, Chinese, JsonRpc};

fn check_code<C: Code + Copy>(raw: C::Repr) -> Result<(), TestCaseError>
where
    C::Repr: Copy,
{
    let code = C::from(raw);
    prop_assert_eq!(code.code(), raw);
    let back: C::Repr = code.into();
    prop_assert_eq!(back, raw);
    prop_assert_eq!(C::from_code(raw).is_some(), code.is_known());
    if code.is_known() {
        let shown = if code.message().is_empty() {
            code.name()
        } else {
            code.message()
        };
        prop_assert_eq!(code.to_string(), shown);
        prop_assert_eq!(C::from_name(code.name()), Some(code));
    } else {
        prop_assert_eq!(code.to_string(), format!("unknown code {raw}"));
        prop_assert_eq!((code.message(), code.name()), ("", ""));
    }
    Ok(())
}

fn check_name<C: Code + std::str::FromStr>(name: &str) -> Result<(), TestCaseError> {
    let listed = C::all().iter().find(|&c| c.name() == name).cloned();
    prop_assert_eq!(C::from_name(name), listed.clone());
    prop_assert_eq!(name.parse::<C>().ok(), listed);
    Ok(())
}

/// Any `u32`, a listed code, or a listed code's neighbour.
fn u32_code<C: Code<Repr = u32>>() -> impl Strategy<Value = u32> {
    let listed: Vec<u32> = C::all().iter().map(Code::code).collect();
    prop_oneof![
        any::<u32>(),
        prop::sample::select(listed.clone()),
        prop::sample::select(listed).prop_map(|c| c.wrapping_add(1)),
    ]
}

/// Any `i64`, a listed code, or a listed code's neighbour.
fn i64_code<C: Code<Repr = i64>>() -> impl Strategy<Value = i64> {
    let listed: Vec<i64> = C::all().iter().map(Code::code).collect();
    prop_oneof![
        any::<i64>(),
        prop::sample::select(listed.clone()),
        prop::sample::select(listed).prop_map(|c| c.wrapping_sub(1)),
    ]
}

/// Any text, a listed name, or a listed name with one character changed.
fn name<C: Code>() -> impl Strategy<Value = String> {
    let listed: Vec<&'static str> = C::all().iter().map(Code::name).collect();
    prop_oneof![
        ".{0,24}",
        prop::sample::select(listed.clone()).prop_map(str::to_owned),
        prop::sample::select(listed).prop_map(|n| format!("{n}_")),
    ]
}

proptest! {
    #[test]
    fn from_is_total_over_u32(
        clarifai in u32_code::<Clarifai>(),
        rosetta in u32_code::<StardustRosetta>(),
        project in u32_code::<StardustProject>(),
        gateway in u32_code::<AiGateway>(),
    ) {
        check_code::<Clarifai>(clarifai)?;
        check_code::<StardustRosetta>(rosetta)?;
        check_code::<StardustProject>(project)?;
        check_code::<AiGateway>(gateway)?;
    }

    #[test]
    fn from_is_total_over_i64(
        binance in i64_code::<Binance>(),
        json_rpc in i64_code::<JsonRpc>(),
        chinese in i64_code::<Chinese>(),
    ) {
        check_code::<Binance>(binance)?;
        check_code::<JsonRpc>(json_rpc)?;
        check_code::<Chinese>(chinese)?;
    }

    #[test]
    fn from_name_accepts_exactly_the_names(
        clarifai in name::<Clarifai>(),
        binance in name::<Binance>(),
        chinese in name::<Chinese>(),
    ) {
        check_name::<Clarifai>(&clarifai)?;
        check_name::<Binance>(&binance)?;
        check_name::<Chinese>(&chinese)?;
    }
}
