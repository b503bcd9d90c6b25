//! [`EnumSpec`]: everything about one `include_codes!` declaration except
//! its table, as the macro read it (attributes, visibility, name, path,
//! options), in tokens where the generated code repeats them.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// How far the checked constructor macro is visible, following the enum's
/// own visibility.
#[derive(Debug, Clone)]
pub enum MacroVisibility {
    /// `pub` enum: `#[macro_export]`, so dependent crates call `krate::name!`.
    Exported,
    /// `pub(crate)`, `pub(super)`, `pub(in …)`: re-imported with this
    /// visibility (`pub(crate) use name;`), so `crate::module::name!` works.
    Restricted(TokenStream),
    /// Private: textual scope only (this module and its children).
    Private,
}

/// Everything about one `include_codes!` declaration except the table.
#[derive(Debug, Clone)]
pub struct EnumSpec {
    /// Attributes to pass through (doc comments included), as tokens.
    pub attrs: TokenStream,
    /// Whether `attrs` contains a doc comment (otherwise one is generated).
    pub has_docs: bool,
    /// The enum's visibility, as tokens (`pub`, `pub(crate)`, nothing).
    pub vis: TokenStream,
    /// Where the checked constructor macro is visible.
    pub macro_visibility: MacroVisibility,
    /// The enum's name.
    pub ident: Ident,
    /// The table's path as written by the user, for messages and docs.
    pub table_path: String,
    /// The table's absolute path, included with `include_bytes!` so that
    /// Cargo rebuilds the crate when the table changes; `None` when the file
    /// could not be read.
    pub tracked_file: Option<String>,
    /// The path of the module that holds the enum, with `$crate` for the
    /// crate root, used by the checked macro; `None` to name the enum
    /// unqualified (resolved where the macro is called).
    pub module_path: Option<TokenStream>,
    /// The path of the `codetables` facade crate (`::codetables`).
    pub runtime: TokenStream,
    /// Whether to implement `Serialize` and `Deserialize` (through the
    /// facade's re-export of serde).
    pub serde: bool,
    /// `#[codes(envelope(...))]`: the shape of the vendor's response bodies.
    pub envelope: Option<crate::EnvelopeSpec>,
    /// `#[codes(builtin = "…")]`: the built-in `Shape` constant
    /// (`FLAT_MSG`) the enum's bodies are read and written by without a
    /// declared shape; `FLAT` where neither is given.
    pub builtin: Option<String>,
    /// Where errors point: the path literal.
    pub error_span: Span,
}

impl EnumSpec {
    /// A private enum named `name` for the table at `table_path`, with
    /// serde and no envelope shape: what tools and tests that expand a
    /// table outside a macro call start from (set the other fields as
    /// needed).
    #[must_use]
    pub fn plain(name: &str, table_path: &str) -> EnumSpec {
        EnumSpec {
            attrs: TokenStream::new(),
            has_docs: false,
            vis: TokenStream::new(),
            macro_visibility: MacroVisibility::Private,
            ident: Ident::new(name, Span::call_site()),
            table_path: table_path.to_owned(),
            tracked_file: None,
            module_path: None,
            runtime: quote!(::codetables),
            serde: true,
            envelope: None,
            builtin: None,
            error_span: Span::call_site(),
        }
    }
}
