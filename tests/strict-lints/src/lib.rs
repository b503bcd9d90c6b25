//! A user crate under the strictest lints. `cargo clippy --workspace
//! --all-targets -- -D warnings` (run by `.ci/run`) fails if the code that
//! `include_codes!` generates trips any of them, for every visibility, with
//! deprecated variants, ranges and hostile strings.
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, missing_debug_implementations, unreachable_pub)]
#![deny(
    rust_2018_idioms,
    unused_qualifications,
    trivial_casts,
    trivial_numeric_casts
)]
#![deny(clippy::all, clippy::pedantic)]

codetables::include_codes! {
    /// Hostile strings: quotes, braces, `%s`, `*/`, newlines, bidi controls.
    pub enum Hostile = "tables/hostile.csv";
}

/// Private and crate-visible enums, whose unused items must stay quiet.
mod hidden {
    // A path that leaves the crate's directory: relative to this crate's
    // `Cargo.toml` (tests/strict-lints/), so `tests/tables/small.csv`.
    codetables::include_codes! {
        enum Small = "../tables/small.csv";
    }

    codetables::include_codes! {
        enum PrivateHostile = "tables/hostile.csv";
    }

    codetables::include_codes! {
        #[codes(module = crate::hidden)]
        pub(crate) enum CrateHostile = "tables/hostile.csv";
    }

    /// The name of a code of `../tables/small.csv`.
    pub(crate) fn small_name(code: u32) -> &'static str {
        Small::from(code).name()
    }
}

/// The bundled tables, generated again inside this crate so that its lints
/// see their expansion (paths leave the crate: `../../tables/`).
/// `#[macro_use]`: the checked macros of `pub` enums are `#[macro_export]`,
/// which the crate itself reaches by textual scope.
#[macro_use]
pub mod vendors {
    codetables::include_codes! {
        /// Stardust Rosetta.
        #[codes(module = crate::vendors)]
        pub enum Rosetta = "../../tables/stardust_rosetta.csv";
        /// Stardust project.
        #[codes(module = crate::vendors)]
        pub enum Project = "../../tables/stardust_project.csv";
        /// The AI gateway.
        #[codes(module = crate::vendors)]
        pub enum Gateway = "../../tables/ai_gateway.csv";
        /// Clarifai.
        #[codes(module = crate::vendors)]
        pub enum Clarifai = "../../tables/clarifai.csv";
    }
}

/// Vendors unlike the seeds: Chinese messages, negative codes, `..=`
/// ranges, the vendor's own columns (`../tables/`: `tests/tables/`).
#[macro_use]
pub mod any_vendor {
    codetables::include_codes! {
        /// Chinese messages only.
        pub enum Chinese = "../tables/chinese_messages.csv";
        /// Negative codes with names and `-10xx` ranges.
        pub enum Binance = "../tables/binance_style.csv";
        /// JSON-RPC 2.0.
        pub enum JsonRpc = "../tables/json_rpc.csv";
        /// The vendor's own columns.
        #[codes(columns(solution, doc_url, message_en))]
        pub enum WeChat = "../tables/wechat_style.csv";
    }

    codetables::include_codes! {
        /// Crate-visible, with negative codes: its macro is re-exported.
        #[codes(module = crate::any_vendor, columns(solution))]
        pub(crate) enum CrateWeChat = "../tables/wechat_style_solution.csv";
    }
}

/// Vendors whose codes are text: `Prefix*` patterns, an envelope with a
/// namespaced code, every visibility.
#[macro_use]
pub mod text_codes {
    codetables::include_codes! {
        /// Stripe.
        #[codes(
            text,
            module = crate::text_codes,
            envelope(code = "error.code", message = "error.message")
        )]
        pub enum Stripe = "../tables/stripe.csv";
        /// Tencent Cloud, with patterns.
        #[codes(text, module = crate::text_codes)]
        pub(crate) enum Tencent = "../tables/tencent_cloud.csv";
        /// AWS.
        #[codes(text, envelope(code = "__type", code_after = "#"))]
        enum DynamoDb = "../tables/aws_dynamodb.csv";
    }

    /// What the private enum says of a code.
    #[must_use]
    pub fn dynamo_kind(code: &str) -> codetables::Kind {
        DynamoDb::from(code).kind()
    }

    /// Whether an unlisted Tencent Cloud code is an authentication failure.
    #[must_use]
    pub fn tencent_auth(code: &str) -> bool {
        Tencent::from(code).is_auth_failure()
    }
}

/// What a client would do with a code of any vendor.
#[must_use]
pub fn advice<C: codetables::Code>(code: &C) -> &'static str {
    if code.is_success() {
        "done"
    } else if code.is_retryable() {
        "retry"
    } else {
        "report"
    }
}

/// Names a deprecated code knowingly.
#[must_use]
#[allow(deprecated)]
pub fn deprecated_code() -> Hostile {
    Hostile::Old
}

/// The name of a code of `../tables/small.csv`, a table outside this
/// crate's directory.
#[must_use]
pub fn small_name(code: u32) -> &'static str {
    hidden::small_name(code)
}

/// The checked macro of a crate-visible enum, used from another module.
#[must_use]
pub fn checked() -> u32 {
    hidden::crate_hostile!(100500).code() + hostile!(0).code()
}

#[cfg(test)]
mod tests {
    use super::any_vendor::{Chinese, CrateWeChat, WeChat};
    use super::{advice, checked, deprecated_code, vendors::Clarifai};

    #[test]
    fn works_under_strict_lints() {
        assert_eq!(super::small_name(2), "TWO");
        assert_eq!(advice(&Clarifai::from(10000)), "done");
        assert_eq!(advice(&crate::vendors::Rosetta::from(5000)), "retry");
        assert_eq!(clarifai!(11001), Clarifai::ConnTokenInvalid);
        assert_eq!(checked(), 100_500);
        assert!(deprecated_code().is_known());
        assert_eq!(advice(&we_chat!(-1)), "retry");
        assert_eq!(advice(&stripe!("rate_limit")), "retry");
        assert_eq!(advice(&super::text_codes::Stripe::from("new")), "report");
        assert!(super::text_codes::tencent_auth("AuthFailure.Other"));
        assert_eq!(
            super::text_codes::dynamo_kind("ThrottlingException"),
            codetables::Kind::ResourceExhausted
        );
        assert_eq!(Chinese::from(-1), chinese!(-1));
        assert_eq!(WeChat::from(40099).solution(), Some("检查请求参数"));
        let crate_visible = crate::any_vendor::crate_we_chat!(-1);
        assert_eq!(crate_visible, CrateWeChat::from(-1));
        assert_eq!(crate_visible.solution(), Some("稍后重试"));
    }
}
