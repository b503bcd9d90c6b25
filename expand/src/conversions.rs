//! The conversions between a code enum and its code type, total both
//! ways (a code the table does not list is kept in `Unknown`): `From` the
//! number and into it; for text codes `From` `&str`, `String` and
//! `Cow<'static, str>`, and into `Cow<'static, str>`.

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    if cx.text() {
        text(cx)
    } else {
        number(cx)
    }
}

/// `From` the number (`u32` or `i64`) and into it.
fn number(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let repr = cx.repr();
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#repr> for #ident {
            /// The variant for `code`; `Unknown(code)` if the table does not list it.
            fn from(code: #repr) -> Self {
                match #ident::from_code(code) {
                    ::core::option::Option::Some(known) => known,
                    ::core::option::Option::None => #ident::Unknown(code),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for #repr {
            fn from(code: #ident) -> #repr {
                code.code()
            }
        }
    }
}

/// `From` `&str`, `String` and `Cow<'static, str>` (total: the text of a
/// code the table does not list is kept), and into `Cow<'static, str>`.
fn text(cx: &Context<'_>) -> TokenStream {
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
