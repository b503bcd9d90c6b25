//! The arguments of `include_codes!`: one or more
//! `#[attrs] vis enum Name = "path.csv";` declarations.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Token, Visibility};

use codetables_codegen::MacroVisibility;

use crate::options::Options;

pub struct Input {
    pub declarations: Vec<Declaration>,
}

pub struct Declaration {
    /// Attributes passed through to the enum (docs included).
    attrs: Vec<Attribute>,
    /// From `#[codes(...)]`.
    pub options: Options,
    vis: Visibility,
    pub ident: Ident,
    pub path: LitStr,
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
        let mut attrs = input.call(Attribute::parse_outer)?;
        let options = Options::take(&mut attrs)?;
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
            options,
            vis,
            ident,
            path,
        })
    }
}

impl Declaration {
    pub fn passthrough_attrs(&self) -> TokenStream {
        let attrs = &self.attrs;
        quote!(#(#attrs)*)
    }

    pub fn has_docs(&self) -> bool {
        self.attrs.iter().any(|attr| attr.path().is_ident("doc"))
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
        self.vis.to_token_stream()
    }

    pub fn macro_visibility(&self) -> MacroVisibility {
        match &self.vis {
            Visibility::Public(_) => MacroVisibility::Exported,
            Visibility::Restricted(restricted) if restricted.path.is_ident("self") => {
                MacroVisibility::Private
            }
            Visibility::Restricted(_) => MacroVisibility::Restricted(self.vis.to_token_stream()),
            Visibility::Inherited => MacroVisibility::Private,
        }
    }

    /// The module path for the checked macro, `crate` replaced by `$crate`.
    pub fn module_path(&self) -> Option<TokenStream> {
        let module = self.options.module.as_ref()?;
        let rest = module.segments.iter().skip(1);
        Some(quote!($crate #(::#rest)*))
    }
}
