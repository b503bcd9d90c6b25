//! The trait impls: `From` both ways with the code type, `Debug`,
//! `Display`, `FromStr`, and `codetables::Code`.

use codetables_core::{Kind, Part};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Context;
use codetables_model::{DataSpec, EnvelopeSpec};

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    if cx.text() {
        return super::text_traits::tokens(cx);
    }
    let ident = cx.ident();
    let count = cx.table.codes.len();
    let variant_names = cx.table.codes.iter().map(|row| row.variant.as_str());
    let runtime = cx.runtime();
    let repr = cx.repr();
    let table_path = &cx.spec.table_path;
    let enum_name = ident.to_string();
    let shape = cx.spec.envelope.as_ref().map(|spec| {
        let shape = shape_tokens(cx, spec);
        quote!(const SHAPE: ::core::option::Option<&'static #runtime::Shape> = ::core::option::Option::Some(&#shape);)
    });
    // The first row of kind `ok`, else `Unknown(0)`.
    let success = cx
        .table
        .codes
        .iter()
        .zip(&cx.variants)
        .find(|(row, _)| row.class.kind == Kind::Ok)
        .map_or_else(
            || quote!(#ident::Unknown(0)),
            |(_, variant)| quote!(#ident::#variant),
        );
    let builtin = cx.spec.builtin.as_ref().map(|variant| {
        let variant = format_ident!("{}", variant);
        quote!(const BUILTIN: #runtime::BuiltinShape = #runtime::BuiltinShape::#variant;)
    });
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

        // As derived (`CampaignIdNotExists`, `Unknown(77)`), but one
        // array load instead of a `match` whose every arm borrows the
        // formatter: borrow-checking that `match` takes seconds for
        // tables of thousands of rows.
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                static VARIANTS: [&str; #count] = [#(#variant_names),*];
                match *self {
                    #ident::Unknown(code) => f.debug_tuple("Unknown").field(&code).finish(),
                    known => f.write_str(VARIANTS[known.__index()]),
                }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            /// The documented message (the name where the table gives no
            /// message); `unknown code N` for an unknown code.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self {
                    #ident::Unknown(code) => ::core::write!(f, "unknown code {}", code),
                    known if known.message().is_empty() => f.pad(known.name()),
                    known => f.pad(known.message()),
                }
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #runtime::ParseCodeError;

            /// The variant with this name (see `from_name`).
            fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                match #ident::from_name(name) {
                    ::core::option::Option::Some(known) => ::core::result::Result::Ok(known),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#runtime::ParseCodeError::new(#enum_name, name))
                    }
                }
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #runtime::Code for #ident {
            type Repr = #repr;
            const TABLE: &'static str = #table_path;
            #shape
            #builtin
            const SUCCESS: Self = #success;
            const MISSING: Self = #ident::Unknown(0);
            fn all() -> &'static [Self] { #ident::ALL }
            fn code(&self) -> #repr { #ident::code(*self) }
            fn message(&self) -> &'static str { #ident::message(*self) }
            fn name(&self) -> &'static str { #ident::name(*self) }
            fn is_known(&self) -> bool { #ident::is_known(*self) }
            fn from_code(code: #repr) -> ::core::option::Option<Self> { #ident::from_code(code) }
            fn from_name(name: &str) -> ::core::option::Option<Self> { #ident::from_name(name) }
            fn kind(&self) -> #runtime::Kind { #ident::kind(*self) }
            fn http_status(&self) -> ::core::option::Option<u16> { #ident::http_status(*self) }
            fn is_success(&self) -> bool { #ident::is_success(*self) }
            fn is_retryable(&self) -> bool { #ident::is_retryable(*self) }
        }
    }
}

/// `codetables::Shape::new(code).with_message(…)…` for `spec`: one
/// `with_*` call per [`Part`] the body has, named by its key.
pub(super) fn shape_tokens(cx: &Context<'_>, spec: &EnvelopeSpec) -> TokenStream {
    let runtime = cx.runtime();
    let path = |path: &[String]| quote!(&[#(#path),*]);
    // `Shape::new` and one `with_*` call per part the body has: `Shape` is
    // `#[non_exhaustive]`, so the chain keeps compiling when parts are added.
    let code = path(spec.path(Part::Code).unwrap_or_default());
    let mut shape = quote!(#runtime::Shape::new(#code));
    for part in Part::ALL {
        let with = format_ident!("with_{}", part.key());
        match (part, spec.path(part)) {
            (Part::Data, _) => {
                let data = match &spec.data {
                    DataSpec::Field(field) => {
                        let field = path(field);
                        quote!(#runtime::Payload::Field(#field))
                    }
                    DataSpec::FieldElseRest(field) => {
                        let field = path(field);
                        quote!(#runtime::Payload::FieldElseRest(#field))
                    }
                    DataSpec::Rest => continue,
                };
                shape = quote!(#shape.#with(#data));
            }
            (Part::Code, _) | (_, None) => {}
            (_, Some(part)) => {
                let part = path(part);
                shape = quote!(#shape.#with(#part));
            }
        }
    }
    if let Some(separator) = &spec.code_after {
        shape = quote!(#shape.with_code_after(#separator));
    }
    if let Some(header) = &spec.code_header {
        shape = quote!(#shape.with_code_header(#header));
    }
    if let Some(header) = &spec.request_id_header {
        shape = quote!(#shape.with_request_id_header(#header));
    }
    shape
}
