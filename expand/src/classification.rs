//! `category`, `kind`, `http_status`, `is_success`, `is_retryable`, and
//! `is_<category>()`: every array has one entry per code, then one per
//! range, then one for codes no range covers (see `__class`).

use codetables_core::Kind;
use proc_macro2::TokenStream;
use quote::quote;

use super::{categories, Context};

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let class_count = cx.class_count();
    let category_indices = cx.classes().map(|c| {
        c.category
            .map_or(u16::MAX, |i| u16::try_from(i).unwrap_or(u16::MAX))
    });
    let kind_indices = cx.classes().map(|c| kind_index(c.kind));
    let statuses = cx.classes().map(|c| c.http.unwrap_or(0));
    let retries = cx.classes().map(|c| c.retry);
    let category_ident = cx.category_ident();
    let category_methods = categories::method_tokens(cx);
    let runtime = cx.runtime();
    let (receiver, constness) = (cx.receiver(), cx.constness());
    quote! {
        #[allow(deprecated)]
        impl #ident {
            /// The code's category, from its row or the most specific range that covers it.
            #[must_use]
            pub #constness fn category(#receiver) -> ::core::option::Option<#category_ident> {
                static CATEGORIES: [u16; #class_count] = [#(#category_indices),*];
                let index = CATEGORIES[self.__class()] as usize;
                if index < #category_ident::ALL.len() {
                    ::core::option::Option::Some(#category_ident::ALL[index])
                } else {
                    ::core::option::Option::None
                }
            }

            /// The cross-vendor class of the code.
            #[must_use]
            pub #constness fn kind(#receiver) -> #runtime::Kind {
                static KINDS: [u8; #class_count] = [#(#kind_indices),*];
                #runtime::Kind::ALL[KINDS[self.__class()] as usize]
            }

            /// The HTTP status that goes with the code, where the table gives or implies one.
            #[must_use]
            pub #constness fn http_status(#receiver) -> ::core::option::Option<u16> {
                static STATUSES: [u16; #class_count] = [#(#statuses),*];
                match STATUSES[self.__class()] {
                    0 => ::core::option::Option::None,
                    status => ::core::option::Option::Some(status),
                }
            }

            /// Whether the code means success (its kind is `ok`).
            #[must_use]
            pub #constness fn is_success(#receiver) -> bool {
                ::core::matches!(self.kind(), #runtime::Kind::Ok)
            }

            /// Whether asking again later can give a different answer: the
            /// table's `retry` column, else the kind's default.
            #[must_use]
            pub #constness fn is_retryable(#receiver) -> bool {
                static RETRY: [bool; #class_count] = [#(#retries),*];
                RETRY[self.__class()]
            }

            #category_methods
        }
    }
}

fn kind_index(kind: Kind) -> u8 {
    let index = Kind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(Kind::ALL.len() - 1);
    u8::try_from(index).unwrap_or(u8::MAX)
}
