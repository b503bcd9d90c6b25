//! What differs between a numeric and a text code enum, in one place: the
//! code type, the receiver of the methods, whether they are `const`, the
//! code of a body that sends none, and how the `Code` impl passes values
//! on. Every generator asks these of the [`Context`] instead of branching
//! on the code type itself.

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;
use codetables_model::CodeType;

impl Context<'_> {
    /// The code type of the `Code` impl and `From`: `u32`, `i64`, or
    /// `Cow<'static, str>` for text codes.
    pub(super) fn repr(&self) -> TokenStream {
        match self.code_type {
            CodeType::U32 => quote!(u32),
            CodeType::I64 => quote!(i64),
            CodeType::Text => self.cow(),
        }
    }

    /// Whether the codes are text.
    pub(super) fn text(&self) -> bool {
        self.code_type == CodeType::Text
    }

    /// `Cow<'static, str>`, through the runtime.
    pub(super) fn cow(&self) -> TokenStream {
        let runtime = self.runtime();
        quote!(#runtime::__private::Cow<'static, str>)
    }

    /// The receiver of the generated methods: `self` (a `Copy` numeric
    /// enum), or `&self` (a text enum, which owns an unknown code's text).
    pub(super) fn receiver(&self) -> TokenStream {
        if self.text() {
            quote!(&self)
        } else {
            quote!(self)
        }
    }

    /// `const` for the methods of a numeric enum; nothing for a text enum,
    /// whose unknown codes are read through a `Cow`.
    pub(super) fn constness(&self) -> TokenStream {
        if self.text() {
            TokenStream::new()
        } else {
            quote!(const)
        }
    }

    /// `self` as a value for the inherent methods, inside a method of
    /// the `Code` impl (`&self`): `*self` for a `Copy` numeric enum.
    pub(super) fn self_value(&self) -> TokenStream {
        if self.text() {
            quote!(self)
        } else {
            quote!(*self)
        }
    }

    /// The code of a response that sends none: `Unknown(0)`, or
    /// `Unknown("")` for text.
    pub(super) fn missing(&self) -> TokenStream {
        let ident = self.ident();
        let runtime = self.runtime();
        if self.text() {
            quote!(#ident::Unknown(#runtime::__private::Cow::Borrowed("")))
        } else {
            quote!(#ident::Unknown(0))
        }
    }

    /// `Code::code`: the number, or the text borrowed from the table.
    pub(super) fn code_trait_method(&self) -> TokenStream {
        let ident = self.ident();
        let repr = self.repr();
        if self.text() {
            let runtime = self.runtime();
            quote! {
                fn code(&self) -> #repr {
                    match self {
                        #ident::Unknown(text) => ::core::clone::Clone::clone(text),
                        known => #runtime::__private::Cow::Borrowed(#ident::__codes()[known.__index()]),
                    }
                }
            }
        } else {
            quote!(fn code(&self) -> #repr { #ident::code(*self) })
        }
    }

    /// The argument of the inherent `from_code` in `Code::from_code(code)`.
    pub(super) fn code_argument(&self) -> TokenStream {
        if self.text() {
            quote!(&code)
        } else {
            quote!(code)
        }
    }

    /// The codes array's element, what `code()` returns, and the slot for
    /// `Unknown`: the number type and `0`, or `&'static str` (`&str`
    /// returned, borrowed from the unknown code's text too) and `""`.
    pub(super) fn code_slot_types(&self) -> (TokenStream, TokenStream, TokenStream) {
        if self.text() {
            (quote!(&'static str), quote!(&str), quote!(""))
        } else {
            let repr = self.repr();
            (repr.clone(), repr, quote!(0))
        }
    }

    /// The argument type of `__range`: the number, or `&str`.
    pub(super) fn range_argument(&self) -> TokenStream {
        if self.text() {
            quote!(&str)
        } else {
            self.repr()
        }
    }
}
