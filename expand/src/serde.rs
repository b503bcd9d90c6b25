//! serde as the number, read from a number, a numeric string or a name; a
//! text code as its text, read from any string.

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;
use codetables_model::CodeType;

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let runtime = cx.runtime();
    let serde = quote!(#runtime::__private::serde);
    let serialize = match cx.code_type {
        CodeType::U32 => quote!(serialize_u32),
        CodeType::I64 => quote!(serialize_i64),
        CodeType::Text => quote!(serialize_str),
    };
    quote! {
        #[automatically_derived]
        impl #serde::Serialize for #ident {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.#serialize(self.code())
            }
        }

        #[automatically_derived]
        impl<'de> #serde::Deserialize<'de> for #ident {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                #runtime::__private::deserialize_code(deserializer)
            }
        }
    }
}
