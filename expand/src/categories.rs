//! The category enum (`ECategory`) and the `is_<category>()` methods.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::docs::escape_markdown;
use super::{value_derives, Context};
use codetables_model::EnumSpec;

/// `is_<category>()` for each category (inside the classification `impl`).
pub(super) fn method_tokens(cx: &Context<'_>) -> TokenStream {
    let category_ident = cx.category_ident();
    let (receiver, constness) = (cx.receiver(), cx.constness());
    let methods = cx.table.categories.iter().filter_map(|category| {
        let method = format_ident!("{}", crate::reserved::category_method(&category.name));
        // A declared column of that name is an error already reported;
        // generating both would only add a duplicate-definition error.
        if cx.table.columns.contains(&method.to_string()) {
            return None;
        }
        let variant = Ident::new(&category.variant, Span::call_site());
        let doc = match &category.description {
            Some(description) => format!(
                "Whether the code is in category `{}` ({}).",
                category.name,
                escape_markdown(description)
            ),
            None => format!("Whether the code is in category `{}`.", category.name),
        };
        Some(quote! {
            #[doc = #doc]
            #[must_use]
            pub #constness fn #method(#receiver) -> bool {
                ::core::matches!(self.category(), ::core::option::Option::Some(#category_ident::#variant))
            }
        })
    });
    quote!(#(#methods)*)
}

/// The category enum, with `ALL`, `name()`, `description()` and `Display`.
pub(super) fn enum_tokens(cx: &Context<'_>) -> TokenStream {
    let EnumSpec {
        vis,
        ident,
        table_path,
        ..
    } = cx.spec;
    let category_ident = cx.category_ident();
    let categories = &cx.table.categories;
    let variants: Vec<Ident> = categories
        .iter()
        .map(|c| Ident::new(&c.variant, Span::call_site()))
        .collect();
    let docs = categories.iter().map(|c| match &c.description {
        Some(description) => format!("`{}`: {}", c.name, escape_markdown(description)),
        None => format!("`{}`", c.name),
    });
    let names = categories.iter().map(|c| c.name.as_str());
    let descriptions = categories
        .iter()
        .map(|c| c.description.as_deref().unwrap_or(""));
    let doc =
        format!("The categories of `{ident}` codes (the `category` column of `{table_path}`).");
    let value_derives = value_derives(true);
    quote! {
        #[doc = #doc]
        #[derive(::core::fmt::Debug)]
        #value_derives
        #[allow(dead_code)]
        #vis enum #category_ident {
            #(#[doc = #docs] #variants,)*
        }

        #[allow(dead_code)]
        impl #category_ident {
            /// Every category, in order of first appearance in the table.
            pub const ALL: &'static [#category_ident] = &[#(#category_ident::#variants),*];

            /// The category's snake_case name, as written in the table.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    #(#category_ident::#variants => #names,)*
                }
            }

            /// The description of the range row that declares the category; `""` if none does.
            #[must_use]
            pub const fn description(self) -> &'static str {
                match self {
                    #(#category_ident::#variants => #descriptions,)*
                }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #category_ident {
            /// The snake_case name.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }
    }
}
