//! The trait impls of a table of text codes (`#[codes(text)]`): `From`
//! the text in every form (total: unknown text kept) and into
//! `Cow<'static, str>`, `Debug`, `Display` (the message, else the code),
//! `FromStr` (by code, else by name) and `codetables::Code`.

use codetables_core::Kind;
use proc_macro2::TokenStream;
use quote::quote;

use super::traits::shape_tokens;
use super::Context;

/// The trait impls of a table of text codes: `From` `&str`, `String` and
/// `Cow<'static, str>` (total: unknown text kept), into `Cow<'static, str>`,
/// `Debug`, `Display` (the message, else the code), `FromStr` (by code,
/// else by name) and `codetables::Code`.
pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let count = cx.table.codes.len();
    let variant_names = cx.table.codes.iter().map(|row| row.variant.as_str());
    let runtime = cx.runtime();
    let cow = cx.cow();
    let table_path = &cx.spec.table_path;
    let enum_name = ident.to_string();
    let shape = cx.spec.envelope.as_ref().map(|spec| {
        let shape = shape_tokens(cx, spec);
        quote!(const SHAPE: ::core::option::Option<&'static #runtime::Shape> = ::core::option::Option::Some(&#shape);)
    });
    let missing = quote!(#ident::Unknown(#runtime::__private::Cow::Borrowed("")));
    let success = cx
        .table
        .codes
        .iter()
        .zip(&cx.variants)
        .find(|(row, _)| row.class.kind == Kind::Ok)
        .map_or_else(|| missing.clone(), |(_, variant)| quote!(#ident::#variant));
    let conversions = conversions(cx);
    quote! {
        #conversions

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                static VARIANTS: [&str; #count] = [#(#variant_names),*];
                match self {
                    #ident::Unknown(code) => f.debug_tuple("Unknown").field(code).finish(),
                    known => f.write_str(VARIANTS[known.__index()]),
                }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            /// The documented message (the code where the table gives no
            /// message); `unknown code TEXT` for an unknown code.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #ident::Unknown(code) => ::core::write!(f, "unknown code {}", code),
                    known if known.message().is_empty() => f.pad(known.code()),
                    known => f.pad(known.message()),
                }
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #runtime::ParseCodeError;

            /// The variant with this code, else with this name.
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                match #ident::from_code(text).or_else(|| #ident::from_name(text)) {
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
            type Repr = #cow;
            const TABLE: &'static str = #table_path;
            #shape
            const SUCCESS: Self = #success;
            const MISSING: Self = #missing;
            fn all() -> &'static [Self] { #ident::ALL }
            fn code(&self) -> #cow {
                match self {
                    #ident::Unknown(text) => ::core::clone::Clone::clone(text),
                    known => #runtime::__private::Cow::Borrowed(#ident::__codes()[known.__index()]),
                }
            }
            fn message(&self) -> &'static str { #ident::message(self) }
            fn name(&self) -> &'static str { #ident::name(self) }
            fn is_known(&self) -> bool { #ident::is_known(self) }
            fn from_code(code: #cow) -> ::core::option::Option<Self> { #ident::from_code(&code) }
            fn from_name(name: &str) -> ::core::option::Option<Self> { #ident::from_name(name) }
            fn kind(&self) -> #runtime::Kind { #ident::kind(self) }
            fn http_status(&self) -> ::core::option::Option<u16> { #ident::http_status(self) }
            fn is_success(&self) -> bool { #ident::is_success(self) }
            fn is_retryable(&self) -> bool { #ident::is_retryable(self) }
            fn __from_text(text: &str) -> ::core::option::Option<Self> {
                ::core::option::Option::Some(<#ident as ::core::convert::From<&str>>::from(text))
            }
        }
    }
}

/// `From` `&str`, `String` and `Cow<'static, str>` (total: the text of a
/// code the table does not list is kept), and into `Cow<'static, str>`.
fn conversions(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let runtime = cx.runtime();
    let cow = cx.cow();
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<&str> for #ident {
            /// The variant for `code`; `Unknown` with the text if the table
            /// does not list it.
            #[inline]
            fn from(code: &str) -> Self {
                match #ident::from_code(code) {
                    ::core::option::Option::Some(known) => known,
                    ::core::option::Option::None => {
                        #ident::Unknown(#runtime::__private::Cow::Owned(::core::convert::From::from(code)))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#runtime::__private::String> for #ident {
            /// The variant for `code`; `Unknown` with the text (no copy) if
            /// the table does not list it.
            #[inline]
            fn from(code: #runtime::__private::String) -> Self {
                match #ident::from_code(&code) {
                    ::core::option::Option::Some(known) => known,
                    ::core::option::Option::None => #ident::Unknown(#runtime::__private::Cow::Owned(code)),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#cow> for #ident {
            /// The variant for `code`; `Unknown(code)` if the table does not list it.
            #[inline]
            fn from(code: #cow) -> Self {
                match #ident::from_code(&code) {
                    ::core::option::Option::Some(known) => known,
                    ::core::option::Option::None => #ident::Unknown(code),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for #cow {
            /// The code: borrowed from the table for a listed code.
            fn from(code: #ident) -> #cow {
                match code {
                    #ident::Unknown(text) => text,
                    known => #runtime::__private::Cow::Borrowed(#ident::__codes()[known.__index()]),
                }
            }
        }

    }
}
