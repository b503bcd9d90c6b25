//! `const SHAPE` of the `Code` impl: the shape `#[codes(envelope(...))]`
//! declares, as `Shape::new(code).with_…(…)` calls, else the built-in one
//! `#[codes(builtin = "…")]` names (`Shape::FLAT` without either).

use codetables_core::Part;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Context;
use codetables_model::{DataSpec, EnvelopeSpec};

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    let runtime = cx.runtime();
    let shape = match (&cx.spec.envelope, &cx.spec.builtin) {
        (Some(spec), _) => declared(cx, spec),
        (None, Some(builtin)) => {
            let builtin = format_ident!("{}", builtin);
            quote!(#runtime::Shape::#builtin)
        }
        (None, None) => quote!(#runtime::Shape::FLAT),
    };
    quote!(const SHAPE: &'static #runtime::Shape = &#shape;)
}

/// `codetables::Shape::new(code).with_message(…)…` for `spec`: one
/// `with_*` call per [`Part`] the body has, named by its key.
fn declared(cx: &Context<'_>, spec: &EnvelopeSpec) -> TokenStream {
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
