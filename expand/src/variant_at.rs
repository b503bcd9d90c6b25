//! A large text enum's `Clone` and `__variant(index)`, the variant at a
//! position of the table, which its lookups return.
//!
//! A numeric enum is `Copy`: its lookups copy out of `__variants()`. A text
//! enum owns an unknown code's text, so it cannot be copied, and a derived
//! `Clone` is one match of an arm per code, which took rustc 2.9 s of a
//! 20,000-row table's 8 s build (a table of at most 1,024 codes keeps it:
//! it compiles to a copy, where this chain is an indirect jump that the
//! branch predictor misses). Here every known variant is rebuilt from
//! its position through a chain of `const fn`s of at most
//! [`ARMS_PER_MATCH`] arms, as `__index` is: linear to compile, at most one
//! range check per 1,024 codes at run time.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::accessors::ARMS_PER_MATCH;
use super::Context;

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let runtime = cx.runtime();
    let missing = quote!(#ident::Unknown(#runtime::__private::Cow::Borrowed("")));
    let blocks: Vec<&[Ident]> = cx.variants.chunks(ARMS_PER_MATCH).collect();
    let block_ident = |number: usize| format_ident!("__variant_{}", number);
    let dispatch = (0..blocks.len()).map(|number| {
        let name = block_ident(number);
        quote!(#number => #ident::#name(index),)
    });
    let fns = blocks.iter().enumerate().map(|(number, variants)| {
        let name = block_ident(number);
        let first = number * ARMS_PER_MATCH;
        let indices = first..first + variants.len();
        quote! {
            const fn #name(index: usize) -> #ident {
                match index {
                    #(#indices => #ident::#variants,)*
                    _ => #missing,
                }
            }
        }
    });
    quote! {
        #[allow(deprecated)]
        impl #ident {
            /// The variant at `index` in the table; `Unknown("")` past the end.
            const fn __variant(index: usize) -> #ident {
                match index / #ARMS_PER_MATCH {
                    #(#dispatch)*
                    _ => #missing,
                }
            }

            #(#fns)*
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::clone::Clone for #ident {
            fn clone(&self) -> #ident {
                match self {
                    #ident::Unknown(text) => #ident::Unknown(::core::clone::Clone::clone(text)),
                    known => #ident::__variant(known.__index()),
                }
            }
        }
    }
}
