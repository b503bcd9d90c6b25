//! A text enum's `Clone` and `__variant(index)`, the variant at a position
//! of the table, which its lookups return.
//!
//! A numeric enum is `Copy`: its lookups copy out of `__variants()`. A text
//! enum owns an unknown code's text, so it cannot be copied, and a derived
//! `Clone` is one `match` of an arm per variant, which rustc compiles to a
//! jump table: an indirect jump that the branch predictor misses on every
//! lookup of a random code (4 ns of a 12 ns lookup), and 2.9 s of a
//! 20,000-row table's build. Here a known variant is rebuilt from its
//! position, `__variant(__index())`: both are matches whose arms are all
//! the same kind of value (a position; a variant without data), in table
//! order, which the compiler turns into arithmetic, not a jump. Tables of
//! more than [`ARMS_PER_MATCH`] codes split it into a chain of `const fn`s,
//! as `__index` is: linear to compile.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::accessors::ARMS_PER_MATCH;
use super::Context;

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let blocks: Vec<&[Ident]> = cx.variants.chunks(ARMS_PER_MATCH).collect();
    let block_ident = |number: usize| format_ident!("__variant_{}", number);
    let Some(last_block) = blocks.len().checked_sub(1) else {
        // No codes (an error the user sees; this keeps it the only one).
        let runtime = cx.runtime();
        return quote! {
            impl #ident {
                const fn __variant(_index: usize) -> #ident {
                    #ident::Unknown(#runtime::__private::Cow::Borrowed(""))
                }
            }

            #[automatically_derived]
            impl ::core::clone::Clone for #ident {
                fn clone(&self) -> #ident {
                    match self {
                        #ident::Unknown(text) => #ident::Unknown(::core::clone::Clone::clone(text)),
                    }
                }
            }
        };
    };
    // Every arm calls a block, the last one past the end too: no arm of
    // another kind (an `Unknown`) to break the arithmetic.
    let dispatch = (0..last_block).map(|number| {
        let name = block_ident(number);
        quote!(#number => #ident::#name(index),)
    });
    let last_name = block_ident(last_block);
    let fns = blocks.iter().enumerate().filter_map(|(number, variants)| {
        let name = block_ident(number);
        let first = number * ARMS_PER_MATCH;
        let (last, before) = variants.split_last()?;
        let indices = first..first + before.len();
        Some(quote! {
            const fn #name(index: usize) -> #ident {
                match index {
                    #(#indices => #ident::#before,)*
                    _ => #ident::#last,
                }
            }
        })
    });
    quote! {
        #[allow(deprecated)]
        impl #ident {
            /// The variant at `index`, a position in the table (every
            /// caller has one; past the end it is the last variant).
            const fn __variant(index: usize) -> #ident {
                match index / #ARMS_PER_MATCH {
                    #(#dispatch)*
                    _ => #ident::#last_name(index),
                }
            }

            #(#fns)*
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::clone::Clone for #ident {
            #[inline]
            fn clone(&self) -> #ident {
                match self {
                    #ident::Unknown(text) => #ident::Unknown(::core::clone::Clone::clone(text)),
                    known => #ident::__variant(known.__index()),
                }
            }
        }
    }
}
