//! Text for rustdoc: table strings rendered literally.

/// `text` as inline code, or escaped text where a backtick or line break
/// would break the code span.
pub(super) fn code_span(text: &str) -> String {
    if text.contains(['`', '\n', '\r']) {
        escape_markdown(text)
    } else {
        format!("`{text}`")
    }
}

/// `text` rendered literally by rustdoc: ASCII punctuation backslash-escaped
/// (so `*errors*`, `[%s]` and `<id>` are not markup) and line breaks folded
/// (so indentation cannot start a code block).
#[must_use]
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if c.is_ascii_punctuation() {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_escaped_and_lines_folded() {
        assert_eq!(
            escape_markdown("*a* [%s]\n    <b>"),
            "\\*a\\* \\[\\%s\\] \\<b\\>"
        );
        assert_eq!(escape_markdown("plain text"), "plain text");
        assert_eq!(code_span("CONN"), "`CONN`");
        assert_eq!(code_span("a`b"), "a\\`b");
    }
}
