//! The trait impls every code enum has, written once for numeric and text
//! codes: `Debug`, `Display`, `FromStr` and `codetables::Code`. What differs
//! with the code type comes from [`Context`]'s code-type items (`repr.rs`);
//! the conversions are in `conversions`, the shape in `shape`.

use codetables_core::Kind;
use proc_macro2::TokenStream;
use quote::quote;

use super::Context;

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let count = cx.table.codes.len();
    let variant_names = cx.table.codes.iter().map(|row| row.variant.as_str());
    let runtime = cx.runtime();
    let repr = cx.repr();
    let table_path = &cx.spec.table_path;
    let enum_name = ident.to_string();
    let shape = super::shape::tokens(cx);
    let missing = cx.missing();
    // The first row of kind `ok`, else the code of a body that sends none.
    let success = cx
        .table
        .codes
        .iter()
        .zip(&cx.variants)
        .find(|(row, _)| row.class.kind == Kind::Ok)
        .map_or_else(|| missing.clone(), |(_, variant)| quote!(#ident::#variant));
    // What `Display` shows where the table gives no message, and what
    // `FromStr` looks up: the name; for text codes the code first.
    let (fallback, from_str) = if cx.text() {
        (
            quote!(known.code()),
            quote!(#ident::from_code(text).or_else(|| #ident::from_name(text))),
        )
    } else {
        (quote!(known.name()), quote!(#ident::from_name(text)))
    };
    let this = cx.self_value();
    let code_method = cx.code_trait_method();
    let code_argument = cx.code_argument();
    let from_text = cx.text().then(|| {
        quote! {
            fn __from_text(text: &str) -> ::core::option::Option<Self> {
                ::core::option::Option::Some(<#ident as ::core::convert::From<&str>>::from(text))
            }
        }
    });
    quote! {
        // As derived (`CampaignIdNotExists`, `Unknown(77)`), but one
        // array load instead of a `match` whose every arm borrows the
        // formatter: borrow-checking that `match` takes seconds for
        // tables of thousands of rows.
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                // Dead-code analysis skips `Debug` impls, and so the names
                // only they use: written out of a macro (`export --to
                // rust`), they would warn.
                #[allow(dead_code)]
                static VARIANTS: [&str; #count] = [#(#variant_names),*];
                match self {
                    #ident::Unknown(code) => f.debug_tuple("Unknown").field(code).finish(),
                    known => f.write_str(VARIANTS[known.__index()]),
                }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            /// The documented message (where the table gives none, the name;
            /// for text codes, the code); `unknown code …` for an unknown code.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #ident::Unknown(code) => ::core::write!(f, "unknown code {}", code),
                    known if known.message().is_empty() => f.pad(#fallback),
                    known => f.pad(known.message()),
                }
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #runtime::ParseCodeError;

            /// The variant with this name (text codes: this code, else this
            /// name).
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                match #from_str {
                    ::core::option::Option::Some(known) => ::core::result::Result::Ok(known),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#runtime::ParseCodeError::new(#enum_name, text))
                    }
                }
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #runtime::Code for #ident {
            type Repr = #repr;
            const TABLE: &'static str = #table_path;
            #shape
            const SUCCESS: Self = #success;
            const MISSING: Self = #missing;
            fn all() -> &'static [Self] { #ident::ALL }
            #code_method
            fn message(&self) -> &'static str { #ident::message(#this) }
            fn name(&self) -> &'static str { #ident::name(#this) }
            fn is_known(&self) -> bool { #ident::is_known(#this) }
            fn from_code(code: #repr) -> ::core::option::Option<Self> { #ident::from_code(#code_argument) }
            fn from_name(name: &str) -> ::core::option::Option<Self> { #ident::from_name(name) }
            fn kind(&self) -> #runtime::Kind { #ident::kind(#this) }
            fn http_status(&self) -> ::core::option::Option<u16> { #ident::http_status(#this) }
            fn is_success(&self) -> bool { #ident::is_success(#this) }
            fn is_retryable(&self) -> bool { #ident::is_retryable(#this) }
            #from_text
        }
    }
}
