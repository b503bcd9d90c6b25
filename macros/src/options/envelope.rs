//! `envelope(...)` of `#[codes(...)]`: where a response body keeps each
//! part, read key by key, every mistake reported at its key or value.

use syn::LitStr;

use codetables_reader::{envelope, typo, DataSpec, EnvelopeSpec, Part};

use super::{duplicate, unknown, Entry, Errors};

/// `envelope(...)` while it is read: each part of a response body but the
/// payload, as a field name or a dotted path (`"error.code"`), by
/// [`Part`]; the payload's place.
#[derive(Default)]
pub(super) struct Envelope {
    paths: [Option<Vec<String>>; Part::ALL.len()],
    data: Option<DataSpec>,
    /// `code_after = "#"`.
    code_after: Option<String>,
    /// `request_id_header = "Request-Id"`.
    request_id_header: Option<String>,
    /// `code_header = "x-amzn-ErrorType"`.
    code_header: Option<String>,
    /// Whether `code` was written at all (a bad value is reported once).
    pub(super) code_written: bool,
}

impl Envelope {
    pub(super) fn key(&mut self, key: &Entry<'_>, errors: &mut Errors) {
        let name = key.key.to_string();
        if let Some(setting) = SETTINGS.iter().find(|s| s.key == name) {
            let slot = match setting.key {
                CODE_AFTER => &mut self.code_after,
                CODE_HEADER => &mut self.code_header,
                _ => &mut self.request_id_header,
            };
            text_setting(setting, slot, key, errors);
            return;
        }
        let Some(part) = Part::from_key(&name) else {
            // `cod = "…"` is reported once, as a typo of `code`, not again
            // as a missing `code`.
            self.code_written |= typo::closest(&name, [Part::Code.key()]).is_some();
            errors.push(Some(syn::Error::new(
                key.key.span(),
                unknown(
                    "envelope key",
                    &name,
                    Part::ALL
                        .map(Part::key)
                        .into_iter()
                        .chain(SETTINGS.iter().map(|s| s.key)),
                ),
            )));
            errors.push(key.skip_value().err());
            return;
        };
        self.code_written |= part == Part::Code;
        let value = key.value().and_then(|value| {
            value.parse::<LitStr>().map_err(|error| {
                syn::Error::new(
                    error.span(),
                    format!(
                        "`{name}` takes a field name or a dotted path, as a string: \
                         `{name} = \"{}\"`",
                        if part == Part::Code {
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
                errors.push(key.skip_value().err());
                return;
            }
        };
        let text = value.value();
        let given = match part {
            Part::Data => set(&mut self.data, envelope::data_path(&text)),
            part => set(&mut self.paths[part as usize], envelope::field_path(&text)),
        };
        match given {
            Ok(true) => {}
            Ok(false) => errors.push(Some(duplicate(&key.key, &name))),
            Err(problem) => errors.push(Some(syn::Error::new(
                value.span(),
                format!("bad `{name}` path {text:?}: {problem}"),
            ))),
        }
    }

    /// The shape, if `code` was given.
    pub(super) fn into_spec(self) -> Option<EnvelopeSpec> {
        let [code, message, request_id, date, success, details, _] = self.paths;
        Some(EnvelopeSpec {
            code: code?,
            code_after: self.code_after,
            request_id_header: self.request_id_header,
            code_header: self.code_header,
            message,
            request_id,
            date,
            success,
            details,
            data: self.data.unwrap_or(DataSpec::Rest),
        })
    }
}

/// The envelope key for where a namespaced text code starts.
const CODE_AFTER: &str = "code_after";

/// The envelope key for the header that carries the code.
const CODE_HEADER: &str = "code_header";

/// An envelope key that is no part of the body but a text setting.
struct Setting {
    key: &'static str,
    example: &'static str,
    what: &'static str,
}

const SETTINGS: [Setting; 3] = [
    Setting {
        key: CODE_AFTER,
        example: "#",
        what: "the separator before the code",
    },
    Setting {
        key: CODE_HEADER,
        example: "x-amzn-ErrorType",
        what: "the HTTP header that carries the code",
    },
    Setting {
        key: "request_id_header",
        example: "Request-Id",
        what: "the HTTP header that carries the request id",
    },
];

/// `key = "text"` into `slot`: a non-empty string, given once.
fn text_setting(
    setting: &Setting,
    slot: &mut Option<String>,
    key: &Entry<'_>,
    errors: &mut Errors,
) {
    let Setting {
        key: name,
        example,
        what,
    } = setting;
    let value = key
        .value()
        .and_then(syn::parse::ParseBuffer::parse::<LitStr>);
    match value {
        Ok(text) if text.value().is_empty() => errors.push(Some(syn::Error::new(
            text.span(),
            format!("`{name}` takes {what}, such as `{name} = \"{example}\"`"),
        ))),
        Ok(_) if slot.is_some() => errors.push(Some(duplicate(&key.key, name))),
        Ok(text) => *slot = Some(text.value()),
        Err(error) => {
            errors.push(Some(syn::Error::new(
                error.span(),
                format!("`{name}` takes {what}, as a string: `{name} = \"{example}\"`"),
            )));
            errors.push(key.skip_value().err());
        }
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
