//! The `#[codes(...)]` attribute of a declaration: `module = crate::path`,
//! `columns(a, b)`, `envelope(code = "…", …)`. Every mistake is reported,
//! spanned at it, with the valid choices listed.

use proc_macro2::TokenTree;
use syn::ext::IdentExt;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Ident, LitStr, Token};

use codetables_codegen::{envelope, names, DataSpec, EnvelopeSpec};

/// The options of one declaration.
#[derive(Default)]
pub struct Options {
    /// `module = crate::path`: where the enum lives, for the checked macro.
    pub module: Option<syn::Path>,
    /// `columns(...)`: the vendor's own columns, in declaration order.
    pub columns: Vec<Ident>,
    /// `envelope(...)`: where a response body keeps each part.
    pub envelope: Option<EnvelopeSpec>,
}

/// `envelope(...)` while it is read: each part of a response body, as a
/// field name or a dotted path (`"error.code"`).
#[derive(Default)]
struct Envelope {
    code: Option<Vec<String>>,
    message: Option<Vec<String>>,
    request_id: Option<Vec<String>>,
    date: Option<Vec<String>>,
    success: Option<Vec<String>>,
    data: Option<DataSpec>,
    /// Whether `code` was written at all (a bad value is reported once).
    code_written: bool,
}

const OPTIONS: &str = "`module`, `columns`, `envelope`";
const ENVELOPE_KEYS: [&str; 6] = ["code", "message", "request_id", "date", "success", "data"];

impl Options {
    /// Takes every `#[codes(...)]` out of `attrs` and reads it.
    ///
    /// # Errors
    /// Every problem in them, combined.
    pub fn take(attrs: &mut Vec<Attribute>) -> syn::Result<Options> {
        let mut options = Options::default();
        let mut errors = Errors::default();
        let mut kept = Vec::with_capacity(attrs.len());
        for attr in attrs.drain(..) {
            if attr.path().is_ident("codes") {
                let parsed = attr.parse_nested_meta(|meta| {
                    options.option(&meta, &mut errors);
                    Ok(())
                });
                errors.push(parsed.err());
            } else {
                kept.push(attr);
            }
        }
        *attrs = kept;
        errors.finish().map(|()| options)
    }

    fn option(&mut self, meta: &ParseNestedMeta<'_>, errors: &mut Errors) {
        let path = &meta.path;
        if path.is_ident("module") {
            let module = meta
                .value()
                .and_then(syn::parse::ParseBuffer::parse::<syn::Path>);
            match module {
                Ok(module) if self.module.is_some() => {
                    errors.push(Some(duplicate(&module, "module")));
                }
                Ok(module) => match module_problem(&module) {
                    Some(error) => errors.push(Some(error)),
                    None => self.module = Some(module),
                },
                Err(error) => errors.push(Some(error)),
            }
        } else if path.is_ident("columns") {
            if !self.columns.is_empty() {
                errors.push(Some(duplicate(path, "columns")));
            }
            let parsed = meta.parse_nested_meta(|column| {
                self.column(&column, errors);
                Ok(())
            });
            errors.push(parsed.err());
        } else if path.is_ident("envelope") {
            if self.envelope.is_some() {
                errors.push(Some(duplicate(path, "envelope")));
            }
            let mut envelope = Envelope::default();
            let parsed = meta.parse_nested_meta(|key| {
                envelope.key(&key, errors);
                Ok(())
            });
            match parsed {
                Err(error) => errors.push(Some(error)),
                Ok(()) if !envelope.code_written => errors.push(Some(syn::Error::new_spanned(
                    path,
                    "`envelope(...)` needs `code = \"…\"`: the field that holds the status \
                     code, such as `code = \"errcode\"` or `code = \"error.code\"`",
                ))),
                Ok(()) => {
                    if let Some(spec) = envelope.into_spec() {
                        match spec.check() {
                            Ok(()) => self.envelope = Some(spec),
                            Err(problems) => {
                                for problem in problems {
                                    errors.push(Some(syn::Error::new_spanned(path, problem)));
                                }
                            }
                        }
                    }
                }
            }
        } else {
            errors.push(Some(syn::Error::new_spanned(
                path,
                format!(
                    "unknown option `{}`, expected one of {OPTIONS}",
                    path_text(path)
                ),
            )));
            errors.push(skip_value(meta).err());
        }
    }

    fn column(&mut self, column: &ParseNestedMeta<'_>, errors: &mut Errors) {
        let Some(ident) = column.path.get_ident() else {
            errors.push(Some(column.error(
                "a declared column is the header of the column, such as `solution` or `doc_url`",
            )));
            return;
        };
        // `r#type` is the keyword `type`, which no method can be named.
        let name = ident.unraw().to_string();
        if !column.input.is_empty() && !column.input.peek(Token![,]) {
            errors.push(Some(
                column.error(format!("write the column's name alone: `columns({name})`")),
            ));
            errors.push(skip_value(column).err());
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

impl Envelope {
    fn key(&mut self, key: &ParseNestedMeta<'_>, errors: &mut Errors) {
        let name = path_text(&key.path);
        self.code_written |= name == "code";
        if !ENVELOPE_KEYS.contains(&name.as_str()) {
            errors.push(Some(syn::Error::new_spanned(
                &key.path,
                format!(
                    "unknown envelope key `{name}`, expected one of `{}`",
                    ENVELOPE_KEYS.join("`, `")
                ),
            )));
            errors.push(skip_value(key).err());
            return;
        }
        let value = key.value().and_then(|value| {
            value.parse::<LitStr>().map_err(|error| {
                syn::Error::new(
                    error.span(),
                    format!(
                        "`{name}` takes a field name or a dotted path, as a string: \
                         `{name} = \"{}\"`",
                        if name == "code" {
                            "error.code"
                        } else {
                            name.as_str()
                        }
                    ),
                )
            })
        });
        let value = match value {
            Ok(value) => value,
            Err(error) => {
                errors.push(Some(error));
                errors.push(skip_value(key).err());
                return;
            }
        };
        let text = value.value();
        let given = match name.as_str() {
            "code" => set(&mut self.code, envelope::field_path(&text)),
            "message" => set(&mut self.message, envelope::field_path(&text)),
            "request_id" => set(&mut self.request_id, envelope::field_path(&text)),
            "date" => set(&mut self.date, envelope::field_path(&text)),
            "success" => set(&mut self.success, envelope::field_path(&text)),
            _ => set(&mut self.data, envelope::data_path(&text)),
        };
        match given {
            Ok(true) => {}
            Ok(false) => errors.push(Some(duplicate(&key.path, &name))),
            Err(problem) => errors.push(Some(syn::Error::new(
                value.span(),
                format!("bad `{name}` path {text:?}: {problem}"),
            ))),
        }
    }

    /// The shape, if `code` was given.
    fn into_spec(self) -> Option<EnvelopeSpec> {
        Some(EnvelopeSpec {
            code: self.code?,
            message: self.message,
            request_id: self.request_id,
            date: self.date,
            success: self.success,
            data: self.data.unwrap_or(DataSpec::Rest),
        })
    }
}

/// Fills `slot` with `parsed`; `Ok(false)` if it was already filled.
fn set<T>(slot: &mut Option<T>, parsed: Result<T, String>) -> Result<bool, String> {
    let value = parsed?;
    if slot.is_some() {
        return Ok(false);
    }
    *slot = Some(value);
    Ok(true)
}

fn module_problem(module: &syn::Path) -> Option<syn::Error> {
    let starts_at_crate = module.leading_colon.is_none()
        && module.segments.first().is_some_and(|s| s.ident == "crate");
    (!starts_at_crate).then(|| {
        syn::Error::new_spanned(
            module,
            "the module path must start with `crate`, such as `crate::errors`, so that the \
             checked macro finds the enum from any module and crate",
        )
    })
}

fn duplicate(tokens: impl quote::ToTokens, name: &str) -> syn::Error {
    syn::Error::new_spanned(tokens, format!("`{name}` is given twice; keep one"))
}

fn path_text(path: &syn::Path) -> String {
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    segments.join("::")
}

/// Consumes an option's value (`= tokens` or `(…)`), so that the options
/// after an unknown one are still read.
fn skip_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    let input = meta.input;
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?;
    }
    Ok(())
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

    fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}
