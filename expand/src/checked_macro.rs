//! `snake_name!(51006)` → the variant, checked against the table when the
//! caller compiles; usable in expressions and patterns. Negative codes are
//! matched as written, `we_chat!(-1)`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{code_tokens, Context};
use codetables_model::{CodeKey, EnumSpec, MacroVisibility};

pub(super) fn tokens(cx: &Context<'_>, macro_name: &str, lenient: bool) -> TokenStream {
    let EnumSpec {
        ident, table_path, ..
    } = cx.spec;
    let macro_ident = format_ident!("{}", macro_name);
    let path = cx
        .spec
        .module_path
        .as_ref()
        .map_or_else(|| quote!(#ident), |module| quote!(#module::#ident));
    let arms = cx
        .table
        .codes
        .iter()
        .zip(&cx.variants)
        .map(|(row, variant)| {
            let code = code_tokens(&row.code);
            quote!((#code) => { #path::#variant };)
        });
    let runtime = cx.runtime();
    let fallback = if lenient && cx.text() {
        quote! {
            ($code:literal) => { #path::Unknown(#runtime::__private::Cow::Borrowed($code)) };
        }
    } else if lenient {
        // The table has errors, already reported: do not add one per call.
        quote! {
            ($code:literal) => { #path::Unknown($code) };
            (- $code:literal) => { #path::Unknown(-$code) };
        }
    } else {
        TokenStream::new()
    };
    let enum_name = ident.to_string();
    let macro_name = macro_ident.to_string();
    // As the call is written: `51006`, `"card_declined"`.
    let written = |row: &codetables_model::CodeRow| match &row.code {
        CodeKey::Text(text) => format!("{text:?}"),
        CodeKey::Int(code) => code.to_string(),
    };
    let example_code = cx.table.codes.first().map_or_else(
        || {
            if cx.text() {
                "\"code\"".to_owned()
            } else {
                "0".to_owned()
            }
        },
        written,
    );
    let example = cx.table.codes.first().map_or_else(String::new, |row| {
        format!(
            " `{macro_ident}!({})` is `{ident}::{}`.",
            written(row),
            row.variant
        )
    });
    let doc = format!(
        "The `{ident}` variant of a code, checked at compile time against `{table_path}`.{example} \
         Usable in expressions and in `match` patterns; a code that is not in the table is a \
         compile error."
    );
    let definition = quote! {
        #[doc = #doc]
        macro_rules! #macro_ident {
            #(#arms)*
            #fallback
            ($($other:tt)*) => {
                #runtime::__checked_code_error!(#table_path, #enum_name, #macro_name, #example_code; $($other)*)
            };
        }
    };
    match &cx.spec.macro_visibility {
        MacroVisibility::Exported => quote!(#[macro_export] #definition),
        MacroVisibility::Restricted(vis) => quote! {
            #[allow(unused_macros)]
            #definition
            #[allow(unused_imports)]
            #vis use #macro_ident;
        },
        MacroVisibility::Private => quote!(#[allow(unused_macros)] #definition),
    }
}
