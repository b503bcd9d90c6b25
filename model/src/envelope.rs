//! `#[codes(envelope(...))]`: where a vendor's response bodies keep each
//! part, checked here and emitted as the `Code` impl's `SHAPE`.

use codetables_core::Part;

/// Each part of a response body as a path of field names (`"error.code"`
/// is `["error", "code"]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvelopeSpec {
    /// The status code (required).
    pub code: Vec<String>,
    /// `code_after = "#"`: a text code is the text after the separator's
    /// last occurrence (AWS's namespaced `__type`).
    pub code_after: Option<String>,
    /// `request_id_header = "Request-Id"`: the HTTP header that carries the
    /// request id where the body does not.
    pub request_id_header: Option<String>,
    /// `code_header = "x-amzn-ErrorType"`: the HTTP header that carries the
    /// code where the body does not (AWS's REST JSON protocol).
    pub code_header: Option<String>,
    /// The server's message.
    pub message: Option<Vec<String>>,
    /// The request id.
    pub request_id: Option<Vec<String>>,
    /// The response date.
    pub date: Option<Vec<String>>,
    /// The success flag.
    pub success: Option<Vec<String>>,
    /// Details beside the message.
    pub details: Option<Vec<String>>,
    /// The payload.
    pub data: DataSpec,
}

/// Where the payload is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataSpec {
    /// `data = "result"`.
    Field(Vec<String>),
    /// `data = "data|*"`: the field, else the rest of the object.
    FieldElseRest(Vec<String>),
    /// No `data`: the object without the fields the shape names.
    Rest,
}

/// Parses a field name or dotted path (`"status.req_id"`).
///
/// # Errors
/// What is wrong with it.
pub fn field_path(text: &str) -> Result<Vec<String>, String> {
    if text.contains('|') {
        return Err("`|*` (else the rest of the object) is only for `data`".to_owned());
    }
    if text.split('.').any(str::is_empty) {
        return Err(
            "write a field name, or names joined by dots for nested objects, such as \
             `\"error.code\"`"
                .to_owned(),
        );
    }
    Ok(text.split('.').map(str::to_owned).collect())
}

/// Parses `data`: a field name or dotted path, optionally followed by `|*`.
///
/// # Errors
/// What is wrong with it.
pub fn data_path(text: &str) -> Result<DataSpec, String> {
    match text.strip_suffix("|*") {
        Some(field) if !field.contains('|') => field_path(field).map(DataSpec::FieldElseRest),
        _ if text.contains('|') => {
            Err("the only alternative is the rest of the object, written `\"field|*\"`".to_owned())
        }
        _ => field_path(text).map(DataSpec::Field),
    }
}

impl EnvelopeSpec {
    /// The path of `part`, where the shape has one (the payload's field,
    /// for `data`).
    #[must_use]
    pub fn path(&self, part: Part) -> Option<&[String]> {
        match part {
            Part::Code => Some(&self.code),
            Part::Message => self.message.as_deref(),
            Part::RequestId => self.request_id.as_deref(),
            Part::Date => self.date.as_deref(),
            Part::Success => self.success.as_deref(),
            Part::Details => self.details.as_deref(),
            Part::Data => match &self.data {
                DataSpec::Field(path) | DataSpec::FieldElseRest(path) => Some(path),
                DataSpec::Rest => None,
            },
        }
    }

    /// Every part given, with its key in `envelope(...)`.
    fn parts(&self) -> Vec<(&'static str, &[String])> {
        Part::ALL
            .into_iter()
            .filter_map(|part| Some((part.key(), self.path(part)?)))
            .collect()
    }

    /// Checks that no two parts are one field, and that no part is inside
    /// another (`message = "error"` with `code = "error.code"`), except
    /// inside `data`: the payload object may hold the other parts (Tencent
    /// Cloud's `Response`, Alipay's `…_response`).
    ///
    /// # Errors
    /// Every conflict, one message each.
    pub fn check(&self) -> Result<(), Vec<String>> {
        let parts = self.parts();
        let mut problems = Vec::new();
        for (i, (key, path)) in parts.iter().enumerate() {
            for (other_key, other) in &parts[i + 1..] {
                let (shorter, longer) = if path.len() <= other.len() {
                    ((key, path), (other_key, other))
                } else {
                    ((other_key, other), (key, path))
                };
                let inside_data = *shorter.0 == "data" && path.len() != other.len();
                if longer.1.starts_with(shorter.1) && !inside_data {
                    problems.push(if path.len() == other.len() {
                        format!(
                            "`{key}` and `{other_key}` are both `{}`; each part of the \
                             response is a field of its own",
                            path.join(".")
                        )
                    } else {
                        format!(
                            "`{}` is `{}`, inside `{}`, which is `{}`: a field cannot be both \
                             a value and an object",
                            longer.0,
                            longer.1.join("."),
                            shorter.0,
                            shorter.1.join(".")
                        )
                    });
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(code: &str, message: Option<&str>, data: Option<&str>) -> EnvelopeSpec {
        EnvelopeSpec {
            code: field_path(code).unwrap(),
            code_after: None,
            request_id_header: None,
            code_header: None,
            message: message.map(|m| field_path(m).unwrap()),
            request_id: None,
            date: None,
            success: None,
            details: None,
            data: data.map_or(DataSpec::Rest, |d| data_path(d).unwrap()),
        }
    }

    #[test]
    fn paths_and_data() {
        assert_eq!(field_path("error.code").unwrap(), ["error", "code"]);
        assert!(field_path("a..b").is_err());
        assert!(field_path("").is_err());
        assert!(field_path("ok|*").is_err());
        assert_eq!(
            data_path("data|*"),
            Ok(DataSpec::FieldElseRest(vec!["data".to_owned()]))
        );
        assert_eq!(
            data_path("result"),
            Ok(DataSpec::Field(vec!["result".to_owned()]))
        );
        assert!(data_path("result|data").is_err());
    }

    #[test]
    fn conflicts() {
        assert!(spec("error.code", Some("error.message"), Some("result"))
            .check()
            .is_ok());
        let problems = spec("error.code", Some("error"), None).check().unwrap_err();
        assert!(problems[0].contains("cannot be both"), "{problems:?}");
        let problems = spec("code", Some("code"), None).check().unwrap_err();
        assert!(problems[0].contains("are both `code`"), "{problems:?}");
        // The payload object may hold the other parts.
        assert!(spec(
            "Response.Error.Code",
            Some("Response.Error.Message"),
            Some("Response")
        )
        .check()
        .is_ok());
        assert!(spec("data", None, Some("data")).check().is_err());
    }
}
