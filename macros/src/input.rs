//! The arguments of `include_codes!`: one or more
//! `#[attrs] vis enum Name = "path.csv";` declarations.
//!
//! Read with `syn`'s token-level parsing only (no syntax tree types: that
//! half of `syn` would add about half a second to every user's cold build,
//! for a grammar of five tokens).

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

use codetables_reader::MacroVisibility;

use crate::options::Options;

pub struct Input {
    pub declarations: Vec<Declaration>,
}

pub struct Declaration {
    /// Attributes passed through to the enum (docs included), as written.
    attrs: TokenStream,
    has_docs: bool,
    /// From `#[codes(...)]`, the options that were read well.
    pub options: Options,
    /// The problems of `#[codes(...)]`, reported beside the generated enum.
    pub option_errors: Option<syn::Error>,
    vis: Visibility,
    pub ident: Ident,
    pub path: LitStr,
}

/// The visibility written before `enum`, kept as written.
struct Visibility {
    tokens: TokenStream,
    macro_visibility: MacroVisibility,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut declarations = Vec::new();
        while !input.is_empty() {
            declarations.push(input.parse()?);
        }
        if declarations.is_empty() {
            return Err(input
                .error("expected a declaration such as `pub enum Codes = \"tables/codes.csv\";`"));
        }
        Ok(Input { declarations })
    }
}

impl Parse for Declaration {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut attrs = TokenStream::new();
        let mut has_docs = false;
        let mut codes_attrs = Vec::new();
        while input.peek(Token![#]) {
            let pound: TokenTree = input.parse()?;
            let body: Group = input.parse()?;
            if body.delimiter() != Delimiter::Bracket {
                return Err(syn::Error::new(
                    body.span(),
                    "expected an attribute: `#[...]`",
                ));
            }
            let name = match body.stream().into_iter().next() {
                Some(TokenTree::Ident(name)) => name.to_string(),
                _ => String::new(),
            };
            if name == "codes" {
                codes_attrs.push(body);
            } else {
                has_docs |= name == "doc";
                attrs.extend([pound, TokenTree::Group(body)]);
            }
        }
        let (options, option_errors) = Options::read(&codes_attrs);
        let vis = input.parse()?;
        input.parse::<Token![enum]>()?;
        let ident = input.parse()?;
        input.parse::<Token![=]>().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected `= \"path/to/table.csv\"` after the enum name",
            )
        })?;
        let path = input.parse::<LitStr>().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected the table's path as a string literal, relative to the crate's \
                 Cargo.toml: `\"tables/codes.csv\"`",
            )
        })?;
        if !input.is_empty() {
            input.parse::<Token![;]>()?;
        }
        Ok(Declaration {
            attrs,
            has_docs,
            options,
            option_errors,
            vis,
            ident,
            path,
        })
    }
}

impl Parse for Visibility {
    /// `pub`, `pub(crate)`, `pub(self)`, `pub(super)`, `pub(in path)`, or
    /// nothing.
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if !input.peek(Token![pub]) {
            return Ok(Visibility {
                tokens: TokenStream::new(),
                macro_visibility: MacroVisibility::Private,
            });
        }
        let keyword: TokenTree = input.parse()?;
        if input.cursor().group(Delimiter::Parenthesis).is_none() {
            return Ok(Visibility {
                tokens: keyword.into(),
                macro_visibility: MacroVisibility::Exported,
            });
        }
        let scope: Group = input.parse()?;
        let is_self = scope.stream().to_string() == "self";
        let tokens: TokenStream = [keyword, TokenTree::Group(scope)].into_iter().collect();
        let macro_visibility = if is_self {
            MacroVisibility::Private
        } else {
            MacroVisibility::Restricted(tokens.clone())
        };
        Ok(Visibility {
            tokens,
            macro_visibility,
        })
    }
}

impl Declaration {
    pub fn passthrough_attrs(&self) -> TokenStream {
        self.attrs.clone()
    }

    pub fn has_docs(&self) -> bool {
        self.has_docs
    }

    /// The declared own columns, as the table reader takes them.
    pub fn own_columns(&self) -> Vec<String> {
        self.options
            .columns
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    pub fn vis_tokens(&self) -> TokenStream {
        self.vis.tokens.clone()
    }

    pub fn macro_visibility(&self) -> MacroVisibility {
        self.vis.macro_visibility.clone()
    }

    /// The module path for the checked macro, `crate` replaced by `$crate`.
    pub fn module_path(&self) -> Option<TokenStream> {
        let module = self.options.module.as_ref()?;
        let rest = &module.below_crate;
        Some(quote!($crate #(::#rest)*))
    }
}
