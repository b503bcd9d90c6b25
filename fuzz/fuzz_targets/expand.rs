//! The whole expansion on arbitrary bytes: read as a numeric table and as a
//! table of text codes (`#[codes(text)]`), checked, expanded to the tokens
//! `include_codes!` would emit (with an envelope shape too, and AWS's
//! `code_after`), as the macro does even for a table with errors (a stub
//! enum and the errors).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let own = codetables_reader::extra_columns(bytes);
    for text in [false, true] {
        let (table, diagnostics) = codetables_reader::read_table_as(bytes, &own, text);
        let envelope = codetables_reader::EnvelopeSpec {
            code: vec!["error".to_owned(), "code".to_owned()],
            code_after: text.then(|| "#".to_owned()),
            request_id_header: text.then(|| "Request-Id".to_owned()),
            code_header: text.then(|| "x-amzn-ErrorType".to_owned()),
            message: Some(vec!["error".to_owned(), "message".to_owned()]),
            request_id: None,
            date: None,
            success: None,
            details: text.then(|| vec!["error".to_owned(), "details".to_owned()]),
            data: codetables_reader::DataSpec::Rest,
        };
        for envelope in [None, Some(envelope)] {
            let spec = codetables_reader::EnumSpec {
                vis: quote::quote!(pub),
                envelope,
                ..codetables_reader::EnumSpec::plain("Codes", "tables/codes.csv")
            };
            let tokens = codetables_reader::expand(&spec, &table, &diagnostics);
            assert!(!tokens.is_empty());
        }
    }
});
