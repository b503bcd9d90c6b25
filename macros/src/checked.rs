//! Errors of the generated checked constructor macros, spanned at the
//! argument the user wrote rather than at the `include_codes!` call.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote_spanned;
use syn::parse::{ParseStream, Parser};
use syn::{LitStr, Token};

struct Context {
    table: String,
    enum_name: String,
    macro_name: String,
    example: String,
}

pub fn error(input: TokenStream) -> TokenStream {
    let parsed = (|stream: ParseStream| {
        let mut fields = Vec::with_capacity(4);
        for index in 0..4 {
            fields.push(stream.parse::<LitStr>()?.value());
            if index < 3 {
                stream.parse::<Token![,]>()?;
            }
        }
        stream.parse::<Token![;]>()?;
        let rest: TokenStream = stream.parse()?;
        Ok((fields, rest))
    })
    .parse2(input);
    let (fields, rest) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => return error.to_compile_error(),
    };
    let [table, enum_name, macro_name, example] =
        <[String; 4]>::try_from(fields).unwrap_or_else(|_| Default::default());
    let context = Context {
        table,
        enum_name,
        macro_name,
        example,
    };
    let tokens: Vec<TokenTree> = rest.into_iter().collect();
    let (span, message) = match tokens.as_slice() {
        [TokenTree::Literal(literal)] => (
            literal.span(),
            context.literal_message(&literal.to_string()),
        ),
        [TokenTree::Punct(minus), TokenTree::Literal(literal)] if minus.as_char() == '-' => (
            literal.span(),
            context.literal_message(&format!("-{literal}")),
        ),
        [] => (Span::call_site(), context.usage()),
        [first, ..] => (first.span(), context.usage()),
    };
    quote_spanned!(span=> ::core::compile_error!(#message))
}

impl Context {
    fn literal_message(&self, literal: &str) -> String {
        let Context {
            table,
            enum_name,
            macro_name,
            example,
        } = self;
        // A text table's example is a string literal.
        let text = example.starts_with('"');
        let string = literal.starts_with('"');
        let digits = literal.strip_prefix('-').unwrap_or(literal);
        if text && string {
            format!("code {literal} is not in {table} (the table of {enum_name}); codes are matched exactly, case included")
        } else if text {
            format!(
                "`{literal}`: the codes of {table} are text; write one as a string literal, \
                 such as `{macro_name}!({example})`"
            )
        } else if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            format!("code {literal} is not in {table} (the table of {enum_name})")
        } else {
            format!(
                "`{literal}`: write the code as a plain decimal number, such as `{macro_name}!({example})`"
            )
        }
    }

    fn usage(&self) -> String {
        let Context {
            table,
            macro_name,
            example,
            ..
        } = self;
        format!("{macro_name}! takes one code of {table}, such as `{macro_name}!({example})`")
    }
}
