//! Every table `codetables import` wrote from a page (the hand-made pages
//! of every shape in `cli/tests/pages/` and the five seed pages; the CLI's
//! `import_goldens` test keeps them equal to what `import` writes today)
//! compiles with `include_codes!` under `#![deny(warnings, missing_docs)]`
//! and clippy pedantic, with the own columns the import report names; each
//! enum answers for every row as the table says.
#![deny(warnings, missing_docs)]

use codetables::Code;
use codetables_reader::read_table;

#[macro_use]
mod imported {
    codetables::include_codes! {
        /// Chinese headers, two sections, `-1`, a collision mended.
        #[codes(columns(solution))]
        pub enum ChineseSections = "cli/tests/pages/imported/chinese_sections.csv";

        /// Tab-separated text copied from a page.
        #[codes(columns(description))]
        pub enum CopiedFromPage = "cli/tests/pages/imported/copied_from_page.csv";

        /// A protobuf enum.
        pub enum GrpcCodes = "cli/tests/pages/imported/grpc_codes.csv";

        /// HTML headings, tables and `<br>` lines.
        pub enum HtmlSections = "cli/tests/pages/imported/html_sections.csv";

        /// List items.
        pub enum Lists = "cli/tests/pages/imported/lists.csv";

        /// Pipe tables without outer pipes, links, backticks, struck codes.
        #[codes(columns(description))]
        pub enum LoosePipes = "cli/tests/pages/imported/loose_pipes.csv";

        /// A layout table around the data tables, names beside prose,
        /// Korean sections.
        pub enum NestedLayout = "cli/tests/pages/imported/nested_layout.csv";

        /// An HTML table split by blank lines in a Markdown page, Japanese
        /// sections.
        #[codes(columns(description))]
        pub enum HtmlInMarkdown = "cli/tests/pages/imported/html_in_markdown.csv";

        /// A table of HTTP statuses.
        pub enum StatusValues = "cli/tests/pages/imported/status_values.csv";

        /// A Markdown page that starts with HTML comments.
        pub enum CommentedMarkdown = "cli/tests/pages/imported/commented_markdown.csv";

        /// Sections titled by one upper-case word (`## UTA`).
        pub enum UpperCaseSections = "cli/tests/pages/imported/upper_case_sections.csv";

        /// A heading per code with labelled items (`* **Status:** 422`).
        #[codes(text, columns(suggested_action))]
        pub enum LabelledItems = "cli/tests/pages/imported/labelled_items.csv";

        /// AWS's blocks: a bold code, `Message:`, its explanation, `OK to
        /// retry?`, under `HTTP status code 400`.
        #[codes(text, columns(description))]
        pub enum AwsBlocks = "cli/tests/pages/imported/aws_blocks.csv";

        /// An API action's page: parameter and response tables, then errors.
        #[codes(text)]
        pub enum ActionParameters = "cli/tests/pages/imported/action_parameters.csv";

        /// Hard-wrapped paragraphs under a heading per code, wrapped items.
        #[codes(text)]
        pub enum WrappedParagraphs = "cli/tests/pages/imported/wrapped_paragraphs.csv";

        /// Seed 000, the older Stardust page.
        pub enum Seed000 = "cli/tests/pages/imported/seed_000.csv";

        /// Seed 001, the newer Stardust page (flattened text).
        pub enum Seed001 = "cli/tests/pages/imported/seed_001.csv";

        /// Seed 002, Stardust's project API.
        pub enum Seed002 = "cli/tests/pages/imported/seed_002.csv";

        /// Seed 003, the AI gateway.
        pub enum Seed003 = "cli/tests/pages/imported/seed_003.csv";

        /// Seed 004, Clarifai.
        pub enum Seed004 = "cli/tests/pages/imported/seed_004.csv";

        /// Stripe's error-codes page: a heading per code.
        #[codes(text)]
        pub enum StripeCodes = "cli/tests/pages/imported/stripe_codes.csv";

        /// A Slack method page: `Error | Description`.
        #[codes(text)]
        pub enum SlackMethod = "cli/tests/pages/imported/slack_method.csv";

        /// Tencent Cloud's 错误码 | 说明 tables, dotted codes under patterns.
        #[codes(text)]
        pub enum TencentText = "cli/tests/pages/imported/tencent_text.csv";

        /// Alibaba Cloud's `HttpCode | Error code | Error message`, a code at two statuses.
        #[codes(text, columns(description))]
        pub enum AlibabaText = "cli/tests/pages/imported/alibaba_text.csv";

        /// AWS's `Error code | Description | HTTP status`.
        #[codes(text)]
        pub enum AwsText = "cli/tests/pages/imported/aws_text.csv";

        /// Kubernetes' Go constants.
        #[codes(text)]
        pub enum GoConstants = "cli/tests/pages/imported/go_constants.csv";

        /// `SE01` codes beside an HTTP status column.
        #[codes(text)]
        pub enum SeCodes = "cli/tests/pages/imported/se_codes.csv";

        /// Anthropic's list: an HTTP status, the code in a code span.
        #[codes(text)]
        pub enum AnthropicErrors = "cli/tests/pages/imported/anthropic_errors.csv";

        /// A TypeScript object of constants (`as const`).
        #[codes(text)]
        pub enum TsConstants = "cli/tests/pages/imported/ts_constants.csv";
    }
}

use imported::{
    ActionParameters, AwsBlocks, CommentedMarkdown, LabelledItems, UpperCaseSections,
    WrappedParagraphs,
};
use imported::{
    AlibabaText, AnthropicErrors, AwsText, GoConstants, SeCodes, SlackMethod, StripeCodes,
    TencentText, TsConstants,
};
use imported::{
    ChineseSections, CopiedFromPage, GrpcCodes, HtmlInMarkdown, HtmlSections, Lists, LoosePipes,
    NestedLayout, Seed000, Seed001, Seed002, Seed003, Seed004, StatusValues,
};

/// Every code of the table at `path`, through the compiled enum `C`: same
/// message, name, and kind as the table says. Returns the codes compared.
fn answers_as_the_table_says<C>(path: &str, own: &[&str]) -> usize
where
    C: Code,
    C::Repr: TryFrom<i64> + std::fmt::Debug,
    <C::Repr as TryFrom<i64>>::Error: std::fmt::Debug,
{
    let own: Vec<String> = own.iter().map(|c| (*c).to_owned()).collect();
    let bytes = std::fs::read(path).unwrap();
    let (table, diagnostics) = read_table(&bytes, &own);
    assert!(diagnostics.is_empty(), "{path}: {diagnostics:?}");
    for row in &table.codes {
        let code = C::from(C::Repr::try_from(row.code.number().unwrap()).unwrap());
        assert!(code.is_known(), "{path}: {}", row.code);
        assert_eq!(code.message(), row.message, "{path}: {}", row.code);
        assert_eq!(code.name(), row.name(), "{path}: {}", row.code);
        assert_eq!(code.kind(), row.class.kind, "{path}: {}", row.code);
    }
    assert_eq!(C::all().len(), table.codes.len(), "{path}");
    table.codes.len()
}

#[test]
fn every_imported_table_compiles_and_answers_for_every_row() {
    let root = "cli/tests/pages/imported";
    let counts = [
        answers_as_the_table_says::<ChineseSections>(
            &format!("{root}/chinese_sections.csv"),
            &["solution"],
        ),
        answers_as_the_table_says::<CopiedFromPage>(
            &format!("{root}/copied_from_page.csv"),
            &["description"],
        ),
        answers_as_the_table_says::<GrpcCodes>(&format!("{root}/grpc_codes.csv"), &[]),
        answers_as_the_table_says::<HtmlSections>(&format!("{root}/html_sections.csv"), &[]),
        answers_as_the_table_says::<Lists>(&format!("{root}/lists.csv"), &[]),
        answers_as_the_table_says::<LoosePipes>(
            &format!("{root}/loose_pipes.csv"),
            &["description"],
        ),
        answers_as_the_table_says::<NestedLayout>(&format!("{root}/nested_layout.csv"), &[]),
        answers_as_the_table_says::<HtmlInMarkdown>(
            &format!("{root}/html_in_markdown.csv"),
            &["description"],
        ),
        answers_as_the_table_says::<StatusValues>(&format!("{root}/status_values.csv"), &[]),
        answers_as_the_table_says::<Seed000>(&format!("{root}/seed_000.csv"), &[]),
        answers_as_the_table_says::<Seed001>(&format!("{root}/seed_001.csv"), &[]),
        answers_as_the_table_says::<Seed002>(&format!("{root}/seed_002.csv"), &[]),
        answers_as_the_table_says::<Seed003>(&format!("{root}/seed_003.csv"), &[]),
        answers_as_the_table_says::<Seed004>(&format!("{root}/seed_004.csv"), &[]),
    ];
    assert_eq!(counts, [13, 5, 6, 9, 7, 6, 5, 4, 5, 43, 52, 20, 17, 336]);
}

/// The pages of the shapes `import` learned to read after the tables
/// above were kept.
#[test]
fn later_page_shapes_compile_and_answer_for_every_row() {
    let root = "cli/tests/pages/imported";
    let counts = [
        answers_as_the_table_says::<CommentedMarkdown>(
            &format!("{root}/commented_markdown.csv"),
            &[],
        ),
        answers_as_the_table_says::<UpperCaseSections>(
            &format!("{root}/upper_case_sections.csv"),
            &[],
        ),
    ];
    assert_eq!(counts, [4, 7]);
    assert!(UpperCaseSections::from(2001).is_uta());
    assert!(UpperCaseSections::from(3002).is_rfq());
    assert!(CommentedMarkdown::from(42901).is_limits());
    let text = [
        text_answers_as_the_table_says::<WrappedParagraphs>(
            &format!("{root}/wrapped_paragraphs.csv"),
            &[],
        ),
        text_answers_as_the_table_says::<LabelledItems>(
            &format!("{root}/labelled_items.csv"),
            &["suggested_action"],
        ),
        text_answers_as_the_table_says::<AwsBlocks>(
            &format!("{root}/aws_blocks.csv"),
            &["description"],
        ),
        text_answers_as_the_table_says::<ActionParameters>(
            &format!("{root}/action_parameters.csv"),
            &[],
        ),
    ];
    assert_eq!(text, [6, 3, 4, 3]);
    // The parameters and response elements are no codes.
    assert!(!ActionParameters::from("table_name").is_known());
    assert_eq!(ActionParameters::COUNT, 3);
    let throttled = AwsBlocks::from("ThrottlingException");
    assert_eq!(throttled.http_status(), Some(400));
    assert!(throttled.is_retryable());
    assert!(!AwsBlocks::from("AccessDeniedException").is_retryable());
    assert_eq!(
        AwsBlocks::from("AccessDeniedException").description(),
        Some("The client did not correctly sign the request.")
    );
    let timeout = LabelledItems::from("upstream_timeout");
    assert_eq!(timeout.http_status(), Some(504));
    assert_eq!(
        timeout.suggested_action(),
        Some("Retry the request with the same idempotency key.")
    );
    // A soft line break is a space: the whole paragraph is the message.
    assert!(WrappedParagraphs::from("expired_session")
        .message()
        .ends_with("Sign in again to receive a new token."));
}

#[test]
fn what_the_pages_said_is_in_the_enums() {
    let busy = ChineseSections::from(-1);
    assert_eq!(busy.to_string(), "系统繁忙，此时请开发者稍候再试");
    assert!(busy.is_全局());
    assert!(busy.is_retryable());
    assert_eq!(chinese_sections!(60102).solution(), Some("换一个UserID"));
    assert_eq!(
        ChineseSections::from(60004),
        ChineseSections::不合法的部门Id60004
    );
    assert_eq!(lists!(-1).kind(), codetables::Kind::Unavailable);
    assert_eq!(
        LoosePipes::from_name("ERR_TOKEN_EXPIRED"),
        Some(LoosePipes::ErrTokenExpired)
    );
    assert_eq!(GrpcCodes::NotFound.http_status(), Some(404));
    assert_eq!(
        GrpcCodes::NotFound.message(),
        "Some requested entity (e.g., file or directory) was not found."
    );
    assert_eq!(NestedLayout::RequestTimeout.name(), "REQUEST_TIMEOUT");
    assert!(NestedLayout::CardDeclined.is_결제());
    assert_eq!(
        HtmlSections::from(2001).category(),
        Some(imported::HtmlSectionsCategory::Card)
    );
}

/// Every code of the text table at `path`, through the compiled enum `C`.
fn text_answers_as_the_table_says<C>(path: &str, own: &[&str]) -> usize
where
    C: Code<Repr = std::borrow::Cow<'static, str>> + for<'a> From<&'a str>,
{
    let own: Vec<String> = own.iter().map(|c| (*c).to_owned()).collect();
    let bytes = std::fs::read(path).unwrap();
    let (table, diagnostics) = codetables_reader::read_table_as(&bytes, &own, true);
    assert!(diagnostics.is_empty(), "{path}: {diagnostics:?}");
    for row in &table.codes {
        let text = row.code.text().unwrap();
        let code = C::from(text);
        assert!(code.is_known(), "{path}: {text}");
        assert_eq!(code.code(), text, "{path}");
        assert_eq!(code.message(), row.message, "{path}: {text}");
        assert_eq!(code.kind(), row.class.kind, "{path}: {text}");
        assert_eq!(code.http_status(), row.class.http, "{path}: {text}");
    }
    assert_eq!(C::all().len(), table.codes.len(), "{path}");
    table.codes.len()
}

#[test]
fn every_imported_text_table_compiles_and_answers_for_every_row() {
    let root = "cli/tests/pages/imported";
    let counts = [
        text_answers_as_the_table_says::<StripeCodes>(&format!("{root}/stripe_codes.csv"), &[]),
        text_answers_as_the_table_says::<SlackMethod>(&format!("{root}/slack_method.csv"), &[]),
        text_answers_as_the_table_says::<TencentText>(&format!("{root}/tencent_text.csv"), &[]),
        text_answers_as_the_table_says::<AlibabaText>(
            &format!("{root}/alibaba_text.csv"),
            &["description"],
        ),
        text_answers_as_the_table_says::<AwsText>(&format!("{root}/aws_text.csv"), &[]),
        text_answers_as_the_table_says::<GoConstants>(&format!("{root}/go_constants.csv"), &[]),
        text_answers_as_the_table_says::<SeCodes>(&format!("{root}/se_codes.csv"), &[]),
        text_answers_as_the_table_says::<AnthropicErrors>(
            &format!("{root}/anthropic_errors.csv"),
            &[],
        ),
        text_answers_as_the_table_says::<TsConstants>(&format!("{root}/ts_constants.csv"), &[]),
    ];
    assert_eq!(counts, [5, 6, 11, 5, 5, 4, 5, 8, 4]);
}

#[test]
fn what_the_text_pages_said_is_in_the_enums() {
    assert!(StripeCodes::from("card_declined")
        .message()
        .starts_with("The card has been declined."));
    assert_eq!(SlackMethod::Ratelimited.code(), "ratelimited");
    assert_ne!(SlackMethod::Ratelimited, SlackMethod::RateLimited);
    // A dotted code the page does not list, under its prefix's category.
    let unlisted = TencentText::from("AuthFailure.TokenFailure");
    assert!(!unlisted.is_known());
    assert!(unlisted.is_auth_failure());
    // A code listed at two statuses: no status rather than one of them.
    assert_eq!(AlibabaText::Throttling.http_status(), None);
    assert_eq!(AlibabaText::InvalidParamater.http_status(), Some(400));
    assert_eq!(AwsText::ServiceUnavailable.http_status(), Some(503));
    // The status beside the code in Anthropic's list is its HTTP status.
    assert_eq!(AnthropicErrors::OverloadedError.http_status(), Some(529));
    assert_eq!(
        AnthropicErrors::from("overloaded_error").code(),
        "overloaded_error"
    );
    let not_found = GoConstants::from("NotFound");
    assert_eq!(not_found, GoConstants::StatusReasonNotFound);
    assert_eq!(not_found.name(), "StatusReasonNotFound");
    assert_eq!(not_found.http_status(), Some(404));
    // The codes, not the HTTP statuses beside them.
    assert_eq!(SeCodes::from("SE04").http_status(), Some(404));
    assert_eq!(SeCodes::COUNT, 5);
}
