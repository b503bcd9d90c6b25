//! Stage 4 of [codetables](https://docs.rs/codetables)' `include_codes!`: a
//! validated `Table` (from `codetables-model`) → the tokens of the enum, its
//! impls, its category enum and its checked constructor macro. Used through
//! `codetables-reader`, whose stages 1–3 read and check the table; a crate
//! of its own so that it compiles while they wait for their Unicode
//! dependencies.
//!
//! Besides the generators, it holds the perfect-[`hash`] search and the
//! names every generated enum has ([`reserved`], which the checks read).
//! One file per thing generated:
//!
//! | file | generates |
//! | --- | --- |
//! | `enum_def` | the enum and each variant's documentation |
//! | `accessors` | `ALL`, `COUNT`, `code`, `message`, `name`, `is_known` and the per-code arrays |
//! | `lookups` | `from_code`, `from_name` (perfect-hash tables) |
//! | `classification` | `category`, `kind`, `http_status`, `is_success`, `is_retryable` |
//! | `categories` | the category enum and `is_<category>()` |
//! | `columns` | one accessor per declared own column |
//! | `conversions` | `From` the code type and into it (text: `&str`, `String`, `Cow`) |
//! | `traits` | `Debug`, `Display`, `FromStr`, `Code` |
//! | `shape` | the `Code` impl's `SHAPE`: declared or built in |
//! | `text_clone` | a text enum's `Clone`, a variant rebuilt from its position |
//! | `serde` | `Serialize`, `Deserialize` |
//!
//! Every generator is written once for numeric and text codes; what differs
//! with the code type (the type, the receiver, `const`, the value of a
//! missing code) is asked of the context, in `repr`.
//! | `checked_macro` | `snake_name!(code)` |
//!
//! Per-code data lives in `static` arrays indexed by the variant's position
//! (classification data by the position of the code's row or innermost
//! range), so each method is one array load whatever the table's size, and
//! each string is stored once. Every string is emitted as a literal token,
//! never spliced into a format string or a comment.

pub mod hash;
pub mod reserved;

mod accessors;
mod categories;
mod checked_macro;
mod classification;
mod columns;
mod conversions;
mod docs;
mod enum_def;
mod lookups;
mod repr;
mod serde;
mod shape;
mod text_clone;
mod traits;

pub use docs::escape_markdown;

use proc_macro2::{Ident, Literal, Punct, Spacing, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, TokenStreamExt};

use codetables_model::{Class, CodeKey, CodeType, Diagnostic, EnumSpec, Table};

/// Generates the code for `table`, with `macro_name` for the checked
/// constructor macro (`codetables_reader::names::macro_name` of the enum's
/// name). With `diagnostics`, the output starts with one `compile_error!`
/// per diagnostic and the checked macro turns unknown codes into
/// `Unknown(n)`, so that the errors about the table are not buried under
/// errors at its call sites.
#[must_use]
pub fn expand(
    spec: &EnumSpec,
    table: &Table,
    diagnostics: &[Diagnostic],
    macro_name: &str,
) -> TokenStream {
    let errors = diagnostics.iter().map(|diagnostic| {
        let message = diagnostic.located(&spec.table_path);
        quote_spanned!(spec.error_span=> ::core::compile_error!(#message);)
    });
    let tracked = spec.tracked_file.as_deref().map(|file| {
        quote! { const _: &[u8] = ::core::include_bytes!(#file); }
    });
    let cx = Context::new(spec, table);
    let enum_def = enum_def::tokens(&cx);
    let accessors = accessors::tokens(&cx);
    let classification = classification::tokens(&cx);
    let columns = columns::tokens(&cx);
    let conversions = conversions::tokens(&cx);
    let traits = traits::tokens(&cx);
    let text_clone = cx.text().then(|| text_clone::tokens(&cx));
    let categories = categories::enum_tokens(&cx);
    let checked_macro = checked_macro::tokens(&cx, macro_name, !diagnostics.is_empty());
    let serde = spec.serde.then(|| serde::tokens(&cx));
    quote! {
        #(#errors)*
        #tracked
        #enum_def
        #accessors
        #classification
        #columns
        #conversions
        #traits
        #text_clone
        #categories
        #checked_macro
        #serde
    }
}

/// What every generator reads: the declaration, the table, and what follows
/// from them.
struct Context<'a> {
    spec: &'a EnumSpec,
    table: &'a Table,
    code_type: CodeType,
    /// The variant identifiers, in table order.
    variants: Vec<Ident>,
}

impl<'a> Context<'a> {
    fn new(spec: &'a EnumSpec, table: &'a Table) -> Self {
        Context {
            spec,
            table,
            code_type: table.code_type,
            variants: table
                .codes
                .iter()
                .map(|row| Ident::new(&row.variant, Span::call_site()))
                .collect(),
        }
    }

    fn ident(&self) -> &Ident {
        &self.spec.ident
    }

    fn runtime(&self) -> &TokenStream {
        &self.spec.runtime
    }

    fn category_ident(&self) -> Ident {
        format_ident!("{}Category", self.spec.ident)
    }

    /// The classes in `__class()` order: each code's, each range's (most
    /// specific first), then the class of a code no range covers.
    fn classes(&self) -> impl Iterator<Item = &Class> + '_ {
        self.table
            .codes
            .iter()
            .map(|row| &row.class)
            .chain(self.table.ranges.iter().map(|range| &range.class))
            .chain([&Class::UNCLASSIFIED])
    }

    /// How many entries the classification arrays have.
    fn class_count(&self) -> usize {
        self.table.codes.len() + self.table.ranges.len() + 1
    }
}

/// A code as tokens: a string literal for text; for a number an
/// unsuffixed literal, with a separate `-` for a negative one (so that it
/// reads the same in expressions, patterns and `macro_rules!` matchers).
fn code_tokens(code: &CodeKey) -> TokenStream {
    match code {
        CodeKey::Text(text) => quote!(#text),
        CodeKey::Int(code) => number_tokens(*code),
    }
}

/// A number as [`code_tokens`] writes it.
fn number_tokens(code: i64) -> TokenStream {
    let mut tokens = TokenStream::new();
    if code < 0 {
        tokens.append(Punct::new('-', Spacing::Alone));
    }
    tokens.append(Literal::u64_unsuffixed(code.unsigned_abs()));
    tokens
}

/// The derives of both generated enums: plain `Copy` values, but a text
/// code enum, whose `Unknown` owns its text, is not `Copy`, and its `Clone`
/// is written by hand (see [`text_clone`]). (The code enum's `Debug` is
/// written by hand, see [`traits`].)
fn value_derives(copy: bool) -> TokenStream {
    let copy = copy.then(|| quote!(::core::clone::Clone, ::core::marker::Copy,));
    quote! {
        #[derive(
            #copy
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash
        )]
    }
}
