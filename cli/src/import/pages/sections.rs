//! Section titles as categories: `Clarifai Connection Codes` →
//! `clarifai_connection`, `## 2.1 通用错误码` → `通用`.

use codetables_reader::{names, reserved};
use heck::ToSnakeCase;

/// Words that say "these are codes" rather than which codes.
const FILLER: [&str; 9] = [
    "codes", "code", "related", "status", "error", "errors", "issues", "list", "table",
];
/// The same for titles in Chinese, Japanese and Korean, as suffixes
/// (stripped one after another: `공통 에러 코드` → `공통`).
const CJK_FILLER: [&str; 27] = [
    "错误码说明",
    "错误码列表",
    "错误码表",
    "错误码",
    "返回码",
    "状态码",
    "错误代码",
    "错误",
    "列表",
    "说明",
    "一览",
    "エラーコード",
    "ステータスコード",
    "レスポンスコード",
    "コード一覧",
    "コード",
    "エラー",
    "一覧",
    "の",
    "오류",
    "에러",
    "코드",
    "상태",
    "응답",
    "목록",
    "관련",
    "일람",
];

/// The category of a section title, if it makes one.
#[must_use]
pub fn category(title: &str) -> Option<String> {
    // `Auth failure (auth_failure)`, as `export` titles a section: the name
    // in parentheses exactly.
    if let Some(name) = named_category(title) {
        return Some(name);
    }
    // `HTTP status code 400` gives its rows a status, not a category.
    if http_status(title).is_some() {
        return None;
    }
    let title = strip_numbering(title.trim());
    if title.is_ascii() {
        return ascii_category(title);
    }
    let mut title = title.trim();
    for _ in 0..CJK_FILLER.len() {
        let before = title;
        for filler in CJK_FILLER {
            if let Some(rest) = title.strip_suffix(filler).map(str::trim) {
                if !rest.is_empty() {
                    title = rest;
                }
            }
        }
        if title == before {
            break;
        }
    }
    // `错误码` alone titles the page's only table: no category.
    if CJK_FILLER.contains(&title) {
        return None;
    }
    let snake = names::snake_case(title);
    usable(snake)
}

/// The HTTP status a heading states for the codes under it: `HTTP status
/// code 400`, `HTTP 429`, `Status code 503` (AWS's error pages); a bare
/// number is not one.
pub fn http_status(title: &str) -> Option<u16> {
    let lower = title.to_lowercase();
    let rest = ["http status code", "http status", "status code", "http"]
        .iter()
        .find_map(|prefix| lower.trim().strip_prefix(prefix))?;
    let rest = rest.trim_start_matches([' ', ':']);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = &rest[digits.len()..];
    if !after.is_empty() && !after.starts_with([' ', '(', '-', ':']) {
        return None;
    }
    digits.parse().ok().filter(|s| (100..=599).contains(s))
}

fn ascii_category(title: &str) -> Option<String> {
    let mut words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // `Error codes`, `Errors`: a title that only says "codes" makes none.
    if words
        .iter()
        .all(|w| FILLER.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| FILLER.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    let snake = words.join(" ").to_snake_case();
    let snake = if snake.starts_with(|c: char| c.is_ascii_lowercase()) {
        snake
    } else {
        format!("section_{snake}")
    };
    usable(snake)
}

/// The title of a section of category `name`, as `export` writes it and
/// `category` reads it back exactly: the name in words, then the name
/// itself in a code span: ``Auth failure (`auth_failure`)``.
#[must_use]
pub fn category_heading(name: &str) -> String {
    format!("{} (`{name}`)", in_words(name))
}

/// `auth_failure` → `Auth failure`.
fn in_words(name: &str) -> String {
    let words = name.replace('_', " ");
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The category a [`category_heading`] names.
fn named_category(title: &str) -> Option<String> {
    let (words, rest) = title.trim().rsplit_once(" (")?;
    let name = rest.strip_suffix(')')?.trim_matches('`');
    let exact = names::snake_problem(name).is_none() && in_words(name) == words;
    exact.then(|| name.to_owned())
}

/// The snake_case name, where it can be a category: not one that clashes
/// with a generated method (`is_success()`), not too long to read.
fn usable(snake: String) -> Option<String> {
    let method = reserved::category_method(&snake);
    let snake = if reserved::is_method(&method) {
        format!("{snake}_codes")
    } else {
        snake
    };
    let fits =
        !snake.is_empty() && snake.chars().count() <= 40 && names::snake_problem(&snake).is_none();
    fits.then_some(snake)
}

/// `2.1 `, `1. `, `(3) `, `一、` at the start of a title.
fn strip_numbering(title: &str) -> &str {
    let end = title
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '(' | ')')))
        .unwrap_or(title.len());
    if end > 0 && title[end..].starts_with([' ', '、']) {
        return title[end..].trim_start_matches([' ', '、']);
    }
    let chinese = title
        .find(|c: char| !"一二三四五六七八九十".contains(c))
        .unwrap_or(title.len());
    if chinese > 0 && title[chinese..].starts_with(['、', '．']) {
        return title[chinese..].trim_start_matches(['、', '．', ' ']);
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_in_english() {
        let cases = [
            ("Clarifai Connection Codes", "clarifai_connection"),
            ("Input: Image Related Codes", "input_image"),
            ("Redis/Cache Error Codes", "redis_cache"),
            ("Business-specific Codes", "business_specific"),
            ("Generic", "generic"),
            ("Billing Related Issues", "billing"),
            ("Success", "success_codes"),
            ("2.1 Authentication errors", "authentication"),
            ("4xx errors", "section_4xx"),
        ];
        for (title, expected) in cases {
            assert_eq!(category(title).as_deref(), Some(expected), "{title}");
        }
    }

    #[test]
    fn titles_in_other_scripts() {
        let cases = [
            ("通用错误码", "通用"),
            ("一、公共返回码", "公共"),
            ("3. 用户管理 错误码", "用户管理"),
            ("Ошибки авторизации", "ошибки_авторизации"),
            ("認証エラー", "認証"),
            ("공통 에러 코드", "공통"),
            ("인증 오류 코드", "인증"),
            ("결제 관련 오류", "결제"),
            ("共通エラーコード一覧", "共通"),
            ("認証のエラー", "認証"),
        ];
        for (title, expected) in cases {
            assert_eq!(category(title).as_deref(), Some(expected), "{title}");
        }
        assert_eq!(category(""), None);
        assert_eq!(category("!!!"), None);
    }

    #[test]
    fn titles_that_only_say_codes_make_no_category() {
        for title in [
            "Error codes",
            "Errors",
            "Status Codes",
            "Error code list",
            "错误码",
            "エラーコード",
        ] {
            assert_eq!(category(title), None, "{title}");
        }
    }
}
