//! `import --infer-kinds`: the `kind` of a row where its name or message
//! says it in so many words, in English or Chinese (`not found` / `不存在`
//! → `not_found`, `超时` → `deadline_exceeded`). Where the words point to two
//! kinds the row is left alone, except where one kind is the more specific
//! reading of the other (an invalid token is an authentication failure, not
//! a bad argument).

use super::Row;

/// A kind and the phrases that say it: English ones match whole words of
/// the lower-cased text (names read with `_` as spaces), others match as
/// written.
struct Rule {
    kind: &'static str,
    english: &'static [&'static str],
    other: &'static [&'static str],
}

const RULES: [Rule; 13] = [
    Rule {
        kind: "not_found",
        english: &[
            "not found",
            "not exist",
            "not exists",
            "does not exist",
            "doesn't exist",
            "no such",
            "notfound",
            "cannot be found",
            "could not be found",
            "not existed",
        ],
        other: &[
            "不存在",
            "未找到",
            "找不到",
            "无此",
            "見つかりません",
            "存在しません",
        ],
    },
    Rule {
        kind: "already_exists",
        english: &[
            "already exists",
            "already exist",
            "already existed",
            "already registered",
            "duplicate",
            "duplicated",
            "exists already",
            "already in use",
            "already taken",
            "repeatedly",
        ],
        other: &["已存在", "已经存在", "重复", "既に存在"],
    },
    Rule {
        kind: "deadline_exceeded",
        english: &[
            "timeout",
            "timed out",
            "time out",
            "timeouts",
            "deadline exceeded",
            "deadline",
        ],
        other: &["超时", "タイムアウト"],
    },
    Rule {
        kind: "resource_exhausted",
        english: &[
            "rate limit",
            "rate limited",
            "too many requests",
            "too frequent",
            "too frequently",
            "throttled",
            "throttle",
            "throttling",
            "quota",
            "request limit",
            "limit exceeded",
            "ratelimit",
            "resource exhausted",
            "exhausted",
        ],
        other: &[
            "频率",
            "频繁",
            "超限",
            "限流",
            "配额",
            "次数超过",
            "调用次数",
            "调用超过限制",
        ],
    },
    Rule {
        kind: "unauthenticated",
        english: &[
            "unauthorized",
            "unauthenticated",
            "authentication",
            "not authenticated",
            "token expired",
            "expired token",
            "invalid token",
            "token invalid",
            "token is invalid",
            "invalid access token",
            "access token",
            "api key",
            "apikey",
            "credential",
            "credentials",
            "signature",
            "not logged in",
            "login required",
            "auth failed",
        ],
        other: &[
            "签名",
            "认证",
            "鉴权",
            "登录",
            "凭证",
            "access_token",
            "未授权",
        ],
    },
    Rule {
        kind: "permission_denied",
        english: &[
            "permission",
            "permissions",
            "forbidden",
            "access denied",
            "not allowed",
            "no access",
            "insufficient scope",
            "insufficient scopes",
            "not permitted",
            "no right",
            "no rights",
        ],
        other: &[
            "无权限",
            "没有权限",
            "权限",
            "无权",
            "禁止访问",
            "拒绝访问",
            "権限",
        ],
    },
    Rule {
        kind: "unavailable",
        english: &[
            "busy",
            "unavailable",
            "try again later",
            "overloaded",
            "temporarily unavailable",
            "service unavailable",
            "under maintenance",
        ],
        other: &[
            "繁忙",
            "不可用",
            "稍后重试",
            "稍候再试",
            "稍后再试",
            "维护中",
            "混雑",
        ],
    },
    Rule {
        kind: "internal",
        english: &[
            "internal error",
            "internal server error",
            "server error",
            "database error",
            "system error",
            "internal",
        ],
        other: &[
            "系统错误",
            "内部错误",
            "服务器错误",
            "服务端错误",
            "系统异常",
            "内部エラー",
        ],
    },
    Rule {
        kind: "unimplemented",
        english: &["not implemented", "unimplemented"],
        other: &["未实现"],
    },
    Rule {
        kind: "cancelled",
        english: &["cancelled", "canceled"],
        other: &["已取消"],
    },
    Rule {
        kind: "pending",
        english: &["pending", "in progress", "in queue", "queued"],
        other: &["处理中", "排队中", "进行中"],
    },
    Rule {
        kind: "out_of_range",
        english: &["out of range"],
        other: &["超出范围"],
    },
    Rule {
        kind: "invalid_argument",
        english: &[
            "invalid",
            "illegal",
            "malformed",
            "bad request",
            "wrong format",
            "format error",
            "parameter error",
            "missing parameter",
            "missing required",
            "is required",
            "invalid parameter",
            "invalid argument",
            "bad parameter",
            "wrong parameter",
        ],
        other: &[
            "无效",
            "非法",
            "参数错误",
            "不合法",
            "格式错误",
            "参数缺失",
            "缺少参数",
            "参数不正确",
            "参数有误",
            "不正确",
            "不能为空",
            "无効",
            "不正な",
        ],
    },
];

/// Kinds that a more specific reading takes over from: `(specific, general)`.
const MORE_SPECIFIC: [(&str, &str); 4] = [
    ("unauthenticated", "invalid_argument"),
    ("permission_denied", "unauthenticated"),
    ("resource_exhausted", "invalid_argument"),
    ("resource_exhausted", "internal"),
];

/// Whole-text successes: a row that says only this is `ok`.
const SUCCESS: [&str; 9] = [
    "ok",
    "success",
    "successful",
    "succeeded",
    "成功",
    "请求成功",
    "操作成功",
    "调用成功",
    "正常",
];

/// Words that say the text covers several cases: nothing is inferred.
const SEVERAL_CASES: [&str; 6] = [
    "general error",
    "such as",
    "e g",
    "for example",
    "例如",
    "比如",
];

/// The kind `name` and `message` state unambiguously, if any.
#[must_use]
pub fn infer(name: Option<&str>, message: &str) -> Option<&'static str> {
    let name = name.unwrap_or_default();
    let text = format!(" {} {} ", words(name), words(message));
    let whole = |t: &str| {
        SUCCESS.contains(
            &t.trim()
                .trim_end_matches(['.', '!', '。'])
                .to_lowercase()
                .as_str(),
        )
    };
    if whole(message) || whole(&name.replace('_', " ")) || words(name).starts_with("success ") {
        return Some("ok");
    }
    // A message that lists cases decides nothing; a name still may.
    let several = SEVERAL_CASES
        .iter()
        .any(|p| text.contains(&format!(" {p} ")) || message.contains(p));
    if several && !message.is_empty() {
        return infer(Some(name), "");
    }
    let mut kinds: Vec<&'static str> = RULES
        .iter()
        .filter(|rule| {
            rule.english
                .iter()
                .any(|phrase| text.contains(&format!(" {phrase} ")))
                || rule
                    .other
                    .iter()
                    .any(|phrase| message.contains(phrase) || name.contains(phrase))
        })
        .map(|rule| rule.kind)
        .collect();
    for (specific, general) in MORE_SPECIFIC {
        if kinds.contains(&specific) {
            kinds.retain(|k| *k != general);
        }
    }
    match kinds.as_slice() {
        [kind] => Some(kind),
        _ => None,
    }
}

/// The words of a text, lower case, joined by single spaces (`_`, `-` and
/// punctuation are spaces; `CONN_TOKEN_INVALID` → `conn token invalid`).
fn words(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fills `kind` where it is empty and the row's words say it; returns how
/// many rows were filled. Range rows are left alone (their text describes
/// a group).
pub fn fill(rows: &mut [Row]) -> usize {
    let mut filled = 0;
    for row in rows.iter_mut().filter(|r| r.kind.is_none()) {
        if super::cells::one(&row.code).is_none() {
            continue;
        }
        if let Some(kind) = infer(row.name.as_deref(), &row.message) {
            row.kind = Some(kind.to_owned());
            filled += 1;
        }
    }
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_english_and_chinese() {
        let cases: [(Option<&str>, &str, Option<&str>); 16] = [
            (None, "Resource not found", Some("not_found")),
            (None, "用户不存在", Some("not_found")),
            (None, "请求超时", Some("deadline_exceeded")),
            (None, "Too many requests", Some("resource_exhausted")),
            (
                None,
                "接口调用超过限制，频率超限",
                Some("resource_exhausted"),
            ),
            (None, "参数错误", Some("invalid_argument")),
            (
                Some("CONN_TOKEN_INVALID"),
                "Invalid authentication token used",
                Some("unauthenticated"),
            ),
            (None, "不合法的access_token", Some("unauthenticated")),
            (
                None,
                "API key has insufficient permissions",
                Some("permission_denied"),
            ),
            (None, "无权限操作", Some("permission_denied")),
            (None, "系统繁忙，此时请开发者稍候再试", Some("unavailable")),
            (None, "成功", Some("ok")),
            (Some("SUCCESS"), "Ok", Some("ok")),
            // Ambiguous or silent: left alone.
            (None, "Invalid request: resource not found", None),
            (None, "Campaign create has error.", None),
            (None, "The invalidation job was run", None),
        ];
        for (name, message, expected) in cases {
            assert_eq!(infer(name, message), expected, "{name:?} {message}");
        }
    }

    /// Precision on the bundled tables, whose kinds were curated by hand
    /// (given, or inherited from a range or an HTTP status): of the codes a
    /// kind is inferred for and that have one, at least 95% agree.
    #[test]
    fn precision_against_the_curated_tables() {
        use codetables_runtime::Kind;
        let (mut inferred, mut agreed, mut codes) = (0, 0, 0);
        let mut disagreements = Vec::new();
        for (vendor, text) in crate::tables::BUNDLED {
            let table = crate::tables::bundled(text);
            for row in &table.codes {
                codes += 1;
                let curated = row.class.kind;
                let Some(guess) = infer(row.name.as_deref(), &row.message) else {
                    continue;
                };
                if curated == Kind::Unknown {
                    continue;
                }
                inferred += 1;
                if guess == curated.snake_name() {
                    agreed += 1;
                } else {
                    disagreements.push(format!(
                        "{vendor} {}: {guess} vs {}",
                        row.code,
                        curated.snake_name()
                    ));
                }
            }
        }
        let precision = f64::from(agreed) / f64::from(inferred);
        eprintln!(
            "{agreed}/{inferred} agree ({:.1}%) over {codes} codes; {disagreements:#?}",
            precision * 100.0
        );
        assert!(inferred > 150, "too few inferred to judge: {inferred}");
        assert!(precision >= 0.95, "{precision}: {disagreements:#?}");
    }
}
