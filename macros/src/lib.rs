//! The `include_codes!` proc macro of [codetables](https://docs.rs/codetables).
//!
//! The macro's own work is its input: `input` parses the declarations,
//! `options` the `#[codes(...)]` attribute (every mistake spanned and
//! reported), `paths` its `module` and `crate` paths, `load` finds and
//! reads the table, `checked` the errors of the checked constructor macro.
//! Everything about the table (parse, check, expand) is plain Rust in
//! `codetables-reader` and `codetables-expand`. Use the macro through the `codetables` crate,
//! whose documentation describes it.

mod input;
mod load;
mod options;
mod paths;

use proc_macro::TokenStream;
use quote::quote;

/// Generates a typed enum from a status-code table (CSV). See the
/// `codetables` crate for the table format and what is generated.
///
/// ```ignore
/// codetables::include_codes! {
///     /// Status codes of the Foo API.
///     pub enum Foo = "tables/foo.csv";
/// }
/// ```
#[proc_macro]
pub fn include_codes(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as input::Input);
    let expanded = input.declarations.iter().map(expand);
    quote!(#(#expanded)*).into()
}

fn expand(declaration: &input::Declaration) -> proc_macro2::TokenStream {
    let table_path = declaration.path.value();
    let (table, diagnostics, tracked_file) = match load::read(&table_path) {
        Ok(loaded) => {
            let (table, mut diagnostics) = codetables_reader::read_table_as(
                &loaded.bytes,
                &declaration.own_columns(),
                declaration.options.text,
            );
            if declaration.option_errors.is_some() {
                // The header is read with the declared columns: while their
                // declaration is wrong, what it says of them is a
                // consequence, not a second mistake.
                diagnostics.retain(|d| d.subject != codetables_reader::Subject::Header);
            }
            (table, diagnostics, loaded.tracked_file)
        }
        Err(diagnostic) => (
            codetables_reader::Table {
                code_type: if declaration.options.text {
                    codetables_reader::CodeType::Text
                } else {
                    codetables_reader::CodeType::U32
                },
                ..codetables_reader::Table::default()
            },
            vec![diagnostic],
            None,
        ),
    };
    let spec = codetables_reader::EnumSpec {
        attrs: declaration.passthrough_attrs(),
        has_docs: declaration.has_docs(),
        vis: declaration.vis_tokens(),
        macro_visibility: declaration.macro_visibility(),
        ident: declaration.ident.clone(),
        table_path,
        tracked_file,
        module_path: declaration.module_path(),
        runtime: declaration
            .options
            .krate
            .clone()
            .unwrap_or_else(|| quote!(::codetables)),
        serde: cfg!(feature = "serde"),
        envelope: declaration.options.envelope.clone(),
        builtin: declaration.options.builtin.clone(),
        error_span: declaration.path.span(),
    };
    let option_errors = declaration
        .option_errors
        .as_ref()
        .map(syn::Error::to_compile_error);
    let generated = codetables_reader::expand(&spec, &table, &diagnostics);
    quote!(#option_errors #generated)
}

/// The error arm of every checked constructor macro (`numbers!(…)`): reports
/// the bad argument where the user wrote it. Not public API.
///
/// Input: `"table path", "EnumName", "macro_name", "example code"; tokens…`.
#[doc(hidden)]
#[proc_macro]
pub fn __checked_code_error(input: TokenStream) -> TokenStream {
    checked::error(input.into()).into()
}

mod checked;
