//! The inherent `impl`: `ALL`, `COUNT`, `code`, `message`, `name`,
//! `is_known`, the lookups, and the arrays and position functions the other
//! methods share.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{code_tokens, lookups, number_tokens, Context};
use codetables_model::{CodeRow, Covers};

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let table = cx.table;
    let count = table.codes.len();
    let variants = &cx.variants;
    let (receiver, constness) = (cx.receiver(), cx.constness());
    let index_fns = index_fns(cx);

    let messages = table.codes.iter().map(|row| row.message.as_str());
    let names = table.codes.iter().map(CodeRow::name);

    let lookups = lookups::tokens(cx);
    let range_match = range_match(cx);
    let (code_array, code_accessor) = code_items(cx);
    let all_doc = format!(
        "Every code of `{}`, in table order (`Unknown` excluded).",
        cx.spec.table_path
    );
    let name_doc = if cx.text() {
        "The vendor's symbolic name (the code where the table gives none); `\"\"` for an \
         unknown code."
    } else {
        "The vendor's symbolic name (the variant name where the table gives none); `\"\"` for \
         an unknown code."
    };

    quote! {
        #[allow(deprecated, dead_code)]
        impl #ident {
            #[doc = #all_doc]
            pub const ALL: &'static [#ident] = #ident::__variants();

            /// The variants by position. A `static` (one copy), which
            /// `ALL` and the lookups share.
            const fn __variants() -> &'static [#ident; #count] {
                static VARIANTS: [#ident; #count] = [#(#ident::#variants),*];
                &VARIANTS
            }

            /// The number of codes in the table.
            pub const COUNT: usize = #count;

            #index_fns

            /// The position of the variant's classification: codes, then
            /// ranges (most specific first), then "no range".
            #constness fn __class(#receiver) -> usize {
                match self {
                    #ident::Unknown(code) => #count + #ident::__range(code),
                    known => known.__index(),
                }
            }

            #range_match

            #code_array

            /// The names by variant position, then `""` for `Unknown`.
            const fn __names() -> &'static [&'static str; #count + 1] {
                static NAMES: [&str; #count + 1] = [#(#names,)* ""];
                &NAMES
            }

            #code_accessor

            /// The documented message, verbatim; `""` for an unknown code.
            #[must_use]
            pub #constness fn message(#receiver) -> &'static str {
                static MESSAGES: [&str; #count + 1] = [#(#messages,)* ""];
                MESSAGES[self.__index()]
            }

            #[doc = #name_doc]
            #[must_use]
            pub #constness fn name(#receiver) -> &'static str {
                #ident::__names()[self.__index()]
            }

            #lookups

            /// Whether the code is in the table (not `Unknown`).
            #[must_use]
            pub #constness fn is_known(#receiver) -> bool {
                !::core::matches!(self, #ident::Unknown(_))
            }
        }
    }
}

/// The array of codes by position and `code()`, the same for both code
/// types but for the element type and what `Unknown`'s slot holds.
fn code_items(cx: &Context<'_>) -> (TokenStream, TokenStream) {
    let ident = cx.ident();
    let count = cx.table.codes.len();
    let (receiver, constness) = (cx.receiver(), cx.constness());
    let (element, returned, unknown_slot) = cx.code_slot_types();
    let codes = cx.table.codes.iter().map(|row| code_tokens(&row.code));
    (
        quote! {
            /// The codes by variant position, then an empty code for `Unknown`.
            const fn __codes() -> &'static [#element; #count + 1] {
                static CODES: [#element; #count + 1] = [#(#codes,)* #unknown_slot];
                &CODES
            }
        },
        quote! {
            /// The code as the vendor sends it (for an unknown code, as
            /// received).
            #[must_use]
            pub #constness fn code(#receiver) -> #returned {
                match self {
                    #ident::Unknown(code) => code,
                    known => #ident::__codes()[known.__index()],
                }
            }
        },
    )
}

/// The most arms of one `match` in `__index`: tables up to this size get
/// one match; larger ones a chain of matches of this size.
pub(super) const ARMS_PER_MATCH: usize = 1024;

/// `__index(self)`: the position of the variant in the table, `COUNT` for
/// `Unknown`.
///
/// rustc's exhaustiveness checking takes time quadratic in the arms of one
/// `match` (a 20,000-arm match alone took 5.7 s to compile), so a large
/// table's match is split into a chain of `const fn`s of at most
/// [`ARMS_PER_MATCH`] arms, each ending in `_ => next(self)`. The cost is
/// linear in the table's size to compile, and at most one range check per
/// 1,024 codes at run time (20 for 20,000 codes); still one `const fn`
/// call, with no `unsafe`.
fn index_fns(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let receiver = cx.receiver();
    let count = cx.table.codes.len();
    let blocks: Vec<(usize, &[proc_macro2::Ident])> = cx
        .variants
        .chunks(ARMS_PER_MATCH)
        .enumerate()
        .map(|(number, variants)| (number * ARMS_PER_MATCH, variants))
        .collect();
    let block_ident = |number: usize| match number {
        0 => format_ident!("__index"),
        n => format_ident!("__index_{}", n),
    };
    let last = blocks.len().saturating_sub(1);
    let fns = blocks.iter().enumerate().map(|(number, (first, variants))| {
        let name = block_ident(number);
        let indices = *first..*first + variants.len();
        let unknown = (number == 0).then(|| quote!(#ident::Unknown(_) => #count,));
        let rest = if number == last {
            // Every variant has had its arm by now; `_` only completes the
            // match for rustc, which checks each block on its own.
            (number > 0).then(|| quote!(_ => #count,))
        } else {
            let next = block_ident(number + 1);
            Some(quote!(_ => #ident::#next(self),))
        };
        let doc = (number == 0)
            .then(|| quote!(#[doc = "The position of the variant in the table; `COUNT` for `Unknown`."]));
        quote! {
            #doc
            const fn #name(#receiver) -> usize {
                match self {
                    #(#ident::#variants => #indices,)*
                    #unknown
                    #rest
                }
            }
        }
    });
    if blocks.is_empty() {
        // No codes: `Unknown` is the only variant.
        return quote! {
            /// The position of the variant in the table; `COUNT` for `Unknown`.
            const fn __index(#receiver) -> usize {
                match self {
                    #ident::Unknown(_) => 0,
                }
            }
        };
    }
    quote!(#(#fns)*)
}

/// `__range(code)`: the index (in classification order) of the most
/// specific range (for text, the longest `Prefix*` pattern) that covers
/// `code`; ranges are sorted most specific first, so the first that
/// matches wins.
fn range_match(cx: &Context<'_>) -> TokenStream {
    let ranges = &cx.table.ranges;
    let count = ranges.len();
    let (argument, constness) = (cx.range_argument(), cx.constness());
    let checks = ranges
        .iter()
        .enumerate()
        .map(|(index, range)| match &range.covers {
            Covers::Numbers { first, last } => {
                let (first, last) = (number_tokens(*first), number_tokens(*last));
                quote!(if #first <= code && code <= #last { return #index; })
            }
            Covers::Prefix(prefix) => quote!(if code.starts_with(#prefix) { return #index; }),
        });
    quote! {
        #constness fn __range(code: #argument) -> usize {
            #(#checks)*
            let _ = code;
            #count
        }
    }
}
