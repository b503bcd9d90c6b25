//! What a column's header says it is, in English, Chinese, Japanese,
//! Korean, Spanish or German: the words each role is headed with.

/// What a header says a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Hint {
    Code,
    Http,
    Name,
    /// The text the server returns (`errmsg`, `错误信息`).
    ServerMessage,
    /// An explanation for the reader (`Description`, `说明`).
    Explanation,
    Solution,
    Link,
    Category,
    None,
}

const EXPLANATION: [&str; 27] = [
    "description",
    "desc",
    "meaning",
    "reason",
    "explanation",
    "detail",
    "cause",
    "remark",
    "note",
    "comment",
    "summary",
    "说明",
    "描述",
    "含义",
    "原因",
    "解释",
    "备注",
    "释义",
    "意义",
    "详情",
    "説明",
    "意味",
    "설명",
    "의미",
    "내용",
    "descripción",
    "beschreibung",
];
const SERVER_MESSAGE: [&str; 13] = [
    "message",
    "msg",
    "errmsg",
    "信息",
    "消息",
    "提示",
    "返回内容",
    "メッセージ",
    "메시지",
    "文言",
    "text",
    "mensaje",
    "meldung",
];
const SOLUTION: [&str; 16] = [
    "solution",
    "resolution",
    "fix",
    "suggest",
    "action",
    "troubleshoot",
    "workaround",
    "解决",
    "处理",
    "排查",
    "建议",
    "对策",
    "措施",
    "対処",
    "対応",
    "해결",
];
const LINK: [&str; 9] = [
    "link",
    "url",
    "doc",
    "reference",
    "moreinfo",
    "文档",
    "链接",
    "参考",
    "リンク",
];
const CATEGORY: [&str; 7] = [
    "category",
    "group",
    "module",
    "分类",
    "类别",
    "模块",
    "カテゴリ",
];
const NAME: [&str; 12] = [
    "name",
    "symbol",
    "enum",
    "constant",
    "identifier",
    "名称",
    "标识",
    "枚举",
    "常量",
    "名前",
    "이름",
    "key",
];
const CODE: [&str; 16] = [
    "code",
    "errno",
    "status",
    "value",
    "ret",
    "rc",
    "number",
    "no",
    "id",
    "码",
    "代码",
    "返回值",
    "编码",
    "编号",
    "コード",
    "코드",
];

/// The header in a form words can be matched in: lower case, no spaces,
/// `_`, `-` or markup.
pub(super) fn normalize(header: &str) -> String {
    header
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

pub(super) fn hint(header: &str) -> Hint {
    let h = normalize(header);
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    if h.is_empty() {
        Hint::None
    } else if h.contains("http") {
        Hint::Http
    } else if has(&SOLUTION) {
        Hint::Solution
    } else if has(&LINK) {
        Hint::Link
    } else if has(&CATEGORY) {
        Hint::Category
    } else if has(&EXPLANATION) {
        Hint::Explanation
    } else if has(&SERVER_MESSAGE) {
        Hint::ServerMessage
    } else if has(&NAME) || h == "error" || h == "type" || h == "errortype" || h.ends_with("name") {
        Hint::Name
    } else if CODE.iter().any(|w| h == *w || h.ends_with(w)) || h.starts_with("code") {
        Hint::Code
    } else {
        Hint::None
    }
}
