//! The whole expansion on arbitrary bytes: read, checked, expanded to the
//! tokens `include_codes!` would emit (with an envelope shape too), as the
//! macro does even for a table with errors (a stub enum and the errors).
#![no_main]

use libfuzzer_sys::fuzz_target;
use proc_macro2::{Ident, Span, TokenStream};

fuzz_target!(|bytes: &[u8]| {
    let own = codetables_codegen::extra_columns(bytes);
    let (table, diagnostics) = codetables_codegen::read_table(bytes, &own);
    let envelope = codetables_codegen::EnvelopeSpec {
        code: vec!["error".to_owned(), "code".to_owned()],
        message: Some(vec!["error".to_owned(), "message".to_owned()]),
        request_id: None,
        date: None,
        success: None,
        data: codetables_codegen::DataSpec::Rest,
    };
    for envelope in [None, Some(envelope)] {
        let spec = codetables_codegen::EnumSpec {
            attrs: TokenStream::new(),
            has_docs: false,
            vis: quote::quote!(pub),
            macro_visibility: codetables_codegen::MacroVisibility::Private,
            ident: Ident::new("Codes", Span::call_site()),
            table_path: "tables/codes.csv".to_owned(),
            tracked_file: None,
            module_path: None,
            runtime: quote::quote!(::codetables),
            serde: true,
            envelope,
            error_span: Span::call_site(),
        };
        let tokens = codetables_codegen::expand(&spec, &table, &diagnostics);
        assert!(!tokens.is_empty());
    }
});
