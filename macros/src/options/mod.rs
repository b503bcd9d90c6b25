//! The `#[codes(...)]` attribute of a declaration: `module = crate::path`,
//! `columns(a, b)`, `envelope(code = "…", …)`. Every mistake is reported,
//! spanned at it, with the valid choices listed.

use proc_macro2::{Group, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

use codetables_reader::{names, typo, EnvelopeSpec};

use crate::paths::{crate_path, module_path, ModulePath};

mod envelope;

use envelope::Envelope;

/// The options of one declaration.
#[derive(Default)]
pub struct Options {
    /// `module = crate::path`: where the enum lives, for the checked macro.
    pub module: Option<ModulePath>,
    /// `columns(...)`: the vendor's own columns, in declaration order.
    pub columns: Vec<Ident>,
    /// `envelope(...)`: where a response body keeps each part.
    pub envelope: Option<EnvelopeSpec>,
    /// `text`: the codes are text as the vendor sends them.
    pub text: bool,
    /// `builtin = "flat_msg"`: the built-in `Shape` constant (`FLAT_MSG`)
    /// the enum's bodies are read and written by.
    pub builtin: Option<String>,
    /// `crate = ::my_codetables`: the path of the codetables crate, for a
    /// user who depends on it under another name.
    pub krate: Option<TokenStream>,
}

/// The options `#[codes(...)]` takes.
const OPTIONS: [&str; 6] = ["text", "module", "columns", "envelope", "builtin", "crate"];

/// `builtin = "…"`: the values and the `Shape` constants they name.
const BUILTINS: [(&str, &str); 3] = [
    ("flat", "FLAT"),
    ("flat_msg", "FLAT_MSG"),
    ("nested", "NESTED"),
];

/// Both `builtin` and `envelope(...)`: two shapes for one table's bodies.
const BUILTIN_AND_ENVELOPE: &str = "`builtin` and `envelope(...)` both give the shape of the \
    bodies: keep `envelope(...)` for the vendor's own shape, or `builtin` for one of the seeds'";

/// One entry of an attribute's list, `key = value` or `key(...)`, with the
/// stream positioned after its key.
struct Entry<'a> {
    key: Ident,
    input: ParseStream<'a>,
}

impl<'a> Entry<'a> {
    /// The stream after `=`.
    fn value(&self) -> syn::Result<ParseStream<'a>> {
        self.input.parse::<Token![=]>()?;
        Ok(self.input)
    }

    /// Reads `(entry, …)`.
    fn list(&self, each: impl FnMut(&Entry<'_>)) -> syn::Result<()> {
        let content;
        syn::parenthesized!(content in self.input);
        entries(&content, each)
    }

    /// Consumes the entry's value (`= tokens` or `(…)`), so that the entries
    /// after a wrong one are still read.
    fn skip_value(&self) -> syn::Result<()> {
        while !self.input.is_empty() && !self.input.peek(Token![,]) {
            self.input.parse::<TokenTree>()?;
        }
        Ok(())
    }
}

/// Calls `each` on every comma-separated entry of `input`. An entry's key is
/// an identifier, a keyword included (`type`, reported by the caller).
fn entries(input: ParseStream<'_>, mut each: impl FnMut(&Entry<'_>)) -> syn::Result<()> {
    while !input.is_empty() {
        let key = input.call(Ident::parse_any)?;
        each(&Entry { key, input });
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(())
}

impl Options {
    /// Reads the bodies of every `#[codes(...)]` (`codes(...)`): the
    /// options that were read well, and every problem, combined. A bad
    /// option is left out rather than failing the declaration, so that the
    /// enum and its macro are still generated and the only errors the user
    /// sees are about the attribute.
    pub fn read(attrs: &[Group]) -> (Options, Option<syn::Error>) {
        let mut options = Options::default();
        let mut errors = Errors::default();
        for attr in attrs {
            let parsed = (|input: ParseStream<'_>| {
                let name: Ident = input.parse()?;
                if !input.peek(syn::token::Paren) {
                    return Err(syn::Error::new(
                        name.span(),
                        "expected `#[codes(...)]`, such as `#[codes(columns(solution))]`",
                    ));
                }
                let content;
                syn::parenthesized!(content in input);
                entries(&content, |entry| options.option(entry, &mut errors))?;
                if !input.is_empty() {
                    return Err(input.error("expected nothing after `codes(...)`"));
                }
                Ok(())
            })
            .parse2(attr.stream());
            errors.push(parsed.err());
        }
        (options, errors.0)
    }

    /// `builtin = "flat_msg"`.
    fn builtin(&mut self, entry: &Entry<'_>, errors: &mut Errors) {
        let key = &entry.key;
        match entry
            .value()
            .and_then(syn::parse::ParseBuffer::parse::<LitStr>)
        {
            Ok(value) => match BUILTINS.iter().find(|(name, _)| *name == value.value()) {
                Some(_) if self.builtin.is_some() => {
                    errors.push(Some(duplicate(key, "builtin")));
                }
                Some(_) if self.envelope.is_some() => {
                    errors.push(Some(syn::Error::new(value.span(), BUILTIN_AND_ENVELOPE)));
                }
                Some((_, variant)) => self.builtin = Some((*variant).to_owned()),
                None => errors.push(Some(syn::Error::new(
                    value.span(),
                    unknown(
                        "built-in shape",
                        &value.value(),
                        BUILTINS.map(|(name, _)| name),
                    ),
                ))),
            },
            Err(error) => {
                errors.push(Some(syn::Error::new(
                    error.span(),
                    "`builtin` takes the name of a built-in shape: `builtin = \"flat_msg\"`",
                )));
                errors.push(entry.skip_value().err());
            }
        }
    }

    fn option(&mut self, entry: &Entry<'_>, errors: &mut Errors) {
        let key = &entry.key;
        if key == "text" {
            if self.text {
                errors.push(Some(duplicate(key, "text")));
            }
            self.text = true;
            if !entry.input.is_empty() && !entry.input.peek(Token![,]) {
                errors.push(Some(entry.input.error(
                    "`text` takes no value: `#[codes(text)]` says the table's codes are text",
                )));
                errors.push(entry.skip_value().err());
            }
        } else if key == "builtin" {
            self.builtin(entry, errors);
        } else if key == "module" {
            match entry.value().and_then(module_path) {
                Ok((tokens, _)) if self.module.is_some() => {
                    errors.push(Some(duplicate(tokens, "module")));
                }
                Ok((_, module)) => self.module = Some(module),
                Err(error) => errors.push(Some(error)),
            }
        } else if key == "crate" {
            match entry.value().and_then(crate_path) {
                Ok(tokens) if self.krate.is_some() => errors.push(Some(duplicate(tokens, "crate"))),
                Ok(tokens) => self.krate = Some(tokens),
                Err(error) => {
                    errors.push(Some(error));
                    errors.push(entry.skip_value().err());
                }
            }
        } else if key == "columns" {
            if !self.columns.is_empty() {
                errors.push(Some(duplicate(key, "columns")));
            }
            let parsed = entry.list(|column| self.column(column, errors));
            errors.push(parsed.err());
        } else if key == "envelope" {
            if self.envelope.is_some() {
                errors.push(Some(duplicate(key, "envelope")));
            }
            if self.builtin.is_some() {
                errors.push(Some(syn::Error::new(key.span(), BUILTIN_AND_ENVELOPE)));
            }
            let mut envelope = Envelope::default();
            let parsed = entry.list(|part| envelope.key(part, errors));
            match parsed {
                Err(error) => errors.push(Some(error)),
                Ok(()) if !envelope.code_written => errors.push(Some(syn::Error::new(
                    key.span(),
                    "`envelope(...)` needs `code = \"…\"`: the field that holds the status \
                     code, such as `code = \"errcode\"` or `code = \"error.code\"`",
                ))),
                Ok(()) => {
                    if let Some(spec) = envelope.into_spec() {
                        match spec.check() {
                            Ok(()) => self.envelope = Some(spec),
                            Err(problems) => {
                                for problem in problems {
                                    errors.push(Some(syn::Error::new(key.span(), problem)));
                                }
                            }
                        }
                    }
                }
            }
        } else {
            errors.push(Some(syn::Error::new(
                key.span(),
                unknown("option", &key.to_string(), OPTIONS),
            )));
            errors.push(entry.skip_value().err());
        }
    }

    fn column(&mut self, column: &Entry<'_>, errors: &mut Errors) {
        let ident = &column.key;
        // `r#type` is the keyword `type`, which no method can be named.
        let name = ident.unraw().to_string();
        if !column.input.is_empty() && !column.input.peek(Token![,]) {
            errors.push(Some(
                column
                    .input
                    .error(format!("write the column's name alone: `columns({name})`")),
            ));
            errors.push(column.skip_value().err());
        } else if let Some(problem) = names::own_column_problem(&name) {
            errors.push(Some(syn::Error::new(
                ident.span(),
                format!("column `{name}` cannot be declared: {problem}"),
            )));
        } else if self.columns.iter().any(|c| *c == name) {
            errors.push(Some(syn::Error::new(
                ident.span(),
                format!("column `{name}` is declared twice; keep one"),
            )));
        } else {
            self.columns.push(ident.clone());
        }
    }
}

/// `unknown option `colums`; did you mean `columns`? (expected one of …)`.
fn unknown<'a>(what: &str, word: &str, valid: impl IntoIterator<Item = &'a str>) -> String {
    let valid: Vec<&str> = valid.into_iter().collect();
    let listed = format!("`{}`", valid.join("`, `"));
    match typo::closest(word, valid) {
        Some(meant) => {
            format!("unknown {what} `{word}`; did you mean `{meant}`? (expected one of {listed})")
        }
        None => format!("unknown {what} `{word}`, expected one of {listed}"),
    }
}

fn duplicate(tokens: impl quote::ToTokens, name: &str) -> syn::Error {
    syn::Error::new_spanned(tokens, format!("`{name}` is given twice; keep one"))
}

/// The errors of the options, combined into one.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, error: Option<syn::Error>) {
        let Some(error) = error else { return };
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }
}
