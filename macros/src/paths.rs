//! The paths `#[codes(...)]` takes: `module = crate::errors`, where the
//! enum lives, and `crate = ::my_codetables`, where codetables is.

use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

/// `crate::a::b`, as its segments after `crate`.
pub struct ModulePath {
    pub below_crate: Vec<Ident>,
}

/// `crate::a::b` up to the next `,`: the tokens as written (for error
/// spans) and the path.
pub fn module_path(input: ParseStream<'_>) -> syn::Result<(TokenStream, ModulePath)> {
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    let path = (|path: ParseStream<'_>| {
        path.parse::<Token![crate]>()?;
        let mut below_crate = Vec::new();
        while !path.is_empty() {
            path.parse::<Token![::]>()?;
            below_crate.push(path.call(Ident::parse_any)?);
        }
        Ok(ModulePath { below_crate })
    })
    .parse2(tokens.clone());
    let starts_at_crate = matches!(
        tokens.clone().into_iter().next(),
        Some(TokenTree::Ident(first)) if first == "crate"
    );
    match path {
        Ok(path) => Ok((tokens, path)),
        Err(_) if starts_at_crate => Err(syn::Error::new_spanned(
            tokens,
            "expected the path of a module, such as `crate::errors`",
        )),
        Err(_) => Err(syn::Error::new_spanned(
            tokens,
            "the module path must start with `crate`, such as `crate::errors`, so that the \
             checked macro finds the enum from any module and crate",
        )),
    }
}

/// `crate = ::my_codetables` (or serde's form, `crate = "my_codetables"`):
/// the path the generated code names codetables by, for a dependency
/// renamed in `Cargo.toml` or re-exported by another crate
/// (`::my_sdk::codetables`).
pub fn crate_path(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    const EXPECTED: &str =
        "expected the path of the codetables crate, such as `crate = ::my_codetables`";
    let tokens = if input.peek(LitStr) {
        let text: LitStr = input.parse()?;
        text.parse_with(|inner: ParseStream<'_>| inner.parse::<TokenStream>())
            .map_err(|_| syn::Error::new(text.span(), EXPECTED))?
    } else {
        let mut tokens = TokenStream::new();
        while !input.is_empty() && !input.peek(Token![,]) {
            tokens.extend([input.parse::<TokenTree>()?]);
        }
        tokens
    };
    let is_path = (|path: ParseStream<'_>| {
        if path.peek(Token![::]) {
            path.parse::<Token![::]>()?;
        }
        path.call(Ident::parse_any)?;
        while !path.is_empty() {
            path.parse::<Token![::]>()?;
            path.call(Ident::parse_any)?;
        }
        Ok(())
    })
    .parse2(tokens.clone());
    match is_path {
        Ok(()) => Ok(tokens),
        Err(_) if tokens.is_empty() => Err(input.error(EXPECTED)),
        Err(_) => Err(syn::Error::new_spanned(tokens, EXPECTED)),
    }
}
