//! One `const fn` per declared own column (`#[codes(columns(solution))]`):
//! the cell of the code's row, else of the most specific range that sets
//! it, for known and unknown codes alike.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::Context;

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    let table = cx.table;
    if table.columns.is_empty() {
        return TokenStream::new();
    }
    let ident = cx.ident();
    let class_count = cx.class_count();
    let (receiver, constness) = (cx.receiver(), cx.constness());
    let methods = table.columns.iter().enumerate().map(|(index, column)| {
        let method = Ident::new(column, Span::call_site());
        let values = table
            .codes
            .iter()
            .map(|row| &row.columns)
            .chain(table.ranges.iter().map(|range| &range.columns))
            .map(|columns| {
                columns.get(index).and_then(Option::as_deref).map_or_else(
                    || quote!(::core::option::Option::None),
                    |value| quote!(::core::option::Option::Some(#value)),
                )
            })
            .chain([quote!(::core::option::Option::None)]);
        let doc = format!(
            "The table's `{column}` column for the code: its row's cell, else the cell of the \
             most specific range that sets one; `None` where empty."
        );
        quote! {
            #[doc = #doc]
            #[must_use]
            pub #constness fn #method(#receiver) -> ::core::option::Option<&'static str> {
                static VALUES: [::core::option::Option<&str>; #class_count] = [#(#values),*];
                VALUES[self.__class()]
            }
        }
    });
    quote! {
        #[allow(deprecated)]
        impl #ident {
            #(#methods)*
        }
    }
}
